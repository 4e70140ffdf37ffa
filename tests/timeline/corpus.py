"""Sets of reports for the order and concurrency tests, and the canonical form of a timeline.

The 25 dev articles run through the real extraction core, and stories written for the purpose
where the order of arrival used to matter: a plan dated and held, calls a vague report could
belong to, a lone name later completed, an organisation later named in full, a city that
tells two countries apart, a report that shows two partial ones to be one meeting.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import delete, select, update

from services.worker.extraction.model import Event, Location, Participant
from shared.models import (
    Article,
    Entity,
    EntityAlias,
    EventParticipant,
    EventRevision,
    Mention,
    MentionParticipant,
)
from shared.models import Event as EventRow

from .conftest import BIDEN, PUTIN, XI, event, span

#: An article: (label, publication day, the events the extractor finds in it).
Story = tuple[str, str, list[Event]]

LONE_PUTIN = Participant("Putin", "person", ("President Putin",))
WEN = Participant("Wen Jiabao", "person", ("Wen",))
APEC = Participant("APEC", "organisation")
APEC_FULL = Participant("Asia-Pacific Economic Cooperation", "organisation", ("APEC",))
LAVROV = Participant("Sergei Lavrov", "person")
WANG = Participant("Wang Yi", "person")


def purpose_stories() -> list[Story]:
    """Stories whose timeline used to depend on the order their articles came in."""
    spring = span("2023-SP", "2023-03-01", "2023-05-31", "season")
    march_20_22 = span("2023-03-20/2023-03-22", "2023-03-20", "2023-03-22")
    # A year before the seed dev article's calls, so the stories stay apart from them.
    dec_15, dec_30 = span("2021-12-15", "2021-12-15"), span("2021-12-30", "2021-12-30")
    december = span("2021-12", "2021-12-01", "2021-12-31", "month")
    year_2023 = span("2023", "2023-01-01", "2023-12-31", "year")
    summit_days = span("2006-11-18/2006-11-19", "2006-11-18", "2006-11-19")
    wen_tour = span("2005-12-10/2005-12-14", "2005-12-10", "2005-12-14")
    moscow = "Moscow"
    return [
        ("visit-announced", "2023-01-03",
         [event("visit", spring, XI, status="planned", location=moscow)]),
        ("visit-dated", "2023-03-10",
         [event("visit", march_20_22, XI, status="planned", location=moscow)]),
        ("visit-begun", "2023-03-21",
         [event("visit", span("2023-03-20", "2023-03-20"), XI, status="ongoing",
                location=Location("Russia", "RUS"))]),
        ("visit-in-the-year", "2023-12-20", [event("visit", year_2023, XI)]),
        ("call-15", "2021-12-16", [event("call", dec_15, PUTIN, XI)]),
        ("call-30", "2021-12-31", [event("call", dec_30, PUTIN, XI), event("call", dec_30, XI)]),
        ("calls-in-december", "2022-01-02", [event("call", december, PUTIN, XI)]),
        ("call-biden", "2021-12-31", [event("call", dec_30, PUTIN, BIDEN)]),
        ("putin-alone", "2023-01-04", [event("meeting", span("2023-01-03", "2023-01-03"),
                                             LONE_PUTIN, BIDEN, location="Geneva")]),
        ("putin-in-full", "2023-01-05", [event("meeting", span("2023-01-03", "2023-01-03"),
                                               PUTIN, BIDEN)]),
        ("apec-short", "2006-11-10", [event("summit", summit_days, APEC, location="Hanoi")]),
        ("apec-full", "2006-11-20", [event("summit", summit_days, APEC_FULL,
                                           status="occurred")]),
        ("wen-malaysia", "2005-12-10", [event("visit", wen_tour, WEN,
                                              location=Location("Malaysia", "MYS"))]),
        ("wen-cannes", "2005-12-12", [event("visit", span("2005-12-12", "2005-12-12"), WEN,
                                            location="Cannes")]),
        ("wen-kuala-lumpur", "2005-12-13", [event("visit", span("2005-12-12", "2005-12-12"), WEN,
                                                  location="Kuala Lumpur")]),
        ("talks-moscow", "2023-02-01", [event("meeting", span("2023-01-31", "2023-01-31"),
                                              PUTIN, LAVROV)]),
        ("talks-beijing", "2023-02-01", [event("meeting", span("2023-01-31", "2023-01-31"),
                                               XI, WANG)]),
        ("talks-all", "2023-02-02", [event("meeting", span("2023-01-31", "2023-01-31"),
                                           PUTIN, XI, LAVROV, WANG)]),
    ]  # fmt: skip


@cache
def dev_stories(shared_dir: Path) -> tuple[Story, ...]:
    """The dev articles, read by the real extraction core (once per test run)."""
    from services.worker.extraction import extract

    stories = []
    with (shared_dir / "data" / "events-dev" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            published = a["published_at"][:10]
            found = extract(a["text"], date.fromisoformat(published), title=a["title"])
            stories.append((a["id"], published, list(found)))
    return tuple(stories)


def all_stories(shared_dir: Path) -> list[Story]:
    return [*dev_stories(shared_dir), *purpose_stories()]


def older_reading(events: list[Event]) -> list[Event]:
    """What an older extractor might have found instead: the events in another order, the
    first dated only to its year, the last missed."""
    if not events:
        return [event("call", span("2000-01-01", "2000-01-01"), PUTIN)]  # a spurious one
    first = events[0]
    year = first.date.start.year
    vaguer = replace(first, date=span(str(year), f"{year}-01-01", f"{year}-12-31", "year"))
    return list(reversed([vaguer, *events[1:-1]]))


def store_articles(database, stories: list[Story]) -> dict[str, int]:
    """Store one article per story (as the API would); their ids by label."""
    ids = {}
    with database.session() as s:
        for label, published, _ in stories:
            digest = hashlib.sha256(label.encode()).hexdigest()
            row = Article(
                dedup_key=f"test:{label}",
                title=label,
                text=label,
                content_hash=digest,
                anchor_date=date.fromisoformat(published),
                anchor="published_at",
                status="processing",
            )
            s.add(row)
            s.flush()
            ids[label] = row.id
    return ids


def shuffled(items: list, seed: int) -> list:
    out = list(items)
    random.Random(seed).shuffle(out)
    return out


def canonical(database) -> list[tuple]:
    """The timeline as a client sees it, without ids: every event's visible fields and which
    articles' reports (label, position) it groups."""
    with database.session() as s:
        labels = dict(s.execute(select(Article.id, Article.dedup_key)).all())
        out = []
        for e in s.scalars(select(EventRow)):
            out.append(
                (
                    e.type,
                    e.status,
                    e.date_value,
                    e.date_start.isoformat(),
                    e.date_end.isoformat(),
                    e.precision,
                    e.mod,
                    e.title,
                    e.location,
                    tuple(sorted(p.name for p in e.participants)),
                    tuple(sorted((labels[m.article_id], m.ordinal) for m in e.mentions)),
                )
            )
        return sorted(out, key=repr)


def wipe_timeline(database) -> None:
    """Empty the timeline (events, reports, entities), keeping the articles."""
    with database.session() as s:
        for table in (
            EventRevision,
            MentionParticipant,
            Mention,
            EventParticipant,
            EventRow,
            EntityAlias,
            Entity,
        ):
            s.execute(delete(table))
        s.execute(update(Article).values(extractor_version=None))
