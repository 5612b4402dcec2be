#!/usr/bin/env python3
"""Several builds timed side by side on a shared machine: each round runs every command once, in
turn, so that a change in the machine's load falls on all of them alike.

    bench/interleave.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]

    bench/interleave.py 15 \\
      'old=build-old/ind eval examples/bench/ipasn-roster.ind --data bench/out/roster-1m/roster.csv --threads 1' \\
      'new=build/ind eval examples/bench/ipasn-roster.ind --data bench/out/roster-1m/roster.csv --threads 1'

Every command runs once first, untimed. Prints the 1-minute load average seen during the rounds,
then for each command the median, fastest, slowest and interquartile range of its wall time, and
the median and range of its CPU time (user + system of the command and its children), which a
busy machine disturbs much less than the wall time. A command that fails stops the measurement.
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def run(command):
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = dict(spec.split("=", 1) for spec in sys.argv[2:])
    wall = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    for command in commands.values():
        run(command)
    loads = []
    for _ in range(rounds):
        loads.append(os.getloadavg()[0])
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            run(command)
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"rounds {rounds}; 1-minute load average: min {min(loads):.1f}, "
          f"median {statistics.median(loads):.1f}, max {max(loads):.1f}")
    for name in commands:
        w, c = wall[name], cpu[name]
        q = statistics.quantiles(w, n=4, method="inclusive") if len(w) > 1 else [w[0]] * 3
        print(f"{name:14s} wall median {statistics.median(w):.3f} s  min {min(w):.3f}  "
              f"max {max(w):.3f}  IQR {q[0]:.3f}-{q[2]:.3f}   cpu median "
              f"{statistics.median(c):.3f} s  min {min(c):.3f}  max {max(c):.3f}")


if __name__ == "__main__":
    main()
