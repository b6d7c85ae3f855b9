#!/usr/bin/env python3
"""Prints scripts/bench.sh's table (Markdown) from the figures it measured
and from criterion's results under target/criterion, with the machine."""
import argparse
import json
import os
import pathlib
import platform
import subprocess


def machine():
    model = 'unknown CPU'
    try:
        for line in open('/proc/cpuinfo', encoding='utf-8'):
            if line.startswith('model name'):
                model = line.split(':', 1)[1].strip()
                break
    except OSError:
        pass
    mem = '?'
    try:
        for line in open('/proc/meminfo', encoding='utf-8'):
            if line.startswith('MemTotal'):
                mem = f'{int(line.split()[1]) / 1024 / 1024:.0f} GiB'
    except OSError:
        pass
    rustc = subprocess.run(['rustc', '--version'], capture_output=True, text=True).stdout.strip()
    return f'{os.cpu_count()} × {model}, {mem} RAM, {platform.system()} {platform.release()}, {rustc}'


def criterion(root):
    """(group, function, value, mean_ns, bytes_or_None) for every benchmark."""
    out = []
    for bench in pathlib.Path(root).glob('**/new/benchmark.json'):
        est = bench.parent / 'estimates.json'
        if not est.exists():
            continue
        b = json.loads(bench.read_text())
        mean = json.loads(est.read_text())['mean']['point_estimate']
        thr = b.get('throughput') or {}
        size = thr.get('Bytes') or thr.get('BytesDecimal')
        out.append((b.get('group_id', ''), b.get('function_id') or '', b.get('value_str') or '', mean, size))
    return sorted(out)


def find(results, group_word, function_word):
    for g, f, v, mean, size in results:
        if group_word in g.lower() and function_word in f.lower():
            return mean
    return None


def hyperfine(path):
    """(mean wall seconds, mean CPU seconds) of each command, in order. On a
    shared machine the wall clock counts other people's work too; the CPU
    time (user + system) is what the command itself cost."""
    results = json.load(open(path))['results']
    return [(r['mean'], r['user'] + r['system']) for r in results]


def ms(ns):
    return f'{ns / 1e6:.2f} ms' if ns is not None else 'not measured'


def ratio(a, b):
    return f'{a / b:.1f}×' if a and b else '–'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--render', nargs=2, metavar=('HYPERFINE_JSON', 'MB'))
    ap.add_argument('--list', nargs=2, metavar=('HYPERFINE_JSON', 'FILES'))
    ap.add_argument('--memory', nargs=3, type=float, metavar=('QARI_KB', 'PYTHON_KB', 'LIB_BYTES'))
    ap.add_argument('--frames', nargs=4, type=float, metavar=('START_MS', 'START_MIN', 'KEY_MS', 'KEY_P90'))
    ap.add_argument('--cold', nargs=2, type=float, metavar=('START_MS', 'START_MIN'))
    ap.add_argument('--criterion', default='target/criterion')
    a = ap.parse_args()
    crit = criterion(a.criterion)

    print(f'\nMachine: {machine()}\n')
    print('| Measure | qari | Peer (same run) | qari vs peer | Target |')
    print('|---|---|---|---|---|')
    if a.render:
        (q, qc), (f, fc) = hyperfine(a.render[0])
        mb = float(a.render[1])
        print(f'| `qari render --width 80`, {mb:.1f} MB mixed Arabic | {q:.2f} s wall, {qc:.2f} s CPU '
              f'({mb / qc:.1f} MB/s) | `fribidi --nobreak --rtl`: {f:.2f} s wall, {fc:.2f} s CPU '
              f'({mb / fc:.1f} MB/s) | {ratio(fc, qc)} as fast (CPU), {ratio(f, q)} (wall) | ≥ 2× fribidi |')
    if a.list:
        (q, qc), (p, pc) = hyperfine(a.list[0])
        n = float(a.list[1])
        print(f'| `qari list`, {n:.0f} articles | {q:.2f} s wall, {qc:.2f} s CPU '
              f'| python3 `json.load` of each: {p:.2f} s wall, {pc:.2f} s CPU '
              f'| {ratio(pc, qc)} as fast (CPU), {ratio(p, q)} (wall) | < 0.3 s |')
    if a.memory:
        q, p, lib = a.memory
        print(f'| Peak memory of `qari list` | {q / 1024:.0f} MB | library on disk: {lib / 1e6:.0f} MB '
              f'(python3: {p / 1024:.0f} MB) | {q * 1024 / lib:.2f}× the library | < 2× the library |')
    first = find(crit, 'first frame', 'qari')
    first_peer = find(crit, 'first frame', 'ratatui')
    print(f'| First frame, 10,000 articles (in-process) | {ms(first)} | ratatui `List` of the titles: '
          f'{ms(first_peer)} | {ratio(first_peer, first) if first else "–"} as fast | < 50 ms |')
    key = find(crit, 'keypress', 'cached')
    key_peer = find(crit, 'keypress', 'again')
    print(f'| Keypress to frame, 100,000-character article (in-process) | {ms(key)} '
          f'| laying it out again: {ms(key_peer)} | {ratio(key_peer, key) if key else "–"} as fast '
          f'| < 2 ms |')
    if a.frames:
        def budget(taken, allowed):
            if taken <= allowed:
                return f'within: {taken / allowed:.0%} of the budget'
            return f'over: {taken / allowed:.1f}× the budget'

        s, smin, k, kp90 = a.frames
        print(f'| Start to first frame, 10,000 articles, index written (pty, end to end) '
              f'| {s:.0f} ms (min {smin:.0f}) | – | {budget(s, 50)} | < 50 ms |')
        if a.cold:
            c, cmin = a.cold
            print(f'| First start, no index yet: to a settled list of 10,000 articles (pty) '
                  f'| {c:.0f} ms (min {cmin:.0f}) | the start with the index written: {s:.0f} ms '
                  f'| {c / s:.1f}× as long | none: once per library |')
        print(f'| Key to frame, 100,000-character article (pty, end to end) | {k:.2f} ms (p90 {kp90:.2f}) '
              f'| – | {budget(k, 2)} | < 2 ms |')
    if crit:
        print('\nCriterion (mean of the run):\n')
        print('| Group | Benchmark | Mean | Throughput |')
        print('|---|---|---|---|')
        for g, f, v, mean, size in crit:
            thr = f'{size / mean * 1e9 / 1e6:.1f} MB/s' if size else ''
            name = ' / '.join(x for x in (f, v) if x)
            print(f'| {g} | {name} | {mean / 1e3:.1f} µs | {thr} |')


if __name__ == '__main__':
    main()
