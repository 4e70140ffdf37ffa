"""One person's several names in an article: which capitalised runs are personal names (a
speaker, someone met, a name the people list knows), the fullest name each stands for ("Xi" ->
"Xi Jinping"), a monarch named by one name, a misspelt surname, a listed person's full name."""

from __future__ import annotations

import re

from .chunks import PLACE_PREPOSITIONS, Chunk, is_placeish, tokens_text
from .lexicon import Lexicon
from .mentions import NAME, Entity
from .patterns import patterns
from .people import Person
from .text import Document

_P = patterns("person_names")

# Verbs a person's name stands before as a speaker.
_SPEECH_VERBS = frozenset(
    "said says told added noted stressed urged warned asked replied explained announced insisted "
    "hoped answered recalled reiterated expressed pointed praised welcomed suggested argued "
    "emphasized emphasised acknowledged admitted agreed vowed pledged declared".split()
)


def regnal_names(
    doc: Document, marked: list[Person], canonical: dict[tuple[str, ...], str], lex: Lexicon
) -> dict[tuple[int, int], str]:
    """Monarchs named by one name ("King Hussein of Jordan"): token range -> "King Hussein",
    a person of his own whom the article's fuller name for someone else ("Saddam Hussein", no
    monarch) cannot swallow. A one-name monarch's fullest name is his title and name ("Nepali
    King Gyanendra" is "King Gyanendra", not "Gyanendra"); another head of state's title (a
    prince's, a sheikh's) is kept only against such a namesake."""
    royal = {
        name_owner(name_tokens(tokens_text(doc, p.first, p.last)), canonical)
        for p in marked
        if p.role == "head of state" and len(name_tokens(tokens_text(doc, p.first, p.last))) > 1
    }
    out: dict[tuple[int, int], str] = {}
    for p in marked:
        k = name_tokens(tokens_text(doc, p.first, p.last))
        if p.role != "head of state" or len(k) != 1:
            continue
        owner = name_owner(k, canonical)
        if owner in royal:
            continue  # "Jordan's King Abdullah II ... King Abdullah": one monarch
        title = doc.text[doc.tokens[p.span_first].start : doc.tokens[p.first].start]
        title = title.split()[-1] if title.split() else ""
        swallowed = owner is not None and name_tokens(owner) != k
        if not swallowed and title.lower() not in lex.generic_titles.get("monarch", ()):
            continue
        out[(p.first, p.last)] = f"{title} {tokens_text(doc, p.first, p.last)}".strip()
    return out


def canonical_names(names: list[str]) -> dict[tuple[str, ...], str]:
    """Each name's key -> the fullest name in the article holding it ("Xi" -> "Xi Jinping")."""
    canonical: dict[tuple[str, ...], str] = {}
    for name in sorted(names, key=lambda n: -len(name_tokens(n))):
        k = name_tokens(name)
        if k and k not in canonical:
            canonical[k] = name_owner(k, canonical) or name
    return canonical


def first_introduced(
    canonical: dict[tuple[str, ...], str], first_seen: dict[tuple[str, ...], int]
) -> None:
    """A short name several full names hold stands for the one person named in full before
    it is first used alone ("Mobutu Sese Seko ... Mobutu ... his son Nzanga Mobutu"): news
    names a second namesake in full when it brings him in."""
    for k, name in list(canonical.items()):
        if name_tokens(name) != k or k not in first_seen:
            continue  # resolved already, or never used alone
        owners = {canonical[c] for c in canonical if _subset(k, c)}
        if len(owners) < 2:
            continue
        before = [o for o in owners if first_seen.get(name_tokens(o), 1 << 30) < first_seen[k]]
        if len(before) == 1:
            canonical[k] = before[0]


def misspelt_surnames(canonical: dict[tuple[str, ...], str]) -> None:
    """A one-word name no one else holds that is the surname of the one person named in full,
    but for one letter doubled or dropped ("French Defense Minister Charles Million ... Li told
    Millon"), is that person: news copy misspells a name more often than it brings in a
    second person whose name differs by one letter."""
    full = {name for name in canonical.values() if len(name_tokens(name)) >= 2}
    for k, name in list(canonical.items()):
        if len(k) != 1 or len(k[0]) < 5 or name_tokens(name) != k:
            continue
        owners = {
            owner
            for owner in full
            if _one_letter_apart(k[0], name_tokens(owner)[-1]) and owner != name
        }
        if len(owners) == 1:
            canonical[k] = owners.pop()


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter added or dropped ("millon", "million")."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def name_owner(k: tuple[str, ...], canonical: dict[tuple[str, ...], str]) -> str | None:
    """The one person whose name contains the name `k`, or None if none or several do."""
    if k in canonical:
        return canonical[k]
    owners = {canonical[c] for c in canonical if _subset(k, c)}
    return owners.pop() if len(owners) == 1 else None


def speaks(doc: Document, c: Chunk) -> bool:
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


_MET_BEFORE = _P["met_before"]


def met(doc: Document, c: Chunk) -> bool:
    """Whether a capitalised run stands where a meeting's other party stands."""
    start = doc.tokens[c.first].start
    return bool(_MET_BEFORE.search(doc.text, max(0, start - 30), start))


_LED_BEFORE = _P["led_before"]


def leads_group(doc: Document, c: Chunk) -> bool:
    """Whether a capitalised run stands where the leader of a delegation, team or mission
    stands ("a delegation headed by Liu Yunshan", "The OAS mission, headed by Horacio
    Serpa"): a person's name (not "a group led by Crescott Investment Associates")."""
    start = doc.tokens[c.first].start
    return bool(_LED_BEFORE.search(doc.text, max(0, start - 60), start))


