"""Round 13 of event typing: acts told by a noun of their verb ('the recapture of the town by the army was
announced'), statements named 'a press release', returned fire, denials that cover two acts, fights and kidnappings
told only as an aim, a demand granted (CONCEDE, not REQUEST), a pledge to stop attacks, explosive devices hit by
vehicles, suicide bombers who detonate their own charge, digest labels and monitors that are no commentators,
a crowd gathered in support of a cause, a human chain, the shooting of demonstrators by soldiers, backing voiced,
aid packages, persona non grata, readiness to sit down for talks, scores in sport, places wrested back and
people taken from a boat by gunmen."""

from __future__ import annotations

import pytest

from test_typing import acled_sub, frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def test_capture_told_by_its_noun(nlp):
    text = "The recapture of Bor from the rebels by government troops was announced by the army on Monday."
    assert types_of(nlp, text) == {"COERCE"}
    assert acled_sub(nlp, text) == "Government regains territory"
    text = "The capture of Kidal by the separatist fighters was confirmed by a regional official."
    assert acled_sub(nlp, text) == "Non-state actor overtakes territory"
    assert frames(nlp, "The capture of the port city would be a disaster for the government.") == []


def test_destruction_and_suspension_told_by_their_noun(nlp):
    text = "The destruction of three mobile phone masts by suspected insurgents was reported by the local council."
    assert acled_sub(nlp, text) == "Looting/property destruction"
    text = "The suspension of all development aid to the junta was confirmed by a spokesperson in Brussels."
    assert types_of(nlp, text) == {"SANCTION"}
    assert frames(nlp, "The suspension of the bridge was designed by a German engineer.") == []


def test_lifting_of_a_ban_is_a_concession(nlp):
    text = "The lifting of the curfew on the capital was announced by the interior minister on Friday."
    assert types_of(nlp, text) == {"CONCEDE"}
    assert frames(nlp, "The lifting of the heavy stones was announced by the museum staff.") == []


def test_a_press_release_frees_nobody(nlp):
    text = "In a release, the army said its troops exchanged fire with bandits near the border."
    assert types_of(nlp, text) == {"ASSAULT"}
    text = "The two ministries agreed to share intelligence on the smuggling networks, a joint press release said."
    assert "RETREAT" not in types_of(nlp, text)
    assert types_of(nlp, "The release of 30 prisoners by the rebels was confirmed by the Red Cross.") == {"RETREAT"}


def test_returned_fire_is_part_of_the_fight(nlp):
    text = "A patrol came under fire from gunmen near the border on Sunday and returned it, the army said."
    assert types_of(nlp, text) == {"ASSAULT"}
    assert types_of(nlp, "The rebels returned the bodies of the two soldiers to their families.") == {"RETREAT"}


def test_a_denial_covers_both_acts(nlp):
    text = "Officials denied the rumours, saying that no shooting or bombing had taken place in the town."
    assert "ASSAULT" not in types_of(nlp, text)
    text = "Officials said there was no shooting, but a bombing at the market killed four people."
    assert "ASSAULT" in types_of(nlp, text)


def test_a_fight_told_as_an_aim_is_no_event(nlp):
    text = "The three armies announced the creation of a joint force of 4,000 troops to fight jihadist groups."
    assert "ASSAULT" not in types_of(nlp, text)
    text = "The navies began coordinated patrols in the strait to curb the kidnapping of sailors."
    assert types_of(nlp, text) == {"COOPERATE"}
    assert types_of(nlp, "Troops moved into the valley and fought the rebels for three hours.") == {"ASSAULT"}


def test_joint_patrols_named_as_a_date_are_background(nlp):
    text = "Pirates kidnapped six sailors in the strait on Monday, the first abduction since the navies began " \
        "coordinated patrols."
    assert types_of(nlp, text) == {"ASSAULT"}
    assert types_of(nlp, "The three navies began coordinated patrols in the strait on Monday.") == {"COOPERATE"}


