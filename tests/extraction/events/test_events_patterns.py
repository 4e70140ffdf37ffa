"""The event stage's context patterns: every example in data/patterns/*.yaml, and the checks
that refuse a malformed pattern file when it is loaded."""

import re
from pathlib import Path

import pytest

from services.worker.extraction.events import patterns as patterns_module
from services.worker.extraction.events.patterns import PatternError, all_patterns, load_patterns

CASES = [
    (group, p, text, expected)
    for group, found in all_patterns().items()
    for p in found.values()
    for expected, texts in ((True, p.matches), (False, p.rejects))
    for text in texts
]


@pytest.mark.parametrize(
    "group,pattern,text,expected",
    CASES,
    ids=[f"{g}.{p.name}:{'+' if e else '-'}{t[:40]}" for g, p, t, e in CASES],
)
def test_pattern_examples(group, pattern, text, expected):
    """Each pattern finds what its `matches` examples hold and nothing in its `rejects`."""
    assert (pattern.regex.search(text) is not None) is expected, pattern.doc


def _load(tmp_path, text):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    return load_patterns(path)


def test_lists_are_spliced_in_order(tmp_path):
    found = _load(
        tmp_path,
        "lists: {verbs: [flew, fled]}\n"
        "patterns:\n  p: {doc: a verb, regex: '\\b(?:<<verbs>>)\\b', flags: [IGNORECASE],"
        " matches: [He FLED], rejects: [fly]}\n",
    )
    assert found["p"].regex.pattern == r"\b(?:flew|fled)\b"


@pytest.mark.parametrize(
    "text,problem",
    [
        ("patterns:\n  p: {doc: d, regex: '(', matches: [x]}\n", "p:"),
        ("patterns:\n  p: {doc: d, regex: 'x', flags: [DOTALL], matches: [x]}\n", "unknown flag"),
        ("patterns:\n  p: {doc: d, regex: 'x', match: [x]}\n", "unknown keys"),
        ("patterns:\n  p: {doc: d, regex: 'x'}\n", "at least one example"),
        ("patterns:\n  p: {doc: d, regex: '<<nope>>', matches: [x]}\n", "no list named"),
        (
            "patterns:\n  p: {doc: d, regex: x, matches: [x]}\n"
            "  p: {doc: d, regex: y, matches: [y]}\n",
            "duplicate key",
        ),
        ("lists: {v: flew}\npatterns: {}\n", "list of strings"),
        ("rules: {}\n", "unknown sections"),
    ],
)
def test_malformed_files_are_refused(tmp_path, text, problem):
    with pytest.raises(PatternError, match=problem):
        _load(tmp_path, text)


def test_a_regex_in_parts_is_joined_as_it_stands(tmp_path):
    found = _load(
        tmp_path, "patterns:\n  p: {doc: d, regex: ['\\b(?:met|', 'held)\\b'], matches: [met]}\n"
    )
    assert found["p"].regex.pattern == r"\b(?:met|held)\b"


#: `pattern.search(text, pos)` and `pattern.match(text, pos)` do not take `pos` for the start
#: of the text: "\A" (and "^" without MULTILINE) still match only at index 0, so an anchored
#: pattern read from a position silently never matches. Such a pattern is read on a slice.
_ANCHORED = re.compile(r"\\A|(?<![\\\[])\^")
_BOUND = re.compile(r"^(_?[A-Z][A-Z0-9_]*)\s*=\s*_P\[\"(\w+)\"\]", re.MULTILINE)
_CALLED_FROM = r"\b{}\.(?:search|match|fullmatch|finditer)\([^(),]+(?:\([^()]*\))?[^(),]*,"


def test_anchored_patterns_are_not_read_from_a_position():
    """A pattern with "\\A" or "^" is never searched from a position of a longer text."""
    source_dir = Path(patterns_module.__file__).parent
    wrong = []
    for group, found in all_patterns().items():
        module = source_dir / f"{group}.py"
        if not module.exists():
            continue
        source = module.read_text(encoding="utf-8")
        for name, key in _BOUND.findall(source):
            pattern = found.get(key)
            if pattern is None or pattern.regex.flags & re.MULTILINE:
                continue
            if _ANCHORED.search(pattern.regex.pattern) and re.search(
                _CALLED_FROM.format(re.escape(name)), source
            ):
                wrong.append(f"{group}.{key} ({name})")
    assert not wrong, wrong
