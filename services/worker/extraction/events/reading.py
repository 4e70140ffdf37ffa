"""Who takes part in an event mention and where it takes place, read from the words around
its trigger: the subject before it ("Hu Jintao held talks"), the party after it ("with Nong
Duc Manh", "between X and Y"), the visitor and destination of a visit ("Hu's visit to
India", "arrived in Beijing"), the body of a summit ("the SCO summit", "Summit of the
Forum on China-Africa Cooperation")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from shared.entities import country_code

from .dating import CALENDAR_WORD
from .entities import COUNTRY, GROUP, NAME, ORGANISATION, PERSON, PLACE, Entities, Mention
from .lexicon import lexicon
from .places import country_of_place, is_place
from .text import Document
from .tokenize import mend
from .triggers import Trigger

PARTY_KINDS = (PERSON, COUNTRY, ORGANISATION, GROUP)
# What may stand between a trigger and the party after it: "met (separately) with",
# "talks between", "received visiting", "audience with the".
_LINK = re.compile(
    r"^(?:\s|with|between|by|and|to|visiting|his|her|their|its|the|a|an|here|there|separately|"
    r"later|also|briefly|first|jointly|yesterday|today|respectively|newly|appointed|elected|"
    r"incoming|outgoing|visiting|senior|top|upon|on|up|call|calls|called|phoned|telephoned|"
    r"held|talks|him|them|together|meeting|meetings|met|for|the\s+first\s+time)*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:said|says|told|announced|reported|added|while|but|whereas|which|who)\b",
    re.IGNORECASE,
)
# A preposition before a name makes it no subject, unless it follows a group noun ("leaders
# from Bhutan, India and Nepal arrived").
_GOVERNED = re.compile(
    r"\b(?:of|to|in|at|for|on|from|with|against|about|into|toward|towards|by|over|"
    r"under|between|among|amid)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CAPITALISED_TAIL = re.compile(r"(?:\b[A-Z][\w'’-]*\s+)+\Z")
_MEMBERS_OF = re.compile(
    r"\b(?:leaders|delegations|officials|representatives|ministers|envoys|diplomats|"
    r"negotiators|members|member\s+(?:states|countries|nations|economies))\s+(?:of|from)\s+"
    r"(?:the\s+)?\Z",
    re.IGNORECASE,
)
_GROUP_OF = re.compile(
    r"\b(?:(?:leaders?|delegations?|officials?|representatives?|ministers?|envoys?|heads?|"
    r"diplomats?|negotiators?|members?)\s+(?:of|from)|(?:headed|led)\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A party right after one of these verbs is its object ("visited Jordan", "met Putin").
_OBJECT_OF = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|met|meet(?:s|ing)?|receiv(?:e|es|ed|ing)|"
    r"left|leav(?:e|es|ing)|reach(?:ed|es|ing)?|enter(?:s|ed|ing)?|"
    r"host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|(?:tele)?phon(?:e|es|ed|ing)|reach(?:es|ed|ing)?|"
    r"invit(?:e|es|ed|ing)|join(?:s|ed|ing)?|told|tell(?:s|ing)?|inform(?:s|ed|ing)?|"
    r"urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|brief(?:s|ed|ing)?)\s+(?:(?:the|\S+'s)\s+)?$",
    re.IGNORECASE,
)
_REPORT_THAT = re.compile(
    r"\b(?:said|says|confirmed|announced|stated|added|noted|reported|told\s+\S+|"
    r"believed|believes|hoped|stressed)\s+(?:that\b|on\s+\w+\s+that\b)",
    re.IGNORECASE,
)
# "The World Trade Organisation's 149 members opened talks": the owner's members act
_MEMBERS_OF_OWNER = re.compile(
    r"['’]?s?\s+(?:\d+\s+)?(?:member\s+(?:states|countries|nations|economies)|members|leaders|"
    r"ministers|delegates)\b",
    re.IGNORECASE,
)
_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:(?:still|also|now|already|\w+ly)\s+)?[a-z]+ing\b[^,;:]*,", re.IGNORECASE
)
# ", accompanied by Albanian Prime Minister Bashkim Fino,": who goes with the subject
_COMPANY_ASIDE = re.compile(
    r",\s*(?:accompanied|joined|flanked|escorted|followed)\s+by\b[^,;:]*,", re.IGNORECASE
)
# a verb whose object the subject holds itself ("held their talks", "began his visit")
_HELD_OWN = re.compile(
    r"\b(?:held|hold|holds|holding|had|have|has|began|begin|begins|opened|open|opens|resumed|"
    r"resume|resumes|resuming|continue|continued|continues|concluded|conclude|ended|started|"
    r"start|starts|wrapped\s+up|chaired|co-chaired)\s+\Z",
    re.IGNORECASE,
)
# "the visiting", "Visiting" opening a sentence: the adjective, not a verb with its object
_VISITING_ADJECTIVE = re.compile(
    r"(?:^\s*|\b(?:the|a|an)\s+)visiting\s+(?:(?:the|\S+'s)\s+)?\Z", re.IGNORECASE
)
# an abbreviation in brackets after the name a preposition governs is governed too
_BRACKETED_GOVERNED = re.compile(
    r"(?:\b[a-z][\w'’-]*|[,;])\s+(?:of|to|in|at|for|on|from|with|by)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|on)\s+)*)*[A-Z][\w'’.-]*\s*\(\s*\Z"
)
_COORDINATED_VERB = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?\Z", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\b[^,;:]*,", re.IGNORECASE)
# How many words (not counting names) may stand between a subject and its trigger.
_SUBJECT_REACH = 14
# "the visit", "this meeting": a noun that refers back; its clause's subject is not its party
_DEFINITE_NOUN = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:(?!(?:the|this|that|these|those)\b)[a-z-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_DESTINATION = re.compile(r"\b(?:to|in|for|at|into)\s+(?:the\s+)?$", re.IGNORECASE)
_VISITOR_AFTER = re.compile(r"^\s*(?:by|of)\s+(?:the\s+)?$", re.IGNORECASE)
_NAMED_ON = re.compile(r"\s+on\s+(?:the\s+)?")
# the destination may stand between a visit noun and its visitor ("a trip to Beijing by Dutch
# Economic Minister Hans Wijers", "a visit to the United States by German Foreign Minister X")
_DESTINATION_BEFORE_BY = re.compile(
    r"^\s*(?:to|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?=\s+by\s)"
)
_SUMMIT_OF = re.compile(r"^\s*(?:of|for|on)\s+(?:the\s+)?$", re.IGNORECASE)
# what may stand between a gathering's name words and its capitalised trigger
_NAME_GAP = re.compile(r"\s*(?:'s|’s|'|’)?\s*")
_SUMMIT_PREMODIFIER = re.compile(
    r"^(?:\s|'s|’s|the|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|annual|informal|special|extraordinary|emergency|regional|economic|leaders'?|ministerial|"
    r"foreign|finance|trade|ministers'?|heads|of|state|government|and|-|year-end|two-day|"
    r"three-day|one-day|crunch|landmark|upcoming|next|last|previous|historic|historical|"
    r"first-ever|\w+-nation)*$",
    re.IGNORECASE,
)


# A sentence that opens with a phrase whose subject is the main clause's ("On a visit to
# Japan, Abdullah said", "In a meeting with Hu Jintao, the president said").
_FRONTED = re.compile(
    r"\s*(?:on|in|during|at|while|when|after|before|following|upon|speaking|wrapping\s+up|"
    r"concluding|ending|starting|beginning|kicking\s+off|winding\s+up|rounding\s+off|"
    r"ahead\s+of|prior\s+to)\b[^,;:]*\Z",
    re.IGNORECASE,
)
# an apposition after the fronted phrase (", a key donor to the region,"), or a relative clause
# on its last noun ("Kicking off a four-day stay in Washington, which includes talks Tuesday
# with Vice President Dick Cheney, Nogaideli said")
_APPOSITION = re.compile(r"\s*(?:(?:a|an|the)\s+[a-z][^,;:]{0,60}|(?:which|where)\s[^,;:]{0,100}),")
# an office in apposition to the party the fronted phrase names ("In a meeting with Kpatcha
# Gnassingbe, minister delegate in the Presidency in charge of Defence, Xu said")
_FRONTED_OFFICE = re.compile(
    r"\s*(?!(?:he|she|they|we|it|i|who|which|where|when|while|but|and|as|also|said|says)\b)"
    r"[a-z][a-z-]*(?:\s+(?!(?:said|says|told|is|are|was|were|has|have|had|will|would)\b)"
    r"[\w'’-]+){0,12},"
)

_FRONTED_RELATIVE = re.compile(
    _FRONTED.pattern.removesuffix(r"\Z") + r",\s*(?:which|where)\s[^,;:]*\Z", re.IGNORECASE
)


def _fronted_subject(
    doc: Document, ents: Entities, trig: Trigger, coordinated: bool = False
) -> list[Mention]:
    """The main clause's subject when the trigger stands in a phrase that opens its sentence
    ("On a visit to the region in July, Koizumi proposed ..."); with `coordinated`, the
    names coordinated with it too ("In a telephone conversation on Friday, Putin and Merkel
    discussed Iran": the two sides of the call)."""
    sentence = trig.sentence
    if not (
        _FRONTED.match(doc.text, sentence.start, trig.start)
        # a relative clause on the fronted phrase's noun ("Kicking off a four-day stay in
        # Washington, which includes talks Tuesday with Vice President Dick Cheney,
        # Nogaideli also met"): its event is the main clause's subject's too
        or _FRONTED_RELATIVE.match(doc.text, sentence.start, trig.start)
    ):
        return []
    comma = doc.text.find(",", trig.end, sentence.end)
    if comma < 0:
        return []
    after = comma + 1
    appos = _APPOSITION.match(doc.text, after, sentence.end)
    if appos is None and any(
        m.kind == PERSON and m.end == comma for m in ents.between(trig.end, comma)
    ):
        appos = _FRONTED_OFFICE.match(doc.text, after, sentence.end)
    if appos:
        after = appos.end()
    for m in ents.between(after, sentence.end):
        if m.kind in PARTY_KINDS and re.fullmatch(
            r"\s*(?:the\s+)?", doc.text[after : m.start], re.IGNORECASE
        ):
            return _coordinated(doc, ents, m, True, sentence.end) if coordinated else [m]
        break
    return []


@dataclass
class Reading:
    """What the words around one trigger say about its event."""

    parties: list[Mention] = field(default_factory=list)  # resolved participant mentions
    location: Mention | None = None
    body_name: str | None = None  # a summit named without a body ("Summit of the Americas")
    errand: bool = False  # a visit to a thing, not a place ("visited a factory")
    destinations: list[Mention] = field(default_factory=list)  # a tour's places, in order
    #: how a visit is told as under way at its clause's time: "visiting" ("talks with visiting
    #: X"), "during" ("agreed Thursday during a visit by X", "On a visit to Japan, ..."), or None
    under_way: str | None = None


def _definite_subjectless(before: str, word: str) -> bool:
    """Whether a trigger noun is a definite reference that is not the object of its clause's
    verb ("the visit will", "during the visit"; not "co-chair the meeting")."""
    if word.lower() not in TRIGGER_NOUNS:
        return False
    m = _DEFINITE_NOUN.search(before)
    if m is None:
        return False
    if any(w.lower() in lexicon().finite_verbs for w in m.group(0).split()[1:]):
        return False  # "after the two held talks": a subject and its verb, no noun phrase
    if any(w.lower() in _SUBORDINATORS for w in m.group(0).split()[1:]):
        return False  # "said this when meeting with X": a pronoun, then a participle's clause
    words = before[: m.start()].split()
    if not words:
        return True
    prev = words[-1].lower().strip(",")
    return (
        prev in _PREPOSITIONS
        or not re.fullmatch(r"[a-z][\w'’-]*", prev)
        or prev in _COPULAS
        or prev in ("said", "says", "that", "and", "but")
    )


_SUBORDINATORS = frozenset("when while after before as since until upon once".split())
#: Trigger words that are nouns (a determiner before them makes a reference, not a subject).
TRIGGER_NOUNS = frozenset(
    "visit visits trip trips tour tours journey stopover stay leg arrival "
    "meeting meetings talks summit summits conference forum session gathering "
    "call calls conversation conversations consultations "
    "discussions negotiations audience dinner lunch dialogue dialogues".split()
)
# "which will be the first visit", "it was his third trip": a predicate that names the event
_COPULAS = frozenset(
    "be is was are were been being become becomes became remains remained marks marked".split()
)
_PREPOSITIONS = frozenset(
    "of in at on during after before for to with by about since until from through ahead following "
    "toward towards into over under around despite amid".split()
)


# a verb of telling right before the person told ("briefed Mubarak", "would inform King
# Hussein"), then what about ("on his talks", "about his visit")
_TOLD_ABOUT = re.compile(
    r"\b(?:brief|briefs|briefed|briefing|inform|informs|informed|informing|tell|tells|told|"
    r"telling|update|updates|updated|updating|apprise|apprised|apprising)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,6}\Z"
)
_ABOUT_OWN = re.compile(
    r"\s*,?\s*(?:(?:on|late|early)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
    r"(?:on|about|of)\s+(?:the\s+(?:results?|outcome)\s+of\s+)?",
    re.IGNORECASE,
)


def _antecedent_person(doc: Document, ents: Entities, m: Mention) -> list[Mention]:
    """The person a singular pronoun stands for: the nearest person named before it in its
    own sentence, else the subject the nearest earlier sentence that names a person opens with
    ("Abdullah, who held talks with Abe, is seen as ... He visited Japan": Abdullah, not Abe),
    else the last person that sentence names."""
    sentence = doc.sentence_at(m.start)
    named = [p for p in ents.before(m.start) if not p.description or p.key in ents.entities]
    if not named:
        return []
    if named[0].start >= sentence.start:
        told = _TOLD_ABOUT.search(doc.text, sentence.start, named[0].start)
        if (
            m.key in ("his", "her")
            and told is not None
            and _ABOUT_OWN.fullmatch(doc.text, named[0].end, m.start)
            and len(named) > 1
            and sentence.start <= named[1].start
            and named[1].end <= told.start()
        ):
            # "Abbas briefed Mubarak on his talks with Olmert": whom a teller tells about
            # "his" deeds is the teller's
            return [_person_of(ents, named[1].key, m)]
        return [_person_of(ents, named[0].key, m)]
    previous = doc.sentence_at(named[0].start)
    first = next(
        (x for x in ents.between(previous.start, previous.end) if x.kind in PARTY_KINDS), None
    )
    if (
        first is not None
        and first.kind == PERSON
        and not first.possessive
        and len(doc.text[previous.start : first.start].split()) <= 4
        and not _GOVERNED.search(doc.text[previous.start : first.start])
    ):
        return [_person_of(ents, first.key, m)]  # the earlier sentence opens with its subject
    return [_person_of(ents, named[0].key, m)]


def _resolve(doc: Document, ents: Entities, m: Mention, offset: int) -> list[Mention]:
    """A pronoun or group resolved to the people it stands for; other mentions as they are."""
    if m.kind != GROUP:
        return [m]
    if m.members:
        return [_person_of(ents, key, m) for key in m.members]
    word = m.key
    if word in ("he", "him", "his", "she", "her", "hers"):
        # "As second leg of his visit, Hu will visit Laos": a fronted phrase's pronoun is the
        # main clause's subject
        comma = ents_text(ents).find(",", m.end)
        sentence = doc.sentence_at(m.start)
        named_before = any(
            x.kind == PERSON and not x.description for x in ents.between(sentence.start, m.start)
        )
        # ("Carrion said he had summoned Ambassador to Ecuador, Oscar Navas": a person the
        # sentence named before the pronoun is the one it stands for)
        if 0 <= comma - m.end < 60 and not named_before:
            after = [
                x for x in ents.between(comma, comma + 40) if x.kind == PERSON and not x.description
            ]
            if after and re.fullmatch(r",\s*", ents_text(ents)[comma : after[0].start]):
                return [_person_of(ents, after[0].key, m)]
        return _antecedent_person(doc, ents, m)
    if word in ("they", "them", "their", "theirs", "two"):
        if word == "they" and _after_plural_subject(doc, m):
            return []
        seen: list[str] = []
        classes = _group_roles(m.text) if word == "two" else frozenset()
        if classes:
            # "The two diplomats are also to have dinner": the last two people of those
            # offices, past the leaders named since
            for prev in ents.before(m.start):
                entity = ents.entities.get(prev.key)
                if prev.key not in seen and entity is not None and entity.roles & classes:
                    seen.append(prev.key)
                if len(seen) == 2:
                    return [_person_of(ents, key, m) for key in seen]
            seen = []
        for prev in ents.before(m.start):
            if prev.key not in seen and prev.key in ents.entities:
                seen.append(prev.key)
            if len(seen) == 2:
                return [_person_of(ents, key, m) for key in seen]
        return []
    if word == "two-countries":
        seen = []
        for prev in ents.before(m.start, (COUNTRY,)):
            if prev.key not in seen:
                seen.append(prev.key)
            if len(seen) == 2:
                return [Mention(m.start, m.end, COUNTRY, key, key) for key in seen]
    return []


# a sentence's subject that is a plural common noun ("The observers will inspect ...")
_PLURAL_SUBJECT = re.compile(
    r"(?:The|These|Those|All|Both)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s)\s+[a-z]"
)


def _after_plural_subject(doc: Document, m: Mention) -> bool:
    """Whether "They" opening a sentence follows a sentence whose subject is a plural common
    noun other than a group of named people ("The observers will inspect the voting
    stations. They will release their conclusions ..."): they are those, not the last two
    people named (who may be what the observers watch)."""
    sentence = doc.sentence_at(m.start)
    if doc.text[sentence.start : m.start].strip() or sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    found = _PLURAL_SUBJECT.match(doc.text, before.start, before.end)
    return found is not None and found.group("noun").lower() not in lexicon().person_groups


def _group_roles(phrase: str) -> frozenset[str]:
    """The role classes of the people a group noun stands for ("the two diplomats" ->
    minister, envoy); empty for anyone ("the two men")."""
    words = phrase.lower().split()
    groups = lexicon().group_roles
    for n in (2, 1):
        classes = groups.get(" ".join(words[-n:]))
        if classes is not None:
            return classes
    return frozenset()


def ents_text(ents: Entities) -> str:
    return ents.text


def _person_of(ents: Entities, key: str, where: Mention) -> Mention:
    """A mention of person `key` at the place of `where` (for pronouns and descriptions)."""
    kind = ents.entities[key].kind if key in ents.entities else COUNTRY
    return Mention(where.start, where.end, kind, key, where.text, description=True)


def _parties_in(ents: Entities, start: int, end: int) -> list[Mention]:
    """The party mentions in [start, end), without a country or body that only qualifies the
    person named right after it ("Zaire's embattled President Mobutu")."""
    found = [m for m in ents.between(start, end) if m.kind in PARTY_KINDS]
    return [
        m
        for i, m in enumerate(found)
        if not (
            m.possessive
            and m.kind in (COUNTRY, ORGANISATION)
            and i + 1 < len(found)
            and found[i + 1].kind == PERSON
            and re.fullmatch(r"[\s\w-]{0,40}", ents.text[m.end : found[i + 1].start])
            and len(ents.text[m.end : found[i + 1].start].split()) <= 4
        )
    ]


# what may stand between "his" and the name it determines: "his visiting counterpart Y"
_DETERMINER_GAP = re.compile(r"\s*(?:visiting\s+)?")


def _own_determiner(m: Mention) -> bool:
    """Whether `m` is a possessive pronoun that only determines the name after it ("his")."""
    return m.kind == GROUP and m.possessive and m.key in ("his", "her", "their")


def _coordinated(
    doc: Document, ents: Entities, first: Mention, forward: bool, limit: int
) -> list[Mention]:
    """`first` and the mentions coordinated with it ("A, B and C"), reading away from the
    trigger."""
    out = [first]
    gaps: list[bool] = []  # whether each link is a bare comma
    current = first
    while True:
        if forward:
            nxt = [m for m in ents.between(current.end, limit) if m.kind in PARTY_KINDS]
            if not nxt:
                break
            cand = nxt[0]
            gap = doc.text[current.end : cand.start]
            close = re.match(r"\s*\)", doc.text[cand.end : limit])
            if len(nxt) > 1 and close and re.fullmatch(r"\s*\(\s*", gap):
                # "the European Union (EU) and Norway": the name and its abbreviation are one
                gap = doc.text[cand.end + close.end() : nxt[1].start]
                nxt = nxt[1:]
                cand = nxt[0]
            if (
                _own_determiner(cand)
                and len(nxt) > 1
                and _DETERMINER_GAP.fullmatch(doc.text[cand.end : nxt[1].start])
            ):
                # "Mesic and his counterpart Drnovsek", "X and his visiting counterpart Y":
                # the one "his" names
                cand = nxt[1]
                gap = doc.text[current.end : nxt[0].start]
        else:
            prev = [m for m in ents.between(limit, current.start) if m.kind in PARTY_KINDS]
            if not prev:
                break
            cand = prev[-1]
            gap = doc.text[cand.end : current.start]
            if (
                len(prev) > 1
                and gap.lstrip().startswith(")")
                and re.fullmatch(r"\s*\(\s*", doc.text[prev[-2].end : cand.start])
            ):
                # "the United States, Japan, the European Union (EU) and Norway": the name
                # and its abbreviation are one
                gap = gap.lstrip()[1:]
                cand = prev[-2]
            if _own_determiner(cand) and not gap.strip() and len(prev) > 1:
                cand = prev[-2]  # "Mesic and his Slovenian counterpart Janez Drnovsek"
                gap = doc.text[cand.end : prev[-1].start]
        skip = _office_apposition(doc, current, limit) if forward else None
        if skip is not None:
            # "talks with Nong Duc Manh, general secretary of the Central Committee of the
            # Communist Party of Vietnam, and Vietnamese President Tran Duc Luong": the names
            # inside a person's office apposition are not the list's next item
            after = [m for m in ents.between(skip, limit) if m.kind in PARTY_KINDS]
            if not after:
                break
            cand, gap = after[0], " and "
        if not re.fullmatch(
            r"\s*(?:,|and|&|as well as|,\s*and)\s*(?:the\s+)?(?:so-called\s+)?", gap, re.IGNORECASE
        ):
            break
        out.append(cand)
        gaps.append(gap.strip().lower() in (",", ", the"))
        current = cand
    if gaps and (all(gaps) or not forward and gaps[0]):
        # a list needs a conjunction ("A, B and C"), and its last item follows it; commas
        # alone join an apposition or a fronted phrase to its clause ("At the invitation of
        # Wen Jiabao, Fradkov paid", "Prior to talks between Japan and the DPRK, Li Bin met")
        return out[:1]
    return out


_OFFICE_APPOSITION = re.compile(
    r",\s*(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b[^,;:()\"]{0,120}?,\s*and\s+"
)


def _office_apposition(doc: Document, current: Mention, limit: int) -> int | None:
    """Where the list goes on after a named person's lower-case office apposition followed by
    "and" (", general secretary of the ... Party of Vietnam, and"), else None."""
    if current.kind != PERSON or current.description:
        return None
    found = _OFFICE_APPOSITION.match(doc.text, current.end, limit)
    if found is None:
        return None
    words = found.group(1).split()
    lex = lexicon()
    for i in range(len(words)):
        hit = lex.lookup(words, i)
        if hit and any(r.category == "role" for r in hit[1]):
            return found.end()
        if words[i] not in lex.role_modifiers:
            return None
    return None


def _subject(doc: Document, ents: Entities, trig: Trigger, clause_start: int) -> list[Mention]:
    """The party before the trigger: the nearest participant mention, with those coordinated
    with it; a relative clause's subject is the name before "who" ("Enkhbold, who will pay")."""
    sentence = trig.sentence
    candidates = [m for m in ents.between(sentence.start, trig.start) if m.kind in PARTY_KINDS]
    before_trigger = doc.text[sentence.start : trig.start]
    # ", still hoping to bring North Korea to the peace table,": a participle's phrase
    # between the subject and its verb names no subject
    asides = [
        (sentence.start + a.start(), sentence.start + a.end())
        for a in _PARTICIPLE_ASIDE.finditer(before_trigger)
    ]
    candidates = [m for m in candidates if not any(s <= m.start < e for s, e in asides)]
    for m in reversed(candidates):
        before = doc.text[max(sentence.start, m.start - 12) : m.start]
        if m.kind == ORGANISATION:
            # "secretary general of the International Telecommunication Union": a body's
            # name may begin with capitalised words the mention left out
            near = doc.text[max(sentence.start, m.start - 60) : m.start]
            wider = _CAPITALISED_TAIL.sub("", near)
            if wider != near:
                before = wider[-12:]
        closed = re.match(r"\s*\)", doc.text[m.end : trig.start])
        if (
            closed
            and _BRACKETED_GOVERNED.search(doc.text, max(sentence.start, m.start - 200), m.start)
            # (not "of the World Trade Organization (WTO) ministerial meeting": its gathering's)
            and not _SUMMIT_PREMODIFIER.match(doc.text[m.end + closed.end() : trig.start])
        ):
            continue  # "chairman of China's National People's Congress (NPC), met": governed
        if m.kind == GROUP and m.possessive and _HELD_OWN.search(doc.text, sentence.start, m.start):
            continue  # "India and Japan held their strategic dialogue": the subject's own
        if m.kind == COUNTRY and _DESTINATION.search(before) and not m.possessive:
            continue  # "left for Vietnam", "in China": a place, not a party
        # (", who", or "who" alone: "Hu told Kibaki who is in Beijing for a summit")
        relative = re.match(r"\s*,?\s*(?:who|which)\b", doc.text[m.end : trig.start])
        if (
            _OBJECT_OF.search(doc.text[max(sentence.start, m.start - 24) : m.start])
            and not m.possessive
            and not relative
            # "The visiting U.S. president said this when meeting with Triet": an adjective
            and not _VISITING_ADJECTIVE.search(doc.text[sentence.start : m.start])
        ):
            continue  # "Bush, who visited Jordan last month for talks": Jordan is visited
        if (
            not m.possessive
            and not relative
            and _GOVERNED.search(before)
            and not _GROUP_OF.search(before)
            # "the permanent members of the UN Security Council" (a window wide enough; "Luo,
            # a member of the Standing Committee" is one person, not the body)
            and not _MEMBERS_OF.search(doc.text, max(sentence.start, m.start - 40), m.start)
        ):
            continue  # "secretary-general of the United Nations", "opposition to NATO"
        if (
            m.possessive
            and len(doc.text[m.end : trig.start].split()) > 3
            and not _MEMBERS_OF_OWNER.match(doc.text, m.end, trig.start)
        ):
            continue  # "NATO's eastward expansion, most recently during a visit": a modifier
        between = doc.text[m.end : trig.start]
        if re.search(r"[;:]", between):
            break
        # a relative clause or a participle's phrase between them does not count (", who
        # arrived on Wednesday,", ", accompanied by Albanian Prime Minister Bashkim Fino,")
        between = _COMPANY_ASIDE.sub(" ", _RELATIVE_CLAUSE.sub(" ", between))
        words = len(between.split()) - sum(
            len(doc.text[x.start : x.end].split())
            for x in candidates
            if m.end <= x.start and x.end <= trig.start
        )
        # "Natsios arrived in Khartoum on Saturday in a bid to ... and met Lam Akol": a verb
        # coordinated with the clause's first one shares its subject
        # ("... and hold talks with X": the verb the rule's phrase opens with)
        coordinated = _COORDINATED_VERB.search(doc.text, sentence.start, trig.match_start)
        reach = _SUBJECT_REACH * 2 if coordinated else _SUBJECT_REACH
        if words > reach or _REPORT_THAT.search(between):
            break  # "He confirmed that most of the troops were to arrive": he only reports
        return _coordinated(doc, ents, m, False, sentence.start)
    return []


_AT_SITE = re.compile(
    r"\bat\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:airport|airbase|palace|residence|"
    r"headquarters)\b"
)


def _object(
    doc: Document, ents: Entities, trig: Trigger, end: int, skip: list[tuple[int, int]]
) -> list[Mention]:
    """The party after a meeting or call trigger: "met (with) X", "talks between X and Y",
    "received visiting X", "audience with the pope", "called up another world leader – X"."""
    sentence_end = trig.sentence.end
    if trig.rule.kind == "reception":
        # "received visiting X", "welcomed X" (not "welcomed the agreement between X and Y")
        first = next(iter(_parties_in(ents, trig.end, end)), None)
        if (
            first is not None
            and first.kind in (PERSON, GROUP)
            # ("welcomed the king's intervention": the owner of the thing welcomed)
            and not (first.possessive and not _own_determiner(first))
            and _LINK.match(doc.text[trig.end : first.start])
        ):
            return _coordinated(doc, ents, first, True, end)
        return []
    listed = _people_including(doc, ents, trig) or _delegation_met(doc, ents, trig)
    if listed:
        return listed
    # "talks with officials in Ashgabat": the unnamed officials of a place stand for its
    # country ("held talks with senior political officials in Italy")
    officials = _OFFICIALS_IN.match(doc.text, trig.end, sentence_end)
    if officials:
        for m in ents.between(officials.end(), sentence_end):
            code = place_country(m) if m.start == officials.end() else None
            if code:
                return [Mention(m.start, m.end, COUNTRY, code, m.text)]
            break
    # "between X and Y" / "with X" further on ("were the first between Putin and Xi")
    for m in _parties_in(ents, trig.end, sentence_end):
        if m.kind == GROUP and m.possessive:
            continue  # "with his Russian counterpart, Sergei Lavrov": a determiner
        gap = _APPOSED_DESCRIPTION.sub(" ", doc.text[max(trig.end, m.start - 40) : m.start])
        gap = _OWNER_BEFORE.sub(" ", gap)  # "with Zaire's embattled President Mobutu"
        if m.kind == PERSON and m.role:
            gap = _TITLE_ADJECTIVES.sub(" ", gap)  # "with authoritarian President Sali Berisha"
        # "between the delegations of Japan and the DPRK": the sides they stand for
        gap = _DELEGATIONS_OF.sub(" ", gap)[-12:]  # (the preposition stays)
        # ("a telephone call from X": the caller, the other side of a call noun)
        link = r"between|with|from" if trig.type == "call" and _CALL_NOUN.search(
            doc.text, trig.start, trig.end
        ) else r"between|with"
        if (
            re.search(rf"\b(?:{link})\s+(?:the\s+|his\s+|her\s+)?$", gap)
            and len(doc.text[trig.end : m.start].split()) <= 12
            and not _CLAUSE_BREAK.search(doc.text[trig.end : m.start])
        ):
            found = _coordinated(doc, ents, m, True, sentence_end)
            if (
                "between" in gap
                or trig.type == "call"
                or len(_without_when_where(doc, ents, trig.end, m.start, skip).split()) <= 4
            ):
                return found
    parties = _parties_in(ents, trig.end, end)
    parties = [
        m
        for i, m in enumerate(parties)
        if not (
            m.kind == GROUP
            and m.possessive
            and i + 1 < len(parties)
            and parties[i + 1].start - m.end <= 1
        )
    ]
    # a possessive pronoun before the object is its determiner, not a party ("met with his
    # Russian counterpart, Sergei Lavrov")
    parties = [m for m in parties if not (m.kind == GROUP and m.possessive)]
    for m in parties:
        gap = doc.text[trig.end : m.start]
        gap = re.sub(r"\b(?:his|her|their)\s*$", " ", gap)
        gap = _APPOSED_DESCRIPTION.sub(" ", gap)
        for s, e in sorted(skip, reverse=True):
            if trig.end <= s and e <= m.start:
                gap = gap[: s - trig.end] + " " + gap[e - trig.end :]
        gap = re.sub(r"\bin\s+\S+(?:\s+[A-Z]\S*)*", " ", gap)  # "met in Beijing with"
        # "was met at Grozny airport by", "at the airport": the place met at
        gap = _AT_SITE.sub(" ", gap)
        gap = re.sub(r"^(?:\s*\w+){1,4}\s*[–—-]\s*$", " ", gap)  # "another world leader – X"
        if _LINK.match(gap):
            return _coordinated(doc, ents, _named_in_apposition(doc, ents, m, end), True, end)
        return []
    return []


# a place phrase a verb's time and place may hold before its "with" ("met last week in
# Jordan with")
_PLACE_PHRASE = re.compile(r"\s*\b(?:in|at)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _without_when_where(
    doc: Document, ents: Entities, start: int, end: int, timex: list[tuple[int, int]]
) -> str:
    """The words between a verb and the party after it without the time expressions and the
    places ("in Jordan") they hold: "met last week in Jordan with X" is "met with X"."""
    cuts = [(s, e) for s, e in timex if start <= s and e <= end]
    for m in ents.between(start, end):
        if m.kind in (PLACE, COUNTRY) or m.kind == NAME and is_place(m.text):
            before = _PLACE_PHRASE.search(doc.text, start, m.start)
            if before is not None:
                cuts.append((before.start(), m.end))
    text = doc.text[start:end]
    for s, e in sorted(cuts, reverse=True):
        text = text[: s - start] + " " + text[e - start :]
    return text


# a call told as a noun, whose caller may follow "from" ("an urgent telephone call from X")
_CALL_NOUN = re.compile(r"(?:call|calls|conversation|conversations)\Z", re.IGNORECASE)


# "met, on separate occasions, with five African presidents, including": the people the
# list after it names are those met
_WITH_INCLUDING = re.compile(
    r"(?:\s*,[^,;:]{0,40},)?\s+(?:separately\s+)?with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:presidents|leaders|ministers|premiers|counterparts|heads\s+of\s+(?:state|government)|"
    r"dignitaries|envoys)\s*,?\s+(?:including|namely|among\s+them)\s+",
    re.IGNORECASE,
)


# "met with a delegation from the Kansai region of Japan", "met a Latvian delegation"
_WITH_DELEGATION = re.compile(
    r"\s+(?:with\s+)?(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?delegation\b", re.IGNORECASE
)
_LED_BY = re.compile(r"[^.;:]{0,80}?\b(?:led|headed)\s+by\s+(?:(?:its|their)\s+[\w-]+\s+)?")
_DELEGATION_LED = re.compile(
    r"\s*The\s+delegation\s+(?:is|was)\s+(?:being\s+)?(?:led|headed)\s+by\s+"
)


def _delegation_met(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """Whom a delegation met stands for: the people it is led by ("a delegation here on
    Monday headed by Erika Zommere", "... The delegation is headed by Fusae Ota, governor of
    Osaka-Fu, Keiji Yamada ..."), else the country it comes from ("a delegation from the
    Kansai region of Japan")."""
    found = _WITH_DELEGATION.match(doc.text, trig.end, trig.sentence.end)
    if found is None:
        return []
    sentence = trig.sentence
    led = _LED_BY.match(doc.text, found.end(), sentence.end)
    if led:
        first = [m for m in ents.between(led.end(), sentence.end) if m.kind == PERSON]
        if first and first[0].start == led.end():
            return _coordinated(doc, ents, first[0], True, sentence.end)
    if sentence.index + 1 < len(doc.sentences):
        nxt = doc.sentences[sentence.index + 1]
        heads = _DELEGATION_LED.match(doc.text, nxt.start, nxt.end)
        if heads:
            people = [
                m
                for m in ents.between(heads.end(), nxt.end)
                if m.kind == PERSON and not m.description
            ]
            if people and people[0].start == heads.end():
                return people
    start = doc.text.rfind(" ", trig.end, found.end() - len("delegation")) + 1
    for m in ents.between(trig.end, sentence.end):
        if m.start >= found.end() and not re.fullmatch(
            r"\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:the\s+)?",
            doc.text[found.end() : m.start],
        ):
            break
        if m.kind == COUNTRY and (m.start >= found.end() or m.start >= start - 30):
            return [m]
    return []


_OF_ITS = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+of\s+(?:the\s+)?)?")


def _people_including(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The people listed after "with five African presidents, including", each with the
    country "of" names after it ("Denis Sassou-Nguesso of the Republic of Congo, Yoweri
    Museveni of Uganda and Paul Kagame of Rwanda")."""
    end = trig.sentence.end  # (", on separate occasions," may end the trigger's clause)
    head = _WITH_INCLUDING.match(doc.text, trig.end, end)
    if head is None:
        return []
    out: list[Mention] = []
    last = head.end()
    for m in ents.between(head.end(), end):
        gap = doc.text[last : m.start]
        if out and m.kind == COUNTRY and _OF_ITS.fullmatch(gap):
            last = m.end  # "of Uganda": the person's country
            continue
        if m.kind != PERSON or not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", gap):
            break
        if out and not gap.strip():
            break
        out.append(m)
        last = m.end
    return out if len(out) >= 2 else []


_OFFICIALS_IN = re.compile(
    r"\s+with\s+(?:the\s+)?(?:(?:senior|top|local|government|political|other|several|some)\s+)"
    r"{0,2}(?:officials|authorities|leaders)\s+in\s+(?:the\s+)?"
)


# what may stand between a described office and the name set after it in apposition:
# "Venezuelan Ambassador to Ecuador, Oscar Navas"
_TO_PLACE_COMMA = re.compile(
    r"(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*,\s*"
)


def _named_in_apposition(doc: Document, ents: Entities, m: Mention, end: int) -> Mention:
    """The person an office description is followed by in apposition ("summoned Venezuelan
    Ambassador to Ecuador, Oscar Navas"): that person, not whom the description would name."""
    if not (m.kind == PERSON and m.description):
        return m
    gap = _TO_PLACE_COMMA.match(doc.text, m.end, end)
    if gap is None:
        return m
    after = [x for x in ents.between(gap.end(), end) if x.kind == PERSON and not x.description]
    return after[0] if after and after[0].start == gap.end() else m


# a relative clause after a meeting noun that names who held it and with whom ("talks she
# held earlier in the day with Israeli leaders")
_HELD_WITH = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<who>he|she|they|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+"
    r"(?:had\s+)?(?:held|had|conducted)\s+(?:(?!with\b)\S+\s+){0,5}?with\s+(?:the\s+)?"
)
# the phrase a meeting noun stands in after its clause's object ("briefed the president in a
# meeting", "told Millon at the start of their meeting")
_IN_THE_MEETING = re.compile(
    r"\s*,?\s*(?:in|at|during)\s+(?:the\s+(?:start|end|beginning|close|outset|course)\s+of\s+)?"
    r"(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


def _object_before(
    doc: Document, ents: Entities, trig: Trigger, clause_start: int
) -> list[Mention]:
    """The other party of a meeting noun in a phrase after its clause's verb and object: the
    one the subject briefed, told or met there ("Wei briefed the president in a meeting")."""
    parties = [m for m in ents.between(clause_start, trig.start) if m.kind in PARTY_KINDS]
    if not parties or not _IN_THE_MEETING.match(doc.text[parties[-1].end : trig.start]):
        return []
    m = parties[-1]
    if m.kind == GROUP and m.possessive:
        return []
    if _OBJECT_OF.search(doc.text[max(clause_start, m.start - 24) : m.start]):
        return [m]
    # "Arroyo made the commitment to former president Fidel Ramos and house speaker Jose de
    # Venecia during a private meeting Monday": the people the deed was done to or with
    listed = [m]
    for prev in reversed(parties[:-1]):
        gap = _TITLE_ADJECTIVES.sub("", doc.text[prev.end : listed[0].start])
        if not (listed[0].kind == PERSON and _LIST_GAP.fullmatch(gap)):
            break
        listed.insert(0, prev)
    first = listed[0]
    if (
        all(p.kind == PERSON for p in listed)
        and _TO_WITH.search(doc.text, max(clause_start, first.start - 12), first.start)
    ):
        return listed
    return []


# a person told to or with whom the deed of a clause is done ("made the commitment to X")
_TO_WITH = re.compile(r"\b(?:to|with)\s+(?:the\s+)?\Z", re.IGNORECASE)
# what joins the people of a list ("A and B", "A, B and C")
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", re.IGNORECASE)


_DELEGATIONS_OF = re.compile(
    r"(?:(?<=between)|(?<=with))\s+(?:the\s+)?(?:delegations?|representatives|officials|leaders|envoys|"
    r"negotiators|governments?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a possessive owner and an adjective before a name ("Zaire's embattled President Mobutu")
_OWNER_BEFORE = re.compile(r"(?:the\s+)?[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+)?$")
# lower-case words before the title that opens a person's phrase describe that person, not a
# clause of their own ("a meeting with authoritarian President Sali Berisha")
_TITLE_ADJECTIVES = re.compile(
    r"(?:\b(?!(?:with|between|and|or|but|of|to|in|on|at|after|before|for|by|from|as|than|that|"
    r"which|who|the|a|an|about|over|under|against|into|while|when|his|her|their|its)\b)"
    r"[a-z][\w-]*\s+){1,2}$"
)
# a description set before the name it describes ("his Russian counterpart, Sergei Lavrov")
_APPOSED_DESCRIPTION = re.compile(
    r"\b(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*,\s*$", re.IGNORECASE
)
# "visited the outdoor loo", "a visit to an exhibition": the object is a thing, not a place
_ERRAND = re.compile(
    r"\s+(?:to\s+)?(?:a|an|the|its|his|her|their|this|that|some|several)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\b"
)
# what may stand between "left for" and its place: "the Nigerian capital Abuja", "the city of"
_BEFORE_PLACE = re.compile(
    # "to the southern port city of Basra": lower-case words only before a place noun
    r"\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:(?:[a-z-]+\s+){0,2}?(?:capital|city|port|"
    r"town|province|state|region|island|village|resort)\s+(?:city\s+|town\s+)?(?:of\s+)?)?"
    r"(?:the\s+)?"
)
# what a journey is for, then where that is: "left for the 14th APEC Leaders' Meeting in"
_GATHERING_THERE = re.compile(
    r"\s*(?:the|a|an)\s+(?:[\w'’().-]+\s+){0,8}?(?:summit|meeting|conference|forum|talks|"
    r"session|gathering|negotiations|consultations|ceremony|celebrations?)\s+(?:in|at)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_ERRAND_DETERMINERS = frozenset("a an the its his her their this that some several".split())
_NP_STOP = frozenset(
    "which who that where when has have had is was are were will would of in on at to for "
    "with and by as from".split()
    # a time after the object ends it ("a visit to the region early next year")
    + "early late next last this later earlier soon today tomorrow yesterday tonight".split()
)
_PLACE_NOUNS = frozenset(
    "country countries capital capitals city cities nation nations region regions island islands "
    "state "
    "states kingdom republic province provinces area areas town towns village villages continent "
    "territory territories neighbour neighbor neighbours neighbors south north east west mainland "
    "homeland kingdom emirate frontline border".split()
)


def _errand(text: str, offset: int) -> bool:
    """Whether a visit's object right after `offset` is a thing, not a place: "visited the
    outdoor loo", "a visit to an exhibition" (not "to the country", "to an eastern European
    capital")."""
    m = _ERRAND.match(text, offset)
    if m is None:
        return False
    words = m.group(0).split()
    words = words[words.index(next(w for w in words if w.lower() in _ERRAND_DETERMINERS)) + 1 :]
    noun = []
    for w in words:
        if w.lower() in _NP_STOP:
            break
        noun.append(w)
    if not noun or len(noun) == len(words) and re.match(r"\s*[A-Z]", text[m.end() : m.end() + 3]):
        return False
    return noun[-1].lower() not in _PLACE_NOUNS


def _site(text: str, place: Mention) -> bool:
    """Whether a place no country is known for is a site inside a town: its name ends in a
    site word ("Raghadan Palace") or one follows it ("Radisson SAS hotel")."""
    if place.kind == COUNTRY or place_country(place) is not None:
        return False
    words = lexicon().site_words
    after = text[place.end : place.end + 20].split()
    return place.text.split()[-1].lower() in words or bool(
        after and after[0].lower().strip(".,;") in words
    )


def place_country(m: Mention) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country a country or place mention lies in."""
    if m.kind == COUNTRY:
        return m.key
    return country_of_place(m.text)


def placeable(text: str, m: Mention) -> bool:
    """Whether mention `m` can be where an event takes place: a country, a place the gazetteer
    knows ("Busan", "Texas", "the Kremlin"), a region ("the Middle East"), or a name a place
    word ends or follows ("Hainan Province", "the Balkan region"); not a name a preposition
    alone made a place ("came to Lleyton Hewitt", "in Confucius' hometown")."""
    lex = lexicon()
    if m.kind == COUNTRY or is_place(m.text):
        return True
    if re.sub(r"^the\s+", "", m.text.lower()) in lex.regions:
        return True
    if m.text.split()[-1].lower() in lex.place_words:
        return True
    after = text[m.end : m.end + 30].split()
    if bool(after) and after[0].lower().strip(".,;") in lex.place_words:
        return True
    # "in Heiligendamm, Germany": a name the country after it places
    country = _COUNTRY_AFTER.match(text, m.end)
    return (
        country is not None
        and len(country.group(1)) > 3  # a name, not a code ("IN")
        and country_code(country.group(1)) is not None
    )


_COUNTRY_AFTER = re.compile(r",\s+((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})\b")


_IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "at North Korea's request", "at the request of Japan": who asked for the talks
_REQUEST_AFTER = re.compile(r"\s+(?:request|behest)\b", re.IGNORECASE)
_REQUEST_OF = re.compile(r"\b(?:at|on|upon)\s+the\s+(?:request|behest)\s+of\s+(?:the\s+)?\Z")
_AT_OWNER = re.compile(r"\b(?:at|on|upon)\s+\Z", re.IGNORECASE)


def _requester(doc: Document, ents: Entities, trig: Trigger, end: int) -> Mention | None:
    """The country a meeting's clause says asked for it, after the trigger ("began the
    discussions Wednesday at North Korea's request"); not a person (a mediator who asks two
    sides to meet is none of them)."""
    for m in ents.between(trig.end, end):
        if m.kind != COUNTRY:
            continue
        before = doc.text[max(trig.end, m.start - 30) : m.start]
        owner = m.possessive and _AT_OWNER.search(before)
        if owner and _REQUEST_AFTER.match(doc.text, m.end) or _REQUEST_OF.search(before):
            return m
    return None


#: How far after a meeting or summit trigger its place may be named.
_PLACE_REACH = 8


def _name_end(doc: Document, trig: Trigger, name: str | None) -> int:
    """Where a gathering's own name that holds its trigger ends (the trigger's end if none)."""
    if not name:
        return trig.end
    at = doc.text.find(name, max(trig.sentence.start, trig.end - len(name)), trig.sentence.end)
    return at + len(name) if 0 <= at <= trig.start and at + len(name) > trig.end else trig.end


def _near(doc: Document, start: int, end: int) -> int:
    """The offset `_PLACE_REACH` words after `start` (or `end` if nearer)."""
    m = re.match(rf"(?:\s*\S+){{0,{_PLACE_REACH}}}", doc.text[start:end])
    return start + (m.end() if m else 0)


def _place_after(
    doc: Document, ents: Entities, start: int, end: int, preposition: re.Pattern
) -> Mention | None:
    """The first place or country named after a preposition in [start, end)."""
    for m in ents.between(start, end):
        if m.kind in (PLACE, COUNTRY, NAME) and placeable(doc.text, m):
            before = doc.text[max(start, m.start - 12) : m.start]
            if preposition.search(before):
                # "in Vietnam's capital city of Hanoi": the city the owner's phrase names
                limit = doc.sentence_at(m.start).end
                named = _CAPITAL_OF.match(doc.text, m.end, limit) if m.possessive else None
                if named:
                    city = next(iter(ents.between(named.end(), limit)), None)
                    if city is not None and city.start == named.end() and placeable(doc.text, city):
                        return city
                return m
    return None


# what may stand between a meeting's other side and its place: a time ("met with X on Tuesday
# in Jerusalem", "with his Indian counterpart, Manmohan Singh, in New Delhi on Friday")
_SIDE_THEN_PLACE = re.compile(
    r"\s*,?\s*(?:(?:on|late|early|last|next|this|here|there|morning|afternoon|evening|night|"
    r"week|month|(?-i:[A-Z][a-z]+\.?)|\d[\d,]*)\s+){0,3}?(?:in|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# a verb that tells where a gathering or talks, its subject, take place ("opened in Dhaka on
# Saturday", ", which ends Sunday in Montevideo", "will resume in Beijing on Dec. 18", ", to
# be held in Bishkek next August", "continued Wednesday in Jerusalem")
_PLACE_VERB = re.compile(
    r"\b(?:held|opened|opens|open|ended|ends|closed|closes|concluded|concludes|convened|"
    r"convenes|convene|resume[sd]?|continue[sd]?|gather(?:s|ed)?|takes?\s+place|took\s+place|"
    r"began|begins|begin|started|starts|start|kicked\s+off|kicks\s+off|wrapped\s+up|"
    r"wraps\s+up)\b",
    re.IGNORECASE,
)
_AUXILIARY = re.compile(r"\b(?:will|would|shall|is|are|was|were|has|have|had|did|does|do)\b")
# what may not stand between the subject and that verb: a verb of its own, a report, a person
_NOT_SUBJECT_GAP = re.compile(
    r"[;:\"“”]|\b(?:said|says|told|tells|who|whom|whose|not|never)\b|\b[a-z]{2,}ed\b"
)


def _place_of_verb(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The place a verb after the gathering or talks, its subject, names."""
    sentence = trig.sentence
    verb = _PLACE_VERB.search(doc.text, trig.end, sentence.end)
    if verb is None:
        return None
    gap = doc.text[trig.end : verb.start()]
    if len(gap.split()) > 20 or _NOT_SUBJECT_GAP.search(gap):
        return None
    aux = list(_AUXILIARY.finditer(gap))
    if aux and len(gap[aux[0].start() :].split()) > 4:
        return None  # "The summit will discuss the crisis that began in Darfur"
    return _place_after(doc, ents, verb.end(), _near(doc, verb.end(), sentence.end), _IN_AT)


# a wire story's dateline: "KUALA LUMPUR, Dec. 12 (Xinhua) --", "NAIROBI, Kenya (AP) _",
# "BRUSSELS, Dec. 15 --"
_DATELINE = re.compile(r"\A\s*((?-i:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}))(?=,|\s*\()")
# "opened here Monday", "met here on Saturday", "is under way here": the event's own place
# adverb, right after its trigger (not a report's: "told reporters here")
_HERE = re.compile(
    r"\A(?:\s+(?!(?:said|says|told|tells|reporters|journalists|announced|stated)\b)"
    r"[\w'’-]+){0,4}?\s+here\b(?!\s+and\b)",
    re.IGNORECASE,
)


def _place_after_side(
    doc: Document, ents: Entities, trig: Trigger, parties: list[Mention], end: int
) -> Mention | None:
    """The place named right after the meeting's other side, however long that side's name
    ("met Spanish Prime Minister Jose Luis Rodriguez Zapatero in Istanbul"), a time between
    at most; not a site inside a town ("at Raghadan Palace")."""
    after = [p for p in parties if trig.end <= p.start and p.end <= end]
    if not after:
        return None
    side_end = max(p.end for p in after)
    gap = _SIDE_THEN_PLACE.match(doc.text, side_end, end)
    if gap is None:
        return None
    m = next((m for m in ents.between(gap.end(), end) if m.start == gap.end()), None)
    if m is None or m.kind not in (PLACE, COUNTRY, NAME) or not placeable(doc.text, m):
        return None
    if _site(doc.text, m) or m.text.split()[-1].lower() in lexicon().site_words:
        return None  # "at the White House": a building, not the town
    return m


def _here(doc: Document, trig: Trigger, end: int) -> Mention | None:
    """The dateline's city of an event told "here" right after its trigger, in its clause."""
    dateline = _DATELINE.match(doc.text)
    if dateline is None or dateline.end() > trig.start:
        return None
    here = _HERE.match(doc.text[trig.end : end])
    if here is None or re.search(r"[\"“”,;]", here.group(0)):
        return None
    name = " ".join(w[:1] + w[1:].lower() for w in dateline.group(1).split())
    if not is_place(name):
        return None
    return Mention(dateline.start(1), dateline.end(1), PLACE, name, name)


_CAPITAL_OF = re.compile(r"\s*(?:[a-z]+\s+){0,2}(?:capital|city|port)\s+(?:city\s+)?(?:of\s+)?")


def read(
    doc: Document, ents: Entities, trig: Trigger, timex_spans: list[tuple[int, int]]
) -> Reading:
    """Participants and location of the event `trig` reports."""
    clause_start, clause_end = doc.clause_span(trig.start)
    sentence = trig.sentence
    reading = Reading()
    end = min(sentence.end, max(clause_end, trig.match_end))
    if end < sentence.end and doc.text[end] in "–—":
        end = doc.clause_span(end + 1)[
            1
        ]  # "called up another world leader – US President Joe Biden"
    definite = _definite_subjectless(
        doc.text[sentence.start : trig.start], doc.text[trig.start : trig.end]
    )
    if trig.type in ("meeting", "call"):
        right = _object(doc, ents, trig, end, timex_spans)
        between = re.match(r"\s*(?:\S+\s+){0,2}?between\b", doc.text[trig.end : trig.end + 40])
        left = (
            []  # "a meeting between Clinton and the Dalai Lama" names both its sides
            if definite or (between and right)
            else _subject(doc, ents, trig, clause_start)
        )
        passive = re.match(r"\s*by\b", doc.text[trig.end : trig.end + 5])
        if not left or len(left) == 1 and _own_determiner(left[0]):
            # "During their meeting on Tuesday, Kibaki and Museveni discussed trade": a fronted
            # phrase's meeting, even a definite one or one "their" determines, is the main
            # clause's two sides'
            fronted = _fronted_subject(doc, ents, trig, coordinated=True)
            if len(fronted) > 1 or not left and not definite:
                left = fronted
        held = _HELD_WITH.match(doc.text, trig.end, end)
        if held:
            # "briefed him on talks she held earlier in the day with X": the relative clause's
            # subject holds the talks, with the party after "with"
            holder = [m for m in ents.between(trig.end, held.end("who")) if m.kind in PARTY_KINDS]
            after = [m for m in _parties_in(ents, held.end(), end) if m.start == held.end()]
            if holder and holder[0].kind == GROUP and left:
                holder = left  # its pronoun stands for the subject of the clause it is in
            if holder and after:
                left, right = holder[:1], _coordinated(doc, ents, after[0], True, end)
        if left and not right:
            right = _object_before(doc, ents, trig, clause_start)
            if len(right) > 1 and {p.key for p in left} & {p.key for p in right}:
                # the subject read was the last of the list the clause's verb governs: the
                # clause's subject is the one before that list
                first = right[0].start
                left = _subject(
                    doc, ents, replace(trig, start=first, match_start=first), clause_start
                )
        reading.parties = (right + left) if passive else (left + right)
        sides = hyphened_sides(doc, ents, trig)
        if sides:
            # "to preside over the Jordanian-Lebanese joint committee meetings with his
            # Jordanian counterpart Adnan Badran": the people named on each side hold them,
            # the subject read before the compound
            holder: list[Mention] = []
            if right and all(p.kind == PERSON for p in right):
                first = min(m.start for m in sides)
                holder = _subject(
                    doc, ents, replace(trig, start=first, match_start=first), clause_start
                )
            if (
                holder
                and all(p.kind == PERSON for p in holder)
                and {p.key for p in holder}.isdisjoint(p.key for p in right)
            ):
                reading.parties = holder + right
            else:
                reading.parties = sides  # "an EU-Canada leaders' video-conference": its sides
        requester = _requester(doc, ents, trig, end)
        if (
            requester is not None
            and reading.parties
            and all(p.kind in (COUNTRY, GROUP) for p in reading.parties)
            and all(p.key != requester.key for p in reading.parties)
        ):
            # "US and South Korean officials, who began the discussions Wednesday at North
            # Korea's request": the country that asked for the talks is their other side
            reading.parties = reading.parties + [requester]
        reading.location = _place_after(
            doc, ents, trig.end, _near(doc, trig.end, end), _IN_AT
        ) or _place_after_side(doc, ents, trig, reading.parties, end)
        if requester is not None and reading.location is requester:
            reading.location = None  # "at North Korea's request" names no place
    elif trig.type == "visit":
        reading.parties, reading.location = _visit(doc, ents, trig, end, definite)
        if reading.location is not None and _site(doc.text, reading.location):
            reading.location = None  # "a visit to Radisson SAS hotel": a stop on the visit
        if (
            reading.location is not None
            and trig.rule.id in _HOME_BOUND_RULES
            and _at_home(ents, reading.parties, reading.location)
        ):
            # "Chinese Premier Wen attended a ceremony in Beijing", "Hu ... left Hanoi for
            # Beijing": no visit in one's own country
            reading.location = None
        reading.under_way = under_way(doc, trig)
        reading.errand = reading.location is None and _errand(doc.text, trig.end)
        if reading.location is not None:
            reading.destinations = _places_listed(doc, ents, reading.location, end)
    else:
        reading.parties, reading.body_name = _summit(doc, ents, trig, end)
        reading.parties = reading.parties + _taking_part(doc, ents, trig)
        # the place is named after the gathering's whole name ("the World Summit on the
        # Information Society to be held in Tunis")
        after = _name_end(doc, trig, reading.body_name)
        reading.location = _place_after(
            doc, ents, after, _near(doc, after, end), _IN_AT
        ) or _premodifier_place(doc, ents, trig)
    if reading.location is None and trig.type in ("meeting", "summit"):
        reading.location = _place_of_verb(doc, ents, trig)
    if reading.location is None:
        here = _here(doc, trig, end)
        if here is not None and not (
            trig.type == "visit" and _at_home(ents, reading.parties, here)
        ):
            # (not a visit "here" of a leader at home: "a briefing on Wen's visit here")
            reading.location = here
    resolved: list[Mention] = []
    for m in reading.parties:
        for r in _resolve(doc, ents, m, trig.start):
            if all(r.key != x.key for x in resolved):
                resolved.append(r)
    if trig.type in ("meeting", "call"):
        # a firm is no side of the talks of the guidelines ("General Motors Corp. held talks
        # with Renault SA and Nissan Motor Co.": company talks)
        resolved = [m for m in resolved if not _company(m)]
    reading.parties = resolved
    return reading


_COMPANY_WORDS = frozenset(
    "corp corporation co inc ltd plc ag sa gmbh llc nv bv motors airlines airways holdings "
    "industries".split()
)


def _company(m: Mention) -> bool:
    """Whether an organisation mention names a firm by its legal or trade word ("Renault SA",
    "Nissan Motor Co.", "General Motors")."""
    words = m.text.replace(".", " ").split()
    return m.kind == ORGANISATION and bool(words) and words[-1].lower() in _COMPANY_WORDS


# what may stand between the hyphened sides of a meeting and its noun: "the India-Pakistan
# talks", "an EU-Canada leaders' video-conference", "the US-South Korea missile talks"
_AFTER_SIDES = re.compile(
    r"(?:\s+(?!(?:and|or|of|in|at|on|to|with|by|for|from)\b)[a-z][\w-]*['’]?){0,2}\s+"
)


def hyphened_sides(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The countries, bodies or people a meeting or call noun is premodified by, joined by
    hyphens ("the Fatah-Hamas talks", "an Israeli-US summit meeting", "a Sino-Japanese
    dialogue"): the sides that hold it."""
    word = doc.text[trig.start : trig.end].lower()
    if word not in TRIGGER_NOUNS and not word.startswith("video"):
        return []
    before = [m for m in ents.between(trig.sentence.start, trig.start) if m.kind in PARTY_KINDS]
    if not before or not _AFTER_SIDES.fullmatch(doc.text, before[-1].end, trig.start):
        return []
    sides = [before[-1]]
    for m in reversed(before[:-1]):
        if doc.text[m.end : sides[0].start] != "-":
            break
        sides.insert(0, m)
    if len(sides) < 2 or len({m.key for m in sides}) < len(sides) or any(
        m.kind == GROUP or m.possessive for m in sides
    ):
        return []
    return sides


# the agent of a noun of words before a visit that frames them: "comments by Wang, deputy
# director of the office, during a visit"
_BY_BEFORE = re.compile(
    r"\b(?:comments?|remarks?|statements?|speech|words|address|lecture|talk)\s+(?:made\s+)?by\s+"
    r"(?:[a-z][\w-]*\s+){0,3}\Z",
    re.IGNORECASE,
)
_DURING_AFTER = re.compile(
    r"(?:\s*,[^,;()]{1,100},)?\s+(?:during|on|in\s+the\s+course\s+of)\s+(?:a|an|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}"
)


# the comma that opens an aside about the person before it ("X, visiting Beijing, met")
_APPOSED_VISITING = re.compile(r"\s*,\s*(?:(?:currently|now|then|also|who\s+is)\s+)?")


def _visit(
    doc: Document, ents: Entities, trig: Trigger, end: int, definite: bool
) -> tuple[list[Mention], Mention | None]:
    """Visitor and destination of a visit mention."""
    if trig.rule.id in _SENT_RULES:
        return _sent(doc, ents, trig)
    sentence = trig.sentence
    parties: list[Mention] = []
    location: Mention | None = None
    # "Hu's visit", "Kiir's US visit", "Visiting Russian Prime Minister Viktor Chernomyrdin"
    before = [
        m for m in ents.between(sentence.start, trig.start) if m.kind in PARTY_KINDS + (PLACE,)
    ]
    noun = doc.text[trig.start : trig.end].lower() in (
        "visit",
        "visits",
        "trip",
        "trips",
        "tour",
        "tours",
    )
    if (
        noun
        and before
        and before[-1].kind in (COUNTRY, PLACE)
        and re.fullmatch(r"\s*", doc.text[before[-1].end : trig.start])
    ):
        location = before[-1]  # "US visit", "Japan trip"
        before = before[:-1]
    latter = re.search(
        r"\bthe\s+latter['’]s\s+(?:[\w-]+\s+){0,3}\Z", doc.text[sentence.start : trig.start]
    )
    invited = _INVITED.search(doc.text[sentence.start : trig.start])
    for_to = _FOR_TO.search(doc.text[sentence.start : trig.start])
    if for_to and for_to.group("np").split()[-1].lower() in _TO_NOUNS:
        for_to = None  # "thanked Hu for the invitation to visit China": the noun's infinitive
    if latter and before:
        # "Abdullah hosted Olmert during the latter's surprise visit": the last one named
        persons = [m for m in before if m.kind == PERSON]
        parties = persons[-1:]
    elif (
        before
        and before[-1].kind == PERSON
        and doc.text[trig.start : trig.end].lower() == "visiting"
        and _APPOSED_VISITING.fullmatch(doc.text, before[-1].end, trig.start)
        # (not "with Kasuri, visiting Russian Foreign Minister Sergey Lavrov said": the
        # adjective of the person after it)
        and any(
            m.kind in (PLACE, COUNTRY, NAME) and not doc.text[trig.end : m.start].strip()
            for m in ents.between(trig.end, sentence.end)[:1]
        )
    ):
        # "German Chancellor Angela Merkel, visiting Beijing on Monday, met Hu": the person
        # the participle's aside follows visits
        parties = [before[-1]]
    elif (
        invited
        and before
        and before[-1].kind in PARTY_KINDS
        and before[-1].end <= (sentence.start + invited.end())
    ):
        # "Bush invited Triet to visit the United States": the invitee travels
        inv = [m for m in before if m.start >= sentence.start + invited.start()]
        parties = inv[:1]
    elif for_to:
        # "for the five experts to visit": whom the phrase names, or no one the text names
        np_start = sentence.start + for_to.start("np")
        parties = [m for m in before if m.start >= np_start and m.kind in PARTY_KINDS][:1]
    elif (
        before
        and before[-1].possessive
        and re.fullmatch(r"[\s\w'’-]{0,40}", doc.text[before[-1].end : trig.start])
        and len(doc.text[before[-1].end : trig.start].split()) <= 4
        # "his talks with visiting X": the possessive is another noun's
        and not any(
            w.lower() in _PREPOSITIONS for w in doc.text[before[-1].end : trig.start].split()
        )
        # "his visiting Japanese counterpart Shinzo Abe": the possessive is the counterpart's
        and not adjectival_visiting(doc, trig)
    ):
        parties = [before[-1]]
    after = [m for m in ents.between(trig.end, end) if m.kind in PARTY_KINDS]
    if not parties and doc.text[trig.start : trig.end].lower() == "visiting":
        # "Visiting UN Secretary General Kofi Annan": the name finder took the word into the
        # visitor's role phrase
        parties = [
            m
            for m in ents.between(sentence.start, end)
            if m.kind == PERSON and m.start <= trig.start < m.end
        ][:1]
    if (
        not parties
        and after
        and after[0].kind in (PERSON, GROUP)
        and doc.text[trig.start : trig.end].lower() == "visiting"
        # "Visiting Russian Prime Minister Viktor Chernomyrdin": titles may stand between, and
        # an adjective of the person ("Visiting exiled Hamas leader Khaled Meshaal")
        and re.fullmatch(
            r"\s*(?:(?:[a-z][a-z-]*(?:ed|ing|al|ian|ese|ish|ive)|[A-Z][\w'’.-]*)\s+){0,4}",
            doc.text[trig.end : after[0].start],
        )
    ):
        parties = [after[0]]
        after = after[1:]
    if (
        not parties
        and after
        and after[0].kind in (COUNTRY, ORGANISATION)
        and doc.text[trig.start : trig.end].lower() == "visiting"
        and re.fullmatch(r"\s*(?:[a-z-]+\s+){0,2}", doc.text[trig.end : after[0].start])
        and _UNNAMED_OFFICIALS.match(doc.text, after[0].end)
    ):
        # "visiting senior U.S. diplomats", "a visiting UN special envoy": they travel
        return [after[0]], _host(doc, ents, trig, [after[0]])
    if not parties:
        for m in after:
            if m.kind == GROUP and m.possessive:
                continue  # "the visit of his predecessor John Paul II": a determiner
            gap = _DESTINATION_BEFORE_BY.sub("", doc.text[trig.end : m.start])
            if (
                _VISITOR_AFTER.search(
                    re.sub(r"\b(?:his|her|their|its)\s+(?:[a-z-]+\s+)?$", "", gap)[-12:]
                )
                and len(gap.split()) <= 6
            ):
                parties = [m]
                break
    agent = next((m for m in reversed(before) if m.kind == PERSON), None)
    if (
        not parties
        and agent is not None
        and _BY_BEFORE.search(doc.text, sentence.start, agent.start)
        and _DURING_AFTER.fullmatch(doc.text, agent.end, trig.start)
    ):
        # "similar comments by Wang Fengchao, deputy director of the office, during a visit
        # to Hong Kong": the one whose words the visit frames travels
        parties = [agent]
    adjectival = adjectival_visiting(doc, trig)
    if (
        not parties
        and not definite
        and not adjectival
        and not for_to
        and _subject_travels(doc, trig)
    ):
        parties = _subject(doc, ents, trig, sentence.start)
    if not parties and not adjectival and not for_to:
        parties = _fronted_subject(doc, ents, trig)
    if trig.rule.needs == "place" and location is None:
        # "left for Vietnam", "flew to Beijing": the place follows the preposition at once
        for m in ents.between(trig.match_end, end):
            if (
                m.kind in (PLACE, COUNTRY, NAME)
                and _BEFORE_PLACE.fullmatch(doc.text[trig.match_end : m.start])
                and placeable(doc.text, m)
            ):
                location = m
            break
        there = _GATHERING_THERE.match(doc.text, trig.match_end, end)
        if location is None and there is not None:
            # "left for the APEC Leaders' Meeting in Hanoi": Hanoi
            location = next(
                (
                    m
                    for m in ents.between(there.end(), end)
                    if m.start == there.end()
                    and m.kind in (PLACE, COUNTRY)
                    and placeable(doc.text, m)
                ),
                None,
            )
        parties = [p for p in parties if location is None or p.key != location.key]
        return _travellers(doc, parties), location
    if location is None:
        # "a tour of the Balkans": a tour names its ground with "of"
        of = "|of" if doc.text[trig.start : trig.end].lower() in ("tour", "tours") else ""
        destination = re.compile(
            rf"\b(?:to|in|for|at|into{of})\s+(?:the\s+)?(?:\S+\s+){{0,3}}?$", re.IGNORECASE
        )
        for m in ents.between(trig.end, end):
            if m.kind not in (PLACE, COUNTRY, NAME) or not placeable(doc.text, m):
                continue
            gap = doc.text[trig.end : m.start]
            word = doc.text[trig.start : trig.end].lower()
            direct = re.fullmatch(r"\s*(?:the\s+)?", gap) and (
                trig.rule.id == "visit.visit"
                and (
                    word in ("visit", "visits", "visited") or word == "visiting" and not adjectival
                )
                # "toured Japan", "will tour the Middle East": the verb's object is its ground
                or word in ("toured", "touring")
                or word in ("tour", "tours") and _VERB_BEFORE_TOUR.search(doc.text, 0, trig.start)
            )
            if direct or (destination.search(gap) and len(gap.split()) <= 8):
                location = m
                break
    parties = [p for p in parties if location is None or p.key != location.key]
    if location is None and adjectival and parties:
        location = _host(doc, ents, trig, parties)
    if trig.rule.kind == "arrival" or any(p.kind == ORGANISATION for p in parties):
        parties = _travellers(
            doc, parties
        )  # a body visits only as a delegation ("an AU delegation")
    return parties, location


#: Rules of a delegation, team or envoy sent to a place (data/triggers.yaml).
_SENT_RULES = ("visit.sent", "visit.was-sent")
# the leader a sent delegation is told with ("a delegation, which was led by X,")
_SENT_LED_BY = re.compile(r"\b(?:led|headed)\s+by\s+(?:the\s+)?", re.IGNORECASE)
# the noun of the group sent ("a Chinese medical team", "the AU's mission")
_SENT_NOUN = re.compile(
    r"\b(?:delegations?|team|mission|envoys?|emissary|emissaries|representatives?|"
    r"observers|monitors|negotiators|diplomats)\b",
    re.IGNORECASE,
)
# what may stand between a delegation's country or body and its noun ("a Chinese medical team")
_SENT_PREMODIFIED = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,3}", re.IGNORECASE)


def _sent(doc: Document, ents: Entities, trig: Trigger) -> tuple[list[Mention], Mention | None]:
    """Who travels when a delegation, team or envoy is sent to a place, and the place: the
    leader named ("a delegation, which was led by X, to Cairo"), else the country or body the
    sent group is of ("a special team of Delhi Police", "a Chinese delegation"), else a
    country or body that sends it ("Palestinian officials would send a delegation"); never a
    person who sends others ("he sent a delegation")."""
    sentence = trig.sentence
    # the sent group: after the verb in the active, before it in the passive
    active = trig.rule.id == "visit.sent"
    group_start, group_end = (
        (trig.end, trig.match_end) if active else (trig.match_start, trig.start)
    )
    location = None
    place_end = min(sentence.end, max(doc.clause_span(trig.match_end)[1], trig.match_end + 1))
    for m in ents.between(trig.match_end, place_end):
        if (
            m.kind in (PLACE, COUNTRY, NAME)
            and _BEFORE_PLACE.fullmatch(doc.text[trig.match_end : m.start])
            and (m.kind == PLACE or placeable(doc.text, m))
        ):
            location = m  # ("sent to Kashmir": a place by its preposition)
        break
    led = _SENT_LED_BY.search(doc.text, group_start, group_end)
    if led is not None:
        leader = [
            m
            for m in ents.between(led.end(), group_end)
            if m.kind in (PERSON, NAME) and m.start < group_end
        ]
        people = [m for m in leader if m.kind == PERSON]
        if people or leader:
            # ("led by Hamas representative in Syria Imad al-Alami": the name last, nearest
            # the destination, is the leader's; those before it name his post)
            return (people or leader)[-1:], location
    inside = [
        m
        for m in ents.between(group_start, group_end)
        if m.kind in (PERSON, COUNTRY, ORGANISATION) and (led is None or m.end <= led.start())
    ]
    if not inside:
        # "a Chinese medical team", "the AU's mission": the noun's premodifier
        noun_at = trig.match_start if trig.rule.id == "visit.was-sent" else group_start
        noun = _SENT_NOUN.search(doc.text[noun_at:group_end])
        at = noun_at + noun.start() if noun is not None else group_end
        inside = [
            m
            for m in ents.between(max(sentence.start, at - 40), at)
            if m.kind in (COUNTRY, ORGANISATION)
            and _SENT_PREMODIFIED.fullmatch(doc.text[m.end : at])
        ]
    if inside:
        return inside[:1], location
    if trig.rule.id == "visit.sent":
        senders = [
            r
            for m in _subject(doc, ents, trig, doc.clause_span(trig.start)[0])
            for r in _resolve(doc, ents, m, trig.start)
        ]
        senders = [m for m in senders if m.kind in (COUNTRY, ORGANISATION)]
        if not senders:
            # "Palestinian officials said they would send a delegation": the country whose
            # officials the sentence's subject is
            senders = [
                m
                for m in ents.between(sentence.start, trig.start)
                if m.kind in (COUNTRY, ORGANISATION)
                and _STATE_PARTY.search(doc.text, m.start, m.end + 12)
            ]
        return senders[:1], location
    return [], location


# what makes "tour" a verb: a modal or "to" before it ("will tour", "is to tour", "plans to
# tour"), or a subject's name right before it ("Rice tours Asia")
_VERB_BEFORE_TOUR = re.compile(
    r"(?:\b(?:will|would|shall|to|also|then|now|later)|[A-Z][\w'’-]*)\s+\Z"
)


# officials a country or body sends, unnamed ("U.S. diplomats", "UN special envoy")
_UNNAMED_OFFICIALS = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:envoys?|diplomats?|officials?|delegations?|delegates?|ministers?|"
    r"leaders?|mission|negotiators?|representatives?)\b"
)


#: Rules whose place is no visit when it lies in the traveller's own country.
_HOME_BOUND_RULES = frozenset({"visit.attend-in", "visit.left-for"})


def _at_home(ents: Entities, people: list[Mention], place: Mention) -> bool:
    """Whether a place lies in the country of the people there: no travel brought them."""
    code = place_country(place)
    if code is None:
        return False
    theirs = {m.nationality for m in people} | {
        ents.entities[m.key].nationality for m in people if m.key in ents.entities
    }
    return code in theirs


def _host(doc: Document, ents: Entities, trig: Trigger, visitors: list[Mention]) -> Mention | None:
    """Where someone told as "visiting X" is: the country of the person of another country
    who receives him in the sentence ("Jordanian Foreign Minister Abdul Ilah al-Khatib held
    talks with visiting Russian Deputy Foreign Minister Alexander Sultanov": Jordan)."""
    theirs = {v.nationality for v in visitors} | {
        ents.entities[v.key].nationality for v in visitors if v.key in ents.entities
    }
    keys = {v.key for v in visitors}
    sentence = trig.sentence
    for m in ents.between(sentence.start, sentence.end):
        if m.kind != PERSON or m.key in keys or m.start <= trig.start < m.end:
            continue
        entity = ents.entities.get(m.key)
        code = m.nationality or (entity.nationality if entity else None)
        if code and code not in theirs:
            return Mention(m.start, m.end, COUNTRY, code, code)
    return None


def adjectival_visiting(doc: Document, trig: Trigger) -> bool:
    """Whether the trigger is "visiting" used as an adjective ("talks with visiting X",
    "Visiting Russian Prime Minister X"), not a verb ("is visiting", "X, currently visiting")."""
    return (
        doc.text[trig.start : trig.end].lower() == "visiting"
        # (on the sentence's own text: "^" marks where the sentence opens, "Visiting X said")
        and bool(_ADJECTIVAL_BEFORE.search(doc.text[trig.sentence.start : trig.start]))
        # "would not prevent him from visiting Jordan": a gerund
        and not _KEPT_FROM.search(doc.text, trig.sentence.start, trig.start)
        # "began his trip by visiting the headquarters": a gerund with its object
        and not _DETERMINER_AFTER.match(doc.text, trig.end, trig.sentence.end)
    )


_DETERMINER_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|that|these|those|some|several|two|three)\b", re.I
)
_KEPT_FROM = re.compile(
    r"\b(?:(?:prevent|stop|bar|ban|keep|kept|refrain|deter|discourage|dissuade|prohibit)\w*|"
    r"him|her|them|us|me)\s+from\s+\Z",
    re.I,
)
# (a dateline's dash opens the story's sentence: "CAIRO, Nov. 8 (Xinhua) -- Visiting X said")
_ADJECTIVAL_BEFORE = re.compile(
    r"(?:^|\b(?:the|a|an|his|her|their|its|and|with|by|of|to|from|for)\s+|,\s*|\s(?:--|—)\s*)\Z",
    re.I,
)
# a visit named as the occasion of its clause ("agreed Thursday during a visit by X", "On a
# visit to Japan, Abdullah warned Friday", "said while on a tour of Asia")
_DURING_PHRASE = re.compile(
    r"\b(?:during|while\s+on|on|in\s+the\s+course\s+of)\s+(?:an?|the|his|her|their|its|this)\s+"
    r"(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)


def under_way(doc: Document, trig: Trigger) -> str | None:
    """How a visit mention is told as under way at its clause's time (see `Reading`)."""
    if trig.type != "visit":
        return None
    if adjectival_visiting(doc, trig):
        return "visiting"
    if doc.text[trig.start : trig.end].lower() in TRIGGER_NOUNS and _DURING_PHRASE.search(
        doc.text, trig.sentence.start, trig.start
    ):
        return "during"
    return None


# "set the date for the five experts to visit Guantanamo", "arrangements for Hu to visit": the
# infinitive's own subject travels, not the clause's
_FOR_TO = re.compile(
    r"\bfor\s+(?P<np>(?:(?!(?:and|or|but|to|from|until|since|days?|weeks?|months?|years?|hours?|"
    r"time|now|long|while)\b)[\w.'’-]+\s+){1,6}?)to\s+\Z",
    re.IGNORECASE,
)
# nouns that take an infinitive of their own ("for the invitation to visit", "for a chance to")
_TO_NOUNS = frozenset(
    "invitation invitations chance chances opportunity opportunities plan plans decision "
    "request requests proposal proposals offer bid effort efforts attempt preparations "
    "permission approval clearance visa visas time".split()
)
_INVITED = re.compile(
    r"\binvit(?:e|es|ed|ing)\s+(?:\S+\s+){1,6}?to\s+(?:pay\s+(?:an?\s+)?(?:\S+\s+){0,2})?\Z",
    re.IGNORECASE,
)


def _places_listed(doc: Document, ents: Entities, first: Mention, end: int) -> list[Mention]:
    """`first` and the places listed after it ("visits to Vietnam, Laos, India and Pakistan")."""
    out = [first]
    for m in ents.between(first.end, end):
        if m.kind not in (COUNTRY, PLACE, NAME):
            continue
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", doc.text[out[-1].end : m.start]):
            break
        if all(m.key != x.key for x in out):
            out.append(m)
    return out


def _travellers(doc: Document, parties: list[Mention]) -> list[Mention]:
    """Who can travel: people, and countries only as delegations ("the Sudanese government
    delegation", "leaders from Bhutan, India and Nepal"), not "half went to Africa"."""
    delegations = any(
        _STATE_PARTY.search(doc.text[p.start : p.end + 12])
        or _GROUP_OF.search(doc.text[max(0, p.start - 30) : p.start])
        for p in parties
    )
    return [p for p in parties if p.kind in (PERSON, GROUP) or delegations]


_STATE_PARTY = re.compile(
    r"\b(?:delegation|delegations|team|officials|leaders|ministers|envoys?|diplomats?|delegates|"
    r"mission|negotiators)\b",
    re.I,
)


def _subject_travels(doc: Document, trig: Trigger) -> bool:
    """Whether the subject of the clause is the traveller: always for a verb ("Hu visited"),
    and for a noun ("a visit") only after a verb that makes the visit the subject's ("pay a
    visit", "began his tour"), not after one that comments on it ("opposed the visits")."""
    word = doc.text[trig.start : trig.end].lower()
    if word not in TRIGGER_NOUNS:
        return True
    before = doc.text[trig.sentence.start : trig.start]
    noun = re.search(
        r"(?:^|\s)(?:(\S+)\s+(?:up|off)\s+|(\S+)\s+)(?:a|an|the|his|her|their|its|this|that)\s+"
        r"(?:[\w'’-]+\s+){0,3}\Z",
        before,
        re.IGNORECASE,
    )
    if noun is None:
        return True  # a verb ("Hu will visit India"), or a noun without a governing verb
    # a phrasal verb counts by its verb ("wrapped up a visit", "kicked off a tour")
    verb = (noun.group(1) or noun.group(2)).lower().strip(",")
    return (
        verb in LIGHT_VERBS or verb in _PREPOSITIONS or verb in ("and", "to") or not verb.isalpha()
    )


#: Verbs whose subject makes the visit they govern ("pay a visit", "wrapped up a tour").
LIGHT_VERBS = frozenset(
    "pay pays paid paying make makes made making begin begins began beginning start starts started "
    "starting end ends ended ending conclude concludes concluded concluding wrap wraps wrapped "
    "complete completes completed undertake undertakes undertook continue continues continued "
    "continuing resume resumed cut interrupt interrupted extend extended embark embarked kick "
    "kicked kicks kicking open opened go went going take takes took taking wound winding winds "
    "set sets embarking undertaking wrapping completing "
    # one calls off or puts off one's own journey
    "postpone postpones postponed postponing cancel cancels cancelled canceled cancelling "
    "canceling delay delays delayed defer deferred called calls put puts scrap scrapped".split()
)


_CONFERENCE_OF_PARTIES = re.compile(
    r"conference\s+of\s+(?:the\s+)?(?:contracting\s+|states\s+)?parties"
    r"(?:\s+(?:to|on)\s+(?:the\s+)?[\w-]+(?:\s+(?!in\b|at\b|on\b)[\w-]+){0,5})?",
    re.IGNORECASE,
)
_MEMBERS_SUBJECT = re.compile(
    r"\W*(?:the\s+)?(?:[\w-]+\s+)?(?:permanent\s+|member\s+)?members\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


# the rest of a long name up to the abbreviation in brackets that follows it ("... Committee
# for Economic and Commercial Cooperation (")
_NAME_REST = re.compile(
    r"(?:\s+(?:(?:for|and|of|on|the|de)\s+)*(?-i:[A-Z])[\w'’-]*)+\s+\(\s*(?=(?-i:[A-Z]{2,})\s*\))"
)


# words of a gathering's name that tell who meets or what kind of meeting it is, not a theme
_WHO_OR_KIND = frozenset(
    "chiefs chief ceo ceos business world general group groups youth women parliamentary "
    "partners donors member members states heads leaders officials senior experts joint "
    "ministerial ministers working executive council plenary consultative review plus one "
    "two three four five six seven eight nine ten spring summer autumn fall winter".split()
)


def _is_theme(name: str) -> bool:
    """Whether the capitalised words `name` between a body and its gathering's head noun
    ("UN Climate Change Conference") tell the gathering's theme: no office, group of people,
    kind of meeting, region or place."""
    lex = lexicon()
    tokens = [w.strip("'’").lower() for w in name.split()]
    tokens = [w[:-2] if w.endswith("'s") or w.endswith("’s") else w for w in tokens]
    if any(
        w in _WHO_OR_KIND or w in lex.person_groups or w in lex.weak_roles or w in lex.regions
        for w in tokens
    ):
        return False
    if any(_SUMMIT_PREMODIFIER.fullmatch(w) for w in tokens):
        return False
    if any(lex.lookup([w], 0) for w in tokens):
        return False  # an office, a country or a body's word
    return not is_place(name)


def _summit(
    doc: Document, ents: Entities, trig: Trigger, end: int
) -> tuple[list[Mention], str | None]:
    """The bodies or countries whose summit it is, or the summit's own name."""
    sentence = trig.sentence
    bodies = (ORGANISATION, COUNTRY)
    # "the Shanghai Cooperation Organization summit", "EU-Russia summit",
    # "APEC Economic Leaders' Meeting"
    pre: list[Mention] = []
    edge = trig.start
    word = doc.text[trig.start : trig.end]
    theme: bool | None = None  # whether the words of the gathering's own name are a theme
    for m in reversed(ents.between(sentence.start, trig.start)):
        gap = doc.text[m.end : edge]
        if m.kind == NAME and _SUMMIT_PREMODIFIER.match(doc.text[m.start : edge]):
            edge = m.start  # "APEC Ministerial Meeting", "APEC Economic Leaders' Meeting"
            theme = False
            continue
        if m.kind == NAME and word[:1].isupper() and _NAME_GAP.fullmatch(gap):
            # the rest of a gathering's own name: "the APEC Joint Ministerial Meeting", "the
            # ASEAN Air Chiefs' Conference" are the body's gatherings
            edge = m.start
            theme = _is_theme(m.text) if theme is None else False
            continue
        if (
            theme
            and not pre
            and m.kind == ORGANISATION
            and not m.possessive
            and not doc.text[m.end : edge].strip()
        ):
            # "the UN Climate Change Conference": a gathering the body holds on a theme is
            # known by its own name, not the body's (who meets or what kind of meeting it is,
            # "the APEC Joint Ministerial Meeting", leaves it the body's)
            return [], re.sub(r"^the\s+", "", doc.text[m.start : trig.end], flags=re.IGNORECASE)
        if m.kind in bodies and _SUMMIT_PREMODIFIER.match(gap):
            pre.append(m)
            edge = m.start
        elif (
            m.kind in bodies
            and re.search(r"\(\s*$", doc.text[sentence.start : m.start])
            and re.match(r"\s*\)", gap)
            and _SUMMIT_PREMODIFIER.match(gap[gap.index(")") + 1 :])
        ):
            # "the 14th Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Informal
            # Meeting": the body by the abbreviation in brackets after its long name (read
            # next, the gap before the bracket being none)
            pre.append(m)
            edge = doc.text.rindex("(", sentence.start, m.start)
        else:
            break
    if pre:
        # ("Germany will host the G8 summit": the body's gathering; the read sets' gold leaves
        # its host out, heldout4's Nigeria aside)
        return list(reversed(pre)), None
    if trig.rule.id == "summit.its-meeting":
        return _its_body(doc, ents, trig), None
    # "peace talks in Nigeria between the Sudanese government and rebel groups"
    after = re.match(r"(?:\s+\S+){0,4}?\s+between\s+(?:the\s+)?", doc.text[trig.end : end])
    if after is not None:
        found = [m for m in ents.between(trig.end + after.end(), end) if m.kind in PARTY_KINDS]
        if found and found[0].start == trig.end + after.end():
            return _coordinated(doc, ents, found[0], True, end), None
    # "Summit of the Forum on China-Africa Cooperation", "summit of the SAARC"
    for m in ents.between(trig.end, end):
        gap = doc.text[trig.end : m.start]
        if _SUMMIT_OF.match(gap) or re.fullmatch(r"\s*\(\s*", gap):
            if (
                doc.text[trig.start].isupper()
                and _NAMED_ON.fullmatch(gap)
                and m.kind in (ORGANISATION, NAME)
                and not m.possessive
                and not m.text.isupper()
                and (first := _name_start(doc, trig.start)) < trig.start
            ):
                # "the World Summit on the Information Society": a gathering named for its
                # theme, not the theme's body (not "the World Summit on UN reform", whose
                # abbreviation only qualifies the theme)
                return [], doc.text[first : m.end]
            if m.possessive:
                break  # "the final summit of Britain's turn at the EU presidency": not Britain's
            if m.kind in bodies:
                rest = _NAME_REST.match(doc.text, m.end, end)
                if rest is not None:
                    # "a meeting of the Standing Committee for Economic and Commercial
                    # Cooperation (COMCEC)": the body by the abbreviation of its whole name
                    short = [x for x in ents.between(rest.end(), end) if x.start == rest.end()]
                    if short and short[0].kind == ORGANISATION:
                        m = short[0]
                return _coordinated(doc, ents, m, True, end), None
            if m.kind in (NAME, PLACE) and doc.text[trig.start].isupper():
                return [], mend(doc.text[trig.start : m.end])  # "Summit of the Americas"
        break
    # a named gathering: "Leadership Summit", "the Africa-France summit"
    word = doc.text[trig.start : trig.end]
    names = [m for m in ents.between(sentence.start, trig.start) if m.kind == NAME]
    if names and re.fullmatch(r"\s*", doc.text[names[-1].end : trig.start]):
        if word[:1].isupper() or re.fullmatch(r"[A-Z][\w'’]*-[A-Z][\w'’]*", names[-1].text):
            return [], mend(doc.text[names[-1].start : trig.end])
    # "the conference of the contracting parties on wetland (COP9)": a convention's states
    # parties' gathering, by its own name
    parties = _CONFERENCE_OF_PARTIES.match(doc.text, trig.start, end)
    if parties is not None:
        return [], parties.group(0)
    # "The five permanent members of the UN Security Council -- Britain, China, ... -- are
    # expected to discuss": the body whose members the clause's subject is, and them
    members = _MEMBERS_SUBJECT.match(doc.text, doc.clause_span(trig.start)[0], trig.start)
    if members is not None and trig.rule.id == "summit.members-meet":
        after = ents.between(members.end(), trig.start)
        if after and after[0].start == members.end() and after[0].kind == ORGANISATION:
            listed = [m for m in after[1:] if m.kind == COUNTRY]
            return [after[0], *listed], None
    # "European Union leaders meet", "leaders of SAARC members": the subject when it is a body
    subject = [m for m in _subject(doc, ents, trig, sentence.start) if m.kind in bodies]
    if _AGENT_BEFORE.search(doc.text, sentence.start, trig.start):
        subject = []  # "COMCEC is one of the committees established by the Third Islamic Summit"
    if subject and any(m.kind == ORGANISATION for m in subject):
        return subject, None
    body = _gathering_of(doc, trig) or _sponsor(doc, trig) or _members_of(doc, ents, trig)
    if body is not None:
        return [body], None
    opened = _opened_by(doc, ents, trig)
    if opened:
        return opened, None
    # "a conference on state governance in Africa hosted by the European Commission"
    held_by = _HELD_BY.match(doc.text, trig.end, end)
    if held_by is not None:
        found = [m for m in ents.between(held_by.end(), end) if m.kind in bodies]
        if found and found[0].start == held_by.end():
            return [found[0]], None
    return _summit_host(doc, ents, trig), None


# "will be held in Istanbul with the participation of Turkish Prime Minister Recep Tayyip
# Erdogan and UN Secretary General Kofi Annan": those who take part, named
_PARTICIPATION = re.compile(
    r"[^;:]*?\bwith\s+the\s+(?:participation|attendance)\s+of\s+(?:the\s+)?", re.IGNORECASE
)


def _taking_part(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The people a gathering's sentence names as taking part in it after it ("with the
    participation of X and Y")."""
    found = _PARTICIPATION.match(doc.text, trig.end, trig.sentence.end)
    if found is None or _CLAUSE_BREAK.search(doc.text, trig.end, found.end()):
        return []
    first = next(
        (m for m in ents.between(found.end(), trig.sentence.end) if m.kind in PARTY_KINDS), None
    )
    if first is None or first.start != found.end() or first.kind != PERSON:
        return []
    return [m for m in _coordinated(doc, ents, first, True, trig.sentence.end) if m.kind == PERSON]


def _name_start(doc: Document, start: int) -> int:
    """Where the capitalised words just before `start` begin ("World" in "World Summit")."""
    words = _CAPITALISED_TAIL.search(doc.text[max(0, start - 80) : start])
    if words is None:
        return start
    # not a date's words before the name ("the September World Summit")
    kept = _DATE_WORD.sub("", words.group(0))
    return start - len(kept)


_DATE_WORD = re.compile(rf"^(?:{CALENDAR_WORD}\s+)+")


# a gathering that is the agent of a passive ("established by the Third Islamic Summit"): the
# clause's subject is what it made, not its body
_AGENT_BEFORE = re.compile(
    r"\b(?:established|set\s+up|created|founded|formed|adopted|approved|endorsed|launched|"
    r"decided|called\s+for|mandated)\s+(?:at|by)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,4}\Z",
    re.IGNORECASE,
)


# a gathering's host named after it, a few words on ("a conference on X hosted by the EC")
_HELD_BY = re.compile(
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:hosted|organi[sz]ed|sponsored|convened|called|chaired)\s+by\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_OPENED = re.compile(
    r"\s+(?:\S+\s+){0,4}?(?:opened|opens|open|opening|convened|convenes|hosted|hosts|chaired|"
    r"chairs|inaugurated)\s+(?:an?|the|its|this)\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)


def _opened_by(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The person who opens or chairs a gathering, and the body his office names, whose
    gathering it is ("UN chief Kofi Annan on Monday opened a high-level conference")."""
    subject = _subject(doc, ents, trig, trig.sentence.start)
    if len(subject) != 1 or subject[0].kind != PERSON:
        return []
    person = subject[0]
    if not _OPENED.match(doc.text, person.end, trig.start):
        return []
    title = doc.text[person.start : person.end - len(person.text)].split()
    for word in title:
        found = lexicon().lookup([word.strip("'’s")], 0)
        body = next(
            (r.value for r in (found[1] if found else ()) if r.category == "organisation"), None
        )
        if body is not None:
            start = person.start + doc.text[person.start : person.end].index(word)
            return [person, Mention(start, start + len(word), ORGANISATION, body, word)]
    return []


_HOSTS = re.compile(
    r"(?:\s*,\s*which)?(?P<aux>(?:\s+(?:will|would|is|are|was|were|to|has|have|had|set|due|scheduled|expected|"
    r"agreed|also|plans?|planned|offered))*)\s+host(?:s|ed|ing)?\s+(?:an?|the|its|this|next)\s+"
    r"(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)


def _its_body(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The body "its" points back to in "its next meeting": the last body named before it in
    the sentence ("urged OPEC to act at its next meeting"), or, when none is, the clause's
    subject after a fronted phrase ("At its last meeting, OPEC maintained its quota")."""
    sentence = trig.sentence
    before = [
        m for m in ents.between(sentence.start, trig.start) if m.kind in (ORGANISATION, COUNTRY)
    ]
    if before:
        last = before[-1]
        return [last] if last.kind == ORGANISATION else []
    fronted = re.match(r"[^,;]{0,60},\s*(?:the\s+)?", doc.text[trig.end : sentence.end])
    if fronted is not None:
        after = ents.between(trig.end + fronted.end(), sentence.end)
        if after and after[0].start == trig.end + fronted.end() and after[0].kind == ORGANISATION:
            return [after[0]]
    return []


def _summit_host(
    doc: Document, ents: Entities, trig: Trigger, edge: int | None = None
) -> list[Mention]:
    """The country or body that hosts a summit its sentence names no other party for
    ("Nigeria is to host a summit on food security"), or that hosts the gathering of the
    body named from `edge` ("Germany will host the G8 summit"): it takes part in it."""
    before = ents.between(trig.sentence.start, trig.start if edge is None else edge)
    if not before or before[-1].kind not in (COUNTRY, ORGANISATION):
        return []
    host = before[-1]
    found = _HOSTS.match(doc.text, host.end, trig.start)
    return [host] if found is not None and found.end() == trig.start else []


_MEMBER_STATES = re.compile(
    r"\b(?:ministers|leaders|heads\s+of\s+(?:state|government)|delegates)\s+(?:of|from)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:\d+\s+)?member[-\s](?:states|countries|nations)\s+\Z",
    re.IGNORECASE,
)


def _members_of(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body whose "ministers of member states" gather: the one last named in the
    sentence or the two before ("The OAU said Friday ... Foreign ministers of member-states
    meeting in the Ethiopian capital agreed")."""
    if not _MEMBER_STATES.search(doc.text, trig.sentence.start, trig.start):
        return None
    first = doc.sentences[max(0, trig.sentence.index - 2)].start
    bodies = [m for m in ents.between(first, trig.start) if m.kind == ORGANISATION]
    return bodies[-1] if bodies else None


_MEMBERS_NOUN = (
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|"
    r"(?:foreign\s+|finance\s+|trade\s+|defen[cs]e\s+)?ministers|states|countries|nations|"
    r"monarchs|rulers|kings)"
)


def _gathering_of(doc: Document, trig: Trigger) -> Mention | None:
    """The body a summit of a region's leaders is held in, by the region word
    (organisations.yaml, `gatherings_of`): "the annual summit of Gulf leaders", "an Arab
    leaders' summit", "Arab foreign ministers met"; not when others join them ("African
    leaders and French President Jacques Chirac opened a summit")."""
    regions = lexicon().gatherings_of
    words = "|".join(re.escape(w) for w in sorted(regions, key=lambda w: (-len(w), w)))
    after = re.match(
        rf"\s+(?:of|among|for)\s+(?:the\s+)?({words})\s+{_MEMBERS_NOUN}\b",
        doc.text[trig.end : trig.sentence.end],
        re.IGNORECASE,
    )
    before = re.search(
        rf"\b({words})\s+{_MEMBERS_NOUN}(?:['’]s?)?\s+(?:[\w-]+\s+)?\Z",
        doc.text[trig.sentence.start : trig.start],
        re.IGNORECASE,
    ) or re.search(
        # "to be discussed by European heads of state during a summit on December 15-16"
        rf"\b({words})\s+{_MEMBERS_NOUN}\s+(?:at|during|for)\s+(?:a|an|the|their)\s+"
        r"(?:[\w-]+\s+){0,2}\Z",
        doc.text[trig.sentence.start : trig.start],
        re.IGNORECASE,
    )
    found = after or before
    if found is None:
        return None
    body = regions[found.group(1).lower()]
    start = (trig.end if found is after else trig.sentence.start) + found.start(1)
    return Mention(start, start + len(found.group(1)), ORGANISATION, body, body)


def region_subject(doc: Document, trig: Trigger) -> Mention | None:
    """The body whose members open the clause of a meeting noun by their region ("Arab
    foreign ministers will discuss it at an emergency meeting": the Arab League)."""
    regions = lexicon().gatherings_of
    words = "|".join(re.escape(w) for w in sorted(regions, key=lambda w: (-len(w), w)))
    start, _ = doc.clause_span(trig.start)
    found = re.match(
        rf"\W*(?:the\s+)?({words})\s+{_MEMBERS_NOUN}\b", doc.text[start : trig.start], re.I
    )
    if found is None:
        return None
    body = regions[found.group(1).lower()]
    at = start + found.start(1)
    return Mention(at, at + len(found.group(1)), ORGANISATION, body, body)


_SPONSORED = re.compile(
    r"\b([A-Z][\w.]*)-(?:sponsored|backed|organi[sz]ed|hosted|brokered|mediated|led|convened)\s+"
    r"(?:[\w-]+\s+){0,3}\Z"
)


def _sponsor(doc: Document, trig: Trigger) -> Mention | None:
    """The body that holds a summit it sponsors ("a UN-sponsored three-day summit")."""
    found = _SPONSORED.search(doc.text, trig.sentence.start, trig.start)
    if found is None:
        return None
    readings = lexicon().lookup([found.group(1)], 0)
    body = next(
        (r.value for r in (readings[1] if readings else ()) if r.category == "organisation"), None
    )
    if body is None:
        return None
    return Mention(found.start(1), found.end(1), ORGANISATION, body, found.group(1))


def _premodifier_place(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The place that names a summit ("the Beijing Summit", "a crunch Brussels summit")."""
    for m in reversed(ents.between(trig.sentence.start, trig.start)):
        if (
            m.kind in (PLACE, NAME)
            and placeable(doc.text, m)
            and re.fullmatch(r"\s*(?:[a-z-]+\s+)?", doc.text[m.end : trig.start])
        ):
            return m
        break
    return None
