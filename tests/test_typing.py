"""Event triggers, types, modes, ACLED sub-types and counts from real and hand-made sentences."""

from __future__ import annotations

import pytest

from newsevents.extract import typing as ev
from newsevents.models import Acled

from conftest import shared_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from newsevents.nlp import load

    return load(with_ruler=False)


def frames(nlp, text):
    doc = nlp(text)
    return [f for sent in doc.sents for f in ev.analyse(sent)]


def types(nlp, text):
    return [f.event_type for f in frames(nlp, text)]


def sentence_with(text: str, needle: str) -> str:
    """The sentence (paragraph line) of a seed article that contains needle."""
    start = text.index(needle)
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1)
    end = text.find("\n", start)
    return text[left + 1 if left >= 0 else 0:end if end > 0 else len(text)].strip()


@pytest.fixture(scope="module")
def seed_texts():
    folder = shared_path("corpus", "seeds")
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))


@pytest.mark.shared
def test_typing_seed_grozny_rampage_is_an_armed_clash(nlp, seed_texts):
    sent = sentence_with(seed_texts, "Armed men rampaged through the streets")
    assault = [f for f in frames(nlp, sent) if f.event_type == "ASSAULT"]
    assert assault and assault[0].acled == Acled("Battles", "Armed clash")
    assert "firearms" in assault[0].modes


@pytest.mark.shared
def test_typing_seed_december_attack_counts_fourteen_dead_and_thirty_six_injured(nlp, seed_texts):
    sent = sentence_with(seed_texts, "the December 4 attack in Grozny")
    assault = [f for f in frames(nlp, sent) if f.event_type == "ASSAULT"]
    assert len(assault) == 1
    f = assault[0]
    assert f.trigger.text == "attack"
    assert f.counts["fatalities"].best == 14 and f.counts["injured"].best == 36
    assert f.target_sector == "police"
    assert f.acled == Acled("Battles", "Armed clash")


@pytest.mark.shared
def test_typing_seed_firefight_modes_include_firearms_and_heavy_weapons(nlp, seed_texts):
    sent = sentence_with(seed_texts, "heavy machine gun fire and RPGs")
    fight = [f for f in frames(nlp, sent) if f.event_type == "ASSAULT"]
    assert fight and {"firearms", "heavy-weapons"} <= set(fight[0].modes)


@pytest.mark.shared
def test_typing_seed_stolen_cars_are_coerce_seize_and_the_police_attack_a_second_event(nlp, seed_texts):
    sent = sentence_with(seed_texts, "militants stole three cars")
    got = frames(nlp, sent)
    stole = [f for f in got if f.trigger.text == "stole"]
    assert stole and stole[0].event_type == "COERCE" and stole[0].mode == "seize"
    assert stole[0].acled == Acled("Strategic developments", "Looting/property destruction")
    attacked = [f for f in got if f.trigger.text == "attacked"]
    assert attacked and attacked[0].event_type == "ASSAULT" and attacked[0].target_sector == "police"


@pytest.mark.shared
def test_typing_seed_free_chechnya_is_a_threat(nlp, seed_texts):
    sent = sentence_with(seed_texts, "We will, with the consent of Allah")
    assert "THREATEN" in types(nlp, sent)


@pytest.mark.shared
def test_typing_seed_travel_to_join_isis_is_mobilize_with_size(nlp, seed_texts):
    sent = sentence_with(seed_texts, "Over 2,000 Russians traveled")
    mob = [f for f in frames(nlp, sent) if f.event_type in ("MOBILIZE", "SUPPORT")]
    assert mob
    size = mob[0].counts["size"]
    assert (size.best, size.low, size.high) == (2000, 2000, None)


@pytest.mark.shared
def test_typing_seed_declared_allegiance_is_support(nlp, seed_texts):
    sent = sentence_with(seed_texts, "declared allegiance to the terrorist group")
    assert "SUPPORT" in types(nlp, sent) or "AGREE" in types(nlp, sent)


def test_typing_attack_helicopters_are_not_an_attack(nlp):
    assert "ASSAULT" not in types(nlp, "The army deployed attack helicopters to the border.")


def test_typing_commentator_writing_about_a_past_attack_is_not_an_event(nlp):
    text = ("But Russian professor Galina Yemelianova wrote an editorial for BBC this week noting that "
            "the attack was the third of its kind this year in Chechnya.")
    assert "ASSAULT" not in types(nlp, text)


