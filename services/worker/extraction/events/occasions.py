"""How a gathering or journey its clause names without a date of its own is dated by the words
before it (data/occasions.yaml): "ahead of the 14th APEC summit", "the just-ended Commonwealth
summit", "after he attended the 16th Ibero-American Summit", "on her return from an East Asian
summit", "after visiting Washington": the month of its clause's day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from .lexicon import DATA

MODS = ("START", "END", "edge")
TYPES = frozenset({"summit", "visit"})


class OccasionError(ValueError):
    """data/occasions.yaml is malformed."""


@dataclass(frozen=True, slots=True)
class Occasion:
    id: str
    regex: re.Pattern
    mod: str | None
    examples: tuple[tuple[str, bool], ...]  # (text, must match)
    types: tuple[str, ...] = ("summit",)  # the event types it dates
    word: re.Pattern | None = None  # what the trigger word must be, if it says


def load_occasions(doc: dict) -> tuple[Occasion, ...]:
    if not isinstance(doc, dict) or set(doc) != {"occasions"}:
        raise OccasionError("occasions.yaml: expected one key, `occasions`")
    out: list[Occasion] = []
    seen: set[str] = set()
    for n, entry in enumerate(doc["occasions"]):
        where = f"occasions.yaml: occasion {entry.get('id', n)!r}"
        unknown = set(entry) - {"id", "pattern", "mod", "examples", "types", "word"}
        if unknown:
            raise OccasionError(f"{where}: unknown keys {sorted(unknown)}")
        ident = entry.get("id")
        if not isinstance(ident, str) or ident in seen:
            raise OccasionError(f"{where}: needs a unique id")
        seen.add(ident)
        if entry.get("mod") is not None and entry["mod"] not in MODS:
            raise OccasionError(f"{where}: mod must be one of {MODS}")
        try:
            regex = re.compile(entry["pattern"], re.IGNORECASE)
            word = re.compile(entry["word"], re.IGNORECASE) if entry.get("word") else None
        except (KeyError, re.error) as e:
            raise OccasionError(f"{where}: bad pattern: {e}") from None
        examples = []
        for ex in entry.get("examples") or []:
            if not isinstance(ex, dict) or ex.get("expect") not in ("match", "none"):
                raise OccasionError(f"{where}: an example needs text and expect: match|none")
            examples.append((ex["text"], ex["expect"] == "match"))
        if not examples:
            raise OccasionError(f"{where}: needs at least one example")
        types = tuple(entry.get("types") or ("summit",))
        if not set(types) <= TYPES:
            raise OccasionError(f"{where}: types must be among {sorted(TYPES)}")
        out.append(Occasion(ident, regex, entry.get("mod"), tuple(examples), types, word))
    return tuple(out)


@cache
def occasions() -> tuple[Occasion, ...]:
    with (DATA / "occasions.yaml").open(encoding="utf-8") as f:
        return load_occasions(yaml.safe_load(f))


def occasion_of(text: str, start: int, end: int, type_: str, word: str) -> Occasion | None:
    """The first occasion of events of `type_` whose words end at `end` (where the trigger
    `word` starts), read from `start`."""
    for o in occasions():
        if o.word is not None and not o.word.fullmatch(word):
            continue
        if type_ in o.types and o.regex.search(text, start, end):
            return o
    return None


def example_trigger_end(text: str) -> int:
    """Where the summit word an example ends on starts (the examples end on it)."""
    return text.rstrip().rfind(" ") + 1
