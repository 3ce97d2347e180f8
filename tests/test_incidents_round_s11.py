"""Incidents, session 11 (recall round): a wire dateline and the headline as places a report names, a follow-up
dated by its own act under a headline naming the attack, unknown organisations as no party disagreement, and a
suicide bombing beside a bombing (or a gun and bomb attack) as one mode where an outskirt is named."""

from __future__ import annotations

from newsevents.incidents import IncidentIndex
from newsevents.incidents.matching import LinkRules, modes_differ, place_named, places_compatible, score
from newsevents.incidents.profile import Profile, follows_up, place_keys, place_mentions, profile_of
from newsevents.models import ActorRef

from test_incidents import ev

HYDERABAD = ("Hyderabad", 17.38, 78.47, "IN", "Telangana")
KOCHI_JP = ("Kochi", 33.56, 133.53, "JP", "Kochi")  # a namesake abroad, as a geocoder may pick
BOGOTA = ("Bogota", 4.61, -74.08, "CO", "Bogota D.C.")
CUBA = ("Cuba", 21.5, -79.5, "CU", "")
KUNDUZ = ("Kunduz", 36.73, 68.86, "AF", "Kunduz")
KHANABAD = ("Khanabad", 36.68, 69.12, "AF", "Kunduz")  # about 25 km away, same province


def test_a_wire_dateline_is_a_place_the_sentence_names() -> None:
    hyderabad = set(place_keys("Hyderabad"))
    assert hyderabad <= set(place_mentions("HYDERABAD - Two bombs went off within minutes of each other on Saturday."))
    assert hyderabad <= set(place_mentions("HYDERABAD (wire) - Two bombs went off on Saturday evening."))
    # counter-cases: a capitalised word opening a sentence without the dash, or a dash later in the sentence
    assert not hyderabad & set(place_mentions("HYDERABAD police said two bombs went off on Saturday."))
    assert not hyderabad & set(place_mentions("Two bombs went off - officials said - in the city on Saturday."))


def test_a_dateline_joins_a_report_geocoded_abroad_to_its_incident() -> None:
    rules = LinkRules()
    home = profile_of(ev("a", "Two bombs exploded at a park in Hyderabad on Saturday, killing 42 people.",
                         date="2007-08-25", place=HYDERABAD, killed=42), "2007-08-26")
    abroad = profile_of(ev("b", "HYDERABAD - Two bombs went off on Saturday evening at a laser show, killing 42.",
                           date="2007-08-25", place=KOCHI_JP, killed=42), "2007-08-25")
    assert place_named(abroad, home) and places_compatible(abroad, home, rules)
    # counter-case: without the dateline the two countries keep them apart
    plain = profile_of(ev("c", "Two bombs went off on Saturday evening at a laser show, killing 42.",
                          date="2007-08-25", place=KOCHI_JP, killed=42), "2007-08-25")
    assert not place_named(plain, home)


def test_the_headline_names_the_place_where_the_sentence_does_not_name_its_own() -> None:
    sentence = "The ELN rebel group said on Monday it carried out last Thursday's bombing of the police academy."
    bogota = profile_of(ev("a", "A car bomb exploded at the police academy in Bogota on Thursday.",
                           date="2019-01-17", place=BOGOTA), "2019-01-17")
    claim = profile_of(ev("b", sentence, date="2019-01-17", place=CUBA, place_precision="country"), "2019-01-21",
                       "ELN admits Bogota bombing, Duque ends talks")
    assert place_named(claim, bogota)
    # counter-cases: no headline; a sentence naming its own place keeps its own names (an article's later event,
    # often another incident it recalls, is not placed by the headline)
    assert not place_named(profile_of(ev("c", sentence, date="2019-01-17", place=CUBA, place_precision="country"),
                                      "2019-01-21"), bogota)
    own = profile_of(ev("d", "Earlier the same day a bomb struck a funeral in Kunduz.", date="2019-01-17",
                        place=KUNDUZ), "2019-01-21", "Car bomb hits Bogota police academy")
    assert not place_named(own, bogota)


def test_a_follow_up_act_under_a_headline_naming_the_attack_is_dated_by_its_act() -> None:
    curfew = "The district's security committee on Thursday imposed a night curfew in Tuz Khurmatu."
    assert follows_up(curfew, "Thursday", "Curfew in Tuz Khurmatu after checkpoint assault")
    assert follows_up("Troops raided villages on Friday and detained 14 suspects.", "Friday",
                      "SDF launches raids after Busayrah ambush")
    # counter-cases: no headline reference; "takes over" is no "over the attack"; the sentence's own violence first
    assert not follows_up(curfew, "Thursday", "Curfew in Tuz Khurmatu")
    assert not follows_up("The agency took over the investigation on Monday.", "Monday",
                          "Anti-terror agency takes over Reasi bus attack probe")
    assert not follows_up("Gunmen killed two guards on Thursday and police arrested a man.", "Thursday",
                          "Curfew after checkpoint assault")


