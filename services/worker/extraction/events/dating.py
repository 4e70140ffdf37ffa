"""When an event mention takes place: the time expression that governs its trigger, as the
temporal tagger found and resolved it, turned into an `EventDate` (a day, a span of days, a
week, month, season or year) with its modifier.

The governing expression is the one nearest the trigger in its clause, not the one that
dates a report ("said Tuesday"), another event, or a clause beyond a semicolon; ranges
("from Nov. 15 to 26", "on Tuesday and Wednesday") give spans, and a length ("a three-day
visit") stretches a day into a span from the day it starts or back from the day it ends.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import EventDate, Timex
from ..timex import calendar_words, event_date, tag
from .date_clauses import (
    INFINITIVE,
    WORD,
    has_verb,
    main_clause_after_fronted,
    relative_clauses,
    relative_of_other,
    scheduled_to,
)
from .date_ranges import duration_days, range_pair, span_date, timex_date
from .lexicon import lexicon
from .patterns import patterns
from .text import Document
from .triggers import Trigger

_P = patterns("dating")

_REPORT_BEFORE = _P["report_before"]
_WITH_WHOM = _P["with_whom_clause"]
_REPORT_AFTER = _P["report_after"]
_THAT_AFTER = _P["that_after"]
_REPORT_VERB = _P["report_verb"]
_CLAUSE_BREAK = _P["clause_break"]
_NOT_WHEN = _P["not_when"]
_REFERENCE_POINT = _P["reference_point"]
_PERIOD_START = _P["period_start"]
_OTHERS_RELATIVE = _P["others_relative"]
# an expression used as a modifier dates the noun after it ("the 1989 collapse", "a December
# 15-16 summit"): it governs only the trigger it modifies
_ATTRIBUTIVE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}?([A-Za-z-]+)\b")
_NOT_NOUNS = frozenset(
    "and or to in on at for with when after before that which who as of by from than is was were "
    "are be been has had have will would said says the a an this his her their its also "
    "while".split()
)
_START_WORDS = _P["start_words"]
_END_WORDS = _P["end_words"]
_SETTING_OUT = _P["setting_out"]
_OPENS_CLAUSE = _P["opens_clause"]
_PREPOSITION_WORDS = frozenset(
    "for to in at of on with by from during after before about into over under since".split()
)
#: Extra distance for a date that a journey's verb carries to the event it is made for
#: ("arrived Friday for talks"): the event's own date, if the text gives one, wins.
_PURPOSE_PENALTY = 6
_NEW_SUBJECT = _P["new_subject"]
#: Extra distance for a date that a predicate between it and the trigger may own.
_PREDICATE_PENALTY = 8
_SETTING_BEFORE = _P["setting_before"]
_CONJUNCT_GAP = _P["conjunct_gap"]
_SOURCE_PHRASE = _P["source_phrase"]
_AT_GATHERING = _P["at_gathering"]

#: A month's or weekday's name, capitalised, whole or abbreviated ("September", "Sept.",
#: "Mon."), as the temporal tagger's lexicon lists them.
CALENDAR_WORD = (
    "(?:"
    + "|".join(
        re.escape(w.capitalize()) for w in sorted(calendar_words(), key=lambda w: (-len(w), w))
    )
    + r")\b\.?"
)

# the name of the body a gathering noun is "of": capitalised words joined by small words, with
# their abbreviations in brackets ("of the Standing Committee for Economic and Commercial
# Cooperation (COMCEC) of the Organization of the Islamic Conference (OIC)")
_NAME_WORD = r"(?-i:[A-Z])[\w'’.&-]*(?:\s+\((?-i:[A-Z])[\w.&-]*\))?"
_OWN_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?("
    + _NAME_WORD
    + r"(?:\s+(?:(?:of|for|and|on(?!\s+"
    + CALENDAR_WORD
    + r")|the|de)\s+)*"
    + _NAME_WORD
    + r")+)"
)


@dataclass(frozen=True, slots=True)
class Dated:
    """The date a mention's words give it, and how it was found."""

    date: EventDate
    source: str  # "own" (its clause), "report" (the day it was reported), "context"
    boundary: str | None = None  # "start" / "end": the expression marks one end of the event
    start: int = 0  # span of the expression(s) in the text
    end: int = 0
    #: the date is a moment the event is under way at, not its span ("visiting X", "during a
    #: visit", "is on a visit"): another mention's span or arrival day dates it better
    under_way: bool = False


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    date: EventDate
    reporting: bool


