#!/usr/bin/env bash
# Times `qari render --width 80` against `fribidi --nobreak --rtl` on the same
# generated Arabic text (about 10 MB; pass another size in MB as $1), in one
# hyperfine run, and prints how many times faster qari is.
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
echo "input: $(wc -c <"$work/text.txt") bytes, $(wc -l <"$work/text.txt") paragraphs"
hyperfine --warmup 2 --runs "$runs" --output null --export-json "$work/times.json" \
  -n qari "$qari render --width 80 $work/text.txt" \
  -n fribidi "fribidi --nobreak --rtl $work/text.txt"
python3 - "$work/times.json" "$work/text.txt" <<'PY'
import json, os, sys
r = {x['command']: x for x in json.load(open(sys.argv[1]))['results']}
mb = os.path.getsize(sys.argv[2]) / 1e6
q, f = r['qari']['median'], r['fribidi']['median']
print(f"qari    {q:.3f} s median  ({mb / q:.1f} MB/s, user {r['qari']['user']:.3f} s)")
print(f"fribidi {f:.3f} s median  ({mb / f:.1f} MB/s, user {r['fribidi']['user']:.3f} s)")
print(f"ratio: qari is {f / q:.2f}x as fast as fribidi (wall-clock median), "
      f"{r['fribidi']['user'] / r['qari']['user']:.2f}x by user CPU time")
PY
