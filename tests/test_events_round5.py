"""Round 5 of event typing: victims named by their trade, mob violence by unorganised civilians, and
casualties told without a number ('burned him alive', 'a schoolteacher and his son')."""

from __future__ import annotations

import pytest

from newsevents.extract import casualties

from test_typing import frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def assault(nlp, text):
    found = [f for f in frames(nlp, text) if f.event_type == "ASSAULT"]
    assert found, text
    return found[0]


def types_of(nlp, text):
    return [f.event_type for f in frames(nlp, text)]


def sub_types(nlp, text):
    return {f.acled.sub_event_type for f in frames(nlp, text) if f.acled}


def fatalities(nlp, text):
    doc = nlp(text)
    got = casualties.merge(casualties.find_counts(doc[:]))
    return got["fatalities"].best if "fatalities" in got else None


def test_kill_of_people_named_by_their_trade_is_an_attack(nlp):
    f = assault(nlp, "Gunmen killed eleven coal miners in Balochistan on Sunday, officials said.")
    assert f.counts["fatalities"].best == 11
    f = assault(nlp, "Suspected militants killed a schoolteacher and his son in their home in Pulwama on Wednesday.")
    assert f.acled.sub_event_type == "Attack"
    assert not [f for f in frames(nlp, "The senate killed the bill on Tuesday.") if f.event_type == "ASSAULT"]


def test_person_word_reads_trade_endings_but_not_things(nlp):
    doc = nlp("The miner, the tailor, the engine and the tower.")
    by_text = {t.text: casualties.person_word(t) for t in doc if t.pos_ == "NOUN"}
    assert by_text == {"miner": True, "tailor": True, "engine": False, "tower": False}


def test_single_victims_without_a_number(nlp):
    assert fatalities(nlp, "Militants killed a schoolteacher and his son in Pulwama.") == 2
    assert fatalities(nlp, "Vigilantes captured a suspected informant and burned him alive, witnesses said.") == 1
    assert fatalities(nlp, "Residents chased down a suspected robber and beat him until he died.") == 1
    assert fatalities(nlp, "Residents chased down a suspected robber and beat him.") is None


def test_violence_by_villagers_or_residents_is_mob_violence(nlp):
    assert "Mob violence" in sub_types(nlp, "Villagers armed with sticks and stones attacked a team of health "
                                            "workers in southern Guinea on Tuesday.")
    assert "Mob violence" in sub_types(nlp, "Residents of a township east of Johannesburg attacked foreign-owned "
                                            "shops on Sunday, beating several shopkeepers.")
    # residents who only describe the shelling are not its actors
    assert "Mob violence" not in sub_types(nlp, "Residents described mayhem in the city as volleys of shells "
                                                "rained down on the area.")


def test_brawl_of_unarmed_groups_with_clubs_is_mob_violence(nlp):
    assert "Mob violence" in sub_types(nlp, "Supporters of rival candidates fought with clubs and axes in a "
                                            "village in Sindh during local elections, killing three people.")
    # armed groups fighting with knives are still a battle
    assert "Mob violence" not in sub_types(nlp, "Militants and soldiers fought with knives near the base, "
                                                "killing three people.")


def test_rioting_youths_injuring_police_is_a_violent_demonstration(nlp):
    found = frames(nlp, "Rioting youths fought running battles with police in Tottenham on Saturday night, "
                        "injuring 14 officers.")
    assert [f.acled.sub_event_type for f in found if f.acled] == ["Violent demonstration"]


def test_setting_a_person_on_fire_is_an_assault(nlp):
    found = frames(nlp, "An angry crowd dragged a woman from her home on Monday and set her on fire.")
    assert any(f.event_type == "ASSAULT" and f.acled.sub_event_type == "Mob violence" for f in found)


def test_ranges_told_with_between(nlp):
    doc = nlp("Between 15 and 20 fishermen were killed when a drone hit their camp.")
    got = casualties.merge(casualties.find_counts(doc[:]))["fatalities"]
    assert (got.best, got.low, got.high) == (15, 15, 20)
    assert fatalities(nlp, "A car bomb exploded outside a police station, killing between seven and nine people.") == 7


