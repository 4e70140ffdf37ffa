"""The event stage's word lists (data/*.yaml), validated and indexed once per process.

Country names and codes come from pycountry; `countries.yaml` only adds the short names,
display names and demonyms newswire uses. Everything is looked up by lower-cased token
tuples (`tokenize.key`), except all-capital abbreviations ("US", "SCO"), which must be
written in capitals to count ("us" is a pronoun).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry
import yaml

from .tokenize import key, words

DATA = Path(__file__).resolve().parent / "data"


class LexiconError(ValueError):
    """A data file of the event stage is malformed."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """What a word-list phrase stands for: its category and canonical value."""

    category: str  # country | demonym | organisation | role | person
    value: str  # alpha-3 code, organisation name, role class or person name
    exact_case: tuple[str, ...] | None = None  # the written form that must match, if any


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the event stage, indexed for the name finder."""

    phrases: dict[tuple[str, ...], tuple[Phrase, ...]]
    longest_phrase: int
    country_names: dict[str, str]  # alpha-3 -> name to show
    organisations: dict[str, tuple[str, ...]]  # name -> aliases
    # bodies a participant list names in full even where the article only abbreviates them
    spelled_out: frozenset[str]
    gatherings_of: dict[str, str]  # region word ("gulf") -> the body its leaders meet in
    #: talks named by their number: (size, words of their matter, member alpha-3 codes)
    talks_of: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]
    role_modifiers: frozenset[str]
    institutions: frozenset[str]
    # generic words before a body's head noun ("High Level Group", "Working Group"): a name
    # of these words only is completed by the words after it
    body_modifiers: frozenset[str]
    place_words: frozenset[str]
    site_words: frozenset[str]  # place words of a site inside a town ("hotel"), a subset
    #: words before "Center" that name a building, not a body ("Convention Center")
    venue_modifiers: frozenset[str]
    regions: frozenset[str]
    unique_titles: frozenset[str]
    generic_titles: dict[str, frozenset[str]]  # "monarch" -> the titles it stands for
    weak_roles: frozenset[str]
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    not_names: frozenset[str]
    news_agencies: frozenset[str]  # words of a news agency's name (never a participant)
    person_groups: frozenset[str]
    # group noun -> the role classes of the people it stands for (empty: anyone)
    group_roles: dict[str, frozenset[str]]
    abbreviations: frozenset[str]
    finite_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    people: dict[tuple[str, ...], str]  # full name key -> alpha-3 of the person's country
    people_names: dict[tuple[str, ...], str]  # full name key -> the name as the list writes it
    first_words: dict[str, int]  # first word of a phrase -> length of the longest such phrase
    surnames: frozenset[str]  # last words of those names ("bush", "putin")

    def lookup(self, tokens: list[str], i: int) -> tuple[int, tuple[Phrase, ...]] | None:
        """The longest phrase starting at `tokens[i]`: (length, its readings), or None."""
        longest = self.first_words.get(tokens[i].lower())
        if longest is None:
            return None
        for n in range(min(longest, len(tokens) - i), 0, -1):
            written = tuple(tokens[i : i + n])
            readings = self.phrases.get(tuple(t.lower() for t in written))
            if not readings:
                continue
            readings = tuple(r for r in readings if r.exact_case is None or r.exact_case == written)
            if readings:
                return n, readings
        return None

    def values_of(self, word: str, category: str) -> list[str]:
        """The values the lists give the one word `word` as a `category`, in their order
        ("Pakistani" as a demonym: ["PAK"]; "UN" as an organisation: ["United Nations"])."""
        found = self.lookup([word], 0)
        return [r.value for r in found[1] if r.category == category] if found else []


def _load(name: str) -> dict:
    path = DATA / name
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping at the top")
    return data


