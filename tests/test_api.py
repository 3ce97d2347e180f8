"""HTTP API tests, in-process over a small fixture database built once from tests/fixtures/web."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents.api.app import create_app
from newsevents.export import ACLED_COLUMNS

FIXTURES = Path(__file__).parent / "fixtures" / "web"
TOKEN = "s3cret-upload-token"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The fixture articles (plain, hostile markup, a JSONL feed with null dates and places), coded once."""
    from newsevents.library import ingest

    db = str(tmp_path_factory.mktemp("web") / "fixture.db")
    summary = ingest([FIXTURES], db)
    assert summary.documents == 4 and summary.failed == 0
    return db


@pytest.fixture(scope="session")
def client(web_db: str) -> TestClient:
    return TestClient(create_app(web_db), raise_server_exceptions=False)


@pytest.fixture()
def empty_client(tmp_path: Path) -> TestClient:
    return TestClient(
        create_app(str(tmp_path / "empty.db"), token=TOKEN, max_body=2000), raise_server_exceptions=False
    )


def assert_error(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


def all_pages(client: TestClient, params: dict) -> list[dict]:  # type: ignore[type-arg]
    items, cursor = [], None
    for _ in range(100):
        page = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        cursor = page["next"]
        if cursor is None:
            return items
    raise AssertionError("pagination never ended")


# --- errors, security, documentation (no NLP model needed) -----------------------------------------


def test_unknown_route_and_record_give_the_json_error_shape(empty_client: TestClient) -> None:
    assert_error(empty_client.get("/api/nothing-here"), 404, "not_found")
    assert_error(empty_client.get("/api/documents/doc_0000000000"), 404, "not_found")
    assert_error(empty_client.get("/api/events/ev_missing"), 404, "not_found")
    assert_error(empty_client.get("/api/incidents/inc-missing"), 404, "not_found")
    assert_error(empty_client.get("/api/actors/NO_SUCH_ACTOR"), 404, "not_found")
    assert_error(empty_client.get("/static/missing.js"), 404, "not_found")


def test_invalid_parameters_give_422_in_the_error_shape(empty_client: TestClient) -> None:
    assert (
        "limit"
        in assert_error(empty_client.get("/api/events", params={"limit": 501}), 422, "invalid")["message"]
    )
    assert_error(empty_client.get("/api/events", params={"event_type": "BOMBING"}), 422, "invalid")
    assert_error(empty_client.get("/api/events", params={"date_from": "2015-13-01"}), 422, "invalid")
    assert_error(empty_client.get("/api/events", params={"bbox": "10,20,5"}), 422, "invalid")
    assert_error(empty_client.get("/api/events", params={"bbox": "50,0,40,10"}), 422, "invalid")
    assert_error(empty_client.get("/api/events", params={"cursor": "not-a-cursor"}), 422, "invalid")
    assert_error(empty_client.get("/api/graph", params={"at": "yesterday"}), 422, "invalid")
    assert_error(
        empty_client.get("/api/graph", params={"at": "0000"}), 422, "invalid"
    )  # found by schemathesis
    assert_error(empty_client.get("/api/actors/CE", params={"at": "2015-02-31"}), 422, "invalid")


def test_unexpected_failure_gives_500_without_internals(
    empty_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(empty_client.app.state.queries, "page", boom)
    error = assert_error(empty_client.get("/api/events"), 500, "internal_error")
    assert "secret" not in error["message"]


def test_uploads_refused_without_server_token(tmp_path: Path) -> None:
    client = TestClient(create_app(str(tmp_path / "ro.db")), raise_server_exceptions=False)
    assert_error(
        client.post(
            "/api/ingest",
            json={"documents": [{"text": "x" * 50}]},
            headers={"Authorization": f"Bearer {TOKEN}"},
        ),
        403,
        "read_only",
    )


def test_uploads_need_the_right_bearer_token(empty_client: TestClient) -> None:
    body = {"documents": [{"text": "Gunmen attacked a village."}]}
    response = empty_client.post("/api/ingest", json=body)
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(
        empty_client.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}),
        403,
        "forbidden",
    )
    assert_error(
        empty_client.post("/api/ingest", json=body, headers={"Authorization": TOKEN}), 401, "unauthorized"
    )


def test_oversized_body_gives_413(empty_client: TestClient) -> None:
    body = {"documents": [{"text": "a" * 5000}]}
    assert_error(
        empty_client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"}),
        413,
        "too_large",
    )


