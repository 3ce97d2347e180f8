"""Evidence that two differently worded reports tell one incident: names, agreeing tolls (incidents linker)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.incidents import IncidentIndex, LinkRules
from newsevents.incidents.matching import score
from newsevents.incidents.profile import name_keys, profile_of, shared_evidence, toll_keys

from test_incidents import ev

ARTIBONITE = ("Artibonite", 19.3, -72.5, "HT", "Artibonite")
PONT_SONDE = ("Pont-Sonde", 19.15, -72.61, "HT", "Artibonite")


def test_names_inside_a_sentence_are_keys_but_countries_and_sentence_starts_are_not() -> None:
    keys = name_keys("Gang members attacked the town of Pont-Sonde in Haiti, killing Haitian farmers.")
    assert keys == name_keys("the attack on Pont-Sonde")  # only the name: not Haiti, Haitian, nor "Gang"
    assert len(keys) == 1
    assert name_keys("Kirkuk police said three soldiers died.") == set()  # first word: capital for any word
    assert name_keys("the Somali capital, said Monday's Pakistani officials") == set()


def test_a_name_is_one_key_however_its_arabic_article_is_spelt() -> None:
    assert name_keys("shells hit the city of Al-Obeid") == name_keys("shells hit the city of El Obeid")
    assert name_keys("shells hit the city of Al-Obeid") == name_keys("shells hit the city of Obeid")
    assert len(name_keys("shells hit the city of El Obeid")) == 1
    assert name_keys("claimed by al-Shabaab fighters") == name_keys("claimed by Al-Shabaab fighters") != set()


def test_tolls_of_three_or_more_are_keys() -> None:
    assert toll_keys(5, None) == toll_keys(5, 2)  # an injury count under three is no key
    assert toll_keys(5, None) != toll_keys(None, 5)  # killed and injured are different keys
    assert toll_keys(2, 1) == set()


def test_a_vague_report_sharing_a_name_and_a_toll_joins_the_precise_one() -> None:
    """A report placed only in its region and one placed in a town share few words; the name of the town the
    attack hit and the same toll are enough evidence (each name counts as two keys: its stem and the name)."""
    precise = ev("p", "Gang members armed with rifles stormed Pont-Sonde on Thursday, killing 70 people.",
                 date="2024-10-03", place=PONT_SONDE, killed=70)
    vague = ev("v", "Survivors fled the area after last week's massacre at Pont-Sonde that left 70 dead.",
               date=None, place=ARTIBONITE, place_precision="admin1", killed=70)
    a, b = profile_of(precise, "2024-10-03"), profile_of(vague, "2024-10-07")
    assert b.vague
    assert shared_evidence(a.keys, b.keys) >= LinkRules().min_shared_keys
    index = IncidentIndex()
    index.add(precise, "2024-10-03")
    index.add(vague, "2024-10-07")
    assert index.incident_of("p") == index.incident_of("v")


def test_a_shared_name_below_the_country_adds_the_name_bonus() -> None:
    """The bonus counts names the place score does not already count: a report's own place name is left out."""
    rules, off = LinkRules(), LinkRules(name_bonus=0.0)

    def pair(first: str, second: str, rules: LinkRules = rules) -> float:
        a = profile_of(ev("a", first, place=ARTIBONITE, place_precision="admin1"), "2024-10-03")
        b = profile_of(ev("b", second, doc="other", place=None), "2024-10-03")
        return score(a, b, rules)

    named = ("Gangs attacked residents of Pont-Sonde overnight.", "The toll in Pont-Sonde rose sharply.")
    own = ("Gangs attacked residents in Artibonite overnight.", "The toll in Artibonite rose sharply.")
    assert pair(*named) - pair(*named, rules=off) == pytest.approx(rules.name_bonus)
    assert pair(*own) == pytest.approx(pair(*own, rules=off))  # its own place ("Artibonite"): no bonus


