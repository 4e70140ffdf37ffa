"""Every example written beside a rule or modifier in rules.yaml, run through the tagger."""
from __future__ import annotations

import re
from datetime import date

import pytest

from services.worker.extraction.timex import explain
from services.worker.extraction.timex.rules import grammar

_BRACKETS = re.compile(r"\[([^\]]*)\]")


def _cases():
    g = grammar()
    for owner in (*g.rules, *g.modifiers):
        for i, example in enumerate(owner.examples):
            yield pytest.param(owner.id, example, id=f"{owner.id}-{i}")


def _expected_spans(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without brackets and the spans the brackets marked."""
    text, spans, pos, shift = [], [], 0, 0
    for m in _BRACKETS.finditer(marked):
        text.append(marked[pos:m.start()])
        start = m.start() - shift
        spans.append((start, start + len(m.group(1))))
        text.append(m.group(1))
        shift += 2
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


@pytest.mark.parametrize(("owner", "example"), list(_cases()))
def test_rule_example(owner: str, example: dict) -> None:
    text, spans = _expected_spans(example["text"])
    dct = example["dct"] if isinstance(example["dct"], date) else date.fromisoformat(example["dct"])
    values = example.get("value")
    values = [] if values is None else values if isinstance(values, list) else [values]
    found = explain(text, dct)
    got = [((t.start, t.end), t.value) for t, _ in found]
    assert got == list(zip(spans, [str(v) for v in values], strict=True)), found
    last = found[-1][0] if found else None
    for key in ("type", "mod"):
        if key in example:
            assert getattr(last, key) == example[key]


def test_prepare_compiles_every_gate_before_the_first_article() -> None:
    from services.worker.extraction import prepare

    prepare()
    gates = [gate for gate, _ in grammar().by_first_token.values() if len(gate.rules) > 1]
    assert gates and all(gate._regex is not None for gate in gates)
    # a compiled gate still lets through what its rules match, and only that
    assert explain("They met on Friday, March 22, 2013.", date(2013, 3, 25))


def test_calendar_words_are_the_lexicon_s_months_and_weekdays():
    from services.worker.extraction.timex import calendar_words

    words = calendar_words()
    assert {"september", "sept", "monday", "mon", "may"} <= words
    assert "spring" not in words and "christmas" not in words
