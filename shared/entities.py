"""Canonical entities: one row per person, country or organisation, however articles name it.

The extraction core names each participant by its fullest in-article name, with the other
names the article used and, for countries, an ISO 3166-1 alpha-3 code. Here those names become
matching keys (`name_key`) and participants become Entity rows (`resolve_entities`):
countries meet by code, everything by key, and a short name ("Xi") joins a known entity only
when exactly one entity answers to it, so two people sharing a surname are never merged.

An entity is shown by the best name it was ever given (`name_rank`: an organisation's fullest
name, the spelling the rules key on, diacritics and hyphens kept), so what it is called does not
depend on which article came first. `plan_entities` tells, before anything is written, which
known entities a resolution will rename (their events' titles change with them).

`plan_entities` and `resolve_entities` must run under the advisory locks of `entity_lock_keys`
on PostgreSQL (`shared.timeline` takes them in its global lock order); SQLite serialises
writers itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

import yaml
from sqlalchemy import Table, func, or_, select, update
from sqlalchemy.orm import Session

from .models import Article, Entity, EntityAlias, Mention, MentionParticipant

RULES_FILE = Path(__file__).with_name("entities.yaml")
KINDS = ("person", "country", "organisation", "group")
MAX_NAME = 300  # the store's name columns; a longer "name" is a misreading, kept in part
_NON_WORD = re.compile(r"[^\w]+")
_APOSTROPHES = re.compile(r"['\u2019\u02bc`]")
_ROMAN = re.compile(r"[ivxlc]{1,6}")  # regnal numbers ("II") are not romanised


class EntityRulesError(ValueError):
    """entities.yaml is malformed."""


@dataclass(frozen=True)
class NameRules:
    """Title phrases, leading words and spelling variants used to build name keys."""

    titles: frozenset[tuple[str, ...]]
    longest_title: int
    leading: frozenset[str]
    spellings: dict[str, str]
    transliterations: tuple[tuple[re.Pattern, str], ...]
    examples: tuple[dict, ...]
    transliteration_examples: tuple[tuple[str, str], ...]


def load_rules(path: Path = RULES_FILE) -> NameRules:
    """Read and validate the name rules file; raise EntityRulesError on any problem."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise EntityRulesError(f"{path}: expected a mapping")
    unknown = set(data) - {"titles", "leading", "spellings", "transliterations", "examples"}
    if unknown:
        raise EntityRulesError(f"{path}: unknown keys {sorted(unknown)}")
    titles = []
    for title in data.get("titles") or []:
        tokens = tuple(_tokens(str(title)))
        if not tokens or " ".join(tokens) != str(title):
            raise EntityRulesError(f"{path}: title {title!r} must be lower-case words")
        titles.append(tokens)
    if len(set(titles)) != len(titles):
        raise EntityRulesError(f"{path}: duplicate titles")
    spellings = data.get("spellings") or {}
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in spellings.items()):
        raise EntityRulesError(f"{path}: spellings must map words to words")
    transliterations, word_examples = [], []
    for rule in data.get("transliterations") or []:
        if not isinstance(rule, dict) or set(rule) != {"pattern", "replace", "examples"}:
            raise EntityRulesError(
                f"{path}: transliteration {rule!r} needs pattern, replace, examples"
            )
        try:
            pattern = re.compile(rule["pattern"])
        except re.error as exc:
            raise EntityRulesError(f"{path}: transliteration {rule['pattern']!r}: {exc}") from exc
        if not rule["examples"]:
            raise EntityRulesError(f"{path}: transliteration {rule['pattern']!r} has no examples")
        transliterations.append((pattern, str(rule["replace"])))
        word_examples += [(str(k), str(v)) for k, v in rule["examples"].items()]
    examples = tuple(data.get("examples") or ())
    for ex in examples:
        if not {"name", "kind", "key"} <= set(ex) <= {"name", "kind", "key", "shown"} or (
            ex["kind"] not in KINDS
        ):
            raise EntityRulesError(f"{path}: bad example {ex!r}")
    return NameRules(
        titles=frozenset(titles),
        longest_title=max((len(t) for t in titles), default=0),
        leading=frozenset(str(w) for w in data.get("leading") or ()),
        spellings=dict(spellings),
        transliterations=tuple(transliterations),
        examples=examples,
        transliteration_examples=tuple(word_examples),
    )


