"""Casualty counts, session 17 (second round): a mob's burning of people (the pair 'stoned and burned' where the
parser breaks it, one victim, a passive subject shared with the act before, 'set her body alight'); ranges the
parser reads as 'between'/'from' phrases; the hurt told by their care ('evacuated with burns', 'needed medical
help', 'in need of treatment', 'needing treatment'); a zero toll told alone in the next sentence, for an event added
to the sentence before; 'how many' is a question, not a count. Each shape has a sentence it must not fire on."""

from __future__ import annotations

import pytest
from test_casualties import _merged, nlp  # noqa: F401 (nlp is a fixture)


def _best(got, role):  # type: ignore[no-untyped-def]
    return got[role].best if role in got else None


@pytest.mark.model
def test_casualties_s17b_mob_burning_of_people(nlp):
    got = _merged(nlp, "In April 2023 residents of Canapé-Vert stoned and burned 13 suspected gang members taken "
                       "from a police vehicle.")
    assert _best(got, "fatalities") == 13
    got = _merged(nlp, "In Sokoto, a crowd of students stoned and burned a classmate after accusing her of "
                       "blasphemy; the state government has shut the college.")
    assert _best(got, "fatalities") == 1
    got = _merged(nlp, "A female student of the college was beaten and set ablaze by fellow students over alleged "
                       "blasphemous posts.")
    assert _best(got, "fatalities") == 1
    got = _merged(nlp, "Classmates dragged her from the security office, stoned her and set her body alight.")
    assert _best(got, "fatalities") == 1


@pytest.mark.model
def test_casualties_s17b_burning_things_is_no_death(nlp):
    for text in ("Rioters stoned and burned 13 police vehicles in the capital.",
                 "Rioters stoned and burned two buses and a car.",
                 "The car was stopped and set ablaze by rioters.",
                 "The officer was beaten and set free by his captors.",
                 "The mob set his car alight and fled.",
                 "Villagers burned 13 houses and stoned the police."):
        assert "fatalities" not in _merged(nlp, text), text


@pytest.mark.model
def test_casualties_s17b_a_burned_body_is_the_dead_counted_already(nlp):
    """Counter-case: 'set his body alight' after the killing is the same man, not one more."""
    got = _merged(nlp, "Gunmen killed a farmer and set his body alight.")
    assert _best(got, "fatalities") == 1


@pytest.mark.model
def test_casualties_s17b_ranges_read_as_prepositions(nlp):
    got = _merged(nlp, "Security sources said between 20 and 25 assailants were neutralised.")
    assert (got["fatalities"].best, got["fatalities"].high) == (20, 25)
    got = _merged(nlp, "A paper says JNIM fighters killed somewhere from 200 to 600 residents of Barsalogho.")
    assert (got["fatalities"].best, got["fatalities"].high) == (200, 600)


@pytest.mark.model
def test_casualties_s17b_between_that_is_no_range(nlp):
    assert "fatalities" not in _merged(nlp, "Fighting between 20 soldiers and the rebels lasted for hours.")
    assert _best(_merged(nlp, "Officials revised the toll from the market bombing down from 20 to 14."),
                 "fatalities") == 14


@pytest.mark.model
def test_casualties_s17b_hurt_told_by_their_care(nlp):
    got = _merged(nlp, "Drones dropped gas grenades on the trenches; two soldiers were evacuated with eye and lung "
                       "injuries.")
    assert _best(got, "injured") == 2
    assert _best(_merged(nlp, "Two men were evacuated with burns to the throat."), "injured") == 2
    got = _merged(nlp, "Riot police used pepper spray on the crowd; 27 protesters needed medical help.")
    assert _best(got, "injured") == 27 and "size" not in got
    got = _merged(nlp, "Guards used pepper spray, leaving some 20 marchers in need of treatment.")
    assert _best(got, "injured") == 20
    got = _merged(nlp, "The sarin attack killed 13 people and left some 6,000 needing treatment.")
    assert _best(got, "injured") == 6000


@pytest.mark.model
def test_casualties_s17b_care_that_is_no_harm(nlp):
    for text in ("Residents were evacuated with their belongings after the shelling.",
                 "Two hundred villagers were evacuated with the wounded after the attack.",
                 "27 protesters needed help to carry the banners.",
                 "The flood left some 2,000 families in need of food."):
        assert "injured" not in _merged(nlp, text), text


@pytest.mark.model
def test_casualties_s17b_how_many_is_no_count(nlp):
    assert "fatalities" not in _merged(nlp, "How many died at Barsalogho?")
    assert _best(_merged(nlp, "Many died at Barsalogho."), "fatalities") is not None


@pytest.mark.model
def test_casualties_s17b_a_zero_told_next_belongs_to_the_sentence_before(nlp):
    from newsevents.extract.casualties_carry import unclaimed

    doc = nlp("An observer team heard at least 14 artillery rounds land near the airstrip. No one was hurt.")
    first = next(iter(doc.sents))
    got = unclaimed(first, [])
    assert _best(got, "fatalities") == 0 and _best(got, "injured") == 0


@pytest.mark.model
def test_casualties_s17b_a_number_told_next_is_not_taken(nlp):
    """Counter-cases: a number in the next sentence may be another incident's; a zero in another paragraph."""
    from newsevents.extract.casualties_carry import unclaimed

    doc = nlp("An observer team heard artillery rounds land near the airstrip. Two people were hurt.")
    assert unclaimed(next(iter(doc.sents)), []) == {}
    doc = nlp("An observer team heard artillery rounds land near the airstrip.\n\nNo one was hurt.")
    assert unclaimed(next(iter(doc.sents)), []) == {}


@pytest.mark.model
def test_casualties_s17b_one_attack_takes_a_toll_left_on_another_frame():
    from newsevents.library import extract

    events = extract("Russian drones dropped grenades filled with CS gas on trenches near Avdiivka; two soldiers "
                     "were evacuated with eye and lung injuries.", published="2024-03-05").events
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].injured is not None and attacks[0].injured.best == 2


@pytest.mark.model
def test_casualties_s17b_beaten_then_burned_are_counted_once(nlp):
    """Review of session 17: the people counted as beaten and then set ablaze ('them') died: one count, not injured
    and dead both; counter-case: beaten then arrested stay injured."""
    got = _merged(nlp, "A crowd beat two suspected thieves and set them ablaze.")
    assert (_best(got, "fatalities"), _best(got, "injured")) == (2, None)
    got = _merged(nlp, "Police beat two protesters and arrested them.")
    assert (_best(got, "fatalities"), _best(got, "injured")) == (None, 2)
