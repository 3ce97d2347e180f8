"""Incidents, session 10 (second round): follow-ups dated after a reference that carries its own day, the
attacker's end as a follow-up act, outskirts named within one region, a vague lead beside its own article's later
sentence, a sentence opening with a place's possessive, and reports placed in two countries naming one place."""

from __future__ import annotations

from newsevents.incidents import IncidentIndex
from newsevents.incidents.matching import LinkRules, _place_score, place_named, places_compatible
from newsevents.incidents.profile import follows_up, place_keys, place_mentions, profile_of

from test_incidents import ev

KUNDUZ = ("Kunduz", 36.73, 68.86, "AF", "Kunduz")
KHANABAD = ("Khanabad", 36.68, 69.12, "AF", "Kunduz")  # about 25 km away, same province
STRASBOURG = ("Strasbourg", 48.58, 7.75, "FR", "Grand Est")
VILLAGE_NEUF = ("Village-Neuf", 47.61, 7.57, "FR", "Grand Est")  # a namesake-style misreading 100 km south
MUMBAI = ("Mumbai", 19.07, 72.88, "IN", "Maharashtra")
PAKISTAN = ("Pakistan", 30.0, 70.0, "PK", "")
INDIA = ("India", 22.0, 79.0, "IN", "")
FARAH = ("Farah", 32.37, 62.11, "AF", "Farah")


def test_a_follow_up_dated_after_a_reference_with_its_own_day_is_recognised() -> None:
    assert follows_up("Families in Khan Abad neighbourhood of Kunduz buried dozens of victims of the Friday mosque "
                      "bombing in long rows of graves on Sunday.", "Sunday")
    assert follows_up("Relatives buried 17 victims of the weekend attack on Ofay on Thursday.", "Thursday")
    # counter-cases: the date is a reference's own, or the reference before the date names no day
    assert not follows_up("Police said on Wednesday they had identified two suspects in Sunday's bombing of an "
                          "internet shop, and that the same group was behind the bombing of a bus.", "Sunday")
    assert not follows_up("Police said they were looking for three men over the bombing of a night market on "
                          "2 September.", "2 September")


def test_the_attackers_end_is_a_follow_up_act() -> None:
    assert follows_up("Police shot dead the man suspected of the attack on the Christmas market late on Thursday, "
                      "two days after the shooting.", "Thursday")
    assert follows_up("The suspect was shot dead by police on Thursday, two days after the shooting at the market.",
                      "Thursday")
    # counter-cases: violence against others before the reference is the attack's own report
    assert not follows_up("Gunmen shot dead a policeman on Thursday, two days after the attack on the market.",
                          "Thursday")
    assert not follows_up("A gunman killed two officers on Thursday and was arrested, two days after the shooting.",
                          "Thursday")


def test_a_date_before_a_later_reference_is_the_follow_ups_own() -> None:
    assert follows_up("Police arrested the man suspected of the attack on the market late on Thursday, two days "
                      "after the shooting.", "Thursday")
    # counter-case: no reference after the date, and the one before it names no day
    assert not follows_up("Police arrested the man suspected of the attack on the market late on Thursday.",
                          "Thursday")


def test_an_outskirt_named_within_one_region_links_unless_the_tolls_or_modes_clash() -> None:
    rules = LinkRules()
    town = profile_of(ev("a", "A suicide bomber struck a Shia mosque in Kunduz on Friday, killing dozens.",
                         date="2021-10-08", place=KUNDUZ, killed=46, low=24, high=99), "2021-10-08")
    outskirt = profile_of(ev("b", "Families in the Khan Abad neighbourhood of Kunduz buried 46 victims of the "
                             "bombing on Friday.", date="2021-10-08", place=KHANABAD, killed=46), "2021-10-09")
    assert place_named(outskirt, town) and places_compatible(outskirt, town, rules)
    # counter-cases: the same place named with a toll that cannot be the same incident's, or another weapon
    other_toll = profile_of(ev("c", "A bomb at a checkpoint on the edge of Kunduz killed 2 policemen on Friday.",
                               date="2021-10-08", place=KHANABAD, killed=2), "2021-10-08")
    assert place_named(other_toll, town) and not places_compatible(other_toll, town, rules)
    other_mode = profile_of(ev("d", "Gunmen on the edge of Kunduz shot dead 46 people on Friday.",
                               date="2021-10-08", place=KHANABAD, killed=46, mode="firearms"), "2021-10-08")
    assert not places_compatible(other_mode, town, rules)
    unnamed = profile_of(ev("e", "Families in the Khan Abad neighbourhood buried 46 victims of the bombing on "
                            "Friday.", date="2021-10-08", place=KHANABAD, killed=46), "2021-10-09")
    assert not places_compatible(unnamed, town, rules)


