"""How much ``--jobs`` speeds up a batch: a folder of pages, ``--jobs 1`` against ``--jobs N``.

Builds a folder of copies of ``examples/seed-page.txt`` (one page per file) and times
``declump split DIR -o OUT`` and ``declump clean DIR`` with one process and with every core.

    python benchmarks/jobs.py                  # 200 pages, --jobs 1 vs all cores
    python benchmarks/jobs.py --pages 50 --jobs 2

Target (issue 5): on 2 cores, ``--jobs 2`` at least 1.7× faster than ``--jobs 1``.
Not a test: the numbers depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-page.txt"
TARGET = 1.7


def run(argv: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[:300]}")
    return wall


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def attainable_speedup(jobs: int) -> float:
    """What this machine gives right now: a pure CPU loop on ``jobs`` processes against one.

    On a machine shared with other work the cores are not all ours; compare the batch's
    speed-up with this, not only with the number of cores.
    """
    from concurrent.futures import ProcessPoolExecutor

    times = []
    for workers in (1, jobs):
        start = time.perf_counter()
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_burn, [2_000_000] * 8))
        times.append(time.perf_counter() - start)
    return times[0] / times[1]


def main() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="files in the folder (default 200)")
    parser.add_argument("--jobs", type=int, default=cores, help=f"processes to compare with one (default {cores})")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="declump-jobs-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for i in range(args.pages):
            shutil.copyfile(SEED, folder / f"page-{i:05d}.txt")
        megabytes = args.pages * SEED.stat().st_size / 1e6
        print(f"{args.pages} pages, {megabytes:.1f} MB; cores: {cores}; "
              f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"  a pure CPU loop on {args.jobs} processes runs {attainable_speedup(args.jobs):.2f}× one here now")
        met = True
        for name, extra in (("split -o", ["split", str(folder), "-o"]), ("clean", ["clean", str(folder)])):
            times = {}
            for jobs in (1, args.jobs):
                argv = [sys.executable, "-m", "declump", *extra]
                if name == "split -o":
                    out = Path(tmp) / f"out-{jobs}"
                    argv = [*argv, str(out)]
                times[jobs] = run([*argv, "--jobs", str(jobs)])
                print(f"  {name:9} --jobs {jobs}: {times[jobs]:6.2f} s  {megabytes / times[jobs]:5.2f} MB/s", flush=True)
            speedup = times[1] / times[args.jobs]
            ok = speedup >= TARGET or args.jobs == 1
            met &= ok
            print(f"  {'met    ' if ok else 'NOT met'}  {name}: --jobs {args.jobs} is {speedup:.2f}× --jobs 1 "
                  f"(target ≥ {TARGET}×)")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
