#!/usr/bin/env python3
"""Checks newsgraph's exports in DIR with other people's tools.

    python3 scripts/checks/check_exports.py DIR [--schema schema/newsgraph.schema.json]

For every JSON graph DIR/X.json (whose X.graphml, X.svg, X.gexf and X.cyjs must be there):
  - it validates against the JSON Schema (jsonschema, draft 2020-12), ids are unique, edges
    join existing nodes, spans have start < end, and its bytes are the canonical form
    (json.dumps(indent=2, sort_keys=True, ensure_ascii=False) plus a newline); its stories, if
    any, have unique ids, name existing nodes (each in one story at most), edges between their
    own entities, the documents those edges' evidence cites, and the weight those edges sum to,
    and come heaviest first;
  - each node's `decisions` marks (FILE:LINE KEYWORD) name a decision diagnostic of the graph
    about that node, and every decision diagnostic's subjects are nodes;
  - the GraphML, GEXF and Cytoscape.js files give each node the story the JSON puts it in, as
    its `story` value (none for a node in no story, and no such column in an ungrouped graph);
  - DIR/X.graphml, read by networkx and by igraph, has the JSON's nodes and edges, each node's
    type and label, each edge's type, and values of the types its keys declare
    (mention_count an int, and equal to the JSON's number of mentions);
  - DIR/X.svg is well-formed XML;
  - DIR/X.yed.graphml, if there (GraphML with yEd's graphics), read by networkx and igraph as
    above, and each node's y:ShapeNode and each edge's y:PolyLineEdge carry the style sheet's
    fill, border, shape and line colour for its type and the node's label;
  - DIR/X.gexf, read by networkx (read_gexf): the JSON's nodes with their type and
    label, its edges with their type, label and weight; and GEXF 1.3's structure checked
    by hand (no GEXF 1.3 schema can be had offline): namespaces, version, declared typed
    attributes, values of their types, viz colours, sizes and shapes;
  - DIR/X.cyjs validates against schema/cytoscape.schema.json, is canonical JSON,
    and has the JSON's nodes and edges with their types, labels and classes; DIR/X.style.json
    validates against schema/cytoscape-style.schema.json and has a rule for every type and
    relation, with the style sheet's colours.
Every DIR/*.svg: no <script>, no on* event attribute, no href (nothing a browser would run
or follow).
Prints one line per problem, the node and edge counts each reader got back from each graph
(the round trip), then a summary; exits 1 if there was a problem.
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
YFILES_NS = "{http://www.yworks.com/xml/graphml}"
GEXF_NS = "{http://gexf.net/1.3}"
VIZ_NS = "{http://gexf.net/1.3/viz}"
SVG_NS = "{http://www.w3.org/2000/svg}"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DEFAULT_SCHEMA = os.path.join(ROOT, "schema", "newsgraph.schema.json")
CYJS_SCHEMA = os.path.join(ROOT, "schema", "cytoscape.schema.json")
CYJS_STYLE_SCHEMA = os.path.join(ROOT, "schema", "cytoscape-style.schema.json")
STYLE_SHEET = os.path.join(ROOT, "Sources", "NewsGraphExport", "Resources", "style.json")
# GEXF 1.3's attribute types (gexf.net/1.3), and the viz shapes of a node and of an edge.
GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger", "byte", "char", "short",
              "liststring", "listboolean", "listinteger", "listlong", "listfloat", "listdouble", "listbyte",
              "listshort", "listbigdecimal", "listbiginteger", "listchar", "string", "anyURI"}
GEXF_NODE_SHAPES = {"disc", "square", "triangle", "diamond", "image"}
GEXF_EDGE_SHAPES = {"solid", "dotted", "dashed", "double"}
# XML 1.0 cannot carry these; the GraphML encoder drops them, so compare without them.
# The columns every newsgraph GraphML carries, with their types.
# `label` and `weight` are the keys Gephi maps to a node's label and an edge's weight.
EXPECTED_KEYS = {("node", "type"): "string", ("node", "label"): "string", ("node", "mention_count"): "int",
                 ("node", "source_count"): "int", ("edge", "type"): "string", ("edge", "label"): "string",
                 ("edge", "source_count"): "int", ("edge", "weight"): "double"}
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(s):
    return XML_FORBIDDEN.sub("", s)


def phrase(relation_type):
    return relation_type.replace("_", " ")


def documents_of(edge):
    return len({v.get("document") for v in edge.get("evidence", []) or []})


def story_of(graph):
    """The story id of each node id in a JSON graph's stories."""
    return {entity: story.get("id") for story in graph.get("stories", []) or [] for entity in story.get("entities", [])}


