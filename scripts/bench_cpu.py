#!/usr/bin/env python3
"""Runs commands in turn, RUNS rounds, output to /dev/null, and prints
each one's median CPU time (user + system of the process and its
children) in seconds on one line. Taking turns within each round lets the
load of a shared machine fall on all of them alike; CPU time rather than
wall time leaves out the waits for a core.

    bench_cpu.py RUNS 'command one' 'command two' ...
"""
import resource
import shlex
import statistics
import subprocess
import sys


def cpu(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    runs = int(sys.argv[1])
    commands = [shlex.split(c) for c in sys.argv[2:]]
    for argv in commands:  # warm-up: files in the page cache
        cpu(argv)
    times = [[] for _ in commands]
    for _ in range(runs):
        for k, argv in enumerate(commands):
            times[k].append(cpu(argv))
    print(' '.join(f'{statistics.median(t):.4f}' for t in times))


main()