@cache
def rules() -> NameRules:
    """The project's name rules, read once."""
    return load_rules()


def _tokens(text: str) -> list[str]:
    """Lower-case ASCII-folded word tokens; apostrophes vanish, other punctuation splits."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _APOSTROPHES.sub("", folded.casefold())
    return [t for t in _NON_WORD.split(folded.replace("_", " ")) if t]


def _title_at(tokens: Sequence[str], i: int, r: NameRules) -> int:
    """Length of the longest title phrase starting at tokens[i] (0 if none)."""
    for n in range(min(r.longest_title, len(tokens) - i), 0, -1):
        if tuple(tokens[i : i + n]) in r.titles:
            return n
    return 0


def _strip_titles(tokens: list[str], r: NameRules) -> list[str]:
    """Drop everything up to the leftmost title phrase, as long as a name is left after it."""
    while True:
        for i in range(len(tokens)):
            n = _title_at(tokens, i, r)
            if n:
                break
        else:
            return tokens
        rest = tokens[i + n :]
        if not rest:
            return tokens
        tokens = rest


def transliterate(word: str, r: NameRules | None = None) -> str:
    """One romanisation of a name word ("Dmitry", "Dmitri" -> "dmitri")."""
    if _ROMAN.fullmatch(word):
        return word
    for pattern, replacement in (r or rules()).transliterations:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=16384)
def name_key(name: str, kind: str) -> str:
    """The matching key of a name: folded, spelled one way, without "the"; people's names also
    without titles and in one romanisation."""
    r = rules()
    tokens = [r.spellings.get(t, t) for t in _tokens(name)]
    while len(tokens) > 1 and tokens[0] in r.leading:
        tokens = tokens[1:]
    if kind == "person":
        tokens = [transliterate(t, r) for t in _strip_titles(tokens, r)]
    return " ".join(tokens)


def display_name(name: str, kind: str) -> str:
    """The name as written, less the titles before a person's name ("President Xi Jinping"
    -> "Xi Jinping"): its shortest written tail that still has the whole name's key."""
    words = name.split()
    if kind != "person" or len(words) < 2:
        return name.strip()
    key = name_key(name, kind)
    for start in range(len(words) - 1, 0, -1):
        if name_key(" ".join(words[start:]), kind) == key:
            return " ".join(words[start:])
    return " ".join(words)


