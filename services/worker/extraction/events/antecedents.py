"""What a mention refers back to: the event it adds to (of its type, with participants,
place and days that agree, or one stay told by its arrival and a moment of it), or the
undated mention told before that lends it its participants; "the meeting" that is the last
gathering told, the trip of a traveller named before, the next leg of a visit, "The meeting
with Y" that names the other side of a meeting told with one; and, the other way, the
traveller a visit's sentence only describes ("A Pakistani military chief arrived", "The
delegation ... arrived") whom the next sentence names."""

from __future__ import annotations

from .coordination import conjuncts
from .dating import Dated
from .drafts import Draft, MentionInfo, guessed, opening_of, overlap, people_of
from .entities import Entities
from .lexicon import lexicon
from .location import place_country
from .mentions import COUNTRY, NAME, ORGANISATION, PERSON, Mention
from .patterns import patterns
from .summit_parties import MEMBERS_LISTED
from .text import Document, Sentence

_P = patterns("antecedents")

_BARE_MEETING = _P["bare_meeting"]
ANOTHER_OF_SERIES = _P["another_of_series"]
_LIST_LINK = _P["list_link"]
_LIST_FINAL = _P["list_final"]
_LIST_BREAK = _P["list_break"]
_LIST_NAME = _P["list_name"]
#: How long the words between two gatherings of one list may run ("the ninth Summit between
#: China and the Association of Southeast Asian Nations (ASEAN), the ninth ASEAN plus China,
#: Japan and the Republic of Korea Summit")
_LIST_GAP = 160


def listed_gatherings(doc: Document, mentions: list[MentionInfo]) -> dict[int, set[int]]:
    """The gatherings a sentence lists one after another ("will attend the ASEAN summit, the
    ASEAN+3 summit and the East Asia Summit in Kuala Lumpur next week"): each is its own
    event, none the others told again; for each such summit mention (by `id`), the ids of
    the others of its list. A list ends in "and" or "as well as"; a verb, a relative word or
    an apposition ("the summit, the first such summit") between two breaks it, and only the
    next one's name words follow the link before it ("the ANC president and deputy president
    as mandated by the ANC national executive committee" lists no gatherings)."""
    out: dict[int, set[int]] = {}
    summits = [m for m in mentions if m.type == "summit"]
    chain: list[MentionInfo] = []
    gaps: list[str] = []

    def close() -> None:
        if len(chain) >= 2 and _LIST_FINAL.search(gaps[-1]):
            ids = {id(x) for x in chain}
            for x in chain:
                out[id(x)] = ids - {id(x)}

    for m in summits:
        if chain:
            last = chain[-1]
            gap = doc.text[last.trig.end : m.trig.start]
            if (
                last.trig.sentence is m.trig.sentence
                and len(gap) <= _LIST_GAP
                and _LIST_LINK.search(gap)
                and not _LIST_BREAK.search(gap)
                # (after its last link, only the next one's own name words)
                and _LIST_NAME.search(gap[list(_LIST_LINK.finditer(gap))[-1].end() :])
            ):
                chain.append(m)
                gaps.append(gap)
                continue
            close()
        chain, gaps = [m], []
    close()
    return out


def gathering_back(
    doc: Document, history: list[tuple[MentionInfo, Draft | None]], m: MentionInfo
) -> tuple[list[Mention], list[str], str | None] | None:
    """The summit a meeting noun that names no party refers back to ("the meeting", "the
    last such meeting"): the last gathering its article told, meeting or summit, when that
    was a summit (a body's gathering or a multilateral one): its parties, keys and name."""
    if (
        m.type != "meeting"
        or m.keys
        or m.trig.rule.id != "meeting.meet"
        or doc.text[m.trig.start : m.trig.end].lower() not in ("meeting", "meetings")
        or not _BARE_MEETING.search(doc.text, m.trig.sentence.start, m.trig.start)
    ):
        return None
    for p, d in reversed(history):
        if p.type not in ("meeting", "summit"):
            continue
        if d is not None:
            if d.type == "summit" and (d.parties or d.body_name):
                return list(d.parties), list(d.keys), d.body_name
            return None
        if p.reading.parties or p.reading.body_name:
            # an undated mention ("Kuwait is hosting the 138th OPEC conference")
            if p.type == "summit":
                return list(p.reading.parties), list(p.keys), p.reading.body_name
            return None
    return None


