#!/usr/bin/env python3
"""Builds one newsgraph graph from a folder of articles on Apache Spark: the bytes `newsgraph build` writes.

    spark-submit --master 'local[2]' scripts/spark/newsgraph_spark.py ARTICLES --out DIR \\
        [--format json,graphml] [--name NAME] [--shards N] [--uneven] \\
        [--lexicon FILE]... [--patterns FILE]... [--decisions FILE]... [--newsgraph PATH] \\
        [--engine E] [--graphml-flavor F] [--max-nodes N] [--include-isolated] [--per-document]

newsgraph's own binary does all the work that has rules in it; Spark only moves bytes:
1. The driver lists ARTICLES as `build` does (sorted, subfolders, no hidden names) and cuts the
   list into N shards of consecutive articles (--uneven: sizes in proportion 1:2:...:N).
2. On executors, each shard's articles are written under a folder of the task's own, at the path
   the driver saw, and `newsgraph extract` and `newsgraph keys` run there: a document's id and
   path are the ones `build` gives, and the shard's summary (newsgraph.keys/1) comes back. An
   absolute ARTICLES, or one with '..', cannot be recreated inside the task's folder: there the
   articles sit under a stand-in folder, and each record's path (and each message) is respelled
   to ARTICLES as given before `keys` reads it. With --per-document, the task also writes each
   of its articles' graphs (`newsgraph merge --documents-only` over the shard's records: an
   article's graph needs no other article) and hands their files back with the summary; an
   article whose id cannot name a file is left out of everything, as `build` leaves it out
   (`extract --nameable-only`, the binary's own rule and message).
3. Each summary line is keyed by what it is about (a document, an entity key, a relation) and
   shuffled so that all lines about one thing meet in one partition; there `newsgraph keys
   --combine` sums them (summing is associative and commutative, so any split gives the same
   bytes).
4. The driver runs `newsgraph resolve-keys` over the combined parts, one task: the Swift library
   resolves and assembles a whole summary in one process (it does not write graph fragments
   yet), and writes the exports into a staging folder that is renamed into --out at the end.
   The articles' graphs, if asked for, are written there first, shard after shard, so that
   where two files share a name the one `build` writes last stays.

Failures: a task that dies is retried by Spark and computes the same bytes (set
NEWSGRAPH_SPARK_KILL_SHARD=I to kill the first attempt of shard I's task, as `make spark-check`
does). A bad article (empty, binary, not UTF-8; with --per-document, one whose id cannot name a
file) is reported and skipped as `build` does, and the exit status is then 2. Two articles with
one id (the file name) are an error naming both, and so is anything else the binary refuses:
one line each, exit 1, and nothing written.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEADER = b'{"format":"newsgraph.keys/1"}\n'
# How the binary begins a message about one article it leaves out.
ARTICLE_FAILURES = ("newsgraph: cannot read article ", "newsgraph: cannot write the graph of article ")
KILL_SHARD = "NEWSGRAPH_SPARK_KILL_SHARD"


class Failure(Exception):
    """A problem already worded for the user: the driver prints it and exits 1."""


class Parser(argparse.ArgumentParser):
    """Arguments that do not parse exit 64, as the binary's do (2 means a partial build)."""

    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"newsgraph_spark: {message}", file=sys.stderr)
        sys.exit(64)


@dataclass(frozen=True)
class Settings:
    """What every task needs, shipped with the task: the binary's path and the option files' bytes."""

    newsgraph: str
    spelling: "Spelling"
    lexicons: tuple  # (path as given, bytes) for each --lexicon
    patterns: tuple  # (path as given, bytes) for each --patterns
    jobs: int
    kill_shard: int
    per_document: bool  # also each article's graph, made where the article is extracted
    decisions: tuple  # (path as given, bytes) for each decisions file, with per_document
    graph_options: tuple  # --format, --engine and the like, as `build` was given them


