"""Names resolved within an article: fullest names, descriptions, demonyms, ISO codes."""

from __future__ import annotations

import pytest
import yaml

from services.worker.extraction.events import lexicon as lexicon_module
from services.worker.extraction.events.entities import find_entities
from services.worker.extraction.events.mentions import COUNTRY, ORGANISATION, PERSON
from services.worker.extraction.events.text import Document, split_sentences


def _entities(text: str):
    return find_entities(Document(text))


def test_short_names_and_descriptions_resolve_to_the_fullest_name():
    ents = _entities(
        "Presidents Putin and Xi spoke on Friday. Medvedev met with Xi Jinping in Beijing. "
        "The Chinese President is expected to visit Moscow. Putin thanked the Russian people."
    )
    xi = ents.entities["Xi Jinping"]
    assert xi.kind == PERSON
    assert {"Xi", "Chinese President"} <= xi.aliases
    described = [m for m in ents.mentions if m.text == "Chinese President"]
    assert described and described[0].key == "Xi Jinping"


def test_a_short_name_stands_for_the_namesake_named_before_it_is_used_alone():
    ents = _entities(
        "US President George W. Bush arrived in Beijing. Bush met Hu Jintao. "
        "Also arriving was Bush's wife Laura Bush. Bush thanked his hosts."
    )
    assert {m.key for m in ents.mentions if m.text == "Bush"} == {"George W. Bush"}
    both_first = _entities(
        "US President George W. Bush and Florida Governor Jeb Bush arrived in Miami. Bush spoke."
    )
    # both were named before "Bush" is used alone: it names neither for sure
    assert "George W. Bush" not in {m.key for m in both_first.mentions if m.text == "Bush"}


def test_an_office_introduces_a_person_and_gives_the_nationality():
    ents = _entities(
        "Chinese President Hu Jintao held talks with Vietnamese Communist Party leader "
        "Nong Duc Manh in Beijing on Aug. 22."
    )
    assert ents.entities["Hu Jintao"].nationality == "CHN"
    assert ents.entities["Nong Duc Manh"].nationality == "VNM"
    assert "Beijing" not in ents.entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gazprom chairman Alexei Miller met Shell chief executive officer Jeroen van der Veer.",
            "Jeroen van der Veer",
        ),
        ("Shaukat Aziz, Prime Minister of Pakistan, opened the summit.", "Shaukat Aziz"),
        (
            "U.S. Assistant Secretary of State Richard A. Boucher arrived in Kathmandu.",
            "Richard A. Boucher",
        ),
        ("Pope John Paul II arrived in Prague on Friday.", "John Paul II"),
        (
            "Sao Tome Prime Minister Maria do Carmo Silveira arrived in Luanda on Monday.",
            "Maria do Carmo Silveira",
        ),
        (
            "The taikonauts, Fei Junlong and Nie Haijun, met students. Fei said he was nervous.",
            "Fei Junlong",
        ),
    ],
)
def test_people_are_found(text, name):
    assert _entities(text).entities[name].kind == PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hun Sen made the remarks in a meeting with Zhang Gaoli on Monday.", "Zhang Gaoli"),
        (
            "Hun Sen spoke in a meeting with Zhang Gaoli, head of the provincial committee.",
            "Zhang Gaoli",
        ),
    ],
)
def test_the_other_party_of_a_meeting_is_a_person(text, name):
    assert _entities(text).entities[name].kind == PERSON


@pytest.mark.parametrize(
    ("text", "name", "nationality"),
    [
        (
            "The violence erupted as US envoy in Sudan Andrew Natsios stepped up efforts to "
            "persuade Khartoum. Natsios arrived in Khartoum on Saturday.",
            "Andrew Natsios",
            "USA",
        ),
        (
            "British ambassador to Iran Geoffrey Adams was summoned on Monday.",
            "Geoffrey Adams",
            "GBR",
        ),
    ],
)
def test_an_office_held_in_or_to_a_country_marks_the_name_after_it(text, name, nationality):
    # the country the office is held in or to is not its holder's nationality
    entity = _entities(text).entities[name]
    assert entity.kind == PERSON
    assert entity.nationality == nationality


def test_a_monarch_named_by_one_name_is_not_a_namesake_with_a_full_name():
    ents = _entities(
        "Bush met King Hussein of Jordan at his home. Iraqi President Saddam Hussein warned "
        "the king."
    )
    king = [m.key for m in ents.mentions if m.text == "Hussein"]
    assert king == ["King Hussein"] and "Saddam Hussein" in ents.entities