def test_typing_metaphors_and_accidents_are_not_assaults(nlp):
    assert "ASSAULT" not in types(nlp, "Spain is hoping to kill off its famed siesta naps.")
    assert "ASSAULT" not in types(nlp, "At least two people died and 55 others were injured in a gas explosion.")
    assert "ASSAULT" not in types(nlp, "The government vowed to fight corruption.")


def test_typing_suicide_bombing_counts_and_acled(nlp):
    got = frames(nlp, "A suicide car bomb in central Turkey has killed 13 soldiers aboard a bus and wounded 56 more.")
    assert len(got) == 1
    f = got[0]
    assert f.event_type == "ASSAULT" and f.mode == "suicide-attack"
    assert f.acled == Acled("Explosions/Remote violence", "Suicide bomb")
    assert f.counts["fatalities"].best == 13 and f.counts["injured"].best == 56
    assert f.cameo_root == "18"


def test_typing_real_news_verbal_events(nlp):
    assert "ACCUSE" in types(nlp, "The White House condemned the assassination.")
    assert "REJECT" in types(nlp, "The Spanish government has refused to negotiate with Eta.")
    assert "REQUEST" in types(nlp, "They called for the resignation of the interior minister.")
    assert "AGREE" in types(nlp, "The rebels agreed with the Russians on the number of buses.")
    assert "PROTEST" in types(nlp, "Hundreds of demonstrators gathered outside the cathedral to voice their anger.")
    assert "COERCE" in types(nlp, "Seven people have been arrested in connection with the blast.")


def test_typing_protest_demands_belong_to_the_protest(nlp):
    got = types(nlp, "Thousands of protesters marched in the capital demanding the resignation of the president.")
    assert got == ["PROTEST"]


def test_typing_acled_for_uses_who_fights_whom(nlp):
    f = frames(nlp, "Gunmen shot the man outside his home.")[0]
    assert ev.acled_for(f, ["UAF"], ["CVL"]) == Acled("Violence against civilians", "Attack")
    assert ev.acled_for(f, ["UAF"], ["MIL"]) == Acled("Battles", "Armed clash")


def test_typing_acled_for_territory_depends_on_who_takes_it(nlp):
    f = [x for x in frames(nlp, "Fighters seized control of the town.") if x.event_type == "COERCE"][0]
    assert ev.acled_for(f, ["REB"], []).sub_event_type == "Non-state actor overtakes territory"
    assert ev.acled_for(f, ["MIL"], []).sub_event_type == "Government regains territory"


def test_typing_frames_carry_spans_confidence_and_extractor(nlp):
    text = "Police arrested 14 people in the capital."
    f = frames(nlp, text)[0]
    assert text[f.trigger_span[0]:f.trigger_span[1]] == "arrested"
    assert 0 < f.confidence <= 1 and f.extractor.startswith("typing.")
    assert f.counts["arrested"].best == 14


def acled_sub(nlp, text):
    """The ACLED sub-type of the first ASSAULT frame (else the first frame with one); attacks named in passing
    ('detained six people over the killing') come after the sentence's own news."""
    fs = frames(nlp, text)
    fs = sorted(fs, key=lambda f: (f.mentioned, f.event_type != "ASSAULT"))
    return next((f.acled.sub_event_type for f in fs if f.acled is not None), None)


def test_typing_negated_and_generic_triggers_are_not_events(nlp):
    assert "ASSAULT" not in types(nlp, "The rebels promised not to kill any civilians in the town.")
    assert "ASSAULT" not in types(nlp, "Attacking hospitals is forbidden under the laws of war.")
    assert "ASSAULT" not in types(nlp, "Officials warned of thousands of foreign fighters fighting in Iraq.")


def test_typing_reference_back_is_not_a_second_event(nlp):
    got = types(nlp, "Police detained five men in connection with the explosion on Friday.")
    assert got == ["COERCE"]
    assert "ASSAULT" not in types(nlp, "Investigators examined the scene of the bombing in the capital.")
    assert "ASSAULT" not in types(nlp, "Families fled after months of heavy fighting in the province.")


def test_typing_reference_with_a_reporting_clause_is_an_event(nlp):
    got = types(nlp, "Police investigated the explosion that tore through the market on Sunday, which the army blamed on militants.")
    assert "ASSAULT" in got


