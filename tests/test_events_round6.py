"""Round 6 of event typing: the non-violent PLOVER types that news reports beside the violence (aid given, ties
ended or restored, concessions promised or made, offers turned down, prisoners swapped, warnings), plans that are
not events, and a few violent constructions ('went off', 'traded fire', 'charged at crowds')."""

from __future__ import annotations

import pytest

from test_typing import frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def frame_of(nlp, text, event_type):
    found = [f for f in frames(nlp, text) if f.event_type == event_type]
    assert found, (text, types_of(nlp, text))
    return found[0]


def sub_types(nlp, text):
    return {f.acled.sub_event_type for f in frames(nlp, text) if f.acled}


def test_aid_is_read_from_what_is_given(nlp):
    assert "AID" in types_of(nlp, "Germany gave 20 million euros in humanitarian aid to Yemen on Friday.")
    assert "AID" in types_of(nlp, "Britain shipped anti-tank missiles to Kyiv last week.")
    assert "AID" in types_of(nlp, "The IMF approved a $500 million loan for Pakistan on Tuesday.")
    # troops sent are a mobilisation, not aid
    assert types_of(nlp, "France sent 300 soldiers to Niger on Monday.") == {"MOBILIZE"}


def test_ties_ended_are_sanctions_and_ties_restored_cooperation(nlp):
    f = frame_of(nlp, "Chad broke off diplomatic ties with Israel on Thursday.", "SANCTION")
    assert f.mode == "discontinue"
    f = frame_of(nlp, "Burundi withdrew from the International Criminal Court in October.", "SANCTION")
    assert f.mode == "withdraw" and f.acled is None
    assert "COOPERATE" in types_of(nlp, "Egypt and Iran restored diplomatic relations on Sunday.")
    assert "COOPERATE" in types_of(nlp, "Sweden extradited a suspected war criminal to Rwanda on Monday.")
    assert "COOPERATE" in types_of(nlp, "Russian and Chinese warships held joint exercises in the Sea of Japan.")
    # a truce ended is no sanction
    assert "SANCTION" not in types_of(nlp, "The rebels ended the truce on Sunday.")


def test_promised_concessions_and_made_ones(nlp):
    assert types_of(nlp, "The rebels promised to free all hostages by next month.") == {"CONCEDE"}
    assert "CONCEDE" not in types_of(nlp, "The faction pledged allegiance to Islamic State in a message released "
                                          "on Saturday.")
    assert "THREATEN" in types_of(nlp, "The commander vowed to retake the city.")
    assert types_of(nlp, "Authorities lifted the state of emergency in Oromia on Monday.") == {"RETREAT"}
    assert "RETREAT" not in types_of(nlp, "The government said the curfew would be lifted on Monday.")


def test_plans_under_will_are_not_events(nlp):
    assert "CONSULT" not in types_of(nlp, "The two presidents will meet in Geneva next month.")
    assert "CONSULT" in types_of(nlp, "The two presidents met in Geneva on Tuesday.")


def test_offers_turned_down_prisoners_swapped_and_calls(nlp):
    assert types_of(nlp, "The opposition turned down an invitation to join the unity government.") == {"REJECT"}
    f = frame_of(nlp, "Armenia and Azerbaijan swapped 40 prisoners on Saturday.", "RETREAT")
    assert f.mode == "release" and f.acled.sub_event_type == "Agreement"
    assert "REQUEST" in types_of(nlp, "The Pope called for an end to the fighting in Sudan on Sunday.")


def test_what_a_crowd_or_protest_demands_is_the_protest(nlp):
    text = "Police fired tear gas at a crowd demanding cheaper bread in Khartoum on Monday."
    assert "REQUEST" not in types_of(nlp, text)
    assert "ACCUSE" not in types_of(nlp, "Students rallied outside the ministry in Accra to oppose the new fees.")
    # an accusation made by protesters is still one
    assert "ACCUSE" in types_of(nlp, "Protesters accused the police of killing a teenager in Nairobi on Monday.")


def test_warnings_are_threats_and_the_warned_act_is_not_done(nlp):
    f = frame_of(nlp, "The junta warned it would expel the UN mission.", "THREATEN")
    assert f.mode == "expel"
    assert "SANCTION" not in types_of(nlp, "The junta warned it would expel the UN mission.")
    text = "The general warned that soldiers would open fire on anyone crossing the line."
    assert types_of(nlp, text) == {"THREATEN"}