def test_a_portfolio_after_an_office_is_no_person():
    ents = _entities("Xavier Bertrand, the French Minister of Health and Solidarity, said so.")
    assert [k for k, e in ents.entities.items() if e.kind == PERSON] == ["Xavier Bertrand"]


@pytest.mark.parametrize(
    "text",
    [
        "Grzegorz Pawlaszek, chairman of the Weglowa company, said eight miners died.",
        "It is the bishop of Prague who spoke.",
        "Statistics from China's General Administration of Customs show growth.",
    ],
)
def test_bodies_and_places_after_an_office_are_not_people(text):
    ents = _entities(text)
    assert not {"Weglowa", "Prague", "Customs"} & {
        k for k, e in ents.entities.items() if e.kind == PERSON
    }


def test_a_place_name_keeps_its_lower_case_particle():
    ents = _entities("Albright is to spend five hours in Dar es Salaam, Tanzania, on Tuesday.")
    assert "Dar es Salaam" in [m.text for m in ents.mentions]


def test_countries_carry_iso_codes_and_demonyms_lead_to_them():
    ents = _entities(
        "The Sudanese government delegation will head for Abuja. US officials agreed. "
        "Palestinians protested in Britain."
    )
    codes = {e.code for e in ents.entities.values() if e.kind == COUNTRY}
    assert {"SDN", "PSE", "GBR"} <= codes


@pytest.mark.parametrize(
    "text",
    [
        "Bush spoke as he met with Iraqis who cast absentee ballots in Virginia.",
        "The minister met a group of young Palestinians in Amman on Monday.",
        "The envoy met Iraqis living in Cairo on Monday.",
    ],
)
def test_some_of_a_countrys_people_are_not_the_country(text):
    ents = _entities(text)
    assert not [m for m in ents.mentions if m.kind == COUNTRY]


def test_abbreviations_the_article_defines_and_fullest_written_form():
    ents = _entities(
        "The 13th summit of the South Asian Association for Regional Cooperation (SAARC) "
        "opened. SAARC leaders met. APEC ministers met too."
    )
    orgs = {e.name for e in ents.entities.values() if e.kind == ORGANISATION}
    assert "South Asian Association for Regional Cooperation" in orgs
    assert "APEC" in orgs  # the article writes only the abbreviation


def test_a_listed_name_with_a_possessive_inside_is_found():
    ents = _entities("Talks with the Democratic People's Republic of Korea resumed.")
    assert [(m.kind, m.key) for m in ents.mentions] == [(COUNTRY, "PRK")]


def test_demonyms_coordinated_before_a_state_noun_each_name_a_country():
    ents = _entities("South Korean and DPR Korean officials met on Tuesday.")
    assert [(m.kind, m.key) for m in ents.mentions] == [(COUNTRY, "KOR"), (COUNTRY, "PRK")]


def test_hyphenated_pairs_name_both_sides():
    ents = _entities("At the ongoing EU-Russia summit in Helsinki, Russia agreed.")
    kinds = {(m.kind, m.key) for m in ents.mentions}
    assert (ORGANISATION, "European Union") in kinds and (COUNTRY, "RUS") in kinds


def test_hyphenated_pairs_of_several_words_name_both_sides():
    ents = _entities("They will hold United States-North Korean missile talks soon.")
    assert [(m.kind, m.key) for m in ents.mentions if m.kind == COUNTRY] == [
        (COUNTRY, "USA"),
        (COUNTRY, "PRK"),
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Hu will visit India from Nov. 20 to 23. The visit will be his first.", 2),
        ("Mr. Kim arrived. U.S. President George W. Bush said so.", 2),
        ("He met Gen. Musharraf on Monday. They agreed.", 2),
        ("The meeting is set for 11:30 a. m. (05:30 GMT) on Friday.", 1),
    ],
)
def test_sentences_split_at_full_stops_not_at_abbreviations(text, count):
    assert len(split_sentences(text)) == count


