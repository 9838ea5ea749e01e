#!/usr/bin/env bash
# `make spark-check`: the Spark driver against `newsgraph build` on the same articles.
# Usage: scripts/spark/check.sh BINARY ARTICLES_COUNT WORK_FOLDER
#
# A generated corpus (scripts/bench/make_corpus.py), with two articles moved into subfolders,
# four bad files (empty, blank, binary, Latin-1) and a decisions.tsv, is built once by `newsgraph
# build` and by the driver in local[2] with 1, 7 and 16 uneven shards: every export must have
# build's bytes, and the same articles must be reported skipped (exit 2 for both). Then 7 shards
# with the first attempt of shard 3's task killed (local[2,4] lets Spark retry it): the same
# bytes again. Then, on a small corpus (the first 30 articles, a subfolder, a bad file), the
# folder given absolute and through '..' (the graph names each article by its path as given),
# each against `build` given the folder the same way; and --per-document, with an article whose
# id cannot name a file, against `build --per-document`. Then a second article with an existing
# id: exit 1, one line naming both, and no output folder.
set -euo pipefail
bin=$1 count=$2 work=$3
root=$PWD
absolute() { case $1 in /*) echo "$1" ;; *) echo "$root/$1" ;; esac; }
venv=.build/spark-venv
formats=svg,dot,graphml,json,gexf,cyjs
export PATH="$PWD/$venv/bin:$PATH" PYSPARK_PYTHON="$PWD/$venv/bin/python"

fail() { echo "spark-check: $*" >&2; exit 1; }
seconds() { date +%s%N; }
elapsed() { local tenths=$((($(date +%s%N) - $1) / 100000000)); echo "$((tenths / 10)).$((tenths % 10))"; }

# What it needs: a Java runtime (Debian's openjdk-17-jre-headless) and pyspark in a venv.
if ! command -v java >/dev/null; then
  echo "installing openjdk-17-jre-headless (apt)" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
if [ "$("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)' 2>/dev/null)" != 3.5.3 ]; then
  echo "installing pyspark 3.5.3 into $venv (pip)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark==3.5.3
fi

# The corpus: generated once per size, then laid out afresh (hard links) with subfolders and bad files.
generated=.build/spark-corpus/$count
python3 scripts/bench/make_corpus.py "$count" --out "$generated" >/dev/null
rm -rf "$work" && mkdir -p "$work/logs"
articles=$work/articles
cp -al "$generated" "$articles"
mkdir -p "$articles/desk/late"
mv "$articles/a00007.txt" "$articles/desk/"
mv "$articles/a00150.txt" "$articles/desk/late/"
: > "$articles/desk/empty.txt"
printf '  \n' > "$articles/blank.txt"
printf 'abc\0def' > "$articles/binary.txt"
printf 'Jos\xe9 Lopez met officials in Santiago.\n' > "$articles/desk/latin1.txt"
# A lexicon of the user's own, given to both, is passed through to every executor; the
# decisions.tsv in the articles folder is applied by both without being named; diagrams capped.
printf 'agency\tNewsgraph Spark Check Bureau\tNSCB\t\n' > "$work/check.lexicon.tsv"
printf 'label\tcountry:egypt\t"Arab Republic of Egypt"\tspark-check\n' > "$articles/decisions.tsv"
common=(--format "$formats" --name corpus --lexicon "$(absolute "$work/check.lexicon.tsv")" --max-nodes 100)

# $(status COMMAND...): runs COMMAND, its output to $log (spark-submit gives the driver's standard
# error on its standard output); prints its exit status. `in_folder FOLDER COMMAND...` runs
# COMMAND in FOLDER.
status() { set +e; "$@" >"$log" 2>&1; echo $?; set -e; }
in_folder() { local folder=$1; shift; (cd "$folder" && "$@"); }
skipped() { grep '^newsgraph: cannot read article' "$1" | sort; }

log=$work/logs/build.log
start=$(seconds)
code=$(status "$bin" build "$articles" --out "$work/build" "${common[@]}")
[ "$code" = 2 ] || { cat "$log" >&2; fail "build exited $code, expected 2 (four bad articles)"; }
echo "build: $count articles, $(elapsed "$start") s"
[ "$(skipped "$log" | wc -l)" = 4 ] || fail "build did not report the four bad articles"
grep -q '"Arab Republic of Egypt"' "$work/build/corpus.json" || fail "build did not apply $articles/decisions.tsv"

# spark RUN MASTER SHARDS [ARTICLES [FOLDER]]: the driver on ARTICLES (default $articles), run in
# FOLDER (default here), into $work/RUN, with the options in driver_options besides the common
# ones; its log in $work/logs/RUN.log.
driver_options=()
spark() {
  log=$work/logs/$1.log
  local start; start=$(seconds)
  code=$(status in_folder "${5:-.}" spark-submit --master "$2" "$root/scripts/spark/newsgraph_spark.py" \
    "${4:-$articles}" --out "$(absolute "$work/$1")" --shards "$3" --uneven --newsgraph "$(absolute "$bin")" "${common[@]}" \
    "${driver_options[@]}")
  runtime=$(elapsed "$start")
}

for shards in 1 7 16; do
  spark "shards-$shards" 'local[2]' "$shards"
  [ "$code" = 2 ] || { tail -n 30 "$log" >&2; fail "$shards shards: the driver exited $code, expected 2"; }
  diff -r "$work/build" "$work/shards-$shards" >/dev/null || { diff -rq "$work/build" "$work/shards-$shards" >&2; fail "$shards shards: not build's bytes"; }
  [ "$(skipped "$log")" = "$(skipped "$work/logs/build.log")" ] || fail "$shards shards: not the bad articles build reports"
  echo "spark local[2], $shards uneven shards: build's bytes in $formats, $runtime s"
done

NEWSGRAPH_SPARK_KILL_SHARD=3 spark killed 'local[2,4]' 7
[ "$code" = 2 ] || { tail -n 30 "$log" >&2; fail "killed task: the driver exited $code, expected 2"; }
grep -q 'Python worker exited unexpectedly' "$log" || fail "killed task: no task was killed (see $log)"
diff -r "$work/build" "$work/killed" >/dev/null || fail "killed task: not build's bytes after the retry"
echo "spark local[2,4], 7 shards, shard 3's first attempt killed and retried: build's bytes, $runtime s"

# The small corpus, and a folder beside it to reach it from through '..'.
small=$work/small
mkdir -p "$small/desk" "$work/beside"
for article in $(ls "$generated" | head -n 30); do ln "$generated/$article" "$small/$article"; done
mv "$small/$(ls "$small" | grep txt | head -n 1)" "$small/desk/"
: > "$small/desk/empty.txt"
cp "$articles/decisions.tsv" "$small/"

# spelled RUN FOLDER ARTICLES: `build` and the driver (3 shards), both run in FOLDER on ARTICLES.
spelled() {
  log=$work/logs/build-$1.log
  code=$(status in_folder "$2" "$(absolute "$bin")" build "$3" --out "$(absolute "$work/build-$1")" "${common[@]}")
  [ "$code" = 2 ] || { cat "$log" >&2; fail "$1: build exited $code, expected 2 (one bad article)"; }
  grep -q "\"path\": \"${3%/}/" "$work/build-$1/corpus.json" || fail "$1: build did not name the articles by $3"
  spark "$1" 'local[2]' 3 "$3" "$2"
  [ "$code" = 2 ] || { tail -n 30 "$log" >&2; fail "$1: the driver exited $code, expected 2"; }
  diff -r "$work/build-$1" "$work/$1" >/dev/null || { diff -rq "$work/build-$1" "$work/$1" >&2; fail "$1: not build's bytes"; }
  [ "$(skipped "$log")" = "$(skipped "$work/logs/build-$1.log")" ] || fail "$1: not the bad article build reports"
  echo "spark local[2], 3 uneven shards, 30 articles given as $3: build's bytes in $formats, $runtime s"
}
spelled absolute . "$(absolute "$small")"
spelled parent "$work/beside" ../small

# --per-document: each article's graph too. An article whose id holds a '\' cannot name a file:
# build leaves it out of every graph and says so.
printf 'Ana Lima met Tom Berg in Oslo.\n' > "$small/desk/back\\slash.txt"
refused() { grep -E '^newsgraph: cannot (read article|write the graph of article)' "$1" | sort; }
log=$work/logs/build-per-document.log
code=$(status "$bin" build "$small" --out "$work/build-per-document" --per-document "${common[@]}")
[ "$code" = 2 ] || { cat "$log" >&2; fail "per-document: build exited $code, expected 2"; }
grep -q "^newsgraph: cannot write the graph of article $small/desk/back" "$log" || fail "per-document: build took back\\slash.txt"
[ -e "$work/build-per-document/$(ls "$small" | grep txt | head -n 1 | sed 's/.txt$//').svg" ] ||
  fail "per-document: build wrote no article's graph"
driver_options=(--per-document)
spark per-document 'local[2]' 3 "$small"
driver_options=()
[ "$code" = 2 ] || { tail -n 30 "$log" >&2; fail "per-document: the driver exited $code, expected 2"; }
diff -r "$work/build-per-document" "$work/per-document" >/dev/null ||
  { diff -rq "$work/build-per-document" "$work/per-document" >&2; fail "per-document: not build's bytes"; }
[ "$(refused "$log")" = "$(refused "$work/logs/build-per-document.log")" ] || fail "per-document: not the articles build leaves out"
echo "spark local[2], 3 uneven shards, the small corpus, --per-document: build's bytes in $formats ($(ls "$work/per-document" | wc -l) files), $runtime s"

cp "$articles/a00001.txt" "$articles/desk/late/a00190.txt"
spark duplicate 'local[2]' 7
[ "$code" = 1 ] || fail "duplicate id: the driver exited $code, expected 1"
message=$(grep '^newsgraph_spark: ' "$log")
[ "$message" = "newsgraph_spark: two articles have the id 'a00190': $articles/a00190.txt and $articles/desk/late/a00190.txt" ] ||
  fail "duplicate id: unexpected message: $message"
[ ! -e "$work/duplicate" ] || fail "duplicate id: $work/duplicate was written"
echo "spark, two articles with one id: exit 1, '$message', nothing written"
