"""Corpus shards and crawls: gzip JSON lines, Parquet and WARC files are streamed into raw documents."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.config import Settings
from newsevents.ingest.readers import RawDocument, iter_paths, read
from newsevents.ingest import shards
from newsevents.models import ErrorRecord

SETTINGS = Settings()
ARTICLE = "Gunmen attacked a police checkpoint in Grozny on Monday, killing three officers, officials said."
PAGE = (f"<html><head><title>Checkpoint attack</title></head><body><article><h1>Checkpoint attack</h1>"
        f"<p>{ARTICLE}</p><p>The assault lasted two hours before troops arrived at the scene.</p>"
        f"</article></body></html>")


def _rows(n: int) -> list[dict[str, object]]:
    return [{"text": f"{ARTICLE} Report {i}.", "id": f"r{i}", "outlet": "Example News",
             "published": "2014-10-06", "section": "world"} for i in range(n)]


def _warc(path: Path, records: list[tuple[str, str, str, bytes]], tail: bytes = b"") -> Path:
    """Write (url, status, content type, body) responses plus one request record."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warc_record("http://example.org/a", "request",
                                                      payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
        for url, status, ctype, body in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
        fh.write(tail)
    return path


def test_gzip_json_lines_give_the_fields_of_a_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "shard-000.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in _rows(3):
            fh.write(json.dumps(row) + "\n")
        fh.write("{not json\n")
    items = list(read([path], settings=SETTINGS))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.external_id for d in docs] == ["r0", "r1", "r2"]
    assert docs[0].outlet == "Example News" and docs[0].published == "2014-10-06" and docs[0].source == str(path)
    assert docs[0].metadata["section"] == "world" and docs[0].metadata["line"] == 1
    assert isinstance(items[-1], ErrorRecord) and items[-1].source == f"{path}:4" and items[-1].code == "E008"


def test_a_truncated_gzip_shard_keeps_the_rows_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in _rows(400)).encode())
    path.write_bytes(data[: len(data) // 2])
    items = list(read([path], settings=SETTINGS))
    assert 0 < sum(isinstance(i, RawDocument) for i in items) < 400
    assert isinstance(items[-1], ErrorRecord) and "broke off" in items[-1].error


def test_parquet_shards_are_read_a_batch_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shard.parquet"
    pq.write_table(pa.Table.from_pylist(_rows(10)), path, row_group_size=4)
    monkeypatch.setattr(shards, "PARQUET_BATCH", 3)
    stream = read([path], settings=SETTINGS)
    first = next(stream)
    assert isinstance(first, RawDocument) and first.external_id == "r0" and first.metadata["line"] == 1
    rest = list(stream)
    assert [d.external_id for d in rest] == [f"r{i}" for i in range(1, 10)]


def test_a_parquet_file_without_text_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.Table.from_pylist([{"body": "x"}]), path)
    (item,) = list(read([path], settings=SETTINGS))
    assert isinstance(item, ErrorRecord) and item.code == "E009" and "body" in item.error


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_documents_and_the_rest_is_passed_over(tmp_path: Path, name: str) -> None:
    path = _warc(tmp_path / name, [
        ("http://example.org/news/1", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
        ("http://example.org/logo.png", "200 OK", "image/png", b"\x89PNG...."),
        ("http://example.org/gone", "404 Not Found", "text/html", b"<html>missing</html>"),
        ("http://example.org/empty", "200 OK", "text/html", b"<html><body><p>Hi.</p></body></html>"),
    ])
    items = list(read([path], settings=SETTINGS))
    assert len(items) == 2
    doc, err = items
    assert isinstance(doc, RawDocument) and doc.format == "html" and doc.source == "http://example.org/news/1"
    assert "Grozny" in doc.text and doc.url and doc.metadata["warc"] == str(path) and doc.metadata["crawled"]
    assert isinstance(err, ErrorRecord) and err.source == "http://example.org/empty" and err.code == "E006"


def test_a_damaged_warc_keeps_the_pages_before_the_damage(tmp_path: Path) -> None:
    path = _warc(tmp_path / "broken.warc", [("http://example.org/news/1", "200 OK", "text/html", PAGE.encode())],
                 tail=b"garbage that is not a WARC record\r\n\r\n")
    items = list(read([path], settings=SETTINGS))
    assert isinstance(items[0], RawDocument) and items[0].source == "http://example.org/news/1"
    assert isinstance(items[-1], ErrorRecord) and items[-1].source == str(path) and "damaged" in items[-1].error


def test_folders_include_shards_and_crawls(tmp_path: Path) -> None:
    for name in ("a.jsonl.gz", "b.parquet", "c.warc.gz", "d.warc", "e.gz", "f.bin"):
        (tmp_path / name).write_bytes(b"")
    assert [Path(p).name for p in iter_paths([tmp_path])] == ["a.jsonl.gz", "b.parquet", "c.warc.gz", "d.warc"]
