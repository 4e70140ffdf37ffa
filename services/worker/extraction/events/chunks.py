"""A sentence's tokens read as units: word-list phrases (offices, countries, bodies), capitalised
names (with their initials, particles and regnal numbers) and plain tokens; and the text of a
token range read as a name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, Phrase, lexicon
from .mentions import NAME
from .patterns import patterns
from .places import is_place
from .text import Document, Token
from .tokenize import mend

_P = patterns("chunks")

_ROMAN = re.compile(r"^[IVX]{1,5}$")
_INITIAL = re.compile(r"^[A-Z]$")
_PLACE_ABBREVIATIONS = frozenset(("St", "Ste", "Mt", "Ft"))
_ARABIC_ARTICLE = _P["arabic_article"]
PLACE_PREPOSITIONS = frozenset("in to at from near outside inside into via toward towards".split())


@dataclass(slots=True)
class Chunk:
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


def possessive_base(text: str) -> tuple[str, bool]:
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
    base, _ = possessive_base(text)
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


def modifier_surnames(doc: Document, lex: Lexicon) -> frozenset[str]:
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


def _after_state_word(doc: Document, chunks: list[Chunk], at: int) -> bool:
    """Whether the word at token `at` follows "the" and a country word ("the US speaker",
    "the Kenyan governor"): an office of that state, not a plain noun."""
    if not chunks or chunks[-1].last != at or chunks[-1].kind != "phrase":
        return False
    prev = chunks[-1]
    if not (prev.value("country") or prev.value("demonym")) or prev.first == 0:
        return False
    return doc.tokens[prev.first - 1].lower == "the"


def _posted_before_name(
    doc: Document, words: list[str], first: int, at: int, n: int, lex: Lexicon
) -> bool:
    """Whether "in" or "to" and a country, then a name, follow an office word at `at`
    ("Hamas representative in Syria Imad al-Alami", "envoy to Sudan Andrew Natsios"): the
    office of the post the name holds there."""
    if at + 2 >= n or words[at].lower() not in ("in", "to"):
        return False
    found = lex.lookup(words, at + 1)
    if not found or not any(r.category == "country" for r in found[1]):
        return False
    after = at + 1 + found[0]
    return after < n and _is_name_token(doc.tokens[first + after], lex)


def chunk_sentence(
    doc: Document, first: int, last: int, lex: Lexicon, surnames: frozenset[str] = frozenset()
) -> list[Chunk]:
    """Split the tokens of one sentence into word-list phrases, names and plain tokens."""
    tokens = doc.tokens
    bases = [possessive_base(t.text) for t in tokens[first:last]]
    words = [b for b, _ in bases]
    chunks: list[Chunk] = []
    i = 0
    n = last - first
    while i < n:
        found = lex.lookup(words, i)
        if found:
            length, readings = found
            nxt_name = i + length < n and _is_name_token(tokens[first + i + length], lex)
            nxt_name = nxt_name or _after_state_word(doc, chunks, first + i)
            nxt_name = nxt_name or _posted_before_name(doc, words, first, i + length, n, lex)
            readings = _role_chunk(readings, words[i : i + length], nxt_name, lex)
            if readings:
                chunks.append(
                    Chunk(
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
            chunks.append(Chunk(first + i, first + i + region, NAME, (), bases[i + region - 1][1]))
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
            chunks.append(Chunk(first + i, first + i + 1, "mod"))
            i += 1
            continue
        place = _particle_place(tokens, first, i, n, lex)
        if place:
            # "for Mar del Plata": a place's name that opens with a word that is no name
            # alone (a month's abbreviation), joined by a particle to the rest
            chunks.append(Chunk(first + i, first + place, NAME, (), bases[place - 1][1]))
            i = place
            continue
        opener = i == 0 or tokens[first + i - 1].text in "\"“‘'(-—–:"
        if (opener or tokens[first + i - 1].text == "--") and participle_place(
            doc.text, token.start, token.end
        ):
            chunks.append(Chunk(first + i, first + i + 1, "word"))  # "Visiting Moscow on ..."
            i += 1
            continue
        if _is_name_token(token, lex) and not (
            opener and (token.lower in lex.not_names or token.lower in doc.lower_words)
        ):
            j = _name_end(tokens, first, i, n, words, bases, lex)
            chunks.append(Chunk(first + i, first + j, NAME, (), bases[j - 1][1]))
            i = j
            continue
        chunks.append(Chunk(first + i, first + i + 1, "word"))
        i += 1
    return chunks


_PARTICIPLE_PLACE = _P["participle_place"]


def participle_place(text: str, start: int, end: int) -> bool:
    """Whether the word from `start` to `end` is a fronted "Visiting" or "Touring" whose
    object is a place the gazetteer knows, a comma or a time after it ("Visiting Moscow on
    Tuesday, Li met Putin"): a participle, not the first word of a name or an adjective of a
    visitor."""
    if text[start:end].lower() not in ("visiting", "touring"):
        return False
    found = _PARTICIPLE_PLACE.match(text, end)
    if found is None:
        return False
    words = found.group("place").split()
    country = lexicon().lookup(words, 0)
    return is_place(found.group("place")) or bool(
        country
        and country[0] == len(words)
        and any(r.category == "country" for r in country[1])
    )


def _particle_place(tokens: list[Token], first: int, i: int, n: int, lex: Lexicon) -> int:
    """Where a place's name ends that opens at i with a capitalised word no name may hold
    ("Mar del Plata": "Mar" alone is March), a particle and a name after it, when the
    gazetteer knows the whole; else 0."""
    token = tokens[first + i]
    if not token.is_cap or token.lower not in lex.not_names:
        return 0
    k = i + 1
    while k < n and k - i <= 2 and tokens[first + k].lower in lex.name_particles:
        k += 1
    if k == i + 1 or k >= n or not _is_name_token(tokens[first + k], lex):
        return 0
    end = k + 1
    while end < n and end - k < 2 and _is_name_token(tokens[first + end], lex):
        end += 1
    for j in range(end, k, -1):
        if is_place(" ".join(t.text for t in tokens[first + i : first + j])):
            return j
    return 0


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
        last = possessive_base(tokens[first + k - 1].text)[0].lower()
        if last in lex.institutions or last in lex.place_words:
            return k
    return 0


def trim_name(doc: Document, chunk: Chunk, lex: Lexicon) -> tuple[int, int] | None:
    """Token range of the personal name at the end of a name chunk, after any body name
    ("National People's Congress Wu Bangguo" -> "Wu Bangguo"); None if nothing is left."""
    first = chunk.first
    for k in range(chunk.last - 1, chunk.first - 1, -1):
        base, _ = possessive_base(doc.tokens[k].text)
        if base.lower() in lex.institutions or base.lower() in lex.place_words:
            first = k + 1
            break
    # "Minister for Foreign Trade Christine Lagarde", "Treasury Robert Rubin": a portfolio
    # word the office phrase left before the name is no part of it
    while chunk.last - first >= 3 and possessive_base(doc.tokens[first].text)[0].lower() in (
        lex.role_modifiers
    ):
        first += 1
    if first >= chunk.last:
        return None
    size = sum(1 for t in doc.tokens[first : chunk.last] if t.text != ".")
    if size > 5:
        return None
    return first, chunk.last


def tokens_text(doc: Document, first: int, last: int) -> str:
    """The text of tokens [first, last) without a final possessive, a compound a line break
    split after its hyphen written whole ("Roh Moo- hyun" -> "Roh Moo-hyun")."""
    return possessive_base(mend(doc.text[doc.tokens[first].start : doc.tokens[last - 1].end]))[0]


def is_placeish(doc: Document, chunk: Chunk) -> bool:
    """Whether a name stands where places stand ("in Kuala Lumpur", "to Hong Kong")."""
    return chunk.first > 0 and doc.tokens[chunk.first - 1].lower in PLACE_PREPOSITIONS
