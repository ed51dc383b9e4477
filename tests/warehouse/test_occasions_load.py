"""Occasions in the loader: copies cluster, reports merge inside the run's transaction, a
new report joins an existing occasion under its id, reprocess keeps ids, a rerun changes
nothing, and a failed load leaves the occasions as they were."""

from __future__ import annotations

import json

import pytest

from warehouse.db import reader
from warehouse.load import load_run

BODY = (
    "Penjabat Bupati Lembah Hijau Rudi Hartawan memimpin apel gabungan di halaman kantor "
    "bupati pada Senin (16/9/2024) yang diikuti sekitar 600 aparatur sipil negara. Dalam "
    "arahannya Rudi menegaskan bahwa setiap ASN wajib menjaga netralitas selama tahapan "
    "pemilihan kepala daerah dan tidak boleh mengunggah dukungan kepada pasangan calon di media "
    "sosial. Usai apel, seluruh kepala organisasi perangkat daerah membacakan ikrar netralitas."
)
REWRITE = (
    "Ratusan pegawai Pemkab Lembah Hijau mengikuti apel bersama, Senin pagi. Pj Bupati Rudi "
    "Hartawan dalam kesempatan itu meminta jajarannya tidak berpihak kepada kandidat mana pun "
    "menjelang pencoblosan. Menurut dia, birokrasi harus melayani semua warga tanpa membedakan "
    "pilihan politik. Kegiatan ditutup dengan pembacaan ikrar oleh para kepala dinas."
)
OTHER = (
    "Kepolisian Resor Lembah Hijau menggelar sosialisasi pengamanan tempat pemungutan suara "
    "bagi personel dan perangkat desa pada Senin sore. Kapolres Agus Priyono meminta anggota "
    "bersikap netral dan sigap menjaga ketertiban, sementara perangkat desa diingatkan agar "
    "tidak mengarahkan warga memilih calon tertentu pada hari pemungutan suara nanti."
)
RUDI = {"title": "Pj Bupati Lembah Hijau", "name": "Rudi Hartawan"}
AGUS = {"title": "Kapolres Lembah Hijau", "name": "Agus Priyono"}


def article(url, outlet, text, published, version="1"):
    return {"url": url, "canonical_url": url, "outlet": outlet, "title": "Judul",
            "author": None, "published_at": published, "published_raw": None,
            "published_source": "jsonld", "dateline": None, "text": text,
            "text_hash": f"h-{hash(text)}", "language": "id", "extractor_version": version,
            "warc_file": "/a.warc.gz", "warc_offset": 10,
            "fetched_at": "2024-09-17T00:00:00+00:00", "run_id": "r", "aliases": [url],
            "relevance": 0.9, "about_asn_neutrality": True}


def event(url, activities, officials, day="2024-09-16", count=None, version="1"):
    return {"event_id": f"ev-{url.rsplit('/', 2)[-2]}", "canonical_url": url,
            "event_date": day, "event_date_raw": None, "event_date_confidence": 0.9,
            "announced": False, "activities": activities, "venue": None,
            "regency": "KABUPATEN LEMBAH HIJAU", "regency_code": "91.05",
            "province": "PAPUA", "province_code": "91", "officials": officials,
            "participants_count": count, "participants_group": None,
            "participants_phrase": None, "organisations": [], "relevance": 0.9,
            "extractor_version": version}


A = "https://langgam.id/a/"
B = "https://infopublik.id/b/"  # a copy of A
C = "https://langgam.id/c/"  # another occasion, same day and regency
D = "https://antara.test/d/"  # a rewrite of A's occasion, loaded later


def stage(tmp_path, run, articles, events):
    folder = tmp_path / "staging" / run / "x"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    (folder / "events.jsonl").write_text("".join(json.dumps(e) + "\n" for e in events))
    return folder.parent


def first_run(version="1"):
    return ([article(A, "langgam", BODY, "2024-09-16T05:00:00+00:00", version),
             article(B, "infopublik", "JAYAPURA (InfoPublik) - " + BODY + " Editor: Dewi.",
                     "2024-09-16T09:00:00+00:00", version),
             article(C, "langgam", OTHER, "2024-09-16T10:00:00+00:00", version)],
            [event(A, ["apel", "ikrar"], [RUDI], count=600, version=version),
             event(B, ["apel"], [], version=version),
             event(C, ["sosialisasi"], [AGUS], version=version)])


def state(db):
    with reader(db) as con:
        return {
            "occasions": con.execute("SELECT * FROM occasions ORDER BY occasion_id").fetchall(),
            "clusters": con.execute("SELECT * FROM article_clusters ORDER BY 1").fetchall(),
            "events": con.execute("SELECT event_id, occasion_id FROM events ORDER BY 1"
                                  ).fetchall(),
            "signatures": con.execute("SELECT canonical_url, text_hash FROM article_signatures "
                                      "ORDER BY 1").fetchall(),
        }


def occasion_of(db, url):
    with reader(db) as con:
        return con.execute("SELECT occasion_id FROM events WHERE canonical_url = ?",
                           [url]).fetchone()[0]


@pytest.fixture
def loaded(tmp_path):
    db = tmp_path / "w.duckdb"
    load_run(db, stage(tmp_path, "r1", *first_run()), {"run_id": "r1"})
    return db


