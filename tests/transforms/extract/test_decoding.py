"""decode_html on charsets that lie: the bytes win over a wrong declaration."""

import pytest

from transforms.extract.decoding import decode_html

TEXT = "Bupati Sukamaju — kata Ayu Pratiwi — meminta ASN netral; café Rp1.500 – “selesai”."


def page(charset_meta: str, text: str = TEXT) -> str:
    return (f"<html><head><meta charset=\"{charset_meta}\"><title>Judul</title></head>"
            f"<body><p>{text}</p></body></html>")


@pytest.mark.parametrize(("meta", "content_type"), [
    ("windows-1252", None),
    ("iso-8859-1", None),
    ("utf-8", "text/html; charset=windows-1252"),
    ("windows-1252", "text/html; charset=ISO-8859-1"),
    ("iso-8859-15", None),
])
def test_utf8_bytes_under_a_declared_latin_charset_are_read_as_utf8(meta, content_type):
    decoded = decode_html(page(meta).encode("utf-8"), content_type)
    assert TEXT in decoded
    assert "â€" not in decoded and "Ã" not in decoded


def test_real_windows_1252_bytes_under_their_declaration_stay_windows_1252():
    body = page("windows-1252").encode("cp1252")
    assert TEXT in decode_html(body, None)
    assert TEXT in decode_html(body, "text/html; charset=windows-1252")


def test_windows_1252_bytes_under_a_utf8_header_still_read_as_windows_1252():
    body = page("utf-8").encode("cp1252")
    assert TEXT in decode_html(body, "text/html; charset=utf-8")


def test_ascii_pages_are_unchanged():
    html = page("windows-1252", "Bupati meminta ASN netral.")
    assert decode_html(html.encode("ascii"), None) == html


@pytest.mark.parametrize("content_type", [None, "text/html; charset=utf-16"])
def test_utf8_bytes_under_a_declared_utf16_are_read_as_utf8(content_type):
    """HTML reads a <meta charset="utf-16"> as UTF-8; bytes without a NUL are no UTF-16."""
    decoded = decode_html(page("utf-16").encode("utf-8"), content_type)
    assert TEXT in decoded


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_its_bom_stays_utf16(codec):
    body = page("utf-16").encode(codec)
    if codec == "utf-16-be":
        body = b"\xfe\xff" + body
    assert TEXT in decode_html(body, None)
