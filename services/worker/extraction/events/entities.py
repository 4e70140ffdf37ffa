"""Who and what an article names: people, countries, organisations and places, resolved within
the article ("Xi", "President Xi" and "the Chinese President" are one person, "Xi Jinping").

No statistical tagger: a person is a capitalised name that an office introduces ("Chinese
President Hu Jintao", "Gazprom chairman Alexei Miller"), that an apposition describes
("Shaukat Aziz, Prime Minister of Pakistan"), that a title of address precedes ("Mr. Kim"),
that the people list knows, or whose parts the article uses again on their own ("Fei
Junlong" ... "said Fei"). Countries and organisations come from the word lists and from
abbreviations the article defines ("... Cooperation (SAARC)").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from .lexicon import Lexicon, Phrase, lexicon
from .places import capital_of
from .text import Document, Token
from .tokenize import mend

PERSON, COUNTRY, ORGANISATION, GROUP, PLACE, NAME = (
    "person",
    "country",
    "organisation",
    "group",
    "place",
    "name",
)
_POSSESSIVE = re.compile(r"['’]s?$")
_ROMAN = re.compile(r"^[IVX]{1,5}$")
_INITIAL = re.compile(r"^[A-Z]$")
_PLACE_ABBREVIATIONS = frozenset(("St", "Ste", "Mt", "Ft"))
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|az)-[A-Z]")
_PRONOUNS_SINGULAR = frozenset("he him his she her hers".split())
_PRONOUNS_PLURAL = frozenset("they them their theirs".split())
_DETERMINERS = frozenset("the his her its their a an our this that both".split())
# Words after a demonym or country that make the phrase stand for the country itself
# ("the Sudanese government delegation", "the US administration").
_STATE_NOUNS = frozenset(
    "government governments delegation delegations side administration authorities "
    "leadership officials team leaders ministry regime cabinet".split()
)
# Verbs a person's name stands before as a speaker.
_SPEECH_VERBS = frozenset(
    "said says told added noted stressed urged warned asked replied explained announced insisted "
    "hoped answered recalled reiterated expressed pointed praised welcomed suggested argued "
    "emphasized emphasised acknowledged admitted agreed vowed pledged declared".split()
)
# Words that, right after an office word, show it is the subject of a new clause.
_VERBS_AFTER = frozenset(
    "said says told added noted stressed was is has had will would also then who".split()
)
_PLACE_PREPOSITIONS = frozenset("in to at from near outside inside into via toward towards".split())


@dataclass(slots=True)
class Mention:
    """A stretch of text that names (or describes) a participant or a place."""

    start: int  # character offsets of the whole phrase ("Chinese President Hu Jintao")
    end: int
    kind: str  # person | country | organisation | group | place | name
    key: str  # entity key: person's canonical name, alpha-3 code, organisation name, place
    text: str  # the name as written ("Hu Jintao", "China", "SCO")
    role: str | None = None  # role class the phrase gives ("president")
    nationality: str | None = None  # alpha-3 the phrase gives ("Chinese" -> CHN)
    members: tuple[str, ...] = ()  # person keys a group or plural description stands for
    description: bool = False  # a description or pronoun resolved to a named person
    possessive: bool = False  # written with 's ("Hu's visit")
    owned: bool = False  # a description owned by its country's name ("Kenya's trade minister")


@dataclass(slots=True)
class Entity:
    """One participant as the article names it: fullest name, other names, kind, code."""

    key: str
    kind: str
    name: str
    aliases: set[str] = field(default_factory=set)
    code: str | None = None
    roles: set[str] = field(default_factory=set)
    nationality: str | None = None


@dataclass(slots=True)
class _Chunk:
    """A token run read as one unit: a word-list phrase, a capitalised name, or a plain token."""

    first: int  # token indices, last exclusive
    last: int
    kind: str  # phrase category, "name", "mod" or "word"
    readings: tuple[Phrase, ...] = ()
    possessive: bool = False

    def value(self, category: str) -> str | None:
        for r in self.readings:
            if r.category == category:
                return r.value
        return None


class Entities:
    """The mentions of an article and the entities they resolve to."""

    def __init__(self, text: str, mentions: list[Mention], entities: dict[str, Entity]):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.entities = entities

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside [start, end)."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def before(self, offset: int, kinds: tuple[str, ...] = (PERSON,)) -> list[Mention]:
        """Mentions of the given kinds that end at or before `offset`, nearest first."""
        i = bisect_left(self._starts, offset)
        return [m for m in reversed(self.mentions[:i]) if m.kind in kinds and m.end <= offset]

    def entity(self, mention: Mention) -> Entity | None:
        return self.entities.get(mention.key)


# ------------------------------------------------------------------------------- chunking


def _base(text: str) -> tuple[str, bool]:
    """The token without a possessive ending, and whether it had one."""
    if len(text) > 2 and (text.endswith("'s") or text.endswith("’s")):
        return text[:-2], True
    return text, False


def _is_name_token(token: Token, lex: Lexicon) -> bool:
    text = token.text
    if _ARABIC_ARTICLE.match(text):
        return True
    if not text[:1].isupper():
        return False
    base, _ = _base(text)
    return base.lower() not in lex.not_names or base.isupper() and len(base) > 1


def _role_chunk(
    readings: tuple[Phrase, ...], written: list[str], next_is_name: bool, lex: Lexicon
) -> tuple[Phrase, ...]:
    """The readings of a word-list phrase that hold here: a country or body name must be
    capitalised, and an ambiguous office word ("chief", "major") must be capitalised or
    stand right before a name."""
    head = written[0]
    proper = [r for r in readings if r.category != "role"]
    if proper and not head[:1].isupper() and not any(r.exact_case for r in proper):
        readings = tuple(r for r in readings if r.category == "role")
    if (
        len(written) == 1
        and head.lower() in lex.weak_roles
        and not head[:1].isupper()
        and not next_is_name
    ):
        readings = tuple(r for r in readings if r.category != "role")
    return readings


def _modifier_surnames(doc: Document, lex: Lexicon) -> frozenset[str]:
    """Office modifiers the article writes as the last word of a name ("Segolene Royal"):
    alone, with nothing after them to modify ("Royal was expected to meet"), they are that
    name."""
    tokens = doc.tokens
    return frozenset(
        t.text
        for i, t in enumerate(tokens)
        if i > 0
        and t.is_cap
        and t.lower in lex.role_modifiers
        and tokens[i - 1].is_cap
        and tokens[i - 1].lower not in lex.role_modifiers
        and _is_name_token(tokens[i - 1], lex)
        and not lex.lookup([tokens[i - 1].text], 0)
        and not (i + 1 < len(tokens) and _is_name_token(tokens[i + 1], lex))
    )


def _after_state_word(doc: Document, chunks: list[_Chunk], at: int) -> bool:
    """Whether the word at token `at` follows "the" and a country word ("the US speaker",
    "the Kenyan governor"): an office of that state, not a plain noun."""
    if not chunks or chunks[-1].last != at or chunks[-1].kind != "phrase":
        return False
    prev = chunks[-1]
    if not (prev.value("country") or prev.value("demonym")) or prev.first == 0:
        return False
    return doc.tokens[prev.first - 1].lower == "the"


def _chunks(
    doc: Document, first: int, last: int, lex: Lexicon, surnames: frozenset[str] = frozenset()
) -> list[_Chunk]:
    """Split the tokens of one sentence into word-list phrases, names and plain tokens."""
    tokens = doc.tokens
    bases = [_base(t.text) for t in tokens[first:last]]
    words = [b for b, _ in bases]
    chunks: list[_Chunk] = []
    i = 0
    n = last - first
    while i < n:
        found = lex.lookup(words, i)
        if found:
            length, readings = found
            nxt_name = i + length < n and _is_name_token(tokens[first + i + length], lex)
            nxt_name = nxt_name or _after_state_word(doc, chunks, first + i)
            readings = _role_chunk(readings, words[i : i + length], nxt_name, lex)
            if readings:
                chunks.append(
                    _Chunk(
                        first + i, first + i + length, "phrase", readings, bases[i + length - 1][1]
                    )
                )
                i += length
                continue
        token = tokens[first + i]
        region = _region_length(tokens, first + i, min(n - i, 3), lex)
        if region and not _role_follows(words, i + region, lex):
            # "the Middle East", "West Africa", "Central Asia": a region's name, though its
            # compass word alone is no name (but "Middle East Envoy James Wolfensohn" is an
            # office)
            chunks.append(_Chunk(first + i, first + i + region, NAME, (), bases[i + region - 1][1]))
            i += region
            continue
        after_of = i > 0 and tokens[first + i - 1].lower in ("of", "for", "and")
        if token.lower in lex.role_modifiers and (
            after_of
            or not (
                token.is_cap
                and i + 1 < n
                and _is_name_token(tokens[first + i + 1], lex)
                and not lex.lookup(words, i + 1)
            )
        ) and not (
            token.text in surnames
            and not (i + 1 < n and (tokens[first + i + 1].is_cap or lex.lookup(words, i + 1)))
        ):
            chunks.append(_Chunk(first + i, first + i + 1, "mod"))
            i += 1
            continue
        opener = i == 0 or tokens[first + i - 1].text in "\"“‘'(-—–:"
        if _is_name_token(token, lex) and not (
            opener and (token.lower in lex.not_names or token.lower in doc.lower_words)
        ):
            j = _name_end(tokens, first, i, n, words, bases, lex)
            chunks.append(_Chunk(first + i, first + j, NAME, (), bases[j - 1][1]))
            i = j
            continue
        chunks.append(_Chunk(first + i, first + i + 1, "word"))
        i += 1
    return chunks


def _region_length(tokens: list[Token], i: int, most: int, lex: Lexicon) -> int:
    """How many capitalised tokens from i name a region of more than one word, or 0."""
    if not tokens[i].is_cap:
        return 0
    for k in range(most, 1, -1):
        run = tokens[i : i + k]
        if all(t.is_cap for t in run) and " ".join(t.lower for t in run) in lex.regions:
            return k
    return 0


def _role_follows(words: list[str], i: int, lex: Lexicon) -> bool:
    """Whether an office word starts at words[i] ("Envoy", "Foreign Minister")."""
    found = lex.lookup(words, i) if i < len(words) else None
    return found is not None and any(r.category == "role" for r in found[1]) or (
        i < len(words) and words[i].lower() in lex.role_modifiers
    )


def _name_end(
    tokens: list[Token],
    first: int,
    i: int,
    n: int,
    words: list[str],
    bases: list[tuple[str, bool]],
    lex: Lexicon,
) -> int:
    """Where a capitalised run that starts at i ends: names keep initials ("Richard A.
    Boucher"), particles ("Jeroen van der Veer") and regnal numbers ("John Paul II"); a body's
    name also keeps "and"/"of" before its last word ("Busan Exhibition and Convention Center")."""
    j = i + 1
    if bases[i][1]:
        return j
    while j < n:
        nxt = tokens[first + j]
        if lex.lookup(words, j):
            break
        if _is_name_token(nxt, lex) or _INITIAL.match(nxt.text) or _ROMAN.match(nxt.text):
            j += 1
        elif nxt.text == "." and (
            _INITIAL.match(tokens[first + j - 1].text)
            # "St. Petersburg", "Mt. Kenya": an abbreviated first word of a place's name
            or tokens[first + j - 1].text in _PLACE_ABBREVIATIONS
            and j + 1 < n
            and tokens[first + j + 1].is_cap
        ):
            j += 1
        elif nxt.lower in lex.name_particles:
            k = j
            while k < n and tokens[first + k].lower in lex.name_particles:
                k += 1
            if k < n and _is_name_token(tokens[first + k], lex) and k - j <= 2:
                j = k
            else:
                break
        elif nxt.lower.rstrip(".") in lex.name_suffixes and nxt.text[:1].isupper():
            j += 1
        elif nxt.lower in ("and", "of", "for", "on", "&") and _body_continues(
            tokens, first, j + 1, n, lex
        ):
            j = _body_continues(tokens, first, j + 1, n, lex)
        else:
            break
        if bases[j - 1][1]:  # a possessive ends the name
            break
    return j


def _body_continues(tokens: list[Token], first: int, j: int, n: int, lex: Lexicon) -> int:
    """End of a capitalised run from j that ends in a body or place word, else 0."""
    if j < n and tokens[first + j].lower == "the":
        j += 1
    k = j
    while k < n and k - j < 5 and tokens[first + k].text[:1].isupper():
        k += 1
    if k > j:
        last = _base(tokens[first + k - 1].text)[0].lower()
        if last in lex.institutions or last in lex.place_words:
            return k
    return 0


def _trim_name(doc: Document, chunk: _Chunk, lex: Lexicon) -> tuple[int, int] | None:
    """Token range of the personal name at the end of a name chunk, after any body name
    ("National People's Congress Wu Bangguo" -> "Wu Bangguo"); None if nothing is left."""
    first = chunk.first
    for k in range(chunk.last - 1, chunk.first - 1, -1):
        base, _ = _base(doc.tokens[k].text)
        if base.lower() in lex.institutions or base.lower() in lex.place_words:
            first = k + 1
            break
    # "Minister for Foreign Trade Christine Lagarde", "Treasury Robert Rubin": a portfolio
    # word the office phrase left before the name is no part of it
    while chunk.last - first >= 3 and _base(doc.tokens[first].text)[0].lower() in (
        lex.role_modifiers
    ):
        first += 1
    if first >= chunk.last:
        return None
    size = sum(1 for t in doc.tokens[first : chunk.last] if t.text != ".")
    if size > 5:
        return None
    return first, chunk.last


def _text(doc: Document, first: int, last: int) -> str:
    """The text of tokens [first, last) without a final possessive, a compound a line break
    split after its hyphen written whole ("Roh Moo- hyun" -> "Roh Moo-hyun")."""
    return _base(mend(doc.text[doc.tokens[first].start : doc.tokens[last - 1].end]))[0]


# ------------------------------------------------------------------------------- finding


@dataclass(slots=True)
class _Person:
    first: int  # token range of the name
    last: int
    span_first: int  # token range of the whole phrase (with office and nationality)
    role: str | None
    nationality: str | None
    possessive: bool


def _role_prefix(chunks: list[_Chunk], k: int, doc: Document) -> tuple[int, str | None, str | None]:
    """Walk back from chunk k-1 over an office phrase ("Chinese State Councilor", "Secretary
    General of the Organization of American States"); return (first chunk of the phrase,
    role class, nationality), role None if no office word is there."""
    lex = lexicon()
    role = nationality = None
    j = k - 1
    first = k
    # "General Administration of Customs": a name after "of" and a body's name is the body's
    if (
        j >= 1
        and doc.tokens[chunks[j].first].lower == "of"
        and chunks[j - 1].kind == NAME
        and _ends_with(doc, chunks[j - 1], lex.institutions)
    ):
        return k, None, None
    while j >= 0 and k - j <= 14:
        c = chunks[j]
        token = doc.tokens[c.first]
        word = token.lower
        if c.kind == "phrase" and c.value("role"):
            role = role or c.value("role")
        elif c.kind == "phrase" and (c.value("demonym") or c.value("country")):
            nationality = nationality or c.value("demonym") or c.value("country")
        elif c.kind in ("phrase", "mod"):
            pass
        elif c.kind == NAME and not (j >= 1 and doc.tokens[chunks[j - 1].first].text == "("):
            # a body's name may stand inside the office ("Gazprom chairman", "... Affairs"),
            # another person's or place's name may not ("Alexei Miller and Shell chief")
            if not _ends_with(doc, c, lex.institutions | lex.place_words) and (
                role is None
                or c.last - c.first > 1
                # "between Abbas and Israeli Prime Minister Ariel Sharon": a name coordinated
                # with the office phrase is someone else
                or c.last < len(doc.tokens)
                and doc.tokens[c.last].lower == "and"
            ):
                break
        elif c.kind == "word" and (
            word in ("of", "for", "the", "and", "on", "de")
            or token.is_cap
            and word in lex.not_names
        ):
            pass
        elif c.kind == "word" and word in ("(", ")"):
            pass
        elif (
            c.kind == "word"
            and word == "from"
            and j + 1 < k
            and chunks[j + 1].kind == "phrase"
            and (chunks[j + 1].value("country") or chunks[j + 1].value("demonym"))
        ):
            pass  # "his counterpart from North Korea, Kim Kye-Gwan"
        elif c.kind == NAME and j >= 1 and doc.tokens[chunks[j - 1].first].text == "(":
            pass  # "... Resistance Movement (Hamas) Khaled Meshaal"
        else:
            break
        first = j
        j -= 1
    if role is None:
        return k, None, None
    # the phrase starts at its office or nationality word, not at a leading "of the"
    while first < k and chunks[first].kind == "word":
        first += 1
    return first, role, nationality


def _ends_with(doc: Document, c: _Chunk, words: frozenset[str]) -> bool:
    return _base(doc.tokens[c.last - 1].text)[0].lower() in words


def _apposition_role(chunks: list[_Chunk], k: int, doc: Document) -> tuple[str, str | None] | None:
    """The office an apposition after name chunk k gives (", Prime Minister of Pakistan")."""
    j = k + 1
    if j >= len(chunks) or doc.tokens[chunks[j].first].text != ",":
        return None
    j += 1
    nationality = None
    for _ in range(6):
        if j >= len(chunks):
            return None
        c = chunks[j]
        word = doc.tokens[c.first].lower
        if c.kind == "phrase" and c.value("role"):
            role = c.value("role")
            if j + 1 < len(chunks) and doc.tokens[chunks[j + 1].first].lower in _VERBS_AFTER:
                return None  # "Dagmar, the pontiff said": a new clause, no apposition
            # "..., Prime Minister of Pakistan": the country after the office
            if j + 2 < len(chunks) and doc.tokens[chunks[j + 1].first].lower == "of":
                after = chunks[j + 2]
                if (
                    after.kind == "word"
                    and doc.tokens[after.first].lower == "the"
                    and j + 3 < len(chunks)
                ):
                    after = chunks[j + 3]
                nationality = nationality or after.value("country")
            return role, nationality
        if (
            c.kind == "word"
            and word in lexicon().weak_roles
            and j + 1 < len(chunks)
            and doc.tokens[chunks[j + 1].first].lower == "of"
        ):
            return "leader", nationality  # ", head of the Shandong provincial committee"
        if c.kind == "phrase" and (c.value("demonym") or c.value("country")):
            nationality = c.value("demonym") or c.value("country")
        elif (
            c.kind == "mod"
            or c.kind == "phrase"
            and c.value("organisation")
            or (
                c.kind == "word"
                and word in ("the", "a", "an", "his", "her", "its", "then", "now", "visiting")
            )
        ):
            pass
        elif (
            c.kind == NAME
            and _base(doc.tokens[c.last - 1].text)[0].lower() in lexicon().institutions
        ):
            pass
        else:
            return None
        j += 1
    return None


def _find_people(doc: Document, chunks: list[_Chunk], lex: Lexicon) -> list[_Person]:
    """Personal names in one sentence's chunks that an office, apposition or title marks."""
    people: list[_Person] = []
    for k, c in enumerate(chunks):
        if c.kind != NAME:
            continue
        name = _trim_name(doc, c, lex)
        if name is None:
            continue
        trimmed = name[0] > c.first
        if not trimmed and _complement_name(doc, chunks, k, lex):
            continue
        if _bracketed_abbreviation(doc, c):
            continue  # "vice-chairman of China's National People's Congress (NPC)": the body's
        first, role, nationality = _role_prefix(chunks, k, doc)
        if role is None:
            appos = _apposition_role(chunks, k, doc)
            if appos:
                role, nationality = appos
                first = k
        if role is None and k >= 2 and doc.tokens[chunks[k - 1].first].text == ",":
            # "his Libyan counterpart, Shukri Ghanem"
            f2, role2, nat2 = _role_prefix(chunks, k - 1, doc)
            if role2:
                first, role, nationality = f2, role2, nat2
        if role is None or (_is_placeish(doc, c) and chunks[k - 1].kind != "phrase"):
            continue
        if name[1] == c.last and _role_word_after(doc, c.last, lex):
            continue  # "the chief Chechen negotiator": an adjective of the office after it
        if role == "honorific":
            role = None
        people.append(
            _Person(name[0], name[1], chunks[first].first, role, nationality, c.possessive)
        )
        # "Presidents Putin and Xi": a plural office covers the names coordinated after it
        j = k + 1
        while (
            j + 1 < len(chunks)
            and doc.tokens[chunks[j].first].lower in ("and", ",")
            and chunks[j + 1].kind == NAME
            and people[-1].role
        ):
            nxt = chunks[j + 1]
            plural = doc.tokens[chunks[first].first : c.first]
            if not any(t.lower.endswith("s") and lex.lookup([t.lower], 0) for t in plural):
                break
            people.append(
                _Person(nxt.first, nxt.last, nxt.first, role, nationality, nxt.possessive)
            )
            j += 2
    return people


def _bracketed_abbreviation(doc: Document, c: _Chunk) -> bool:
    """Whether a name chunk is an upper-case abbreviation in brackets ("(NPC)"): a body's short
    form, never a person's name."""
    written = _text(doc, c.first, c.last)
    return (
        c.first > 0
        and doc.tokens[c.first - 1].text == "("
        and c.last < len(doc.tokens)
        and doc.tokens[c.last].text == ")"
        and written.replace(".", "").replace("-", "").isupper()
    )


def _role_word_after(doc: Document, i: int, lex: Lexicon) -> bool:
    """Whether token `i` opens an office written in lower case ("negotiator", "envoy"): the
    capitalised word before it modifies that office, it names no one."""
    if i >= len(doc.tokens) or not doc.tokens[i].text[:1].islower():
        return False
    found = lex.lookup([t.text for t in doc.tokens[i : i + 4]], 0)
    return found is not None and any(r.category == "role" for r in found[1])


def _complement_name(doc: Document, chunks: list[_Chunk], k: int, lex: Lexicon) -> bool:
    """Whether name chunk k names a body or place: "bishop of Prague", "the Weglowa company"."""
    j = k - 1
    while j >= 0 and chunks[j].kind == "word" and doc.tokens[chunks[j].first].is_cap:
        j -= 1  # "of the Western Hemisphere"
    if j >= 0 and doc.tokens[chunks[j].first].lower == "the":
        j -= 1
    if j >= 0 and doc.tokens[chunks[j].first].lower == "of":
        return True
    # "Minister of Health and Solidarity": a portfolio coordinated with one before it
    if (
        j >= 1
        and chunks[k].last - chunks[k].first == 1
        and doc.tokens[chunks[j].first].lower in ("and", "&")
        and chunks[j - 1].kind == "mod"
        and doc.tokens[chunks[j - 1].first].is_cap
    ):
        return True
    nxt = doc.tokens[chunks[k].last] if chunks[k].last < len(doc.tokens) else None
    return (
        nxt is not None
        and nxt.text.islower()
        and (nxt.lower in lex.institutions or nxt.lower in lex.place_words)
    )


def _acronyms(doc: Document) -> dict[str, str]:
    """Abbreviations the article defines: 'South Asian Association for Regional Cooperation
    (SAARC)' -> {'SAARC': 'South Asian Association for Regional Cooperation'}."""
    out: dict[str, str] = {}
    for m in re.finditer(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|and|the|de)\s+)*){1,9})\(\s*([A-Z][A-Za-z.]{1,9})\s*\)",
        doc.text,
    ):
        long_form = m.group(1).strip()
        short = m.group(2).strip(".")
        initials = "".join(w[0] for w in long_form.split() if w[0].isupper())
        # keep the shortest tail of the long form whose initials spell the abbreviation
        words = long_form.split()
        for start in range(len(words)):
            tail = words[start:]
            if tail[0][0].isupper() and (
                "".join(w[0] for w in tail if w[0].isupper()).upper().startswith(short[:2].upper())
                # "Education for All (EFA)": a small word may give a letter too
                or "".join(w[0] for w in tail).upper() == short.upper()
            ):
                long_form = " ".join(tail)
                break
        if initials and short.isupper() and len(long_form.split()) >= 2:
            out[short] = long_form
    return out


