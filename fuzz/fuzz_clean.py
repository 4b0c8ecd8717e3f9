"""Coverage-guided fuzzing of declump's text path with atheris (libFuzzer).

Every input is a byte string, as a user might pipe it in. The harness runs it through
``decode_bytes`` and, where the bytes are not text, through the engine anyway (decoded with
``surrogateescape``, so lone surrogates reach every repair). It checks that

* nothing raises except a :class:`~declump.errors.DeclumpError` from decoding;
* ``clean`` is conservative: every non-space input character is in the output or recorded
  as a deliberate removal (:func:`declump.verify.unaccounted`);
* ``clean`` is idempotent: cleaning clean text changes nothing;
* ``split`` and its JSON rendering do not raise.

Run (``pip install -e '.[fuzz]'``)::

    python fuzz/fuzz_clean.py fuzz/corpus -max_total_time=600 -max_len=4096
    python fuzz/fuzz_clean.py fuzz/corpus -atheris_runs=1000000

New interesting inputs are added to the corpus folder given first; a failing input is
written as ``crash-<sha1>`` in the working directory (``-artifact_prefix=DIR/`` moves it).
Reproduce one with ``python fuzz/fuzz_clean.py crash-<sha1>``.

With ``DECLUMP_FUZZ_FINDINGS=DIR`` set, a broken property (not an exception) is saved in
DIR as ``<kind>-<sha1>`` and fuzzing goes on, so that one known failure does not end a long
run; exceptions still stop it.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import atheris

# Fuzz the working tree, also when another declump is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

with atheris.instrument_imports(include=["declump"]):
    import declump.articles  # noqa: F401  (instrumented up front; the pipeline imports lazily)
    import declump.latin  # noqa: F401
    import declump.layout  # noqa: F401
    import declump.lines  # noqa: F401
    import declump.paragraphs  # noqa: F401
    import declump.reassemble  # noqa: F401
    from declump.decode import decode_bytes
    from declump.errors import DeclumpError
    from declump.pipeline import clean_text, explain_text, split_text
    from declump.render import OutputFormat, render_document
    from declump.verify import describe, unaccounted

FINDINGS = os.environ.get("DECLUMP_FUZZ_FINDINGS")
#: Enough examples of one broken property to minimise and compare; more only fill the disk.
MAX_FINDINGS_PER_KIND = 100


class PropertyBroken(AssertionError):
    """A property of the text path does not hold for this input."""


def text_of(data: bytes) -> str:
    """What the engine sees: the decoded text, or, for bytes that are not text, the bytes
    decoded with surrogateescape (what a caller that skipped our decoder would pass)."""
    try:
        return decode_bytes(data)
    except DeclumpError:
        return data.decode("utf-8", "surrogateescape")


def check(data: bytes) -> None:
    """Run one input through the text path; raise on an exception or a broken property."""
    text = text_of(data)
    output, changes = explain_text(text)
    lost, invented = unaccounted(text, output, changes)
    if lost or invented:
        broken("conservation", describe(lost, invented))
    again = clean_text(output)
    if again != output:
        broken("idempotence", f"{output!r} -> {again!r}")
    document = split_text(text, source="fuzz")
    render_document(document, OutputFormat.JSON)
    render_document(document, OutputFormat.JSONL)


_data: bytes = b""


def broken(kind: str, message: str) -> None:
    if FINDINGS:
        folder = Path(FINDINGS)
        folder.mkdir(parents=True, exist_ok=True)
        if sum(1 for _ in folder.glob(f"{kind}-*")) < MAX_FINDINGS_PER_KIND:
            (folder / f"{kind}-{hashlib.sha1(_data).hexdigest()}").write_bytes(_data)
        raise _Saved
    raise PropertyBroken(f"{kind}: {message}")


class _Saved(Exception):
    """A broken property was saved to DECLUMP_FUZZ_FINDINGS; go on fuzzing."""


def TestOneInput(data: bytes) -> None:  # noqa: N802  (the name atheris looks for)
    global _data
    _data = data
    try:
        check(data)
    except _Saved:
        pass


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