def is_name_alias(alias_key: str, entity_key: str) -> bool:
    """True when an alias is part of the name itself ("xi" of "xi jinping"), not a role."""
    words = alias_key.split()
    return bool(words) and set(words) <= set(entity_key.split())


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code pycountry knows for a country name or code, if any."""
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


@dataclass(frozen=True)
class EntityRef:
    """A participant as the store will know it: kind, matching key, display name, code, aliases."""

    kind: str
    key: str
    name: str
    code: str | None
    aliases: tuple[str, ...]

    def alias_keys(self) -> tuple[str, ...]:
        """Keys of the other names (the display name included), without the key itself."""
        keys = dict.fromkeys(name_key(a, self.kind)[:MAX_NAME] for a in (self.name, *self.aliases))
        return tuple(k for k in keys if k and k != self.key)

    def name_alias_keys(self) -> tuple[str, ...]:
        """Alias keys that are parts of the name (usable to match people across articles)."""
        if self.kind != "person":
            return self.alias_keys()
        return tuple(k for k in self.alias_keys() if is_name_alias(k, self.key))


def entity_ref(
    name: str, kind: str, aliases: Iterable[str] = (), code: str | None = None
) -> EntityRef:
    """The canonical reference of one extracted participant (pure)."""
    if kind not in KINDS:
        raise ValueError(f"unknown entity kind {kind!r}")
    if kind == "country":
        code = (code or country_code(name) or "").upper() or None
    else:
        code = None
    name = display_name(name, kind)[:MAX_NAME]
    key = code if code else name_key(name, kind)[:MAX_NAME]
    if not key:
        raise ValueError(f"participant name {name!r} has no letters to match on")
    others = tuple(dict.fromkeys(a.strip()[:MAX_NAME] for a in aliases if a and a.strip() != name))
    return EntityRef(kind, key, name, code, others)


def entity_lock_keys(ref: EntityRef) -> set[str]:
    """Advisory lock names under which `ref` is matched and inserted.

    Two references that may resolve to one entity always share one: a person locks every word
    of its name and name aliases ("xi" is shared by "Xi" and "Xi Jinping"); other kinds lock
    their key and alias keys.
    """
    if ref.kind == "person":
        words = set(ref.key.split())
        for k in ref.name_alias_keys():
            words.update(k.split())
        return {f"entity:person:{w}" for w in words}
    return {f"entity:{ref.kind}:{k}" for k in (ref.key, *ref.alias_keys())}


def _insert_ignore(session: Session, table: Table, conflict: list[str], rows: list[dict]) -> None:
    """INSERT ... ON CONFLICT (conflict) DO NOTHING, on PostgreSQL and SQLite alike."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(table).on_conflict_do_nothing(index_elements=conflict), rows)


def name_rank(name: str, kind: str) -> tuple:
    """How well a name shows its entity: the smallest rank among the names given is shown.

    An organisation by its fullest name ("NATO" -> "North Atlantic Treaty Organization");
    then not in capitals, in the spelling the rules key on ("Organization"), with its
    diacritics ("António") and hyphens ("Ban Ki-moon") kept, with no capital too many
    ("Roh Moo-hyun"); the name itself breaks the last ties, so the order is total.
    """
    r = rules()
    tokens = _tokens(name)
    return (
        -len(tokens) if kind == "organisation" else 0,
        len(tokens) > 1 and name.isupper(),
        sum(t in r.spellings for t in tokens),
        -sum(not c.isascii() for c in name),
        -sum(c in "-'\u2019" for c in name),
        sum(c.isupper() for c in name),
        name,
    )


def better_name(ref: EntityRef, current: str, key: str) -> bool:
    """Whether `ref`'s name should show the entity now shown as `current` (key `key`). A person
    is renamed only by another spelling of the same name: "Xi" never replaces "Xi Jinping"."""
    if ref.kind == "person" and ref.key != key:
        return False
    return name_rank(ref.name, ref.kind) < name_rank(current, ref.kind)


def _unique(ids: Iterable[int]) -> int | None:
    """The one id among `ids`, or None when there are none or several."""
    found = set(ids)
    return found.pop() if len(found) == 1 else None


def _match_existing(session: Session, ref: EntityRef) -> int | None:
    """The id of the one known entity `ref` names, or None when none or several answer."""
    exact = session.scalar(select(Entity.id).where(Entity.kind == ref.kind, Entity.key == ref.key))
    if ref.kind == "person":
        if " " in ref.key:
            return exact
        # A lone name ("Xi") is the one known full name it belongs to; when several people
        # answer to it, it stays an entity of its own rather than guess between them.
        return _unique(_full_names_of(session, ref.key)) or exact
    if exact is not None or ref.kind == "group":
        return exact  # "48 African countries" names no lasting entity to match loosely
    probe = {ref.key, *ref.alias_keys()}
    ids = session.scalars(
        select(EntityAlias.entity_id)
        .join(Entity)
        .where(Entity.kind == ref.kind, EntityAlias.key.in_(probe))
    ).all()
    ids += session.scalars(
        select(Entity.id).where(Entity.kind == ref.kind, Entity.key.in_(probe))
    ).all()
    return _unique(ids)


