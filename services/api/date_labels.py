"""Dates in words for the feeds: "spring 2023", "mid-September 2022" (see date_labels.yaml)."""
from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from services.worker.extraction.model import PRECISIONS

WORDING_FILE = Path(__file__).with_name("date_labels.yaml")
_FIELDS = {"day", "month", "year", "season", "quarter", "half", "decade", "century"}
#: Precisions whose dates a calendar shows exactly: they need words only with a mod.
EXACT = frozenset({"day", "time"})


@dataclass(frozen=True)
class Wording:
    """The validated contents of date_labels.yaml."""

    months: tuple[str, ...]
    seasons: dict[str, str]
    halves: dict[str, str]
    centuries: dict[str, str]
    precisions: dict[str, str]
    mods: dict[str, str]
    day_mods: dict[str, str]  # overrides of `mods` for day and time precision
    examples: tuple[dict, ...]


def _placeholders(template: str) -> set[str]:
    """The field names a `str.format` template uses ("{month} {year}" -> month, year)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def parse_wording(data: dict) -> Wording:
    """Validate the YAML document; raise ValueError naming what is wrong."""
    keys = {"months", "seasons", "halves", "centuries", "precisions", "mods", "day_mods",
            "examples"}
    if not isinstance(data, dict) or set(data) != keys:
        raise ValueError(f"date wording must have exactly the keys {sorted(keys)}")
    if len(data["months"]) != 12:
        raise ValueError("months must name the twelve months")
    if set(data["seasons"]) != {"SP", "SU", "FA", "WI"}:
        raise ValueError("seasons must name SP, SU, FA and WI")
    if set(data["halves"]) != {"H1", "H2"}:
        raise ValueError("halves must name H1 and H2")
    if set(data["precisions"]) != set(PRECISIONS):
        raise ValueError(f"precisions must be exactly {PRECISIONS}")
    for precision, template in data["precisions"].items():
        if not _placeholders(template) <= _FIELDS:
            raise ValueError(f"precision {precision}: unknown field in {template!r}")
    for mod, template in [*data["mods"].items(), *data["day_mods"].items()]:
        if _placeholders(template) != {"label"}:
            raise ValueError(f"mod {mod}: template must use {{label}} and nothing else")
    if not set(data["day_mods"]) <= set(data["mods"]):
        raise ValueError("day_mods may only reword mods that mods defines")
    allowed, needed = {"value", "precision", "mod", "start", "end", "label"}, {"value", "precision"}
    for example in data["examples"]:
        if not needed | {"start", "end"} <= set(example) <= allowed:
            raise ValueError(f"bad example {example!r}")
    return Wording(
        months=tuple(data["months"]),
        seasons=dict(data["seasons"]),
        halves=dict(data["halves"]),
        centuries={str(k): v for k, v in data["centuries"].items()},
        precisions=dict(data["precisions"]),
        mods=dict(data["mods"]),
        day_mods=dict(data["day_mods"]),
        examples=tuple(data["examples"]),
    )


@cache
def wording() -> Wording:
    """The wording of date_labels.yaml, validated once."""
    return parse_wording(yaml.safe_load(WORDING_FILE.read_text(encoding="utf-8")))


def date_label(
    value: str, precision: str, mod: str | None, start: date, end: date,
    words: Wording | None = None,
) -> str | None:
    """The date in words when a calendar's all-day span would overstate what is known, else None."""
    words = words or wording()
    if precision in EXACT and not mod:
        return None
    suffix = value.rsplit("-", 1)[-1] if "-" in value else ""
    century = start.year // 100 + 1
    label = words.precisions.get(precision, "{year}").format(
        day=start.day,
        month=words.months[start.month - 1],
        year=start.year,
        season=words.seasons.get(suffix, ""),
        quarter=suffix,
        half=words.halves.get(suffix, ""),
        decade=start.year // 10 * 10,
        century=words.centuries.get(str(century), f"{century}th"),
    )
    if not mod:
        return label
    mods = {**words.mods, **words.day_mods} if precision in EXACT else words.mods
    # A mod the wording does not know (TimeML may grow) leaves the words unwrapped: still true.
    return mods.get(mod, "{label}").format(label=label)
