#!/usr/bin/env python3
"""Draws docs/icon/sdgmap.png, the packages' icon: the 17 goal colours (data/sdg/goals_ja.csv) as a
ring, and in it a small tree of four nodes (plan → policies → measures). Standard library only;
4×4 supersampling for smooth edges. Run from anywhere: python3 docs/icon/make-icon.py"""
import csv, math, pathlib, struct, zlib

here = pathlib.Path(__file__).resolve().parent
with open(here / "../../data/sdg/goals_ja.csv", encoding="utf-8") as f:
    colours = [tuple(int(r["colour"][i:i + 2], 16) for i in (1, 3, 5)) for r in csv.DictReader(f)]
assert len(colours) == 17

SIZE, SS = 128, 4
INK = (38, 50, 56)
nodes = [(0.0, -0.30), (-0.24, 0.06), (0.24, 0.06), (-0.24, 0.32)]   # in units of the radius, y down
edges = [(0, 1), (0, 2), (1, 3)]

def segment_distance(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    t = max(0.0, min(1.0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
    return math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay))

def sample(x, y):
    """RGBA of one point; x, y in [-1, 1] from the centre."""
    r = math.hypot(x, y)
    if r > 0.98:
        return (0, 0, 0, 0)
    if r > 0.62:
        angle = (math.degrees(math.atan2(x, -y)) + 360) % 360          # clockwise from the top
        gap = (angle % (360 / 17)) < 1.2                                 # thin white lines between goals
        return (255, 255, 255, 255) if gap else colours[int(angle // (360 / 17))] + (255,)
    if any(math.hypot(x - nx, y - ny) < 0.085 for nx, ny in nodes):
        return INK + (255,)
    if any(segment_distance(x, y, nodes[a], nodes[b]) < 0.028 for a, b in edges):
        return INK + (255,)
    return (255, 255, 255, 255)

rows = []
for j in range(SIZE):
    row = bytearray([0])                                                 # PNG filter: none
    for i in range(SIZE):
        acc = [0, 0, 0, 0]
        for sj in range(SS):
            for si in range(SS):
                px = ((i + (si + 0.5) / SS) / SIZE) * 2 - 1
                py = ((j + (sj + 0.5) / SS) / SIZE) * 2 - 1
                c = sample(px, py)
                acc = [acc[k] + (c[k] * c[3] if k < 3 else c[3]) for k in range(4)]   # colour weighted by alpha
        alpha = acc[3] / (255 * SS * SS)
        rgb = [round(acc[k] / acc[3]) if acc[3] else 0 for k in range(3)]
        row += bytes(rgb + [round(alpha * 255)])
    rows.append(bytes(row))

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
(here / "sdgmap.png").write_bytes(png)
print(f"{here / 'sdgmap.png'}: {len(png)} bytes")