_PRONOUN = _P["pronoun"]


def their_trip(
    doc: Document,
    ents: Entities,
    history: list[tuple[MentionInfo, Draft | None]],
    m: MentionInfo,
    lender: MentionInfo,
) -> bool:
    """Whether a visit that names no visitor is that of the undated visit told last ("King
    Gyanendra ... returning from a foreign trip" ... "His announcement came days after his
    return from a three-week trip to Africa"): no other visit is told between them, and its
    sentence points back by a pronoun before it and names no one else before it."""
    at = next(i for i, (p, _) in enumerate(history) if p is lender)
    if any(p.type == "visit" for p, _ in history[at + 1 :]) or someone_else(ents, m):
        return False
    return bool(_PRONOUN.search(doc.text, m.trig.sentence.start, m.trig.start))


def leg_of(
    ents: Entities,
    history: list[tuple[MentionInfo, Draft | None]],
    m: MentionInfo,
    dated: Dated | None,
) -> Draft | None:
    """The visit a definite departure or arrival that names no traveller ("The team planned to
    leave Nairobi on Thursday for Dar es Salaam") is the next leg of: the visit told last, by
    travellers it names, to another place, begun no later."""
    if (
        m.type != "visit"
        or not m.definite
        or m.trig.rule.kind != "arrival"
        or m.reading.location is None
        or dated is None
        or someone_else(ents, m)
    ):
        return None
    d = next((d for p, d in reversed(history) if p.type == "visit"), None)
    if (
        d is None
        or not d.parties
        or d.location is None
        or same_place(d.location, m.reading.location)
        or d.date is None
        or dated.date.start < d.date.start
    ):
        return None
    return d


def someone_else(ents: Entities, m: MentionInfo) -> bool:
    """Whether the sentence of a visit that names no visitor names a person before it, whose
    trip it may be: then no visitor told before is lent to it."""
    s = m.trig.sentence
    return any(e.kind in (PERSON, NAME) for e in ents.between(s.start, m.trig.start))


_BETWEEN_AFTER = _P["between_after"]


def names_its_parties(doc: Document, m: MentionInfo) -> bool:
    """Whether a word that mostly refers back ("the talks") names its own event: two parties
    after it ("the direct talks between Belgrade and Pristina") and a date of its own."""
    return (
        len(set(m.keys)) >= 2
        and m.dated is not None
        and m.dated.source == "own"
        and bool(_BETWEEN_AFTER.match(doc.text, m.trig.end))
    )


def same_place(a: Mention, b: Mention) -> bool:
    """Whether two place mentions name one place, or one country ("Portugal" and "Lisbon")."""
    if a.key == b.key:
        return True
    ca, cb = place_country(a), place_country(b)
    return ca is not None and ca == cb and COUNTRY in (a.kind, b.kind)


def _compatible_parties(d: Draft, m: MentionInfo) -> bool:
    """Whether the participants of `m` can be those of `d`: one set holds the other (a call
    of Putin with Biden is not his call with Xi)."""
    if not m.keys or not d.keys:
        return True
    a, b = set(m.keys), set(d.keys)
    return a <= b or b <= a