# "Hu Jintao, China's president, will visit": the country before an office in an aside about
# the person named just before it describes that person; it takes part in nothing itself
_APPOSED_BEFORE = re.compile(r"\s*,\s*(?:the\s+)?")
_APPOSED_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}[\w-]+\s*[,.;]")


def _without_apposed_countries(doc: Document, mentions: list[Mention]) -> list[Mention]:
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


def find_entities(doc: Document) -> Entities:
    """Every person, country, organisation and place the article names, resolved."""
    lex = lexicon()
    acronyms = _acronyms(doc)
    surnames = _modifier_surnames(doc, lex)
    sentence_chunks = [
        _chunks(doc, s.first_token, s.last_token, lex, surnames) for s in doc.sentences
    ]
    marked = [p for chunks in sentence_chunks for p in _find_people(doc, chunks, lex)]
    name_chunks = [c for chunks in sentence_chunks for c in chunks if c.kind == NAME]

    # Names an office marks, the people list knows, or whose parts the article uses alone.
    names = [_text(doc, p.first, p.last) for p in marked]
    standalone = {
        _name_key(_text(doc, c.first, c.last))
        for c in name_chunks
        if c.last - c.first == 1 and _speaks(doc, c)
    }
    # a surname alone where a meeting's other party stands ("In his meeting with Kagame",
    # "While meeting Sassou-Nguesso"): the full name the article gives is a person's
    met_alone = {
        k
        for c in name_chunks
        if c.last - c.first == 1 and _met(doc, c) and not _is_placeish(doc, c)
        for k in [_name_key(_text(doc, c.first, c.last))]
        if not any(t in lex.institutions or t in lex.place_words or t in lex.not_names for t in k)
    }
    for c in name_chunks:
        name = _text(doc, c.first, c.last)
        k = _name_key(name)
        if (
            k in lex.people
            or (2 <= len(k) <= 4 and _met(doc, c) and _plain_name(doc, c, k, lex))
            or (
                2 <= len(k) <= 4
                and _plain_name(doc, c, k, lex)
                and (
                    any((t,) in standalone for t in k if len(t) >= 2)
                    or len(k[-1]) >= 3 and (k[-1],) in met_alone
                )
            )
            or (
                len(k) == 1
                and (k[0] in lex.surnames or k in standalone and _plain_name(doc, c, k, lex))
                and not _is_placeish(doc, c)
            )
        ):
            names.append(name)
        elif "of" in k[2:]:
            # "Denis Sassou-Nguesso of the Republic of Congo" ... "While meeting
            # Sassou-Nguesso": the name before "of" is a person's, the rest their country
            head = k[: k.index("of", 2)]
            if len(head) <= 4 and len(head[-1]) >= 3 and (head[-1],) in met_alone:
                cut = next(i for i in range(c.first, c.last) if doc.tokens[i].lower == "of")
                if _plain_name(doc, c, head, lex):
                    names.append(_text(doc, c.first, cut))
    canonical = _canonical_names(names)
    first_seen: dict[tuple[str, ...], int] = {}
    for first, last in sorted(
        [(p.first, p.last) for p in marked] + [(c.first, c.last) for c in name_chunks]
    ):
        first_seen.setdefault(_name_key(_text(doc, first, last)), first)
    _first_introduced(canonical, first_seen)
    _misspelt_surnames(canonical)
    regnal = _regnal_names(doc, marked, canonical)
    for (first, last), form in regnal.items():
        canonical.pop(_name_key(_text(doc, first, last)), None)  # "Hussein" alone: either
        canonical[_name_key(form)] = form

    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    taken: set[int] = set()

    def add_person(
        first: int,
        last: int,
        span_first: int,
        role: str | None,
        nationality: str | None,
        possessive: bool,
    ) -> None:
        name = _text(doc, first, last)
        key = regnal.get((first, last)) or _owner(_name_key(name), canonical)
        if key is None:
            return
        entity = entities.setdefault(key, Entity(key, PERSON, key))
        entity.aliases.add(name)
        if role:
            entity.roles.add(role)
        entity.nationality = entity.nationality or nationality
        mentions.append(
            Mention(
                doc.tokens[span_first].start,
                doc.tokens[last - 1].end,
                PERSON,
                key,
                name,
                role,
                nationality,
                possessive=possessive,
            )
        )
        taken.update(range(span_first, last))

    for p in marked:
        add_person(p.first, p.last, p.span_first, p.role, p.nationality, p.possessive)
    for c in name_chunks:
        key = _owner(_name_key(_text(doc, c.first, c.last)), canonical)
        # "in Hong Kong" stays a place unless the article already made that name a person
        if c.first not in taken and key and (key in entities or not _is_placeish(doc, c)):
            add_person(c.first, c.last, c.first, None, None, c.possessive)
        elif c.first not in taken and key is None:
            # "Denis Sassou-Nguesso of the Republic of Congo": the person before "of"
            cut = next((i for i in range(c.first + 2, c.last) if doc.tokens[i].lower == "of"), 0)
            if cut and _name_key(_text(doc, c.first, cut)) in canonical:
                add_person(c.first, cut, c.first, None, None, False)
    for entity in entities.values():
        entity.nationality = entity.nationality or _known_nationality(_name_key(entity.name), lex)
        _complete_name(entity, lex)

    for chunks in sentence_chunks:
        _other_mentions(doc, chunks, lex, acronyms, mentions, taken)
    # a news agency reports events and takes part in none ("the News Agency of Nigeria said")
    mentions = [m for m in mentions if not (m.kind == ORGANISATION and _news_agency(m, lex))]
    mentions.sort(key=lambda m: m.start)
    mentions = _without_apposed_countries(doc, mentions)
    _body_organs(doc, mentions)
    _completed_bodies(doc, mentions, acronyms, lex)
    _resolve_body_heads(doc, mentions, entities)
    _resolve_descriptions(mentions, entities, doc.text)
    mentions = _body_back_references(doc, mentions)
    for m in mentions:
        if m.kind in (COUNTRY, ORGANISATION):
            entity = entities.setdefault(
                m.key,
                Entity(m.key, m.kind, _display(m, lex), code=m.key if m.kind == COUNTRY else None),
            )
            if not m.text.islower():  # ("the council" told again is no name of it)
                entity.aliases.add(m.text)
            if (
                m.kind == ORGANISATION
                and m.key not in lex.spelled_out
                and len(_org_form(m.text)) > len(entity.name)
            ):
                # a body goes by the fullest form the article writes ("APEC" if only that)
                entity.name = _org_form(m.text)
        elif m.kind == PERSON and m.key in entities:
            entities[m.key].aliases.add(m.text)
    for key, form in _titled_bodies(doc, sentence_chunks, taken).items():
        # a body written out in full only inside a person's title ("Chief of the International
        # Atomic Energy Agency (IAEA) Mohamed ElBaradei" ... "the IAEA"): still its fullest name
        entity = entities.get(key)
        if (
            entity is not None
            and entity.kind == ORGANISATION
            and key not in lex.spelled_out
            and len(form) > len(entity.name)
        ):
            entity.aliases.add(entity.name)
            entity.name = form
    for entity in entities.values():
        entity.aliases.discard(entity.name)
    return Entities(doc.text, mentions, entities)


