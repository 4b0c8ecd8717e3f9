"""Speed and memory of ``declump clean`` and ``declump split --format jsonl`` on big streams.

Builds inputs of the chosen sizes by repeating ``examples/seed-page.txt`` (form feeds
between the copies), runs every command in its own process, and prints for each:
wall time, MB/s, the ratio to a floor program run in the same session (one that only
reads, decodes, splits lines, strips, joins and writes the same input), peak RSS of that
process, and the per-MB cost at each size (growth should be linear). Then it checks the
targets and says which are met.

    python benchmarks/speed.py                 # 1, 10 and 100 MB (about half an hour)
    python benchmarks/speed.py --sizes 0.5,2   # a quick run

Not a test: the numbers depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-page.txt"
MB = 1024 * 1024

#: What the floor program does: everything any text tool must do, and nothing more.
FLOOR = """
import sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
out = "\\n".join(line.strip() for line in text.split("\\n"))
sys.stdout.buffer.write(out.encode("utf-8"))
"""

COMMANDS = {
    "floor": lambda path: [sys.executable, "-c", FLOOR, path],
    "clean": lambda path: [sys.executable, "-m", "declump", "clean", path],
    "split": lambda path: [sys.executable, "-m", "declump", "split", "--format", "jsonl", path],
}

#: Targets (issue 5). Ratios and RSS are judged at the largest size, growth between the
#: smallest and the largest.
TARGETS = {"clean_ratio": 4.0, "split_ratio": 8.0, "rss_mib": 64.0, "growth": 0.15}


def build_input(folder: Path, size_mb: float) -> Path:
    """Copies of the seed page, form feeds between them, up to ``size_mb``."""
    page = SEED.read_text(encoding="utf-8")
    copies = max(1, round(size_mb * MB / len(page.encode("utf-8"))))
    path = folder / f"seed-{size_mb:g}mb.txt"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(copies):
            if i:
                handle.write("\f")
            handle.write(page)
    return path


def measure(argv: list[str]) -> dict[str, float]:
    """Wall time, CPU time and peak RSS (MiB) of one process, its output thrown away."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    error = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])}… failed ({proc.returncode}): {error}")
    rss_kib = usage.ru_maxrss  # KiB on Linux
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": rss_kib / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100", help="input sizes in MB, comma-separated (default 1,10,100)")
    parser.add_argument("--commands", default="clean,split", help="clean, split or both (default both)")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    commands = [c.strip() for c in args.commands.split(",") if c.strip()]

    rows: dict[tuple[str, float], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="declump-bench-") as tmp:
        tiny = measure(COMMANDS["clean"](str(build_input(Path(tmp), 0.0001))))
        startup = tiny["cpu"]
        print(f"declump start-up (tiny input): {tiny['wall']:.2f} s wall, {startup:.2f} s cpu; cores: {os.cpu_count()}; "
              f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"{'command':8} {'MB':>6} {'wall s':>8} {'cpu s':>8} {'MB/s':>7} {'× floor':>8} {'RSS MiB':>8} {'s/MB':>7}")
        for size in sizes:
            path = build_input(Path(tmp), size)
            real_mb = path.stat().st_size / MB
            for command in ["floor", *commands]:
                row = measure(COMMANDS[command](str(path)))
                row["mb"] = real_mb
                rows[command, size] = row
                ratio = row["wall"] / rows["floor", size]["wall"]
                print(
                    f"{command:8} {real_mb:6.1f} {row['wall']:8.2f} {row['cpu']:8.2f} {real_mb / row['wall']:7.2f}"
                    f" {ratio:8.1f} {row['rss']:8.1f} {row['wall'] / real_mb:7.3f}",
                    flush=True,
                )
            path.unlink()

    print("\ntargets:")
    big, small = max(sizes), min(sizes)
    met = True

    def check(label: str, value: float, limit: float, unit: str = "") -> None:
        nonlocal met
        ok = value <= limit
        met &= ok
        print(f"  {'met    ' if ok else 'NOT met'}  {label}: {value:.2f}{unit} (target ≤ {limit:g}{unit})")

    for command, key in (("clean", "clean_ratio"), ("split", "split_ratio")):
        if command in commands:
            ratio = rows[command, big]["wall"] / rows["floor", big]["wall"]
            check(f"{command} wall time / floor at {big:g} MB", ratio, TARGETS[key], "×")
    for command in commands:
        check(f"{command} peak RSS at {big:g} MB", rows[command, big]["rss"], TARGETS["rss_mib"], " MiB")
    if big > small:
        for command in commands:
            # CPU time, start-up subtracted: on a shared machine wall time also measures the
            # neighbours; both are printed.
            per_mb = [(rows[command, s]["cpu"] - startup) / rows[command, s]["mb"] for s in (small, big)]
            wall = [rows[command, s]["wall"] / rows[command, s]["mb"] for s in (small, big)]
            growth = per_mb[1] / per_mb[0] - 1
            check(
                f"{command} per-MB CPU cost {big:g} MB vs {small:g} MB ({per_mb[0]:.3f} → {per_mb[1]:.3f} s/MB;"
                f" wall {wall[0]:.3f} → {wall[1]:.3f} s/MB)",
                abs(growth) * 100,
                TARGETS["growth"] * 100,
                " %",
            )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
