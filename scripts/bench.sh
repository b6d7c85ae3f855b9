#!/usr/bin/env bash
# The whole-project benchmark: runs each part's benchmark script, measures
# qari against its peers in this same run (hyperfine, /usr/bin/time -v,
# criterion), and prints one table with the ratios and the machine.
#
#   scripts/bench.sh            everything (about five minutes on 2 cores)
#   scripts/bench.sh --quick    fewer runs, and the parts' own scripts skipped
#   scripts/bench.sh --scale    the scale table alone (see scale_table below)
#
# Needs: hyperfine, fribidi, python3, GNU time (/usr/bin/time). The inputs
# are generated into a temporary folder (QARI_BENCH_DIR to keep them).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=0 scale=0
[[ ${1:-} == --quick ]] && quick=1
[[ ${1:-} == --scale ]] && scale=1
runs=${RUNS:-10}
((quick)) && runs=3

# --- the scale table -----------------------------------------------------------
# Each row is a function of its own, measuring qari against a peer in the
# same run: "| what | qari | peer | ratio | target |".

# The layout engine on one core against FriBidi on the same generated
# ~10 MB of mixed Arabic, UI strings and Latin, by CPU time (user + system,
# median of $runs runs taken in turns: bench_cpu.py). fribidi --nobreak
# shapes and reorders each line without wrapping; qari also wraps at 80.
scale_render() { # qari-binary text-file
  local qari=$1 text=$2 mb q f
  mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$text")
  read -r q f < <(python3 scripts/bench_cpu.py "$runs" \
    "$qari render --threads 1 --width 80 $text" "fribidi --nobreak $text")
  awk -v q="$q" -v f="$f" -v mb="$mb" 'BEGIN {
    printf "| `qari render --threads 1 --width 80`, %s MB mixed text | %.3f s CPU | `fribidi --nobreak`: %.3f s CPU | %.2f× fribidi'"'"'s CPU time | at most 0.5× |\n", mb, q, f, q / f
  }'
}

scale_table() {
  command -v fribidi >/dev/null || { echo "bench.sh: fribidi is needed (see README, Performance)" >&2; exit 2; }
  local text
  scale_work=$(mktemp -d /tmp/qari-scale.XXXXXX)
  trap 'rm -rf "$scale_work"' EXIT
  text=$scale_work/mixed-10mb.txt
  python3 scripts/gen_bench_text.py 10 >"$text"
  cargo build --release --quiet
  echo "| Scale ($runs runs each) | qari | peer | ratio | target |"
  echo "|---|---|---|---|---|"
  scale_render "$root/target/release/qari" "$text"
}

if ((scale)); then
  scale_table
  exit 0
fi

for tool in hyperfine fribidi python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is needed (see README, Performance)" >&2; exit 2; }
done

work=${QARI_BENCH_DIR:-$(mktemp -d /tmp/qari-bench.XXXXXX)}
mkdir -p "$work"
if [[ -z ${QARI_BENCH_DIR:-} ]]; then trap 'rm -rf "$work"' EXIT; fi

cargo build --release --quiet
qari=$root/target/release/qari
# Benchmarks never touch the user's files; cargo keeps finding its own
# toolchain and registry for the criterion runs below.
export CARGO_HOME=${CARGO_HOME:-$HOME/.cargo} RUSTUP_HOME=${RUSTUP_HOME:-$HOME/.rustup}
export HOME=$work/home QARI_STATE=$work/state.json
mkdir -p "$HOME"

section() { printf '\n== %s\n' "$*" >&2; }

# --- the parts' own scripts (their detailed output) -----------------------
if ((!quick)); then
  for part in scripts/bench_render.sh scripts/bench_library.sh; do
    if [[ -x $part || -f $part ]]; then
      section "$part"
      bash "$part" 2>&1 | sed 's/^/  | /' >&2 || echo "  | $part failed" >&2
    else
      echo "bench.sh: $part not found: its figures come from this script only" >&2
    fi
  done
