"""Where an archived response lies, and the key replay looks a URL up by.

Shared by the archive (``spiders/warc.py`` writes and reads records) and its index
(``spiders/cdxj.py`` lists them), so neither imports the other for these names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from transforms.extract.urls import canonicalize


@dataclass(frozen=True)
class RecordRef:
    """Where one response lives: file path and byte offset of its (gzip member) record.
    ``payload``: where its body lives when the record is a revisit of an identical payload
    (the original response; ``spiders/revisits.py``)."""

    warc_file: str
    offset: int
    length: int = 0
    payload: RecordRef | None = None


def ref_fields(ref: RecordRef) -> dict[str, Any]:
    """The fields of a page row that say where its response lies (``page_ref`` reads them).
    A revisit read through other revisits names the record holding its body: the row keeps
    its own headers and that body, not the header updates of the revisits between them."""
    fields: dict[str, Any] = {"warc_file": ref.warc_file, "warc_offset": ref.offset}
    payload = ref.payload
    while payload is not None and payload.payload is not None:
        payload = payload.payload
    if payload is not None:
        fields.update(payload_file=payload.warc_file, payload_offset=payload.offset)
    return fields


def page_ref(page: Mapping[str, Any]) -> RecordRef:
    """Where a page row's response lies; its ``warc_copy`` / ``payload_copy`` (local copies
    of stored archives) when it has them."""
    payload = None
    if page.get("payload_file"):
        payload = RecordRef(page.get("payload_copy") or page["payload_file"],
                            int(page["payload_offset"]))
    return RecordRef(page.get("warc_copy") or page["warc_file"], int(page["warc_offset"]),
                     payload=payload)


def url_key(url: str) -> str:
    """The key replay looks URLs up by: canonical form, so tracking noise does not miss."""
    try:
        return canonicalize(url)
    except Exception:
        return url
