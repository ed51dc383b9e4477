"""An archive cannot hand extraction what a crawl would refuse.

* A page over the crawl's size limit (DOWNLOAD_MAXSIZE, 20 MiB; WARTA_DOWNLOAD_MAXSIZE) is a
  fetch reject with the crawl's own reason in ingest and reprocess (both read archived pages
  through flows/extraction.py) and in a replayed crawl, read no further than the limit:
  a 30 MB page used to become a 31-million-character article using 1.5 GB.
* Thousands of nested elements stop the HTML parser at its depth limit, and what it kept
  (the menu before them) was taken for the article: it is an extract reject now.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import warc_records
from signal_pages import article_page

from flows.extraction import stage_articles
from spiders.crawl import run_crawl
from spiders.ingest import index_archive
from spiders.registry import get
from spiders.settings import DEFAULT_DOWNLOAD_MAXSIZE
from transforms.record import extract_record

BIG = "https://langgam.id/pemko-padang-terbitkan-surat-edaran-netralitas-asn/"
SMALL = "https://langgam.id/bawaslu-padang-awasi-netralitas-asn-kelurahan/"
PADDING = ("<p>Lampiran daftar hadir apel netralitas aparatur sipil negara Kota Padang "
           "tahun 2024 halaman berikutnya.</p>\n")


def padded(url: str, size: int) -> bytes:
    page = article_page(url)
    cut = page.rindex(b"</body>")
    filler = (PADDING * (size // len(PADDING) + 1)).encode()
    return page[:cut] + filler + page[cut:]


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> str:
    return warc_records.write_warc(path, ((u, "200 OK", c, b) for u, c, b in records))


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_ingest_refuses_a_page_over_the_crawl_limit_as_a_fetch_reject(tmp_path):
    html = "text/html; charset=utf-8"
    archive = write_warc(tmp_path / "a.warc.gz", [
        (BIG, html, padded(BIG, DEFAULT_DOWNLOAD_MAXSIZE + 1024 * 1024)),
        (SMALL, html, article_page(SMALL))])
    by_outlet, _ = index_archive([archive], "run-i", tmp_path / "i.cdxj")
    started = time.monotonic()
    counts = stage_articles(by_outlet["langgam"], tmp_path / "langgam")
    assert time.monotonic() - started < 20  # read up to the limit, never extracted
    assert counts["articles"] == 1 and counts["rejects"] == 1
    [reject] = read_rows(tmp_path / "langgam" / "extract-rejects.jsonl")
    assert reject["url"] == BIG and reject["stage"] == "fetch"
    assert reject["reason"] == ("size limit exceeded: body larger than DOWNLOAD_MAXSIZE "
                                f"({DEFAULT_DOWNLOAD_MAXSIZE} bytes)")


def test_a_replayed_crawl_applies_the_same_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("WARTA_DOWNLOAD_MAXSIZE", "300000")
    monkeypatch.setenv("WARTA_DOWNLOAD_DELAY", "0")
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>L</title>'
            f"<item><title>Surat edaran</title><link>{BIG}</link></item>"
            f"<item><title>Bawaslu</title><link>{SMALL}</link></item></channel></rss>")
    html = "text/html; charset=utf-8"
    archive = write_warc(tmp_path / "a.warc.gz", [
        ("https://langgam.id/feed", "application/rss+xml", feed.encode()),
        (BIG, html, padded(BIG, 400_000)), (SMALL, html, article_page(SMALL))])
    result = run_crawl("langgam", "run-r", tmp_path / "staging", tmp_path / "warc",
                       mode="nightly", replay=[archive], timeout=120)
    assert result.returncode == 0, result.log_tail
    out = Path(result.out_dir)
    rejects = {r["url"]: r for r in read_rows(out / "rejects.jsonl")}
    assert rejects[BIG]["stage"] == "fetch"
    assert rejects[BIG]["reason"] == ("size limit exceeded: body larger than "
                                      "DOWNLOAD_MAXSIZE (300000 bytes)")
    fetched = {p["url"] for p in read_rows(out / "pages.jsonl")}
    assert SMALL in fetched and BIG not in fetched


def test_thousands_of_nested_divs_are_rejected_not_taken_for_the_menu():
    menu = "".join(f'<li><a href="/kanal/rubrik-{i}/">Rubrik Daerah {i}</a></li>'
                   for i in range(40))
    body = "<p>" + "Wali Kota Padang meminta aparatur sipil negara menjaga netralitas. " * 8
    depth = 100_000
    page = (f"<html><head><title>Wali Kota Ingatkan ASN - Langgam</title></head><body>"
            f"<nav><ul>{menu}</ul></nav>{'<div>' * depth}{body}</p>{'</div>' * depth}"
            "</body></html>").encode()
    row = {"url": SMALL, "outlet": "langgam", "run_id": "r", "warc_file": "x",
           "warc_offset": 0}
    started = time.monotonic()
    kind, out = extract_record(row, page, "text/html", get("langgam").context())
    assert time.monotonic() - started < 5
    assert kind == "reject", out.get("text", "")[:200]
    assert out["stage"] == "extract" and out["reason"].startswith("pathological markup")