def test_typing_requested_or_denied_acts_belong_to_the_request(nlp):
    assert "MOBILIZE" not in types(nlp, "The minister called on the regions to mobilise all available resources.")
    assert "AGREE" not in types(nlp, "The army denied that a truce had been reached with the rebels.")
    assert "REQUEST" not in types(nlp, "Asked whether troops would leave, the minister said no decision had been made.")


def test_typing_disaster_subject_is_not_a_strike(nlp):
    assert types(nlp, "The earthquake struck near the border late on Saturday.") == []


def test_typing_objectless_strike_in_armed_context_is_assault(nlp):
    assert types(nlp, "The militias began to strike again despite the truce.") == ["ASSAULT"]


def test_typing_set_fire_to_homes_is_property_destruction(nlp):
    f = frames(nlp, "Villagers set fire to their houses before the militias arrived.")
    assert [x.event_type for x in f] == ["ASSAULT"]
    assert f[0].acled.sub_event_type == "Looting/property destruction"


def test_typing_protesters_as_subject_make_a_protest(nlp):
    assert types(nlp, "Protesters chanted slogans outside the embassy.") == ["PROTEST"]


def test_typing_acled_trigger_weapon_decides_sub_type(nlp):
    assert acled_sub(nlp, "Then the violence resumed: shelling and then airstrikes.") == \
        "Shelling/artillery/missile attack"


def test_typing_acled_fire_on_police_is_armed_clash(nlp):
    assert acled_sub(nlp, "Gunmen opened fire on a police checkpoint in the south.") == "Armed clash"
    assert acled_sub(nlp, "Soldiers came under fire near the border crossing.") == "Armed clash"


def test_typing_acled_not_coded_for_possibilities_vague_nouns_and_bare_casualties(nlp):
    assert acled_sub(nlp, "A spokesman said civilians may have been hurt.") is None
    assert acled_sub(nlp, "The evacuation collapsed into chaotic violence.") is None
    assert acled_sub(nlp, "At least 12 people are dead and 30 injured, the ministry said.") is None
    assert acled_sub(nlp, "Three people were injured when gunmen attacked the bus.") is not None


def test_typing_acled_surrender_of_held_city_is_transfer_of_territory(nlp):
    f = [x for x in frames(nlp, "It was a surrender by the rebels who had held the city for four years.")
         if x.event_type == "RETREAT"][0]
    assert f.acled.sub_event_type == "Non-violent transfer of territory"


def test_typing_acled_legal_seizure_is_not_looting(nlp):
    f = [x for x in frames(nlp, "The farm will be seized under the new expropriation law.") if x.event_type == "COERCE"]
    assert all(x.acled is None for x in f)


# --- genericity and back-reference: sentences written for these tests, not taken from the dev set ---------


def test_typing_acled_series_without_a_day_is_a_summary_not_an_event(nlp):
    assert acled_sub(nlp, "Nigeria has suffered a wave of deadly bombings in recent years.") is None
    assert acled_sub(nlp, "A rebel group known for a string of raids targeting army posts signed the pact.") \
        in (None, "Agreement")
    # tied to a day, a series is reported as it happens
    assert acled_sub(nlp, "Gunmen carried out a series of attacks on police posts in Kano on Tuesday, "
                          "killing six officers.") == "Armed clash"


def test_typing_acled_latest_of_a_kind_and_generic_plural_are_not_coded(nlp):
    assert acled_sub(nlp, "The bombing was the latest in a spate of assaults on the capital.") is None
    assert acled_sub(nlp, "Attacks like this have become common along the border.") is None
    assert acled_sub(nlp, "Hundreds have been killed in communal clashes.") is None
    assert acled_sub(nlp, "Five soldiers were killed in clashes with rebels near Goma on Monday.") == "Armed clash"


def test_typing_habitual_clause_and_ended_or_wanted_events_are_not_events(nlp):
    assert "ASSAULT" not in types(nlp, "Our leaders told us that when we fight we must spare the elderly.")
    assert "ASSAULT" not in types(nlp, "The army agreed to lift its siege of the town.")
    assert "RETREAT" not in types(nlp, "The government wanted the release of its soldiers held by the rebels.")


def test_typing_acled_intended_act_of_a_noun_is_not_coded(nlp):
    f = [x for x in frames(nlp, "A truce to evacuate the wounded from the old city collapsed on Friday.")
         if x.event_type == "RETREAT"]
    assert all(x.acled is None for x in f)


