"""``warta ingest --all-hosts``: the HTML pages of a host outside the registry load as the
generic outlet ``other:<host>`` (no selectors, Asia/Jakarta), each judged by its own article
signals, so its listing pages stay out; without the flag nothing of that host loads."""

from __future__ import annotations

import pytest
from signal_pages import article_page, listing_page
from test_outside_pattern import write_warc
from typer.testing import CliRunner

from warehouse.db import reader

REGISTRY_ARTICLE = "https://langgam.id/pj-wali-kota-padang-ingatkan-asn/"
HOST = "kabar-luwu.example"
OTHER_ARTICLE = f"https://{HOST}/pemerintahan/bupati-luwu-minta-asn-jaga-netralitas"
OTHER_LISTING = f"https://{HOST}/kanal/pemerintahan"
OTHER_IMAGE = f"https://{HOST}/img/logo.png"
HEADLINE = "Bupati Luwu Minta ASN Jaga Netralitas Selama Masa Kampanye"
PARAGRAPHS = (
    "Belopa - Penjabat Bupati Luwu, Andi Mahmud Rasyid, meminta seluruh aparatur sipil "
    "negara di lingkungan Pemerintah Kabupaten Luwu menjaga netralitas selama masa kampanye "
    "Pemilihan Kepala Daerah Serentak 2024.",
    "Permintaan itu disampaikan dalam rapat koordinasi bersama para camat dan kepala dinas di "
    "aula kantor bupati di Belopa, Senin (14/10/2024), yang dihadiri sekitar 150 pejabat.",
    "Menurut Andi Mahmud, pegawai dilarang ikut berkampanye, memasang atribut pasangan calon, "
    "atau mengunggah dukungan kepada calon tertentu di media sosial pribadi mereka.",
    "Ia menambahkan, laporan pelanggaran akan diteruskan kepada Badan Kepegawaian Negara "
    "dan pegawai yang terbukti melanggar dapat dijatuhi sanksi disiplin.",
)


def other_article() -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="id"><head><title>{HEADLINE} | Kabar Luwu</title>'
            '<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{HEADLINE}">'
            '<meta property="article:published_time" content="2024-10-14T14:15:00+08:00">'
            '</head><body><nav><a href="/">Beranda</a><a href="/kanal/pemerintahan">'
            f'Pemerintahan</a></nav><main><article><h1>{HEADLINE}</h1>'
            f'<div class="konten">{body}</div></article></main></body></html>').encode()


@pytest.fixture(scope="module")
def runs(tmp_path_factory, prefect_harness):
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("allhosts")
    html = "text/html; charset=utf-8"
    archive = write_warc(tmp / "mixed.warc.gz", [
        (REGISTRY_ARTICLE, 200, html, article_page(REGISTRY_ARTICLE)),
        (OTHER_ARTICLE, 200, html, other_article()),
        (OTHER_LISTING, 200, html, listing_page("Pemerintahan")),
        (OTHER_IMAGE, 200, "image/png", b"\x89PNG\r\n\x1a\n"),
    ])
    summaries = {}
    for flag in (True, False):
        db = tmp / f"all-{flag}.duckdb"
        summaries[flag] = (ingest(archives=[archive], db_path=str(db),
                                  data_dir=str(tmp / f"d-{flag}"), all_hosts=flag), db)
    return summaries


def query(db, sql, params=None):
    with reader(db) as con:
        return con.execute(sql, params or []).fetchall()


def test_an_unknown_hosts_article_loads_as_its_generic_outlet(runs):
    _, db = runs[True]
    rows = query(db, "SELECT url, outlet, text, published_at FROM articles ORDER BY outlet")
    assert [(r[0], r[1]) for r in rows] == [(REGISTRY_ARTICLE, "langgam"),
                                            (OTHER_ARTICLE, f"other:{HOST}")]
    _, _, text, published = rows[1]
    assert "Andi Mahmud" in text and "sanksi disiplin" in text
    assert published.isoformat().startswith("2024-10-14T06:15:00")  # 14:15 WITA


def test_the_views_show_it_in_jakarta_time(runs):
    _, db = runs[True]
    [(name, day)] = query(db, "SELECT outlet_name, published_date_local FROM fct_articles "
                          "WHERE outlet = ?", [f"other:{HOST}"])
    assert (name, str(day)) == (f"other:{HOST}", "2024-10-14")
    [(title, local)] = query(db, "SELECT title, published_local FROM v_articles "
                             "WHERE outlet = ?", [f"other:{HOST}"])
    assert (title, local.strftime("%H:%M")) == (HEADLINE, "13:15")  # 14:15 WITA in WIB


def test_its_listing_page_is_skipped_not_rejected(runs):
    _, db = runs[True]
    rejects = {r[0] for r in query(db, "SELECT url FROM rejects")}
    articles = {r[0] for r in query(db, "SELECT url FROM article_urls")}
    assert OTHER_LISTING not in rejects and OTHER_LISTING not in articles
    staged = dict(query(db, "SELECT url, kind FROM pages WHERE outlet = ?", [f"other:{HOST}"]))
    assert staged == {OTHER_ARTICLE: "candidate", OTHER_LISTING: "candidate"}  # no image


def test_the_runs_health_and_summary_show_the_other_host(runs):
    summary, _ = runs[True]
    assert summary["outlets"] == ["langgam", f"other:{HOST}"]
    health = summary["load"]["health"][f"other:{HOST}"]
    assert health["articles"] == 1 and health["articles_outside_pattern"] == 1
    assert health["rejects"] == 0


def test_without_the_flag_nothing_of_the_unknown_host_loads(runs):
    summary, db = runs[False]
    assert summary["outlets"] == ["langgam"]
    assert query(db, "SELECT DISTINCT outlet FROM pages") == [("langgam",)]
    assert query(db, "SELECT url FROM articles") == [(REGISTRY_ARTICLE,)]


def test_reprocess_reads_the_generic_outlet_again(runs, tmp_path):
    from flows.reprocess import reprocess

    _, db = runs[True]
    summary = reprocess(db_path=str(db), data_dir=str(tmp_path))
    assert f"other:{HOST}" in summary["outlets"]
    assert summary["load"]["health"][f"other:{HOST}"]["articles"] == 1
    assert query(db, "SELECT count(*) FROM rejects") == [(0,)]


def test_the_cli_passes_the_flag(monkeypatch, tmp_path):
    import flows.ingest

    seen = {}
    monkeypatch.setattr(flows.ingest, "ingest", lambda **kw: seen.update(kw) or {})
    archive = write_warc(tmp_path / "a.warc.gz", [(OTHER_ARTICLE, 200, "text/html",
                                                   other_article())])
    from flows.cli import app

    CliRunner().invoke(app, ["ingest", archive, "--all-hosts", "--db",
                             str(tmp_path / "w.duckdb"), "--data-dir", str(tmp_path)])
    assert seen.get("all_hosts") is True
