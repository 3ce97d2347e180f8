"""Incidents: within-article merging, cross-article grouping, order independence, reconciliation."""

from __future__ import annotations

import itertools
import random
import tracemalloc
from pathlib import Path

import pytest

from newsevents.incidents import IncidentIndex, LinkRules, incident_id_for, merge_within_document
from newsevents.incidents.blocking import evidence_bases, evidence_query, grid_keys, grid_query
from newsevents.incidents.index import Changes, _iter_links
from newsevents.incidents.matching import (
    KM_PER_DEG_MAX,
    compatible,
    has_evidence,
    haversine_km,
    link_score,
    link_threshold,
    places_compatible,
    precise_compatible,
    score,
)
from newsevents.incidents.profile import evidence_keys as text_evidence_keys
from newsevents.incidents.profile import profile_of, text_features, text_signature
from newsevents.models import ActorRef, Count, Event, EventDate, Location, TextSpan

from conftest import load_script

KABUL = ("Kabul", 34.53, 69.17, "AF", "Kabul")
STATES = {"SOM", "AFG", "NGA"}  # knowledge-base ids of states in these tests (kind "state")
BANNU = ("Bannu", 32.99, 70.60, "PK", "Khyber Pakhtunkhwa")
PESHAWAR = ("Peshawar", 34.01, 71.58, "PK", "Khyber Pakhtunkhwa")


def ev(
    eid: str,
    sentence: str,
    *,
    doc: str | None = None,
    date: str | None = "2024-05-14",
    precision: str = "day",
    place: tuple[str, float, float, str, str] | None = KABUL,
    place_precision: str = "city",
    killed: int | None = None,
    low: int | None = None,
    high: int | None = None,
    actors: tuple[str, ...] = (),
    etype: str = "ASSAULT",
    mode: str | None = "explosives",
    span: tuple[int, int] | None = None,
) -> Event:
    text = TextSpan(sentence, span or (0, len(sentence)))
    loc = None
    if place:
        name, lat, lon, country, admin1 = place
        loc = Location(name, None, lat, lon, country, admin1, place_precision)
    return Event(
        id=eid,
        doc_id=doc or f"doc-{eid}",
        event_type=etype,
        trigger=text,
        sentence=text,
        actors=[ActorRef(a, (0, 0), a, a, kind="state" if a in STATES else None) for a in actors],
        mode=mode,
        date=EventDate(date, precision) if date else None,
        location=loc,
        fatalities=Count(killed, low if low is not None else killed, high if high is not None else killed)
        if killed is not None else None,
    )


def index_of(events: list[tuple[Event, str]]) -> IncidentIndex:
    index = IncidentIndex()
    for event, published in events:
        index.add(event, published)
    return index


KABUL_SCHOOL = [
    (ev("a1", "A suicide bomber blew himself up outside a tutoring centre in Kabul, killing 12 students.",
        killed=12, actors=("iskp",), mode="suicide-attack"), "2024-05-14"),
    (ev("a2", "The death toll from Tuesday's blast at an education centre in western Kabul rose to 15.",
        killed=15, mode="suicide-attack"), "2024-05-15"),
    (ev("a3", "Islamic State claimed the bombing of a tutoring centre in the Afghan capital.",
        actors=("iskp",), killed=15, mode="suicide-attack"), "2024-05-16"),
]
KABUL_MINIBUS = [
    (ev("b1", "A magnetic bomb attached to a minibus exploded in Kabul, killing four passengers.",
        date="2024-05-21", killed=4), "2024-05-21"),
    (ev("b2", "Five people died when a sticky bomb detonated on a passenger van near a Kabul market.",
        date="2024-05-21", killed=5), "2024-05-22"),
]


def test_same_incident_merges_across_wordings_and_figures() -> None:
    index = index_of(KABUL_SCHOOL)
    assert index.groups() == [["a1", "a2", "a3"]]
    (incident,) = index.incidents()
    assert incident.sources == 3
    assert incident.first_reported == "2024-05-14" and incident.last_reported == "2024-05-16"


