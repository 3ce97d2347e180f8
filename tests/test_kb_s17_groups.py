"""Session 17: more armed non-state groups in the bundled knowledge base (splinter factions, coalitions and their
members, successor groups, Islamic State provinces, militias and gangs).

Each listed form must belong to its group alone and be found in a sentence; forms left out as ambiguous (an
ordinary phrase, a news outlet, another group's name or spelling) must be nobody's alias, or stay with the actor
that already held them; a counter-case sentence shows a left-out form is not read as the group."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

KB_PATH = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "actors.yaml"


@pytest.fixture(scope="module")
def entries() -> dict[str, dict]:
    with KB_PATH.open(encoding="utf-8") as fh:
        return {a["id"]: a for a in yaml.safe_load(fh)["actors"]}


@pytest.fixture(scope="module")
def owners(entries) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in entries.values():
        for form in [a["name"], *(a.get("aliases") or []), *(a.get("demonyms") or [])]:
            out.setdefault(form if form.isupper() else form.casefold(), set()).add(a["id"])
    return out


def _owner(owners: dict[str, set[str]], form: str) -> set[str]:
    return owners.get(form if form.isupper() else form.casefold(), set())


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from newsevents.nlp import load

    return load(with_ruler=True)


def _ids(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Mention text -> actor id for every actor mention the resolver finds in the text."""
    from newsevents.extract.actors import find_mentions

    return {m.text: m.actor_id for m in find_mentions(nlp(text))}


FORMS = [
    ("Jaysh al-Nasr", "JAYSH_AL_NASR"), ("Free Idlib Army", "JAYSH_IDLIB_AL_HURR"),
    ("Sultan Suleiman Shah Division", "SULTAN_SULEIMAN_SHAH"), ("Jabhat Ansar al-Din", "JABHAT_ANSAR_AL_DIN"),
    ("Ansar al-Tawhid", "ANSAR_AL_TAWHID_SY"), ("Jaysh al-Muhajireen wal-Ansar", "JMA_SY"),
    ("Katibat al-Tawhid wal-Jihad", "KTJ_SY"), ("Maghawir al-Thawra", "MAGHAWIR_AL_THAWRA"),
    ("Syrian Islamic Front", "SIF_SY"),
    ("HPG", "HPG_PKK"), ("Sinjar Resistance Units", "YBS_IQ"), ("Jama'at Ansar al-Sunna", "ANSAR_AL_SUNNA_IQ"),
    ("Mujahideen Shura Council in Iraq", "MSC_IQ"),
    ("Abdullah Azzam Brigades", "ABDULLAH_AZZAM_BRIGADES"),
    ("Abu Ali Mustafa Brigades", "ABU_ALI_MUSTAFA_BRIGADES"), ("Jund Ansar Allah", "JUND_ANSAR_ALLAH"),
    ("Kahane Chai", "KAHANE_CHAI"), ("Ansar al-Sharia in Yemen", "ANSAR_AL_SHARIA_YE"),
    ("al-Qaeda in Yemen", "AQ_YEMEN"), ("Ansar al-Sharia in Tunisia", "ANSAR_AL_SHARIA_TN"),
    ("GICM", "GICM"),
    ("Benghazi Defence Brigades", "BENGHAZI_DEFENCE_BRIGADES"), ("Kaniyat", "KANIYAT"),
    ("Coalition for the People of Azawad", "CPA_ML"), ("Union of Resistance Forces", "UFR_TD"),
    ("MPCI", "MPCI_CI"), ("Mai-Mai Yakutumba", "MAI_MAI_YAKUTUMBA"), ("RUD-Urunana", "RUD_URUNANA"),
    ("CNRD-Ubwiyunge", "CNRD_UBWIYUNGE"), ("Kitgwang faction", "KITGWANG"), ("SLM-AW", "SLM_AW"),
    ("SPLM-N al-Hilu", "SPLM_N_HILU"), ("Sudan Shield Forces", "SUDAN_SHIELD_FORCES"),
    ("Renamo Military Junta", "RENAMO_MILITARY_JUNTA"), ("Fidai Mahaz", "FIDAI_MAHAZ"),
    ("Ittehad-ul-Mujahideen Pakistan", "ITTEHAD_UL_MUJAHIDEEN"), ("Tehreek-e-Jihad Pakistan", "TJP_PK"),
    ("Jamaat Ansarullah", "JAMAAT_ANSARULLAH"), ("Sparta Battalion", "SPARTA_BATTALION"),
    ("KNU/KNLA Peace Council", "KNU_KNLA_PC"), ("Ansarullah Bangla Team", "ABT_BD"),
    ("Mujahidin Indonesia Timur", "MIT_ID"), ("Los Caparros", "LOS_CAPARROS"),
    ("Estado Mayor de Bloques y Frente", "EMBF"), ("Cartel de los Soles", "CARTEL_DE_LOS_SOLES"),
    ("Guerrilla Army of the Poor", "EGP_GT"), ("ORPA", "ORPA"), ("Islamic State Pakistan Province", "ISPP"),
    ("Islamic State Hind Province", "IS_HIND"), ("Peoples' United Revolutionary Movement", "HBDH"),
    ("Paraguayan People's Army", "EPP_PY"), ("Armed Peasant Association", "ACA_PY"),
]