def test_typing_acled_explosion_or_damage_with_no_sign_of_attack_is_not_coded(nlp):
    assert acled_sub(nlp, "The explosion happened shortly after noon at a bakery in the old town.") is None
    assert acled_sub(nlp, "Twelve houses were destroyed and hundreds of families are homeless.") is None
    assert acled_sub(nlp, "A roadside bomb exploded near an army convoy, wounding four soldiers.") is not None


def test_typing_shells_raining_down_is_shelling_even_when_the_parse_loses_the_subject(nlp):
    assert acled_sub(nlp, "Witnesses described panic in the market as volleys of rockets rained down on "
                          "the district.") == "Shelling/artillery/missile attack"
    # the battle for the city elsewhere in the sentence does not make the clause's shelling a clash
    assert acled_sub(nlp, "The truce collapsed, raising fears of a bloody end to the battle for the city "
                          "as residents reported renewed shelling.") == "Shelling/artillery/missile attack"


def test_typing_agreement_between_conflict_parties_and_impose_needs_a_restriction(nlp):
    assert acled_sub(nlp, "The rebels said they had agreed with the army on the number of buses.") == "Agreement"
    assert "COERCE" not in types(nlp, "The ministry imposed new conditions on the contractors.")
    assert "COERCE" in types(nlp, "The army imposed a curfew on the city.")


def test_typing_acled_force_against_protesters_and_crowds_acting(nlp):
    assert acled_sub(nlp, "Police fired tear gas to disperse hundreds of protesters in Nairobi.") == \
        "Protest with intervention"
    assert acled_sub(nlp, "Security forces opened fire on protesters in Khartoum, killing at least seven "
                          "people.") == "Excessive force against protesters"
    assert acled_sub(nlp, "Protesters threw stones at police and set fire to tyres in the capital.") == \
        "Violent demonstration"
    assert acled_sub(nlp, "A mob lynched a man accused of theft in Lagos on Sunday.") == "Mob violence"


def test_typing_acled_territory_weapons_bases_and_hostages(nlp):
    assert acled_sub(nlp, "The army recaptured the town of Palmyra from Islamic State fighters.") == \
        "Government regains territory"
    assert "COERCE" not in types(nlp, "The patient regained consciousness on Monday.")
    assert acled_sub(nlp, "Police defused a bomb found outside a mosque in Kabul.") == "Disrupted weapons use"
    assert "COERCE" not in types(nlp, "The mediator defused tensions between the two parties.")
    assert acled_sub(nlp, "The militants set up a new base in the forest near the border.") == \
        "Headquarters or base established"
    assert acled_sub(nlp, "Pirates seized a cargo ship off Somalia and took 19 crew members hostage.") == \
        "Abduction/forced disappearance"
    assert acled_sub(nlp, "Opposition supporters staged a sit-in outside parliament on Monday.") == "Peaceful protest"


def test_typing_acled_weapon_named_is_no_accident_and_projectile_subjects(nlp):
    assert acled_sub(nlp, "Two soldiers were killed when their vehicle struck a landmine near the border.") == \
        "Remote explosive/landmine/IED"
    assert acled_sub(nlp, "Rockets fired from Gaza hit the Israeli town of Sderot on Tuesday.") == \
        "Shelling/artillery/missile attack"
    assert acled_sub(nlp, "Three people died when a car crashed into a bus in the city.") is None


def test_typing_acled_period_totals_ranked_events_and_background_events(nlp):
    assert acled_sub(nlp, "Hundreds of civilians have been killed in airstrikes in Yemen since the conflict "
                          "began.") is None
    assert acled_sub(nlp, "Since Monday, airstrikes on the town have killed at least 40 civilians.") == \
        "Air/drone strike"
    assert acled_sub(nlp, "It was the third attack on a church in Egypt this year.") is None
    assert acled_sub(nlp, "Authorities imposed a curfew on the city after the clashes.") == "Other"
    assert acled_sub(nlp, "Security forces detained dozens of activists during a raid in Cairo.") == "Arrests"
    assert "ASSAULT" not in types(nlp, "The group planned to attack the embassy in the capital.")


def test_typing_token_table_matches_the_tokens(nlp):
    from newsevents.extract.typing_context import sentence_lemmas, token_table

    doc = nlp("The Rebels attacked Aleppo. We will free it!")
    lemmas, lowers, pos = token_table(doc)
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert lowers == [t.lower_ for t in doc]
    assert pos == [t.pos_ for t in doc]
    first = list(doc.sents)[0]
    assert sentence_lemmas(first) == {t.lemma_.lower() for t in first}


