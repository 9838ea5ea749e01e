# newsgraph: `make graphs` regenerates Graphs/ from seeds/, `make test` runs every check.
# Both install what this machine lacks (apt: libgraphviz-dev, libxml2-utils, valgrind, chromium;
# pip: the checks' Python packages) before they start.
SWIFT ?= swift
PYTHON ?= python3
BIN := .build/release/newsgraph
FORMATS := svg,dot,graphml,json,gexf,cyjs
SHARED := ../shared
VIEWS := actors policies meetings
SCREENSHOTS := .build/screenshots

# $(call write-graphs,FOLDER): every graph file of the seeds into FOLDER: one graph per article and
# the merged one in every format (each SVG with its .caption.md), the merged graph's views, its
# stories (an overview and one diagram per story), its HTML brief with the full view, every
# view and the stories, and where its sources differ (seeds.compare.md and .compare.json).
define write-graphs
	$(BIN) build seeds --out $(1) --format $(FORMATS) --per-document --name seeds
	for view in $(VIEWS); do $(BIN) render $(1)/seeds.json --view $$view -o $(1)/seeds.$$view.svg || exit 1; done
	$(BIN) render $(1)/seeds.json --view stories --out $(1)
	$(BIN) brief $(1)/seeds.json --view full $(foreach view,$(VIEWS),--view $(view)) --view stories -o $(1)/seeds.brief.html
	$(BIN) compare $(1)/seeds.json -o $(1)/seeds.compare.md
	$(BIN) compare $(1)/seeds.json --format json -o $(1)/seeds.compare.json
	$(BIN) render $(1)/seeds.json --format graphml --graphml-flavor yed -o $(1)/seeds.yed.graphml
endef

.PHONY: deps test-deps build graphs test examples model check check-graphs-current check-decisions check-reports leakcheck format lint clean bench bench-corpus bench-bin bench-profile spark-check fuzz fuzz-bin fuzz-short

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	$(SWIFT) build -c release --product newsgraph

# One graph per seed article and one merged graph, in every format, with views and a brief.
# Written beside Graphs/ and swapped in whole, so a story or view the code no longer makes
# leaves no stale file behind, and a failed run leaves Graphs/ as it was.
graphs: build
	@rm -rf .build/graphs-new && mkdir -p .build/graphs-new
	$(call write-graphs,.build/graphs-new)
	rm -rf Graphs && mv .build/graphs-new Graphs

# The learned models, trained deterministically (the same data gives the same bytes): the name
# tagger from the openly licensed data in $(SHARED)/train, the relation classifier from the
# training half (rd0000-rd0249) of $(SHARED)/dev/redocred. Building and testing need only the
# committed weights.
MODEL_DIR := Sources/NewsGraphExtraction/Resources/model
model:
	@test -d $(SHARED)/train || { echo "make model needs $(SHARED)/train beside this checkout" >&2; exit 1; }
	$(SWIFT) build -c release --product newsgraph-model
	.build/release/newsgraph-model names --data $(SHARED)/train --out $(MODEL_DIR) --exclude scripts/model/gmb-excluded.tsv --hold-out
	@# The relation classifier reads what the extractor finds, name tagger included: the new
	@# tagger's weights must be in the build's copy of the resources first.
	$(SWIFT) build -c release --product newsgraph-model
	.build/release/newsgraph-model relations --relation-data $(SHARED)/dev/redocred --out $(MODEL_DIR)

# Unit and golden-file tests, the example package, then the real files checked by real tools,
# then leaks, then a short pass of every fuzz target, then the Spark driver on 200 articles.
test: test-deps
	$(SWIFT) test
	$(MAKE) examples check check-graphs-current check-decisions check-reports leakcheck fuzz-short
	$(MAKE) spark-check SPARK_ARTICLES=200