def test_word_lists_are_validated_at_load(tmp_path, monkeypatch):
    for name in ("lexicon.yaml", "countries.yaml", "organisations.yaml", "people.yaml"):
        (tmp_path / name).write_text(
            (lexicon_module.DATA / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    people = yaml.safe_load((tmp_path / "people.yaml").read_text(encoding="utf-8"))
    people["people"]["XXX"] = ["Nobody Known"]
    (tmp_path / "people.yaml").write_text(yaml.safe_dump(people), encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "DATA", tmp_path)
    lexicon_module.lexicon.cache_clear()
    try:
        with pytest.raises(lexicon_module.LexiconError, match="alpha-3"):
            lexicon_module.lexicon()
    finally:
        monkeypatch.undo()
        lexicon_module.lexicon.cache_clear()


def test_site_words_must_be_place_words(tmp_path, monkeypatch):
    for name in ("lexicon.yaml", "countries.yaml", "organisations.yaml", "people.yaml"):
        (tmp_path / name).write_text(
            (lexicon_module.DATA / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    words = yaml.safe_load((tmp_path / "lexicon.yaml").read_text(encoding="utf-8"))
    words["site_words"].append("pavilion")
    (tmp_path / "lexicon.yaml").write_text(yaml.safe_dump(words), encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "DATA", tmp_path)
    lexicon_module.lexicon.cache_clear()
    try:
        with pytest.raises(lexicon_module.LexiconError, match="pavilion"):
            lexicon_module.lexicon()
    finally:
        monkeypatch.undo()
        lexicon_module.lexicon.cache_clear()


def test_parties_iso_3166_does_not_list_take_a_user_assigned_code():
    ents = _entities("Ahtisaari has visited Kosovo and Serbia. Kosovars voted on Sunday.")
    kinds = {(m.kind, m.key) for m in ents.mentions}
    assert (COUNTRY, "XKX") in kinds and (COUNTRY, "SRB") in kinds
    assert lexicon_module.lexicon().country_names["XKX"] == "Kosovo"


@pytest.mark.parametrize("code", ["KOS", "XK", "FRA"])
def test_unlisted_parties_need_a_free_user_assigned_code(tmp_path, monkeypatch, code):
    for name in ("lexicon.yaml", "countries.yaml", "organisations.yaml", "people.yaml"):
        (tmp_path / name).write_text(
            (lexicon_module.DATA / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    countries = yaml.safe_load((tmp_path / "countries.yaml").read_text(encoding="utf-8"))
    countries["unlisted"] = {code: ["Somewhere"]}
    (tmp_path / "countries.yaml").write_text(yaml.safe_dump(countries), encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "DATA", tmp_path)
    lexicon_module.lexicon.cache_clear()
    try:
        with pytest.raises(lexicon_module.LexiconError, match="user-assigned|listed country"):
            lexicon_module.lexicon()
    finally:
        monkeypatch.undo()
        lexicon_module.lexicon.cache_clear()


def test_unnamed_officials_of_a_country_stand_for_it():
    ents = _entities(
        "Ahtisaari told a press conference following meetings with Montenegrin leaders."
    )
    groups = [m for m in ents.mentions if m.text == "Montenegrin leaders"]
    assert groups and groups[0].members == ("MNE",)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("They expect talks between Belgrade and Pristina next year.", ["SRB", "XKX"]),
        ("Beijing remains Islamabad's largest arms supplier.", ["CHN", "PAK"]),
        ("He arrived in Beijing for the Beijing Summit.", []),
        ("Talabani arrived in the Iranian capital Tehran on Monday.", []),
        ("CAIRO, Nov. 8 (Xinhua) -- Annan spoke in central Beirut.", []),
    ],
)
def test_a_capital_stands_for_its_government_only_where_a_party_stands(text, codes):
    assert [m.key for m in _entities(text).mentions if m.kind == COUNTRY] == codes


def test_an_office_one_person_holds_names_him_when_no_name_is_given():
    ents = _entities("Clinton met the Dalai Lama on Wednesday.")
    assert [m.key for m in ents.mentions if m.text == "Dalai Lama"] == ["Dalai Lama"]
    assert ents.entities["Dalai Lama"].kind == PERSON


def test_a_surname_that_is_also_an_office_modifier_names_its_bearer_alone():
    # "Royal" (as in "royal adviser") ends a name the article writes; alone, with nothing after
    # it to modify, it is that name; before an office it still modifies it
    ents = _entities(
        "French presidential candidate Segolene Royal arrived in Israel on Sunday. "
        "Royal was expected to meet with Israeli Foreign Minister Tzipi Livni. "
        "Royal, 53, leads in the polls."
    )
    assert [m.key for m in ents.mentions if m.text == "Royal"] == ["Segolene Royal"] * 2
    plain = _entities("The Royal Navy sailed. Royal was a word here. A Royal Commission met.")
    assert not [m for m in plain.mentions if m.kind == PERSON]


def test_a_surname_misspelt_by_one_letter_names_the_one_person_named_in_full():
    ents = _entities(
        "Li told visiting French Defense Minister Charles Million that he was glad. "
        "Li told Millon at the start of their meeting that ties were good. Millon smiled."
    )
    assert {m.key for m in ents.mentions if m.text == "Millon"} == {"Charles Million"}
    # one letter from two people's surnames: the lone name is neither for sure
    two = _entities("Anna Jansen and Paul Jonsen met on Monday. Jnsen said nothing.")
    assert [m.key for m in two.mentions if m.text == "Jnsen"] == ["Jnsen"]


def test_a_surname_alone_where_a_meeting_s_other_party_stands_names_the_full_name():
    # "In his meeting with Kagame": the full name the article gives before is a person's,
    # also when "of" and a country follow it ("Denis Sassou-Nguesso of the Republic of Congo")
    ents = _entities(
        "Hu met five African presidents, including Denis Sassou-Nguesso of the Republic of "
        "Congo and Paul Kagame of Rwanda. While meeting Sassou-Nguesso, Hu said ties were "
        "good. In his meeting with Kagame, Hu said so."
    )
    assert ents.entities["Paul Kagame"].kind == PERSON
    assert [m.key for m in ents.mentions if m.text == "Sassou-Nguesso"] == [
        "Denis Sassou-Nguesso"
    ]
    # a name that no meeting takes alone stays unnamed as a person
    plain = _entities("Paul Kagame Street was closed. The road to Kigali opened.")
    assert not [m for m in plain.mentions if m.kind == PERSON]


def test_the_head_of_a_body_is_the_person_named_with_it():
    # "the FBI chief", "The UN chief": the person named as that body's head, not the body
    ents = _entities(
        "Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh said here "
        "Friday, said Freeh. After meeting with Kenyan police leaders, the FBI chief also said "
        "that he is very happy. UN spokesman Stephane Dujarric said UN Secretary-General Kofi "
        "Annan arrived. The UN chief met Bush on Monday. The IAEA chief spoke."
    )
    heads = {m.text: m.key for m in ents.mentions if m.text.endswith("chief")}
    assert heads == {"FBI chief": "Louis Freeh", "UN chief": "Kofi Annan"}
    # a body whose head the article does not name stays the body
    assert [m.kind for m in ents.mentions if m.text == "IAEA"] == [ORGANISATION]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "US House Speaker Newt Gingrich arrived in Taipei on Wednesday. "
            "At the presidential office the US speaker met Lee Teng-hui.",
            "Newt Gingrich",
        ),
        (
            "Kenyan Governor John Mwangi visited Kampala on Friday. "
            "The talks went well, the Kenyan governor said.",
            "John Mwangi",
        ),
    ],
)
def test_a_weak_office_word_after_the_and_a_country_is_that_state_s_office(text, name):
    ents = _entities(text)
    described = [m for m in ents.mentions if m.description and m.key == name]
    assert described, [(m.text, m.key) for m in ents.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "At Thursday's meeting, the IAEA Board of Governors decided to act.",
        "ElBaradei addressed the Board of Governors of IAEA on Monday.",
    ],
)
def test_an_organ_of_a_body_is_a_body_of_its_own(text):
    ents = _entities(text)
    organs = [m for m in ents.mentions if m.kind == ORGANISATION]
    assert [m.key for m in organs] == ["IAEA Board of Governors"]


