"""Event trigger words in an article: where each of the rules of data/triggers.yaml matches."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .rules import TriggerRule, rules
from .text import Document, Sentence


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that reports an event, the rule that found it, and its sentence."""

    rule: TriggerRule
    start: int  # the trigger word
    end: int
    match_start: int  # the whole phrase the rule matched
    match_end: int
    sentence: Sentence
    #: the gathering whose name, abbreviated, this trigger is ("... Conference (AACC)")
    abbreviates: Trigger | None = None

    @property
    def type(self) -> str:
        return self.rule.type

    def retyped(self, type_: str, needs: str) -> Trigger:
        """The same words read as an event of another type, with what that type needs."""
        return dataclasses.replace(
            self, rule=dataclasses.replace(self.rule, type=type_, needs=needs)
        )


def find_triggers(doc: Document) -> list[Trigger]:
    """Every trigger in the article, in text order; where rules claim overlapping words, the
    one with the higher priority (then the longer phrase) keeps them. Only sentences that hold
    some rule's trigger word are read further."""
    text = doc.text
    candidates = sorted({doc.sentence_at(start).index for start, _ in rules().head_spans(text)})
    found: list[Trigger] = []
    for index in candidates:
        found.extend(sentence_triggers(text, doc.sentences[index]))
    abbreviated = _abbreviations(doc, found)
    return sorted(found + abbreviated, key=lambda t: t.start) if abbreviated else found


# an abbreviation an article gives a gathering's name right after it: "Conference (AACC)"
_ABBREVIATION = re.compile(r"\s*\(\s*([A-Z][A-Z0-9]{1,7})\s*\)")


def _abbreviations(doc: Document, found: list[Trigger]) -> list[Trigger]:
    """The later uses of an abbreviation the article gives a gathering ("the third ASEAN Air
    Chiefs' Conference (AACC) ... The first AACC was held in Thailand"), as triggers of it."""
    out: list[Trigger] = []
    for trig in found:
        # ("Navy Chiefs' Meeting (ANCM)": a meeting with a name of its own is a gathering)
        named = trig.type == "summit" or trig.type == "meeting" and doc.text[trig.start].isupper()
        defined = _ABBREVIATION.match(doc.text, trig.end) if named else None
        if defined is None:
            continue
        rule = trig.retyped("summit", "body").rule
        word = re.compile(rf"(?<![\w(]){re.escape(defined.group(1))}\b(?!\s*\))")
        for m in word.finditer(doc.text, defined.end()):
            if any(t.start < m.end() and m.start() < t.end for t in found + out):
                continue
            out.append(
                Trigger(
                    rule,
                    m.start(),
                    m.end(),
                    m.start(),
                    m.end(),
                    doc.sentence_at(m.start()),
                    trig,
                )
            )
    return out


def sentence_triggers(text: str, sentence: Sentence) -> list[Trigger]:
    """The triggers of one sentence."""
    the_rules = rules()
    chunk = text[sentence.start : sentence.end]
    base = sentence.start
    candidates: list[Trigger] = []
    for rule in the_rules.triggers:
        if not rule.head.search(chunk):
            continue
        has_t = "t" in rule.regex.groupindex
        for m in rule.regex.finditer(chunk):
            s, e = m.span("t") if has_t else m.span()
            candidates.append(
                Trigger(rule, base + s, base + e, base + m.start(), base + m.end(), sentence)
            )
    excluded = [
        (base + m.start(), base + m.end(), ex.types)
        for ex in the_rules.exclusions
        for m in ex.regex.finditer(chunk)
    ]
    return _resolve_overlaps(candidates, excluded)


def _resolve_overlaps(
    candidates: list[Trigger], excluded: list[tuple[int, int, tuple[str, ...]]]
) -> list[Trigger]:
    """Drop excluded candidates, then keep the best of overlapping ones (priority, length)."""
    candidates = [
        c
        for c in candidates
        if not any(c.type in types and c.start < e and s < c.end for s, e, types in excluded)
    ]
    candidates.sort(key=lambda c: (-c.rule.priority, -(c.match_end - c.match_start), c.start))
    kept: list[Trigger] = []
    for c in candidates:
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