# Examples/BuildGraph: a package of its own that depends on this one by path, as a user's would,
# and builds a graph from a string through the library's entry point (NewsGraph.build); it must
# find its article's person, country and place. SwiftPM keeps the build plan of a path
# dependency whose files moved ("missing inputs", as scripts/fuzz/fuzz.sh found), so the plan
# is made again every time, and the example's one file compiled again against the library.
EXAMPLES_BUILD := .build/examples
examples:
	@rm -rf $(EXAMPLES_BUILD)/debug.yaml $(EXAMPLES_BUILD)/*/debug/build_graph.build
	cd Examples/BuildGraph && $(SWIFT) build --scratch-path ../../$(EXAMPLES_BUILD)
	$(EXAMPLES_BUILD)/debug/build-graph > $(EXAMPLES_BUILD)/build-graph.txt
	@for line in 'person\tMaria Lopez' 'country\tChile' 'place\tSantiago'; do \
	  grep -qxF "$$(printf "$$line")" $(EXAMPLES_BUILD)/build-graph.txt || { \
	    printf "Examples/BuildGraph did not print '$$line'; it printed:\n" >&2; cat $(EXAMPLES_BUILD)/build-graph.txt >&2; exit 1; }; \
	done
	@echo "Examples/BuildGraph built a graph through the public API"

# GraphML schema, fetched once from Debian's libjgrapht-java, and beside it the project's
# widening of it for yEd's graphics (schema/graphml+yfiles.xsd). No GEXF 1.3 schema can be had
# from Debian or PyPI: check_exports.py reads GEXF with networkx and checks its structure.
XSD_DIR := .build/xsd
GRAPHML_XSD := $(XSD_DIR)/graphml.xsd
YFILES_XSD := $(XSD_DIR)/graphml+yfiles.xsd
PLAIN_GRAPHML = $(filter-out %.yed.graphml,$(wildcard Graphs/*.graphml))
YED_GRAPHML = $(wildcard Graphs/*.yed.graphml)

$(GRAPHML_XSD) $(YFILES_XSD): schema/graphml+yfiles.xsd
	scripts/checks/fetch-graphml-xsd.sh $(XSD_DIR)

# The committed exports, read by real tools; the seeds' export must keep the graph contract;
# the diagrams and the brief opened in headless Chromium (screenshots in $(SCREENSHOTS)).
check: test-deps $(GRAPHML_XSD) $(YFILES_XSD)
	xmllint --noout Graphs/*.svg
	xmllint --noout --nonet --quiet --schema $(GRAPHML_XSD) $(PLAIN_GRAPHML)
	$(if $(YED_GRAPHML),xmllint --noout --nonet --quiet --schema $(YFILES_XSD) $(YED_GRAPHML))
	xmllint --noout Graphs/*.gexf
	$(PYTHON) scripts/checks/check_exports.py Graphs
	$(PYTHON) scripts/checks/check_browser.py --self-test --screenshots $(SCREENSHOTS)
	$(PYTHON) scripts/checks/check_browser.py Graphs --screenshots $(SCREENSHOTS)
	@if [ -f $(SHARED)/eval/score.py ]; then \
	  line=$$($(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/eval/seeds.gold.json \
	    --graph Graphs/seeds.json --docs seeds | tail -n 1); echo "score.py: $$line"; \
	  case "$$line" in *"contract problems 0") ;; \
	    *) echo "Graphs/seeds.json breaks the graph contract (run score.py on it for the list)" >&2; exit 1;; esac; \
	else echo "score.py: skipped, $(SHARED)/eval is not beside this checkout"; fi

# Graphs/ is committed: regenerating it must give the same bytes.
check-graphs-current: build
	@rm -rf .build/graphs-check && mkdir -p .build/graphs-check
	$(call write-graphs,.build/graphs-check)
	@diff -r Graphs .build/graphs-check >/dev/null || { \
	  echo "Graphs/ differs from what the code generates now: run 'make graphs' and commit" >&2; \
	  diff -rq Graphs .build/graphs-check >&2; exit 1; }
	@echo "Graphs/ is current"

# The seeds built with the example decisions file (docs/examples/seeds.decisions.tsv), every
# format, checked by the same tools as Graphs/: a graph shaped by decisions keeps the contract.
DECIDED := .build/decisions-check
check-decisions: build test-deps
	@rm -rf $(DECIDED) && mkdir -p $(DECIDED)
	$(BIN) build seeds --out $(DECIDED) --format $(FORMATS) --name seeds --decisions docs/examples/seeds.decisions.tsv
	$(BIN) brief $(DECIDED)/seeds.json -o $(DECIDED)/seeds.brief.html
	xmllint --noout $(DECIDED)/*.svg
	$(PYTHON) scripts/checks/check_exports.py $(DECIDED)

# The JSON reports against their schemas (schema/diff.schema.json, schema/compare.schema.json):
# a diff of the seeds without their last article against Graphs/seeds.json, and the committed
# comparison of the seeds.
REPORTS := .build/reports-check
check-reports: build test-deps
	@rm -rf $(REPORTS) && mkdir -p $(REPORTS)/four
	cp $(filter-out $(lastword $(sort $(wildcard seeds/*.txt))),$(sort $(wildcard seeds/*.txt))) $(REPORTS)/four/
	$(BIN) build $(REPORTS)/four --out $(REPORTS) --format json --name four
	$(BIN) diff $(REPORTS)/four.json Graphs/seeds.json --format json -o $(REPORTS)/seeds.diff.json
	$(PYTHON) scripts/checks/check_reports.py $(REPORTS)/seeds.diff.json $(wildcard Graphs/*.compare.json)

# The Spark driver (scripts/spark/newsgraph_spark.py) in local mode against `newsgraph build` on
# SPARK_ARTICLES generated articles (with subfolders and bad files): 1, 7 and 16 uneven shards,
# a killed task retried, a duplicate id refused; on 30 of them, the folder given absolute and
# through '..', and --per-document (scripts/spark/check.sh); at least 191 articles (it moves
# a00150, copies over a00190). Installs a Java runtime
# (apt) if missing and pyspark 3.5.3 into .build/spark-venv (pip). `make test` runs it at 200.
SPARK_ARTICLES ?= 2000
spark-check: build
	scripts/spark/check.sh $(BIN) $(SPARK_ARTICLES) .build/spark-check

# newsgraph under valgrind: fails on a definite leak or a memory error.
leakcheck: test-deps
	scripts/leakcheck.sh

# Speed and memory, not a test: generated corpora of BENCH_SIZES articles through every stage,
# then one long article of BENCH_ARTICLE_MB (articles one after another) and BENCH_LIST_MB (one
# sentence naming people) megabytes, then layout of BENCH_LAYOUT-node graphs. Tables on stdout
# and in .build/bench/results.md.
# The default takes about 3 minutes on 2 cores; BENCH_SIZES=100,1000,10000 (about 7) adds the large corpus.
# Then the Spark driver against `build` at BENCH_SPARK_ARTICLES (spark-check's larger run, about
# 3 minutes at 2,000; empty to skip), its wall times per shard count printed by the check.
BENCH_SIZES ?= 100,1000
BENCH_SPARK_ARTICLES ?= 2000
BENCH_LAYOUT ?= 100,1000,5000
BENCH_ARTICLE_MB ?= 1,4,16
BENCH_LIST_MB ?= 0.25,1
BENCH_REPEAT ?=
BENCH_CORPUS := .build/bench-corpus
BENCH_BIN := Benchmarks/.build/release/newsgraph-bench

bench-corpus:
	@for n in $$(echo $(BENCH_SIZES) | tr , ' '); do $(PYTHON) scripts/bench/make_corpus.py $$n --out $(BENCH_CORPUS)/$$n || exit 1; done

# The benchmark is its own package, so `swift build` and `swift test` never build it.
# SwiftPM keeps its plan of a path dependency's files: a file added to Sources stays unknown to
# the benchmark's build until the plan is made again. A new list of files drops the plan.
bench-bin: build
	@list=$$(find Sources -type f | LC_ALL=C sort | sha1sum | cut -d' ' -f1); \
	  if [ "$$(cat Benchmarks/.build/sources.list 2>/dev/null)" != "$$list" ]; then rm -f Benchmarks/.build/release.yaml; fi; \
	  mkdir -p Benchmarks/.build && echo "$$list" > Benchmarks/.build/sources.list
	cd Benchmarks && $(SWIFT) build -c release

bench: build bench-corpus bench-bin
	@mkdir -p .build/bench
	$(BENCH_BIN) run --sizes $(BENCH_SIZES) --layout-nodes $(BENCH_LAYOUT) --corpus-root $(BENCH_CORPUS) \
	  --article-megabytes $(BENCH_ARTICLE_MB) --list-megabytes $(BENCH_LIST_MB) \
	  --newsgraph $(BIN) --seeds seeds --results .build/bench/results.json --markdown .build/bench/results.md $(if $(BENCH_REPEAT),--repeat $(BENCH_REPEAT))
	$(if $(BENCH_SPARK_ARTICLES),$(MAKE) spark-check SPARK_ARTICLES=$(BENCH_SPARK_ARTICLES))

# Where the time goes: perf samples of the in-process pipeline over one corpus, the top symbols
# of each stage.
BENCH_PROFILE_SIZE ?= 1000
bench-profile: build bench-bin
	$(PYTHON) scripts/bench/make_corpus.py $(BENCH_PROFILE_SIZE) --out $(BENCH_CORPUS)/$(BENCH_PROFILE_SIZE)
	scripts/bench/profile.sh $(BENCH_BIN) $(BENCH_CORPUS)/$(BENCH_PROFILE_SIZE) .build/bench/profile

# Fuzzing (libFuzzer, AddressSanitizer): Fuzz/ is a package of its own, like Benchmarks/. Each
# target checks the invariants of issue 15 (offsets inside the text and text == slice, valid
# XML and JSON, DOT that cgraph reads back, file names inside the output folder) on inputs grown
# from its seeds in Fuzz/Corpus/ (scripts/fuzz/make_seeds.py). `make fuzz` runs each for
# FUZZ_SECONDS (or FUZZ_RUNS inputs); `make test` runs each for FUZZ_SHORT_SECONDS. An input that
# breaks an invariant is kept in .build/fuzz/artifacts/ and fails the run. See docs/fuzzing.md.
FUZZ_SECONDS ?= 300
FUZZ_SHORT_SECONDS ?= 5
FUZZ_RUNS ?=

fuzz-bin:
	scripts/fuzz/fuzz.sh build

fuzz: fuzz-bin
	scripts/fuzz/fuzz.sh run --seconds $(FUZZ_SECONDS) $(if $(FUZZ_RUNS),--runs $(FUZZ_RUNS))

fuzz-short: fuzz-bin
	FUZZ_LOGS=.build/fuzz/logs-short scripts/fuzz/fuzz.sh run --seconds $(FUZZ_SHORT_SECONDS)

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build Benchmarks/.build Fuzz/.build
