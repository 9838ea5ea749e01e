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

clean:
	rm -rf .build