def test_typing_acled_tried_or_failed_explosives_and_cause_of_arrests(nlp):
    assert acled_sub(nlp, "A 12-year-old boy tried to set off a nail bomb at a Christmas market.") == \
        "Disrupted weapons use"
    assert acled_sub(nlp, "The device failed to explode, prosecutors said.") == "Disrupted weapons use"
    assert acled_sub(nlp, "Police detained six people over the ambassador's killing.") == "Arrests"
    # alone, the event noun after the preposition still counts
    assert "ASSAULT" in types(nlp, "Three soldiers died after an attack on their convoy near Gao.")


def test_typing_acled_definite_reference_after_a_preposition_and_investigations(nlp):
    assert acled_sub(nlp, "Security was tightened at embassies across the capital after the attack.") is None
    assert acled_sub(nlp, "Russia and Turkey agreed to set up a joint investigation into the murder.") is None
    assert acled_sub(nlp, "Three soldiers died after an attack on their convoy near Gao on Monday.") is not None


def _subs(nlp, text):
    return [f.acled.sub_event_type if f.acled else None for f in frames(nlp, text)]


def test_typing_territory_taken_over_or_fallen(nlp):
    assert _subs(nlp, "M23 rebels took control of Goma on Tuesday.") == ["Non-state actor overtakes territory"]
    assert _subs(nlp, "The town of Bakhmut fell to Wagner fighters on Saturday.") == [
        "Non-state actor overtakes territory"]
    assert _subs(nlp, "Government forces drove Islamic State out of the city of Manbij on Friday.") == [
        "Government regains territory"]


def test_typing_withdrawals_handovers_and_disarmament(nlp):
    assert _subs(nlp, "Israeli forces pulled out of Khan Younis on Sunday.") == ["Non-violent transfer of territory"]
    assert _subs(nlp, "French forces handed over their last base in Mali to the Malian army.") == [
        "Non-violent transfer of territory"]
    f = frames(nlp, "Some 300 rebel fighters handed over their weapons to government forces on Thursday.")
    assert [(x.event_type, x.mode) for x in f] == [("RETREAT", "disarm")]


def test_typing_threatened_or_conditional_acts_are_not_events(nlp):
    assert types(nlp, "Al-Shabaab threatened to attack Kenyan cities unless Nairobi withdrew its troops.") == [
        "THREATEN"]
    assert types(nlp, "The rebels agreed on Tuesday to hand over their heavy weapons.")[0] == "AGREE"
    assert _subs(nlp, "The rebels agreed on Tuesday to hand over their heavy weapons.") == ["Agreement", None]


def test_typing_war_words_outside_war_are_not_events(nlp):
    assert types(nlp, "The film bombed at the box office in its opening weekend.") == []
    assert types(nlp, "Fans invaded the pitch after the final whistle.") == []
    assert types(nlp, "The two tech giants are locked in a price war over cloud services.") == []
    assert types(nlp, "The striker fired a shot into the top corner to give Arsenal the lead.") == []


def test_typing_force_at_a_protest(nlp):
    assert "Excessive force against protesters" in _subs(
        nlp, "Police shot dead 11 people during protests outside parliament on Tuesday.")
    f = frames(nlp, "Protesters threw stones and petrol bombs at police in Belfast on Wednesday night.")
    assert [(x.event_type, x.acled.sub_event_type) for x in f] == [("PROTEST", "Violent demonstration")]
    assert _subs(nlp, "Riot police arrested dozens of demonstrators in Minsk on Sunday.") == [
        "Protest with intervention"]


def test_typing_weapon_used_as_object_and_court_sentences(nlp):
    assert _subs(nlp, "Cult members released sarin on the Tokyo subway on March 20, 1995, killing 12 people.")[0] \
        == "Chemical weapon"
    f = frames(nlp, "A German court jailed a former intelligence officer for life on Thursday.")
    assert [(x.event_type, x.mode) for x in f] == [("SANCTION", "convict")]
    assert _subs(nlp, "The U.S. military built a new outpost in Deir ez-Zor province this week.") == [
        "Headquarters or base established"]