def test_bombings_in_one_city_a_week_apart_stay_apart() -> None:
    index = index_of(KABUL_SCHOOL + KABUL_MINIBUS)
    assert index.groups() == [["a1", "a2", "a3"], ["b1", "b2"]]


def test_attacks_on_police_in_two_towns_of_one_region_on_one_day_stay_apart() -> None:
    common = {"date": "2024-02-10", "mode": "firearms", "actors": ("pakistan-police",)}
    reports = [
        (ev("p1", "Militants opened fire on a police checkpoint near Peshawar, killing two constables.",
            place=PESHAWAR, killed=2, **common), "2024-02-10"),
        (ev("p2", "Gunmen attacked a police post on the outskirts of Peshawar on Saturday.",
            place=PESHAWAR, killed=2, **common), "2024-02-11"),
        (ev("q1", "Insurgents attacked the police lines in Bannu on Saturday, killing four officers.",
            place=BANNU, killed=4, **common), "2024-02-10"),
        (ev("q2", "Four policemen were killed when militants attacked a police compound in Bannu.",
            place=BANNU, killed=4, **common), "2024-02-11"),
    ]
    assert index_of(reports).groups() == [["p1", "p2"], ["q1", "q2"]]


def test_two_events_of_one_article_never_join_one_incident() -> None:
    a = ev("s1", "A bomb exploded at a market in Kabul.", doc="same")
    b = ev("s2", "A bomb exploded at a bus stop in Kabul.", doc="same")
    assert index_of([(a, "2024-05-14"), (b, "2024-05-14")]).groups() == [["s1"], ["s2"]]


def test_partition_does_not_depend_on_arrival_order() -> None:
    vague = ev("v1", "A bombing in Afghanistan killed students at a tutoring centre this month.",
               date="2024-05", precision="month", place=("Afghanistan", 33.0, 65.0, "AF", ""),
               place_precision="country", actors=("iskp",))
    reports = KABUL_SCHOOL + KABUL_MINIBUS + [(vague, "2024-05-30")]
    expected = index_of(reports).groups()
    rng = random.Random(3)
    for _ in range(5):
        shuffled = reports[:]
        rng.shuffle(shuffled)
        index = index_of(shuffled)
        assert index.groups() == expected
        assert index.assignments() == index_of(reports).assignments()


def test_bridging_report_merges_two_incidents_and_keeps_earliest_id() -> None:
    early = ev("m1", "Gunmen stormed a hotel in Mogadishu, the security ministry said.", date="2024-03-14",
               place=("Mogadishu", 2.04, 45.34, "SO", "Banaadir"), actors=("al-shabaab",), mode="firearms")
    late = ev("m2", "Al-Shabaab claimed the siege of the hotel in Mogadishu.", date="2024-03-14",
              place=("Mogadishu", 2.04, 45.34, "SO", "Banaadir"), actors=("al-shabaab",), mode="firearms")
    index = IncidentIndex(LinkRules(threshold=0.99))
    index.add(late, "2024-03-15")
    index.add(early, "2024-03-14")
    assert index.groups() == [["m1"], ["m2"]]
    # With a permissive threshold the same two reports link, and the incident is named after the earliest.
    index = IncidentIndex(LinkRules(threshold=0.3))
    first_id = index.add(late, "2024-03-15")
    assert first_id == incident_id_for("m2")
    assert index.add(early, "2024-03-14") == incident_id_for("m1")
    assert index.incident_of("m2") == incident_id_for("m1")


def test_from_events_rebuilds_the_same_partition() -> None:
    reports = KABUL_SCHOOL + KABUL_MINIBUS
    published = {e.doc_id: p for e, p in reports}
    rebuilt = IncidentIndex.from_events([e for e, _ in reversed(reports)], published)
    assert rebuilt.groups() == index_of(reports).groups()


