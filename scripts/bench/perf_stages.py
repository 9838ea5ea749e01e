#!/usr/bin/env python3
"""Reads `perf script -F ip,sym,dso` output (demangled) and prints the top symbols of each stage.

A sample belongs to the outermost stage function on its call chain (Tokenizer.tokenize,
MentionRecognizer.recognize, CorpusResolver.resolve, ...); within the stage, it is counted for
its leaf symbol (self time), as `perf report --no-children --sort symbol` would count it.
A second list per stage names the project's own function nearest to the leaf (the one that
called swift_retain, malloc or a Dictionary lookup), which is where to look.
Graphviz's libraries keep no frame pointers, so a sample whose leaf is in one of them counts
for the Graphviz stage whatever its (broken) chain says.
"""
import re
import sys
from collections import Counter, defaultdict

STAGES = [  # (stage, pattern on a frame), checked from the root of the chain towards the leaf
    ("read articles", r"ArticleReader\."),
    ("tokens", r"Tokenizer\.tokenize"),
    ("sentences", r"SentenceSplitter\.split"),
    ("mentions", r"MentionRecognizer\.recognize"),
    ("in-document resolution", r"DocumentResolver\.resolve"),
    ("meetings and policies", r"EventRecognizer\.recognize"),
    ("relations", r"RelationExtractor\.extract"),
    ("corpus resolution", r"CorpusResolver\.resolve"),
    ("JSON export", r"JSONGraphEncoder\.encode"),
    ("GraphML export", r"GraphMLEncoder\.encode"),
    ("DOT/SVG export (Graphviz)", r"GraphvizRenderer\.|GraphvizSession\.|DOTEncoder\.|SVGEncoder\."),
    ("lexicon loading", r"Lexicon\.standard|Extractor\.init"),
]
CONTAINER = ("extract: grouping into entities, other", r"Extractor\.extract")
GRAPHVIZ = re.compile(r"lib(gvc|cgraph|cdt|pathplan|xdot|gts|glib-2\.0|gvplugin_[a-z_]+)\.so")
TOP = 8


def samples(lines):
    chain = []
    for line in lines:
        line = line.strip()
        if not line:
            if chain:
                yield chain
            chain = []
            continue
        parts = line.split(None, 1)
        frame = parts[1] if len(parts) > 1 else parts[0]
        symbol, _, dso = frame.rpartition(" (")
        chain.append((symbol or frame, dso.rstrip(")")))
    if chain:
        yield chain


OWN = re.compile(r"(NewsGraph\w*|newsgraph(_bench)?)\.")


def owner(chain):
    """The project's function nearest to the leaf."""
    for symbol, _ in chain:
        name = strip_prefixes(symbol)
        if OWN.match(name) and not re.search(r"witness|outlined|metadata accessor", name):
            return symbol
    return "(no project frame)"


def strip_prefixes(symbol):
    """The function's own name, without the optimiser's 'specialization of' wrappers."""
    previous = None
    while previous != symbol:
        previous = symbol
        symbol = re.sub(r"^((function signature|generic) specialization <.*?> of |specialized |merged |static |closure #\d+ .*? in )", "", symbol)
    return symbol


def short(symbol):
    symbol = re.sub(r"\+0x[0-9a-f]+$", "", symbol)
    symbol = strip_prefixes(symbol)
    # Argument lists: keep the labels, drop the types.
    symbol = re.sub(r"\(([^()]|\([^()]*\))*\)", lambda m: "(" + ":".join(re.findall(r"(\w+) :", m.group(0))) + ")" if " : " in m.group(0) else m.group(0), symbol)
    return symbol if len(symbol) <= 110 else symbol[:107] + "..."


def main():
    patterns = [(name, re.compile(p)) for name, p in STAGES]
    container = re.compile(CONTAINER[1])
    by_stage = defaultdict(Counter)
    owners = defaultdict(Counter)
    total = 0
    for chain in samples(sys.stdin):
        total += 1
        stage = "DOT/SVG export (Graphviz)" if GRAPHVIZ.search(chain[0][1]) else None
        for frame, _ in ([] if stage else reversed(chain)):  # root first
            for name, pattern in patterns:
                if pattern.search(frame):
                    stage = name
                    break
            if stage:
                break
        if stage is None:
            stage = CONTAINER[0] if any(container.search(f) for f, _ in chain) else "other (runtime, allocator, broken chains)"
        by_stage[stage][short(chain[0][0])] += 1
        owners[stage][short(owner(chain))] += 1
    print(f"{total} samples")
    for stage, counter in sorted(by_stage.items(), key=lambda item: -sum(item[1].values())):
        count = sum(counter.values())
        print(f"\n{stage}: {count} samples, {100 * count / total:.1f}% of all")
        for symbol, n in counter.most_common(TOP):
            print(f"  {100 * n / count:5.1f}%  {symbol}")
        print("  nearest project function:")
        for symbol, n in owners[stage].most_common(5):
            print(f"  {100 * n / count:5.1f}%  {symbol}")


if __name__ == "__main__":
    main()
