"""Relation extraction, ninth round: appointments told from the appointee's side with the group before its role
("became the TTP's emir", "was appointed al-Shabaab's deputy leader") or after "to lead" / "at the head of", and
persons the actor resolver keeps out of the actor table still taking part as names."""

from __future__ import annotations

import pytest

from newsevents.extract.relations_dating import _PRODUCT_AFTER, _PRODUCT_BEFORE
from newsevents.extract.relations_shapes import _ROLE_AFTER, _ROLE_OF, _UNIT_NOUN_AFTER

from test_relations import _asserted, ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)


def _has(nlp, ev, sentence: str, type_: str, source: str, target: str) -> bool:  # type: ignore[no-untyped-def]
    """A relation of the type from source to target, as the scorer reads it."""
    return any(r.type == type_ and ev._same(source, r.source) and ev._same(target, r.target)
               for r in _asserted(nlp, ev, sentence))


@pytest.mark.parametrize("after", [" to lead the ", " at the head of ", " Smith at the helm of the ", " to command "])
def test_role_of_reads_to_lead_and_at_the_head_of(after: str) -> None:
    assert _ROLE_OF.match(after), after


@pytest.mark.parametrize("after", ["'s deputy leader", "'s new emir", "’s secretary-general", "'s top commander"])
def test_role_after_a_possessive_group(after: str) -> None:
    assert _ROLE_AFTER.match(after), after


def test_role_after_needs_a_role() -> None:
    assert _ROLE_AFTER.match("'s fighters") is None


@pytest.mark.model
@pytest.mark.parametrize("sentence,person,group", [
    ("Abdul Wali was appointed the Jamaat-ul-Ahrar's new emir in 2019.", "Abdul Wali", "Jamaat-ul-Ahrar"),
    ("Mohammed Deif was picked to lead the Qassam Brigades in 2002.", "Mohammed Deif", "Qassam Brigades"),
    ("Ali Hassan was made head of Hizbul Islam after the split.", "Ali Hassan", "Hizbul Islam"),
    ("Naim Qassem was chosen as Hezbollah's secretary-general in October.", "Naim Qassem", "Hezbollah"),
    ("Ali Dhere became al-Shabaab's new spokesman last year.", "Ali Dhere", "al-Shabaab"),
    ("Hakimullah Mehsud became the TTP's emir in 2009.", "Hakimullah Mehsud", "TTP"),
])
def test_appointments_told_from_the_appointees_side(nlp, ev, sentence: str, person: str,  # type: ignore[no-untyped-def]
                                                    group: str) -> None:
    assert _has(nlp, ev, sentence, "appoint", person, group)


