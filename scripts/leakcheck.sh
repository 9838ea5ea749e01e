#!/usr/bin/env bash
# Leak check: runs `newsgraph render` under valgrind and fails on a definite leak or a memory
# error (invalid read or write, use of uninitialised memory) anywhere in the process.
# Graphviz 2.42's own leaks in HTML-like labels are suppressed, each explained in
# scripts/valgrind-graphviz.supp.
#
# Usage: scripts/leakcheck.sh [GRAPH.json ...]   (default: scripts/leakcheck-graph.json, which
#        holds SampleGraphs.small and SampleGraphs.hostile); then `newsgraph build seeds` with
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
for graph in "$@"; do
  out="$tmp/out"
  log="$tmp/valgrind.log"
  rm -rf "$out" && mkdir -p "$out"
  status=0
  valgrind --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --error-exitcode=1 --num-callers=40 --suppressions=scripts/valgrind-graphviz.supp \
    --log-file="$log" "$bin" render "$graph" --format svg,dot --out "$out" >/dev/null || status=$?
  summary=$(grep -E "ERROR SUMMARY|definitely lost:" "$log" | sed 's/^==[0-9]*== *//' | tr '\n' ' ')
  if [ "$status" -ne 0 ]; then
    cat "$log" >&2
    echo "leakcheck: FAILED on $graph (exit $status): $summary" >&2
    failed=1
  elif [ -z "$(find "$out" -name '*.svg')" ] || [ -z "$(find "$out" -name '*.dot')" ]; then
    echo "leakcheck: FAILED on $graph: newsgraph wrote no SVG or no DOT into $out" >&2
    failed=1
  else
    echo "leakcheck: ok $graph: $summary"
  fi
done
# The whole pipeline too: reading, extraction, resolution and every export of the seed articles.
log="$tmp/valgrind-build.log"
status=0
valgrind --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
  --error-exitcode=1 --num-callers=40 --suppressions=scripts/valgrind-graphviz.supp \
  --log-file="$log" "$bin" build seeds --format svg,dot,graphml,json --out "$tmp/build" >/dev/null || status=$?
summary=$(grep -E "ERROR SUMMARY|definitely lost:" "$log" | sed 's/^==[0-9]*== *//' | tr '\n' ' ')
if [ "$status" -ne 0 ]; then
  cat "$log" >&2
  echo "leakcheck: FAILED on build seeds (exit $status): $summary" >&2
  failed=1
else
  echo "leakcheck: ok build seeds: $summary"
fi
# Views (the meetings view ranks nodes in a subgraph, where dot 2.42 once freed memory twice) and
# the HTML brief, on the seeds' merged graph.
for run in "render $tmp/build/seeds.json --view meetings -o $tmp/views/seeds.meetings.svg" \
  "brief $tmp/build/seeds.json --view full --view actors --view policies --view meetings -o $tmp/views/brief.html"; do
  log="$tmp/valgrind-view.log"
  status=0
  # shellcheck disable=SC2086 # $run is split into words on purpose
  valgrind --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --error-exitcode=1 --num-callers=40 --suppressions=scripts/valgrind-graphviz.supp \
    --log-file="$log" "$bin" $run >/dev/null || status=$?
  summary=$(grep -E "ERROR SUMMARY|definitely lost:" "$log" | sed 's/^==[0-9]*== *//' | tr '\n' ' ')
  if [ "$status" -ne 0 ]; then
    cat "$log" >&2
    echo "leakcheck: FAILED on ${run%% *} (exit $status): $summary" >&2
    failed=1
  else
    echo "leakcheck: ok ${run%% -o *}: $summary"
  fi
done
exit "$failed"
