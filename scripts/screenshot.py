#!/usr/bin/env python3
"""Draw what qari shows in a terminal as an SVG picture, for the README.

Usage: scripts/screenshot.py QARI_BINARY OUT.svg [COLS ROWS [KEY ...]]

Runs the reader on its built-in sample inside tmux (its own socket, an empty
home, so the picture does not depend on the user's library or state), sends
the keys (tmux key names, default: Enter to open the first article), captures
the pane with its colours and writes one SVG in which every terminal cell has
its own position. Each glyph is placed at its cell and drawn left to right
with bidi overridden, so a browser shows exactly the cells the terminal
shows, instead of reordering qari's visual lines a second time.
"""
import html
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

CELL_W, CELL_H = 9, 19
PALETTE = [
    "#1d1f21", "#cc342b", "#198844", "#c09000", "#3971ed", "#a36ac7", "#3971ed", "#c5c8c6",
    "#707880", "#cc6666", "#b5bd68", "#f0c674", "#81a2be", "#b294bb", "#8abeb7", "#ffffff",
]
# Cyan a little apart from blue, as terminals draw it.
PALETTE[6] = "#0e9aa7"
PALETTE[14] = "#8abeb7"
FG, BG = "#e6e6e6", "#1d1f21"


def color256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (v, v, v)


def cell_width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = None
        self.bold = self.italic = self.reverse = False

    def apply(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 3:
                self.italic = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = False
            elif c == 23:
                self.italic = False
            elif c == 27:
                self.reverse = False
            elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                setattr(self, "fg" if c == 38 else "bg", color256(codes[i + 2]))
                i += 2
            elif c in (38, 48) and i + 4 < len(codes) and codes[i + 1] == 2:
                rgb = "#%02x%02x%02x" % tuple(codes[i + 2 : i + 5])
                setattr(self, "fg" if c == 38 else "bg", rgb)
                i += 4
            elif c == 39:
                self.fg = None
            elif c == 49:
                self.bg = None
            elif 30 <= c <= 37:
                self.fg = PALETTE[c - 30]
            elif 40 <= c <= 47:
                self.bg = PALETTE[c - 40]
            elif 90 <= c <= 97:
                self.fg = PALETTE[c - 90 + 8]
            elif 100 <= c <= 107:
                self.bg = PALETTE[c - 100 + 8]
            i += 1

    def colours(self):
        fg, bg = self.fg or FG, self.bg or BG
        return (bg, fg) if self.reverse else (fg, bg)


def parse(lines):
    """Cells of each line: (glyphs, fg, bg, bold, italic)."""
    screen = []
    style = Style()
    for line in lines:
        cells = []
        for m in re.finditer(r"\x1b\[([0-9;]*)m|(.)", line):
            if m.group(1) is not None or m.group(2) is None:
                style.apply(m.group(1) or "")
                continue
            ch = m.group(2)
            w = cell_width(ch)
            if w == 0 and cells:
                glyph, *rest = cells[-1]
                cells[-1] = (glyph + ch, *rest)
                continue
            fg, bg = style.colours()
            cells.append((ch, fg, bg, style.bold, style.italic))
            if w == 2:
                cells.append(("", fg, bg, style.bold, style.italic))
        screen.append(cells)
    return screen


def svg(screen, cols, rows):
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{cols * CELL_W + 16}" '
        f'height="{rows * CELL_H + 16}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" '
        f'font-size="15">',
        f'<rect width="100%" height="100%" rx="6" fill="{BG}"/>',
        '<g transform="translate(8 8)" style="direction:ltr;unicode-bidi:bidi-override">',
    ]
    for y, cells in enumerate(screen[:rows]):
        top = y * CELL_H
        for x, (_glyph, _fg, bg, _b, _i) in enumerate(cells):
            if bg != BG:
                out.append(f'<rect x="{x * CELL_W}" y="{top}" width="{CELL_W}" height="{CELL_H}" fill="{bg}"/>')
        for x, (glyph, fg, _bg, bold, italic) in enumerate(cells):
            if not glyph.strip():
                continue
            attrs = f'x="{x * CELL_W}" y="{top + 14}" fill="{fg}"'
            if bold:
                attrs += ' font-weight="bold"'
            if italic:
                attrs += ' font-style="italic"'
            out.append(f"<text {attrs}>{html.escape(glyph)}</text>")
    out.append("</g></svg>")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    qari, target = sys.argv[1], sys.argv[2]
    cols = int(sys.argv[3]) if len(sys.argv) > 3 else 110
    rows = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    keys = sys.argv[5:] or ["Enter"]
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/c",
                   XDG_DATA_HOME=f"{home}/d", XDG_STATE_HOME=f"{home}/s", LANG="C.UTF-8")
        for var in ("QARI_LIBRARY", "QARI_STATE", "QARI_CONFIG", "QARI_UI"):
            env.pop(var, None)
        sock = f"{home}/tmux"
        tmux = ["tmux", "-S", sock]
        subprocess.run(tmux + ["-f", "/dev/null", "new-session", "-d", "-x", str(cols), "-y", str(rows),
                               f"{qari} --ui ar; sleep 60"], env=env, check=True)
        try:
            time.sleep(1.0)
            for key in keys:
                subprocess.run(tmux + ["send-keys", key], check=True)
                time.sleep(0.4)
            captured = subprocess.run(tmux + ["capture-pane", "-p", "-e"], check=True,
                                      capture_output=True, text=True).stdout
        finally:
            subprocess.run(tmux + ["kill-server"], capture_output=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(svg(parse(captured.splitlines()), cols, rows))


if __name__ == "__main__":
    main()
