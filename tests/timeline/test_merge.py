"""The pure merge policy: when reports are one event, and what the merged event says."""

from __future__ import annotations

from datetime import date

import pytest

from services.worker.extraction.model import Location
from shared.timeline.merge import (
    EntityInfo,
    MentionInfo,
    compatible,
    locations_compatible,
    make_title,
    merge_fields,
    participants_compatible,
)

from .conftest import event, span

PUTIN, XI, BIDEN, LAVROV, WANG, PUTIN_LONE, CHINA, RUSSIA, SCO = range(1, 10)
ENTITIES = {
    PUTIN: EntityInfo(PUTIN, "person", "Vladimir Putin", "vladimir putin"),
    XI: EntityInfo(XI, "person", "Xi Jinping", "xi jinping"),
    BIDEN: EntityInfo(BIDEN, "person", "Joe Biden", "joe biden"),
    LAVROV: EntityInfo(LAVROV, "person", "Sergei Lavrov", "sergei lavrov"),
    WANG: EntityInfo(WANG, "person", "Wang Yi", "wang i"),
    PUTIN_LONE: EntityInfo(PUTIN_LONE, "person", "Putin", "putin"),
    CHINA: EntityInfo(CHINA, "country", "China", "CHN"),
    RUSSIA: EntityInfo(RUSSIA, "country", "Russia", "RUS"),
    SCO: EntityInfo(SCO, "organisation", "Shanghai Cooperation Organization", "shanghai"),
}

SPRING = span("2023-SP", "2023-03-01", "2023-05-31", "season")
MARCH = span("2023-03", "2023-03-01", "2023-03-31", "month")
MARCH_20_22 = span("2023-03-20/2023-03-22", "2023-03-20", "2023-03-22")
MARCH_20 = span("2023-03-20", "2023-03-20")
MARCH_21 = span("2023-03-21", "2023-03-21")
WEEK_12 = span("2023-W12", "2023-03-20", "2023-03-26", "week")
MID_MARCH = span("2023-03", "2023-03-11", "2023-03-20", "month", "MID")


def report(
    when,
    ids=(XI,),
    status="planned",
    published="2023-01-01",
    article=1,
    location=None,
    type_="visit",
):
    return MentionInfo(
        article_id=article,
        ordinal=0,
        published=date.fromisoformat(published),
        event=event(type_, when, status=status, location=location),
        entities=frozenset(ids),
    )


def merged(*reports):
    return merge_fields(list(reports), ENTITIES)


@pytest.mark.parametrize(
    ("dates", "value"),
    [
        ([SPRING, MARCH_20_22], "2023-03-20/2023-03-22"),  # a later report narrows
        ([MARCH_20_22, SPRING], "2023-03-20/2023-03-22"),  # a vaguer one never widens
        ([SPRING, MARCH, WEEK_12], "2023-W12"),  # finest precision wins
        ([MARCH, MID_MARCH], "2023-03"),  # same precision: the narrower span ("mid-March")
        ([MARCH_20_22, MARCH_20], "2023-03-20/2023-03-22"),  # a day within the visit's days
        ([MARCH_20, MARCH_21], "2023-03-21"),  # disjoint days: the latest report's
    ],
)
def test_the_date_is_the_most_precise_the_reports_support(dates, value):
    reports = [report(d, published=f"2023-0{i + 1}-01", article=i) for i, d in enumerate(dates)]
    assert merged(*reports).date_value == value
    assert merged(*reversed(reports)).date_value == value  # whatever order they came in


def test_mid_month_keeps_its_mod():
    assert merged(report(MARCH), report(MID_MARCH, article=2)).mod == "MID"


@pytest.mark.parametrize(
    ("reports", "status"),
    [
        ([("2023-01-03", "planned"), ("2023-03-22", "occurred")], "occurred"),
        ([("2023-03-22", "occurred"), ("2023-01-03", "planned")], "occurred"),  # arrival order
        ([("2023-01-03", "planned"), ("2023-02-01", "postponed")], "postponed"),
        ([("2023-02-01", "postponed"), ("2023-03-01", "planned")], "planned"),  # rescheduled
        ([("2023-03-01", "cancelled"), ("2023-03-01", "planned")], "cancelled"),  # same day
        ([("2023-03-20", "planned"), ("2023-03-20", "ongoing")], "ongoing"),
        # A plan reported after the visit's days speaks of another occasion: it stays held.
        ([("2023-03-22", "occurred"), ("2023-04-02", "planned")], "occurred"),
        ([("2023-03-22", "occurred"), ("2023-04-02", "cancelled")], "cancelled"),
    ],
)
def test_the_status_is_the_latest_reports(reports, status):
    infos = [
        report(MARCH_20_22, status=s, published=p, article=i) for i, (p, s) in enumerate(reports, 1)
    ]
    assert merged(*infos).status == status


