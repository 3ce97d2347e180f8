"""Coreference of organisations on hand-built docs."""

from __future__ import annotations

import spacy

from newsevents.extract.coref import resolve
from newsevents.models import ActorRef


def _doc(text: str):  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def _m(text: str, doc_text: str, actor_id: str, kind: str = "armed_group") -> ActorRef:
    start = doc_text.index(text)
    return ActorRef(text=text, span=(start, start + len(text)), actor_id=actor_id, name=text, kind=kind)


def test_description_refers_back_to_the_named_group() -> None:
    text = "Boko Haram attacked Maiduguri. The group later released a video."
    out = resolve(_doc(text), [_m("Boko Haram", text, "BH")])
    new = [m for m in out if m.via == "coreference"]
    assert [(m.text, m.actor_id) for m in new] == [("The group", "BH")]
    assert new[0].confidence < 1.0


def test_description_skips_group_named_later_in_same_sentence() -> None:
    text = "Al-Qaeda held talks. The militant group claimed affiliation with the Islamic State."
    mentions = [_m("Al-Qaeda", text, "AQ"), _m("Islamic State", text, "ISIS")]
    new = [m for m in resolve(_doc(text), mentions) if m.via == "coreference"]
    assert [(m.text, m.actor_id) for m in new] == [("The militant group", "AQ")]


def test_persons_are_not_antecedents() -> None:
    text = "Abubakar Shekau spoke. Its leader was killed."
    new = [m for m in resolve(_doc(text), [_m("Abubakar Shekau", text, "SHEKAU", "person")])
           if m.via == "coreference"]
    assert new == []


def test_possessive_leader_refers_to_group() -> None:
    text = "Al-Shabaab struck a base. Its leader praised the attack."
    new = [m for m in resolve(_doc(text), [_m("Al-Shabaab", text, "SHABAAB")]) if m.via == "coreference"]
    assert [(m.text, m.actor_id) for m in new] == [("Its", "SHABAAB")]
