"""The event stage end to end: the seed article, the output's invariants, and the scores of
the real scorer on events-dev and on the held-out set annotated for this project."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from services.worker.extraction import extract
from services.worker.extraction.model import EVENT_STATUSES, EVENT_TYPES, PRECISIONS

DATA = Path(__file__).parent / "data"
# Floors under the scores measured when they were set (see the report of the events work):
# a change that loses ground fails here; raise them as the extractor improves.
DEV_FLOORS = {"strict_F1": 0.84, "status_acc": 0.95, "participant_F1": 0.95}
#: Each held-out set read so far: its floors, and how it was spent (tests/.../data/README.md).
HELDOUT_FLOORS = {
    "heldout": {"strict_F1": 0.80, "status_acc": 0.90, "participant_F1": 0.90},
    "heldout2": {"strict_F1": 0.80, "status_acc": 0.90, "participant_F1": 0.95},
    # spent in the fourth round (its errors were read)
    "heldout3": {"strict_F1": 0.88, "status_acc": 0.95, "participant_F1": 0.90},
    # spent in the fifth round (its misses were read as kinds of error)
    "heldout4": {"strict_F1": 0.85, "status_acc": 0.90, "participant_F1": 0.90},
    # spent in the sixth round; the fifth is small (8 events), so one event moves it by 0.1
    "heldout5": {"strict_F1": 0.70, "status_acc": 0.95, "participant_F1": 0.95},
    "heldout6": {"strict_F1": 0.80, "status_acc": 0.82, "participant_F1": 0.84},
    # spent in the seventh round (0.611 when first scored)
    "heldout7": {"strict_F1": 0.85, "status_acc": 0.90, "participant_F1": 0.84},
    # scored once at the end of the seventh round (strict F1 0.480, 0.667, 0.400, 0.723) and
    # spent in the eighth (their misses read as kinds of error)
    "heldout8": {"strict_F1": 0.74, "status_acc": 0.88, "participant_F1": 0.95},
    "heldout9": {"strict_F1": 0.80, "status_acc": 0.95, "participant_F1": 0.88},
    "heldout10": {"strict_F1": 0.68, "status_acc": 0.85, "participant_F1": 0.82},
    "heldout11": {"strict_F1": 0.88, "status_acc": 0.90, "participant_F1": 0.95},
    # scored once at the start of round 10 (strict F1 0.519, 0.600, 0.450, 0.571) and spent in
    # it (their misses read as kinds of error)
    "heldout16": {"strict_F1": 0.75, "status_acc": 0.95, "participant_F1": 0.93},
    "heldout17": {"strict_F1": 0.70, "status_acc": 0.88, "participant_F1": 0.92},
    "heldout18": {"strict_F1": 0.82, "status_acc": 0.92, "participant_F1": 0.90},
    "heldout19": {"strict_F1": 0.70, "status_acc": 0.95, "participant_F1": 0.90},
    # scored once at the start of round 11 (strict F1 0.667, 0.720, 0.296, 0.375) and spent in
    # it (their misses read as kinds of error)
    "heldout20": {"strict_F1": 0.72, "status_acc": 0.88, "participant_F1": 0.84},
    "heldout21": {"strict_F1": 0.72, "status_acc": 0.95, "participant_F1": 0.95},
    "heldout22": {"strict_F1": 0.60, "status_acc": 0.55, "participant_F1": 0.90},
    "heldout23": {"strict_F1": 0.70, "status_acc": 0.95, "participant_F1": 0.84},
    # scored once at the start of round 12 (strict F1 0.357, 0.462, 0.429, 0.556) and spent in
    # it (their misses read as kinds of error)
    "heldout24": {"strict_F1": 0.68, "status_acc": 0.80, "participant_F1": 0.88},
    # (round 16: talks of a government and a front or movement now found, whose gold lists
    # the negotiators named further on and the side as "Philippine government"; the
    # participant means fell with the events gained)
    "heldout25": {"strict_F1": 0.78, "status_acc": 0.95, "participant_F1": 0.78},
    "heldout26": {"strict_F1": 0.60, "status_acc": 0.90, "participant_F1": 0.65},
    "heldout27": {"strict_F1": 0.72, "status_acc": 0.85, "participant_F1": 0.92},
    # scored once at the start of round 13 (strict F1 0.667, 0.400, 0.480, 0.500) and spent in
    # it (their misses read as kinds of error)
    "heldout28": {"strict_F1": 0.60, "status_acc": 0.95, "participant_F1": 0.95},
    "heldout29": {"strict_F1": 0.52, "status_acc": 0.95, "participant_F1": 0.95},
    "heldout30": {"strict_F1": 0.60, "status_acc": 0.70, "participant_F1": 0.82},
    "heldout31": {"strict_F1": 0.75, "status_acc": 0.65, "participant_F1": 0.76},
    # scored once at the start of round 14 (strict F1 0.783, 0.552, 0.500, 0.250) and spent in
    # it
    "heldout32": {"strict_F1": 0.90, "status_acc": 0.85, "participant_F1": 0.75},
    "heldout33": {"strict_F1": 0.85, "status_acc": 0.95, "participant_F1": 0.92},
    "heldout34": {"strict_F1": 0.72, "status_acc": 0.80, "participant_F1": 0.90},
    "heldout35": {"strict_F1": 0.85, "status_acc": 0.75, "participant_F1": 0.88},
}


def _articles(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@pytest.fixture(scope="module")
def seed(shared_dir) -> tuple[dict, list]:
    article = _articles(shared_dir / "data/events-dev/articles.jsonl")[0]
    return article, extract(
        article["text"], date.fromisoformat(article["published_at"]), title=article["title"]
    )


def test_seed_video_call_of_december_30(seed):
    _, events = seed
    calls = [
        e
        for e in events
        if e.type == "call"
        and e.date.value == "2022-12-30"
        and {"Vladimir Putin", "Xi Jinping"} <= {p.name for p in e.participants}
    ]
    assert len(calls) == 1
    call = calls[0]
    assert call.status == "occurred"
    assert call.title == "Call: Vladimir Putin – Xi Jinping"
    xi = next(p for p in call.participants if p.name == "Xi Jinping")
    assert {"Xi", "Chinese President"} <= set(xi.aliases)


def test_seed_planned_state_visit_to_moscow_next_spring(seed):
    _, events = seed
    visits = [e for e in events if e.type == "visit" and e.date.value == "2023-SP"]
    assert len(visits) == 1
    visit = visits[0]
    assert visit.status == "planned"
    assert [p.name for p in visit.participants] == ["Xi Jinping"]
    assert visit.location is not None and visit.location.name == "Moscow"
    assert visit.title == "Visit: Xi Jinping to Moscow"
    assert (visit.date.start, visit.date.end, visit.date.precision) == (
        date(2023, 3, 1),
        date(2023, 5, 31),
        "season",
    )


def test_seed_summit_and_meeting_on_its_sidelines(seed):
    _, events = seed
    summit = next(e for e in events if e.type == "summit")
    assert [p.name for p in summit.participants] == ["Shanghai Cooperation Organization"]
    assert summit.date.value.startswith("2022-09")
    meeting = next(e for e in events if e.type == "meeting" and e.date.value.startswith("2022-09"))
    assert {p.name for p in meeting.participants} == {"Vladimir Putin", "Xi Jinping"}


def test_every_event_is_well_formed(shared_dir):
    for article in _articles(shared_dir / "data/events-dev/articles.jsonl"):
        text = article["text"]
        for event in extract(text, date.fromisoformat(article["published_at"])):
            assert event.type in EVENT_TYPES and event.status in EVENT_STATUSES
            assert event.date.precision in PRECISIONS and event.date.start <= event.date.end
            assert event.participants and event.title.startswith(event.type.capitalize() + ":")
            for evidence in event.evidence:
                assert text[evidence.start : evidence.end] == evidence.text
                assert "\n" not in evidence.text


def test_one_event_per_real_world_event():
    text = (
        "Chinese President Hu Jintao will visit India from Nov. 20 to 23. "
        "The visit will be the first by a Chinese leader in ten years. "
        "During the visit, Hu will hold talks with Indian Prime Minister Manmohan Singh."
    )
    events = extract(text, date(2006, 11, 7))
    visits = [e for e in events if e.type == "visit"]
    assert len(visits) == 1 and visits[0].date.value == "2006-11-20/2006-11-23"
    assert len(visits[0].evidence) == 3
    talks = [e for e in events if e.type == "meeting"]
    assert len(talks) == 1 and talks[0].status == "planned"
    assert {p.name for p in talks[0].participants} == {"Hu Jintao", "Manmohan Singh"}


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The summit was called off on Monday, officials said.",
            date(2006, 12, 5),
            None,
        ),  # no body named: no summit
        (
            "The ASEAN summit in Cebu, scheduled for Dec. 11, was postponed on Friday.",
            date(2006, 12, 9),
            ("summit", "postponed"),
        ),
        (
            "Russian President Vladimir Putin cancelled his visit to Tokyo planned for next week.",
            date(2006, 12, 5),
            ("visit", "cancelled"),
        ),
        (
            "EU leaders opened a two-day summit in Brussels on Thursday.",
            date(2006, 12, 15),
            ("summit", "ongoing"),
        ),
        (
            "Bush met Blair at the White House on Monday.",
            date(2006, 12, 5),
            ("meeting", "occurred"),
        ),
        ("If Bush met Blair on Monday, the deal would be signed.", date(2006, 12, 5), None),
        # a visit on the day of publication is under way that day, unless told over
        (
            "Japanese Prime Minister Shinzo Abe visited Indonesia on Tuesday.",
            date(2006, 12, 5),
            ("visit", "ongoing"),
        ),
        (
            "Japanese Prime Minister Shinzo Abe ended his visit to Indonesia on Tuesday.",
            date(2006, 12, 5),
            ("visit", "occurred"),
        ),
        # a visit of a few hours, told in the past on its day, is over when reported
        (
            "Italian Prime Minister Romano Prodi made a flying visit to Albania on Sunday.",
            date(1997, 4, 13),
            ("visit", "occurred"),
        ),
        (
            "Italian Prime Minister Romano Prodi is making a flying visit to Albania on Sunday.",
            date(1997, 4, 13),
            ("visit", "ongoing"),
        ),
        # a visit or gathering told only as begun, days ago, is still under way
        (
            "The WTO ministerial conference opened in Hong Kong on Tuesday.",
            date(2005, 12, 16),
            ("summit", "ongoing"),
        ),
        (
            "EU foreign policy chief Javier Solana started a tour of the Balkans on Monday.",
            date(2005, 11, 17),
            ("visit", "ongoing"),
        ),
        (
            "EU foreign policy chief Javier Solana started a tour of the Balkans on Nov. 2.",
            date(2005, 11, 17),
            ("visit", "occurred"),
        ),
        # talks told as begun on the story's day are under way; held, they are over
        (
            "Japan and North Korea started their bilateral talks in Beijing on Thursday.",
            date(2005, 11, 3),
            ("meeting", "ongoing"),
        ),
        (
            "Japan and North Korea held talks in Beijing on Thursday.",
            date(2005, 11, 3),
            ("meeting", "occurred"),
        ),
        # a gathering told in the past tense on its last day is over
        (
            "Bush congratulated Vietnam for successfully organizing the APEC summit on Saturday "
            "and Sunday.",
            date(2006, 11, 19),
            ("summit", "occurred"),
        ),
        (
            "The APEC summit opened in Hanoi on Saturday and ends on Sunday.",
            date(2006, 11, 19),
            ("summit", "ongoing"),
        ),
        # a participle's phrase takes the tense of the main verb right after it
        (
            "OPEC ministers, meeting in Kuwait on Monday, kept their output ceiling unchanged.",
            date(2005, 12, 12),
            ("summit", "occurred"),
        ),
        (
            "OPEC ministers, meeting in Vienna on Monday, are expected to cut output.",
            date(2006, 11, 20),
            ("summit", "ongoing"),
        ),
    ],
)
def test_status_from_cues_dates_and_tense(text, dct, expected):
    events = extract(text, dct)
    if expected is None:
        assert events == []
    else:
        assert [(e.type, e.status) for e in events] == [expected]


def _score(shared_dir: Path, articles: Path, gold: Path, tmp_path: Path) -> dict[str, float]:
    """Run the extraction core over `articles` and the real scorer against `gold`."""
    out = tmp_path / "system.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for article in _articles(articles):
            events = extract(article["text"], date.fromisoformat(article["published_at"]))
            f.write(
                json.dumps({"id": article["id"], "events": [e.to_dict() for e in events]}) + "\n"
            )
    scorer = shared_dir / "tools/events-score/events_score.py"
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    last = result.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}


def test_events_dev_scores_stay_above_their_floors(shared_dir, tmp_path):
    dev = shared_dir / "data/events-dev"
    scores = _score(shared_dir, dev / "articles.jsonl", dev / "gold.jsonl", tmp_path)
    assert all(scores[k] >= v for k, v in DEV_FLOORS.items()), scores


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_scores_stay_above_their_floors(shared_dir, tmp_path, name):
    articles, gold = DATA / f"{name}_articles.jsonl", DATA / f"{name}_gold.jsonl"
    scores = _score(shared_dir, articles, gold, tmp_path)
    assert all(scores[k] >= v for k, v in HELDOUT_FLOORS[name].items()), scores


def _events(text: str, dct: date) -> list[tuple]:
    return sorted(
        (
            e.type,
            e.status,
            e.date.value,
            tuple(sorted(p.name for p in e.participants)),
            e.location.name if e.location else None,
        )
        for e in extract(text, dct)
    )


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Ravalomanana arrived in Beijing Friday morning for the Beijing Summit of the Forum "
            "on China-Africa Cooperation (FOCAC) slated for Nov. 4-5.",
            date(2006, 11, 3),
            [
                (
                    "summit",
                    "planned",
                    "2006-11-04/2006-11-05",
                    ("Forum on China-Africa Cooperation",),
                    "Beijing",
                ),
                ("visit", "ongoing", "2006-11-03", ("Marc Ravalomanana",), "Beijing"),
            ],
            id="an-arrival-date-is-not-the-summit-date",
        ),
        pytest.param(
            "Egyptian President Hosni Mubarak returned home on Nov. 8 after a tour of Russia, "
            "China and Kazakhstan.",
            date(2006, 11, 9),
            [],
            id="a-return-date-is-not-the-tour-date",
        ),
        pytest.param(
            "Haniya had cut short his first foreign trip ahead of a speech by President Mahmud "
            "Abbas on Saturday.",
            date(2006, 12, 15),
            [],
            id="a-date-after-ahead-of-is-another-event",
        ),
        pytest.param(
            "On a visit to Japan, Jordan's King Abdullah II warned on Friday that chances for "
            "peace were running out.",
            date(2006, 12, 22),
            [("visit", "ongoing", "2006-12-22", ("King Abdullah II",), "Japan")],
            id="an-opening-phrase-takes-its-main-clause-subject-and-date",
        ),
        pytest.param(
            "Georgian Foreign Minister Gela Bezhuashvili met with his Russian counterpart, "
            "Sergei Lavrov, on Wednesday.",
            date(2006, 11, 1),
            [("meeting", "occurred", "2006-11-01", ("Gela Bezhuashvili", "Sergei Lavrov"), None)],
            id="a-possessive-is-a-determiner-not-a-party",
        ),
        pytest.param(
            "US envoy Richard Boucher, who arrived in Kathmandu on Wednesday on a three-day "
            "visit, made the assurance during a meeting with Prime Minister Girija Prasad Koirala.",
            date(2006, 11, 16),
            [
                (
                    "meeting",
                    "occurred",
                    "2006-11-15/2006-11-17",
                    ("Girija Prasad Koirala", "Richard Boucher"),
                    "Kathmandu",
                ),
                ("visit", "ongoing", "2006-11-15/2006-11-17", ("Richard Boucher",), "Kathmandu"),
            ],
            id="a-meeting-during-a-visit-takes-its-days-and-place",
        ),
        pytest.param(
            "US President George W. Bush invited Vietnamese President Nguyen Minh Triet to visit "
            "the United States in 2007.",
            date(2006, 11, 17),
            [("visit", "planned", "2007", ("Nguyen Minh Triet",), "United States")],
            id="the-invitee-travels",
        ),
        pytest.param(
            "Jordan's King Abdullah II, who held talks on Friday with Japanese Prime Minister "
            "Shinzo Abe, is seen as a key ally. He visited Japan on Friday amid turmoil.",
            date(2006, 12, 22),
            [
                ("meeting", "occurred", "2006-12-22", ("King Abdullah II", "Shinzo Abe"), "Japan"),
                # on the day of publication the visitor is still there
                ("visit", "ongoing", "2006-12-22", ("King Abdullah II",), "Japan"),
            ],
            id="a-pronoun-takes-the-subject-the-sentence-before-opens-with",
        ),
        pytest.param(
            "Jordanian Foreign Minister Abdul Ilah al-Khatib held talks on Saturday with visiting "
            "Russian Deputy Foreign Minister Alexander Sultanov.",
            date(2006, 11, 18),
            [
                (
                    "meeting",
                    "occurred",
                    "2006-11-18",
                    ("Abdul Ilah al-Khatib", "Alexander Sultanov"),
                    "Jordan",
                ),
                ("visit", "ongoing", "2006-11-18", ("Alexander Sultanov",), "Jordan"),
            ],
            id="a-visitor-is-under-way-on-the-day-of-his-clause-in-his-hosts-country",
        ),
        pytest.param(
            "Japanese Prime Minister Shinzo Abe and visiting South Korean foreign minister Ban "
            "Ki Moon agreed on Monday to enhance cooperation. Ban arrived in Japan on Sunday.",
            date(2006, 11, 6),
            [("visit", "ongoing", "2006-11-05", ("Ban Ki Moon",), "Japan")],
            id="a-visitor-under-way-and-his-arrival-are-one-stay",
        ),
        pytest.param(
            "Brazil and Russia agreed Thursday to develop cooperation in space during a visit by "
            "Russia's Foreign Minister Sergei Lavrov, officials said.",
            date(2006, 12, 14),
            [("visit", "ongoing", "2006-12-14", ("Sergei Lavrov",), None)],
            id="a-visit-that-is-the-occasion-of-a-dated-clause",
        ),
        pytest.param(
            "The panel commenced its work in April 2006 and is expected to finalize its report "
            "during the visit of Prime Minister Shaukat Aziz to New York.",
            date(2006, 11, 6),
            [],
            id="a-coordinated-clause-does-not-date-the-occasion-of-another",
        ),
        pytest.param(
            "Abbas won support for his election plan from visiting Prime Minister Tony Blair.",
            date(2006, 12, 19),
            [("visit", "ongoing", "2006-12-19", ("Tony Blair",), "Palestine")],
            id="the-visitor-is-the-one-visiting-qualifies",
        ),
        pytest.param(
            "Kenyan President Mwai Kibaki on Tuesday pledged closer ties with Uganda. In talks "
            "with Ugandan President Yoweri Museveni in Nairobi, Kibaki said trade would double.",
            date(2006, 11, 14),
            [("meeting", "occurred", "2006-11-14", ("Mwai Kibaki", "Yoweri Museveni"), "Nairobi")],
            id="a-meeting-the-lead-reports-without-a-date-is-the-story-s-day",
        ),
        pytest.param(
            "Kenyan President Mwai Kibaki on Tuesday pledged closer ties with Uganda. Kibaki, who "
            "had met Ugandan President Yoweri Museveni, said trade would double.",
            date(2006, 11, 14),
            [],
            id="background-keeps-no-story-day",
        ),
        pytest.param(
            "Cambodian Prime Minister Hun Sen met with Zhang Gaoli in Confucius' hometown on "
            "Wednesday.",
            date(2006, 11, 1),
            [("meeting", "occurred", "2006-11-01", ("Hun Sen", "Zhang Gaoli"), None)],
            id="a-place-is-what-the-gazetteer-knows-not-any-name-after-in",
        ),
        pytest.param(
            "Prior to the talks between Japan and North Korea, Chinese envoy Li Bin met with "
            "Akitaka Saiki on Wednesday evening.",
            date(2005, 11, 3),
            [("meeting", "occurred", "2005-11-02", ("Akitaka Saiki", "Li Bin"), None)],
            id="a-fronted-phrase-before-a-comma-is-no-part-of-the-subject",
        ),
        pytest.param(
            "Saudi King Abdullah opened the annual summit of Gulf leaders Saturday.",
            date(2006, 12, 9),
            [("summit", "ongoing", "2006-12-09", ("Gulf Cooperation Council",), None)],
            id="a-summit-of-a-region-s-leaders-is-its-body-s-and-under-way-once-opened",
        ),
        pytest.param(
            "Abbas and Shalom met on the sidelines of a world information summit in Tunis on "
            "Wednesday. Both are in Tunis for a UN-sponsored three-day summit on information.",
            date(2005, 11, 16),
            [
                ("meeting", "occurred", "2005-11-16", ("Abbas", "Silvan Shalom"), "Tunis"),
                ("summit", "ongoing", "2005-11-16/2005-11-18", ("United Nations",), "Tunis"),
            ],
            id="one-summit-at-a-time-its-sponsor-holds-it",
        ),
        pytest.param(
            "It was their first contact since a conference between Mahmoud Abbas and Israeli "
            "Prime Minister Ariel Sharon in June.",
            date(2005, 11, 16),
            [("meeting", "occurred", "2005-06", ("Ariel Sharon", "Mahmoud Abbas"), None)],
            id="an-expression-closing-the-trigger-s-phrase-dates-it-after-since",
        ),
        pytest.param(
            "Rebel leader Laurent Kabila has agreed to face-to-face talks with Zaire's embattled "
            "President Mobutu Sese Seko aboard a ship Friday, rebel officials said.",
            date(1997, 4, 30),
            [
                (
                    "meeting",
                    "planned",
                    "1997-05-02",
                    ("Laurent Kabila", "Mobutu Sese Seko"),
                    None,
                )
            ],
            id="a-weekday-of-what-is-to-come-lies-ahead-and-a-possessive-only-qualifies",
        ),
        pytest.param(
            "Chinese Premier Wen Jiabao will pay official visits to France and Portugal from Dec. "
            "4 to 15. Wen visited "
            "Slovakia in 2004. During his stay in Portugal, Wen is expected to hold talks with "
            "Prime Minister Jose Socrates.",
            date(2005, 11, 30),
            [
                (
                    "meeting",
                    "planned",
                    "2005-12-04/2005-12-15",
                    ("Jose Socrates", "Wen Jiabao"),
                    "Portugal",
                ),
                ("visit", "occurred", "2004", ("Wen Jiabao",), "Slovakia"),
                ("visit", "planned", "2005-12-04/2005-12-15", ("Wen Jiabao",), "France"),
            ],
            id="during-his-stay-in-x-is-the-visit-to-x",
        ),
        pytest.param(
            "Pope Benedict XVI on Wednesday met Israeli Prime Minister Ehud Olmert in Italy. "
            "Olmert, who flew to Italy on the last leg of a European tour, was then to meet his "
            "Italian counterpart Romano Prodi.",
            date(2006, 12, 13),
            [
                ("meeting", "occurred", "2006-12-13", ("Benedict XVI", "Ehud Olmert"), "Italy"),
                ("meeting", "planned", "2006-12-13", ("Ehud Olmert", "Romano Prodi"), "Italy"),
                ("visit", "ongoing", "2006-12-13", ("Ehud Olmert",), "Italy"),
            ],
            id="the-next-step-and-the-journey-of-the-story-s-day",
        ),
        pytest.param(
            "Pope Benedict XVI on Wednesday met Israeli Prime Minister Ehud Olmert in Italy. "
            "Olmert said the meeting between Israel and Syria is to be held soon.",
            date(2006, 12, 13),
            [("meeting", "occurred", "2006-12-13", ("Benedict XVI", "Ehud Olmert"), "Italy")],
            id="what-is-to-come-keeps-no-story-day",
        ),
        pytest.param(
            "Chinese State Councilor Tang Jiaxuan left here on Friday for Vietnam to attend the "
            "first meeting of a steering committee. The meeting will be held in Vietnam's "
            "capital city of Hanoi on Nov. 11. Tang and Vietnamese Foreign Minister Pham Gia "
            "Khiem will co-chair the meeting.",
            date(2006, 11, 10),
            [
                ("meeting", "planned", "2006-11-11", ("Pham Gia Khiem", "Tang Jiaxuan"), "Hanoi"),
                ("visit", "ongoing", "2006-11-10", ("Tang Jiaxuan",), "Vietnam"),
            ],
            id="the-meeting-refers-back-and-dates-what-a-journey-is-for",
        ),
        pytest.param(
            "Leaders of 48 African countries, who are here for the Beijing Summit of the Forum on "
            "China-Africa Cooperation, met on Saturday. Two documents are expected to be adopted "
            "at the summit, due to conclude on Sunday.",
            date(2006, 11, 4),
            [
                (
                    "summit",
                    "ongoing",
                    "2006-11-04/2006-11-05",
                    ("Forum on China-Africa Cooperation",),
                    "Beijing",
                )
            ],
            id="a-summit-under-way-today-and-due-to-conclude-tomorrow",
        ),
        pytest.param(
            "During the meeting, Som, who is expected to leave at the end of the month, "
            "thanked Mugabe.",
            date(2005, 11, 17),
            [],
            id="a-relative-clause-about-someone-dates-nothing-of-the-event",
        ),
        pytest.param(
            "Chinese Vice Premier Wu Yi briefed Kenyan President Mwai Kibaki in a meeting on "
            "Tuesday on trade ties.",
            date(2006, 11, 21),
            [("meeting", "occurred", "2006-11-21", ("Mwai Kibaki", "Wu Yi"), None)],
            id="the-object-before-in-a-meeting-is-its-other-party",
        ),
        pytest.param(
            "Chinese Premier Wen Jiabao on Monday thanked French President Jacques Chirac for his "
            "support. Wen told reporters the decision was wise. He added that ties were strong. "
            "Trade has grown fast. Investment rose too. Wen told visiting French Defence Minister "
            "Alain Richard at the start of their meeting that China valued the ties.",
            date(1997, 4, 28),
            [("meeting", "occurred", "1997-04-28", ("Alain Richard", "Wen Jiabao"), None)],
            id="a-meeting-of-the-lead-in-its-sixth-sentence-is-the-day-news",
        ),
        pytest.param(
            "US Secretary of State Condoleezza Rice arrived in Amman on Monday evening. King "
            "Abdullah II reaffirmed in his meeting with Rice that the attacks will not deter "
            "Jordan.",
            date(2005, 11, 14),
            [
                (
                    "meeting",
                    "occurred",
                    "2005-11-14",
                    ("Condoleezza Rice", "King Abdullah II"),
                    "Amman",
                ),
                ("visit", "ongoing", "2005-11-14", ("Condoleezza Rice",), "Amman"),
            ],
            id="what-is-reported-after-a-meeting-says-nothing-of-its-tense",
        ),
        pytest.param(
            "Chinese President Hu Jintao will visit India on Friday. The announcement came after "
            "Indian Foreign Minister Pranab Mukherjee met Chinese President Hu Jintao in Beijing.",
            date(2006, 11, 15),
            [
                # the day of publication (the lead dates nothing past), not Friday
                (
                    "meeting",
                    "occurred",
                    "2006-11-15",
                    ("Hu Jintao", "Pranab Mukherjee"),
                    "Beijing",
                ),
                ("visit", "planned", "2006-11-17", ("Hu Jintao",), "India"),
            ],
            id="a-meeting-told-as-past-news-is-not-dated-by-a-day-to-come",
        ),
        pytest.param(
            'British Foreign Secretary Jack Straw arrived in Amman on Monday. "We stand with '
            'Jordan," Straw told reporters during a visit to Grand Hyatt hotel, one of the hotels '
            "hit by bombers.",
            date(2005, 11, 14),
            [("visit", "ongoing", "2005-11-14", ("Jack Straw",), "Amman")],
            id="a-stop-at-a-site-is-part-of-the-visit-not-a-visit-of-its-own",
        ),
        pytest.param(
            "British Foreign Secretary Jack Straw on Monday praised Jordan's resolve. Straw "
            "briefed King Abdullah II on talks he held earlier in the day with Israeli Prime "
            "Minister Ariel Sharon.",
            date(2005, 11, 14),
            [("meeting", "occurred", "2005-11-14", ("Ariel Sharon", "Jack Straw"), None)],
            id="talks-a-relative-clause-says-who-held-and-with-whom-earlier-in-the-day",
        ),
        pytest.param(
            "The Arab League said on Friday it would send envoys to Somalia. Foreign ministers of "
            "member states meeting in Cairo agreed to set up a panel.",
            date(2006, 11, 17),
            [("summit", "ongoing", "2006-11-17", ("Arab League",), "Cairo")],
            id="ministers-of-member-states-meeting-are-the-body-named-before-under-way-that-day",
        ),
        pytest.param(
            "The nuclear test comes three days after Japanese Prime Minister Shinzo Abe held talks "
            "with South Korean President Roh Moo-hyun in Seoul.",
            date(2006, 10, 11),
            [("meeting", "occurred", "2006-10-08", ("Roh Moo-hyun", "Shinzo Abe"), "Seoul")],
            id="what-comes-three-days-after-an-event-dates-it-three-days-ago",
        ),
        pytest.param(
            "The exercise comes around two weeks after Chinese President Hu Jintao pledged closer "
            "ties during his visit to Pakistan.",
            date(2006, 12, 11),
            [("visit", "occurred", "2006-W48", ("Hu Jintao",), "Pakistan")],
            id="two-weeks-after-is-the-week-two-weeks-ago",
        ),
        pytest.param(
            "Russian cosmonauts Valery Tokarev and Sergei Krikalev on Tuesday toured a science "
            "park in Hong Kong. The delegation arrived in Hong Kong on Monday for a four-day "
            "visit.",
            date(2006, 11, 21),
            [
                (
                    "visit",
                    "ongoing",
                    "2006-11-20/2006-11-23",
                    ("Sergei Krikalev", "Valery Tokarev"),
                    "Hong Kong",
                )
            ],
            id="an-arrival-told-after-a-day-of-the-stay-opens-it",
        ),
        pytest.param(
            "Mongolian Prime Minister Miegombyn Enkhbold on Sunday visited Xi'an. He arrived in "
            "Xi'an on Nov. 25 after visits to Beijing and Urumqi.",
            date(2006, 11, 26),
            [("visit", "ongoing", "2006-11-25/2006-11-26", ("Miegombyn Enkhbold",), "Xi'an")],
            id="an-arrival-the-day-before-a-visit-day-spans-both",
        ),
        pytest.param(
            "Zairean President Mobutu Sese Seko will meet rebel leader Laurent Kabila on Friday, "
            "US envoy Bill Richardson announced here. The announcement came after Richardson met "
            "South African President Nelson Mandela in Cape Town.",
            date(1997, 4, 30),
            [
                (
                    "meeting",
                    "occurred",
                    "1997-04-30",
                    ("Bill Richardson", "Nelson Mandela"),
                    "Cape Town",
                )
            ],
            id="a-lead-that-dates-nothing-past-tells-the-day-of-publication",
        ),
        pytest.param(
            "Plans for Hong Kong will be discussed at a meeting of EU foreign ministers in "
            "Luxembourg on Tuesday.",
            date(1997, 4, 28),
            [("summit", "planned", "1997-04-29", ("European Union",), "Luxembourg")],  # spelled out
            id="a-meeting-of-a-body-s-ministers-is-its-summit",
        ),
        pytest.param(
            "A meeting of the five permanent members of the UN Security Council is planned for "
            "Tuesday.",
            date(2006, 12, 2),
            [("summit", "planned", "2006-12-05", ("UN Security Council",), None)],
            id="a-meeting-of-members-of-a-body-is-its-summit",
        ),
        pytest.param(
            "On Monday, the 11 members of OPEC met in Kuwait City and decided to keep output "
            "unchanged.",
            date(2005, 12, 16),
            [
                (
                    "summit",
                    "occurred",
                    "2005-12-12",
                    ("OPEC",),
                    "Kuwait",
                )
            ],
            id="a-meeting-whose-one-party-is-a-body-is-its-summit",
        ),
        pytest.param(
            "European Union foreign ministers made little progress on reform during a two-day "
            "meeting which ended Monday.",
            date(1997, 4, 7),
            [("summit", "occurred", "1997-04-06/1997-04-07", ("European Union",), None)],
            id="a-gathering-that-ended-on-the-day-of-publication-is-over",
        ),
        pytest.param(
            "Pope Benedict XVI on Friday wrapped up a four-day visit to Turkey by celebrating mass "
            "in Istanbul.",
            date(2006, 12, 1),
            [("visit", "occurred", "2006-11-28/2006-12-01", ("Benedict XVI",), "Turkey")],
            id="the-day-a-visit-is-wrapped-up-is-its-last",
        ),
        pytest.param(
            "Chinese Premier Wen Jiabao was due to inspect a power plant Wednesday as he wraps up "
            "a four-day visit to France.",
            date(2005, 12, 7),
            [("visit", "ongoing", "2005-12-04/2005-12-07", ("Wen Jiabao",), "France")],
            id="a-visit-he-wraps-up-on-a-day-ends-that-day",
        ),
        pytest.param(
            "Progress was made on Thursday in the meeting between the delegations of Japan and the "
            "Democratic People's Republic of Korea.",
            date(2005, 11, 3),
            [("meeting", "occurred", "2005-11-03", ("Japan", "North Korea"), None)],
            id="a-meeting-between-the-delegations-of-two-countries-is-theirs",
        ),
        pytest.param(
            "British Prime Minister Tony Blair and the Dalai Lama agreed on the need for dialogue, "
            "officials said on Friday after the two held talks in London.",
            date(2006, 11, 24),
            [("meeting", "occurred", "2006-11-24", ("Dalai Lama", "Tony Blair"), "London")],
            id="the-two-before-a-verb-are-the-two-named-last",
        ),
        pytest.param(
            "Palestinian president Mahmud Abbas has postponed a visit to Jordan scheduled for "
            "Dec. 28, an aide said.",
            date(2006, 12, 23),
            [("visit", "postponed", "2006-12-28", ("Mahmud Abbas",), "Jordan")],
            id="who-postpones-a-visit-is-its-visitor",
        ),
        pytest.param(
            "Croatian President Stipe Mesic and his Slovenian counterpart Janez Drnovsek had an "
            "informal meeting on Thursday in Zagreb.",
            date(2005, 11, 10),
            [("meeting", "occurred", "2005-11-10", ("Janez Drnovsek", "Stipe Mesic"), "Zagreb")],
            id="x-and-his-counterpart-y-are-coordinated",
        ),
        pytest.param(
            "Arab foreign ministers will discuss the crisis at an emergency meeting in Cairo on "
            "Sunday.",
            date(2006, 11, 12),
            [("summit", "planned", "2006-11-12", ("Arab League",), "Cairo")],
            id="a-meeting-of-a-region-s-ministers-is-its-body-s-summit",
        ),
        pytest.param(
            "Japanese Foreign Minister Taro Aso and visiting senior U.S. diplomats agreed on "
            "Monday that sanctions would remain.",
            date(2006, 11, 6),
            [("visit", "ongoing", "2006-11-06", ("United States",), "Japan")],
            id="visiting-unnamed-officials-of-a-country-are-its-visit",
        ),
        pytest.param(
            "Everton lost 1-0 to visiting Angola team on Saturday.",
            date(2006, 11, 4),
            [],
            id="a-visiting-team-is-no-visit",
        ),
        pytest.param(
            "Leaders of the 21 member economies of the Asia-Pacific Economic Cooperation (APEC) "
            "wrapped up their two-day meeting in Hanoi on Sunday.",
            date(2006, 11, 19),
            [
                (
                    "summit",
                    "occurred",
                    "2006-11-18/2006-11-19",
                    ("Asia-Pacific Economic Cooperation",),
                    "Hanoi",
                )
            ],
            id="leaders-of-a-body-holding-their-meeting-are-its-summit",
        ),
        pytest.param(
            "US officials, still hoping to bring North Korea to the table, held a meeting with "
            "Pyongyang's envoys in New York on Tuesday.",
            date(1997, 4, 22),
            [("meeting", "occurred", "1997-04-22", ("North Korea", "United States"), "New York")],
            id="a-participle-s-phrase-before-the-verb-names-no-subject",
        ),
        pytest.param(
            "Protesters gathered near the venue of a meeting of the Group 20 (G20) in Melbourne on "
            "Saturday.",
            date(2006, 11, 18),
            [("summit", "occurred", "2006-11-18", ("G20",), "Melbourne")],
            id="a-meeting-of-a-body-named-by-its-abbreviation-in-brackets",
        ),
        pytest.param(
            "The budget plan is still untenable, a German official said on Wednesday on the eve of "
            "a crucial EU summit in Brussels.",
            date(2005, 12, 14),
            [("summit", "planned", "2005-12-15", ("European Union",), "Brussels")],
            id="the-eve-of-an-event-is-the-day-before-it",
        ),
        pytest.param(
            "The World Trade Organisation's 149 members opened talks in Hong Kong on Tuesday.",
            date(2005, 12, 13),
            [("summit", "ongoing", "2005-12-13", ("World Trade Organisation",), "Hong Kong")],
            id="a-body-s-members-opening-talks-open-its-summit",
        ),
        pytest.param(
            "Rubin said the meeting was similar to Monday's talks with Prime Minister Vo Van Kiet "
            "in Hanoi.",
            date(1997, 4, 8),
            [("meeting", "occurred", "1997-04-07", ("Rubin", "Vo Van Kiet"), "Hanoi")],
            id="a-day-after-said-dates-the-report-only-when-it-follows-the-verb-or-a-name",
        ),
        pytest.param(
            "Ghana is to host a summit on malaria from March 3 to 5, the official Ghana News "
            "Agency reported on Monday.",
            date(2005, 2, 14),
            [("summit", "planned", "2005-03-03/2005-03-05", ("Ghana",), None)],
            id="a-summit-s-host-takes-part",
        ),
        pytest.param(
            "A summit on malaria will open in Accra on March 3, the official Ghana News Agency "
            "reported on Monday.",
            date(2005, 2, 14),
            [],
            id="a-news-agency-takes-part-in-nothing-it-reports",
        ),
        pytest.param(
            "French Foreign Minister Michel Barnier flies into Beirut on Friday, Kyodo News "
            "reported.",
            date(2005, 2, 14),
            [("visit", "planned", "2005-02-18", ("Michel Barnier",), "Beirut")],
            id="flying-into-a-city-is-a-journey-there",
        ),
        pytest.param(
            "India and Japan held their second strategic dialogue in Tokyo on Tuesday. Indian "
            "Foreign Secretary Shivshankar Menon and Japanese Vice Foreign Minister Shotaro Yachi "
            "co-chaired the dialogue.",
            date(2007, 1, 10),
            [
                (
                    "meeting",
                    "occurred",
                    "2007-01-09",
                    ("Shivshankar Menon", "Shotaro Yachi"),
                    "Tokyo",
                )
            ],
            id="a-strategic-dialogue-of-two-countries-is-held-by-the-people-who-chair-it",
        ),
        pytest.param(
            "The UN will convene a conference on Darfur next month, a UN official announced "
            'Thursday. "It is a chance to review the situation," UN envoy Lakhdar Brahimi told '
            "reporters after a meeting with President Omar al-Bashir.",
            date(2006, 11, 23),
            [
                ("meeting", "occurred", "2006-11-23", ("Lakhdar Brahimi", "Omar al-Bashir"), None),
                ("summit", "planned", "2006-12", ("UN",), None),
            ],
            id="a-meeting-a-report-follows-is-of-the-day-the-story-reports",
        ),
        pytest.param(
            "India and Pakistan on Tuesday opened a conference on visas. The conference touched on "
            "trade. Diplomats said the two sides were upbeat. Indian Commerce Minister Kamal Nath "
            "said in a meeting with Pakistani Prime Minister Shaukat Aziz that trade would grow.",
            date(2006, 11, 22),
            [("meeting", "occurred", "2006-11-21", ("Kamal Nath", "Shaukat Aziz"), None)],
            id="a-meeting-told-as-the-occasion-of-a-remark-is-of-the-story-s-day",
        ),
        pytest.param(
            "Greek Cypriot leader Glafcos Clerides and Turkish Cypriot leader Rauf Denktash, who "
            "have not met since March 2004, will talk in Geneva next week.",
            date(2006, 11, 23),
            [("meeting", "occurred", "2004-03", ("Glafcos Clerides", "Rauf Denktash"), None)],
            id="parties-who-have-not-met-since-a-time-last-met-then",
        ),
        pytest.param(
            "Attorney General Janet Reno agreed to a meeting with Lazaro Gonzalez earlier this "
            "week, only to have the family withdraw the request.",
            date(2000, 2, 10),
            [],
            id="a-past-time-of-an-agreement-to-meet-is-not-the-meeting-s",
        ),
        pytest.param(
            "Russian President Vladimir Putin has agreed to meet George W. Bush on Friday.",
            date(2006, 11, 22),
            [("meeting", "planned", "2006-11-24", ("George W. Bush", "Vladimir Putin"), None)],
            id="an-agreement-to-meet-on-a-day-to-come-is-a-planned-meeting",
        ),
        pytest.param(
            '"Ties are strong," said Wu Bangguo, a member of the Standing Committee of the '
            "Political Bureau, during a meeting with Kenyan President Mwai Kibaki on Monday.",
            date(2006, 11, 21),
            [("meeting", "occurred", "2006-11-20", ("Mwai Kibaki", "Wu Bangguo"), None)],
            id="a-member-of-a-body-in-apposition-is-one-person-not-the-body",
        ),
        pytest.param(
            "NATO defence ministers meeting in Belgium this week agreed to send more troops. At a "
            "gathering in Brussels on Thursday, ministers from the 26 member countries also "
            "approved a budget.",
            date(2006, 12, 15),
            [("summit", "occurred", "2006-12-14", ("NATO",), "Belgium")],
            id="a-gathering-told-by-its-place-and-day-is-the-summit-told-before",
        ),
        pytest.param(
            "Thai Prime Minister Surayud Chulanont left on Monday for the ASEAN summit in Cebu.",
            date(2007, 1, 10),
            [("visit", "ongoing", "2007-01-08", ("Surayud Chulanont",), "Cebu")],
            id="leaving-for-a-gathering-somewhere-is-a-journey-there",
        ),
        pytest.param(
            "Visiting UN Secretary General Kofi Annan said on Monday that the world body would "
            "act.",
            date(2006, 11, 13),
            [("visit", "ongoing", "2006-11-13", ("Kofi Annan",), None)],
            id="visiting-that-opens-a-visitor-s-role-phrase-names-the-visitor",
        ),
        pytest.param(
            "Danish Foreign Minister Per Stig Moeller said the bombings would not prevent him "
            "from visiting Jordan on Sunday.",
            date(2005, 11, 11),
            [("visit", "planned", "2005-11-13", ("Per Stig Moeller",), "Jordan")],
            id="what-would-not-prevent-a-visit-leaves-it-planned",
        ),
        pytest.param(
            "Chinese Premier Wen Jiabao and visiting Kenyan President Mwai Kibaki said here Monday "
            "that ties will grow. During his meeting with Kibaki, Wen noted that relations have "
            "grown ever since the two countries established ties 43 years ago.",
            date(2006, 11, 20),
            [
                ("meeting", "occurred", "2006-11-20", ("Mwai Kibaki", "Wen Jiabao"), "China"),
                ("visit", "ongoing", "2006-11-20", ("Mwai Kibaki",), "China"),
            ],
            id="background-said-after-a-meeting-does-not-make-the-meeting-background",
        ),
        pytest.param(
            "Trade ministers will gather for the APEC Joint Ministerial Meeting on Nov. 25-26.",
            date(2006, 11, 22),
            [("summit", "planned", "2006-11-25/2006-11-26", ("APEC",), None)],
            id="a-named-gathering-belongs-to-the-body-its-name-carries",
        ),
        pytest.param(
            "The third ASEAN Air Chiefs' Conference opened here on Monday.",
            date(2006, 11, 22),
            [("summit", "ongoing", "2006-11-20", ("ASEAN",), None)],
            id="a-named-gathering-with-a-possessive-belongs-to-its-body",
        ),
        pytest.param(
            "The deal came out of talks between Thai Prime Minister Surayud Chulanont and his "
            "visiting Malaysian counterpart Abdullah Ahmad Badawi in Bangkok on Monday.",
            date(2006, 11, 20),
            [
                (
                    "meeting",
                    "occurred",
                    "2006-11-20",
                    ("Abdullah Ahmad Badawi", "Surayud Chulanont"),
                    "Bangkok",
                ),
                ("visit", "ongoing", "2006-11-20", ("Abdullah Ahmad Badawi",), "Bangkok"),
            ],
            id="his-visiting-counterpart-is-a-party-and-the-visitor",
        ),
        pytest.param(
            "Bombs killed ten people in Kabul on Sunday. The attacks overshadowed a surprise "
            "visit by US Defense Secretary Robert Gates to the Afghan capital.",
            date(2006, 12, 17),
            [("visit", "ongoing", "2006-12-17", ("Robert Gates",), None)],
            id="an-unannounced-visit-is-the-story-s-news-whoever-the-lead-names",
        ),
        pytest.param(
            "Bombs killed ten people in Kabul on Sunday. The attacks overshadowed a visit by US "
            "Defense Secretary Robert Gates to the Afghan capital.",
            date(2006, 12, 17),
            [],
            id="an-announced-visit-needs-its-visitor-in-the-lead-to-take-its-day",
        ),
        pytest.param(
            "The minister's trip comes ahead of December 21 talks between Iran and Britain.",
            date(2005, 12, 12),
            [("meeting", "planned", "2005-12-21", ("Britain", "Iran"), None)],
            id="a-date-right-before-the-trigger-dates-it-even-after-ahead-of",
        ),
        pytest.param(
            "Talks between Iran and the so-called European Union resumed on Monday.",
            date(2005, 12, 12),
            [("meeting", "occurred", "2005-12-12", ("European Union", "Iran"), None)],
            id="so-called-does-not-break-a-list-of-parties",
        ),
        pytest.param(
            "Oil prices climbed on Monday as traders watched the weather. A fire burned north of "
            "London. The Organisation of Petroleum Exporting Countries, meeting in Kuwait, "
            "maintained its quota.",
            date(2005, 12, 12),
            [
                (
                    "summit",
                    "occurred",
                    "2005-12-12",
                    ("Organisation of Petroleum Exporting Countries",),
                    "Kuwait",
                )
            ],
            id="a-body-meeting-somewhere-in-an-apposition-is-the-lead-s-day",
        ),
        pytest.param(
            "Oil prices climbed on Monday. Rice, meeting in Moscow with Lavrov, said ties were "
            "good.",
            date(2005, 12, 12),
            [],
            id="a-person-meeting-somewhere-with-someone-is-no-gathering",
        ),
        pytest.param(
            "Blair flew from Baghdad to the southern port city of Basra on Sunday.",
            date(2006, 12, 17),
            [("visit", "ongoing", "2006-12-17", ("Tony Blair",), "Basra")],
            id="a-place-after-lower-case-words-and-a-place-noun-is-the-destination",
        ),
        pytest.param(
            "The accord was reached at the two-day third ASEAN Defence Chiefs' Conference "
            "(ADCC) that concluded here Wednesday.",
            date(2006, 11, 22),
            [("summit", "occurred", "2006-11-21/2006-11-22", ("ASEAN",), None)],
            id="a-length-told-before-a-gathering-s-own-name-spans-it",
        ),
        pytest.param(
            "The first ASEAN summit was held in Bali in 1976, the second in Kuala Lumpur in 1977.",
            date(2006, 11, 22),
            [
                ("summit", "occurred", "1976", ("ASEAN",), "Bali"),
                ("summit", "occurred", "1977", ("ASEAN",), "Kuala Lumpur"),
            ],
            id="another-edition-told-in-the-same-breath-is-another-gathering",
        ),
        pytest.param(
            "The ASEAN summit was held in Bali in 1976, the year the treaty was signed in 1976.",
            date(2006, 11, 22),
            [("summit", "occurred", "1976", ("ASEAN",), "Bali")],
            id="no-edition-without-an-ordinal",
        ),
        pytest.param(
            "The pact was signed at the two-day ASEAN Navy Chiefs' Meeting (ANCM) that ended here "
            "Wednesday. The first ANCM was held in Jakarta in 2001 and the second in Manila in "
            "2003.",
            date(2006, 11, 22),
            [
                ("summit", "occurred", "2001", ("ASEAN",), "Jakarta"),
                ("summit", "occurred", "2003", ("ASEAN",), "Manila"),
                ("summit", "occurred", "2006-11-21/2006-11-22", ("ASEAN",), None),
            ],
            id="a-gathering-s-abbreviation-names-it-and-its-body-again",
        ),
        pytest.param(
            "China hopes US President George W. Bush's imminent visit to the country will "
            "advance Sino-US relations, a Chinese Foreign Ministry spokesman Thursday\n\n"
            '"We expect that Bush\'s visit, slated for Nov. 19 to 21, will increase consensus," '
            "Foreign Ministry spokesman Liu Jianchao told the regular briefing Thursday afternoon.",
            date(2005, 11, 17),
            [("visit", "planned", "2005-11-19/2005-11-21", ("George W. Bush",), "China")],
            id="the-day-after-a-spokesman-dates-the-report-and-the-stated-span-wins",
        ),
        pytest.param(
            "South Korean Foreign Minister Ban Ki-moon will hold one-on-one talks with his "
            "Japanese counterpart Taro Aso on the sidelines of the upcoming forum, reported South "
            "Korean Yonhap News Agency on Wednesday. But the exact date of the meeting has not "
            "been fixed.",
            date(2005, 11, 2),
            [],
            id="a-day-after-an-agency-s-long-name-dates-the-report-so-the-talks-have-no-date",
        ),
        pytest.param(
            "OPEC ministers meeting in Nigeria on Thursday announced the latest round of "
            "production cuts.",
            date(2006, 12, 15),
            [("summit", "occurred", "2006-12-14", ("OPEC",), "Nigeria")],
            id="ministers-meeting-somewhere-on-the-day-before-the-story-are-done",
        ),
        pytest.param(
            "The Asia-Pacific Economic Cooperation (APEC) ministers met in Busan. After wrapping "
            "up a two-day ministerial meeting, the ministers endorsed a joint statement.",
            date(2005, 11, 16),
            [
                (
                    "summit",
                    "occurred",
                    "2005-11-15/2005-11-16",
                    ("Asia-Pacific Economic Cooperation",),
                    "Busan",
                )
            ],
            id="a-gathering-wrapped-up-before-the-clause-ends-on-the-story-s-day",
        ),
        pytest.param(
            "Russian Foreign Minister Sergei Lavrov met Georgian Foreign Minister Gela "
            "Bezhuashvili on Wednesday. Bezhuashvili's meeting with Lavrov was seen as a bid to "
            "mend ties that nose-dived in late September.",
            date(2006, 11, 4),
            [
                (
                    "meeting",
                    "occurred",
                    "2006-11-01",
                    ("Gela Bezhuashvili", "Sergei Lavrov"),
                    None,
                )
            ],
            id="a-date-in-a-relative-clause-on-a-noun-of-the-predicate-is-not-the-event-s",
        ),
        pytest.param(
            "Russia will sign the deal in Hanoi, where the 14th Asia-Pacific Economic "
            "Cooperation (APEC) Economic Leaders' Informal Meeting is held on Nov. 18-19.",
            date(2006, 11, 17),
            [
                (
                    "summit",
                    "planned",
                    "2006-11-18/2006-11-19",
                    ("Asia-Pacific Economic Cooperation",),
                    None,
                )
            ],
            id="a-body-s-long-name-and-bracketed-abbreviation-before-its-gathering-s-name",
        ),
        pytest.param(
            "The 39th Association of Southeast Asian Nations (ASEAN) Informal Ministerial Meeting "
            "will be held in Manila on Monday.",
            date(2006, 11, 10),
            [
                (
                    "summit",
                    "planned",
                    "2006-11-13",
                    ("Association of Southeast Asian Nations",),
                    "Manila",
                )
            ],
            id="a-gathering-named-after-a-bracketed-abbreviation-is-that-body-s",
        ),
        pytest.param(
            "In a report released at the ongoing UN Climate Change Conference, the UN "
            "Environment Programme said rainwater harvesting had been neglected.",
            date(2006, 11, 13),
            [("summit", "ongoing", "2006-11-13", ("UN Climate Change Conference",), None)],
            id="a-body-s-gathering-named-for-its-theme-is-known-by-its-own-name",
        ),
        pytest.param(
            "The UN Habitat Conference opened in Vancouver on Monday. Officials said rules were "
            "finalized for the Urban Fund, which is another concrete progress at the conference.",
            date(2006, 11, 14),
            [("summit", "ongoing", "2006-11-13", ("UN Habitat Conference",), "Vancouver")],
            id="a-theme-named-gathering-keeps-its-name-over-a-body-told-later",
        ),
        pytest.param(
            "The three-day APEC CEO Summit was kicked off here on Thursday morning.",
            date(2006, 11, 16),
            [("summit", "ongoing", "2006-11-16/2006-11-18", ("APEC",), None)],
            id="a-gathering-named-for-who-meets-is-the-body-s",
        ),
        pytest.param(
            "A meeting of the five permanent members of the UN Security Council plus Germany is "
            "planned for Tuesday to discuss Iran. The so-called P5-plus-one group -- Britain, "
            "China, France, Germany, Russia and the United States -- has been trying for weeks "
            "to agree on sanctions.",
            date(2006, 12, 2),
            [
                (
                    "summit",
                    "planned",
                    "2006-12-05",
                    ("Britain", "China", "France", "Germany", "Russia", "United States"),
                    None,
                )
            ],
            id="a-body-s-members-plus-a-country-are-the-group-the-article-lists",
        ),
        pytest.param(
            "A meeting of the permanent members of the UN Security Council plus Japan is planned "
            "for Friday to discuss North Korea.",
            date(2006, 12, 2),
            [("summit", "planned", "2006-12-08", ("Japan", "UN Security Council"), None)],
            id="a-body-s-members-plus-a-country-unlisted-are-the-body-and-the-country",
        ),
        pytest.param(
            "Incumbent President Hugo Chavez is favored to beat opposition candidate Manuel "
            "Rosales. The observers will inspect the voting stations. They will release their "
            "conclusions at a press conference after exchanging views with the National "
            "Electoral Council on Dec. 5.",
            date(2006, 11, 28),
            [],
            id="they-after-a-plural-common-noun-subject-are-those-not-the-people-named",
        ),
        pytest.param(
            "President Hugo Chavez is favored to beat opposition candidate Manuel Rosales. The "
            "monitors will watch the polling stations. They will hold talks with the electoral "
            "council on Friday.",
            date(2006, 11, 28),
            [],
            id="they-after-monitors-watching-a-vote-are-the-monitors",
        ),
        pytest.param(
            "US President George W. Bush met Russian President Vladimir Putin on Monday. The two "
            "leaders discussed trade. They will hold talks again on Friday.",
            date(2006, 11, 28),
            [
                ("meeting", "occurred", "2006-11-27", ("George W. Bush", "Vladimir Putin"), None),
                ("meeting", "planned", "2006-12-01", ("George W. Bush", "Vladimir Putin"), None),
            ],
            id="they-after-the-two-leaders-are-the-leaders-named",
        ),
        pytest.param(
            "The UN estimates that a million people need food. Fall flew to Baidoa on Monday. He "
            "sought a resumption of dialogues following the postponement of the third round of "
            "the Khartoum peace talks early this month.",
            date(2006, 11, 21),
            [],
            id="peace-talks-are-not-the-gathering-of-a-body-named-sentences-before",
        ),
        pytest.param(
            "The European Union said it would send more aid. Olmert will also raise ways of "
            "reviving the peace talks with the Palestinians on Wednesday, Eisin said.",
            date(2006, 11, 21),
            [],
            id="reviving-peace-talks-is-no-summit-of-the-body-told-before",
        ),
    ],
)
def test_clause_structure(text, dct, expected):
    assert _events(text, dct) == expected


def test_a_visit_told_by_last_week_is_not_the_stay_under_way_this_week():
    text = (
        "US House Speaker Newt Gingrich met Taiwanese President Lee Teng-hui Wednesday for "
        "talks at the start of a whirlwind visit to the nationalist island.\n\n"
        "Gingrich told President Jiang Zemin during a visit to China last week that the United "
        "States would be prepared to intervene."
    )
    visits = [e for e in extract(text, date(1997, 4, 2)) if e.type == "visit"]
    assert sorted((e.date.value, e.location.name if e.location else None) for e in visits) == [
        ("1997-04-02", None),
        ("1997-W13", "China"),
    ]


def test_an_arrival_and_the_visit_it_is_for_are_one_event():
    text = (
        "Li Changchun, a member of the Standing Committee, said China values the ties, Li said. "
        "Li arrived in Dodoma on Tuesday evening for a two-day goodwill visit to Tanzania."
    )
    visits = [e for e in extract(text, date(2005, 11, 23)) if e.type == "visit"]
    assert [(v.date.value, [p.name for p in v.participants]) for v in visits] == [
        ("2005-11-22/2005-11-23", ["Li Changchun"])
    ]


def test_undated_leg_of_a_dated_tour():
    text = (
        "Chinese President Hu Jintao will pay state visits to Vietnam, Laos and India from "
        "Nov. 15 to 23. Hu will visit Laos from Nov. 19 to 20. Hu will visit India from Nov. 20 "
        "to 23."
    )
    legs = {e.location.name: e.date.value for e in extract(text, date(2006, 11, 7)) if e.location}
    assert legs == {
        "Vietnam": "2006-11-15/2006-11-19",
        "Laos": "2006-11-19/2006-11-20",
        "India": "2006-11-20/2006-11-23",
    }


def test_a_meeting_the_day_s_next_step_names_with_a_described_title():
    # "was then whisked to": the next step of the day the visit is dated; "authoritarian
    # President X": a description before the title; ", accompanied by Y,": not the subject's
    # distance from its verb
    text = (
        "Italian Prime Minister Romano Prodi made a flying visit to the southern Albanian town "
        "of Vlore on Sunday. The Italian leader, accompanied by Albanian Prime Minister Bashkim "
        "Fino, was then whisked to Tirana aboard an Italian military helicopter for a meeting "
        "with authoritarian President Sali Berisha."
    )
    meetings = [e for e in extract(text, date(1997, 4, 13)) if e.type == "meeting"]
    assert [(m.date.value, sorted(p.name for p in m.participants)) for m in meetings] == [
        ("1997-04-13", ["Romano Prodi", "Sali Berisha"])
    ]


def test_a_coordinated_verb_phrase_shares_the_clause_s_subject():
    # "... and hold talks with X": the rule's phrase opens with the coordinated verb
    text = (
        "Egyptian Prime Minister Kamal Ganzouri would on Wednesday attend briefings on "
        "Singapore's public transport, housing and port development systems and hold talks with "
        "President Ong Teng Cheong."
    )
    meetings = [e for e in extract(text, date(1997, 4, 15)) if e.type == "meeting"]
    assert [sorted(p.name for p in m.participants) for m in meetings] == [
        ["Kamal Ganzouri", "Ong Teng Cheong"]
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "A fierce debate over the council expansion before the September UN summit failed "
            "to produce any agreement.",
            date(2005, 11, 10),
            [("summit", "occurred", "2005-09", ("UN",), None)],
        ),
        (
            "The ministers will gather on Nov. 15, ahead of the Nov. 18-19 leaders' meeting of "
            "the Asia-Pacific Economic Cooperation (APEC) forum.",
            date(2005, 11, 12),
            [
                (
                    "summit",
                    "planned",
                    "2005-11-18/2005-11-19",
                    ("Asia-Pacific Economic Cooperation",),
                    None,
                ),
            ],
        ),
    ],
)
def test_a_date_in_the_noun_phrase_after_before_or_ahead_of_dates_that_event(text, dct, expected):
    assert _events(text, dct) == expected


def test_a_conference_opened_by_an_official_is_the_gathering_of_the_body_his_office_names():
    text = (
        "UN chief Kofi Annan on Monday opened a high-level conference here that turned the "
        "spotlight on sexual abuse by peacekeepers."
    )
    events = extract(text, date(2006, 12, 4))
    assert [(e.type, e.date.value, sorted(p.name for p in e.participants)) for e in events] == [
        ("summit", "2006-12-04", ["Kofi Annan", "United Nations"])
    ]
    # no body in the office: no gathering known by a body
    plain = "Mayor John Smith on Monday opened a conference on parking."
    assert extract(plain, date(2006, 12, 4)) == []


def test_a_conference_a_body_hosts_that_a_leader_told_in_the_lead_is_the_lead_s_news():
    text = (
        "Leaders from African countries told the European Union (EU) on Friday that Africa "
        'needs aid, not interference. "Stop interfering," Ugandan President Yoweri Museveni '
        "told a conference on state governance hosted by the European Commission (EC) in "
        "Brussels."
    )
    assert [
        (e.type, e.status, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2006, 11, 17))
    ] == [("summit", "occurred", "2006-11-17", ["European Commission"])]
    # a meeting told to, with no host: still no gathering between parties
    assert extract("Yang told a meeting on food safety on Friday.", date(2006, 11, 17)) == []


def test_a_body_s_meeting_told_in_passing_at_its_place_is_under_way_on_the_lead_s_day():
    text = (
        "Burmese opposition leader Aung San Suu Kyi on Tuesday urged action on Burma. She spoke "
        "in a video message delivered to the annual session of the UN Human Rights Commission "
        "meeting in Geneva."
    )
    assert [
        (e.type, e.status, e.date.value, e.location.name if e.location else None)
        for e in extract(text, date(1997, 4, 8))
    ] == [("summit", "ongoing", "1997-04-08", "Geneva")]


def test_an_event_told_days_after_another_in_a_dated_clause_is_that_long_before_it():
    text = (
        "French presidential candidate Segolene Royal arrived in Israel Sunday, three days after "
        "kicking off a Middle East tour in neighboring Lebanon."
    )
    assert _events(text, date(2006, 12, 3)) == [
        ("visit", "occurred", "2006-11-30", ("Segolene Royal",), "Lebanon"),
        ("visit", "ongoing", "2006-12-03", ("Segolene Royal",), "Israel"),
    ]


def test_a_visit_the_lead_tells_as_begun_is_the_story_s_news():
    text = (
        "US Secretary of State Condoleezza Rice on Monday condemned a suicide bombing. "
        '"This has to be condemned," Rice said aboard the plane bringing her to Berlin, where '
        "she began a five-day European tour."
    )
    assert _events(text, date(2005, 12, 5)) == [
        ("visit", "ongoing", "2005-12-05/2005-12-09", ("Condoleezza Rice",), None)
    ]


def test_a_pronoun_after_a_named_subject_and_an_office_named_in_apposition():
    # "he" is the person his sentence named before him, not the one after the next comma; the
    # office "Venezuelan Ambassador" is the person named after it, not Venezuela's president
    text = (
        "Venezuelan President Hugo Chavez criticized the vote on Wednesday. Ecuadorean Foreign "
        "Minister Francisco Carrion said he had summoned Venezuelan Ambassador to Ecuador, Oscar "
        "Navas, on Wednesday morning to lodge a complaint about Chavez's comments. After the "
        "meeting, Navas told reporters that there was no interference."
    )
    meetings = [e for e in extract(text, date(2006, 11, 8)) if e.type == "meeting"]
    assert [(m.date.value, sorted(p.name for p in m.participants)) for m in meetings] == [
        ("2006-11-08", ["Francisco Carrion", "Oscar Navas"])
    ]


def test_a_meeting_of_an_organ_a_body_owns_is_that_body_s_gathering():
    # the organ is the party, in lower case as in capitals, by the body's written-out name
    # (the seventh sample review's 26, which judged the parent alone wrong)
    text = (
        "The African Union on Thursday named a new commander. The delegate, who is "
        "participating in the AU's peace and security council meeting in Abuja, said the "
        "commander would be appointed soon."
    )
    assert [
        (e.type, e.status, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2006, 11, 30))
    ] == [("summit", "ongoing", "2006-11-30", ["African Union Peace and Security Council"])]


def test_ministers_meeting_somewhere_told_in_passing_are_under_way_on_the_lead_s_day():
    text = (
        "The United States on Tuesday urged Kabila to open the camps. European foreign "
        "ministers meeting in Luxembourg also called on Kabila to guarantee access."
    )
    assert _events(text, date(1997, 4, 29)) == [
        ("summit", "ongoing", "1997-04-29", ("European Union",), "Luxembourg")
    ]
    # "the foreign ministers' meeting in Luxembourg": a noun, which a date of its own dates
    noun = "The US on Tuesday urged Kabila to act. The ministers' meeting in Luxembourg ended."
    assert _events(noun, date(1997, 4, 29)) == []


def test_a_development_bank_s_annual_conference_is_a_gathering_of_that_body():
    text = (
        "The annual conference of the European Bank for Reconstruction and Development (EBRD) "
        "held here Monday and Tuesday warned of the fragility of economic reforms."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(1997, 4, 15))
    ] == [("summit", "1997-04-14/1997-04-15", ["European Bank for Reconstruction and Development"])]


def test_each_person_met_in_turn_is_a_meeting_of_its_own():
    text = (
        "US Assistant Secretary of State Richard Boucher met President Pervez Musharraf and "
        "Prime Minister Shaukat Aziz on Tuesday."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2006, 11, 7))
    ] == [
        ("meeting", "2006-11-07", ["Pervez Musharraf", "Richard Boucher"]),
        ("meeting", "2006-11-07", ["Richard Boucher", "Shaukat Aziz"]),
    ]
    # the people met together in a list that names more than them stay one meeting
    one = "The panel was to meet Bush and members of his team, including Dick Cheney, on Monday."
    assert len([e for e in extract(one, date(2006, 11, 12)) if e.type == "meeting"]) <= 1


def test_talks_held_with_people_in_turn_are_a_meeting_with_each():
    text = (
        "Egyptian Prime Minister Kamal Ahmed El-Ganzoury arrived here Tuesday for a visit. "
        "Kamal would on Wednesday hold talks with President Ong Teng Cheong and former premier "
        "Lee Kuan Yew."
    )
    assert [
        (e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(1997, 4, 15))
        if e.type == "meeting"
    ] == [
        ("1997-04-16", ["Kamal Ahmed El-Ganzoury", "Ong Teng Cheong"]),
        ("1997-04-16", ["Kamal Ahmed El-Ganzoury", "Lee Kuan Yew"]),
    ]
    # "a meeting with A and B" is one sitting
    one = (
        "Boucher made the assurance during a meeting with Prime Minister Girija Prasad Koirala "
        "and Speaker Subash Chandra Nemwang on Tuesday."
    )
    assert len([e for e in extract(one, date(2006, 11, 7)) if e.type == "meeting"]) == 1


def test_visiting_opens_a_sentence_before_an_adjective_of_the_visitor():
    text = (
        "Visiting exiled Hamas leader Khaled Meshaal warned earlier Saturday that the "
        "Palestinian authorities could collapse."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2006, 11, 25))
    ] == [("visit", "2006-11-25", ["Khaled Meshaal"])]


def test_what_the_visiting_leader_said_when_meeting_someone_names_him_as_a_side():
    text = (
        "U.S. President George W. Bush arrived in Vietnam on Friday. The visiting U.S. "
        "president said this when meeting with Vietnamese State President Nguyen Minh Triet."
    )
    assert ("meeting", "2006-11-17", ["George W. Bush", "Nguyen Minh Triet"]) in [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2006, 11, 17))
    ]


def test_a_name_and_its_abbreviation_in_brackets_are_one_item_of_a_list():
    text = (
        "Officials from the United States, Japan, the European Union (EU) and Norway opened a "
        "two-day conference here on Monday regarding Sri Lanka's fragile peace process."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2006, 11, 20))
    ] == [
        (
            "summit",
            "2006-11-20/2006-11-21",
            ["European Union", "Japan", "Norway", "United States"],
        )
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The 55 member states of the OSCE failed Tuesday to agree a joint declaration at a "
            "ministerial meeting here.",
            date(2005, 12, 6),
            ("summit", "2005-12-06", ["OSCE"]),
        ),
        (
            "Chinese President Hu Jintao made the remarks here Saturday when addressing the "
            "opening ceremony of the Beijing Summit of the Forum on China-Africa Cooperation.",
            date(2006, 11, 4),
            ("summit", "2006-11-04", ["Forum on China-Africa Cooperation"]),
        ),
    ],
)
def test_a_gathering_where_the_clause_s_deed_was_done_takes_the_clause_s_day(text, dct, expected):
    assert expected in [
        (e.type, e.date.value, [p.name for p in e.participants]) for e in extract(text, dct)
    ]


def test_earlier_in_the_day_is_the_day_the_story_tells_of():
    text = (
        "Iranian President Mahmoud Ahmadinejad met Iraqi President Jalal Talabani in Tehran on "
        "Tuesday. Earlier in the day, Talabani also met Chairman of the Expediency Council "
        "Akbar Hashemi Rafsanjani."
    )
    assert ("meeting", "2005-11-22", ["Akbar Hashemi Rafsanjani", "Jalal Talabani"]) in [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2005, 11, 22))
    ]


def test_talks_soon_after_arrival_take_the_day_the_visit_opens():
    text = (
        "Iraqi President Jalal Talabani arrived in Tehran on Monday afternoon for a three-day "
        "official visit. The Iraqi president held close-door official talks with his Iranian "
        "counterpart Mahmoud Ahmadinejad soon after arrival."
    )
    assert ("meeting", "2005-11-21", ["Jalal Talabani", "Mahmoud Ahmadinejad"]) in [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2005, 11, 22))
    ]


def test_a_region_s_leaders_at_a_summit_make_it_their_body_s():
    text = (
        "The issue of VAT tax harmonisation is to be discussed by European heads of state "
        "during a summit on December 15-16."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2005, 12, 7))
    ] == [("summit", "2005-12-15/2005-12-16", ["European Union"])]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Zambian President Levy Mwanawasa also complained during the just-ended Commonwealth "
            "summit in the Mediterranean island country Malta that prices would fall.",
            date(2005, 11, 29),
            [("summit", "2005-11")],
        ),
        (
            "Putin said ahead of the 14th APEC (Asia-Pacific Economic Cooperation) summit "
            "meeting in Hanoi that energy markets need transparency.",
            date(2006, 11, 17),
            [("summit", "2006-11")],
        ),
        # reports made before a gathering the story tells of afterwards: no date of its own
        (
            "Contrary to reports ahead of the Group of Seven gathering in London, there was no "
            "specific discussion of the yen, Japanese Finance Minister Sadakazu Tanigaki said.",
            date(2005, 12, 5),
            [],
        ),
    ],
)
def test_a_body_s_gathering_just_over_or_spoken_ahead_of_is_in_the_story_s_month(
    text, dct, expected
):
    assert [(e.type, e.date.value) for e in extract(text, dct)] == expected


def test_after_a_gathering_its_own_predicate_dates_it():
    text = (
        "Speaker Kim Soo-Han was asked to appear at the Prosecutor General's Office after an "
        "Inter-Parliamentary Union meeting being hosted in Seoul ends on Tuesday, Yonhap said."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(1997, 4, 15))
    ] == [("summit", "1997-04-15", ["Inter-Parliamentary Union"])]


def test_a_gathering_just_attended_is_the_month_at_its_near_edge():
    """data/occasions.yaml: what a speaker said "after he attended" a summit the text does
    not date lies at the edge of the month nearest the day he spoke."""
    text = (
        "Cavaco Silva made the remarks in Sao Paulo after he attended the 16th "
        "Ibero-American Summit in the Uruguayan capital of Montevideo."
    )
    assert ("summit", "2006-10", "START") in [
        (e.type, e.date.value, e.date.mod) for e in extract(text, date(2006, 10, 7))
    ]


def test_a_summit_of_a_possessive_is_not_that_ones_summit():
    text = (
        "British Prime Minister Tony Blair, chairing the final summit of Britain's turn at the "
        "EU presidency, opened the summit on Friday."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2005, 12, 16))
    ] == [("summit", "2005-12-16", ["European Union"])]


def test_a_bodys_members_expected_to_discuss_a_matter_hold_its_gathering():
    text = (
        "The five permanent members of the UN Security Council -- Britain, China, France, "
        "Russia and the United States -- are expected to discuss Cyprus at Russia's suggestion "
        "later this month."
    )
    found = [
        (e.type, e.date.value, e.participants[0].name) for e in extract(text, date(1997, 4, 16))
    ]
    assert found == [("summit", "1997-04", "UN Security Council")]


def test_a_conference_of_the_parties_is_a_gathering_by_its_own_name():
    text = (
        "Cai Shuming from China received on Tuesday the Ramsar Wetland Conservation Award for "
        "Science at the ninth meeting of the conference of the contracting parties on wetland "
        "(COP9) in Kampala, capital of Uganda."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2005, 11, 8))
    ] == [("summit", "2005-11-08", ["conference of the contracting parties on wetland"])]


def test_officials_in_a_place_stand_for_its_country():
    text = (
        "US Assistant Secretary of State Richard Boucher held talks with officials in Ashgabat "
        "on Sunday."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2006, 12, 24))
    ] == [("meeting", "2006-12-24", ["Richard Boucher", "Turkmenistan"])]


def test_a_relative_clause_s_time_does_not_date_the_main_clause():
    """A fronted 'Kicking off a stay' opens the visit at its main clause's time; the Tuesday
    of the relative clause on the stay dates the talks it names, not the stay nor what the
    main clause tells."""
    text = (
        "Georgia's Prime Minister Zurab Nogaideli met US Secretary of State Condoleezza Rice on "
        "Monday. Kicking off a four-day stay in Washington, which includes talks Tuesday with "
        "Vice President Dick Cheney, Nogaideli also met national security advisor Stephen "
        "Hadley."
    )
    found = [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2006, 12, 11))
    ]
    assert ("visit", "2006-12-11/2006-12-14", ["Zurab Nogaideli"]) in found
    assert ("meeting", "2006-12-11", ["Stephen Hadley", "Zurab Nogaideli"]) in found


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the relative clause on the fronted stay: the main clause's subject holds its talks,
        # and a programme told in the present ("includes") puts its weekday ahead
        (
            "Georgia's Prime Minister Zurab Nogaideli met US Secretary of State Condoleezza "
            "Rice on Monday. Kicking off a four-day stay in Washington, which includes talks "
            "Tuesday with Vice President Dick Cheney, Nogaideli also met national security "
            "advisor Stephen Hadley.",
            date(2006, 12, 11),
            ("meeting", "planned", "2006-12-12", ["Dick Cheney", "Zurab Nogaideli"]),
        ),
        (
            "Chinese President Hu Jintao began a five-day state visit to France on Monday, "
            "which includes talks Friday with President Jacques Chirac.",
            date(2006, 10, 25),
            ("meeting", "planned", "2006-10-27", ["Hu Jintao", "Jacques Chirac"]),
        ),
        # told in the past: the weekday already gone
        (
            "Chinese President Hu Jintao began a five-day state visit to France on Monday, "
            "which included talks Tuesday with President Jacques Chirac.",
            date(2006, 10, 25),
            ("meeting", "occurred", "2006-10-24", ["Hu Jintao", "Jacques Chirac"]),
        ),
    ],
)
def test_what_a_programme_told_in_the_present_includes_is_ahead(text, dct, expected):
    assert expected in [
        (e.type, e.status, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, dct)
    ]


def test_a_relative_clause_on_a_gathering_s_own_name_still_dates_it():
    text = (
        "He was speaking on the eve of an international meeting of the Basel Convention on the "
        "Control of Transboundary Movements of Hazardous Wastes and their Disposal, which "
        "begins in Nairobi next week."
    )
    assert [(e.type, e.date.value) for e in extract(text, date(2006, 11, 24))] == [
        ("summit", "2006-W48")
    ]


def test_a_where_clause_on_a_place_does_not_date_the_event_before_it():
    text = (
        "Rashid also held talks with senior political officials in Italy, where the Senate "
        "voted last week in favor of a gradual lifting of UN sanctions against Iraq."
    )
    assert "1997-W17" not in [e.date.value for e in extract(text, date(1997, 4, 28))]


def test_a_phrase_opened_by_when_has_its_main_clause_s_subject():
    text = (
        "Chinese President Hu Jintao met Ghanaian President John Kufuor in Beijing on Friday. "
        "When meeting with Kufuor on Friday, Hu said China wishes to enhance cooperation."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2006, 11, 3))
    ] == [("meeting", "2006-11-03", ["Hu Jintao", "John Kufuor"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agreement was signed on Friday on the sidelines of an EU-Canada leaders' "
            "video-conference.",
            ("call", ["Canada", "European Union"]),
        ),
        (
            "Chinese and U.S. officials held the China-US talks in Beijing on Friday.",
            ("meeting", ["China", "United States"]),
        ),
    ],
)
def test_the_hyphened_sides_before_a_meeting_noun_hold_it(text, expected):
    assert [
        (e.type, sorted(p.name for p in e.participants)) for e in extract(text, date(2006, 11, 24))
    ] == [expected]


def test_people_listed_after_including_are_each_met():
    text = (
        "Chinese President Hu Jintao on Friday met, on separate occasions, with three African "
        "presidents, including Paul Kagame of Rwanda, Yoweri Museveni of Uganda and John "
        "Kufuor of Ghana. Kagame said ties were good. Museveni said so. Kufuor said so too."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2006, 11, 3))
    ] == [
        ("meeting", "2006-11-03", ["Hu Jintao", name])
        for name in ("Paul Kagame", "Yoweri Museveni", "John Kufuor")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese Vice Premier Wu Yi met with a delegation from the Kansai region of Japan "
            "here Friday.",
            ["Japan", "Wu Yi"],
        ),
        (
            "Chinese Vice Premier Wu Yi met with a delegation from the Kansai region of Japan "
            "here Friday. The delegation is headed by Fusae Ota, governor of Osaka-Fu, and "
            "Keiji Yamada, governor of Kyoto-Fu. Ota said so. Yamada said so.",
            ["Fusae Ota", "Keiji Yamada", "Wu Yi"],
        ),
        (
            "Chinese Premier Wen Jiabao met a Latvian delegation here on Friday headed by "
            "Speaker Erika Zommere.",
            ["Erika Zommere", "Wen Jiabao"],
        ),
    ],
)
def test_a_delegation_met_stands_for_its_heads_else_its_country(text, expected):
    assert [
        sorted(p.name for p in e.participants) for e in extract(text, date(2005, 11, 4))
    ] == [expected]


def test_a_summit_named_for_its_theme_is_known_by_its_whole_name():
    text = (
        "The second phase of the World Summit on the Information Society is to be held in "
        "Tunis from Nov. 16 to 18."
    )
    assert _events(text, date(2005, 11, 11)) == [
        (
            "summit",
            "planned",
            "2005-11-16/2005-11-18",
            ("World Summit on the Information Society",),
            "Tunis",
        )
    ]
    # an abbreviation only qualifies the theme: the body it names stays the party
    reform = "The September World Summit on UN reform was held in New York."
    assert [p for e in _events(reform, date(2005, 11, 2)) for p in e[3]] != [
        "September World Summit on UN"
    ]


def test_an_office_holder_the_article_does_not_name_stands_for_the_country():
    text = "Secretary of State Condoleezza Rice met the Japanese prime minister on Tuesday."
    assert _events(text, date(2006, 12, 19)) == [
        ("meeting", "occurred", "2006-12-19", ("Condoleezza Rice", "Japan"), None)
    ]
    # named in the article, the description is that person
    named = "Japanese Prime Minister Shinzo Abe arrived on Monday. " + text
    assert [e[3] for e in _events(named, date(2006, 12, 19)) if e[0] == "meeting"] == [
        ("Condoleezza Rice", "Shinzo Abe")
    ]


def test_envoys_named_later_as_having_met_are_the_people_of_the_countries_talks():
    text = (
        "The United States and North Korea Tuesday held their first direct talks on "
        "Pyongyang's nuclear weapons, officials said.\n\n"
        "A South Korean official confirmed that chief US envoy Christopher Hill had met "
        "directly with his counterpart from North Korea, Kim Kye-Gwan."
    )
    assert [e[3] for e in _events(text, date(2006, 12, 19))] == [
        ("Christopher Hill", "Kim Kye-Gwan")
    ]


def test_a_gathering_told_closing_then_opening_is_one_event_over_both_days():
    text = (
        "An action plan is expected to be adopted at the Beijing Summit of the Forum on "
        "China-Africa Cooperation (FOCAC), due to conclude on Sunday afternoon.\n\n"
        "The landmark Beijing Summit opened here Saturday morning."
    )
    events = _events(text, date(2006, 11, 5))
    assert [(e[0], e[2], e[3]) for e in events] == [
        ("summit", "2006-11-04/2006-11-05", ("Forum on China-Africa Cooperation",))
    ]


def test_a_date_before_a_coordinated_clause_s_new_subject_is_the_first_clause_s():
    # "... between April 7 and 9 and Levy would be in ...": the second visit is on its own days
    text = (
        "Defence Minister Turhan Tayan would visit Israel between April 7 and 9 and Foreign "
        "Minister David Levy would be in Ankara on April 8 and 9."
    )
    assert sorted(
        (e.date.value, [p.name for p in e.participants]) for e in extract(text, date(1997, 4, 3))
    ) == [("1997-04-07/1997-04-09", ["Turhan Tayan"]), ("1997-04-08/1997-04-09", ["David Levy"])]


def test_a_stay_dated_by_its_arrival_is_under_way_while_the_visitor_is_visiting_today():
    text = (
        "Visiting Hamas leader Khaled Meshaal warned Saturday that the talks could collapse. "
        "Meshaal, who arrived here on an unannounced visit on Wednesday night, made the remarks "
        "at a press conference."
    )
    assert [(e.type, e.status, e.date.value) for e in extract(text, date(2006, 11, 25))] == [
        ("visit", "ongoing", "2006-11-22")
    ]


def test_a_gathering_its_relative_clause_tells_as_opened_today_is_under_way():
    text = (
        "The Spanish prime minister was among the leaders attending the 16th Ibero-American "
        "Summit, which opened on Friday in Uruguay."
    )
    assert [(e.type, e.status, e.date.value) for e in extract(text, date(2006, 11, 3))] == [
        ("summit", "ongoing", "2006-11-03")
    ]


def test_a_journey_or_gathering_just_before_a_dated_clause_is_that_month():
    """data/occasions.yaml: a summit or visit told only as what came just before an arrival
    or a passage ("arrived ... on Tuesday after a summit", "after visiting Washington") is
    the month of that day, at its near edge."""
    text = (
        "The Cambodian prime minister arrived in Shandong on Tuesday after a commemorative "
        "summit of ASEAN leaders in Nanning."
    )
    assert ("summit", "2006-10", "END") in [
        (e.type, e.date.value, e.date.mod) for e in extract(text, date(2006, 11, 1))
    ]
    text = (
        "Zairean opposition leader Francois Lumumba was passing through Geneva after visiting "
        "Washington for talks with State Department officials."
    )
    assert ("visit", "1997-04") in [
        (e.type, e.date.value) for e in extract(text, date(1997, 4, 24))
    ]
    # the arrival itself is no journey before ("held talks with X soon after arrival")
    text = "Talabani held talks with Iranian President Mahmoud Ahmadinejad soon after arrival."
    assert "visit" not in [e.type for e in extract(text, date(2005, 11, 22))]


def test_a_former_office_does_not_make_the_days_meeting_background():
    """A "former" office describes a person, not the meeting: a meeting the story's report
    follows is that day's."""
    text = (
        "UN envoy Martti Ahtisaari said on Saturday that the international community would "
        "stay in Kosovo.\n\nAhtisaari, former Finnish president, told a press conference "
        "following meetings with Montenegrin leaders in Podgorica."
    )
    assert [(e.type, e.date.value) for e in extract(text, date(2005, 11, 26))] == [
        ("meeting", "2005-11-26")
    ]


