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

# The generated library of 100,000 articles (about 610 MB of JSON in 1,000
# folders, scripts/gen_library.py), made once into target/bench-library;
# QARI_SCALE_LIBRARY names one made before.
scale_library() {
  scale_lib=${QARI_SCALE_LIBRARY:-$root/target/bench-library/100000}
  if [[ ! -d $scale_lib ]]; then
    echo "bench.sh: generating $scale_lib (about a minute)" >&2
    python3 scripts/gen_library.py "$scale_lib.tmp" --count 100000 >&2
    mv "$scale_lib.tmp" "$scale_lib"
  fi
}

# Mean seconds of the command named NAME in a hyperfine JSON export.
scale_mean() { # file name
  python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]:
    if r["command"] == sys.argv[2]: print(r["mean"])' "$1" "$2"
}

scale_row() { # what qari-secs peer peer-secs target
  awk -v w="$1" -v q="$2" -v p="$3" -v f="$4" -v t="$5" 'BEGIN {
    printf "| %s | %.3f s | %s: %.3f s | %.2f× | %s |\n", w, q, p, f, q / f, t
  }'
}

# The library index on 100,000 articles (hyperfine, wall time, mean): the
# cold build against `cat` of every file, `qari list` with a warm index
# against `qari list --no-index` (every file read, as without the index),
# and `qari list` after 100 files got a new modification time against
# `find -newer` and `cat` of those files. The cache is in a temporary HOME.
scale_index() { # qari-binary
  command -v hyperfine >/dev/null || { echo "bench.sh: hyperfine is needed" >&2; exit 2; }
  scale_library
  local lib=$scale_lib home=$scale_work/home r=$runs
  ((r > 5)) && r=5
  mkdir -p "$home"
  local qari="env HOME=$home XDG_CACHE_HOME= QARI_STATE=$home/state.json $1"
  hyperfine --style basic --runs 2 --export-json "$scale_work/cold.json" \
    -n qari "$qari index --rebuild --library $lib" \
    -n cat "find $lib -name '*.json' -exec cat {} +" --output=null >&2
  hyperfine --style basic --warmup 1 --runs "$r" --export-json "$scale_work/list.json" \
    -n qari "$qari list --library $lib" \
    -n no-index "$qari list --no-index --library $lib" --output=null >&2
  # Listed whole first: `find | head` would end find with SIGPIPE (pipefail).
  find "$lib" -name 'article-*50.json' >"$scale_work/candidates"
  head -100 "$scale_work/candidates" >"$scale_work/changed"
  local stamp=$scale_work/stamp
  hyperfine --style basic --runs "$r" --export-json "$scale_work/reindex.json" \
    --prepare "touch $stamp; sleep 0.01; xargs touch <$scale_work/changed" \
    -n qari "$qari list --library $lib" \
    -n find-cat "find $lib -name '*.json' -newer $stamp -exec cat {} +" --output=null >&2
  scale_row '`qari list`, 100,000 articles, warm index' \
    "$(scale_mean "$scale_work/list.json" qari)" '`qari list --no-index`' \
    "$(scale_mean "$scale_work/list.json" no-index)" "under 0.3 s"
  scale_row '`qari list` after 100 files changed (re-index)' \
    "$(scale_mean "$scale_work/reindex.json" qari)" '`find -newer` + `cat` of them' \
    "$(scale_mean "$scale_work/reindex.json" find-cat)" "under 0.5 s"
  scale_row '`qari index --rebuild` (cold build)' \
    "$(scale_mean "$scale_work/cold.json" qari)" '`cat` of every file' \
    "$(scale_mean "$scale_work/cold.json" cat)" "under 30 s"
}

