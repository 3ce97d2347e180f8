"""Round 12 of event typing: the wording of monitors' digests, military communiqués, police logs and translated local
press (typing_digest): 'neutralised', 'sent to hell', 'embraced martyrdom', 'remanded in custody', 'thrashed',
'recovered a cache', sappers clearing mines, 'forcibly disappeared', announced retakings, mergers and dissolutions of
armed groups, 'a contact of fire', 'combat engagements', 'clashes ongoing', 'conducted a strike on', crowds blocking
highways; a killing whose homes burned beside it, names of retaken places read as persons, mobs that kill, chemical
agents, controlled detonations, gunfire aimed at a protest, rubric labels ('Police:') that are no actors, and bus
crashes and uprooted trees told apart."""

from __future__ import annotations

import pytest

from test_typing import acled_sub, frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def test_communique_verbs_of_killing(nlp):
    assert types_of(nlp, "Troops neutralised seventeen insurgents in Marte, the Defence Headquarters said.") \
        == {"ASSAULT"}
    assert frames(nlp, "Engineers neutralised the threat posed by the unexploded bomb.") == []
    text = "Five militants of the proscribed outfit were sent to hell during an operation in North Waziristan."
    assert types_of(nlp, text) == {"ASSAULT"}
    assert frames(nlp, "The club sent the player to Madrid on loan.") == []
    assert types_of(nlp, "Two soldiers of the Frontier Corps embraced martyrdom in North Waziristan.") == {"ASSAULT"}
    assert frames(nlp, "The minister embraced the new policy on Monday.") == []


def test_remanded_in_custody_is_an_arrest(nlp):
    text = "Three men were charged with plotting to bomb a synagogue and were remanded in custody."
    assert "COERCE" in types_of(nlp, text)
    assert "COERCE" not in types_of(nlp, "The case was remanded to a lower court for a new hearing.")


def test_a_crowd_thrashing_people_is_mob_violence(nlp):
    assert acled_sub(nlp, "A crowd of cow vigilantes thrashed two men transporting cattle in Alwar.") \
        == "Mob violence"
    assert frames(nlp, "The home side thrashed the visitors 4-0 in the final.") == []


def test_weapons_recovered_or_cleared_are_disrupted_weapons_use(nlp):
    text = "Troops recovered a cache of landmines and explosives from an abandoned rebel camp."
    assert acled_sub(nlp, text) == "Disrupted weapons use"
    assert frames(nlp, "Police recovered the bodies of three men from the river.") == []
    text = "Sappers cleared an anti-tank mine from a road near Dera Bugti before a convoy passed."
    assert acled_sub(nlp, text) == "Disrupted weapons use"
    assert frames(nlp, "Workers cleared the road after the storm.") == []


def test_a_controlled_detonation_is_disrupted_weapons_use(nlp):
    text = "The bomb squad safely detonated a suicide vest found abandoned at a checkpoint in Maiduguri."
    assert acled_sub(nlp, text) == "Disrupted weapons use"
    assert acled_sub(nlp, "A suicide bomber detonated his vest at a checkpoint in Maiduguri, killing five.") \
        == "Suicide bomb"


def test_forced_disappearances(nlp):
    text = "The activist has been forcibly disappeared after men in plain clothes picked him up in Karachi."
    assert acled_sub(nlp, text) == "Abduction/forced disappearance"
    text = "Two more cases of enforced disappearance were recorded in Quetta on Monday."
    assert acled_sub(nlp, text) == "Abduction/forced disappearance"
    assert frames(nlp, "The disappearance of the aircraft over the sea remains a mystery.") == []


def test_retaking_announced_and_names_read_as_persons(nlp):
    assert acled_sub(nlp, "The Malian Armed Forces announced the retaking of Kidal on the 14th.") \
        == "Government regains territory"
    assert acled_sub(nlp, "Iraqi forces declared the liberation of Mosul's old city after months of fighting.") \
        == "Government regains territory"
    assert frames(nlp, "The museum announced the liberation of its archive from copyright limits.") == []
    text = "Government forces recaptured Jebel Moya from the RSF after heavy fighting, the army said."
    assert acled_sub(nlp, text) == "Government regains territory"
    assert acled_sub(nlp, "FAMa and allied fighters recaptured Anefis after a battle with the CSP coalition.") \
        == "Government regains territory"
    assert frames(nlp, "Serena Williams retook Venus Williams in the final set.") == []
    assert acled_sub(nlp, "Philippine troops cleared and reoccupied a former Abu Sayyaf camp in Patikul.") \
        == "Government regains territory"


