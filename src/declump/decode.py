"""Bytes in, text out: the only place declump decodes input.

Order of trust: an explicit ``--encoding``, then a byte order mark, then strict UTF-8, then
charset-normalizer's guess on a bounded sample. A guess is only accepted if the whole input
decodes strictly with it and the result looks like text; otherwise the user gets a clear
error naming the flag that fixes it, never mojibake.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from declump.errors import DecodeError, InputError, UsageError

#: Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: How much of the input charset-normalizer looks at: enough for a confident guess on a
#: newspaper page, small enough that a large file costs no more than a page.
DETECT_SAMPLE_BYTES = 64 * 1024

#: Detected legacy encodings widened to the superset that decodes everything the narrower
#: one does (a GB2312 guess on a sample must not fail on a rarer character further on).
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "hz": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}

#: Tie-break between equally good guesses on short inputs: simplified Chinese first.
PREFERRED = ("gb18030", "big5hkscs", "cp932")

#: Above this share of replacement or control characters a decoding is taken for mojibake.
MAX_JUNK_SHARE = 0.01

#: Replacement characters and C0 controls other than the whitespace text files carry.
_JUNK = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f]")

_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0b\x0e-\x1f\x7f]")

_NON_ASCII = re.compile("[^\x00-\x7f]+")

#: What the non-ASCII characters of a mostly-ASCII CJK-encoded page are: ideographs, kana,
#: hangul, general and CJK punctuation, full-width forms, the middle dot of names.
_CJK_TEXT = re.compile(
    "[\u00b7\u2010-\u205e\u2460-\u24ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff01-\uff9f\U00020000-\U0003134f]+$"
)

#: Shown with every "cannot decode" error: the encoding most Chinese newspaper text is in.
ENCODING_HINT = "try --encoding gb18030, or the encoding the file was saved in"


def check_encoding(name: str) -> str:
    """Return the canonical codec name, or raise UsageError for a name Python does not know.

    >>> check_encoding("GBK")
    'gbk'
    """
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(
            f"unknown encoding {name!r}", hint="use a name such as utf-8, gb18030, big5, shift_jis"
        ) from None


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode input bytes to text, or raise DecodeError; never guess into mojibake.

    >>> decode_bytes("本报讯".encode("gb18030"))
    '本报讯'
    >>> decode_bytes(b"\\xef\\xbb\\xbfhello")
    'hello'
    >>> decode_bytes("漳州".encode("utf-16"))
    '漳州'
    """
    if encoding:
        return _decode_with(data, check_encoding(encoding), given=True)
    for bom, name in BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], name, given=False)
    if b"\x00" in data:  # valid UTF-8, but text files do not hold NUL bytes
        name = _utf16_without_bom(data)
        if name is None:
            raise DecodeError(
                "input looks binary (it contains NUL bytes), not text",
                hint="for UTF-16 without a byte order mark use --encoding utf-16-le",
            )
        return _decode_with(data, name, given=False)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(text, "utf-8", given=False)
    name = _detect(data)
    if name is None:
        raise DecodeError("cannot tell the encoding of the input", hint=ENCODING_HINT)
    return _decode_with(data, name, given=False)


def _decode_with(data: bytes, name: str, *, given: bool) -> str:
    try:
        text = data.decode(name)
    except UnicodeDecodeError as err:
        where = f"byte {err.start}"
        if given:
            raise DecodeError(
                f"input is not valid {name} ({where})", hint="check the --encoding value"
            ) from None
        raise DecodeError(f"input looks like {name} but is not valid there ({where})", hint=ENCODING_HINT) from None
    if given and text.startswith("\ufeff"):
        text = text[1:]  # a byte order mark is not content, whatever encoding was named
    return _checked(text, name, given=given)


