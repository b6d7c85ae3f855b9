#!/usr/bin/env python3
"""Writes about N megabytes (default 10) of mixed Arabic news text to stdout,
one paragraph per line, built from the test texts in tests/data: paragraphs
are drawn in a fixed pseudo-random order and some are joined, so lengths
vary from a few words to long paragraphs. Deterministic: the same N gives
the same bytes."""
import pathlib
import random
import sys

size = int(float(sys.argv[1] if len(sys.argv) > 1 else 10) * 1_000_000)
data = pathlib.Path(__file__).resolve().parent.parent / 'tests' / 'data'
paras = [p for f in sorted(data.glob('*.txt')) for p in f.read_text(encoding='utf-8').split('\n') if p.strip()]
rng = random.Random(2024)
out, total = [], 0
while total < size:
    p = ' '.join(rng.choice(paras) for _ in range(rng.choice((1, 1, 1, 2, 3, 6))))
    if rng.random() < 0.05:
        p = ''
    out.append(p)
    total += len(p.encode('utf-8')) + 1
sys.stdout.write('\n'.join(out) + '\n')
