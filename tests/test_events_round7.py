"""Round 7 of event typing: follow-up reports that name an attack only by a noun pinned to one incident (its
date, target or place) or by a group's claim, deaths told without a violent verb ('died when', 'left N dead', a
toll), counts beside a territory frame, and non-violent words inside violent news."""

from __future__ import annotations

import pytest

from test_typing import frames, nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def types_of(nlp, text):
    return {f.event_type for f in frames(nlp, text)}


def counts_of(nlp, text):
    return {role: c.best for f in frames(nlp, text) for role, c in f.counts.items()}


def test_a_claimed_attack_is_reported(nlp):
    assert types_of(nlp, "Boko Haram claimed the ambush in a video sent to reporters.") == {"ASSAULT"}
    assert "ASSAULT" in types_of(nlp, "The Pakistani Taliban claimed responsibility for the bombing on Sunday.")
    # no claim, or a claim denied, tells no attack of its own
    assert types_of(nlp, "There was no claim of responsibility for the attack.") == set()
    assert "ASSAULT" not in types_of(nlp, "The Taliban denied carrying out the rocket attack on the airport.")


def test_an_attack_pinned_by_date_or_target_is_reported_in_a_follow_up(nlp):
    assert "ASSAULT" in types_of(nlp, "Victims of Sunday's attack on a church in Owo were buried on Thursday.")
    assert "ASSAULT" in types_of(nlp, "Pupils who survived last week's raid on their school returned to class.")
    assert "ASSAULT" in types_of(nlp, "A woman suspected of Monday night's stabbing at a concert was charged.")
    # an unpinned reference stays a reference, and arrests 'in connection with' an attack are only arrests
    assert types_of(nlp, "Survivors of the attack described what they saw.") == set()
    assert types_of(nlp, "Police arrested three men in connection with the attack on a judge.") == {"COERCE"}


def test_deaths_told_without_a_violent_verb_keep_their_counts(nlp):
    assert counts_of(nlp, "The raiders killed a total of 12 villagers.") == {"fatalities": 12}
    f = [f for f in frames(nlp, "Clashes north of the town left at least 18 people dead.") if f.event_type == "ASSAULT"]
    assert f and f[0].counts["fatalities"].best == 18
    f = [f for f in frames(nlp, "Fighting near the border left 40 people dead.") if f.event_type == "ASSAULT"]
    assert f and f[0].acled.sub_event_type == "Armed clash"  # a gerund subject with a toll is a battle
    # tear gas is a weapon, not a gas leak
    assert "ASSAULT" in types_of(nlp, "A marcher died after being struck by a tear-gas canister in Lima.")


def test_a_territory_frame_carries_the_dead_when_no_attack_is_told(nlp):
    text = "The army recaptured the town after clashes in which 11 rebels and 3 soldiers died."
    f = [f for f in frames(nlp, text) if f.event_type == "COERCE"]
    assert f and f[0].counts["fatalities"].best == 14
    # with an attack frame in the sentence, the dead stay with the attack
    f = {fr.event_type: fr for fr in frames(nlp, "Rebels seized the base and killed 9 soldiers.")}
    assert f["ASSAULT"].counts["fatalities"].best == 9 and "fatalities" not in f["COERCE"].counts


def test_words_of_the_attackers_or_the_public_are_part_of_the_violence(nlp):
    assert types_of(nlp, "The bandits demanded cash from the driver before shooting him dead.") == {"ASSAULT"}
    assert types_of(nlp, "The kidnappers demanded a ransom for the nurses abducted on Monday.") == {"ASSAULT"}
    assert types_of(nlp, "Militants accused the men of collaborating with the army and beheaded them.") == {"ASSAULT"}
    assert types_of(nlp, "Police urged residents to stay indoors after a gunman shot three people.") == {"ASSAULT"}
    # a state's demand stays a request, also beside violence
    assert "REQUEST" in types_of(nlp, "Kenya demanded the extradition of the men who bombed the mall.")


def test_a_pinned_or_claimed_attack_gets_its_acled_sub_type(nlp):
    subs = {f.acled.sub_event_type for f in frames(nlp, "Flags flew at half mast after the ambush on an army convoy "
                                                        "near Menaka.") if f.acled}
    assert subs == {"Armed clash"}
    subs = {f.acled.sub_event_type for f in frames(nlp, "Al-Shabaab claimed responsibility for the attack.") if f.acled}
    assert subs == {"Attack"}


