"""Benchmarks (`make bench`): throughput of the extraction core and the services on real articles.

Also where the suite and the benchmarks find `../shared` (data sets and scoring tools).
"""
from __future__ import annotations

import os
import subprocess
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@cache
def shared_dir() -> Path:
    """The read-only `shared` folder beside the checkout.

    Looked for in EVENTLINE_SHARED_DIR, beside this checkout, then beside the checkout this
    one was cloned from (a fresh clone in a temporary folder still finds it).
    """
    if os.environ.get("EVENTLINE_SHARED_DIR"):
        return Path(os.environ["EVENTLINE_SHARED_DIR"])
    candidates = [ROOT.parent / "shared"]
    try:
        origin = subprocess.run(
            ["git", "-C", str(ROOT), "remote", "get-url", "origin"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()
        if origin and Path(origin).is_dir():
            candidates.append(Path(origin).resolve().parent / "shared")
    except (OSError, subprocess.SubprocessError):
        pass
    return next((c for c in candidates if (c / "data").is_dir()), candidates[0])


def corpus_path() -> Path:
    """The news corpus the benchmarks read: 2,671 articles, one JSON object a line."""
    return shared_dir() / "data" / "news" / "corpus.jsonl"