def test_a_fronted_meeting_of_a_body_subject_is_its_summit():
    from datetime import date

    from services.worker.extraction.events import extract_events

    events = extract_events(
        "The IAEA chief spoke in Vienna.\n\nAt Thursday's meeting, the IAEA Board of Governors "
        "decided that it would not provide technical assistance to the reactor.",
        date(2006, 11, 23),
    )
    assert [(e.type, e.date.value, [p.name for p in e.participants]) for e in events] == [
        ("summit", "2006-11-23", ["IAEA Board of Governors"])
    ]


@pytest.mark.parametrize(
    "text, key",
    [
        (
            "China was criticised at the UN Human Rights Commission's annual meeting.",
            "UN Human Rights Commission",
        ),
        ("The EU Foreign Affairs Council met on Monday.", "EU Foreign Affairs Council"),
    ],
)
def test_an_organ_named_with_its_field_is_one_body(text, key):
    ents = _entities(text)
    assert [m.key for m in ents.mentions if m.kind == ORGANISATION] == [key]


@pytest.mark.parametrize(
    "text",
    [
        "The First Africa-South America Summit opened in Abuja on Sunday.",
        "Leaders from Latin America and Europe met in Vienna.",
        "He toured South America last month.",
    ],
)
def test_america_after_a_compass_word_is_no_country(text):
    assert "USA" not in {m.key for m in _entities(text).mentions}


