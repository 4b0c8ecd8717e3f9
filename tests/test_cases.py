"""Defect cases from tests/cases/*.json: each repaired as recorded, negatives untouched.

A case file is ``{"label", "comment", "cases": [{"label", "comment", "original", "fixed"}],
"negative": [text, ...]}``. A case with an ``"xfail": "reason"`` key is a known failure and
runs as a strict xfail, so it is noticed the day it starts to pass.

``clean_text`` prints one block per line with a blank line between blocks, so a fixed text
of several paragraphs is written that way; a negative is a single block.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from declump import clean_text

CASES_DIR = Path(__file__).resolve().parent / "cases"
CASE_FILES = sorted(CASES_DIR.glob("*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _params(kind: str) -> list:
    params = []
    for path in CASE_FILES:
        data = _load(path)
        if kind == "cases":
            for case in data["cases"]:
                marks = []
                if "xfail" in case:
                    marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
                params.append(
                    pytest.param(case["original"], case["fixed"], id=f"{data['label']}-{case['label']}", marks=marks)
                )
        else:
            for number, text in enumerate(data["negative"], start=1):
                params.append(pytest.param(text, id=f"{data['label']}-negative-{number}"))
    return params


def test_case_files_are_well_formed() -> None:
    assert CASE_FILES, "no case files found"
    for path in CASE_FILES:
        data = _load(path)
        assert data["label"] == path.stem
        assert data["comment"]
        labels = [case["label"] for case in data["cases"]]
        assert len(labels) == len(set(labels)), f"{path.name}: duplicate labels"
        for case in data["cases"]:
            assert set(case) <= {"label", "comment", "original", "fixed", "xfail"}, case["label"]
            assert case["comment"] and case["original"] and case["fixed"], case["label"]
        assert all(isinstance(text, str) and text for text in data["negative"]), path.name


def test_single_line_comes_back_as_it_is() -> None:
    # What makes the comparisons below fair: one clean line is one block, unchanged.
    assert clean_text("会议在园区召开。") == "会议在园区召开。"


@pytest.mark.parametrize(("original", "fixed"), _params("cases"))
def test_case(original: str, fixed: str) -> None:
    assert clean_text(original).strip() == fixed


@pytest.mark.parametrize("text", _params("negative"))
def test_negative(text: str) -> None:
    assert clean_text(text).strip() == text
