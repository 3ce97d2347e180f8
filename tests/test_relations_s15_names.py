"""Relation extraction, session 15: unknown group names found by their shape and context
(relations_unknown_names, wired into relations_names.group_name_refs).

* a numbered unit: "the PLGA's Battalion No. 1" (not "Gate No. 5");
* a small numeral and a capitalised name: "the 400 Mawozo", "5 Segonn and Grand Ravine" (not "30 Palestinians",
  "12 Kenyan soldiers", "on 3 May");
* a Spanish/Portuguese/French article and a name in a party's slot or with a group appositive: "La Línea, the armed
  wing of ...", "members of La Unión Tepito", "Los Águilas" (not "the newspaper El Universal", "La Paz", "Los Angeles");
* a name before "gang" or "groups" that the tagger took for a place: "the Grand Ravine gang", "Wazalendo groups"
  (not "Human Rights groups", "Mexican gangs").

Each has a counter-case the rule must not fire on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_relations import ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)

from newsevents.extract import relations as R
from newsevents.extract.relations_names import group_name_refs
from newsevents.extract.relations_unknown_names import _NUMBERED_UNIT, _NUMERAL_NAME
from newsevents.nlp import doc_text


def per_sentence(nlp, ev, text: str) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    """Each sentence of the text as the relation rules read it: (doc, sentence span, its argument mentions, the
    provisional group names group_name_refs finds there). Shared by the name tests of later sessions."""
    doc = nlp(text)
    t = doc_text(doc)
    mentions = R.argument_mentions(t, ev.mentions_for(doc))
    for sent in R._sentences(doc):
        here = [m for m in mentions if sent[0] <= m.span[0] and m.span[1] <= sent[1]]
        yield doc, sent, here, group_name_refs(doc, sent, here)


def _names(nlp, ev, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The provisional group names group_name_refs finds in the text's sentences."""
    return {r.text for _doc, _sent, _here, found in per_sentence(nlp, ev, text) for r in found}


def _found(nlp, ev, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The provisional names and the names the knowledge base knows (a name the KB gained, as '400 Mawozo' did in
    session 16, is no longer provisional, and must still be found)."""
    doc = nlp(text)
    t = doc_text(doc)
    return _names(nlp, ev, text) | {t[m.span[0]:m.span[1]] for m in R.argument_mentions(t, ev.mentions_for(doc))}


# --- patterns (fast) ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Battalion No. 1", "Brigade No 3", "Front Number 7"])
def test_numbered_unit(text: str) -> None:
    assert _NUMBERED_UNIT.fullmatch(text)


@pytest.mark.parametrize("text", ["Gate No. 5", "Resolution No. 1", "Company No. 2"])
def test_numbered_unit_needs_a_unit_word(text: str) -> None:
    assert _NUMBERED_UNIT.search(text) is None


def test_numeral_name_is_no_year_or_section() -> None:
    assert _NUMERAL_NAME.search("In 2022 Haiti") is None
    assert _NUMERAL_NAME.search("5.3.3 Reports from 2023") is None
    assert _NUMERAL_NAME.search("the 400 Mawozo gang").group(0) == "400 Mawozo"


# --- in sentences (the pipeline) ----------------------------------------------------------------


def test_numbered_unit_in_sentence(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "Advisory, Bastar: the PLGA's Battalion No. 1 remains active south of Bijapur.")
    assert "Battalion No. 1" in names


def test_numeral_names(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _found(nlp, ev, "Gangs from the 400 Mawozo and Chen Mechan now answer to the same Viv Ansanm coalition.")
    assert "400 Mawozo" in names
    names = _found(nlp, ev, "Viv Ansanm, the coalition that includes 5 Segonn and Grand Ravine, has extended its "
                            "blockades.")
    assert "5 Segonn" in names


def test_numeral_counts_are_no_names(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "At least 30 Palestinians and 12 Kenyan soldiers died; 5 Taliban fighters were held, "
                            "police said on 3 May.")
    assert not any(n[:1].isdigit() for n in names), names


def test_article_names(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "The defendant, a plaza boss for La Línea, the armed wing of the Juárez Cartel, directed "
                            "the killings.")
    assert "La Línea" in names
    names = _names(nlp, ev, "La Fuerza Anti-Unión, founded in 2018 by former members of La Unión Tepito, has since "
                            "fought its parent.")
    assert "La Unión Tepito" in names
    names = _names(nlp, ev, "A former prosecutor said Los Choneros' old subgroups, Los Fatales and Los Águilas among "
                            "them, act on their own.")
    assert "Los Águilas" in names


def test_article_places_and_papers_are_no_names(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "The newspaper El Universal said the army had clashed with gunmen from the Gulf Cartel "
                            "near Los Angeles and La Paz.")
    assert not names & {"El Universal", "Los Angeles", "La Paz"}, names


def test_gang_names(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _found(nlp, ev, "He said the Kraze Baryè gang and the Grand Ravine gang were among the Viv Ansanm "
                            "members most responsible.")
    assert {"Kraze Baryè", "Grand Ravine"} <= names
    names = _found(nlp, ev, "Fighting between the M23/AFC and Wazalendo groups north of Sake has cut the road.")
    assert "Wazalendo" in names


def test_gang_names_need_a_name(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "Human Rights groups say Mexican gangs and Salvadoran gangs recruit children.")
    assert not names & {"Human Rights", "Rights", "Mexican", "Salvadoran"}, names


def test_gang_names_of_a_place_or_a_kind(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "Cárteles Unidos, a pact of Michoacán groups, was formed to keep the CJNG out.")
    assert "Michoacán" not in names, names
    names = _names(nlp, ev, "The portal lists the seven Meitei groups that make up the Coordination Committee.")
    assert "Meitei" not in names, names


def test_apposed_names(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "Nan Brooklyn, the gang of Gabriel Jean-Pierre, is the core of the G-Pep coalition.")
    assert "Nan Brooklyn" in names


def test_apposed_person_is_no_name(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "Gabriel Jean-Pierre, the leader of the gang, was killed in Cité Soleil.")
    assert "Gabriel Jean-Pierre" not in names, names


def test_coordinated_unknowns(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "Police say the Grand Ravine and 5 Segonn gangs fought side by side in the raid.")
    assert {"Grand Ravine", "5 Segonn"} <= names, names


def test_coordinated_place_is_no_name(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "The 400 Mawozo and Haiti's police fought for Croix-des-Bouquets, while the M23 and "
                            "North Kivu officials met.")
    assert not names & {"Haiti", "North Kivu"}, names


def test_nicknames_and_name_tails_are_no_names(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, ev, "After the arrest of El Mayo Zambada in July 2024, the faction of El Chapo's sons went "
                            "to war.")
    assert not any(n.startswith("El ") for n in names), names
    names = _names(nlp, ev, "The operations room was formed from five factions, including Ansar al-Din Front and "
                            "Ansar al-Islam.")
    assert "Front" not in names, names
    names = _names(nlp, ev, "The SDF was founded around the YPG with Jaysh al-Thuwar and the Shammar tribe's "
                            "al-Sanadid Forces.")
    assert "Shammar" not in names, names


def test_article_name_after_from(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    names = _found(nlp, ev, "Los Lobos, the largest gang, broke away from Los Choneros around 2020.")
    assert "Los Choneros" in names, names
    names = _names(nlp, ev, "Gunmen from Los Morros attacked the town.")
    assert "Los Morros" not in names, names