def test_oversized_chunked_body_gives_413(empty_client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b"x" * 500

    response = empty_client.post(
        "/api/ingest",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert_error(response, 413, "too_large")


def test_upload_validation_and_media_type_errors(empty_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert_error(empty_client.post("/api/ingest", json={"documents": []}, headers=auth), 422, "invalid")
    assert_error(
        empty_client.post(
            "/api/ingest", content=b"{not json", headers={**auth, "Content-Type": "application/json"}
        ),
        422,
        "invalid",
    )
    assert_error(
        empty_client.post("/api/ingest", content=b"hello", headers={**auth, "Content-Type": "text/plain"}),
        415,
        "unsupported_media_type",
    )


def test_every_answer_carries_a_strict_csp_and_no_cors(empty_client: TestClient) -> None:
    for path in ("/", "/api/stats", "/api/nothing-here", "/docs"):
        response = empty_client.get(path, headers={"Origin": "https://evil.example"})
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in response.headers


def test_page_and_docs_use_no_inline_script_and_no_external_asset(empty_client: TestClient) -> None:
    for path in ("/", "/docs"):
        html = empty_client.get(path).text
        assert "<script>" not in html and "http://" not in html and "https://" not in html
        assert '<script type="module" src="/static/' in html
    assert empty_client.get("/static/js/app.js").status_code == 200
    assert empty_client.get("/static/countries-50m.json").json()["type"] == "Topology"


def test_openapi_document_lists_the_endpoints(empty_client: TestClient) -> None:
    paths = empty_client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/events",
        "/api/events/export",
        "/api/documents/{doc_id}/view",
        "/api/incidents",
        "/api/relations",
        "/api/actors",
        "/api/graph",
        "/api/ingest",
    ):
        assert path in paths


def test_graph_edges_of_caucasus_emirate_change_across_2015(empty_client: TestClient) -> None:
    def pledges(at: str) -> set[str]:
        data = empty_client.get("/api/graph", params={"actor": "Caucasus Emirate", "at": at}).json()
        return {e["source"] for e in data["edges"] if e["type"] == "pledge" and e["target"] == "ISIS"}

    assert "CE_DAGESTAN" not in pledges("2014-06-01")
    assert "CE_DAGESTAN" in pledges("2015-01-15") and "CE_CHECHNYA" not in pledges("2015-01-15")
    assert {"CE_DAGESTAN", "CE_CHECHNYA", "CE_INGUSHETIA"} <= pledges("2015-07-01")


def test_actor_endpoint_reports_kb_entry_and_edges_on_a_date(empty_client: TestClient) -> None:
    data = empty_client.get("/api/actors/CE", params={"at": "2015-01-01"}).json()
    assert data["name"] == "Caucasus Emirate" and data["events"] == 0
    assert any(e["target"] == "AQ" and e["type"] == "affiliation" for e in data["edges"])


# --- queries over the fixture database (runs the spaCy pipeline once) --------------------------------


@pytest.mark.model
def test_events_page_has_items_cursor_and_total(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 3, "total": "true"}).json()
    assert (
        len(page["items"]) == 3
        and page["next"]
        and page["total"] == client.get("/api/stats").json()["events"]
    )
    assert all(item["kind"] == "event" for item in page["items"])


@pytest.mark.model
def test_keyset_pages_cover_every_event_once_in_date_order(client: TestClient) -> None:
    total = client.get("/api/stats").json()["events"]
    items = all_pages(client, {"limit": 2})
    ids = [e["id"] for e in items]
    assert len(ids) == total == len(set(ids))
    keys = [((e["date"] or {}).get("value") or "", e["id"]) for e in items]
    assert keys == sorted(keys)
    desc = all_pages(client, {"limit": 3, "sort": "-date"})
    assert [e["id"] for e in desc] == [e["id"] for e in reversed(items)]


@pytest.mark.model
def test_sort_by_fatalities_descending_pages_through_nulls(client: TestClient) -> None:
    items = all_pages(client, {"limit": 2, "sort": "-fatalities"})
    values = [(e["fatalities"] or {}).get("best") for e in items]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True) and known[0] >= 12
    assert values[len(known) :] == [None] * (len(values) - len(known))
    assert len({e["id"] for e in items}) == len(items)


@pytest.mark.model
@pytest.mark.parametrize(
    "params, check",
    [
        ({"event_type": "ASSAULT"}, lambda e: e["event_type"] == "ASSAULT"),
        ({"country": "ng"}, lambda e: e["location"]["country"] == "NG"),
        ({"date_from": "2015", "date_to": "2015-12"}, lambda e: e["date"]["value"].startswith("2015")),
        (
            {"bbox": "40,40,50,45"},
            lambda e: 40 <= e["location"]["lon"] <= 50 and 40 <= e["location"]["lat"] <= 45,
        ),
        (
            {"actor": "Boko Haram"},
            lambda e: any(a["actor_id"] == "BOKO_HARAM" for a in e["actors"] + e["recipients"]),
        ),
        ({"text": "car bomb"}, lambda e: "car bomb" in e["sentence"]["text"].lower()),
        ({"certainty": "negated"}, lambda e: e["certainty"] == "negated"),
        (
            {"acled_type": "Battles"},
            lambda e: "Battles" in (e["acled"]["event_type"], e["acled"]["sub_event_type"]),
        ),
    ],
)
def test_event_filters_return_only_matching_events(client: TestClient, params: dict, check) -> None:  # type: ignore[no-untyped-def,type-arg]
    items = client.get("/api/events", params={**params, "limit": 500}).json()["items"]
    assert all(check(e) for e in items)
    everything = client.get("/api/events", params={"limit": 500}).json()["items"]
    assert len(items) == sum(1 for e in everything if _safe(check, e))


