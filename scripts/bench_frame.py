#!/usr/bin/env python3
"""The reader end to end, in a pseudo-terminal, as a user sees it.

  start   time from exec to the first frame fully written (process start,
          library load, terminal set-up, layout, draw), on a library folder
  key     time from writing a key to the last byte of the frame it causes,
          on one long article (opened first), alternating j and k
  idle    the reader's peak memory (VmHWM) from its start until it is
          idle after its first frame, no key typed: what it checks and
          looks at once the first frame is drawn included
  search  the list filtered as a query is typed on a library folder: time
          from each key to its frame (the first one folds the library once,
          or opens the search store of a warm index), and the reader's peak
          memory after it (getrusage of the child), typed once the reader
          is idle after its first frame; --word W types W, and
          --runs N types it N times (Esc and / between), the first key of
          the first run counted apart

A frame is "fully written" when the reader goes quiet for QUIET seconds; the
quiet gap itself is not counted. Figures are medians over --runs (start)
and --keys (key) samples. HOME is a temporary folder, or $QARI_BENCH_HOME
when set (where a library index built beforehand is found warm).

usage: bench_frame.py start QARI LIBRARY [--runs N]
       bench_frame.py idle QARI LIBRARY [--runs N]
       bench_frame.py key QARI LIBRARY [--keys N]
       bench_frame.py search QARI LIBRARY [--word W] [--runs N]
prints one line: 'start median_ms min_ms peak_rss_kb anon_kb' (the largest
of the runs: peak RSS over the whole run, files mapped and read included,
and the anonymous memory at the first frame, RssAnon), 'idle max_kb
median_kb min_kb' (over the runs), 'key median_ms p90_ms' or
'search first_key_ms median_ms_of_the_others peak_rss_kb median_ms_of_all
max_ms_of_the_others cpu_ms_a_key' (the others: every key but the first of the
first run; the CPU time the reader used while the word was typed, on all its
threads, Esc and / included, over the keys)
"""
import contextlib
import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import tempfile
import termios
import time

QUIET = 0.05
COLS, ROWS = 120, 40


def spawn(qari, library, home):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', ROWS, COLS, 0, 0))
        env = dict(os.environ, HOME=home, TERM='xterm-256color', LANG='C.UTF-8')
        env.pop('TMUX', None)
        env.pop('XDG_CACHE_HOME', None)  # the library index goes under HOME
        os.execve(qari, [qari, '--ui', 'en', '--library', library,
                         '--state', os.path.join(home, 'state.json'),
                         '--config', os.path.join(home, 'none.toml')], env)
    return pid, fd


def answer(fd, chunk):
    """Answer the queries a terminal answers, so nothing waits on a timeout."""
    if b'\x1b[6n' in chunk:  # cursor position
        os.write(fd, b'\x1b[1;1R')
    if b'\x1b[c' in chunk or b'\x1b[0c' in chunk:  # primary device attributes
        os.write(fd, b'\x1b[?62;22c')
    if b'\x1b[?u' in chunk:  # keyboard enhancement flags
        os.write(fd, b'\x1b[?0u')


def until_quiet(fd, min_bytes=1, limit=30.0):
    """Reads until QUIET seconds pass without output (after min_bytes);
    returns (time of the last byte, bytes read)."""
    got, last = 0, None
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], QUIET)
        if not ready:
            if got >= min_bytes:
                return last, got
            continue
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        answer(fd, chunk)
        got += len(chunk)
        last = time.perf_counter()
    raise SystemExit(f'bench_frame: no complete frame within {limit} s ({got} bytes)')


def stop(pid, fd):
    """Quits qari with q (twice: the first may only leave the article);
    kills it if it does not end. Returns the child's peak RSS in KB."""
    try:
        os.write(fd, b'q')
        time.sleep(0.05)
        os.write(fd, b'q')
    except OSError:
        pass
    for _ in range(100):
        done, _, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.02)
    else:
        os.kill(pid, 9)
        _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return usage.ru_maxrss


def bench_home():
    """$QARI_BENCH_HOME, else a temporary folder removed afterwards."""
    given = os.environ.get('QARI_BENCH_HOME')
    if given:
        return contextlib.nullcontext(given)
    return tempfile.TemporaryDirectory()


