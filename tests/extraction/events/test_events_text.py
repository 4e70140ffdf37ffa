"""Sentence splitting: abbreviations, and over-long runs cut so the readers' work stays bounded."""

from services.worker.extraction.events.text import MAX_SENTENCE, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_full_stops_split_but_abbreviations_and_initials_do_not():
    text = "Gen. Smith met U.S. envoy John F. Kennedy Jr. in Paris. They talked.\nNext line"
    assert sentences(text) == [
        "Gen. Smith met U.S. envoy John F. Kennedy Jr. in Paris.", "They talked.", "Next line"]


def test_a_run_on_sentence_is_cut_at_clause_boundaries_within_the_limit():
    run_on = "Putin met Xi in Beijing on Monday, and " * 500 + "they talked."
    parts = split_sentences(run_on)
    assert len(parts) > len(run_on) // MAX_SENTENCE
    assert all(end - start <= MAX_SENTENCE for start, end in parts)
    # cut after a comma (a clause boundary), never inside a word; only the spaces between go
    assert all(run_on[start:end].endswith(",") for start, end in parts[:-1])
    assert sum(e - s for s, e in parts) + len(parts) - 1 == len(run_on)


def test_text_without_spaces_is_cut_too():
    blob = "x" * (5 * MAX_SENTENCE + 7)
    parts = split_sentences(blob)
    assert [e - s for s, e in parts] == [MAX_SENTENCE] * 5 + [7]


def test_a_long_real_sentence_is_kept_whole():
    sentence = ("Chinese President Hu Jintao, who arrived here on Monday for a three-day state "
                "visit, held talks with his host, and the two leaders, " * 4 + "agreed.")
    assert len(sentence) < MAX_SENTENCE and sentences(sentence) == [sentence]


def test_a_capitalised_compound_split_after_its_hyphen_is_one_token():
    from services.worker.extraction.events.text import Document

    doc = Document("The Asia- Pacific Economic Cooperation forum and four- party talks.")
    assert [t.text for t in doc.tokens][:3] == ["The", "Asia-Pacific", "Economic"]
    assert doc.tokens[1].end - doc.tokens[1].start == len("Asia- Pacific")
    assert "four" in [t.text for t in doc.tokens]  # lower-case words stay apart
