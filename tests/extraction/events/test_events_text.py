"""Sentence splitting: abbreviations, and over-long runs cut so the readers' work stays bounded."""

from datetime import date

from services.worker.extraction.events import extract_events
from services.worker.extraction.events.text import MAX_SENTENCE, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_full_stops_split_but_abbreviations_and_initials_do_not():
    text = "Gen. Smith met U.S. envoy John F. Kennedy Jr. in Paris. They talked.\nNext line"
    assert sentences(text) == [
        "Gen. Smith met U.S. envoy John F. Kennedy Jr. in Paris.", "They talked.", "Next line"]


def test_a_run_of_initials_does_not_end_a_sentence():
    # "President Hu will meet Indian President A.P.J. Abdul Kalam on Wednesday."
    text = (
        "Hu will meet Indian President A.P.J. Abdul Kalam on Wednesday. "
        "Writer J.R.R. Tolkien died. "
        "Pohamba met Singaporean President S.R. Nathan on Wednesday. "
        "Hu arrived in Washington, D.C. He met Bush."
    )
    assert sentences(text) == [
        "Hu will meet Indian President A.P.J. Abdul Kalam on Wednesday.",
        "Writer J.R.R. Tolkien died.",
        "Pohamba met Singaporean President S.R. Nathan on Wednesday.",
        "Hu arrived in Washington, D.C.",
        "He met Bush.",
    ]


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


def test_a_compound_split_after_its_hyphen_is_one_token():
    from services.worker.extraction.events.text import Document

    doc = Document("The Asia- Pacific Economic Cooperation forum and four- party talks.")
    assert [t.text for t in doc.tokens][:3] == ["The", "Asia-Pacific", "Economic"]
    assert doc.tokens[1].end - doc.tokens[1].start == len("Asia- Pacific")
    assert "four-party" in [t.text for t in doc.tokens]
    # a name's lower-case part ("Roh Moo- hyun", eighth review's 44) and a particle ("al- Alami")
    doc = Document("Roh Moo- hyun met Imad al- Alami and Ban Ki- moon.")
    assert [t.text for t in doc.tokens][:6] == ["Roh", "Moo-hyun", "met", "Imad", "al-Alami", "and"]


def test_a_dotted_abbreviation_after_a_hyphen_is_part_of_the_compound():
    from services.worker.extraction.events.text import Document

    # "China-U.S. strategic dialogues": one compound, read as its two sides as "China-US" is
    doc = Document("China-U.S. talks and Sino-U.S. ties; U.S.-led forces.")
    assert [t.text for t in doc.tokens][:5] == ["China-U.S.", "talks", "and", "Sino-U.S.", "ties"]
    # (an abbreviation that opens a compound stays its own token, as before)
    assert [t.text for t in doc.tokens][6:9] == ["U.S.", "-", "led"]


def test_a_suspended_hyphen_stays_apart():
    from services.worker.extraction.events.text import Document
    from services.worker.extraction.events.tokenize import mend

    doc = Document("Greek- and Turkish-Cypriot leaders met; pro- or anti-war groups.")
    assert [t.text for t in doc.tokens][:4] == ["Greek", "-", "and", "Turkish-Cypriot"]
    assert mend("Greek- and Turkish, Roh Moo- hyun") == "Greek- and Turkish, Roh Moo-hyun"


def test_a_name_split_after_its_hyphen_is_written_whole():
    (event,) = [
        e
        for e in extract_events(
            "SEOUL, Nov. 12 -- U.S. President George W. Bush and South Korean President Roh Moo- "
            "hyun will meet in Gyeongju on Nov. 17, officials said Saturday.",
            date(2005, 11, 12),
        )
        if e.type == "meeting"
    ]
    assert {p.name for p in event.participants} == {"George W. Bush", "Roh Moo-hyun"}