class Timeline:
    """The time expressions of one article, with the spans they form."""

    def __init__(self, doc: Document, dct: date):
        self.doc = doc
        self.dct = dct
        self.timexes: list[Timex] = tag(doc.text, dct)
        self._starts = [t.start for t in self.timexes]
        self.candidates: list[_Candidate] = []
        skip: set[int] = set()
        points = [t for t in self.timexes if t.type in ("DATE", "TIME") and t.value[:1].isdigit()]
        for i, t in enumerate(points):
            if t.start in skip:
                continue
            pair = range_pair(doc.text, t, points[i + 1]) if i + 1 < len(points) else None
            if pair:
                a, b = pair
                span = span_date(a, b)
                if span:
                    skip.add(b.start)
                    self.candidates.append(
                        _Candidate(a.start, b.end, span, self._reporting(a.start, b.end))
                    )
                    continue
            d = timex_date(t)
            if d:
                self.candidates.append(
                    _Candidate(t.start, t.end, d, self._reporting(t.start, t.end))
                )
        self._cand_starts = [c.start for c in self.candidates]

    def spans(self) -> list[tuple[int, int]]:
        """Character spans of every time expression (so that readers can skip them)."""
        return [(t.start, t.end) for t in self.timexes]

    def _reporting(self, start: int, end: int) -> bool:
        text = self.doc.text
        return bool(
            _REPORT_BEFORE.search(text, max(0, start - 60), start)
            or _REPORT_AFTER.match(text[end : end + 30])
            or (
                # "Levy said in interviews with Turkish newspapers last week that his visit
                # would ...": an expression that closes a report's own clause
                _THAT_AFTER.match(text[end : end + 12])
                and _REPORT_VERB.search(text, max(0, start - 80), start)
            )
        )

    def in_sentence(self, start: int, end: int) -> list[_Candidate]:
        i = bisect_left(self._cand_starts, start)
        out = []
        while i < len(self.candidates) and self.candidates[i].start < end:
            out.append(self.candidates[i])
            i += 1
        return out

    def duration_before(self, offset: int) -> int | None:
        """Days of a length written right before `offset` ("a three-day visit", "48-hour")."""
        i = bisect_left(self._starts, offset) - 1
        if i < 0:
            return None
        t = self.timexes[i]
        gap = self.doc.text[t.end : offset]
        if t.type != "DURATION" or not (
            re.fullmatch(r"[\s-]*(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}", gap)
            # "the two-day third ASEAN Air Chiefs' Conference": a gathering's own name between
            or re.fullmatch(
                r"[\s-]*(?:(?!and\b|or\b)[a-z\d][\w'’-]*\s+){0,2}"
                r"(?:(?:[A-Z(][\w'’().-]*|['’])\s+){1,8}",
                gap,
            )
        ):
            return None
        return duration_days(t.value)

    def govern(
        self, trig: Trigger, others: list[Trigger], names: list[tuple[int, int]] = ()
    ) -> Dated | None:
        """The date of the expression that governs `trig` in its sentence, if any; words of
        the `names` spans do not count in the distance (a long name is one phrase)."""
        doc = self.doc
        sentence = trig.sentence
        best: tuple[float, _Candidate] | None = None
        # "after conclusion of the APEC meeting": the trigger dates another event; only an
        # expression inside its own phrase ("ahead of next week's talks") can date it
        ref = _REFERENCE_POINT.search(doc.text, max(sentence.start, trig.start - 80), trig.start)
        anchor = ref.start() if ref else None
        main = main_clause_after_fronted(doc, trig)
        fronted = False
        relatives = relative_clauses(doc.text, sentence.start, sentence.end)
        own = _OWN_NAME.match(doc.text, trig.end, sentence.end)
        if own is not None:
            # "The 22nd meeting of the Standing Committee for Economic and Commercial
            # Cooperation (COMCEC) of the Organization of the Islamic Conference (OIC) will be
            # held ... on Nov. 21-24": the gathering's own name is one phrase
            names = [*names, (own.start(1), own.end(1))]
        for c in self.in_sentence(sentence.start, sentence.end):
            if _outside_relative(doc.text, c, trig, others, relatives):
                continue  # "a stay in Washington, which includes talks Tuesday with Cheney,"
            if (
                main is not None
                and c.start >= main
                and not _SUBORDINATE.search(doc.text, main, c.start)
            ):
                # "On a visit to Japan, Abdullah warned on Friday": the opening phrase's event
                # is under way at the time of its main clause
                score = float(len(doc.text[main : c.start].split()))
                if best is None or score < best[0]:
                    best, fronted = (score, c), True
                continue
            if c.reporting and not self._occasion(trig, c):
                continue
            modifies = self._modified_noun(c)
            if _NOT_WHEN.search(
                doc.text, max(sentence.start, c.start - 30), c.start
            ) and not (
                c.end <= trig.start
                and (
                    not doc.text[c.end : trig.start].strip()
                    or modifies is not None
                    and modifies <= trig.start
                    and len(doc.text[modifies : trig.start].split()) <= 2
                )
            ):
                # ("ahead of December 21 talks", "before the September UN summit": the
                # expression modifies the trigger's own noun phrase)
                continue
            if modifies is not None and not (
                modifies <= trig.start
                and len(re.sub(r"\([^)]*\)", " ", doc.text[modifies : trig.start]).split()) <= 5
            ):
                continue  # "the Nov. 18-19 APEC forum" dates the forum, not a visit before it
            if anchor is not None and not (
                (anchor <= c.start and c.end <= trig.start) or self._in_phrase(trig, c)
            ):
                continue
            if c.end <= trig.start:
                lo, hi = c.end, trig.start
            else:
                lo, hi = trig.end, c.start
            between = doc.text[lo:hi]
            score = float(
                len(between.split())
                - sum(
                    len(doc.text[max(s, lo) : min(e, hi)].split()) - 1
                    for s, e in names
                    if s < hi and lo < e
                )
            )
            if _CLAUSE_BREAK.search(between):
                score += 12
            if c.end <= trig.start and _SOURCE_PHRASE.search(between):
                continue  # "will visit ... next year, according to sources close to the talks"
            if c.start >= trig.end and _PERIOD_START.search(between):
                continue  # "opposed the visits since it came to light in 1985"
            if c.start >= trig.end and _OTHERS_RELATIVE.search(between):
                continue  # "During the meeting, Som, who is to leave at the end of the month"
            if c.start >= trig.end and relative_of_other(between):
                continue  # "the meeting was seen as a bid to mend ties that nose-dived in"
            if any(
                lo <= o.start < hi
                and o is not trig
                # ("of the Organization of the Islamic Conference": a word of a name)
                and not any(s < o.start and o.end <= e for s, e in names)
                for o in others
            ):
                score += 4
            if (
                c.end <= trig.start
                and _NEW_SUBJECT.match(between)
                and any(lo < s < hi for s, _ in names)
            ):
                # "Tayan would visit Israel between April 7 and 9 and Levy would be in the
                # Turkish capital on April 8 and 9": the date before "and" + a new subject is
                # the first clause's
                score += _PREDICATE_PENALTY
            if (
                c.end <= trig.start
                and INFINITIVE.search(between)
                and not scheduled_to(doc.text, lo, hi)
            ):
                continue  # "arrived on Friday to join the summit": the time is the arrival's
            if c.end <= trig.start and modifies is None:
                attached = self._left_attachment(c, trig, others)
                if attached is False:
                    continue  # "returned home on Nov. 8 after a tour": the return's date
                if attached == "purpose":
                    score += _PURPOSE_PENALTY  # "visited Jordan last month for talks"
            elif c.start >= trig.end and self._predicate_between(trig.end, c.start, others):
                score += _PREDICATE_PENALTY  # "the visit will boost ties next year"
            if c.end <= trig.start:
                # before the trigger: fine when it opens the clause ("On Oct. 17, Koizumi paid")
                opens = re.search(
                    r"(?:^|[,;]\s*)(?:on|in|at|since)?\s*\Z",
                    doc.text[sentence.start : c.start],
                    re.IGNORECASE,
                )
                score += 1 if opens else 2
            if (
                score > 20
                and c.start >= trig.end
                and _SETTING_BEFORE.search(doc.text, max(lo, c.start - 60), c.start)
                and re.fullmatch(r"[\s.!?\"'’”]*", doc.text[c.end : sentence.end])
                and "," not in between
                and not _CLAUSE_BREAK.search(between)
                and not any(lo <= o.start < hi and o is not trig for o in others)
            ):
                # "officials would sit down for talks on the repatriation of remains of US
                # troops ... and on restricting missile exports in New York in May.": the
                # place and time that close the clause set its one event, however long its topic
                score = 20.0
            if score > 20:
                continue
            if best is None or score < best[0]:
                best, fronted = (score, c), False
        if best is None:
            return None
        c = best[1]
        before = doc.text[max(sentence.start, c.start - 30) : c.start]
        boundary = None
        if c.date.start == c.date.end:
            boundary = (
                "start"
                if _START_WORDS.search(before)
                else "end"
                if _END_WORDS.search(before)
                else None
            )
            setting_out = _SETTING_OUT.match(doc.text, c.end) if boundary == "end" else None
            if setting_out is not None and (
                trig.rule.id == "visit.left-for"
                and c.start >= trig.end
                or trig.type == "visit"
                and c.end <= trig.start < setting_out.end()
            ):
                # "will leave on Sunday for a three-day trip to the Middle East": the day of
                # leaving for a journey is its first, not the last of a stay
                boundary = "start"
        return Dated(c.date, "own", boundary, c.start, c.end, under_way=fronted)

    def clause_date(self, trig: Trigger) -> Dated | None:
        """The date of the clause a phrase stands in, as a moment the phrase's event is under
        way at ("held talks on Saturday with visiting X", "agreed Thursday ... during a visit
        by X", "said Monday during a visit to Y"): the nearest expression of the sentence that
        dates a predicate, not a deadline, a period's start or another noun, and no farther
        than a semicolon or a relative clause."""
        doc = self.doc
        sentence = trig.sentence
        best: tuple[int, _Candidate] | None = None
        relatives = relative_clauses(doc.text, sentence.start, sentence.end)
        for c in self.in_sentence(sentence.start, sentence.end):
            if _NOT_WHEN.search(doc.text, max(sentence.start, c.start - 30), c.start):
                continue
            if self._modified_noun(c) is not None:
                continue
            if any(
                lo <= c.start and c.end <= hi and not lo <= trig.start < hi
                for lo, hi in relatives
            ):
                continue  # "the trip, which had been set for June 7-14, came after ...": the
                # relative clause dates its own noun, not the main clause
            lo, hi = (c.end, trig.start) if c.end <= trig.start else (trig.end, c.start)
            between = doc.text[lo:hi]
            if _CLAUSE_LIMIT.search(between) or _SUBORDINATE.search(between):
                continue
            if c.start >= trig.end and _PERIOD_START.search(between):
                continue
            distance = len(between.split())
            if best is None or distance < best[0]:
                best = (distance, c)
        if best is None:
            return None
        c = best[1]
        return Dated(c.date, "own", None, c.start, c.end, under_way=True)

    def _in_phrase(self, trig: Trigger, c: _Candidate) -> bool:
        """Whether `c` closes the noun phrase of the trigger ("since a conference between Abbas
        and Sharon in June", "following the first summit in Brazil in September"): after it,
        with no verb, comma or clause between."""
        if c.start < trig.end or c.start - trig.end > 120:
            return False
        between = self.doc.text[trig.end : c.start]
        # the event's own predicate may stand between ("after an Inter-Parliamentary Union
        # meeting being hosted in Seoul ends on Tuesday")
        return not (
            "," in between or _CLAUSE_LIMIT.search(between) or _SUBORDINATE.search(between)
        ) and not has_verb(between, skip=lexicon().occurrence_verbs | _HOSTED)

    def _occasion(self, trig: Trigger, c: _Candidate) -> bool:
        """Whether the trigger names the occasion of the report that `c` dates ("told Jiang
        during a visit to China last week that", "said at the summit on Monday")."""
        if not trig.end <= c.start or c.start - trig.end > 60:
            return False
        before = self.doc.text[max(trig.sentence.start, trig.start - 30) : trig.start]
        if not re.search(
            r"\b(?:during|at|on|in|after)\s+(?:an?|the|his|her|their|its)\s+(?:\S+\s+){0,3}\Z",
            before,
            re.IGNORECASE,
        ):
            return False
        return not has_verb(self.doc.text[trig.end : c.start])

    def _left_attachment(self, c: _Candidate, trig: Trigger, others: list[Trigger]) -> bool | str:
        """Whether an expression before the trigger can date it: True when it opens its
        clause ("On Monday, Hu met"), stands right before the trigger ("Hu on Monday met"), or
        has no predicate on its left to attach to; "purpose" when that predicate is a journey
        the trigger is the purpose of ("visited Jordan last month for talks") or a predicate
        the trigger's is coordinated with ("arrived on Tuesday and met"); else False
        ("arrived Friday for the summit ... slated for Nov. 4-5", "returned on Nov. 8 after a
        tour")."""
        text = self.doc.text
        clause_start = max(trig.sentence.start, self.doc.clause_span(c.start)[0])
        left = text[clause_start : c.start]
        if _OPENS_CLAUSE.fullmatch(left):
            return True
        if re.match(r"\s*,?\s*when\b", text[c.end : trig.start], re.IGNORECASE):
            return True  # "in 2003 when Hu Jintao paid a state visit"
        if _CONJUNCT_GAP.match(text[c.end : trig.start]) and has_verb(left):
            # "arrived here on Tuesday and met Nathan earlier on Wednesday": the date closes
            # the first predicate; the second takes it only when it has none of its own
            return "purpose"
        if trig.type == "summit" and _AT_GATHERING.fullmatch(text[c.end : trig.start]):
            return True  # "invited them to join in July 1997 at the Madrid summit"
        gap = WORD.findall(text[c.end : trig.start])
        if (
            len(gap) <= 3
            and "," not in text[c.end : trig.start]
            and not any(w.lower() in _PREPOSITION_WORDS for w in gap)
        ):
            return True
        journeys = [
            o for o in others if o is not trig and clause_start <= o.start and o.end <= c.start
        ]
        if journeys and all(o.type == "visit" for o in journeys):
            # a journey's date passes only to what it is made for ("arrived Friday for a
            # three-day visit", "... for talks"), not to what follows it ("after talks")
            purpose = re.match(r"\s*(?:for|on)\b", text[c.end : trig.start], re.IGNORECASE)
            if purpose is None or trig.type == "summit":
                return False  # one arrives before a summit opens
            return True if trig.type == "visit" else "purpose"
        if journeys:
            return False
        return not has_verb(left)

    def _predicate_between(self, start: int, end: int, others: list[Trigger]) -> bool:
        """Whether a predicate of its own stands in [start, end): another trigger, or a verb
        that is not one through which an event takes place ("will be held", "to begin")."""
        if any(start <= o.start < end for o in others):
            return True
        occurrence = lexicon().occurrence_verbs
        return has_verb(self.doc.text[start:end], skip=occurrence)

    def _modified_noun(self, c: _Candidate) -> int | None:
        """Offset of the noun an attributive expression modifies ("the 1989 collapse"), if it
        is one: preceded by a determiner and followed by a noun-like word."""
        text = self.doc.text
        if not re.search(
            r"\b(?:the|a|an|its|his|her|their|this|that|next|last)\s+\Z",
            text[max(0, c.start - 8) : c.start],
            re.IGNORECASE,
        ) and not re.match(r"\A(?:'s|’s)", text[c.end : c.end + 2]):
            return None
        m = _ATTRIBUTIVE_AFTER.match(text, c.end, min(len(text), c.end + 60))
        if m is None or m.group(1).lower() in _NOT_NOUNS:
            return None
        return m.start(1)

    def interval_after(self, trig: Trigger) -> Dated | None:
        """The date of an event that what the story tells now "comes two weeks after" ("The
        exercise comes around two weeks after Hu pledged ... during his visit"): so long
        before publication, in the unit the interval is told in."""
        sentence = trig.sentence
        base = self.dct
        found = next(
            reversed(list(_COMES_AFTER.finditer(self.doc.text, sentence.start, trig.start))), None
        ) or next(
            # "The seminar took place just two weeks after the Beijing summit": what the story
            # tells, told in the past, lies days from publication at most, so weeks or months
            # count back from it too
            reversed(list(_CAME_AFTER.finditer(self.doc.text, sentence.start, trig.start))), None
        )
        if found is None:
            # "arrived in Israel Sunday, three days after kicking off a Middle East tour": so
            # long before the day of the clause it follows
            found = next(
                reversed(list(_DAYS_AFTER.finditer(self.doc.text, sentence.start, trig.start))),
                None,
            )
            if found is None:
                return None
            days = [
                c
                for c in self.in_sentence(sentence.start, found.start())
                if c.date.precision == "day" and not c.reporting
            ]
            if not days:
                return None
            base = days[-1].date.start
        if _CLAUSE_LIMIT.search(self.doc.text, found.end(), trig.start):
            return None
        n = _NUMBERS.get(found["n"].lower()) or int(found["n"])
        unit = found["unit"].lower().rstrip("s")
        if unit == "day":
            value = (base - timedelta(days=n)).isoformat()
        elif unit == "week":
            year, week, _ = (base - timedelta(weeks=n)).isocalendar()
            value = f"{year}-W{week:02d}"
        else:
            month = base.year * 12 + base.month - 1 - n
            value = f"{month // 12}-{month % 12 + 1:02d}"
        d = event_date(value)
        return Dated(d, "own", None, found.start(), found.end()) if d else None

    def report_date(self, start: int, end: int) -> Dated | None:
        """The day a report in [start, end) is dated to ("said Monday")."""
        for c in self.in_sentence(start, end):
            if c.reporting and c.date.precision == "day":
                return Dated(c.date, "report", None, c.start, c.end)
        return None


