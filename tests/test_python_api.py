"""The Python API: extract from text or a path, ingest, open, typed queries, DataFrames."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsevents
from newsevents.errors import DocumentError
from newsevents.models import Event, Extraction

pytestmark = pytest.mark.model

TEXT = ("NAIROBI, Kenya (Sept. 22, 2013) — Gunmen from the al-Shabaab militant group attacked the Westgate "
        "shopping mall in Nairobi on Saturday, killing at least 39 people and wounding more than 150, "
        "officials said. The group claimed responsibility for the assault.\n")


def test_extract_text_returns_typed_records() -> None:
    x = newsevents.extract(TEXT, published="2013-09-22")
    assert isinstance(x, Extraction) and x.document.published.how == "metadata"
    assaults = [e for e in x.events if e.event_type == "ASSAULT"]
    assert assaults and isinstance(assaults[0], Event)
    attack = assaults[0]
    assert attack.fatalities.best == 39 and attack.fatalities.low == 39
    assert any(a.name and "Shabaab" in a.name for a in attack.actors)
    assert attack.location is not None and attack.location.country == "KE"
    assert attack.date is not None and attack.date.value == "2013-09-21"


def test_extract_path_and_bad_text(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    assert newsevents.extract(p).document.source == str(p)
    with pytest.raises(DocumentError) as info:
        newsevents.extract("Bonjour. Ceci est un article en français sur une attaque contre la police.")
    assert info.value.reason == "language"


def test_ingest_open_query_and_dataframe(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "api.db")
    summary = newsevents.ingest([folder], db)
    assert summary.documents == 1 and summary.events >= 1 and not summary.errors
    store = newsevents.open(db)
    events = store.events(event_type="ASSAULT", country="KE")
    assert events and all(e.event_type == "ASSAULT" for e in events)
    assert store.events(country="RU") == []
    docs = store.documents()
    assert len(docs) == 1 and docs[0].text.startswith("NAIROBI")
    df = events.to_pandas()
    assert list(df["plover_type"].unique()) == ["ASSAULT"] and "fatalities" in df.columns
    assert newsevents.ingest([folder], db).duplicates == 1


SENTENCES = {
    "ASSAULT": "Militants attacked a police station in the northern town on Monday, killing three officers.",
    "COERCE": "Security forces arrested twelve opposition activists in the capital on Tuesday.",
    "THREATEN": "The rebel commander threatened to attack the city if government troops did not withdraw.",
    "MOBILIZE": "The army deployed thousands of troops to the border region on Wednesday.",
    "SUPPORT": "The militant group pledged allegiance to the Islamic State in a video released on Friday.",
    "AGREE": "The government and the rebels agreed to a ceasefire on Sunday after weeks of talks.",
    "REJECT": "The insurgents rejected the government's offer of talks on Thursday.",
    "ACCUSE": "The interior minister accused the rebels of planting the bomb that killed five people.",
    "PROTEST": "Thousands of protesters marched through the capital on Saturday to demand the president's resignation.",
}


@pytest.mark.parametrize("event_type", sorted(SENTENCES))
def test_core_event_types_on_news_sentences(event_type: str) -> None:
    x = newsevents.extract(SENTENCES[event_type], published="2016-05-10")
    assert event_type in {e.event_type for e in x.events}, [(e.event_type, e.trigger.text) for e in x.events]


def test_passive_participle_makes_its_noun_the_recipient() -> None:
    x = newsevents.extract("Two fighters from the Northern Front, the group accused of orchestrating the bombing "
                           "of the market that killed nine people, appeared in a new video on Friday.",
                           published="2016-05-10")
    # "the group accused of ..." describes the group (events round 5 codes no new accusation for it); whatever
    # is coded, the accused group is never the accuser
    accuse = [e for e in x.events if e.event_type == "ACCUSE"]
    assert not any(a.name and "Northern Front" in a.name for e in accuse for a in e.actors)
    assert any(e.event_type == "ASSAULT" for e in x.events)  # the bombing is still an event


def test_article_without_places_keeps_its_events_with_null_location() -> None:
    x = newsevents.extract("Gunmen attacked a police patrol on Monday, killing two officers and wounding three, "
                           "a spokesman for the interior ministry said in a statement.", published="2016-05-10")
    assaults = [e for e in x.events if e.event_type == "ASSAULT"]
    assert assaults and assaults[0].location is None and not x.places
    assert assaults[0].date is not None and assaults[0].date.value == "2016-05-09"