def another_side(d: Draft, m: MentionInfo) -> bool:
    """Whether meeting mention `m` and meeting `d`, which share a party, name each another
    side beyond it, so that they are two meetings: two people ("Wen will hold talks with
    Villepin" and "During his stay in Portugal, Wen is expected to hold talks with
    Socrates"), or a country and a person of another ("exchange views with Slovak leaders"
    and talks in Portugal with Socrates); not a country or body and its own people ("talks
    with Japanese leaders" and talks with Ikeda, "meeting here with top EU and OSCE
    officials"). A person told with no country of his is taken for one of the country the
    meeting is in, where it names one."""
    if d.type not in ("meeting", "call"):
        return False
    mine = [p for p in m.reading.parties if p.key not in d.keys]
    theirs = [p for p in d.parties if p.key not in m.keys]
    where = place_country(d.location) if d.location is not None else None
    return any(_clash(a, b, where) for a in mine for b in theirs)


def another_visitor(mentions: list[MentionInfo], d: Draft, m: MentionInfo) -> bool:
    """Whether an undated meeting mention is told in the sentence of the visit of a traveller
    who is no side of meeting `d` ("Zoellick starts his visit to Germany ... and will meet
    Merkel" ... "Secretary Rice's visit to Germany will be an opportunity to meet with
    Chancellor Angela Merkel"): that traveller's meeting, not `d` told again. The visit is
    told before the meeting and the meeting names a side ("At the meeting, the two sides also
    discussed the preparations of the upcoming visit by Hu" refers back)."""
    if m.type != "meeting" or d.type != "meeting" or m.dated is not None or not m.keys:
        return False
    visitors = {
        k
        for x in mentions
        if x.type == "visit" and x.trig.sentence is m.trig.sentence and x.trig.end <= m.trig.start
        for k in x.keys
    } - set(m.keys)  # (not the one met: "The meeting with X ... will be his first visit")
    return bool(visitors) and not visitors & set(d.keys)


def _clash(a: Mention, b: Mention, where: str | None) -> bool:
    """Whether two parties can stand for no one side: two people, two countries, or a country
    and a person of another (his own, else that of the meeting's place `where`)."""
    if a.kind == b.kind and a.kind in (PERSON, COUNTRY):
        return True
    if {a.kind, b.kind} == {PERSON, COUNTRY}:
        person, country = (a, b) if a.kind == PERSON else (b, a)
        home = person.nationality or where
        return bool(home) and home != country.key
    return False


def compatible_place(d: Draft, m: MentionInfo) -> bool:
    """Whether `m` can take place where `d` does: the same place or one unnamed, or the visit
    an arrival is for ("arrived in Dar es Salaam ... for a visit to Tanzania"), not the next
    leg ("spent five hours in Tanzania before heading to Nairobi")."""
    a, b = d.location, m.reading.location
    if a is None or b is None or a.key == b.key:
        return True
    return (
        d.type == "visit"
        and d.lead.trig.sentence is m.trig.sentence
        and d.lead.trig.rule.kind == "arrival"
        and m.trig.rule.kind != "arrival"
    )