def test_a_fronted_day_dates_the_event_a_schedule_word_governs():
    """A day opening the sentence dates the event that "are scheduled to begin" or "is
    expected to hold" has as its object (no purpose's infinitive), the weekday ahead."""
    text = (
        "Later Monday, delegations led by Prime Minister Maria do Carmo Silveira and her Angolan "
        "counterpart, Fernando Dias dos Santos, are scheduled to begin discussions on trade."
    )
    assert [(e.type, e.date.value) for e in extract(text, date(2005, 11, 28))] == [
        ("meeting", "2005-11-28")
    ]
    text = (
        "On Friday, Chinese President Hu Jintao is expected to hold talks with Vietnamese "
        "President Nguyen Minh Triet."
    )
    assert [(e.type, e.date.value, e.status) for e in extract(text, date(2006, 11, 15))] == [
        ("meeting", "2006-11-17", "planned")
    ]


def test_countries_talks_and_a_body_s_summit_are_two_gatherings():
    text = (
        "The fifth round of the six-party talks will begin on Nov. 9 in Beijing, the spokesman "
        "said. The negotiators might also attend the Asia-Pacific Economic Cooperation summit "
        "slated for mid November in Pusan. The six-party talks group China, North Korea, the "
        "United States, South Korea, Russia and Japan. The fourth-round six-party talks ended "
        "on Sept. 19."
    )
    found = [
        (e.type, e.date.value, len(e.participants)) for e in extract(text, date(2005, 11, 3))
    ]
    assert sorted(found) == [
        ("summit", "2005-09-19", 6),
        ("summit", "2005-11", 1),
        ("summit", "2005-11-09", 6),
    ]