def test_charges_at_crowds_and_inquiries_as_sources(nlp):
    text = "Riot police charged at the demonstrators outside parliament on Saturday, witnesses said."
    assert "ACCUSE" not in types_of(nlp, text) and "ASSAULT" in types_of(nlp, text)
    text = "Soldiers killed 30 villagers near Mopti in March, a U.N. inquiry found."
    assert "ACCUSE" not in types_of(nlp, text)
    assert "ACCUSE" in types_of(nlp, "The council opened an inquiry into the killings in Mopti on Friday.")


def test_violent_constructions(nlp):
    f = frame_of(nlp, "A bomb hidden in a bag went off at a market in Peshawar on Friday.", "ASSAULT")
    assert f.acled.sub_event_type == "Remote explosive/landmine/IED"
    assert "ASSAULT" in types_of(nlp, "Indian and Pakistani troops traded fire along the Line of Control on Monday.")
    assert "ASSAULT" in types_of(nlp, "Government troops battled Tuareg rebels near Kidal on Thursday.")
    assert "ASSAULT" not in types_of(nlp, "Firefighters battled the blaze for six hours.")
    assert "Violent demonstration" in sub_types(nlp, "Protesters smashed shop windows in central Lima on Tuesday.")
    assert "Suicide bomb" in sub_types(nlp, "Five soldiers died when a suicide car bomber rammed their base near "
                                            "Gao on Sunday.")


def test_weapons_surrendered_are_disarmament(nlp):
    text = "Some 200 militiamen surrendered their weapons to the army in Ituri on Tuesday."
    assert sub_types(nlp, text) == {"Other"}


def test_wire_attributions_are_not_events(nlp):
    text = "Gunmen killed five soldiers near Mopti on Sunday, a security official who asked not to be named said."
    assert types_of(nlp, text) == {"ASSAULT"}
    assert types_of(nlp, "Rebels opposed to the junta attacked an army post near Kidal on Monday.") == {"ASSAULT"}
    text = "Protesters, who demanded the resignation of the mayor, were dispersed with tear gas in Quito on Friday."
    assert "REQUEST" not in types_of(nlp, text)
    text = "At the request of the government, 300 Kenyan police officers were deployed to Port-au-Prince."
    assert types_of(nlp, text) == {"MOBILIZE"}


def test_meetings_by_officials_and_talks(nlp):
    assert "CONSULT" in types_of(nlp, "Sudan's army chief met the head of the African Union in Addis Ababa on Sunday.")
    assert "CONSULT" in types_of(nlp, "Talks between the government and the rebels opened in Doha on Monday.")
    assert "CONSULT" in types_of(nlp, "The Qatari emir received the Hamas political chief in Doha on Tuesday.")
    assert "CONSULT" in types_of(nlp, "The envoy flew to Khartoum on Monday to meet army leaders.")
    assert "CONSULT" not in types_of(nlp, "The convoy met stiff resistance outside the town.")
    assert "CONSULT" not in types_of(nlp, "The opposition urged the president to open talks on the crisis.")


def test_aid_trucks_and_joint_patrols_and_support_voiced(nlp):
    assert "AID" in types_of(nlp, "Red Cross trucks delivered food and medicine to the besieged town on Sunday.")
    assert "AID" in types_of(nlp, "The government distributed blankets to 5,000 displaced families.")
    assert "COOPERATE" in types_of(nlp, "Indian and Nepali police conducted joint patrols along the border.")
    assert "SUPPORT" in types_of(nlp, "Western governments voiced support for the transitional president.")
    f = frame_of(nlp, "Niger announced its withdrawal from the regional bloc on Sunday.", "SANCTION")
    assert f.mode == "withdraw"
    # what people fled is no event of its own
    assert "ASSAULT" not in types_of(nlp, "Aid workers handed out food to families displaced by the fighting.")


def test_purposes_and_offers_are_not_done(nlp):
    assert types_of(nlp, "Mozambique requested military help from its neighbours to fight the insurgents.") == {
        "REQUEST"}
    assert "RETREAT" not in types_of(nlp, "The president offered to release political prisoners.")