def test_the_headline_joins_the_sentence_words_but_not_its_names() -> None:
    """A follow-up's sentence tells the funeral; its headline names the attack. Title-case headline words are
    not names (every word of such a headline is capitalised)."""
    event = ev("f", "Hundreds attended the funerals of the victims on Friday.", date=None, place=None)
    bare = profile_of(event, "2024-10-07")
    headed = profile_of(event, "2024-10-07", "Market Bombing In Quetta Kills Twelve")
    assert set(bare.keys) < set(headed.keys)
    assert bare.sig != headed.sig
    assert headed.names == bare.names == ()


def test_two_vague_reports_linked_through_their_headlines() -> None:
    first = ev("h1", "Relatives buried the dead on Saturday.", date=None, place=ARTIBONITE, place_precision="admin1")
    second = ev("h2", "Survivors described the night to reporters.", date=None, place=ARTIBONITE,
                place_precision="admin1")
    titles = {"doc-h1": "Gang massacre at Pont-Sonde market leaves dozens dead",
              "doc-h2": "Pont-Sonde market massacre: survivors recount gang raid"}
    published = {"doc-h1": "2024-10-05", "doc-h2": "2024-10-05"}
    without = IncidentIndex.from_events([first, second], published)
    assert without.incident_of("h1") != without.incident_of("h2")
    index = IncidentIndex.from_events([first, second], published, titles=titles)
    assert index.incident_of("h1") == index.incident_of("h2")


