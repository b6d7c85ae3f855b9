#!/usr/bin/env bash
# Screenshots of qari in real terminal emulators under Xvfb, checked pixel
# for pixel, with no OCR.
#
# Usage: scripts/terminals.sh QARI_BINARY [OUT_DIR [TERMINAL ...]]
#   TERMINAL: xterm xfce4-terminal konsole mlterm (default: those installed)
#   SCREENS (environment): which screens, default "list article search help
#   share show doctor"; BACKGROUNDS: default "dark light".
#
# For each terminal and background it drives the reader's screens (the
# list, an open article, a search, the help, the share pane) and the
# printing commands (`show`, `doctor`) twice:
#   own  the terminal as installed (its own bidi on: Konsole's bidi
#        rendering, mlterm's ctl), qari choosing its output by itself;
#   off  the terminal's bidi off, qari told to draw rows as they are
#        (`--bidi qari`): qari alone does the typesetting.
# The two pictures must be equal pixel for pixel (qari hides the cursor;
# after the printing commands it is hidden too). After qari quits, a line
# printed in logical order must look as it does in a terminal qari never
# ran in: whatever qari switched (mlterm's bidi, VTE's) is put back. For xterm and VTE, whose
# bidi is off or switched off by qari, there is a second oracle: lines laid
# out by `qari render` must equal, pixel for pixel, the same lines laid out
# by GNU FriBidi (from `qari render --logical`) in the same terminal.
#
# Writes OUT_DIR/TERMINAL-BACKGROUND-SCREEN-{own,off}.png, prints one line a
# comparison ("same", "DIFFERENT: N pixels", or for the differences the
# README explains "different by N pixels, known: why", within the number of
# pixels its cause accounts for) and exits 1 if any unexplained or larger
# difference is found, 2 if nothing could run (no Xvfb, no terminal).
set -uo pipefail

qari=$(realpath "${1:?usage: scripts/terminals.sh QARI_BINARY [OUT_DIR [TERMINAL ...]]}")
out=$(realpath -m "${2:-target/terminals}")
shift $(($# < 2 ? $# : 2))
cols=90 rows=24
screens=${SCREENS:-list article search help share show doctor}
backgrounds=${BACKGROUNDS:-dark light}

for tool in Xvfb xdotool import compare xdpyinfo; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 2; }
done
terminals=()
for t in "${@:-xterm xfce4-terminal konsole mlterm}"; do
  for name in $t; do
    if command -v "$name" >/dev/null; then terminals+=("$name"); else echo "skipped: $name is not installed"; fi
  done
done
((${#terminals[@]})) || { echo "skipped: no terminal installed"; exit 2; }

mkdir -p "$out"
work=$(mktemp -d)
xvfb_pid=
cleanup() {
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A display of our own: Xvfb picks a free number and writes it to fd 3,
# so runs at the same time never share one.
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || { echo "skipped: Xvfb did not start"; exit 2; }
export DISPLAY=:$(head -1 "$work/display")
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# Everything the terminals and qari read or write stays in here: the user's
# own configuration, library and reading state are never touched.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/xdg-run
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME/konsole" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$work/library"
chmod 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset KONSOLE_VERSION MLTERM VTE_VERSION TMUX COLORFGBG

# Konsole profiles: as installed apart from font, size and colours, and the
# same with bidi rendering off.
for bg in dark light; do
  scheme=$([[ $bg == light ]] && echo BlackOnWhite || echo Breeze)
  for bidi in own off; do
    {
      echo "[Appearance]"
      echo "ColorScheme=$scheme"
      echo "Font=DejaVu Sans Mono,12,-1,5,50,0,0,0,0,0"
      echo "[General]"
      echo "Name=qari-$bg-$bidi"
      echo "TerminalColumns=$cols"
      echo "TerminalRows=$rows"
      echo "[Scrolling]"
      echo "ScrollBarPosition=2"
      if [[ $bidi == off ]]; then
        echo "[Terminal Features]"
        echo "BidiRenderingEnabled=false"
      fi
    } >"$XDG_DATA_HOME/konsole/qari-$bg-$bidi.profile"
  done
done

# The command a terminal runs: qari on its built-in sample library with a
# fresh reading state, or a printing command whose output stays on screen.
cat >"$work/run" <<EOF
#!/bin/sh
state=\$(mktemp -u "$work/state.XXXXXX")
set -- --config /nonexistent/qari.toml --library "$work/library" --state "\$state" --ui en "\$@"
case "\$QARI_SCREEN" in
  show) "$qari" "\$@" show 2; printf '\033[?25l'; exec sleep 600 ;;
  doctor) "$qari" "\$@" doctor; printf '\033[?25l'; exec sleep 600 ;;
  render) "$qari" "\$@" render --dir rtl --width $cols "$work/lines.txt"; printf '\033[?25l'; exec sleep 600 ;;
  fribidi) "$qari" "\$@" render --dir rtl --logical --width $cols "$work/lines.txt" \
      | fribidi --rtl --nobreak --nopad --reordernsm; printf '\033[?25l'; exec sleep 600 ;;
  restored) "$qari" "\$@"; cat "$work/after.txt"; printf '\033[?25l'; exec sleep 600 ;;
  untouched) cat "$work/after.txt"; printf '\033[?25l'; exec sleep 600 ;;
  *) exec "$qari" "\$@" ;;
