"""Casualty counts, session 16: a next sentence's toll that fills the role the attack lacks, a running count told
'so far', harm words of the next-sentence gate, a bare number in critical condition, and people 'shot dead' in a
reduced relative clause. Each shape has a sentence it must not fire on."""

from __future__ import annotations

import pytest
from test_casualties import _merged, _triple, nlp  # noqa: F401 (nlp is a fixture)


def _attack(text: str):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    attacks = [e for e in extract(text, published="2024-03-05").events if e.event_type == "ASSAULT"]
    assert attacks
    return attacks[0]


def _best(count):  # type: ignore[no-untyped-def]
    return None if count is None else count.best


@pytest.mark.model
def test_casualties_s16_next_sentence_gives_the_role_the_attack_lacks() -> None:
    attack = _attack("Gunmen killed 148 people in attacks on villages in Bokkos. About three hundred injured persons "
                     "are receiving treatment in hospitals.")
    assert _best(attack.fatalities) == 148 and _best(attack.injured) == 300
    attack = _attack("Drones attacked two residential buildings in Kharkiv overnight, injuring nine people. There were "
                     "no fatalities.")
    assert _best(attack.injured) == 9 and _best(attack.fatalities) == 0
    # a role the attack has already is not carried over: a second figure for the same dead is no missing count
    attack = _attack("Gunmen killed five villagers in Bokkos on Sunday. Three people died in hospital.")
    assert _best(attack.fatalities) == 5


@pytest.mark.model
def test_casualties_s16_a_running_count_so_far_is_carried() -> None:
    attack = _attack("Bandits raided villages in Zamfara at dusk. Twelve bodies have been recovered so far, the "
                     "governor says.")
    assert _best(attack.fatalities) == 12
    # a count summing up a period is not this attack's
    attack = _attack("Bandits raided villages in Zamfara at dusk. Some 300 bodies have been recovered so far in the "
                     "conflict.")
    assert _best(attack.fatalities) != 300


@pytest.mark.model
def test_casualties_s16_gate_knows_poisoned_and_fatalities() -> None:
    from newsevents.extract.casualties_carry import _HARM

    assert _HARM.search("Two men were poisoned and have been taken to hospital.")
    assert _HARM.search("There were no fatalities.")
    assert not _HARM.search("The two men have been taken in for questioning.")


@pytest.mark.model
def test_casualties_s16_a_bare_number_in_critical_condition(nlp):
    got = _merged(nlp, "The police officer says three constables died on the spot and two are in critical condition.")
    assert _triple(got["fatalities"]) == (3, 3, 3) and got["injured"].best == 2
    # things in a critical condition are no one hurt
    got = _merged(nlp, "Two bridges are in critical condition after the floods.")
    assert "injured" not in got


@pytest.mark.model
def test_casualties_s16_shot_dead_in_a_reduced_relative(nlp):
    got = _merged(nlp, "Mourners carry the coffins of five farmworkers shot dead by suspected FARC dissidents in rural "
                       "Cauca on Tuesday.")
    assert got["fatalities"].best == 5
    # shot and not told dead is no death
    got = _merged(nlp, "Mourners carry the banners of five farmworkers shot in the legs by police on Tuesday.")
    assert "fatalities" not in got


def _frames(text: str, event_type: str):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    return [e for e in extract(text, published="2024-03-05").events if e.event_type == event_type]


@pytest.mark.model
def test_casualties_s16_next_sentence_toll_goes_to_a_riot_or_a_town_taken() -> None:
    riots = _frames("Rioters set fire to shops and vehicles in Noumea overnight as protests over voting reform turned "
                    "violent. No casualties were reported.", "PROTEST")
    assert any(_best(e.fatalities) == 0 and _best(e.injured) == 0 for e in riots)
    taken = _frames("M23 rebels captured Minova on the shore of Lake Kivu after clashes with the army. Health workers "
                    "said they had counted at least 18 bodies in the streets.", "COERCE")
    assert any(_best(e.fatalities) == 18 for e in taken)
    # when the sentence tells an attack too (the injuring), the toll is the attack's, not the protest's
    marches = _frames("Thousands of protesters marched on parliament and 20 of them were injured. Two people died in "
                      "hospital.", "PROTEST")
    assert all(e.fatalities is None for e in marches)


@pytest.mark.model
def test_casualties_s16_unclaimed_toll_told_by_participles_and_lynching(nlp):
    from newsevents.extract.casualties_carry import _HARM, unclaimed

    for text in ("Two suicide bombers hit the market on Sunday, killing 32 people and wounding 110.",
                 "Fans were chased through the old town; three were taken to hospital."):
        assert _HARM.search(text)
    got = unclaimed(nlp("Two suicide bombers hit the market on Sunday, killing 32 people and wounding 110.")[:], [])
    assert got["fatalities"].best == 32 and got["injured"].best == 110
    # the gate stays shut on a sentence with no word of harm
    assert not _HARM.search("Two suicide bombers hit the market on Sunday, police said, and 32 people were detained.")
    assert not unclaimed(nlp("Police said 32 people were detained after the march on Sunday.")[:], [])


@pytest.mark.model
def test_casualties_s16_none_killed_with_the_was_left_out(nlp):
    got = _merged(nlp, "Four people were injured, none killed.")
    assert got["injured"].best == 4 and _triple(got["fatalities"]) == (0, 0, 0)
    got = _merged(nlp, "The gunfight left the walls riddled with bullets but nobody hurt.")
    assert got["fatalities"].best == 0 and got["injured"].best == 0
    # an active verb with an object, and a participle that is the subject's, say nothing of a toll
    assert "injured" not in _merged(nlp, "No one hurt the prisoners, the guards insisted.")
    assert "fatalities" not in _merged(nlp, "Nobody killed in the raid was armed, the families said.")


@pytest.mark.model
def test_casualties_s16_an_aside_between_the_count_and_its_verb(nlp):
    got = _merged(nlp, "The provincial governor says 31 people, most of them women and children, were killed in the "
                       "strikes.")
    assert got["fatalities"].best == 31
    got = _merged(nlp, "Officials claimed 31 people, mostly farmers, were killed.")
    assert got["fatalities"].best == 31
    # an aside followed by another clause: the count keeps its own verb
    got = _merged(nlp, "The army says it detained 46 people, most of them students, and two officers were injured.")
    assert got["arrested"].best == 46 and got["injured"].best == 2 and "fatalities" not in got


@pytest.mark.model
def test_casualties_s16_communique_martyrs_and_enemies_sent_to_hell(nlp):
    assert _merged(nlp, "Two policemen embraced shahadat.")["fatalities"].best == 2
    got = _merged(nlp, "Four soldiers embraced martyrdom while six khwarij were sent to hell during an exchange of "
                       "fire.")
    assert got["fatalities"].best == 10  # one side's martyrs and the other's dead, added up
    # sent anywhere but to hell is no death, and two tellers' figures for the same dead are not added
    got = _merged(nlp, "Two khwarij were sent to Peshawar for trial.")
    assert "fatalities" not in got
    got = _merged(nlp, "Police said 12 people were killed and the army said 15 died.")
    assert got["fatalities"].best == 12