def test_typing_outbreak_of_clashes_is_a_battle_but_a_battle_to_survive_is_not(nlp):
    assert _subs(nlp, "Heavy clashes erupted overnight on the outskirts of the city between the army and rebels.") \
        == ["Armed clash"]
    assert types(nlp, "The company said it would cut 2,000 jobs in a battle to survive the downturn.") == []
    assert types(nlp, "Supporters of the jailed former prime minister gathered in Lahore on Friday.") == ["PROTEST"]


# --- generalisation round on events_dev3 (2026-11-23): each test is a construction, not an eval sentence ---


def _main(nlp, text):
    """(type, mode, sub-type) of every frame."""
    return [(f.event_type, f.mode, f.acled.sub_event_type if f.acled else None) for f in frames(nlp, text)]


def test_typing_taking_back_a_place_is_government_regains_territory(nlp):
    assert _subs(nlp, "Government forces won back the town of Kidal from separatist rebels on Monday.") == [
        "Government regains territory"]
    # the subject is a pronoun: taking back a place is what governments do unless rebels are named
    assert _subs(nlp, "The army said it had recaptured the town of Bama from the insurgents.") == [
        "Government regains territory"]
    assert _subs(nlp, "Rebels recaptured the town of Bama from the army on Sunday.") == [
        "Non-state actor overtakes territory"]
    assert _subs(nlp, "Troops restored government control over the port of Kismayo on Friday.") == [
        "Government regains territory"]
    assert "COERCE" not in types(nlp, "What city will be liberated next depends on the rebels, he said.")


def test_typing_gathering_or_blocking_a_road_to_demand_something_is_a_protest(nlp):
    assert _main(nlp, "Hundreds of nurses gathered outside the health ministry in Nairobi to demand back pay.") == [
        ("PROTEST", "demo", "Peaceful protest")]
    assert _main(nlp, "Farmers blocked the main highway with tractors on Monday, demanding lower fuel prices.") == [
        ("PROTEST", "obstruct", "Peaceful protest")]
    assert "PROTEST" not in types(nlp, "The party held a news conference in Lagos to condemn the killings.")


def test_typing_state_force_on_protesters_is_excessive_when_people_die(nlp):
    assert "Excessive force against protesters" in _subs(
        nlp, "Troops shot and killed at least nine people during protests in Conakry on Thursday.")
    assert "Excessive force against protesters" in _subs(
        nlp, "Police used live ammunition against student protesters in Dhaka on Monday, killing two students.")
    assert "Excessive force against protesters" in _subs(
        nlp, "Soldiers shot dead six people as they dispersed a crowd in the town square.")


def test_typing_protesting_people_and_rioters_acting_violently(nlp):
    assert set(_subs(nlp, "Farmers protesting against fuel prices hurled stones at police in Lima on Friday.")) == {
        "Violent demonstration"}
    f = frames(nlp, "Youths clashed with police in Lyon overnight, throwing fireworks and burning cars.")
    assert f and f[0].event_type == "PROTEST" and f[0].acled.sub_event_type == "Violent demonstration"


def test_typing_a_car_as_a_place_is_no_accident_but_a_car_as_a_cause_is(nlp):
    assert _main(nlp, "Armed men bundled a journalist into a car in Karachi on Tuesday.") == [
        ("ASSAULT", "abduct", "Abduction/forced disappearance")]
    assert _main(nlp, "Soldiers fired on a minibus at a checkpoint near Hama, killing three passengers.")[0][2] == \
        "Attack"
    assert types(nlp, "A man has died after being struck by a car in Leeds.") == []


def test_typing_negated_and_purpose_words_are_no_events(nlp):
    assert types(nlp, "There was no shooting in the city overnight, residents said.") == []
    assert "ASSAULT" not in types(nlp, "The rebels left the town without a fight on Sunday.")
    assert types(nlp, "Kenya deployed 500 police officers to Haiti on Friday to help fight the gangs.") == [
        "MOBILIZE"]


def test_typing_parts_of_another_event_are_not_events_of_their_own(nlp):
    assert types(nlp, "Police detained 30 people in raids across the capital on Tuesday.") == ["COERCE"]
    assert "CONSULT" not in types(nlp, "The two sides agreed to a ceasefire at talks in Geneva on Friday.")
    assert "ACCUSE" not in types(
        nlp, "Villagers attacked two health workers in Guinea on Monday, accusing them of spreading the virus.")
    assert "RETREAT" not in types(
        nlp, "The rebel commanders accepted a surrender deal that lets their fighters leave for the north.")