def anon_kb(pid):
    """The process's anonymous resident memory now (RssAnon), in KB."""
    try:
        with open(f'/proc/{pid}/status') as status:
            for line in status:
                if line.startswith('RssAnon:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def start(qari, library, runs):
    samples, rss, anon = [], 0, 0
    with bench_home() as home:
        for _ in range(runs):
            t0 = time.perf_counter()
            pid, fd = spawn(qari, library, home)
            try:
                last, _ = until_quiet(fd, min_bytes=2000)
                anon = max(anon, anon_kb(pid))
            finally:
                rss = max(rss, stop(pid, fd))
            samples.append(last - t0)
    ms = [s * 1000 for s in samples]
    print(f'start {statistics.median(ms):.1f} {min(ms):.1f} {rss} {anon}')


def key(qari, library, keys):
    samples = []
    with tempfile.TemporaryDirectory() as home:
        pid, fd = spawn(qari, library, home)
        try:
            until_quiet(fd, min_bytes=500)
            os.write(fd, b'\r')  # open the (only) article
            until_quiet(fd)
            for i in range(keys):
                t0 = time.perf_counter()
                os.write(fd, b'j' if i % 2 == 0 else b'k')
                last, _ = until_quiet(fd)
                samples.append(last - t0)
        finally:
            stop(pid, fd)
    ms = sorted(s * 1000 for s in samples)
    print(f'key {statistics.median(ms):.2f} {ms[int(len(ms) * 0.9)]:.2f}')


# A word of the generated library's vocabulary, typed without hamza: the
# filter folds أ to ا, so it narrows as each letter comes.
QUERY = 'الاسواق العالميه'


def cpu_ticks(pid):
    """CPU time the process has used so far (user + system), in ticks."""
    try:
        with open(f'/proc/{pid}/stat') as stat:
            fields = stat.read().rsplit(')', 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None


def until_idle(pid, fd, limit=120.0):
    """Waits until the reader uses no CPU for half a second: what it does
    after its first frame (with a warm index, looking at every file on
    another thread) is done. Answers the terminal meanwhile."""
    deadline = time.perf_counter() + limit
    before = cpu_ticks(pid)
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                answer(fd, os.read(fd, 1 << 16))
            except OSError:
                return
            continue
        now = cpu_ticks(pid)
        if now is None or now == before:
            return
        before = now


def idle(qari, library, runs):
    peaks = []
    with bench_home() as home:
        for _ in range(runs):
            pid, fd = spawn(qari, library, home)
            try:
                until_quiet(fd, min_bytes=2000)
                until_idle(pid, fd)
            finally:
                peaks.append(stop(pid, fd))
    print('idle, peak RSS of each run (KB):', *peaks, file=sys.stderr)
    print(f'idle {max(peaks)} {statistics.median(peaks):.0f} {min(peaks)}')


def search(qari, library, word, runs):
    samples = []
    with bench_home() as home:
        pid, fd = spawn(qari, library, home)
        try:
            until_quiet(fd, min_bytes=2000)
            until_idle(pid, fd)
            ticks = cpu_ticks(pid) or 0
            for _ in range(runs):
                os.write(fd, b'/')
                until_quiet(fd)
                for c in word:
                    t0 = time.perf_counter()
                    os.write(fd, c.encode())
                    last, _ = until_quiet(fd)
                    samples.append(last - t0)
                os.write(fd, b'\x1b')
                until_quiet(fd)
            ticks = (cpu_ticks(pid) or 0) - ticks
        finally:
            rss = stop(pid, fd)
    ms = [s * 1000 for s in samples]
    cpu_ms = ticks * 1000 / os.sysconf('SC_CLK_TCK') / len(samples)
    print('search, each key (ms):', ' '.join(f'{m:.1f}' for m in ms), file=sys.stderr)
    print(f'search {ms[0]:.1f} {statistics.median(ms[1:]):.2f} {rss} '
          f'{statistics.median(ms):.2f} {max(ms[1:]):.2f} {cpu_ms:.1f}')


def main():
    args = sys.argv[1:]
    if len(args) < 3 or args[0] not in ('start', 'idle', 'key', 'search'):
        raise SystemExit(__doc__)
    n = int(args[args.index('--runs') + 1]) if '--runs' in args else 10
    if args[0] == 'search':
        word = args[args.index('--word') + 1] if '--word' in args else QUERY
        runs = n if '--runs' in args else 1
        return search(args[1], args[2], word, runs)
    n = int(args[args.index('--keys') + 1]) if '--keys' in args else n
    if args[0] == 'start':
        start(args[1], args[2], n)
    elif args[0] == 'idle':
        idle(args[1], args[2], n)
    else:
        key(args[1], args[2], max(n, 20))


if __name__ == '__main__':
    main()