def antecedent_of(
    drafts: list[Draft], history: list[tuple[MentionInfo, Draft | None]], m: MentionInfo
) -> Draft | MentionInfo | None:
    """What `m` refers back to. A definite mention with no participants of its own ("the
    trip") refers to the last mention of its type: that mention's event, or that mention
    itself when it had no date (then it lends its participants). Otherwise, the latest event
    of the same type whose participants, place and dates agree with `m`."""
    stay = _arrival_before(drafts, m)
    if stay is not None:
        return stay
    if m.reading.joining:
        # "Present at the meeting were also Paul Trivelli": the meeting told last, which the
        # people named join
        for p, d in reversed(history):
            if p.type == m.type and d is not None:
                return d
        return None
    if m.definite and not m.keys:
        for p, d in reversed(history):
            if p.type == m.type:
                if d is None:
                    return p if p.reading.parties else None
                if m.dated is None or overlap(d, m.dated) or guessed(d):
                    return d
                break
    for d in reversed(drafts):
        if d.type == m.type == "summit" and _body_and_countries(d, m):
            continue
        if d.type == m.type in ("visit", "summit") and m.dated is not None and _same_stay(d, m):
            return d
        if (
            d.type == m.type == "summit"
            and m.dated is not None
            and d.date is not None
            and overlap(d, m.dated)
            and (
                "year" not in (m.dated.date.precision, d.date.precision)
                or _compatible_parties(d, m)
            )
            and (
                compatible_place(d, m)
                or d.location is not None
                and m.reading.location is not None
                and same_place(d.location, m.reading.location)
            )
        ):
            # one summit at a time: overlapping dates are the same gathering; but a year
            # holds every gathering of it, so one of another body dated only by its year
            # ("after ending the Concluding Senior Officials' Meeting (CSOM) for 2005", "the
            # WTO conference in Hong Kong next month") is its own
            return d
        if (
            d.type == m.type
            and (m.definite or m.dated is None and not (m.cue and m.cue.status == "planned"))
            and people_of(d, m)
            and (m.dated is None or overlap(d, m.dated))
        ):
            # "China and the US held a dialogue ... X and Y co-chaired the dialogue"; "The US
            # and North Korea held talks ... X had met directly with his counterpart Y"
            return d
        if d.type != m.type or not _compatible_parties(d, m) or not compatible_place(d, m):
            continue
        if m.dated is None:
            if m.type == "visit" and not _same_destination(d, m):
                continue  # "Wen's visit to Slovakia" is no earlier visit elsewhere
            if m.definite or (m.keys and set(m.keys) & set(d.keys)):
                return d
            if d.type == "summit" and not (m.keys and d.keys):
                return d  # one summit at a time: "a UN-sponsored three-day summit" is the one dated
            continue
        if overlap(d, m.dated):
            if m.keys and d.keys or m.definite or d.type == "summit":
                return d
            if (
                not m.keys
                and d.lead.trig.rule.kind == "arrival"
                and d.lead.trig.sentence is m.trig.sentence
            ):
                return d  # "The delegation arrived in Hong Kong on Sunday for a three-day visit"
        elif m.dated.boundary == "end" and 0 <= (m.dated.date.end - opening_of(d).start).days <= 14:
            return d  # "opened Saturday ... due to conclude on Sunday"
        elif (
            m.dated.boundary == "start"
            and d.closes is not None
            and 0 <= (d.closes.start - m.dated.date.start).days <= 14
            and (not m.keys or set(m.keys) & set(d.keys))
        ):
            # "the Beijing Summit of the FOCAC, due to conclude on Sunday ... The landmark
            # Beijing Summit opened here Saturday": one gathering, from its opening to its close
            return d
    return None


_DELEGATION_AFTER = _P["delegation_after"]


def one_delegation(doc: Document, d: Draft, m: MentionInfo) -> bool:
    """Whether a meeting `m` that has no date of its own is the meeting `d` of the same day
    with a delegation that `m` names anew ("Jia Qinglin met with a Japanese delegation here
    on Wednesday ... made the appeal while meeting the Japan-China Friendship Association
    delegation"): the same person meets one delegation, named first by its country."""
    if (
        d.type != m.type
        or m.type != "meeting"
        or m.dated is None
        or m.dated.source == "own"
        or d.date is None
        or not overlap(d, m.dated)
    ):
        return False
    shared = set(m.keys) & set(d.keys)
    if not shared:
        return False
    mine = [p for p in m.reading.parties if p.key not in shared]
    theirs = [p for p in d.parties if p.key not in shared]
    return (
        len(mine) == 1
        and len(theirs) == 1
        and theirs[0].kind == COUNTRY
        and mine[0].kind == ORGANISATION
        and all(_a_delegation(doc, p) for p in (mine[0], theirs[0]))
    )


def _a_delegation(doc: Document, p: Mention) -> bool:
    """Whether a party is named as a delegation ("a Japanese delegation", "the ... Association
    delegation")."""
    return doc.text[p.start : p.end].lower().endswith("delegation") or bool(
        _DELEGATION_AFTER.match(doc.text, p.end)
    )