def test_the_meeting_with_a_name_gives_the_other_side_of_a_meeting_told_with_one():
    text = (
        "The UN envoy James Baker will meet the leader of the Polisario Front in Algeria on "
        "April 26, a source said here Friday. Baker was named envoy in March. The meeting with "
        "Mohamed Abdelaziz in Tindouf will be his first visit to the region."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(1997, 4, 18))
        if e.type == "meeting"
    ] == [("meeting", "1997-04-26", ["James Baker", "Mohamed Abdelaziz"])]


def test_a_round_of_two_sides_hyphened_talks_is_a_meeting_that_such_talks_refer_to():
    text = (
        "The State Department said Tuesday it would hold a second round of talks soon. The "
        "North Koreans want a second round of United States-North Korean missile talks. The "
        "first such talks occurred in Berlin last April."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(1997, 4, 8))
    ] == [("meeting", "1996-04", ["North Korea", "United States"])]


def test_the_agent_of_words_said_during_a_visit_is_the_visitor():
    text = (
        "The statement followed similar comments by Wang Fengchao, deputy director of the "
        "office, during a visit to Hong Kong on April 4."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants], e.location.name)
        for e in extract(text, date(1997, 4, 14))
    ] == [("visit", "1997-04-04", ["Wang Fengchao"], "Hong Kong")]


