"""A light reading of a clause's tense from the words around a time expression.

No parser: the nearest tense cue to the left of the expression within its sentence decides
(auxiliaries, "is to", "scheduled", past forms, "-ed" verbs); if there is none, the nearest
to the right. Cue words live in `tense.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'[a-z]+")
# a full stop after an initial or "Mr" ("Daniel P. Davison") ends no sentence
_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z0-9)]{2})[.!?]|[!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(]?[A-Z])|\n\s*\n|[;:]\s")
_LEFT_CHARS, _RIGHT_CHARS = 160, 100
_LEFT_TOKENS, _RIGHT_TOKENS = 12, 12


@dataclass(frozen=True)
class TenseCues:
    """The cue words of `tense.yaml`, as sets."""

    future: frozenset[str]
    future_bigrams: frozenset[tuple[str, str]]
    future_auxiliaries: frozenset[str]
    past: frozenset[str]
    present: frozenset[str]
    not_past_ed: frozenset[str]
    adjective_markers: frozenset[str]
    not_cues: frozenset[tuple[str, str]]


_KEYS = {"future", "future_bigrams", "future_auxiliaries", "past", "present", "not_past_ed",
         "adjective_markers", "not_cues"}


def parse_cues(data: dict) -> TenseCues:
    """Validate the tense cue data and build the sets; ValueError names what is wrong."""
    if not isinstance(data, dict) or set(data) != _KEYS:
        raise ValueError(f"tense.yaml: expected exactly the keys {sorted(_KEYS)}")
    sets = {}
    for key in _KEYS:
        words = data[key]
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"tense.yaml: {key} must be a list of words")
        sets[key] = frozenset(w.lower() for w in words)
    pairs: dict[str, frozenset[tuple[str, str]]] = {}
    for key in ("future_bigrams", "not_cues"):
        found = set()
        for b in sets.pop(key):
            parts = b.split()
            if len(parts) != 2:
                raise ValueError(f"tense.yaml: {key} entry {b!r} is not two words")
            found.add((parts[0], parts[1]))
        pairs[key] = frozenset(found)
    clash = sets["past"] & sets["future"] | sets["past"] & sets["not_past_ed"]
    if clash:
        raise ValueError(f"tense.yaml: words in conflicting lists: {sorted(clash)}")
    return TenseCues(future_bigrams=pairs["future_bigrams"], not_cues=pairs["not_cues"], **sets)


@cache
def cues() -> TenseCues:
    """The cue sets, loaded and validated once."""
    text = resources.files(__package__).joinpath("tense.yaml").read_text(encoding="utf-8")
    return parse_cues(yaml.safe_load(text))


def _classify(tokens: list[str], i: int, c: TenseCues) -> str | None:
    """The tense token `i` signals, if any (looking back a little for auxiliaries)."""
    tok = tokens[i]
    if i + 1 < len(tokens) and (tok, tokens[i + 1]) in c.not_cues:
        return None
    if tok in c.future:
        return "future"
    if i > 0 and (tokens[i - 1], tok) in c.future_bigrams:
        return "future"
    if i + 1 < len(tokens) and (tok, tokens[i + 1]) in c.future_bigrams:
        return "future"
    past = tok in c.past or (tok.endswith("ed") and len(tok) > 4 and tok not in c.not_past_ed
                             and (i == 0 or tokens[i - 1] not in c.adjective_markers))
    if past:
        # a participle after "will be", "to be", "will have" is future
        if i >= 2 and tokens[i - 1] in ("be", "have") and tokens[i - 2] in c.future_auxiliaries:
            return "future"
        return "past"
    if tok in c.present:
        return "present"
    return None


def read_tense(text: str, start: int, end: int) -> str | None:
    """"past", "future" or "present" for the clause around text[start:end], or None."""
    c = cues()
    left = text[max(0, start - _LEFT_CHARS):start]
    boundaries = [m.end() for m in _SENTENCE_END.finditer(left)]
    if boundaries:
        left = left[boundaries[-1]:]
    right = text[end:end + _RIGHT_CHARS]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[:stop.start()]
    left_tokens = [t.lower() for t in _TOKEN.findall(left)][-_LEFT_TOKENS:]
    if left_tokens and left_tokens[-1] in ("until", "till"):  # a deadline lies ahead
        return "future"
    for i in range(len(left_tokens) - 1, -1, -1):
        found = _classify(left_tokens, i, c)
        if found:
            return found
    right_tokens = [t.lower() for t in _TOKEN.findall(right)][:_RIGHT_TOKENS]
    for i in range(len(right_tokens)):
        found = _classify(right_tokens, i, c)
        if found:
            return found
    return None
