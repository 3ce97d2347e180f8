"""`eval/incidents.py::lead_event`, the event a report is filed under: its first act of violence in the order of the
words."""

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


def test_attacks_of_one_sentence_in_the_order_of_their_words_not_their_ids() -> None:
    lead = load_script("eval/incidents.py").lead_event
    events = [_event("a", "ASSAULT", "shelled"), _event("z", "ASSAULT", "bombing")]
    assert lead(events).id == "z"


def test_an_act_of_violence_leads_before_an_earlier_appeal() -> None:
    """An arrest is an act of violence: it leads before an appeal that stands before it in the text."""
    lead = load_script("eval/incidents.py").lead_event
    first = "The families appealed for calm. "
    events = [_event("x", "REQUEST", "appealed", first), _event("y", "COERCE", "arrested", start=len(first))]
    assert lead(events).id == "y"
