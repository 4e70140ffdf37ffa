"""Sentences, tokens and clause limits of an article, all with offsets into its text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .lexicon import lexicon
from .tokenize import tokens

# A full stop, question or exclamation mark, any closing quotes or brackets, then space and
# something that can open a sentence.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
# Words that open a new clause when they follow a comma (relative, adverbial and coordinate
# clauses); a clause also ends at a semicolon, a colon or a dash.
_CLAUSE_OPENERS = frozenset(
    "who whom whose which while whereas but when where although though since because as "
    "after before until unless if and so yet saying adding noting said".split()
)
_HARD_STOPS = frozenset(";:—–")
#: The longest sentence read as one. The readers look across a sentence, so their work grows
#: faster than its length; a longer run (a list, run-on text, markup debris) is cut at a clause
#: boundary. The news corpus's longest real sentence has about 600 characters.
MAX_SENTENCE = 800
#: Where to cut an over-long sentence, best first: a hard stop, a comma, any space.
_CUTS = ("; ", ": ", " — ", " – ", ", ", " ")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark and where it stands in the text."""

    start: int
    end: int
    text: str
    lower: str  # the text in lower case (read often: worth keeping)

    @property
    def is_cap(self) -> bool:
        """Whether the token starts with a capital letter."""
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span in the text and its tokens (index range into the document's)."""

    index: int
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


class Document:
    """An article split into sentences and tokens, with lookups from offsets to both."""

    def __init__(self, text: str):
        self.text = text
        self.tokens: list[Token] = [
            Token(start, end, w, w.lower()) for start, end, w in tokens(text)
        ]
        self._clauses: dict[int, tuple[int, int]] = {}
        self._token_starts = [t.start for t in self.tokens]
        self.sentences: list[Sentence] = []
        for index, (start, end) in enumerate(split_sentences(text)):
            first = bisect_right(self._token_starts, start - 1)
            last = bisect_right(self._token_starts, end - 1)
            self.sentences.append(Sentence(index, start, end, first, last))
        self._sentence_starts = [s.start for s in self.sentences]
        #: words the article writes in lower case somewhere (so "Because" opening a sentence
        #: is no name)
        self.lower_words = frozenset(t.text for t in self.tokens if t.text.islower())

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds character `offset`."""
        return self.sentences[max(bisect_right(self._sentence_starts, offset) - 1, 0)]

    def token_index(self, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        return bisect_right(self._token_starts, offset - 1)

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first_token : sentence.last_token]

    def clause_span(self, offset: int) -> tuple[int, int]:
        """Character span of the clause around `offset` (see `_CLAUSE_OPENERS`)."""
        span = self._clauses.get(offset)
        if span is None:
            span = self._clauses[offset] = self._clause_span(offset)
        return span

    def _clause_span(self, offset: int) -> tuple[int, int]:
        sentence = self.sentence_at(offset)
        start, end = sentence.start, sentence.end
        tokens = self.tokens
        i = self.token_index(offset)
        j = i - 1
        while j >= sentence.first_token:
            if _opens_clause(tokens, j, sentence.first_token):
                start = tokens[j].start
                break
            j -= 1
        j = i + 1
        while j < sentence.last_token:
            if _opens_clause(tokens, j, sentence.first_token):
                end = tokens[j].start
                break
            j += 1
        return start, end


def _opens_clause(tokens: list[Token], j: int, first: int) -> bool:
    """Whether token `j` starts a new clause (a hard stop, or a clause opener after a comma)."""
    if tokens[j].text in _HARD_STOPS:
        return True
    return tokens[j].lower in _CLAUSE_OPENERS and j > first and tokens[j - 1].text == ","


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: paragraphs are split at line breaks, then at full stops
    that do not close an abbreviation or an initial."""
    abbreviations = lexicon().abbreviations
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        chunk = para.group()
        for m in _BOUNDARY.finditer(chunk):
            # an abbreviation is a short word: look back a little, not to the paragraph's start
            before = _WORD_BEFORE.search(chunk, max(0, m.start() - 40), m.start() + 1)
            if before:
                word = before.group(1).lower()
                if word in abbreviations or (len(word) == 1 and before.group(1).isupper()):
                    continue
                if _INITIALS.fullmatch(before.group(1)) and (
                    len(before.group(1)) > 3 or not _opens_sentence(chunk, m.end())
                ):
                    # a run of initials ends a name's part ("A.P.J. Abdul Kalam", "President
                    # S.R. Nathan"); two may end a sentence ("Washington, D.C. He met")
                    continue
            end = para.start() + m.end()
            _append_trimmed(text, start, end, spans)
            start = end
        _append_trimmed(text, start, para.end(), spans)
    return spans


def _opens_sentence(chunk: str, at: int) -> bool:
    """Whether the word at `at` is one that opens sentences and names no one ("He", "The")."""
    word = re.match(r"[\"'“‘(\[]?([A-Za-z']+)", chunk[at:])
    return word is not None and word.group(1).lower() in lexicon().not_names


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while end - start > MAX_SENTENCE:
        window = text[start + MAX_SENTENCE // 2 : start + MAX_SENTENCE]
        at = next((window.rfind(c) + len(c) for c in _CUTS if c in window), len(window))
        _append_span(text, start, start + MAX_SENTENCE // 2 + at, spans)
        start += MAX_SENTENCE // 2 + at
    _append_span(text, start, end, spans)


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