# a body told again by its head noun in lower case: "the council's 15 members", "the members
# of the council", "the commission will meet" (not "the council of elders")
_BODY_NOUN = re.compile(
    r"\b[Tt]he\s+(council|commission|committee|assembly|board)(['’]s?(?!\w))?(?![\w-])"
    r"(?!\s+(?:of|for|on)\s)"
)


def _head_noun(name: str) -> str:
    """The noun a body's name is headed by: "UN Security Council" -> "council", "Council of
    Europe" -> "council", "IAEA Board of Governors" -> "board"."""
    words = name.split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1].lower() if words else ""


def _body_back_references(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Add a mention for each lower-case "the council" (commission, committee, assembly,
    board) that tells again of the body with that head noun named last before it ("the
    Security Council's five permanent members ... to the council's 15 members at a formal
    meeting"). Nothing if no such body was named before."""
    added: list[Mention] = []
    for found in _BODY_NOUN.finditer(doc.text):
        start, end = found.start(1), found.end(1)
        if any(m.start < found.end() and start < m.end for m in mentions):
            continue
        body = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= found.start()
                and m.kind == ORGANISATION
                and (_head_noun(m.key) == found.group(1) or _head_noun(m.text) == found.group(1))
            ),
            None,
        )
        if body is not None:
            noun, owner = found.group(1), bool(found.group(2))
            added.append(Mention(start, end, ORGANISATION, body.key, noun, possessive=owner))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _titled_bodies(
    doc: Document, sentence_chunks: list[list[_Chunk]], taken: set[int]
) -> dict[str, str]:
    """The bodies named inside people's titles (the tokens a person mention took: "Chief of the
    International Atomic Energy Agency (IAEA) Mohamed ElBaradei"): key -> fullest form there."""
    out: dict[str, str] = {}
    for chunks in sentence_chunks:
        for c in chunks:
            if c.first not in taken or c.kind != "phrase" or c.value("country"):
                continue
            key = c.value("organisation")
            if key is not None:
                form = _org_form(_text(doc, c.first, c.last))
                if len(form) > len(out.get(key, "")):
                    out[key] = form
    return out


