"""The timeline is a function of the set of reports: the order articles come in, and whether
they were reprocessed, change nothing a client sees (ids, UIDs and SEQUENCE aside)."""

from __future__ import annotations

import pytest

from .corpus import (
    all_stories,
    canonical,
    older_reading,
    shuffled,
    store_articles,
    wipe_timeline,
)

SEEDS = (0, 1, 2, 3)


def build(apply, ids, stories, order, version="final") -> None:
    """Apply each article's events, one transaction each, in `order` (labels)."""
    events = {label: evs for label, _, evs in stories}
    for label in order:
        apply(ids[label], events[label], version=version)


@pytest.fixture
def world(database, shared_dir):
    """The dev articles and the purpose-written stories, stored as articles."""
    stories = all_stories(shared_dir)
    return stories, store_articles(database, stories)


def test_any_order_of_the_articles_gives_the_same_timeline(database, apply, world):
    stories, ids = world
    labels = [label for label, _, _ in stories]
    timelines = []
    for seed in SEEDS:
        build(apply, ids, stories, shuffled(labels, seed))
        timelines.append(canonical(database))
        wipe_timeline(database)
    for seed, timeline in zip(SEEDS[1:], timelines[1:], strict=True):
        assert timeline == timelines[0], f"order {seed} differs from order {SEEDS[0]}"
    assert len(timelines[0]) >= 40


def test_reprocessing_some_articles_gives_what_a_fresh_build_gives(database, apply, world):
    stories, ids = world
    labels = [label for label, _, _ in stories]
    build(apply, ids, stories, labels)
    fresh = canonical(database)
    wipe_timeline(database)

    again = set(labels[::3])  # read differently by an older extractor, then reprocessed
    older = [(lb, day, older_reading(evs) if lb in again else evs) for lb, day, evs in stories]
    build(apply, ids, older, shuffled(labels, 7), version="older")
    assert canonical(database) != fresh  # the older reading shows
    build(apply, ids, stories, shuffled(sorted(again), 8))
    assert canonical(database) == fresh


def find(timeline, label: str) -> list[tuple]:
    """The events holding a report of the article `label`."""
    return [e for e in timeline if any(src == f"test:{label}" for src, _ in e[-1])]


def test_the_stories_come_out_as_a_careful_reader_would_group_them(database, apply, world):
    stories, ids = world
    build(apply, ids, stories, shuffled([label for label, _, _ in stories], 3))
    timeline = canonical(database)

    [visit] = find(timeline, "visit-announced")  # the seed dev article announces it too
    assert {src for src, _ in visit[-1]} >= {
        "test:visit-announced",
        "test:visit-dated",
        "test:visit-begun",
        "test:visit-in-the-year",
    }
    # The latest report's status, the days the dated reports give, the city over the country.
    assert (visit[1], visit[2], visit[8]) == ("occurred", "2023-03-20/2023-03-22", "Moscow")

    [december] = find(timeline, "calls-in-december")
    assert ("test:call-30", 0) in december[-1]  # reported nearest the call of the 30th
    assert [len(e[-1]) for e in find(timeline, "call-15")] == [1]
    assert [e[7] for e in find(timeline, "call-biden")] == ["Call: Joe Biden – Vladimir Putin"]

    [meeting] = find(timeline, "putin-alone")
    assert meeting[7] == "Meeting: Joe Biden – Vladimir Putin" and len(meeting[-1]) == 2

    [summit] = find(timeline, "apec-short")  # a dev article reports the Hanoi summit too
    assert summit[7] == "Summit: Asia-Pacific Economic Cooperation"
    assert ("test:apec-full", 0) in summit[-1]

    [cannes] = find(timeline, "wen-cannes")
    assert len(cannes[-1]) == 1  # France is not Malaysia
    [kuala_lumpur] = find(timeline, "wen-kuala-lumpur")
    assert {src for src, _ in kuala_lumpur[-1]} == {"test:wen-malaysia", "test:wen-kuala-lumpur"}

    [talks] = find(timeline, "talks-all")
    assert len(talks[-1]) == 3
