"""The tagger's pipeline: match the rules, keep the longest non-overlapping matches, join
modifier words, then resolve each expression in text order (so anaphoric ones can use the
time mentioned just before)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..model import Timex
from .resolve import open_year, resolve, resolve_after, resolve_anchored, resolve_before
from .rules import FOCUSED_OR, Grammar, Part, Rule, grammar
from .specs import Anchored, Partial, Spec, format_duration, parse_spec
from .starts import APOSTROPHE as _APOSTROPHE
from .starts import DIGIT as _DIGIT
from .tense import read_tense
from .values import Point, coarser, format_point

_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+|['\u2019]")
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)(?:\|([\w-]*))?\}")
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'.-]*)[ \t]+\Z")
_LOOKBACK = 40
# Two dated expressions that open and close one span: "from X to Y", "between X and Y",
# "X-Y", "X through Y" (`closes_range`, which `spans.ranges` pairs by too); the far end of the
# span lies after the near one, whatever the tense would say of it alone
_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*\Z", re.I)
_RANGE_OPEN = re.compile(r"(?:from|between)\s+\Z", re.I)
_RANGE_FIRM = re.compile(r"\s*(?:-|\u2013|\u2014|through|thru|until|till)\s*", re.I)
# Two dates of one list ("in August and December last year", "on March 3 and April 5, 2005"):
# the year the last one names is the first's too (`_listed_year`)
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or)\s*|\s*,\s*", re.I)


@dataclass(frozen=True, slots=True)
class Found:
    """A time expression before resolution: its span, the rule part that made it, its mod."""

    start: int
    end: int
    rule: Rule
    part: Part
    match: re.Match
    mod: str | None


def _case_ok(rule: Rule, m: re.Match, text: str, g: Grammar) -> bool:
    """Words that are also common words ("May", "march") count only capitalised and outside
    names; a lower-case time word capitalised after a capitalised word is part of a name
    ("the Cambodian Daily", "Orion Spring")."""
    for name, macro in rule.groups.items():
        word = m.group(name)
        if not word or not macro.table_keys:
            continue
        if " ".join(word.lower().split()) in g.capitalised:
            if not word[0].isupper():
                return False
        elif macro.proper or not word[0].isupper() or word.isupper():
            continue
        if _after_name(text, m.start(name), g):
            return False
    return True


def _after_name(text: str, start: int, g: Grammar) -> bool:
    """Whether the word before `start` is capitalised within the sentence (not a function
    word such as "On" or "Last")."""
    prev = _PREVIOUS_WORD.search(text, max(0, start - _LOOKBACK), start)
    if not prev:
        return False
    word = prev.group(1)
    return (word[0].isupper() and word.lower() not in g.name_guard_ok
            and not word.endswith("."))  # "... said Smith. May ..." starts a sentence


def _accepted(rule: Rule, m: re.Match, text: str, g: Grammar) -> bool:
    """Whether a rule's match passes the rule's unless/only filters, its tense and `_case_ok`."""
    if rule.unless_before and rule.unless_before.search(text, max(0, m.start() - _LOOKBACK),
                                                        m.start()):
        return False
    if rule.unless_after and rule.unless_after.match(text, m.end()):
        return False
    if rule.unless_sentence and _in_sentence(rule.unless_sentence, text, m.start(), m.end()):
        return False
    if rule.only_sentence and not _in_sentence(rule.only_sentence, text, m.start(), m.end()):
        return False
    if rule.only_tense:
        group = rule.parts[0].group
        start, end = m.span(group) if group else m.span()
        if read_tense(text, start, end) not in rule.only_tense:
            return False
    return _case_ok(rule, m, text, g)


_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(`]?[A-Z])|\n\s*\n")
_SENTENCE_REACH = 200


def _in_sentence(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether `pattern` occurs in the sentence around text[start:end] (at most
    _SENTENCE_REACH characters either side)."""
    lo = max(0, start - _SENTENCE_REACH)
    for b in _SENTENCE_BREAK.finditer(text, lo, start):
        lo = b.end()
    hi = min(len(text), end + _SENTENCE_REACH)
    stop = _SENTENCE_BREAK.search(text, end, hi)
    return pattern.search(text, lo, stop.start() if stop else hi) is not None


