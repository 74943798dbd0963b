"""networkx's side of the peer comparison, on a graph shaped like SdgMap's: plan -contains->
element -contains-> child element, element -link-> goal or target, target -within-> goal.

Building the graph from the tables is not timed for coverage and gaps; each query walks the
graph from every plan node. `load+graph` times parsing the plan files with json and building
the same kind of graph from them (with tag edges to terms), against SdgMap's parse and build.
Usage: /usr/bin/python3 networkx_peer.py CORPUS_DIR TABLES_DIR OUT_DIR [RUNS]
"""
import csv
import json
import os
import sys

import networkx as nx

from peercommon import Timings, plan_files, time_all, write_sorted


def rows(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def graph_from_tables(tables):
    g = nx.DiGraph()
    for s in rows(tables, "sdgs.csv"):
        g.add_node(("sdg", s["sdg"]), kind=s["kind"])
        if s["kind"] == "target":
            g.add_edge(("sdg", s["sdg"]), ("sdg", s["goal"]), rel="within")
    for p in rows(tables, "plans.csv"):
        g.add_node(("plan", p["plan"]))
    for e in rows(tables, "elements.csv"):
        node = ("el", e["plan"], e["element"])
        g.add_node(node, depth=int(e["depth"]), marks=e["sdg_marks"])
        g.add_edge(("el", e["plan"], e["parent"]) if e["parent"] else ("plan", e["plan"]), node, rel="contains")
    for link in rows(tables, "sdg_links.csv"):
        if link["kind"] == "declared":
            g.add_edge(("el", link["plan"], link["element"]), ("sdg", link["sdg"]), rel="link")
    return g


def elements_of(g, plan):
    """Every element below a plan node, following contains edges only."""
    stack = [("plan", plan)]
    while stack:
        node = stack.pop()
        for child, data in g.succ[node].items():
            if data["rel"] == "contains":
                yield child
                stack.append(child)


def linked(g, element):
    return [s for s, data in g.succ[element].items() if data["rel"] == "link"]


def goal_of(g, sdg):
    if g.nodes[sdg]["kind"] == "goal":
        return sdg
    return next(s for s, data in g.succ[sdg].items() if data["rel"] == "within")


def plans_of(g):
    return [n[1] for n in g.nodes if n[0] == "plan"]


def coverage_goals(g):
    answer = []
    for plan in plans_of(g):
        counts = {}
        for element in elements_of(g, plan):
            for goal in {goal_of(g, s) for s in linked(g, element)}:
                counts[goal[1]] = counts.get(goal[1], 0) + 1
        answer.extend((plan, goal, n) for goal, n in counts.items())
    return answer


def coverage_targets(g):
    answer = []
    for plan in plans_of(g):
        counts = {}
        for element in elements_of(g, plan):
            for target in {s for s in linked(g, element) if g.nodes[s]["kind"] == "target"}:
                counts[target[1]] = counts.get(target[1], 0) + 1
        answer.extend((plan, target, n) for target, n in counts.items())
    return answer


def gaps(g, catalogue):
    answer = []
    for plan in plans_of(g):
        covered = set()
        elements = list(elements_of(g, plan))
        with_link = set()
        for element in elements:
            for s in linked(g, element):
                with_link.add(element)
                covered.add(s)
                covered.add(goal_of(g, s))
        answer.extend((plan, "uncovered-" + g.nodes[s]["kind"], s[1]) for s in catalogue if s not in covered)
        # Checked depths: those where the plan declares a link, or marks that the text lost.
        depths = {g.nodes[e]["depth"] for e in elements if g.nodes[e]["depth"] > 0 and (e in with_link or g.nodes[e]["marks"] == "lost")}
        answer.extend((plan, "no-sdg-link", e[2]) for e in elements
                      if g.nodes[e]["depth"] in depths and e not in with_link and g.nodes[e]["marks"] != "lost")
    return answer


def load_graph(files):
    g = nx.DiGraph()
    for b in files:
        doc = json.loads(b)
        plan = doc["id"]
        g.add_node(("plan", plan))
        for e in doc["elements"]:
            node = ("el", plan, e["id"])
            g.add_node(node, level=e["level"])
            g.add_edge(("el", plan, e["parent"]) if "parent" in e else ("plan", plan), node, rel="contains")
            for s in e.get("sdg", []):
                g.add_edge(node, ("sdg", s), rel="link")
            for t in e.get("tags", []):
                g.add_edge(node, ("term", plan, t), rel="tag")
    return g


def load_counts(g):
    for plan in plans_of(g):
        elements = list(elements_of(g, plan))
        links = sum(1 for e in elements for d in g.succ[e].values() if d["rel"] == "link")
        tags = sum(1 for e in elements for d in g.succ[e].values() if d["rel"] == "tag")
        yield plan, len(elements), links, tags


def main():
    corpus, tables, output = sys.argv[1], sys.argv[2], sys.argv[3]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    timings = Timings(output)
    files = []
    for path in plan_files(corpus):  # read once, untimed
        with open(path, "rb") as f:
            files.append(f.read())
    g = graph_from_tables(tables)
    catalogue = [n for n in g.nodes if n[0] == "sdg"]
    answers = time_all(timings, runs, [
        ("load+graph", sum(len(b) for b in files), lambda: load_graph(files)),
        ("coverage-goals", None, lambda: coverage_goals(g)),
        ("coverage-targets", None, lambda: coverage_targets(g)),
        ("gaps", None, lambda: gaps(g, catalogue)),
    ])
    write_sorted(os.path.join(output, "load+graph.csv"), "plan,elements,declared_links,tags", load_counts(answers["load+graph"]))
    write_sorted(os.path.join(output, "coverage-goals.csv"), "plan,sdg,count", answers["coverage-goals"])
    write_sorted(os.path.join(output, "coverage-targets.csv"), "plan,sdg,count", answers["coverage-targets"])
    write_sorted(os.path.join(output, "gaps.csv"), "plan,kind,subject", answers["gaps"])

if __name__ == "__main__":
    main()