def test_a_body_whose_name_a_line_break_split_after_its_hyphen_is_still_known():
    text = (
        "Putin and Bush, who were here attending the ongoing Asia- Pacific Economic "
        "Cooperation (APEC) Economic Leaders' Meeting in Hanoi, met on Sunday."
    )
    found = [
        (e.type, e.participants[0].name.split()[-1])
        for e in extract(text, date(2006, 11, 19))
        if e.type == "summit"
    ]
    assert found == [("summit", "Cooperation")]


def test_a_summit_that_is_the_agent_of_a_passive_is_not_its_subject_s():
    text = (
        "The meeting of the Standing Committee for Economic and Commercial Cooperation "
        "(COMCEC) of the Organization of the Islamic Conference (OIC) will be held in Istanbul "
        "on Nov. 21-24. Leaders of OIC member states will attend. COMCEC is one of the three "
        "standing committees established by the Third Islamic Summit Conference held in Mecca "
        "and Taif in 1981."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2006, 11, 20))
        if e.date.value == "1981"
    ] == [("summit", "1981", ["Organization of the Islamic Conference"])]




def test_a_visit_names_its_visitor_with_by_after_its_destination():
    text = (
        "The ministry announced a trip to Beijing by Dutch Economic Minister Hans Wijers "
        "scheduled for June 7-14."
    )
    assert _events(text, date(1997, 4, 15)) == [
        ("visit", "planned", "1997-06-07/1997-06-14", ("Hans Wijers",), "Beijing")
    ]


def test_a_date_in_a_relative_clause_on_another_noun_is_not_the_clause_date_of_a_gathering():
    # the gathering where the main clause's deed is done takes its clause's date, not the
    # date of a relative clause on the subject ("the visit, which had been set for ...")
    text = (
        "The visit, which had been set for June 7-14, was called off after France failed to "
        "agree a joint declaration at a NATO ministerial meeting here."
    )
    assert _events(text, date(1997, 4, 15)) == []


def test_an_office_in_apposition_to_the_party_of_a_fronted_meeting_is_skipped():
    text = (
        "Chinese Vice Premier Wu Yi spoke here Thursday. In a meeting with Kpatcha Gnassingbe, "
        "minister delegate in the Presidency in charge of Defence, Wu said ties were good."
    )
    assert _events(text, date(2005, 11, 24)) == [
        ("meeting", "occurred", "2005-11-24", ("Kpatcha Gnassingbe", "Wu Yi"), None)
    ]


def test_people_on_each_side_of_a_hyphened_meeting_noun_are_its_parties():
    text = (
        "Lebanese Prime Minister Fouad Seniora on Saturday presided over the Jordanian-Lebanese "
        "joint committee meetings with his Jordanian counterpart Adnan Badran."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(2005, 11, 26))
    ] == [("meeting", "2005-11-26", ["Adnan Badran", "Fouad Seniora"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States had set the date for the five experts to visit Guantanamo "
            "on Monday.",
            [],
        ),
        (
            "China will make arrangements for Hu Jintao to visit India on Monday.",
            [("visit", "planned", "2005-11-21", ("Hu Jintao",), "India")],
        ),
    ],
)
def test_the_subject_of_an_infinitive_after_for_is_the_visitor_not_the_clause_s(text, expected):
    assert _events(text, date(2005, 11, 18)) == expected


def test_a_listed_body_s_session_told_in_passing_at_its_place_is_under_way_on_the_lead_s_day():
    text = (
        "The Dutch government on Tuesday vowed to develop relations with China. The Netherlands "
        "sought to sponsor a resolution criticising China at the annual session of the UN Human "
        "Rights Commission in Geneva. The bill was passed at the last session of the National "
        "People's Congress in Beijing."
    )
    assert _events(text, date(1997, 4, 15)) == [
        ("summit", "ongoing", "1997-04-15", ("UN Human Rights Commission",), "Geneva")
    ]


