"""The feeds' dates in words: every example in date_labels.yaml, and the file's validation."""
from __future__ import annotations

from datetime import date

import pytest
import yaml

from services.api.date_labels import WORDING_FILE, date_label, parse_wording, wording


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


@pytest.mark.parametrize("example", wording().examples, ids=lambda e: f"{e['value']}{e.get('mod')}")
def test_wording_examples(example):
    label = date_label(str(example["value"]), example["precision"], example.get("mod"),
                       _day(example["start"]), _day(example["end"]))
    assert label == example.get("label")


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.pop("mods"), "exactly the keys"),
    (lambda d: d["months"].pop(), "twelve months"),
    (lambda d: d["seasons"].pop("WI"), "seasons"),
    (lambda d: d["precisions"].pop("week"), "precisions"),
    (lambda d: d["precisions"].update(month="{month} {yaer}"), "unknown field"),
    (lambda d: d["mods"].update(START="early"), "{label}"),
    (lambda d: d["examples"].append({"value": "2023"}), "bad example"),
    (lambda d: d["day_mods"].update(SOON="soon {label}"), "day_mods"),
])
def test_a_broken_wording_file_fails_loudly(change, message):
    data = yaml.safe_load(WORDING_FILE.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(ValueError, match=message.replace("{", r"\{").replace("}", r"\}")):
        parse_wording(data)
