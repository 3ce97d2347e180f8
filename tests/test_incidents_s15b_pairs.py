"""Session 15b: two vague reports that are each other's best link, and that no other vague report follows, go
together into a precise incident that both can follow a link into (`IncidentIndex._best`), in the full
recompute and the incremental path alike, whatever the arrival order. Two region-only tellings of one incident
("an attack in the Niono circle, Segou region") resemble each other more than the report that names the town,
and used to stay an incident of their own."""

from __future__ import annotations

import itertools

from newsevents.incidents import IncidentIndex

from test_incidents import ev

SEGOU = ("Segou", 13.8, -6.0, "ML", "Segou")
NIONO = ("Niono", 14.25, -5.99, "ML", "Segou")
MOPTI = ("Mopti", 14.49, -4.19, "ML", "Mopti")

V1 = ("Mali: four gendarmes killed in Monday's dawn raid on a gendarmerie post in the Niono circle, Segou "
      "region.")
V2 = ("Armed men attacked the gendarmerie post of a locality in the Niono circle, Segou region, at dawn on Monday, "
      "killing four gendarmes, a local elected official said.")
P = ("On Monday at dawn, JNIM fighters overran a gendarmerie post near Niono and killed four gendarmes; the post "
     "has not been reoccupied.")


def _reports(precise_place=NIONO, extra: bool = False):  # type: ignore[no-untyped-def]
    out = [
        (ev("v1", V1, date="2023-07-03", place=SEGOU, place_precision="admin1", killed=4, mode="firearms"),
         "2023-07-04"),
        (ev("v2", V2, date="2023-07-03", place=SEGOU, place_precision="admin1", killed=4, mode="firearms"),
         "2023-07-03"),
        (ev("p", P, date="2023-07-03", place=precise_place, killed=4, mode="firearms"), "2023-07-05"),
    ]
    if extra:  # a third vague report whose best link is one of the pair
        out.append((ev("v3", V2.replace("a local elected official said", "sources said"), date="2023-07-03",
                       place=SEGOU, place_precision="admin1", killed=4, mode="firearms"), "2023-07-06"))
    return out


def _grouped(reports, step: int = 1) -> tuple[list[list[str]], dict[str, str], dict[str, str]]:  # type: ignore[no-untyped-def]
    """The partition, the incident ids reported incrementally (take_changes every `step` reports), and the
    current ones."""
    index = IncidentIndex()
    seen: dict[str, str] = {}
    for i, (event, published) in enumerate(reports):
        index.add(event, published)
        if i % step == 0:
            seen.update(index.take_changes().assigned)
    seen.update(index.take_changes().assigned)
    return index.groups(), seen, index.assignments()


def test_the_pair_links_each_other_best() -> None:
    index = IncidentIndex()
    for event, published in _reports():
        index.add(event, published)
    v1, v2 = index._slot["v1"], index._slot["v2"]
    assert index._plain_best(v1)[1] == ("V", v2)
    assert index._plain_best(v2)[1] == ("V", v1)
    assert index._reach(v1) and index._reach(v2)  # both can follow a link into the precise report


def test_a_mutual_vague_pair_joins_the_precise_incident_both_reach() -> None:
    groups, seen, current = _grouped(_reports())
    assert groups == [["p", "v1", "v2"]]
    assert seen == current


def test_the_pair_joins_whatever_the_arrival_order() -> None:
    for order in itertools.permutations(_reports()):
        for step in (1, 2, 3):
            groups, seen, current = _grouped(list(order), step)
            assert groups == [["p", "v1", "v2"]], [e.id for e, _ in order]
            assert seen == current


def test_counter_case_a_precise_report_of_another_place_is_not_joined() -> None:
    """Counter-case: the precise report is in another region (Mopti): no link, the pair stays on its own."""
    groups, seen, current = _grouped(_reports(precise_place=MOPTI))
    assert ["v1", "v2"] in groups and ["p"] in groups
    assert seen == current


def test_counter_case_a_larger_vague_group_is_left_as_it_is() -> None:
    """Counter-case: a third vague report follows one of the pair: a vague group of three may already mix two
    incidents, so it does not move as a whole."""
    index = IncidentIndex()
    for event, published in _reports(extra=True):
        index.add(event, published)
    followers = {index._profiles[v].event_id: index._plain_best(v)[1] for v in index._vague}
    assert any(t is not None and t[0] == "V" and index._profiles[t[1]].event_id in ("v1", "v2")
               for eid, t in followers.items() if eid == "v3")
    groups = index.groups()
    assert ["p"] in groups
    for order in itertools.permutations(_reports(extra=True)):
        got, seen, current = _grouped(list(order))
        assert got == groups and seen == current

