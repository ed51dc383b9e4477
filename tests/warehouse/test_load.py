import json
import threading
import time

import pytest

from warehouse.db import reader
from warehouse.load import load_run
from warehouse.lock import LockTimeout, file_lock
from warehouse.queries import seen_urls


def article(url, text="isi berita", **extra):
    return {"url": url, "canonical_url": url, "outlet": "langgam", "title": "Judul",
            "author": None, "published_at": "2024-07-04T08:30:00+00:00",
            "published_raw": "2024-07-04T15:30:00+07:00", "published_source": "jsonld",
            "dateline": None, "text": text, "text_hash": f"h-{text}", "language": "id",
            "extractor_version": "1", "warc_file": "/a.warc.gz", "warc_offset": 10,
            "fetched_at": "2024-07-05T00:00:00+00:00", "run_id": "r1",
            "aliases": [url, url + "?amp"], **extra}


def stage(tmp_path, run, name, rows):
    path = tmp_path / "staging" / run / "langgam" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path.parent.parent


def count(db, table):
    with reader(db) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_rerun_adds_nothing_and_changes_are_updates(tmp_path):
    db = tmp_path / "w.duckdb"
    run_dir = stage(tmp_path, "r1", "articles.jsonl",
                    [article("https://langgam.id/a/"), article("https://langgam.id/b/")])
    first = load_run(db, run_dir, {"run_id": "r1", "flow": "nightly"})
    assert (first.articles_new, first.articles_unchanged) == (2, 0)
    # the same run loaded again (a retry) keeps saying what that run added
    retry = load_run(db, run_dir, {"run_id": "r1", "flow": "nightly"})
    assert (retry.articles_new, retry.articles_updated, retry.articles_unchanged) == (2, 0, 0)
    # a later run of the same pages adds nothing
    rerun = stage(tmp_path, "r1b", "articles.jsonl",
                  [article("https://langgam.id/a/"), article("https://langgam.id/b/")])
    again = load_run(db, rerun, {"run_id": "r1b", "flow": "nightly"})
    assert (again.articles_new, again.articles_updated, again.articles_unchanged) == (0, 0, 2)
    assert count(db, "articles") == 2
    changed = stage(tmp_path, "r2", "articles.jsonl",
                    [article("https://langgam.id/a/", text="koreksi")])
    third = load_run(db, changed, {"run_id": "r2", "flow": "nightly"})
    assert (third.articles_new, third.articles_updated) == (0, 1)
    with reader(db) as con:
        text, first_run, updated_run = con.execute(
            "SELECT text, run_id, updated_run_id FROM articles WHERE url LIKE '%/a/'").fetchone()
    assert (text, first_run, updated_run) == ("koreksi", "r1", "r2")
    assert count(db, "crawl_runs") == 3
    assert seen_urls(db) == {"https://langgam.id/a/", "https://langgam.id/a/?amp",
                             "https://langgam.id/b/", "https://langgam.id/b/?amp"}


def test_a_key_repeated_in_one_batch_keeps_the_newest_fetch(tmp_path):
    db = tmp_path / "w.duckdb"
    rows = [article("https://langgam.id/a/", text="lama"),
            article("https://langgam.id/a/", text="baru", fetched_at="2024-07-06T00:00:00+00:00")]
    report = load_run(db, stage(tmp_path, "r1", "articles.jsonl", rows), {"run_id": "r1"})
    assert report.articles_new == 1
    with reader(db) as con:
        assert con.execute("SELECT text FROM articles").fetchone()[0] == "baru"


def test_malformed_batch_is_quarantined_and_the_rest_loads(tmp_path):
    db = tmp_path / "w.duckdb"
    run_dir = stage(tmp_path, "r1", "articles.jsonl", [article("https://langgam.id/a/")])
    bad = run_dir / "antara" / "articles.jsonl"
    bad.parent.mkdir()
    bad.write_text('{"url": "https://x/", "canonical_url": "https://x/"\n{not json\n')
    missing = run_dir / "kalbar" / "rejects.jsonl"
    missing.parent.mkdir()
    missing.write_text(json.dumps({"url": "https://x/"}) + "\n")  # no stage, no reason
    report = load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    assert report.articles_new == 1
    assert len(report.quarantined) == 2
    assert not bad.exists()
    reasons = sorted((tmp_path / "q" / "r1").glob("*.reason.txt"))
    assert len(reasons) == 2 and all(r.read_text().strip() for r in reasons)


def test_rejects_count_repeats_across_runs(tmp_path):
    db = tmp_path / "w.duckdb"
    row = {"url": "https://langgam.id/x/", "outlet": "langgam", "stage": "fetch",
           "reason": "http 500"}
    for run in ("r1", "r2"):
        load_run(db, stage(tmp_path, run, "rejects.jsonl", [{**row, "run_id": run}]),
                 {"run_id": run})
    with reader(db) as con:
        assert con.execute("SELECT times, first_run_id, last_run_id FROM rejects").fetchall() \
            == [(2, "r1", "r2")]


def test_writer_lock_serialises_and_times_out(tmp_path):
    db = tmp_path / "w.duckdb"
    order = []

    def hold():
        with file_lock(db, exclusive=True):
            order.append("first in")
            time.sleep(0.5)
            order.append("first out")

    thread = threading.Thread(target=hold)
    thread.start()
    time.sleep(0.1)
    with pytest.raises(LockTimeout):
        with file_lock(db, exclusive=True, timeout=0.1):
            pass
    with file_lock(db, exclusive=True, timeout=5):
        order.append("second in")
    thread.join()
    assert order == ["first in", "first out", "second in"]


