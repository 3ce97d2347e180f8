"""The web app in a real browser (Chromium via Playwright) over the seeds, the samples and hostile texts."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / ".." / "shared" / "corpus" / "seeds"
SAMPLES = ROOT / "samples" / "corpus"
HOSTILE = Path(__file__).parent / "fixtures" / "web"
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"

pytestmark = [pytest.mark.browser, pytest.mark.shared, pytest.mark.model]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeds, the sample corpus and the hostile fixtures, coded and served on a free localhost port."""
    import uvicorn

    from newsevents.api.app import create_app
    from newsevents.library import ingest

    if not SEEDS.is_dir():
        pytest.fail(f"{SEEDS} is missing: the browser tests need the seed articles")
    db = str(tmp_path_factory.mktemp("browser") / "web.db")
    summary = ingest([SEEDS, SAMPLES, HOSTILE], db)
    assert summary.documents >= 4
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh page on the app, with page errors and dialogs recorded.

    The CSP is bypassed here so that the hostile-article checks test the first wall (escaping) on its own
    and Playwright can poll with its own scripts; test_csp_blocks_inline_script checks the second wall.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.problems.append(f"pageerror: {exc}"))  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))  # type: ignore[attr-defined]
    pg.goto(server + "/")
    pg.wait_for_selector("body[data-ready=true]", timeout=60_000)
    yield pg
    context.close()


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def submit(page: Any) -> None:
    """Apply the filters and wait until every view has reloaded."""
    page.click("#filters button[type=submit]")
    page.wait_for_function("!document.body.dataset.busy")


def assert_not_pwned(page: Any) -> None:
    assert page.evaluate("window.__pwned") is None
    assert page.title() == "newsevents"
    assert page.problems == []


def test_app_draws_map_timeline_and_table(page: Any) -> None:
    assert page.locator("#map path.land").count() > 100
    assert page.locator("#map circle.cluster, #map circle.point").count() > 0
    assert page.locator("#timeline rect.bar").count() > 0
    assert page.locator("#events-table tbody tr").count() > 10
    shot(page, "01-overview")
    assert_not_pwned(page)


def test_filters_narrow_the_table_and_map(page: Any) -> None:
    before = page.locator("#events-table tbody tr").count()
    page.select_option("select[name=country]", "RU")
    page.select_option("select[name=event_type]", "ASSAULT")
    submit(page)
    rows = page.locator("#events-table tbody tr")
    assert 0 < rows.count() < before
    texts = rows.all_inner_texts()
    assert all("RU" in t and "ASSAULT" in t for t in texts)
    shot(page, "02-filtered-russia-assault")


def test_timeline_brush_sets_the_date_range(page: Any) -> None:
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.5, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.9, y, steps=5)
    page.mouse.up()
    page.wait_for_function(
        "document.querySelector('input[name=date_from]').value !== '' && !document.body.dataset.busy"
    )
    date_from = page.input_value("input[name=date_from]")
    date_to = page.input_value("input[name=date_to]")
    assert date_from <= date_to
    dates = [
        d for d in page.locator("#events-table tbody tr td:first-child").all_inner_texts() if d != "\u2014"
    ]
    assert all(date_from <= d <= date_to + "\uffff" for d in dates)
    shot(page, "03-timeline-brush")


def test_article_view_highlights_every_kind_of_span(page: Any, server: str) -> None:
    page.fill("input[name=text]", "Grozny")
    submit(page)
    page.locator("#events-table tbody tr button.open-article").first.click()
    page.wait_for_selector("#article-text span.hl")
    doc_id = page.evaluate("new URLSearchParams(location.hash.slice(1)).get('doc')")
    text = page.request.get(f"{server}/api/documents/{doc_id}").json()["text"]
    assert page.locator("#article-text").text_content() == text
    for kind in ("actor", "trigger", "place", "time"):
        assert page.locator(f"#article-text span.hl-{kind}").count() > 0, kind
    assert page.locator("#article-events .event-card").count() > 0
    assert page.locator("#article-events .event-card.active").count() == 1
    shot(page, "04-article-grozny")


