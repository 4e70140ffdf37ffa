"""Context patterns of the event stage (data/patterns/*.yaml), validated and compiled once.

A context pattern reads the words around a trigger or a name: "the visiting", "at the
request of", "will", "led by". Each one is named, says what it reads, and carries examples
it must find (`matches`) and must not (`rejects`), which the suite runs. A long regex may be
written as a list of parts, joined as they stand. Word lists that
several patterns share are written once under `lists` and spliced in as `<<name>>` (their
entries joined as alternatives in the order written: the longer of two that share a start
goes first).

A malformed file fails when it is loaded, with the file, the pattern and the problem named:
unknown keys or flags, a reference to no list, a regex that does not compile, a pattern
without an example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .lexicon import DATA

PATTERN_DIR = DATA / "patterns"
_KEYS = {"doc", "regex", "flags", "matches", "rejects"}
_FLAGS = {"IGNORECASE": re.IGNORECASE, "VERBOSE": re.VERBOSE, "MULTILINE": re.MULTILINE}
_REFERENCE = re.compile(r"<<(\w+)>>")


class PatternError(ValueError):
    """A pattern file of the event stage is malformed."""


@dataclass(frozen=True, slots=True)
class ContextPattern:
    """One named pattern with the examples it must and must not find."""

    name: str
    doc: str
    regex: re.Pattern
    matches: tuple[str, ...]
    rejects: tuple[str, ...]


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a mapping with the same key twice."""

    def construct_mapping(self, node, deep=False):  # noqa: D102 (yaml's own hook)
        seen = set()
        for key_node, _ in node.value:
            k = self.construct_object(key_node, deep=deep)
            if k in seen:
                raise PatternError(f"duplicate key {k!r} at line {key_node.start_mark.line + 1}")
            seen.add(k)
        return super().construct_mapping(node, deep=deep)


def _splice(source: str, lists: dict[str, list[str]], where: str) -> str:
    """`source` with each `<<name>>` replaced by that list's entries as alternatives."""

    def one(m: re.Match) -> str:
        if m.group(1) not in lists:
            raise PatternError(f"{where}: no list named {m.group(1)!r}")
        return "|".join(lists[m.group(1)])

    return _REFERENCE.sub(one, source)


def load_patterns(path: Path) -> dict[str, ContextPattern]:
    """Read, check and compile one pattern file: pattern name -> ContextPattern."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) or {}
    unknown = set(data) - {"lists", "patterns"}
    if unknown:
        raise PatternError(f"{path.name}: unknown sections {sorted(unknown)}")
    lists = data.get("lists") or {}
    for name, entries in lists.items():
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise PatternError(f"{path.name}: list {name!r} must be a list of strings")
    compiled = {}
    for name, spec in (data.get("patterns") or {}).items():
        where = f"{path.name}: {name}"
        if not isinstance(spec, dict) or "regex" not in spec:
            raise PatternError(f"{where}: needs a regex")
        if set(spec) - _KEYS:
            raise PatternError(f"{where}: unknown keys {sorted(set(spec) - _KEYS)}")
        flags = 0
        for flag in spec.get("flags", []):
            if flag not in _FLAGS:
                raise PatternError(f"{where}: unknown flag {flag!r}")
            flags |= _FLAGS[flag]
        source = spec["regex"]
        if isinstance(source, list):  # a long regex written in parts, joined as they stand
            source = "".join(source)
        if not isinstance(source, str):
            raise PatternError(f"{where}: the regex must be a string or a list of strings")
        try:
            regex = re.compile(_splice(source, lists, where), flags)
        except re.error as e:
            raise PatternError(f"{where}: {e}") from None
        matches = tuple(spec.get("matches", ()))
        if not matches or not spec.get("doc"):
            raise PatternError(f"{where}: needs a doc and at least one example it matches")
        compiled[name] = ContextPattern(
            name, spec["doc"], regex, matches, tuple(spec.get("rejects", ()))
        )
    return compiled


@cache
def patterns(group: str) -> dict[str, re.Pattern]:
    """The compiled patterns of data/patterns/`group`.yaml, by name."""
    return {name: p.regex for name, p in load_patterns(PATTERN_DIR / f"{group}.yaml").items()}


def all_patterns() -> dict[str, dict[str, ContextPattern]]:
    """Every pattern file's patterns with their examples (for the suite): group -> name -> p."""
    return {path.stem: load_patterns(path) for path in sorted(PATTERN_DIR.glob("*.yaml"))}