def _safe(check, event) -> bool:  # type: ignore[no-untyped-def]
    try:
        return bool(check(event))
    except (TypeError, KeyError, AttributeError):
        return False


@pytest.mark.model
def test_filters_find_the_fixture_events(client: TestClient) -> None:
    assert client.get("/api/events", params={"country": "NG", "total": "true"}).json()["total"] >= 1
    grozny = client.get("/api/events", params={"bbox": "45,43,46.5,44", "event_type": "ASSAULT"}).json()[
        "items"
    ]
    assert any((e["fatalities"] or {}).get("best") == 14 for e in grozny)


@pytest.mark.model
def test_csv_export_has_acled_columns_and_every_event(client: TestClient) -> None:
    response = client.get("/api/events/export", params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == ACLED_COLUMNS
    assert len(rows) == client.get("/api/stats").json()["events"]


@pytest.mark.model
def test_jsonl_and_geojson_exports_follow_the_filters(client: TestClient) -> None:
    lines = client.get(
        "/api/events/export", params={"format": "jsonl", "event_type": "ASSAULT"}
    ).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert records and all(r["kind"] == "event" and r["event_type"] == "ASSAULT" for r in records)
    geo = client.get("/api/events/export", params={"format": "geojson"}).json()
    located = [e for e in all_pages(client, {"limit": 500}) if (e["location"] or {}).get("lat") is not None]
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(located)
    assert all(
        f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2 for f in geo["features"]
    )


@pytest.mark.model
def test_timeline_clusters_and_facets_count_the_same_events(client: TestClient) -> None:
    total = client.get("/api/stats").json()["events"]
    timeline = client.get("/api/events/timeline", params={"unit": "month"}).json()
    assert sum(b["count"] for b in timeline["bins"]) + timeline["undated"] == total
    clusters = client.get("/api/events/clusters", params={"cell": 10}).json()
    assert sum(c["count"] for c in clusters["clusters"]) + clusters["unlocated"] == total
    assert clusters["unlocated"] >= 1  # the feed article names no place
    facets = client.get("/api/events/facets").json()
    assert sum(f["count"] for f in facets["event_type"]) == total


@pytest.mark.model
def test_article_view_segments_cover_the_text_and_mark_spans(client: TestClient) -> None:
    docs = client.get("/api/documents").json()["items"]
    assert all("text" not in d for d in docs)
    hostile = next(d for d in docs if "Maiduguri" in (d["title"] or ""))
    view = client.get(f"/api/documents/{hostile['id']}/view").json()
    text = view["document"]["text"]
    assert "<script>" in text  # stored verbatim; the page escapes it
    segs = view["segments"]
    assert segs[0]["start"] == 0 and segs[-1]["end"] == len(text)
    assert all(a["end"] == b["start"] for a, b in zip(segs, segs[1:]))
    kinds = {k for s in segs for k in s["kinds"]}
    assert {"actor", "trigger", "place", "time", "count"} <= kinds
    event_ids = {e["id"] for e in view["events"]}
    assert event_ids and event_ids <= {o for s in segs for o in s["owners"]}


@pytest.mark.model
def test_document_incident_relation_and_actor_lists(client: TestClient) -> None:
    doc = client.get("/api/documents").json()["items"][0]
    assert client.get(f"/api/documents/{doc['id']}").json()["text"]
    incidents = client.get("/api/incidents").json()["items"]
    assert incidents
    detail = client.get(f"/api/incidents/{incidents[0]['id']}").json()
    assert {e["id"] for e in detail["events"]} == set(detail["event_ids"])
    assert client.get("/api/relations").json()["items"] == []
    actors = client.get("/api/actors").json()["items"]
    boko = next(a for a in actors if a["actor_id"] == "BOKO_HARAM")
    assert boko["events"] >= 1 and boko["provisional"] is False


@pytest.mark.model
def test_upload_codes_and_stores_json_and_multipart_articles(tmp_path: Path) -> None:
    client = TestClient(create_app(str(tmp_path / "up.db"), token=TOKEN), raise_server_exceptions=False)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = (
        "Gunmen killed five soldiers at an army base near Maiduguri, Nigeria, on 3 March 2015, "
        "the military said."
    )
    body = client.post(
        "/api/ingest", json={"documents": [{"text": text, "published": "2015-03-04"}]}, headers=auth
    ).json()
    assert body["received"] == 1 and len(body["documents"]) == 1 and body["errors"] == []
    assert body["documents"][0]["events"]
    files = [
        ("files", ("grozny.txt", (FIXTURES / "01_grozny_checkpoint.txt").read_bytes(), "text/plain")),
        ("files", ("../../etc/passwd", b"tiny", "text/plain")),
    ]
    body = client.post("/api/ingest", files=files, headers=auth).json()
    assert body["received"] == 2 and len(body["documents"]) == 1 and len(body["errors"]) == 1
    assert client.get("/api/stats").json()["documents"] == 2
