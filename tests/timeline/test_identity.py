"""Which stored event each recomputed group is: ids follow their reports' majority."""

from __future__ import annotations

from shared.timeline.identity import Assignment, assign


def test_unchanged_groups_keep_their_events():
    got = assign([["a", "b"], ["c"]], {"a": 7, "b": 7, "c": 9}, events=[7, 9])
    assert got == Assignment(event_of=[7, 9])


def test_a_new_report_joins_the_event_of_its_group_and_a_lone_one_is_new():
    got = assign([["a", "new"], ["other"]], {"a": 7}, events=[7])
    assert got == Assignment(event_of=[7, None])


def test_events_found_to_be_one_keep_the_older_id():
    got = assign([["a", "b", "c", "link"]], {"a": 9, "b": 9, "c": 4}, events=[4, 9])
    assert got == Assignment(event_of=[4], absorbed={4: [9]})


def test_a_split_event_stays_with_the_majority_of_its_reports():
    got = assign([["a"], ["b", "c"]], {"a": 5, "b": 5, "c": 5}, events=[5])
    assert got == Assignment(event_of=[None, 5])


def test_an_even_split_keeps_the_id_in_the_first_group_in_content_order():
    got = assign([["a"], ["b"]], {"a": 5, "b": 5}, events=[5])
    assert got == Assignment(event_of=[5, None])


def test_an_event_with_no_report_left_is_dropped():
    got = assign([["a"]], {"a": 5}, events=[5, 6])
    assert got == Assignment(event_of=[5], dropped=[6])


def test_a_reprocessed_articles_new_report_keeps_the_event_its_old_one_was_in():
    got = assign([["new"]], {}, {6: frozenset({"new"})}, events=[6])
    assert got == Assignment(event_of=[6])


def test_a_reprocessed_articles_event_found_one_with_another_keeps_the_older_id():
    # Event 6 had only the reprocessed article's report; event 8 has another article's.
    got = assign([["new", "x"]], {"x": 8}, {6: frozenset({"new"})}, events=[6, 8])
    assert got == Assignment(event_of=[6], absorbed={6: [8]})
    # Both call the group home: the older id is kept, whichever kind of report it followed.
    got = assign([["new", "x"]], {"x": 5}, {6: frozenset({"new"})}, events=[5, 6])
    assert got == Assignment(event_of=[5], absorbed={5: [6]})
