"""Python json's side of load and save: the same plan files (and the combined file), parsed from
memory into dicts and written back as plan files are written (two-space indent, characters not
escapes, final line end).

Usage: /usr/bin/python3 json_peer.py CORPUS_DIR OUT_DIR [RUNS]
"""
import hashlib
import json
import os
import sys

from peercommon import Timings, plan_files, time_all, write_sorted


def counts(doc):
    elements = doc["elements"]
    return (doc["id"], len(elements), sum(len(e.get("sdg", [])) for e in elements), sum(len(e.get("tags", [])) for e in elements))


def main():
    corpus, output = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    timings = Timings(output)
    files = []
    for path in plan_files(corpus):  # read once, untimed
        with open(path, "rb") as f:
            files.append(f.read())
    total = sum(len(b) for b in files)

    with open(os.path.join(corpus, "all-plans.jsonarray"), "rb") as f:
        combined = f.read()
    loaded = {}

    def load():
        loaded["docs"] = [json.loads(b) for b in files]
        return loaded["docs"]

    answers = time_all(timings, runs, [
        ("load", total, load),
        ("load-combined", len(combined), lambda: json.loads(combined)),
        ("save", total, lambda: [(json.dumps(d, ensure_ascii=False, indent=2) + "\n").encode("utf-8") for d in loaded["docs"]]),
    ])
    header = "plan,elements,declared_links,tags"
    write_sorted(os.path.join(output, "load.csv"), header, (counts(d) for d in answers["load"]))
    write_sorted(os.path.join(output, "load-combined.csv"), header, (counts(d) for d in answers["load-combined"]))
    write_sorted(os.path.join(output, "save.csv"), "plan,sha256",
                 ((d["id"], hashlib.sha256(s).hexdigest()) for d, s in zip(answers["load"], answers["save"])))

if __name__ == "__main__":
    main()
