"""Canonical entities: name keys from the rules file, and matching across articles in the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from shared.entities import (
    EntityRulesError,
    complete_lone_names,
    display_name,
    entity_lock_keys,
    entity_ref,
    load_rules,
    name_key,
    plan_entities,
    resolve_entities,
    rules,
    transliterate,
)
from shared.models import Entity, EntityAlias


@pytest.mark.parametrize("example", rules().examples, ids=lambda e: e["name"])
def test_every_name_rule_example(example):
    assert name_key(example["name"], example["kind"]) == example["key"]
    shown = example.get("shown", example["name"])
    assert display_name(example["name"], example["kind"]) == shown


@pytest.mark.parametrize(("word", "folded"), rules().transliteration_examples)
def test_every_transliteration_example(word, folded):
    assert transliterate(word) == folded


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("titles: [President]\n", "lower-case words"),
        ("titles: [president, president]\n", "duplicate titles"),
        ("colour: red\n", "unknown keys"),
        ("transliterations: [{pattern: '(', replace: '', examples: {a: a}}]\n", "transliteration"),
        ("transliterations: [{pattern: 'y', replace: 'i', examples: {}}]\n", "no examples"),
        ("examples: [{name: X, kind: planet, key: x}]\n", "bad example"),
    ],
)
def test_a_malformed_rules_file_fails_at_load(tmp_path: Path, text, message):
    path = tmp_path / "entities.yaml"
    path.write_text(text)
    with pytest.raises(EntityRulesError, match=message):
        load_rules(path)


def test_countries_are_keyed_by_iso_code_whatever_they_are_called():
    assert entity_ref("China", "country").key == "CHN"
    assert entity_ref("Russia", "country", code="RUS").key == "RUS"
    assert entity_ref("Russian Federation", "country").key == "RUS"
    # No code known: the name is the key, and the name lock still meets the coded one's alias.
    russia = entity_ref("Russia", "country")
    assert russia.key == "russia" and russia.code is None
    assert entity_lock_keys(russia) & entity_lock_keys(entity_ref("Russia", "country", code="RUS"))


def test_a_lone_name_and_the_full_name_share_a_lock():
    assert entity_lock_keys(entity_ref("Xi", "person")) <= entity_lock_keys(
        entity_ref("Xi Jinping", "person", ("President Xi",))
    )


def resolve(database, *refs):
    with database.session() as s:
        ids = resolve_entities(s, refs).ids
        return [ids[r] for r in refs]


def names_of(database, ids):
    with database.session() as s:
        return [s.get(Entity, i).name for i in ids]


def test_a_lone_name_joins_the_one_person_who_bears_it(database):
    [xi] = resolve(database, entity_ref("Xi Jinping", "person", ("Xi", "the Chinese President")))
    assert resolve(database, entity_ref("Xi", "person")) == [xi]
    assert resolve(database, entity_ref("President Xi", "person")) == [xi]
    assert resolve(database, entity_ref("Chinese President Xi Jinping", "person")) == [xi]


def test_a_shared_surname_alone_never_merges_two_people(database):
    kim_jong_un, kim_yo_jong = resolve(
        database, entity_ref("Kim Jong Un", "person"), entity_ref("Kim Yo Jong", "person")
    )
    [kim] = resolve(database, entity_ref("Kim", "person"))
    assert kim not in (kim_jong_un, kim_yo_jong)
    assert names_of(database, [kim]) == ["Kim"]
    # A role is not a name: "the Chinese President" matches no one across articles.
    [hu] = resolve(database, entity_ref("Hu Jintao", "person", ("the Chinese President",)))
    [xi] = resolve(database, entity_ref("Xi Jinping", "person", ("the Chinese President",)))
    assert hu != xi


def test_romanisations_of_one_name_are_one_person(database):
    a, b = resolve(
        database,
        entity_ref("Dmitry Medvedev", "person"),
        entity_ref("Dmitri Medvedev", "person"),
    )
    assert a == b


def test_organisations_match_by_acronym_and_spelling(database):
    [sco] = resolve(
        database, entity_ref("Shanghai Cooperation Organization", "organisation", ("SCO",))
    )
    assert resolve(database, entity_ref("SCO", "organisation")) == [sco]
    assert resolve(database, entity_ref("Shanghai Cooperation Organisation", "organisation")) == [
        sco
    ]


def test_countries_meet_by_code_and_keep_the_names_used(database):
    [rus] = resolve(database, entity_ref("Russia", "country", code="RUS"))
    assert resolve(database, entity_ref("Russian Federation", "country")) == [rus]
    assert resolve(database, entity_ref("Russia", "country")) == [rus]  # by alias, code unknown
    with database.session() as s:
        assert s.get(Entity, rus).name == "Russia"
        aliases = select(EntityAlias.alias).where(EntityAlias.entity_id == rus)
        assert sorted(s.scalars(aliases)) == ["Russia", "Russian Federation"]


def test_resolving_again_changes_nothing(database):
    refs = [
        entity_ref("Xi Jinping", "person", ("Xi", "President Xi")),
        entity_ref("China", "country"),
    ]
    resolve(database, *refs)
    with database.session() as s:
        before = s.execute(select(EntityAlias.entity_id, EntityAlias.alias)).all()
    resolve(database, *refs)
    with database.session() as s:
        assert s.execute(select(EntityAlias.entity_id, EntityAlias.alias)).all() == before
        assert s.scalar(select(Entity.id).where(Entity.key == "xi")) is None


def test_an_organisation_is_shown_by_the_fullest_name_it_was_given(database):
    [nato] = resolve(database, entity_ref("NATO", "organisation"))
    full = entity_ref("North Atlantic Treaty Organization", "organisation", ("NATO",))
    assert resolve(database, full) == [nato]
    assert resolve(database, entity_ref("NATO", "organisation")) == [nato]
    assert names_of(database, [nato]) == ["North Atlantic Treaty Organization"]


@pytest.mark.parametrize(
    ("kind", "names", "shown"),
    [
        (
            "organisation",
            ["APEC", "Asia-Pacific Economic Cooperation"],
            "Asia-Pacific Economic Cooperation",
        ),
        (
            "organisation",
            ["Asia Pacific Economic Cooperation", "Asia-Pacific Economic Cooperation"],
            "Asia-Pacific Economic Cooperation",
        ),  # hyphens kept
        (
            "organisation",
            ["World Trade Organisation", "World Trade Organization"],
            "World Trade Organization",
        ),  # the spelling the rules key on
        ("person", ["Ban Ki Moon", "Ban Ki-moon"], "Ban Ki-moon"),
        ("person", ["Roh Moo-Hyun", "Roh Moo-hyun"], "Roh Moo-hyun"),
        ("person", ["Antonio Guterres", "António Guterres"], "António Guterres"),
        ("person", ["XI JINPING", "Xi Jinping"], "Xi Jinping"),
        ("person", ["Sergey Lavrov", "Sergei Lavrov"], "Sergei Lavrov"),  # a total order
    ],
)
def test_an_entity_is_shown_by_its_best_name_whatever_came_first(database, kind, names, shown):
    for order in (names, names[::-1]):
        for name in order:  # each article also knows the other name, as "APEC" and its full name
            [entity_id] = resolve(database, entity_ref(name, kind, [n for n in names if n != name]))
        assert names_of(database, [entity_id]) == [shown]
        with database.session() as s:
            s.execute(delete(EntityAlias))
            s.execute(delete(Entity))


def test_a_person_is_never_renamed_by_a_part_of_his_name(database):
    [xi] = resolve(database, entity_ref("Xi Jinping", "person", ("Xi",)))
    with database.session() as s:
        plan = plan_entities(s, [entity_ref("Xi", "person")], date(2023, 1, 3))
    assert plan.matches == {entity_ref("Xi", "person"): xi} and not plan.renamed
    assert resolve(database, entity_ref("Xi", "person")) == [xi]
    assert names_of(database, [xi]) == ["Xi Jinping"]


def test_the_plan_tells_which_known_entities_a_resolution_renames(database):
    nato, putin = resolve(
        database, entity_ref("NATO", "organisation"), entity_ref("Putin", "person")
    )
    refs = [
        entity_ref("North Atlantic Treaty Organization", "organisation", ("NATO",)),
        entity_ref("Vladimir Putin", "person"),
        entity_ref("Joe Biden", "person"),
    ]
    with database.session() as s:
        plan = plan_entities(s, refs, date(2023, 1, 3))
        assert plan.renamed == {nato, putin}
        resolution = resolve_entities(s, refs, plan)
    assert resolution.renamed == {nato, putin}
    assert [resolution.ids[r] for r in refs[:2]] == [nato, putin]
    assert names_of(database, [nato, putin]) == [
        "North Atlantic Treaty Organization",
        "Vladimir Putin",
    ]


def test_a_lone_name_is_completed_only_when_no_one_else_bears_it(database):
    kim_jong_un, kim = resolve(
        database, entity_ref("Kim Jong Un", "person"), entity_ref("Kim", "person")
    )
    putin = resolve(database, entity_ref("Putin", "person"))[0]
    with database.session() as s:
        renamed = complete_lone_names(
            s,
            [entity_ref("Kim Yo Jong", "person"), entity_ref("Vladimir Putin", "person")],
            date(2023, 1, 3),
        )
    assert renamed == {putin}
    assert names_of(database, [kim, putin]) == ["Kim", "Vladimir Putin"]
    assert resolve(database, entity_ref("Putin", "person")) == [putin]
