#!/bin/sh
# Samples the in-process pipeline (read, extraction, corpus resolution, every export) over one
# corpus with perf, on one thread so every call chain starts in main, then prints the top
# symbols of each stage.
#   scripts/bench/profile.sh BENCH_BINARY CORPUS_FOLDER OUTPUT_FOLDER
set -eu
bench=$1
corpus=$2
out=$3
mkdir -p "$out"
command -v perf >/dev/null || { echo "profile.sh: perf is not installed (apt-get install linux-perf)" >&2; exit 1; }
# cpu-clock works where hardware counters are not exposed (virtual machines); Swift keeps frame
# pointers, so -g gives whole call chains.
perf record -e cpu-clock -F 499 -g -o "$out/perf.data" -- \
  "$bench" pipeline --corpus "$corpus" --repeat 1 --jobs 1 --result "$out/pipeline.json"
perf script -i "$out/perf.data" -F ip,sym,dso --no-inline 2>/dev/null \
  | swift demangle \
  | python3 "$(dirname "$0")/perf_stages.py" | tee "$out/stages.txt"