# An organ of a body, written capitalised after it ("the IAEA Board of Governors", "the AU
# Peace and Security Council") or before it with "of" ("the Board of Governors of IAEA").
_ORGAN = (
    r"(?:(?:Executive|Governing|Standing|Permanent|Ministerial|Joint|Central|Steering|"
    r"Political|Peace\s+and\s+Security)\s+)?"
    r"(?:Board\s+of\s+(?:Governors|Directors|Trustees)|Board|Council(?:\s+of\s+Ministers)?|"
    r"Committee|Commission)"
)
# ... also with the capitalised words of its field between ("the UN Human Rights Commission").
_ORGAN_AFTER = re.compile(rf"\s+((?:(?:[A-Z][a-z]+|and)\s+){{0,3}}{_ORGAN})(?![\w-])")
_ORGAN_BEFORE = re.compile(rf"(?<![\w-])({_ORGAN})\s+of\s+(?:the\s+)?\Z")
# ... or in lower case after the body's possessive ("the AU's peace and security council")
_OWNED_ORGAN = re.compile(
    r"(?:['’]s?)?\s+((?:peace\s+and\s+security|security|human\s+rights|executive|governing|"
    r"standing|permanent|ministerial|steering)\s+(?:council|committee|commission|board))\b"
)


def _body_organs(doc: Document, mentions: list[Mention]) -> None:
    """Make a body's organ one organisation of its own, named by the body as written and the
    organ ("IAEA Board of Governors"): the organ, not the whole body, meets and decides. Last,
    every mention that starts inside an earlier one is dropped (the organ's parts, and any other
    nested mention the finders left)."""
    out: list[Mention] = []
    for m in mentions:
        owned = (
            _OWNED_ORGAN.match(doc.text, m.end)
            if m.kind == ORGANISATION and m.possessive
            else None
        )
        if owned is not None:
            # "the AU's peace and security council": the body's organ, written in lower case
            organ = " ".join(
                w if w == "and" else w.capitalize() for w in owned.group(1).split()
            )
            # named by the body's written-out name ("African Union Peace and Security
            # Council"), which shares a word with the body and with the organ
            key = f"{_org_form(m.key)} {organ}"
            out = [x for x in out if x.end <= m.start]
            out.append(Mention(m.start, owned.end(), ORGANISATION, key, key))
            continue
        if m.kind != ORGANISATION or m.possessive or re.search(r"\s", m.text.strip()) is None and (
            not m.text.isupper()
        ):
            out.append(m)
            continue
        after = _ORGAN_AFTER.match(doc.text, m.end)
        before = _ORGAN_BEFORE.search(doc.text, max(0, m.start - 60), m.start)
        written = _org_form(m.text)
        if after is not None and not written.endswith(after.group(1).split()[-1]):
            start, end, organ = m.start, after.end(), after.group(1)
        elif before is not None:
            start, end, organ = before.start(), m.end, before.group(1)
        else:
            out.append(m)
            continue
        organ = re.sub(r"\s+", " ", organ)
        key = f"{written} {organ}"
        out = [x for x in out if x.end <= start]
        owner = re.match(r"['’]s?(?!\w)", doc.text[end : end + 2]) is not None
        out.append(Mention(start, end, ORGANISATION, key, key, possessive=owner))
    mentions[:] = [
        x for i, x in enumerate(out) if not any(y.start < x.start < y.end for y in out[:i])
    ]


