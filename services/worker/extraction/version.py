"""The extractor's version: the package version plus a digest of the core's code and data.

Any edit to a rule, word list or engine module changes it, so `eventline reprocess` knows
which stored articles were read by an older extractor.
"""
from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

_ROOT = Path(__file__).resolve().parent
_SUFFIXES = {".py", ".yaml", ".yml", ".json", ".tsv", ".txt"}


@cache
def extractor_version() -> str:
    """`<package version>+<12 hex digits of the core's sources>`."""
    digest = hashlib.sha256()
    for path in sorted(p for p in _ROOT.rglob("*") if p.suffix in _SUFFIXES and p.is_file()):
        digest.update(path.relative_to(_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    try:
        base = version("eventline")
    except PackageNotFoundError:
        base = "0"
    return f"{base}+{digest.hexdigest()[:12]}"
