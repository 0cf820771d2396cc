#!/usr/bin/env bash
# Builds the release preset and runs every Google Benchmark program; each one measures its
# baseline in the same run and prints the ratio. Timings are not tests: ctest never runs these.
# Usage: scripts/bench.sh [benchmark arguments, e.g. --benchmark_filter=Analyzer]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh release
for bench in analysis/bench_analysis storage/bench_storage session/bench_session \
             workspace/bench_workspace mail/bench_mail keys/bench_keyslots stats/bench_figures; do
  echo "== ${bench##*/}"
  QT_QPA_PLATFORM=offscreen "build/release/tests/bench/$bench" "$@"
done
