"""Multi-article stories through apply_extraction, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from services.worker.extraction.model import Location, Participant
from shared.models import Base, Entity, Event, Mention

from .conftest import BIDEN, PUTIN, XI, event, span

T0 = datetime(2023, 1, 3, 12, 0, tzinfo=UTC)


def dump(database) -> dict[str, list[tuple]]:
    """Every row of every table, for comparing whole store states."""
    with database.session() as s:
        return {
            t.name: sorted(tuple(map(repr, row)) for row in s.execute(select(t)).all())
            for t in Base.metadata.sorted_tables
        }


def events(database) -> list[Event]:
    with database.session() as s:
        rows = s.scalars(select(Event).order_by(Event.id)).all()
        for r in rows:
            _ = r.participants, r.mentions, r.revisions  # load before the session closes
        return rows


SPRING = span("2023-SP", "2023-03-01", "2023-05-31", "season")
MARCH_20_22 = span("2023-03-20/2023-03-22", "2023-03-20", "2023-03-22")


def test_a_planned_visit_dated_then_held_is_one_event_with_its_history(
    database, add_article, apply
):
    announced = add_article("2023-01-03")
    dated = add_article("2023-02-20")
    held = add_article("2023-03-22")
    apply(announced, [event("visit", SPRING, XI, status="planned", location="Moscow")], now=T0)
    [first] = events(database)
    assert (first.sequence, first.status, first.date_value) == (0, "planned", "2023-SP")

    apply(
        dated,
        [event("visit", MARCH_20_22, XI, status="planned", location="Moscow")],
        now=T0 + timedelta(days=1),
    )
    this_week = span("2023-W12", "2023-03-20", "2023-03-26", "week")  # vaguer: must not widen
    apply(
        held,
        [event("visit", this_week, XI, status="occurred", location="Moscow")],
        now=T0 + timedelta(days=2),
    )

    [final] = events(database)
    assert final.id == first.id and final.uid == first.uid
    assert final.status == "occurred"
    assert (final.date_value, str(final.date_start), str(final.date_end)) == (
        "2023-03-20/2023-03-22",
        "2023-03-20",
        "2023-03-22",
    )
    assert final.title == "Visit: Xi Jinping to Moscow"
    assert final.sequence == 2
    assert final.updated_at.replace(tzinfo=UTC) == T0 + timedelta(days=2)
    assert [
        (r.sequence, r.article_id, r.snapshot["status"], r.snapshot["date"]["value"])
        for r in final.revisions
    ] == [
        (0, announced, "planned", "2023-SP"),
        (1, dated, "planned", "2023-03-20/2023-03-22"),
        (2, held, "occurred", "2023-03-20/2023-03-22"),
    ]
    assert sorted(m.article_id for m in final.mentions) == [announced, dated, held]


DEC_30 = span("2022-12-30", "2022-12-30")


def test_the_same_call_reported_by_several_articles_is_one_event_with_every_source(
    database, add_article, apply
):
    articles = [add_article("2022-12-30"), add_article("2022-12-31"), add_article("2023-01-03")]
    apply(articles[0], [event("call", DEC_30, PUTIN, XI, evidence="Putin and Xi spoke by video")])
    apply(articles[1], [event("call", DEC_30, XI, evidence="Xi held a video call")])
    last_week = span("2022-W52", "2022-12-26", "2023-01-01", "week")
    apply(articles[2], [event("call", last_week, PUTIN, XI, evidence="Their call last week")])

    [call] = events(database)
    assert sorted(m.article_id for m in call.mentions) == articles
    assert [m.evidence for m in call.mentions] == [
        "Putin and Xi spoke by video",
        "Xi held a video call",
        "Their call last week",
    ]
    assert call.date_value == "2022-12-30"
    assert call.title == "Call: Vladimir Putin – Xi Jinping"
    assert sorted(p.name for p in call.participants) == ["Vladimir Putin", "Xi Jinping"]
    assert call.sequence == 0  # more sources, nothing visible changed


def test_reapplying_an_article_leaves_the_store_exactly_as_once(database, add_article, apply):
    first, second = add_article("2023-01-03"), add_article("2023-02-20")
    story = [
        event("call", DEC_30, PUTIN, XI),
        event("visit", SPRING, XI, status="planned", location="Moscow"),
    ]
    apply(first, story, now=T0)
    apply(
        second,
        [event("visit", MARCH_20_22, XI, status="planned", location="Moscow")],
        now=T0 + timedelta(hours=1),
    )
    before = dump(database)
    touched = apply(first, story, now=T0 + timedelta(hours=2))
    apply(
        second,
        [event("visit", MARCH_20_22, XI, status="planned", location="Moscow")],
        now=T0 + timedelta(hours=3),
    )
    assert dump(database) == before
    assert len(touched) == 2


def test_an_article_that_no_longer_reports_an_event_leaves_it(database, add_article, apply):
    announced, dated = add_article("2023-01-03"), add_article("2023-02-20")
    apply(
        announced,
        [
            event("visit", SPRING, XI, status="planned", location="Moscow"),
            event("call", DEC_30, PUTIN, XI),
        ],
        now=T0,
    )
    apply(
        dated,
        [event("visit", MARCH_20_22, XI, status="planned", location="Moscow")],
        now=T0 + timedelta(days=1),
    )
    visit_id = events(database)[0].id

    # A new extractor no longer finds the call in the first article, nor the visit in the second.
    apply(
        announced,
        [event("visit", SPRING, XI, status="planned", location="Moscow")],
        version="test+2",
        now=T0 + timedelta(days=2),
    )
    apply(dated, [], version="test+2", now=T0 + timedelta(days=3))

    [visit] = events(database)
    assert visit.id == visit_id
    assert [m.article_id for m in visit.mentions] == [announced]
    assert visit.date_value == "2023-SP"  # only the vaguer source is left
    assert [r.sequence for r in visit.revisions] == [0, 1, 2]
    assert visit.revisions[-1].article_id == dated
    with database.session() as s:
        assert s.scalars(select(Mention.article_id)).all() == [announced]


def test_calls_between_the_same_people_on_different_days_stay_apart(database, add_article, apply):
    a, b = add_article("2022-12-16"), add_article("2023-01-03")
    apply(a, [event("call", span("2022-12-15", "2022-12-15"), PUTIN, XI)])
    apply(
        b,
        [
            event("call", DEC_30, PUTIN, XI),
            event("call", span("2022-12-15", "2022-12-15"), PUTIN, XI),
        ],
    )
    calls = events(database)
    assert [(c.date_value, len(c.mentions)) for c in calls] == [
        ("2022-12-15", 2),
        ("2022-12-30", 1),
    ]


def test_calls_with_different_counterparts_on_one_day_stay_apart(database, add_article, apply):
    a = add_article("2022-12-31")
    b = add_article("2023-01-01")
    apply(a, [event("call", DEC_30, PUTIN, XI)])
    apply(b, [event("call", DEC_30, PUTIN, BIDEN)])
    assert [c.title for c in events(database)] == [
        "Call: Vladimir Putin – Xi Jinping",
        "Call: Joe Biden – Vladimir Putin",
    ]


def test_one_article_reporting_two_events_never_folds_them_into_one(database, add_article, apply):
    a = add_article("2023-01-03")
    december = span("2022-12", "2022-12-01", "2022-12-31", "month")
    apply(a, [event("call", DEC_30, PUTIN, XI), event("call", december, PUTIN, XI)])
    assert len(events(database)) == 2


def test_entities_are_shared_across_articles(database, add_article, apply):
    a, b = add_article("2022-12-31"), add_article("2023-01-01")
    apply(a, [event("call", DEC_30, PUTIN, XI)])
    apply(
        b,
        [
            event(
                "meeting",
                span("2022-12-21", "2022-12-21"),
                Participant("Xi", "person"),
                Participant("Dmitry Medvedev", "person"),
                location="Beijing",
            )
        ],
    )
    with database.session() as s:
        people = s.scalars(select(Entity.name).order_by(Entity.name)).all()
    assert people == ["Dmitry Medvedev", "Vladimir Putin", "Xi Jinping"]


def test_reprocessing_that_reorders_an_articles_events_changes_nothing_visible(
    database, add_article, apply
):
    a, b = add_article("2023-01-03"), add_article("2023-01-04")
    call = event("call", DEC_30, PUTIN, XI)
    visit = event("visit", SPRING, XI, status="planned", location="Moscow")
    apply(a, [call, visit], now=T0)
    apply(b, [call], now=T0)
    before = {e.id: (e.uid, e.sequence, e.updated_at) for e in events(database)}
    apply(a, [visit, call], version="test+2", now=T0 + timedelta(days=1))
    assert {e.id: (e.uid, e.sequence, e.updated_at) for e in events(database)} == before


def test_reports_naming_no_one_keep_their_event_but_join_no_other(database, add_article, apply):
    a, b = add_article("2023-01-03"), add_article("2023-01-04")
    lima = event("summit", DEC_30, location="Lima")
    apply(a, [lima])
    [first] = events(database)
    apply(a, [lima, event("call", DEC_30, PUTIN, XI)], version="test+2")
    apply(b, [lima])
    summits = [e for e in events(database) if e.type == "summit"]
    assert [e.id for e in summits][0] == first.id and len(summits) == 2


RUSSIA = Location("Russia", "RUS")  # a country, as the extraction core gives it


def visit_story(visitor: Participant) -> list[tuple[str, object]]:
    """Four reports of one visit: announced, dated, postponed, held (vaguely dated)."""
    held = span("2023-W12", "2023-03-20", "2023-03-26", "week")
    return [
        ("2023-01-03", event("visit", SPRING, visitor, status="planned", location="Moscow")),
        ("2023-02-20", event("visit", MARCH_20_22, visitor, status="planned", location="Moscow")),
        ("2023-03-01", event("visit", MARCH_20_22, visitor, status="postponed", location=RUSSIA)),
        ("2023-03-22", event("visit", held, visitor, status="occurred")),
    ]


def test_the_merged_event_does_not_depend_on_the_order_articles_arrive_in(
    database, add_article, apply
):
    orders = list(itertools.permutations(range(4)))
    for n, order in enumerate(orders):  # one visitor per order, so the stories never meet
        story = visit_story(Participant(f"Visitor Number{n}", "person"))
        articles = [add_article(day, f"Story {n}, report {i}.") for i, (day, _) in enumerate(story)]
        for i in order:
            apply(articles[i], [story[i][1]])
    visits = events(database)
    assert len(visits) == len(orders)
    for n, visit in enumerate(visits):
        assert (visit.status, visit.date_value, visit.location, visit.title) == (
            "occurred",
            "2023-03-20/2023-03-22",
            "Moscow",
            f"Visit: Visitor Number{n} to Moscow",
        )
        assert len(visit.mentions) == 4


def two_versions(suffix: str) -> dict[str, tuple[str, list, list]]:
    """Five articles as an older (v1) and a newer (v2) extractor read them; names carry
    `suffix` so that several worlds can share one store without meeting."""
    xi = Participant(f"Xi Jinping{suffix}", "person", (f"Xi{suffix}",))
    putin = Participant(f"Vladimir Putin{suffix}", "person")
    biden = Participant(f"Joe Biden{suffix}", "person")
    medvedev = Participant(f"Dmitry Medvedev{suffix}", "person")
    planned = event("visit", SPRING, xi, status="planned", location="Moscow")
    call = event("call", DEC_30, putin, xi)
    w51 = span("2022-W51", "2022-12-19", "2022-12-25", "week")
    return {
        "A": ("2023-01-03", [planned, call], [planned, call, event("meeting", w51, medvedev, xi)]),
        "B": (
            "2023-02-20",
            [event("visit", span("2023-02", "2023-02-01", "2023-02-28", "month"), xi)],
            [event("visit", MARCH_20_22, xi, status="planned", location="Moscow")],
        ),
        "C": (
            "2023-03-22",
            [event("visit", MARCH_20_22, xi, location="Moscow"), call],
            [event("visit", MARCH_20_22, xi, location="Moscow")],
        ),
        "D": ("2022-12-31", [event("call", DEC_30, putin, biden)], [call]),
        "E": (
            "2023-01-05",
            [event("call", span("2022-12-15", "2022-12-15"), putin, xi)],
            [event("call", span("2022-12", "2022-12-01", "2022-12-31", "month"), putin, xi)],
        ),
    }


def summary(database, labels: dict[int, str], suffix: str) -> list[tuple]:
    """The timeline of one world, as a reader sees it, without ids."""
    return sorted(
        (
            e.type,
            e.status,
            e.date_value,
            e.location,
            e.title.replace(suffix, ""),
            sorted(labels[m.article_id] for m in e.mentions),
        )
        for e in events(database)
        if suffix in e.title
    )


@pytest.mark.parametrize("order", ["ABCDE", "EDCBA", "CAEBD"])
def test_reprocessing_every_article_converges_to_what_the_new_extractor_finds(
    database, add_article, apply, order
):
    fresh, old = " (fresh)", " (reprocessed)"
    labels, article = {}, {}
    for suffix in (fresh, old):
        for label, (day, _, _) in two_versions(suffix).items():
            article[label, suffix] = add_article(day, f"{label}{suffix}")
            labels[article[label, suffix]] = label
    for label, (_, _, v2) in two_versions(fresh).items():
        apply(article[label, fresh], v2, version="v2")
    for label, (_, v1, _) in two_versions(old).items():
        apply(article[label, old], v1, version="v1")
    stories = two_versions(old)
    for label in order:
        apply(article[label, old], stories[label][2], version="v2")

    assert summary(database, labels, old) == summary(database, labels, fresh)
    assert len(summary(database, labels, fresh)) == 3  # the visit, the call, the meeting


def test_overlong_names_are_kept_in_part_and_applying_again_changes_nothing(
    database, add_article, apply
):
    a = add_article("2023-01-03")
    rambling = Participant("Xi " + "Jinping " * 80, "person", ("x" * 400,))
    story = [event("visit", SPRING, rambling, status="planned", location="Moscow " * 80)]
    apply(a, story)
    before = dump(database)
    apply(a, story)
    assert dump(database) == before
    [visit] = events(database)
    assert len(visit.location) == 300


def test_an_event_of_an_unknown_type_is_refused_and_stores_nothing(database, add_article, apply):
    a = add_article("2023-01-03")
    bad = replace(event("call", DEC_30, PUTIN, XI), type="party")
    with pytest.raises(ValueError, match="party"):
        apply(a, [event("call", DEC_30, PUTIN, XI), bad])
    assert events(database) == []


def test_a_lone_name_is_completed_when_a_later_report_names_him_in_full(
    database, add_article, apply
):
    seed, later = add_article("2023-01-03"), add_article("2023-01-10")
    lone_putin = Participant("Putin", "person", ("President Putin",))
    apply(seed, [event("call", DEC_30, lone_putin, XI)], now=T0)
    [before] = events(database)
    assert before.title == "Call: Putin – Xi Jinping"

    apply(
        later,
        [event("meeting", span("2023-01-09", "2023-01-09"), PUTIN, BIDEN)],
        now=T0 + timedelta(days=7),
    )
    call, meeting = events(database)
    assert (call.id, call.uid) == (before.id, before.uid)
    assert call.title == "Call: Vladimir Putin – Xi Jinping" and call.sequence == 1
    assert call.revisions[-1].article_id == later
    assert {p.name for p in meeting.participants} == {"Vladimir Putin", "Joe Biden"}
    with database.session() as s:
        assert (
            s.scalars(select(Entity.name).where(Entity.kind == "person"))
            .all()
            .count("Vladimir Putin")
            == 1
        )


def test_a_lone_name_long_reported_is_not_completed_by_a_namesake(database, add_article, apply):
    old, new = add_article("1990-08-15"), add_article("2005-11-03")
    apply(
        old,
        [
            event(
                "meeting",
                span("1990-08-16", "1990-08-16"),
                Participant("Bush", "person"),
                Participant("King Hussein", "person"),
            )
        ],
    )
    apply(
        new,
        [
            event(
                "visit",
                span("2005-11-03", "2005-11-03"),
                Participant("George W. Bush", "person"),
                location="Argentina",
            )
        ],
    )
    meeting, visit = events(database)
    assert meeting.title == "Meeting: Bush – Hussein"
    assert visit.title == "Visit: George W. Bush to Argentina"


LAVROV = Participant("Sergei Lavrov", "person")
WANG = Participant("Wang Yi", "person")
JAN_31 = span("2023-01-31", "2023-01-31")


def test_a_report_that_shows_two_events_to_be_one_merges_them_into_the_older(
    database, add_article, apply
):
    moscow, beijing, both = (
        add_article("2023-02-01"),
        add_article("2023-02-01"),
        add_article("2023-02-02"),
    )
    apply(moscow, [event("meeting", JAN_31, PUTIN, LAVROV)], now=T0)
    apply(beijing, [event("meeting", JAN_31, XI, WANG)], now=T0)
    older, younger = events(database)
    apply(both, [event("meeting", JAN_31, PUTIN, XI, LAVROV, WANG)], now=T0 + timedelta(days=1))

    [meeting] = events(database)
    assert (meeting.id, meeting.uid) == (older.id, older.uid)
    assert sorted(m.article_id for m in meeting.mentions) == [moscow, beijing, both]
    assert meeting.title == "Meeting: Sergei Lavrov – Vladimir Putin – Wang Yi – Xi Jinping"
    assert meeting.sequence == 1
    last = meeting.revisions[-1]
    assert (last.sequence, last.article_id, last.snapshot["merged"]) == (1, both, [younger.uid])

    # Reprocessed without the linking report, the two meetings come apart again: the one that
    # kept the id keeps it, the other is a new event.
    apply(both, [], version="test+2", now=T0 + timedelta(days=2))
    first, second = events(database)
    assert (first.id, first.uid) == (older.id, older.uid)
    assert second.uid not in (older.uid, younger.uid)  # SQLite may hand the freed id out again
    assert [sorted(m.article_id for m in e.mentions) for e in (first, second)] == [
        [moscow],
        [beijing],
    ]
    assert first.title == "Meeting: Sergei Lavrov – Vladimir Putin" and first.sequence == 2


def test_a_better_name_retitles_every_event_of_the_entity_at_once(database, add_article, apply):
    apec = Participant("APEC", "organisation")
    hanoi, leaders, busan = (
        add_article("2006-11-10"),
        add_article("2006-11-12"),
        add_article("2005-11-20"),
    )
    apply(hanoi, [event("summit", span("2006-11-18", "2006-11-18"), apec, location="Hanoi")])
    apply(leaders, [event("meeting", span("2006-11-12", "2006-11-12"), apec, BIDEN)])
    full = Participant("Asia-Pacific Economic Cooperation", "organisation", ("APEC",))
    busan_days = span("2005-11-18/2005-11-19", "2005-11-18", "2005-11-19")
    apply(busan, [event("summit", busan_days, full, location="Busan")])

    assert sorted(
        (e.date_value, e.title, e.sequence, e.revisions[-1].article_id) for e in events(database)
    ) == [
        ("2005-11-18/2005-11-19", "Summit: Asia-Pacific Economic Cooperation", 0, busan),
        ("2006-11-12", "Meeting: Joe Biden – Asia-Pacific Economic Cooperation", 1, busan),
        ("2006-11-18", "Summit: Asia-Pacific Economic Cooperation", 1, busan),
    ]