# a gathering's noun inside a body's name, and the words that complete the name after it
# ("High Level Group Meeting on Education for All": the High Level Group on Education for All)
_GATHERING_IN_NAME = re.compile(
    r"\s+(?:Meeting|Conference|Session|Forum)s?\s+(on|of|for)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*)"
)


def _completed_bodies(
    doc: Document, mentions: list[Mention], acronyms: dict[str, str], lex: Lexicon
) -> None:
    """A body named only by generic words ("High Level Group") whose name a gathering's noun
    interrupts ("the 6th High Level Group Meeting on Education for All (EFA)", "the High-level
    Group Meeting of Alliance of Civilizations Initiative") is the body the words after the
    noun complete: "High Level Group on Education for All" (an abbreviation the article
    defines written out: "the next High Level Group Meeting on EFA")."""
    for i, m in enumerate(mentions):
        if m.kind != ORGANISATION or m.possessive or m.key in lex.organisations:
            continue
        words = [w for w in re.split(r"[\s-]+", m.text.lower()) if w]
        if not words or words[-1] not in lex.institutions or not all(
            w in lex.institutions or w in lex.body_modifiers for w in words
        ):
            continue
        after = _GATHERING_IN_NAME.match(doc.text, m.end)
        if after is None:
            continue
        end = after.end(2)
        for x in mentions:
            if x.kind in (ORGANISATION, COUNTRY) and after.start(2) < x.start < end:
                end = x.start  # "... on Education For All of United Nations Educational, ..."
                break
        rest = re.sub(r"(?:\s+(?:of|for|and|the))*\s*\Z", "", doc.text[after.start(2) : end])
        rest = acronyms.get(rest, rest)
        name = f"{_org_form(m.text)} {after.group(1)} {rest}"
        mentions[i] = Mention(m.start, m.end, ORGANISATION, name, name)


def _news_agency(m: Mention, lex: Lexicon) -> bool:
    """Whether a body's mention names a news agency (lexicon.yaml, news_agencies)."""
    return bool(_agency_words(lex.news_agencies).search(f"{m.text} {m.key}"))


