"""A light reading of a clause's tense from the words around a time expression.

No parser: the nearest tense cue to the left of the expression within its sentence decides
(auxiliaries, "is to", "scheduled", past forms, "-ed" verbs, verbs of timetables); if there
is none, the nearest to the right. Cue words live in `tense.yaml`. A few word orders change
what a cue means:

- a past participle after a future auxiliary and "be"/"have" is future ("will be held",
  "would still be signed"), after "had" it is past ("had been due to expire");
- a word of planning ("scheduled", "planned", "due") is future, except after "had" (past)
  and "was"/"were" or "originally" (prospective, see below: "was supposed to be airlifted
  on Friday", "originally scheduled for October 30");
- a verb of timetables ("meets", "resume") is future, but not as an infinitive ("to meet");
- a cue in the expression's own clause (up to a comma or a colon) beats one farther away;
- "until"/"till" right before the expression looks ahead unless the clause is plainly past
  ("Until Thursday, they had not called him a suspect");
- a word of planning used as a finite verb with an object is past ("Koizumi proposed
  building a corridor", "the bank planned a sale");
- "is"/"are" before a verb of arrangements in "-ing" is future ("is traveling to Somalia on
  Tuesday"), and so is a participle that opens a period right before the expression ("a
  meeting beginning Thursday");
- a modal before the expression is future ("can reclaim top spot on Sunday"), after it no
  cue ("a fall in March may mask inflation");
- a word of intention before "to" ("had hoped to", "agreed to", "a plan to") puts what
  follows later than itself, not on either side of the DCT: the reading is "prospective",
  and as a noun after a determiner without "to" it is no cue ("announced the plan Aug. 21");
- a future cue that is also a noun ("plan", "hopes") is one only as a verb ("plans to visit",
  "we hope", "plans a sweep"); as a noun it is none ("criticised the Israeli peace plan on
  Monday"), or prospective before "for" ("hopes for a peaceful election on Thursday").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'[a-z]+|,|:(?=\s)")  # commas, colons bound clauses
# a full stop after an initial, "Mr", a title before a name or "vs" ("Daniel P. Davison",
# "Gen. Powell", "the Roe vs. Wade decision") ends no sentence
_ABBREVIATIONS = ("vs", "Gen", "Sen", "Rep", "Gov", "Sgt", "Capt", "Col", "Lt", "Maj", "Adm",
                  "Prof", "Rev", "Ft", "Mt", "Sens", "Reps", "Gens")
# (the full stop is matched first, so that the look-behinds run only where one stands)
_SENTENCE_END = re.compile(
    r"(?:\.(?<=[a-z0-9)]{2}\.)"
    + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS) + r"|[!?])"
    r"[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(`]?[A-Z])|\n\s*\n"
    r"|;\s")
_LEFT_CHARS, _RIGHT_CHARS = 160, 100
_LEFT_TOKENS, _RIGHT_TOKENS = 16, 12
# an expression with at most this many words before it in its sentence ("In January, ...")
# reads farther right for its verb when nothing nearer tells the tense
_OPENING_TOKENS = 1
_OPENING_RIGHT_CHARS, _OPENING_RIGHT_TOKENS = 240, 30
_AUX_REACH = 4  # how far back an auxiliary may stand before a participle, adverbs between
# a present progressive tells what is to come only of a time close after it: in "is heading
# to Russia to defend the final after winning the NHK Trophy Friday", Friday is past
_PROGRESSIVE_REACH = 8

# Readings whose meaning depends on the side of the expression they stand on:
_PROGRESSIVE = "progressive"  # "is traveling": future
_PROSPECTIVE = "prospective"  # "had hoped to", "a plan to": what follows is later than them
_PLAN_OBJECT = "plan_object"  # "proposed building": what follows is planned; itself past
_MODAL = "modal"  # "can reclaim top spot on Sunday": future; "in March may mask": no cue
_STARTING = "starting"  # "a meeting beginning Thursday": future, right before the expression
_STARTING_REACH = 2
_OPENING = "opening"  # "a summit opening here Saturday": future, unless its clause goes on in
# the past ("The grand opening Saturday drew crowds": a noun)
# a clause of time ("after he attended") and how many words its subject may run to
_TIME_CONJUNCTIONS = frozenset({"after", "before", "once", "when", "until", "till"})
_SUBJECT_REACH = 3
#: the reading of each when the cue stands before the expression (left) or after it (right)
_LEFT = {_PROGRESSIVE: "future", _PROSPECTIVE: "prospective", _PLAN_OBJECT: "prospective",
         _MODAL: "future", _STARTING: "future", _OPENING: _OPENING}
_RIGHT = {_PROGRESSIVE: "future", _PROSPECTIVE: None, _PLAN_OBJECT: "past", _MODAL: None,
          _STARTING: None, _OPENING: None}


@dataclass(frozen=True)
class TenseCues:
    """The cue words of `tense.yaml`, as sets."""

    future: frozenset[str]
    future_bigrams: frozenset[tuple[str, str]]
    future_auxiliaries: frozenset[str]
    plan_words: frozenset[str]
    schedule_verbs: frozenset[str]
    past: frozenset[str]
    present: frozenset[str]
    adverbs: frozenset[str]
    not_past_ed: frozenset[str]
    adjective_markers: frozenset[str]
    not_cues: frozenset[tuple[str, str]]
    object_starts: frozenset[str]
    progressive_plans: frozenset[str]
    prospective: frozenset[str]
    determiners: frozenset[str]
    modals: frozenset[str]
    schedule_participles: frozenset[str]
    schedule_nouns: frozenset[str]
    earlier_plans: frozenset[str]
    clause_openers: frozenset[str]
    past_not_verbs: frozenset[str]
    noun_cues: frozenset[str]
    verb_subjects: frozenset[str]


_KEYS = {"future", "future_bigrams", "future_auxiliaries", "plan_words", "schedule_verbs",
         "past", "present", "adverbs", "not_past_ed", "adjective_markers", "not_cues",
         "object_starts", "progressive_plans", "prospective", "determiners", "modals",
         "schedule_participles", "schedule_nouns", "earlier_plans", "clause_openers",
         "past_not_verbs", "noun_cues", "verb_subjects"}
_BE = frozenset({"be", "been", "being", "is", "are", "am", "was", "were", "'s", "'re"})
_PRESENT_BE = frozenset({"is", "are", "am", "'re"})  # not "'s": "at Wednesday's meeting"
_PAST_BE = frozenset({"was", "were"})
_WILL = frozenset({"will", "'ll", "shall", "wo"})  # a perfect after these is future
_HAVE = frozenset({"have", "has", "had", "'ve"})
_DID = frozenset({"did", "didn't"})  # "did not go": the do-support tells the past
# before a verb of timetables, words that make it no finite verb: an infinitive ("to meet"),
# a bare infinitive after its object ("let him go on Thursday")
_NOT_FINITE = frozenset({"to", "him", "her", "them", "me", "us"})


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
    clash = (sets["past"] & (sets["future"] | sets["plan_words"] | sets["schedule_verbs"])
             | sets["past"] & sets["not_past_ed"]
             | sets["adverbs"] & (sets["past"] | sets["future"] | sets["present"])
             | sets["prospective"] & sets["plan_words"])
    if not sets["noun_cues"] <= sets["future"]:
        raise ValueError("tense.yaml: noun_cues must be future cues")
    not_ing = sorted(w for w in sets["progressive_plans"] if not w.endswith("ing"))
    if not_ing:
        raise ValueError(f"tense.yaml: progressive_plans must end in -ing: {not_ing}")
    if clash:
        raise ValueError(f"tense.yaml: words in conflicting lists: {sorted(clash)}")
    return TenseCues(future_bigrams=pairs["future_bigrams"], not_cues=pairs["not_cues"], **sets)


@cache
def cues() -> TenseCues:
    """The cue sets, loaded and validated once."""
    text = resources.files(__package__).joinpath("tense.yaml").read_text(encoding="utf-8")
    return parse_cues(yaml.safe_load(text))


def _auxiliaries(tokens: list[str], i: int, c: TenseCues) -> list[str]:
    """The words before token `i` that may be its auxiliaries, nearest first, adverbs and
    negations skipped ("would still be", "had not been", "had been initially")."""
    out = []
    for j in range(i - 1, max(-1, i - 1 - _AUX_REACH), -1):
        if tokens[j] in c.adverbs or tokens[j].endswith("ly") and len(tokens[j]) > 4:
            continue
        out.append(tokens[j])
        if len(out) == 3:
            break
    return out


def _participle_tense(aux: list[str], c: TenseCues) -> str | None:
    """What the auxiliaries before a participle say: "will be held" future, "had been" past."""
    if not aux:
        return None
    perfect_of = aux[1] if aux[0] in _HAVE and len(aux) > 1 else \
        aux[2] if aux[0] == "been" and len(aux) > 2 and aux[1] in _HAVE else None
    if perfect_of in c.future_auxiliaries and perfect_of not in _WILL:
        return "past"  # "may have been killed on Sunday", "is believed to have left Friday"
    if aux[0] in _BE | _HAVE and len(aux) > 1:
        if aux[1] in c.future_auxiliaries:
            return "future"
        if aux[1] == "had" or aux[0] == "had":
            return "pluperfect"
        if aux[1] in _HAVE and aux[0] == "been" and len(aux) > 2 \
                and aux[2] in c.future_auxiliaries:  # "will have been"
            return "future"
    if aux[0] == "had":
        return "pluperfect"
    return None


def _planned_before(tokens: list[str], i: int, c: TenseCues) -> bool:
    """Whether the infinitive before token `i` was planned in the past: "was supposed to be
    airlifted", "were due to be signed", "was to be held"."""
    back = [t for t in tokens[max(0, i - 2 * _AUX_REACH):i] if t not in c.adverbs]
    if "to" not in back:
        return False
    before = back[:len(back) - 1 - back[::-1].index("to")]
    if before and before[-1] in c.plan_words:
        before = before[:-1]
    return bool(before) and before[-1] in _PAST_BE