def test_a_demand_granted_is_a_concession(nlp):
    text = "The provincial government accepted the demands of the striking nurses after a meeting with their union."
    assert types_of(nlp, text) == {"CONCEDE"}
    text = "The court cut the quota to ten per cent, meeting most of what the students had demanded."
    assert types_of(nlp, text) == {"CONCEDE"}
    assert "CONCEDE" not in types_of(nlp, "The governor refused to meet the striking nurses on Monday.")
    assert "CONCEDE" not in types_of(nlp, "The minister accepted an invitation to visit Kyiv.")


def test_a_vote_to_bring_elections_forward_is_a_concession(nlp):
    text = "Parliament voted to bring the general elections forward by a year, a concession to the protesters."
    assert types_of(nlp, text) == {"CONCEDE"}
    assert frames(nlp, "Parliament voted to approve the budget on Monday.") == []


def test_a_pledge_to_stop_attacks_is_an_agreement(nlp):
    text = "After talks mediated by elders, the two militias pledged to stop attacks on each other's villages."
    assert types_of(nlp, text) == {"AGREE"}
    assert types_of(nlp, "The rebels pledged to attack the capital before the rains.") == {"THREATEN"}


def test_a_vehicle_that_hits_an_explosive_device(nlp):
    text = "An army truck hit an explosive device on the road to Gao, and three soldiers were killed."
    assert acled_sub(nlp, text) == "Remote explosive/landmine/IED"
    assert frames(nlp, "A delivery truck hit a parked car on the road to Gao.") == []


def test_a_bomber_who_detonates_his_own_charge(nlp):
    text = "A young bomber detonated his vest at the gate of the shrine, killing at least 40 people, police said."
    assert acled_sub(nlp, text) == "Suicide bomb"
    text = "A bomb planted under a car detonated outside the shrine, killing at least 4 people, police said."
    assert acled_sub(nlp, text) == "Remote explosive/landmine/IED"


def test_a_clause_after_a_comma_is_no_remembrance(nlp):
    text = "At the court, where lawyers had gathered to mourn a colleague, a suicide bombing killed thirty people."
    assert acled_sub(nlp, text) == "Suicide bomb"
    assert frames(nlp, "Hundreds gathered to mourn the thirty people who were killed in the bombing.") == []


def test_a_digest_label_is_no_commentator(nlp):
    text = "Reports: roadside bomb hits army truck near Gao; four soldiers killed, say officials."
    assert acled_sub(nlp, text) == "Remote explosive/landmine/IED"
    text = "A rights observer said a march by farmers was broken up by police with tear gas."
    assert acled_sub(nlp, text) == "Protest with intervention"


def test_a_crowd_gathered_for_a_cause_protests(nlp):
    text = "Hundreds of residents gathered in the main square in support of the junta and against foreign troops."
    assert types_of(nlp, text) == {"PROTEST"}
    assert frames(nlp, "Hundreds of residents gathered at the stadium in the evening to watch the final.") == []


def test_a_human_chain_is_a_protest(nlp):
    text = "Teachers formed a human chain along the main avenue to denounce the pay freeze."
    assert types_of(nlp, text) == {"PROTEST"}
    assert "PROTEST" not in types_of(nlp, "The rebels formed a new chain of command after the split.")


def test_the_shooting_of_demonstrators_by_soldiers(nlp):
    text = "The shooting of demonstrators at the toll gate by soldiers killed at least 11 people, a panel found."
    assert acled_sub(nlp, text) == "Excessive force against protesters"
    assert "PROTEST" in types_of(nlp, text)
    text = "The shooting of two soldiers at the toll gate by gunmen killed both of them, the police said."
    assert acled_sub(nlp, text) != "Excessive force against protesters"


def test_backing_voiced_and_aid_packages(nlp):
    assert types_of(nlp, "Council members voiced strong backing for the peace mission in Haiti.") == {"SUPPORT"}
    assert frames(nlp, "The singer performed with a backing band in New York.") == []
    text = "Washington announced a new package of military assistance for Kyiv worth 300 million dollars."
    assert types_of(nlp, text) == {"AID"}
    assert frames(nlp, "The company announced a package of assistance measures for its staff.") == []


def test_persona_non_grata_is_an_expulsion(nlp):
    text = "The foreign ministry declared the ambassador persona non grata and ordered him to leave the country."
    assert "SANCTION" in types_of(nlp, text)
    assert "SANCTION" not in types_of(nlp, "The foreign ministry declared the embassy open to visitors again.")


