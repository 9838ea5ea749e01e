#!/usr/bin/env bash
# Leak check: runs `newsgraph render` under valgrind and fails on a definite leak or a memory
# error (invalid read or write, use of uninitialised memory) anywhere in the process.
# Graphviz 2.42's own leaks in HTML-like labels are suppressed, each explained in
# scripts/valgrind-graphviz.supp.
#
# Usage: scripts/leakcheck.sh [GRAPH.json ...]   (default: scripts/leakcheck-graph.json, which
#        holds SampleGraphs.small and SampleGraphs.hostile, with each span as long as its text, as
#        render now requires); then `newsgraph build seeds` with
#        every format, so extraction and the exporters are checked as well.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
  echo "leakcheck: valgrind is not installed (apt-get install valgrind)" >&2
  exit 2
fi
[ $# -gt 0 ] || set -- scripts/leakcheck-graph.json

swift build --product newsgraph >&2
bin="$(swift build --show-bin-path)/newsgraph"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

failed=0
# Runs newsgraph with the given arguments under valgrind; sets $summary to valgrind's counts and,
# on a leak or memory error, prints valgrind's log and returns its non-zero exit.
run_under_valgrind() {
  local log="$tmp/valgrind.log" status=0
  valgrind --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --error-exitcode=1 --num-callers=40 --suppressions=scripts/valgrind-graphviz.supp \
    --log-file="$log" "$bin" "$@" >/dev/null || status=$?
  summary=$(grep -E "ERROR SUMMARY|definitely lost:" "$log" | sed 's/^==[0-9]*== *//' | tr '\n' ' ')
  [ "$status" -eq 0 ] || { cat "$log" >&2; return "$status"; }
}

# Says how the run named $1 ended with exit status $2.
report() {
  if [ "$2" -ne 0 ]; then
    echo "leakcheck: FAILED on $1 (exit $2): $summary" >&2
    failed=1
  else
    echo "leakcheck: ok $1: $summary"
  fi
}

for graph in "$@"; do
  out="$tmp/out"
  rm -rf "$out" && mkdir -p "$out"
  status=0
  run_under_valgrind render "$graph" --format svg,dot --out "$out" || status=$?
  if [ "$status" -eq 0 ] && { [ -z "$(find "$out" -name '*.svg')" ] || [ -z "$(find "$out" -name '*.dot')" ]; }; then
    echo "leakcheck: FAILED on $graph: newsgraph wrote no SVG or no DOT into $out" >&2
    failed=1
  else
    report "$graph" "$status"
  fi
done
# The whole pipeline too: reading, extraction, resolution and every export of the seed articles.
status=0
run_under_valgrind build seeds --format svg,dot,graphml,json --out "$tmp/build" || status=$?
report "build seeds" "$status"
# Views (the meetings view ranks nodes in a subgraph, where dot 2.42 once freed memory twice; the
# stories view draws clusters, and cgraph numbers objects through the shim's id discipline) and
# the HTML brief, on the seeds' merged graph.
for run in "render $tmp/build/seeds.json --view meetings -o $tmp/views/seeds.meetings.svg" \
  "render $tmp/build/seeds.json --view stories --format svg,dot --out $tmp/views" \
  "brief $tmp/build/seeds.json --view full --view actors --view policies --view meetings --view stories -o $tmp/views/brief.html"; do
  status=0
  # shellcheck disable=SC2086 # $run is split into words on purpose
  run_under_valgrind $run || status=$?
  report "${run%% -o *}" "$status"
done
exit "$failed"
