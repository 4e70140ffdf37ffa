"""Trigger rules (data/triggers.yaml) and status cues (data/cues.yaml), validated at load.

A malformed file fails here, at start-up, with the file, the rule and the problem named:
unknown keys, duplicate ids, unknown types or statuses, regular expressions that do not
compile, examples that are not (text, expected) pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

import yaml

from ..model import EVENT_STATUSES, EVENT_TYPES
from .lexicon import DATA

TRIGGER_KINDS = ("arrival", "reception", "weak")
NEEDS = ("party", "place", "body")
CUE_PLACES = ("before", "after", "around", "sentence")
DROP_REASONS = ("hypothetical", "denied", "habitual")


class RuleError(ValueError):
    """A rule file of the event stage is malformed."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    expect: str | None
    trigger: str | None = None


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """A phrase that reports an event of one type."""

    id: str
    type: str
    regex: re.Pattern
    head: re.Pattern  # the trigger word alone (group `t`), to find candidate sentences fast
    priority: int
    kind: str | None
    needs: str | None
    examples: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A phrase in which trigger words of the given types name something else."""

    id: str
    types: tuple[str, ...]
    regex: re.Pattern
    examples: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class Cue:
    """Words near a trigger that set the mention's status or rule it out."""

    id: str
    where: str
    reach: int
    regex: re.Pattern
    status: str | None
    drop: str | None
    examples: tuple[Example, ...]
    word: re.Pattern | None = None  # the trigger word the cue needs ("meeting" in "were meeting")


