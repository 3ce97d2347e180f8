"""Round 11 of event typing: state force used on a protest that the same clause tells; the fight and the toll of a
capture belong to the capture; sites and shares of a place taken; bases established; people led or driven away by
armed men; crowds that camp, keep roads blocked or down tools with a demand; films about a siege, anniversaries of
a massacre and feared attacks are no events; ground handed to a force; captives freed or handed back; water cannon
turned on a crowd and a sit-in broken up; an attacker killed by his own explosives."""

from __future__ import annotations

import pytest

from test_typing import acled_sub, frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def subs_of(nlp, text):
    return {f.acled.sub_event_type for f in frames(nlp, text) if f.acled is not None}


def test_state_force_on_a_protest_told_in_its_clause(nlp):
    text = "Troops fired into the crowd that had gathered to demand the governor's resignation, killing nine people."
    assert acled_sub(nlp, text) == "Excessive force against protesters"
    text = "Police shot dead at least 12 people during anti-government protests in the capital on Friday."
    assert acled_sub(nlp, text) == "Excessive force against protesters"
    # protests in a clause of their own, and a crowd told as no protest, are no setting of the force
    assert acled_sub(nlp, "Soldiers shot dead two men on Monday as protests continued elsewhere in the country.") \
        == "Attack"
    assert acled_sub(nlp, "Police fired on a crowd of mourners on Friday, killing two.") == "Attack"


def test_the_fight_and_the_toll_of_a_capture_are_the_capture(nlp):
    text = "Government troops recaptured the town of Kilo after fighting that officials said killed dozens of rebels."
    assert types_of(nlp, text) == {"COERCE"}
    assert acled_sub(nlp, text) == "Government regains territory"
    text = "The rebels stormed the army's last base in the province, taking full control of the provincial capital."
    assert types_of(nlp, text) == {"COERCE"}
    text = "When a police raid turned into a firefight, the gunmen took over the town hall and the market."
    assert types_of(nlp, text) == {"COERCE"}
    # an attack told beside a capture, by its own doer or weapon, stays an attack
    text = "Troops retook the town after heavy fighting, and a suicide bomber killed 20 people in the capital."
    assert "ASSAULT" in types_of(nlp, text)
    text = "A booby-trapped house blew up as policemen were clearing a district of the city, killing seven of them."
    assert "ASSAULT" in types_of(nlp, text)
    text = "Armed men rampaged through the streets of the city, seizing buildings and sparking gun battles."
    assert "ASSAULT" in types_of(nlp, text)


def test_sites_and_shares_of_a_place_taken(nlp):
    assert acled_sub(nlp, "The rebels said they had captured the army's regional headquarters in the city.") \
        == "Non-state actor overtakes territory"
    assert acled_sub(nlp, "Rebel fighters took most of the city on Monday after street battles with soldiers.") \
        == "Non-state actor overtakes territory"
    assert types_of(nlp, "The minister took most of the credit for the deal.") == set()


def test_bases_and_headquarters_established(nlp):
    assert acled_sub(nlp, "Kenyan troops established their headquarters at the airport in November.") \
        == "Headquarters or base established"
    assert acled_sub(nlp, "The army built a cluster of fortified forward bases along the corridor.") \
        == "Headquarters or base established"
    assert types_of(nlp, "The company built a cluster of new warehouses along the corridor.") == set()


def test_people_led_or_driven_away_by_armed_men(nlp):
    text = "Unidentified armed men stopped his car on the highway and drove him off."
    assert acled_sub(nlp, text) == "Abduction/forced disappearance"
    text = "Masked men burst into the office and led the director away into a waiting car."
    assert acled_sub(nlp, text) == "Abduction/forced disappearance"
    assert acled_sub(nlp, "Gunmen stopped a minibus and took twelve passengers, two of them children, hostage.") \
        == "Abduction/forced disappearance"
    # by police, the same words are an arrest; a guide leads tourists; ground taken from an armed group
    assert types_of(nlp, "Police led him away in handcuffs.") == {"COERCE"}
    assert types_of(nlp, "The guide led the tourists out of the museum.") == set()
    assert acled_sub(nlp, "The army drove the jihadists out of the town on Sunday.") == "Government regains territory"


def test_a_crowd_stoning_people(nlp):
    assert acled_sub(nlp, "A crowd dragged two suspected thieves from the police cell and stoned them to death.") \
        == "Mob violence"
    assert types_of(nlp, "The stoned fruit was sold at the market.") == set()


