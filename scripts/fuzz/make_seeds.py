#!/usr/bin/env python3
"""Writes the seed corpora of `make fuzz` into Fuzz/Corpus/<target>/ (committed; rerun to remake).

Articles are sentences written for the fuzzer (invented people, no text from seeds/ or the dev
set), tricky layouts (headlines, datelines, bylines, bullets, CRLF, a byte-order mark) and
hostile strings (markup, Graphviz escapes, control characters, bidi overrides, broken UTF-8).
The graph and record seeds are what `newsgraph build` and `newsgraph extract` make of some of
those articles, plus hand-edited variants of them.

    scripts/fuzz/make_seeds.py [--newsgraph .build/release/newsgraph]
"""

import argparse
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "Fuzz/Corpus"
# Each target's -max_len in scripts/fuzz/fuzz.sh: libFuzzer cuts a longer seed to it when it
# loads the corpus (a graph cut short is just broken JSON), so every seed must fit.
MAX_LEN = {"article-reader": 4096, "extractor": 1024, "encoders": 1024, "graph-json": 32768, "merge-records": 8192}

ARTICLES = {
    "meeting": "Trade Talks Resume In Oslo\nNorwegian Trade Minister Ana Lima met Swedish Trade Minister Tom Berg in Oslo on Monday.\n"
    "Sweden threatened 20% tariffs on Norwegian salmon, and Lima condemned the 20% tariffs on Norwegian salmon.\n",
    "dateline": "OSLO, March 3 (Nordwire) - Finance Minister Kari Dahl said on Tuesday that Norway would lift its ban on "
    "herring exports to Iceland.\nBy Lars Moen; Editing by Eva Holm\n",
    "byline": "By Maria Santos and Chen Wei\nGENEVA (Agency) -- Delegates from Brazil and China agreed a truce at the "
    "Geneva summit, said Ambassador Paulo Reis.\n",
    "acronym": "The Institute for Regional Security Studies (IRSS) said the Ministry of Fisheries had imposed quotas. "
    "IRSS director Ole Hansen called the quotas unlawful.\n",
    "list": "Ana Lima, Tom Berg, Kari Dahl and Ole Hansen attended the Nordic Fisheries Forum in Bergen. "
    "Hu, Lema and Berg signed the accord.\n",
    "hedged": "Officials said the United States is unlikely to address export controls on rare earths, according to "
    "a person familiar with the talks. Washington may consider sanctions against Russia.\n",
    "bullets": "Key points\n\u2022 Japan raised tariffs on steel\n\u2022 Korea responded with a ban on beef imports\n"
    "Photo: Kim Lee/Agency\nLeave a Reply\n",
    "spaced": "U. S. President Mark Doe and Chinese Vice Premier Li Wen met at the APEC summit in Lima, Peru. "
    "The U.S. Earlier imposed 100% tariffs on Chinese goods.\n",
    "crlf": "Talks End\r\nEU Trade Commissioner Jan Vos left Brussels.\r\nHe said the deal was dead.\r\n",
    "bom": "\ufeffTalks Open In Geneva\nSwiss Foreign Minister Lea Roth welcomed the delegates.\n",
    "unicode": "Chancellor Jürgen Müller met Prime Minister Nguyễn Văn An in Hà Nội. 中国 and Japan talked. "
    "\u00e9\u0301\u0301 Zoë Ångström spoke.\n",
    "hostile-markup": 'Acme <script>alert(1)</script> Inc. and the "Quote & Co" Group met in Oslo. '
    'Officials said "]]> \\N \\l" was odd. <b>Ana Lima</b> onload="x" met Tom Berg.\n',
    "hostile-controls": "Trade Minister Ana\u0007 Lima met\u001b[2K Tom\u000b Berg in Os\u202elo.\u2028Next line\u0085 here.\n",
    "long-word": "Minister B" + "a" * 900 + " met Tom Berg in Oslo.\n",
    "long-title": "Talks " * 80 + "\nTrade Minister Ana Lima met Tom Berg.\n",
    "quotes": "\u201cWe will not yield,\u201d said Defence Minister Omar Haddad. \u2018No,\u2019 replied General Ruth Cole \u2014 twice.\n",
    "numbers": "The 2020 trade agreement set a 15% rate; in March 2021 China suspended purchases of soybeans worth $2 billion.\n",
    "empty-lines": "\n\n   \n\t\nTitle After Blanks\n\n\nBody text with Ana Lima.\n",
}

BYTES = {
    "latin1": b"Jos\xe9 Alvarez met Obama in Bogot\xe1.\n",
    "nul": b"Ana Lima\x00met Tom Berg.\n",
    "overlong": b"Ana \xc0\x80 Lima \xe0\x80\x80 met.\n",
    "surrogate": b"Tom \xed\xa0\x80 Berg.\n",
    "too-high": b"Oslo \xf4\x90\x80\x80 talks.\n",
    "truncated": b"Trade Minister Ana Lima \xe2\x82",
    "only-bom": b"\xef\xbb\xbf \n",
    "emoji": "Minister Ana Lima \U0001F600 met Tom Berg \U0001F1F3\U0001F1F4.\n".encode(),
}


