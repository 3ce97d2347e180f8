"""Provisional actors: a name the knowledge base does not know becomes a provisional armed group only when it is an
organisation's; a toponym ("in Bannu district"), a person's name ("President Guillermo Lasso") or a capitalised
common noun ("Shells hit the market") never does."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.extract.actors import find_mentions
from newsevents.extract.relations import as_unknown_name
from newsevents.geo.gazetteer import Candidate
from newsevents.models import ActorRef


class _Gazetteer:
    """A gazetteer that knows a few places by name."""

    def __init__(self, *names: str) -> None:
        self.names = {n.lower() for n in names}

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        if name.lower() not in self.names:
            return ()
        return (Candidate(1, 1, name, 0.0, 0.0, "XX", None, "PPL", 1000, "name"),)


def _doc(words: list[str], ents: list[str], tags: list[str] | None = None) -> Doc:
    """A hand-built Doc: ents like 'B-ORG', 'I-ORG', 'O' per word; one sentence; no space before "'s"."""
    spaces = [i + 1 < len(words) and words[i + 1] != "'s" for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents, tags=tags or ["NNP"] * len(words),
               sent_starts=[True] + [False] * (len(words) - 1))


def _ids(doc: Doc, gaz: _Gazetteer) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.actor_id, m.kind) for m in find_mentions(doc, gazetteer=gaz)]  # type: ignore[arg-type]


def test_a_known_toponym_after_in_is_no_actor() -> None:
    doc = _doc(["Militants", "attacked", "a", "checkpost", "in", "Bannu", "district"],
               ["O", "O", "O", "O", "O", "B-PERSON", "O"])
    assert not any(t == "Bannu" for t, _, _ in _ids(doc, _Gazetteer("Bannu")))


def test_an_org_labelled_place_before_a_feature_word_is_no_actor() -> None:
    doc = _doc(["Gunmen", "raided", "Faladie", "village"], ["O", "O", "B-ORG", "O"])
    assert not any(t == "Faladie" for t, _, _ in _ids(doc, _Gazetteer("Faladie")))


def test_a_place_name_closed_by_a_feature_word_is_no_actor() -> None:
    doc = _doc(["Fighting", "spread", "across", "North", "Kivu", "Province"],
               ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG"])
    assert all(i != "PROV_NORTH_KIVU_PROVINCE" for _, i, _ in _ids(doc, _Gazetteer("North Kivu")))


def test_a_places_landmark_is_no_actor() -> None:
    doc = _doc(["A", "bomb", "hit", "Lyon", "'s", "Part-Dieu", "station"],
               ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert all(i is None or "LYON" not in i for _, i, _ in _ids(doc, _Gazetteer("Lyon")))


def test_an_unknown_organisation_is_still_provisional() -> None:
    doc = _doc(["The", "Tigris", "Vanguard", "attacked", "a", "post", "in", "Bannu"],
               ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-GPE"])
    assert ("Tigris Vanguard", "PROV_TIGRIS_VANGUARD", "organisation") in _ids(doc, _Gazetteer("Bannu"))


def test_a_group_province_named_after_a_place_stays_a_group() -> None:
    # not after a locative word: "the Islamic State's Yemen Province clashed with ..." names a group
    doc = _doc(["Yemen", "Province", "clashed", "with", "AQAP"], ["B-ORG", "I-ORG", "O", "O", "O"])
    assert ("Yemen Province", "PROV_YEMEN_PROVINCE", "organisation") in _ids(doc, _Gazetteer("Yemen"))


def test_a_sentence_initial_common_noun_is_no_actor() -> None:
    doc = _doc(["Shells", "hit", "the", "market"], ["B-ORG", "O", "O", "O"], tags=["NNS", "VBD", "DT", "NN"])
    assert _ids(doc, _Gazetteer()) == []


def test_a_persons_name_is_a_person_without_an_actor_id() -> None:
    doc = _doc(["Gunmen", "shot", "Fernando", "Villavicencio"], ["O", "O", "B-PERSON", "I-PERSON"])
    assert ("Fernando Villavicencio", None, "person") in _ids(doc, _Gazetteer())


def test_a_titled_name_the_model_took_for_an_organisation_is_a_person() -> None:
    doc = _doc(["President", "Guillermo", "Lasso", "spoke"], ["O", "B-ORG", "I-ORG", "O"])
    assert ("Guillermo Lasso", None, "person") in _ids(doc, _Gazetteer())


def test_a_group_the_model_took_for_a_person_stays_provisional() -> None:
    doc = _doc(["The", "Ansar", "Brigade", "attacked"], ["O", "B-PERSON", "I-PERSON", "O"])
    assert ("Ansar Brigade", "PROV_ANSAR_BRIGADE", "organisation") in _ids(doc, _Gazetteer())


def test_relations_read_a_person_as_an_unknown_name() -> None:
    ref = ActorRef(text="Abu Ubaidah", span=(0, 11), actor_id=None, name="Abu Ubaidah", kind="person",
                   provisional=True, via="person")
    out = as_unknown_name(ref)
    assert out.actor_id == "PROV_ABU_UBAIDAH" and out.via == "provisional"
    known = ActorRef(text="ISIS", span=(0, 4), actor_id="ISIS", name="Islamic State", via="alias")
    assert as_unknown_name(known) is known


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Militants attacked a police checkpost in Bannu district on Tuesday.",
    "Gunmen killed the candidate Fernando Villavicencio in Quito.",
    "Former prime minister Shinzo Abe was shot dead in Nara.",
    "Shells fell on the market in Djugu on Monday, killing three people.",
])
def test_events_name_no_provisional_place_or_person(text: str) -> None:
    from newsevents.library import extract

    x = extract(text, published="2023-07-18")
    ids = [a.actor_id for e in x.events for a in (*e.actors, *e.recipients)]
    assert not any(i and i.startswith("PROV_") for i in ids), ids