@cache
def _agency_words(words: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _regnal_names(
    doc: Document, marked: list[_Person], canonical: dict[tuple[str, ...], str]
) -> dict[tuple[int, int], str]:
    """Monarchs named by one name ("King Hussein of Jordan") whom the article's fuller name
    for someone else ("Saddam Hussein", no monarch) would swallow: token range -> "King
    Hussein", a person of his own."""
    royal = {
        _owner(_name_key(_text(doc, p.first, p.last)), canonical)
        for p in marked
        if p.role == "head of state" and len(_name_key(_text(doc, p.first, p.last))) > 1
    }
    out: dict[tuple[int, int], str] = {}
    for p in marked:
        k = _name_key(_text(doc, p.first, p.last))
        if p.role != "head of state" or len(k) != 1:
            continue
        owner = _owner(k, canonical)
        if owner is None or _name_key(owner) == k:
            continue
        if owner in royal:
            continue  # "Jordan's King Abdullah II ... King Abdullah": one monarch
        title = doc.text[doc.tokens[p.span_first].start : doc.tokens[p.first].start]
        title = title.split()[-1] if title.split() else ""
        out[(p.first, p.last)] = f"{title} {_text(doc, p.first, p.last)}".strip()
    return out


def _canonical_names(names: list[str]) -> dict[tuple[str, ...], str]:
    """Each name's key -> the fullest name in the article holding it ("Xi" -> "Xi Jinping")."""
    canonical: dict[tuple[str, ...], str] = {}
    for name in sorted(names, key=lambda n: -len(_name_key(n))):
        k = _name_key(name)
        if k and k not in canonical:
            canonical[k] = _owner(k, canonical) or name
    return canonical


def _first_introduced(
    canonical: dict[tuple[str, ...], str], first_seen: dict[tuple[str, ...], int]
) -> None:
    """A short name several full names hold stands for the one person named in full before
    it is first used alone ("Mobutu Sese Seko ... Mobutu ... his son Nzanga Mobutu"): news
    names a second namesake in full when it brings him in."""
    for k, name in list(canonical.items()):
        if _name_key(name) != k or k not in first_seen:
            continue  # resolved already, or never used alone
        owners = {canonical[c] for c in canonical if _subset(k, c)}
        if len(owners) < 2:
            continue
        before = [o for o in owners if first_seen.get(_name_key(o), 1 << 30) < first_seen[k]]
        if len(before) == 1:
            canonical[k] = before[0]


def _misspelt_surnames(canonical: dict[tuple[str, ...], str]) -> None:
    """A one-word name no one else holds that is the surname of the one person named in full,
    but for one letter doubled or dropped ("French Defense Minister Charles Million ... Li told
    Millon"), is that person: news copy misspells a name more often than it brings in a
    second person whose name differs by one letter."""
    full = {name for name in canonical.values() if len(_name_key(name)) >= 2}
    for k, name in list(canonical.items()):
        if len(k) != 1 or len(k[0]) < 5 or _name_key(name) != k:
            continue
        owners = {
            owner
            for owner in full
            if _one_letter_apart(k[0], _name_key(owner)[-1]) and owner != name
        }
        if len(owners) == 1:
            canonical[k] = owners.pop()


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter added or dropped ("millon", "million")."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _owner(k: tuple[str, ...], canonical: dict[tuple[str, ...], str]) -> str | None:
    """The one person whose name contains the name `k`, or None if none or several do."""
    if k in canonical:
        return canonical[k]
    owners = {canonical[c] for c in canonical if _subset(k, c)}
    return owners.pop() if len(owners) == 1 else None


def _speaks(doc: Document, c: _Chunk) -> bool:
    """Whether a one-word name is used as a person is in news: a speaker ("Fei said", "said
    Fei", "Boucher told reporters"), or the one a relative "who" stands for ("criticism of
    Maliki, who is due to meet Bush")."""
    tokens = doc.tokens
    after = tokens[c.last].lower if c.last < len(tokens) else ""
    before = tokens[c.first - 1].lower if c.first > 0 else ""
    # (not the last word of a body's name: "the National Council of Churches, who")
    who = (
        after == ","
        and c.last + 1 < len(tokens)
        and tokens[c.last + 1].lower == "who"
        and not (before == "of" and c.first > 1 and tokens[c.first - 2].is_cap)
    )
    return who or after in _SPEECH_VERBS or before in ("said", "says", "asked", "added", "told")


# a name right after these is someone met, called or received ("met with Zhang Gaoli")
_MET_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|talked|conferred|spoke|speaking|phoned|telephoned|"
    r"received|receives|hosted|audience)\s+(?:(?:with|by)\s+)?\Z",
    re.IGNORECASE,
)


def _met(doc: Document, c: _Chunk) -> bool:
    """Whether a capitalised run stands where a meeting's other party stands."""
    start = doc.tokens[c.first].start
    return bool(_MET_BEFORE.search(doc.text, max(0, start - 30), start))


