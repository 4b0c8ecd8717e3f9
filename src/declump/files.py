"""Writing articles to files safely: names from titles, never outside the target folder,
never a half-written or silently overwritten file."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from declump.errors import OutputError

#: Characters kept in a slug: letters (CJK included), digits and combining marks.
#: Everything else (punctuation, path separators, control characters, emoji) becomes "-".
_NOT_SLUG = re.compile(r"[^\w]|_", re.UNICODE)
_DASHES = re.compile(r"-{2,}")

#: Most file systems allow 255 bytes per name; leave room for "NNN-", the extension and
#: the temporary name used while writing.
MAX_SLUG_BYTES = 200

#: Names Windows reserves for devices; a file named so cannot be opened there.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def slugify(title: str | None, max_len: int = 60) -> str:
    """A file-name-safe form of an article title; CJK stays readable.

    >>> slugify("注重体制创新 促进高效运营")
    '注重体制创新-促进高效运营'
    >>> slugify("Fed Raises Rates: What's Next?")
    'fed-raises-rates-what-s-next'
    >>> slugify("../../etc/passwd")
    'etc-passwd'
    >>> slugify("🎉")
    'article'
    """
    if not title:
        return "article"
    text = unicodedata.normalize("NFKC", title).lower()
    slug = _DASHES.sub("-", _NOT_SLUG.sub("-", text)).strip("-")
    slug = slug[:max_len]
    while len(slug.encode("utf-8")) > MAX_SLUG_BYTES:  # file names are limited in bytes
        slug = slug[:-1]
    slug = slug.rstrip("-")
    if not slug:
        return "article"
    if slug in _RESERVED:
        slug += "-article"
    return slug


def article_filename(index: int, title: str | None, ext: str) -> str:
    """``NNN-<slug>.<ext>``: numbered so that a folder listing keeps the reading order.

    >>> article_filename(7, "异地群众轻松办“跨省通办”架桥梁", "md")
    '007-异地群众轻松办-跨省通办-架桥梁.md'
    """
    return f"{index:03d}-{slugify(title)}.{ext}"


def ensure_output_dir(path: str | Path) -> Path:
    """Create the output folder if needed; raise OutputError if it cannot be written."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: exists and is not a folder", hint="give -o a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot create folder ({err.strerror or err})") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: folder is not writable", hint="choose another -o folder")
    return folder


def write_atomic(
    path: str | Path,
    text: str,
    force: bool = False,
    *,
    within: str | Path | None = None,
    keep: Iterable[str | Path] = (),
) -> Path:
    """Write ``text`` (UTF-8) to ``path`` all at once: a reader sees the old file or the whole
    new one, never a part.

    Refuses to replace an existing file unless ``force``, and the files in ``keep`` (the
    inputs) even then; with ``within``, refuses any path that does not resolve (symlinks
    followed) to a direct child of that folder.
    """
    target = Path(path)
    if within is not None:
        folder = Path(within).resolve()
        if target.resolve().parent != folder:
            raise OutputError(f"{target}: refusing to write outside {within}")
    if any(_same_file(target, other) for other in keep):
        raise OutputError(f"{target}: exists and is an input, never overwritten", hint="choose another -o folder")
    if target.exists() and not force:
        raise OutputError(f"{target}: exists", hint="use --force to overwrite")
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{target}: cannot write ({err.strerror or err})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        if force:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
    except FileExistsError:
        _remove(tmp)
        raise OutputError(f"{target}: exists", hint="use --force to overwrite") from None
    except OSError as err:
        _remove(tmp)
        raise OutputError(f"{target}: cannot write ({err.strerror or err})") from None
    except BaseException:
        _remove(tmp)
        raise
    return target


def write_article(
    folder: str | Path,
    index: int,
    title: str | None,
    ext: str,
    text: str,
    force: bool = False,
    *,
    keep: Iterable[str | Path] = (),
) -> Path:
    """Write one article as ``folder/NNN-<slug>.<ext>``, never over a file in ``keep``."""
    return write_atomic(Path(folder) / article_filename(index, title, ext), text, force, within=folder, keep=keep)


def _same_file(a: Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # either does not exist (or "-", standard input): not the same file
        return False


def _link_new(tmp: str, target: Path) -> None:
    """Give the temporary file its final name unless that name is taken.

    link() fails if the name was taken meanwhile, where replace() would clobber it.
    """
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then replace
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(tmp, target)
    else:
        os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
