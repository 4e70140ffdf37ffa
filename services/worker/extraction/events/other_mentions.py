"""The mentions of a sentence other than people's names: countries (and a capital that stands for
its government), bodies, places, pronouns and groups ("the two sides"); and a country in an aside
about the person named before it, which takes part in nothing."""

from __future__ import annotations

import re

from .chunks import PLACE_PREPOSITIONS, Chunk, possessive_base, tokens_text
from .descriptions import body_head, desc_end_chunk, person_description
from .lexicon import Lexicon, lexicon
from .mentions import COUNTRY, GROUP, NAME, ORGANISATION, PERSON, PLACE, Mention
from .patterns import patterns
from .places import capital_of
from .text import Document

_P = patterns("other_mentions")

_PRONOUNS_SINGULAR = frozenset("he him his she her hers".split())
_PRONOUNS_PLURAL = frozenset("they them their theirs".split())


# Words after a demonym or country that make the phrase stand for the country itself
# ("the Sudanese government delegation", "the US administration").
_STATE_NOUNS = frozenset(
    "government governments delegation delegations side administration authorities "
    "leadership officials team leaders ministry regime cabinet negotiators".split()
)


_APPOSED_BEFORE = _P["apposed_before"]
# the office after the country's possessive, up to the aside's end ("'s president,")
_APPOSED_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}[\w-]+\s*[,.;]")


def without_apposed_countries(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions less a possessive country that only describes the person before it."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == PERSON
            and _APPOSED_BEFORE.fullmatch(doc.text, prev.end, m.start)
            and (
                m.kind == COUNTRY
                and m.possessive
                and (aside := _APPOSED_AFTER.match(doc.text, m.end)) is not None
                and _office_after(doc.text[m.end : aside.end()])
                # ... or read already as the office's holder ("China's president")
                or m.owned
                and re.match(r"\s*[,.;]", doc.text[m.end : m.end + 3])
            )
        ):
            continue
        out.append(m)
    return out


def _office_after(words: str) -> bool:
    """Whether the words after a country's possessive name an office ("'s foreign minister,")."""
    lex = lexicon()
    found = re.findall(r"[a-z-]+", words.lower())
    for i in range(len(found)):
        hit = lex.lookup(found, i)
        if hit and any(r.category == "role" for r in hit[1]):
            return True
    return False