@pytest.mark.model
def test_a_groups_fighters_are_no_appointment(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Omar Diaz was made to join the Gulf Clan's fighters."
    assert not any(r.type == "appoint" for r in _asserted(nlp, ev, sentence))


@pytest.mark.model
@pytest.mark.parametrize("sentence,source,target,type_", [
    ("The 27th Front was absorbed into the Segunda Marquetalia last year.", "27th Front", "Segunda Marquetalia",
     "merger"),
    ("The 2nd Battalion merged into the Northern Storm Brigade in 2016.", "2nd Battalion", "Northern Storm Brigade",
     "merger"),
])
def test_a_numbered_units_name_opens_with_its_ordinal(  # type: ignore[no-untyped-def]
        nlp, ev, sentence: str, source: str, target: str, type_: str) -> None:
    assert _has(nlp, ev, sentence, type_, source, target)


@pytest.mark.model
def test_joining_through_a_merger_is_a_merger(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Hawks Brigade became part of the Levant Front through a merger in 2015."
    assert _has(nlp, ev, sentence, "merger", "Hawks Brigade", "Levant Front")
    assert not _has(nlp, ev, sentence, "affiliation", "Hawks Brigade", "Levant Front")


@pytest.mark.model
def test_subjects_that_became_a_groups_rivals_are_each_its_rival(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Los Zetas and the Juarez cartel became the Gulf cartel's fiercest rivals after 2010."
    rels = [r for r in _asserted(nlp, ev, sentence) if r.type == "rivalry"]
    assert _has(nlp, ev, sentence, "rivalry", "Los Zetas", "Gulf cartel") or \
        _has(nlp, ev, sentence, "rivalry", "Gulf cartel", "Los Zetas")
    assert _has(nlp, ev, sentence, "rivalry", "Juarez cartel", "Gulf cartel") or \
        _has(nlp, ev, sentence, "rivalry", "Gulf cartel", "Juarez cartel")
    assert not (_has(nlp, ev, sentence, "rivalry", "Los Zetas", "Juarez cartel") or
                _has(nlp, ev, sentence, "rivalry", "Juarez cartel", "Los Zetas")), rels


@pytest.mark.model
def test_a_subject_praising_a_groups_rivals_is_no_rival(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Hill Battalion praised the Ansar Brigade's rivals in a statement."
    assert not _has(nlp, ev, sentence, "rivalry", "Hill Battalion", "Ansar Brigade")


@pytest.mark.model
def test_its_fight_is_the_helped_groups(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Hill Battalion sent rifles to the Ansar Brigade in its fight against the Desert Lions."
    assert _has(nlp, ev, sentence, "rivalry", "Ansar Brigade", "Desert Lions")
    assert not _has(nlp, ev, sentence, "rivalry", "Hill Battalion", "Desert Lions")


@pytest.mark.model
def test_its_fight_after_the_subject_stays_the_subjects(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Hill Battalion pressed on in its fight against the Desert Lions."
    assert _has(nlp, ev, sentence, "rivalry", "Hill Battalion", "Desert Lions")


@pytest.mark.model
def test_a_hyphenated_name_cut_by_the_tokenizer_is_the_whole_subject(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Tehreek-e-Khilafat abandoned the TTP and swore allegiance to the Islamic State in 2014."
    assert _has(nlp, ev, sentence, "pledge", "Tehreek-e-Khilafat", "Islamic State")
    assert not _has(nlp, ev, sentence, "pledge", "TTP", "Islamic State")


@pytest.mark.model
@pytest.mark.parametrize("sentence,one,other", [
    ("The Hill Battalion and the Ansar Brigade set up a joint operations room near the front.", "Hill Battalion",
     "Ansar Brigade"),
    ("The Desert Lions and the Hill Battalion man joint checkpoints on the coast road.", "Desert Lions",
     "Hill Battalion"),
    ("The Ansar Brigade works hand in glove with the Desert Lions.", "Ansar Brigade", "Desert Lions"),
    ("The Hill Battalion has provided recruits to the Ansar Brigade for years.", "Hill Battalion", "Ansar Brigade"),
    ("The Desert Lions and the Ansar Brigade coordinated their advance on the port.", "Desert Lions", "Ansar Brigade"),
])
def test_acting_together_wording_is_an_alliance(  # type: ignore[no-untyped-def]
        nlp, ev, sentence: str, one: str, other: str) -> None:
    assert _has(nlp, ev, sentence, "alliance", one, other) or _has(nlp, ev, sentence, "alliance", other, one)


@pytest.mark.model
def test_a_single_groups_joint_checkpoints_are_no_alliance(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Hill Battalion runs joint checkpoints in the town, which the Ansar Brigade attacked last year."
    assert not any(r.type == "alliance" for r in _asserted(nlp, ev, sentence))


@pytest.mark.parametrize("gap", [
    " was formed in 2013 from a merger of seven rebel groups, including ",
    " was created through the merger of several factions, among them the ",
])
def test_product_before_members_given_as_examples(gap: str) -> None:
    assert _PRODUCT_BEFORE.fullmatch(gap), gap


def test_product_after_founders_among_the_factions() -> None:
    assert _PRODUCT_AFTER.fullmatch(" were among the factions that formed ")
    assert _PRODUCT_AFTER.fullmatch(" were among the factions that fought ") is None


@pytest.mark.model
def test_examples_of_a_merger_merge_into_the_product(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = ("The Northern Shield was formed in 2019 from a merger of five armed groups, including the Hill Battalion "
                "and the Ansar Brigade.")
    assert _has(nlp, ev, sentence, "merger", "Hill Battalion", "Northern Shield")
    assert _has(nlp, ev, sentence, "merger", "Ansar Brigade", "Northern Shield")
    assert not _has(nlp, ev, sentence, "merger", "Hill Battalion", "Ansar Brigade")


@pytest.mark.model
def test_founders_among_the_factions_that_formed_a_group(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Hill Battalion and the Ansar Brigade were among the factions that formed the Northern Shield."
    assert _has(nlp, ev, sentence, "merger", "Hill Battalion", "Northern Shield")
    assert _has(nlp, ev, sentence, "merger", "Ansar Brigade", "Northern Shield")


@pytest.mark.model
def test_an_owners_named_forces_belong_to_it(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Hamas's Sea Lions forces took control of the port."
    assert _has(nlp, ev, sentence, "affiliation", "Sea Lions", "Hamas")


def test_a_unit_noun_after_a_name() -> None:
    assert _UNIT_NOUN_AFTER.match(" forces took the port") and _UNIT_NOUN_AFTER.match(" faction")
    assert _UNIT_NOUN_AFTER.match(" force-feeding") is None and _UNIT_NOUN_AFTER.match(" fighters") is None