@dataclass(frozen=True)
class Spelling:
    """How a task names the articles folder, and how the graph must name it.

    `build` names each article by its path as given: the folder's spelling, then the path below
    it (`given` + REST). A task writes its articles under a folder of its own; a relative folder
    without '..' is recreated there as given, so the binary spells every path as `build` does. An
    absolute folder, or one that climbs out with '..', would land outside the task's folder: its
    articles are written under a stand-in folder instead (`local` + REST), and the records'
    paths and the binary's messages are respelled from `local` to `given` before anything reads
    them."""

    folder: str  # the folder the task gives `newsgraph extract`
    local: str  # how `extract` spells the start of every article path in the task
    given: str  # how `build` spells it: the folder as given, less one trailing '/', then '/'

    STAND_IN = "newsgraph-articles"

    @classmethod
    def of(cls, folder):
        given = (folder[:-1] if folder.endswith("/") and len(folder) > 1 else folder) + "/"
        if os.path.isabs(folder) or ".." in Path(folder).parts:
            return cls(folder=cls.STAND_IN, local=cls.STAND_IN + "/", given=given)
        return cls(folder=folder, local=given, given=given)

    @property
    def respelled(self):
        return self.local != self.given

    def local_path(self, path):
        """Where the task writes an article the driver listed at `path` (which starts with `given`)."""
        return self.local + path[len(self.given):]


@dataclass(frozen=True)
class ShardSummary:
    """What extracting one shard gave: its summary's lines (without the header), the messages
    the binary printed, and whether some of its articles could not be read."""

    index: int
    lines: list
    messages: list
    skipped_articles: bool
    error: bool
    graphs: tuple = ()  # with --per-document: (file name, bytes) of each file of its articles' graphs


def list_articles(folder):
    """The `.txt` files under `folder` as `newsgraph build` lists them (ArticleReader.listing):
    each folder's entries sorted by name, hidden names left out, a folder reached twice through
    links read once, each path spelled from `folder` as given. Also the folders that could not
    be listed."""
    if not os.path.exists(folder):
        raise Failure(f"cannot read article {folder}: no such file or folder")
    if not os.path.isdir(folder):
        raise Failure(f"cannot read articles in {folder}: not a folder (give the folder that holds the articles)")
    base = folder[:-1] if folder.endswith("/") and len(folder) > 1 else folder
    articles, unreadable, visited = [], [], set()

    def collect(path):
        real = os.path.realpath(path)
        if real in visited:
            return
        visited.add(real)
        try:
            names = sorted(os.listdir(path))
        except OSError:
            unreadable.append(path)
            return
        for name in names:
            if name.startswith("."):
                continue
            child = f"{path}/{name}"
            if os.path.isdir(child):
                collect(child)
            elif os.path.exists(child) and name.endswith(".txt"):
                articles.append(child)

    collect(base)
    if unreadable[:1] == [base]:
        raise Failure(f"cannot read articles in {folder}: cannot list the folder")
    if not articles and not unreadable:
        raise Failure(f"no articles in {folder}: expected .txt files")
    return articles, unreadable


def check_ids(paths):
    """Refuses two articles with one id (the file name without its extension, compared as Swift
    compares strings: canonically equivalent names are equal). `build` would skip the second;
    split over shards, each would be counted, so here it is an error naming both."""
    first = {}
    for path in paths:
        article_id = os.path.splitext(os.path.basename(path))[0]
        same = unicodedata.normalize("NFC", article_id)
        if same in first:
            raise Failure(f"two articles have the id '{article_id}': {first[same]} and {path}")
        first[same] = path


def read_articles(paths):
    """The bytes of each article the driver can read, and a message (as `build` words it) for
    each it cannot: the executors check the rest as `build` does."""
    articles, failures = [], []
    for path in paths:
        try:
            articles.append((path, Path(path).read_bytes()))
        except OSError:
            failures.append(f"newsgraph: cannot read article {path}: permission denied or I/O error")
    return articles, failures


def default_name(folder):
    """The graph's name when --name is not given, as `build` chooses it: the folder's name, or
    'graph' when that cannot name a file (a leading dot, a control character, over 200 bytes)."""
    name = os.path.basename(os.path.normpath(os.path.abspath(folder)))
    unusable = not name or name.startswith(".") or any(ord(c) < 32 or ord(c) == 127 for c in name)
    return "graph" if unusable or len(name.encode("utf-8")) > 200 else name


def split(articles, shards, uneven):
    """Consecutive runs of `articles`, `shards` of them (fewer if there are fewer articles); with
    `uneven`, shard i holds about (i + 1) parts of 1 + 2 + ... + shards."""
    shards = min(shards, len(articles))
    weights = range(1, shards + 1) if uneven else [1] * shards
    total, bounds, running = sum(weights), [0], 0
    for weight in weights:
        running += weight
        bounds.append(round(len(articles) * running / total))
    return [articles[bounds[i]:bounds[i + 1]] for i in range(shards)]