def test_armed_groups_merging_or_dissolving(nlp):
    assert acled_sub(nlp, "Several armed movements of northern Mali announced their merger into a single entity.") \
        == "Change to group/activity"
    assert acled_sub(nlp, "Reports: two JNIM-aligned katibas have merged under a single commander in central Mali.") \
        == "Change to group/activity"
    assert frames(nlp, "The two banks merged last year.") == []
    assert acled_sub(nlp, "The PKK announced its dissolution and the end of its armed struggle.") \
        == "Change to group/activity"
    assert frames(nlp, "The company announced its dissolution after heavy losses.") == []


def test_digest_fight_nouns(nlp):
    text = "A member of the TNI died in a contact of fire with the armed criminal group in Intan Jaya."
    assert acled_sub(nlp, text) == "Armed clash"
    assert frames(nlp, "Officials lost contact with the village of Intan Jaya for two days.") == []
    text = "The General Staff registered one hundred and forty-three combat engagements along the line of contact."
    assert types_of(nlp, text) == {"ASSAULT"}
    assert frames(nlp, "The minister has several speaking engagements in Kyiv this week.") == []
    text = "Clashes ongoing in El Fasher's southern districts between SAF and RSF; monitors say 14 fighters were killed."
    assert acled_sub(nlp, text) == "Armed clash"


def test_strikes_conducted_on_a_target(nlp):
    text = "US CENTCOM says it conducted a self-defence strike on a Houthi missile launcher; no casualties were reported."
    assert acled_sub(nlp, text) == "Air/drone strike"
    assert acled_sub(nlp, "IDF: fighter jets conducted precision strikes on Hezbollah weapons depots overnight.") \
        == "Air/drone strike"
    assert "ASSAULT" not in types_of(nlp, "Teachers conducted a strike on Monday over unpaid wages.")


def test_crowds_blocking_highways_protest(nlp):
    assert acled_sub(nlp, "Students blocked a highway in Novi Sad for 24 hours without incident, police said.") \
        == "Peaceful protest"
    assert "PROTEST" not in types_of(nlp, "Police blocked the road to the stadium.")
    assert frames(nlp, "A landslide blocked the highway near Murree.") == []


def test_crowds_marching_against_a_law(nlp):
    assert acled_sub(nlp, "Thousands marched peacefully in Tbilisi against the foreign agents law.") \
        == "Peaceful protest"
    assert frames(nlp, "Thousands marched in the carnival parade through Rio.") == []


def test_a_killing_with_homes_burned_beside_it(nlp):
    text = "Gunmen killed 14 villagers in Bokkos LGA overnight, burning homes, local leaders said."
    assert acled_sub(nlp, text) == "Attack"
    assert frames(nlp, "The senate killed the bill on Tuesday.") == []


def test_a_mob_that_kills(nlp):
    assert acled_sub(nlp, "A mob killed a Rohingya man in Cox's Bazar over a land dispute, local officials said.") \
        == "Mob violence"
    text = "A crowd in Port-au-Prince's Canape-Vert stoned and burned alive thirteen suspected gang members."
    assert acled_sub(nlp, text) == "Mob violence"
    assert acled_sub(nlp, "Gunmen killed a Rohingya man in Cox's Bazar, local officials said.") == "Attack"


def test_chemical_agents(nlp):
    text = "Russian forces used munitions filled with chloropicrin against positions near Kupiansk."
    assert acled_sub(nlp, text) == "Chemical weapon"
    assert acled_sub(nlp, "Iraqi aircraft dropped chemical bombs on the Kurdish town, killing about 5,000 people.") \
        == "Chemical weapon"
    assert acled_sub(nlp, "Iraqi aircraft dropped bombs on the Kurdish town, killing about 50 people.") \
        == "Air/drone strike"


