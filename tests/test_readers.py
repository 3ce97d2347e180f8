"""Readers: each format, folders, stdin, encodings, size cap, and one error record per bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newsevents.config import Settings
from newsevents.ingest.decode import decode_bytes
from newsevents.ingest.readers import RawDocument, read
from newsevents.errors import DocumentError
from newsevents.models import ErrorRecord

BODY = "Militants attacked a police post in the city on Monday, killing four officers, officials said. " * 3


def _read(*paths, settings: Settings = Settings()) -> list:
    return list(read(list(paths), settings=settings))


def test_reads_plain_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (doc,) = _read(tmp_path / "a.txt")
    assert isinstance(doc, RawDocument) and doc.text == BODY and doc.format == "text"


def test_reads_html_main_text_and_metadata(tmp_path: Path) -> None:
    html = f"""<html><head><title>Attack on police post</title>
    <meta property="article:published_time" content="2015-05-04T10:00:00Z">
    <meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Attack on police post</h1><p>{BODY}</p><p>{BODY}</p></article>
    <footer>Copyright Example News. All rights reserved.</footer></body></html>"""
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    (doc,) = _read(tmp_path / "a.html")
    assert isinstance(doc, RawDocument)
    assert "killing four officers" in doc.text and "All rights reserved" not in doc.text
    assert doc.published and doc.published.startswith("2015-05-04")
    assert doc.title == "Attack on police post"


def test_reads_jsonl_rows_with_metadata_and_bad_lines(tmp_path: Path) -> None:
    rows = [json.dumps({"text": BODY, "id": "a1", "published": "2014-12-05", "outlet": "Wire", "extra": 1}),
            "{not json", json.dumps({"title": "no text"}), json.dumps({"text": BODY + " Second."})]
    (tmp_path / "a.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = _read(tmp_path / "a.jsonl")
    assert [type(i).__name__ for i in items] == ["RawDocument", "ErrorRecord", "ErrorRecord", "RawDocument"]
    assert items[0].external_id == "a1" and items[0].published == "2014-12-05" and items[0].outlet == "Wire"
    assert items[0].metadata["extra"] == 1
    assert items[1].reason == "bad_json" and "Line 2" in items[1].error
    assert items[2].reason == "bad_record"


def test_reads_csv_and_refuses_csv_without_text_column(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(f'text,title,published\n"{BODY}",T,2015-01-02\n', encoding="utf-8")
    (tmp_path / "b.csv").write_text("body,title\nabc,def\n", encoding="utf-8")
    ok = _read(tmp_path / "a.csv")
    assert isinstance(ok[0], RawDocument) and ok[0].title == "T" and ok[0].published == "2015-01-02"
    (bad,) = _read(tmp_path / "b.csv")
    assert isinstance(bad, ErrorRecord) and bad.reason == "no_text_column" and "body, title" in bad.error


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(BODY + "b", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "a.txt").write_text(BODY + "a", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # unknown suffix inside a folder: not an article
    items = _read(tmp_path)
    assert [Path(i.source).name for i in items] == ["b.txt", "a.txt"]


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode("utf-8"))))
    (doc,) = _read("-")
    assert doc.source == "<stdin>" and doc.text == BODY


def test_legacy_encoding_is_detected() -> None:
    text = ("Le président a déclaré que l'armée avait repoussé l'attaque près de la frontière. "
            "Les forces de sécurité ont arrêté trois suspects après l'explosion du café. ") * 3
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize("payload,reason", [
    (b"\x00\x01\x02binary\x00data" * 10, "binary"),
    (b"%PDF-1.4 rest of a pdf", "binary"),
    ("Caf\u00e9 attack. ".encode() + b"\xff\xfe\xfd broken \xc3(", "encoding"),
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
])
def test_bad_files_give_one_error_record(tmp_path: Path, payload: bytes, reason: str) -> None:
    (tmp_path / "bad.txt").write_bytes(payload)
    items = _read(tmp_path / "bad.txt")
    assert len(items) == 1 and isinstance(items[0], ErrorRecord)
    assert items[0].reason == reason and items[0].error.endswith(".")


def test_size_cap_refuses_big_files_without_reading_them(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 400, encoding="utf-8")
    (err,) = _read(tmp_path / "big.txt", settings=Settings(max_bytes=1000))
    assert err.reason == "too_large" and "1,000-byte" in err.error


def test_missing_path_is_an_error_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    items = _read(tmp_path / "missing.txt", tmp_path / "a.txt")
    assert items[0].reason == "not_found" and isinstance(items[1], RawDocument)


def test_html_without_an_article_is_refused(tmp_path: Path) -> None:
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (err,) = _read(tmp_path / "nav.html")
    assert isinstance(err, ErrorRecord) and err.reason == "no_article"


def test_decode_refuses_broken_utf8() -> None:
    with pytest.raises(DocumentError) as info:
        decode_bytes("naïve text ".encode() + b"\xc3\x28 more")
    assert info.value.reason == "encoding"
