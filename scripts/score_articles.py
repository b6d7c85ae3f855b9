#!/usr/bin/env python3
"""Score qari's import of stored articles against written expectations.

Usage: score_articles.py QARI DIR [DIR...] [--show] [--json OUT]

Each DIR holds articles as people keep them (KEY.txt copied text, KEY.html
or KEY.htm saved pages) and, beside each, KEY.expect.json:

    {"outlet": "...", "title": "...", "author": "..." | null,
     "source": "..." | null, "date": "YYYY-MM-DD" | null,
     "blocks": ["...", ...]}

An article reads whole when its title, its author (or, when no person is
credited, its source), its date and every block of its body, in order and
with nothing else, come out as expected. Text is compared after NFKC, with
format characters (bidi marks, zero-width spaces, a BOM) and tatweel taken
out and white space collapsed, so invisible marks never decide a result; a
block's enclosing quotation marks (with a full stop or comma after them)
and a list item's number don't count, and a first paragraph whose
dateline (at most eight words) went to the byline counts as whole, and a
deck (a copy's line right under its headline; a page's short first line
that ends no sentence, over the first expected block) may open the body; an
embedded post kept as a quotation signed with a handle is left out.

Without --show only the counts are printed, so a set can be measured
without its misses being read.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

INPUTS = (".txt", ".html", ".htm", ".mhtml", ".mht")


def norm(text):
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        " " if unicodedata.category(c) == "Zs" else c
        for c in text
        if unicodedata.category(c) != "Cf" and c != "\u0640"
    )
    text = re.sub(r"\s+", " ", text).strip()
    # A mark set off from the last word (`ابرزها :`) is glued back on by
    # the importer's tidying, as a reader would write it.
    return re.sub(r" ([.:!?؟])$", r"\1", text)


def names(text):
    """A byline's names as a set: separators and a joining waw don't count."""
    text = norm(text)
    parts = re.split(r"\s*(?:[،,;/&|]|\sو(?=\S)|\sand\s)\s*", " " + text)
    return {re.sub(r"[^\w\s]", "", p).strip() for p in parts if p.strip()}


def byline_right(got, want):
    if want.get("author"):
        return names(got.get("author")) == names(want["author"])
    if got.get("author"):
        return False
    if want.get("source"):
        return names(got.get("source")) == names(want["source"])
    return True


QUOTES = "\"'«»“”„‘’"


def bare(text):
    """A block's text without the quotation marks around the whole of it:
    a quotation block may carry its marks or leave them to its kind."""
    # The sentence's mark after the closing quotation mark (`«…».`) goes
    # with the marks.
    text = re.sub(r"([" + QUOTES + r"])\s*[.،,]$", r"\1", norm(text))
    # A list's item may carry its number or its bullet, or leave it to the
    # list; the bullet goes first, so an item opening with a quoted name
    # (`- «…»: …`) loses its mark as the same item without a bullet does.
    text = re.sub(r"^(?:[0-9٠-٩]+\s*[.)\-]|[-–•*▪●])\s+", "", text)
    return text.strip(QUOTES + " ")


def opener_cut(want, got):
    """The first paragraph with its dateline (`خبرني -`, `رام الله / سما /`)
    taken off into the byline: as right as the paragraph left whole."""
    return bool(got) and want.endswith(got) and len(want[: -len(got)].split()) <= 8


def overlap(got, want):
    """The share of a block's words that an expected block has."""
    words, known = got.split(), set(want.split())
    return sum(w in known for w in words) / max(len(words), 1)


def embedded(block):
    """A post embedded from a social network, kept as a quotation signed
    with its writer's handle: the page's embed, neither right nor wrong."""
    return isinstance(block, dict) and "(@" in (block.get("by") or "")


def block_text(block):
    if isinstance(block, str):
        return block
    for kind in ("paragraph", "heading", "quote", "item"):
        if kind in block:
            return block[kind]
    return ""


def import_one(qari, path, home):
    out = os.path.join(home, "out")
    cmd = [qari, "import", "--force", "--into", out, path]
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home,
               XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home)
    run = subprocess.run(cmd, env=env, capture_output=True, text=True,
                         timeout=60)
    made = re.findall(r"-> (.+\.json)\s*$", run.stdout, re.M)
    if run.returncode != 0 or len(made) != 1:
        return None, run.stderr.strip() or run.stdout.strip()
    with open(made[0], encoding="utf-8") as f:
        article = json.load(f)
    os.remove(made[0])
    return article, ""


