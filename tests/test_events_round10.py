"""Round 10 of event typing: causes that carry across writers. War words in sport, business and the arts are no
violence; a government that drops a bill or reverses a ban concedes; violence cited only to explain an appeal, a
sanction or aid is background; people described as protesting are protesters; sites a force holds are ground;
demonstrators who burn or vandalise riot; a rape decides the sub-type of an abduction; a grenade beats the word
'blast'."""

from __future__ import annotations

import pytest

from test_typing import acled_sub, frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def test_war_words_in_sport_business_and_film_are_no_violence(nlp):
    assert types_of(nlp, "The welterweight champion survived a brutal ten-round war with his challenger.") == set()
    assert types_of(nlp, "Two supermarket chains fired the first shots in a price war, cutting bread prices.") == set()
    assert types_of(nlp, "The visitors attacked relentlessly in the first half but could not find a goal.") == set()
    assert "THREATEN" not in types_of(nlp, "The chief executive warned that the firm would cut 500 jobs to survive.")
    # an armed force or a casualty anchors the same words in real violence
    assert "ASSAULT" in types_of(nlp, "Police fired tear gas at football fans after the league match in Cairo.")


def test_a_policy_dropped_or_reversed_is_a_concession(nlp):
    assert types_of(nlp, "The government withdrew the fuel tax increase after a week of riots.") == {"CONCEDE"}
    assert types_of(nlp, "The ruling party dropped its controversial media bill.") == {"CONCEDE"}
    assert types_of(nlp, "The court scaled back the hiring quota for veterans.") == {"CONCEDE"}
    assert "CONCEDE" in types_of(nlp, "The president offered to suspend the pension reform.")
    assert "CONCEDE" in types_of(nlp, "The cabinet announced a pause to the judicial reform.")
    # troops that withdraw retreat; aid suspended is a sanction
    assert types_of(nlp, "Russian troops withdrew from the town.") == {"RETREAT"}
    assert types_of(nlp, "Germany suspended development aid to Niger after the coup.") == {"SANCTION"}


def test_money_pledged_as_aid_is_aid(nlp):
    assert types_of(nlp, "Japan pledged 300 million dollars in humanitarian aid for Sudan.") == {"AID"}


def test_violence_cited_to_explain_a_non_violent_act_is_background(nlp):
    assert types_of(nlp, "The minister asked allies for more air defence systems, saying the enemy had fired "
                         "forty missiles at power plants.") == {"REQUEST"}
    assert types_of(nlp, "The agency handed out blankets to families displaced by fighting in the east.") == {"AID"}
    assert types_of(nlp, "A court jailed for life the last member of the cell that carried out the 2016 bombings "
                         "in Brussels.") == {"SANCTION"}
    # the deed of the sentence's subject is told, and so is violence beside the act in the main clause
    assert "ASSAULT" in types_of(nlp, "A man who stabbed his neighbour to death was found guilty of murder.")


def test_a_power_or_an_order_to_act_is_no_act(nlp):
    found = types_of(nlp, "Parliament approved a state of emergency, giving the army powers to detain suspects.")
    assert found == {"COERCE"}
    assert acled_sub(nlp, "Parliament approved a state of emergency, giving the army powers to detain suspects.") \
        == "Other"
    assert "ASSAULT" not in types_of(nlp, "Soldiers were ordered to shoot anyone breaking the curfew.")


def test_people_described_as_protesting_are_protesters(nlp):
    text = "Riot police opened fire on nurses protesting unpaid wages in Harare on Monday, killing two people."
    assert acled_sub(nlp, text) == "Excessive force against protesters"
    text = "Troops fired live rounds at opposition supporters marching through the capital, killing four."
    assert acled_sub(nlp, text) == "Excessive force against protesters"


def test_hyphened_crowd_control_verbs_are_read(nlp):
    assert acled_sub(nlp, "Police baton-charged teachers who were blocking a highway.") == "Protest with intervention"
    assert acled_sub(nlp, "Officers teargassed hundreds of demonstrators in Nairobi.") == "Protest with intervention"
    assert "ASSAULT" not in types_of(nlp, "The gas leak forced the factory to close.")