def test_blocking_finds_every_linkable_pair_from_both_sides() -> None:
    rng = random.Random(11)
    rules = LinkRules()
    words = ["market", "school", "convoy", "bomb", "attack", "police", "checkpoint", "hotel"]
    profiles = []
    for i in range(300):
        precision = rng.choice(["exact", "city", "city", "admin1", "country", None])
        lat, lon = 34 + rng.uniform(-0.6, 0.6), 69 + rng.uniform(-0.6, 0.6)
        country = rng.choice(["AF", "AF", "PK"])
        place = (f"T{rng.randrange(6)}", lat, lon, country, rng.choice(["A", "B"])) if precision else None
        dprec = rng.choice(["day", "day", "month", "year", None])
        day = 10 + rng.randrange(6)
        date = {"day": f"2024-05-{day:02d}", "month": "2024-05", "year": "2024", None: None}[dprec]
        event = ev(f"r{i}", " ".join(rng.sample(words, 3)), date=date, precision=dprec or "day", place=place,
                   place_precision=precision or "city", actors=tuple(rng.sample(["iskp", "ttp", "civilians"], 1)))
        profiles.append(profile_of(event, f"2024-05-{day + 2:02d}"))

    def evidence(bases: list[int], p) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
        return {(base, k) for base in bases for k in p.keys}  # every key of the report at each base

    filed = {p.event_id: (set(grid_keys(p)), evidence(evidence_bases(p), p)) for p in profiles}
    countries = [None, "AF", "PK"]
    searched = {p.event_id: (set(grid_query(p, rules)), evidence(evidence_query(p, rules, countries), p))
                for p in profiles}

    def found(a, b) -> bool:  # does a's search reach a bucket b is filed under?
        grid, evidence = filed[b.event_id]
        in_grid, in_evidence = searched[a.event_id]
        if not a.vague and not b.vague:
            return bool(grid & in_grid)
        return bool(evidence & in_evidence)

    linkable = 0
    for a, b in itertools.combinations(profiles, 2):
        assert (link_score(a, b, rules) is not None) == (compatible(a, b, rules) and has_evidence(a, b, rules))
        if compatible(a, b, rules) and has_evidence(a, b, rules):
            linkable += 1
            assert found(a, b) and found(b, a), (a.event_id, b.event_id)
    assert linkable > 100


def _linked_pairs(index: IncidentIndex) -> set[tuple[str, str]]:
    ids = [p.event_id for p in index._profiles]
    links = [*index._links.items(), *index._vague.items()]
    return {tuple(sorted((ids[a], ids[b]))) for a, row in links for _, b in _iter_links(row)}  # type: ignore[misc]


def test_index_finds_exactly_the_pairs_the_rules_link_in_any_arrival_order() -> None:
    rng = random.Random(5)
    words = ["market", "school", "convoy", "bomb", "attack", "police", "checkpoint", "hotel", "bridge"]
    reports = []
    for i in range(160):
        precision = rng.choice(["exact", "city", "city", "admin1", "country", None])
        place = (f"T{rng.randrange(4)}", 34 + rng.uniform(-0.3, 0.3), 69 + rng.uniform(-0.3, 0.3),
                 rng.choice(["AF", "PK"]), rng.choice(["A", "B"])) if precision else None
        dprec = rng.choice(["day", "day", "month", "year", None])
        day = 10 + rng.randrange(4)
        date = {"day": f"2024-05-{day:02d}", "month": "2024-05", "year": "2024", None: None}[dprec]
        event = ev(f"r{i:03d}", " ".join(rng.sample(words, 4)), date=date, precision=dprec or "day",
                   place=place, place_precision=precision or "city",
                   actors=tuple(rng.sample(["iskp", "ttp", "civilians"], rng.randrange(0, 3))))
        reports.append((event, f"2024-05-{day + 2:02d}"))
    rules = LinkRules()
    profiles = [profile_of(e, p) for e, p in reports]
    expected = {
        (a.event_id, b.event_id)
        for a, b in itertools.combinations(profiles, 2)
        if (s := link_score(a, b, rules)) is not None and s >= link_threshold(a, b, rules)
    }
    assert len(expected) > 50
    groups = None
    for _ in range(3):
        index = index_of(reports)
        assert _linked_pairs(index) == expected
        assert groups is None or index.groups() == groups
        groups = index.groups()
        rng.shuffle(reports)


