"""What warta reads back: each outlet's seen URLs, and the archived pages reprocess reads."""

from __future__ import annotations

import json

from warehouse.load import load_run
from warehouse.queries import archived_article_pages, seen_urls, seen_urls_by_outlet


def _article(url: str, outlet: str) -> dict:
    return {"url": url, "canonical_url": url, "outlet": outlet, "title": "Judul",
            "text": "isi", "text_hash": f"h-{url}", "aliases": [url, f"{url}?amp"]}


def _page(url: str, outlet: str, offset: int, fetched_at: str) -> dict:
    return {"run_id": "r1", "outlet": outlet, "url": url, "status": 200, "kind": "article",
            "content_type": "text/html", "fetched_at": fetched_at, "warc_file": "/a.warc.gz",
            "warc_offset": offset, "replayed": False, "redirect_urls": [],
            "feed_published": "Kamis, 26 September 2024", "feed_title": None}


def _load(tmp_path, **files: list[dict]):
    root = tmp_path / "staging" / "r1"
    for kind, rows in files.items():
        path = root / "x" / f"{kind}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = tmp_path / "w.duckdb"
    load_run(db, root, {"run_id": "r1"})
    return db


def test_each_outlet_gets_only_its_own_seen_urls(tmp_path):
    db = _load(tmp_path, articles=[_article("https://langgam.id/a/", "langgam"),
                                   _article("https://minangsatu.com/berita/1/b", "minangsatu")])
    by_outlet = seen_urls_by_outlet(db, ["langgam", "antara"])
    assert by_outlet == {"langgam": ["https://langgam.id/a/", "https://langgam.id/a/?amp"]}
    assert seen_urls(db, "minangsatu") == {"https://minangsatu.com/berita/1/b",
                                           "https://minangsatu.com/berita/1/b?amp"}
    assert seen_urls_by_outlet(tmp_path / "absent.duckdb") == {}


def test_archived_article_pages_streams_the_newest_capture_by_outlet(tmp_path):
    url = "https://langgam.id/a/"
    db = _load(tmp_path, pages=[
        _page(url, "langgam", 10, "2024-09-26T01:00:00+00:00"),
        _page(url, "langgam", 20, "2024-09-27T01:00:00+00:00"),
        _page("https://minangsatu.com/berita/1/b", "minangsatu", 30,
              "2024-09-26T01:00:00+00:00")])
    pages = list(archived_article_pages(db, batch=1))
    assert [(p["outlet"], p["warc_offset"]) for p in pages] == [("langgam", 20),
                                                                  ("minangsatu", 30)]
    assert pages[0]["feed_published"] == "Kamis, 26 September 2024"
    assert [p["outlet"] for p in archived_article_pages(db, ["minangsatu"])] == ["minangsatu"]
    assert list(archived_article_pages(tmp_path / "absent.duckdb")) == []