def write(target: str, name: str, data: bytes) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--newsgraph", default=str(ROOT / ".build/release/newsgraph"))
    args = parser.parse_args()
    shutil.rmtree(CORPUS, ignore_errors=True)
    for target in ["article-reader", "extractor", "encoders"]:
        for name, text in ARTICLES.items():
            write(target, name, text.encode())
    for name, data in BYTES.items():
        write("article-reader", name, data)

    with tempfile.TemporaryDirectory() as scratch:
        # Run inside the scratch folder, so the paths in the output are the same on every run.
        scratch = Path(scratch)
        newsgraph = str(Path(args.newsgraph).resolve())
        (scratch / "articles").mkdir()
        for name in ["meeting", "dateline", "list", "acronym", "hostile-markup", "unicode"]:
            (scratch / "articles" / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
        subprocess.run([newsgraph, "build", "articles", "--out", "out", "--format", "json", "--name", "all"],
                       check=True, cwd=scratch)
        graph = json.loads((scratch / "out/all.json").read_text(encoding="utf-8"))
        write("graph-json", "all", json.dumps(graph, ensure_ascii=False).encode())
        # Three nodes of the first document, each cited only there (a node of another document
        # would make the graph invalid: its mentions cite a document it lacks).
        first_document = graph["documents"][0]["id"]
        own = [node for node in graph["nodes"] if all(m["document"] == first_document for m in node["mentions"])]
        small = {"documents": graph["documents"][:1], "nodes": own[:3], "edges": []}
        write("graph-json", "small", json.dumps(small, ensure_ascii=False).encode())
        write("graph-json", "empty", b'{"documents": [], "nodes": [], "edges": []}')
        # The edits are made to the graph of two articles, so that each fits graph-json's max_len
        # whole; the long label to the small graph (it must exceed Graphviz's 16,384 letters).
        (scratch / "pair").mkdir()
        for name in ["dateline", "hostile-markup"]:
            (scratch / "pair" / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
        subprocess.run([newsgraph, "build", "pair", "--out", "out", "--format", "json", "--name", "pair"],
                       check=True, cwd=scratch)
        pair = json.loads((scratch / "out/pair.json").read_text(encoding="utf-8"))
        long_label = json.loads(json.dumps(small))
        long_label["nodes"][0]["label"] = "B" + "a" * 17000
        write("graph-json", "long-label", json.dumps(long_label, ensure_ascii=False).encode())
        edits = {
            "dangling": lambda g: g["edges"][0].update(target="person:nobody"),
            "duplicate": lambda g: g["nodes"].append(g["nodes"][0]),
            "negative": lambda g: g["nodes"][0]["mentions"][0].update(start=-4),
            "bad-id": lambda g: g["nodes"][0].update(id="person:two words"),
            "bad-type": lambda g: g["nodes"][0].update(type="robot"),
            "huge-number": lambda g: g["nodes"][0]["mentions"][0].update(start=1e300),
            "attributes": lambda g: g["nodes"][0]["attributes"].update({"x\n\u001b[2K": 1, "rank": [1, 2], "ok": True}),
            "hostile-label": lambda g: g["nodes"][0].update(label='<script>\\N "]]>\u0007\u202e'),
        }
        for name, edit in edits.items():
            edited = json.loads(json.dumps(pair))
            edit(edited)
            write("graph-json", name, json.dumps(edited, ensure_ascii=False).encode())

        lines = subprocess.run([newsgraph, "extract", "articles"], check=True, capture_output=True, cwd=scratch).stdout
        # Three records of the six, so the file fits merge-records' max_len whole.
        kept = [line for line in lines.split(b"\n") if line and json.loads(line)["document"]["id"] in
                {"acronym", "hostile-markup", "unicode"}]
        write("merge-records", "all", b"\n".join(kept) + b"\n")
        first = lines.split(b"\n")[0]
        write("merge-records", "one", first + b"\n")
        write("merge-records", "crlf-blank", b"\n" + first + b"\r\n\r\n")
        record = json.loads(first)

        def renamed(new_id):
            # The record's document id, and every mention's and sentence's document with it (only
            # those: an attribute may be named like the id, and renaming it would make the record
            # refused for its attribute name instead).
            def rename(value, old_id):
                if isinstance(value, dict):
                    for key, item in value.items():
                        if key == "document" and item == old_id:
                            value[key] = new_id
                        else:
                            rename(item, old_id)
                elif isinstance(value, list):
                    for item in value:
                        rename(item, old_id)

            def edit(r):
                old_id = r["document"]["id"]
                r["document"]["id"] = new_id
                rename(r, old_id)

            return edit

        variants = {
            "climbing-id": renamed("../PWNED"),
            "hidden-id": renamed(".secret"),
            "negative": lambda r: r["entities"][0]["mentions"][0].update(start=-1),
            "other-document": lambda r: r["entities"][0]["mentions"][0].update(document="elsewhere"),
            "future": lambda r: r.update(format="newsgraph.extraction/9"),
            "no-entities": lambda r: r.update(entities=[]),
        }
        for name, edit in variants.items():
            edited = json.loads(json.dumps(record))
            edit(edited)
            write("merge-records", name, json.dumps(edited, ensure_ascii=False).encode() + b"\n")
    for folder in sorted(CORPUS.iterdir()):
        seeds = sorted(folder.iterdir())
        longest = max(seed.stat().st_size for seed in seeds)
        print(f"{folder.name}: {len(seeds)} seeds, the longest {longest} bytes (max_len {MAX_LEN[folder.name]})")
        if longest > MAX_LEN[folder.name]:
            raise SystemExit(f"a seed of {folder.name} is longer than its max_len: libFuzzer would cut it")


if __name__ == "__main__":
    main()
