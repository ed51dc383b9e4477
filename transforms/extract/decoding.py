"""Response bytes to text, the way Indonesian news sites really send them."""

from __future__ import annotations

import codecs

from w3lib.encoding import html_to_unicode, resolve_encoding

# Single-byte Latin charsets as w3lib resolves them (it reads latin-1 and ascii as cp1252).
_SINGLE_BYTE_LATIN = frozenset({"cp1252", "iso8859-15", "cp1250", "iso8859-2"})
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _cp1252_for_invalid(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("warta-cp1252", _cp1252_for_invalid)


def decode_html(body: bytes, content_type: str | None) -> str:
    """Bytes to text: BOM, then HTTP charset, then <meta charset>, then a guess (w3lib).

    Indonesian sites often send windows-1252 bytes under a "utf-8" header (or none): when
    UTF-8 decoding hits invalid bytes, only those bytes are read as cp1252, so valid UTF-8
    is untouched and "Rp1.500 – é" survives instead of becoming U+FFFD.

    The opposite lie too: UTF-8 bytes under a declared single-byte Latin charset (a CMS
    template's stale <meta charset="windows-1252">). Non-ASCII bytes that are valid UTF-8
    are read as UTF-8: Latin text almost never forms valid multi-byte sequences by chance
    ("Ã©" before a space or a letter does not), while read as cp1252 they are mojibake
    ("â€”"). Trafilatura's decode_file and charset-normalizer probe UTF-8 the same way.

    And UTF-16 declared over bytes that hold no NUL, so no UTF-16 text (its ASCII letters
    have a zero byte each): a stale <meta charset="utf-16"> that HTML's own rule reads as
    UTF-8. Real UTF-16 starts with its BOM, which comes first.
    """
    encoding, text = html_to_unicode(content_type or "", body)
    codec = resolve_encoding(encoding)
    if codec.startswith("utf-16") and not body.startswith(_UTF16_BOMS) \
            and b"\x00" not in body[:4096]:
        codec, text = "utf-8", body.decode("utf-8", errors="replace")
    if codec == "utf-8":
        if "\ufffd" in text:
            text = body.decode("utf-8-sig", errors="warta-cp1252")
    elif codec in _SINGLE_BYTE_LATIN and not body.isascii():
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass  # really single-byte text: as declared
    return text