def _full_names_of(session: Session, word: str) -> list[int]:
    """People whose full name starts or ends with `word`, or who were called by it."""
    ids = session.scalars(
        select(Entity.id).where(
            Entity.kind == "person",
            or_(Entity.key.like(f"{word} %"), Entity.key.like(f"% {word}")),
        )
    ).all()
    for eid, ekey, akey in session.execute(
        select(Entity.id, Entity.key, EntityAlias.key)
        .join(EntityAlias, EntityAlias.entity_id == Entity.id)
        .where(Entity.kind == "person", EntityAlias.key == word, Entity.key != word)
    ):
        if is_name_alias(akey, ekey):
            ids.append(eid)
    return ids


def resolve_entity(session: Session, ref: EntityRef, match: int | None = None) -> tuple[int, bool]:
    """The id of the entity `ref` names (`match`, when already known), created if new; its
    aliases recorded, its name improved (race-free). Also whether a known entity was renamed."""
    entity_id = match if match is not None else _match_existing(session, ref)
    renamed = False
    if entity_id is None:
        _insert_ignore(
            session,
            Entity.__table__,
            ["kind", "key"],
            [{"kind": ref.kind, "key": ref.key, "name": ref.name, "code": ref.code}],
        )
        entity_id = session.scalar(
            select(Entity.id).where(Entity.kind == ref.kind, Entity.key == ref.key)
        )
    current, key = session.execute(
        select(Entity.name, Entity.key).where(Entity.id == entity_id)
    ).one()
    if better_name(ref, current, key):
        session.execute(update(Entity).where(Entity.id == entity_id).values(name=ref.name))
        renamed = True
    known = set(
        session.scalars(
            select(Entity.key)
            .where(Entity.id == entity_id)
            .union_all(select(EntityAlias.key).where(EntityAlias.entity_id == entity_id))
        )
    )
    new = {}
    for alias in (ref.name, *ref.aliases):
        key = name_key(alias, ref.kind)[:MAX_NAME]
        if key and key not in known and key not in new:
            new[key] = alias
    if new:
        _insert_ignore(
            session,
            EntityAlias.__table__,
            ["entity_id", "key"],
            [{"entity_id": entity_id, "alias": a, "key": k} for k, a in new.items()],
        )
    return entity_id, renamed


#: How far apart in publication a lone name's reports and a full name's may be for the full
#: name to complete it ("Bush" in 1990 is not completed by "George W. Bush" in 2005).
COMPLETION_WINDOW = timedelta(days=2 * 365)


@dataclass(frozen=True)
class Completion:
    """A lone-name person to be given the full name a report now names him by."""

    entity_id: int
    key: str
    name: str
    old_name: str


def plan_completions(
    session: Session, refs: Iterable[EntityRef], published: date
) -> tuple[Completion, ...]:
    """The lone-name people the full names in `refs` complete (read-only).

    An article that only said "Putin" made an entity "Putin"; when "Vladimir Putin" arrives and
    that entity is the only person the word could be, and was reported within
    COMPLETION_WINDOW, the entity itself becomes "Vladimir Putin" (same id, its old name an
    alias), so the timeline does not depend on which article came first.
    """
    planned, taken = [], set()
    for ref in sorted({r for r in refs if r.kind == "person" and " " in r.key}, key=_order):
        if session.scalar(select(Entity.id).where(Entity.kind == "person", Entity.key == ref.key)):
            continue
        words = ref.key.split()
        lone = session.execute(
            select(Entity.id, Entity.name).where(
                Entity.kind == "person", Entity.key.in_({words[0], words[-1]})
            )
        ).all()
        if len(lone) != 1 or lone[0][0] in taken:
            continue
        entity_id, old_name = lone[0]
        word = name_key(old_name, "person")
        if set(_full_names_of(session, word)) - {entity_id}:
            continue  # someone else is known by that word: it was never his alone
        if not _reported_near(session, entity_id, published):
            continue
        planned.append(Completion(entity_id, ref.key, ref.name, old_name))
        taken.add(entity_id)
    return tuple(planned)


