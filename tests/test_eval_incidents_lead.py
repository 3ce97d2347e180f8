"""`eval/incidents.py::lead_event`, the event a report is filed under: its first attack in the order of the words,
an arrest or a curfew only when it tells no attack."""

from __future__ import annotations

from conftest import load_script

from newsevents.models import Event, EventDate, TextSpan

SENTENCE = ("Police arrested two men on Sunday over the bombing of the market on Friday, which killed six people, "
            "and the army shelled hideouts.")


def _event(eid: str, etype: str, word: str, sentence: str = SENTENCE, start: int = 0) -> Event:
    at = sentence.index(word)
    return Event(id=eid, doc_id="d", event_type=etype, trigger=TextSpan(word, (start + at, start + at + len(word))),
                 sentence=TextSpan(sentence, (start, start + len(sentence))), actors=[], mode=None,
                 date=EventDate("2024-05-03", "day"), location=None, fatalities=None, injured=None)


def test_an_attack_comes_before_an_arrest_that_follows_it() -> None:
    lead = load_script("eval/incidents.py").lead_event
    events = [_event("a", "COERCE", "arrested"), _event("b", "ASSAULT", "bombing")]
    assert lead(events).id == "b"


def test_attacks_of_one_sentence_in_the_order_of_their_words_not_their_ids() -> None:
    lead = load_script("eval/incidents.py").lead_event
    events = [_event("a", "ASSAULT", "shelled"), _event("z", "ASSAULT", "bombing")]
    assert lead(events).id == "z"


def test_an_arrest_leads_a_report_without_an_attack() -> None:
    """Counter-case: with no attack at all, the first other act of violence leads, before an appeal."""
    lead = load_script("eval/incidents.py").lead_event
    later = "The families appealed for calm."
    events = [_event("x", "REQUEST", "appealed", later, start=len(SENTENCE) + 1), _event("y", "COERCE", "arrested")]
    assert lead(events).id == "y"