def _expect_keys(data: dict, allowed: set[str], where: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")


def _strings(value, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return value


def _country(code: str, where: str, unlisted: frozenset[str] = frozenset()) -> None:
    if code in unlisted:
        return
    if pycountry.countries.get(alpha_3=code) is None:
        raise LexiconError(f"{where}: {code!r} is not an ISO 3166-1 alpha-3 code")


def _unlisted(countries: dict) -> dict[str, list[str]]:
    """Parties ISO 3166-1 does not list ("Kosovo"), under codes of its user-assigned range
    (XAA-XZZ) that no listed country uses."""
    out: dict[str, list[str]] = {}
    for code, names in (countries.get("unlisted") or {}).items():
        where = f"countries.yaml: unlisted.{code}"
        if not (
            isinstance(code, str) and len(code) == 3 and code.startswith("X") and code.isupper()
        ):
            raise LexiconError(f"{where}: codes of unlisted parties are user-assigned (XAA-XZZ)")
        if pycountry.countries.get(alpha_3=code) is not None:
            raise LexiconError(f"{where}: {code!r} is a listed country's code")
        out[code] = _strings(names, where)
    return out


class _Index:
    """Collects phrases into the lookup table, keeping exact case for abbreviations."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], list[Phrase]] = {}

    def add(self, phrase: str, category: str, value: str) -> None:
        written = words(phrase)
        if not written:
            return
        exact = (
            written
            if all(w.isupper() or not w.isalpha() for w in written)
            and any(w.isalpha() and len(w) <= 4 for w in written)
            else None
        )
        entry = Phrase(category, value, exact)
        keys = [key(phrase)]
        # the name finder looks words up without a possessive ending: "Democratic People's
        # Republic of Korea" is found as "Democratic People Republic of Korea" too
        *inner, last = keys[0]
        bare = (*(re.sub(r"['’]s$", "", w) for w in inner), last)
        if bare != keys[0]:
            keys.append(bare)
        for k in keys:
            bucket = self.table.setdefault(k, [])
            if entry not in bucket:
                bucket.append(entry)


#: British and American spellings a body's name is written in alike ("Organisation for
#: Security and Cooperation in Europe" is the "Organization for Security and Co-operation")
_SPELLINGS = (
    (r"\b([Oo]rgani)[sz](ation)", r"\1s\2", r"\1z\2"),
    (r"\b([Cc]o)-?(operation)", r"\1\2", r"\1-\2"),
)


def _spellings(phrase: str) -> set[str]:
    """`phrase` in each mix of the spellings of `_SPELLINGS`."""
    forms = {phrase}
    for pattern, *writes in _SPELLINGS:
        forms |= {re.sub(pattern, w, f) for f in forms for w in writes}
    return forms


@cache
def lexicon() -> Lexicon:
    """The validated word lists (loaded on first use, then shared)."""
    index = _Index()

    words_file = _load("lexicon.yaml")
    _expect_keys(
        words_file,
        {
            "roles",
            "role_modifiers",
            "institutions",
            "body_modifiers",
            "place_words",
            "site_words",
            "venue_modifiers",
            "regions",
            "unique_titles",
            "generic_titles",
            "weak_roles",
            "name_particles",
            "name_suffixes",
            "not_names",
            "news_agencies",
            "person_groups",
            "abbreviations",
            "finite_verbs",
            "occurrence_verbs",
        },
        "lexicon.yaml",
    )
    roles = words_file["roles"]
    if not isinstance(roles, dict):
        raise LexiconError("lexicon.yaml: roles must map a class to its words")
    # a hyphenated modifier makes one word with the office after it ("vice-chairman",
    # "co-president"): the word is an office of the same class
    prefixes = [
        m.lower() for m in _strings(words_file["role_modifiers"], "lexicon.yaml") if m.endswith("-")
    ]
    for role_class, phrases in roles.items():
        for phrase in _strings(phrases, f"lexicon.yaml: roles.{role_class}"):
            index.add(phrase, "role", role_class)
            if re.fullmatch(r"[a-z]+", phrase):
                for prefix in prefixes:
                    index.add(prefix + phrase, "role", role_class)

    countries = _load("countries.yaml")
    _expect_keys(countries, {"display", "aliases", "demonyms", "unlisted"}, "countries.yaml")
    unlisted = _unlisted(countries)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        shown = getattr(country, "common_name", None) or country.name
        names[country.alpha_3] = shown
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                index.add(value, "country", country.alpha_3)
    for code, aliases in unlisted.items():
        names[code] = aliases[0]
        for alias in aliases:
            index.add(alias, "country", code)
    known = frozenset(unlisted)
    for code, shown in (countries.get("display") or {}).items():
        _country(code, "countries.yaml: display", known)
        names[code] = shown
    for code, aliases in (countries.get("aliases") or {}).items():
        _country(code, "countries.yaml: aliases", known)
        for alias in _strings(aliases, f"countries.yaml: aliases.{code}"):
            index.add(alias, "country", code)
    for code, demonyms in (countries.get("demonyms") or {}).items():
        _country(code, "countries.yaml: demonyms", known)
        for demonym in _strings(demonyms, f"countries.yaml: demonyms.{code}"):
            index.add(demonym, "demonym", code)

    orgs_file = _load("organisations.yaml")
    _expect_keys(orgs_file, {"organisations", "gatherings_of", "talks_of"}, "organisations.yaml")
    organisations: dict[str, tuple[str, ...]] = {}
    spelled_out: set[str] = set()
    for n, entry in enumerate(orgs_file["organisations"]):
        where = f"organisations.yaml: entry {n}"
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: expected a mapping")
        _expect_keys(entry, {"name", "aliases", "spelled_out"}, where)
        name = entry.get("name")
        if not isinstance(name, str) or not name:
            raise LexiconError(f"{where}: needs a name")
        if name in organisations:
            raise LexiconError(f"{where}: {name!r} listed twice")
        aliases = tuple(_strings(entry.get("aliases") or [], where)) if entry.get("aliases") else ()
        organisations[name] = aliases
        if entry.get("spelled_out") is True:
            spelled_out.add(name)
        for phrase in (name, *aliases):
            for form in _spellings(phrase):
                index.add(form, "organisation", name)

    gatherings: dict[str, str] = {}
    for word, body in (orgs_file.get("gatherings_of") or {}).items():
        where = f"organisations.yaml: gatherings_of.{word}"
        if not isinstance(word, str) or not isinstance(body, str):
            raise LexiconError(f"{where}: expected a region word and a body's name")
        if body not in organisations:
            raise LexiconError(f"{where}: {body!r} is not a listed organisation")
        gatherings[word.lower()] = body

    talks: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = []
    for n, entry in enumerate(orgs_file.get("talks_of") or []):
        where = f"organisations.yaml: talks_of entry {n}"
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: expected a mapping")
        _expect_keys(entry, {"size", "about", "members"}, where)
        size = entry.get("size")
        if not isinstance(size, int) or size < 2:
            raise LexiconError(f"{where}: size must be a number of at least 2")
        members = tuple(_strings(entry.get("members") or [], where))
        for code in members:
            _country(code, where, known)
        if len(members) != size:
            raise LexiconError(f"{where}: {size} members expected, {len(members)} listed")
        talks.append((size, tuple(_strings(entry.get("about") or [], where)), members))

    people_file = _load("people.yaml")
    _expect_keys(people_file, {"people"}, "people.yaml")
    people: dict[tuple[str, ...], str] = {}
    people_names: dict[tuple[str, ...], str] = {}
    for code, persons in (people_file.get("people") or {}).items():
        _country(code, "people.yaml")
        for person in _strings(persons, f"people.yaml: {code}"):
            if key(person) in people:
                raise LexiconError(f"people.yaml: {person!r} listed twice")
            people[key(person)] = code
            people_names[key(person)] = person

    def word_set(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _strings(words_file[name], f"lexicon.yaml: {name}"))

    groups = words_file["person_groups"]
    if not isinstance(groups, dict):
        raise LexiconError("lexicon.yaml: person_groups must map a noun to role classes")
    group_roles = {
        noun.lower(): frozenset(_strings(classes or [], f"lexicon.yaml: person_groups.{noun}"))
        for noun, classes in groups.items()
    }
    unknown = set().union(*group_roles.values()) - set(roles)
    if unknown:
        raise LexiconError(
            f"lexicon.yaml: person_groups name unknown role classes: {sorted(unknown)}"
        )
    generic = words_file["generic_titles"]
    if not isinstance(generic, dict):
        raise LexiconError("lexicon.yaml: generic_titles must map a word to titles")
    generic_titles = {
        word.lower(): frozenset(
            t.lower() for t in _strings(titles or [], f"lexicon.yaml: generic_titles.{word}")
        )
        for word, titles in generic.items()
    }
    stray = word_set("site_words") - word_set("place_words")
    if stray:
        raise LexiconError(f"lexicon.yaml: site_words not in place_words: {sorted(stray)}")
    table = {k: tuple(v) for k, v in index.table.items()}
    first_words: dict[str, int] = {}
    for k in table:
        first_words[k[0]] = max(first_words.get(k[0], 0), len(k))
    return Lexicon(
        phrases=table,
        longest_phrase=max(len(k) for k in table),
        country_names=names,
        organisations=organisations,
        spelled_out=frozenset(spelled_out),
        gatherings_of=gatherings,
        talks_of=tuple(talks),
        role_modifiers=word_set("role_modifiers"),
        institutions=word_set("institutions"),
        body_modifiers=word_set("body_modifiers"),
        place_words=word_set("place_words"),
        site_words=word_set("site_words"),
        venue_modifiers=word_set("venue_modifiers"),
        regions=word_set("regions"),
        unique_titles=word_set("unique_titles"),
        generic_titles=generic_titles,
        weak_roles=word_set("weak_roles"),
        name_particles=word_set("name_particles"),
        name_suffixes=word_set("name_suffixes"),
        not_names=word_set("not_names"),
        news_agencies=word_set("news_agencies"),
        person_groups=frozenset(group_roles),
        group_roles=group_roles,
        abbreviations=word_set("abbreviations"),
        finite_verbs=word_set("finite_verbs"),
        occurrence_verbs=word_set("occurrence_verbs"),
        people=people,
        people_names=people_names,
        first_words=first_words,
        surnames=frozenset(k[-1] for k in people if len(k) > 1 and len(k[-1]) > 2),
    )