def test_crowds_that_camp_block_or_down_tools_with_a_demand_protest(nlp):
    assert types_of(nlp, "Hundreds of women camped outside the parliament for a week, calling for the release "
                         "of their sons.") == {"PROTEST"}
    assert types_of(nlp, "Indigenous communities kept the highway blocked for a third day to press the government "
                         "to honour land deals.") == {"PROTEST"}
    assert types_of(nlp, "Farmers kept dozens of road blockades in place, demanding that the minister resign.") \
        == {"PROTEST"}
    assert types_of(nlp, "Dock workers downed tools on Monday over unpaid wages.") == {"PROTEST"}
    # a force keeping a road shut, fans following a team, a minister keeping a border closed: no protest
    assert "PROTEST" not in types_of(nlp, "Troops kept the road blocked to press the rebels to surrender.")
    assert "PROTEST" not in types_of(nlp, "Fans followed the team into the stadium, demanding autographs.")
    assert "PROTEST" not in types_of(nlp, "The minister kept the border closed, calling it a security measure.")


def test_films_anniversaries_and_feared_attacks_are_no_events(nlp):
    assert types_of(nlp, "A documentary about the siege of the city won the top prize at the festival.") == set()
    assert types_of(nlp, "Survivors gathered to mark 25 years since the massacre in the village.") == set()
    assert types_of(nlp, "The army fears that the rebels will step up attacks on the pipeline.") == set()
    # a siege, a massacre or attacks told as news are events
    assert "ASSAULT" in types_of(nlp, "The first attack since the massacre killed 12 people on Monday.")
    assert "ASSAULT" in types_of(nlp, "Police said the gang attacked the village on Monday.")


def test_ground_handed_to_a_force_is_a_transfer(nlp):
    assert acled_sub(nlp, "The rebels left the town and handed the locality over to regional troops.") \
        == "Non-violent transfer of territory"
    assert acled_sub(nlp, "Foreign troops slipped out of the airfield overnight, handing the base to Afghan forces.") \
        == "Non-violent transfer of territory"
    assert acled_sub(nlp, "The last soldiers flew out on Friday, leaving their air base in the hands of the army.") \
        == "Non-violent transfer of territory"
    assert types_of(nlp, "The company handed the building to the new owners.") == set()
    assert types_of(nlp, "He left his car in the hands of the police.") == set()


def test_captives_freed_or_handed_back(nlp):
    assert acled_sub(nlp, "Separatist fighters freed the New Zealand pilot after months in captivity.") == "Agreement"
    assert acled_sub(nlp, "Armenia handed back two Azerbaijani soldiers on Wednesday.") == "Agreement"
    assert types_of(nlp, "The band released an album on Monday.") == set()
    assert types_of(nlp, "The police handed back the documents to the family.") == set()


def test_force_on_a_crowd_and_a_sit_in_broken_up(nlp):
    assert acled_sub(nlp, "Riot police turned water cannon and pepper spray on demonstrators outside parliament.") \
        == "Protest with intervention"
    assert subs_of(nlp, "Police detained 16 activists after breaking up a sit-in outside the university.") \
        == {"Protest with intervention"}
    assert subs_of(nlp, "Police detained 16 activists after breaking into a house outside the university.") \
        == {"Arrests"}
    assert types_of(nlp, "He turned the light on the stage.") == set()


def test_an_attacker_killed_by_his_own_explosives_is_a_suicide_bombing(nlp):
    assert acled_sub(nlp, "A militant rammed an explosives-laden car into an army convoy, killing himself and 20 "
                          "soldiers.") == "Suicide bomb"
    assert acled_sub(nlp, "A gunman killed two guards at the bank and then killed himself.") != "Suicide bomb"


def test_the_wounded_taken_to_hospital_take_no_ground(nlp):
    assert acled_sub(nlp, "Two men were hacked to death in the township on Sunday and six others were taken to "
                          "hospital.") == "Attack"


def test_relatives_sitting_on_a_road_with_a_demand_protest(nlp):
    assert types_of(nlp, "Relatives of the missing men sat down outside the governor's office, demanding answers.") \
        == {"PROTEST"}
    assert "PROTEST" not in types_of(nlp, "The children sat on the floor, demanding sweets.")


def test_a_killing_by_a_named_doer_is_an_attack(nlp):
    assert acled_sub(nlp, "The bandits asked the farmers to pay a levy and killed two who refused.") == "Attack"
    assert types_of(nlp, "The storm killed 12 people.") == set()