def test_the_party_after_by_is_read_past_the_site_a_passive_meeting_took_place_at():
    text = (
        "Russian negotiator Ivan Rybkin was met at Grozny airport on Wednesday by the chief "
        "Chechen negotiator, first deputy prime minister Movladi Udugov."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(1997, 4, 30))
    ] == [("meeting", "1997-04-30", ["Ivan Rybkin", "Movladi Udugov"])]


def test_peace_talks_one_side_s_negotiator_opened_are_his_meeting_with_the_other_side():
    text = (
        "Russian negotiator Ivan Rybkin opened new peace talks in Chechnya Wednesday. "
        "Rybkin was met at Grozny airport by the chief Chechen negotiator, first deputy prime "
        "minister Movladi Udugov."
    )
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(text, date(1997, 4, 30))
    ] == [("meeting", "1997-04-30", ["Ivan Rybkin", "Movladi Udugov"])]


def test_a_noun_s_own_infinitive_after_for_keeps_the_clause_s_visitor():
    text = "Musharraf arrived here on Monday for a chance to visit the Great Wall."
    assert [
        (e.type, sorted(p.name for p in e.participants)) for e in extract(text, date(2005, 11, 18))
    ] == [("visit", ["Pervez Musharraf"])]


def test_items_of_a_news_advisory_are_the_advisory_s_day_and_to_come_unless_told_as_done():
    text = (
        "The following are some of the major international news stories scheduled to be "
        "covered or pursued by Xinhua on Saturday.\n\n"
        "-- NATO parliamentary forum on the Greater Middle East opens in Doha Saturday.\n\n"
        "-- Lebanese Prime Minister Fouad Seniora arrives in Amman.\n\n"
        "-- Chinese President Hu Jintao arrived in Islamabad."
    )
    found = {(e[0], e[1], e[2], e[3]) for e in _events(text, date(2005, 11, 26))}
    assert ("visit", "planned", "2005-11-26", ("Fouad Seniora",)) in found
    assert ("visit", "ongoing", "2005-11-26", ("Hu Jintao",)) in found  # there today


def test_attending_a_ceremony_in_a_place_abroad_is_a_visit_there_not_at_home():
    abroad = "US envoy Richard Boucher attended funeral ceremonies in Ashgabat on Sunday."
    assert [
        (e.type, e.location.name if e.location else None, [p.name for p in e.participants])
        for e in extract(abroad, date(2006, 12, 24))
    ] == [("visit", "Ashgabat", ["Richard Boucher"])]
    home = "Chinese Premier Wen Jiabao attended the opening ceremony in Beijing on Sunday."
    assert extract(home, date(2006, 12, 24)) == []


def test_a_trip_told_by_a_pronoun_is_that_of_the_undated_trip_told_last():
    text = (
        "King Gyanendra of Nepal reshuffled his cabinet on Wednesday shortly after returning "
        "from a foreign trip. The king brought in several new faces. His announcement came "
        "days after his return from a three-week trip to Africa."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants], e.location and e.location.name)
        for e in extract(text, date(2005, 12, 7))
    ] == [("visit", "2005-11", ["King Gyanendra"], "Africa")]


def test_a_trip_is_not_lent_the_visitor_of_an_unrelated_earlier_one():
    text = (
        "King Gyanendra returned from a foreign trip. Wales centre Gavin Henson was injured "
        "during the Lions tour of New Zealand in 2005."
    )
    assert [e for e in extract(text, date(2005, 12, 7)) if e.type == "visit"] == []


def test_the_team_leaving_for_another_place_is_the_next_leg_of_its_leader_s_trip():
    text = (
        "Surgeon General David Satcher on Wednesday led a team of medical specialists to "
        "Nairobi. The team will leave Nairobi on Thursday for Dar es Salaam."
    )
    assert sorted(
        (e.type, e.date.value, [p.name for p in e.participants], e.location and e.location.name)
        for e in extract(text, date(1998, 9, 30))
    ) == [
        ("visit", "1998-09-30", ["David Satcher"], "Nairobi"),
        ("visit", "1998-10-01", ["David Satcher"], "Dar es Salaam"),
    ]


def test_a_body_named_with_capitalised_words_before_it_is_governed_by_of():
    # the speaker's employer is no party of the gathering he speaks at
    text = (
        "The second phase of the World Summit on the Information Society (WSIS) wrapped up "
        "here on Friday with an agreement on Internet governance.\n\n"
        "Delegates adopted the Tunis Agenda on the final day of the summit, which kicked off "
        "on Wednesday.\n\n"
        '"It raised awareness," Yoshio Utsumi, secretary general of the International '
        "Telecommunication Union (ITU) told reporters at the end of the summit."
    )
    assert [e[3] for e in _events(text, date(2005, 11, 18)) if e[0] == "summit"] == [
        ("World Summit on the Information Society",)
    ]


def test_leaving_for_one_s_own_capital_is_no_visit():
    text = (
        "Chinese President Hu Jintao ended his official goodwill visit to Vietnam and left "
        "Hanoi for Beijing Wednesday."
    )
    assert [(e[0], e[3], e[4]) for e in _events(text, date(2005, 11, 2))] == [
        ("visit", ("Hu Jintao",), "Vietnam")
    ]


def test_a_gathering_s_own_long_name_is_one_phrase_before_its_date():
    text = (
        "The 10th meeting of the Joint Commission for Trade and Economic Cooperation (JCTEC) "
        "of the Association of Southeast Asian Nations (ASEAN) will be held in the Thai "
        "capital Bangkok on Nov. 21-24, local media reported on Monday."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2006, 11, 20))
    ] == [("summit", "2006-11-21/2006-11-24", ["JCTEC"])]


def test_the_place_and_time_closing_a_clause_date_its_talks_however_long_their_topic():
    text = (
        "Han said North Korean and US officials would sit down for talks on the return of "
        "remains of US soldiers killed during the Korean War and on restricting North Korean "
        "missile sales to the Middle East in New York in May."
    )
    assert [(e.type, e.date.value) for e in extract(text, date(1997, 4, 24))] == [
        ("meeting", "1997-05")
    ]


def test_the_summit_a_lead_s_news_is_made_at_is_under_way_on_the_lead_s_day():
    text = (
        "Britain was to present new budget proposals Friday to break the EU's deadlock, a "
        "spokesman for Prime Minister Tony Blair said, reporting progress in talks at a tense "
        "Brussels summit."
    )
    assert [(e.type, e.date.value, e.status) for e in extract(text, date(2005, 12, 16))] == [
        ("summit", "2005-12-16", "ongoing")
    ]


def test_a_body_s_organ_or_members_meeting_is_the_body_s_summit():
    # the organ is the subject of "meet"; "their meeting" points back to a body's members
    # named as an object; a body the article spells out meets alone
    cases = {
        "The governing board of the IAEA is to meet on Nov. 24 in Vienna for renewed "
        "discussions of Iran's nuclear policies.": ("2005-11-24", "IAEA"),
        "Documents endorsed by the ministers will be submitted to the APEC economic leaders "
        "for approval during their meeting on Nov. 18-19.": ("2005-11-18/2005-11-19", "APEC"),
        "The executive council of the African Union will meet in Addis Ababa on Dec. 2.": (
            "2005-12-02",
            "African Union",
        ),
        "Organisation of Arab Petroleum Exporting Countries meets on Saturday in Cairo.": (
            "2005-11-19",
            "Organisation of Arab Petroleum Exporting Countries",
        ),
    }
    for text, (when, body) in cases.items():
        assert [
            (e.type, e.date.value, [p.name for p in e.participants])
            for e in extract(text, date(2005, 11, 18))
        ] == [("summit", when, [body])], text


def test_talks_of_several_sides_at_one_table_are_a_summit():
    # "trilateral" talks whose sentence names a body and no country are the body's; a summit
    # "with" no party after it is still the body's summit, not a meeting
    cases = {
        "UN mission chief Martin told a press conference at the UN office in Kathmandu on "
        "Thursday that his team would start trilateral negotiations from Friday.": (
            "2006-11-10",
            "UN",
        ),
        "Estonian Prime Minister Andrus Ansip said leaders would leave the EU summit on Friday "
        "with the knowledge that there was enough money.": ("2006-11-10", "European Union"),
    }
    for text, (when, body) in cases.items():
        assert [
            (e.type, e.date.value, [p.name for p in e.participants])
            for e in extract(text, date(2006, 11, 9))
        ] == [("summit", when, [body])], text


def test_a_stay_of_a_told_length_ends_on_the_day_its_traveller_came_back_from_it():
    # heldout26: "His mission returned Thursday from a five-day visit to North Korea"
    for text, span in (
        (
            "World Vision president Dean Hirsch returned Thursday from a five-day visit to "
            "North Korea.",
            "1997-04-20/1997-04-24",
        ),
        (
            "Trade envoy Bill Richardson returned from a three-day trip to Japan on Thursday.",
            "1997-04-22/1997-04-24",
        ),
        # the place come back to between the return and its day (battery visits.yaml)
        (
            "South Korean President Kim Young-sam returned to Seoul on Thursday from a five-day "
            "visit to Indonesia.",
            "1997-04-20/1997-04-24",
        ),
        (
            "Japanese Foreign Minister Yukihiko Ikeda returned to the Japanese capital Thursday "
            "from a three-day visit to Manila.",
            "1997-04-22/1997-04-24",
        ),
    ):
        assert [(e.type, e.date.value, e.status) for e in extract(text, date(1997, 4, 25))] == [
            ("visit", span, "occurred")
        ], text


def test_a_journey_of_no_told_length_its_traveller_came_back_after_is_its_month():
    # battery visits.yaml: "returned to Beijing on Monday after state visits to Vietnam, Laos,
    # India and Pakistan" (as heldout11's "arrived here Thursday after a state visit to
    # Britain": the month, over); a length given still ends it on the day told
    for text, when in (
        (
            "Chinese President Hu Jintao returned to Beijing on Monday after state visits to "
            "Vietnam, Laos, India and Pakistan.",
            "2006-11",
        ),
        (
            "Indonesian President Susilo Bambang Yudhoyono returned home on Monday after a "
            "state visit to Australia.",
            "2006-11",
        ),
        (
            "Indonesian President Susilo Bambang Yudhoyono returned home on Monday after a "
            "three-day state visit to Australia.",
            "2006-11-25/2006-11-27",
        ),
    ):
        assert [(e.type, e.date.value, e.status) for e in extract(text, date(2006, 11, 27))] == [
            ("visit", when, "occurred")
        ], text


def test_an_end_of_a_stay_of_a_told_length_told_as_today_s_is_on_the_clause_s_day():
    # heldout25: "Scharping, ending a two-day visit, said ..." (a Saturday story); heldout24:
    # "King Abdullah II begins a two-day private visit Thailand"; heldout26: "said, hours
    # before the end of the ministerial conference of the OSCE in Ljubljana" (a Tuesday story)
    cases = [
        (
            "German defense minister Rudolf Scharping, ending a two-day visit, said Poland was "
            "well prepared to join the alliance.",
            date(1998, 12, 5),
            ("visit", "1998-12-04/1998-12-05", "ongoing"),
        ),
        (
            "Chinese Premier Wen Jiabao, wrapping up a three-day visit to Hungary, said Friday "
            "that trade would grow.",
            date(2005, 12, 17),
            ("visit", "2005-12-14/2005-12-16", "occurred"),
        ),
        (
            "Jordan's King Abdullah II begins a two-day private visit to Thailand.",
            date(2005, 12, 13),
            ("visit", "2005-12-13/2005-12-14", "ongoing"),
        ),
        (
            "US Under-Secretary of State Nicholas Burns said, hours before the end of the "
            "ministerial conference of the Organization for Security and Cooperation in Europe "
            "(OSCE) in Ljubljana, that all 55 members had agreed on a roadmap for reform.",
            date(2005, 12, 6),
            ("summit", "2005-12-06", "ongoing"),
        ),
    ]
    for text, dct, expected in cases:
        assert [(e.type, e.date.value, e.status) for e in extract(text, dct)] == [expected], text
    # a time clause in the present tells what is still to come
    text = (
        "The summit will be attended by Chinese President Hu Jintao after he concludes his "
        "state visit to Britain."
    )
    assert [e.type for e in extract(text, date(2005, 11, 8)) if e.type == "visit"] == []


def test_a_gathering_that_ends_in_a_few_days_told_in_the_present_is_under_way_till_then():
    # heldout25: "the conference, ... and which ends Sunday" in a Saturday story
    text = (
        "The deadlock threatens the outcome of the WTO ministerial conference, which ends "
        "Sunday."
    )
    assert [(e.type, e.date.value, e.status) for e in extract(text, date(2005, 12, 17))] == [
        ("summit", "2005-12-17/2005-12-18", "ongoing")
    ]
    text = "The WTO ministerial conference will end on Sunday."
    assert [(e.type, e.date.value) for e in extract(text, date(2005, 12, 17))] == [
        ("summit", "2005-12-18")
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the seventh sample review's 25: the list of six is the six powers', not the three
        # sponsors a sentence with "members" names first
        (
            "Six major powers resumed talks here Monday on Iran.\n\nThe council's five "
            "permanent members were edging closer to a deal on a draft drawn up by France, "
            "Britain and Germany.\n\nAmbassadors of Britain, China, France, Russia and the "
            "United States -- the council's five veto-wielding members -- plus Germany "
            "huddled informally Monday.",
            date(2006, 12, 11),
            ("Britain", "China", "France", "Germany", "Russia", "United States"),
        ),
        # (the review's 29) a sentence that names two of the six-way talks' members
        (
            "The negotiations -- which include Japan, China, North Korea, South Korea, Russia "
            "and the United States -- resume next week.\n\nNorth Korea walked away from the "
            "six-way talks in November 2005, demanding that the US lift sanctions.",
            date(2006, 12, 16),
            ("China", "Japan", "North Korea", "Russia", "South Korea", "United States"),
        ),
    ],
)
def test_a_group_named_by_its_number_has_that_many_members(text, dct, expected):
    summits = [e for e in _events(text, dct) if e[0] == "summit"]
    assert summits and all(e[3] == expected for e in summits)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the seventh review's 8: the time and the place (a country) between "met" and "with"
        (
            "Bush and Rice met last week in Jordan with Iraqi Prime Minister Nuri al-Maliki, "
            "who also demanded more responsibility for security.",
            date(2006, 12, 4),
            ("Bush", "Condoleezza Rice", "Nuri al-Maliki"),
        ),
        (
            "Abe met on Sunday in Vietnam with Chinese President Hu Jintao, officials said.",
            date(2006, 10, 11),
            ("Hu Jintao", "Shinzo Abe"),
        ),
    ],
)
def test_met_at_a_time_and_place_with_someone_names_whom_they_met(text, dct, expected):
    events = _events(text, dct)
    assert [e[3] for e in events if e[0] == "meeting"] == [expected]


def test_a_subject_s_office_apposition_with_a_long_bracketed_body_is_no_subject():
    # the seventh review's 24: the CPPCC is where Wang holds office, not who met
    text = (
        "Wang Zhongyu, vice-chairman of the National Committee of the Chinese People's "
        "Political Consultative Conference (CPPCC), met here Wednesday with Austrian Defence "
        "Minister Gunther Platter."
    )
    assert [e[3] for e in _events(text, date(2005, 11, 2))] == [
        ("Gunther Platter", "Wang Zhongyu")
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the seventh review's 40
        (
            "The 4th High-level Group Meeting of Alliance of Civilizations Initiative will be "
            "held in Istanbul on Monday with the participation of Turkish Prime Minister Recep "
            "Tayyip Erdogan and UN Secretary General Kofi Annan as well as other senior "
            "officials.",
            {"Recep Tayyip Erdogan", "Kofi Annan"},
        ),
        (
            "An ASEAN summit will open in Cebu on Wednesday with the participation of Chinese "
            "Premier Wen Jiabao and Japanese Prime Minister Shinzo Abe.",
            {"Wen Jiabao", "Shinzo Abe"},
        ),
    ],
)
def test_those_a_gathering_is_held_with_the_participation_of_take_part(text, people):
    (summit,) = [e for e in _events(text, date(2006, 11, 10)) if e[0] == "summit"]
    assert people <= set(summit[3])


def test_a_delegation_met_and_named_anew_by_its_body_is_one_meeting():
    text = (
        "Chinese top advisor Jia Qinglin met with a Japanese delegation here on Wednesday.\n\n"
        "Jia, chairman of the National Committee of the Chinese People's Political "
        "Consultative Conference (CPPCC), made the appeal while meeting the Japan-China "
        "Friendship Association delegation headed by its chairman Ikuo Hirayama."
    )
    assert len([e for e in _events(text, date(2005, 11, 2)) if e[0] == "meeting"]) == 1


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the seventh review's 33 and 14: a generic body's name the gathering's noun interrupts
        (
            "The 6th High Level Group Meeting on Education for All (EFA) finished here "
            "Thursday.\n\nSenegal will host the next High Level Group Meeting on EFA on Dec. "
            "11-13 of 2007.",
            date(2006, 11, 16),
            [("High Level Group on Education for All",)] * 2,
        ),
        # (the review's 40)
        (
            "The 4th High-level Group Meeting of Alliance of Civilizations Initiative will be "
            "held in Istanbul on Monday.",
            date(2006, 11, 10),
            [("High-level Group of Alliance of Civilizations Initiative",)],
        ),
        # (the name stops before the name of the body it is "of")
        (
            "At the concluding 5th High Level Group Meeting on Education For All of United "
            "Nations Educational, Scientific and Cultural Organization (UNESCO) here Wednesday, "
            "Archer told Xinhua that China gives priority to education.",
            date(2005, 11, 30),
            [("High Level Group on Education For All",)],
        ),
        (
            "The Joint Working Group Meeting on Border Security opened in Dhaka on Tuesday.",
            date(2006, 11, 14),
            [("Joint Working Group on Border Security",)],
        ),
        # (the review's 26) a body's organ written in lower case after its possessive
        (
            "The delegate, who is participating in the AU's peace and security council "
            "meeting in Abuja, said the commander would be appointed on Thursday.",
            date(2006, 11, 30),
            [("African Union Peace and Security Council",)],
        ),
    ],
)
def test_a_body_is_named_in_full_not_by_a_fragment_or_its_parent(text, dct, expected):
    assert [e[3] for e in _events(text, dct) if e[0] == "summit"] == expected


def test_a_journey_and_meeting_that_was_to_have_taken_place_are_cancelled():
    # the seventh sample review's 35: "was to have" + a participle, after "canceled a planned
    # visit": neither the trip nor its meeting came about
    text = (
        "Lebanese Prime Minister Rafik Al-Hariri canceled a planned visit to Alberta on "
        "doctor's advice, the Canadian foreign ministry said Saturday.\n\nHariri was to have "
        "traveled to Edmonton Saturday for a meeting with the provincial premier, Ralph Klein."
    )
    statuses = {e[0]: e[1] for e in _events(text, date(1997, 4, 12))}
    assert statuses == {"visit": "cancelled", "meeting": "cancelled"}


def test_a_call_noun_s_caller_follows_from():
    text = (
        "Before leaving for Aqaba, Arafat received an \"urgent\" telephone call from US "
        "Secretary of State Madeleine Albright on Wednesday, Palestinian radio said."
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, date(1997, 4, 23)) if e[0] == "call"] == [
        ("call", "1997-04-23", ("Madeleine Albright", "Yasser Arafat"))
    ]
    text = "Chirac took a phone call from German Chancellor Gerhard Schroeder on Monday."
    assert [(e[0], e[3]) for e in _events(text, date(2005, 11, 8))] == [
        ("call", ("Gerhard Schroeder", "Jacques Chirac"))
    ]


def test_an_office_holder_s_possessive_names_the_visitor():
    text = (
        "Cardinal Nasrallah Sfeir said Friday he hopes Pope John Paul II's visit will help "
        "Lebanon.\n\nThe pope's visit on May 10-11, \"while pastoral, will have political "
        'connotations," he said.'
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, date(1997, 4, 25))] == [
        ("visit", "1997-05-10/1997-05-11", ("John Paul II",))
    ]
    text = (
        "Philippine President Gloria Arroyo will go to Japan, her office said.\n\n"
        "The president's visit on Dec. 4-6 will focus on trade."
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2005, 11, 28))] == [
        ("visit", "2005-12-04/2005-12-06", ("Gloria Arroyo",))
    ]


def test_a_one_word_name_a_relative_who_stands_for_is_a_person():
    # (the surname misspelt by a letter is the one person named in full)
    text = (
        "President George W. Bush's adviser has doubts about Iraqi Prime Minister "
        "Nuri Malik's capacity.\n\n"
        "The White House has sought to avoid public criticism of Maliki, who is due to meet "
        "Bush in Jordan later Wednesday."
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2006, 11, 29))] == [
        ("meeting", "2006-11-29", ("George W. Bush", "Nuri Malik"))
    ]
    text = "Officials praised Tavares, who met Hu Jintao in Beijing on Monday."
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2006, 11, 29))] == [
        ("meeting", "2006-11-27", ("Hu Jintao", "Tavares"))
    ]


def test_the_people_a_deed_is_done_to_before_during_a_meeting_are_its_other_side():
    text = (
        "A report quoted an unnamed source as saying that President Gloria Arroyo made the "
        "commitment to former president Fidel Ramos and house speaker Jose de Venecia during "
        "a private meeting Monday."
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2005, 11, 2))] == [
        ("meeting", "2005-10-31", ("Fidel Ramos", "Gloria Arroyo", "Jose de Venecia"))
    ]
    text = "Wen Jiabao handed the letter to Prime Minister Shaukat Aziz during a meeting on Monday."
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2006, 11, 29))] == [
        ("meeting", "2006-11-27", ("Shaukat Aziz", "Wen Jiabao"))
    ]
    # a body one is elected to is no side of a meeting
    text = "Wen Jiabao was elected to the UN Security Council at a meeting on Monday."
    assert _events(text, date(2006, 11, 29)) == []


def test_a_time_after_a_visit_s_object_ends_it():
    text = (
        "The initiative will be unveiled by US Secretary of State Condoleezza Rice during her "
        "expected visit to the region early next year."
    )
    assert [(e[0], e[1], e[2], e[3]) for e in _events(text, date(2006, 12, 19))] == [
        ("visit", "planned", "2007", ("Condoleezza Rice",))
    ]
    text = "Japanese Prime Minister Shinzo Abe will pay a visit to the country next month."
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2006, 12, 19))] == [
        ("visit", "2007-01", ("Shinzo Abe",))
    ]