@pytest.mark.parametrize(
    ("locations", "expected"),
    [
        (["China", "Beijing"], "Beijing"),  # a city is more specific than its country
        (["Moscow", None], "Moscow"),
        ([None, None], None),
        (["Moscow", "Kremlin", "Moscow"], "Moscow"),  # the most reported place
    ],
)
def test_the_location_is_the_most_specific_source(locations, expected):
    infos = [report(SPRING, location=loc, article=i) for i, loc in enumerate(locations, 1)]
    assert merged(*infos).location == (Location(expected) if expected else None)


def test_participants_are_the_union_and_a_lone_name_folds_into_the_full_one():
    f = merged(
        report(MARCH_20, ids=(PUTIN_LONE, XI), type_="meeting"),
        report(MARCH_20, ids=(PUTIN, XI, LAVROV), type_="meeting", article=2),
    )
    assert f.participants == (PUTIN, XI, LAVROV)
    assert f.title == "Meeting: Sergei Lavrov – Vladimir Putin – Xi Jinping"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ({PUTIN, XI}, {PUTIN, XI}, True),
        ({PUTIN, XI}, {XI}, True),  # one report names only one side
        ({PUTIN, XI}, {PUTIN, BIDEN}, False),  # a conflicting counterpart
        ({PUTIN, XI, LAVROV}, {PUTIN, XI, WANG}, True),  # the principals agree
        ({PUTIN}, {XI}, False),
        ({PUTIN_LONE, XI}, {PUTIN, XI}, True),  # "Putin" is the one Putin there
        ({PUTIN_LONE}, {BIDEN}, False),
        ({CHINA, RUSSIA}, {RUSSIA}, True),  # no one named: countries compared
        ({CHINA, RUSSIA}, {PUTIN, XI}, False),  # people are never guessed from countries
        ({SCO}, {SCO, RUSSIA}, True),
    ],
)
def test_participants_compatible(a, b, same):
    assert participants_compatible(frozenset(a), frozenset(b), ENTITIES) is same
    assert participants_compatible(frozenset(b), frozenset(a), ENTITIES) is same


MOSCOW, BEIJING = Location("Moscow"), Location("Beijing")
RUSSIA_AT = Location("Russia", "RUS")


def at(place, type_="visit", when=SPRING, ids=(XI,)):
    """A one-report event at `place`."""
    return merged(report(when, ids=ids, type_=type_, location=place))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (MOSCOW, MOSCOW, True),
        (MOSCOW, None, True),
        (MOSCOW, BEIJING, False),
        (RUSSIA_AT, Location("Russian Federation"), True),  # one country, two names
        (RUSSIA_AT, Location("China"), False),
        (MOSCOW, RUSSIA_AT, True),  # a city and the country it lies in
        (Location("Cannes"), Location("Malaysia", "MYS"), False),  # the gazetteer knows Cannes
        (Location("Kuala Lumpur"), Location("Cannes"), False),
        (Location("Raghadan Palace"), Location("Jordan", "JOR"), True),  # unknown: let through
    ],
)
def test_locations_compatible(a, b, same):
    assert locations_compatible(at(a), at(b)) is same
    assert locations_compatible(at(b), at(a)) is same


