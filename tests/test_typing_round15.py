"""Round 15 of event typing and casualties (session 11), error classes shared by the tuning sets: a sentence's toll
that two trigger words of one attack leave on neither or split between them goes whole to its main attack
(casualties_carry.gather), "no one was hurt" is nobody killed or hurt, "no life was lost", a zero told beside a
protest or an arrest with no attack, a list of parts the parser splits into two subjects, and "harmed"."""

from __future__ import annotations

import pytest

from test_casualties import _merged, _triple
from test_typing import nlp  # noqa: F401  (nlp: the module's model fixture, shared)

pytestmark = pytest.mark.model


def _frames(nlp, text):
    """Frames per sentence after carry (what events.run and eval/events.py read)."""
    from newsevents.extract.casualties_carry import carry
    from newsevents.extract.typing import analyse

    sents = list(nlp(text).sents)
    return [f for fs in carry(sents, [analyse(s) for s in sents]) for f in fs]


def _toll(nlp, text):
    """Each role's figure, from the first frame that has one (as eval/events.py reads a sentence)."""
    out: dict[str, int | None] = {}
    for f in _frames(nlp, text):
        for role, c in f.counts.items():
            out.setdefault(role, c.best)
    return out


def test_toll_left_on_neither_attack_word_goes_to_the_main_attack(nlp):
    text = ("Two soldiers lost their lives and five others sustained injuries on Sunday when terrorists in gun trucks "
            "stormed a military base in Marte, before being repelled, sources said.")
    assert _toll(nlp, text) == {"fatalities": 2, "injured": 5}
    text = ("The fighting began when militants ambushed a convoy of troops near Bulo Burte, a local elder said, "
            "adding that four soldiers and seven militants died.")
    assert _toll(nlp, text)["fatalities"] == 11
    # counter-case: the toll is given once, not to each attack word of the sentence
    attacks = [f for f in _frames(nlp, text) if f.event_type == "ASSAULT"]
    assert len(attacks) >= 2 and sum("fatalities" in f.counts for f in attacks) == 1


def test_toll_split_between_two_attack_words_is_added(nlp):
    text = ("Gunmen armed with machetes entered the camp and killed nine residents in their shelters; three more died "
            "of their injuries in hospital the next day.")
    assert _toll(nlp, text)["fatalities"] == 12
    # counter-case: one attack word with its own toll is left as it is
    assert _toll(nlp, "Gunmen armed with machetes killed nine residents of the camp in their shelters.") == {
        "fatalities": 9}


def test_no_one_hurt_is_nobody_killed_or_hurt(nlp):
    text = "A hand grenade went off outside an apartment block overnight, but no one was hurt, police said."
    assert _toll(nlp, text) == {"fatalities": 0, "injured": 0}
    text = "A bomb exploded near the market in the early hours; nobody was harmed."
    assert _toll(nlp, text) == {"fatalities": 0, "injured": 0}
    # 'no one was injured' or 'did not hurt anyone' where no death is named: nobody killed either (round 18)
    assert _toll(nlp, "A bomb exploded near the market in the early hours; no one was injured.") == {
        "fatalities": 0, "injured": 0}
    assert _toll(nlp, "Gunmen fired at the convoy but did not hurt anyone.") == {"fatalities": 0, "injured": 0}
    # counter-case: a death named beside the unhurt keeps its own count
    assert _toll(nlp, "Gunmen killed two guards at the gate; no one else was injured.")["fatalities"] == 2


def test_harmed_people_are_hurt(nlp):
    assert _triple(_merged(nlp, "Gunmen attacked the convoy and harmed three guards.")["injured"]) == (3, 3, 3)
    # counter-case: what is harmed is not people
    assert _merged(nlp, "The strike harmed relations between the two countries.") == {}


def test_no_life_lost_is_a_zero_toll(nlp):
    text = "Hoodlums set a police station ablaze in the early hours and freed suspects, but no life was lost."
    assert _toll(nlp, text) == {"fatalities": 0}
    # counter-cases: a life lost is no zero, and 'no life was spared' is no count at all
    assert _toll(nlp, "Hoodlums set a police station ablaze in the early hours and one life was lost.").get(
        "fatalities") != 0
    assert "fatalities" not in _merged(nlp, "The militants said no life was spared in the village.")


def test_zero_beside_a_protest_or_arrests_goes_to_it(nlp):
    text = "Protesters marched in Lima and were pushed back by police with tear gas; no injuries reported."
    assert _toll(nlp, text) == {"fatalities": 0, "injured": 0}
    text = ("Riot police detained dozens of demonstrators who had gathered in the square, without reported injuries, "
            "local media wrote.")
    assert _toll(nlp, text).get("injured") == 0
    # counter-case: a figure that is not zero is not given to a protest (it may be another incident's)
    text = "Thousands marched through Lima to remember the 15 people killed in last year's crackdown."
    assert "fatalities" not in _toll(nlp, text)


def test_list_of_parts_split_into_two_subjects_is_added(nlp):
    text = ("Troops declared the city free of militants after five months of fighting in which more than 900 gunmen, "
            "165 soldiers and police officers and 47 civilians died.")
    assert _merged(nlp, text)["fatalities"].best == 1112
    # counter-cases: a total opening its parts, and a total with 'including', stay the total
    assert _merged(nlp, "Gunmen killed 15 people, 10 soldiers and 5 civilians, in the attack.")["fatalities"].best == 15
    assert _merged(nlp, "The attack killed 12 people, including five soldiers and seven civilians.")[
        "fatalities"].best == 12


def test_treated_people_beside_an_attack_are_counted(nlp):
    text = ("Doctors said they treated 23 people, most of them women and children, for choking after helicopters "
            "dropped barrels that gave off a smell of chlorine.")
    assert _toll(nlp, text).get("injured") == 23
    # counter-case: no attack, no toll
    assert _toll(nlp, "Doctors said they treated 23 people for food poisoning after a wedding feast.") == {}


def test_attacker_killed_by_responders_is_not_added_to_the_toll(nlp):
    text = "The attack left one officer dead and three people wounded before police shot and killed the attacker."
    assert _toll(nlp, text) == {"fatalities": 1, "injured": 3}
    # counter-case: a victim of the same kind told in the second clause is added
    text = ("Gunmen armed with machetes entered the camp and killed nine residents in their shelters; three more died "
            "of their injuries in hospital the next day.")
    assert _toll(nlp, text)["fatalities"] == 12