@dataclass(frozen=True)
class Rules:
    triggers: tuple[TriggerRule, ...]
    exclusions: tuple[Exclusion, ...]
    cues: tuple[Cue, ...]
    heads: re.Pattern  # any rule's trigger word, matched in lower-cased text (see `head_spans`)

    def head_spans(self, text: str) -> list[tuple[int, int]]:
        """Where any rule's trigger word stands in `text`. The rules write trigger words in
        lower case, so the search runs without case folding on the lower-cased text (several
        times faster), unless lower-casing changes the text's length."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return [m.span() for m in self.heads_folded.finditer(text)]
        return [m.span() for m in self.heads.finditer(lowered)]

    @cached_property
    def heads_folded(self) -> re.Pattern:
        return re.compile(self.heads.pattern, re.IGNORECASE)


def _group_source(pattern: str, name: str) -> str | None:
    """The source of the named group `name` in `pattern` (balanced parentheses), if any."""
    start = pattern.find(f"(?P<{name}>")
    if start < 0:
        return None
    body = start + len(f"(?P<{name}>")
    depth, i = 1, body
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return pattern[body:i]
        i += 1
    return None


def _fail(where: str, problem: str) -> RuleError:
    return RuleError(f"{where}: {problem}")


def _mapping(entry, allowed: set[str], required: set[str], where: str) -> dict:
    if not isinstance(entry, dict):
        raise _fail(where, "expected a mapping")
    unknown = set(entry) - allowed
    if unknown:
        raise _fail(where, f"unknown keys {sorted(unknown)}")
    missing = required - set(entry)
    if missing:
        raise _fail(where, f"missing keys {sorted(missing)}")
    return entry


def _regex(pattern, where: str) -> re.Pattern:
    if not isinstance(pattern, str) or not pattern:
        raise _fail(where, "pattern must be a non-empty string")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise _fail(where, f"pattern does not compile ({exc})") from exc


def _choice(value, allowed: tuple[str, ...], what: str, where: str) -> str | None:
    if value is None:
        return None
    if value not in allowed:
        raise _fail(where, f"{what} {value!r} is not one of {', '.join(allowed)}")
    return value


def _examples(entries, keys: set[str], where: str) -> tuple[Example, ...]:
    if not isinstance(entries, list) or not entries:
        raise _fail(where, "needs at least one example")
    out = []
    for n, e in enumerate(entries):
        e = _mapping(e, keys, {"text"}, f"{where} example {n}")
        if not isinstance(e["text"], str):
            raise _fail(f"{where} example {n}", "text must be a string")
        expect = e.get("expect", e.get("type"))
        out.append(
            Example(e["text"], None if expect in (None, "none") else str(expect), e.get("trigger"))
        )
    return tuple(out)


def _unique(ids: list[str], where: str) -> None:
    seen = set()
    for i in ids:
        if not isinstance(i, str) or not i:
            raise _fail(where, "every entry needs an id")
        if i in seen:
            raise _fail(where, f"id {i!r} is used twice")
        seen.add(i)


def load_rules(triggers_doc: dict, cues_doc: dict) -> Rules:
    """Validate and compile the two rule documents."""
    _mapping(triggers_doc, {"rules", "exclusions"}, {"rules"}, "triggers.yaml")
    _unique([r.get("id") for r in triggers_doc["rules"]], "triggers.yaml rules")
    triggers = []
    for entry in triggers_doc["rules"]:
        where = f"triggers.yaml rule {entry.get('id')!r}"
        entry = _mapping(
            entry,
            {"id", "type", "pattern", "priority", "kind", "needs", "examples"},
            {"id", "type", "pattern", "examples"},
            where,
        )
        regex = _regex(entry["pattern"], where)
        head_source = _group_source(entry["pattern"], "t") or entry["pattern"]
        head = _regex(rf"\b(?:{head_source})\b", where)
        priority = entry.get("priority", 0)
        if not isinstance(priority, int):
            raise _fail(where, "priority must be an integer")
        triggers.append(
            TriggerRule(
                entry["id"],
                _choice(entry["type"], EVENT_TYPES, "type", where),
                regex,
                head,
                priority,
                _choice(entry.get("kind"), TRIGGER_KINDS, "kind", where),
                _choice(entry.get("needs"), NEEDS, "needs", where),
                _examples(entry["examples"], {"text", "expect"}, where),
            )
        )
        for ex in triggers[-1].examples:
            if ex.expect is not None and ex.expect not in EVENT_TYPES:
                raise _fail(where, f"example expects unknown type {ex.expect!r}")
    exclusions = []
    _unique([r.get("id") for r in triggers_doc.get("exclusions") or []], "triggers.yaml exclusions")
    for entry in triggers_doc.get("exclusions") or []:
        where = f"triggers.yaml exclusion {entry.get('id')!r}"
        entry = _mapping(
            entry,
            {"id", "types", "pattern", "examples"},
            {"id", "types", "pattern", "examples"},
            where,
        )
        types = tuple(_choice(t, EVENT_TYPES, "type", where) for t in entry["types"])
        exclusions.append(
            Exclusion(
                entry["id"],
                types,
                _regex(entry["pattern"], where),
                _examples(entry["examples"], {"text", "type"}, where),
            )
        )

    _mapping(cues_doc, {"cues"}, {"cues"}, "cues.yaml")
    _unique([c.get("id") for c in cues_doc["cues"]], "cues.yaml")
    cues = []
    for entry in cues_doc["cues"]:
        where = f"cues.yaml cue {entry.get('id')!r}"
        entry = _mapping(
            entry,
            {"id", "where", "reach", "pattern", "word", "status", "drop", "examples"},
            {"id", "where", "reach", "pattern", "examples"},
            where,
        )
        status = _choice(entry.get("status"), EVENT_STATUSES, "status", where)
        drop = _choice(entry.get("drop"), DROP_REASONS, "drop", where)
        if (status is None) == (drop is None):
            raise _fail(where, "needs exactly one of status and drop")
        reach = entry["reach"]
        if not isinstance(reach, int) or reach < 1:
            raise _fail(where, "reach must be a positive integer")
        examples = _examples(entry["examples"], {"text", "trigger", "expect"}, where)
        for ex in examples:
            if not ex.trigger or ex.trigger not in ex.text:
                raise _fail(where, f"example {ex.text!r} must name a trigger word found in it")
        cues.append(
            Cue(
                entry["id"],
                _choice(entry["where"], CUE_PLACES, "where", where),
                reach,
                _regex(entry["pattern"], where),
                status,
                drop,
                examples,
                _regex(entry["word"], where) if "word" in entry else None,
            )
        )
    for r in triggers:
        if re.search(r"(?<!\\)[A-Z]", re.sub(r"\\.", "", r.head.pattern)):
            raise _fail(f"triggers.yaml rule {r.id!r}", "trigger words are written in lower case")
    heads = re.compile("|".join(f"(?:{r.head.pattern})" for r in triggers))
    return Rules(tuple(triggers), tuple(exclusions), tuple(cues), heads)


@cache
def rules() -> Rules:
    """The validated rules (loaded on first use, then shared)."""
    with (DATA / "triggers.yaml").open(encoding="utf-8") as f:
        triggers_doc = yaml.safe_load(f)
    with (DATA / "cues.yaml").open(encoding="utf-8") as f:
        cues_doc = yaml.safe_load(f)
    return load_rules(triggers_doc, cues_doc)
