"""Extract a folder of newspaper PDFs again in another pdftotext mode, to measure declump on it.

A benchmark folder holds ``NNN.pdf`` (where kept), the text ``pdftotext`` printed in one mode
(``NNN.txt``) and the truth (``NNN.gold.json``). The truth does not depend on the extraction,
so the same pages printed in another mode (``-layout``, ``-raw``) are a second test of the
same articles: this writes ``NNN.txt`` in that mode and a copy of ``NNN.gold.json`` into OUT
for every page with a PDF. Needs ``pdftotext`` (poppler-utils) on the PATH::

    python tools/extract_variants.py BENCH/dev-en /tmp/en-layout -layout
    python BENCH/score.py --gold /tmp/en-layout --cmd 'declump split {input} --format json'

Nothing of this runs in declump or its tests; the pages stay outside the repository (their
text belongs to their publishers).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def extract(source: Path, out: Path, mode: str) -> int:
    """Write OUT/NNN.txt (pdftotext ``mode``) and OUT/NNN.gold.json for every NNN.pdf of
    ``source`` that has its truth; returns how many pages were written."""
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for pdf in sorted(source.glob("*.pdf")):
        gold = pdf.with_suffix(".gold.json")
        if not gold.exists():
            continue
        options = [mode] if mode else []
        subprocess.run(["pdftotext", *options, str(pdf), str(out / f"{pdf.stem}.txt")], check=True)
        shutil.copyfile(gold, out / gold.name)
        written += 1
    return written


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print("usage: extract_variants.py SOURCE_DIR OUT_DIR [-layout|-raw]", file=sys.stderr)
        return 2
    if shutil.which("pdftotext") is None:
        print("extract_variants.py: pdftotext not found (install poppler-utils)", file=sys.stderr)
        return 1
    mode = argv[2] if len(argv) == 3 else ""
    count = extract(Path(argv[0]), Path(argv[1]), mode)
    print(f"{count} page(s) written to {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