def test_vague_report_finds_its_incident_through_shared_actors_and_words() -> None:
    country = ("Afghanistan", 33.0, 65.0, "AF", "")
    by_actor = ev("v1", "Islamic State said its fighters carried out an attack in Afghanistan this month.",
                  date="2024-05", precision="month", place=country, place_precision="country",
                  actors=("iskp",), mode="suicide-attack")
    by_word = ev("v2", "A tutoring centre was bombed in Afghanistan this month.", date="2024-05",
                 precision="month", place=country, place_precision="country", mode="suicide-attack")
    for vague in (by_actor, by_word):
        for reports in (KABUL_SCHOOL + [(vague, "2024-05-30")], [(vague, "2024-05-30")] + KABUL_SCHOOL):
            assert index_of(reports).groups() == [sorted(["a1", "a2", "a3", vague.id])]
    # Only generic words in common ("bomb", "attack"): it would score above the threshold, but without a shared
    # non-generic word or actor there is no evidence, so it stays alone.
    generic = ev("v3", "A bomb attack.", place=KABUL, place_precision="admin1", mode="suicide-attack")
    rules = LinkRules()
    a1 = profile_of(KABUL_SCHOOL[0][0], "2024-05-14")
    assert score(profile_of(generic, "2024-05-14"), a1, rules) >= rules.threshold
    assert ["v3"] in index_of(KABUL_SCHOOL + [(generic, "2024-05-14")]).groups()


def test_reconciliation_prefers_later_precise_reports_and_flags_conflicts() -> None:
    reports = [
        (ev("c1", "A blast at a tutoring centre in Kabul killed at least 10 people.", killed=10, low=10,
            high=None, place=("Dasht-e-Barchi", 34.50, 69.08, "AF", "Kabul"), place_precision="exact"),
         "2024-05-14"),
        (ev("c2", "The toll from the blast at a tutoring centre in Kabul rose to 15.", killed=15),
         "2024-05-16"),
        (ev("c3", "A bombing at a tutoring centre in Kabul this month killed 12.", killed=12,
            date="2024-05", precision="month"), "2024-05-15"),
    ]
    (incident,) = index_of(reports).incidents()
    assert incident.fatalities is not None
    assert (incident.fatalities.best, incident.fatalities.low, incident.fatalities.high) == (15, 10, 15)
    assert "fatalities" in incident.conflicts
    assert incident.date is not None and (incident.date.value, incident.date.precision) == ("2024-05-14", "day")
    assert "date" not in incident.conflicts  # the month contains the day: consistent
    assert incident.location is not None and incident.location.name == "Dasht-e-Barchi"
    rows = {r["event_id"]: r for r in incident.values["fatalities"]}
    assert rows["c2"] == {"event_id": "c2", "doc_id": "doc-c2", "value": {"best": 15, "low": 15, "high": 15},
                          "reported": "2024-05-16"}
    assert incident.sources == 3


def test_reconciliation_flags_disagreeing_days_and_actors() -> None:
    reports = [
        (ev("d1", "A bomb exploded at a market in Kabul.", date="2024-05-14", actors=("taliban",)),
         "2024-05-15"),
        (ev("d2", "A bomb exploded at a market in Kabul, police said.", date="2024-05-15",
            actors=("iskp",)), "2024-05-15"),
    ]
    (incident,) = index_of(reports).incidents()
    assert "date" in incident.conflicts and "actors" in incident.conflicts
    assert "fatalities" not in incident.conflicts


def test_undated_report_without_publication_date_stays_alone() -> None:
    lone = ev("u1", "A suicide bomber blew himself up outside a tutoring centre in Kabul.", date=None)
    index = index_of(KABUL_SCHOOL + [(lone, None)])  # type: ignore[list-item]
    assert ["u1"] in index.groups()


# --- within one article ---------------------------------------------------------------------------

ARTICLE = (
    "Suicide bomber kills 12 at Kabul school\n"
    "A suicide bomber killed 12 students at a tutoring centre in Kabul on Tuesday, police said.\n"
    "Islamic State later claimed the attack. The bombing was the deadliest this year.\n"
    "Separately, gunmen stole two cars from a police compound in Kabul.\n"
    "Another bombing hit a bus in Kabul on Friday, killing two."
)


