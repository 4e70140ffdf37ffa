"""Inputs built to make a tagger slow must cost work linear in their size.

No clocks here (timings flake on a loaded machine; `python -m bench timex` reports them):
the engine counts the work it does (tokens looked up, combined and single regexes tried,
characters scanned, candidate matches and their lengths, see `engine.Work`) and that count
must grow in proportion to the input. What a single regex call does inside the C engine is
bounded statically instead: no pattern the tagger runs over text may hold an unbounded
repeat inside another, or two side by side over the same characters (`safety`).
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from services.worker.extraction.timex import engine, spans, tag, tense
from services.worker.extraction.timex.rules import grammar
from services.worker.extraction.timex.safety import unsafe_repeats

DCT = date(2013, 3, 22)
UNIT = 4_000  # characters at size n

PATHOLOGICAL: dict[str, str] = yaml.safe_load(
    (Path(__file__).parent / "pathological.yaml").read_text(encoding="utf-8"))


def _text(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def _work(text: str) -> int:
    work = engine.Work()
    found = engine.find(text, grammar(), work)
    return work.total() + len(found)


@pytest.mark.parametrize("piece", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
def test_work_grows_linearly(piece: str) -> None:
    small, large = _work(_text(piece, UNIT)), _work(_text(piece, 10 * UNIT))
    # linear work is ten times as much, give or take the ends of the text; quadratic, 100
    assert large <= 11 * small + 100, (small, large)


def test_work_counts_what_it_should() -> None:
    work = engine.Work()
    engine.find("On Friday, March 22, the talks began.", grammar(), work)
    assert work.tokens == 7 and work.attempts >= 1 and work.candidates >= 1
    assert work.matched_chars >= len("Friday, March 22")


def _text_patterns() -> dict[str, re.Pattern]:
    """Every regex the tagger runs over the text it is given."""
    g = grammar()
    patterns = {}
    for rule in g.rules:
        patterns[rule.id] = rule.regex
        for key in ("unless_before", "unless_after"):
            if getattr(rule, key) is not None:
                patterns[f"{rule.id} {key}"] = getattr(rule, key)
    for modifier in g.modifiers:
        for key in ("before", "after", "core"):
            if getattr(modifier, key) is not None:
                patterns[f"{modifier.id} {key}"] = getattr(modifier, key)
    for gate, _ in g.by_first_token.values():
        gate.match("", 0)  # compiles it
        if gate._regex is not None:
            patterns[f"gate {', '.join(r.id for r in gate.rules)}"] = gate._regex
    for module in (engine, tense, spans):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                patterns[f"{module.__name__}.{name}"] = value
    return patterns


def test_no_pattern_can_backtrack_without_bound() -> None:
    patterns = _text_patterns()
    assert len(patterns) > 200
    unsafe = {name: unsafe_repeats(p) for name, p in patterns.items() if unsafe_repeats(p)}
    assert unsafe == {}


@pytest.mark.parametrize(("pattern", "unsafe"), [
    (r"(a+)+b", True), (r"(?:\s*\w+)*$", True), (r"\s*\s+x", True), (r"\d+\w+", True),
    (r"\s+\d+", False), (r"(?:ab){1,3}c*", False), (r"x\s*(?:-|to)\s*y", False),
])
def test_the_safety_check_tells_the_shapes_apart(pattern: str, unsafe: bool) -> None:
    assert bool(unsafe_repeats(re.compile(pattern))) is unsafe


def test_one_megabyte_of_may() -> None:
    text = "May " * 262_144  # 1 MiB
    found = tag(text, DCT)
    assert found[0].value == "2013-05"  # the first is a month, the rest a name-like run
    assert all(t.end <= len(text) for t in found)
