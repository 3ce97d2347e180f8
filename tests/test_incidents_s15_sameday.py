"""Session 15: a precise report and a vague one that date the event to the same day need one evidence key fewer
(`matching.keys_needed`), found through the same-day buckets (`blocking.day_bases`), and such a link needs the
precise threshold (`matching.link_threshold`). Short reports of one incident ("Killed: 2, injured: 5.", "Gang
attack; police counter-attack.") share few words with the story they sum up."""

from __future__ import annotations

from newsevents.incidents.blocking import day_bases
from newsevents.incidents.matching import LinkRules, keys_needed, link_score, link_threshold, same_day
from newsevents.incidents.profile import profile_of, shared_evidence

from test_incidents import ev, index_of

MOGADISHU = ("Mogadishu", 2.0371, 45.3438, "SO", "Banaadir")
BANAADIR = ("Banaadir", 2.05, 45.33, "SO", "Banaadir")

STORY = ("Several mortar rounds were fired at the base area near Mogadishu's airport on Sunday evening, one of "
         "them landing in a nearby neighbourhood and killing two civilians, police said.")
SUMMARY = "Mortar fire; killed: 2, injured: 5."


def _story(day: str = "2022-12-18"):  # type: ignore[no-untyped-def]
    return ev("a", STORY, date=day, place=MOGADISHU, mode="heavy-weapons")


def _summary(day: str = "2022-12-18", place=BANAADIR, precision: str = "admin1"):  # type: ignore[no-untyped-def]
    return ev("b", SUMMARY, date=day, place=place, place_precision=precision, mode="heavy-weapons")


def test_the_two_reports_share_a_single_key() -> None:
    a, b = profile_of(_story(), "2022-12-18"), profile_of(_summary(), "2022-12-19")
    assert shared_evidence(a.keys, b.keys) == 1
    assert b.vague and not a.vague and same_day(a, b)


def test_same_day_precise_and_vague_need_one_key_fewer() -> None:
    rules = LinkRules()
    a, b = profile_of(_story(), "2022-12-18"), profile_of(_summary(), "2022-12-19")
    assert keys_needed(a, b, rules) == rules.min_shared_keys - 1
    score = link_score(a, b, rules)
    assert score is not None
    assert link_threshold(a, b, rules) == rules.threshold  # a key fewer: the precise threshold
    assert score >= rules.threshold


def test_counter_case_a_day_apart_still_needs_two_keys() -> None:
    """Counter-case: the summary dated the next day (inside the date gap, not the same day) keeps the usual need."""
    rules = LinkRules()
    a, b = profile_of(_story(), "2022-12-18"), profile_of(_summary("2022-12-19"), "2022-12-20")
    assert not same_day(a, b)
    assert keys_needed(a, b, rules) == rules.min_shared_keys
    assert link_score(a, b, rules) is None


def test_counter_case_two_vague_reports_of_one_day_still_need_two_keys() -> None:
    """Counter-case: two vague reports (both only a region) of one day: a region's news that day holds many
    look-alikes, and a vague pair may chain reports together."""
    rules = LinkRules()
    a = profile_of(ev("a", STORY, date="2022-12-18", place=BANAADIR, place_precision="admin1",
                      mode="heavy-weapons"), "2022-12-18")
    b = profile_of(_summary(), "2022-12-19")
    assert a.vague and b.vague and same_day(a, b)
    assert keys_needed(a, b, rules) == rules.min_shared_keys
    assert link_score(a, b, rules) is None


def test_counter_case_a_report_with_no_place_never_drops_below_two_keys() -> None:
    rules = LinkRules()
    a = profile_of(_story(), "2022-12-18")
    b = profile_of(_summary(place=None), "2022-12-19")
    assert same_day(a, b)
    assert keys_needed(a, b, rules) == rules.min_shared_keys  # one fewer than the usual three, never one
    assert link_score(a, b, rules) is None


def test_two_shared_keys_keep_the_vague_threshold() -> None:
    rules = LinkRules()
    a = profile_of(_story(), "2022-12-18")
    b = profile_of(ev("b", "Mortar rounds near the airport; two civilians dead.", date="2022-12-18", place=BANAADIR,
                      place_precision="admin1", mode="heavy-weapons"), "2022-12-19")
    assert shared_evidence(a.keys, b.keys) >= rules.min_shared_keys
    assert link_threshold(a, b, rules) == rules.vague_threshold


def test_same_day_buckets_hold_placed_day_dated_reports_only() -> None:
    assert day_bases(profile_of(_story(), "2022-12-18"))
    assert not day_bases(profile_of(_summary(place=None), "2022-12-19"))  # no place: no country to file under
    month = ev("c", SUMMARY, date="2022-12", precision="month", place=MOGADISHU, mode="heavy-weapons")
    assert not day_bases(profile_of(month, "2022-12-19"))  # only a month


def test_the_index_groups_them_in_either_order() -> None:
    for order in ((_story(), "2022-12-18"), (_summary(), "2022-12-19")), \
                 ((_summary(), "2022-12-19"), (_story(), "2022-12-18")):
        index = index_of(list(order))
        assert index.incident_of("a") == index.incident_of("b")


def test_counter_case_the_index_keeps_a_look_alike_of_another_day_apart() -> None:
    index = index_of([(_story(), "2022-12-18"), (_summary("2022-12-19"), "2022-12-20")])
    assert index.incident_of("a") != index.incident_of("b")