def _sentence_event(eid: str, sentence: str, **kw: object) -> Event:
    start = ARTICLE.index(sentence)
    return ev(eid, sentence, doc="art", span=(start, start + len(sentence)), **kw)  # type: ignore[arg-type]


def test_within_document_merges_headline_lead_and_later_paragraph() -> None:
    events = [
        _sentence_event("h", "Suicide bomber kills 12 at Kabul school", date=None, killed=12,
                        mode="suicide-attack"),
        _sentence_event("l", "A suicide bomber killed 12 students at a tutoring centre in Kabul on Tuesday, "
                        "police said.", killed=12, mode="suicide-attack",
                        place=("Dasht-e-Barchi", 34.50, 69.08, "AF", "Kabul"), place_precision="exact"),
        _sentence_event("c", "Islamic State later claimed the attack.", date=None, place=None,
                        actors=("iskp",), mode=None),
        _sentence_event("t", "Separately, gunmen stole two cars from a police compound in Kabul.",
                        etype="COERCE", mode="seize"),
        _sentence_event("f", "Another bombing hit a bus in Kabul on Friday, killing two.", date="2024-05-17",
                        killed=2),
    ]
    merged = merge_within_document(list(reversed(events)), ARTICLE)
    assert [e.id for e in merged] == ["h", "t", "f"]
    attack = merged[0]
    assert [m.text for m in attack.mentions] == [events[1].sentence.text, events[2].sentence.text]
    assert attack.fatalities is not None and attack.fatalities.best == 12  # not 24
    assert attack.date is not None and attack.date.value == "2024-05-14"
    assert attack.location is not None and attack.location.precision == "exact"
    assert [a.actor_id for a in attack.actors] == ["iskp"]


def test_within_document_keeps_bombings_on_different_days_apart() -> None:
    text = "A bomb exploded in Kabul on Tuesday.\nThe bombing on Friday killed two in Kabul."
    first = ev("x1", "A bomb exploded in Kabul on Tuesday.", doc="d", span=(0, 36))
    second = ev("x2", "The bombing on Friday killed two in Kabul.", doc="d", span=(37, 80), date="2024-05-17")
    assert [e.id for e in merge_within_document([first, second], text)] == ["x1", "x2"]


@pytest.mark.parametrize("anaphor", ["the gunfight", "the shooting"])
def test_within_document_anaphor_must_fit_the_weapon(anaphor: str) -> None:
    lead = "Headline about Kabul\n" + "x" * 300 + "\n"
    first, second = "A bomb exploded in Kabul.", f"Police said {anaphor} lasted an hour."
    text = lead + first + "\n" + second  # both outside the headline-and-lead: only the anaphor could link
    a, b = text.index(first), text.index(second)
    bomb = ev("y1", first, doc="d", span=(a, a + len(first)))
    later = ev("y2", second, doc="d", span=(b, b + len(second)), mode="firearms")
    assert len(merge_within_document([bomb, later], text)) == 2
    fitting = later.replace(mode="explosives", sentence=TextSpan(second.replace(anaphor, "the blast"), (b, b + 10)))
    assert len(merge_within_document([bomb, fitting], text)) == 1


def test_within_document_dates_compare_at_their_precision() -> None:
    from newsevents.incidents.within import _dates_agree
    from newsevents.models import EventDate, TextSpan

    def ev(value: str, precision: str) -> Event:
        return Event(id=value + precision, doc_id="d", event_type="ASSAULT", trigger=TextSpan("attack", (0, 6)),
                     sentence=TextSpan("attack", (0, 6)), date=EventDate(value, precision))

    assert _dates_agree(ev("2014-12-01", "month"), ev("2014-12-04", "day"))
    assert _dates_agree(ev("2014-01-01", "year"), ev("2014-12-04", "day"))
    assert not _dates_agree(ev("2014-12-03", "day"), ev("2014-12-04", "day"))
    assert not _dates_agree(ev("2014-11-01", "month"), ev("2014-12-04", "day"))


