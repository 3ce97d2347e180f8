"""End to end on the two seed articles: the foundation issue's 'done when' list."""

from __future__ import annotations

import pytest

from newsevents.ingest.readers import read
from newsevents.models import Event, Extraction

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def extractions(pipeline, seeds) -> dict[str, Extraction]:
    from conftest import shared_path

    out = {}
    for item in pipeline.run(read([shared_path("corpus", "seeds")], settings=pipeline.settings)):
        assert isinstance(item, Extraction), item
        out[item.document.source.rsplit("/", 1)[-1]] = item
    return out


def _events(x: Extraction, event_type: str) -> list[Event]:
    return [e for e in x.events if e.event_type == event_type]


def test_boilerplate_is_listed_in_removed(extractions) -> None:
    second = extractions["003_e67104e3034b70ac.txt"].document
    assert "Advertisement" not in second.text and "Follow Meredith Hoffman" not in second.text
    assert {"advertisement", "follow line", "contributor line", "age warning"} <= {r.reason for r in second.removed}
    first = extractions["000_a40bf233122d9a9c.txt"].document
    assert "COMMENTS" not in first.text.split("\n")


def test_islamic_state_names_are_one_actor(extractions) -> None:
    ids = set()
    for x in extractions.values():
        for e in x.events:
            for a in (*e.actors, *e.recipients):
                if a.text in ("ISIS", "ISIL", "IS", "Islamic State", "the Islamic State"):
                    ids.add(a.actor_id)
        for r in x.relations:
            for a in (r.source, r.target):
                if a.text in ("ISIS", "ISIL", "IS", "Islamic State"):
                    ids.add(a.actor_id)
    assert len(ids) == 1 and ids != {None}


def test_grozny_attack_is_an_assault_by_the_caucasus_emirate_on_police(extractions) -> None:
    x = extractions["003_e67104e3034b70ac.txt"]
    attacks = [e for e in _events(x, "ASSAULT") if "December 4 attack" in e.sentence.text
               or any("December 4 attack" in m.text for m in e.mentions)]
    assert attacks, [e.sentence.text[:60] for e in _events(x, "ASSAULT")]
    attack = attacks[0]
    assert any(a.name == "Caucasus Emirate" for a in attack.actors)
    assert any(r.sector == "COP" for r in attack.recipients)
    assert attack.fatalities is not None and attack.fatalities.best == 14
    assert attack.injured is not None and attack.injured.best == 36
    assert attack.date is not None and attack.date.value == "2014-12-04"
    assert attack.location is not None and attack.location.name and "Grozny" in attack.location.name


def test_threats_are_future(extractions) -> None:
    x = extractions["000_a40bf233122d9a9c.txt"]
    threats = _events(x, "THREATEN")
    free = [e for e in threats if "free Chechnya" in e.sentence.text]
    assert free and all(e.certainty == "future" for e in free)
    putin = [e for e in threats if "send them to you" in e.sentence.text]
    assert putin and putin[0].certainty == "future"


def test_pledges_appear_as_support_or_agree_and_relations(extractions) -> None:
    first = extractions["000_a40bf233122d9a9c.txt"]
    pledges = [e for e in first.events if e.event_type in ("SUPPORT", "AGREE") and "allegiance" in e.sentence.text]
    assert pledges
    relations = [r for x in extractions.values() for r in x.relations if r.type == "pledge"]
    assert any(r.target.name == "Islamic State" for r in relations)


def test_every_value_carries_provenance(extractions) -> None:
    for x in extractions.values():
        text = x.document.text
        for e in x.events:
            assert text[e.trigger.span[0]:e.trigger.span[1]] == e.trigger.text
            assert text[e.sentence.span[0]:e.sentence.span[1]] == e.sentence.text
            for a in (*e.actors, *e.recipients):
                assert text[a.span[0]:a.span[1]] == a.text and a.extractor
            assert 0 <= e.confidence <= 1 and e.extractor
            for count in (e.fatalities, e.injured, e.size):
                if count is not None and count.span:
                    assert text[count.span[0]:count.span[1]] == count.text
        for p in x.places:
            assert text[p.span[0]:p.span[1]] == p.text
        for t in x.times:
            assert text[t.span[0]:t.span[1]] == t.text


def test_places_and_dates_on_the_seeds(extractions) -> None:
    second = extractions["003_e67104e3034b70ac.txt"]
    by_text = {p.text: p for p in second.places}
    assert by_text["Grozny"].country == "RU"
    assert by_text["Shalazhi"].country == "RU" and by_text["Shalazhi"].lat is not None
    georgia = by_text["Georgia"]
    assert georgia.country == "GE" and georgia.feature and georgia.feature.startswith("PCL")
    assert second.document.published is not None and second.document.published.value.startswith("2014-12")
    first = extractions["000_a40bf233122d9a9c.txt"].document
    assert first.published is not None and first.published.value >= "2015-05-04"
