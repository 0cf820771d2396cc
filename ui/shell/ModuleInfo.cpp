// Placeholder translation unit removed as soon as the module has real sources.
namespace kotva::ui::shell {
int moduleInfo() { return 0; }
} // namespace kotva::ui::shell