def test_arrests_at_a_protest_are_the_intervention(nlp):
    fs = frames(nlp, "Riot police detained dozens of nurses protesting against unpaid wages in Accra.")
    assert {f.acled.sub_event_type for f in fs if f.event_type == "COERCE" and f.acled} == {"Protest with intervention"}
    # a rally still to come met no intervention: the arrests stay arrests
    fs = frames(nlp, "Police arrested 60 opposition activists in night raids ahead of a planned rally.")
    assert {f.acled.sub_event_type for f in fs if f.event_type == "COERCE" and f.acled} == {"Arrests"}


def test_a_township_taken_by_rebels_is_territory(nlp):
    fs = frames(nlp, "The rebels captured the township after two days of fighting.")
    assert {f.acled.sub_event_type for f in fs if f.event_type == "COERCE" and f.acled} == {
        "Non-state actor overtakes territory"}


def test_a_visit_of_condolence_is_no_consultation(nlp):
    assert types_of(nlp, "The president visited the wounded in hospital on Sunday.") == set()
    assert types_of(nlp, "The Kenyan president visited Kampala on Monday.") == {"CONSULT"}


def test_a_toll_updated_keeps_the_attack_and_its_dead(nlp):
    assert counts_of(nlp, "By Sunday the toll had climbed to 26.") == {"fatalities": 26}
    subs = {f.acled.sub_event_type for f in frames(nlp, "The death toll from the shelling of the market rose to 12.")
            if f.acled}
    assert subs == {"Shelling/artillery/missile attack"}
    # a road toll and a disaster's toll are no attack
    assert types_of(nlp, "The state's holiday road toll has risen to nine.") == set()
    assert types_of(nlp, "The death toll from the floods rose to 300.") == set()


def test_a_rally_attacked_by_a_noun_is_the_target_not_a_protest(nlp):
    assert types_of(nlp, "The bomb attack on the election rally left 12 dead.") == {"ASSAULT"}
    # the attackers of a clause before ('before withdrawing') are the subject of what they asked
    assert types_of(nlp, "The gunmen shot four guards before demanding the keys to the vault.") == {"ASSAULT"}


def test_fighting_before_a_place_was_taken_is_background(nlp):
    text = "Rebels took control of the town after a battle in which 14 policemen were killed."
    fs = frames(nlp, text)
    assert {f.event_type for f in fs} == {"COERCE"}
    assert fs[0].counts["fatalities"].best == 14
    fs = frames(nlp, "The army retook the village after fighting in which 8 insurgents were killed.")
    assert {f.event_type for f in fs} == {"COERCE"}
    # without a place taken, the dead of the fighting stay an attack of their own
    assert "ASSAULT" in types_of(nlp, "Elders met the governor after a raid in which 6 militants were killed.")


def test_a_finite_verb_after_a_request_is_done_not_asked(nlp):
    assert types_of(nlp, "The raiders asked the herders to hand over their cattle and shot three who resisted.") \
        == {"ASSAULT"}
    # an act inside the infinitive is still only asked for
    assert "ASSAULT" not in types_of(nlp, "The governor urged the army to attack the camps.")


def test_violence_between_two_groups_is_a_clash(nlp):
    subs = {f.acled.sub_event_type for f in frames(nlp, "Gunfire between rival militias in Tripoli left 9 people dead.")
            if f.acled}
    assert subs == {"Armed clash"}


def test_troops_pouring_in_are_mobilised(nlp):
    assert "MOBILIZE" in types_of(nlp, "Soldiers poured into the border district on Friday.")
    assert types_of(nlp, "Fans streamed into the stadium before kick-off.") == set()


def test_a_protest_prevented_met_an_intervention(nlp):
    subs = {f.acled.sub_event_type for f in frames(nlp, "Police stopped opposition supporters from holding a rally "
                                                        "in Kampala.") if f.acled}
    assert subs == {"Protest with intervention"}
    subs = {f.acled.sub_event_type for f in frames(nlp, "Opposition supporters held a rally in Kampala.") if f.acled}
    assert subs == {"Peaceful protest"}
