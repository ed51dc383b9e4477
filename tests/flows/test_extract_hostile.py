"""``warta extract`` on files and options a user may hand it by mistake: each is one line
(an ``error:`` line, exit 2 for a usage error and 1 for a file that cannot be read, or the
page's reject as JSON, exit 1) or a sensible result; never a traceback, never a hang. And
every real page of ../shared/real-html extracts."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest
from real_html import REAL_HTML, real_pages
from typer.testing import CliRunner

from flows.cli import app

URL = "https://warta-nagari.example/berita/apel-netralitas-asn/"
TITLE = "Apel Netralitas ASN di Padang"
BODY = ("Pemerintah Kota Padang menggelar apel netralitas aparatur sipil negara pada Senin "
        "(7/10/2024) di halaman balai kota, diikuti sekitar empat ratus pegawai. Usai apel, "
        "para kepala dinas menandatangani pakta integritas, kata Sekretaris Daerah Andrée.")
PAGE = (f"<html lang='id'><head>{{meta}}<title>{TITLE}</title></head><body><article>"
        f"<h1>{TITLE}</h1>{''.join(f'<p>{BODY}</p>' for _ in range(3))}</article></body></html>")


def page(meta: str = "") -> str:
    return PAGE.replace("{meta}", meta)


def run(path: Path, *options: str, url: str = URL):
    result = CliRunner().invoke(app, ["extract", str(path), "--url", url, *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{type(result.exception).__name__}: {result.exception}")
    return result


def one_line(result) -> str:
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


@pytest.mark.parametrize(("name", "content", "says"), [
    ("missing.html", None, "no such file"),
    ("folder", "dir", "not a file"),
], ids=["missing", "a directory"])
def test_a_page_that_is_no_file_is_a_usage_error(tmp_path, name, content, says):
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    result = run(path)
    assert result.exit_code == 2
    assert one_line(result) == f"error: page {path}: {says}"


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="no /proc/self/mem")
def test_a_file_that_cannot_be_read_is_one_error_line_exit_1():
    """/proc/self/mem is a file whose reading fails (EIO): an unreadable disk sector's way."""
    result = run(Path("/proc/self/mem"))
    assert result.exit_code == 1
    assert one_line(result).startswith("error: page /proc/self/mem: ")


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty document"),
    (png(), "binary content, not an HTML document"),
    (b"<html><head><title>Galeri</title></head><body><div><img src='a.jpg'></div></body>"
     b"</html>", "empty or too short body (0 chars)"),
], ids=["empty", "png", "no text"])
def test_a_file_that_holds_no_article_is_its_reject(tmp_path, content, reason):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    result = run(path)
    assert result.exit_code == 1
    assert json.loads(one_line(result)) == {"url": URL, "rejected": reason}


def test_a_file_over_the_crawls_size_limit_is_refused_unread(tmp_path):
    """100 MB (sparse: no disk is written): refused as a crawl refuses such a body, after
    reading just past the limit, instead of being read, decoded and parsed whole."""
    path = tmp_path / "big.html"
    with path.open("wb") as handle:
        handle.write(page().encode())
        handle.truncate(100 * 1024 * 1024)
    result = run(path)
    assert result.exit_code == 1
    assert json.loads(one_line(result)) == {
        "url": URL,
        "rejected": "size limit exceeded: body larger than DOWNLOAD_MAXSIZE (20971520 bytes)"}


@pytest.mark.parametrize("encoded", [
    page().encode("cp1252"),
    page("<meta charset='windows-1252'>").encode("cp1252"),
    page().encode("latin-1"),
    page().encode("utf-16"),  # with its BOM
    page("<meta charset='utf-16'>").encode("utf-8"),  # a stale declaration: HTML reads UTF-8
], ids=["windows-1252", "declared windows-1252", "latin-1", "utf-16 with bom",
        "utf-8 declared utf-16"])
def test_pages_in_other_encodings_read_as_their_text(tmp_path, encoded):
    path = tmp_path / "page.html"
    path.write_bytes(encoded)
    result = run(path)
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)["article"]
    assert article["title"] == TITLE
    assert "Sekretaris Daerah Andrée." in article["text"] and "\ufffd" not in article["text"]


@pytest.mark.parametrize(("url", "says"), [
    ("bukan alamat", "not an http(s) address"),
    ("ftp://warta-nagari.example/berita/x/", "not an http(s) address"),
    ("https:///berita/x/", "not an http(s) address"),
    ("http://[::1/berita/", "not an http(s) address"),
    ("http://warta-nagari.example:delapan/x/", "not an http(s) address"),
    ("", "not an http(s) address"),
    ("https://warta-nagari.example/berita/apel netralitas/",
     "an address has no spaces (write them as %20)"),
], ids=["words", "ftp", "no host", "broken ipv6", "port not a number", "empty", "space"])
def test_a_url_that_is_no_web_address_is_a_usage_error(tmp_path, url, says):
    path = tmp_path / "page.html"
    path.write_text(page(), encoding="utf-8")
    result = run(path, url=url)
    assert result.exit_code == 2
    assert one_line(result).startswith(f"error: --url {url!r}: {says}")


def test_blanks_around_a_pasted_url_are_dropped(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(page(), encoding="utf-8")
    result = run(path, url=f"  {URL}\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["article"]["url"] == URL


@pytest.mark.parametrize("zone", ["Asia/Atlantis", "", "asia/jakarta", "../etc/passwd"])
def test_an_unknown_timezone_is_a_usage_error(tmp_path, zone):
    path = tmp_path / "page.html"
    path.write_text(page(), encoding="utf-8")
    result = run(path, "--timezone", zone)
    assert result.exit_code == 2
    assert one_line(result).startswith(f"error: unknown time zone {zone!r}")


@pytest.mark.skipif(not (REAL_HTML / "SOURCES.tsv").exists(),
                    reason=f"no real pages at {REAL_HTML}")
def test_every_real_page_extracts():
    pages = list(real_pages())
    assert len(pages) >= 19
    failed = {}
    for real in pages:
        result = run(REAL_HTML / real.file, url=real.url)
        if result.exit_code != 0:
            failed[real.name] = result.output[:200]
            continue
        article = json.loads(result.output)["article"]
        if not (article["title"] and article["text"] and article["published_at"]):
            failed[real.name] = "no title, text or date"
    assert not failed


def test_an_empty_outlet_is_an_unknown_outlet_not_none_given(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(page(), encoding="utf-8")
    result = run(path, "--outlet", "")
    assert result.exit_code == 2
    assert one_line(result).startswith("error: unknown outlet ''")