@dataclass(slots=True)
class Work:
    """What `find` did, counted: how the tagger's cost grows with its input (tests check
    that it grows linearly; wall-clock time is left to the bench)."""

    tokens: int = 0  # words, numbers and apostrophes looked up in the first-token index
    gate_checks: int = 0  # combined regexes tried at a token
    attempts: int = 0  # single rule regexes tried at a token
    scans: int = 0  # characters read by rules that scan the whole text
    candidates: int = 0  # matches that competed for a span
    matched_chars: int = 0  # characters the candidate matches cover

    def total(self) -> int:
        """All the counts summed: one number for how much work `find` did."""
        return (self.tokens + self.gate_checks + self.attempts + self.scans + self.candidates
                + self.matched_chars)


def _matches(text: str, g: Grammar, work: Work | None = None):
    """(order, rule, match) for every place a rule matches: each rule is tried only at the
    tokens it can start with, so a text costs about one dictionary look-up per word."""
    index = g.by_first_token
    for token in _TOKEN.finditer(text):
        word = token.group()
        key = _DIGIT if word[0].isdigit() else _APOSTROPHE if word in "'\u2019" else word.lower()
        entry = index.get(key)
        if work is not None:
            work.tokens += 1
        if entry is None:
            continue
        gate, rules = entry
        start = token.start()
        if work is not None:
            work.gate_checks += 1
        if not gate.match(text, start):
            continue
        if work is not None:
            work.attempts += len(rules)
        for order, rule in rules:
            m = rule.regex.match(text, start)
            if m:
                yield order, rule, m
    for order, rule in g.unindexed:
        if work is not None:
            work.scans += len(text)
        for m in rule.regex.finditer(text):
            yield order, rule, m


def find(text: str, g: Grammar, work: Work | None = None) -> list[Found]:
    """All rule matches, longest first among overlaps, in text order (unresolved); `work`,
    if given, counts what it took."""
    candidates = []
    for order, rule, m in _matches(text, g, work):
        if work is not None:
            work.candidates += 1
            work.matched_chars += m.end() - m.start()
        if not _accepted(rule, m, text, g):
            continue
        spans = [(m.span(p.group) if p.group else m.span(), p) for p in rule.parts]
        spans = [((s, e), p) for (s, e), p in spans if 0 <= s < e]
        if spans:  # context words outside the spans do not count toward the length
            start, end = spans[0][0][0], spans[-1][0][1]
            candidates.append((start - end, order, start, end, rule, m, spans))
    candidates.sort(key=lambda c: c[:3])
    taken = bytearray(len(text))  # 1 where a chosen expression lies; spans are short
    chosen = []
    for _, _, start, end, rule, m, spans in candidates:
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.extend(Found(s, e, rule, part, m, rule.mod) for (s, e), part in spans)
    chosen.sort(key=lambda f: f.start)
    return _with_modifiers(text, chosen, g)


def _with_modifiers(text: str, found: list[Found], g: Grammar) -> list[Found]:
    """Join modifier words ("early", "about", "or so") to the expressions they qualify."""
    out: list[Found] = []
    for i, f in enumerate(found):
        lo = out[-1].end if out else 0
        hi = found[i + 1].start if i + 1 < len(found) else len(text)
        start, end, mod = f.start, f.end, f.mod
        core = text[f.start:f.end]
        for modifier in g.modifiers:
            if f.part.type not in modifier.types:
                continue
            if modifier.core and not modifier.core.match(core):
                continue
            if modifier.unless_after and modifier.unless_after.match(text, f.end):
                continue
            if modifier.before and start == f.start:
                m = modifier.before.search(text, max(lo, f.start - _LOOKBACK), f.start)
                if m:
                    start, mod = m.start(), mod or modifier.mod
            if modifier.after and end == f.end:
                m = modifier.after.match(text, f.end, hi)
                if m:
                    end, mod = m.end(), mod or modifier.mod
        out.append(Found(start, end, f.rule, f.part, f.match, mod))
    return out


def _fill(template: str, found: Found) -> str:
    """The template with each group replaced by its normalised text (or its default)."""
    def sub(m: re.Match) -> str:
        """A group's normalised text, or the placeholder's default if the group did not match."""
        matched = found.match.group(m.group(1))
        if matched is None:
            return m.group(2) or ""
        return found.rule.groups[m.group(1)].convert(matched)
    return _PLACEHOLDER.sub(sub, template)


