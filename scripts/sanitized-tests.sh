#!/usr/bin/env bash
# The parsers and the storage under AddressSanitizer and UndefinedBehaviorSanitizer: the
# test programs that read outside data (messages, lexicons, referral directories, vault
# files) are built with the fuzz preset (clang 16, ASan, UBSan: the build scripts/fuzz.sh
# uses next, so CI compiles the core under the sanitizers once) and run; any memory error or
# undefined behaviour fails the run. The GUI suites stay in the main run (Qt itself is not
# instrumented). The asan preset (gcc) builds the same for a developer who wants all tests.
# Usage: scripts/sanitized-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(test_analysis_pii test_analysis_rules test_analysis_engine test_referral test_storage)
# The classifiers the ci build trained from these sources, when it has (scripts/test.sh
# builds it first): training them again under the sanitizers takes minutes and checks nothing.
models="$PWD/build/ci/core/analysis/risk_model"
[ -f "$models/risk-classifier.bin" ] || models=""
cmake --preset fuzz -DKOTVA_TRAINED_MODEL_DIR="$models" >/dev/null
cmake --build build/fuzz --target "${targets[@]}"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for target in "${targets[@]}"; do
  program=$(find build/fuzz/tests -type f -name "$target" -perm -u+x | head -n 1)
  echo "== $target (asan, ubsan)"
  "$program" --gtest_brief=1
done
