# newsgraph: `make graphs` regenerates Graphs/ from seeds/, `make test` runs every check.
SWIFT ?= swift
PYTHON ?= python3
BIN := .build/release/newsgraph
FORMATS := svg,dot,graphml,json

.PHONY: deps test-deps build graphs test swift-test check bench leakcheck clean

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	$(SWIFT) build -c release --product newsgraph

graphs: build
	$(BIN) build seeds --out Graphs --format $(FORMATS) --per-document --name seeds

test: test-deps
	$(SWIFT) test
	$(MAKE) check

# GraphML schema, fetched once from Debian's libjgrapht-java.
XSD_DIR := .build/xsd
GRAPHML_XSD := $(XSD_DIR)/graphml.xsd

$(GRAPHML_XSD):
	scripts/checks/fetch-graphml-xsd.sh $(XSD_DIR)

# The committed exports, read by real tools; the seeds' export must keep the graph contract.
check: test-deps $(GRAPHML_XSD)
	xmllint --noout Graphs/*.svg
	xmllint --noout --nonet --quiet --schema $(GRAPHML_XSD) Graphs/*.graphml
	$(PYTHON) scripts/checks/check_exports.py Graphs
	@line=$$($(PYTHON) ../shared/eval/score.py --gold ../shared/eval/seeds.gold.json \
	    --graph Graphs/seeds.json --docs seeds | tail -n 1); echo "score.py: $$line"; \
	case "$$line" in *"contract problems 0") ;; \
	  *) echo "Graphs/seeds.json breaks the graph contract (run score.py on it for the list)" >&2; exit 1;; esac

clean:
	rm -rf .build
