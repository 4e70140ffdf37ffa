"""Descriptions of people ("the Chinese President", "his North Korean counterpart", "the FBI
chief", "Kenya's trade minister") and the named person each stands for."""

from __future__ import annotations

import re

from .chunks import Chunk, possessive_base
from .lexicon import Lexicon, lexicon
from .mentions import COUNTRY, GROUP, NAME, ORGANISATION, PERSON, Entity, Mention
from .text import Document

_DETERMINERS = frozenset("the his her its their a an our this that both".split())


def desc_end_chunk(chunks: list[Chunk], desc: Mention, doc: Document) -> int:
    """Index of the first chunk after a description mention."""
    k = 0
    while k < len(chunks) and doc.tokens[chunks[k].first].start < desc.end:
        k += 1
    return k


def person_description(
    doc: Document, chunks: list[Chunk], k: int, lex: Lexicon, nationality: str | None
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
    last_word, possessive = possessive_base(tokens[chunks[j - 1].last - 1].lower)
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
#: Words after a body's name that make "the UN envoy" the one envoy of that body the article
#: has named with that word ("UN envoy for Somalia Francois Lonseny Fall ... the UN envoy")
_AGENT_WORDS = frozenset("envoy mediator negotiator".split())
#: the role a description of a body's head carries until it is resolved
_BODY_HEAD = "body-head"


def body_head(doc: Document, chunks: list[Chunk], k: int, org: str, start: int) -> Mention | None:
    """ "the FBI chief", "The UN chief" (chunk k the body): a description of the person the
    article names as that body's head, unresolved."""
    tokens = doc.tokens
    c = chunks[k]
    if c.first == 0 or tokens[c.first - 1].lower != "the" or k + 1 >= len(chunks):
        return None
    nxt = chunks[k + 1]
    if nxt.last - nxt.first != 1 or tokens[nxt.first].lower not in _HEAD_WORDS | _AGENT_WORDS:
        return None
    if k + 2 < len(chunks) and chunks[k + 2].kind in (NAME, "phrase"):
        return None  # "the UN chief weapons inspector", "the FBI Director Louis Freeh"
    end = tokens[nxt.first].end
    return Mention(
        start, end, PERSON, "", doc.text[start:end], _BODY_HEAD, None, (org,), description=True
    )


def resolve_body_heads(
    doc: Document, mentions: list[Mention], entities: dict[str, Entity]
) -> None:
    """Point "the FBI chief" at the person named last before it right after that body or
    with it in one phrase ("UN Secretary-General Kofi Annan", "Director of the ... Federal
    Bureau of Investigation (FBI) Louis Freeh"); drop it (keeping the body) if none is."""
    for i, m in enumerate(mentions):
        if m.role != _BODY_HEAD:
            continue
        body = m.members[0]
        written, word = m.text.rsplit(None, 1)  # "FBI", "UN": the body as the description writes it
        agent = word.lower() in _AGENT_WORDS
        found = None
        for j in range(i - 1, -1, -1):
            p = mentions[j]
            if p.kind != PERSON or p.description or p.key not in entities:
                continue
            inside = doc.text[p.start : p.end]
            if agent and not re.search(rf"\b{word}\b", inside, re.IGNORECASE):
                continue  # "the UN envoy": the one its own phrase makes that body's envoy
            if not agent and p.role not in (None, "leader", "president"):
                continue  # "UN spokesman Stephane Dujarric" speaks for the UN chief
            prev = mentions[j - 1] if j > 0 else None
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


def resolve_descriptions(
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
        title = possessive_base(re.sub(r"^(?:the|The)\s+", "", m.text))[0]
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