def find_other_mentions(
    doc: Document,
    chunks: list[Chunk],
    lex: Lexicon,
    acronyms: dict[str, str],
    mentions: list[Mention],
    taken: set[int],
) -> None:
    """Country, organisation, place, group and description mentions of one sentence."""
    tokens = doc.tokens
    k = 0
    while k < len(chunks):
        c = chunks[k]
        if c.first in taken:
            k += 1
            continue
        start, end = tokens[c.first].start, tokens[c.last - 1].end
        text = tokens_text(doc, c.first, c.last)
        prev = tokens[c.first - 1].lower if c.first > 0 else ""
        if c.kind == "phrase":
            role = c.value("role")
            country = c.value("country")
            org = c.value("organisation")
            demonym = c.value("demonym")
            if org and not country:
                head = body_head(doc, chunks, k, org, start)
                if head is not None:
                    mentions.append(head)
                    k += 2
                    continue
                mentions.append(
                    Mention(start, end, ORGANISATION, org, text, possessive=c.possessive)
                )
            elif country and _continent_half(doc, start, text):
                pass  # "South America", "the Africa-South America Summit": no country
            elif (
                country
                and not demonym
                and c.possessive
                and (desc := person_description(doc, chunks, k, lex, country)) is not None
                and desc.kind == PERSON
            ):
                # "meeting with Kenya's trade minister": a person of that office and country
                desc.owned = True
                mentions.append(desc)
                k = desc_end_chunk(chunks, desc, doc)
                continue
            elif country and (not demonym or _stands_alone(chunks, k, doc)):
                nxt = chunks[k + 1] if k + 1 < len(chunks) else None
                if (
                    c.possessive
                    and nxt is not None
                    and nxt.last == nxt.first + 1
                    and tokens[nxt.first].lower in _STATE_NOUNS
                ):
                    # "Nepal's government and Maoist leaders began talks": the country's
                    # government, its negotiators or officials stand for it, as "the Nepalese
                    # government" does
                    mentions.append(Mention(start, tokens[nxt.first].end, COUNTRY, country, text))
                    k += 2
                    continue
                mentions.append(
                    Mention(start, end, COUNTRY, country, text, possessive=c.possessive)
                )
            elif demonym or country:
                code = demonym or country
                desc = person_description(doc, chunks, k, lex, code)
                if desc:
                    mentions.append(desc)
                    k = desc_end_chunk(chunks, desc, doc)
                    continue
                nxt = chunks[k + 1] if k + 1 < len(chunks) else None
                shared = _shared_state_noun(chunks, k, doc)
                if nxt is not None and tokens[nxt.first].lower in _STATE_NOUNS:
                    mentions.append(Mention(start, tokens[nxt.first].end, COUNTRY, code, text))
                elif shared:
                    # "South Korean and DPR Korean officials": each side's officials
                    mentions.append(Mention(start, end, COUNTRY, code, text))
                elif (
                    text.endswith("s")
                    and text[:1].isupper()
                    and not (nxt and nxt.kind == NAME)
                    and not _SOME_OF_THEM_BEFORE.search(doc.text, max(0, start - 60), start)
                    and not _SOME_OF_THEM_AFTER.match(doc.text, end)
                ):
                    # "Palestinians", "Iraqis": the people of a country (not "Iraqis who cast
                    # absentee ballots", "a group of young Iraqis": some of its people)
                    mentions.append(Mention(start, end, COUNTRY, code, text))
            elif role:
                desc = person_description(doc, chunks, k, lex, None)
                if desc:
                    mentions.append(desc)
                    k = desc_end_chunk(chunks, desc, doc)
                    continue
        elif c.kind == NAME and _compound(doc, c, lex, mentions):
            pass
        elif c.kind == NAME:
            short = text.strip(".")
            if short in acronyms:
                long_form = acronyms[short]
                found = lex.lookup(list(re.findall(r"\S+", long_form)), 0)
                code = next(
                    (r.value for r in (found[1] if found else ()) if r.category == "country"), None
                )
                if code:
                    mentions.append(Mention(start, end, COUNTRY, code, text))
                else:
                    name = next(
                        (
                            r.value
                            for r in (found[1] if found else ())
                            if r.category == "organisation"
                        ),
                        long_form,
                    )
                    head = body_head(doc, chunks, k, name, start)
                    if head is not None:
                        mentions.append(head)
                        k += 2
                        continue
                    mentions.append(Mention(start, end, ORGANISATION, name, text))
            elif text in acronyms.values():
                mentions.append(Mention(start, end, ORGANISATION, text, text))
            elif _government_seat(doc, c, text):
                # "talks between Belgrade and Pristina", "Islamabad's largest arms supplier"
                code = capital_of(text)
                mentions.append(Mention(start, end, COUNTRY, code, text, possessive=c.possessive))
            elif _venue(doc, c, lex):
                # "at the Hanoi National Convention Center": a building, no party
                mentions.append(Mention(start, end, PLACE, text, text))
            elif _org_like(doc, c, lex):
                start = _name_lead_start(doc, chunks, k, mentions, start)
                text = doc.text[start:end]
                mentions.append(
                    Mention(start, end, ORGANISATION, text, text, possessive=c.possessive)
                )
            elif (
                possessive_base(tokens[c.last - 1].text)[0].lower() in lex.place_words
                or prev in PLACE_PREPOSITIONS
                or (
                    k + 1 < len(chunks)
                    and tokens[chunks[k + 1].first].text == ","
                    and k + 2 < len(chunks)
                    and chunks[k + 2].value("country")
                )
            ):
                mentions.append(Mention(start, end, PLACE, text, text))
            elif not c.possessive and (group := movement_people(doc.text, text, end)):
                # "Maoist rebels", "Tamil Tiger guerrillas", "Maoist leaders": a movement's
                # people, named by its name, are a side of talks with a government
                mentions.append(Mention(start, group, ORGANISATION, doc.text[start:group],
                                        doc.text[start:group]))
                while k + 1 < len(chunks) and tokens[chunks[k + 1].first].start < group:
                    k += 1
            else:
                mentions.append(Mention(start, end, NAME, text, text, possessive=c.possessive))
        elif c.kind == "word":
            word = tokens[c.first].lower
            if word in _PRONOUNS_SINGULAR or word in _PRONOUNS_PLURAL:
                mentions.append(
                    Mention(
                        start,
                        end,
                        GROUP,
                        word,
                        tokens[c.first].text,
                        description=True,
                        possessive=word in ("his", "her", "their"),
                    )
                )
            elif word in ("two", "both") and k + 1 < len(chunks):
                nxt = chunks[k + 1]
                noun = tokens[nxt.first].lower
                head = nxt if noun in lex.person_groups else None
                for j in range(k + 1, min(k + 3, len(chunks))):
                    # ("the two prime ministers", "the two foreign ministers": a group noun of
                    # two words the word list names, one chunk or a modifier and its noun)
                    if " ".join(t.lower for t in tokens[nxt.first : chunks[j].last]) in (
                        lex.person_groups
                    ):
                        head = chunks[j]
                if noun in ("countries", "nations", "sides"):
                    head = nxt
                if head is not None:
                    mentions.append(
                        Mention(
                            start,
                            tokens[head.last - 1].end,
                            GROUP,
                            "two-countries" if noun in ("countries", "nations") else "two",
                            doc.text[start : tokens[head.last - 1].end],
                            description=True,
                        )
                    )
                    k = chunks.index(head) + 1
                    continue
                if (
                    word == "two"
                    and c.first > 0
                    and tokens[c.first - 1].lower == "the"
                    and (noun in lex.finite_verbs or re.fullmatch(r"[a-z]+ed", noun))
                ):
                    # "after the two held talks": the two people named last
                    mentions.append(
                        Mention(start, end, GROUP, "two", tokens[c.first].text, description=True)
                    )
        k += 1


