"""The light tense reading: the clause's tense around an expression marked [like this]."""
from __future__ import annotations

import pytest

from services.worker.extraction.timex.tense import parse_cues, read_tense

CASES = [
    ("The summit will open [Monday].", "future"),
    ("Officials said [Friday] that talks had failed.", "past"),
    ("Talks are set to resume [Monday] in Belfast.", "future"),
    ("The treaty is to be signed on [Tuesday].", "future"),
    ("The vote will be held in [March].", "future"),
    ("He resigned in [March].", "past"),
    ("Mr. Schwarz will succeed Daniel P. Davison [Feb. 1].", "future"),
    ("It would be paid on a still unspecified date in [January].", "future"),
    ("The relatives may come as soon as [Tuesday].", "future"),
    ("Blasts next to the embassies on [Friday] killed 200.", "past"),
    ("[On Tuesday], the league will screen an advertisement.", "future"),
    ("Shares rose 5% in [March].", "past"),
    ("Prices in [March].", None),
]


@pytest.mark.parametrize(("marked", "expected"), CASES)
def test_read_tense(marked: str, expected: str | None) -> None:
    start = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    end = marked.index("]") - 1
    assert read_tense(text, start, end) == expected


def test_the_cue_file_is_checked() -> None:
    good = {"future": ["will"], "future_bigrams": ["is to"], "future_auxiliaries": ["will"],
            "past": ["was"], "present": ["is"], "not_past_ed": ["need"],
            "adjective_markers": ["a"], "not_cues": ["next to"]}
    parse_cues(good)
    with pytest.raises(ValueError, match="keys"):
        parse_cues({**good, "extra": []})
    with pytest.raises(ValueError, match="two words"):
        parse_cues({**good, "future_bigrams": ["is"]})
    with pytest.raises(ValueError, match="conflicting"):
        parse_cues({**good, "past": ["will"]})
