"""Draw Segue's toolbar icons (16, 32, 48, 128 px) with no image library: run from the repo root."""

import math
import struct
import zlib
from pathlib import Path

TOP = (13, 148, 136)  # teal
BOTTOM = (67, 56, 202)  # indigo
WHITE = (255, 255, 255)


def png(path, size, pixels):
    raw = b"".join(b"\0" + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def in_rounded_square(x, y, radius):
    cx, cy = min(max(x, radius), 1 - radius), min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def side(a, b, p):
    return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])


def in_triangle(p, a, b, c):
    s1, s2, s3 = side(a, b, p), side(b, c, p), side(c, a, p)
    return (s1 >= 0 and s2 >= 0 and s3 >= 0) or (s1 <= 0 and s2 <= 0 and s3 <= 0)


CENTER, RADIUS, HALF_WIDTH = (0.5, 0.6), 0.29, 0.075
ARC_FROM, ARC_TO = -8, 200  # degrees, counter-clockwise from the right
HEAD_AT = math.radians(-4)


def in_mark(x, y):
    """A white bridge from a dot on the left to an arrowhead on the right: a natural segue."""
    cx, cy = CENTER
    d = math.hypot(x - cx, y - cy)
    angle = math.degrees(math.atan2(cy - y, x - cx))
    if angle < -90:
        angle += 360
    if abs(d - RADIUS) <= HALF_WIDTH and ARC_FROM <= angle <= ARC_TO:
        return True
    start = math.radians(ARC_TO)
    sx, sy = cx + RADIUS * math.cos(start), cy - RADIUS * math.sin(start)
    if math.hypot(x - sx, y - sy) <= 0.11:
        return True
    ex, ey = cx + RADIUS * math.cos(HEAD_AT), cy - RADIUS * math.sin(HEAD_AT)
    tx, ty = math.sin(HEAD_AT), math.cos(HEAD_AT)  # clockwise tangent, in image coordinates
    nx, ny = -ty, tx
    tip = (ex + tx * 0.19, ey + ty * 0.19)
    return in_triangle(
        (x, y), tip, (ex + nx * 0.16, ey + ny * 0.16), (ex - nx * 0.16, ey - ny * 0.16)
    )


def draw(size, samples=6):
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    if not in_rounded_square(x, y, 0.22):
                        continue
                    t = (x + y) / 2
                    color = tuple(TOP[i] + (BOTTOM[i] - TOP[i]) * t for i in range(3))
                    if in_mark(x, y):
                        color = WHITE
                    r, g, b, a = r + color[0], g + color[1], b + color[2], a + 1
            n = samples * samples
            if a:
                row.append((round(r / a), round(g / a), round(b / a), round(255 * a / n)))
            else:
                row.append((0, 0, 0, 0))
        rows.append(row)
    return rows


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "icons"
    out.mkdir(exist_ok=True)
    for size in (16, 32, 48, 128):
        png(out / f"icon-{size}.png", size, draw(size))
