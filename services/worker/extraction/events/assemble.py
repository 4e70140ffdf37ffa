"""From trigger mentions to events: one event per real-world event per article.

Mentions are read in text order. A dated mention either starts an event or, when an earlier
event of the same type shares its participants, place and dates, adds to it (the most
precise date wins; "opened Saturday" and "due to conclude on Sunday" make a span). A mention
without a date of its own only refers back ("the summit", "during his visit"): it lends its
length, its participants or its evidence to the event it refers to, or is dropped.

This module reads the mentions and groups them; its parts hold the events being assembled
(`drafts`), a body's gatherings (`bodies`), who holds a summit no body is named for
(`summit_parties`), the dates a mention's own words give (`mention_dates`) or its context
gives (`context_dates`, `occasion_dates`, `news_day`), what a mention refers back to
(`antecedents`), and the further events an event's words tell (`further_events`).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from ..timex import event_date
from .antecedents import (
    ANOTHER_OF_SERIES,
    another_side,
    another_visitor,
    antecedent_of,
    compatible_place,
    described_traveller,
    gathering_back,
    leg_of,
    listed_gatherings,
    names_its_parties,
    one_delegation,
    other_side,
    someone_else,
    their_trip,
)
from .bodies import (
    body_meeting,
    body_subject,
    gathering_body,
    inside_name,
    meeting_of_body,
    members_meeting,
    members_plus,
    only_a_body,
    organ_subject,
    political,
    region_meeting,
)
from .context_dates import SIDELINES, attended_on_trip, context_date
from .dating import Dated, Timeline, has_verb, join, scheduled_to
from .drafts import Draft, MentionInfo, absorb, finish_date, new_draft
from .entities import Entities
from .episode_dates import flown_on, lead_talks
from .further_events import day_legs, each_met, editions, legs, previous_stops, stop_noun
from .location import place_country
from .meeting_sides import CLAUSE_BREAK, hyphened_sides
from .mention_dates import (
    ahead,
    day_after,
    day_before_participle,
    days_of,
    halfway,
    last_time,
    length_after,
    moved_to,
    under_way_date,
)
from .mentions import COUNTRY, ORGANISATION, PERSON, Mention
from .news_day import FUTURE, advisory_item, new_item
from .occasion_dates import RETURNED_FROM
from .other_mentions import names_movement_people
from .patterns import patterns
from .reading import Reading, read
from .sporting import sporting_trip
from .stand_ins import merge_stand_ins
from .status import PAST_VERB, cue_of, left_at_end, past_tense, status_of, told_ended
from .summit_parties import bilateral_sides, summit_fallback
from .text import Document
from .trigger_nouns import TRIGGER_NOUNS
from .triggers import Trigger
from .visits import other_journey

_P = patterns("assemble")

_DEFINITE = _P["definite"]
_ENDING = _P["ending"]
_ENDED_AFTER = _P["ended_after"]
_ENDS_NOW = _P["ends_now"]
_JUST_MADE = _P["just_made"]
#: How many days after the story's an end told in the present (`_ENDS_NOW`) may fall for its
#: event to be under way.
_UNDER_WAY_AHEAD = 3


def read_mentions(
    doc: Document, ents: Entities, timeline: Timeline, triggers: list[Trigger]
) -> list[MentionInfo]:
    """Every trigger read, minus those its cues rule out or that lack what their rule needs."""
    spans = timeline.spans()
    out = []
    for trig in triggers:
        cue = cue_of(doc, trig)
        gathering = gathering_body(doc, ents, trig)
        if cue and cue.drop or trig.abbreviates is None and gathering is None and inside_name(
            ents, trig
        ):
            continue
        if trig.type == "visit" and stop_noun(doc, trig):
            continue  # a stop the traveller came from, told through his arrival
        if gathering is not None and trig.type != "summit":
            trig = trig.retyped("summit", "body")
        reading = read(doc, ents, trig, spans)
        if gathering is not None:
            # "the first East Asia Summit", "leaders are expected at the Asia-Europe Meeting":
            # a body known by its gathering's name is that gathering's party, with the country
            # that hosts it
            reading.parties = [gathering] + [p for p in reading.parties if p.kind == COUNTRY]
            reading.body_name = None
        body_of = (
            meeting_of_body(doc, ents, trig)
            or region_meeting(doc, trig)
            or members_meeting(doc, ents, trig)
            or organ_subject(doc, ents, trig)
            if trig.type == "meeting"
            else None
        )
        if trig.type == "meeting" and body_meeting(doc, ents, trig):
            # "the APEC meeting", "the AU's peace and security council meeting": the body
            body_of = body_of or ents.between(trig.sentence.start, trig.start)[-1]
        if (
            body_of is None
            and trig.rule.id in ("meeting.meet", "meeting.talks")
            and only_a_body(reading)
            and re.fullmatch(r"\s*,\s*(?:the\s+)?", doc.text[trig.end : reading.parties[0].start])
        ):
            # "At Thursday's meeting, the IAEA Board of Governors decided": the body the
            # fronted meeting is told of, its clause's subject, stays its party as a summit
            body_of = reading.parties[0]
        if trig.type == "meeting" and (
            body_of is not None
            or trig.rule.id in ("meeting.meet", "meeting.talks")
            and only_a_body(reading)
            or trig.rule.id == "meeting.summit-between"
            and (not reading.parties or any(p.kind == ORGANISATION for p in reading.parties))
        ):
            # "the APEC meeting", "an EU ministers' meeting", "a meeting of EU foreign
            # ministers": a body's gathering is a summit; so is a summit "with" no party
            # after it ("We can leave the EU summit with the knowledge that ...")
            trig = trig.retyped("summit", "body")
            reading = read(doc, ents, trig, spans)
            if body_of is not None and not any(p.kind == ORGANISATION for p in reading.parties):
                reading.parties = [body_of]
        if (
            trig.rule.id in _TWO_SIDED_TALKS
            and len(hyphened_sides(doc, ents, trig)) == 2
        ):
            # "a second round of United States-North Korean missile talks", "the
            # Israeli-Palestinian peace talks": talks of two sides are a meeting
            trig = trig.retyped("meeting", "party")
            reading = read(doc, ents, trig, spans)
        elif (
            trig.rule.id == "summit.peace-talks"
            and not reading.parties
            and not reading.body_name
        ):
            # "Russia's top negotiator in Chechnya, Ivan Rybkin, opened new peace talks
            # Wednesday": talks one side's negotiator holds, no body's gathering, are his
            # meeting with the other side, whom another mention may name
            talks = trig.retyped("meeting", "party")
            held = read(doc, ents, talks, spans)
            if len(held.parties) == 1 and held.parties[0].kind == PERSON or (
                # "India and Pakistan will resume their peace talks next week": two sides'
                # own talks, two countries or two people, are their meeting
                len(held.parties) == 2
                and held.parties[0].kind == held.parties[1].kind
                and held.parties[0].kind in (COUNTRY, PERSON)
            ):
                trig, reading = talks, held
        if trig.rule.id == "meeting.to-discuss":
            # "The OPEC is set to discuss further measures in Abuja in mid December": a body
            # that is to discuss a matter gathers to do so, a summit; no one else's errand
            body = body_subject(doc, ents, trig)
            if body is None:
                continue
            trig = trig.retyped("summit", "body")
            reading = read(doc, ents, trig, spans)
            if not any(p.kind == ORGANISATION for p in reading.parties):
                reading.parties = [body]
        if trig.rule.id == "summit.members-meet" and not _has_needs(trig, reading):
            # "The two leaders will meet in Jerusalem on Sunday": people already named, not a
            # body's members, meet each other
            talks = trig.retyped("meeting", "party")
            held = read(doc, ents, talks, spans)
            if len(held.parties) >= 2:
                trig, reading = talks, held
        if (
            trig.type == "meeting"
            and len(reading.parties) >= 4
            and all(p.kind == COUNTRY for p in reading.parties)
            and len({p.start < trig.start for p in reading.parties}) == 1
        ):
            # "a steering committee of representatives of nations contributing to the force --
            # Austria, France, Greece, Italy, Spain and Turkey -- would meet Friday in Rome":
            # four or more countries meeting, no one of them named, all on one side of the
            # words, are a multilateral gathering (not "Britain, France and Germany are
            # expected to meet Iranian officials", three meeting a fourth)
            trig = trig.retyped("summit", "party")
        elif (
            trig.type == "meeting"
            and trig.rule.id in ("meeting.meet", "meeting.talks")
            and _MANY_COUNTRIES.search(doc.text, trig.sentence.start, trig.start)
        ):
            # "Senior officials from China and 48 African countries concluded a two-day
            # meeting": officials of three or more countries, a multilateral gathering; its
            # parties the countries named
            trig = trig.retyped("summit", "party")
        elif (
            trig.type == "meeting"
            and _ROUND_OF.search(doc.text[trig.sentence.start : trig.start])
            and len(_clause_countries(doc, trig, reading)) >= 3
        ):
            # "The North put forth the formula during the last round of meetings with South
            # Korean and US officials": a round of negotiations of three or more countries its
            # clause names, a multilateral one, a summit (a round of two sides' talks stays
            # their meeting; "talks with Russia and Nepal completed while the second round of
            # talks with Iran is underway" are several rounds of two sides)
            trig = trig.retyped("summit", "party")
        if trig.type == "meeting" and not reading.parties:
            # "it would sign a pact with Australia during the bilateral meeting scheduled
            # Monday": the two countries its sentence names hold it
            reading.parties = bilateral_sides(doc, ents, trig)
        if trig.abbreviates is not None and not reading.parties:
            # "The first AACC was held in Thailand": the body of the name it abbreviates
            named = dataclasses.replace(trig.abbreviates, rule=trig.rule)
            reading.parties = read(doc, ents, named, spans).parties
        reference = not _has_needs(trig, reading)
        if reference and not _refers_back(doc, trig, reading):
            continue
        if not political(doc, trig, reading) or sporting_trip(doc, ents, trig, reading):
            continue  # a trade show, a researchers' meeting, an athlete's journey to a contest
        if body_of is not None and trig.type == "summit":
            # (read after its needs: the group of a body's members and others is no body)
            reading.parties = members_plus(doc, ents, trig, body_of) or reading.parties
        before = doc.text[trig.sentence.start : trig.start]
        names = [(x.start, x.end) for x in ents.between(trig.sentence.start, trig.sentence.end)]
        noun = doc.text[trig.start : trig.end].lower() in TRIGGER_NOUNS
        dated = timeline.govern(trig, triggers, names) or timeline.interval_after(trig)
        if (
            dated is not None
            and cue is not None
            and cue.status == "planned"
            and (
                dated.start >= trig.end
                or not has_verb(doc.text[dated.end : trig.start])
                # ("On Friday, Hu is expected to hold talks": the weekday ahead)
                or scheduled_to(doc.text, dated.end, trig.start)
            )
        ):
            dated = ahead(doc, dated, timeline.dct)
            if cue.id == "agreed-or-invited" and (
                dated.date.end < timeline.dct
                or dated.date.start < timeline.dct
                and _PAST_WORD.search(doc.text, dated.start, dated.end)
            ):
                # "agreed to a meeting earlier this week", "invited Sinn Fein to rejoin the
                # talks two weeks ago": the time of the agreement, not of the event
                dated = None
        if cue is not None and cue.id in ("moved-to", "moved-to-object"):
            # "A summit between Bush and al-Maliki was put off until Thursday": the day it is
            # now set for, still to come, not the day of the move ("officials on Friday put
            # off the ASEAN summit until January")
            moved = moved_to(doc, timeline, trig)
            if moved is not None:
                dated = ahead(doc, moved, timeline.dct)
        if dated is None and trig.type in ("meeting", "summit"):
            dated = days_of(doc, timeline, trig)
        if (
            dated is not None
            and dated.start >= trig.end
            and _PROGRAMME.search(doc.text, trig.sentence.start, trig.start)
        ):
            # "a four-day stay in Washington, which includes talks Tuesday with Cheney": a
            # programme told in the present holds what is still to come; its weekday is ahead
            dated = ahead(doc, dated, timeline.dct)
        if (
            dated is None
            and trig.type == "summit"
            and (reading.body_name or any(p.kind == ORGANISATION for p in reading.parties))
            and _OCCASION_GATHERING.search(before)
        ):
            # "failed Tuesday to agree a joint declaration at a ministerial meeting here",
            # "made the remarks here Saturday when addressing the opening ceremony of the
            # Beijing Summit": the gathering where the clause's deed was done, on its day
            clause = timeline.clause_date(trig) or day_before_participle(
                doc, timeline, trig, _OCCASION_GATHERING.search(before)
            )
            if clause is not None and clause.date.precision == "day":
                dated = clause
        ends = trig.type in ("visit", "summit") and bool(_ENDING.search(before))
        ended_after = (
            _ENDED_AFTER.match(doc.text[trig.end : trig.sentence.end])
            if trig.type in ("visit", "summit") and noun
            else None
        )
        if ended_after and dated is not None and dated.start >= trig.end + ended_after.end():
            ends = True
        returned = trig.type == "visit" and bool(RETURNED_FROM.search(before))
        if (
            (ends or returned)
            and dated is not None
            and dated.boundary is None
            and dated.date.precision == "day"
        ):
            # "wrapped up a momentous visit to Turkey on Friday", "returned from a five-day
            # visit to North Korea on Thursday": the day it ends
            dated = dataclasses.replace(dated, boundary="end")
        length = timeline.duration_before(trig.start) if noun else None
        if not length and noun and dated is not None and dated.start > trig.end:
            # "The Beijing Summit ..., a two-day gathering that opened Saturday": the length
            # the apposition gives the gathering its relative clause opens
            opened = _APPOSITION_OPENED.search(doc.text, trig.end, dated.start)
            if opened is not None and opened.end() == dated.start:
                length = timeline.duration_before(opened.start("rel"))
                if length and dated.boundary is None:
                    dated = dataclasses.replace(dated, boundary="start")
        if not length and ends and dated is not None and dated.boundary == "end":
            # "concluded in Hong Kong on Sunday after six days of talks": the length it ran
            length = length_after(doc, timeline, dated.end)
        if (
            dated is not None
            and dated.boundary == "end"
            and not length
            and trig.type in ("visit", "summit")
            and _ENDS_NOW.search(doc.text, max(trig.sentence.start, dated.start - 30), dated.start)
            and 1 <= (dated.date.start - timeline.dct).days <= _UNDER_WAY_AHEAD
        ):
            # "the conference ... which ends Sunday", told on Saturday: under way, from the
            # story's day to its end
            today = event_date(timeline.dct.isoformat())
            span = join(today, dated.date) if today is not None else None
            if span is not None:
                dated = dataclasses.replace(dated, date=span)
        if dated is None and cue is not None and cue.status == "occurred":
            dated = last_time(doc, timeline, trig)
            reading.location = None  # a place after "since ..." is no longer that meeting's
        if reading.under_way:
            dated = under_way_date(timeline, trig, dated, reading.under_way)
        if _EVE_OF.search(before):
            dated = day_after(timeline, trig, dated) or dated
        dated = _week_just_ended(doc, timeline, trig, dated, cue)
        out.append(
            MentionInfo(
                trig,
                reading,
                cue,
                dated,
                length,
                bool(_DEFINITE.search(before)),
                reference,
                ends,
            )
        )
    return out


#: Rules of rounds of talks that two sides named by hyphens before the noun make a meeting.
_TWO_SIDED_TALKS = ("summit.round", "summit.peace-talks")


_OCCASION_GATHERING = _P["occasion_gathering"]
_APPOSITION_OPENED = _P["apposition_opened"]
_PAST_WORD = _P["past_word"]
_MANY_COUNTRIES = _P["many_countries"]
_ROUND_OF = _P["round_of"]
_PROGRAMME = _P["programme"]
_EVE_OF = _P["eve_of"]
_THIS_WEEK = _P["this_week"]
_PRESENT_VERB = _P["present_verb"]


def _week_just_ended(
    doc: Document, timeline: Timeline, trig: Trigger, dated: Dated | None, cue
) -> Dated | None:
    """ "a meeting this week of Abbas and Olmert" told in a Monday story of something past: the
    week just ended (the story's own week has only begun), not the story's ISO week; what is
    to come this week stays in it."""
    dct = timeline.dct
    if (
        dated is None
        or dct.weekday() != 0
        or dated.date.precision != "week"
        or dated.date.start != dct
        or not _THIS_WEEK.fullmatch(doc.text, dated.start, dated.end)
        or cue is not None and cue.status in ("planned", "ongoing")
        or FUTURE.search(doc.text, *doc.clause_span(dated.start))
    ):
        return dated
    sentence = doc.text[trig.sentence.start : trig.start]
    if _PRESENT_VERB.search(sentence) or not PAST_VERB.search(sentence):
        return dated  # told as past: a verb of the past before it, none of the present
    year, week, _ = (dct - timedelta(days=7)).isocalendar()
    before = event_date(f"{year}-W{week:02d}")
    if before is None:
        return dated
    return dataclasses.replace(dated, date=dataclasses.replace(before, mod=dated.date.mod))
_BACK_REFERENCE = _P["back_reference"]


def _refers_back(doc: Document, trig: Trigger, reading: Reading) -> bool:
    """Whether a trigger noun that names none of its parties refers back to an event told
    before ("The meeting will be held in Hanoi on Nov. 11", "the conference has ended"): it
    lends that event its date or place, or is dropped if none was told."""
    noun = doc.text[trig.start : trig.end].lower() in TRIGGER_NOUNS
    return (
        trig.rule.needs in ("party", "body")
        and not reading.errand
        and noun
        and bool(_BACK_REFERENCE.search(doc.text, trig.sentence.start, trig.start))
    ) or (
        # "OPEC members meeting in Nigeria this week ... At a gathering in Abuja on Thursday":
        # a gathering told by its place may be one already told (assemble: same place, dates)
        trig.type == "summit"
        and trig.rule.needs == "body"
        and noun
        and reading.location is not None
    )


def _clause_countries(doc: Document, trig: Trigger, reading: Reading) -> set[str]:
    """The countries among a mention's parties that its own clause names, after the last
    break before it ("while", "but", a verb of saying)."""
    start, end = doc.clause_span(trig.start)
    for found in CLAUSE_BREAK.finditer(doc.text, start, trig.start):
        start = found.end()
    return {p.key for p in reading.parties if p.kind == COUNTRY and start <= p.start < end}


def _has_needs(trig: Trigger, reading: Reading) -> bool:
    if reading.errand:
        return False
    needs = trig.rule.needs
    if needs == "party" and not reading.parties:
        return False
    if needs == "place" and reading.location is None:
        return False
    if needs == "body" and not (
        reading.body_name
        # (not a movement's people: "the demand by Hezbollah guerillas" names no body)
        or any(m.kind == ORGANISATION and not names_movement_people(m.key) for m in reading.parties)
    ):
        return False
    return True


def assemble(
    doc: Document, ents: Entities, timeline: Timeline, mentions: list[MentionInfo], dct: date
) -> list[Draft]:
    """Group mentions into events (see the module docstring)."""
    drafts: list[Draft] = []
    history: list[tuple[MentionInfo, Draft | None]] = []  # every mention so far, and its event
    listed = listed_gatherings(doc, mentions)
    for m in mentions:
        siblings = listed.get(id(m), set())
        if (
            m.trig.rule.kind == "weak"
            and not any(d.type == m.type for d in drafts)
            and not names_its_parties(doc, m)
            # ("In their joint statement issued after the talks, Yeltsin and Kuchma called
            # for": the talks of the day the lead tells of them)
            and lead_talks(doc, ents, timeline, m, dct) is None
        ):
            if not any(p.type == m.type and p.reading.parties and d is None for p, d in history):
                continue  # a weak word refers back to an event, dated or not, or to nothing
        gathering = gathering_back(doc, history, m)
        if gathering is not None:
            # "OPEC ministers meet in Kuwait on Monday ... the meeting will discuss quotas":
            # a bare meeting noun refers back to the gathering told last, a summit
            m.trig = m.trig.retyped("summit", "body")
            if m.dated is not None and ANOTHER_OF_SERIES.search(
                doc.text, m.trig.sentence.start, m.trig.start
            ):
                # "The last such meeting here was in 1966", "the next meeting early next
                # year": another gathering of the same body, on its own date
                draft = new_draft(m, m.dated)
                draft.parties, draft.keys, body = gathering
                draft.body_name = draft.body_name or body
                drafts.append(draft)
                history.append((m, draft))
                continue
        dated = m.dated or halfway(doc, m.trig, context_date(doc, ents, timeline, m, drafts, dct))
        if dated is None and siblings:
            # "will attend the ASEAN summit, the ASEAN+3 summit and the East Asia Summit in
            # Kuala Lumpur next week": the date told once for the list dates each of them
            dated = next((x.dated for x in mentions if id(x) in siblings and x.dated), None)
        if siblings and m.reading.location is None:
            # ("... and the East Asia Summit in Kuala Lumpur"): and the place told after it
            last = max((x for x in mentions if id(x) in siblings), key=lambda x: x.trig.start)
            place = last.reading.location
            if last.trig.start > m.trig.start and place is not None and place.start > last.trig.end:
                m.reading.location = place
        m.dated = dated
        target = (
            other_side(doc, drafts, m)
            or next((d for d in reversed(drafts) if one_delegation(doc, d, m)), None)
            or antecedent_of(drafts, history, m)
        )
        if siblings and (
            isinstance(target, Draft) and any(id(x) in siblings for x in target.mentions)
            or isinstance(target, MentionInfo) and id(target) in siblings
        ):
            target = None  # another gathering of the same list, not this one told again
        if isinstance(target, Draft) and (
            another_visitor(mentions, target, m) or new_item(doc, m.trig, target.lead.trig)
        ):
            target = None
        if dated is None and target is None:
            # a gathering no other mention tells, attended on a trip its sentence dates
            dated = m.dated = attended_on_trip(doc, m, drafts)
        if (
            isinstance(target, Draft)
            and m.type == target.type == "visit"
            and (other_journey(doc, target.lead.trig, m.trig) or flown_on(doc, m))
        ):
            # "arrived here Thursday after a state visit to Britain", "Blair flew from Baghdad
            # to Basra": another stop
            target = None
        if isinstance(target, Draft):
            absorb(target, m, dated)
            history.append((m, target))
            continue
        if dated is None or (m.reference and not isinstance(target, MentionInfo)):
            history.append((m, None))
            continue
        draft = new_draft(m, dated)
        lender = target if isinstance(target, MentionInfo) else None
        if lender is not None and m.type == "visit" and someone_else(ents, m):
            lender = None  # "Gavin Henson ... injured during the Lions tour"
        if not draft.parties and not draft.body_name and lender is None:
            lender = next(
                (
                    p
                    for p, d in reversed(history)
                    if d is None and p.type == m.type and p.reading.parties
                ),
                None,
            )
            if (
                lender is not None
                and m.type == "visit"
                and not their_trip(doc, ents, history, m, lender)
            ):
                lender = None
        leg = None if lender is not None or draft.parties else leg_of(ents, history, m, dated)
        if leg is not None:
            # "Satcher led a team of medical specialists to Africa" ... "The team planned to
            # leave Nairobi on Thursday for Dar es Salaam": the next leg of the same trip
            draft.parties, draft.keys = list(leg.parties), list(leg.keys)
        if lender is not None:
            absorb(draft, lender, None)
        elif draft.parties:
            # an earlier undated mention of the same event ("Medvedev met with Xi Jinping" ...
            # "Medvedev's meeting in Beijing the previous week") lends its participants; not
            # one with another side ("Wen will hold talks with Villepin" ... "During his stay
            # in Portugal, Wen is expected to hold talks with Socrates": two legs, two meetings)
            for p, d in history:
                if (
                    d is None
                    and p.type == m.type
                    and id(p) not in siblings
                    and set(p.keys) & set(draft.keys)
                    and not another_side(draft, p)
                    and compatible_place(draft, p)
                ):
                    absorb(draft, p, None)
        if not draft.parties and not draft.body_name and lender is None:
            # "A Pakistani military chief arrived here Wednesday" ... "Farooq Feroze Khan,
            # chairman of Pakistan's joint chiefs of staff committee, went straight into talks"
            draft.parties = described_traveller(doc, ents, m)
            draft.keys = [p.key for p in draft.parties]
        if not draft.parties and not draft.body_name and m.type != "summit":
            history.append((m, None))
            continue
        drafts.append(draft)
        history.append((m, draft))
    drafts.extend(_just_made(doc, timeline, history, drafts))
    for d in drafts:
        finish_date(d)
        if d.type == "summit" and not d.parties and not d.body_name:
            d.parties = summit_fallback(doc, ents, d)
    for d in drafts:
        stay = d.lead.stay
        dated = d.lead.dated
        if stay is not None and stay.date is not None and dated and dated.source == "context":
            # "Hu ... left Hanoi for Beijing Wednesday. During his stay in Hanoi, Hu held
            # talks ... Hu arrived in Hanoi on Monday morning": talks dated only by the stay
            # span its days, as the article tells them in the end (its arrival told after)
            d.date = stay.date
    drafts.extend(legs(drafts))
    drafts.extend(editions(doc, ents, timeline, drafts))
    drafts.extend(day_legs(doc, ents, timeline, drafts))
    drafts.extend(previous_stops(doc, ents, timeline, drafts))
    for d in drafts:
        if d.type == "meeting" and d.location is None:
            d.location = _visited_place(d, drafts) or _summit_place(doc, d, drafts)
    drafts = [one for d in drafts for one in each_met(doc, d)]
    drafts = merge_stand_ins(doc, ents, drafts)
    return [d for d in drafts if d.date is not None and _enough_parties(d)]


def _just_made(
    doc: Document,
    timeline: Timeline,
    history: list[tuple[MentionInfo, Draft | None]],
    drafts: list[Draft],
) -> list[Draft]:
    """Visits told as just made and dated by nothing else ("Haniya, who has just made a
    four-day visit to the Islamic republic", no day of it told): over, ending by the day they
    are reported."""
    today = event_date(timeline.dct.isoformat())
    out: list[Draft] = []
    for m, d in history:
        if (
            d is not None
            or today is None
            or m.type != "visit"
            or not m.ends
            or not m.reading.parties
            or not _JUST_MADE.search(doc.text, m.trig.sentence.start, m.trig.start)
            or any(
                m in x.mentions or set(m.keys) & set(x.keys)
                for x in drafts + out
                if x.type == "visit"
            )
        ):
            continue
        draft = new_draft(m, Dated(today, "report", "end", m.trig.start, m.trig.end))
        out.append(draft)
    return out


def _visited_place(meeting: Draft, drafts: list[Draft]) -> Mention | None:
    """Where a meeting of a visitor takes place: the place of the visit of one of its parties
    that its date falls in ("arrived in Kathmandu Wednesday on a three-day visit ... during
    a meeting with Koirala")); not the next stop the visitor is still to leave for that day
    ("Shannon arrived in Nicaragua on Monday ..., and will leave for Panama later on Tuesday",
    his meeting with Ortega on Tuesday), which gives way to the stay begun before it."""
    next_stop = False
    for d in drafts:
        if (
            d.type == "visit"
            and d.location is not None
            and d.date is not None
            and meeting.date is not None
            and set(d.keys) & set(meeting.keys)
            and d.date.start <= meeting.date.start
            and meeting.date.end <= d.date.end
            and d.location.key not in meeting.keys
            and not _arrived_elsewhere_since(d, meeting, drafts)
        ):
            if _departure_to_come(d, meeting):
                next_stop = True
                continue
            if len(d.lead.reading.destinations) >= 2:
                return _leg_of_tour(d, meeting)
            return d.location
    if not next_stop or meeting.date is None:
        return None
    for d in drafts:
        if (
            d.type == "visit"
            and d.location is not None
            and d.date is not None
            and set(d.keys) & set(meeting.keys)
            and meeting.date.start - _ARRIVAL_STAYS <= d.date.end < meeting.date.start
            and d.lead.trig.rule.kind == "arrival"
            and d.lead.trig.rule.id != "visit.left-for"
            and d.location.key not in meeting.keys
        ):
            return d.location  # "arrived in Nicaragua on Monday": there until he leaves
    return None


def _leg_of_tour(tour: Draft, meeting: Draft) -> Mention | None:
    """Where on a tour of several places a meeting its days hold takes place: the place of the
    country of its other side ("a five-day European tour which would take him to Ireland,
    France and Germany" ... "talks with German Chancellor Angela Merkel": Germany), not the
    tour's first stop; none where its side tells no country of the tour."""
    homes = {
        p.key if p.kind == COUNTRY else p.nationality
        for p in meeting.parties
        if p.key not in tour.keys
    }
    return next(
        (x for x in tour.lead.reading.destinations if place_country(x) in homes - {None}),
        None,
    )


def _arrived_elsewhere_since(visit: Draft, meeting: Draft, drafts: list[Draft]) -> bool:
    """Whether a visit to a country dated only coarsely (a month) is followed, by the
    meeting's day, by an arrival of the same visitor on a told day in another country or in
    one untold ("Hu arrived here Thursday after a state visit to Britain", his meeting with
    Merkel on Friday): the visit no longer places the meeting."""
    if visit.date is None or meeting.date is None or visit.date.precision == "day":
        return False
    where = place_country(visit.location) if visit.location is not None else None
    if where is None:
        return False  # a region ("his first tour of the Balkan region") holds the next stops
    return any(
        x is not visit
        and x.type == "visit"
        and x.lead.trig.rule.kind == "arrival"
        and x.date is not None
        and x.date.precision == "day"
        and set(x.keys) & set(meeting.keys)
        and visit.date.start <= x.date.start <= meeting.date.start
        and (x.location is None or place_country(x.location) != where)
        for x in drafts
    )


# a visitor who arrived some days before a meeting is still there on its day
_ARRIVAL_STAYS = timedelta(days=2)


def _departure_to_come(visit: Draft, meeting: Draft) -> bool:
    """Whether a visit is told only by a departure still to come ("will leave for Panama
    later on Tuesday"), in no sentence of the meeting's own."""
    sentences = {id(m.trig.sentence) for m in meeting.mentions}
    return all(
        m.trig.rule.id == "visit.left-for"
        and m.cue is not None
        and m.cue.status == "planned"
        and id(m.trig.sentence) not in sentences
        for m in visit.mentions
    )


def _summit_place(doc: Document, meeting: Draft, drafts: list[Draft]) -> Mention | None:
    """Where a meeting "on the sidelines of" a summit takes place: the summit's place."""
    for m in meeting.mentions:
        sentence = m.trig.sentence
        link = SIDELINES.search(doc.text, m.trig.end, sentence.end)
        if link is None:
            continue
        for d in drafts:
            if (
                d.type == "summit"
                and d.location is not None
                and any(
                    x.trig.sentence is sentence and x.trig.start >= link.start() for x in d.mentions
                )
            ):
                return d.location
    return None


def _enough_parties(d: Draft) -> bool:
    """A meeting or call needs two sides; a visit a visitor; a summit a body or a name."""
    if d.type in ("meeting", "call"):
        return len({m.key for m in d.parties}) >= 2
    return bool(d.parties or d.body_name)


def status(doc: Document, d: Draft, dct: date) -> str:
    """The status of an assembled event, read at the mention that dates it."""
    under_way = d.lead.dated is not None and d.lead.dated.under_way
    if (
        d.type in ("meeting", "call")
        and d.lead.dated is not None
        and d.lead.dated.source == "context"
        and d.lead.cue is not None
        and d.lead.cue.status == "planned"
        and d.date is not None
        and d.date.end >= dct
    ):
        # "arrived here Monday for a three-day visit. During his stay, Cao will hold talks
        # with Ivanov": talks still to come, dated only by the stay under way, are planned
        return "planned"
    found = status_of(doc, d.lead.trig, d.lead.cue, d.date, dct, under_way)
    if (
        d.lead.ends
        and d.lead.dated is not None
        and d.lead.dated.boundary == "end"
        and d.date is not None
        and d.date.precision == "day"
        and d.date.end <= dct
        and told_ended(doc, d.lead.trig)
    ):
        # "APEC senior officials ended their two-day meeting here on Sunday", on Sunday: the
        # span ends on the day its verb gives, in the past; over, whatever "the current
        # concluding meeting" or a cue elsewhere says
        return "occurred"
    if (
        found in ("occurred", "planned")
        and d.date is not None
        and d.date.start <= dct <= d.date.end
        and any(m.cue is not None and m.cue.status == "ongoing" for m in d.mentions)
        and not (d.type == "visit" and left_at_end(doc, d.lead.trig))
    ):
        # "the ongoing EU-Russia summit" ... "the summit on Friday" (today); not a visit its
        # traveller has left ("left here Friday for home, wrapping up a four-day visit")
        return "ongoing"
    if (
        found == "occurred"
        and d.type == "visit"
        and any(
            m.dated is not None
            and m.dated.under_way
            and m.dated.date.start <= dct <= m.dated.date.end
            for m in d.mentions
        )
    ):
        # "Visiting Hamas leader Khaled Meshaal warned Saturday" (today), "Meshaal, who
        # arrived here on Wednesday night": the stay dated by its arrival is still under way
        return "ongoing"
    if found in ("ongoing", "occurred") and advisory_item(doc, d.lead.trig):
        # "-- NATO parliamentary forum opens in Doha Saturday", "-- Seniora arrives in Amman"
        # in the list of stories "scheduled to be covered": what is not told as done is to come
        if not past_tense(doc, d.lead.trig):
            return "planned"
    return found
