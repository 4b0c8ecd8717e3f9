"""Settings from declump.toml or [tool.declump] in pyproject.toml, overridden by flags."""

from __future__ import annotations

import pytest

from declump.config import Config, find_config_file, load_config, settings_from_file
from declump.errors import UsageError


def test_defaults_without_a_file(tmp_path) -> None:
    config, path = load_config(tmp_path)
    assert path is None
    assert config == Config()


def test_declump_toml_found_from_a_subfolder(tmp_path) -> None:
    (tmp_path / "declump.toml").write_text('number-spacing = "keep"\nundouble = false\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    config, path = load_config(sub)
    assert path == tmp_path / "declump.toml"
    assert config.number_spacing == "keep"
    assert config.undouble is False


def test_pyproject_table_and_flags_win(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.declump]\nconvert = "s2t"\ndespace = false\n', encoding="utf-8"
    )
    config, path = load_config(tmp_path, despace=True)
    assert path == tmp_path / "pyproject.toml"
    assert config.convert == "s2t"
    assert config.despace is True  # the command line overrides the file


def test_pyproject_without_table_is_not_a_config(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config_file(tmp_path) is None


def test_nearest_file_wins(tmp_path) -> None:
    (tmp_path / "declump.toml").write_text("rejoin = false\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "declump.toml").write_text("dehyphenate = false\n", encoding="utf-8")
    config, _ = load_config(inner)
    assert config.dehyphenate is False
    assert config.rejoin is True


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("colour = true\n", "unknown setting 'colour'"),
        ('undouble = "no"\n', "must be bool"),
        ("layout_line_share = [1]\n", "must be float"),
        ("not toml at all = = =\n", "cannot read settings"),
    ],
)
def test_bad_settings_are_one_clear_error(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "declump.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        settings_from_file(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('layout = "sideways"\n', "use one of: auto, on, off"),
        ('number-spacing = "squash"\n', "use one of: remove, keep"),
        ('convert = "x2y"\n', "use one of: s2t"),
    ],
)
def test_bad_choices_are_usage_errors(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "declump.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        settings_from_file(path)


def test_empty_convert_means_none(tmp_path) -> None:
    (tmp_path / "declump.toml").write_text('convert = ""\n', encoding="utf-8")
    assert load_config(tmp_path)[0].convert is None
