"""Relation extraction, seventh round: wings the knowledge base folds into their parent, every side of an alliance
against a common enemy, appointments told from the appointee's side, and sentences the parser cut inside a name."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.extract.relations_args import _sentences

from test_relations import _asserted, ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)


def _has(nlp, ev, sentence: str, type_: str, source: str, target: str) -> bool:  # type: ignore[no-untyped-def]
    return any(r.type == type_ and ev._same(source, r.source) and ev._same(target, r.target)
               for r in _asserted(nlp, ev, sentence))


def test_a_sentence_cut_inside_a_name_runs_on() -> None:
    words = ["The", "group", "named", "Abu", "Yasir", "as", "its", "wali", ".", "It", "won", "."]
    starts = [True, False, False, False, True, False, False, False, False, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    text = doc.text
    assert [text[a:b].strip() for a, b in _sentences(doc)] == ["The group named Abu Yasir as its wali .", "It won ."]


def test_a_line_break_still_ends_a_sentence() -> None:
    words = ["Rebels", "advance", "\n", "The", "group", "said", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, False, False, True, True, False, False],
              sent_starts=[True, False, False, True, False, False, False])
    assert len(_sentences(doc)) == 2


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    # a wing the knowledge base folds into its parent (both HAMAS) is still its wing when the sentence says so
    ("The Qassam Brigades are the armed wing of Hamas.", "affiliation", "Qassam Brigades", "Hamas"),
    ("Hamas's armed wing, the Qassam Brigades, fired rockets at Ashkelon.", "affiliation", "Qassam Brigades",
     "Hamas"),
    # the common enemy of an alliance is every side's rival
    ("The Gulf Cartel sided with the Sinaloa Cartel against Los Zetas in 2010.", "rivalry", "Sinaloa Cartel",
     "Los Zetas"),
    ("The Gulf Cartel sided with the Sinaloa Cartel against Los Zetas in 2010.", "rivalry", "Gulf Cartel",
     "Los Zetas"),
    ("The Syrian Democratic Forces and the Sanadid Forces fought side by side against the Islamic State.", "rivalry",
     "Sanadid Forces", "Islamic State"),
    ("The Islamic Front and the Army of Mujahideen conducted a joint offensive against the Islamic State.", "rivalry",
     "Army of Mujahideen", "Islamic State"),
    # appointments told from the appointee's side
    ("Ahmed Diriye was chosen as leader of al-Shabaab after Godane's death.", "appoint", "Ahmed Diriye", "al-Shabaab"),
    ("Abu Ubaidah took over as top commander of al-Shabaab, succeeding Ahmed Godane.", "appoint", "Abu Ubaidah",
     "al-Shabaab"),
    ("Haibatullah Akhundzada succeeded Mullah Mansour as leader of the Taliban.", "appoint",
     "Haibatullah Akhundzada", "Taliban"),
    ("Abubakar Shekau became leader of Boko Haram in 2009.", "appoint", "Abubakar Shekau", "Boko Haram"),
    ("Isnilon Hapilon was appointed emir of all Islamic State forces in Southeast Asia by the Islamic State "
     "leadership in 2016.", "appoint", "Isnilon Hapilon", "Islamic State"),
    # a governor of a province is the appointee of the group that named him, not of the province
    ("Hafiz Saeed Khan, a former TTP commander, was named governor of the Khorasan Province by the Islamic State.",
     "appoint", "Hafiz Saeed Khan", "Islamic State"),
])
def test_relation_rules_seventh_round(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # the state army beside a group is no party to its rivalries
    "The Liwa Fatemiyoun fought alongside the Syrian Arab Army against the Islamic State near Palmyra.",
])
def test_state_ally_gets_no_rivalry(nlp, ev, sentence) -> None:  # type: ignore[no-untyped-def]
    assert not _has(nlp, ev, sentence, "rivalry", "Syrian Arab Army", "Islamic State")


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Al-Shabaab became the main rival of the Islamic State in Somalia.",  # no role word after "became"
    "The group became part of al-Qaeda in 2012.",
    "ISIS-K, which became a leader of the insurgency, attacked the Taliban.",  # no person before "became"
])
def test_became_without_a_role_appoints_no_one(nlp, ev, sentence) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "appoint"]


@pytest.mark.model
def test_two_names_of_one_actor_with_no_wing_word_are_no_affiliation(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _asserted(nlp, ev, "The Qassam Brigades and Hamas fired rockets at Ashkelon.")
    assert not [r for r in rels if r.type == "affiliation"]


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    # a group that breaks into pieces: each piece split from it, acronyms nobody knew included
    ("The Seleka coalition fragmented into the FPRC and the UPC.", "split", "FPRC", "Seleka"),
    ("The Seleka coalition fragmented into the FPRC and the UPC.", "split", "UPC", "Seleka"),
    ("CODECO fractured into several rival factions after 2020, among them the URDPC.", "split", "URDPC", "CODECO"),
    # an unknown acronym in the object slot is the object, not a name further on
    ("The FPRC clashed with the UPC in Bria.", "rivalry", "FPRC", "UPC"),
])
def test_pieces_and_acronyms(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_rival_factions_are_not_rivals_of_the_whole(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _asserted(nlp, ev, "The Seleka alliance splintered into rival factions, including the FPRC and the UPC.")
    assert not [r for r in rels if r.type == "rivalry" and ev._same("Seleka", r.source)]
    assert not [r for r in _asserted(nlp, ev, "The FPRC clashed with the UPC in Bria.") if ev._same("Bria", r.target)]


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    # a town's or a country's name before "militia(s)", "brigades" or "gangs" names a group
    ("The Zaire militia signed a cooperation agreement with the FPIC in 2022.", "alliance", "Zaire militia", "FPIC"),
    ("The Zintan Brigades were driven out of Tripoli by the Misrata militias in 2014.", "rivalry", "Zintan Brigades",
     "Misrata militias"),
    ("The Tripoli militias clashed with the Misrata brigades.", "rivalry", "Tripoli militias", "Misrata brigades"),
    # "with help from Y": Y is an ally; a name spaCy took for a person's before "militia" is a group's
    ("The RSF, with help from the Misseriya militia, drove the SPLM-N out of the town.", "alliance", "RSF",
     "Misseriya militia"),
])
def test_place_named_militias(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_a_place_before_front_is_a_battlefield(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _asserted(nlp, ev, "Hezbollah fighters clashed with Israeli forces on the Lebanon front.")
    assert not [r for r in rels if "Lebanon" in r.source.text or "Lebanon" in r.target.text]


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    ("JNIM and the Islamic State Sahel Province have been killing each other's members since 2020.", "rivalry",
     "JNIM", "Islamic State Sahel Province"),
    ("The Islamic State recognised Ansar Bait al-Maqdis as its Sinai branch.", "accept", "Islamic State",
     "Ansar Bait al-Maqdis"),
    ("The M23 and the Twirwaneho exchanged fighters and weapons in South Kivu.", "alliance", "M23", "Twirwaneho"),
])
def test_each_other_and_exchanges(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_exchanging_fire_is_no_alliance(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    rels = _asserted(nlp, ev, "The Kurdistan Workers' Party and the KDP's Peshmerga exchanged fire in Duhok province.")
    assert not [r for r in rels if r.type == "alliance"]


@pytest.mark.model
@pytest.mark.parametrize("sentence,source", [
    ("The Islamic Front was formed by seven factions, among them Ahrar al-Sham and Jaysh al-Islam.", "Jaysh al-Islam"),
    ("The Islamic Front was formed in 2013 by Ahrar al-Sham, Suqour al-Sham and Liwa al-Tawhid.", "Suqour al-Sham"),
])
def test_founders_merge_into_the_group(nlp, ev, sentence, source) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, "merger", source, "Islamic Front"), _asserted(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Ansar al-Sharia in Tunisia was founded by Abu Iyad al-Tunisi in 2011.",  # a founder is a person
    "Hurras al-Din was formed by al-Qaeda loyalists who defected from Hayat Tahrir al-Sham in 2018.",  # a split
])
def test_founded_by_a_person_or_defectors_is_no_merger(nlp, ev, sentence) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "merger"]


@pytest.mark.model
def test_fighting_for_control_makes_the_subjects_rivals(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Hayat Tahrir al-Sham and Ahrar al-Sham fought for control of the Bab al-Hawa crossing."
    assert _has(nlp, ev, sentence, "rivalry", "Hayat Tahrir al-Sham", "Ahrar al-Sham"), _asserted(nlp, ev, sentence)
    # one group fighting for control against an unnamed or state enemy has no rival among the groups named
    assert not _asserted(nlp, ev, "Al-Shabaab fought for control of Mogadishu against government forces.")


@pytest.mark.model
@pytest.mark.parametrize("sentence,source,target", [
    ("Hamas and Hezbollah have a long-standing alliance.", "Hamas", "Hezbollah"),
    ("Jaish-e-Mohammed operates closely with Lashkar-e-Taiba in Kashmir.", "Jaish-e-Mohammed", "Lashkar-e-Taiba"),
])
def test_standing_alliances(nlp, ev, sentence, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, "alliance", source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_no_alliance_is_negated(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, "Hamas and Fatah have no alliance.") if r.type == "alliance"]


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    ("After breaking with al-Qaeda, Jabhat Fateh al-Sham rebranded in 2017.", "split", "Jabhat Fateh al-Sham",
     "al-Qaeda"),
    ("Having pledged allegiance to the Islamic State, Boko Haram renamed itself ISWAP.", "pledge", "Boko Haram",
     "Islamic State"),
])
def test_subject_after_a_fronted_clause(nlp, ev, sentence, type_, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence,source,target", [
    # a passive acceptance: the acceptor after "by", the pledger named with the pledge
    ("The pledge of Boko Haram was accepted by the Islamic State in March 2015.", "Islamic State", "Boko Haram"),
    ("Boko Haram's pledge was accepted by the Islamic State.", "Islamic State", "Boko Haram"),
    # a known leader accepts for his group
    ("Ayman al-Zawahiri accepted the pledge of al-Shabaab in 2012.", "al-Qaeda", "al-Shabaab"),
])
def test_acceptance_by_passive_and_by_leader(nlp, ev, sentence, source, target) -> None:  # type: ignore[no-untyped-def]
    rels = [r for r in _asserted(nlp, ev, sentence) if r.type == "accept"]
    assert any(ev._same(source, r.source) and ev._same(target, r.target) for r in rels), rels
    assert not any(ev._same(target, r.source) for r in rels)  # never the other way round


@pytest.mark.model
def test_a_collective_name_includes_its_members(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Syrian Democratic Forces include the YPG and the Sanadid Forces."
    assert _has(nlp, ev, sentence, "affiliation", "Sanadid Forces", "Syrian Democratic Forces")
    assert not _asserted(nlp, ev, "The attackers included members of al-Shabaab.")


@pytest.mark.model
@pytest.mark.parametrize("sentence,source,target", [
    ("The Houthis and Hezbollah coordinate closely, according to US officials.", "Houthis", "Hezbollah"),
    ("Hamas fighters and Islamic Jihad militants attacked Israeli positions together.", "Hamas", "Islamic Jihad"),
    ("Al-Shabaab helped the Islamic Courts Union take Mogadishu in 2006.", "Al-Shabaab", "Islamic Courts Union"),
    ("The Taliban hosted al-Qaeda leaders in Kabul.", "Taliban", "al-Qaeda"),
])
def test_acting_together_and_helping(nlp, ev, sentence, source, target) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, "alliance", source, target), _asserted(nlp, ev, sentence)


@pytest.mark.model
def test_help_from_no_group_is_no_alliance(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    assert not _asserted(nlp, ev, "The drought helped ISWAP recruit fighters.")