def test_gunfire_aimed_at_a_protest(nlp):
    text = "Army troops fired live rounds at a peaceful sit-in in Mandalay; two killed, 30 wounded."
    assert acled_sub(nlp, text) == "Excessive force against protesters"
    assert "PROTEST" in types_of(nlp, text)
    assert acled_sub(nlp, "A mayoral candidate was shot dead at a campaign rally in Guerrero, prosecutors said.") \
        == "Attack"


def test_tear_gas_on_marchers_is_an_intervention(nlp):
    text = "Protesters marched in Lima and were pushed back by police with tear gas; no injuries reported."
    assert acled_sub(nlp, text) == "Protest with intervention"
    assert acled_sub(nlp, "Protesters marched peacefully in Lima against the pension reform.") == "Peaceful protest"


def test_a_rubric_label_is_no_actor(nlp):
    assert acled_sub(nlp, "Police: a journalist was shot dead outside his home in Tijuana.") == "Attack"
    assert acled_sub(nlp, "Police shot dead a journalist outside his home in Tijuana.") != "Armed clash"


def test_mishaps_of_buses_and_trees(nlp):
    text = "A bus skidded off the road and plunged into a gorge near Assar, killing thirty-six passengers, police said."
    assert frames(nlp, text) == []
    assert types_of(nlp, "Gunmen attacked a bus near Assar, killing thirty-six passengers, police said.") \
        == {"ASSAULT"}
    assert acled_sub(nlp, "Settlers uprooted olive trees in a village near Nablus, the Palestinian authority said.") \
        == "Looting/property destruction"
    assert frames(nlp, "A falling tree killed two people during the storm in Nablus.") == []


def test_shot_dead_read_as_a_noun(nlp):
    text = "Unknown gunmen on a motorcycle shot dead a polio vaccinator in Bajaur's Mamund tehsil and fled, police said."
    assert acled_sub(nlp, text) == "Attack"
    assert frames(nlp, "The photographer's best shot of the day showed the harbour at dawn.") == []


def test_the_torching_of_houses(nlp):
    text = "In Buthidaung, the torching of hundreds of houses belonging to Rohingya residents followed the fall of the town."
    assert acled_sub(nlp, text) == "Looting/property destruction"
    assert frames(nlp, "The burning of fossil fuels is the main source of emissions in the region.") == []


def test_an_accidental_explosion_is_no_attack(nlp):
    text = "An accidental explosion at a firecracker factory near Sivakasi killed eight workers on Saturday."
    assert frames(nlp, text) == []
    assert types_of(nlp, "An explosion at a checkpoint near Sivakasi killed eight soldiers, police said.") \
        == {"ASSAULT"}


def test_cricket_bowlers_bombard_no_one(nlp):
    text = "Pakistan's pacers bombarded the Australian batsmen with short-pitched deliveries at the MCG."
    assert frames(nlp, text) == []
    assert types_of(nlp, "Russian artillery bombarded the Ukrainian positions near Bakhmut.") == {"ASSAULT"}


def test_a_feared_offensive_is_no_event(nlp):
    text = "In Bamako, analysts fear a fresh offensive by JNIM fighters on the roads of the centre."
    assert frames(nlp, text) == []
    assert types_of(nlp, "JNIM fighters launched a fresh offensive on the roads of the centre on Monday.") \
        == {"ASSAULT"}


def test_the_fight_and_the_dead_of_a_capture(nlp):
    text = ("The Arakan Army announced it had captured the Western Regional Military Command headquarters in Ann "
            "township following weeks of fighting with the junta's troops.")
    assert types_of(nlp, text) == {"COERCE"}
    assert acled_sub(nlp, text) == "Non-state actor overtakes territory"
    text = ("Taliban militants overran the district centre of Kohistanat on the 4th after fierce fighting with the "
            "security forces, in which twelve personnel were martyred.")
    assert types_of(nlp, text) == {"COERCE"}
    text = "The Philippine Army retook a hilltop NPA camp in Lapinig after a fire fight in which three rebels died."
    assert acled_sub(nlp, text) == "Government regains territory"
    assert acled_sub(nlp, "Jihadist fighters overran an army camp in Boulkessi on Monday.") \
        == "Non-state actor overtakes territory"
    # a fight told in a clause of its own is no setting of the capture
    text = "Rebels seized the town on Monday, and fighting continued in the hills to the north."
    assert "ASSAULT" in types_of(nlp, text)


