"""Knowledge base: loading, alias resolution, acronyms, mentions in text, the PETRARCH importer."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsevents.errors import NewsEventsError
from newsevents.extract.actors import find_mentions, normalise_group_name, provisional_id
from newsevents.ingest.dictionaries import import_dictionary, parse, write_kb_yaml
from newsevents.kb import build, load_file

from conftest import shared_path

FIXTURE = Path(__file__).parent / "fixtures" / "mini_kb.yaml"


@pytest.fixture(scope="module")
def kb():
    return build([FIXTURE], bundled=False)


@pytest.mark.parametrize("name", ["ISIS", "ISIL", "IS", "Islamic State", "the Islamic State", "Islamic State's",
                                  "Daesh", "DAESH", "Islamic State of Iraq and the Levant", "ISIS\u2019s"])
def test_islamic_state_names_resolve_to_one_actor(kb, name: str) -> None:
    actor = kb.lookup(name)
    assert actor is not None and actor.id == "ISIS"


def test_acronyms_are_case_sensitive(kb) -> None:
    assert kb.lookup("is") is None and kb.lookup("Is") is None
    assert kb.lookup("IK").id == "CAUCASUS_EMIRATE"
    assert kb.lookup("ik") is None


def test_plural_demonyms_and_agent_words(kb) -> None:
    assert kb.lookup("Russians").id == "RUS"
    assert kb.lookup("Russian").id == "RUS"
    assert kb.lookup("policemen").id == "AGENT_POLICE"


def test_user_file_overrides_bundled(tmp_path: Path) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text("id,name,kind,country,sector,aliases,demonyms\n"
                     "MYGROUP,Northern Brigade,armed_group,XX,REB,NB|North Brigade,\n", encoding="utf-8")
    kb = build([FIXTURE, extra], bundled=False)
    assert kb.lookup("North Brigade").id == "MYGROUP" and kb.lookup("NB").id == "MYGROUP"


def test_bad_kb_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - {id: X, name: Y, kind: spaceship}\n", encoding="utf-8")
    with pytest.raises(NewsEventsError) as info:
        load_file(bad)
    assert "unknown kind" in info.value.message


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_mentions_resolve_aliases_and_define_acronyms(kb) -> None:
    words = ["The", "Institute", "for", "the", "Study", "of", "War", "said", "ISIL", "and", "the", "Caucasus",
             "Emirate", "'s", "fighters", "clashed", ";", "ISW", "added", "that", "police", "fled", "."]
    doc = _doc(words, [(1, 7, "ORG"), (8, 9, "ORG"), (11, 13, "ORG"), (17, 18, "ORG")])
    mentions = find_mentions(doc, kb)
    by_text = {m.text: m for m in mentions}
    assert by_text["ISIL"].actor_id == "ISIS"
    assert by_text["Caucasus Emirate"].actor_id == "CAUCASUS_EMIRATE"  # possessive stripped
    isw = by_text["Institute for the Study of War"]
    assert isw.provisional and isw.actor_id.startswith("PROV_")
    assert by_text["ISW"].actor_id == isw.actor_id  # acronym the article defines by its initials
    assert by_text["police"].actor_id == "AGENT_POLICE" and by_text["police"].kind == "agent"


def test_unknown_groups_become_provisional_with_one_spelling(kb) -> None:
    assert normalise_group_name("the Vilayyat Qawqaz") == normalise_group_name("Velayat Qawqaz") == "Wilayat Qawqaz"
    assert provisional_id("Vilayat Qawqaz") == provisional_id("Wilayat Qawqaz") == "PROV_WILAYAT_QAWQAZ"
    doc = _doc(["Velayat", "Qawqaz", "claimed", "it", "."], [(0, 2, "ORG")])
    (m,) = find_mentions(doc, kb)
    assert m.provisional and m.actor_id == "PROV_WILAYAT_QAWQAZ"


@pytest.mark.model
def test_entity_ruler_fixes_model_labels(nlp) -> None:
    doc = nlp("Militants in Dagestan, Chechnya, Ingushetia, and Kabardino-Balkaria declared allegiance. "
              "The Caucasus Emirate lost ground to Wilayat Qawqaz.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Ingushetia"] == "GPE" and labels["Kabardino-Balkaria"] == "GPE"
    assert labels["Caucasus Emirate"] == "ORG" and labels["Wilayat Qawqaz"] == "ORG"


def test_petrarch_parser_reads_synonyms_and_dated_roles() -> None:
    text = ("# comment\nVLADIMIR_PUTIN_  # note\n+PUTIN_\n+PRESIDENT_PUTIN_\n[RUSELI 700101-990809]\n[RUSGOV >080508]\n\n"
            "ABU_NIDAL_ORGANIZATION [IMGMUSALQ] # kkl\n+FATAH_REVOLUTIONARY_COUNCIL_\n")
    entries = parse(text)
    assert [e.name for e in entries] == ["VLADIMIR PUTIN", "ABU NIDAL ORGANIZATION"]
    assert entries[0].aliases == ["PUTIN", "PRESIDENT PUTIN"]
    assert entries[0].codes == [{"code": "RUSELI", "start": "1970-01-01", "end": "1999-08-09"},
                                {"code": "RUSGOV", "start": "2008-05-08"}]
    assert entries[1].codes == [{"code": "IMGMUSALQ"}]


@pytest.mark.shared
@pytest.mark.parametrize("name,expect_kind,min_count", [
    ("Phoenix.Countries.actors.txt", "person", 10000),
    ("Phoenix.International.actors.txt", "organisation", 3000),
    ("Phoenix.MilNonState.actors.txt", "armed_group", 900),
    ("Phoenix.agents.txt", "agent", 1500),
])
def test_phoenix_dictionaries_import(tmp_path: Path, name: str, expect_kind: str, min_count: int) -> None:
    actors = import_dictionary(shared_path("data", "actor-dictionaries", name))
    assert len(actors) >= min_count
    assert sum(a.kind == expect_kind for a in actors) > len(actors) / 2
    out = tmp_path / "kb.yaml"
    write_kb_yaml(actors[:500], out)
    reloaded = load_file(out)
    assert [a.id for a in reloaded] == [a.id for a in actors[:500]]


@pytest.mark.shared
def test_phoenix_import_keeps_dated_roles_and_resolves() -> None:
    actors = import_dictionary(shared_path("data", "actor-dictionaries", "Phoenix.Countries.actors.txt"))
    putin = next(a for a in actors if a.name == "Vladimir Putin")
    assert putin.kind == "person" and putin.country == "RU"
    assert {"code": "RUSGOV", "start": "2008-05-08"} in putin.roles
    kb = build()
    for a in actors:
        kb.add(a, override=False)
    assert kb.lookup("President Putin").id in ("PHX_VLADIMIR_PUTIN", kb.lookup("Vladimir Putin").id)


@pytest.mark.model
def test_group_provinces_are_organisations_and_lowercase_provinces_are_places(nlp) -> None:
    doc = nlp("The Islamic State's Yemen province clashed with rivals, while fighting continued in Idlib province.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Yemen province") == "ORG" and labels.get("Islamic State") == "ORG"
    assert "Idlib province" not in labels and labels.get("Idlib") == "GPE"
    doc = nlp("Fighters of the Caucasus Province attacked a checkpoint.")
    assert {e.text: e.label_ for e in doc.ents}.get("Caucasus Province") == "ORG"