# --- scale ------------------------------------------------------------------------------------------


def _benchmark_stream():
    return load_script("benchmarks/incidents.py").stream


def test_pairs_scored_grow_linearly_with_the_stream() -> None:
    stream = _benchmark_stream()
    pairs = []
    for n in (2500, 5000):
        index = IncidentIndex()
        for event, published in stream(n, per_day=50):
            index.add(event, published)
        pairs.append(index.pairs_scored)
    assert pairs[0] > 0
    assert pairs[1] / pairs[0] < 2.5, pairs


def test_change_reports_keep_a_copy_equal_to_the_full_partition() -> None:
    """Applying `take_changes` after each batch gives the assignments and incidents a full recompute gives,
    while each call reports only a small part of the index (what the batch touched)."""
    stream = _benchmark_stream()
    rng = random.Random(7)
    index = IncidentIndex()
    assigned: dict[str, str] = {}
    stored: dict[str, object] = {}
    reported = []
    reports = list(stream(4000, per_day=150))
    at = 0
    while at < len(reports):
        size = rng.choice((1, 5, 40, 200))
        for event, published in reports[at : at + size]:
            index.add(event, published)
        at += size
        changes = index.take_changes()
        assigned.update(changes.assigned)
        for gone in changes.gone:
            del stored[gone]
        stored.update((i.id, i) for i in changes.incidents)
        reported.append((size, len(changes.assigned)))
        if rng.random() < 0.1 or at >= len(reports):
            assert assigned == index.assignments()
            assert stored == {i.id: i for i in index.iter_incidents()}
    assert index.take_changes() == Changes()  # nothing new: nothing reported
    late = [n for size, n in reported[len(reported) // 2 :] if size == 1]
    assert late and max(late) < 50, late  # one new report moves a handful of reports, not the index


# --- the fast paths give the same answers as the plain rules ------------------------------------------------


def test_distance_shortcuts_agree_with_the_great_circle() -> None:
    rng = random.Random(3)
    rules = LinkRules()
    for _ in range(3000):
        lat, lon = rng.uniform(-70, 70), rng.uniform(-179, 179)
        dlat, dlon = rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6)
        # |dlat| + |dlon| degrees at KM_PER_DEG_MAX km each is never nearer than the great circle
        assert haversine_km(lat, lon, lat + dlat, lon + dlon) <= (abs(dlat) + abs(dlon)) * KM_PER_DEG_MAX
        a = profile_of(ev("x", "bomb", place=("T1", lat, lon, "AF", "A"), place_precision=rng.choice(["exact", "city"])), None)
        b = profile_of(ev("y", "bomb", place=(rng.choice(["T1", "T2"]), lat + dlat, lon + dlon, "AF", "A"),
                          place_precision=rng.choice(["exact", "city"])), None)
        limit = 15.0 if a.lprec == b.lprec == 1 and a.place != b.place or max(a.lprec, b.lprec) == 0 else 40.0
        expected = haversine_km(a.lat, a.lon, b.lat, b.lon) <= limit  # type: ignore[arg-type]
        assert places_compatible(a, b, rules) == expected
        assert precise_compatible(a, b, rules) == compatible(a, b, rules) == expected


def test_word_cache_gives_the_uncached_signature_and_keys() -> None:
    text = "Gunmen stormed the Kabul market; the bombing killed 12 shoppers and militants fled the market."
    first = text_features(text)
    assert text_features(text) == first  # second call reads the cache
    assert text_signature(text) == first[0]
    assert set(text_evidence_keys(text, ["iskp", "civilians"])) >= first[1]
    assert "market" in text and first[1]  # non-generic words are keys, generic ones are not
    assert text_features("the attack by militants") [1] == set()


def test_iter_incidents_streams_what_incidents_lists() -> None:
    index = index_of(KABUL_SCHOOL + KABUL_MINIBUS)
    streamed = index.iter_incidents()
    assert iter(streamed) is streamed  # a generator, not a list
    assert [i.to_dict() for i in streamed] == [i.to_dict() for i in index.incidents()]
    assert [i.event_ids for i in index.iter_incidents(include_single=False)] == [["a1", "a2", "a3"], ["b1", "b2"]]


def test_buckets_shared_by_many_reports_keep_every_slot() -> None:
    # 40 reports of one town and day: one grid bucket and shared evidence buckets hold all of them.
    reports = [(ev(f"m{i:02d}", f"Gunmen attacked the Kabul market checkpoint {i}", killed=3), "2024-05-15")
               for i in range(40)]
    index = index_of(reports)
    assert len(index.groups()) < 40
    assert sorted(e for g in index.groups() for e in g) == [f"m{i:02d}" for i in range(40)]
    assert any(isinstance(b, bytes) and len(b) == 4 * 40 for b in index._grid.values())


def test_a_widely_covered_incident_costs_bytes_per_link() -> None:
    """Every report of an incident covered by hundreds of outlets links with every other one, so links grow with
    the square of its coverage: they must be stored packed, not as a Python object each (which took a 20,000
    article run's writer past 2 GB)."""
    sentence = "A car bomb exploded outside the Kabul governor's office, killing 12 people."
    reports = [ev(f"e{i:03d}", sentence, killed=12, actors=("taliban",)) for i in range(150)]
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    index = IncidentIndex()
    for event in reports:
        index.add(event, "2024-05-14")
    # The remembered pair tests (`index.PAIR_CACHE_MAX`) are bounded in all, not by coverage: left out here.
    index._fits.clear()
    index._agrees.clear()
    grown = sum(stat.size_diff for stat in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    assert len(_linked_pairs(index)) == 150 * 149 // 2  # every pair linked, and found
    assert len(index.groups()) == 1
    assert grown < 1_200_000, grown  # 22,350 link ends: 0.67 MB in all packed, 2.1 MB as tuples


def test_a_date_taken_from_the_document_counts_as_undated() -> None:
    """An event dated only by its document's month (times' fallback, how="document") gets the week before
    publication, as an undated one does, and scores like a month-dated report beside a dated one in that week."""
    import dataclasses

    from newsevents.incidents.matching import _date_score
    from newsevents.incidents.profile import MONTH, PUBLISHED

    base = ev("a", "Gunmen attacked a checkpoint.", date=None)
    fallback = dataclasses.replace(base, date=EventDate("2024-05", "month", how="document"))
    stated = dataclasses.replace(base, id="b", date=EventDate("2024-05", "month", how="sentence"))
    p, q = profile_of(fallback, "2024-05-14"), profile_of(stated, "2024-05-14")
    assert (p.dprec, p.end - p.start) == (PUBLISHED, 7)
    assert q.dprec == MONTH
    day = profile_of(ev("c", "Gunmen attacked a checkpoint.", date="2024-05-12"), "2024-05-12")
    assert _date_score(p, day) == _date_score(q, day) == 0.6


def test_a_report_without_a_place_is_judged_on_what_both_tell() -> None:
    """No place on one side is no evidence either way: the place weight leaves the score, as the actor weight
    does when one side names no actor (before, it counted as a 0.1 place match and sank same-incident pairs)."""
    from newsevents.incidents.matching import _date_score, score, signature_similarity

    rules = LinkRules()
    a = profile_of(ev("a", "Gunmen ambushed a bus carrying soldiers, killing 23.", date="2023-08-10"), "2023-08-10")
    b = profile_of(ev("b", "Twenty-three soldiers were killed in an ambush on their bus.", date="2023-08-10",
                      place=None), "2023-08-11")
    expected = (rules.w_date * _date_score(a, b) + rules.w_text * signature_similarity(a.sig, b.sig)) / (
        1.0 - rules.w_place - rules.w_actor)
    assert score(a, b, rules) == pytest.approx(expected + rules.mode_bonus)


def test_generic_agents_are_no_evidence_against_a_named_group() -> None:
    """"Gunmen" in one report and "Abu Sayyaf" in another do not disagree: only actors the knowledge base
    names count for actor overlap, so this pair scores as if one side named no actor."""
    from newsevents.incidents.matching import score

    rules = LinkRules()
    text = "Militants ambushed an army patrol in Patikul, killing two soldiers."
    named = profile_of(ev("a", text, actors=("ABU_SAYYAF", "AGENT_MILITARY")), "2023-01-16")
    generic = profile_of(ev("b", text, actors=("AGENT_GUNMEN", "AGENT_MILITARY")), "2023-01-16")
    anonymous = profile_of(ev("c", text), "2023-01-16")
    assert score(named, generic, rules) == pytest.approx(score(named, anonymous, rules))
    rival = profile_of(ev("d", text, actors=("MILF",)), "2023-01-16")
    assert score(named, rival, rules) < score(named, generic, rules)  # two named groups that differ do count


def test_a_state_on_one_side_is_no_evidence_against_a_named_group() -> None:
    """"Somali forces ended the siege" and "Al-Shabaab stormed the hotel" name the two sides of one incident:
    a state against a group is not a disagreement, two different groups are."""
    from newsevents.incidents.matching import score

    rules = LinkRules()
    text = "Militants stormed a hotel in Mogadishu and fought troops for hours."
    group = profile_of(ev("a", text, actors=("AL_SHABAAB",)), "2022-08-20")
    state = profile_of(ev("b", text, actors=("SOM",)), "2022-08-20")
    anonymous = profile_of(ev("c", text), "2022-08-20")
    assert score(group, state, rules) == pytest.approx(score(group, anonymous, rules))
    other = profile_of(ev("d", text, actors=("ISIS",)), "2022-08-20")
    assert score(group, other, rules) < score(group, state, rules)


def test_an_agreeing_toll_of_three_or_more_is_evidence_for_one_incident() -> None:
    """Two tellings that give the same toll (or one within 10%, "at least 45" and "46") score `count_bonus`
    higher; small tolls (1, 2) agree by chance too often to count, and irreconcilable ones cost `count_penalty`."""
    from newsevents.incidents.matching import score

    rules = LinkRules()
    text = "Gunmen attacked a camp for displaced people in Ituri."

    def pair(x: int | None, y: int | None) -> float:
        return score(profile_of(ev("a", text, killed=x), "2023-06-12"),
                     profile_of(ev("b", text, killed=y, doc="other"), "2023-06-12"), rules)

    silent = pair(None, None)
    assert pair(23, 23) == pytest.approx(silent + rules.count_bonus)
    assert pair(45, 46) == pytest.approx(silent + rules.count_bonus)
    assert pair(2, 2) == pytest.approx(silent)
    assert pair(20, 26) == pytest.approx(silent)  # a rising toll, not the same figure: neither for nor against
    assert pair(2, 40) == pytest.approx(silent - rules.count_penalty)
    # "dozens" (24 to 99) takes a later 86: a vague count clashes only with a figure outside its range
    dozens = profile_of(ev("a", text, killed=24, low=24, high=99), "2023-06-12")
    assert score(dozens, profile_of(ev("b", text, killed=86, doc="other"), "2023-06-12"), rules) == \
        pytest.approx(silent)
    assert score(dozens, profile_of(ev("b", text, killed=150, doc="other"), "2023-06-12"), rules) == \
        pytest.approx(silent - rules.count_penalty)


def test_a_named_week_is_a_window_of_days_not_its_year() -> None:
    """An event dated "last week" (EventDate.days, precision year because the week spans two months) links
    with a report dated to a day inside that week, and not with one dated outside it."""
    import dataclasses

    text = "Gang members attacked the town of Pont-Sonde, killing 70 people."
    week = ev("w", text, date="2024-01-01", precision="year")
    week = dataclasses.replace(week, date=dataclasses.replace(week.date, days=("2024-09-30", "2024-10-06")))
    p = profile_of(week, "2024-10-07")
    assert (p.end - p.start, p.date_value) == (6, None)  # seven days, no single date to reconcile
    inside = profile_of(ev("in", text, date="2024-10-03", doc="d-in"), "2024-10-03")
    outside = profile_of(ev("out", text, date="2024-08-03", doc="d-out"), "2024-08-03")
    rules = LinkRules()
    assert link_score(p, inside, rules) is not None
    assert link_score(p, outside, rules) is None