esac
EOF
chmod +x "$work/run"
# A line in logical order, printed after qari has quit: the terminal must
# show it as it shows it when qari never ran (its own bidi and shaping, if
# any, put back).
printf 'قال الوزير إن النمو بلغ 3.5%% في (2024)\n' >"$work/after.txt"
# Lines for the FriBidi oracle: joining, lam-alef, digits of both kinds,
# brackets, Latin inside Arabic, harakat.
cat >"$work/lines.txt" <<'EOF'
قال الوزير إن النمو بلغ 3.5% في (2024) مقابل ٢٫١٪ في العام الماضي
لا إله إلا الله، وقال John Smith إن الخبر [صحيح] تمامًا
مُدَرِّسَةٌ جَمِيلَةٌ تقرأ «الأخبار» كل صباح
EOF

# Starts terminal $1 for background $2 and bidi $3 running $work/run with
# the remaining arguments; prints its process id.
launch() {
  local term=$1 bg=$2 bidi=$3
  shift 3
  local fg=white back=black
  [[ $bg == light ]] && fg=black back=white
  case $term in
    xterm)
      xterm -geometry "${cols}x${rows}+0+0" -fa 'DejaVu Sans Mono' -fs 12 -fg $fg -bg $back \
        +sb -b 0 -e "$work/run" "$@" ;;
    xfce4-terminal)
      xfce4-terminal --disable-server --geometry "${cols}x${rows}+0+0" --font 'DejaVu Sans Mono 12' \
        --color-text=$fg --color-bg=$back --hide-menubar --hide-toolbar --hide-scrollbar \
        -x "$work/run" "$@" ;;
    konsole)
      konsole --nofork --hide-menubar --hide-tabbar --profile "qari-$bg-$bidi" \
        -e "$work/run" "$@" ;;
    mlterm)
      local ctl=true
      [[ $bidi == off ]] && ctl=false
      mlterm -g "${cols}x${rows}+0+0" -w 16 --fg=$fg --bg=$back --ctl=$ctl -O none \
        -e "$work/run" "$@" ;;
  esac >/dev/null 2>&1 &
  echo $!
}

# The id of the first visible window of process $1 or its children,
# waiting up to 30 s: a terminal's first start on a loaded machine (Konsole
# loading its libraries) can take more than 10.
window_of() {
  local pid=$1 w
  for _ in $(seq 300); do
    for p in $pid $(pgrep -P "$pid"); do
      w=$(xdotool search --onlyvisible --pid "$p" 2>/dev/null | tail -1)
      [[ -n $w ]] && { echo "$w"; return; }
    done
    sleep 0.1
  done
}

# Saves window $1 to $2 once it has stopped changing. The terminal first
# repaints the whole window from its screen (xrefresh): how it painted
# the cells as they came in depends on how the output was split into
# writes, which differs from run to run by a few pixels where glyphs
# overlap their neighbours.
shot() {
  local win=$1 file=$2 last= now
  sleep 0.3
  command -v xrefresh >/dev/null && xrefresh
  for _ in $(seq 20); do
    sleep 0.4
    import -window "$win" "$file" 2>/dev/null || continue
    now=$(md5sum <"$file")
    [[ $now == "$last" ]] && return
    last=$now
  done
}