@pytest.mark.parametrize("form, actor_id", FORMS)
def test_group_form_resolves(owners, form, actor_id):
    assert _owner(owners, form) == {actor_id}


@pytest.mark.parametrize("text, form, actor_id", [
    ("Jabhat Ansar al-Din announced it had left Hay'at Tahrir al-Sham.", "Jabhat Ansar al-Din", "JABHAT_ANSAR_AL_DIN"),
    ("The Kitgwang faction broke away from the SPLM-IO in August 2021.", "Kitgwang faction", "KITGWANG"),
    ("Fighters of the Sudan Shield Forces defected to the army.", "Sudan Shield Forces", "SUDAN_SHIELD_FORCES"),
    ("Mujahidin Indonesia Timur pledged allegiance to the Islamic State.", "Mujahidin Indonesia Timur", "MIT_ID"),
    ("The Union of Resistance Forces was formed by eight Chadian rebel groups.", "Union of Resistance Forces",
     "UFR_TD"),
    ("Los Caparros split from the Clan del Golfo in 2017.", "Los Caparros", "LOS_CAPARROS"),
    ("The Coalition for the People of Azawad broke away from the MNLA in 2014.", "Coalition for the People of Azawad",
     "CPA_ML"),
    ("Ansarullah Bangla Team is aligned with al-Qaeda in the Indian Subcontinent.", "Ansarullah Bangla Team",
     "ABT_BD"),
])
def test_group_found_in_a_sentence(nlp, text, form, actor_id):
    assert _ids(nlp, text).get(form) == actor_id


@pytest.mark.parametrize("form", [
    "Tamazuj",                 # also Radio Tamazuj, a news outlet
    "Ansarullah",              # also a spelling of Yemen's Ansar Allah
    "Revolutionary Struggle", "Revolutionary Cells",  # ordinary phrases
    "White Eagles",            # also Poland's and Serbia's football teams
    "Triple A", "Weathermen", "Macheteros",
    "Islamic Front",           # used by groups in many countries
    "Ansar al-Sharia",         # Libya, Tunisia, Yemen
    "Mujahideen Shura Council",  # Iraq, Derna, Gaza
    "Jund al-Islam", "Patriotic League", "Bawm Party",
    "CNRD", "CCC", "FAR", "MIR", "EPP", "AST",
])
def test_ambiguous_form_is_no_alias(owners, form):
    assert not _owner(owners, form)


@pytest.mark.parametrize("form, actor_id", [
    ("People's Defence Forces", "PDF_MM"),   # not the PKK's HPG
    ("National Liberation Army", "ELN"),     # not the Macedonian UCK
    ("Ansar al-Sunna", "ANSAR_AL_SUNNA_MZ"),  # not Iraq's Jama'at Ansar al-Sunna
    ("Ansar al-Islam", "ANSAR_AL_ISLAM"),    # not Ansar al-Islam Bangladesh
])
def test_form_stays_with_its_first_owner(owners, form, actor_id):
    assert _owner(owners, form) == {actor_id}


def test_pak_is_not_the_kurdistan_freedom_party(owners):
    assert "PAK_IR" not in _owner(owners, "PAK")
    assert _owner(owners, "Parti Azadi Kurdistan") == {"PAK_IR"}


def test_left_out_forms_are_not_read_as_the_group(nlp):
    found = _ids(nlp, "Radio Tamazuj reported that the revolutionary struggle would go on, and the White Eagles "
                      "won in Warsaw.")
    assert not {"TAMAZUJ", "REVOLUTIONARY_STRUGGLE_GR", "WHITE_EAGLES_RS"} & set(found.values())


def test_relations_of_new_groups_point_the_right_way(entries):
    edges = {(a, r["type"], r["target"]) for a, e in entries.items() for r in e.get("relations") or []}
    assert ("KITGWANG", "split", "SPLM_IO") in edges
    assert ("AQ_YEMEN", "merger", "AQAP") in edges
    assert ("NEW_SYRIAN_ARMY", "merger", "MAGHAWIR_AL_THAWRA") in edges
    assert ("CNRD_UBWIYUNGE", "split", "FDLR") in edges
    assert ("ISPP", "affiliation", "ISIS") in edges
    assert ("FDLR", "split", "CNRD_UBWIYUNGE") not in edges
    assert ("AQAP", "merger", "AQ_YEMEN") not in edges
