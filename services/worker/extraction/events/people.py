"""The people a sentence names with a mark of who they are: an office before the name ("Chinese
President Hu Jintao", "Gazprom chairman Alexei Miller"), an apposition after it ("Shaukat Aziz,
Prime Minister of Pakistan") or a title of address ("Mr. Kim")."""

from __future__ import annotations

from dataclasses import dataclass

from .chunks import Chunk, is_placeish, possessive_base, tokens_text, trim_name
from .lexicon import Lexicon, lexicon
from .mentions import NAME
from .text import Document

# Words that, right after an office word, show it is the subject of a new clause.
_VERBS_AFTER = frozenset(
    "said says told added noted stressed was is has had will would also then who".split()
)


@dataclass(slots=True)
class Person:
    first: int  # token range of the name
    last: int
    span_first: int  # token range of the whole phrase (with office and nationality)
    role: str | None
    nationality: str | None
    possessive: bool


def _role_prefix(chunks: list[Chunk], k: int, doc: Document) -> tuple[int, str | None, str | None]:
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
        elif (
            c.kind == "word"
            and word in ("in", "to")
            and role is None
            and j + 1 < k
            and chunks[j + 1].kind == "phrase"
            and chunks[j + 1].value("country")
        ):
            # "US envoy in Sudan Andrew Natsios", "ambassador to China Clark Randt": the
            # country the office is held in or to is not the holder's nationality
            nationality = None
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


def _ends_with(doc: Document, c: Chunk, words: frozenset[str]) -> bool:
    return possessive_base(doc.tokens[c.last - 1].text)[0].lower() in words


def _apposition_role(chunks: list[Chunk], k: int, doc: Document) -> tuple[str, str | None] | None:
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
            and possessive_base(doc.tokens[c.last - 1].text)[0].lower() in lexicon().institutions
        ):
            pass
        else:
            return None
        j += 1
    return None


def find_people(doc: Document, chunks: list[Chunk], lex: Lexicon) -> list[Person]:
    """Personal names in one sentence's chunks that an office, apposition or title marks."""
    people: list[Person] = []
    for k, c in enumerate(chunks):
        if c.kind != NAME:
            continue
        name = trim_name(doc, c, lex)
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
        elif role is not None and first < k:
            first, nationality = _described_before(doc, chunks, first, nationality)
        if role is None or (is_placeish(doc, c) and chunks[k - 1].kind != "phrase"):
            continue
        if name[1] == c.last and _role_word_after(doc, c.last, lex):
            continue  # "the chief Chechen negotiator": an adjective of the office after it
        if role == "honorific":
            role = None
        people.append(
            Person(name[0], name[1], chunks[first].first, role, nationality, c.possessive)
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
                Person(nxt.first, nxt.last, nxt.first, role, nationality, nxt.possessive)
            )
            j += 2
    return people


def _described_before(
    doc: Document, chunks: list[Chunk], first: int, nationality: str | None
) -> tuple[int, str | None]:
    """The first chunk and nationality of a titled name that a description set before it in
    apposition widens ("the Vatican head of government, Secretary of State Tarcisio
    Bertone"): the description is the same person's, not its country's or body's."""
    if first < 2 or doc.tokens[chunks[first - 1].first].text != ",":
        return first, nationality
    f2, role2, nat2 = _role_prefix(chunks, first - 1, doc)
    opener = doc.tokens[chunks[f2].first].lower if f2 < first - 1 else ""
    before = doc.tokens[chunks[f2 - 1].first].lower if f2 >= 1 else ""
    if role2 and (opener in _DETERMINERS or before in _DETERMINERS):
        return f2, nationality or nat2
    return first, nationality


_DETERMINERS = ("the", "his", "her", "their", "its")


def _bracketed_abbreviation(doc: Document, c: Chunk) -> bool:
    """Whether a name chunk is an upper-case abbreviation in brackets ("(NPC)"): a body's short
    form, never a person's name."""
    written = tokens_text(doc, c.first, c.last)
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


def _complement_name(doc: Document, chunks: list[Chunk], k: int, lex: Lexicon) -> bool:
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