def _type_of(declared: str, value: str) -> str:
    """TIME when the value carries a clock time, DATE when a time rule could not give one
    (a day with a part of the day keeps the rule's type: "Friday night" is a DATE)."""
    if declared in ("DATE", "TIME") and value[:1].isdigit():
        if "T" not in value:
            return "DATE"
        if ":" in value:
            return "TIME"
    return declared


_FISCAL = ("quarter", "half")


class Focus:
    """The times a text has mentioned so far, to anchor "that year", "the following day"."""

    def __init__(self) -> None:
        """Start with no time mentioned."""
        self.count = 0
        self.last: dict[str, tuple[int, Point]] = {}  # granularity -> (when, last point)

    def mention(self, point: Point) -> None:
        """Record `point` as the latest time mentioned at its granularity."""
        self.count += 1
        self.last[point.gran] = (self.count, point)

    def __call__(self, gran: str | None) -> Point | None:
        """The last time mentioned at granularity `gran` or a finer one (any if `gran` is
        None): "On May 22, 1995 ... the following year" counts from 1995 even if another
        year was named before. Quarters and halves are often fiscal ones, which a calendar
        day cannot tell: for them the last quarter (half) named wins."""
        if gran in _FISCAL and gran in self.last:
            return self.last[gran][1]
        fitting = [seen for g, seen in self.last.items()
                   if gran is None or g == gran or coarser(gran, g)]
        return max(fitting, key=lambda seen: seen[0])[1] if fitting else None


def _focused_or(filled: str, focus: Focus) -> str:
    """`REF.Q || XXXX-Q4`: the REF value if a period of its granularity is in focus, else
    the second ("for the quarter ended Dec. 31": the fiscal quarter the story named before,
    else the calendar quarter holding that day); of two REF values, the one whose period the
    text named last ("the first half ... the same period last year": the half)."""
    first, second = filled.split(FOCUSED_OR, 1)
    spec, other = parse_spec(first), parse_spec(second)
    if not isinstance(spec, Anchored) or spec.gran not in focus.last:
        return second
    if isinstance(other, Anchored) and other.anchor == "REF" and other.gran in focus.last \
            and focus.last[other.gran][0] > focus.last[spec.gran][0]:
        return second  # both are REF values: the period named last
    return first


def explain(text: str, dct: date) -> list[tuple[Timex, str]]:
    """Each time expression in `text` with the id of the rule that found it."""
    g = grammar()
    focus = Focus()
    out = []
    near: tuple[int, Spec, Point] | None = None  # the last dated expression: index, spec, point
    specs: list[Spec | None] = []  # each expression's spec, as `out` lists them
    for f in find(text, g):
        filled = _fill(f.part.value, f)
        if FOCUSED_OR in filled:
            filled = _focused_or(filled, focus)
        if f.part.type == "SET":  # a set is a pattern of times, not anchored anywhere
            value, point = (format_duration(filled) if filled.startswith("P") else filled), None
        else:
            spec = parse_spec(filled)
            value, point = resolve(spec, dct, focus, lambda f=f: read_tense(text, f.start, f.end))
            if near is not None and point is not None and closes_range(
                text, out[near[0]][0], f.start
            ):
                if open_year(spec) and isinstance(spec, Partial):
                    # across a new year only if the link is firm: "moved up from June 1 to
                    # May 15" is no span
                    firm = _RANGE_FIRM.fullmatch(text, out[near[0]][0].end, f.start) is not None
                    after = resolve_after(spec, near[2], firm)
                    if after is not None:
                        value, point = format_point(after), after
                elif open_year(near[1]) and isinstance(near[1], Partial) \
                        and isinstance(spec, Partial) and spec.year.isdigit():
                    before = resolve_before(near[1], point)
                    if before is not None:
                        first, rule_id = out[near[0]]
                        out[near[0]] = (replace(first, value=format_point(before)), rule_id)
                elif _clock_only(spec) and _clock_of(near[2]) and _clock_of(point) \
                        and point.start == near[2].start and point.tod < near[2].tod:
                    # a span of hours past midnight: "a curfew from 7 p.m. to [6 a.m.]"
                    point = Point(point.gran, point.start + timedelta(days=1), point.tod)
                    value = format_point(point)
            elif near is not None and point is not None and _listed_year(
                text, out[near[0]][0], near[1], f.start, spec
            ):
                before = resolve_before(near[1], point)
                if before is not None:
                    first, rule_id = out[near[0]]
                    out[near[0]] = (replace(first, value=format_point(before)), rule_id)
            elif point is not None and _of_told_week(spec):
                _listed_weekdays(text, out, specs, f.start, spec, point)
        if point is not None and f.rule.refocus:
            focus.mention(point)
        elif f.rule.focus is not None:  # a duration that stands for a period ("the nine months")
            focus.mention(resolve_anchored(f.rule.focus, dct, focus))
        ttype = _type_of(f.part.type, value)
        freq = _fill(f.rule.freq, f) if f.rule.freq and ttype == "SET" else None
        quant = f.rule.quant if ttype == "SET" else None
        timex = Timex(f.start, f.end, text[f.start:f.end], ttype, value, f.mod, quant, freq)
        out.append((timex, f.rule.id))
        specs.append(None if f.part.type == "SET" else spec)
        if f.part.type != "SET":
            near = (len(out) - 1, spec, point) if point is not None and ttype in ("DATE", "TIME") \
                else None
    return out