def test_typing_weapons_stopped_and_services_cut(nlp):
    assert _subs(nlp, "Air defences shot down a ballistic missile over Riyadh on Sunday.") == [
        "Disrupted weapons use"]
    assert _subs(nlp, "Soldiers found and destroyed a cache of explosives near Kirkuk.") == ["Disrupted weapons use"]
    assert _main(nlp, "Authorities cut mobile internet across the region on Saturday.") == [
        ("COERCE", "restrict", "Other")]
    assert _main(nlp, "The president ordered soldiers onto the streets of Quito on Tuesday.") == [
        ("MOBILIZE", "troops", "Change to group/activity")]


def test_typing_verbs_that_tell_an_attack_by_their_subject_or_object(nlp):
    f = frames(nlp, "A bomb tore through a crowded market in Baghdad on Monday, killing 12 people.")
    assert [(x.event_type, x.acled.sub_event_type) for x in f] == [("ASSAULT", "Remote explosive/landmine/IED")]
    assert f[0].counts["fatalities"].best == 12
    assert _main(nlp, "Attackers hacked two farmers to death with machetes near Beni.")[0][:2] == (
        "ASSAULT", "primitive")
    assert types(nlp, "Hackers hacked the ministry's website on Monday.") == ["COERCE"]
    f = frames(nlp, "Police baton-charged a rally of teachers in Lahore on Monday.")
    assert ("ASSAULT", "Protest with intervention") in [(x.event_type, x.acled.sub_event_type) for x in f]
    assert "PROTEST" in [x.event_type for x in f]
    assert _subs(nlp, "The car bomb in Mogadishu claimed the lives of 19 people.") == [
        "Remote explosive/landmine/IED"]


def test_typing_conditional_violence_is_a_threat(nlp):
    assert types(nlp, "The commander said his men would attack the city if the talks failed.") == ["THREATEN"]
    assert types(nlp, "The gang leader said his fighters would go to war unless the president resigned.") == [
        "THREATEN"]
    assert types(nlp, "The government vowed to respond with force to any further attack.") == ["THREATEN"]


def test_typing_fighting_that_kills_is_a_battle(nlp):
    assert _subs(nlp, "Fighting between two militias in Tripoli killed 15 people on Monday.") == ["Armed clash"]
    assert _subs(nlp, "Clashes between herders and farmers killed 20 people in Plateau state on Sunday.") == [
        "Armed clash"]


def test_typing_named_strike_is_aerial_and_march_the_month_is_no_protest(nlp):
    assert _subs(nlp, "An Israeli strike on a house in Gaza killed five people on Tuesday.") == ["Air/drone strike"]
    assert "Violent demonstration" not in _subs(nlp, "Gunmen killed five villagers in Zamfara in March.")
    f = frames(nlp, "The suicide blast in Quetta killed the bomber and five others.")
    assert f[0].acled.sub_event_type == "Suicide bomb" and f[0].counts["fatalities"].best == 6


def test_typing_lynching_is_mob_violence_and_riot_acts_join_the_riot(nlp):
    f = frames(nlp, "Villagers lynched a suspected thief in Bukavu on Tuesday, police said.")
    assert f[0].acled.sub_event_type == "Mob violence" and f[0].counts["fatalities"].best == 1
    f = frames(nlp, "Opposition supporters burned tyres and blocked roads in Conakry, clashing with security forces.")
    assert {(x.event_type, x.acled.sub_event_type) for x in f} == {("PROTEST", "Violent demonstration")}


def test_typing_refused_appealed_and_pledged_acts_are_not_done(nlp):
    assert types(nlp, "The government refused to release the detained journalists.") == ["REJECT"]
    assert types(nlp, "Relatives appealed to the kidnappers to free the priest.") == ["REQUEST"]
    assert types(nlp, "The militia's leader pledged to continue the fight until the city was freed.") == ["THREATEN"]
    assert types(nlp, "The European Union imposed sanctions on five Russian officials.") == ["SANCTION"]
    assert types(nlp, "The United States sent $50 million in humanitarian aid to Sudan.") == ["AID"]


def test_typing_a_bomb_at_a_rally_keeps_its_weapon(nlp):
    f = [x for x in frames(nlp, "A suicide bomber killed himself and 31 others at a rally in Karachi.")
         if x.event_type == "ASSAULT"]
    assert f and f[0].acled.sub_event_type == "Suicide bomb"