def test_a_deed_done_later_dates_on_the_lead_s_day():
    text = (
        "Violence flared in Gaza Monday, British Prime Minister Tony Blair said.\n\n"
        '"It\'s a critical moment," he said after later holding talks in Jerusalem with '
        "Israeli Prime Minister Ehud Olmert."
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2006, 12, 19))] == [
        ("meeting", "2006-12-18", ("Ehud Olmert", "Tony Blair"))
    ]
    text = (
        "Chinese Foreign Minister Li Zhaoxing arrived in Cairo on Tuesday.\n\n"
        "Li later met Egyptian President Hosni Mubarak."
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2006, 11, 22)) if e[0] == "meeting"] == [
        ("meeting", "2006-11-21", ("Hosni Mubarak", "Li Zhaoxing"))
    ]


def test_held_discussion_with_is_a_meeting():
    text = (
        "UN envoy Ian Martin held discussion with Maoist chief Prachanda on arms management "
        "on Thursday."
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, date(2006, 11, 9))] == [
        ("meeting", "2006-11-09", ("Ian Martin", "Prachanda"))
    ]


def test_an_office_holder_s_possessive_refers_back_and_owns_what_is_welcomed():
    # "the king's intervention" is the thing welcomed, not a king received
    text = (
        "King Hussein met Yasser Arafat on Tuesday. HAMAS immediately welcomed the king's "
        "intervention on Wednesday."
    )
    assert [(e[0], e[3]) for e in _events(text, date(1997, 4, 30))] == [
        ("meeting", ("King Hussein", "Yasser Arafat"))
    ]
    # "the Japanese ambassador's residence" names no one the article names after it
    text = (
        "An executive arrived in Osaka Friday after being held hostage in the Japanese "
        "ambassador's residence in Lima.\n\nShigeru Taki arrived at Kansai International "
        "Airport with his wife."
    )
    assert all("Shigeru Taki" not in e[3] for e in _events(text, date(1997, 4, 25)))


def test_the_last_word_of_a_body_s_name_before_who_is_no_person():
    text = (
        "The group would be met by Joan Brown Campbell of the National Council of Churches, "
        "who traveled with Craig on his trip to Havana on Wednesday."
    )
    assert all("Churches" not in e[3] for e in _events(text, date(2000, 4, 5)))


def test_items_under_a_dateline_of_a_news_highlights_advisory_are_the_advisory_s_day():
    # AFP's advisory: "news highlights on <day>" (or "What's coming up"), each item under its
    # city in capitals; what is not told as done is to come, or under way if it begins today
    text = (
        "Middle East news highlights on Tuesday:\n\n"
        "+ Lebanon in crisis after latest killing\n\n"
        "BANGKOK: Jordan's King Abdullah II begins a two-day private visit Thailand, followed "
        "by an official one-day visit (Thailand-Jordan-royal)\n\n"
        "KUWAIT CITY: Organisation of Arab Petroleum Exporting Countries meets, a day after "
        "OPEC decided to maintain its current output.(OAPEC-oil).\n\n"
        "TEHRAN: Press conference by Iranian government spokesman Gholam Hossein Elham"
    )
    found = {(e[0], e[1], e[2], e[3]) for e in _events(text, date(2005, 12, 13))}
    assert (
        "summit",
        "planned",
        "2005-12-13",
        ("Organisation of Arab Petroleum Exporting Countries",),
    ) in found
    assert any(
        e[0] == "visit" and e[1] == "ongoing" and e[2].startswith("2005-12-13") for e in found
    )
    coming = (
        "What's coming up around the world:\n\n"
        "+ Foreign ministers meet in Brussels\n\n"
        "-- TOP STORIES --\n\n"
        "BRUSSELS: European Union foreign ministers meet to discuss Turkey's membership talks. "
        "(EU-TURKEY)\n\n"
        "MOSCOW: Reporting as Russia and Belarus have just four days to agree on a price for gas."
    )
    assert {(e[0], e[1], e[2]) for e in _events(coming, date(2006, 12, 11))} == {
        ("summit", "planned", "2006-12-11")
    }


def test_a_body_written_out_only_in_a_person_s_title_goes_by_that_full_name():
    text = (
        "Chief of the International Atomic Energy Agency (IAEA) Mohamed ElBaradei presented a "
        "report on Friday. The governing board of the IAEA is to meet on Nov. 24 in Vienna."
    )
    assert [
        (e.type, e.date.value, [p.name for p in e.participants])
        for e in extract(text, date(2005, 11, 18))
    ] == [("summit", "2005-11-24", ["International Atomic Energy Agency"])]
    made_up = (
        "President of the Asian Development Bank (ADB) Haruhiko Kuroda spoke on Monday. The "
        "board of the ADB will meet on Dec. 2 in Manila."
    )
    assert [
        (e.type, [p.name for p in e.participants]) for e in extract(made_up, date(2005, 11, 28))
    ] == [("summit", ["Asian Development Bank"])]


def test_a_body_told_again_by_its_head_noun_in_lower_case_is_that_body():
    # "the council" after the Security Council is that council: its members' meeting is its
    # summit; no such body named before, no body ("the city council", "the council of elders")
    text = (
        "Diplomats said the Security Council's five permanent members were edging closer to a "
        "deal. France's UN Ambassador Jean-Marc de La Sabliere told reporters that he would "
        "explain the amended draft to the council's 15 members at a formal meeting later Monday."
    )
    assert [
        (e.type, e.date.value, e.status, [p.name for p in e.participants])
        for e in extract(text, date(2006, 12, 11))
    ] == [("summit", "2006-12-11", "planned", ["Security Council"])]
    made_up = (
        "The ambassador briefed the African Union's Peace and Security Council on Monday. The "
        "council will meet again in Addis Ababa on Friday."
    )
    assert [
        (e.type, e.date.value)
        for e in extract(made_up, date(2006, 12, 11))
        if e.date.value == "2006-12-15"
    ] == [("summit", "2006-12-15")]
    for alone in ("The city council met on Monday.", "The council of elders met on Monday."):
        assert extract(alone, date(2006, 12, 11)) == [], alone


def test_visiting_right_after_a_dateline_s_dash_is_the_visitor_s_stay():
    # the seventh sample review's 48: "Visiting X said Tuesday" after a dateline and "X, who
    # arrived here late Monday" are one stay, not two visits
    for text, dct in (
        (
            "CAIRO, Nov. 8 (Xinhua) -- Visiting UN Secretary-General Kofi Annan said Tuesday "
            "that the organization wants peace. Annan, who arrived here late Monday, made the "
            "remarks at a press conference.",
            date(2005, 11, 8),
        ),
        (
            "HANOI, May 3 (Xinhua) -- Visiting Japanese Foreign Minister Taro Aso said Wednesday "
            "that trade would grow. Aso, who arrived here Tuesday, spoke to reporters.",
            date(2006, 5, 3),
        ),
    ):
        visits = [e for e in extract(text, dct) if e.type == "visit"]
        assert len(visits) == 1, [(e.date.value, e.status) for e in visits]
        assert visits[0].status == "ongoing"


def test_a_bare_meeting_after_a_body_s_gathering_is_that_summit():
    # heldout29: "Kuwait is hosting the 138th OPEC conference ... The last such meeting here
    # was in 1966": a bare meeting noun after a summit refers back to it; "such", "last",
    # "next" make another gathering of the same body, on its own date
    text = (
        "Kuwait is hosting the 138th OPEC conference at a hotel in Kuwait City. "
        "The last such meeting here was in 1966."
    )
    assert ("summit", "occurred", "1966") in [
        (e.type, e.status, e.date.value) for e in extract(text, date(2005, 12, 10))
    ]
    # made up: the meeting that opens Monday is the ASEAN gathering told before, no meeting
    text = (
        "ASEAN foreign ministers will gather in Manila for their annual conference. "
        "The meeting will open on Monday. "
        "The next meeting is due in July."
    )
    found = _events(text, date(2006, 11, 15))
    assert [e[:3] for e in found if e[0] == "summit"] == [
        ("summit", "planned", "2006-11-20"),
        ("summit", "planned", "2007-07"),
    ], found
    assert not [e for e in found if e[0] == "meeting"], found


def test_a_named_bilateral_meeting_after_a_summit_stays_a_meeting():
    # "The Ban-Aso meeting" after APEC's gathering: a name before the noun, no back-reference
    text = (
        "APEC ministers opened their meeting in Busan on Saturday. "
        "The Ban-Aso meeting will be held late Monday afternoon."
    )
    assert [e.date.value for e in extract(text, date(2005, 11, 13)) if e.type == "summit"] == [
        "2005-11-12"
    ]


def test_members_who_finished_their_two_day_meeting_end_it_that_day():
    # "G20 finance ministers ... finished their 8th meeting here Sunday ... Attendants at the
    # two-day meeting": the two days up to Sunday
    text = (
        "Group 20 (G20) finance ministers and central bank governors finished their 8th meeting "
        "here Sunday. Attendants at the two-day meeting discussed energy security."
    )
    assert [(e.type, e.date.value) for e in extract(text, date(2006, 11, 19))] == [
        ("summit", "2006-11-18/2006-11-19")
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # heldout29 AFP_ENG_19970423.0219
            "In Tokyo, Prime Minister Ryutaro Hashimoto said Wednesday during talks with Peru's "
            "ambassador to Japan that he hoped to visit Fujimori soon.",
            date(1997, 4, 23),
            ("meeting", "1997-04-23"),
        ),
        (
            "China and Germany signed deals worth billions of dollars on Monday. In Berlin, "
            "Chancellor Angela Merkel said Monday during official talks with Chinese Premier Wen "
            "Jiabao that trade must grow.",
            date(2006, 11, 6),
            ("meeting", "2006-11-06"),
        ),
    ],
)
def test_talks_a_report_was_made_during_or_after_take_the_report_s_day(text, dct, expected):
    assert expected in [(e.type, e.date.value) for e in extract(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Iraqi Prime Minister Nuri al-Maliki unveiled a series of reform ideas Sunday after "
            "two days of talks with Kurdish leader Massoud Barzani.",
            date(2006, 12, 17),
            ("meeting", "occurred", "2006-12-16/2006-12-17"),
        ),
        (
            "The ministers of the Organization of the Islamic Conference adopted a declaration on "
            "Friday after three days of meetings in Mecca.",
            date(2006, 12, 17),
            ("summit", "occurred", "2006-12-13/2006-12-15"),
        ),
    ],
)
def test_talks_of_a_length_a_dated_deed_came_after_end_on_its_day(text, dct, expected):
    assert expected in [(e.type, e.status, e.date.value) for e in extract(text, dct)]


def test_peace_talks_of_a_length_a_dated_deed_came_after_are_dated_to_their_span():
    # heldout30 AFP_ENG_20061217.0269 (its parties are another matter)
    from services.worker.extraction.events.assemble import read_mentions
    from services.worker.extraction.events.dating import Timeline
    from services.worker.extraction.events.entities import find_entities
    from services.worker.extraction.events.text import Document
    from services.worker.extraction.events.triggers import find_triggers

    doc = Document(
        "Leaders of Iraq's bitterly divided political parties unveiled a series of reform ideas "
        "Sunday after two days of peace talks aimed at ending the bloodshed engulfing the country."
    )
    timeline = Timeline(doc, date(2006, 12, 17))
    mentions = read_mentions(doc, find_entities(doc), timeline, find_triggers(doc))
    assert [m.dated.date.value for m in mentions if m.type == "summit"] == [
        "2006-12-16/2006-12-17"
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # heldout30 XIN_ENG_20061129.0438
            "A summit between U.S. President George W. Bush and Iraqi Prime Minister Nuri "
            "al-Maliki was put off until Thursday, local media reported on Wednesday.",
            date(2006, 11, 29),
            ("meeting", "planned", "2006-11-30"),
        ),
        (
            "A meeting between Israeli Prime Minister Ehud Olmert and Palestinian President "
            "Mahmud Abbas has been delayed until next week, aides said Sunday.",
            date(2006, 12, 17),
            ("meeting", "planned", "2006-W51"),
        ),
    ],
)
def test_an_event_moved_to_a_time_is_planned_then(text, dct, expected):
    assert expected in [(e.type, e.status, e.date.value) for e in extract(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Officials said Dar's role came to light after a special team of Delhi Police was "
            "sent to Kashmir Nov.1 and was asked to probe links between guerrilla groups.",
            date(2005, 11, 13),
            [("visit", "occurred", "2005-11-01", ("Delhi Police",), "Kashmir")],
            id="a-team-of-a-body-sent-to-a-place",
        ),
        pytest.param(
            "But Palestinian officials said they would still send a high-level delegation to "
            "Washington this week as requested by Clinton.",
            date(1997, 4, 8),
            [("visit", "planned", "1997-W15", ("Palestine",), "Washington")],
            id="a-delegation-a-country-s-officials-will-send",
        ),
        pytest.param(
            "Kenya dispatched a delegation, which was headed by Foreign Minister Raphael Tuju, "
            "to Addis Ababa on Monday.",
            date(2006, 11, 22),
            [("visit", "ongoing", "2006-11-20", ("Raphael Tuju",), "Addis Ababa")],
            id="the-leader-of-a-delegation-sent-travels-not-the-sender",
        ),
        pytest.param(
            "The ministry sent a team to search the bodies on Monday.",
            date(2006, 11, 22),
            [],
            id="a-team-sent-to-do-a-task-names-no-place",
        ),
    ],
)
def test_a_delegation_or_team_sent_to_a_place_visits_it(text, dct, expected):
    assert _events(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "Chief negotiator of the Republic of Korea (ROK) urged all parties to have patience. "
            "Song Min-soon told reporters when leaving the hotel to attend the fifth round of the "
            "six-party talks, which opened in Beijing Wednesday morning.",
            date(2005, 11, 9),
            ("China", "Japan", "North Korea", "Russia", "South Korea", "United States"),
            id="the-six-party-talks-an-article-does-not-list",
        ),
        pytest.param(
            "Six major powers resumed talks on Iran's nuclear programme in Paris on Tuesday.",
            date(2006, 11, 22),
            ("Britain", "China", "France", "Germany", "Russia", "United States"),
            id="six-powers-on-iran",
        ),
    ],
)
def test_talks_named_by_their_number_have_their_known_members(text, dct, expected):
    summits = [e for e in _events(text, dct) if e[0] == "summit"]
    assert [e[3] for e in summits] == [expected]


def test_talks_a_visitor_works_to_resume_are_no_round_held_that_day():
    text = (
        "U.S. Assistant Secretary of State Christopher Hill arrived here Monday afternoon to "
        "continue efforts on resuming the six-party talks on the Korean Peninsula nuclear issue."
    )
    assert [e for e in _events(text, date(2006, 11, 27)) if e[0] == "summit"] == []


def test_the_two_diplomats_are_the_last_two_people_of_those_offices():
    # the eighth sample review's 13: "The two diplomats" are the foreign ministers named
    # before, not the president and prime minister named since
    for text, dct, pair in (
        (
            "South Korean Foreign Minister Ban Ki-moon and Japanese Foreign Minister Taro Asao "
            "will meet later Monday. The Ban-Asao meeting comes ahead of a summit between South "
            "Korean President Roh Moo-hyun and Japanese Prime Minister Junichiro Koizumi on "
            "Friday. The two diplomats are also to have a dinner meeting on Tuesday.",
            date(2005, 11, 14),
            {"Ban Ki-moon", "Taro Asao"},
        ),
        (
            "French Foreign Minister Michel Barnier and German Foreign Minister Joschka Fischer "
            "signed the accord on Monday, hours after President Jacques Chirac telephoned "
            "Chancellor Gerhard Schroeder. The two ministers will meet in Berlin on Friday.",
            date(2004, 6, 7),
            {"Michel Barnier", "Joschka Fischer"},
        ),
    ):
        friday = [e for e in extract(text, dct) if e.type == "meeting" and e.date.value in (
            "2005-11-15", "2004-06-11")]
        assert [{p.name for p in e.participants} for e in friday] == [pair]


def test_the_two_leaders_meeting_is_their_meeting_not_a_body_s():
    # "leaders ... meet" is a body's summit ("European Union leaders meet Friday"); with no
    # body, "the two leaders" already named meet each other (corpus: Olmert and Abbas)
    text = (
        "Israeli Prime Minister Ehud Olmert and Palestinian President Mahmud Abbas held talks. "
        "The two leaders met at Olmert's residence in Jerusalem late Saturday."
    )
    assert [
        (e.type, e.date.value, {p.name for p in e.participants})
        for e in extract(text, date(2006, 12, 24))
    ] == [("meeting", "2006-12-23", {"Ehud Olmert", "Mahmud Abbas"})]
    made_up = (
        "Kenyan President Mwai Kibaki and Ugandan President Yoweri Museveni spoke on Friday. "
        "Both leaders will meet in Nairobi on Tuesday."
    )
    assert [
        (e.type, e.date.value, e.status)
        for e in extract(made_up, date(2006, 12, 24))
        if e.type != "call"
    ] == [("meeting", "2006-12-26", "planned")]
    assert [e.type for e in extract("European Union leaders meet Friday.", date(2006, 12, 24))] == [
        "summit"
    ]


def test_a_fronted_meeting_or_call_is_the_main_clause_s_two_sides():
    # "In a telephone conversation on Friday, X and Y discussed": the sides are the main
    # clause's coordinated subject, even when "their" determines the meeting
    cases = (
        (
            "In a telephone conversation on Friday, Russian President Vladimir Putin and German "
            "Chancellor Angela Merkel discussed Iran.",
            ("call", "2006-11-17", {"Vladimir Putin", "Angela Merkel"}),
        ),
        (
            "During their meeting on Tuesday, Kenyan President Mwai Kibaki and Ugandan President "
            "Yoweri Museveni discussed trade.",
            ("meeting", "2006-11-21", {"Mwai Kibaki", "Yoweri Museveni"}),
        ),
        (
            "At a meeting in Cairo on Saturday, Egyptian President Hosni Mubarak and Palestinian "
            "President Mahmud Abbas agreed to cooperate.",
            ("meeting", "2006-11-18", {"Hosni Mubarak", "Mahmud Abbas"}),
        ),
    )
    for text, want in cases:
        assert [
            (e.type, e.date.value, {p.name for p in e.participants})
            for e in extract(text, date(2006, 11, 22))
        ] == [want], text


def test_a_place_whose_first_word_is_abbreviated_is_named_whole():
    # "St. Petersburg" was cut to "St" at its full stop (corpus: the G8 summit)
    for text, place in (
        ("Leaders of the Group of Eight will hold their annual summit in St. Petersburg in July.",
         "St. Petersburg"),
        ("US President George W. Bush will visit St. Louis on Friday.", "St. Louis"),
    ):
        (event,) = extract(text, date(2006, 11, 22))
        assert event.location is not None and event.location.name == place


def test_a_region_named_with_a_compass_word_is_a_destination():
    # "the Middle East" was read as a name "Middle" (its compass word is no name alone), so a
    # trip there was lost; an office after it stays an office ("Middle East Envoy X")
    for text, place in (
        ("US Secretary of State Condoleezza Rice will travel to the Middle East next week.",
         "Middle East"),
        ("EU foreign policy chief Javier Solana will tour West Africa next week.", "West Africa"),
    ):
        visits = [e for e in extract(text, date(2006, 11, 22)) if e.type == "visit"]
        assert [(v.date.value, v.location and v.location.name) for v in visits] == [
            ("2006-W48", place)
        ], text
    told = (
        "Jordan's King Abdullah II told visiting Quartet's Middle East Envoy James Wolfensohn "
        "on Wednesday that the step was positive."
    )
    meetings = [e for e in extract(told, date(2006, 11, 22)) if e.type == "meeting"]
    assert [{p.name for p in e.participants} for e in meetings] == [
        {"King Abdullah II", "James Wolfensohn"}
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # eighth sample review, 39 (XIN_ENG_20051101.0332)
            "Hu Jintao, president of China, ended his official goodwill visit to Vietnam and left "
            "Hanoi for Beijing Wednesday.\n\nDuring his stay in Hanoi, Hu held talks with Nong Duc "
            "Manh, general secretary of the Communist Party of Vietnam, and Vietnamese President "
            "Tran Duc Luong.\n\nHu arrived in Hanoi on Monday morning.",
            date(2005, 11, 2),
            "2005-10-31/2005-11-02",
        ),
        (
            "Russian President Vladimir Putin wrapped up his visit to India and left New Delhi on "
            "Friday.\n\nDuring his stay in New Delhi, Putin held talks with Indian Prime Minister "
            "Manmohan Singh.\n\nPutin arrived in New Delhi on Wednesday.",
            date(2006, 11, 24),
            "2006-11-22/2006-11-24",
        ),
    ],
)
def test_talks_during_a_stay_whose_arrival_is_told_after_span_the_stay(text, dct, expected):
    meetings = [e for e in extract(text, dct) if e.type == "meeting"]
    assert [e.date.value for e in meetings] == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # eighth sample review, 36 (APW19980826.0389)
            "U.S. Ambassador Prudence Bushnell wrapped up some unfinished business on Wednesday, "
            "meeting with Kenya's trade minister to finish talks that were interrupted by the car "
            "bombing of the embassy.\n\nOn Aug. 7, Bushnell, Trade Minister Joseph Kimotho and "
            "others had just ended a news conference.\n\nOn Wednesday, Bushnell and Kimotho met "
            "again to finish their discussion, Bushnell told Kenya Television.",
            date(1998, 8, 26),
            [("1998-08-26", {"Prudence Bushnell", "Joseph Kimotho"})],
        ),
        (
            "EU foreign policy chief Javier Solana met Iraq's foreign minister on Monday in "
            "Brussels.\n\nForeign Minister Hoshyar Zebari told reporters after the talks that "
            "Baghdad wanted more help.",
            date(2006, 11, 20),
            [("2006-11-20", {"Javier Solana", "Hoshyar Zebari"})],
        ),
        (  # an office of one word is not any holder of it the article names: the country
            "In Tokyo, Prime Minister Ryutaro Hashimoto said Wednesday during talks with Peru's "
            "ambassador to Japan that he hoped to visit Fujimori soon.\n\nTwenty-four Japanese "
            "nationals, including Ambassador Morihisa Aoki, were set free.",
            date(1997, 4, 23),
            [("1997-04-23", {"Ryutaro Hashimoto", "Peru"})],
        ),
    ],
)
def test_an_office_a_country_s_name_owns_is_the_person_named_with_it(text, dct, expected):
    meetings = [e for e in extract(text, dct) if e.type == "meeting"]
    assert [(e.date.value, {p.name for p in e.participants}) for e in meetings] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # eighth sample review, 20 (AFP_ENG_19970419.0342)
            "North Korea's refusal to deliver its response confounded US and South Korean "
            "officials, who optimistically began the discussions Wednesday at North Korea's "
            "request.",
            date(1997, 4, 19),
            [("1997-04-16", {"United States", "South Korea", "North Korea"}, None)],
        ),
        (
            "Chinese and Russian officials held talks in Vienna on Monday at the request "
            "of Iran.",
            date(2006, 11, 22),
            [("2006-11-20", {"China", "Russia", "Iran"}, "Vienna")],
        ),
        (  # a person who asks two sides to meet is none of them
            "Mobutu's special advisor said Friday the president had agreed in principle to meet "
            "Kabila at the request of South African President Nelson Mandela.",
            date(1997, 4, 18),
            None,
        ),
    ],
)
def test_the_country_that_asked_for_talks_is_their_other_side(text, dct, expected):
    meetings = [
        (e.date.value, {p.name for p in e.participants}, e.location and e.location.name)
        for e in extract(text, dct)
        if e.type == "meeting"
    ]
    if expected is None:
        assert all("Nelson Mandela" not in parties for _, parties, _ in meetings)
    else:
        assert meetings == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # AP900815-0044 (beside the eighth sample review's 45)
            "Iraq's Saddam Hussein today sought peace. Also today, King Hussein of Jordan arrived "
            "in Washington seeking to mediate the Persian Gulf crisis. King Hussein was reportedly "
            "carrying a message to Bush from Iraq's Saddam, with whom the king met Monday. The "
            "monarch will meet Bush on Thursday in Kennebunkport, Maine.",
            date(1990, 8, 15),
            [  # ("Saddam, with whom the king met Monday": the relative clause's meeting too)
                ("1990-08-13", {"King Hussein", "Saddam Hussein"}),
                ("1990-08-16", {"King Hussein", "Bush"}),
            ],
        ),
        (
            "Saudi King Abdullah arrived in Cairo on Monday for talks on the crisis.\n\nHe was "
            "greeted at the airport by Mahmoud Abbas, who flew in from Gaza.\n\nThe monarch will "
            "meet Egyptian President Hosni Mubarak on Tuesday.",
            date(2006, 11, 20),
            [("2006-11-21", {"King Abdullah", "Hosni Mubarak"})],
        ),
    ],
)
def test_the_monarch_is_the_one_the_article_titles_king(text, dct, expected):
    meetings = [e for e in extract(text, dct) if e.type == "meeting"]
    assert [(e.date.value, {p.name for p in e.participants}) for e in meetings] == expected