def test_gunned_down_treated_for_and_left_suffering(nlp):
    assert fatalities(nlp, "Police gunned down at least 19 protesters in Nairobi on Tuesday.") == 19

    def injured(text):
        doc = nlp(text)
        got = casualties.merge(casualties.find_counts(doc[:]))
        return got["injured"].best if "injured" in got else None

    assert injured("Some 30 people were treated for symptoms of chlorine poisoning after rockets hit the town.") == 30
    assert injured("A chemical attack on the village left 11 people suffering from gas inhalation.") == 11
    assert injured("A mortar round landed in Aleppo, leaving more than 60 people with breathing problems.") == 60
    assert injured("The floods left 60 people with nowhere to live.") is None


def test_the_grievance_of_a_protest_or_a_criticism_is_no_new_event(nlp):
    found = frames(nlp, "Lawyers staged a sit-in outside the supreme court on Monday to protest against the arrest "
                        "of a colleague.")
    assert {f.event_type for f in found} == {"PROTEST"}
    found = frames(nlp, "Human rights groups criticised the killing of protesters and demanded an inquiry.")
    assert "ASSAULT" not in {f.event_type for f in found}


def test_remembered_dead_are_no_new_event(nlp):
    found = frames(nlp, "Survivors gathered on Friday to remember the 51 people who were killed.")
    assert "ASSAULT" not in {f.event_type for f in found}
    found = frames(nlp, "The memorial lists the names of the 168 people who died in the Oklahoma City bombing.")
    assert "ASSAULT" not in {f.event_type for f in found}


def test_supporters_attacking_offices_riot_and_rival_supporters_brawl(nlp):
    assert "Violent demonstration" in sub_types(nlp, "Supporters of a jailed former prime minister protesting his "
                                                     "arrest attacked the offices of the electoral commission.")
    assert "Mob violence" in sub_types(nlp, "Supporters of rival parties attacked each other with sticks in the "
                                            "town on Sunday.")


def test_allegation_describing_a_person_is_no_event(nlp):
    found = frames(nlp, "Two men accused of stealing a goat were beaten to death by a crowd in a village on Sunday.")
    assert [f.event_type for f in found] == ["ASSAULT"]
    found = frames(nlp, "Police arrested 12 suspected gang members accused of extorting bus drivers on Sunday.")
    assert [f.event_type for f in found] == ["COERCE"]
    # an accusation told as the news stays
    assert "ACCUSE" in {f.event_type for f in frames(nlp, "A man was accused of killing his neighbour on Sunday.")}


def test_attackers_motive_after_accusing_is_part_of_the_attack(nlp):
    found = frames(nlp, "A mob burned a man to death in a market on Tuesday after accusing him of theft.")
    assert [f.event_type for f in found] == ["ASSAULT"]


def test_blowing_up_a_structure_with_nobody_hurt_is_property_destruction(nlp):
    assert sub_types(nlp, "Militants blew up a telecommunications mast in Mandera county overnight.") == {
        "Looting/property destruction"}
    assert "Looting/property destruction" not in sub_types(
        nlp, "A booby-trapped house blew up as policemen were clearing a district, killing seven of them.")


def test_shells_filled_with_a_chemical_agent_are_a_chemical_weapon(nlp):
    assert "Chemical weapon" in sub_types(nlp, "Militants fired mortar shells containing mustard agent at troops "
                                               "near Mosul, wounding several soldiers.")
    assert "Chemical weapon" in sub_types(nlp, "Troops fired shells filled with a toxic chemical at villages near "
                                               "Duhok on Saturday.")


def test_struck_a_deal_is_no_assault(nlp):
    assert types_of(nlp, "Warring parties in South Sudan struck a power-sharing deal in Khartoum on Sunday.") == [
        "AGREE"]


