"""A date for a mention whose own clause gives none, from its context: the story's day for
what is under way or told as one of its ends today, the visit or the summit it happens
during or beside, the day its sentence reports, the next step of a day already dated, or the
day's news (news_day), the occasions of a clause (occasion_dates) and, last, the story's
dated episode an undated mention goes on telling (episode_dates)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from ..timex import event_date
from .antecedents import same_place
from .ceremony_dates import ceremony_date
from .dating import Dated, Timeline
from .drafts import Draft, MentionInfo, opening_of, stretched_date
from .entities import Entities
from .episode_dates import episode_date
from .location import IN_AT
from .mentions import COUNTRY, NAME, ORGANISATION, PLACE, Mention
from .news_day import (
    APPOSED_MEETING_SENTENCES,
    BACKGROUND,
    FUTURE,
    LEAD_SENTENCES,
    NEWS_DAYS,
    advisory_day,
    lead_day,
    near_end,
    report_day,
    story_day,
    told_as_news,
)
from .occasion_dates import clause_day, ended_by, occasion_date
from .patterns import patterns
from .text import Document
from .trigger_nouns import TRIGGER_NOUNS
from .triggers import Trigger, sentence_triggers

_P = patterns("context_dates")

_DURING = _P["during"]
SIDELINES = _P["sidelines"]
_AFTER_ENDING = _P["after_ending"]
_FRONTED_OPENING = _P["fronted_opening"]
_EDGE_TODAY = _P["edge_today"]
_TIME_CLAUSE = _P["time_clause"]
_PARTICIPLE = _P["participle"]
_THEN = _P["then"]
_IN_MEETING = _P["in_meeting"]
_OCCASION_SAID = _P["occasion_said"]
_RESUMED_NOW = _P["resumed_now"]
_STATEMENTS_OCCASION = _P["statements_occasion"]
# "will pay a visit ..., according to sources close to the talks between Hu and Bush"
_SOURCE_PHRASE = patterns("dating")["source_phrase"]


def context_date(
    doc: Document,
    ents: Entities,
    timeline: Timeline,
    m: MentionInfo,
    drafts: list[Draft],
    dct: date,
) -> Dated | None:
    """A date for a mention whose clause gives none: the publication day for what is under
    way ("the ongoing summit", "arriving in Japan"), the visit it happens during, or, for a
    past meeting or call, the day the sentence reports ("said Monday ... after he met")."""
    sentence = m.trig.sentence
    word = doc.text[m.trig.start : m.trig.end].lower()
    advisory = advisory_day(doc, timeline, m, dct)
    if advisory is not None:
        return advisory
    clause = doc.clause_span(m.trig.start)
    if (
        m.type in ("meeting", "call", "visit")
        and not (m.cue and m.cue.status == "planned")  # ("agreed to meet ... earlier today")
        and (
            _SAME_DAY.search(doc.text, *clause)
            # "he said after later holding talks in Jerusalem with Olmert": a deed done later
            # the day told, in a clause of no time of its own, past
            or _LATER_DEED.search(doc.text, *clause)
            and not FUTURE.search(doc.text, *clause)
            and not BACKGROUND.search(doc.text, *clause)
        )
    ):
        # "Earlier in the day, Talabani also met Rafsanjani", "The delegation arrived here
        # earlier in the day": the day the story tells of, its lead's or its own
        lead = lead_day(doc, timeline, dct)
        if lead is not None and lead.date.precision == "day":
            return Dated(lead.date, "context")
        day = event_date(dct.isoformat())
        return Dated(day, "context") if day is not None else None
    if m.type in ("meeting", "call") and _AFTER_ARRIVAL.search(
        doc.text, m.trig.end, near_end(doc, m.trig.end, sentence.end, 16)
    ):
        # "held talks with his Iranian counterpart soon after arrival": the day the visit of
        # one of its parties opens
        for d in reversed(drafts):
            if d.type == "visit" and d.date is not None and set(m.keys) & set(d.keys):
                first = opening_of(d)
                day = event_date(first.start.isoformat())
                if day is not None:
                    return Dated(day, "context")
                break
    if m.type in ("meeting", "call") and _STRAIGHT_INTO.search(
        doc.text, sentence.start, m.trig.start
    ):
        # "A Pakistani military chief arrived here Wednesday ... Khan went straight into talks
        # with Mubarak": gone into at once, on the day of the arrival told in its sentence or
        # the one before
        for s in doc.sentences[max(0, sentence.index - 1) : sentence.index + 1][::-1]:
            arrivals = [
                t
                for t in timeline_triggers(timeline, s)
                if t.type == "visit" and t.rule.kind == "arrival" and t.start < m.trig.start
            ]
            if arrivals:
                dated = timeline.govern(arrivals[-1], [])
                if dated is not None and dated.date.precision == "day":
                    return Dated(dated.date, "context")
                break
    if (
        m.type == "summit"
        and (m.reading.body_name or any(p.kind == ORGANISATION for p in m.reading.parties))
        and _IMMINENT.search(doc.text, sentence.start, m.trig.start)
        or m.type == "visit"
        and _JUST_ENDED.search(doc.text, sentence.start, m.trig.start)
    ):
        # "Putin said ahead of the 14th APEC summit meeting in Hanoi", "complained during the
        # just-ended Commonwealth summit", "a question on Bush's just-concluded visit to
        # China": a gathering days away or just over, or a visit just over, in the month the
        # story is told (not "reports ahead of the G7 gathering", told after it)
        month = event_date(dct.strftime("%Y-%m"))
        if month is not None:
            return Dated(month, "context")
    if m.type == "visit":
        # "Albright will attend the ceremony for the transition of Hong Kong": the day of the
        # occasion, which the article dates elsewhere ("the July 1 takeover")
        found = ceremony_date(doc, timeline, m)
        if found is not None:
            return found
        ended = ended_by(doc, timeline, m)
        if ended is not None:
            return ended
        if not (m.cue and m.cue.status == "planned") and not FUTURE.search(
            doc.text, sentence.start, m.trig.start
        ):
            # "days after his return from a three-week trip to Africa", "passing through
            # Geneva after visiting Washington": a journey just before its clause's day
            found = occasion_date(doc, timeline, m, dct)
            if found is not None:
                return found
    if m.type in ("visit", "summit") and _AFTER_ENDING.search(
        doc.text, sentence.start, m.trig.start
    ):
        # "After wrapping up a two-day ministerial meeting, the ministers endorsed ...": over
        # by the story's day, which is its last
        day = event_date(dct.isoformat())
        if day is not None:
            return Dated(day, "context", boundary="end")
    if m.type in ("visit", "summit") and _FRONTED_OPENING.match(
        doc.text[sentence.start : m.trig.start]
    ):
        # "Kicking off a four-day stay in Washington, which includes talks Tuesday with ...,
        # Nogaideli also met ...": it opens at the time of its main clause, the story's day
        # when the clause gives none of its own
        found = timeline.clause_date(m.trig)
        if found is not None and found.date.precision == "day":
            return Dated(found.date, "context", boundary="start")
        day = event_date(dct.isoformat())
        if day is not None:
            return Dated(day, "context", boundary="start")
    if (
        m.type in ("summit", "meeting")
        and sentence.index < LEAD_SENTENCES["summit"]
        and _RESUMED_NOW.match(doc.text[m.trig.end : sentence.end])
        and not (m.cue and m.cue.status == "planned")
        and not _TIME_CLAUSE.search(doc.text, sentence.start, m.trig.start)
        and not FUTURE.search(doc.text, sentence.start, m.trig.start)
        # (its own words: "a South Korean official told reporters earlier" is the report's)
        and not BACKGROUND.search(
            doc.text, clause[0], near_end(doc, m.trig.end, sentence.end, 6)
        )
    ):
        # "The six-nation talks resumed after a 13 month break", told in a story's lead:
        # taken up again on the day the story tells, and under way
        found = lead_day(doc, timeline, dct)
        day = found.date if found is not None else event_date(dct.isoformat())
        if day is not None and day.precision == "day":
            return Dated(day, "context", under_way=True)
    # searched in the slice, so that its "\A" is the sentence's start ("Ending a two-day
    # visit, Scharping said"), not only the text's
    edge = _EDGE_TODAY.search(doc.text[sentence.start : m.trig.start])
    if (
        m.type in ("visit", "summit")
        and edge is not None
        # ("after he concludes his state visit": a time still to come)
        and not _TIME_CLAUSE.search(doc.text, sentence.start, sentence.start + edge.start())
    ):
        # "Scharping, ending a two-day visit, said ...", "King Abdullah II begins a two-day
        # private visit", "said, hours before the end of the ministerial conference": that
        # end falls on its clause's day, or the story's
        found = clause_day(doc, timeline, m.trig, dct)
        day = found.date if found is not None else event_date(dct.isoformat())
        if day is not None:
            opening = edge["p_open"] or edge["open"] or edge["b_open"]
            return Dated(day, "context", boundary="start" if opening else "end")
    if (
        m.trig.rule.id == "visit.be-in"
        and not (m.cue and m.cue.status == "planned")
        # ("was in the US capital recently to counsel top officials": some day before)
        and not BACKGROUND.search(doc.text, *clause)
    ):
        # "Hu is in Hanoi for a summit": there on the story's day; "was in Geneva to lobby":
        # the day the story tells of
        day = event_date(dct.isoformat())
        present = re.match(r"(?:is|are)\b", doc.text[m.trig.start : m.trig.end])
        if day is not None:
            return Dated(day, "context", under_way=bool(present))
    if (
        m.type in ("visit", "meeting", "call", "summit")
        and m.cue is not None
        and m.cue.status == "planned"
        and _ABOUT_TO.search(doc.text, sentence.start, m.trig.start)
    ):
        # "Blair is about to leave for Turkey at the start of a wider tour to the Middle
        # East": to come, on the story's day
        day = event_date(dct.isoformat())
        if day is not None:
            return Dated(day, "context")
    if (
        (m.cue and m.cue.status == "ongoing")
        or m.reading.under_way == "visiting"
        or (
            m.trig.rule.kind == "arrival"
            and word.endswith("ing")
            and not (m.cue and m.cue.status == "planned")
        )
    ):
        # "is on a visit", "talks with visiting X", "arriving in Japan": under way today
        day = event_date(dct.isoformat())
        if day is not None:
            return Dated(day, "context", under_way=True)
    if (
        m.type in ("meeting", "summit", "visit")
        and not (m.cue and m.cue.status in ("planned", "cancelled", "postponed"))
        and (
            _OPENED_AFTER.search(doc.text[m.trig.end : sentence.end])
            or _OPENING_VERB.search(doc.text, sentence.start, m.trig.start)
        )
        and not FUTURE.search(doc.text, *clause)
        and not BACKGROUND.search(doc.text, *clause)
    ):
        # "Talks between Iran and the EU resumed in Vienna", "EU foreign ministers opened two
        # days of talks in Brussels", "Ahmadinejad began a state visit to Venezuela": begun,
        # with no time of their own, on the story's day, and under way
        day = event_date(dct.isoformat())
        if day is not None:
            return Dated(day, "context", under_way=True)
    if (
        m.trig.rule.id == "summit.session-of"
        and m.reading.location is not None
        and m.trig.sentence.index < APPOSED_MEETING_SENTENCES
    ):
        # "sought to sponsor a resolution at the annual session of the UN Human Rights
        # Commission in Geneva": a body's session told in passing at its place is under way
        # at its clause's time, or on the lead's day
        found = timeline.clause_date(m.trig) or lead_day(doc, timeline, dct)
        if found is not None:
            return dataclasses.replace(found, source="context", under_way=True)
    if (
        m.trig.rule.id in ("summit.members-meet", "summit.body-meeting")
        or m.type == "summit"
        and m.trig.rule.id in ("meeting.meet", "summit.ministerial")
        and _PLACE_NEXT.match(doc.text, m.trig.end)
        # ("European foreign ministers meeting in Luxembourg": a participle, not a noun)
        and (m.trig.rule.id == "meeting.meet" or _MEMBERS_BEFORE.search(doc.text, 0, m.trig.start))
    ) and _PARTICIPLE.fullmatch(word):
        # ("the UN Human Rights Commission meeting in Geneva": a body's members meeting there)
        # "Foreign ministers of member-states meeting in the Ethiopian capital agreed": the
        # gathering is under way at its clause's time, or the story's day
        found = timeline.clause_date(m.trig) or story_day(doc, ents, timeline, m, dct)
        if found is None and (
            m.trig.rule.id == "meeting.meet"
            or m.trig.rule.id == "summit.ministerial"
            and m.trig.sentence.index < APPOSED_MEETING_SENTENCES
        ):
            found = lead_day(doc, timeline, dct)  # the lead's day, as a moment of it
        if m.trig.rule.id == "summit.body-meeting":
            # "OPEC, meeting in Kuwait, maintained its quota": a gathering told in passing as
            # the occasion of what the body did is the day the lead tells of, over when its
            # clause is past
            if found is None and m.trig.sentence.index < APPOSED_MEETING_SENTENCES:
                found = lead_day(doc, timeline, dct)
            return found
        if found is not None and found.date.end < dct:
            # "OPEC ministers meeting in Nigeria on Thursday announced ..." in a Friday story:
            # a gathering its clause dates before the story's day is over by then
            return dataclasses.replace(found, under_way=False)
        if found is not None:
            return dataclasses.replace(found, under_way=True)
    text = doc.text[sentence.start : sentence.end]
    link = SIDELINES.search(doc.text, m.trig.end, sentence.end)
    if link and m.type == "meeting":
        # "met ... on the sidelines of the SCO summit in mid-September": the summit's date
        for other in timeline_triggers(timeline, sentence):
            if other.type == "summit" and other.start >= link.start():
                dated = timeline.govern(other, [])
                if dated is not None:
                    return Dated(dated.date, "context")
    beside = _BESIDE_GATHERING.search(doc.text, sentence.start, sentence.end)
    if (
        m.type == "meeting"
        and beside is not None
        and (beside.end() <= m.trig.start or beside.start() >= m.trig.end)
        and not _PERFECT_OR_REPEATED.search(doc.text, *clause)
        and not BACKGROUND.search(doc.text, *clause)
    ):
        # "Leaders ... opened their annual summit here Sunday. On the sidelines of the meeting,
        # Hu met Abe", "... will gather in Brussels on Thursday for a two-day summit. Blair is
        # expected to meet Chirac on the sidelines": held during the gathering told last
        gathering = next(
            (d for d in reversed(drafts) if d.type == "summit" and d.date is not None), None
        )
        if gathering is not None:
            return Dated(stretched_date(gathering), "context")
    if m.type == "summit" and any(p.kind == ORGANISATION for p in m.reading.parties):
        # (a known body's gathering: "the Asia-Pacific forum" alone names none)
        host = _sidelines_host(doc, m, drafts)
        if host is not None:
            # "will hold talks in Busan on Friday on the sidelines of the APEC summit": the
            # gathering is on the day, and in the place, of the meeting it hosts
            if m.reading.location is None:
                m.reading.location = host.location
            return Dated(host.date, "context")
    during = _DURING.search(doc.text, sentence.start, sentence.end)
    if m.type in ("meeting", "call", "visit") and during:
        visit, place = _visit_during(doc, ents, m, during, drafts, dct)
        if visit is not None:
            if m.reading.location is None:
                m.reading.location = place  # "during his stay in Portugal": there
            m.stay = visit
            return Dated(stretched_date(visit), "context")
    if m.type in ("meeting", "call"):
        # "Boucher, who arrived in Kathmandu Wednesday on a three-day visit, made the
        # assurance during a meeting with Koirala": a meeting of a visitor, in the sentence of
        # the visit, takes place during it
        for d in reversed(drafts):
            if (
                d.type == "visit"
                and d.date is not None
                and d.lead.trig.sentence is sentence
                and set(m.keys) & set(d.keys)
                # ("will pay a visit to the US next year, according to sources close to the
                # talks between Hu and visiting Bush": the talks are the report's source)
                and not _SOURCE_PHRASE.search(doc.text, d.lead.trig.end, m.trig.start)
                # "left on Friday for Vietnam to attend the meeting": what a journey is for
                # comes after its day
                and not (
                    m.cue is not None
                    and m.cue.status == "planned"
                    and d.lead.trig.rule.kind == "arrival"
                    and d.date.start == d.date.end
                )
            ):
                if d.lead.dated is not None and _FRONTED_OPENING.match(
                    doc.text[sentence.start : d.lead.trig.start]
                ):
                    # "Kicking off a four-day stay in Washington, ..., Nogaideli also met
                    # Hadley": done as the visit opens, on its first day
                    return Dated(d.lead.dated.date, "context")
                return Dated(stretched_date(d), "context")
    if (
        m.type in ("meeting", "call")
        and m.cue is not None
        and m.cue.status == "planned"
        and sentence.index > 0
    ):
        # "Singh will arrive in Tokyo on Wednesday. He will meet Abe", "Talabani will fly to
        # Tehran on Saturday. Talabani is due to hold talks with Ahmadinejad": what a
        # traveller is still to do, told right after the journey still to come, is done on it
        for d in reversed(drafts):
            if (
                d.type == "visit"
                and d.date is not None
                and d.lead.trig.sentence.index == sentence.index - 1
                and set(m.keys) & set(d.keys)
                and d.date.end >= dct
            ):
                return Dated(stretched_date(d), "context")
    if m.type in ("meeting", "visit") and _THEN.search(text):
        # "... was given an audience with the pope and was then to meet Prodi": the next
        # step of a day already dated for one of its parties
        for d in reversed(drafts):
            if (
                d.date is not None
                and d.date.precision == "day"
                and abs((d.date.start - dct).days) <= NEWS_DAYS
                and (not m.keys or set(m.keys) & set(d.keys))
            ):
                return Dated(d.date, "context")
    if m.type in ("meeting", "call") and not (m.cue and m.cue.status == "planned"):
        # "said Monday after he met": the day of a report dates what its sentence says was
        # done, not an event it only names ("said Tuesday that Israel opposed talks")
        report = timeline.report_date(sentence.start, sentence.end)
        occasion = _occasion_of_report(doc, m)
        if report is not None and (
            word not in TRIGGER_NOUNS or m.trig.rule.id == "meeting.talks" or occasion
        ):
            return report
        if occasion and _OCCASION_SAID.search(text):
            # "During his meeting with Ungureanu, Tang noted": the occasion of what the lead
            # reports
            lead = lead_day(doc, timeline, dct)
            # ("said in an earlier meeting with X": background; what is said after it is not)
            if lead is not None and not BACKGROUND.search(doc.text, clause[0], m.trig.end):
                return Dated(lead.date, "context")
    if (
        m.type in ("meeting", "call")
        and not (m.cue and m.cue.status == "planned")
        and _STATEMENTS_OCCASION.search(doc.text, sentence.start, m.trig.start)
        and not FUTURE.search(doc.text, sentence.start, m.trig.start)
        and not BACKGROUND.search(doc.text, *clause)
    ):
        # "DiCarlo and Lehne made the statements after meeting with Kosovo Albanian leaders":
        # the occasion of the statements the story reports, on the day its lead reports
        lead = lead_day(doc, timeline, dct)
        if lead is not None and lead.date.precision == "day":
            return Dated(lead.date, "context")
    if m.type == "summit":
        found = occasion_date(doc, timeline, m, dct)
        if found is not None:
            return found
    if m.type == "summit" and not (m.cue and m.cue.status == "planned"):
        found = _said_after(doc, timeline, m, dct)
        if found is not None:
            return found
    if (
        m.type == "summit"
        and sentence.index < APPOSED_MEETING_SENTENCES
        and _SAID_AT_GATHERING.search(doc.text, sentence.start, m.trig.start)
        and not (m.cue and m.cue.status == "planned")
        and not FUTURE.search(doc.text, sentence.start, m.trig.start)
        and not BACKGROUND.search(doc.text, *clause)
    ):
        # "Blair said on the sidelines of a summit of European leaders in Brussels": the
        # gathering a report is made at is under way on the day of the report, the lead's
        # when its own sentence gives none
        found = report_day(doc, timeline, sentence, dct)
        if found is not None:
            return dataclasses.replace(found, source="context", under_way=True)
    if (
        m.type == "summit"
        and sentence.index == 0
        and _AT_GATHERING.search(doc.text, sentence.start, m.trig.start)
        and not (m.cue and m.cue.status == "planned")
        # (its own phrase, from the comma before it: "Britain was to present proposals
        # Friday ..., a spokesman said, reporting progress in talks at a summit")
        and not FUTURE.search(
            doc.text, max(sentence.start, doc.text.rfind(",", 0, m.trig.start)), m.trig.start
        )
        and not BACKGROUND.search(doc.text, *clause)
    ):
        # "a spokesman for Blair said, reporting progress in talks at a crunch Brussels
        # summit": the gathering the lead's news is made at is under way on the lead's day
        found = lead_day(doc, timeline, dct)
        if found is not None and found.date.precision == "day":
            return dataclasses.replace(found, source="context", under_way=True)
    if (
        m.type == "summit"
        and sentence.index < LEAD_SENTENCES["summit"]
        and _TOLD_GATHERING.search(doc.text, sentence.start, m.trig.start)
        and not FUTURE.search(doc.text, sentence.start, m.trig.start)
    ):
        # "Museveni told a conference on governance hosted by the European Commission": what a
        # speaker told a gathering, in a story's lead, is the lead's news
        return lead_day(doc, timeline, dct)
    if told_as_news(doc, m) and not any(
        d.type == m.type in ("meeting", "call") and set(m.keys) <= set(d.keys) for d in drafts
    ):
        # (an event of its parties told already is the one it tells of again: "The two
        # leaders met late Saturday ... Olmert said his meeting with Abbas")
        found = story_day(doc, ents, timeline, m, dct)
        if found is not None and m.type == "meeting" and m.reading.location is None:
            m.reading.location = _lead_place(doc, ents, m, found)
        if found is not None:
            return found
    return episode_date(doc, ents, timeline, m, drafts, dct)


def _occasion_of_report(doc: Document, m: MentionInfo) -> bool:
    """Whether the mention is the meeting or call its sentence tells as the occasion of a
    report ("During his meeting with Ungureanu, Tang noted", "Speaking after a telephone
    conversation with Savimbi, Kakumba said"), not another event the sentence names ("In a
    phone call with Mubarak, Olmert said his meeting with Abbas")."""
    sentence = m.trig.sentence
    return any(
        found.start() <= m.trig.start < found.end()
        for found in _IN_MEETING.finditer(doc.text, sentence.start, sentence.end)
    )


_ATTENDED_ON_TRIP = _P["attended_on_trip"]


#: How many days after a traveller sets off the gathering he sets off for may open.
_SETS_OFF_AHEAD = 5


def attended_on_trip(doc: Document, m: MentionInfo, drafts: list[Draft]) -> Dated | None:
    """The days of the trip a gathering is attended on, when its sentence tells the trip's
    days and then the traveller's attending it ("will pay official visits to France, ... and
    Malaysia from Dec. 4 to 15, and he will also attend the ASEAN summit in Kuala Lumpur"):
    for a gathering no other mention dates. A trip told by the day it sets off ("will leave
    for Hanoi on Wednesday to attend the APEC leaders' meeting") does not tell the
    gathering's days, which come after: in the days after it sets off, told by their month
    when those days stay in the month it sets off in."""
    if m.type != "summit":
        return None
    for d in reversed(drafts):
        lead = d.lead.trig
        span = stretched_date(d) if d.date is not None else None
        if (
            d.type == "visit"
            and span is not None
            and lead.sentence is m.trig.sentence
            and lead.end <= m.trig.start
            and _ATTENDED_ON_TRIP.search(doc.text[lead.end : m.trig.start])
        ):
            if span.start < span.end:
                return Dated(span, "context")
            ahead = span.start + timedelta(days=_SETS_OFF_AHEAD)
            if lead.rule.id == "visit.left-for" and ahead.month == span.start.month:
                # "will leave for New York on Tuesday to attend the meeting of the High Level
                # Panel": some days after Tuesday, that month
                month = event_date(span.start.strftime("%Y-%m"))
                return Dated(month, "context") if month is not None else None
    return None


def _said_after(doc: Document, timeline: Timeline, m: MentionInfo, dct: date) -> Dated | None:
    """The day of a report made right after a gathering ("Blair said after chairing a first
    round of talks at a two-day summit", "Churkin told reporters after a round of informal
    talks"): the gathering was held that day, the day its sentence or the story's lead
    reports. Only the report's own words count (not a quote before it)."""
    sentence = m.trig.sentence
    said = _SAID_AFTER_GATHERING.search(doc.text, sentence.start, m.trig.start)
    if said is None or FUTURE.search(doc.text, said.start(), m.trig.start):
        return None
    if BACKGROUND.search(doc.text, said.start(), near_end(doc, m.trig.end, sentence.end, 6)):
        return None
    found = report_day(doc, timeline, sentence, dct)
    return Dated(found.date, "context") if found is not None else None


def _lead_place(doc: Document, ents: Entities, m: MentionInfo, found: Dated) -> Mention | None:
    """The one place an earlier sentence that dates a meeting of the same parties says they
    were in ("Wen and Surayud signed five agreements in Beijing on Monday. The two prime
    ministers also held talks"): their talks there."""
    if not found.end:
        return None
    lead = doc.sentence_at(found.start)
    if lead is m.trig.sentence or not m.keys:
        return None
    named = ents.between(lead.start, lead.end)
    if not set(m.keys) <= {x.key for x in named}:
        return None
    places = [
        x
        for x in named
        if x.kind in (PLACE, COUNTRY)
        and x.key not in m.keys  # (a party is no venue: "against interfering in Taiwan")
        and IN_AT.search(doc.text, lead.start, x.start)
    ]
    return places[0] if len(places) == 1 else None


_AFTER_ARRIVAL = _P["after_arrival"]
_STRAIGHT_INTO = _P["straight_into"]
_IMMINENT = _P["imminent"]
_ABOUT_TO = _P["about_to"]
_JUST_ENDED = _P["just_ended"]
_SAME_DAY = _P["same_day"]


_LATER_DEED = _P["later_deed"]
_MEMBERS_BEFORE = _P["members_before"]
_PLACE_NEXT = _P["place_next"]
_AT_GATHERING = _P["at_gathering"]
_SAID_AT_GATHERING = _P["said_at_gathering"]
_TOLD_GATHERING = _P["told_gathering"]
_SAID_AFTER_GATHERING = _P["said_after_gathering"]


def _visit_during(
    doc: Document,
    ents: Entities,
    m: MentionInfo,
    during: re.Match,
    drafts: list[Draft],
    dct: date,
) -> tuple[Draft | None, Mention | None]:
    """The visit "during his stay in Portugal" names, and the place the phrase names: a visit
    of one of the mention's parties, to that place when it names one (a leg of a tour counts),
    and, for what is still to come, not one over before publication."""
    place = next(
        (
            x
            for x in ents.between(during.end(), during.end() + 40)
            if x.kind in (COUNTRY, PLACE, NAME)
            and re.fullmatch(r"\s*(?:in|to|of)\s+(?:the\s+)?", doc.text[during.end() : x.start])
        ),
        None,
    )
    planned = m.cue is not None and m.cue.status == "planned"
    for d in reversed(drafts):
        if d.type != "visit" or d.date is None or (m.keys and not set(m.keys) & set(d.keys)):
            continue
        # (the visit's whole stay: "arrived on Monday for a five-day visit ... During her
        # stay, Wu will hold talks" is still under way on Tuesday)
        if planned and stretched_date(d).end < dct:
            continue
        if place is not None:
            where = [d.location, *d.lead.reading.destinations]
            if not any(w is not None and same_place(w, place) for w in where):
                continue
        return d, place
    return None, place


_SIDELINES_BEFORE = _P["sidelines_before"]
_BESIDE_GATHERING = _P["beside_gathering"]
_PERFECT_OR_REPEATED = _P["perfect_or_repeated"]
_OPENED_AFTER = _P["opened_after"]
_OPENING_VERB = _P["opening_verb"]


def _sidelines_host(doc: Document, m: MentionInfo, drafts: list[Draft]) -> Draft | None:
    """The dated meeting of `m`'s sentence that `m`, a gathering, hosts on its sidelines
    ("X and Y will hold talks on Friday on the sidelines of the APEC summit"), or that the
    sentence refers back to ("Roh on Friday met Koizumi. The meeting took place on the
    sidelines of the APEC forum here")."""
    sentence = m.trig.sentence
    link = _SIDELINES_BEFORE.search(doc.text, sentence.start, m.trig.start)
    if link is None:
        return None
    return next(
        (
            d
            for d in reversed(drafts)
            if d.type == "meeting"
            and d.date is not None
            and any(
                x.trig.sentence is sentence and x.trig.start < link.start()
                for x in (d.lead, *d.mentions)
            )
        ),
        None,
    )


def timeline_triggers(timeline: Timeline, sentence) -> list[Trigger]:
    """The triggers of one sentence (the summit a meeting happens on the sidelines of)."""
    return sentence_triggers(timeline.doc.text, sentence)
