// Placeholder translation unit removed as soon as the module has real sources.
namespace kotva::storage {
int moduleInfo() { return 0; }
} // namespace kotva::storage
