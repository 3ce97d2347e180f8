"""An event placed at a bearing from a landmark ("a monastery south of Cairo") is not placed at the landmark."""

from __future__ import annotations

import pytest

from newsevents.geo.locate import event_location
from newsevents.models import Place


def _place(text: str, name: str, start: int) -> Place:
    return Place(doc_id="d", text=name, span=(start, start + len(name)), name=name, geonameid=1, lat=30.0, lon=31.2,
                 country="EG", admin1="Cairo", feature="PPLC", score=0.9)


@pytest.mark.parametrize("text,precision", [
    ("Gunmen killed 29 pilgrims travelling to a monastery south of Cairo on Friday.", "country"),
    ("Militants attacked an army post 150 km north of Cairo on Monday.", "country"),
    ("Militants attacked an army post 60 miles north of Cairo on Monday.", "country"),
    ("A bomb exploded 10 km east of Cairo on Monday.", "city"),
    ("A bomb exploded in Cairo on Monday.", "city"),
])
def test_a_landmark_at_a_bearing_gives_only_its_country(text: str, precision: str) -> None:
    start = text.index("Cairo")
    trigger = next(text.index(w) for w in ("killed", "attacked", "exploded") if w in text)
    location = event_location([_place(text, "Cairo", start)], (0, len(text)), (trigger, trigger + 6), text)
    assert location is not None and location.precision == precision
    assert location.country == "EG"
