#!/usr/bin/env bash
# Library loading against a peer, in one run on the same files:
#   `qari list > /dev/null` vs python3 doing a bare json.load of every file,
# and qari's peak memory against the library's size on disk.
#
#   scripts/bench_library.sh [COUNT]     (default 10000 articles, about 60 MB)
#
# Needs hyperfine and GNU time (/usr/bin/time; Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-10000}
lib=target/bench-library/$count
command -v hyperfine >/dev/null || { echo "bench_library: hyperfine is needed" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench_library: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet
qari=target/release/qari
if [[ ! -d $lib ]]; then
  python3 scripts/gen_library.py "$lib.tmp" --count "$count"
  mv "$lib.tmp" "$lib"
fi

peer=$(mktemp)
trap 'rm -f "$peer" "$peer.json"' EXIT
cat >"$peer" <<'PY'
import glob, json, sys
for path in glob.glob(sys.argv[1] + "/**/*.json", recursive=True):
    with open(path, "rb") as f:
        json.load(f)
PY

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 1 --runs "${RUNS:-10}" --export-json "$peer.json" \
  -n "qari list" "$qari list --library $lib > /dev/null" \
  -n "python3 json.load" "python3 $peer $lib"

python3 - "$peer.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
q, p = r["qari list"], r["python3 json.load"]
print(f"qari list: {q['mean']*1000:.0f} ms (user {q['user']*1000:.0f} ms, sys {q['system']*1000:.0f} ms)")
print(f"python3 json.load: {p['mean']*1000:.0f} ms (user {p['user']*1000:.0f} ms, sys {p['system']*1000:.0f} ms)")
print(f"ratio (python3 / qari, wall clock): {p['mean']/q['mean']:.2f}x")
print(f"ratio (python3 / qari, CPU time): {(p['user']+p['system'])/(q['user']+q['system']):.2f}x")
PY

disk=$(find "$lib" -type f -name '*.json' -printf '%s\n' | awk '{s+=$1} END {print s}')
rss=$(/usr/bin/time -f '%M' "$qari" list --library "$lib" 2>&1 >/dev/null | tail -1)
py_rss=$(/usr/bin/time -f '%M' python3 "$peer" "$lib" 2>&1 >/dev/null | tail -1)
awk -v d="$disk" -v r="$rss" -v p="$py_rss" 'BEGIN {
  printf "library on disk: %.1f MB in JSON files\n", d / 1e6
  printf "qari list peak RSS: %.1f MB (%.2fx the library)\n", r * 1024 / 1e6, r * 1024 / d
  printf "python3 json.load peak RSS: %.1f MB (it keeps one file at a time)\n", p * 1024 / 1e6
}'
