// Placeholder translation unit removed as soon as the module has real sources.
namespace kotva::access {
int moduleInfo() { return 0; }
} // namespace kotva::access