def _plain_name(doc: Document, c: _Chunk, k: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a capitalised run can be a personal name: no body or place word, no word of
    the lists, and not a sentence opener such as "Discussing"."""
    if any(t in lex.institutions or t in lex.place_words or t in lex.not_names for t in k):
        return False
    first = doc.tokens[c.first].lower
    return (
        not first.endswith("ing") and not any("-" in t for t in k[:1]) and not _is_placeish(doc, c)
    )


def _display(m: Mention, lex: Lexicon) -> str:
    if m.kind == COUNTRY:
        return lex.country_names.get(m.key, m.text)
    if m.key in lex.spelled_out:
        return m.key  # "an EU summit": the European Union's
    return _org_form(m.text)


def _org_form(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text)


def _name_key(name: str) -> tuple[str, ...]:
    """A name as the tokens that identify it: lower case, no initials, dots or particles."""
    return tuple(
        t
        for t in re.findall(r"[\w'’-]+", name.lower())
        if len(t) > 1 and t not in ("mr", "mrs", "ms", "dr", "jr", "sr")
    )


def _subset(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    return len(short) < len(full) and set(short) <= set(full)


def _institutional(k: tuple[str, ...], lex: Lexicon) -> bool:
    return any(t in lex.institutions or t in lex.not_names for t in k)


def _is_placeish(doc: Document, chunk: _Chunk) -> bool:
    """Whether a name stands where places stand ("in Kuala Lumpur", "to Hong Kong")."""
    return chunk.first > 0 and doc.tokens[chunk.first - 1].lower in _PLACE_PREPOSITIONS


def _complete_name(entity: Entity, lex: Lexicon) -> None:
    """A person the article names only in part ("Putin", "President Putin") takes the full name
    the people list gives ("Vladimir Putin") when exactly one listed person fits, of the same
    country; the article's own forms stay as aliases."""
    k = _name_key(entity.name)
    if not k or k in lex.people:
        return
    found = [full for full in lex.people if set(k) < set(full) and full[-1] in k]
    if len(found) != 1 or (entity.nationality and lex.people[found[0]] != entity.nationality):
        return
    entity.aliases.add(entity.name)
    entity.name = lex.people_names[found[0]]


def _known_nationality(name_key: tuple[str, ...], lex: Lexicon) -> str | None:
    if name_key in lex.people:
        return lex.people[name_key]
    found = {code for k, code in lex.people.items() if set(name_key) <= set(k)}
    return found.pop() if len(found) == 1 else None


def _other_mentions(
    doc: Document,
    chunks: list[_Chunk],
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
        text = _text(doc, c.first, c.last)
        prev = tokens[c.first - 1].lower if c.first > 0 else ""
        if c.kind == "phrase":
            role = c.value("role")
            country = c.value("country")
            org = c.value("organisation")
            demonym = c.value("demonym")
            if org and not country:
                head = _body_head(doc, chunks, k, org, start)
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
                and (desc := _description(doc, chunks, k, lex, country)) is not None
                and desc.kind == PERSON
            ):
                # "meeting with Kenya's trade minister": a person of that office and country
                desc.owned = True
                mentions.append(desc)
                k = desc_end_chunk(chunks, desc, doc)
                continue
            elif country and (not demonym or _stands_alone(chunks, k, doc)):
                mentions.append(
                    Mention(start, end, COUNTRY, country, text, possessive=c.possessive)
                )
            elif demonym or country:
                code = demonym or country
                desc = _description(doc, chunks, k, lex, code)
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
                desc = _description(doc, chunks, k, lex, None)
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
                    head = _body_head(doc, chunks, k, name, start)
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
            elif _org_like(doc, c, lex):
                mentions.append(
                    Mention(start, end, ORGANISATION, text, text, possessive=c.possessive)
                )
            elif (
                _base(tokens[c.last - 1].text)[0].lower() in lex.place_words
                or prev in _PLACE_PREPOSITIONS
                or (
                    k + 1 < len(chunks)
                    and tokens[chunks[k + 1].first].text == ","
                    and k + 2 < len(chunks)
                    and chunks[k + 2].value("country")
                )
            ):
                mentions.append(Mention(start, end, PLACE, text, text))
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
                if noun in lex.person_groups or noun in ("countries", "nations", "sides"):
                    mentions.append(
                        Mention(
                            start,
                            tokens[nxt.last - 1].end,
                            GROUP,
                            "two-countries" if noun in ("countries", "nations") else "two",
                            doc.text[start : tokens[nxt.last - 1].end],
                            description=True,
                        )
                    )
                    k += 2
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


def _shared_state_noun(chunks: list[_Chunk], k: int, doc: Document) -> bool:
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


def _government_seat(doc: Document, c: _Chunk, text: str) -> bool:
    """Whether a capital's name stands for its government ("talks between Belgrade and
    Pristina", "Belgrade wants", "Islamabad's largest arms supplier"): not after a place
    preposition, "of" or a determiner ("in Beijing", "the Beijing Summit"), nor before a
    name or a noun it modifies ("Beijing Summit", "Beijing airport")."""
    if text.isupper() or capital_of(text) is None:
        return False  # "CAIRO, Nov. 8 (Xinhua)": a dateline
    tokens = doc.tokens
    before = [t.lower for t in tokens[max(0, c.first - 2) : c.first]]
    if any(w in _PLACE_PREPOSITIONS or w in _SEAT_BEFORE for w in before[-1:]) or (
        len(before) == 2 and before[0] in _PLACE_PREPOSITIONS  # "in central Beirut"
    ):
        return False
    if c.last < len(tokens):
        nxt = tokens[c.last]
        if nxt.is_cap or nxt.lower in _SEAT_NOUNS or nxt.text == "-":
            return False
    return True


def _compound(doc: Document, c: _Chunk, lex: Lexicon, mentions: list[Mention]) -> bool:
    """Read "EU-Russia", "China-Africa" or "United States-North Korean" as its parts; False
    if it is not such a compound."""
    first, last = doc.tokens[c.first], doc.tokens[c.last - 1]
    text = doc.text[first.start : last.end]
    if "-" not in text or " -" in text or "- " in text:
        return False
    parts = []
    offset = first.start
    for part in _base(text)[0].split("-"):
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


def desc_end_chunk(chunks: list[_Chunk], desc: Mention, doc: Document) -> int:
    """Index of the first chunk after a description mention."""
    k = 0
    while k < len(chunks) and doc.tokens[chunks[k].first].start < desc.end:
        k += 1
    return k


# "America" after a compass or language word names a continent or its half, not the USA
# ("South America", "Latin America", "the Africa-South America Summit").
_CONTINENT_HALF = re.compile(r"(?<!\w)(?:South|North|Latin|Central)[\s-]*\Z")


def _continent_half(doc: Document, start: int, text: str) -> bool:
    """Whether the country word at `start` ("America") is the tail of a continent's name."""
    return text == "America" and bool(_CONTINENT_HALF.search(doc.text, max(0, start - 12), start))


# some of a country's people rather than the country: a restrictive clause after the plural
# ("Iraqis who cast absentee ballots", "Iraqis living in Jordan") or a count or a kind of
# people before it ("a group of", "several", "50", "ordinary", "young")
_SOME_OF_THEM_AFTER = re.compile(
    r"\s+(?:who|whom|living|residing|working|studying|stranded|detained|wounded|killed)\b"
)
_SOME_OF_THEM_BEFORE = re.compile(
    r"\b(?:group|groups|dozens|hundreds|thousands|number|several|some|many|few|\d[\d,]*|two|"
    r"three|four|five|six|seven|eight|nine|ten|ordinary|young|elderly|local|individual)"
    r"(?:\s+of)?\s+(?:\w+\s+)?\Z",
    re.IGNORECASE,
)


def _stands_alone(chunks: list[_Chunk], k: int, doc: Document) -> bool:
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


def _org_like(doc: Document, c: _Chunk, lex: Lexicon) -> bool:
    """Whether a name chunk names a body: it ends with an institution word."""
    last = _base(doc.tokens[c.last - 1].text)[0].lower()
    return last in lex.institutions and c.last - c.first >= 2


def _description(
    doc: Document, chunks: list[_Chunk], k: int, lex: Lexicon, nationality: str | None
) -> Mention | None:
    """A definite description of a person ("the Chinese President", "his North Korean
    counterpart", "the Presidents of Russia and China") starting at chunk k, unresolved."""
    tokens = doc.tokens
    j = k + (1 if nationality else 0)
    codes = [nationality] if nationality else []
    # "South Korean and Japanese foreign ministers": nationalities that share one office
    while (
        nationality
        and j + 1 < len(chunks)
        and tokens[chunks[j].first].lower in ("and", ",")
        and chunks[j + 1].kind == "phrase"
        and chunks[j + 1].value("demonym")
    ):
        codes.append(chunks[j + 1].value("demonym"))
        j += 2
    role = None
    while j < len(chunks) and chunks[j].kind in ("mod", "phrase"):
        c = chunks[j]
        if c.kind == "phrase" and c.value("role"):
            role = c.value("role")
        elif c.kind == "phrase":
            break
        j += 1
    if role is None or role == "honorific":
        return None
    if j < len(chunks) and chunks[j].kind == NAME:
        return None  # the office introduces a name: not a description
    det = tokens[chunks[k].first - 1].lower if chunks[k].first > 0 else ""
    if det not in _DETERMINERS and nationality is None:
        return None
    start = tokens[chunks[k].first].start
    end = tokens[chunks[j - 1].last - 1].end
    # ("the pope's visit": one person's, not "popes")
    last_word, possessive = _base(tokens[chunks[j - 1].last - 1].lower)
    plural = last_word.endswith("s") and not last_word.endswith("ss")
    members: list[str] = []
    # "the Presidents of Russia and China"
    if j + 1 < len(chunks) and tokens[chunks[j].first].lower == "of":
        m = j + 1
        while m < len(chunks):
            c = chunks[m]
            code = c.value("country") or c.value("demonym")
            if code:
                members.append(code)
                end = tokens[c.last - 1].end
            elif tokens[c.first].lower not in ("and", ",", "the"):
                break
            m += 1
    if not members and len(codes) > 1:
        members = codes
    if not members and nationality:
        members = [nationality]
    return Mention(
        start,
        end,
        GROUP if plural else PERSON,
        "",
        doc.text[start:end],
        role,
        nationality,
        tuple(members),
        description=True,
        possessive=possessive,
    )


#: Words after a body's name that make "the FBI chief", "the UN chief" its head.
_HEAD_WORDS = frozenset(
    "chief head boss director chairman chairwoman secretary-general president leader".split()
)
#: the role a description of a body's head carries until it is resolved
_BODY_HEAD = "body-head"


def _body_head(doc: Document, chunks: list[_Chunk], k: int, org: str, start: int) -> Mention | None:
    """ "the FBI chief", "The UN chief" (chunk k the body): a description of the person the
    article names as that body's head, unresolved."""
    tokens = doc.tokens
    c = chunks[k]
    if c.first == 0 or tokens[c.first - 1].lower != "the" or k + 1 >= len(chunks):
        return None
    nxt = chunks[k + 1]
    if nxt.last - nxt.first != 1 or tokens[nxt.first].lower not in _HEAD_WORDS:
        return None
    if k + 2 < len(chunks) and chunks[k + 2].kind in (NAME, "phrase"):
        return None  # "the UN chief weapons inspector", "the FBI Director Louis Freeh"
    end = tokens[nxt.first].end
    return Mention(
        start, end, PERSON, "", doc.text[start:end], _BODY_HEAD, None, (org,), description=True
    )


def _resolve_body_heads(
    doc: Document, mentions: list[Mention], entities: dict[str, Entity]
) -> None:
    """Point "the FBI chief" at the person named last before it right after that body or
    with it in one phrase ("UN Secretary-General Kofi Annan", "Director of the ... Federal
    Bureau of Investigation (FBI) Louis Freeh"); drop it (keeping the body) if none is."""
    for i, m in enumerate(mentions):
        if m.role != _BODY_HEAD:
            continue
        body = m.members[0]
        written = m.text.rsplit(None, 1)[0]  # "FBI", "UN": the body as the description writes it
        found = None
        for j in range(i - 1, -1, -1):
            p = mentions[j]
            if p.kind != PERSON or p.description or p.key not in entities:
                continue
            if p.role not in (None, "leader", "president"):
                continue  # "UN spokesman Stephane Dujarric" speaks for the UN chief
            prev = mentions[j - 1] if j > 0 else None
            inside = doc.text[p.start : p.end]
            if (
                body in inside
                or re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])", inside)
                or any(a in inside for a in _body_names(mentions, body))
                or prev is not None
                and prev.kind == ORGANISATION
                and prev.key == body
                and re.fullmatch(r"[\s()]*", doc.text[prev.end : p.start])
            ):
                found = p.key
                break
        if found is not None:
            m.key, m.role, m.members = found, None, ()
        else:
            mentions[i] = Mention(m.start, m.start + len(written), ORGANISATION, body, written)