_SUBJECT_START = _P["subject_start"]
_GENDERED = _P["gendered_pronoun"]
_OTHER_REFERENT = _P["other_referent"]
#: How many words after a subject a "his" or "her" still reads as its own.
_GENDERED_REACH = 25


def gendered_subject(
    doc: Document, chunks: list[Chunk], j: int, marked: list[Person], sentence_start: int
) -> bool:
    """Whether capitalised run j opens its sentence as its subject and the sentence then
    names it "his" or "her" (or "he", "she"), no other name, person, someone brought in ("a
    banker"), relative clause or "its" or "their" standing between:
    "Juan Miguel Gonzalez has made the right decision to travel to the United States on
    Thursday to affirm his desire": a person, though no office or speech verb marks him (a
    body or a place is "its")."""
    c = chunks[j]
    tokens = doc.tokens
    start = tokens[c.first].start
    if not _SUBJECT_START.search(doc.text[sentence_start:start]):
        return False
    end = tokens[c.last - 1].end
    reach = tokens[min(c.last + _GENDERED_REACH, len(tokens)) - 1].end
    pronoun = _GENDERED.search(doc.text, end, reach)
    if pronoun is None or not re.match(r"\s+[a-z]", doc.text[end : end + 2]):
        return False  # (not "Gonzalez, the father," nor "Gonzalez's son": a verb follows)
    if _OTHER_REFERENT.search(doc.text, end, pronoun.start()):
        return False  # ("Goldman Sachs has sent a banker to Beijing for his first talks")
    between = [x for x in chunks[j + 1 :] if tokens[x.first].start < pronoun.start()]
    # (a place after its preposition is no one: "will travel to Havana on Friday to see her")
    return not any(
        x.kind == NAME and tokens[x.first - 1].lower not in PLACE_PREPOSITIONS for x in between
    ) and not any(
        end <= tokens[p.span_first].start < pronoun.start() for p in marked
    )


_LIST_LINK = _P["list_link"]


def listed_with_people(
    doc: Document,
    chunks: list[Chunk],
    marked: list[Person],
    anchors: set[tuple[int, int]] = frozenset(),
) -> set[tuple[int, int]]:
    """The capitalised runs of one sentence that a list coordinates with a person the sentence
    marks ("held talks with Prime Minister Viktor Chernomyrdin, Anatoly Chubais and Boris
    Nemtsov"), or with a name already known as a person's (`anchors`, token ranges): token
    ranges of the runs. A list needs "and" before its last item, so that
    a comma alone (an apposition, a fronted phrase) joins nothing."""
    if not chunks:
        return set()
    lo, hi = chunks[0].first, chunks[-1].last
    people = [(p.span_first, p.last, True) for p in marked if lo <= p.first < hi]
    taken = {i for first, last, _ in people for i in range(first, last)}
    names = [
        (c.first, c.last, (c.first, c.last) in anchors)
        for c in chunks
        if c.kind == NAME and not any(i in taken for i in range(c.first, c.last))
    ]
    items = sorted(people + names)
    out: set[tuple[int, int]] = set()
    run = items[:1]
    links: list[bool] = []  # whether each link of the run has "and"

    def close() -> None:
        if len(run) > 1 and links and links[-1] and any(person for _, _, person in run):
            out.update((first, last) for first, last, person in run if not person)

    for prev, item in zip(items, items[1:], strict=False):
        gap = doc.text[doc.tokens[prev[1] - 1].end : doc.tokens[item[0]].start]
        if prev[1] <= item[0] and _LIST_LINK.fullmatch(gap):
            run.append(item)
            links.append("and" in gap)
        else:
            close()
            run, links = [item], []
    close()
    return out


def plain_name(doc: Document, c: Chunk, k: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a capitalised run can be a personal name: no body or place word, no word of
    the lists, no news agency's name ("KCNA said": a reporter of events, never one of their
    people), and not a sentence opener such as "Discussing"."""
    if any(t in lex.institutions or t in lex.place_words or t in lex.not_names for t in k):
        return False
    if " ".join(k) in lex.news_agencies:
        return False
    first = doc.tokens[c.first].lower
    return (
        not first.endswith("ing") and not any("-" in t for t in k[:1]) and not is_placeish(doc, c)
    )


def name_tokens(name: str) -> tuple[str, ...]:
    """A name as the tokens that identify it: lower case, no initials, dots or particles."""
    return tuple(
        t
        for t in re.findall(r"[\w'’-]+", name.lower())
        if len(t) > 1 and t not in ("mr", "mrs", "ms", "dr", "jr", "sr")
    )


def _subset(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    return len(short) < len(full) and set(short) <= set(full)


def complete_name(entity: Entity, lex: Lexicon) -> None:
    """A person the article names only in part ("Putin", "President Putin") takes the full name
    the people list gives ("Vladimir Putin") when exactly one listed person fits, of the same
    country; the article's own forms stay as aliases."""
    k = name_tokens(entity.name)
    if not k or k in lex.people:
        return
    found = [full for full in lex.people if set(k) < set(full) and full[-1] in k]
    if len(found) != 1 or (entity.nationality and lex.people[found[0]] != entity.nationality):
        return
    entity.aliases.add(entity.name)
    entity.name = lex.people_names[found[0]]


def known_nationality(name_key: tuple[str, ...], lex: Lexicon) -> str | None:
    if name_key in lex.people:
        return lex.people[name_key]
    found = {code for k, code in lex.people.items() if set(name_key) <= set(k)}
    return found.pop() if len(found) == 1 else None