def test_accidents_tankers_and_fires_that_broke_out_are_no_attack(nlp):
    assert "ASSAULT" not in types_of(nlp, "A fuel tanker overturned and exploded on a highway in Kogi state, "
                                          "killing 20 people.")
    assert "ASSAULT" not in types_of(nlp, "Fire broke out at a market in Onitsha overnight, destroying hundreds "
                                          "of stalls.")
    assert "ASSAULT" in types_of(nlp, "Gunmen set fire to a market in Onitsha overnight, destroying hundreds "
                                      "of stalls.")


def test_killings_during_days_of_protests_are_excessive_force(nlp):
    assert "Excessive force against protesters" in sub_types(
        nlp, "Security forces killed more than 100 people during four days of anti-government protests in Baghdad.")


def counts(nlp, text):
    doc = nlp(text)
    got = casualties.merge(casualties.find_counts(doc[:]))
    return {k: v.best for k, v in got.items()}


def test_casualty_phrasings_among_those_bodies_more_than_and_several_more(nlp):
    assert counts(nlp, "Two policemen were among those killed in the attack.") == {"fatalities": 2}
    assert counts(nlp, "The bodies of 15 people were found after the massacre.") == {"fatalities": 15}
    assert counts(nlp, "The bomb killed five and injured more than a dozen.") == {"fatalities": 5, "injured": 12}
    assert counts(nlp, "A dozen soldiers were killed and several more wounded when militants ambushed a convoy.") == {
        "fatalities": 12, "injured": 3}


def test_the_two_sides_of_a_fight_are_added_but_a_total_and_its_part_are_not(nlp):
    assert counts(nlp, "The army said it lost six soldiers in a battle with jihadists, while more than 30 "
                       "attackers were killed.") == {"fatalities": 36}
    assert counts(nlp, "Fighting between the army and rebels killed at least 50 people, including 20 "
                       "soldiers.") == {"fatalities": 50}


def test_armed_groups_taking_a_place_overtake_territory(nlp):
    assert sub_types(nlp, "Insurgents have taken the district centre of Dand-e-Ghori in Baghlan province, a local "
                          "official said on Monday.") == {"Non-state actor overtakes territory"}
    # a report said it: gangs are an armed group whose deed the report tells
    assert "Non-state actor overtakes territory" in sub_types(
        nlp, "Gangs seized control of the Haitian town of Mirebalais after storming its police station, a UN "
             "report said.")
    assert "COERCE" not in types_of(nlp, "The rebels took 12 prisoners in the village.")


def test_objectless_strike_despite_a_truce_is_still_an_assault(nlp):
    assert types_of(nlp, "The militias began to strike again despite the truce.") == ["ASSAULT"]


def test_looting_by_rioters_is_part_of_the_riot(nlp):
    found = frames(nlp, "Rioters torched a police station and looted shops in the town after the results were "
                        "announced.")
    assert {f.event_type for f in found} == {"PROTEST"}
    assert {f.acled.sub_event_type for f in found} == {"Violent demonstration"}


def test_an_after_clause_of_another_type_is_background(nlp):
    found = frames(nlp, "Protesters hurled stones at police and set fire to tyres in Dakar on Friday after the "
                        "opposition leader was arrested.")
    assert {f.event_type for f in found} == {"PROTEST"}


def test_a_participle_describing_the_object_of_another_event_is_told_before(nlp):
    found = frames(nlp, "Kidnappers freed the 27 students abducted from a school in Kagara after negotiations.")
    assert [f.event_type for f in found] == ["RETREAT"]
    # the participle on the subject of an event-less sentence is the event itself
    assert "ASSAULT" in types_of(nlp, "Two students abducted from a school in Kagara on Monday are still missing.")


def test_fighting_that_an_agreement_stops_is_no_battle(nlp):
    found = frames(nlp, "The army and a rebel faction reached an agreement to stop fighting after talks in Juba.")
    assert [f.event_type for f in found] == ["AGREE"]