def test_a_former_officer_is_a_civilian_target(nlp):
    assert acled_sub(nlp, "Gunmen shot dead a retired police officer in his home on Monday.") == "Attack"
    assert acled_sub(nlp, "Gunmen attacked a police patrol, killing two officers.") == "Armed clash"


def test_a_massacre_remembered_in_a_clause_is_no_event(nlp):
    assert types_of(nlp, "Villagers lit candles to mark twenty years since the massacre in which 300 people were "
                         "slaughtered.") == set()


def test_people_seized_by_armed_men_are_abducted(nlp):
    assert acled_sub(nlp, "Armed men seized two aid workers from their car near the town.") \
        == "Abduction/forced disappearance"
    assert acled_sub(nlp, "Police seized two suspects at the border.") == "Arrests"
    assert acled_sub(nlp, "Rebels seized the town on Monday.") == "Non-state actor overtakes territory"


def test_what_a_protest_chants_is_the_protest(nlp):
    assert types_of(nlp, "Demonstrators outside parliament chanted slogans calling on the government to drop the "
                         "bill.") == {"PROTEST"}
    assert "REQUEST" in types_of(nlp, "The minister issued a statement calling on the rebels to lay down arms.")


def test_a_force_that_drives_out_of_an_area_takes_no_ground(nlp):
    assert types_of(nlp, "The peacekeepers handed their camp over to the army and drove out of the area.") \
        == {"RETREAT"}
    assert acled_sub(nlp, "Government forces drove the militants out of the town.") == "Government regains territory"


def test_the_toll_of_an_assault_a_place_was_taken_in(nlp):
    text = "Insurgents seized the port town after a three-day assault on its defenders in which dozens of people " \
           "were killed."
    assert types_of(nlp, text) == {"COERCE"}


def test_what_a_film_or_book_tells_is_no_event(nlp):
    assert types_of(nlp, "The film tells the story of a bombing that shook a small town.") == set()
    assert types_of(nlp, "The book documents the siege of the city.") == set()
    assert "ASSAULT" in types_of(nlp, "Rebels began the siege of the city on Monday.")


def test_supporters_who_gathered_are_protesters(nlp):
    assert acled_sub(nlp, "Police arrested 40 supporters who had gathered outside the court.") \
        == "Protest with intervention"
    assert acled_sub(nlp, "Police arrested 40 guests who had gathered for the wedding.") == "Arrests"
    assert acled_sub(nlp, "Military jets bombed a crowd gathered for the opening of a village office.") \
        == "Air/drone strike"


def test_no_fight_and_a_halt_to_fighting_are_no_fight(nlp):
    assert types_of(nlp, "The rebels said they had withdrawn from the region, after which troops moved into the "
                         "towns without fighting.") == {"RETREAT"}
    text = "The junta and the rebel alliance agreed to an immediate halt to fighting in the north at talks in Kunming."
    assert "ASSAULT" not in types_of(nlp, text)
    assert acled_sub(nlp, text) == "Agreement"
    assert "ASSAULT" in types_of(nlp, "Fighting in the north killed 12 soldiers on Monday.")


def test_the_first_time_clause_is_a_comment(nlp):
    text = "Allied jets shot down several drones over the border, the first time a NATO member had fired on Russian " \
           "hardware during the war."
    assert types_of(nlp, text) == {"COERCE"}
    assert "ASSAULT" in types_of(nlp, "Allied jets fired on Russian drones over the border on Monday.")


def test_internet_switched_off_and_websites_blocked(nlp):
    assert types_of(nlp, "Authorities switched off the region's internet on Monday.") == {"COERCE"}
    assert any(f.mode == "censor" for f in frames(nlp, "Authorities blocked access to the websites of two exiled "
                                                       "news outlets on Monday."))
    assert types_of(nlp, "He switched off the light.") == set()
    assert all(f.mode != "censor" for f in frames(nlp, "The rebels blocked the road to the city."))


def test_a_tally_of_many_times_or_years_is_no_acled_event(nlp):
    assert acled_sub(nlp, "Russian forces had dropped grenades on the trenches at least 51 times in December.") is None
    assert acled_sub(nlp, "Between late 2014 and 2015 the army demolished more than 3,000 buildings along the "
                          "border.") is None
    assert acled_sub(nlp, "Gunmen shot the man three times in the chest.") == "Attack"


