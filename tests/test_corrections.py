"""Correction notices: found in text, applied to the values they correct."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.clean.corrections import apply, find
from newsevents.models import Document, Extraction, Place

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds" / "003_e67104e3034b70ac.txt"


def test_find_earlier_version_said_actually() -> None:
    (c,) = find("Text. An earlier version said the militants were from Chechnya. They are actually from Dagestan.")
    assert (c.wrong, c.right) == ("Chechnya", "Dagestan")


def test_find_x_not_y_and_corrected_to_show() -> None:
    (c,) = find("This article has been corrected to show that the attack took place in Kano, not Kaduna.")
    assert (c.wrong, c.right) == ("Kaduna", "Kano")
    (c,) = find("Correction: An earlier version of this story misstated the number of dead. It was 14, not 12.")
    assert (c.wrong, c.right) == ("12", "14")


def test_find_nothing_in_plain_text() -> None:
    assert find("Militants attacked a checkpoint in Grozny on Friday.") == []


def _place(text: str, doc: str, name: str, occurrence: int = 0) -> Place:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.index(text, start + 1)
    return Place(doc_id="d", text=text, span=(start, start + len(text)), name=name, geonameid=1, role="origin")


def test_apply_corrects_only_values_in_the_corrected_context() -> None:
    text = ("Two Caucasus Emirate militants from Chechnya pledged allegiance. The attack hit Chechnya's capital. "
            "An earlier version said the Caucasus Emirate militants were from Chechnya. They are actually from "
            "Dagestan.")
    places = [_place("Chechnya", text, "Chechnya", 0), _place("Chechnya", text, "Chechnya", 1),
              _place("Chechnya", text, "Chechnya", 2)]
    out = apply(Extraction(document=Document(id="d", source="x", text=text), places=places))
    assert [p.name for p in out.places] == ["Dagestan", "Chechnya", "Chechnya"]
    assert out.places[0].text == "Chechnya" and "Chechnya" in out.places[0].extractor
    assert out.places[0].geonameid is None
    assert out.document.corrections[0].right == "Dagestan"
    assert out.document.metadata["corrections_applied"][0]["from"] == "Chechnya"


@pytest.mark.shared
def test_seed_correction_found_and_applied() -> None:
    assert SEED.exists(), f"missing shared seed {SEED}"
    text = SEED.read_text(encoding="utf-8")
    (c,) = find(text)
    assert (c.wrong, c.right) == ("Chechnya", "Dagestan")
    places = [_place("Chechnya", text, "Chechnya", i) for i in range(text.count("Chechnya"))]
    out = apply(Extraction(document=Document(id="d", source="seed", text=text), places=places))
    # the published text already says where the militants are from; the other Chechnya mentions are right
    assert [p.name for p in out.places] == ["Chechnya"] * len(places)
    assert out.document.corrections == [c]
