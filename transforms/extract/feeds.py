"""Read RSS 2.0, Atom and XML sitemaps into entries, safely (no entities, no network)."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None = None
    published_raw: str | None = None
    is_sitemap: bool = False  # an entry of a sitemap index: another sitemap to read


class FeedError(ValueError):
    pass


_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, huge_tree=False,
                       load_dtd=False, recover=True)


def _local(tag: object) -> str:
    """'{ns}item' -> 'item'; also 'rdf:RDF' -> 'rdf', a prefix left undeclared (recover=True
    keeps it in the name, where etree.QName raises ValueError)."""
    return tag.rpartition("}")[2].rpartition(":")[2].lower() if isinstance(tag, str) else ""


def _child_text(element: etree._Element, *names: str) -> str | None:
    for child in element:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_feed(body: bytes) -> list[FeedEntry]:
    """Entries of an RSS, Atom, sitemap or sitemap-index document, in document order."""
    try:
        return _parse_feed(body)
    except UnicodeDecodeError as exc:  # e.g. xmlns="&#xD800;...": kept by libxml2, not by lxml
        raise FeedError(f"undecodable XML names: {exc}") from exc


def _parse_feed(body: bytes) -> list[FeedEntry]:
    if not body or not body.strip():
        raise FeedError("empty feed document")
    if b"<!ENTITY" in body[:4096].upper():
        raise FeedError("feed declares XML entities (refused: entity expansion attack)")
    try:
        root = etree.fromstring(body, etree.XMLParser(**_PARSER_OPTIONS))
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"unparseable XML: {exc}") from exc
    if root is None:
        raise FeedError("no XML root element")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise FeedError("feed declares XML entities (refused: entity expansion attack)")
    kind = _local(root.tag)
    entries: list[FeedEntry] = []
    if kind in ("rss", "rdf"):
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            link = _child_text(item, "link") or _child_text(item, "guid")
            if link:
                entries.append(FeedEntry(link, _child_text(item, "title"),
                                         _child_text(item, "pubdate", "date")))
    elif kind == "feed":
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            href = next((link.get("href") for link in entry if _local(link.tag) == "link"
                         and link.get("rel", "alternate") == "alternate"), None)
            if href:
                entries.append(FeedEntry(href, _child_text(entry, "title"),
                                         _child_text(entry, "published", "updated")))
    elif kind in ("urlset", "sitemapindex"):
        for node in root:
            loc = _child_text(node, "loc")
            if not loc:
                continue
            published = None
            for sub in node.iter():
                if _local(sub.tag) in ("publication_date", "lastmod") and sub.text:
                    published = sub.text.strip()
                    break
            title = next((s.text.strip() for s in node.iter()
                          if _local(s.tag) == "title" and s.text), None)
            entries.append(FeedEntry(loc, title, published, is_sitemap=kind == "sitemapindex"))
    else:
        raise FeedError(f"not a feed or sitemap (root element <{kind}>)")
    return entries