def test_a_reader_waiting_for_a_warta_writer_says_so_once(tmp_path):
    """A reading command during a load waits on warta's own lock file: it says once, in one
    line, that it waits and for how long (before, it waited up to ten minutes in silence)."""
    from warehouse.db import reader, writer

    db = tmp_path / "w.duckdb"
    with writer(db):
        pass
    said: list[str] = []
    with file_lock(db, exclusive=True):  # a load holding the warehouse
        with pytest.raises(LockTimeout):
            with reader(db, timeout=0.5, on_wait=said.append):
                pass
    assert len(said) == 1 and "another warta process" in said[0]
    with reader(db, timeout=0.5, on_wait=said.append):  # free again: nothing said
        pass
    assert len(said) == 1


def test_an_oversize_staged_file_loads_in_parts_and_leaves_no_parts_behind(tmp_path):
    """A hand-made staged file of 2,500 articles is read 1,000 rows at a time (memory stays
    bounded), loads exactly like the crawl's parts, and is itself left as it was."""
    rows = [article(f"https://langgam.id/a-{i}/", text=f"isi {i}") for i in range(2500)]
    run_dir = stage(tmp_path, "big", "articles.jsonl", rows)
    staged = run_dir / "langgam" / "articles.jsonl"
    before = staged.read_bytes()
    db = tmp_path / "w.duckdb"
    report = load_run(db, run_dir, {"run_id": "big"})
    assert report.articles_new == 2500
    assert count(db, "articles") == 2500
    with reader(db) as con:
        assert con.execute("SELECT count(DISTINCT text) FROM articles").fetchone()[0] == 2500
    assert staged.read_bytes() == before
    assert not any((tmp_path / "w.duckdb.tmp").glob("parts-*"))


def test_bounded_parts_splits_in_order_and_keeps_small_files(tmp_path):
    from warehouse.parts import bounded_parts

    small = tmp_path / "small.jsonl"
    small.write_text("".join(f'{{"n": {i}}}\n' for i in range(3)))
    big = tmp_path / "big.jsonl"
    big.write_text("".join(f'{{"n": {i}}}\n' for i in range(7)) + '{"n": 7}')  # no final \n
    parts = bounded_parts([small, big], tmp_path / "parts", rows=3)
    assert parts[0] == small
    assert [len(p.read_text().splitlines()) for p in parts[1:]] == [3, 3, 2]
    numbers = [json.loads(line)["n"] for p in parts[1:] for line in p.read_text().splitlines()]
    assert numbers == list(range(8))


def test_event_organiser_region_reaches_the_mart_and_regions_use_official_names(tmp_path):
    db = tmp_path / "w.duckdb"
    url = "https://langgam.id/bimtek/"
    event = {"event_id": "e1", "canonical_url": url, "event_date": "2024-07-12",
             "activities": ["bimtek"], "regency": "Kabupaten Agam", "regency_code": "13.06",
             "province": "Sumatera Barat", "province_code": "13",
             "organiser_region": "Kota Padang Panjang", "organiser_region_code": "13.74"}
    run_dir = stage(tmp_path, "r1", "articles.jsonl", [article(url)])
    stage(tmp_path, "r1", "events.jsonl", [event, {**event, "event_id": "e0",
                                                   "canonical_url": url,
                                                   "organiser_region": None,
                                                   "organiser_region_code": None}])
    load_run(db, run_dir, {"run_id": "r1", "flow": "nightly"})
    with reader(db) as con:
        rows = con.execute("SELECT event_id, regency, organiser_region, organiser_region_code "
                           "FROM fct_events ORDER BY event_id").fetchall()
        padang = con.execute("SELECT regency, short_name, province FROM dim_regions "
                             "WHERE regency_code = '13.71'").fetchone()
    assert rows == [("e0", "Kabupaten Agam", None, None),
                    ("e1", "Kabupaten Agam", "Kota Padang Panjang", "13.74")]
    assert padang == ("Kota Padang", "Padang", "Sumatera Barat")


def test_events_staged_before_the_offices_split_load_split(tmp_path):
    """A pending file written by an older extractor (no ``offices`` key) loads as new ones do:
    a nameless office leaves ``officials`` for ``offices``; a file with ``offices`` is kept."""
    db = tmp_path / "w.duckdb"
    url, other = "https://langgam.id/apel/", "https://langgam.id/ikrar/"
    old = {"event_id": "e1", "canonical_url": url, "event_date": "2024-07-12",
           "activities": ["apel"],
           "officials": [{"title": "Bupati", "name": None, "region": "Kabupaten Agam",
                          "honorifics": [], "aliases": []},
                         {"title": "Sekretaris Daerah", "name": "Rahmat Sudirja",
                          "region": None, "honorifics": [], "aliases": []}]}
    new = {"event_id": "e2", "canonical_url": other, "event_date": "2024-07-13",
           "activities": ["ikrar"], "officials": [],
           "offices": [{"title": "Camat", "region": None}]}
    run_dir = stage(tmp_path, "r1", "articles.jsonl", [article(url), article(other, "lain")])
    stage(tmp_path, "r1", "events.jsonl", [old, new])
    load_run(db, run_dir, {"run_id": "r1", "flow": "nightly"})
    with reader(db) as con:
        rows = con.execute("SELECT event_id, officials, offices FROM events "
                           "ORDER BY event_id").fetchall()
    officials = {e: json.loads(o) for e, o, _ in rows}
    offices = {e: json.loads(f) for e, _, f in rows}
    assert [o["name"] for o in officials["e1"]] == ["Rahmat Sudirja"]
    assert offices["e1"] == [{"title": "Bupati", "region": "Kabupaten Agam"}]
    assert officials["e2"] == [] and offices["e2"] == [{"title": "Camat", "region": None}]
