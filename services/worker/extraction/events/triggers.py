"""Event trigger words in an article: where each of the rules of data/triggers.yaml matches."""
from __future__ import annotations

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

    @property
    def type(self) -> str:
        return self.rule.type


def find_triggers(doc: Document) -> list[Trigger]:
    """Every trigger in the article, in text order; where rules claim overlapping words, the
    one with the higher priority (then the longer phrase) keeps them."""
    found: list[Trigger] = []
    for sentence in doc.sentences:
        found.extend(sentence_triggers(doc.text, sentence))
    return found


def sentence_triggers(text: str, sentence: Sentence) -> list[Trigger]:
    """The triggers of one sentence."""
    the_rules = rules()
    chunk = text[sentence.start:sentence.end]
    base = sentence.start
    candidates: list[Trigger] = []
    for rule in the_rules.triggers:
        has_t = "t" in rule.regex.groupindex
        for m in rule.regex.finditer(chunk):
            s, e = m.span("t") if has_t else m.span()
            candidates.append(Trigger(rule, base + s, base + e, base + m.start(), base + m.end(), sentence))
    if not candidates:
        return []
    for exclusion in the_rules.exclusions:
        for m in exclusion.regex.finditer(chunk):
            s, e = base + m.start(), base + m.end()
            candidates = [c for c in candidates
                          if not (c.type in exclusion.types and c.start < e and s < c.end)]
    candidates.sort(key=lambda c: (-c.rule.priority, -(c.match_end - c.match_start), c.start))
    kept: list[Trigger] = []
    for c in candidates:
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