# Keys that lead from the list to each reader screen, in order.
keys_for() {
  case $1 in
    list) ;;
    article) echo Return ;;
    search) echo slash 2 0 2 4 ;;
    help) echo Escape question ;;
    share) echo Escape s ;;
  esac
}

# Runs terminal $1 with background $2, bidi $3 through the screens, saving
# $out/$1-$2-SCREEN-$3.png.
capture() {
  local term=$1 bg=$2 bidi=$3 pid win extra=()
  [[ $bidi == off ]] && extra=(--bidi "${OFF_BIDI:-qari}")
  local reader=() s
  for s in $screens; do
    case $s in show | doctor | restored | untouched) ;; *) reader+=("$s") ;; esac
  done
  if ((${#reader[@]})); then
    pid=$(QARI_SCREEN=reader launch "$term" "$bg" "$bidi" "${extra[@]}")
    win=$(window_of "$pid")
    if [[ -z $win ]]; then
      echo "$term: no window"
    else
      xdotool mousemove --window "$win" 5 5
      sleep 1
      for s in "${reader[@]}"; do
        for k in $(keys_for "$s"); do xdotool key --delay 60 "$k"; done
        shot "$win" "$out/$term-$bg-$s-$bidi.png"
      done
    fi
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  for s in $screens; do
    case $s in show | doctor | render | fribidi | restored | untouched) ;; *) continue ;; esac
    pid=$(QARI_SCREEN=$s launch "$term" "$bg" "$bidi" "${extra[@]}")
    win=$(window_of "$pid")
    if [[ -n $win && $s == restored ]]; then
      # The reader's first frame, then quit.
      xdotool mousemove --window "$win" 5 5
      sleep 2
      xdotool key q
    fi
    [[ -n $win ]] && shot "$win" "$out/$term-$bg-$s-$bidi.png"
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
}

failed=0
# Differences that are known and explained in the README's terminal table,
# as "most-pixels why": they are reported, and do not fail the run unless
# the pictures differ by more pixels than the cause explains.
known() {
  case $1 in
    konsole-show) echo "40 when show is Konsole's first window in a run, with bidi rendering off it cut the top two pixel rows of two hamzas that rise above their row, with it on it drew them" ;;
    mlterm-show) echo "80 with ctl on, mlterm draws an Arabic letter right before « cut, and the stroke joining an initial sin 2 pixels into the next cell" ;;
  esac
}

# Compares two pictures; prints the outcome.
same() {
  local a=$1 b=$2 label=$3 why=${4:-} n
  if [[ ! -s $a || ! -s $b ]]; then
    echo "$label: MISSING"
    failed=1
    return
  fi
  n=$(compare -metric AE "$a" "$b" null: 2>&1)
  if [[ $n == 0 ]]; then
    echo "$label: same"
  elif [[ -n $why && $n =~ ^[0-9]+$ ]] && ((n <= ${why%% *})); then
    echo "$label: different by $n pixels, known: ${why#* }"
  else
    echo "$label: DIFFERENT: $n pixels"
    failed=1
    compare "$a" "$b" "${a%.png}-diff.png" 2>/dev/null
  fi
}

for term in "${terminals[@]}"; do
  flag=--version
  [[ $term == xterm ]] && flag=-version
  version=$("$term" $flag 2>&1 | grep -oE '[0-9]+\.[0-9]+(\.[0-9]+)?|\([0-9]+\)' | head -1)
  echo "# $term $version"
  for bg in $backgrounds; do
    capture "$term" "$bg" own
    capture "$term" "$bg" off
    for s in $screens; do
      same "$out/$term-$bg-$s-own.png" "$out/$term-$bg-$s-off.png" \
        "$term $bg $s: own bidi vs qari alone" "$(known "$term-$s")"
    done
    screens="restored untouched" capture "$term" "$bg" own
    same "$out/$term-$bg-restored-own.png" "$out/$term-$bg-untouched-own.png" \
      "$term $bg: a line printed after qari quit vs in a terminal qari never ran in"
    case $term in
      xterm | xfce4-terminal)
        screens=render capture "$term" "$bg" own
        screens=fribidi capture "$term" "$bg" own
        same "$out/$term-$bg-render-own.png" "$out/$term-$bg-fribidi-own.png" \
          "$term $bg: qari's lines vs FriBidi's"
        ;;
    esac
  done
done
exit $failed