def test_ready_to_sit_down_for_talks(nlp):
    text = "The prime minister said his government was ready to sit down for talks with the militias."
    assert types_of(nlp, text) == {"AGREE"}
    assert types_of(nlp, "The two delegations sat down for talks in Doha on Sunday.") == {"CONSULT"}


def test_a_score_in_sport_is_no_shooting(nlp):
    assert frames(nlp, "The home side shot down the visitors two-nil, with the striker firing home twice.") == []
    assert types_of(nlp, "Gunmen shot dead two people in the town on Sunday.") == {"ASSAULT"}


def test_a_place_wrested_back(nlp):
    text = "Marines wrested back control of the hilltop camp from the militants after a firefight."
    assert acled_sub(nlp, text) == "Government regains territory"
    text = "The militants wrested control of the hilltop camp from the army after a firefight."
    assert acled_sub(nlp, text) == "Non-state actor overtakes territory"


def test_people_taken_from_a_boat_by_gunmen(nlp):
    text = "Gunmen took six fishermen from their boat off the island and sailed away, officials said."
    assert acled_sub(nlp, text) == "Abduction/forced disappearance"
    assert "ASSAULT" not in types_of(nlp, "Soldiers took the wounded from the village to the hospital.")


def test_an_armed_group_joined_to_a_name(nlp):
    text = "Jund al-Aqsa and allied militants took the town of Morek after heavy clashes."
    assert acled_sub(nlp, text) == "Non-state actor overtakes territory"
    assert frames(nlp, "Jund al-Aqsa and local farmers took the town bus to Morek.") == []


def test_the_opening_of_an_inquiry(nlp):
    text = "The opening of an inquiry into the killings of villagers was announced by the UN mechanism on Monday."
    assert types_of(nlp, text) == {"ACCUSE"}
    assert frames(nlp, "The opening of the new bridge was announced by the mayor on Monday.") == []


def test_held_responsible_is_an_accusation(nlp):
    assert types_of(nlp, "Kyiv holds Moscow responsible for the strike on the dam.") == {"ACCUSE"}
    assert "ACCUSE" not in types_of(nlp, "The minister holds responsible talks with the unions.")
    text = "The Treasury imposed sanctions on three commanders whom it holds responsible for the massacre."
    assert types_of(nlp, text) == {"SANCTION"}


# --- review of round 13 (session 10): the same words outside conflict news ---------------------------------


@pytest.mark.parametrize("text", [
    "The destruction of chemical weapons stockpiles was confirmed by the OPCW.",
    "The destruction of the old bridge was completed by the contractor.",
    "The capture of carbon dioxide by the new plant was announced.",
    "The handover of the keys was completed by the developer.",
    "The suspension of the striker was confirmed by the club.",
])
def test_noun_told_acts_need_a_party_or_a_place_of_conflict(nlp, text):
    assert frames(nlp, text) == []


def test_noun_told_acts_of_conflict_still_count(nlp):
    assert acled_sub(nlp, "The capture of Palma by insurgents was confirmed on Monday.") == \
        "Non-state actor overtakes territory"
    assert types_of(nlp, "The suspension of all party activities was ordered by the junta.") == {"COERCE"}


@pytest.mark.parametrize("text", [
    "The insurer accepted the claim on Monday.",
    "The court granted the request of the defence for a delay.",
    "The minister accepted the invitation, which came at the request of the president.",
])
def test_a_claim_or_request_granted_is_no_concession(nlp, text):
    assert "CONCEDE" not in types_of(nlp, text)


def test_demands_of_strikers_granted_are_a_concession(nlp):
    assert "CONCEDE" in types_of(nlp, "The government accepted the demands of the striking doctors.")
    assert "CONCEDE" in types_of(nlp, "The ministry granted the request of the striking teachers for a pay rise.")


def test_volunteers_in_support_of_victims_are_no_protest(nlp):
    assert "PROTEST" not in types_of(nlp, "Hundreds of volunteers gathered in the stadium in support of the flood "
                                          "victims.")
    assert "PROTEST" in types_of(nlp, "Hundreds gathered in the square in support of the junta.")