def test_restrictions_and_disarmament_are_other(nlp):
    assert sub_types(nlp, "Ethiopia cut internet access across the Amhara region on Wednesday.") == {"Other"}
    assert "Other" in sub_types(nlp, "The governor ordered a lockdown of the city of Goma on Friday.")
    assert sub_types(nlp, "Hundreds of fighters laid down their arms in Bambari on Monday.") == {"Other"}
    assert sub_types(nlp, "About 300 militiamen handed in their rifles at a ceremony in Kananga on Saturday.") == {"Other"}
    assert sub_types(nlp, "Some 150 fighters surrendered to the army in Borno state on Sunday.") == {"Other"}
    text = "Militants blew up a telecommunications mast in Mandera overnight, cutting off phone services."
    assert "COERCE" not in types_of(nlp, text)


def test_abductions_weapons_found_and_gas_attacks(nlp):
    assert "Abduction/forced disappearance" in sub_types(nlp, "Unidentified men forced a reporter into a van in "
                                                              "Lahore on Monday.")
    f = frame_of(nlp, "Armed men stormed a boarding school in Katsina and carried away 80 boys.", "ASSAULT")
    assert f.acled.sub_event_type == "Abduction/forced disappearance"
    assert "Disrupted weapons use" in sub_types(nlp, "Police found a car packed with explosives near the "
                                                     "parliament in Kabul.")
    assert "Chemical weapon" in sub_types(nlp, "Dozens of people were treated after a gas attack on the town of "
                                               "Saraqeb on Sunday.")


def test_background_talks_and_fighting_that_goes_on(nlp):
    got = types_of(nlp, "Fighting continued despite peace talks in Jeddah, residents said.")
    assert got == {"ASSAULT"}
    assert "CONSULT" not in types_of(nlp, "The hospital received 30 wounded people, a doctor said.")
    assert "RETREAT" not in types_of(nlp, "Under the deal, the rebels will hand over their weapons and leave the city.")
    assert "ASSAULT" not in types_of(nlp, "Fighters arrived in Tikrit on Tuesday to join the offensive.")


def test_ranked_appositive_deal_clauses_and_armed_civilians(nlp):
    f = frame_of(nlp, "A monitor reported a chlorine gas attack on Jobar on Wednesday, the third in a month.", "ASSAULT")
    assert f.acled is None  # an event ranked among others is no particular ACLED event
    assert types_of(nlp, "Rebel commanders accepted a surrender deal that lets fighters leave for Idlib.") == {"AGREE"}
    f = frame_of(nlp, "The army armed hundreds of civilian volunteers in El Obeid on Monday.", "MOBILIZE")
    assert f.mode == "militia"


def test_protest_phrasings(nlp):
    assert "PROTEST" in types_of(nlp, "Thousands of people took part in a march through Santiago on Sunday against "
                                      "pension reform.")
    assert "COERCE" not in types_of(nlp, "Hundreds of women demonstrated in Khartoum on Thursday against the "
                                         "military takeover.")
    assert "ASSAULT" not in types_of(nlp, "Students boycotted classes in Tehran on Saturday in protest at the "
                                          "killing of a young woman.")
    assert "Protest with intervention" in sub_types(nlp, "Police broke up a sit-in by nurses in Algiers on Tuesday.")
    f = frame_of(nlp, "Police clashed with protesters in Dakar on Friday.", "ASSAULT")
    assert f.acled.sub_event_type == "Protest with intervention"


def test_mobilisation_phrasings_and_ultimatums(nlp):
    f = frame_of(nlp, "Israel called up 300,000 reservists on Saturday.", "MOBILIZE")
    assert f.mode == "troops"
    assert "REQUEST" not in types_of(nlp, "The minister called the opposition leader on Saturday.")
    assert "MOBILIZE" in types_of(nlp, "The army drafted 10,000 new conscripts on Monday.")
    assert "MOBILIZE" in types_of(nlp, "Village elders formed a new self-defence militia in Ituri on Monday.")
    assert "MOBILIZE" not in types_of(nlp, "The ministry formed a working group on the budget.")
    assert "MOBILIZE" in types_of(nlp, "A new armed group announced its formation in Darfur on Saturday.")
    assert types_of(nlp, "The army gave the rebels 48 hours to leave the town or face an assault.") == {"THREATEN"}