# The reader on 100,000 articles with a warm index, in a pseudo-terminal
# (bench_frame.py start, median): exec to the first frame fully written,
# and the reader's peak memory (largest of the runs), against `qari list`
# with the same warm index in the same run (hyperfine mean; peak memory by
# GNU time).
scale_reader() { # qari-binary
  scale_library
  local qari=$1 lib=$scale_lib home=$scale_work/reader-home r=$runs ms kb anon list_kb idle_kb idle_med
  ((r > 5)) && r=5
  mkdir -p "$home"
  local list="env HOME=$home XDG_CACHE_HOME= $qari list --library $lib"
  $list >/dev/null # the index, built or brought up to date
  read -r _ ms _ kb anon < <(QARI_BENCH_HOME=$home python3 scripts/bench_frame.py start "$qari" "$lib" --runs "$r")
  read -r _ idle_kb idle_med _ < <(QARI_BENCH_HOME=$home python3 scripts/bench_frame.py idle "$qari" "$lib" --runs 10)
  hyperfine --style basic --warmup 1 --runs "$r" --export-json "$scale_work/reader.json" \
    -n list "$list" --output=null >&2
  list_kb=$(/usr/bin/time -f %M $list 2>&1 >/dev/null | tail -1)
  scale_row 'reader, start to first frame in a pty, warm index' \
    "$(awk -v ms="$ms" 'BEGIN { print ms / 1000 }')" '`qari list`, warm index' \
    "$(scale_mean "$scale_work/reader.json" list)" "under 150 ms"
  awk -v q="$kb" -v a="$anon" -v p="$list_kb" 'BEGIN {
    printf "| reader memory, peak RSS (mapped search store read included) | %.0f MB | `qari list`: %.0f MB | %.2f× | under 200 MB |\n", q / 1024, p / 1024, q / p
    printf "| reader memory at its first frame, anonymous (RssAnon) | %.0f MB | `qari list` peak RSS: %.0f MB | %.2f× | under 200 MB |\n", a / 1024, p / 1024, a / p
  }'
  awk -v q="$idle_kb" -v m="$idle_med" -v p="$list_kb" 'BEGIN {
    printf "| reader memory, peak RSS until idle after its first frame (no search; largest of 10 runs, median %.0f MB) | %.0f MB | `qari list`: %.0f MB | %.2f× | under 200 MB |\n", m / 1024, q / 1024, p / 1024, q / p
  }'
}

# The list's search on 100,000 articles with a warm index, in a
# pseudo-terminal (bench_frame.py search): a five-letter word typed one
# letter at a time once the reader is idle after its first frame, each key
# timed to its settled frame (the first key of the first run apart; the
# others are the median of every key after it, over $r runs, with the CPU
# time the reader used a key, which a loaded machine stretches less),
# against `grep -rlF` of the same word over the library's files (hyperfine
# mean) in the same run. Two words: النفط, which nearly every article
# holds (grep stops at the first match in each file), and زلزال, which
# none holds (grep reads every file whole, as qari's search its store).
scale_search() { # qari-binary
  scale_library
  local qari=$1 lib=$scale_lib home=$scale_work/search-home r=$runs word name first median cpu g
  ((r > 5)) && r=5
  mkdir -p "$home"
  env HOME="$home" XDG_CACHE_HOME= "$qari" list --library "$lib" >/dev/null # the index, warm
  for word in النفط زلزال; do
    read -r _ first median _ _ _ cpu < <(QARI_BENCH_HOME=$home python3 scripts/bench_frame.py \
      search "$qari" "$lib" --word "$word" --runs "$r" 2>/dev/null)
    hyperfine --style basic --warmup 1 --runs "$r" --export-json "$scale_work/grep.json" \
      -n grep "grep -rlF $word $lib" \
      -n find "env HOME=$home XDG_CACHE_HOME= $qari list --library $lib --find $word" \
      --output=null -i >&2
    g=$(scale_mean "$scale_work/grep.json" grep)
    name='held by nearly every article'
    [[ $word == زلزال ]] && name='held by none'
    scale_row "search, first key of $word ($name), to the settled screen" \
      "$(awk -v ms="$first" 'BEGIN { print ms / 1000 }')" "\`grep -rlF $word\`" "$g" \
      "under 30 ms, faster than grep"
    scale_row "search, each key after (median; $cpu ms CPU a key), $word" \
      "$(awk -v ms="$median" 'BEGIN { print ms / 1000 }')" "\`grep -rlF $word\`" "$g" \
      "under 30 ms, faster than grep"
    scale_row "\`qari list --find $word\`, warm index and store" \
      "$(scale_mean "$scale_work/grep.json" find)" "\`grep -rlF $word\`" "$g" "faster than grep"
  done
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
  scale_index "$root/target/release/qari"
  scale_reader "$root/target/release/qari"
  scale_search "$root/target/release/qari"
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
# Every start but the first finds the library index written: the row is
# taken that way (qari list writes it first). A reader stopped as soon as
# its screen settles never finishes a first build, so the cold row below
# starts without an index each time and times the build of the list too.
frame_home=$work/frame-home
mkdir -p "$frame_home"
env HOME="$frame_home" XDG_CACHE_HOME= "$qari" list --library "$lib" >/dev/null
read -r _ start_ms start_min _ < <(QARI_BENCH_HOME=$frame_home python3 scripts/bench_frame.py start "$qari" "$lib" --runs "$runs")
read -r _ cold_ms cold_min _ < <(python3 scripts/bench_frame.py start "$qari" "$lib" --runs "$runs")
read -r _ key_ms key_p90 < <(python3 scripts/bench_frame.py key "$qari" "$big" --keys $((runs * 10)))
echo "start ${start_ms} ms (min ${start_min}), no index ${cold_ms} ms; key ${key_ms} ms (p90 ${key_p90})" >&2

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
  --cold "$cold_ms" "$cold_min" \
  --criterion "$root/target/criterion"