def test_hacking_people_is_violence(nlp):
    assert types_of(nlp, "Gang members shot, hacked and burned rival inmates on Tuesday.") == {"ASSAULT"}
    assert types_of(nlp, "Militants attacked the school, shooting and hacking students in their dormitories.") \
        == {"ASSAULT"}
    assert any(f.mode == "cyber" for f in frames(nlp, "Hackers hacked the ministry's email accounts."))


def test_an_objection_told_as_a_protest_purpose_is_the_protest(nlp):
    assert types_of(nlp, "Hundreds of students marched through the city on Monday to reject the creation of new "
                         "provinces.") == {"PROTEST"}
    assert types_of(nlp, "The opposition parties boycotted the first sitting of parliament, refusing to take up "
                         "their seats.") == {"PROTEST"}
    assert "REJECT" in types_of(nlp, "Protesters rejected the government's offer on Monday.")


def test_a_change_of_government_offered_is_a_concession(nlp):
    assert types_of(nlp, "The president offered to bring general elections forward to April.") == {"CONCEDE"}
    assert types_of(nlp, "The president promised to reshuffle the government within weeks.") == {"CONCEDE"}
    assert "CONCEDE" not in types_of(nlp, "The coach promised to reshuffle the squad.")


def test_a_retreat_that_describes_the_doers_is_no_retreat(nlp):
    assert types_of(nlp, "Soldiers retreating from the city raped at least 100 women in nearby villages.") \
        == {"ASSAULT"}
    assert "RETREAT" in types_of(nlp, "Government troops were seen retreating from the town on Monday.")


def test_a_deadline_given_is_an_ultimatum(nlp):
    found = frames(nlp, "Rebel commanders gave the miners 48 hours to leave the district or be treated as enemies.")
    assert {f.event_type for f in found} == {"THREATEN"} and found[0].mode == "violence"
    assert "THREATEN" not in types_of(nlp, "Mali expelled the French ambassador, giving him 72 hours to leave the "
                                           "country.")
    assert "THREATEN" not in types_of(nlp, "He gave his son 20 dollars to buy food.")


def test_heavy_arms_moved_to_the_front_are_a_build_up(nlp):
    found = frames(nlp, "The army moved heavy artillery and rocket launchers to positions near the border.")
    assert [f.mode for f in found if f.event_type == "MOBILIZE"] == ["weapons"]
    assert "MOBILIZE" not in types_of(nlp, "The museum moved its artillery collection into storage.")


def test_a_protest_stopped_by_police_is_a_protest_with_intervention(nlp):
    assert acled_sub(nlp, "Police blocked hundreds of farmers from marching to the capital.") \
        == "Protest with intervention"
    assert subs_of(nlp, "Riot police prevented opposition supporters from gathering in the square, detaining "
                        "dozens.") == {"Protest with intervention"}
    assert types_of(nlp, "Rain prevented the team from gathering in the square.") == set()


def test_force_told_as_a_participle_of_stopping_a_protest(nlp):
    text = "Police surrounded the house and stopped a group of women from holding a sit-in, beating two of them."
    assert acled_sub(nlp, text) == "Protest with intervention"
    assert acled_sub(nlp, "Gunmen surrounded the house and beat two of the women inside.") == "Attack"


def test_a_weapon_in_the_clause_that_dates_a_fight_is_not_its_weapon(nlp):
    text = "Young men clashed with riot police for a second night, throwing fireworks and burning cars, after a " \
           "teenager was fatally shot by an officer."
    assert acled_sub(nlp, text) == "Violent demonstration"
    assert acled_sub(nlp, "Dozens of people suffocated after a gas cylinder believed to contain chlorine crashed "
                          "into a residential building.") == "Chemical weapon"


def test_the_attack_a_verdict_judges_is_no_incident(nlp):
    assert types_of(nlp, "A military court sentenced 13 soldiers to death for the killing of two UN experts.") \
        == {"SANCTION"}
    assert types_of(nlp, "A court sentenced two men to 33 years for helping the gunmen who attacked the mall.") \
        == {"SANCTION"}
    assert "ASSAULT" in types_of(nlp, "A court jailed the gunman for life, and on the same day militants attacked a "
                                      "police post, killing two.")
    assert "ASSAULT" in types_of(nlp, "A man who shot his neighbour dead was found guilty of murder on Monday.")


def test_arrests_made_as_weapons_are_seized_are_the_seizure(nlp):
    assert subs_of(nlp, "Police seized a vehicle loaded with explosives on Tuesday and arrested its driver.") \
        == {"Disrupted weapons use"}
    assert "Arrests" in subs_of(nlp, "Police arrested three men and seized two rifles at a checkpoint.")
