"""Build declump's word list (src/declump/data/words.txt.gz) from jieba's dictionary.

declump uses the list for one piece of evidence only: how much better two pieces of text
read as one across their seam, because a common word spans it (``途`` + ``中``), see
:mod:`declump.lexicon`. The list is derived from the dictionary of jieba
(https://github.com/fxsjy/jieba, MIT licence, copyright 2013 Sun Junyi): words of one to
four ideographs with a frequency of at least MIN_FREQUENCY, each with its frequency. jieba is not a dependency of declump; it is needed only to rebuild the list::

    pip download jieba==0.42.1 --no-deps && tar xzf jieba-0.42.1.tar.gz
    python tools/build_lexicon.py jieba-0.42.1/jieba/dict.txt
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

# Rarer words are mostly names and terms that span a seam by chance as often as by design.
MIN_FREQUENCY = 50
WORD = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "declump" / "data" / "words.txt.gz"


def main(dictionary: str) -> None:
    words: dict[str, int] = {}
    with open(dictionary, encoding="utf-8") as lines:
        for line in lines:
            word, frequency, *_ = line.split()
            if WORD.match(word) and int(frequency) >= MIN_FREQUENCY:
                words[word] = int(frequency)
    header = "# Chinese words of 1-4 ideographs and their frequency (>= %d) in jieba's dict.txt (MIT licence, (c) 2013 Sun Junyi)\n"
    text = header % MIN_FREQUENCY + "\n".join(f"{word}\t{words[word]}" for word in sorted(words)) + "\n"
    # mtime=0: the same dictionary always gives the same bytes.
    OUTPUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(words)} words -> {OUTPUT} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