def run(command, cwd=None):
    """Runs the binary; gives its exit status and the lines it printed on standard error."""
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode < 0:
        # Killed by a signal: not an answer about the input. Failing the task lets Spark retry it.
        raise RuntimeError(f"{command[0]} {command[1]} was killed by signal {-done.returncode}")
    return done.returncode, done.stderr.decode("utf-8", "replace").splitlines()


def summarize_shard(settings, shard):
    """On an executor: one shard's articles → its summary (and with --per-document its articles'
    graphs), through `extract`, `keys` (and `merge --documents-only`) run in a folder where each
    article sits at the path `settings.spelling` gives it."""
    from pyspark import TaskContext

    index, articles = shard
    with tempfile.TemporaryDirectory(prefix="newsgraph-shard-") as work:
        tree = Path(work, "articles")
        for path, data in articles:
            local = Path(tree, settings.spelling.local_path(path))
            local.parent.mkdir(parents=True, exist_ok=True)
            local.write_bytes(data)
        option_args, renames = write_option_files(settings, Path(work, "options"))
        if settings.spelling.respelled:
            renames[settings.spelling.local] = printable(settings.spelling.given)

        def worded(lines):
            for local, given in renames.items():
                lines = [line.replace(local, given) for line in lines]
            return lines

        records, summary = Path(work, "records.jsonl"), Path(work, "summary.keys")
        status, messages = run(
            [settings.newsgraph, "extract", settings.spelling.folder, "-o", str(records), "--jobs", str(settings.jobs)]
            # An article whose id cannot name a file is out of every graph, as `build
            # --per-document` leaves it out, with build's message.
            + (["--nameable-only"] if settings.per_document else [])
            + option_args["--lexicon"] + option_args["--patterns"],
            cwd=tree,
        )
        messages = worded(messages)
        # 2: some articles could not be read or named (each named), the rest extracted, as with
        # `build`. 1 with only such lines: none of this shard's articles could be.
        only_bad_articles = all(
            line.startswith(ARTICLE_FAILURES) for line in messages if line.startswith("newsgraph: "))
        if status == 1 and only_bad_articles:
            return ShardSummary(index, [], messages, skipped_articles=True, error=False)
        if status not in (0, 2):
            return ShardSummary(index, [], messages, skipped_articles=False, error=True)
        if settings.spelling.respelled:
            respell_records(records, settings.spelling)
        skipped, graphs = status == 2, ()
        if settings.per_document:
            graphs_status, graphs_messages, graphs = document_graphs(
                settings, records, Path(work, "graphs"), option_args["--lexicon"] + option_args["--decisions"])
            messages += worded(graphs_messages)
            if graphs_status != 0:
                return ShardSummary(index, [], messages, skipped_articles=False, error=True)
        keys_status, keys_messages = run([settings.newsgraph, "keys", str(records), "-o", str(summary)])
        if keys_status != 0:
            return ShardSummary(index, [], messages + keys_messages, skipped_articles=False, error=True)
        if index == settings.kill_shard and TaskContext.get().attemptNumber() == 0:
            # The failure test: this attempt dies with its work done but not handed over, as a
            # lost executor would; Spark runs the task again.
            os._exit(137)
        with open(summary, "rb") as lines:
            if lines.readline() != HEADER:
                raise RuntimeError(f"{summary} does not start with the newsgraph.keys/1 header")
            return ShardSummary(index, lines.readlines(), messages, skipped, error=False, graphs=graphs)


def write_option_files(settings, folder):
    """Writes the --lexicon, --patterns and --decisions files under `folder`, each in a folder
    of its own under its own name (a decision's output names its file by name); gives their
    arguments for the binary by option, and a map from each local path to the path the user
    gave, so that the binary's messages can be given back with the user's names."""
    renames, option_args = {}, {}
    for flag, files in (
            ("--lexicon", settings.lexicons), ("--patterns", settings.patterns), ("--decisions", settings.decisions)):
        option_args[flag] = []
        for number, (given, data) in enumerate(files):
            local = Path(folder, f"{flag[2:]}-{number}", os.path.basename(given))
            local.parent.mkdir(parents=True)
            local.write_bytes(data)
            renames[str(local)] = given
            option_args[flag] += [flag, str(local)]
    return option_args, renames