_COMES_AFTER = _P["comes_after"]
_CAME_AFTER = _P["came_after"]
_DAYS_AFTER = _P["days_after"]
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
# the verbs of a gathering's host, which may stand in its noun phrase ("a meeting being hosted
# in Seoul")
_HOSTED = frozenset("hosted organised organized sponsored convened chaired".split())
_CLAUSE_LIMIT = _P["clause_limit"]
_SUBORDINATE = _P["subordinate"]


def _outside_relative(
    text: str,
    c: _Candidate, trig: Trigger, others: list[Trigger], relatives: list[tuple[int, int]]
) -> bool:
    """Whether `c` stands in a relative clause that does not hold the trigger, so dates an
    event of that clause, not the main clause's ("Kicking off a four-day stay in Washington,
    which includes talks Tuesday with Vice President Dick Cheney, Nogaideli also met ...":
    Tuesday is the talks' day, not the stay's nor the meetings'). The clause still dates the
    noun it hangs on when it tells of that noun's own time, with no other event's word
    between ("the summit, which opens on Tuesday,", "a meeting of the Basel Convention on
    the Control of ..., which begins in Nairobi next week")."""
    for lo, hi in relatives:
        if not (lo <= c.start and c.end <= hi) or lo <= trig.start < hi:
            continue
        gap = text[trig.end : lo - 1] if trig.end < lo else ","
        # the trigger's own noun phrase, however long its name ("an international meeting
        # of the Basel Convention on the Control of ... Wastes, which begins next week")
        antecedent = (
            # "which" may hang on the event; "where" on a place, "who" on a person ("talks
            # with officials in Italy, where the Senate voted last week")
            re.match(r"\s*which\b", text[lo:hi], re.IGNORECASE) is not None
            and "," not in gap
            and len(WORD.findall(gap)) <= 25
            and not has_verb(gap)
        )
        if antecedent and not any(lo <= o.start < c.start for o in others if o is not trig):
            return False
        return True
    for lo, hi in relatives:
        if lo <= trig.start < hi and not (lo <= c.start and c.end <= hi) and _WITH_WHOM.match(
            text, lo, hi
        ):
            # "Iran, with whom the EU has held talks for years, rejected the offer on Monday":
            # the time of the clause the relative hangs in is another event's
            return True
    return False


def stretch(d: EventDate, days: int, boundary: str | None) -> EventDate:
    """A day stretched to a span of `days` days, forward from it, back when it is the end, or
    both ways when it is the middle."""
    if d.precision != "day" or days <= 1 or d.start != d.end:
        return d
    if boundary == "end":
        start, end = d.start - timedelta(days=days - 1), d.end
    elif boundary == "middle":
        start = d.start - timedelta(days=(days - 1) // 2)
        end = start + timedelta(days=days - 1)
    else:
        start, end = d.start, d.start + timedelta(days=days - 1)
    return EventDate(f"{start.isoformat()}/{end.isoformat()}", start, end, "day", d.mod)


def join(first: EventDate, last: EventDate) -> EventDate | None:
    """The span from the day an event opens to the day it closes ("opened Saturday ... due to
    conclude on Sunday")."""
    if first.precision != "day" or last.precision != "day" or last.end < first.start:
        return None
    if (last.end - first.start).days > 31:
        return None
    if first.start == last.end:
        return first
    return EventDate(
        f"{first.start.isoformat()}/{last.end.isoformat()}", first.start, last.end, "day", None
    )
