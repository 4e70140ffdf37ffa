"""The party before a trigger: its clause's subject ("Hu Jintao held talks"), skipping the
names a preposition or a verb governs, and the subject of the main clause when the
trigger stands in a phrase that opens its sentence ("On a visit to Japan, Abdullah said")."""

from __future__ import annotations

import re

from .coordination import PARTY_KINDS, _coordinated
from .entities import COUNTRY, GROUP, ORGANISATION, PERSON, Entities, Mention
from .text import Document
from .triggers import Trigger

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
_DESTINATION = re.compile(r"\b(?:to|in|for|at|into)\s+(?:the\s+)?$", re.IGNORECASE)
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
