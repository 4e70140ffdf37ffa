"""TimeML in and out for `eventline timeml`: TempEval-3 input files (a DCT and plain TEXT)
tagged with TIMEX3 elements, the text itself left byte for byte as it was.

`strip_text_tags` makes such input from gold files (every tag inside TEXT removed), for
tests and scoring; `annotate` adds the tagger's TIMEX3 elements to one document.
"""
from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .timex import tag

_TEXT = re.compile(r"(<TEXT(?:\s[^>]*)?>)(.*?)(</TEXT\s*>)", re.S)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_DCT = re.compile(r"<DCT>.*?\bvalue=\"(\d{4}-\d{2}-\d{2})", re.S)
_TID = re.compile(r"\btid=\"t(\d+)\"")


class TimeMLError(ValueError):
    """A file is not TimeML the tagger can read (no TEXT, no DCT)."""


def strip_text_tags(document: str) -> str:
    """`document` with every tag inside its TEXT element removed (TempEval-3 input)."""
    m = _TEXT.search(document)
    if not m:
        raise TimeMLError("no <TEXT> element")
    return document[:m.start(2)] + _TAG.sub("", m.group(2)) + document[m.end(2):]


def creation_date(document: str) -> date:
    """The document creation date, from the TIMEX3 inside <DCT>."""
    m = _DCT.search(document)
    if not m:
        raise TimeMLError("no <DCT> with a dated TIMEX3")
    return date.fromisoformat(m.group(1))


def decode(raw: str) -> tuple[str, list[int]]:
    """The text with XML entities decoded, and for each decoded position (plus the end) the
    raw position it came from, so tags can go back where the characters were."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _ENTITY.finditer(raw):
        out.append(raw[pos:m.start()])
        where.extend(range(pos, m.start()))
        char = html.unescape(m.group(0))
        out.append(char)
        where.extend([m.start()] * len(char))
        pos = m.end()
    out.append(raw[pos:])
    where.extend(range(pos, len(raw) + 1))
    return "".join(out), where


def _open_tag(tid: int, timex) -> str:
    """The `<TIMEX3 ...>` opening tag for `timex` as id `t<tid>`, attributes XML-quoted."""
    attrs = [("tid", f"t{tid}"), ("type", timex.type), ("value", timex.value)]
    for name in ("mod", "quant", "freq"):
        if getattr(timex, name):
            attrs.append((name, getattr(timex, name)))
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs) + ">"


def annotate(document: str) -> str:
    """`document` (TimeML with a DCT) with the tagger's TIMEX3 elements inside TEXT."""
    document = strip_text_tags(document)
    dct = creation_date(document)
    m = _TEXT.search(document)
    raw = m.group(2)
    text, where = decode(raw)
    used = [int(t) for t in _TID.findall(document)]
    next_tid = max(used, default=0) + 1
    pieces, pos = [], 0
    for timex in tag(text, dct):
        start, end = where[timex.start], where[timex.end]
        pieces += [raw[pos:start], _open_tag(next_tid, timex), raw[start:end], "</TIMEX3>"]
        pos, next_tid = end, next_tid + 1
    pieces.append(raw[pos:])
    return document[:m.start(2)] + "".join(pieces) + document[m.end(2):]


def _tml_files(directory: str | Path) -> list[Path]:
    """The `*.tml` files directly in `directory`, sorted by path."""
    return sorted(p for p in Path(directory).iterdir() if p.suffix == ".tml" and p.is_file())


def tag_directory(in_dir: str | Path, out_dir: str | Path) -> int:
    """Tag every `*.tml` of `in_dir` into `out_dir`; the number of documents written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = _tml_files(in_dir)
    for path in files:
        document = path.read_text(encoding="utf-8")
        (out / path.name).write_text(annotate(document), encoding="utf-8")
    return len(files)


def make_input_directory(gold_dir: str | Path, out_dir: str | Path) -> int:
    """Write TempEval-3 input (tags inside TEXT removed) for every gold `*.tml`; the count."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = _tml_files(gold_dir)
    for path in files:
        (out / path.name).write_text(strip_text_tags(path.read_text(encoding="utf-8")),
                                     encoding="utf-8")
    return len(files)