def test_sites_a_force_holds_are_ground(nlp):
    assert acled_sub(nlp, "The rebels said they had seized the army's regional command in Kalemie.") \
        == "Non-state actor overtakes territory"
    assert acled_sub(nlp, "Soldiers dislodged the militants from the airport compound in fierce fighting.") \
        == "Government regains territory"
    assert acled_sub(nlp, "The army said on Monday it had recaptured Bama after clashes with Boko Haram fighters.") \
        == "Government regains territory"
    # who held the place before is background to its capture
    text = "Government troops regained control of the district following battles with insurgents who had occupied it."
    assert [f.event_type for f in frames(nlp, text)] == ["COERCE"]


def test_rioters_burn_and_vandalise(nlp):
    assert acled_sub(nlp, "Protesters opposed to the reform torched shops and a police station overnight.") \
        == "Violent demonstration"
    assert acled_sub(nlp, "Thousands of supporters of the ousted leader stormed the parliament, vandalising "
                          "offices.") == "Violent demonstration"
    # someone shot at a rally by an unnamed hand was attacked; the rally did not riot
    assert acled_sub(nlp, "A local councillor was shot dead at a campaign rally in Puebla.") == "Attack"


def test_weapon_and_rape_decide_the_sub_type(nlp):
    assert acled_sub(nlp, "Gunmen seized three girls fetching water and raped them.") == "Sexual violence"
    assert acled_sub(nlp, "Two men threw a grenade at the police post; the blast damaged the gate.") == "Grenade"
    assert acled_sub(nlp, "Hundreds of mobile phones exploded across the city, killing nine people.") \
        == "Remote explosive/landmine/IED"


def test_a_raid_to_take_someone_into_custody_is_an_arrest(nlp):
    assert acled_sub(nlp, "Police raided a church in Managua and took the priest into custody.") == "Arrests"


def test_posts_set_up_or_moved_into_are_bases(nlp):
    assert acled_sub(nlp, "Troops set up a military position on the hilltop inside the buffer zone.") \
        == "Headquarters or base established"
    assert acled_sub(nlp, "Rebels set up an administration and a military headquarters in the town.") \
        == "Headquarters or base established"
    assert acled_sub(nlp, "Foreign military personnel moved into a hangar at the air base near the airport.") \
        == "Headquarters or base established"
    # an office of a charity, a family's house, and battalions sent to reinforce positions are no base
    assert types_of(nlp, "The charity set up an office in Goma.") == set()
    assert types_of(nlp, "The family moved into a new house.") == set()
    assert acled_sub(nlp, "The army moved two more battalions into the region to reinforce its positions.") \
        == "Change to group/activity"


def test_chemical_agents_named_with_their_harm(nlp):
    assert acled_sub(nlp, "A man was poisoned with a nerve agent in the city, police said.") == "Chemical weapon"
    assert acled_sub(nlp, "Dozens of people choked to death after a chlorine gas cylinder hit a residential block.") \
        == "Chemical weapon"
    assert "ASSAULT" not in types_of(nlp, "Three children were poisoned by contaminated well water.")


def test_strikes_carried_out_by_aircraft_and_forces_that_sweep_in(nlp):
    assert acled_sub(nlp, "Warplanes carried out strikes in the province overnight.") == "Air/drone strike"
    assert types_of(nlp, "Dock workers carried out strikes across the port.") == {"PROTEST"}
    assert acled_sub(nlp, "Insurgents swept into the town after overcoming its defenders.") \
        == "Non-state actor overtakes territory"
    assert types_of(nlp, "The storm swept into the coastal town.") == set()


def test_handovers_truces_in_force_and_forces_landed(nlp):
    assert acled_sub(nlp, "Armenia handed the district back to Azerbaijan under the truce.") \
        == "Non-violent transfer of territory"
    assert types_of(nlp, "A ceasefire between the two sides came into force at midnight.") == {"RETREAT"}
    assert types_of(nlp, "A contingent of 300 Kenyan police officers landed in the capital on Tuesday.") == {"MOBILIZE"}
    assert types_of(nlp, "The plane landed in Nairobi on Tuesday.") == set()


