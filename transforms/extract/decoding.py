"""Response bytes to text, the way Indonesian news sites really send them."""

from __future__ import annotations

import codecs

from w3lib.encoding import html_to_unicode, resolve_encoding


def _cp1252_for_invalid(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("warta-cp1252", _cp1252_for_invalid)


def decode_html(body: bytes, content_type: str | None) -> str:
    """Bytes to text: BOM, then HTTP charset, then <meta charset>, then a guess (w3lib).

    Indonesian sites often send windows-1252 bytes under a "utf-8" header (or none): when
    UTF-8 decoding hits invalid bytes, only those bytes are read as cp1252, so valid UTF-8
    is untouched and "Rp1.500 – é" survives instead of becoming U+FFFD.
    """
    encoding, text = html_to_unicode(content_type or "", body)
    if "\ufffd" in text and resolve_encoding(encoding) == "utf-8":
        text = body.decode("utf-8-sig", errors="warta-cp1252")
    return text