def test_the_headline_follow_up_widens_the_date_window() -> None:
    event = ev("a", "The district's security committee on Thursday imposed a night curfew in Tuz Khurmatu.",
               date="2021-02-18", etype="COERCE", mode="curfew")
    widened = profile_of(event, "2021-02-18", "Curfew in Tuz Khurmatu after checkpoint assault")
    narrow = profile_of(event, "2021-02-18", "Curfew imposed in Tuz Khurmatu")
    assert widened.start is not None and narrow.start is not None
    assert widened.start < narrow.start and widened.vague and not narrow.vague
    # counter-case: a later sentence of the article, which its headline need not tell of
    later = ev("b", event.sentence.text, date="2021-02-18", etype="COERCE", mode="curfew", span=(240, 320))
    assert profile_of(later, "2021-02-18", "Curfew in Tuz Khurmatu after checkpoint assault").start == narrow.start


def test_an_unknown_organisation_is_no_party_disagreement() -> None:
    rules = LinkRules()

    def named(eid: str, actor: str, kind: str) -> Profile:
        event = ev(eid, "A gunman opened fire at the Pulse nightclub in Orlando on Sunday.", date="2016-06-12")
        return profile_of(event.replace(actors=[ActorRef(actor, (0, 0), actor, actor, kind=kind)]), "2016-06-12")

    venue, swat = named("a", "PROV_PULSE", "organisation"), named("b", "PROV_SWAT", "organisation")
    assert not venue.armed and not swat.armed
    # counter-case: two groups the knowledge base knows are two parties, and their disagreement costs score
    isis, other = named("c", "ISIS", "armed_group"), named("d", "AL_QAEDA", "armed_group")
    assert isis.armed and other.armed
    assert score(isis, other, rules) < score(venue, swat, rules)


def test_a_suicide_bombing_and_a_bombing_are_one_mode() -> None:
    rules = LinkRules()
    suicide = profile_of(ev("a", "A suicide bomber struck a Shia mosque in Kunduz on Friday, killing 46.",
                            place=KUNDUZ, killed=46, mode="suicide-attack", date="2021-10-08"), "2021-10-08")
    bombing = profile_of(ev("b", "Families in the Khan Abad neighbourhood of Kunduz buried 46 victims of the "
                            "bombing on Friday.", place=KHANABAD, killed=46, date="2021-10-08"), "2021-10-09")
    assert not modes_differ(suicide, bombing) and places_compatible(bombing, suicide, rules)
    # counter-case: gunfire and a bomb are two modes, and an outskirt is then another incident
    shooting = profile_of(ev("c", "Gunmen on the edge of Kunduz shot dead 46 people on Friday.", place=KHANABAD,
                             killed=46, mode="firearms", date="2021-10-08"), "2021-10-08")
    assert modes_differ(suicide, shooting) and not places_compatible(shooting, suicide, rules)


def test_a_gun_and_bomb_attack_shares_a_mode_with_a_bombing() -> None:
    both = ev("a", "Three suicide bombers opened fire and then blew themselves up at the airport on Tuesday.",
              mode="firearms", date="2016-06-28")
    gun_and_bomb = profile_of(both.replace(modes=["firearms", "explosives"]), "2016-06-28")
    bombing = profile_of(ev("b", "Two explosions hit the airport terminal on Tuesday.", date="2016-06-28"),
                         "2016-06-28")
    assert not modes_differ(gun_and_bomb, bombing)
    # counter-case: the gunfire alone is another mode than the bombs
    assert modes_differ(profile_of(both, "2016-06-28"), bombing)


def test_the_partition_is_the_same_in_any_arrival_order() -> None:
    events = [
        (ev("a", "A suicide bomber struck a Shia mosque in Kunduz on Friday, killing 46.", place=KUNDUZ,
            killed=46, mode="suicide-attack", date="2021-10-08"), "2021-10-08"),
        (ev("b", "Families in the Khan Abad neighbourhood of Kunduz buried 46 victims of the bombing on Friday.",
            place=KHANABAD, killed=46, date="2021-10-08"), "2021-10-09"),
        (ev("c", "Gunmen on the edge of Kunduz shot dead 3 people on Friday.", place=KUNDUZ, killed=3,
            mode="firearms", date="2021-10-08"), "2021-10-08"),
    ]
    partitions = []
    for order in (events, events[::-1]):
        index = IncidentIndex()
        for event, published in order:
            index.add(event, published)
        partitions.append(sorted(sorted(g) for g in index.groups()))
    assert partitions[0] == partitions[1]
    assert ["a", "b"] in partitions[0] and ["c"] in partitions[0]
