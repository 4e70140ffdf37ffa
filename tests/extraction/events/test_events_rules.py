"""Every example of the trigger rules, exclusions and cues (data/*.yaml) holds, and malformed
rule files are refused at load."""

from __future__ import annotations

from datetime import date

import pytest

from services.worker.extraction.events.assemble import read_mentions
from services.worker.extraction.events.dating import Timeline
from services.worker.extraction.events.entities import find_entities
from services.worker.extraction.events.occasions import (
    OccasionError,
    example_trigger_end,
    load_occasions,
    occasions,
)
from services.worker.extraction.events.rules import RuleError, load_rules, rules
from services.worker.extraction.events.status import cue_of
from services.worker.extraction.events.text import Document
from services.worker.extraction.events.triggers import find_triggers

DCT = date(2006, 11, 21)


def _mention_types(text: str) -> set[str]:
    """Types of the mentions the reader keeps in `text` (rules' `needs` applied)."""
    doc = Document(text)
    triggers = find_triggers(doc)
    mentions = read_mentions(doc, find_entities(doc), Timeline(doc, DCT), triggers)
    return {m.type for m in mentions}


TRIGGER_EXAMPLES = [
    pytest.param(rule, ex, id=f"{rule.id}:{ex.text[:40]}")
    for rule in rules().triggers
    for ex in rule.examples
]
EXCLUSION_EXAMPLES = [
    pytest.param(ex_rule, ex, id=f"{ex_rule.id}:{ex.text[:40]}")
    for ex_rule in rules().exclusions
    for ex in ex_rule.examples
]
CUE_EXAMPLES = [
    pytest.param(cue, ex, id=f"{cue.id}:{ex.text[:40]}")
    for cue in rules().cues
    for ex in cue.examples
]


@pytest.mark.parametrize(("rule", "example"), TRIGGER_EXAMPLES)
def test_trigger_rule_example(rule, example):
    found = _mention_types(example.text)
    if example.expect is None:
        assert rule.type not in found
    else:
        assert example.expect in found


@pytest.mark.parametrize(("exclusion", "example"), EXCLUSION_EXAMPLES)
def test_exclusion_example(exclusion, example):
    doc = Document(example.text)
    assert example.expect not in {t.type for t in find_triggers(doc)}


@pytest.mark.parametrize(("cue", "example"), CUE_EXAMPLES)
def test_cue_example(cue, example):
    doc = Document(example.text)
    at = example.text.index(example.trigger)
    trigger = next(t for t in find_triggers(doc) if t.start <= at < t.end)
    found = cue_of(doc, trigger)
    if example.expect is None:
        assert found is None or found.id != cue.id
    elif example.expect == "drop":
        assert found is not None and found.drop
    else:
        assert found is not None and found.status == example.expect


def _docs(rule: dict | None = None, cue: dict | None = None) -> tuple[dict, dict]:
    base_rule = {
        "id": "r",
        "type": "visit",
        "pattern": "visit",
        "examples": [{"text": "a visit", "expect": "visit"}],
    }
    base_cue = {
        "id": "c",
        "where": "before",
        "reach": 3,
        "pattern": "will",
        "status": "planned",
        "examples": [{"text": "will visit", "trigger": "visit", "expect": "planned"}],
    }
    return {"rules": [{**base_rule, **(rule or {})}]}, {"cues": [{**base_cue, **(cue or {})}]}


@pytest.mark.parametrize(
    ("rule", "cue", "message"),
    [
        ({"pattern": "visit("}, None, "does not compile"),
        ({"type": "party"}, None, "is not one of"),
        ({"colour": "red"}, None, "unknown keys"),
        ({"examples": []}, None, "at least one example"),
        ({"kind": "strong"}, None, "is not one of"),
        (None, {"status": "maybe"}, "is not one of"),
        (None, {"drop": "habitual"}, "exactly one of"),
        (None, {"reach": 0}, "positive integer"),
        (
            None,
            {"examples": [{"text": "soon", "trigger": "visit", "expect": "planned"}]},
            "trigger word",
        ),
    ],
)
def test_malformed_rules_are_refused(rule, cue, message):
    triggers_doc, cues_doc = _docs(rule, cue)
    with pytest.raises(RuleError, match=message):
        load_rules(triggers_doc, cues_doc)


def test_duplicate_ids_are_refused():
    triggers_doc, cues_doc = _docs()
    triggers_doc["rules"].append(dict(triggers_doc["rules"][0]))
    with pytest.raises(RuleError, match="used twice"):
        load_rules(triggers_doc, cues_doc)


OCCASION_EXAMPLES = [
    pytest.param(o, text, match, id=f"{o.id}:{text[:40]}")
    for o in occasions()
    for text, match in o.examples
]


@pytest.mark.parametrize(("occasion", "text", "match"), OCCASION_EXAMPLES)
def test_occasion_example(occasion, text, match):
    """data/occasions.yaml: each example's last word is the gathering the words before date."""
    end = example_trigger_end(text)
    word = text.rstrip()[end:]
    assert (
        bool(occasion.regex.search(text, 0, end))
        and (occasion.word is None or bool(occasion.word.fullmatch(word)))
    ) is match


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"occasions": [{"id": "x", "pattern": "a", "date": "week", "examples": []}]}, "unknown"),
        ({"occasions": [{"id": "x", "pattern": "a", "mod": "MID"}]}, "mod"),
        ({"occasions": [{"id": "x", "pattern": "a"}]}, "example"),
        (
            {
                "occasions": [
                    {
                        "id": "x",
                        "pattern": "a",
                        "types": ["call"],
                        "examples": [{"text": "a", "expect": "match"}],
                    }
                ]
            },
            "types",
        ),
        ({"gatherings": []}, "one key"),
    ],
)
def test_malformed_occasions_are_refused(doc, message):
    with pytest.raises(OccasionError, match=message):
        load_occasions(doc)