@pytest.mark.parametrize(
    "text",
    [
        # eighth sample review, 47 (XIN_ENG_20061102.0408)
        '"Somalians don\'t know much about China," said Saggar who came to Beijing to cover a '
        "historical summit to be attended by President Abdullahi Yusuf Ahmed of Somali.",
        '"Kenyans know little of Korea," said Mwangi who flew to Seoul to cover the Asian Games.',
    ],
)
def test_a_journalist_s_trip_to_cover_a_story_is_no_visit(text):
    assert [e for e in extract(text, date(2006, 11, 3)) if e.type == "visit"] == []


def test_a_trip_to_cover_issues_with_a_host_is_still_a_visit():
    text = "Rice flew to Cairo on Monday to cover regional issues with Mubarak."
    assert [e.type for e in extract(text, date(2006, 10, 31))] == ["visit"]


def test_a_weekend_is_its_saturday_and_sunday():
    # "over the weekend" was the TIMEX week-end value (2006-W46-WE); annotators write a weekend
    # as its two days (phrasing battery: dates)
    for text, dct, want in (
        ("Palestinian President Mahmoud Abbas met Hamas leader Khaled Meshaal over the weekend.",
         date(2006, 11, 20), ("meeting", "2006-11-18/2006-11-19")),
        ("US Secretary of State Condoleezza Rice will visit Israel at the weekend.",
         date(2006, 11, 22), ("visit", "2006-11-25/2006-11-26")),
    ):
        assert [(e.type, e.date.value) for e in extract(text, dct)] == [want], text


def test_a_span_of_weekdays_closes_on_the_first_such_day_after_it_opens():
    # "from Monday to Wednesday" in a Wednesday story of a visit to come: the Wednesday after
    # that Monday, not the story's own day, which lost the span (phrasing battery: dates)
    for text, want in (
        ("Kazakh President Nursultan Nazarbayev will pay a state visit to China from Monday to "
         "Wednesday.", "2006-11-27/2006-11-29"),
        ("Ugandan President Yoweri Museveni will visit Kenya Monday through Wednesday.",
         "2006-11-27/2006-11-29"),
        ("Kenyan President Mwai Kibaki visited Uganda from Saturday to Tuesday.",
         "2006-11-18/2006-11-21"),
    ):
        assert [e.date.value for e in extract(text, date(2006, 11, 22))] == [want], text


def test_a_visit_s_status_follows_its_told_span_and_the_time_words():
    # a stay of a told length that ended before the story is over, not under way; "at the
    # end of the month" is the time, not the event's close; "later on Wednesday" on a
    # Wednesday is still to come (phrasing battery: dates)
    for text, want in (
        ("Iranian Foreign Minister Manouchehr Mottaki, who arrived in Damascus on Sunday for a "
         "two-day visit, met Syrian President Bashar al-Assad on Monday.",
         ("2006-11-19/2006-11-20", "occurred")),
        ("Iranian Foreign Minister Manouchehr Mottaki will visit Baghdad at the end of the month.",
         ("2006-11", "planned")),
        ("Chinese Foreign Minister Li Zhaoxing will arrive in Seoul later on Wednesday for a "
         "three-day visit.", ("2006-11-22/2006-11-24", "planned")),
        ("Syrian Foreign Minister Walid al-Moualem arrived in Baghdad on Monday.",
         ("2006-11-20", "ongoing")),
    ):
        visits = [e for e in extract(text, date(2006, 11, 22)) if e.type == "visit"]
        assert [(e.date.value, e.status) for e in visits] == [want], text


def test_a_habit_or_a_denied_plan_is_no_event():
    # "every few months" is a habit; "denied that X planned to visit" a deed denied
    for text in (
        "Chinese President Hu Jintao and U.S. President George W. Bush speak by telephone every "
        "few months.",
        "The two foreign ministers, Li Zhaoxing and Taro Aso, meet twice a year.",
        "The Kremlin on Monday denied that Russian President Vladimir Putin planned to visit "
        "Georgia next month.",
        "The State Department denied reports that U.S. Secretary of State Condoleezza Rice "
        "would meet Syrian President Bashar al-Assad on Sunday.",
    ):
        assert extract(text, date(2006, 11, 22)) == [], text


def test_two_sides_own_talks_are_their_meeting():
    # "will resume their talks": the subject's own talks ("resume" was not read as holding
    # them, so "their" stood as a party and the talks were lost); two countries' or two
    # leaders' peace talks, no body's, are their meeting, not a summit (phrasing battery:
    # dates)
    for text, want in (
        ("India and Pakistan will resume their talks in New Delhi next week.",
         ("meeting", "2006-W48", {"India", "Pakistan"})),
        ("India and Pakistan will resume their peace talks in New Delhi next week.",
         ("meeting", "2006-W48", {"India", "Pakistan"})),
        ("Israeli Prime Minister Ehud Olmert and Palestinian President Mahmoud Abbas will hold "
         "peace talks on Sunday.", ("meeting", "2006-11-26", {"Ehud Olmert", "Mahmoud Abbas"})),
        ("Iran and the European Union will continue their negotiations in Vienna on Monday.",
         ("meeting", "2006-11-27", {"Iran", "European Union"})),
    ):
        assert [
            (e.type, e.date.value, {p.name for p in e.participants})
            for e in extract(text, date(2006, 11, 22))
        ] == [want], text


def test_a_further_place_with_a_time_of_its_own_is_another_leg():
    # "will visit Moscow on Dec. 4 and Beijing a week later": the second place, its verb left
    # out, is a visit on its own day (it was lost; phrasing battery: dates)
    for text, want in (
        ("U.S. Secretary of State Condoleezza Rice will visit Shanghai on Dec. 4 and Beijing a "
         "week later.", [("2006-12-04", "Shanghai"), ("2006-12-11", "Beijing")]),
        ("Chinese Premier Wen Jiabao visited Laos on Monday and Cambodia on Tuesday.",
         [("2006-11-20", "Laos"), ("2006-11-21", "Cambodia")]),
        ("Chinese Premier Wen Jiabao visited Laos on Monday and Cambodia.",
         [("2006-11-20", "Laos")]),
    ):
        assert sorted(
            (e.date.value, e.location.name if e.location else None)
            for e in extract(text, date(2006, 11, 22))
        ) == want, text


def test_a_capital_a_visit_verb_takes_is_the_place_visited():
    # "will visit Washington" was read as the US government, so the visit's place was the
    # country; the visit goes to the city the article names (phrasing battery: dates)
    for text, place in (
        ("British Prime Minister Tony Blair will visit Washington on Dec. 7.", "Washington"),
        ("German Chancellor Angela Merkel visited Washington earlier this month.", "Washington"),
        ("Chinese Premier Wen Jiabao will visit Tokyo in April.", "Tokyo"),
    ):
        (event,) = extract(text, date(2006, 11, 22))
        assert event.location is not None and event.location.name == place, text


def test_a_person_before_a_visiting_aside_is_the_visitor():
    # "Merkel, visiting Beijing on Monday, met Hu": the visit had no visitor and was lost
    for text in (
        "German Chancellor Angela Merkel, visiting Beijing on Monday, met Chinese President Hu "
        "Jintao.",
        "German Chancellor Angela Merkel, visiting Beijing, met Chinese President Hu Jintao on "
        "Monday.",
    ):
        visits = [e for e in extract(text, date(2006, 11, 22)) if e.type == "visit"]
        assert [(e.date.value, [p.name for p in e.participants]) for e in visits] == [
            ("2006-11-20", ["Angela Merkel"])
        ], text


def test_whom_a_teller_tells_about_his_talks_are_the_teller_s():
    # "Abbas briefed Mubarak on his talks with Olmert": "his" is the one who tells, not the
    # person told (the talks were Mubarak's)
    for text in (
        "Palestinian President Mahmoud Abbas briefed Egyptian President Hosni Mubarak on Tuesday "
        "on his talks with Israeli Prime Minister Ehud Olmert on Monday.",
        "Palestinian President Mahmoud Abbas told Egyptian President Hosni Mubarak about his "
        "talks with Israeli Prime Minister Ehud Olmert on Monday.",
    ):
        meetings = [e for e in extract(text, date(2006, 11, 22)) if e.type == "meeting"]
        assert [{p.name for p in e.participants} for e in meetings] == [
            {"Mahmoud Abbas", "Ehud Olmert"}
        ], text


def test_a_peace_envoy_is_an_office_before_a_name():
    # "US Middle East peace envoy Dennis Ross": "peace" before the office broke the title, so
    # the envoy was no party and the talks were lost (heldout20: "his talks earlier this month
    # with US Middle East peace envoy Dennis Ross")
    for text, dct, want in (
        ("Palestinian leader Yasser Arafat held talks earlier this month with US Middle East "
         "peace envoy Dennis Ross.", date(1997, 4, 23),
         ("1997-04", {"Yasser Arafat", "Dennis Ross"})),
        ("Palestinian leader Yasser Arafat met US peace envoy Dennis Ross on Monday.",
         date(1997, 4, 23), ("1997-04-21", {"Yasser Arafat", "Dennis Ross"})),
    ):
        assert [
            (e.date.value, {p.name for p in e.participants}) for e in extract(text, dct)
        ] == [want], text


def test_a_country_s_office_in_an_aside_after_a_name_describes_that_person():
    # "Hu Jintao, China's president, will visit India": China was read as the visitor; the
    # aside only says who Hu is
    for text, want in (
        ("Hu Jintao, China's president, will visit India on Monday.", {"Hu Jintao"}),
        ("Manmohan Singh, India's prime minister, met Hu Jintao on Tuesday.",
         {"Manmohan Singh", "Hu Jintao"}),
        ("Taro Aso, Japan's foreign minister, will travel to Moscow on Tuesday.", {"Taro Aso"}),
    ):
        assert [{p.name for p in e.participants} for e in extract(text, date(2006, 11, 22))] == [
            want
        ], text


def test_each_leg_of_a_journey_told_with_its_own_day_is_a_visit():
    # battery visits.yaml: "will visit Israel on Sunday and Jordan on Monday" (the second leg
    # was lost); a made-up chain of three legs; a deed of another kind after "and" is no leg
    cases = {
        "U.S. Secretary of State Condoleezza Rice will visit Israel on Sunday and Jordan on "
        "Monday.": [("2006-12-03", "Israel"), ("2006-12-04", "Jordan")],
        "Japanese Foreign Minister Taro Aso will visit Egypt on Sunday, Jordan on Monday and "
        "Syria on Tuesday.": [
            ("2006-12-03", "Egypt"),
            ("2006-12-04", "Jordan"),
            ("2006-12-05", "Syria"),
        ],
        "U.S. Secretary of State Condoleezza Rice will visit Israel on Sunday and meet Israeli "
        "Prime Minister Ehud Olmert on Monday.": [("2006-12-03", "Israel")],
    }
    for text, legs in cases.items():
        got = [
            (e.date.value, e.location.name if e.location else None)
            for e in extract(text, date(2006, 11, 30))
            if e.type == "visit"
        ]
        assert got == legs, text


def test_a_capital_a_journey_goes_to_is_the_place_not_its_government():
    # battery visits.yaml: "visited Beijing on Oct. 8", "is visiting Pyongyang this week",
    # "who is visiting Washington" were placed in China, North Korea, the United States
    # (the capital read as its government, as in "Beijing wants"); made-up "left Tokyo"
    cases = {
        "Japanese Prime Minister Shinzo Abe visited Beijing on Oct. 8.": "Beijing",
        "Russian Foreign Minister Sergei Lavrov is visiting Pyongyang this week.": "Pyongyang",
        "Japanese Foreign Minister Taro Aso, who is visiting Washington, said on Thursday "
        "that the alliance was strong.": "Washington",
        "Indian Prime Minister Manmohan Singh toured Hanoi on Thursday.": "Hanoi",
    }
    for text, place in cases.items():
        got = [
            e.location.name if e.location else None
            for e in extract(text, date(2006, 10, 12))
            if e.type == "visit"
        ]
        assert got == [place], text


def test_an_event_a_clause_moves_as_its_object_is_planned_on_its_new_time():
    # battery visits.yaml: "has put off his visit to Australia until next month" gave nothing
    # (the passive "was put off until Thursday" was read); made-up weekday form; a move with
    # no new time stays postponed on the time it had
    cases = {
        "Indonesian President Susilo Bambang Yudhoyono has put off his visit to Australia "
        "until next month.": [("visit", "2006-12", "planned")],
        "Israeli Prime Minister Ehud Olmert postponed his trip to Moscow until Thursday.": [
            ("visit", "2006-11-23", "planned")
        ],
        "Israeli Prime Minister Ehud Olmert has postponed a trip to Moscow scheduled for "
        "Dec. 5.": [("visit", "2006-12-05", "postponed")],
    }
    for text, want in cases.items():
        got = [(e.type, e.date.value, e.status) for e in extract(text, date(2006, 11, 22))]
        assert got == want, text


def test_a_meeting_s_place_is_read_after_its_other_side_however_long_its_name():
    # "met Spanish Prime Minister Jose Luis Rodriguez Zapatero in Istanbul": the place lay
    # beyond eight words of the verb and was lost (corpus: Hu Jintao with Nong Duc Manh "in
    # Beijing on Aug. 22"); a time may stand between; a building ("at the White House") or a
    # place the talks are about ("on the future US role in Iraq") is not read
    for text, place in (
        ("Turkish Prime Minister Recep Tayyip Erdogan met Spanish Prime Minister Jose Luis "
         "Rodriguez Zapatero in Istanbul on Monday.", "Istanbul"),
        ("Chinese President Hu Jintao held talks with Vietnamese Communist Party leader Nong Duc "
         "Manh in Beijing on Aug. 22.", "Beijing"),
        ("Israeli Prime Minister Ehud Olmert met with Palestinian President Mahmoud Abbas on "
         "Tuesday in Jerusalem.", "Jerusalem"),
        ("Iraqi Shiite leader Abdel Aziz al-Hakim held talks with U.S. Secretary of State "
         "Condoleezza Rice on Monday on the future US role in Iraq.", None),
        ("Pakistani President Pervez Musharraf met US President George W. Bush on Friday at the "
         "White House.", None),
    ):
        meetings = [e for e in extract(text, date(2006, 11, 22)) if e.type == "meeting"]
        assert [m.location and m.location.name for m in meetings] == [place], text


def test_a_call_told_by_called_or_by_telephone_as_a_verb():
    # "called X on Tuesday to offer", "is expected to telephone X on Thursday" gave nothing
    # (battery of meeting phrasings); "called X a failure", "called for talks" are no call
    for text, want in (
        ("U.S. President George W. Bush called Israeli Prime Minister Ehud Olmert on Tuesday "
         "to offer his condolences.", [("2006-11-21", "occurred")]),
        ("French President Jacques Chirac called his Iraqi counterpart Jalal Talabani on "
         "Sunday to express his support.", [("2006-11-19", "occurred")]),
        ("German Chancellor Angela Merkel is expected to telephone Russian President Vladimir "
         "Putin on Thursday.", [("2006-11-23", "planned")]),
        ("British Prime Minister Tony Blair will phone Iraqi Prime Minister Nouri al-Maliki "
         "next week.", [("2006-W48", "planned")]),
        ("The opposition called Prime Minister Ehud Olmert a failure on Tuesday.", []),
        ("U.S. President George W. Bush called for talks with Iran on Tuesday.", []),
    ):
        calls = [e for e in extract(text, date(2006, 11, 22)) if e.type == "call"]
        assert [(e.date.value, e.status) for e in calls] == want, text


def test_an_office_of_policy_before_a_name_is_the_person_s_not_the_body_s():
    # "EU foreign policy chief Javier Solana" was read as the EU (or lost the coordination
    # with the other side): 'policy' is a word of an office as 'foreign' is
    for text, want in (
        ("Iranian nuclear negotiator Ali Larijani, who held talks with EU foreign policy chief "
         "Javier Solana in Vienna last week, said Iran would not give up enrichment.",
         ("2006-W46", {"Ali Larijani", "Javier Solana"})),
        ("Iranian nuclear negotiator Ali Larijani and EU foreign policy chief Javier Solana are "
         "expected to meet in Brussels on Friday.",
         ("2006-11-24", {"Ali Larijani", "Javier Solana"})),
        ("Russian Foreign Minister Sergei Lavrov met the EU's foreign policy chief Javier Solana "
         "on Monday.", ("2006-11-20", {"Sergei Lavrov", "Javier Solana"})),
    ):
        assert [
            (e.date.value, {p.name for p in e.participants})
            for e in extract(text, date(2006, 11, 22))
            if e.type == "meeting"
        ] == [want], text


def test_talks_a_hyphened_pair_premodifies_are_held_by_its_sides():
    # "The Bush-Putin talks on Sunday" gave nothing: no trigger for talks after a hyphened
    # pair, and the pair of surnames was one name (corpus: "EU-Iran talks collapsed in August")
    for text, want in (
        ("U.S. President George W. Bush and Russian President Vladimir Putin signed a trade "
         "deal. The Bush-Putin talks on Sunday in Hanoi focused on Russia's WTO bid.",
         ("2006-11-19", {"George W. Bush", "Vladimir Putin"})),
        ("The Israeli-Palestinian talks on Sunday in Jerusalem focused on security.",
         ("2006-11-19", {"Israel", "Palestine"})),
        ("Israeli Prime Minister Ehud Olmert praised Palestinian President Mahmoud Abbas. The "
         "Olmert-Abbas meeting will take place next week.",
         ("2006-W48", {"Ehud Olmert", "Mahmoud Abbas"})),
    ):
        assert [
            (e.date.value, {p.name for p in e.participants})
            for e in extract(text, date(2006, 11, 22))
            if e.type == "meeting"
        ] == [want], text


def test_a_meeting_put_off_is_told_however_long_the_names_before_the_verb():
    # "A meeting between <two long names> scheduled for Nov. 26 has been postponed": the verb
    # lay beyond the cue's sixteen words and the meeting stayed planned
    for text, status in (
        ("A meeting between Israeli Prime Minister Ehud Olmert and Palestinian President "
         "Mahmoud Abbas scheduled for Nov. 26 has been postponed.", "postponed"),
        ("A meeting between Israeli Prime Minister Ehud Olmert and Palestinian President "
         "Mahmoud Abbas on Nov. 26 was called off.", "cancelled"),
    ):
        meetings = [e for e in extract(text, date(2006, 11, 22)) if e.type == "meeting"]
        assert [(e.date.value, e.status) for e in meetings] == [("2006-11-26", status)], text


def test_sides_that_meet_in_a_match_or_firms_in_talks_make_no_meeting():
    # a match ("will meet Argentina in a World Cup qualifier") and company talks ("General
    # Motors Corp. held talks with Renault SA") were read as meetings; the final round of
    # talks is still talks, and a leader meeting a firm's chairman still a meeting
    for text, want in (
        ("Brazil will meet Argentina in a World Cup qualifier in Buenos Aires on Wednesday.", []),
        ("Roger Federer met Rafael Nadal in the final on Sunday.", []),
        ("General Motors Corp. held talks with Renault SA and Nissan Motor Co. on Friday about "
         "a possible alliance.", []),
        ("U.S. envoy Christopher Hill met North Korean negotiator Kim Kye-gwan on Monday in the "
         "final session of the talks.", [("2006-11-20", {"Christopher Hill", "Kim Kye-gwan"})]),
        ("Chinese Premier Wen Jiabao met Microsoft chairman Bill Gates on Monday.",
         [("2006-11-20", {"Wen Jiabao", "Bill Gates"})]),
    ):
        assert [
            (e.date.value, {p.name for p in e.participants})
            for e in extract(text, date(2006, 11, 22))
            if e.type == "meeting"
        ] == want, text


def test_a_summit_whose_sidelines_host_a_dated_meeting_is_on_its_day():
    # "will hold talks in Busan on Friday on the sidelines of the APEC summit": the summit,
    # dated by nothing of its own, was lost (heldout15's decision: it takes the talks' day)
    for text, dct, want in (
        ("South Korean President Roh Moo-hyun and Japanese Prime Minister Junichiro Koizumi "
         "will hold talks in Busan on Friday on the sidelines of the APEC summit.",
         date(2005, 11, 16), ("2005-11-18", "planned", "Busan")),
        ("Chinese Foreign Minister Li Zhaoxing met his Japanese counterpart Taro Aso in Kuala "
         "Lumpur on Tuesday on the margins of the ASEAN Regional Forum.",
         date(2006, 7, 27), ("2006-07-25", "occurred", "Kuala Lumpur")),
    ):
        summits = [e for e in extract(text, dct) if e.type == "summit"]
        assert [(e.date.value, e.status, e.location and e.location.name) for e in summits] == [
            want
        ], text


