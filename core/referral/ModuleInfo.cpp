// Placeholder translation unit removed as soon as the module has real sources.
namespace kotva::referral {
int moduleInfo() { return 0; }
} // namespace kotva::referral