def _clock_of(point: Point) -> bool:
    """Whether `point` is a clock time ("19:00"), not a part of the day."""
    return point.tod is not None and ":" in point.tod


def _clock_only(spec: Spec) -> bool:
    """Whether `spec` is a clock time with no day of its own ("6 a.m.")."""
    return isinstance(spec, Partial) and spec.tod is not None and spec.year.startswith("X") \
        and spec.month in (None, "XX") and spec.day in (None, "XX") and spec.week is None


def _listed_year(text: str, first: Timex, first_spec: Spec, start: int, spec: Spec) -> bool:
    """Whether the month or day `first` names, its year left open, is listed with the one at
    `start`, which names its year ("in August and December last year", "in March and April
    2005"): the list's year is the last date's, not the one the tense would give the first."""
    return (
        first.type == "DATE"
        and open_year(first_spec)
        and isinstance(spec, Partial)
        and (spec.year.isdigit() or spec.at is not None)
        and spec.month not in (None, "XX")
        and spec.wday is None
        and _LIST_GAP.fullmatch(text, first.end, start) is not None
    )


def _of_told_week(spec: Spec) -> bool:
    """Whether `spec` is a weekday of a week told ("Tuesday last week", "Friday of next week")."""
    return isinstance(spec, Partial) and spec.wday is not None and spec.wday.isdigit() \
        and spec.at is not None and spec.at.gran == "week"


def _listed_weekdays(text: str, out: list[tuple[Timex, str]], specs: list[Spec | None],
                     start: int, spec: Partial, point: Point) -> None:
    """Put the open weekdays listed right before the weekday at `start`, whose week is told,
    in that week ("on Monday and Tuesday last week", "Monday, Tuesday and Friday next week"),
    as `_listed_year` does a month's year: the tense would give the first this week's."""
    for k in range(len(out) - 1, -1, -1):
        first, rule_id = out[k]
        listed = specs[k]
        if first.type != "DATE" or not isinstance(listed, Partial) or listed.week != "XX" \
                or not (listed.wday or "").isdigit() or listed.at is not None \
                or listed.direction is not None or listed.tod is not None \
                or _LIST_GAP.fullmatch(text, first.end, start) is None:
            return
        day = point.start + timedelta(days=int(listed.wday) - int(spec.wday))
        out[k] = (replace(first, value=format_point(Point("day", day))), rule_id)
        start = first.start


def closes_range(text: str, first: Timex, start: int) -> bool:
    """Whether the expression at `start` closes a span that the dated expression `first`
    opens ("from June 1 to Nov. 30", "Dec. 28-Jan. 3", "between May and July"); "and" links
    only after "between" (else it lists)."""
    if first.type not in ("DATE", "TIME"):
        return False
    gap = text[first.end:start]
    if not _RANGE_GAP.match(gap):
        return False
    opened = _RANGE_OPEN.search(text, max(0, first.start - 12), first.start)
    if gap.strip().lower() == "and":
        return bool(opened) and opened.group(0).lower().startswith("between")
    return bool(opened) or bool(_RANGE_FIRM.fullmatch(gap))


def tag(text: str, dct: date) -> list[Timex]:
    """The TIMEX3 expressions in `text`, resolved against the creation date `dct`."""
    return [timex for timex, _ in explain(text, dct)]