def test_copies_cluster_and_their_events_are_one_occasion(loaded):
    with reader(loaded) as con:
        members = con.execute("SELECT canonical_url, first_publisher FROM article_clusters "
                              "ORDER BY 1").fetchall()
        assert members == [(B, A), (A, A)]
        row = con.execute("SELECT reports, outlets, urls, first_url, participants_count "
                          "FROM v_occasions WHERE occasion_id = ?",
                          [occasion_of(loaded, A)]).fetchone()
    assert row == (2, ["langgam", "infopublik"], [A, B], A, 600)
    assert occasion_of(loaded, B) == occasion_of(loaded, A)
    assert occasion_of(loaded, C) != occasion_of(loaded, A)  # same day and regency, apart


def test_a_rerun_changes_nothing(loaded, tmp_path):
    before = state(loaded)
    load_run(loaded, stage(tmp_path, "r1b", *first_run()), {"run_id": "r1b"})
    assert state(loaded) == before


def test_a_new_report_joins_the_occasion_under_its_id(loaded, tmp_path):
    oid = occasion_of(loaded, A)
    later = ([article(D, "antara", REWRITE, "2024-09-16T12:00:00+00:00")],
             [event(D, ["apel", "ikrar"], [RUDI], count=650)])
    load_run(loaded, stage(tmp_path, "r2", *later), {"run_id": "r2"})
    assert occasion_of(loaded, D) == oid
    with reader(loaded) as con:
        reports, run, counts = con.execute(
            "SELECT reports, updated_run_id, participants_reported FROM occasions "
            "WHERE occasion_id = ?", [oid]).fetchone()
        assert con.execute("SELECT count(*) FROM article_clusters WHERE canonical_url = ?",
                           [D]).fetchone()[0] == 0  # a rewrite is not a copy
        untouched = con.execute("SELECT updated_run_id FROM occasions WHERE occasion_id = ?",
                                [occasion_of(loaded, C)]).fetchone()[0]
    assert (reports, run, counts) == (3, "r2", [600, 650])
    assert untouched == "r1"


def test_reprocess_keeps_occasion_ids(loaded, tmp_path):
    before = {url: occasion_of(loaded, url) for url in (A, B, C)}
    load_run(loaded, stage(tmp_path, "r3", *first_run(version="2")),
             {"run_id": "r3", "flow": "reprocess"})
    assert {url: occasion_of(loaded, url) for url in (A, B, C)} == before


def test_a_failed_load_leaves_occasions_as_they_were(loaded, tmp_path, monkeypatch):
    import warehouse.load as load

    before = state(loaded)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(load, "_record_run", boom)
    later = ([article(D, "antara", REWRITE, "2024-09-16T12:00:00+00:00")],
             [event(D, ["apel", "ikrar"], [RUDI])])
    with pytest.raises(RuntimeError, match="disk full"):
        load_run(loaded, stage(tmp_path, "r4", *later), {"run_id": "r4"})
    assert state(loaded) == before


@pytest.fixture
def by_band_keys(monkeypatch):
    """Re-cluster through the band-key join, however few articles the warehouse holds."""
    import warehouse.occasions as occasions

    monkeypatch.setattr(occasions, "RECLUSTER_ALL", 1.0)


def test_a_later_copy_joins_through_the_band_keys(loaded, tmp_path, by_band_keys):
    copy = "https://antara.test/c-copy/"
    later = ([article(copy, "antara", "SENTANI (ANTARA) - " + OTHER + " Baca juga: banjir.",
                      "2024-09-16T13:00:00+00:00")],
             [event(copy, ["sosialisasi"], [])])
    load_run(loaded, stage(tmp_path, "r5", *later), {"run_id": "r5"})
    with reader(loaded) as con:
        rows = con.execute("SELECT canonical_url, first_publisher FROM article_clusters "
                           "ORDER BY 1").fetchall()
    assert rows == [(copy, C), (B, A), (A, A), (C, C)]
    assert occasion_of(loaded, copy) == occasion_of(loaded, C)


def test_a_corrected_text_leaves_its_cluster(loaded, tmp_path, by_band_keys):
    articles, events = first_run()
    articles = [dict(a, text=REWRITE, text_hash="h-corrected") if a["url"] == B else a
                for a in articles]
    load_run(loaded, stage(tmp_path, "r6", [articles[1]], [events[1]]), {"run_id": "r6"})
    with reader(loaded) as con:
        assert con.execute("SELECT count(*) FROM article_clusters").fetchone()[0] == 0
    # B names no official: without the copy it is no longer tied to A's occasion by
    # construction, but it still shares A's gathering on the same day and regency
    assert occasion_of(loaded, B) == occasion_of(loaded, A)


def test_the_web_view_snapshot_holds_the_occasions(loaded, tmp_path):
    import sqlite3

    from warehouse.snapshot import write_snapshot

    with reader(loaded) as con:
        write_snapshot(con, tmp_path / "w.sqlite")
    lite = sqlite3.connect(tmp_path / "w.sqlite")
    assert sorted(r[0] for r in lite.execute("SELECT reports FROM fct_occasions")) == [1, 2]
    assert lite.execute("SELECT sum(occasions) FROM v_occasions_per_province_month"
                        ).fetchone()[0] == 2
