"""Relation extraction, eighteenth round (session 13): shared argument machinery. An oath to a leader the knowledge
base ties to a group is an oath to that group ("JNIM swore allegiance to Ayman al-Zawahiri": to al-Qaeda), never to
the pledger's own group, and the pledger is not re-read through its own leader. The succession reader takes an
unknown name for a group by an Arabic article only where the article opens the name ("al-Mourabitoun"), not inside a
leader's name ("Muqtada al-Sadr"). Scored on the rules alone."""

from __future__ import annotations

import pytest
from test_relations import _asserted, ev, nlp  # noqa: F401  (that module's fixtures, shared)
from test_relations_round15 import _has

from newsevents.models import ActorRef

FOUND = [
    ("In its founding video of March 2017, JNIM swore allegiance to Ayman al-Zawahiri.", "pledge", "JNIM",
     "al-Qaeda"),
    ("Ansar Bait al-Maqdis swore allegiance to Abu Bakr al-Baghdadi in November 2014.", "pledge",
     "Ansar Bait al-Maqdis", "Islamic State"),
    # the acceptor still takes the oath told to its leader
    ("Ansar Bait al-Maqdis swore allegiance to Abu Bakr al-Baghdadi in November 2014; within days the Islamic State "
     "accepted the oath.", "accept", "Islamic State", "Ansar Bait al-Maqdis"),
]

NOT_FOUND = [
    # a person's oath stays the person's: the group he left is no pledger
    ("Abdulqadir Mumin took a few dozen fighters out of al-Shabaab and swore allegiance to Abu Bakr al-Baghdadi.",
     "pledge", "al-Shabaab", "Islamic State"),
    # the leader's own group renewing its oath to him pledges to no one else
    ("After bin Laden's death al-Qaeda pledged allegiance to Ayman al-Zawahiri as its new emir.", "pledge",
     "al-Qaeda", "al-Qaeda"),
]


@pytest.mark.parametrize("sentence,type_,source,target", FOUND)
def test_round18_reads(nlp, ev, sentence: str, type_: str, source: str,  # type: ignore[no-untyped-def]
                       target: str) -> None:
    assert _has(nlp, ev, sentence, type_, source, target)


@pytest.mark.parametrize("sentence,type_,source,target", NOT_FOUND)
def test_round18_look_alikes(nlp, ev, sentence: str, type_: str, source: str,  # type: ignore[no-untyped-def]
                             target: str) -> None:
    assert not _has(nlp, ev, sentence, type_, source, target)


def test_round18_pledge_to_unknown_person_stays(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    """A person the knowledge base ties to no group is kept as the oath's target, not replaced by a group."""
    rels = [r for r in _asserted(nlp, ev, "The Ngok militia swore allegiance to Majok Deng Akol in March.")
            if r.type == "pledge"]
    assert all(r.target.kind == "person" for r in rels), rels


def _ref(name: str, kind: str = "organisation") -> ActorRef:
    return ActorRef(text=name, span=(0, len(name)), actor_id=f"PROV_{name}", name=name, kind=kind, sector=None,
                    provisional=True)


@pytest.mark.parametrize("name,group", [
    ("al-Mourabitoun", True), ("Jund al-Khilafah", True), ("Muqtada al-Sadr", False), ("Hassan al-Turabi", False),
])
def test_round18_succession_arabic_article(name: str, group: bool) -> None:
    """An unknown name is a group for the succession reader by an article opening it, never one inside it."""
    from newsevents.extract.relations_succession import _group

    assert _group(_ref(name)) is group
