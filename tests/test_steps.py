"""The step registry agrees with Config and with the changes the pipeline records; every
repair function says what it does; switching a step off leaves its defect alone."""

from __future__ import annotations

import dataclasses
import importlib
import inspect

import pytest

from declump import clean_text, explain_text
from declump.config import STEP_NAMES, STEPS, Config

# A sample with one of each line defect: a doubled headline, a stretched line, a cut
# Latin word, a Windows line end and a zero-width space.
SAMPLE = (
    "园区新貌焕然一新园区新貌焕然一新\n\n"
    "城 市 能 级 进 一 步 得 到 提 升。\n\n"
    "The committee agreed on the distribu-\ntion of funds.\r\n\n"
    "城\u200b市能级\n"
)

REPAIR_MODULES = ["normalise", "layout", "lines", "paragraphs", "latin", "markers", "articles", "pipeline", "verify"]


def test_step_names_are_unique() -> None:
    assert len(STEP_NAMES) == len(set(STEP_NAMES))
    assert all(step.doc for step in STEPS)


def test_every_step_is_a_bool_field_of_config() -> None:
    fields = {f.name: f for f in dataclasses.fields(Config)}
    for name in STEP_NAMES:
        assert name in fields, name
        assert fields[name].type in (bool, "bool"), name
        assert getattr(Config(), name) is True, name


def test_every_bool_field_of_config_is_a_step() -> None:
    bools = {f.name for f in dataclasses.fields(Config) if f.type in (bool, "bool")}
    assert bools == set(STEP_NAMES)


@pytest.mark.parametrize("which", ["seed", "sample"])
def test_recorded_steps_are_registered(which: str, seed_text: str) -> None:
    text = seed_text if which == "seed" else SAMPLE
    _, changes = explain_text(text)
    assert changes
    assert {change.step for change in changes} <= set(STEP_NAMES)


def test_sample_shows_every_line_step() -> None:
    _, changes = explain_text(SAMPLE)
    assert {"normalise", "undouble", "despace", "dehyphenate"} <= {change.step for change in changes}


def _public_functions(module_name: str):
    module = importlib.import_module(f"declump.{module_name}")
    for name, function in inspect.getmembers(module, inspect.isfunction):
        if function.__module__ == module.__name__ and not name.startswith("_"):
            yield f"{module_name}.{name}", function


@pytest.mark.parametrize(
    ("name", "function"),
    [pytest.param(name, function, id=name) for module in REPAIR_MODULES for name, function in _public_functions(module)],
)
def test_repair_function_has_docstring(name: str, function) -> None:
    assert inspect.getdoc(function), f"{name} has no docstring"


# -- switching steps off ---------------------------------------------------------------------


def test_undouble_off_keeps_doubled_headline() -> None:
    doubled = "异地群众轻松办异地群众轻松办““跨省通办跨省通办””架桥梁架桥梁"
    assert clean_text(doubled) == "异地群众轻松办“跨省通办”架桥梁"
    assert clean_text(doubled, undouble=False) == doubled


def test_undouble_off_keeps_repeated_line() -> None:
    assert clean_text("园区新貌焕然一新\n园区新貌焕然一新\n", undouble=False).count("园区新貌焕然一新") == 2


def test_despace_off_keeps_spaced_line() -> None:
    assert clean_text("城 市 能 级", despace=False) == "城 市 能 级"
    assert clean_text("城 市 能 级") == "城市能级"


def test_rejoin_off_keeps_line_breaks_as_block_breaks() -> None:
    text = "党工委书记主持召开“一药\n一智”产业园推进会。"
    assert clean_text(text) == "党工委书记主持召开“一药一智”产业园推进会。"
    assert clean_text(text, rejoin=False) == "党工委书记主持召开“一药\n\n一智”产业园推进会。"


def test_dehyphenate_off_keeps_hyphen() -> None:
    text = "The committee agreed on the distribu-\ntion of funds."
    assert "distribution" in clean_text(text)
    assert "distribution" not in clean_text(text, dehyphenate=False)


def test_unknown_setting_is_an_error() -> None:
    with pytest.raises(TypeError):
        clean_text("城市", undoubel=False)
