#!/usr/bin/env python3
"""Inputs for scripts/bench.sh, made from the sample articles in assets/
(real Arabic news prose mixed with Latin names, numbers, dates and URLs).

  bench_inputs.py text FILE MB         one paragraph a line, about MB megabytes
  bench_inputs.py article DIR CHARS    DIR/long.json: one article of CHARS characters
  bench_inputs.py library DIR N        N articles of 2-8 KB each (when the
                                       library's own generator is missing)

Deterministic: the same arguments give the same bytes.
"""
import json
import pathlib
import random
import sys

ASSETS = pathlib.Path(__file__).resolve().parent.parent / 'assets'


def paragraphs():
    out = []
    for path in sorted(ASSETS.glob('*.json')):
        doc = json.loads(path.read_text(encoding='utf-8'))
        for art in doc if isinstance(doc, list) else [doc]:
            body = art['body']
            if isinstance(body, str):
                out += [p for p in body.split('\n\n') if p.strip()]
            else:
                out += [text for block in body for key, text in block.items()
                        if key in ('paragraph', 'quote') and isinstance(text, str)]
    for path in sorted(ASSETS.glob('*.txt')):
        out += [ln.strip() for ln in path.read_text(encoding='utf-8').splitlines()
                if len(ln.strip()) > 80]
    if not out:
        raise SystemExit(f'bench_inputs: no sample paragraphs in {ASSETS}')
    return out


def text(path, mb):
    rng = random.Random(1)
    paras = paragraphs()
    target = int(float(mb) * 1_000_000)
    with open(path, 'w', encoding='utf-8') as f:
        size = 0
        while size < target:
            # Vary paragraph length: one to four sample paragraphs joined.
            line = ' '.join(rng.choice(paras) for _ in range(rng.randint(1, 4)))
            f.write(line + '\n')
            size += len(line.encode()) + 1


def article(folder, chars):
    paras = paragraphs()
    body, n, i = [], 0, 0
    while n < int(chars):
        p = paras[i % len(paras)]
        body.append({'paragraph': p})
        n += len(p)
        i += 1
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    doc = {'id': 'long', 'title': 'مقال طويل للقياس', 'author': 'qari', 'lang': 'ar', 'body': body}
    (folder / 'long.json').write_text(json.dumps(doc, ensure_ascii=False), encoding='utf-8')


def library(folder, count):
    rng = random.Random(2)
    paras = paragraphs()
    folder = pathlib.Path(folder)
    for i in range(int(count)):
        sub = folder / f'{i // 1000:02d}'
        sub.mkdir(parents=True, exist_ok=True)
        body = [{'paragraph': rng.choice(paras)} for _ in range(rng.randint(2, 8))]
        title = rng.choice(paras)[:70]
        doc = {'id': f'bench-{i}', 'title': title, 'author': 'فريق التحرير',
               'published': f'2024-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00Z',
               'lang': 'ar', 'body': body}
        (sub / f'{i:05d}.json').write_text(json.dumps(doc, ensure_ascii=False), encoding='utf-8')


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ('text', 'article', 'library'):
        raise SystemExit(__doc__)
    {'text': text, 'article': article, 'library': library}[sys.argv[1]](sys.argv[2], sys.argv[3])


if __name__ == '__main__':
    main()
