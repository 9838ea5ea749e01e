#!/usr/bin/env python3
"""Checks newsgraph's exports in DIR with other people's tools.

    python3 scripts/checks/check_exports.py DIR [--schema schema/newsgraph.schema.json]

For every JSON graph DIR/X.json:
  - it validates against the JSON Schema (jsonschema, draft 2020-12), ids are unique, edges
    join existing nodes, spans have start < end, and its bytes are the canonical form
    (json.dumps(indent=2, sort_keys=True, ensure_ascii=False) plus a newline);
  - DIR/X.graphml, read by networkx and by igraph, has the JSON's nodes and edges, each node's
    type and label, each edge's type, and values of the types its keys declare
    (mention_count an int, and equal to the JSON's number of mentions);
  - DIR/X.svg is well-formed XML.
Every DIR/*.svg: no <script>, no on* event attribute, no href (nothing a browser would run
or follow).
Prints one line per problem, then a summary; exits 1 if there was a problem.
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
SVG_NS = "{http://www.w3.org/2000/svg}"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "..", "..", "schema", "newsgraph.schema.json")
# XML 1.0 cannot carry these; the GraphML encoder drops them, so compare without them.
# The columns every newsgraph GraphML carries, with their types.
EXPECTED_KEYS = {("node", "type"): "string", ("node", "label"): "string", ("node", "mention_count"): "int",
                 ("node", "source_count"): "int", ("edge", "type"): "string", ("edge", "source_count"): "int"}
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(s):
    return XML_FORBIDDEN.sub("", s)


class Checker:
    def __init__(self, schema_path):
        import jsonschema  # imported here so --help works without it
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        self.validator = jsonschema.Draft202012Validator(schema)
        self.problems = []
        self.counts = Counter()

    def problem(self, path, reason):
        self.problems.append(f"{path}: {reason}")

    # JSON -----------------------------------------------------------------------------------

    def check_json(self, path):
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        try:
            graph = json.loads(text)
        except ValueError as e:
            self.problem(path, f"not JSON: {e}")
            return None
        if not isinstance(graph, dict) or not {"documents", "nodes", "edges"} & graph.keys():
            self.counts["skipped JSON (not a graph)"] += 1
            return None
        self.counts["JSON"] += 1
        before = len(self.problems)
        for error in sorted(self.validator.iter_errors(graph), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(top)"
            self.problem(path, f"schema: {where}: {error.message}")
        if text != json.dumps(graph, indent=2, sort_keys=True, ensure_ascii=False) + "\n":
            self.problem(path, "not in canonical form (json.dumps indent=2, sort_keys, ensure_ascii=False, trailing LF)")
        nodes = [n for n in graph.get("nodes", []) if isinstance(n, dict)]
        edges = [e for e in graph.get("edges", []) if isinstance(e, dict)]
        for kind, items in (("node", nodes), ("edge", edges)):
            for item_id, count in Counter(i.get("id") for i in items).items():
                if count > 1:
                    self.problem(path, f"{count} {kind}s have the id {item_id}")
        ids = {n.get("id") for n in nodes}
        for e in edges:
            for end in ("source", "target"):
                if e.get(end) not in ids:
                    self.problem(path, f"edge {e.get('id')}: {end} {e.get(end)} is not a node")
        spans = [(n.get("id"), m) for n in nodes for m in n.get("mentions", []) or []] + \
                [(e.get("id"), v) for e in edges for v in e.get("evidence", []) or []]
        for owner, span in spans:
            if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int) \
                    and span["start"] >= span["end"]:
                self.problem(path, f"{owner}: span {span['start']}-{span['end']} is empty or reversed")
        # The GraphML comparison assumes a sound JSON graph.
        return graph if len(self.problems) == before else None

    # GraphML --------------------------------------------------------------------------------

    def check_graphml(self, path, graph):
        import igraph
        import networkx as nx

        self.counts["GraphML"] += 1
        nodes = {n["id"]: n for n in graph["nodes"]}
        edges = {e["id"]: e for e in graph["edges"]}
        try:
            keys = {k.get("id"): k for k in ET.parse(path).getroot().iter(GRAPHML_NS + "key")}
        except ET.ParseError as e:
            self.problem(path, f"not well-formed XML: {e}")
            return
        types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys.values()}
        for (domain, name), declared in EXPECTED_KEYS.items():
            if types.get((domain, name)) != declared:
                self.problem(path, f"{domain} attribute {name} is declared {types.get((domain, name))}, not {declared}")

        # networkx: the reader most people use; it keeps ids and declared types.
        try:
            G = nx.read_graphml(path)
        except Exception as e:  # noqa: BLE001 - any reader failure is the finding
            self.problem(path, f"networkx cannot read it: {e}")
            G = None
        if G is not None:
            if G.number_of_nodes() != len(nodes) or G.number_of_edges() != len(edges):
                self.problem(path, f"networkx reads {G.number_of_nodes()} nodes and {G.number_of_edges()} edges; "
                                   f"the JSON has {len(nodes)} and {len(edges)}")
            for node_id, data in G.nodes(data=True):
                self.compare_node(path, "networkx", node_id, data, nodes)
                self.check_types(path, "networkx", "node", node_id, data, types)
            if G.is_multigraph():
                read_edges = [(d.get("id", k), u, v, d) for u, v, k, d in G.edges(keys=True, data=True)]
            else:
                read_edges = [(d.get("id"), u, v, d) for u, v, d in G.edges(data=True)]
            for edge_id, u, v, data in read_edges:
                want = edges.get(edge_id)
                if want is None:
                    self.problem(path, f"networkx: edge {edge_id} ({u} -> {v}) is not in the JSON")
                    continue
                if (u, v, data.get("type")) != (want["source"], want["target"], want["type"]):
                    self.problem(path, f"networkx: edge {edge_id} reads as {u} -{data.get('type')}-> {v}")
                self.check_types(path, "networkx", "edge", edge_id, data, types)

        # igraph: a second, independent reader (C core). Its numbers are floats, and its edge
        # "id" attribute is unreliable (1.0 fills it with vertex ids), so edges are compared
        # as (source, target, type) triples.
        try:
            g = igraph.Graph.Read_GraphML(path)
        except Exception as e:  # noqa: BLE001
            self.problem(path, f"igraph cannot read it: {e}")
            return
        if g.vcount() != len(nodes) or g.ecount() != len(edges):
            self.problem(path, f"igraph reads {g.vcount()} nodes and {g.ecount()} edges; "
                               f"the JSON has {len(nodes)} and {len(edges)}")
        names = set(g.vs.attributes())
        for v in g.vs:
            data = {k: v[k] for k in names}
            self.compare_node(path, "igraph", data.get("id"), data, nodes)
        vid = g.vs["id"] if "id" in names else [None] * g.vcount()
        read = Counter((vid[e.source], vid[e.target], e["type"] if "type" in g.es.attributes() else None) for e in g.es)
        want = Counter((e["source"], e["target"], e["type"]) for e in edges.values())
        for triple in sorted((want - read) + (read - want), key=str):
            self.problem(path, f"igraph: edge {triple[0]} -{triple[2]}-> {triple[1]} read "
                               f"{read[triple]} times, the JSON has it {want[triple]} times")

    def compare_node(self, path, reader, node_id, data, nodes):
        want = nodes.get(node_id)
        if want is None:
            self.problem(path, f"{reader}: node {node_id} is not in the JSON")
            return
        for name in ("type", "label"):
            if data.get(name) != xml_text(want[name]):
                self.problem(path, f"{reader}: node {node_id}: {name} reads {data.get(name)!r}, "
                                   f"the JSON has {want[name]!r}")
        count = data.get("mention_count")
        if count != len(want.get("mentions", [])):  # 2 == 2.0, so igraph's floats compare too
            self.problem(path, f"{reader}: node {node_id}: mention_count reads {count!r}, "
                               f"the JSON has {len(want.get('mentions', []))} mentions")

    def check_types(self, path, reader, domain, element_id, data, types):
        python = {"int": int, "long": int, "boolean": bool, "float": float, "double": float, "string": str}
        for name, value in data.items():
            declared = types.get((domain, name))
            if declared is None:
                if name != "id":  # networkx adds the edge id itself
                    self.problem(path, f"{reader}: {domain} {element_id}: {name} has no <key>")
                continue
            want = python.get(declared)
            # bool is an int in Python: an int column must not hold True.
            if want is None or type(value) is not want:
                self.problem(path, f"{reader}: {domain} {element_id}: {name} is {type(value).__name__}, "
                                   f"its key declares {declared}")

    # SVG ------------------------------------------------------------------------------------

    def check_svg(self, path):
        self.counts["SVG"] += 1
        with open(path, "rb") as f:
            raw = f.read()
        if re.search(rb"<\s*script", raw, re.IGNORECASE):
            self.problem(path, "contains <script")
        try:
            root = ET.fromstring(raw)
        except ET.ParseError as e:
            self.problem(path, f"not well-formed XML: {e}")
            return
        for element in root.iter():
            tag = element.tag.rsplit("}", 1)[-1]
            if tag.lower() in ("script", "foreignobject"):
                self.problem(path, f"has a <{tag}> element")
            for name in element.attrib:
                local = name.rsplit("}", 1)[-1].lower()
                if local.startswith("on"):
                    self.problem(path, f"<{tag}> has an event attribute {local}")
                elif local == "href":
                    self.problem(path, f"<{tag}> has an href ({element.attrib[name][:60]!r})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--schema", default=DEFAULT_SCHEMA)
    a = ap.parse_args()
    if not os.path.isdir(a.dir):
        sys.exit(f"{a.dir}: not a folder")
    checker = Checker(a.schema)
    names = sorted(os.listdir(a.dir))
    for name in names:
        if not name.endswith(".json"):
            continue
        path = os.path.join(a.dir, name)
        before = checker.counts["JSON"]
        graph = checker.check_json(path)
        if checker.counts["JSON"] == before:
            continue  # not a graph
        stem = path[: -len(".json")]
        for ext in (".graphml", ".svg"):
            if not os.path.exists(stem + ext):
                checker.problem(path, f"no sibling {os.path.basename(stem + ext)}")
        if graph is not None and os.path.exists(stem + ".graphml"):
            checker.check_graphml(stem + ".graphml", graph)
    for name in names:
        if name.endswith(".svg"):
            checker.check_svg(os.path.join(a.dir, name))
    for p in checker.problems:
        print(p)
    c = checker.counts
    if not c["JSON"]:
        print(f"{a.dir}: no JSON graph to check")
        checker.problems.append("nothing checked")
    skipped = f", skipped {c['skipped JSON (not a graph)']} non-graph JSON" if c["skipped JSON (not a graph)"] else ""
    print(f"check_exports: {c['JSON']} JSON (schema, ids, canonical bytes), {c['GraphML']} GraphML "
          f"(networkx, igraph), {c['SVG']} SVG (well-formed, no script/on*/href){skipped}: "
          f"{len(checker.problems)} problems")
    sys.exit(1 if checker.problems else 0)


if __name__ == "__main__":
    main()
