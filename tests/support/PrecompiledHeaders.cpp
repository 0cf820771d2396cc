// Compiled only so that its target owns the widget tests' precompiled header (see
// tests/CMakeLists.txt); it defines nothing.
