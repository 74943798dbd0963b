"""Rules every Python peer shares with SdgMap's side: warm median timing, timings.txt, canonical CSV."""
import csv
import gc
import io
import os
import statistics
import time


def median_ms(runs, action):
    """One untimed warm-up run (CPython does not compile), then the median of `runs` timed runs, each after a collection."""
    result = action()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), result


def time_all(timings, runs, steps):
    """As the .NET peers do: every step once, untimed, in order (a rehearsal), then each step timed
    by median_ms. steps: (query, bytes or None, action). Returns each query's last answer."""
    for _, _, action in steps:
        action()
    answers = {}
    for query, size, action in steps:
        ms, answers[query] = median_ms(runs, action)
        timings.add(query, ms, size)
    return answers


class Timings:
    """A peer's timings.txt: `query median_ms [bytes]` per line."""

    def __init__(self, folder):
        os.makedirs(folder, exist_ok=True)
        self.path = os.path.join(folder, "timings.txt")
        self.lines = []

    def add(self, query, ms, size=None):
        line = f"{query} {ms:.2f}" + (f" {size}" if size is not None else "")
        self.lines.append(line)
        print(line, flush=True)
        with open(self.path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.lines) + "\n")


def write_sorted(path, header, rows):
    """Header, then rows sorted by the code-point order of the whole line: the canonical answer file."""
    lines = []
    for row in rows:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(row)
        lines.append(buffer.getvalue())
    lines.sort()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        f.writelines(lines)


def plan_files(corpus):
    """The plan files directly in the corpus folder, in code-point order of path (as SdgMap's side)."""
    return sorted(os.path.join(corpus, n) for n in os.listdir(corpus) if n.endswith(".json"))