# words after a capital's name that make it a place or a modifier, not its government
_SEAT_NOUNS = frozenset(
    "summit summits talks meeting meetings conference forum forums airport office offices "
    "embassy city municipal residents people area region based correspondent bureau office "
    "declaration agreement accord process round club".split()
)


# words before a capital's name that make it a place ("the Iranian capital Tehran"), the
# verbs of a journey among them ("visited Beijing", "is visiting Pyongyang", "left Tokyo")
_SEAT_BEFORE = frozenset(
    "of the for a an across over capital city town port resort central downtown "
    "visit visits visited visiting tour tours toured touring reach reaches reached reaching "
    "leave leaves left leaving".split()
)


def _shared_state_noun(chunks: list[Chunk], k: int, doc: Document) -> bool:
    """Whether the demonym of chunk k shares the state noun of demonyms coordinated after it
    ("South Korean and DPR Korean officials", "Chinese, Japanese and Korean leaders", "Chinese
    and U.S. officials")."""
    tokens = doc.tokens
    j = k + 1
    while (
        j + 1 < len(chunks)
        and tokens[chunks[j].first].lower in ("and", ",")
        and chunks[j + 1].kind == "phrase"
        and (chunks[j + 1].value("demonym") or chunks[j + 1].value("country"))
    ):
        j += 2  # ... also a country's name used as one ("Serbian and Kosovo authorities")
    return j > k + 1 and j < len(chunks) and tokens[chunks[j].first].lower in _STATE_NOUNS


