"""`python -m bench [NAME...]`: run every bench/bench_*.py module's main(), or only the named ones.

Benchmarks print figures; they are never pass/fail tests. A module that fails is reported and the run
goes on with the next, so one run still prints every other figure. The run ends with the speed issue's
targets gathered from all modules (bench/summary.py) and how long the whole run took.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
import traceback

import bench
from bench import summary


def main(names: list[str]) -> int:
    modules = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    chosen = [m for m in modules if not names or m.removeprefix("bench_") in names or m in names]
    run_started = time.perf_counter()
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores,"
        f" load average {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    failed = []
    for name in chosen:
        print(f"== {name} ==", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"bench.{name}").main()
        except Exception:  # one broken bench must not hide every other figure
            traceback.print_exc()
            failed.append(name)
            print(f"   {name} FAILED (above); the run goes on", flush=True)
        print(f"   ({time.perf_counter() - started:.1f} s)\n", flush=True)
    summary.print_table(time.perf_counter() - run_started)
    print(
        f"ended {time.strftime('%H:%M UTC', time.gmtime())}, load average {os.getloadavg()[0]:.1f}"
        + (f"; failed: {', '.join(failed)}" if failed else ""),
        flush=True,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
