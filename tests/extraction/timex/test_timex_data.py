"""The rule and lexicon files: they load, malformed edits fail loudly at load with a message
naming the entry, and the first-token index finds exactly what scanning finds."""
from __future__ import annotations

import copy
import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
import yaml

from services.worker.extraction import timex
from services.worker.extraction.timex import engine, explain
from services.worker.extraction.timex.rules import RuleError, grammar, load_grammar

PACKAGE = resources.files(timex)


def _docs() -> tuple[dict, dict]:
    lexicon = yaml.safe_load(PACKAGE.joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    rules = yaml.safe_load(PACKAGE.joinpath("rules.yaml").read_text(encoding="utf-8"))
    return lexicon, rules


def _rule(rules: dict, rule_id: str) -> dict:
    return next(r for r in rules["rules"] if r["id"] == rule_id)


def test_the_shipped_files_load() -> None:
    g = grammar()
    assert len(g.rules) > 80
    assert len({r.id for r in g.rules}) == len(g.rules)
    assert all(r.examples for r in g.rules) and all(m.examples for m in g.modifiers)


def _break_unknown_key(lexicon, rules):
    _rule(rules, "month-day")["valeu"] = "x"


def _break_regex(lexicon, rules):
    _rule(rules, "month-day")["pattern"] = "{month} ({day}"


def _break_group(lexicon, rules):
    _rule(rules, "month-day")["value"] = "XXXX-{month}-{dya}"


def _break_macro(lexicon, rules):
    _rule(rules, "month-day")["pattern"] = "{mnoth} {day}"


def _break_duplicate(lexicon, rules):
    rules["rules"].append(copy.deepcopy(_rule(rules, "month-day")))


def _break_template(lexicon, rules):
    _rule(rules, "month-day")["value"] = "XXXX-{month}-{day}-Q9"


def _break_table_value(lexicon, rules):
    lexicon["holidays"]["arbor day"] = "04-XX-last"


def _break_yaml_boolean(lexicon, rules):
    lexicon["shift_words"][True] = "+"


def _break_example(lexicon, rules):
    _rule(rules, "month-day")["examples"] = [{"text": "on March 12", "dct": "2013-03-22",
                                             "value": "2013-03-12"}]


def _break_missing_examples(lexicon, rules):
    del _rule(rules, "month-day")["examples"]


def _break_mod(lexicon, rules):
    _rule(rules, "month-day")["mod"] = "SOMETIMES"


def _break_table_word(lexicon, rules):
    rules["macros"]["month_name"]["except"] = ["marhc"]


def _break_macro_example(lexicon, rules):
    rules["macros"]["day"]["example"] = "42"


def _break_proper_tables(lexicon, rules):
    lexicon["proper_noun_tables"] = ["weekdays", "weekday_names"]


def _break_backtracking(lexicon, rules):
    _rule(rules, "month-day")["pattern"] = "(?:{month} ?)+{day}"


def _break_backtracking_filter(lexicon, rules):
    _rule(rules, "month-day")["unless_after"] = "[0-9 ]*[0-9]+"


def _break_focus(lexicon, rules):
    _rule(rules, "year-to-date")["focus"] = "REF.Y"


def _break_focused_or(lexicon, rules):
    _rule(rules, "month-day")["value"] = "XXXX-{month}-{day} || XXXX-{month}"


BREAKAGES = {
    "focus not anchored on the DCT": (_break_focus, "year-to-date.*focus"),
    "' || ' after a value that is not REF": (_break_focused_or, "month-day.*REF value"),
    "unknown rule key": (_break_unknown_key, "month-day.*unknown keys"),
    "regex that does not compile": (_break_regex, "month-day.*does not compile"),
    "template names a missing group": (_break_group, "month-day.*dya"),
    "unknown macro": (_break_macro, "month-day.*unknown macro 'mnoth'"),
    "duplicate id": (_break_duplicate, "month-day.*duplicate"),
    "malformed value template": (_break_template, "month-day.*not a value template"),
    "table value a template rejects": (_break_table_value, "holiday.*04-XX-last"),
    "YAML boolean as a key": (_break_yaml_boolean, "shift_words.*keys must be words"),
    "example without a marked span": (_break_example, "month-day.*brackets"),
    "rule without examples": (_break_missing_examples, "month-day.*example"),
    "unknown mod": (_break_mod, "month-day.*SOMETIMES"),
    "restriction to a word not in the table": (_break_table_word, "month_name.*marhc"),
    "macro example its regex does not match": (_break_macro_example, "macro 'day'.*'42'"),
    "unknown table of names": (_break_proper_tables, "proper_noun_tables.*'weekday_names'"),
    "nested unbounded repeats": (_break_backtracking, "month-day.*backtrack.*inside another"),
    "ambiguous adjacent repeats": (_break_backtracking_filter,
                                   "month-day.* unless_after.*side by side"),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_malformed_data_fails_at_load(name: str) -> None:
    lexicon, rules = _docs()
    breakage, message = BREAKAGES[name]
    breakage(lexicon, rules)
    with pytest.raises(RuleError, match=message):
        load_grammar(lexicon, rules)


def _scan_everything(text: str, g) -> set[tuple[str, int, int]]:
    """Every match of every rule found by scanning the whole text (the slow way)."""
    return {(rule.id, m.start(), m.end()) for rule in g.rules for m in rule.regex.finditer(text)}


def test_the_first_token_index_misses_nothing(shared_dir: Path) -> None:
    g = grammar()
    lines = (shared_dir / "data" / "news" / "corpus.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in lines.splitlines()[:12]]
    texts += [ex["text"].replace("[", "").replace("]", "")
              for rule in g.rules for ex in rule.examples]
    for text in texts:
        indexed = {(rule.id, m.start(), m.end()) for _, rule, m in engine._matches(text, g)}
        # scanning finds non-overlapping matches only; the index finds at least those
        assert _scan_everything(text, g) <= indexed, text[:80]


def test_tag_is_pure_and_repeatable() -> None:
    text = "On Friday the ministers met; they will meet again next week."
    first = explain(text, date(2013, 3, 22))
    assert explain(text, date(2013, 3, 22)) == first
    assert [t.value for t, _ in first] == ["2013-03-22", "2013-W13"]
