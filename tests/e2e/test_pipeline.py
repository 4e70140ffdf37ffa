"""The whole path through real processes: articles posted to `eventline api` (gunicorn),
processed by an `eventline worker` through Redis, read back as JSON and as iCalendar."""
from __future__ import annotations

import json
import subprocess
from urllib.parse import quote

import icalendar
import pytest

from .harness import wait_for

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dev_articles(shared_dir) -> list[dict]:
    lines = (shared_dir / "data" / "events-dev" / "articles.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def wait_processed(api, ids, timeout=180) -> dict[int, dict]:
    """Poll every article until none is pending or processing; return them by id."""
    seen: dict[int, dict] = {}

    def all_settled():
        for article_id in ids:
            if seen.get(article_id, {}).get("status") not in ("done", "failed"):
                seen[article_id] = api.json("GET", f"/articles/{article_id}")
        return all(seen[i]["status"] in ("done", "failed") for i in ids)

    wait_for(all_settled, timeout, "every article to be processed", interval=0.5)
    return seen


def all_events(api, query: str = "") -> list[dict]:
    """Every event of GET /events?QUERY, following the pages."""
    events, path = [], f"/events?limit=50{query}"
    while path:
        page = api.json("GET", path)
        events += page["events"]
        path = page["next"] and page["next"].removeprefix(api.base)
    return events


def names(event: dict) -> set[str]:
    return {p["name"] for p in event["participants"]}


def named(event: dict, surname: str) -> bool:
    """Whether a participant is called `surname`, alone or after given names."""
    return any(name == surname or name.endswith(f" {surname}") for name in names(event))


def seed_events(events: list[dict]) -> tuple[list[dict], list[dict]]:
    """The Putin–Xi call of 2022-12-30 and Xi's planned spring-2023 visit to Moscow."""
    calls = [e for e in events if e["type"] == "call"
             and e["date"]["start"] == e["date"]["end"] == "2022-12-30"
             and "Xi Jinping" in names(e) and named(e, "Putin") and len(names(e)) == 2]
    visits = [e for e in events if e["type"] == "visit" and e["status"] == "planned"
              and e["date"]["value"] == "2023-SP" and "Xi Jinping" in names(e)
              and "Moscow" in (e["location"] or "")]
    return calls, visits


def test_posted_articles_come_out_as_a_timeline_and_a_valid_calendar(
    api, worker, dev_articles, shared_dir
):
    ids = []
    for article in dev_articles:
        accepted = api.post_article(
            {k: article[k] for k in ("title", "text", "published_at")}
        )
        ids.append(accepted["id"])
    seed = dev_articles[0]
    assert seed["id"] == "seed-putin-xi-2023"
    again = api.post_article({k: seed[k] for k in ("title", "text", "published_at")})
    assert again["id"] == ids[0]  # a re-post is the same article

    articles = wait_processed(api, ids)
    failed = {i: a["error"] for i, a in articles.items() if a["status"] != "done"}
    assert failed == {}, f"articles failed: {failed}\n{worker.output()[-3000:]}"
    assert len({a["extractor_version"] for a in articles.values()}) == 1

    # JSON: the seed article's two events, each exactly once on the timeline.
    reported = [item["event"] for item in articles[ids[0]]["events"]]
    calls, visits = seed_events(reported)
    assert len(calls) == 1, reported
    assert len(visits) == 1, reported
    timeline = all_events(api)
    assert len({e["id"] for e in timeline}) == len(timeline)  # pages never repeat an event
    on_timeline = [[e["id"] for e in group] for group in seed_events(timeline)]
    assert on_timeline == [[calls[0]["id"]], [visits[0]["id"]]]
    filtered = all_events(api, f"&type=call&from=2022-12-30&to=2022-12-30"
                               f"&participant={quote('Xi Jinping')}")
    assert calls[0]["id"] in {e["id"] for e in filtered}

    # iCalendar: the same two events, and a feed that calendar clients accept.
    status, headers, body = api.request("GET", "/calendar.ics")
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(body)
    by_uid = {str(c["UID"]): c for c in calendar.walk("VEVENT")}
    assert len(by_uid) == len(timeline)
    call = next(c for uid, c in by_uid.items() if uid.startswith(calls[0]["uid"]))
    assert call.decoded("DTSTART").isoformat() == "2022-12-30"
    assert str(call["SUMMARY"]).startswith("Call: ") and "Xi Jinping" in str(call["SUMMARY"])
    assert "Putin" in str(call["SUMMARY"])
    visit = next(c for uid, c in by_uid.items() if uid.startswith(visits[0]["uid"]))
    assert str(visit["STATUS"]) == "TENTATIVE" and "Moscow" in str(visit["LOCATION"])

    # ical-check fetches the served feed as a calendar client would (status, Content-Type,
    # caching headers), then runs its lint and four parsers on it.
    tool = shared_dir / "tools" / "ical-check" / "ical-check"
    result = subprocess.run([str(tool), f"{api.base}/calendar.ics"], capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout.strip().splitlines()[-1]
    assert summary == f"ical-check: {len(timeline)} events, 0 problems", summary
    print(summary)


def test_the_seed_call_names_vladimir_putin(dev_articles):
    from datetime import date

    from services.worker.extraction import extract

    seed = dev_articles[0]
    found = extract(seed["text"], date.fromisoformat(seed["published_at"]), title=seed["title"])
    calls = [e for e in found if e.type == "call" and e.date.value == "2022-12-30"]
    assert any({p.name for p in e.participants} == {"Vladimir Putin", "Xi Jinping"}
               for e in calls)
