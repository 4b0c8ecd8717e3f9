import os
import stat

import pytest

from declump.errors import OutputError
from declump.files import article_filename, ensure_output_dir, slugify, write_article, write_atomic

HOSTILE = [
    "../../etc/passwd",
    "/absolute/path",
    "..\\..\\windows\\system32",
    "nul\x00byte",
    "control\x07\x1b[31mchars",
    "x" * 300,
    "长" * 300,
    "🎉🎉🎉",
    "..",
    "",
    "   ",
    "CON",
    "𠀀" * 300,  # four bytes each in UTF-8
]


@pytest.mark.parametrize("title", HOSTILE)
def test_slug_is_a_plain_safe_name(title):
    slug = slugify(title)
    assert slug
    assert "/" not in slug and "\\" not in slug and "\x00" not in slug and ".." not in slug
    assert not slug.startswith((".", "-"))
    assert all(ch.isprintable() for ch in slug)
    assert len(slug) <= 60
    assert len(article_filename(999, title, "jsonl").encode("utf-8")) < 255


def test_slug_keeps_cjk_and_words():
    assert slugify("注重体制创新 促进高效运营") == "注重体制创新-促进高效运营"
    assert slugify("Fed Raises Rates") == "fed-raises-rates"
    assert slugify(None) == "article"
    assert slugify("🎉") == "article"


def test_article_filename():
    assert article_filename(1, "异地群众轻松办“跨省通办”架桥梁", "txt") == "001-异地群众轻松办-跨省通办-架桥梁.txt"
    assert article_filename(12, None, "md") == "012-article.md"


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_titles_stay_inside_the_folder(tmp_path, title):
    folder = tmp_path / "out"
    folder.mkdir()
    path = write_article(folder, 1, title, "txt", "text\n")
    assert path.resolve().parent == folder.resolve()
    assert path.read_text(encoding="utf-8") == "text\n"
    assert list(tmp_path.iterdir()) == [folder]


def test_no_overwrite_without_force(tmp_path):
    path = tmp_path / "a.txt"
    write_atomic(path, "first")
    with pytest.raises(OutputError, match="exists") as info:
        write_atomic(path, "second")
    assert "--force" in info.value.hint
    assert path.read_text(encoding="utf-8") == "first"
    write_atomic(path, "second", force=True)
    assert path.read_text(encoding="utf-8") == "second"


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    write_atomic(tmp_path / "a.txt", "中文\n" * 1000)
    with pytest.raises(OutputError):
        write_atomic(tmp_path / "a.txt", "again")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    assert (tmp_path / "a.txt").read_bytes() == ("中文\n" * 1000).encode("utf-8")


def test_written_file_has_ordinary_permissions(tmp_path):
    path = write_atomic(tmp_path / "a.txt", "x")
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_refuses_paths_outside_the_folder(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OutputError, match="outside"):
        write_atomic(folder / ".." / "escape.txt", "x", within=folder)
    (folder / "link.txt").symlink_to(tmp_path / "target.txt")
    with pytest.raises(OutputError, match="outside"):
        write_atomic(folder / "link.txt", "x", force=True, within=folder)
    assert not (tmp_path / "escape.txt").exists()
    assert not (tmp_path / "target.txt").exists()


def test_ensure_output_dir(tmp_path):
    created = ensure_output_dir(tmp_path / "a" / "b")
    assert created.is_dir()
    assert ensure_output_dir(created) == created
    afile = tmp_path / "file.txt"
    afile.write_text("x")
    with pytest.raises(OutputError, match="not a folder"):
        ensure_output_dir(afile)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_ensure_output_dir_read_only(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError):
            ensure_output_dir(folder / "sub")
    finally:
        folder.chmod(0o700)
