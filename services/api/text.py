"""Posted text made storable: HTML to plain text, control characters out, whitespace tidied."""
from __future__ import annotations

import re

from inscriptis import get_text
from inscriptis.model.config import ParserConfig

# C0/C1 controls and other code points no text needs; PostgreSQL refuses NUL outright.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACE = re.compile(r"\s+")
_HTML_CONFIG = ParserConfig(display_links=False, display_images=False)


def clean_text(text: str) -> str:
    """Article text with uniform line ends, no control characters, no runs of blank lines."""
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BLANK_LINES.sub("\n\n", _TRAILING_SPACE.sub("\n", text)).strip()


def clean_title(title: str) -> str:
    """A title on one line: control characters out, runs of whitespace made one space."""
    return _SPACE.sub(" ", _CONTROLS.sub("", title)).strip()


def html_to_text(html: str) -> str:
    """The text a reader sees in `html`: blocks on their own lines, scripts and styles dropped.

    inscriptis renders block structure (paragraphs, breaks, lists, tables) as line breaks,
    which the sentence splitter downstream relies on; a tag stripper would run paragraphs
    together, and a boilerplate remover would drop short article bodies posted as fragments.
    """
    return clean_text(get_text(html, _HTML_CONFIG))