def document_graphs(settings, records, out, option_args):
    """Each article's graph from its record, by `newsgraph merge --documents-only` (an article's
    graph needs only its own record, the lexicon and the decisions): the binary's exit status
    and messages, and each file it wrote, in name order."""
    status, messages = run(
        [settings.newsgraph, "merge", str(records), "--documents-only", "--out", str(out), "--jobs", str(settings.jobs)]
        + list(settings.graph_options) + option_args)
    graphs = tuple((path.name, path.read_bytes()) for path in sorted(out.iterdir())) if status == 0 else ()
    return status, messages, graphs


def respell_records(records, spelling):
    """Rewrites each record's document path from the stand-in folder to the folder as given.

    `keys` and `merge` decode the records, so any JSON spelling of the path will do: the
    folder is written with Python's escapes, the rest of the path keeps the binary's. A record
    line is `{"diagnostics":[...],"document":{"id":...,"path":...` (sorted keys); no diagnostic
    has a "path" key, and inside a string the quotes would be escaped, so the first `"path":"`
    is the document's."""
    local = b'"path":"' + spelling.local.encode("ascii")
    given = b'"path":"' + json.dumps(spelling.given)[1:-1].encode("ascii")
    respelled = records.with_suffix(".respelled")
    with open(records, "rb") as lines, open(respelled, "wb") as out:
        for number, line in enumerate(lines, 1):
            at = line.find(b'"path":"')
            if at < 0 or not line.startswith(local, at):
                raise RuntimeError(f"{records}:{number}: the document path does not start with {spelling.local}")
            out.write(line[:at] + given + line[at + len(local):])
    respelled.replace(records)


def printable(text):
    """`text` as the binary prints it in a message (MessageText.escaped): each invisible control
    character (FileName's isInvisibleControl) written as an escape."""
    escapes = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return "".join(
        escapes.get(c, f"\\u{{{ord(c):X}}}") if invisible_control(c) else c for c in text)


def invisible_control(character):
    """Unicode.Scalar.isInvisibleControl: C0 and C1 controls, DEL, the line and paragraph
    separators and the bidirectional controls."""
    code = ord(character)
    return (code <= 0x1F or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029, 0x061C, 0x200E, 0x200F)
            or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069)


def keyed_lines(shard):
    """Each summary line keyed by what it is about, so that lines about one thing meet in one
    partition: ("document", id), ("key", the key's JSON) or ("relation", the triple's JSON).
    The JSON is the line's own canonical text, so equal subjects have equal keys."""
    for line in shard.lines:
        value = json.loads(line)
        if "relation" in value:
            subject = ("relation", json.dumps(value["relation"], sort_keys=True, separators=(",", ":")))
        elif "key" in value:
            subject = ("key", json.dumps(value["key"], sort_keys=True, separators=(",", ":")))
        else:
            subject = ("document", value["document"]["id"])
        yield subject, (shard.index, line)


def partition_of(subject):
    """A partition for a subject that is the same in every Python worker (Python's own string
    hash is salted per process)."""
    return zlib.crc32(f"{subject[0]}\0{subject[1]}".encode("utf-8"))