def test_hostile_articles_are_shown_as_text_and_nothing_runs(page: Any, server: str) -> None:
    docs = page.request.get(f"{server}/api/documents?limit=500").json()["items"]
    hostile = [d for d in docs if "<" in (d["title"] or "") or (d["url"] or "").startswith("javascript:")]
    assert len(hostile) >= 2
    for doc in hostile:
        page.evaluate(f"location.hash = 'doc=' + {doc['id']!r}")
        page.wait_for_function(f"document.querySelector('#article-title').textContent === {doc['title']!r}")
        page.wait_for_timeout(300)
        assert page.locator("#article script, #article img, #article svg, #article iframe").count() == 0
        assert page.locator("a[href^='javascript']").count() == 0
        shot(page, f"05-hostile-{doc['id']}")
    assert "<script>" in page.locator("#article-title").text_content() or any(
        "<script>" in (d["title"] or "") for d in hostile
    )
    page.evaluate("location.hash = ''")
    page.fill("input[name=text]", "onerror")
    submit(page)
    assert "onerror" in page.locator("#events-table tbody tr td.sentence").first.text_content()
    assert page.locator("#events-table img").count() == 0
    assert_not_pwned(page)


def _graph_edges(page: Any, month: str) -> set[tuple[str, str, str]]:
    year, mon = (int(x) for x in month.split("-"))
    base = int(page.get_attribute("#graph-slider", "data-base"))
    index = (year - base) * 12 + mon - 1
    page.evaluate(
        "(i) => { const s = document.querySelector('#graph-slider'); s.value = String(i);"
        " s.dispatchEvent(new Event('input')); }",
        index,
    )
    page.wait_for_function(f"document.querySelector('#graph-note').textContent.includes('{month}-01')")
    items = page.locator("#graph-edges li")
    return {
        (
            items.nth(i).get_attribute("data-source"),
            items.nth(i).get_attribute("data-type"),
            items.nth(i).get_attribute("data-target"),
        )
        for i in range(items.count())
    }


def test_graph_slider_changes_the_caucasus_emirate_edges_across_2015(page: Any) -> None:
    page.click("#nav-graph")
    page.wait_for_selector("#graph-slider[data-base]")
    page.fill("#graph-actor", "Caucasus Emirate")
    page.dispatch_event("#graph-actor", "change")
    mid_2014 = _graph_edges(page, "2014-06")
    jan_2015 = _graph_edges(page, "2015-01")
    shot(page, "06-graph-2015-01")
    jul_2015 = _graph_edges(page, "2015-07")
    shot(page, "07-graph-2015-07")
    assert ("CE", "affiliation", "AQ") in jan_2015 and ("CE", "affiliation", "AQ") in jul_2015
    assert ("CE_DAGESTAN", "pledge", "ISIS") not in mid_2014
    assert ("CE_DAGESTAN", "pledge", "ISIS") in jan_2015
    assert ("CE_CHECHNYA", "pledge", "ISIS") not in jan_2015
    assert {("CE_CHECHNYA", "pledge", "ISIS"), ("CE_INGUSHETIA", "pledge", "ISIS")} <= jul_2015
    assert page.locator("#graph line").count() == len(jul_2015)
    assert_not_pwned(page)


def test_csp_blocks_inline_script(browser: Any, server: str) -> None:
    context = browser.new_context()
    pg = context.new_page()
    pg.goto(server + "/")
    pg.wait_for_selector("body[data-ready=true]", timeout=60_000)
    with pytest.raises(Exception, match="Content Security Policy|Refused"):
        pg.add_script_tag(content="window.__pwned = 1")
    assert pg.evaluate("window.__pwned") is None
    context.close()