def test_a_crowd_that_disperses_itself_met_no_force(nlp):
    assert acled_sub(nlp, "Women held a brief demonstration in the street before dispersing.") == "Peaceful protest"
    assert "ASSAULT" not in types_of(nlp, "Women held a brief demonstration in the street before dispersing.")
    assert acled_sub(nlp, "Police dispersed the crowd with tear gas.") == "Protest with intervention"


def test_dragging_someone_off_in_an_arrest_is_the_arrest(nlp):
    text = "Police arrested the opposition leader at the court, dragging him into a van."
    assert types_of(nlp, text) == {"COERCE"} and acled_sub(nlp, text) == "Arrests"


def test_one_incident_one_weapon(nlp):
    text = "A bomb vest worn by an attacker was triggered near the stage of a political rally, killing 20 people."
    assert acled_sub(nlp, text) == "Suicide bomb" and "PROTEST" not in types_of(nlp, text)
    text = "A suicide bomber blew himself up at the gate, and the attack killed nine guards."
    assert {f.acled.sub_event_type for f in frames(nlp, text) if f.event_type == "ASSAULT"} == {"Suicide bomb"}


def test_what_another_act_acts_on_is_no_event_of_its_own(nlp):
    assert types_of(nlp, "The government reversed its ban on messaging apps after a cabinet meeting.") == {"CONCEDE"}
    assert "REQUEST" not in types_of(nlp, "The court cut the quota to five percent, meeting a key demand of the "
                                          "students.")
    assert "THREATEN" not in types_of(nlp, "The junta closed the airspace, citing the threat of foreign "
                                           "intervention.")


def test_talks_named_as_setting_or_mediation(nlp):
    assert types_of(nlp, "The two sides agreed to a truce at the close of a round of negotiations in Doha.") \
        == {"AGREE"}
    assert "CONSULT" not in types_of(nlp, "The rivals swapped 50 prisoners each in an exchange mediated by Qatar.")
    assert "CONSULT" not in types_of(nlp, "Farmers protesting outside the summit pelted police with eggs.")


def test_acts_that_may_come_or_are_prepared_are_not_events(nlp):
    assert "ASSAULT" not in types_of(nlp, "The minister warned that Moscow could use nuclear weapons.")
    assert types_of(nlp, "The army is preparing an offensive to retake the provincial capital.") == set()
    # a past act only hedged is told
    assert "ASSAULT" in types_of(nlp, "An army spokesman said civilians may also have been injured in the shelling.")


def test_acts_alleged_through_conjoined_gerunds(nlp):
    text = "Police detained the mayor, accusing him of corruption and aiding a banned group."
    assert "AID" not in types_of(nlp, text)
    # a finite verb joined to the allegation is told: "accused them of spying and executed five"
    assert "ASSAULT" in types_of(nlp, "The militants accused the villagers of spying and executed five of them.")


def test_a_capture_takes_the_fight_before_it(nlp):
    text = "Gangs took over the town of Mirebalais on Monday after a gunfight with police officers."
    assert types_of(nlp, text) == {"COERCE"}
    assert acled_sub(nlp, "The army said it had retaken Wad Madani, the capital of the state, after clashes with "
                          "the militia.") == "Government regains territory"


def test_people_carried_off_and_devices_thrown(nlp):
    assert acled_sub(nlp, "Armed men carried off the parish priest of a village on Sunday night.") \
        == "Abduction/forced disappearance"
    assert acled_sub(nlp, "A trade unionist was bundled into an unmarked car by plain-clothes men on Friday.") \
        == "Abduction/forced disappearance"
    assert acled_sub(nlp, "A hand grenade tossed into a bar in the Kinama neighbourhood left two people dead and 18 "
                          "hurt, police said.") == "Grenade"
    assert acled_sub(nlp, "Protesters overran police lines and set part of the parliament building on fire.") \
        == "Violent demonstration"


def test_ground_wrested_flags_raised_sieges_ordered(nlp):
    assert acled_sub(nlp, "Government troops wrested the last rebel-held buildings in the city from the militia.") \
        == "Government regains territory"
    assert acled_sub(nlp, "Soldiers raised the flag over the presidential palace after dislodging the militia "
                          "from the compound in fierce fighting.") == "Government regains territory"
    assert types_of(nlp, "Fans raised a flag over the stadium.") == set()
    text = "The defence minister ordered a complete siege of the city, saying no food would be allowed in."
    assert types_of(nlp, text) == {"COERCE"} and acled_sub(nlp, text) == "Other"
    # ground that changes hands without a fight (ACLED: a non-violent transfer)
    assert acled_sub(nlp, "The militia took over the army's positions without any fighting.") \
        == "Non-violent transfer of territory"


