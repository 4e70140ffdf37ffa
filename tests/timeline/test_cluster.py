"""Grouping reports into events: a function of the set of reports, most certain merge first."""

from __future__ import annotations

import itertools
import random
import zlib
from datetime import date

import pytest

from services.worker.extraction.model import Location
from shared.timeline.cluster import cluster, linked
from shared.timeline.merge import EntityInfo, MentionInfo

from .conftest import event, span

PUTIN, XI, BIDEN, LAVROV, WANG, HU = range(1, 7)
ENTITIES = {
    PUTIN: EntityInfo(PUTIN, "person", "Vladimir Putin", "vladimir putin"),
    XI: EntityInfo(XI, "person", "Xi Jinping", "xi jinping"),
    BIDEN: EntityInfo(BIDEN, "person", "Joe Biden", "joe biden"),
    LAVROV: EntityInfo(LAVROV, "person", "Sergei Lavrov", "sergei lavrov"),
    WANG: EntityInfo(WANG, "person", "Wang Yi", "wang i"),
    HU: EntityInfo(HU, "person", "Hu Jintao", "hu jintao"),
}
MARCH_20 = span("2023-03-20", "2023-03-20")
MARCH_22 = span("2023-03-22", "2023-03-22")
MARCH_20_22 = span("2023-03-20/2023-03-22", "2023-03-20", "2023-03-22")
MARCH = span("2023-03", "2023-03-01", "2023-03-31", "month")
YEAR = span("2023", "2023-01-01", "2023-12-31", "year")


def report(name, when, ids, *, type_="meeting", published="2023-03-01", article=None, **kw):
    """A report labelled `name` (its content hash), from an article of its own unless told."""
    return MentionInfo(
        article_id=article if article is not None else zlib.crc32(name.encode()),
        ordinal=0,
        published=date.fromisoformat(published),
        event=event(type_, when, **kw),
        entities=frozenset(ids),
        source=name,
    )


def groups(reports) -> list[list[str]]:
    """The grouping, by report labels."""
    return sorted(sorted(m.source for m in g) for g in cluster(reports, ENTITIES))


@pytest.mark.parametrize("seed", range(5))
def test_the_grouping_is_the_same_whatever_order_the_reports_come_in(seed):
    reports = [
        report("a", MARCH_20, (PUTIN, XI)),
        report("b", MARCH_20, (XI,)),
        report("c", MARCH_20, (PUTIN, BIDEN)),
        report("d", MARCH_20, (PUTIN,)),
        report("e", MARCH, (PUTIN, XI)),
        report("f", YEAR, (PUTIN,)),
        report("g", MARCH_22, (PUTIN, XI)),
    ]
    expected = groups(reports)
    shuffled = list(reports)
    random.Random(seed).shuffle(shuffled)
    assert groups(shuffled) == expected


def test_reports_of_one_call_are_one_event_and_a_conflicting_counterpart_another():
    reports = [
        report("putin-xi", MARCH_20, (PUTIN, XI), type_="call"),
        report("xi", MARCH_20, (XI,), type_="call"),
        report("putin-biden", MARCH_20, (PUTIN, BIDEN), type_="call"),
    ]
    assert groups(reports) == [["putin-biden"], ["putin-xi", "xi"]]


def test_a_report_naming_one_side_joins_one_event_and_never_bridges_two():
    reports = [
        report("putin-biden", MARCH_20, (PUTIN, BIDEN), type_="call", published="2023-03-21"),
        report("putin-xi", MARCH_20, (PUTIN, XI), type_="call", published="2023-03-25"),
        report("putin", MARCH_20, (PUTIN,), type_="call", published="2023-03-25"),
    ]
    # Equally fitting on names, place and dates: the one published nearest it.
    assert groups(reports) == [["putin", "putin-xi"], ["putin-biden"]]


def test_a_vague_report_joins_the_event_it_fits_best_not_the_first_one():
    moscow, paris = Location("Moscow"), Location("Paris")
    reports = [
        report("moscow", MARCH_20, (XI,), type_="visit", location=moscow),
        report("paris", MARCH_22, (XI,), type_="visit", location=paris),
        report("vague", YEAR, (XI,), type_="visit", location=Location("France", "FRA")),
    ]
    assert groups(reports) == [["moscow"], ["paris", "vague"]]


def test_a_vague_report_fitting_two_events_alike_joins_the_one_reported_nearest_it():
    reports = [
        report("march", MARCH_20, (XI,), type_="visit", published="2023-03-21"),
        report("october", span("2023-10-02", "2023-10-02"), (XI,), type_="visit",
               published="2023-10-03"),
        report("vague", YEAR, (XI,), type_="visit", published="2023-09-20"),
    ]  # fmt: skip
    assert groups(reports) == [["march"], ["october", "vague"]]


def test_the_days_of_a_visit_gather_its_arrival_and_its_departure():
    reports = [
        report("arrived", MARCH_20, (XI,), type_="visit", location=Location("Moscow")),
        report("left", MARCH_22, (XI,), type_="visit", location=Location("Moscow")),
        report("visit", MARCH_20_22, (XI,), type_="visit", location=Location("Moscow")),
    ]
    for order in itertools.permutations(reports):
        assert groups(order) == [["arrived", "left", "visit"]]


def test_a_report_naming_everyone_shows_two_partial_reports_to_be_one_meeting():
    partial = [
        report("putin-lavrov", MARCH_20, (PUTIN, LAVROV)),
        report("xi-wang", MARCH_20, (XI, WANG)),
    ]
    assert groups(partial) == [["putin-lavrov"], ["xi-wang"]]
    everyone = report("all", MARCH_20, (PUTIN, XI, LAVROV, WANG))
    assert groups([*partial, everyone]) == [["all", "putin-lavrov", "xi-wang"]]


def test_one_articles_reports_are_never_one_event():
    reports = [
        report("dec-30", span("2022-12-30", "2022-12-30"), (PUTIN, XI), type_="call", article=1),
        report("december", span("2022-12", "2022-12-01", "2022-12-31", "month"), (PUTIN, XI),
               type_="call", article=1),
    ]  # fmt: skip
    assert groups(reports) == [["dec-30"], ["december"]]


def test_events_merge_only_through_reports_that_share_a_participant_on_overlapping_days():
    # "putin" fits the merged event (Putin and Xi, 31 March - 2 April) but shares Putin only
    # with the March report, whose days it does not overlap: nothing links it to that event.
    reports = [
        report("march", MARCH, (PUTIN, XI)),
        report("xi", span("2023-03-31/2023-04-02", "2023-03-31", "2023-04-02"), (XI,)),
        report("putin", span("2023-04-02", "2023-04-02"), (PUTIN,)),
    ]
    assert not linked(reports[2], reports[0]) and not linked(reports[2], reports[1])
    assert groups(reports) == [["march", "xi"], ["putin"]]


def test_reports_naming_no_one_stay_alone():
    lima = [report(n, MARCH_20, (), type_="summit", location=Location("Lima")) for n in "ab"]
    assert groups(lima) == [["a"], ["b"]]
