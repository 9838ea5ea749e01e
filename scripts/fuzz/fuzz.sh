#!/usr/bin/env bash
# The fuzz targets of Fuzz/ (libFuzzer, AddressSanitizer), built and run as `make fuzz` and the
# short pass of `make test` do.
#
#   scripts/fuzz/fuzz.sh build
#   scripts/fuzz/fuzz.sh run --seconds 60 [--runs N] [TARGET ...]
#
# Each target starts from its committed seeds (Fuzz/Corpus/<target>) and a working corpus in
# .build/fuzz/corpus/<target> that keeps what earlier runs found; an input that breaks an
# invariant is saved in .build/fuzz/artifacts/<target>/ and the script fails, printing it.
# libFuzzer's output goes to $FUZZ_LOGS/<target>.log (default .build/fuzz/logs).
set -euo pipefail
cd "$(dirname "$0")/../.."

SCRATCH=.build/fuzz
TARGETS=(article-reader extractor encoders graph-json merge-records)
SWIFT=${SWIFT:-swift}

# libFuzzer without its main (SwiftPM gives an executable its own entry point; each target's
# main starts libFuzzer's driver), from the toolchain's clang runtime.
fuzzer_library() {
  local swiftc
  swiftc=$(readlink -f "$(command -v swiftc)")
  ls "$(dirname "$swiftc")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -n 1
}

build() {
  local library
  library=$(fuzzer_library)
  if [ -z "$library" ]; then
    echo "fuzz: no libclang_rt.fuzzer_no_main in the Swift toolchain; cannot build the fuzz targets" >&2
    exit 1
  fi
  # SwiftPM rebuilds the targets' own modules only when the project's interface changes, but they
  # lay out the project's structs (an Extractor on the stack): a new stored property left them
  # reading past it (a stack-buffer-overflow in every target that makes an Extractor). And it
  # plans the project, a dependency here, once: files moved into folders were "missing inputs".
  # When the project's sources differ from the last build's, the plan is made again and those
  # modules are compiled again.
  local stamp
  stamp=$(find Sources -type f -print0 | sort -z | xargs -0 sha1sum | sha1sum | cut -d' ' -f1)
  if [ -f "$SCRATCH/sources.stamp" ] && [ "$(cat "$SCRATCH/sources.stamp")" != "$stamp" ]; then
    rm -rf "$SCRATCH/release.yaml" "$SCRATCH"/*/release/FuzzChecks.build "$SCRATCH"/*/release/fuzz_*.build
  fi
  (cd Fuzz && "$SWIFT" build -c release --scratch-path "../$SCRATCH" \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xlinker "$library" -Xlinker -lstdc++ 2>&1 | grep -v "Cannot export local symbol '__asan_extra_spill_area'")
  mkdir -p "$SCRATCH"
  echo "$stamp" >"$SCRATCH/sources.stamp"
}

# The longest input each target is given (libFuzzer also cuts a longer seed to it; every seed
# of scripts/fuzz/make_seeds.py fits). An article is at most 1 KB for the extractor and the
# encoders: a title, a dateline and a few paragraphs, past every length rule the extraction and
# the diagrams have (a 300-code-point title or line, a 120-character label, a 200-character
# source title); an input's cost grows with its length, and long articles are make bench's
# (one article of 1, 4 and 16 MB). The reader takes 4 KB; a saved graph 32 KB (the seed graph of
# six articles, and a label past Graphviz's 16,384 letters); a record file 8 KB (three records).
max_len() {
  case "$1" in
    extractor | encoders) echo 1024 ;;
    article-reader) echo 4096 ;;
    graph-json) echo 32768 ;;
    merge-records) echo 8192 ;;
  esac
}

# Inputs that once broke an invariant (Fuzz/Findings/<target>, committed, each named for what it
# found): every run replays them first, so a fixed fault that comes back fails even the short
# pass. They are not seeds: make_seeds.py remakes Fuzz/Corpus and must not lose them.
findings() {
  [ -d "Fuzz/Findings/$1" ] && echo "Fuzz/Findings/$1"
  return 0
}