def _government_seat(doc: Document, c: Chunk, text: str) -> bool:
    """Whether a capital's name stands for its government ("talks between Belgrade and
    Pristina", "Belgrade wants", "Islamabad's largest arms supplier"): not after a place
    preposition, "of" or a determiner ("in Beijing", "the Beijing Summit"), nor before a
    name or a noun it modifies ("Beijing Summit", "Beijing airport")."""
    if text.isupper() or capital_of(text) is None:
        return False  # "CAIRO, Nov. 8 (Xinhua)": a dateline
    tokens = doc.tokens
    before = [t.lower for t in tokens[max(0, c.first - 2) : c.first]]
    if any(w in PLACE_PREPOSITIONS or w in _SEAT_BEFORE for w in before[-1:]) or (
        len(before) == 2 and before[0] in PLACE_PREPOSITIONS  # "in central Beirut"
    ):
        return False
    if c.last < len(tokens):
        nxt = tokens[c.last]
        if nxt.is_cap or nxt.lower in _SEAT_NOUNS or nxt.text == "-":
            return False
    return True


def _compound(doc: Document, c: Chunk, lex: Lexicon, mentions: list[Mention]) -> bool:
    """Read "EU-Russia", "China-Africa" or "United States-North Korean" as its parts; False
    if it is not such a compound."""
    first, last = doc.tokens[c.first], doc.tokens[c.last - 1]
    text = doc.text[first.start : last.end]
    if "-" not in text or " -" in text or "- " in text:
        return False
    parts = []
    offset = first.start
    for part in possessive_base(text)[0].split("-"):
        words = part.split()
        found = lex.lookup(words, 0) if words else None
        reading = next(
            (
                r
                for r in (found[1] if found and found[0] == len(words) else ())
                if r.category in ("country", "organisation", "demonym")
            ),
            None,
        )
        named = None if reading is not None or len(words) != 1 else _named_before(mentions, part)
        if reading is None and named is None or not part[:1].isupper():
            return False
        if named is not None:
            # "the Bush-Putin talks": surnames of people the article named before
            parts.append(Mention(offset, offset + len(part), PERSON, named.key, part))
        else:
            kind = ORGANISATION if reading.category == "organisation" else COUNTRY
            parts.append(Mention(offset, offset + len(part), kind, reading.value, part))
        offset += len(part) + 1
    mentions.extend(parts)
    return True


def _named_before(mentions: list[Mention], surname: str) -> Mention | None:
    """The person named in full before whose last name is `surname` ("Bush" after "George W.
    Bush"), if one only."""
    found = {
        m.key: m
        for m in mentions
        if m.kind == PERSON and not m.description and " " in m.text
        and m.text.split()[-1] == surname
    }
    return next(iter(found.values())) if len(found) == 1 else None


_CONTINENT_HALF = _P["continent_half"]


def _continent_half(doc: Document, start: int, text: str) -> bool:
    """Whether the country word at `start` ("America") is the tail of a continent's name."""
    return text == "America" and bool(_CONTINENT_HALF.search(doc.text, max(0, start - 12), start))


_SOME_OF_THEM_AFTER = _P["some_of_them_after"]
_SOME_OF_THEM_BEFORE = _P["some_of_them_before"]


def _stands_alone(chunks: list[Chunk], k: int, doc: Document) -> bool:
    """Whether an ambiguous country/demonym word ("US") names the country here rather than
    modifying what follows ("US President")."""
    if k + 1 >= len(chunks):
        return True
    nxt = chunks[k + 1]
    return not (
        nxt.kind in ("mod", NAME)
        or nxt.kind == "phrase"
        and nxt.value("role")
        or doc.tokens[nxt.first].lower in _STATE_NOUNS
    )


def _org_like(doc: Document, c: Chunk, lex: Lexicon) -> bool:
    """Whether a name chunk names a body: it ends with an institution word."""
    last = possessive_base(doc.tokens[c.last - 1].text)[0].lower()
    return last in lex.institutions and c.last - c.first >= 2


_NAME_LEAD_WORD = _P["name_lead_word"]
_MOVEMENT_PEOPLE = _P["movement_people"]
_ADHERENTS_PEOPLE = _P["adherents_people"]