@pytest.mark.model
def test_the_store_links_reports_through_their_headlines_and_keeps_it_on_reopening(tmp_path: Path) -> None:
    """Stored documents pass their titles to the index, when ingesting and when the store rebuilds it."""
    import json

    from newsevents.library import ingest, open_db
    from newsevents.store.incidents import IncidentUpdater

    source = tmp_path / "reports.jsonl"
    rows = [
        {"id": "r1", "published": "2023-01-08", "title": "Suicide bombing at Kerman cemetery kills 89",
         "text": "Mourners said 89 people were killed when the bombers struck the crowd in Kerman province on "
                 "Saturday."},
        {"id": "r2", "published": "2023-01-09", "title": "Kerman cemetery bombing: suicide attackers named",
         "text": "Two attackers blew themselves up among pilgrims near the shrine, officials said on Monday."},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db_path = str(tmp_path / "t.db")
    ingest([source], db_path)
    db = open_db(db_path)
    events = list(db.events(limit=100))
    published = {d.id: d.published.value if d.published else None for d in db.documents()}
    stored = {e.id: e.incident_id for e in events}
    rebuilt = IncidentUpdater(db.store).index.assignments()
    db.store.engine.dispose()
    assert len(events) == 2 and len(set(stored.values())) == 1  # one incident, through the headlines:
    assert len(set(IncidentIndex.from_events(events, published).assignments().values())) == 2  # not without
    assert rebuilt == stored


def test_a_pair_with_a_vague_report_needs_the_lower_threshold() -> None:
    """Vague reports only follow their best link, so their pairs may link on less; two precise reports' link
    joins components and keeps the stricter threshold."""
    from newsevents.incidents.matching import link_threshold

    rules = LinkRules()
    precise = profile_of(ev("p", "Gunmen attacked a market.", place=PONT_SONDE), "2024-10-03")
    other = profile_of(ev("q", "A market was attacked.", place=PONT_SONDE, doc="d2"), "2024-10-03")
    vague = profile_of(ev("v", "A market was attacked.", date=None, place=ARTIBONITE, place_precision="admin1",
                          doc="d3"), "2024-10-04")
    assert rules.vague_threshold < rules.threshold
    assert link_threshold(precise, other, rules) == rules.threshold
    assert link_threshold(precise, vague, rules) == link_threshold(vague, precise, rules) == rules.vague_threshold


def test_a_city_and_the_region_of_its_name_are_one_place() -> None:
    """"the city of Kerman" and "in Kerman" (read as the province) score as one place, not as a mere region."""
    from newsevents.incidents.matching import _place_score

    kerman = ("Kerman", 30.28, 57.08, "IR", "Kerman")
    city = profile_of(ev("c", "Bombs struck the city of Kerman.", place=kerman), "2024-01-04")
    region = profile_of(ev("r", "Bombs struck mourners in Kerman.", place=kerman, place_precision="admin1",
                           doc="d2"), "2024-01-04")
    other = profile_of(ev("o", "Bombs struck mourners in Sirjan.", place=("Sirjan", 29.45, 55.68, "IR", "Kerman"),
                          doc="d3"), "2024-01-04")
    assert _place_score(city, region) > _place_score(other, region) == 0.6


def test_a_village_filed_by_its_country_still_counts_as_a_shared_name() -> None:
    """An unresolved village ("Seytenga", filed under the country) is not credited by the place score, so its
    name counts towards the name bonus; a resolved place's own name does not (see the test above)."""
    rules, off = LinkRules(), LinkRules(name_bonus=0.0)
    burkina = ("Seytenga", 12.2, -1.5, "BF", None)
    a = profile_of(ev("a", "Gunmen killed dozens of civilians in the village of Seytenga over the weekend.",
                      place=burkina, place_precision="country"), "2022-06-13")
    b = profile_of(ev("b", "The toll from the assault on Seytenga rose to 86, a spokesman said.", doc="other",
                      place=None), "2022-06-16")
    assert score(a, b, rules) - score(a, b, off) == pytest.approx(rules.name_bonus)


def test_a_vague_report_anchors_on_a_precise_report_before_a_close_vague_one() -> None:
    """A follow-up ("the toll reached 52") that scores a little higher with another follow-up than with the
    report that says where and when joins the precise report's incident; both follow-ups end up there."""
    precise = ev("p", "A missile hit the railway station in Kramatorsk on Friday, killing 30 people.",
                 date="2022-04-08", place=("Kramatorsk", 48.72, 37.56, "UA", "Donetsk"))
    vague = [ev(f"v{i}", "The toll from the missile strike on the railway station rose to 52, officials said.",
                date=None, place=("Donetsk", 48.0, 37.8, "UA", "Donetsk"), place_precision="admin1")
             for i in (1, 2)]
    rules = LinkRules()
    first, *_, other = (profile_of(e, "2022-04-10") for e in (vague[0], precise, vague[1]))
    assert score(first, other, rules) - 0.1 < score(first, profile_of(precise, "2022-04-10"), rules) < score(
        first, other, rules)  # the other follow-up scores higher, by less than the preference
    index = IncidentIndex(rules)
    for event in (precise, *vague):
        index.add(event, "2022-04-10")
    groups = index.assignments()
    assert groups["v1"] == groups["v2"] == groups["p"]


def test_a_report_with_no_place_needs_one_more_shared_key() -> None:
    """A vague report that names no place at all could be any look-alike's follow-up anywhere: it needs
    `min_shared_keys` + 1 shared evidence keys; a placed vague report needs `min_shared_keys`."""
    from newsevents.incidents.matching import keys_needed, link_score

    rules = LinkRules()
    precise = profile_of(ev("p", "Gunmen attacked a church in Kasindi, killing 14 worshippers.", date="2023-01-15",
                            place=("Kasindi", 0.03, 29.7, "CD", "North Kivu")), "2023-01-16")
    unplaced = profile_of(ev("u", "The attackers shot worshippers in the church.", doc="other", date=None,
                             place=None), "2023-01-17")
    placed = profile_of(ev("v", "The attackers shot worshippers in the church.", doc="third", date=None,
                           place=("Congo", -2.0, 23.0, "CD", None), place_precision="country"), "2023-01-17")
    assert keys_needed(precise, unplaced, rules) == rules.min_shared_keys + 1
    assert keys_needed(precise, placed, rules) == rules.min_shared_keys
    assert shared_evidence(precise.keys, unplaced.keys) == rules.min_shared_keys  # "church", "worshippers"
    assert link_score(precise, unplaced, rules) is None
    assert link_score(precise, placed, rules) is not None