run() {
  local seconds=60 runs="" targets=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --seconds) seconds=$2; shift 2 ;;
      --runs) runs=$2; shift 2 ;;
      *) targets+=("$1"); shift ;;
    esac
  done
  [ ${#targets[@]} -gt 0 ] || targets=("${TARGETS[@]}")
  local failed=0
  for target in "${targets[@]}"; do
    local corpus=$SCRATCH/corpus/$target artifacts=$SCRATCH/artifacts/$target log=${FUZZ_LOGS:-$SCRATCH/logs}/$target.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -print_final_stats=1
      -artifact_prefix="$artifacts/" -max_len="$(max_len "$target")")
    [ -z "$runs" ] || options+=(-runs="$runs" -max_total_time=0)
    case "$target" in
      graph-json | merge-records) options+=(-dict=Fuzz/Dictionaries/graph.dict) ;;
    esac
    # Leaks are valgrind's to find (make leakcheck): the sanitizer's leak check flags the
    # lexicons a global holds. No stack is recorded at each malloc and free
    # (malloc_context_size=0): that took a sixth of the time of the slow targets, and only the
    # report of a memory error needs it (rerun the saved input without it for the stacks); what
    # the sanitizer detects is the same. The Swift runtime's backtracer would read the
    # sanitizer's shadow memory after an abort.
    if ASAN_OPTIONS=detect_leaks=0:malloc_context_size=0 SWIFT_BACKTRACE=enable=no "$SCRATCH/release/fuzz-$target" "${options[@]}" \
      "$corpus" "Fuzz/Corpus/$target" $(findings "$target") >"$log" 2>&1; then
      local stats
      stats=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | sed -E 's/ +/ /g')
      echo "fuzz-$target: ok: $(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}') inputs; last: $stats"
    else
      failed=1
      echo "fuzz-$target: FAILED (log: $log)" >&2
      grep -E 'invariant broken|ERROR: |Fatal error|Test unit written' "$log" | head -n 5 >&2 || true
    fi
  done
  return $failed
}

# Line coverage of each target's corpus (seeds and what runs found), from a build with source
# coverage instead of the sanitizer: every input replayed once, then llvm-cov's report of the
# project's own sources. Reports in .build/fuzz/coverage/<target>.txt.
coverage() {
  local library bin=.build/fuzz-coverage
  library=$(fuzzer_library)
  (cd Fuzz && "$SWIFT" build -c release --scratch-path "../$bin" -Xswiftc -profile-generate \
    -Xswiftc -profile-coverage-mapping -Xlinker "$library" -Xlinker -lstdc++)
  mkdir -p "$SCRATCH/coverage"
  local targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=("${TARGETS[@]}")
  for target in "${targets[@]}"; do
    local raw=$SCRATCH/coverage/$target.profraw data=$SCRATCH/coverage/$target.profdata
    mkdir -p "$SCRATCH/corpus/$target"
    LLVM_PROFILE_FILE=$raw SWIFT_BACKTRACE=enable=no "$bin/release/fuzz-$target" -runs=0 \
      "$SCRATCH/corpus/$target" "Fuzz/Corpus/$target" $(findings "$target") >/dev/null 2>&1
    "$(dirname "$(readlink -f "$(command -v swiftc)")")/llvm-profdata" merge -o "$data" "$raw"
    # The sources each target is there to exercise.
    local sources
    case "$target" in
      article-reader) sources="Sources/NewsGraphExtraction/Reading" ;;
      extractor) sources="Sources/NewsGraphExtraction" ;;
      encoders) sources="Sources/NewsGraphExport Sources/NewsGraphGraphviz" ;;
      graph-json) sources="Sources/NewsGraphExport/JSONGraphDecoder.swift Sources/NewsGraphExport/GraphValidator.swift" ;;
      merge-records) sources="Sources/NewsGraphExtraction/Assembly/ExtractionRecord.swift Sources/NewsGraphExtraction/Resolution/CorpusResolver.swift" ;;
    esac
    # shellcheck disable=SC2086
    "$(dirname "$(readlink -f "$(command -v swiftc)")")/llvm-cov" report "$bin/release/fuzz-$target" \
      -instr-profile "$data" $sources >"$SCRATCH/coverage/$target.txt"
    echo "fuzz-$target: $(tail -n 1 "$SCRATCH/coverage/$target.txt" | awk '{print "lines " $10 ", functions " $7 ", regions " $4}') of $sources"
  done
}

case "${1:-}" in
  build) build ;;
  run) shift; run "$@" ;;
  coverage) shift; coverage "$@" ;;
  *) echo "usage: $0 build | run [--seconds S] [--runs N] [TARGET ...] | coverage [TARGET ...]" >&2; exit 2 ;;
esac