def test_a_vague_lead_joins_an_incident_holding_a_later_sentence_of_its_own_article() -> None:
    """The vague lead of article "m" links with the report of article "n"; a later sentence of "m" linked with
    "n" first. The lead goes with them; not when the other sentence comes first in the article."""
    first = "A car bomb exploded at the El Nogal club in Bogota on Friday night, killing 25 people."
    lead = "The toll from the El Nogal club car bomb has risen to 32 in Bogota."
    later = "The FARC car bomb at the El Nogal club in Bogota on Friday was its deadliest in the capital."
    bogota = ("Bogota", 4.61, -74.08, "CO", "Bogota D.C.")
    region = ("Bogota D.C.", 4.6, -74.1, "CO", "Bogota D.C.")

    def grouped(lead_start: int, later_start: int) -> bool:
        index = IncidentIndex()
        index.add(ev("n1", first, date="2003-02-07", place=bogota, killed=25), "2003-02-07")
        index.add(ev("m1", lead, doc="m", date="2003-02-07", place=region, place_precision="admin1", killed=32,
                     span=(lead_start, lead_start + len(lead))), "2003-02-09")
        index.add(ev("m2", later, doc="m", date="2003-02-07", place=bogota,
                     span=(later_start, later_start + len(later))), "2003-02-09")
        return index.incident_of("m1") == index.incident_of("n1")

    assert grouped(0, 200)
    assert not grouped(200, 0)


def test_a_sentence_opening_with_a_places_possessive_names_it() -> None:
    assert set(place_keys("Toronto")) <= set(place_mentions("Toronto's mayor renewed calls for a ban on handguns."))
    # counter-case: a capitalised word opening a sentence without a possessive is no name
    assert not set(place_keys("Police")) & set(place_mentions("Police named the gunman on Monday."))


def test_two_countries_named_alike_score_as_one_place() -> None:
    told = profile_of(ev("a", "The only attacker captured after the assault on Mumbai was trained in Pakistan.",
                         date=None, place=PAKISTAN, place_precision="country"), "2008-12-02")
    local = profile_of(ev("b", "Gunmen attacked seven sites in Mumbai on Wednesday.", date="2008-11-26",
                          place=MUMBAI), "2008-11-27")
    assert place_named(told, local) and _place_score(told, local) == 0.8
    # counter-case: a report placed by its own country naming the city scores as country-level (look-alikes of
    # one city are told that way too)
    home = profile_of(ev("c", "The only attacker captured after the assault on Mumbai was trained abroad.",
                         date=None, place=INDIA, place_precision="country"), "2008-12-02")
    assert place_named(home, local) and _place_score(home, local) == 0.4


def test_an_articles_first_telling_links_before_its_later_sentences() -> None:
    """Article "a" tells the attack, then a background sentence that resembles report "b" more than its lead
    does. The lead's link is taken first, so the lead and "b" are one incident; not when the background sentence
    is the article's first telling."""
    djibo = ("Djibo", 14.10, -1.63, "BF", "Sahel")
    lead = "Militants attacked an army detachment in Djibo on Tuesday, killing several soldiers, security sources said."
    background = "Djibo has been under blockade by jihadist insurgents for months, cut off from army supply convoys."
    other = "Jihadist insurgents stormed an army base in Djibo, a town under blockade for months, on Tuesday."

    def grouped(lead_start: int, background_start: int) -> bool:
        index = IncidentIndex()
        for eid, text, doc, start in (("a1", lead, "a", lead_start), ("a2", background, "a", background_start),
                                      ("b1", other, "b", 0)):
            index.add(ev(eid, text, doc=doc, date="2022-11-15", place=djibo, mode="firearms",
                         span=(start, start + len(text))), "2022-11-15")
        return index.incident_of("a1") == index.incident_of("b1")

    assert grouped(0, 200)
    assert not grouped(200, 0)


def test_a_later_sentence_of_the_article_on_another_day_still_keeps_a_vague_lead_out() -> None:
    """The vague lead (the week before 6 February) links with report "n" (7 February). A later sentence of its
    article that joined "n" on the same day lets it in; one dated 8 February tells another incident the article
    recalls, outside the lead's days, and keeps it out."""
    bogota = ("Bogota", 4.61, -74.08, "CO", "Bogota D.C.")
    region = ("Bogota D.C.", 4.6, -74.1, "CO", "Bogota D.C.")
    first = "A car bomb exploded at the El Nogal club in Bogota on Friday night, killing 25 people."
    lead = "The toll from the El Nogal club car bomb has risen to 32 in Bogota."
    later = "The FARC car bomb at the El Nogal club in Bogota on Friday was its deadliest in the capital."

    def grouped(later_day: str) -> bool:
        index = IncidentIndex()
        index.add(ev("n1", first, date="2003-02-07", place=bogota, killed=25), "2003-02-07")
        index.add(ev("m1", lead, doc="m", date=None, place=region, place_precision="admin1", killed=32,
                     span=(0, len(lead))), "2003-02-06")
        index.add(ev("m2", later, doc="m", date=later_day, place=bogota, span=(200, 200 + len(later))), "2003-02-06")
        assert index.incident_of("m2") == index.incident_of("n1")
        return index.incident_of("m1") == index.incident_of("n1")

    assert grouped("2003-02-07")
    assert not grouped("2003-02-08")