def complete(session: Session, completions: Iterable[Completion]) -> None:
    """Rename each completed entity to its full name, keeping the old name as an alias."""
    for c in completions:
        session.execute(
            update(Entity).where(Entity.id == c.entity_id).values(key=c.key, name=c.name)
        )
        _insert_ignore(
            session,
            EntityAlias.__table__,
            ["entity_id", "key"],
            [
                {
                    "entity_id": c.entity_id,
                    "alias": c.old_name,
                    "key": name_key(c.old_name, "person"),
                }
            ],
        )


def complete_lone_names(session: Session, refs: Iterable[EntityRef], published: date) -> set[int]:
    """Plan and carry out the completions `refs` bring; the ids of the entities renamed."""
    completions = plan_completions(session, refs, published)
    complete(session, completions)
    return {c.entity_id for c in completions}


def _reported_near(session: Session, entity_id: int, published: date) -> bool:
    """Whether every report naming the entity was published within COMPLETION_WINDOW."""
    first, last = session.execute(
        select(func.min(Article.anchor_date), func.max(Article.anchor_date))
        .join(Mention, Mention.article_id == Article.id)
        .join(MentionParticipant, MentionParticipant.mention_id == Mention.id)
        .where(MentionParticipant.entity_id == entity_id)
    ).one()
    if first is None:
        return True
    return published - COMPLETION_WINDOW <= first and last <= published + COMPLETION_WINDOW


def _order(ref: EntityRef) -> tuple:
    """A sort key for references, so they are planned and written in one order whatever came in."""
    return (ref.kind, ref.key, ref.name, ref.aliases)


@dataclass(frozen=True)
class EntityPlan:
    """What resolving some references will do to the known entities, found before any write."""

    completions: tuple[Completion, ...]
    matches: dict[EntityRef, int | None]  # each reference's known entity, if one answers
    renamed: frozenset[int]  # known entities whose name or key will change


def plan_entities(session: Session, refs: Iterable[EntityRef], published: date) -> EntityPlan:
    """Read-only: the completions, the known entity each reference names, and the entities
    that will be renamed (a completion, or a better name than the one shown)."""
    refs = sorted(set(refs), key=_order)
    completions = plan_completions(session, refs, published)
    renamed = {c.entity_id for c in completions}
    matches = {ref: _match_existing(session, ref) for ref in refs}
    shown = {
        eid: (name, key)
        for eid, name, key in session.execute(
            select(Entity.id, Entity.name, Entity.key).where(
                Entity.id.in_({m for m in matches.values() if m is not None} - renamed)
            )
        )
    }
    for ref, match in matches.items():
        if match in shown and better_name(ref, *shown[match]):
            renamed.add(match)
    return EntityPlan(completions, matches, frozenset(renamed))


@dataclass(frozen=True)
class Resolution:
    """The entity ids a set of references resolved to, and the known entities renamed."""
    ids: dict[EntityRef, int]
    renamed: frozenset[int]  # known entities renamed (their events' titles are stale)


def resolve_entities(
    session: Session, refs: Iterable[EntityRef], plan: EntityPlan | None = None
) -> Resolution:
    """Entity ids of `refs`, each resolved once, after the completions of `plan` (callers hold
    `entity_lock_keys` on PostgreSQL). Without a plan, no lone name is completed."""
    renamed = set()
    if plan is not None:
        complete(session, plan.completions)
        renamed |= {c.entity_id for c in plan.completions}
    completed = renamed.copy()
    ids: dict[EntityRef, int] = {}
    for ref in sorted(set(refs), key=_order):
        match = plan.matches.get(ref) if plan is not None else None
        # A match found before a completion may be the lone name just completed: look again.
        ids[ref], changed = resolve_entity(session, ref, None if match in completed else match)
        if changed:
            renamed.add(ids[ref])
    return Resolution(ids, frozenset(renamed))
