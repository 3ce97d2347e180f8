"""Relation extraction, session 18: founders, and a subject told by "It" / "The group".

* a group founded by "loyalists who had left Y" splits from Y even where the loyalists are a member phrase ("al-Qaeda
  loyalists"), which gives no split of its own (relations._with_founders_left);
* "founded by former members of Y", "by former Y commanders" is a split from Y (relations_founders) (not "former
  members of parliament", not a verb that founds nothing);
* a sentence opening on "It" or "The sectarian group" right after a sentence naming one group only stands for that
  group (relations_topic.topic_subjects) (not after a sentence naming two groups);
* "It was born in 2017, when X, Y and Z merged", "It came out of an August 2013 merger between X and Y": the members
  merge into the group "It" stands for, not into each other (relations_dating._PRODUCT_BEFORE).

Each has a counter-case the rule must not fire on."""

from __future__ import annotations

from test_relations import ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)


def _rels(nlp, ev, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(type, source, target) of the scored rule relations, each end by its resolved name where it has one."""
    return {(r.type, r.source.name or r.source.text, r.target.name or r.target.text)
            for r in ev._scored(ev.extract(nlp, text, "t", rules_only=True))}


def test_loyalists_as_founders_give_the_founded_groups_split(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _rels(nlp, ev, "Hurras al-Din was formed in 2018 by al-Qaeda loyalists who had left HTS.")
    assert any(t == "split" and "hurras" in s.lower() and ("hts" in g.lower() or "tahrir" in g.lower())
               for t, s, g in rels), rels
    assert not any(t == "split" and "loyalists" in s.lower() for t, s, g in rels), rels
    # counter-case: the loyalists join an existing group; no group is founded, so no split of Hurras al-Din
    rels = _rels(nlp, ev, "Al-Qaeda loyalists who had left HTS later joined Hurras al-Din in Idlib.")
    assert not any(t == "split" and "hurras" in s.lower() for t, s, g in rels), rels


def test_former_members_as_founders(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _rels(nlp, ev, "Lashkar-e-Jhangvi was founded in 1996 by former members of Sipah-e-Sahaba Pakistan.")
    assert any(t == "split" and "jhangvi" in s.lower() and "sahaba" in g.lower() for t, s, g in rels), rels
    rels = _rels(nlp, ev, "The Islamic State Khorasan Province was announced in January 2015 by former Pakistani "
                          "Taliban commanders.")
    assert any(t == "split" and "khorasan" in s.lower() for t, s, g in rels), rels
    # counter-cases: former members of no group; and no founding verb
    rels = _rels(nlp, ev, "Lashkar-e-Jhangvi was founded in 1996 by former members of parliament.")
    assert not any(t == "split" for t, s, g in rels), rels
    rels = _rels(nlp, ev, "Lashkar-e-Jhangvi was attacked in 1996 by former members of Sipah-e-Sahaba Pakistan.")
    assert not any(t == "split" for t, s, g in rels), rels


def test_it_and_the_group_stand_for_the_one_group_named_before(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _rels(nlp, ev, "Who are Lashkar-e-Jhangvi? The sectarian group was founded in 1996 by militants who "
                          "walked out of Sipah-e-Sahaba Pakistan.")
    assert any(t == "split" and "jhangvi" in s.lower() and "sahaba" in g.lower() for t, s, g in rels), rels
    # counter-case: the sentence before names two groups; "The group" is not read as either
    rels = _rels(nlp, ev, "Lashkar-e-Jhangvi and Jaish-e-Mohammed are both banned. The sectarian group was founded "
                          "in 1996 by militants who walked out of Sipah-e-Sahaba Pakistan.")
    assert not any(t == "split" and ("jhangvi" in s.lower() or "mohammed" in s.lower()) for t, s, g in rels), rels


def test_members_merge_into_the_group_it_stands_for(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _rels(nlp, ev, "Q: Where did JNIM come from? A: It was born in March 2017, when Ansar Dine, "
                          "al-Mourabitoun and the Macina Liberation Front folded themselves into one coalition.")
    into = {s.lower() for t, s, g in rels if t == "merger" and ("jnim" in g.lower() or "nusrat" in g.lower())}
    assert any("ansar dine" in s for s in into) and any("mourabitoun" in s for s in into), rels
    assert not any(t == "merger" and "ansar dine" in s.lower() and "mourabitoun" in g.lower() for t, s, g in rels)
    rels = _rels(nlp, ev, "Q: And al-Mourabitoun itself? A: It came out of an August 2013 merger between MUJAO and "
                          "the Signed-in-Blood Battalion.")
    assert any(t == "merger" and ("mujao" in s.lower() or "oneness" in s.lower()) and "mourabitoun" in g.lower()
               for t, s, g in rels), rels
    # counter-case: two groups named before: "It" stands for neither, the merger stays between the two members
    rels = _rels(nlp, ev, "JNIM and the ISGS fought in 2020. It was born in March 2017, when Ansar Dine and "
                          "al-Mourabitoun folded themselves into one coalition.")
    assert not any(t == "merger" and ("jnim" in g.lower() or "nusrat" in g.lower()) for t, s, g in rels), rels


def test_former_members_only_after_names_of_founders(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    """Review, session 18: the words between "by" and "former" are founders' names; a purpose clause ("by the
    government to help former FARC fighters") is no founding by former members."""
    rels = _rels(nlp, ev, "The Agencia para la Reincorporacion was set up in 2011 by the government to help former "
                          "FARC fighters.")
    assert not any(t == "split" for t, s, g in rels), rels
    rels = _rels(nlp, ev, "The Jalisco New Generation Cartel was founded in 2009 by Nemesio Oseguera and former "
                          "Milenio Cartel lieutenants.")
    assert any(t == "split" and "jalisco" in s.lower() and "milenio" in g.lower() for t, s, g in rels), rels