def test_amir_is_a_given_name_not_a_title():
    ents = _entities("Royal met Defense Minister Amir Peretz and Labour leader Amir Peretz.")
    assert {m.key for m in ents.mentions if m.kind == PERSON} == {"Amir Peretz"}


def test_a_description_is_the_person_named_with_its_office_word():
    ents = _entities(
        'California Governor Arnold Schwarzenegger broke his leg. "He is at home," said Adam '
        "Mendelsohn, Schwarzenegger's Deputy Chief of Staff. \"When the Governor returns, he "
        'will have surgery," the spokesman said.'
    )
    governor = [m for m in ents.mentions if m.description and m.text == "Governor"]
    assert [m.key for m in governor] == ["Arnold Schwarzenegger"]


def test_the_pope_is_the_one_named_by_a_regnal_name_not_a_cardinal():
    ents = _entities(
        "Benedict XVI's visit to Turkey ended. While still Joseph Cardinal Ratzinger, he opposed "
        "it. Cherif had an audience with the pope on November 11."
    )
    pope = [m for m in ents.mentions if m.description and m.text == "pope"]
    assert [m.key for m in pope] == ["Benedict XVI"]


@pytest.mark.parametrize(
    "text, codes",
    [
        ("Ahtisaari began negotiations with Serbian and Kosovo authorities.", {"SRB", "XKX"}),
        ("South Korean and US officials met in Seoul.", {"KOR", "USA"}),
    ],
)
def test_a_demonym_and_a_country_word_share_the_state_noun(text, codes):
    assert codes <= {m.key for m in _entities(text).mentions if m.kind == COUNTRY}


def test_a_list_goes_on_after_a_person_s_office_apposition():
    from datetime import date

    from services.worker.extraction.events import extract_events

    events = extract_events(
        "During his stay in Hanoi, Chinese President Hu Jintao held talks on Tuesday with Nong Duc "
        "Manh, general secretary of the Central Committee of the Communist Party of Vietnam, and "
        "Vietnamese President Tran Duc Luong.",
        date(2005, 11, 2),
    )
    assert [[p.name for p in e.participants] for e in events if e.type == "meeting"] == [
        ["Hu Jintao", "Nong Duc Manh", "Tran Duc Luong"]
    ]


def test_a_capitalised_adjective_before_a_lower_case_office_names_no_one():
    ents = _entities(
        "Rybkin was met by the chief Chechen negotiator, first deputy prime minister Movladi "
        "Udugov."
    )
    assert "Chechen" not in ents.entities
    assert ents.entities["Movladi Udugov"].kind == PERSON


def test_an_office_written_with_a_hyphenated_modifier_is_an_office():
    # "vice-chairman" is one word: "vice-" with an office after it is an office of its class
    ents = _entities(
        "Wang Daming, vice-chairman of the Standing Committee, met here Tuesday with Belgian "
        "Defence Minister Andre Flahaut."
    )
    assert ents.entities["Wang Daming"].kind == PERSON
    ents = _entities("The talks were led by co-president Lars Ekberg of the forum.")
    assert ents.entities["Lars Ekberg"].kind == PERSON


def test_an_abbreviation_in_brackets_after_an_office_names_no_person_and_no_subject():
    from datetime import date

    from services.worker.extraction.events import extract_events

    text = (
        "Wang Daming, chairman of the Standing Committee of China's National People's Congress "
        "(NPC), met here Tuesday with Belgian Defence Minister Andre Flahaut."
    )
    ents = _entities(text)
    assert all(e.kind != PERSON for e in ents.entities.values() if e.name == "NPC")
    events = extract_events(text, date(2005, 11, 1))
    assert [sorted(p.name for p in e.participants) for e in events if e.type == "meeting"] == [
        ["Andre Flahaut", "Wang Daming"]
    ]


def test_a_body_marked_spelled_out_is_shown_in_full_where_the_article_abbreviates_it():
    ents = _entities("The plans aim to break the deadlock in time for an EU summit next week.")
    assert ents.entities["European Union"].name == "European Union"
    # an unmarked body goes by the fullest form the article writes
    ents = _entities("APEC leaders will meet in Busan next week.")
    assert [e.name for e in ents.entities.values() if e.kind == ORGANISATION] == ["APEC"]
