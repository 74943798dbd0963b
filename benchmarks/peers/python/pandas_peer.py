"""pandas' side of the peer comparison: coverage and gaps on the tables, in memory.

Reading the CSV tables is not timed; each query is timed until its answer DataFrame exists.
Usage: /usr/bin/python3 pandas_peer.py TABLES_DIR OUT_DIR [RUNS]
"""
import os
import sys

import pandas as pd

from peercommon import Timings, time_all, write_sorted


def read(folder, name):
    # Everything as text: inference would read the SDG id 16.10 as the number 16.1.
    return pd.read_csv(os.path.join(folder, name), dtype=str, keep_default_na=False)


def coverage_goals(links):
    # A target link covers its goal; an element counts once per goal however many links it has.
    declared = links[links["kind"] == "declared"]
    goals = declared.assign(sdg=declared["sdg"].str.partition(".")[0])
    return goals.drop_duplicates(["plan", "element", "sdg"]).groupby(["plan", "sdg"]).size().reset_index(name="count")


def coverage_targets(links):
    # A goal-only link covers no target.
    declared = links[(links["kind"] == "declared") & links["sdg"].str.contains(".", regex=False)]
    return declared.drop_duplicates(["plan", "element", "sdg"]).groupby(["plan", "sdg"]).size().reset_index(name="count")


def gaps(plans, elements, links, sdgs):
    declared = links[links["kind"] == "declared"]
    covered = pd.concat([
        declared.assign(sdg=declared["sdg"].str.partition(".")[0])[["plan", "sdg"]],
        declared[declared["sdg"].str.contains(".", regex=False)][["plan", "sdg"]],
    ]).drop_duplicates()
    every = plans[["plan"]].merge(sdgs, how="cross")
    uncovered = every.merge(covered, on=["plan", "sdg"], how="left", indicator=True)
    uncovered = uncovered[uncovered["_merge"] == "left_only"]
    uncovered = pd.DataFrame({
        "plan": uncovered["plan"],
        "kind": uncovered["kind"].map({"goal": "uncovered-goal", "target": "uncovered-target"}),
        "subject": uncovered["sdg"],
    })
    # Checked depths: those where the plan declares a link, or marks that the text lost.
    linked = declared[["plan", "element"]].drop_duplicates().assign(has_link=True)
    marked = elements.merge(linked, on=["plan", "element"], how="left")
    marked["has_link"] = marked["has_link"].fillna(False).astype(bool)
    depths = marked[(marked["depth"] > 0) & (marked["has_link"] | (marked["sdg_marks"] == "lost"))][["plan", "depth"]].drop_duplicates()
    missing = marked.merge(depths, on=["plan", "depth"])
    missing = missing[~missing["has_link"] & (missing["sdg_marks"] != "lost")]
    missing = pd.DataFrame({"plan": missing["plan"], "kind": "no-sdg-link", "subject": missing["element"]})
    return pd.concat([uncovered, missing], ignore_index=True)


def main():
    tables, output = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    timings = Timings(output)
    plans = read(tables, "plans.csv")
    elements = read(tables, "elements.csv")[["plan", "element", "depth", "sdg_marks"]]
    elements["depth"] = elements["depth"].astype(int)
    links = read(tables, "sdg_links.csv")
    sdgs = read(tables, "sdgs.csv")[["sdg", "kind"]]

    answers = time_all(timings, runs, [
        ("coverage-goals", None, lambda: coverage_goals(links)),
        ("coverage-targets", None, lambda: coverage_targets(links)),
        ("gaps", None, lambda: gaps(plans, elements, links, sdgs)),
    ])
    for query, header in (("coverage-goals", "plan,sdg,count"), ("coverage-targets", "plan,sdg,count"), ("gaps", "plan,kind,subject")):
        write_sorted(os.path.join(output, query + ".csv"), header, answers[query].itertuples(index=False))

if __name__ == "__main__":
    main()
