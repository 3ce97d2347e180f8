"""Speed gates of session 14 must not change what is found: the time patterns skipped on a text without their gate
words, and the casualty scans that read the Doc's lemma and word columns before building a Token. Each gated result
is compared with the same code run with the gate opened (a set that holds every word, or no text gates)."""

from __future__ import annotations

import pytest

from newsevents.extract import casualties, times_detect
from newsevents.nlp import sentences


class _Everything(frozenset):
    """A gate that lets every word through (the code as it was before the gate)."""

    def __contains__(self, item: object) -> bool:
        return True


# one text per gated pattern, each holding a match of it
GATED_SAMPLES = {
    "year_range": "Fighting in 1998-99 and again in 2001 – 02 displaced thousands.",
    "deictic": "Police said today that the suspect fled last night; yesterday and this morning were calm.",
    "next_day": "The bodies were found the following morning near the border.",
    "unit": "Protesters gathered again over the weekend in the capital.",
    "floating": "Two days later the army withdrew; the week before, rebels had taken the town.",
    "in_week": "Talks resumed earlier in the week and will close at the end of the month.",
    "timeline_year": "Timeline\n2014 - the group seizes Mosul\n2017 - the city is retaken",
    "duration": "The town was under siege for more than three months and for a long time had no power.",
}
# a text holding no gate word of any gated pattern: every gated scan is skipped, and nothing is lost
NO_GATE_WORDS = "Gunmen attacked a police post in the north of the country, officials said."


def _found(text: str) -> list[tuple[int, int, str]]:
    mentions, rejections = times_detect._find(text)
    return [(m.start, m.end, m.kind) for m in mentions] + [(r.start, r.end, r.reason) for r in rejections]


@pytest.mark.parametrize("kind", sorted(GATED_SAMPLES))
def test_time_text_gates_keep_every_match(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = GATED_SAMPLES[kind]
    gated = _found(text)
    patterns = [p for k, p in times_detect.PATTERNS if k == kind]
    assert any(p.search(text) for p in patterns)  # the sample holds a match of the gated pattern
    assert not all(times_detect._gated_out(p, text) for p in patterns if p in times_detect._TEXT_GATES)
    monkeypatch.setattr(times_detect, "_TEXT_GATES", {})
    assert gated == _found(text)


def test_time_text_gates_skip_a_text_without_their_words(monkeypatch: pytest.MonkeyPatch) -> None:
    assert times_detect._TEXT_GATES
    assert all(times_detect._gated_out(p, NO_GATE_WORDS) for p in times_detect._TEXT_GATES)
    gated = _found(NO_GATE_WORDS)
    monkeypatch.setattr(times_detect, "_TEXT_GATES", {})
    assert gated == _found(NO_GATE_WORDS)


def test_a_gate_must_hold_a_word_of_each_match() -> None:
    # the check the gates rest on: a gate that missed a form would drop its matches ('Tonight' needs "onight")
    deictic = next(p for k, p in times_detect.PATTERNS if k == "deictic")
    assert not times_detect._gated_out(deictic, "Tonight the curfew starts.")
    assert times_detect._gated_out(deictic, "The curfew starts at dusk.")


# one form per text: a gate that missed any form of its pattern fails here
SINGLE_FORMS = [
    "in 1998-99", "from 2001 – 02", "Today", "yesterday", "Tomorrow", "tonight", "This evening", "last night",
    "the day before yesterday", "the day after tomorrow", "the previous night", "The next day", "over the weekend",
    "Hours later", "Days earlier", "weeks later", "the day before", "The next week", "the first Monday in May",
    "later in the year", "Early in the month", "at the beginning of the week", "At the end of the month",
    "2014 - the war", "for 3 days", "for a long time", "for some weeks", "for hours", "for nearly two years",
]


@pytest.mark.parametrize("text", SINGLE_FORMS)
def test_every_form_of_a_gated_pattern_passes_its_gate(text: str) -> None:
    matching = [p for _, p in times_detect.PATTERNS if p in times_detect._TEXT_GATES and p.search(text)]
    assert matching, text  # the form is one of a gated pattern's
    assert not any(times_detect._gated_out(p, text) for p in matching)


# one sentence per shape of casualties._unnumbered_harm, and counter-cases that tell no one hurt
HARM_SENTENCES = [
    "Its driver did not survive.",
    "The third survived with burns.",
    "A shopkeeper was found dead.",
    "The clashes left a policeman dead.",
    "Fico was hit by several shots.",
    "One died and the other lost a leg.",
    "A guard is in critical condition.",
    "Skripal and his daughter were poisoned.",
    "A constable sustained bullet injuries.",
    "A farmer was shot dead and his brother wounded.",
    # counter-cases: no person hurt
    "The team lost the first leg of the tie.",
    "The minister was found in his office.",
]


@pytest.mark.model
def test_harm_gate_keeps_every_unnumbered_victim(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    def run() -> list[list[tuple[str, int, str]]]:
        out = []
        for text in HARM_SENTENCES:
            doc = nlp(text)
            out.append([(rc.role, rc.count.best, rc.count.text) for s in sentences(doc)
                        for rc in casualties._one_hit_or_lost(s, [])])
        return out

    gated = run()
    assert sum(1 for found in gated if found) >= 6  # the shapes are read (the comparison below is not empty)
    assert gated[-2:] == [[], []]  # counter-cases: nobody
    monkeypatch.setattr(casualties, "_HARM_GATE", _Everything())
    assert run() == gated


@pytest.mark.model
@pytest.mark.parametrize("text, role, best", [
    ("Four soldiers were killed and the attacker was among the dead.", "fatalities", 5),
    ("He killed three people before turning the gun on himself.", "fatalities", 4),
    ("Troops neutralised a terrorist commander in the raid.", "fatalities", 1),
    ("No one was hurt in the blast.", "injured", 0),
    ("All the passengers escaped unhurt.", "injured", 0),
])
def test_column_gated_casualty_scans_still_count(nlp, text: str, role: str, best: int) -> None:  # noqa: F811
    doc = nlp(text)
    counts = casualties.merge([rc for s in sentences(doc) for rc in casualties.find_counts(s)])
    assert counts[role].best == best


@pytest.mark.model
def test_column_gated_casualty_scans_do_not_fire_on_other_words(nlp) -> None:  # noqa: F811
    doc = nlp("The attacker was among the first to arrive, and nobody said the passengers were unhurt.")
    counts = casualties.merge([rc for s in sentences(doc) for rc in casualties.find_counts(s)])
    assert "fatalities" not in counts