_THE_MEETING_WITH = _P["the_meeting_with"]


def other_side(doc: Document, drafts: list[Draft], m: MentionInfo) -> Draft | None:
    """The meeting told with one side only that "The meeting with Y" in the next sentences
    names the other side of ("Baker will meet the leader of the Polisario Front on April 26.
    ... The meeting with Mohamed Abdelaziz in Tindouf will be his first visit")."""
    last = next((d for d in reversed(drafts) if d.type == m.type), None)
    if (
        last is None
        or m.type != "meeting"
        or not m.definite
        or doc.text[m.trig.start : m.trig.end].lower() != "meeting"
        or not _THE_MEETING_WITH.match(doc.text, m.trig.end)
        or len(set(last.keys)) != 1
        or not m.keys
        or set(m.keys) & set(last.keys)
        or m.dated is not None and not overlap(last, m.dated)
        or not 0 < m.trig.sentence.index - last.lead.trig.sentence.index <= 2
    ):
        return None
    return last


def _body_and_countries(d: Draft, m: MentionInfo) -> bool:
    """Whether one of summit `d` and mention `m` is talks of countries and the other a body's
    gathering: "the six-party talks will begin on Nov. 9" and "the APEC summit slated for mid
    November" are two gatherings, whatever their dates."""
    talks, gathering = (d.lead, m) if _countries_gathering(d.lead) else (m, d.lead)
    if not _countries_gathering(talks):
        return False
    if talks.trig.rule.id not in MEMBERS_LISTED and gathering.reading.body_name:
        # "Senior officials from China and 48 African countries concluded a two-day meeting"
        # and "the Beijing Summit" are two gatherings too
        return True
    return any(p.kind == ORGANISATION for p in gathering.reading.parties)


def _countries_gathering(m: MentionInfo) -> bool:
    """Whether `m` is talks of countries: listed members' talks, or a meeting of officials
    of many countries read as their gathering (assemble.py `many_countries`)."""
    rule = m.trig.rule
    return rule.id in MEMBERS_LISTED or (
        rule.type == "summit" and rule.id.startswith("meeting.") and rule.needs == "party"
    )


#: How long before a moment a visit is told under way at its arrival may lie.
_STAY_DAYS = 3


def _arrival_before(drafts: list[Draft], m: MentionInfo) -> Draft | None:
    """The visit an arrival told after it opens: one to the same place, of the same visitors
    (or of visitors it does not name: "The delegation arrived in Hong Kong on Sunday"), dated
    a day up to `_STAY_DAYS` after the arrival ("toured Disneyland on Monday") by its own
    words (a moment it is told under way at gives way to the arrival: `_same_stay`)."""
    if m.type != "visit" or m.trig.rule.kind != "arrival" or m.dated is None:
        return None
    arrival, place = m.dated.date, m.reading.location
    if arrival.precision != "day" or arrival.start != arrival.end or place is None:
        return None
    for d in reversed(drafts):
        if (
            d.type == "visit"
            and d.date is not None
            and d.date.precision == "day"
            and d.location is not None
            and not (d.lead.dated is not None and d.lead.dated.under_way)
            and same_place(d.location, place)
            and (not m.keys or set(m.keys) & set(d.keys))
            and 1 <= (d.date.start - arrival.end).days <= _STAY_DAYS
        ):
            return d
    return None