def movement_people(text: str, name: str, end: int) -> int | None:
    """Where the phrase ends that names a movement's people by its name before a plural noun
    ("Maoist rebels", "Tamil Tiger guerrillas"; "Maoist leaders", "Islamist negotiators" after
    an adherent's "-ist" name), else None."""
    found = _MOVEMENT_PEOPLE.match(text, end)
    if found is None and name.endswith("ist"):
        found = _ADHERENTS_PEOPLE.match(text, end)
    return found.end() if found else None


def adherents(phrase: str) -> str | None:
    """The adherents a movement's people stand for when an "-ist" name tells them ("Maoist
    leaders" -> "Maoists", as "Israeli negotiators" stand for Israel), else None."""
    name, _, noun = phrase.rpartition(" ")
    if name.endswith("ist") and " " not in name and _ADHERENTS_PEOPLE.fullmatch(f" {noun}"):
        return f"{name}s"
    return None


def names_movement_people(phrase: str) -> bool:
    """Whether a body's phrase is a movement's people ("Maoist rebels"), no body."""
    name, _, noun = phrase.rpartition(" ")
    return bool(name) and movement_people(f" {noun}", name, 0) == len(noun) + 1


def _name_lead_start(
    doc: Document, chunks: list[Chunk], k: int, mentions: list[Mention], start: int
) -> int:
    """Where a body's name begins that the chunks before its head broke off: the capitalised
    names and name-like adjectives just before it ("the Moro Islamic Liberation Front", "the
    Communist Party"), whose own name mentions are dropped."""
    tokens = doc.tokens
    j = k
    while j > 0:
        prev = chunks[j - 1]
        word = tokens_text(doc, prev.first, prev.last)
        if prev.possessive or not (
            prev.kind == NAME
            and mentions
            and mentions[-1].kind == NAME
            and mentions[-1].start == tokens[prev.first].start
            or prev.kind == "word"
            and _NAME_LEAD_WORD.fullmatch(word)
        ):
            break
        j -= 1
        if prev.kind == NAME:
            mentions.pop()
    return tokens[chunks[j].first].start if j < k else start


def _venue(doc: Document, c: Chunk, lex: Lexicon) -> bool:
    """Whether a name chunk names a building people gather in, not a body: "... Convention
    Center", "... Exhibition Centre" (lexicon `venue_modifiers`)."""
    words = [possessive_base(t.text)[0].lower() for t in doc.tokens[c.first : c.last]]
    return len(words) >= 2 and words[-1] in ("center", "centre") and words[-2] in (
        lex.venue_modifiers
    )


_KOREAN_HALF = _P["korean_half"]
_KOREAS = {"North": "PRK", "South": "KOR"}
_BOTH_KOREAS = _P["both_koreas"]


def korean_halves(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "the two Koreas" read as both, and "the North" and "the South" read as
    North and South Korea where the article names both ("The North put forth the formula
    during the last round of meetings with South Korean and US officials"); elsewhere they
    stay compass words."""
    both = [
        found.span()
        for found in _BOTH_KOREAS.finditer(doc.text)
        if not any(
            m.start < found.end() and found.start() < m.end
            for m in mentions
            if m.kind not in (NAME, PLACE)
        )
    ]
    # "the two Koreas" (read before as a bare name or place "Koreas"): both halves, each a party
    mentions = [m for m in mentions if not any(m.start < e and s < m.end for s, e in both)]
    added = [
        Mention(start, end, COUNTRY, code, name)
        for start, end in both
        for code, name in (("PRK", "North Korea"), ("KOR", "South Korea"))
    ]
    if not set(_KOREAS.values()) <= {m.key for m in mentions + added if m.kind == COUNTRY}:
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions
    for found in _KOREAN_HALF.finditer(doc.text):
        start, end = found.span("half")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        possessive = doc.text.startswith(("'s", "’s"), end)
        half = found.group("half")
        added.append(Mention(start, end, COUNTRY, _KOREAS[half], half, possessive=possessive))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
