#!/usr/bin/env python3
"""Rewrite a dev set (NAME.txt + NAME.gold.tsv or NAME.gold.json) into the one-line feed layout.

    feed_layout.py SRC_DIR OUT_DIR [--teaser TEXT] [--credit TEXT] [--crlf] [--heading]

--teaser "" and --credit "" leave either out.

Many feeds, APIs and scrapers deliver an article body as one line: its paragraphs joined by a
space, a "Read more: <other headline>" teaser after a few sentences and an "Author: ... Editor:
..." credit at its end. This writes each article that way (the first line kept as it is when
the source has a heading line, otherwise everything joined) and moves the gold offsets by what
was inserted, so the mention and relation scorers read the new files unchanged. The teaser
names nobody; the credit's two people are added to the gold as person mentions (with
--credit, give names listed in CREDIT_NAMES or none). A tool that reads the teaser as part of
the story is charged for what it finds there.
"""
import argparse, glob, json, os, re

TEASER = "Read more: Grain prices climb as harvest talks stall."
CREDIT = "Author: Maria Olsen Editor: Tom Becker"
# The people the credit names, as gold person mentions: a feed's credit names real people.
CREDIT_NAMES = ("Maria Olsen", "Tom Becker")
# A sentence end for placing the teaser: a period after a lower-case word of two letters or
# more or a number (not "U.S." or "Mr."), then a space and a capital.
SENTENCE_END = re.compile(r'(?<=[a-z0-9]{2})[.!?]["\u201d)]?\s(?=["\u201c]?[A-Z])')


def insertion_point(text, body_start):
    """Where the teaser goes: after the body's third sentence (or its end). The source's own
    line ends are sentence or paragraph ends; a source of one paragraph is split by the regex."""
    body = text[body_start:].rstrip("\n")
    if body.count("\n") >= 3:
        ends, at = [], body_start
        for line in body.split("\n")[:3]:
            at += len(line) + 1
            ends.append(at)
        return ends[2]
    ends = [m.end() for m in SENTENCE_END.finditer(text, body_start)]
    return ends[2] if len(ends) > 2 else len(text.rstrip())


def convert(text, heading, teaser, credit, crlf):
    """The new text and a function from old offsets to new ones."""
    body_start = 0
    if heading and "\n" in text:
        body_start = text.index("\n") + 1
    at = insertion_point(text, body_start)
    head, body = text[:body_start], text[body_start:]
    # Newlines inside the body become spaces: the same length, so offsets do not move.
    body = body.rstrip("\n").replace("\r", " ").replace("\n", " ")
    joined = head + body
    inserted_teaser = teaser + " " if teaser else ""
    new = joined[:at] + inserted_teaser + joined[at:]
    credit_at = len(new.rstrip()) + 1
    new = new.rstrip() + (" " + credit if credit else "") + "\n"
    if crlf:
        new = new.replace("\n", "\r\n")
    shift = len(inserted_teaser)

    def moved(offset):
        # CRLF adds one code point for each LF before the offset (only the heading's here).
        extra = 1 if crlf and heading and offset >= body_start and body_start else 0
        return offset + (shift if offset >= at else 0) + extra
    credit_names = [(credit_at + credit.index(n), credit_at + credit.index(n) + len(n), n)
                    for n in CREDIT_NAMES if credit and n in credit]
    return new, moved, credit_names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--teaser", default=TEASER)
    ap.add_argument("--credit", default=CREDIT)
    ap.add_argument("--crlf", action="store_true")
    ap.add_argument("--heading", action="store_true", help="keep the first line as a heading line")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(a.src, "*.txt"))):
        name = os.path.basename(path)[:-4]
        text = open(path, encoding="utf-8").read()
        new, moved, credit_names = convert(text, a.heading, a.teaser, a.credit, a.crlf)
        with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(new)
        tsv = os.path.join(a.src, name + ".gold.tsv")
        gold_json = os.path.join(a.src, name + ".gold.json")
        if os.path.exists(tsv):
            lines = []
            for line in open(tsv, encoding="utf-8"):
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and parts[1].isdigit():
                    parts[1], parts[2] = str(moved(int(parts[1]))), str(moved(int(parts[2]) - 1) + 1)
                lines.append("\t".join(parts) + "\n")
            lines += [f"PER\t{s}\t{e}\t{n}\tper\n" for s, e, n in credit_names]
            open(os.path.join(a.out, name + ".gold.tsv"), "w", encoding="utf-8").writelines(lines)
        elif os.path.exists(gold_json):
            gold = json.load(open(gold_json, encoding="utf-8"))
            for entity in gold["entities"]:
                for m in entity["mentions"]:
                    m["start"], m["end"] = moved(m["start"]), moved(m["end"] - 1) + 1
            for s, e, n in credit_names:
                gold["entities"].append({"id": len(gold["entities"]), "type": "PER", "name": n,
                                         "mentions": [{"start": s, "end": e, "text": n}]})
            json.dump(gold, open(os.path.join(a.out, name + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False)
        # Every gold span must still read the same text.
        check = json.load(open(os.path.join(a.out, name + ".gold.json"))) if os.path.exists(gold_json) else None
        if check:
            for entity in check["entities"]:
                for m in entity["mentions"]:
                    assert new[m["start"]:m["end"]] == m["text"], (name, m)


if __name__ == "__main__":
    main()