def _body_names(mentions: list[Mention], body: str) -> set[str]:
    return {x.text for x in mentions if x.kind == ORGANISATION and x.key == body and x.text}


def _fits(m: Mention, e: Entity, code: str | None) -> bool:
    """Whether person `e` can be the one description `m` names (office, then country)."""
    role_ok = m.role in ("envoy", "leader") or m.role in e.roles or not e.roles
    return role_ok and (code is None or e.nationality == code)


def _pick(
    m: Mention, people: list[Entity], order: dict[str, int], code: str | None, exclude: set[str]
) -> str | None:
    """The person description `m` names, of country `code`: the one last mentioned before it."""
    cands = [e for e in people if _fits(m, e, code) and e.key not in exclude]
    if not cands and code is not None:
        cands = [
            e
            for e in people
            if _fits(m, e, None) and e.nationality is None and e.key not in exclude
        ]
    if not cands:
        return None
    return max(cands, key=lambda e: (order.get(e.key, -1), e.key in order)).key


def _resolve_descriptions(
    mentions: list[Mention], entities: dict[str, Entity], text: str
) -> None:
    """Point each description at the person it describes, by office and country, preferring
    the person last mentioned; drop those that fit nobody."""
    people = [e for e in entities.values() if e.kind == PERSON]
    titled = _titled_with(mentions, text)
    keep = []
    for i, m in enumerate(mentions):
        if not (m.description and m.role):
            keep.append(m)
            continue
        before = [p.key for p in mentions[:i] if p.kind == PERSON and not p.description]
        order = {key: n for n, key in enumerate(before)}
        if m.kind == GROUP:
            chosen: list[str] = []
            for code in m.members or ():
                key = _pick(m, people, order, code, set(chosen))
                if key:
                    chosen.append(key)
            if len(chosen) >= 2:
                m.members = tuple(chosen)
                keep.append(m)
            elif m.members:
                # "Montenegrin leaders", "Afghan officials": people the article does not name
                # stand for their countries
                keep.append(m)
            continue
        # ("the pope's visit": the office word without its possessive ending)
        title = _base(re.sub(r"^(?:the|The)\s+", "", m.text))[0]
        word = title.split()[-1].lower() if title.split() else ""  # its office word
        if m.owned:
            key = _owned_holder(m, people, order, titled)
        elif title.lower() in lexicon().unique_titles:
            # "the Dalai Lama", "the pope": the one who holds the office, if the article names
            # him, else the office's holder by its title
            holder = [e for e in people if e.key in titled.get(word, ())]
            holder = holder or _regnal_holders(m, people)
            holder = holder or [e for e in people if m.role in e.roles]
            key = holder[-1].key if holder else title[:1].upper() + title[1:]
            if not holder:
                entities.setdefault(key, Entity(key, PERSON, key, roles={m.role}))
                people.append(entities[key])
        else:
            # "the Governor" is the one the article named before with that office word
            # ("California Governor Arnold Schwarzenegger"), not a deputy of his named last
            # ("The monarch will meet Bush": the one titled "King Hussein", a title it stands for)
            words = {word} | lexicon().generic_titles.get(word, frozenset())
            named = [
                e
                for e in people
                if any(e.key in titled.get(w, ()) for w in words) and e.key in order
            ]
            key = _pick(m, named, order, m.nationality, set()) if named else None
            # ("the Japanese ambassador's residence": an owner refers back, to one named
            # before it, or stands for his country)
            told = [e for e in people if e.key in order] if m.possessive else people
            key = key or _pick(m, told, order, m.nationality, set())
        if key:
            m.key = key
            keep.append(m)
        elif m.nationality and m.kind == PERSON and m.role != _BODY_HEAD:
            # "Rice met the Japanese prime minister", whom the article does not name: the
            # person stands for the country, as unnamed "Afghan officials" do
            m.kind, m.key, m.description = COUNTRY, m.nationality, False
            keep.append(m)
    mentions[:] = keep


def _owned_holder(
    m: Mention, people: list[Entity], order: dict[str, int], titled: dict[str, set[str]]
) -> str | None:
    """The person "Kenya's trade minister" names: one the article names with every word of
    that office in a title ("Trade Minister Joseph Kimotho"), before it or after it, of that
    country; of no known country only for an office of more than one word (a portfolio names
    one member of a government, "Peru's ambassador" is not any ambassador named)."""
    words = re.findall(r"[a-z-]+", m.text.split("'")[-1].split("’")[-1].lower())
    words = [w for w in words if w not in ("s", "the")]
    if not words:
        return None
    holders = set.intersection(*(titled.get(w, set()) for w in words))
    cands = [
        e
        for e in people
        if e.key in holders
        and (e.nationality == m.nationality or e.nationality is None and len(words) >= 2)
    ]
    if not cands:
        return None
    before = [e for e in cands if e.key in order]
    if before:
        return max(before, key=lambda e: order[e.key]).key
    return cands[0].key


def _regnal_holders(m: Mention, people: list[Entity]) -> list[Entity]:
    """For "the pope": the people named by a regnal name and no office ("Benedict XVI"), who
    hold it rather than a cardinal of the same class ("Joseph Cardinal Ratzinger")."""
    if m.role != "religious leader":
        return []
    suffixes = lexicon().name_suffixes
    return [
        e
        for e in people
        if not e.roles
        and len(e.name.split()) > 1
        and e.name.split()[-1].lower() in suffixes
        and re.fullmatch(r"[IVX]+", e.name.split()[-1])
    ]


def _titled_with(mentions: list[Mention], text: str) -> dict[str, set[str]]:
    """Office word -> the people whose named mentions carry it before the name."""
    out: dict[str, set[str]] = {}
    for p in mentions:
        if p.kind != PERSON or p.description or not p.role:
            continue
        head = text[p.start : p.end]
        cut = head.find(p.text) if p.text else -1
        for word in re.findall(r"[A-Za-z-]+", head[: max(cut, 0)]):
            out.setdefault(word.lower(), set()).add(p.key)
    return out