def test_ultimatums_and_warnings_are_threats(nlp):
    assert types_of(nlp, "The government said it would expel the envoys unless the allegations were withdrawn.") \
        == {"THREATEN"}
    assert types_of(nlp, "The bloc said it was ready to use military force if diplomacy failed.") == {"THREATEN"}
    assert types_of(nlp, "The militants warned villagers that anyone who helped the army would be treated as "
                         "an enemy.") == {"THREATEN"}
    assert types_of(nlp, "The agency warned that the harvest would be delayed by the floods.") == set()


def test_resignations_aid_convoys_gatherings_and_crimes_found(nlp):
    assert types_of(nlp, "The prime minister stepped down on Tuesday.") == {"RETREAT"}
    assert types_of(nlp, "A convoy of 40 aid trucks reached the camp carrying food and medicine.") == {"AID"}
    assert types_of(nlp, "The Gulf state deposited 3 billion dollars in the central bank.") == {"AID"}
    assert types_of(nlp, "Foreign ministers gathered in Bamako to discuss a joint force.") == {"CONSULT"}
    assert types_of(nlp, "Ministers will meet next week to discuss the budget.") == set()
    assert types_of(nlp, "A U.N. mission said the militia had committed crimes against humanity.") == {"ACCUSE"}


def test_a_person_taken_and_not_seen_since_has_disappeared(nlp):
    text = "Relatives said security agents picked up a student from his hostel on Wednesday and that he had not " \
           "been seen since."
    assert types_of(nlp, text) == {"ASSAULT"} and acled_sub(nlp, text) == "Abduction/forced disappearance"
    assert acled_sub(nlp, "Police arrested 12 people on Monday.") == "Arrests"


def test_a_killing_inside_a_mobs_rampage_is_the_mobs(nlp):
    text = "A crowd of settlers rampaged through the village, setting homes on fire; one man was shot dead."
    assert {f.acled.sub_event_type for f in frames(nlp, text) if f.event_type == "ASSAULT"} == {"Mob violence"}


def test_mines_thrown_bombs_crashing_drones_and_captives(nlp):
    assert acled_sub(nlp, "Six soldiers died when their vehicle hit a mine near Boni.") \
        == "Remote explosive/landmine/IED"
    assert acled_sub(nlp, "Three children died when an unexploded shell blew up as they played.") \
        == "Remote explosive/landmine/IED"
    assert acled_sub(nlp, "A homemade bomb was thrown into the yard of a party office on Tuesday night.") == "Grenade"
    assert acled_sub(nlp, "A drone slammed into an apartment block in Moscow early on Sunday.") == "Air/drone strike"
    assert types_of(nlp, "The minister slammed the decision.") == {"ACCUSE"}
    assert acled_sub(nlp, "Militants took 21 labourers captive in Sirte.") == "Abduction/forced disappearance"
    assert types_of(nlp, "A truck overturned on the highway, killing four people.") == set()


def test_control_handed_over_and_movement_armies(nlp):
    assert acled_sub(nlp, "The army handed control of the city of Kidal to former rebels on Saturday.") \
        == "Non-violent transfer of territory"
    assert acled_sub(nlp, "The Kachin Independence Army captured the town of Bhamo.") \
        == "Non-state actor overtakes territory"
    assert acled_sub(nlp, "The Nigerian Army captured the town of Bama.") == "Government regains territory"


def test_an_arrest_protested_against_is_no_intervention(nlp):
    assert acled_sub(nlp, "Lawyers staged a sit-in outside the supreme court on Monday to protest against the arrest "
                          "of a colleague.") == "Peaceful protest"
    assert acled_sub(nlp, "Police broke up the rally and arrested 20 protesters.") == "Protest with intervention"


def test_workers_who_walk_off_the_job_strike(nlp):
    assert types_of(nlp, "Dock workers walked off the job at ports across the country on Monday.") == {"PROTEST"}