@pytest.mark.parametrize(
    ("type_", "when", "here", "there", "same"),
    [
        ("meeting", MARCH_20, "Kremlin", "Moscow", True),  # one day, one meeting
        ("summit", MARCH_20, "Nusa Dua", "Bali", True),
        ("meeting", MARCH, "Kremlin", "Beijing", False),  # a month: two meetings may be
        ("visit", MARCH_20, "Kyiv", "Warsaw", False),  # a visit is where it goes
        ("meeting", MARCH_20, RUSSIA_AT, Location("China", "CHN"), False),  # two countries
        ("meeting", MARCH_20, "Cannes", "Kuala Lumpur", False),  # two countries, by the gazetteer
        ("meeting", MARCH_20, "Raghadan Palace", "Amman", True),  # one day, an unknown palace
    ],
)
def test_places_named_differently(type_, when, here, there, same):
    a, b = at(here, type_, when, (PUTIN, XI)), at(there, type_, when, (PUTIN, XI))
    assert compatible(a, b, ENTITIES) is same
    assert compatible(b, a, ENTITIES) is same


def test_compatible_needs_type_overlapping_dates_participants_and_place():
    target = merged(report(SPRING, location="Moscow"))
    assert compatible(merged(report(MARCH_20_22, location="Moscow")), target, ENTITIES)
    assert not compatible(merged(report(span("2023-06-01", "2023-06-01"))), target, ENTITIES)
    assert not compatible(merged(report(MARCH_20_22, type_="meeting")), target, ENTITIES)
    assert not compatible(merged(report(MARCH_20_22, ids=(PUTIN,))), target, ENTITIES)
    assert not compatible(merged(report(MARCH_20_22, location="Paris")), target, ENTITIES)


def test_events_naming_no_one_are_never_one():
    lima = merged(report(MARCH_20, ids=(), type_="summit", location="Lima"))
    assert not compatible(lima, lima, ENTITIES)


@pytest.mark.parametrize(
    ("type_", "ids", "location", "title"),
    [
        ("call", (XI, PUTIN), None, "Call: Vladimir Putin – Xi Jinping"),
        ("visit", (XI,), MOSCOW, "Visit: Xi Jinping to Moscow"),
        ("summit", (SCO,), Location("Samarkand"), "Summit: Shanghai Cooperation Organization"),
        ("meeting", (RUSSIA, CHINA), None, "Meeting: China – Russia"),
        ("summit", (), Location("Lima"), "Summit in Lima"),
    ],
)
def test_titles(type_, ids, location, title):
    assert make_title(type_, [ENTITIES[i] for i in ids], location) == title


def test_an_event_remembers_its_country_when_its_place_is_a_city():
    olmert = (PUTIN,)
    trip = merged(
        report(MARCH_20, ids=olmert, location="Berlin"),
        report(MARCH_20, ids=olmert, location=Location("Germany", "DEU"), article=2),
    )
    assert trip.location == Location("Berlin") and trip.country == "DEU"
    elsewhere = report(MARCH_20, ids=olmert, location=Location("Jordan", "JOR"), article=3)
    assert not compatible(merged(elsewhere), trip, ENTITIES)
    same_country = report(MARCH_20, ids=olmert, location=Location("Germany", "DEU"), article=4)
    assert compatible(merged(same_country), trip, ENTITIES)


def test_a_citys_country_comes_from_the_gazetteer():
    assert merged(report(MARCH_20, location="Cannes")).country == "FRA"
    assert merged(report(MARCH_20, location="Raghadan Palace")).country is None


EU, USA = 10, 11
BODIES = {
    **ENTITIES,
    EU: EntityInfo(EU, "organisation", "European Union", "european union"),
    USA: EntityInfo(USA, "country", "United States", "USA"),
}


@pytest.mark.parametrize(
    ("here", "there", "same"),
    [
        (None, None, False),  # "the EU" is in too many gatherings to tell
        ("Brussels", None, False),
        ("Brussels", "Brussels", True),  # the place confirms it
        ("Brussels", "Beijing", False),
    ],
)
def test_one_body_against_several_needs_the_place_to_agree(here, there, same):
    summit = merge_fields([report(MARCH_20, ids=(EU, USA), type_="summit", location=there)], BODIES)
    eu = merge_fields([report(MARCH_20, ids=(EU,), type_="summit", location=here)], BODIES)
    assert compatible(eu, summit, BODIES) is same
    assert compatible(summit, eu, BODIES) is same


def test_the_same_bodies_need_no_place():
    summit = merge_fields([report(MARCH_20, ids=(EU,), type_="summit")], BODIES)
    brussels = merge_fields([report(MARCH, ids=(EU,), type_="summit", location="Brussels")], BODIES)
    assert compatible(brussels, summit, BODIES)