def combine_partition(settings, partition, keyed):
    """On an executor: the lines of one partition, grouped back into the shards they came from
    (one partial summary file per shard), summed by `newsgraph keys --combine`."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-combine-") as work:
        files = {}
        try:
            for _, (shard, line) in keyed:
                if shard not in files:
                    files[shard] = open(Path(work, f"shard-{shard}.keys"), "wb")
                    files[shard].write(HEADER)
                files[shard].write(line)
        finally:
            for handle in files.values():
                handle.close()
        if not files:
            return
        combined = Path(work, "combined.keys")
        names = [f"shard-{shard}.keys" for shard in sorted(files)]
        status, messages = run([settings.newsgraph, "keys", "--combine", *names, "-o", str(combined)], cwd=work)
        if status != 0:
            yield partition, None, messages
        else:
            yield partition, combined.read_bytes(), messages


def report(lines):
    for line in lines:
        print(line, file=sys.stderr)


def timed(stage, start):
    """Says how long a stage took (from `start`, a time.monotonic() reading); gives the time now."""
    now = time.monotonic()
    print(f"newsgraph_spark: {stage}: {now - start:.1f} s", file=sys.stderr)
    return now


def options():
    parser = Parser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", help="folder of .txt articles (subfolders included)")
    parser.add_argument("--out", required=True, help="folder to write the graph files into (created if missing)")
    parser.add_argument("--format", default="svg,json", help="formats, as for newsgraph build (default svg,json)")
    parser.add_argument("--name", help="base name of the graph's files (default: the folder's name, as build)")
    parser.add_argument("--shards", type=int, default=8, help="number of input partitions (default 8)")
    parser.add_argument("--uneven", action="store_true", help="shard sizes in proportion 1:2:...:N instead of equal")
    parser.add_argument("--lexicon", action="append", default=[], help="a lexicon file of your own; repeatable")
    parser.add_argument("--patterns", action="append", default=[], help="a relation pattern file of your own; repeatable")
    parser.add_argument(
        "--decisions", action="append", default=[],
        help="an analyst decisions file; repeatable (default, as build: decisions.tsv in the articles folder)")
    # Checked here as the binary checks them, so that a typo fails before the Spark job, not after.
    parser.add_argument("--engine", choices=["automatic", "dot", "neato", "sfdp"], help="layout engine for SVG")
    parser.add_argument("--graphml-flavor", choices=["plain", "yed"], help="GraphML flavour")
    parser.add_argument("--max-nodes", type=int, help="most entities a diagram shows (default 150)")
    parser.add_argument("--include-isolated", action="store_true", help="also draw entities with no relation")
    parser.add_argument(
        "--per-document", action="store_true",
        help="also write one graph per article, named by its id, as build --per-document (made on executors)")
    parser.add_argument(
        "--newsgraph", default=str(ROOT / ".build/release/newsgraph"),
        help="the newsgraph binary, at this path on the driver and on every executor, its resource "
        "bundles beside it (default: this checkout's release build)")
    args = parser.parse_args()
    if args.shards < 1:
        parser.error(f"--shards must be at least 1, not {args.shards}")
    if args.max_nodes is not None and args.max_nodes < 1:
        parser.error(f"--max-nodes must be at least 1, not {args.max_nodes}")
    return args


def read_option_files(paths, what):
    try:
        return tuple((path, Path(path).read_bytes()) for path in paths)
    except OSError as error:
        raise Failure(f"cannot read {what} {error.filename}: {error.strerror}") from None


def build(args):
    """Runs the job; gives the exit status (0, or 2 when some articles were skipped)."""
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    if not os.access(args.newsgraph, os.X_OK):
        raise Failure(f"cannot run {args.newsgraph}: build it (swift build -c release --product newsgraph) or give --newsgraph")
    paths, unreadable_folders = list_articles(args.articles)
    check_ids(paths)
    lexicons = read_option_files(args.lexicon, "lexicon")
    patterns = read_option_files(args.patterns, "pattern file")
    for path in args.decisions:
        # resolve-keys reads them at the end; a missing one should stop the job at the start.
        if not os.path.isfile(path):
            raise Failure(f"cannot use decisions {path}: no such file")
    name = args.name or default_name(args.articles)
    decisions = decisions_files(args)
    # The driver reads the articles and ships their bytes with the tasks, so executors need no
    # view of its files. One shard per partition.
    articles, unreadable_articles = read_articles(paths)
    if not articles:
        report(unreadable_articles)
        raise Failure(f"no articles could be read in {args.articles}")
    inputs = list(enumerate(split(articles, args.shards, args.uneven)))

    clock = time.monotonic()
    spark = SparkSession.builder.appName(f"newsgraph {name}").config("spark.log.level", "ERROR").getOrCreate()
    context = spark.sparkContext
    settings = Settings(
        newsgraph=os.path.abspath(args.newsgraph), spelling=Spelling.of(args.articles),
        lexicons=lexicons, patterns=patterns,
        jobs=int(context.getConf().get("spark.task.cpus", "1")), kill_shard=int(os.environ.get(KILL_SHARD, "-1")),
        per_document=args.per_document,
        decisions=read_option_files(decisions, "decisions") if args.per_document else (),
        graph_options=tuple(graph_options(args)))
    clock = timed("Spark started", clock)
    summaries = (
        context.parallelize(inputs, len(inputs))
        .map(lambda shard: summarize_shard(settings, shard))
        .persist(StorageLevel.MEMORY_AND_DISK))
    outcomes = summaries.map(lambda s: (s.index, s.messages, s.skipped_articles, s.error)).collect()

    outcomes.sort()
    clock = timed(f"{len(articles)} articles in {len(inputs)} shards extracted and summed", clock)
    if any(error for _, _, _, error in outcomes):
        # Every shard meets a bad option file: say each problem once.
        report(dict.fromkeys(line for _, messages, _, error in outcomes if error for line in messages))
        raise Failure("extraction failed (above); nothing was written")
    report(f"newsgraph: cannot read articles in {folder}: cannot list the folder" for folder in unreadable_folders)
    report(unreadable_articles)
    for _, messages, _, _ in outcomes:
        report(messages)

    combined = (
        summaries.flatMap(keyed_lines)
        .partitionBy(len(inputs), partition_of)
        .mapPartitionsWithIndex(lambda partition, keyed: combine_partition(settings, partition, keyed))
        .persist(StorageLevel.MEMORY_AND_DISK))
    failed = combined.filter(lambda part: part[1] is None).map(lambda part: part[2]).collect()
    if failed:
        for messages in failed:
            report(messages)
        raise Failure("combining the shards' summaries failed (above); nothing was written")
    clock = timed(f"summaries combined in {len(inputs)} partitions", clock)

    with tempfile.TemporaryDirectory(prefix="newsgraph-spark-") as work, staged(Path(args.out)) as staging:
        if args.per_document:
            write_document_graphs(summaries, staging)
            clock = timed("each article's graph fetched by the driver", clock)
        parts = []
        for partition, data, messages in combined.toLocalIterator():
            report(messages)
            parts.append(str(Path(work, f"part-{partition:05d}.keys")))
            Path(parts[-1]).write_bytes(data)
        spark.stop()
        clock = timed("combined parts fetched by the driver", clock)
        if not parts:
            raise Failure(f"no articles could be read in {args.articles}")
        resolve_keys(args, name, sorted(parts), decisions, staging)
        timed("resolve-keys, one task", clock)
    return 2 if unreadable_folders or unreadable_articles or any(skipped for _, _, skipped, _ in outcomes) else 0


def decisions_files(args):
    """The decisions `build` would apply: --decisions, or else the articles folder's
    decisions.tsv, spelled as `build` spells it."""
    if args.decisions:
        return args.decisions
    folder = args.articles
    beside = folder + "decisions.tsv" if folder.endswith("/") else f"{folder}/decisions.tsv"
    if not os.path.isfile(beside):
        return []
    print(f"newsgraph_spark: applying the decisions in {beside} (--decisions FILE to use another)", file=sys.stderr)
    return [beside]


def graph_options(args):
    """The options that say which files to write and how, for `resolve-keys` and for `merge
    --documents-only` alike: the merged graph and each article's are written as `build` writes
    them."""
    command = ["--format", args.format]
    for option in ("engine", "graphml_flavor", "max_nodes"):
        if getattr(args, option) is not None:
            command += ["--" + option.replace("_", "-"), str(getattr(args, option))]
    if args.include_isolated:
        command.append("--include-isolated")
    return command


def write_document_graphs(summaries, staging):
    """Writes each shard's article graphs into `staging`, shard after shard: shard i is partition
    i, and its articles follow the earlier shards', so where two articles' files share a name
    (an id "x.style" and the cyjs style sheet of "x") the later one's stays, as in `build`."""
    for _, graphs in summaries.map(lambda summary: (summary.index, summary.graphs)).toLocalIterator():
        for name, data in graphs:
            Path(staging, name).write_bytes(data)


@contextmanager
def staged(out):
    """A folder beside `out` for the run's files, renamed into it (or its files moved into it)
    only when the run succeeds: a reader never sees some of the files of a run, and a failed
    run writes nothing."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.spark-", dir=out.parent))
    # mkdtemp makes the folder private; --out gets the permissions `build` would give it.
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)
    try:
        yield staging
        if not out.exists():
            staging.rename(out)
        else:
            for produced in sorted(staging.iterdir()):
                produced.replace(out / produced.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def resolve_keys(args, name, parts, decisions, staging):
    """`resolve-keys` over the combined parts: the merged graph, written into `staging` after
    any article's graph (a merged graph named as an article is, is the file `build` leaves)."""
    command = [args.newsgraph, "resolve-keys", *parts, "--out", str(staging), "--name", name, *graph_options(args)]
    for path in args.lexicon:
        command += ["--lexicon", path]
    for path in decisions:
        command += ["--decisions", path]
    status, messages = run(command)
    report(messages)
    if status != 0:
        raise Failure("resolve-keys failed (above); nothing was written")


def main():
    args = options()
    try:
        sys.exit(build(args))
    except Failure as failure:
        print(f"newsgraph_spark: {failure}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