class Checker:
    def __init__(self, schema_path):
        self.validator = self.load_schema(schema_path)
        self.cyjs_validator = self.load_schema(CYJS_SCHEMA)
        self.style_validator = self.load_schema(CYJS_STYLE_SCHEMA)
        with open(STYLE_SHEET, encoding="utf-8") as f:
            self.style = json.load(f)
        self.problems = []
        self.counts = Counter()
        # (graph, format, reader) -> (nodes, edges) read back, for the round-trip table.
        self.round_trips = []

    @staticmethod
    def load_schema(path):
        import jsonschema  # imported here so --help works without it
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        return jsonschema.Draft202012Validator(schema)

    def round_trip(self, path, fmt, reader, nodes, edges, graph):
        want = (len(graph["nodes"]), len(graph["edges"]))
        self.round_trips.append((os.path.basename(path), fmt, reader, (nodes, edges), want))
        if (nodes, edges) != want:
            self.problem(path, f"{reader} reads {nodes} nodes and {edges} edges; the JSON has {want[0]} and {want[1]}")

    def parse_xml(self, path):
        """The root element, or None (and a problem) when the file is not well-formed XML."""
        try:
            return ET.parse(path).getroot()
        except ET.ParseError as e:
            self.problem(path, f"not well-formed XML: {e}")
            return None

    def schema_problems(self, path, validator, document):
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(top)"
            self.problem(path, f"schema: {where}: {error.message}")

    def problem(self, path, reason):
        self.problems.append(f"{path}: {reason}")

    # JSON -----------------------------------------------------------------------------------

    def read_json(self, path):
        """(text, document), or (text, None) and a problem when the file is not JSON."""
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        try:
            return text, json.loads(text)
        except ValueError as e:
            self.problem(path, f"not JSON: {e}")
            return text, None

    def check_canonical(self, path, text, document):
        if text != json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n":
            self.problem(path, "not in canonical form (json.dumps indent=2, sort_keys, ensure_ascii=False, trailing LF)")

    def check_json(self, path):
        text, graph = self.read_json(path)
        if graph is None:
            return None
        if not isinstance(graph, dict) or not {"documents", "nodes", "edges"} & graph.keys():
            self.counts["skipped JSON (not a graph)"] += 1
            return None
        self.counts["JSON"] += 1
        before = len(self.problems)
        self.schema_problems(path, self.validator, graph)
        self.check_canonical(path, text, graph)
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
        self.check_stories(path, graph, ids, {e.get("id"): e for e in edges})
        self.check_decisions(path, graph, nodes, ids)
        # The GraphML comparison assumes a sound JSON graph.
        return graph if len(self.problems) == before else None

    def check_decisions(self, path, graph, nodes, node_ids):
        """Each node's `decisions` marks name a decision diagnostic of the graph (same file,
        line and keyword) whose subjects include the node; each decision diagnostic's subjects
        are nodes of the graph."""
        decided = [d for d in graph.get("diagnostics", []) or [] if isinstance(d, dict) and d.get("decision")]
        reported = {}
        for d in decided:
            origin = d["decision"]
            keyword = str(origin.get("text", "")).split(" ")[0]
            reported.setdefault(f"{origin.get('file')}:{origin.get('line')} {keyword}", set()).update(d.get("subjects", []))
            for subject in d.get("subjects", []):
                if subject not in node_ids:
                    self.problem(path, f"diagnostic {d.get('id')} ({origin.get('file')}:{origin.get('line')}): "
                                       f"subject {subject} is not a node")
        for n in nodes:
            marks = (n.get("attributes") or {}).get("decisions")
            if marks is None:
                continue
            for mark in marks if isinstance(marks, list) else [marks]:
                if n.get("id") not in reported.get(mark, set()):
                    self.problem(path, f"node {n.get('id')}: decision mark {mark!r} has no decision diagnostic about it")
        if decided:
            self.counts["decision diagnostics"] += len(decided)

    def check_stories(self, path, graph, node_ids, edges):
        stories = [s for s in graph.get("stories", []) or [] if isinstance(s, dict)]
        documents = {d.get("id") for d in graph.get("documents", []) if isinstance(d, dict)}
        for story_id, count in Counter(s.get("id") for s in stories).items():
            if count > 1:
                self.problem(path, f"{count} stories have the id {story_id}")
        seen = {}
        for story in stories:
            sid = story.get("id")
            members = set(story.get("entities", []))
            for entity in story.get("entities", []):
                if entity not in node_ids:
                    self.problem(path, f"story {sid}: entity {entity} is not a node")
                if entity in seen:
                    self.problem(path, f"node {entity} is in stories {seen[entity]} and {sid}")
                seen[entity] = sid
            weight, cited = 0, set()
            for edge_id in story.get("edges", []):
                edge = edges.get(edge_id)
                if edge is None or edge.get("source") not in members or edge.get("target") not in members:
                    self.problem(path, f"story {sid}: edge {edge_id} is not an edge between its entities")
                    continue
                weight += max(documents_of(edge), 1)
                cited |= {v.get("document") for v in edge.get("evidence", [])}
            inside = {e_id for e_id, e in edges.items() if e.get("source") in members and e.get("target") in members
                      and e.get("source") != e.get("target")}
            if inside != set(story.get("edges", [])):
                self.problem(path, f"story {sid}: lists {len(story.get('edges', []))} edges, its entities have {len(inside)}")
            if set(story.get("documents", [])) != cited or not cited <= documents:
                self.problem(path, f"story {sid}: documents are not those its edges' evidence cites")
            if story.get("weight") != weight:
                self.problem(path, f"story {sid}: weight {story.get('weight')}, its edges sum to {weight}")
        order = [(-s.get("weight", 0), -len(s.get("entities", [])), s.get("id", "")) for s in stories]
        if order != sorted(order):
            self.problem(path, "stories are not heaviest first (then most entities, then id)")

    # GraphML --------------------------------------------------------------------------------

    def check_graphml(self, path, graph, fmt="GraphML"):
        import igraph
        import networkx as nx

        self.counts[fmt] += 1
        nodes = {n["id"]: n for n in graph["nodes"]}
        stories = story_of(graph)
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

        # networkx: the reader most people use; it keeps ids and declared types. From yEd's
        # graphics it also takes a position and a shape, which have no <key>.
        ignored = {"id"} | ({"x", "y", "shape_type"} if fmt == "yEd GraphML" else set())
        try:
            G = nx.read_graphml(path)
        except Exception as e:  # noqa: BLE001 - any reader failure is the finding
            self.problem(path, f"networkx cannot read it: {e}")
            G = None
        if G is not None:
            self.round_trip(path, fmt, "networkx", G.number_of_nodes(), G.number_of_edges(), graph)
            for node_id, data in G.nodes(data=True):
                self.compare_node(path, "networkx", node_id, data, nodes, stories)
                self.check_types(path, "networkx", "node", node_id, data, types, ignored)
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
                self.check_types(path, "networkx", "edge", edge_id, data, types, ignored)

        # igraph: a second, independent reader (C core). Its numbers are floats, and its edge
        # "id" attribute is unreliable (1.0 fills it with vertex ids), so edges are compared
        # as (source, target, type) triples.
        try:
            g = igraph.Graph.Read_GraphML(path)
        except Exception as e:  # noqa: BLE001
            self.problem(path, f"igraph cannot read it: {e}")
            return
        self.round_trip(path, fmt, "igraph", g.vcount(), g.ecount(), graph)
        names = set(g.vs.attributes())
        for v in g.vs:
            data = {k: v[k] for k in names}
            self.compare_node(path, "igraph", data.get("id"), data, nodes, stories)
        vid = g.vs["id"] if "id" in names else [None] * g.vcount()
        read = Counter((vid[e.source], vid[e.target], e["type"] if "type" in g.es.attributes() else None) for e in g.es)
        want = Counter((e["source"], e["target"], e["type"]) for e in edges.values())
        for triple in sorted((want - read) + (read - want), key=str):
            self.problem(path, f"igraph: edge {triple[0]} -{triple[2]}-> {triple[1]} read "
                               f"{read[triple]} times, the JSON has it {want[triple]} times")

    def compare_node(self, path, reader, node_id, data, nodes, stories):
        want = nodes.get(node_id)
        if want is None:
            self.problem(path, f"{reader}: node {node_id} is not in the JSON")
            return
        if (data.get("story") or None) != stories.get(node_id):  # igraph reads a missing string as ""
            self.problem(path, f"{reader}: node {node_id}: story reads {data.get('story')!r}, "
                               f"the JSON has {stories.get(node_id)!r}")
        for name in ("type", "label"):
            if data.get(name) != xml_text(want[name]):
                self.problem(path, f"{reader}: node {node_id}: {name} reads {data.get(name)!r}, "
                                   f"the JSON has {want[name]!r}")
        count = data.get("mention_count")
        if count != len(want.get("mentions", [])):  # 2 == 2.0, so igraph's floats compare too
            self.problem(path, f"{reader}: node {node_id}: mention_count reads {count!r}, "
                               f"the JSON has {len(want.get('mentions', []))} mentions")

    def check_types(self, path, reader, domain, element_id, data, types, ignored):
        python = {"int": int, "long": int, "boolean": bool, "float": float, "double": float, "string": str}
        for name, value in data.items():
            declared = types.get((domain, name))
            if declared is None:
                if name not in ignored:  # networkx adds the edge id itself
                    self.problem(path, f"{reader}: {domain} {element_id}: {name} has no <key>")
                continue
            want = python.get(declared)
            # bool is an int in Python: an int column must not hold True.
            if want is None or type(value) is not want:
                self.problem(path, f"{reader}: {domain} {element_id}: {name} is {type(value).__name__}, "
                                   f"its key declares {declared}")

    # yEd GraphML -----------------------------------------------------------------------------

    def check_yed_graphics(self, path, graph):
        """Each node's y:ShapeNode and each edge's y:PolyLineEdge show what the style sheet says."""
        root = self.parse_xml(path)
        if root is None:
            return
        for node_id, want, shape in self.yfiles_graphics(path, root, "node", "ShapeNode", graph["nodes"]):
            style = self.style["nodes"].get(want["type"], {})
            fill = shape.find(YFILES_NS + "Fill")
            border = shape.find(YFILES_NS + "BorderStyle")
            label = shape.find(YFILES_NS + "NodeLabel")
            kind = shape.find(YFILES_NS + "Shape")
            if fill is None or (fill.get("color") or "").upper() != style.get("fill", "").upper():
                self.problem(path, f"yEd: node {node_id}: fill {None if fill is None else fill.get('color')}, "
                                   f"the style sheet says {style.get('fill')} for {want['type']}")
            if border is None or (border.get("color") or "").upper() != style.get("stroke", "").upper():
                self.problem(path, f"yEd: node {node_id}: border is not {style.get('stroke')}")
            if label is None or (label.text or "") != xml_text(want["label"]):
                self.problem(path, f"yEd: node {node_id}: y:NodeLabel is not the label {want['label']!r}")
            if kind is None or not kind.get("type"):
                self.problem(path, f"yEd: node {node_id}: no y:Shape type")
        for edge_id, want, line in self.yfiles_graphics(path, root, "edge", "PolyLineEdge", graph["edges"]):
            style = self.style["relations"].get(want["type"], {})
            stroke = line.find(YFILES_NS + "LineStyle")
            label = line.find(YFILES_NS + "EdgeLabel")
            if stroke is None or (stroke.get("color") or "").upper() != style.get("color", "").upper():
                self.problem(path, f"yEd: edge {edge_id}: line colour is not {style.get('color')}")
            if label is None or label.text != phrase(want["type"]):
                self.problem(path, f"yEd: edge {edge_id}: y:EdgeLabel is not {phrase(want['type'])!r}")

    def yfiles_graphics(self, path, root, tag, graphics, items):
        """(id, the JSON's element, its y:<graphics>) for each <tag>; a problem where one lacks either."""
        wanted = {i["id"]: i for i in items}
        for element in root.iter(GRAPHML_NS + tag):
            element_id = element.get("id")
            found = element.find(f"{GRAPHML_NS}data/{YFILES_NS}{graphics}")
            if element_id not in wanted or found is None:
                self.problem(path, f"yEd: {tag} {element_id} " +
                             ("is not in the JSON" if found is not None else f"has no y:{graphics}"))
                continue
            yield element_id, wanted[element_id], found

    # GEXF ------------------------------------------------------------------------------------

    def check_gexf(self, path, graph):
        import networkx as nx

        self.counts["GEXF"] += 1
        nodes = {n["id"]: n for n in graph["nodes"]}
        stories = story_of(graph)
        edges = {e["id"]: e for e in graph["edges"]}
        self.check_gexf_structure(path, graph)
        try:
            G = nx.read_gexf(path)
        except Exception as e:  # noqa: BLE001 - any reader failure is the finding
            self.problem(path, f"networkx cannot read it: {e}")
            return
        self.round_trip(path, "GEXF", "networkx", G.number_of_nodes(), G.number_of_edges(), graph)
        for node_id, data in G.nodes(data=True):
            self.compare_node(path, "networkx", node_id, data, nodes, stories)
        read = G.edges(keys=True, data=True) if G.is_multigraph() else \
            ((u, v, d.get("id"), d) for u, v, d in G.edges(data=True))
        for u, v, edge_id, data in read:
            want = edges.get(data.get("id", edge_id))
            if want is None:
                self.problem(path, f"networkx: edge {edge_id} ({u} -> {v}) is not in the JSON")
                continue
            got = (u, v, data.get("type"), data.get("label"), data.get("weight"))
            expected = (want["source"], want["target"], want["type"], phrase(want["type"]), float(documents_of(want)))
            if got != expected:
                self.problem(path, f"networkx: edge {edge_id} reads as {got}, the JSON gives {expected}")

    def check_gexf_structure(self, path, graph):
        """GEXF 1.3 as its specification has it, for what a schema would catch."""
        root = self.parse_xml(path)
        if root is None:
            return
        if root.tag != GEXF_NS + "gexf" or root.get("version") != "1.3":
            self.problem(path, f"root is {root.tag} version {root.get('version')}, not GEXF 1.3's <gexf version=\"1.3\">")
            return
        g = root.find(GEXF_NS + "graph")
        if g is None or g.get("defaultedgetype") != "directed" or g.get("mode") not in ("static", None):
            self.problem(path, "no <graph defaultedgetype=\"directed\" mode=\"static\">")
            return
        children = [c.tag for c in g]
        order = [GEXF_NS + "attributes"] * children.count(GEXF_NS + "attributes") + [GEXF_NS + "nodes", GEXF_NS + "edges"]
        if children != order:
            self.problem(path, "<graph> must hold <attributes>*, then <nodes>, then <edges>")
        declared = {}
        for block in g.findall(GEXF_NS + "attributes"):
            domain = block.get("class")
            if domain not in ("node", "edge"):
                self.problem(path, f"<attributes class={domain!r}>: class is node or edge")
            for a in block.findall(GEXF_NS + "attribute"):
                if not a.get("id") or a.get("title") is None or a.get("type") not in GEXF_TYPES:
                    self.problem(path, f"attribute {a.attrib}: needs id, title and a GEXF 1.3 type")
                if (domain, a.get("id")) in declared:
                    self.problem(path, f"{domain} attribute {a.get('id')} declared twice")
                declared[(domain, a.get("id"))] = a.get("type")
        parse = {"integer": int, "long": int, "double": float, "float": float,
                 "boolean": lambda v: {"true": True, "false": False}[v], "string": str}
        ids = {}
        for domain in ("node", "edge"):
            container = g.find(f"{GEXF_NS}{domain}s")
            items = [] if container is None else container.findall(GEXF_NS + domain)
            if container is not None and container.get("count") not in (None, str(len(items))):
                self.problem(path, f"<{domain}s count=\"{container.get('count')}\"> holds {len(items)}")
            for item in items:
                item_id = item.get("id")
                if not item_id or item_id in ids.setdefault(domain, set()):
                    self.problem(path, f"{domain} id {item_id!r} is missing or repeated")
                ids[domain].add(item_id)
                for value in item.iterfind(f"{GEXF_NS}attvalues/{GEXF_NS}attvalue"):
                    kind = declared.get((domain, value.get("for")))
                    try:
                        parse.get(kind, str)(value.get("value"))
                        if kind is None:
                            raise KeyError(value.get("for"))
                    except (KeyError, ValueError, TypeError):
                        self.problem(path, f"{domain} {item_id}: attvalue for={value.get('for')!r} "
                                           f"value={value.get('value')!r} is not a declared {kind or 'attribute'}")
                self.check_viz(path, domain, item_id, item)
                if domain == "edge":
                    for end in ("source", "target"):
                        if item.get(end) not in ids["node"]:
                            self.problem(path, f"edge {item_id}: {end} {item.get(end)} is not a node")
                    try:
                        if float(item.get("weight", "1")) < 0:
                            raise ValueError
                    except ValueError:
                        self.problem(path, f"edge {item_id}: weight {item.get('weight')!r} is not a number")
                    if item.get("kind") not in {e["type"] for e in graph["edges"]}:
                        self.problem(path, f"edge {item_id}: kind {item.get('kind')!r} is not a relation type")

    def check_viz(self, path, domain, item_id, item):
        for color in item.findall(VIZ_NS + "color"):
            if not all(color.get(c, "").isdigit() and int(color.get(c)) <= 255 for c in "rgb"):
                self.problem(path, f"{domain} {item_id}: viz:color {color.attrib} needs r, g, b in 0-255")
        for size in item.findall(VIZ_NS + "size"):
            try:
                if float(size.get("value")) < 0:
                    raise ValueError
            except (TypeError, ValueError):
                self.problem(path, f"{domain} {item_id}: viz:size {size.get('value')!r} is not a size")
        shapes = GEXF_NODE_SHAPES if domain == "node" else GEXF_EDGE_SHAPES
        for shape in item.findall(VIZ_NS + "shape"):
            if shape.get("value") not in shapes:
                self.problem(path, f"{domain} {item_id}: viz:shape {shape.get('value')!r} is not one of {sorted(shapes)}")

    # Cytoscape.js ----------------------------------------------------------------------------

    def check_cyjs(self, path, graph):
        self.counts["Cytoscape"] += 1
        text, document = self.read_json(path)
        if document is None:
            return
        self.schema_problems(path, self.cyjs_validator, document)
        self.check_canonical(path, text, document)
        elements = document.get("elements", {}) if isinstance(document, dict) else {}
        read_nodes = [n.get("data", {}) | {"classes": n.get("classes")} for n in elements.get("nodes", [])]
        read_edges = [e.get("data", {}) | {"classes": e.get("classes")} for e in elements.get("edges", [])]
        self.round_trip(path, "Cytoscape.js", "json + schema", len(read_nodes), len(read_edges), graph)
        nodes = {n["id"]: n for n in graph["nodes"]}
        stories = story_of(graph)
        for data in read_nodes:
            if data.get("story") != stories.get(data.get("id")):
                self.problem(path, f"node {data.get('id')}: story {data.get('story')!r}, "
                                   f"the JSON has {stories.get(data.get('id'))!r}")
            want = nodes.get(data.get("id"))
            if want is None or (data.get("type"), data.get("label"), data.get("classes"),
                                data.get("mention_count")) != (want["type"], want["label"], want["type"],
                                                               len(want.get("mentions", []))):
                self.problem(path, f"node {data.get('id')}: type, label, classes or mention_count differ from the JSON")
        want = Counter((e["id"], e["source"], e["target"], e["type"], phrase(e["type"]), e["type"], documents_of(e))
                       for e in graph["edges"])
        read = Counter((d.get("id"), d.get("source"), d.get("target"), d.get("type"), d.get("label"),
                        d.get("classes"), d.get("weight")) for d in read_edges)
        for edge in sorted((want - read) + (read - want), key=str):
            self.problem(path, f"edge {edge[0]}: read {read[edge]} times as {edge[1:]}, the JSON has it {want[edge]} times")

    def check_cytoscape_style(self, path):
        self.counts["Cytoscape style"] += 1
        text, rules = self.read_json(path)
        if rules is None:
            return
        self.check_canonical(path, text, rules)
        self.schema_problems(path, self.style_validator, rules)
        by_selector = {r.get("selector"): r.get("style", {}) for r in rules if isinstance(r, dict)}
        for kind, entries, keys in (("node", self.style["nodes"], {"background-color": "fill", "border-color": "stroke"}),
                                    ("edge", self.style["relations"], {"line-color": "color"})):
            for name, style in entries.items():
                rule = by_selector.get(f"{kind}.{name}")
                if rule is None:
                    self.problem(path, f"no rule for {kind}.{name}")
                    continue
                for prop, field in keys.items():
                    if str(rule.get(prop, "")).upper() != style[field].upper():
                        self.problem(path, f"{kind}.{name}: {prop} {rule.get(prop)!r}, the style sheet says {style[field]}")

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
        for ext in (".graphml", ".svg", ".gexf", ".cyjs"):
            if not os.path.exists(stem + ext):
                checker.problem(path, f"no sibling {os.path.basename(stem + ext)}")
        if graph is None:
            continue
        if os.path.exists(stem + ".graphml"):
            checker.check_graphml(stem + ".graphml", graph)
        if os.path.exists(stem + ".yed.graphml"):
            checker.check_graphml(stem + ".yed.graphml", graph, fmt="yEd GraphML")
            checker.check_yed_graphics(stem + ".yed.graphml", graph)
        if os.path.exists(stem + ".gexf"):
            checker.check_gexf(stem + ".gexf", graph)
        if os.path.exists(stem + ".cyjs"):
            checker.check_cyjs(stem + ".cyjs", graph)
            if not os.path.exists(stem + ".style.json"):
                checker.problem(stem + ".cyjs", f"no sibling {os.path.basename(stem)}.style.json")
    for name in names:
        if name.endswith(".svg"):
            checker.check_svg(os.path.join(a.dir, name))
        elif name.endswith(".style.json"):
            checker.check_cytoscape_style(os.path.join(a.dir, name))
    for p in checker.problems:
        print(p)
    for file, fmt, reader, (n, e), (want_n, want_e) in checker.round_trips:
        print(f"round trip: {file}: {fmt} read by {reader}: {n} nodes, {e} edges (the JSON: {want_n}, {want_e})")
    c = checker.counts
    if not c["JSON"]:
        print(f"{a.dir}: no JSON graph to check")
        checker.problems.append("nothing checked")
    skipped = f", skipped {c['skipped JSON (not a graph)']} non-graph JSON" if c["skipped JSON (not a graph)"] else ""
    print(f"check_exports: {c['JSON']} JSON (schema, ids, canonical bytes), {c['GraphML']} GraphML "
          f"(networkx, igraph), {c['yEd GraphML']} yEd GraphML (networkx, igraph, graphics = style sheet), "
          f"{c['GEXF']} GEXF (networkx, GEXF 1.3 structure), {c['Cytoscape']} Cytoscape.js (JSON Schema, canonical "
          f"bytes) and {c['Cytoscape style']} stylesheets, {c['SVG']} SVG (well-formed, no script/on*/href)"
          f"{skipped}: {len(checker.problems)} problems")
    sys.exit(1 if checker.problems else 0)


if __name__ == "__main__":
    main()