def test_police_log_and_communique_acts(nlp):
    assert acled_sub(nlp, "Police cordoned the Kurdish district of Diyarbakir to block a march.") == "Other"
    assert acled_sub(nlp, "Ukraine's army began a new mobilisation drive, lowering the conscription age to 25.") \
        == "Change to group/activity"
    assert frames(nlp, "The carmaker began a new sales drive in Europe.") == []
    assert types_of(nlp, "Armenia and Azerbaijan initialled a peace treaty text in Washington, officials said.") \
        == {"AGREE"}
    assert frames(nlp, "The clerk initialled each page of the lease.") == []


def test_ground_handed_to_another_state(nlp):
    assert acled_sub(nlp, "Armenia handed four villages in Tavush to Azerbaijan after border demarcation.") \
        == "Non-violent transfer of territory"
    assert frames(nlp, "The minister handed the keys to the new mayor.") == []


def test_an_armed_group_forming_a_wing(nlp):
    text = "An armed group in Ituri announced it was forming a new political wing to contest elections."
    assert acled_sub(nlp, text) == "Change to group/activity"
    assert frames(nlp, "The ruling party formed a new coalition with two smaller parties.") == []


def test_taken_away_by_men_in_plain_clothes(nlp):
    assert acled_sub(nlp, "The activist was taken by men in plain clothes from his flat in Karachi on Monday.") \
        == "Abduction/forced disappearance"
    assert frames(nlp, "The activist was taken to hospital by relatives on Monday.") == []


def test_eggs_and_fireworks_hurled_at_police(nlp):
    text = "Protesters hurled eggs and fireworks at riot police outside parliament, who responded with water cannon."
    assert "Violent demonstration" in {f.acled.sub_event_type for f in frames(nlp, text) if f.acled}
    assert frames(nlp, "Fans threw eggs at the team bus after the defeat.") == []


def test_a_road_blocked_in_a_riot_is_the_riot(nlp):
    text = "Opposition supporters burned tyres and blocked roads in Conakry, clashing with security forces."
    assert "Peaceful protest" not in {f.acled.sub_event_type for f in frames(nlp, text) if f.acled}
    assert frames(nlp, "The company handed the building to the new owners.") == []


def test_a_merger_told_with_an_allegiance_is_the_pledge(nlp):
    text = "Two armed groups in northern Mali announced on Sunday that they had merged and pledged allegiance to al Qaeda."
    assert types_of(nlp, text) == {"SUPPORT"}


def test_sexual_violence_by_a_named_doer(nlp):
    text = "In Pont-Sonde, women were subjected to sexual violence by members of the Gran Grif gang, the office said."
    assert acled_sub(nlp, text) == "Sexual violence"
    assert acled_sub(nlp, "Sexual violence remains widespread in the camps, aid groups said.") is None


def test_poisoning_with_a_nerve_agent(nlp):
    text = ("Sergei Skripal and his daughter were left in critical condition after their poisoning with a Novichok "
            "nerve agent in Salisbury.")
    assert acled_sub(nlp, text) == "Chemical weapon"
    assert frames(nlp, "Dozens of guests fell ill with food poisoning after the wedding in Salisbury.") == []


def test_a_telephonic_conversation_is_a_consultation(nlp):
    text = "Prime Minister Narendra Modi held a telephonic conversation with President Volodymyr Zelensky on Monday."
    assert types_of(nlp, text) == {"CONSULT"}
    assert frames(nlp, "The minister had a long conversation with reporters about football.") == []


def test_a_unilateral_ceasefire_declared(nlp):
    text = "The ELN's central command declared a unilateral ceasefire for the three days of the presidential election."
    assert types_of(nlp, text) == {"RETREAT"}
    assert acled_sub(nlp, text) == "Change to group/activity"
    assert types_of(nlp, "The two sides announced a ceasefire agreement in Doha.") == {"AGREE"}


def test_a_town_read_as_a_name_seized_after_clashes(nlp):
    text = "RSF fighters seized Wad Madani after clashes with the army, residents said."
    assert acled_sub(nlp, text) == "Non-state actor overtakes territory"
    assert acled_sub(nlp, "Gunmen seized John Mensah from his car in Kaduna on Monday, police said.") \
        == "Abduction/forced disappearance"