def deck(path, title):
    """The line right under the headline in a copied text: its deck, which
    the story's own words may keep as the first block or leave out."""
    if not path.endswith(".txt"):
        return None
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [bare(l) for l in f.read().split("\n")]
    lines = [l for l in lines if l]
    at = next((i for i, l in enumerate(lines) if l == bare(title)), None)
    return lines[at + 1] if at is not None and at + 1 < len(lines) else None


def is_deck(path, body, blocks, want):
    """Whether the body's first block is the story's deck: in a copy the
    line right under the headline; in a page a line shorter than a lead's
    that ends no sentence, over the expected first block."""
    if path.endswith(".txt"):
        return body[0] == deck(path, want.get("title"))
    words = len(body[0].split())
    return (3 <= words <= 30 and not body[0].endswith((".", "!", "?", "؟", ":"))
            and len(body) > 1 and bool(blocks) and body[1] == blocks[0])


def score(qari, path, want, home):
    got, err = import_one(qari, path, home)
    if got is None:
        return {"error": err or "no article"}, got
    body = [bare(block_text(b)) for b in got.get("body", []) if not embedded(b)]
    blocks = [bare(b) for b in want.get("blocks", [])]
    cut = bool(body and blocks) and opener_cut(blocks[0], body[0])
    if body and body[0] not in blocks and not cut and is_deck(path, body, blocks, want):
        body = body[1:]
    if body and blocks and body[0] != blocks[0] and opener_cut(blocks[0], body[0]):
        blocks[0] = body[0]
    result = {
        "title": norm(got.get("title")) == norm(want.get("title")),
        "byline": byline_right(got, want),
        "date": (got.get("published") or "")[:10] == (want.get("date") or ""),
        "blocks": body == blocks,
    }
    result["whole"] = all(result.values())
    # The looser reading: as many blocks as expected, each one mostly the
    # words of an expected block, so a block's text may differ a little
    # (a dateline or credit cut off) but no furniture is in the body.
    loose = len(body) == len(blocks) and all(
        any(overlap(b, w) >= 0.8 for w in blocks) for b in body)
    result["loose"] = loose and result["title"] and result["byline"] \
        and result["date"]
    return result, got


def show(key, result, got, want):
    print(f"--- {key}: " + " ".join(k for k, v in result.items() if v is False))
    if got is None:
        print("   ", result.get("error"))
        return
    for field in ("title", "author", "source"):
        print(f"    {field}: {got.get(field)!r} (want {want.get(field)!r})")
    print(f"    date: {got.get('published')!r} (want {want.get('date')!r})")
    body = [bare(block_text(b)) for b in got.get("body", []) if not embedded(b)]
    blocks = [bare(b) for b in want.get("blocks", [])]
    for text in body:
        mark = " " if text in blocks else "+"
        print(f"    {mark} {text[:90]}")
    for text in blocks:
        if text not in body:
            print(f"    - {text[:90]}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    detail = "--show" in argv
    dump = argv[argv.index("--json") + 1] if "--json" in argv else None
    if dump:
        args.remove(dump)
    if len(args) < 2:
        sys.exit(__doc__)
    qari, dirs = os.path.abspath(args[0]), args[1:]
    totals, record = {}, {}
    with tempfile.TemporaryDirectory() as home:
        for folder in dirs:
            keys = sorted(f[:-12] for f in os.listdir(folder)
                          if f.endswith(".expect.json"))
            for key in keys:
                inputs = [key + e for e in INPUTS
                          if os.path.exists(os.path.join(folder, key + e))]
                if len(inputs) != 1:
                    print(f"{folder}/{key}: {len(inputs)} inputs", file=sys.stderr)
                    continue
                with open(os.path.join(folder, key + ".expect.json"),
                          encoding="utf-8") as f:
                    want = json.load(f)
                result, got = score(qari, os.path.join(folder, inputs[0]),
                                    want, home)
                record[f"{folder}/{key}"] = result
                for name, ok in result.items():
                    if isinstance(ok, bool):
                        totals[name] = totals.get(name, 0) + ok
                totals["articles"] = totals.get("articles", 0) + 1
                if detail and not result.get("whole"):
                    show(key, result, got, want)
    print(" ".join(f"{k}={v}" for k, v in totals.items()))
    if dump:
        with open(dump, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv)