def test_weapons_stopped_and_places_that_change_hands(nlp):
    assert "Disrupted weapons use" in sub_types(nlp, "Air defences downed three missiles over Odesa overnight.")
    assert "Disrupted weapons use" in sub_types(nlp, "Bomb disposal experts safely detonated a device found near "
                                                     "a school in Kismayo.")
    f = frame_of(nlp, "The town of Kalehe came under the control of M23 rebels on Friday.", "COERCE")
    assert f.acled.sub_event_type == "Non-state actor overtakes territory"
    assert "COERCE" not in types_of(nlp, "The budget came under the control of the new minister.")


def test_gatherings_attacked_are_targets_and_talks_planned_are_not_held(nlp):
    assert types_of(nlp, "Gunmen attacked a meeting of village elders in Nangarhar on Sunday, killing four.") == {
        "ASSAULT"}
    assert types_of(nlp, "A bomb exploded at a campaign rally in Quetta on Friday, killing 20 people.") == {"ASSAULT"}
    assert "CONSULT" not in types_of(nlp, "Officials said the talks would resume next week.")
    # force on a protest still tells the protest
    assert "PROTEST" in types_of(nlp, "Police fired tear gas at a rally of opposition supporters in Lusaka.")


def test_modes_of_requests_and_meetings(nlp):
    assert frame_of(nlp, "The UN chief called for an immediate ceasefire on Tuesday.", "REQUEST").mode == "yield"
    assert frame_of(nlp, "Haiti asked foreign governments to send troops.", "REQUEST").mode == "assist"
    assert frame_of(nlp, "Rights groups urged the government to repeal the law.", "REQUEST").mode == "change"
    assert frame_of(nlp, "The rebel leader turned down an invitation to peace talks.", "REJECT").mode == "meet"
    assert frame_of(nlp, "NATO defence ministers met in Brussels on Thursday.", "CONSULT").mode == "multilateral"


def test_deals_accepted_or_committed_to(nlp):
    f = frame_of(nlp, "The two sides accepted a Qatari proposal for a three-day humanitarian pause on Monday.", "AGREE")
    assert f.acled.sub_event_type == "Agreement"
    assert "AGREE" in types_of(nlp, "The warring factions committed to a cessation of hostilities in Addis Ababa.")
    assert "AGREE" not in types_of(nlp, "The rebels did not accept the proposal.")


def test_verdicts_and_forecasts(nlp):
    f = frame_of(nlp, "A court in Kigali found the former mayor guilty of genocide on Friday.", "SANCTION")
    assert f.mode == "convict"
    assert "SANCTION" not in types_of(nlp, "Police found the bodies of three men in a ditch near Kidal.")
    assert not types_of(nlp, "Residents fear that the shelling could resume at any moment.")


def test_sentences_sanctions_expulsions_and_stated_threats(nlp):
    assert types_of(nlp, "A military tribunal handed death sentences to 10 soldiers on Monday.") == {"SANCTION"}
    assert "SANCTION" in types_of(nlp, "Washington slapped sanctions on three commanders on Friday.")
    assert frame_of(nlp, "Mali ordered the French ambassador to leave the country.", "SANCTION").mode == "expel"
    assert types_of(nlp, "Hezbollah said it was ready to strike deep inside Israel.") == {"THREATEN"}
    assert "THREATEN" in types_of(nlp, "The junta warned its neighbours against any military intervention.")
    assert "THREATEN" in types_of(nlp, "The president said the army would crush the rebellion.")
    assert "THREATEN" not in types_of(nlp, "The coach said his team would fight for every point.")


def test_a_state_protest_is_an_accusation_not_a_demonstration(nlp):
    f = frame_of(nlp, "Pakistan protested the drone strike that killed four people in Waziristan.", "ACCUSE")
    assert f.mode == "disapprove" and "PROTEST" not in types_of(nlp, "Pakistan protested the drone strike.")
    assert "ACCUSE" in types_of(nlp, "The foreign ministry lodged a formal protest with the embassy.")
    assert "PROTEST" in types_of(nlp, "Thousands protested in Karachi against the drone strike on Sunday.")


def test_an_inquiry_opened_is_an_investigation_one_ordered_is_not_yet(nlp):
    f = frame_of(nlp, "The council set up an inquiry into the killings in Mopti on Friday.", "ACCUSE")
    assert f.mode == "investigate"
    assert "ACCUSE" not in types_of(nlp, "The president ordered an inquiry.")
