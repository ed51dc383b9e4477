"""Where an archived response lies, and the key replay looks a URL up by.

Shared by the archive (``spiders/warc.py`` writes and reads records) and its index
(``spiders/cdxj.py`` lists them), so neither imports the other for these names.
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms.extract.urls import canonicalize


@dataclass(frozen=True)
class RecordRef:
    """Where one response lives: file path and byte offset of its (gzip member) record."""

    warc_file: str
    offset: int
    length: int = 0


def url_key(url: str) -> str:
    """The key replay looks URLs up by: canonical form, so tracking noise does not miss."""
    try:
        return canonicalize(url)
    except Exception:
        return url
