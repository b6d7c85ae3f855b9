#!/usr/bin/env bash
# Times `qari import` on 1,000 saved news pages of about 100 KB each against
# Python peers run on the same pages in the same run: trafilatura (text and
# metadata to JSON) and readability-lxml (Readability's main content and
# title). Every tool reads each page and writes one output file per page,
# in one process, on one core. Prints a table of wall-clock and CPU
# (user + system) seconds, pages per second, the ratios to qari, and peak
# memory (maximum resident set size from /usr/bin/time -v).
#
# The pages and outputs live in /dev/shm when it exists, or in the folder
# named by BENCH_DIR (a folder on a disk, to time writing there too):
# `qari import` writes each article to a temporary and renames it into
# place (so a crash never leaves half an article under its name), then
# syncs the batch to disk once before it reports; the peers never sync.
#
# usage: [BENCH_DIR=folder] scripts/bench_import.sh [PAGES=1000] [SIZE=100000]
# The Python peers are installed with pip into a virtual environment in
# target/bench-venv (PyPI must be reachable the first time).
set -euo pipefail

pages=${1:-1000}
size=${2:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${BENCH_VENV:-$root/target/bench-venv}
if [ -n "${BENCH_DIR:-}" ]; then
    mkdir -p "$BENCH_DIR"
    work=$(mktemp -d -p "$BENCH_DIR")
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then
    work=$(mktemp -d -p /dev/shm)
else
    work=$(mktemp -d)
fi
trap 'rm -rf "$work"' EXIT

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

echo "building qari (release)..." >&2
(cd "$root" && cargo build --release --quiet)
qari=$root/target/release/qari

if ! "$venv/bin/python" -c 'import trafilatura, readability' 2>/dev/null; then
    echo "installing trafilatura and readability-lxml into $venv..." >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet trafilatura readability-lxml
fi
py=$venv/bin/python

echo "writing $pages pages of about $size bytes..." >&2
python3 "$root/scripts/gen_pages.py" "$work/pages" "$pages" "$size"
total_mb=$(du -sm "$work/pages" | cut -f1)

cat > "$work/trafilatura_peer.py" <<'EOF'
import os, sys, trafilatura
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
for name in sorted(os.listdir(src)):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        html = f.read()
    result = trafilatura.extract(html, output_format="json", with_metadata=True,
                                 include_links=True)
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        f.write(result or "")
EOF
cat > "$work/readability_peer.py" <<'EOF'
import json, os, sys
from readability import Document
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
for name in sorted(os.listdir(src)):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        html = f.read()
    doc = Document(html)
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"title": doc.short_title(), "content": doc.summary()}, f, ensure_ascii=False)
EOF

# Runs a command under /usr/bin/time -v; prints "wall_s cpu_s max_rss_kb".
measure() {
    local log=$work/time.log
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" |
        awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    echo "$wall $cpu $rss"
}

echo "timing..." >&2
# qari imports all pages in one process, as a user would.
read -r q_s q_cpu q_rss < <(cd "$work/pages" && measure "$qari" import --into "$work/qari-out" -- *.html)
[ "$(ls "$work/qari-out" | wc -l)" -eq "$pages" ] || { echo "qari wrote too few files" >&2; exit 1; }
read -r t_s t_cpu t_rss < <(measure "$py" "$work/trafilatura_peer.py" "$work/pages" "$work/traf-out")
read -r r_s r_cpu r_rss < <(measure "$py" "$work/readability_peer.py" "$work/pages" "$work/read-out")

echo
echo "$pages pages, $total_mb MB in $(df --output=fstype "$work" | tail -1) ($work), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg), $(date -u +%Y-%m-%d)"
echo
echo "| tool | wall s | pages/s | wall / qari's | CPU s | CPU / qari's | peak memory |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
row() {
    awk -v n="$1" -v s="$2" -v c="$3" -v rss="$4" -v q="$q_s" -v qc="$q_cpu" -v p="$pages" \
        'BEGIN { printf "| %s | %.2f | %.0f | %.1f× | %.2f | %.1f× | %.0f MB |\n",
                 n, s, p / s, s / q, c, c / qc, rss / 1024 }'
}
row "qari import" "$q_s" "$q_cpu" "$q_rss"
row "trafilatura $("$py" -c 'import trafilatura; print(trafilatura.__version__)')" "$t_s" "$t_cpu" "$t_rss"
row "readability-lxml $("$py" -c 'from importlib.metadata import version; print(version("readability-lxml"))')" "$r_s" "$r_cpu" "$r_rss"
