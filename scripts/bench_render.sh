#!/usr/bin/env bash
# Times `qari render --width 80` against `fribidi --nobreak --rtl` on the same
# generated Arabic text (about 10 MB; pass another size in MB as $1), in one
# hyperfine run, and prints how many times faster qari is: on all cores (the
# default for inputs of a megabyte or more) and on one (`--threads 1`), by
# wall-clock time and by CPU time (user + system).
# Needs: cargo, python3, fribidi (libfribidi-bin), hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-10}
runs=${RUNS:-10}
for tool in python3 fribidi hyperfine; do
  command -v "$tool" >/dev/null || { echo "bench_render.sh: $tool is not installed" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen_bench_text.py "$size_mb" >"$work/text.txt"
cargo build --release --quiet
qari=$PWD/target/release/qari
echo "input: $(wc -c <"$work/text.txt") bytes, $(wc -l <"$work/text.txt") paragraphs; $(nproc) cores"
hyperfine --warmup 2 --runs "$runs" --output null --export-json "$work/times.json" \
  -n qari "$qari render --width 80 $work/text.txt" \
  -n qari-1-thread "$qari render --width 80 --threads 1 $work/text.txt" \
  -n fribidi "fribidi --nobreak --rtl $work/text.txt"
python3 - "$work/times.json" "$work/text.txt" <<'PY'
import json, os, sys
r = {x['command']: x for x in json.load(open(sys.argv[1]))['results']}
mb = os.path.getsize(sys.argv[2]) / 1e6
cpu = lambda k: r[k]['user'] + r[k]['system']
f_wall, f_cpu = r['fribidi']['median'], cpu('fribidi')
for k in ('qari', 'qari-1-thread', 'fribidi'):
    print(f"{k:14} {r[k]['median']:.3f} s wall median ({mb / r[k]['median']:.1f} MB/s), "
          f"{cpu(k):.3f} s CPU ({mb / cpu(k):.1f} MB/s)")
for k in ('qari', 'qari-1-thread'):
    print(f"ratio {k}: {f_wall / r[k]['median']:.2f}x as fast as fribidi by wall clock, "
          f"{f_cpu / cpu(k):.2f}x by CPU time")
PY