def _checked(text: str, name: str, *, given: bool) -> str:
    """Refuse a decoding that is mostly replacement and control characters: mojibake."""
    if _looks_like_junk(text):
        if given:
            raise DecodeError(f"input decoded as {name} is not text", hint="check the --encoding value")
        raise DecodeError(f"input decoded as {name} is not text (binary?)", hint=ENCODING_HINT)
    return text


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess from a bounded sample, widened to a superset."""
    from charset_normalizer import from_bytes

    sample = data
    if len(data) > DETECT_SAMPLE_BYTES:
        # Cut after a newline: in every multi-byte legacy encoding declump meets (GB*, Big5,
        # Shift-JIS, EUC-*) 0x0A is only ever a newline, never half a character.
        cut = data.rfind(b"\n", 0, DETECT_SAMPLE_BYTES)
        sample = data[: cut + 1] if cut > 0 else data[:DETECT_SAMPLE_BYTES]
    matches = list(from_bytes(sample))
    if not matches:
        # A few stray control characters (OCR noise) make charset-normalizer give up. In the
        # legacy encodings it names (GB*, Big5, Shift-JIS, EUC-*) bytes below 0x20 are whole
        # characters, never half of one,
        # so the guess can be made without them; the whole input is then decoded with them.
        stripped = _CONTROL_BYTES.sub(b"", sample)
        matches = list(from_bytes(stripped)) if stripped != sample else []
    if not matches:
        return None
    best = matches[0]
    # A few bytes decode cleanly in many encodings and charset-normalizer then ranks them
    # arbitrarily; among equally good guesses prefer the ones newspaper text is mostly in.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    names = [_widen(m.encoding) for m in tied]
    name = min(names, key=lambda n: PREFERRED.index(n) if n in PREFERRED else len(PREFERRED))
    return _cjk_reading(sample, name) or name


def _cjk_reading(sample: bytes, guess: str) -> str | None:
    """The CJK encoding of mostly-ASCII text that was taken for a single-byte encoding.

    A Latin page in GBK or Big5 holds little beyond its curly quotes, and those bytes also
    decode in several single-byte encodings, which charset-normalizer may rank first
    (``“`` in GBK reads ``”°`` in ISO 8859-13). The tell: every non-ASCII stretch of the
    single-byte reading is an even number of characters long, two bytes per character,
    while a CJK encoding reads each pair as an ideograph or a punctuation mark. Real
    single-byte text (``café``, cp1252's curly quotes) has lone non-ASCII characters.
    """
    if guess in PREFERRED or not _single_byte(guess):
        return None
    runs = _NON_ASCII.findall(sample.decode(guess, "replace"))
    if not runs or any(len(run) % 2 for run in runs):
        return None
    for name in PREFERRED:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        if all(_CJK_TEXT.match(run) for run in _NON_ASCII.findall(text)):
            return name
    return None


def _single_byte(name: str) -> bool:
    return len(bytes(range(0x80, 0x100)).decode(name, "replace")) == 0x80


def _widen(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return SUPERSETS.get(name, name)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has its NUL bytes all at odd (LE) or all at even (BE)
    offsets; binary data has them anywhere."""
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if len(data) % 2:
        return None
    if odd and not even and odd * 4 >= len(data) // 2:
        return "utf-16-le"
    if even and not odd and even * 4 >= len(data) // 2:
        return "utf-16-be"
    return None


def _looks_like_junk(text: str) -> bool:
    if not text:
        return False
    junk = len(_JUNK.findall(text))
    return junk > max(1, len(text) * MAX_JUNK_SHARE)


def read_input(path: str | Path, encoding: str | None = None) -> str:
    """Read and decode one input; ``"-"`` is standard input.

    Errors name the input, so the command line can report them on one line.
    """
    name = str(path)
    with _reading(name):
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(path).read_bytes()
    try:
        return decode_bytes(data, encoding)
    except DecodeError as err:
        raise DecodeError(f"{name}: {err.message}", hint=err.hint) from None


class _reading:
    """Turn the OS errors of reading input ``name`` into one-line :class:`InputError` s."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, err, tb) -> bool:
        name = self.name
        if kind is None or not issubclass(kind, OSError):
            return False
        if isinstance(err, FileNotFoundError):
            raise InputError(f"{name}: no such file") from None
        if isinstance(err, IsADirectoryError):
            raise InputError(f"{name}: is a folder, not a file") from None
        if isinstance(err, PermissionError):
            raise InputError(f"{name}: permission denied") from None
        raise InputError(f"{name}: cannot read ({err.strerror or err})") from None


# -- streaming ---------------------------------------------------------------------------

#: How many bytes a streaming read asks for at a time.
READ_BYTES = 256 * 1024


def open_input(path: str | Path) -> BinaryIO:
    """Open one input for reading bytes; ``"-"`` is standard input (not closed by callers)."""
    name = str(path)
    if name == "-":
        return sys.stdin.buffer
    with _reading(name):
        handle = open(path, "rb")  # noqa: SIM115 (the caller closes it)
        if Path(path).is_dir():  # open() succeeds on a folder on some systems
            handle.close()
            raise IsADirectoryError(name)
        return handle


def iter_decode(stream: BinaryIO, encoding: str | None = None, *, name: str = "-") -> Iterator[str]:
    """Decode a byte stream piece by piece, holding no more than one read in memory.

    The encoding is settled on the first :data:`DETECT_SAMPLE_BYTES` (the same order of
    trust as :func:`decode_bytes`); the rest is decoded incrementally and strictly with it.
    An input no longer than the sample is decoded by :func:`decode_bytes` itself. Errors
    name the input; an error past the sample comes after the pieces before it.

    >>> import io
    >>> "".join(iter_decode(io.BytesIO("本报讯".encode("gb18030") * 30000)))[:6]
    '本报讯本报讯'
    """
    with _reading(name):
        sample, ended = _read_sample(stream, encoding)
    if ended:  # the whole input: exactly the non-streaming path
        try:
            yield decode_bytes(sample, encoding)
        except DecodeError as err:
            raise DecodeError(f"{name}: {err.message}", hint=err.hint) from None
        return
    try:
        codec, skip, given = _choose_encoding(sample, encoding)
    except DecodeError as err:
        raise DecodeError(f"{name}: {err.message}", hint=err.hint) from None
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    # NUL bytes mean binary input where decode_bytes would say so: no BOM, no --encoding,
    # and not a UTF-16/32 codec (where they are text).
    check_nul = not given and not skip and not codec.startswith(("utf-16", "utf-32"))
    offset = skip
    data = sample[skip:]
    first = True
    while True:
        if check_nul and b"\x00" in data:
            raise DecodeError(
                f"{name}: input looks binary (it contains NUL bytes at byte {offset + data.index(0)}), not text",
                hint="check the input file",
            )
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as err:
            where = f"byte {offset + max(err.start, 0)}"
            hint = "check the --encoding value" if given else ENCODING_HINT
            raise DecodeError(f"{name}: input is not valid {codec} ({where})", hint=hint) from None
        if first:
            if given and text.startswith("\ufeff"):
                text = text[1:]
            try:
                _checked(text, codec, given=given)
            except DecodeError as err:
                raise DecodeError(f"{name}: {err.message}", hint=err.hint) from None
            first = False
        if text:
            yield text
        if not data:
            return
        offset += len(data)
        with _reading(name):
            data = stream.read(READ_BYTES)


#: Bytes of a UTF-8 multi-byte sequence: their presence in a strictly valid sample is
#: strong evidence for UTF-8 (legacy CJK encodings almost never validate).
_NON_ASCII_BYTE = re.compile(b"[\x80-\xff]")


def _read_sample(stream: BinaryIO, encoding: str | None) -> tuple[bytes, bool]:
    """Read the sample the encoding is settled on: :data:`DETECT_SAMPLE_BYTES` and one more
    byte, or less if the input ends first (then ``ended`` is true).

    A producer that writes a page and waits for its result (a pipe) must get it, so the
    sample also ends at the first form feed once the encoding is certain: named, marked by a
    BOM, or UTF-8 with non-ASCII characters that decode strictly.
    """
    parts: list[bytes] = []
    got = 0
    read = getattr(stream, "read1", stream.read)  # read1: what is there, without waiting for more
    while got <= DETECT_SAMPLE_BYTES:
        part = read(DETECT_SAMPLE_BYTES + 1 - got)
        if not part:
            return b"".join(parts), True
        parts.append(part)
        got += len(part)
        if b"\f" in part:
            sample = b"".join(parts)
            if _settled(sample, encoding):
                return sample, False
    return b"".join(parts), False


def _settled(sample: bytes, encoding: str | None) -> bool:
    if encoding or any(sample.startswith(bom) for bom, _ in BOMS):
        return True
    if b"\x00" in sample or not _NON_ASCII_BYTE.search(sample):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")(errors="strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _choose_encoding(sample: bytes, encoding: str | None) -> tuple[str, int, bool]:
    """``(codec, BOM length to skip, given by the user)`` for an input that starts with
    ``sample``: :func:`decode_bytes`' order of trust, on the sample alone."""
    if encoding:
        return check_encoding(encoding), 0, True
    for bom, name in BOMS:
        if sample.startswith(bom):
            return name, len(bom), False
    if b"\x00" in sample:
        name = _utf16_without_bom(sample[: len(sample) // 2 * 2])
        if name is None:
            raise DecodeError(
                "input looks binary (it contains NUL bytes), not text",
                hint="for UTF-16 without a byte order mark use --encoding utf-16-le",
            )
        return name, 0, False
    try:
        codecs.getincrementaldecoder("utf-8")(errors="strict").decode(sample, final=False)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", 0, False
    name = _detect(sample)
    if name is None:
        raise DecodeError("cannot tell the encoding of the input", hint=ENCODING_HINT)
    return name, 0, False
