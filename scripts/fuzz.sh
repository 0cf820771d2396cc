#!/usr/bin/env bash
# Fuzzes everything Kotva reads from outside (tests/fuzz): text through the analyzer, lexicon
# files, referral directories, programme files, damaged vault files, e-mails (MIME) and IMAP
# server answers, the cards and files of workers on other PCs, each for a bounded
# time, with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer (clang 16, preset
# "fuzz"). Starts from the seed corpora in tests/fuzz/corpus/ (copied, so the repository is
# not touched); any crash, sanitizer report or broken invariant fails the run and leaves the
# input that caused it in build/fuzz/findings/.
# Usage: scripts/fuzz.sh [seconds per target]   (10 by default; CI uses the default, which
# keeps the whole CI run of eight targets under its time budget)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"

# The classifiers the ci build trained from these sources, when it has (scripts/test.sh
# builds it first): training them again under the sanitizers takes minutes and checks nothing.
models="$PWD/build/ci/core/analysis/risk_model"
[ -f "$models/risk-classifier.bin" ] || models=""
cmake --preset fuzz -DKOTVA_TRAINED_MODEL_DIR="$models" >/dev/null
cmake --build build/fuzz --target kotva_fuzzers

# Qt keeps its global objects to the end of the process: leaks are not what is looked for.
export ASAN_OPTIONS="detect_leaks=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# The longest input each target reads: a message, a lexicon, a national directory, a
# programme, a list of damaged bytes.
declare -A max_len=(
  [fuzz_analyzer]=4096 [fuzz_lexicon]=16384 [fuzz_referral]=65536
  [fuzz_programme]=16384 [fuzz_vault_open]=512 [fuzz_mime]=65536 [fuzz_imap]=16384
  [fuzz_share]=8192
)

mkdir -p build/fuzz/findings
status=0
for target in fuzz_analyzer fuzz_lexicon fuzz_referral fuzz_programme fuzz_vault_open fuzz_mime \
    fuzz_imap fuzz_share; do
  corpus="build/fuzz/corpus/$target"
  rm -rf "$corpus" && mkdir -p "$corpus"
  cp tests/fuzz/corpus/"$target"/* "$corpus"/
  seeds=$(ls "$corpus" | wc -l)
  log="build/fuzz/$target.log"
  echo "== $target: ${seconds} s from $seeds seeds"
  if build/fuzz/tests/fuzz/"$target" "$corpus" -max_total_time="$seconds" \
      -max_len="${max_len[$target]}" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/findings/$target-" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "   ok: $runs inputs run, corpus $seeds -> $(ls "$corpus" | wc -l) files"
  else
    status=1
    echo "   FAILED: the input is in build/fuzz/findings/; the report:"
    grep -E 'ERROR|SUMMARY|invariant|runtime error' "$log" | head -n 20 || tail -n 30 "$log"
  fi
done
exit "$status"