fi

# --- inputs ----------------------------------------------------------------
section "inputs in $work"
text=$work/mixed-10mb.txt
# The layout engine's own generator when present, as bench_render.sh uses.
if [[ -f scripts/gen_bench_text.py ]]; then
  python3 scripts/gen_bench_text.py 10 >"$text"
else
  python3 "$root/scripts/bench_inputs.py" text "$text" 10
fi
# The library's own generator and folder, shared with bench_library.sh.
lib=$root/target/bench-library/10000
if [[ ! -d $lib ]]; then
  if [[ -f scripts/gen_library.py ]]; then
    python3 scripts/gen_library.py "$lib.tmp" --count 10000 >/dev/null
  else
    python3 "$root/scripts/bench_inputs.py" library "$lib.tmp" 10000
  fi
  mv "$lib.tmp" "$lib"
fi
big=$work/big-article
python3 "$root/scripts/bench_inputs.py" article "$big" 100000
text_mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1])/1e6)" "$text")
lib_bytes=$(find "$lib" -type f -name '*.json' -printf '%s\n' | awk '{s += $1} END {print s}')
lib_files=$(find "$lib" -name '*.json' | wc -l)
echo "text: ${text_mb} MB; library: $lib_files files, $((lib_bytes / 1000000)) MB" >&2

# --- render vs fribidi -------------------------------------------------------
section "render: qari render --width 80 vs fribidi --nobreak --rtl"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/render.json" \
  -n qari "$qari render --width 80 --dir rtl $text" \
  -n fribidi "fribidi --nobreak --rtl $text" \
  --output=null >&2

# --- list vs python json.load ------------------------------------------------
section "list: qari list vs python3 json.load of the same files"
cat >"$work/load.py" <<'EOF'
import json, pathlib, sys
for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.json')):
    with open(p, encoding='utf-8') as f:
        json.load(f)
EOF
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/list.json" \
  -n qari "$qari list --library $lib" \
  -n python3 "python3 $work/load.py $lib" \
  --output=null >&2
/usr/bin/time -v "$qari" list --library "$lib" >/dev/null 2>"$work/time.txt"
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
/usr/bin/time -v python3 "$work/load.py" "$lib" >/dev/null 2>"$work/time-py.txt"
rss_py_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time-py.txt")

# --- the reader end to end, in a pseudo-terminal ---------------------------
section "reader in a pty: start to first frame (10,000 articles), key to frame (100,000 characters)"
read -r _ start_ms start_min < <(python3 scripts/bench_frame.py start "$qari" "$lib" --runs "$runs")
read -r _ key_ms key_p90 < <(python3 scripts/bench_frame.py key "$qari" "$big" --keys $((runs * 10)))
echo "start ${start_ms} ms (min ${start_min}); key ${key_ms} ms (p90 ${key_p90})" >&2

# --- criterion: engine throughput, paragraph scaling, reader frames ----------
crit() { # bench-file filter
  if [[ -f benches/$1.rs ]]; then
    section "cargo bench --bench $1 $2"
    cargo bench --quiet --bench "$1" -- --warm-up-time 1 --measurement-time 3 "$2" 2>&1 |
      grep -E 'time:|thrpt:|^[a-z_/0-9 ]+$' | sed 's/^/  | /' >&2 || true
  else
    echo "bench.sh: benches/$1.rs not found" >&2
  fi
}
crit layout ""
crit app ""

# --- the table ---------------------------------------------------------------
python3 "$root/scripts/bench_table.py" \
  --render "$work/render.json" "$text_mb" \
  --list "$work/list.json" "$lib_files" \
  --memory "$rss_kb" "$rss_py_kb" "$lib_bytes" \
  --frames "$start_ms" "$start_min" "$key_ms" "$key_p90" \
  --criterion "$root/target/criterion"