def _same_stay(d: Draft, m: MentionInfo) -> bool:
    """Whether mention `m` and event `d`, one of them only told as under way at a moment, are
    one stay: a visit of the same visitor whose days hold that moment or whose arrival lies up
    to `_STAY_DAYS` before it ("talks with visiting Ban on Monday", "Ban arrived in Japan on
    Sunday"); a summit of no other body whose days hold it or begin the day after ("leaders
    who are here for the summit" the day before it opens)."""
    if d.date is None or not _same_country(d, m):
        return False
    if m.type == "visit" and not set(m.keys) & set(d.keys):
        return False
    if m.type == "summit" and m.keys and d.keys and not set(m.keys) & set(d.keys):
        return False
    a, b = d.date, m.dated.date
    if m.dated.under_way:
        moment, stay = b, a
    elif d.lead.dated is not None and d.lead.dated.under_way:
        moment, stay = a, b
    else:
        return False
    if m.type == "summit":
        return (stay.start - moment.end).days <= 1 and moment.start <= stay.end
    if stay.precision != "day" and moment.start > stay.end:
        # "Gingrich told Jiang during a visit to China last week": a visit told by its week
        # or month is over by a moment after it (the slack is for a stay dated by its arrival)
        return False
    return stay.start <= moment.end and (moment.start - stay.end).days <= _STAY_DAYS


def _same_country(d: Draft, m: MentionInfo) -> bool:
    """Whether the places of `d` and `m`, where both are named, lie in one country."""
    a, b = d.location, m.reading.location
    if a is None or b is None or a.key == b.key:
        return True
    ca, cb = place_country(a), place_country(b)
    return ca is not None and ca == cb


def _same_destination(d: Draft, m: MentionInfo) -> bool:
    """Whether an undated visit mention goes where visit `d` goes: it names no place, or the
    place of `d` or of one of its legs, or `d` names none and is told in the same or the
    sentence before."""
    place = m.reading.location
    if place is None:
        return True
    where = [x for x in (d.location, *d.lead.reading.destinations) if x is not None]
    if where:
        return any(same_place(x, place) for x in where)
    return m.trig.sentence.index - d.lead.trig.sentence.index <= 1


_DESCRIBED_SUBJECT = _P["described_subject"]
_NAMED_IN_APPOSITION = _P["named_in_apposition"]
_GROUP_SUBJECT = _P["group_subject"]
_GROUP_MEMBERS_AFTER = _P["group_members_after"]


def described_traveller(doc: Document, ents: Entities, m: MentionInfo) -> list[Mention]:
    """The traveller of a visit whose sentence opens on a person described by country and
    office only ("A Pakistani military chief arrived here Wednesday for talks"): the person
    of that country the next sentence opens on, his office in apposition ("Farooq Feroze Khan,
    chairman of Pakistan's joint chiefs of staff committee, went straight into talks"); of
    one that opens on a delegation it names no member of, the members the next sentence
    names as it tells the delegation again ("The 30-strong delegation, including taikonauts
    Fei Junlong and Nie Haisheng, disembarked")."""
    s = m.trig.sentence
    if m.type != "visit" or s.index + 1 >= len(doc.sentences):
        return []
    if _GROUP_SUBJECT.fullmatch(doc.text, s.start, m.trig.start):
        return _group_members(doc, ents, doc.sentences[s.index + 1])
    described = _DESCRIBED_SUBJECT.fullmatch(doc.text, s.start, m.trig.start)
    if described is None:
        return []
    nations = set(lexicon().values_of(described.group("nation"), "demonym"))
    after = doc.sentences[s.index + 1]
    named = next(iter(ents.between(after.start, after.end)), None)
    if (
        not nations
        or named is None
        or named.kind != PERSON
        or doc.text[after.start : named.start].strip()
        or not _NAMED_IN_APPOSITION.match(doc.text, named.end, after.end)
    ):
        return []
    person = ents.entity(named)
    return [named] if person is not None and person.nationality in nations else []


def _group_members(doc: Document, ents: Entities, after: Sentence) -> list[Mention]:
    """The people sentence `after` names as the members of the group it opens on ("The
    30-strong delegation, including taikonauts Fei Junlong and Nie Haisheng,")."""
    told = _GROUP_MEMBERS_AFTER.match(doc.text, after.start, after.end)
    first = next(iter(ents.between(told.end(), after.end)), None) if told else None
    if first is None or first.kind != PERSON or first.start != told.end():
        return []
    return [p for p in conjuncts(doc, ents, first, True, after.end) if p.kind == PERSON]