def _classify(tokens: list[str], i: int, c: TenseCues) -> str | None:
    """The tense token `i` signals, if any (looking back a little for auxiliaries); the
    readings in `_LEFT`/`_RIGHT` depend on the side of the expression the token is on."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if nxt is not None and (tok, nxt) in c.not_cues:
        return None
    if tok in c.prospective and (prev in c.determiners or tok not in c.future):
        # "had hoped to leave on April 24", "a plan to"; "announced the plan Aug. 21" (but
        # "plans to" with no determiner is a verb of the present: future)
        if nxt == "to":
            return _PROSPECTIVE
        if prev in c.determiners:
            return None
    if tok in c.noun_cues and not _verb_use(prev, nxt, c):
        # a noun: no cue ("criticised the Israeli peace plan"), but what it is for is later
        # than the clause ("expressing hopes for a peaceful election on Thursday")
        return _PROSPECTIVE if nxt == "for" else None
    if tok in c.plan_words:
        if prev in c.earlier_plans:  # "the elections originally scheduled for October 30"
            return _PROSPECTIVE
        aux = _auxiliaries(tokens, i, c)
        said = _participle_tense(aux, c)
        if said is None and (not aux or aux[0] not in _BE | _HAVE) and nxt is not None \
                and (nxt in c.object_starts or nxt.endswith("ing") and len(nxt) > 4):
            return _PLAN_OBJECT  # a finite verb with its object: "Koizumi proposed building"
        if said is None and aux and aux[0] in _PAST_BE:  # "was supposed to be airlifted"
            return _PROSPECTIVE
        return said if said == "pluperfect" else "future"
    if tok in c.progressive_plans:
        aux = _auxiliaries(tokens, i, c)
        if aux and aux[0] in _PRESENT_BE:  # "is traveling to Somalia on Tuesday"
            return _PROGRESSIVE
    if tok in c.future:
        return "future"
    if tok in c.modals:
        return _MODAL
    if tok in c.schedule_participles and prev not in _BE | _HAVE | c.determiners:
        return _STARTING
    if tok in c.schedule_nouns and prev not in _BE | _HAVE | c.adjective_markers \
            and "on" not in tokens[i + 1:]:
        return _OPENING  # "a summit opening here Saturday"; not "a brief opening on Oct. 19"
    if tok in c.schedule_verbs and (i == 0 or tokens[i - 1] not in _NOT_FINITE) and nxt != "of":
        aux = _auxiliaries(tokens, i, c)
        if aux and aux[0] in _DID:
            return "past"  # "did not meet on Monday"
        return "future"  # not "to meet", "let him go"; before "of" a noun ("heads of government")
    if i > 0 and (tokens[i - 1], tok) in c.future_bigrams:
        return _PROSPECTIVE if tokens[i - 1] in _PAST_BE else "future"  # "was to"
    if nxt is not None and (tok, nxt) in c.future_bigrams:
        return _PROSPECTIVE if tok in _PAST_BE else "future"
    # after "to" a past form is an infinitive or an adjective: "is expected to hit on
    # Saturday", "talks due to last until Friday", "compared to reduced levels"
    past = prev != "to" and (
        tok in c.past and prev not in c.determiners  # not "in the last quarter-final"
        or tok.endswith("ed") and len(tok) > 4 and tok not in c.not_past_ed
        and prev not in c.adjective_markers)
    if past:
        aux = _auxiliaries(tokens, i, c)
        said = _participle_tense(aux, c) or "past"
        if said == "future" and _planned_before(tokens, i, c):
            return _PROSPECTIVE
        if said == "past" and aux and aux[0] in _PRESENT_BE and nxt == "to" \
                and i + 2 < len(tokens) and tokens[i + 2] not in _BE | _HAVE:
            return "future"  # "is sentenced to die at 00:01 Tuesday"; not "is believed to
            # have left Friday"
        if said == "past" and _backshifted(tokens, i, c):
            return "future"
        return said
    if tok in c.present:
        if prev in c.future_auxiliaries:  # "would now not attend": the modal tells
            return None
        return "present"
    return None


def _verb_use(prev: str | None, nxt: str | None, c: TenseCues) -> bool:
    """Whether a cue that is also a noun ("plan", "hopes") is used as a verb, by the words
    around it: "plans to visit", "hopes that", "plans a sweep", "we hope", "is not planning"."""
    return (nxt in ("to", "that") or nxt in c.object_starts and prev not in c.determiners
            or prev in c.verb_subjects)


def _backshifted(tokens: list[str], i: int, c: TenseCues) -> bool:
    """Whether the simple past at token `i` opens a clause of time under a future, whose time
    it takes (the sequence of tenses: "the signing would take place after he attended the
    meeting ... from June 22-24", "will sign it once the board approved it in May")."""
    j = next((j for j in range(i - 1, max(-1, i - 2 - _SUBJECT_REACH), -1)
              if tokens[j] in _TIME_CONJUNCTIONS or tokens[j] == ","), None)
    if j is None or tokens[j] == ",":
        return False
    for k in range(j - 1, max(-1, j - 1 - _LEFT_TOKENS), -1):
        found = _classify(tokens, k, c)
        if found:  # the future of an auxiliary ("would take place" counts by its "would")
            aux = _auxiliaries(tokens, k, c)[:1]
            return found == "future" and (tokens[k] in c.future_auxiliaries
                                          or bool(aux) and aux[0] in c.future_auxiliaries)
    return False


def _sentence_tokens(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The lower-case words of the sentence before and after text[start:end]."""
    left = text[max(0, start - _LEFT_CHARS):start]
    boundaries = [m.end() for m in _SENTENCE_END.finditer(left)]
    if boundaries:
        left = left[boundaries[-1]:]
    return [_lower(t) for t in _TOKEN.findall(left)], _right_tokens(text, end, _RIGHT_CHARS)


def _right_tokens(text: str, end: int, chars: int) -> list[str]:
    """The lower-case words of the sentence after `end`, within `chars` characters."""
    right = text[end:end + chars]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[:stop.start()]
    return [_lower(t) for t in _TOKEN.findall(right)]


def _lower(token: str) -> str:
    """A token in lower case, but "May" stays the month (no cue), unlike "may"."""
    return token if token == "May" else "," if token == ":" else token.lower()


def _scan_left(tokens: list[str], c: TenseCues, stop: int = 0) -> str | None:
    """The nearest cue among the last _LEFT_TOKENS tokens, not before index `stop`."""
    for i in range(len(tokens) - 1, max(stop - 1, len(tokens) - 1 - _LEFT_TOKENS), -1):
        found = _classify(tokens, i, c)
        if found == _PROGRESSIVE and len(tokens) - 1 - i > _PROGRESSIVE_REACH \
                or found in (_STARTING, _OPENING) and len(tokens) - 1 - i > _STARTING_REACH:
            continue
        found = _LEFT.get(found, found)
        if found:
            return found
    return None


def _scan_right(tokens: list[str], c: TenseCues, stop: int | None = None,
                limit: int = _RIGHT_TOKENS) -> str | None:
    """The nearest cue among the first `limit` tokens, before index `stop`."""
    for i in range(min(len(tokens), limit, len(tokens) if stop is None else stop)):
        found = _classify(tokens, i, c)
        found = _RIGHT.get(found, found)
        if found:
            return found
    return None


def read_tense(text: str, start: int, end: int) -> str | None:
    """"past", "pluperfect" ("had been due"), "future", "present" or "prospective" ("had
    hoped to leave on April 24": later than a past time, either side of now) for the clause
    around text[start:end], or None; "past_verb" is a past told by the verb right before the
    expression's "in"/"on" ("was elected in April"), as firm as a pluperfect."""
    c = cues()
    left, right = _sentence_tokens(text, start, end)
    # the expression's own clause first: tokens after the last comma or clause opener
    # ("because", "although") before it, before the first one after it
    bounds = c.clause_openers | {","}
    left_stop = next((len(left) - k for k, tok in enumerate(reversed(left)) if tok in bounds), 0)
    if left and left[-1] in ("until", "till"):
        # a deadline lies ahead, unless what follows is plainly past; a future in its own
        # clause outweighs a report after it ("will remain closed until Tuesday, the bank
        # said"). A past in its own clause does not tell: "gave them until Friday to leave")
        if _scan_left(left, c, left_stop) == "future":
            return "future"
        return "past" if _scan_right(right, c) in ("past", "pluperfect") else "future"
    right_stop = next((k for k, tok in enumerate(right) if tok in bounds), None)
    found = (_scan_left(left, c, left_stop) or _scan_right(right, c, right_stop)
             or _scan_left(left, c) or _scan_right(right, c))
    if found == _OPENING:
        after = _scan_right(right, c, right_stop)
        found = after if after in ("past", "pluperfect") else "future"
    if found is None and len(left) <= _OPENING_TOKENS:
        # an expression opening the sentence waits for its verb past a long subject ("In
        # January, a week after the anniversary of the decision, a clinic bombing in
        # Birmingham, Ala., killed a guard")
        found = _scan_right(_right_tokens(text, end, _OPENING_RIGHT_CHARS), c,
                            limit=_OPENING_RIGHT_TOKENS)
    if found in (None, "present") and left and left[-1] in ("by", "through"):
        return "future"  # "is to reach Manila by Friday", "the show runs through Sunday"
    if found == "present" and left and (left[-1] in _PRESENT_BE or len(left) > 1
                                        and left[-1] in ("on", "at") and left[-2] in _PRESENT_BE):
        return "future"  # a date set for it: "The deadline is Friday", "the vote is on Monday"
    if found == "past" and _past_verb_before(left, c):
        return "past_verb"
    return found


def _past_verb_before(left: list[str], c: TenseCues) -> bool:
    """Whether a verb in the past stands right before the expression's "in"/"on" ("was
    elected in April", "took effect on Jan. 1"): what it tells happened then, not a report
    of something to come ("said the dividend is payable Jan. 2")."""
    if len(left) < 2 or left[-1] not in ("in", "on"):
        return False
    verb = left[-2]
    if verb in c.past_not_verbs or _classify(left, len(left) - 2, c) != "past":
        return False
    before = left[-5:-2]
    if before and before[-1] in _PRESENT_BE | {"'s", "being"}:
        return False  # a present passive tells a timetable: "the meeting is held on Nov. 18"
    return not any(t in c.future_auxiliaries or t in c.plan_words or t in ("if", "unless")
                   for t in before)  # "if the government fell on Dec. 8"