def test_a_visit_of_a_told_length_that_ended_before_the_story_is_over():
    # "arrived in Warsaw on Monday for a two-day visit", told on Wednesday, was ongoing: an
    # arrival stays under way two days only when the stay's end is not told
    for text, want in (
        ("Ukrainian President Viktor Yushchenko arrived in Warsaw on Monday for a two-day "
         "visit.", ("2006-11-20/2006-11-21", "occurred")),
        ("Ukrainian President Viktor Yushchenko arrived in Warsaw on Monday for a three-day "
         "visit.", ("2006-11-20/2006-11-22", "ongoing")),
        ("Ukrainian President Viktor Yushchenko arrived in Warsaw on Tuesday.",
         ("2006-11-21", "ongoing")),
    ):
        visits = [e for e in extract(text, date(2006, 11, 22)) if e.type == "visit"]
        assert [(e.date.value, e.status) for e in visits] == [want], text


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The two-day NATO summit wrapped up in Riga on Wednesday with a pledge to send more "
            "troops to Afghanistan.",
            date(2006, 11, 29),
            ("summit", "2006-11-28/2006-11-29", "occurred"),
        ),
        (
            "The three-day forum of the Arab League ended Thursday with a call for reform.",
            date(2006, 11, 24),
            ("summit", "2006-11-21/2006-11-23", "occurred"),
        ),
        (
            "The WTO ministerial conference concluded in Hong Kong on Sunday after six days of "
            "talks.",
            date(2005, 12, 19),
            ("summit", "2005-12-13/2005-12-18", "occurred"),
        ),
    ],
)
def test_a_gathering_its_clause_s_verb_ends_runs_back_from_that_day(text, dct, expected):
    # the ending verb after the gathering, its subject, makes the day its last, and a length
    # before the noun or "after six days of talks" after the day runs back from it
    assert [(e.type, e.date.value, e.status) for e in extract(text, dct)] == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Malaysia hosted the first East Asia Summit in Kuala Lumpur on Dec. 14, 2005.",
            date(2006, 11, 22),
            [("summit", "2005-12-14", ["East Asia Summit", "Malaysia"])],
        ),
        (
            "More than 40 leaders are expected at the Asia-Europe Meeting in Helsinki on "
            "Sept. 10-11.",
            date(2006, 9, 1),
            [("summit", "2006-09-10/2006-09-11", ["Asia-Europe Meeting"])],
        ),
        (
            "The second East Asia Summit will be held in Cebu on Dec. 13.",
            date(2006, 11, 22),
            [("summit", "2006-12-13", ["East Asia Summit"])],
        ),
        # a body's summit a country hosts is the body's: the read sets' gold leaves its host
        # out (heldout18's Senegal, heldout29's Kuwait; heldout4's Nigeria aside)
        (
            "Germany will host the G8 summit in June 2007.",
            date(2006, 12, 8),
            [("summit", "2007-06", ["G8"])],
        ),
        (
            "Vietnam, which hosts the APEC summit next week, has tightened security in the "
            "capital.",
            date(2006, 11, 10),
            [("summit", "2006-W46", ["APEC"])],
        ),
        (
            "Senegal will host the next African Union summit in January.",
            date(2006, 11, 22),
            [("summit", "2007-01", ["African Union"])],
        ),
    ],
)
def test_a_body_s_gathering_is_the_body_s(text, dct, expected):
    # the trigger word ending the body's name ("Summit", "Meeting") is not dropped as a word
    # inside a name: the body is the gathering's party
    assert [
        (e.type, e.date.value, sorted(p.name for p in e.participants)) for e in extract(text, dct)
    ] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "KUALA LUMPUR, Dec. 12 (Xinhua) -- The 11th ASEAN Summit opened here Monday.",
            date(2005, 12, 12),
            [("summit", "Kuala Lumpur")],
        ),
        (
            "ADDIS ABABA, Jan. 29 -- African foreign ministers met here on Friday.",
            date(2007, 1, 29),
            [("summit", "Addis Ababa")],
        ),
        (
            "BEIJING, Nov. 30 (Xinhua) -- Officials gave a briefing on Chinese Premier Wen "
            "Jiabao's visit here Wednesday, before his visit to France from Dec. 4 to 6.",
            date(2005, 11, 30),
            [("visit", "France")],
        ),
    ],
)
def test_an_event_told_here_is_in_the_dateline_s_city(text, dct, expected):
    # (not a visit "here" of a leader at home)
    found = [(e.type, e.location and e.location.name) for e in extract(text, dct)]
    assert [x for x in found if x[1] is not None] == expected


@pytest.mark.parametrize(
    ("text", "dct", "place"),
    [
        (
            "The 13th summit of the South Asian Association for Regional Cooperation (SAARC) "
            "opened in Dhaka on Saturday.",
            date(2005, 11, 12),
            "Dhaka",
        ),
        (
            "The summit of the Shanghai Cooperation Organization, to be held in Bishkek next "
            "August, will focus on security.",
            date(2006, 12, 8),
            "Bishkek",
        ),
        (
            "Talks between Israeli Defence Minister Amir Peretz and Palestinian negotiator Saeb "
            "Erekat continued Wednesday in Jerusalem.",
            date(2006, 11, 22),
            "Jerusalem",
        ),
        (
            "Leaders of the Group of Eight will gather in Heiligendamm, Germany, next June.",
            date(2006, 11, 22),
            "Heiligendamm",
        ),
        (
            "The NATO summit on Tuesday will discuss the crisis that began in Darfur in 2003.",
            date(2006, 11, 22),
            None,
        ),
    ],
)
def test_the_place_a_verb_after_a_gathering_names_is_where_it_takes_place(text, dct, place):
    # the gathering or talks are the verb's subject ("opened in Dhaka", ", to be held in
    # Bishkek"); not a verb of another subject after a verb of their own ("will discuss the
    # crisis that began in Darfur"); a name a country follows is a place ("Heiligendamm,
    # Germany")
    events = extract(text, dct)
    assert [e.location and e.location.name for e in events] == [place]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The Beijing Summit of the Forum on China-Africa Cooperation, a two-day gathering "
            "that opened Saturday, drew 48 African leaders.",
            date(2006, 11, 6),
            ("summit", "2006-11-04/2006-11-05"),
        ),
        (
            "The APEC Ministerial Meeting, a two-day gathering which opened in Hanoi on "
            "Wednesday, agreed to back the Doha round.",
            date(2006, 11, 17),
            ("summit", "2006-11-15/2006-11-16"),
        ),
    ],
)
def test_a_length_an_apposition_gives_runs_from_the_day_its_relative_clause_opens(
    text, dct, expected
):
    assert [(e.type, e.date.value) for e in extract(text, dct)] == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Chinese President Hu Jintao met U.S. President George W. Bush in Hanoi on Sunday on "
            "the sidelines of the APEC summit.",
            date(2006, 11, 20),
            ("summit", "2006-11-19", "occurred"),
        ),
        (
            "Japanese Prime Minister Shinzo Abe and U.S. President George W. Bush will hold their "
            "first talks in mid-November on the sidelines of the Asia-Pacific Economic "
            "Cooperation forum in Hanoi, Kyodo News reported on Wednesday.",
            date(2006, 11, 1),
            ("summit", "2006-11", "planned"),
        ),
    ],
)
def test_a_summit_talks_are_held_on_the_sidelines_of_takes_their_date(text, dct, expected):
    # (not the day of the report: "Kyodo News reported on Wednesday")
    assert expected in [(e.type, e.date.value, e.status) for e in extract(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Bush, commenting on the crisis from his vacation home in Maine, said he saw little "
            "reason for hope. After a two-hour meeting at his Kennebunkport home with King Hussein "
            "of Jordan, Bush said Thursday, ``I did not come away with any feeling of hope''.",
            date(1990, 8, 16),
            ("meeting", ["Bush", "King Hussein"]),
        ),
        (
            "After a meeting on Friday at his Sochi residence with Turkish Prime Minister Recep "
            "Tayyip Erdogan, Russian President Vladimir Putin said the two sides agreed on gas.",
            date(2004, 3, 7),
            ("meeting", ["Vladimir Putin", "Recep Tayyip Erdogan"]),
        ),
    ],
)
def test_a_meeting_at_someones_home_with_x_has_x_as_its_other_side(text, dct, expected):
    assert expected in [(e.type, [p.name for p in e.participants]) for e in extract(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "He said neither side was hopeful of an imminent political settlement, despite a "
            "meeting this week of Palestinian leader Mahmud Abbas and Israeli Prime Minister "
            "Ehud Olmert.",
            date(2006, 12, 25),  # a Monday: the past "this week" is the week just ended
            ("meeting", "2006-W51", "occurred", ["Mahmud Abbas", "Ehud Olmert"]),
        ),
        (
            "Prices rose sharply after a meeting on Tuesday of Japanese Prime Minister Shinzo Abe "
            "and Chinese President Hu Jintao.",
            date(2006, 10, 12),
            ("meeting", "2006-10-10", "occurred", ["Shinzo Abe", "Hu Jintao"]),
        ),
    ],
)
def test_a_meeting_of_a_and_b_has_a_and_b_as_its_sides(text, dct, expected):
    found = [(e.type, e.date.value, e.status, [p.name for p in e.participants]) for e in
             extract(text, dct)]
    assert expected in found


def test_a_venue_named_a_convention_center_is_no_party_of_its_gathering():
    text = (
        "Ministers of the Asia-Pacific Economic Cooperation (APEC) here Thursday endorsed the "
        "Hanoi Action Plan. The plan was endorsed at the two-day ministerial meeting closed here "
        "Thursday afternoon at the newly built Hanoi National Convention Center, officials said."
    )
    names = [p.name for e in extract(text, date(2006, 11, 16)) for p in e.participants]
    assert "Convention Center" not in names


def test_a_meeting_this_week_still_to_come_on_a_monday_stays_in_the_storys_week():
    text = (
        "A top UN envoy for Somalia is traveling to Somalia on Tuesday for a regional ministerial "
        "meeting this week in Jowhar, officials said here Monday."
    )
    dates = [e.date.value for e in extract(text, date(2005, 11, 28)) if e.type == "summit"]
    assert "2005-W47" not in dates


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Any violence in Kosovo could derail the nearly completed process, a senior US "
            "diplomat warned on Monday. \"We want to see this process completed without delay,\" "
            "US Deputy Assistant Secretary of State Rosemary DiCarlo told local reporters. "
            "\"Unilateral actions will be counterproductive,\" said the EU representative to the "
            "Kosovo talks, Stephan Lehne. DiCarlo and Lehne made the statements after meeting "
            "with Kosovo Albanian leaders and their negotiating team.",
            date(2006, 12, 4),
            ("meeting", "2006-12-04", "occurred"),
        ),
        (
            "Iran is ready to resume nuclear talks, Iranian Foreign Minister Manouchehr Mottaki "
            "said Tuesday. \"We want a fair deal,\" Mottaki told reporters. Iran has long "
            "rejected the demand to halt enrichment. The UN Security Council is weighing "
            "sanctions. Western powers accuse Tehran of seeking a bomb. Iran says its programme "
            "is peaceful. Oil prices rose on the news. Mottaki made the remarks after meeting "
            "with Turkish Foreign Minister Abdullah Gul.",
            date(2006, 11, 22),
            ("meeting", "2006-11-21", "occurred"),
        ),
    ],
)
def test_a_meeting_told_as_the_occasion_of_the_statements_is_on_the_lead_s_day(
    text, dct, expected
):
    assert expected in [(e.type, e.date.value, e.status) for e in extract(text, dct)]


def test_names_a_list_coordinates_with_a_titled_person_are_people_too():
    # the article's sentence: a list sharing one title after "newly- appointed"
    text = (
        "IMF managing director Michel Camdessus arrived here Monday. He held talks with Prime "
        "Minister Viktor Chernomyrdin and newly- appointed first deputy prime ministers Anatoly "
        "Chubais and Boris Nemtsov."
    )
    meetings = [e for e in extract(text, date(1997, 4, 2)) if e.type == "meeting"]
    assert {p.name for e in meetings for p in e.participants} == {
        "Michel Camdessus",
        "Viktor Chernomyrdin",
        "Anatoly Chubais",
        "Boris Nemtsov",
    }
    # a plain list after the first, titled name: the names without a title of their own
    plain = (
        "Australian Foreign Minister Alexander Downer met Fijian Prime Minister Laisenia "
        "Qarase, Mahendra Chaudhry and Ratu Joni Madraiwiwi in Suva on Tuesday."
    )
    assert {p.name for e in extract(plain, date(2006, 11, 22)) for p in e.participants} == {
        "Alexander Downer",
        "Laisenia Qarase",
        "Mahendra Chaudhry",
        "Ratu Joni Madraiwiwi",
    }


def test_the_speaker_who_said_something_after_talks_is_a_side_of_them():
    # the article's sentences: the body's British spelling ("Organisation ... Cooperation")
    text = (
        "Europe threw its weight Thursday behind a timetable for getting stricken Albania back "
        "on to its feet.\n\nIn return, Albanian Premier Bashkim Fino, meeting here with top EU "
        "and OSCE officials, pledged to step up dialogue with the armed rebels.\n\n\"We are "
        "convinced that the June elections can be held,\" said Greek Foreign Minister "
        "Theodore Pangalos.\n\n\"We must support our Albanian friends so that they can get "
        "back on their feet\" by the time of June elections, said Organisation for Security "
        "and Cooperation in Europe envoy Franz Vranitzky, after talks with Fino, Pangalos and "
        "EU envoy Hans van Mierlo."
    )
    assert [
        sorted(p.name for p in e.participants)
        for e in extract(text, date(1997, 4, 3))
        if e.type == "meeting"
    ] == [["Bashkim Fino", "Franz Vranitzky", "Hans van Mierlo", "Theodore Pangalos"]]
    made_up = (
        "\"The talks were useful,\" said Organisation for Security and Cooperation in Europe "
        "chairman Karel De Gucht, after meeting Russian Foreign Minister Sergei Lavrov on "
        "Tuesday."
    )
    assert ("meeting", "2006-11-21", ["Karel De Gucht", "Sergei Lavrov"]) in [
        (e.type, e.date.value, sorted(p.name for p in e.participants))
        for e in extract(made_up, date(2006, 11, 22))
    ]


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # the article's sentences
        (
            "Bangaldeshi President and Chief Advisor Professor Iajuddin Ahmed told a visiting UN "
            "special envoy here Wednesday that all steps are taken to hold free, fair, neutral "
            "and peaceful parliamentary elections, private news agency UNB reported.\n\n"
            "Iajuddin urged the UN to send election observers to Bangladesh.\n\nUN Secretary "
            "General Kofi Annan's special envoy, Craig Genness, arrived here Wednesday morning "
            "carrying his message for the caretaker government.\n\nHe called on Ahmed in the "
            "afternoon in the first instance before talks with the political parties.",
            date(2006, 11, 29),
        ),
        (
            "Sudanese President Omar al-Bashir told a visiting AU special envoy in Khartoum on "
            "Monday that peacekeepers were welcome. The African Union's special envoy, Salim "
            "Ahmed Salim, arrived in Khartoum on Monday morning. Salim met President al-Bashir "
            "on Monday afternoon.",
            date(2006, 11, 22),
        ),
    ],
)
def test_a_body_standing_in_for_its_named_envoy_is_the_envoy_s_event(text, dct):
    events = extract(text, dct)
    assert not [p.name for e in events for p in e.participants if p.kind != "person"]
    assert sorted(e.type for e in events) == ["meeting", "visit"]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the article's sentences: the day the visit's meeting was held closes it
        (
            "Tehran has allocated 120 million dollars to the Palestinian government for 2007, "
            "said Haniya, who has just made a four-day visit to the Islamic republic.\n\n"
            "Iran will also disburse aid, added Haniya, who is now in Sudan.\n\nHaniya, on his "
            "first trip to Iran as prime minister, met on Sunday with supreme leader Ayatollah "
            "Ali Khamenei.",
            date(2006, 12, 11),
            ("visit", "occurred", "2006-12-07/2006-12-10"),
        ),
        # no day told: over by the day it is reported
        (
            "Turkish Prime Minister Recep Tayyip Erdogan, who has just paid a three-day visit "
            "to Pakistan, said trade would double.",
            date(2006, 11, 23),
            ("visit", "occurred", "2006-11-21/2006-11-23"),
        ),
    ],
)
def test_a_visit_just_made_is_over_ending_by_the_day_told(text, dct, expected):
    assert expected in [(e.type, e.status, e.date.value) for e in extract(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # the article's sentences
        (
            "Bulgaria would inform the European Union of an electricity shortage in the Balkan "
            "region due to its nuclear power plant shutdown, the BTA newa agency reported on "
            "Wednesday.\n\nBulgarian Energy Minister Rumen Ovcharovis told the Southeast Europe "
            "Economic Forum that Bulgaria was expected to inform the European Energy "
            "Commissioner Andris Piebalgs of the decommissioning of units 3 and 4 of the "
            "Kozloduy Nuclear Power Plant.",
            date(2006, 11, 1),
        ),
        (
            "Turkey will sign the pipeline deal, the Anatolia news agency reported on "
            "Wednesday.\n\nTurkish Energy Minister Hilmi Guler told the Caspian Energy Forum "
            "that Turkey was due to sign the deal.",
            date(2006, 11, 22),
        ),
    ],
)
def test_the_gathering_told_takes_its_own_verb_s_status_not_the_reported_clause_s(text, dct):
    assert [(e.type, e.status, e.date.value) for e in extract(text, dct)] == [
        ("summit", "occurred", dct.isoformat())
    ]


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # the article's sentences
        (
            "A successful conclusion of the World Trade Organization (WTO) ministerial meeting "
            "in Hong Kong next month and rapid conclusion of the WTO Doha Development Agenda "
            "negotiations are expected to be the main business concern.\n\nIn order to rescue "
            "the Hong Kong meeting, Asia-Pacific leaders were expected to plead with all "
            "nations involved.\n\nSome participants, however, were worried about the Hong Kong "
            "meeting becoming a repeat of the previous ministerial gathering in Cancun, Mexico, "
            "in 2003, which bogged down in acrimony and paralyzed the WTO.",
            date(2005, 11, 15),
        ),
        (
            "The World Trade Organization (WTO) ministerial meeting in Hong Kong opens next "
            "month. Delegates fear the Hong Kong meeting could become a repeat of the previous "
            "ministerial gathering in Cancun, Mexico, in 2003, which collapsed in acrimony.",
            date(2005, 11, 15),
        ),
    ],
)
def test_a_city_state_naming_a_meeting_is_its_place_not_a_party_of_another(text, dct):
    events = extract(text, dct)
    assert not [p.name for e in events for p in e.participants if p.name in ("Hong Kong", "Mexico")]
    assert ("summit", "2003", "Cancun") in [
        (e.type, e.date.value, e.location.name if e.location else None) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # two legs of a tour: the talks in France are not those in Portugal
        (
            "Chinese Premier Wen Jiabao will visit France and Portugal next month. Bilateral "
            "trade grew fast this year. Wen will hold talks with French Prime Minister Dominique "
            "de Villepin, Zhao said. Wen will hold talks with Portuguese Prime Minister Jose "
            "Socrates in Lisbon on Dec. 8.",
            [],
            ["Villepin"],
        ),
        # the other side a country of another leg than the meeting's place
        (
            "Chinese Premier Wen Jiabao will visit Slovakia and Portugal next month. Bilateral "
            "trade grew fast this year. Premier Wen will exchange views with Slovak leaders, "
            "Zhao said. During his stay in Portugal, Wen is expected to hold talks with Prime "
            "Minister Jose Socrates.",
            [],
            ["Slovak"],
        ),
        # the same meeting told twice, first undated: one meeting, both told
        (
            "Chinese Premier Wen Jiabao will visit France and Portugal next month. Bilateral "
            "trade grew fast this year. Wen will hold talks with French Prime Minister Dominique "
            "de Villepin, Zhao said. Wen will hold talks with Villepin in Paris on Dec. 5.",
            ["hold talks with French Prime Minister"],
            [],
        ),
        # a country's leaders and a person of it are one side
        (
            "Chinese Premier Wen Jiabao will visit France and Portugal next month. Bilateral "
            "trade grew fast this year. Zhao said Wen would hold talks with French leaders. "
            "Wen will hold talks with French Prime Minister Dominique de Villepin in Paris on "
            "Dec. 5.",
            ["French leaders"],
            [],
        ),
    ],
)
def test_a_meeting_of_another_leg_or_with_another_side_is_not_told_again(text, kept, dropped):
    meetings = [e for e in extract(text, date(2005, 11, 30)) if e.type == "meeting"]
    assert len(meetings) == 1
    told = " ".join(x.text for x in meetings[0].evidence)
    assert all(k in told for k in kept)
    assert not any(d in told for d in dropped)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # another visitor's meeting with the same host is another meeting
        (
            "US Deputy Secretary of State Robert Zoellick starts his visit to Germany from Nov. "
            "30 to Dec. 1 and will meet Chancellor Angela Merkel. Moreover, US Secretary of "
            "State Condoleezza Rice will also travel to Germany, Romania and Belgium from Dec. "
            '5-9. "Secretary Rice\'s visit to Germany will be an opportunity to meet with '
            'Chancellor Angela Merkel," the State Department said.',
            False,
        ),
        # the same visitor's meeting told again is the same meeting
        (
            "US Deputy Secretary of State Robert Zoellick starts his visit to Germany from Nov. "
            "30 to Dec. 1 and will meet Chancellor Angela Merkel. The US economy grew fast this "
            'year. "Zoellick\'s visit to Germany will be an opportunity to meet with Chancellor '
            'Angela Merkel," the State Department said.',
            True,
        ),
    ],
)
def test_a_meeting_told_with_another_visitor_s_trip_is_that_visitor_s(text, told):
    meetings = [e for e in extract(text, date(2005, 11, 30)) if e.type == "meeting"]
    assert [sorted(p.name for p in e.participants) for e in meetings] == [
        ["Angela Merkel", "Robert Zoellick"]
    ]
    assert any("an opportunity" in x.text for x in meetings[0].evidence) is told


def test_the_meeting_referred_back_to_beside_another_s_visit_is_still_that_meeting():
    text = (
        "Vietnamese Deputy Prime Minister Pham Gia Khiem co-chaired the meeting with Chinese "
        "State Councilor Tang Jiaxuan here on Saturday. At the meeting, the two sides also "
        "discussed the preparations of the upcoming visit to Vietnam by Chinese President Hu "
        "Jintao."
    )
    meetings = [e for e in extract(text, date(2006, 11, 11)) if e.type == "meeting"]
    assert len(meetings) == 1
    assert any("At the meeting" in x.text for x in meetings[0].evidence)
