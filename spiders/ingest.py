"""The pages of any web archive (warta's, ``wget --warc-file``, Browsertrix), matched to
outlets by host and classified as a crawl would: what ``warta ingest`` extracts and loads.

The archives are indexed once (CDXJ, ``spiders/cdxj.py``) and pages are classified from the
index (URL, status, MIME type); only feeds are read, for their article hints. Article bodies
are decompressed once, by extraction.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from spiders.cdxj import CdxjEntry, index_archives, mime_type, read_index
from spiders.records import ref_fields
from spiders.registry import Outlet, generic_outlet, outlet_for_url
from spiders.revisits import REVISIT, with_originals
from spiders.warc import archive_problem, read_headers, read_response
from spiders.warc_damage import DamagedStretch
from transforms.extract.feeds import FeedError, parse_feed
from transforms.extract.urls import canonicalize, resolve
from transforms.record import CANDIDATE, HTML_TYPES

FEED_TYPES = ("xml", "rss", "atom")


def index_each(paths: list[str], index: str | Path, skipped: dict[str, str],
               damaged: list[DamagedStretch] | None = None) -> list[CdxjEntry]:
    """The CDXJ entries of every readable archive of ``paths``, each archive checked and
    indexed on its own (``<index stem>-NNNN.cdxj``): one that is no WARC (empty, text,
    random bytes) or cannot be read to its end is left out, with why, in ``skipped``, and
    the others are indexed as if it had not been given. The damaged stretches of an archive
    otherwise read are added to ``damaged``."""
    index = Path(index)
    entries: list[CdxjEntry] = []
    for n, path in enumerate(paths):
        try:
            problem = archive_problem(path)
            if problem is None:
                bad: list[DamagedStretch] = []
                part = index_archives([path], index.with_name(f"{index.stem}-{n:04d}.cdxj"),
                                      bad)
                if damaged is not None:
                    damaged.extend(bad)
                found = list(read_index(part))
                entries.extend(found)
                if not found:
                    problem = "holds no archived response (empty, or damaged after its header)"
        except Exception as exc:  # noqa: BLE001 - any archive may be broken any way
            # warcio quotes the bytes it could not read ("..., first line: [...]"): noise
            first = (str(exc).splitlines() or [""])[0].split(", first line")[0]
            problem = f"unreadable WARC ({type(exc).__name__}: {first[:100]})"
        if problem is not None:
            skipped[path] = problem
    return entries


def distinct_files(paths: list[str]) -> list[str]:
    """``paths`` with each file once, first mention kept: an archive given twice (by the same
    path, a symlink or a hard link) would have each page extracted twice and the run's
    figures (articles, rejects per outlet) counted twice."""
    seen: set[object] = set()
    out = []
    for path in paths:
        try:
            info = os.stat(path)
            key: object = (info.st_dev, info.st_ino)
        except OSError:  # named in ``skipped`` by index_each, with why
            key = str(Path(path).resolve())
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def index_archive(paths: list[str], run_id: str, index: str | Path, *,
                  all_hosts: bool = False, skipped: dict[str, str] | None = None,
                  rejects: list[dict] | None = None
                  ) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Page rows per outlet for every response in the archives whose host is an outlet's,
    in archive order; ``index`` names where the archives' CDXJ indexes are written.
    Archives that cannot be read are left out and named in ``skipped`` (path -> why); each
    damaged stretch of one that can (``DamagedStretch``) is a reject row in ``rejects``.
    A revisit record is the page it stands for when its original is in the archives
    (``spiders/revisits.py``), else, when it is an article page's, a reject row saying why
    (counted in ``unread_revisits``); an image's, a script's is skipped (counted in
    ``skipped_revisits``).

    Feeds in the archive give article hints (pubDate, title), as they do during a crawl.
    ``all_hosts``: the HTML pages of any other host are staged too, as its generic outlet
    ``other:<host>`` (counted in ``other_hosts``); its other records (images, scripts,
    styles of third-party hosts) stay ``no_outlet``.
    """
    paths = distinct_files(paths)
    order = {str(Path(p).resolve()): n for n, p in enumerate(paths)}
    skipped = {} if skipped is None else skipped
    damaged: list[DamagedStretch] = []
    revisit_rejects: list[dict] = []
    entries, unread = with_originals(index_each(paths, index, skipped, damaged))
    responses = sorted((e for e in entries
                        if e in unread or e.status is not None and e.mime != REVISIT),
                       key=lambda e: (order.get(e.filename, len(order)), e.offset))
    hints: dict[str, tuple[str | None, str | None]] = {}
    redirects: list[tuple[str, str | None]] = []  # (article URL, Location) of 3xx records
    by_outlet: dict[str, list[dict]] = {}
    counts = {"records": 0, "no_outlet": 0, "pages": 0}
    others: set[str] = set()
    for response in responses:
        counts["records"] += 1
        ctype = (response.mime or "").lower()
        outlet = outlet_for_url(response.url)
        host = urlsplit(response.url).hostname
        if outlet is None and all_hosts and host and any(t in ctype for t in HTML_TYPES):
            outlet = generic_outlet(host)
            others.add(outlet.slug)
        if outlet is None:
            counts["no_outlet"] += 1
            continue
        if response in unread:  # a revisit without its body: a reject naming it when it
            if _unread_kind(outlet, response) in ("article", CANDIDATE):  # is a page's
                counts["unread_revisits"] = counts.get("unread_revisits", 0) + 1
                revisit_rejects.append({"url": response.url, "outlet": outlet.slug,
                                        "run_id": run_id, "stage": "fetch",
                                        "reason": unread[response]})
            else:  # counted, so that the records add up
                counts["skipped_revisits"] = counts.get("skipped_revisits", 0) + 1
            continue
        kind = _kind(outlet, response.url, response.status, ctype)
        if kind == "article" and 300 <= response.status < 400:
            try:
                location = read_response(response.ref).header("location")
            except ValueError:  # a damaged record: no alias from it
                location = None
            redirects.append((response.url, location))
        if kind == "feed" and response.status == 200:
            try:
                entries = parse_feed(read_response(response.ref).body)
            except (FeedError, ValueError):  # unparsable, damaged or over the size limit
                entries = []
            for entry in entries:
                try:
                    key = canonicalize(entry.url)
                except ValueError:  # one malformed link must not lose the others
                    continue
                hints.setdefault(key, (entry.published_raw, entry.title))
        by_outlet.setdefault(outlet.slug, []).append({
            "run_id": run_id, "outlet": outlet.slug, "url": response.url,
            "status": response.status, "kind": kind, "content_type": ctype,
            "fetched_at": response.captured_at,
            **ref_fields(response.ref), "replayed": True, "redirect_urls": [],
        })
        counts["pages"] += 1
    if all_hosts:
        counts["other_hosts"] = len(others)
    for rows in by_outlet.values():
        for row in rows:
            if row["kind"] in ("article", CANDIDATE):
                published, title = hints.get(canonicalize(row["url"]), (None, None))
                row.update(feed_published=published, feed_title=title)
    add_redirect_aliases(by_outlet, redirects)
    if rejects is not None:
        rejects.extend(damaged_reject(stretch, run_id) for stretch in damaged)
        rejects.extend(revisit_rejects)
    return by_outlet, counts


def damaged_reject(stretch: DamagedStretch, run_id: str) -> dict:
    """The reject row of a damaged stretch of an archive: its record's URL and outlet when
    its header could be read, else the archive and offset."""
    outlet = outlet_for_url(stretch.url) if stretch.url else None
    name = Path(stretch.warc_file).name
    return {"url": stretch.url or f"{stretch.warc_file}#{stretch.offset}",
            "outlet": outlet.slug if outlet else None, "run_id": run_id, "stage": "fetch",
            "reason": f"DamagedRecord: {stretch.reason} ({stretch.length} bytes at offset "
                      f"{stretch.offset} of {name} skipped)"}


def add_redirect_aliases(by_outlet: dict[str, list[dict]],
                         redirects: list[tuple[str, str | None]]) -> None:
    """A redirect recorded in the archive (InfoPublik's ``/<id>/index.html`` -> the slug
    URL) makes its source an alias of the page it leads to, as a crawl that followed it
    records (``redirect_urls``)."""
    sources: dict[str, list[str]] = {}
    for url, location in redirects:
        target = resolve(url, location)
        try:
            key = canonicalize(target) if target else None
        except ValueError:  # a malformed Location: no alias
            key = None
        if key:
            sources.setdefault(key, []).append(url)
    if not sources:
        return
    for rows in by_outlet.values():
        for row in rows:
            if row["status"] == 200 and row["kind"] in ("article", CANDIDATE):
                row["redirect_urls"] = sources.get(canonicalize(row["url"]), [])


def fetch_rejects(rows: list[dict]) -> list[dict]:
    """The reject rows a crawl would have written for these archived pages: an article
    URL answered with an error status (a redirect is an alias, not a failure)."""
    return [{"url": r["url"], "outlet": r["outlet"], "run_id": r["run_id"], "stage": "fetch",
             "reason": f"http {r['status']}"}
            for r in rows if r["kind"] == "article" and int(r["status"]) >= 400]


def _unread_kind(outlet: Outlet, revisit: CdxjEntry) -> str:
    """The page kind of a revisit left unread, by its URL and the type its own HTTP headers
    give (an image, a script: no page a crawl would reject). Its status is not asked: a
    server-not-modified revisit's 304 stands for the page it confirms."""
    try:
        _, http = read_headers(revisit.ref)
    except Exception:  # noqa: BLE001 - unreadable: judged by its URL alone
        http = None
    ctype = (mime_type(http.get_header("Content-Type")) or "").lower() if http else ""
    return _kind(outlet, revisit.url, 200, ctype)


def _kind(outlet: Outlet, url: str, status: int, content_type: str) -> str:
    """A record's page kind in ingest, as a crawl would have it: an article URL is an
    article page whatever its status or type (errors and PDFs become rejects, as in a
    crawl); another HTML page that may be one (Outlet.may_be_article_url) is a candidate
    that extraction judges by its own signals."""
    if any(t in content_type for t in FEED_TYPES) and "html" not in content_type:
        return "feed"
    if outlet.is_article_url(url):
        return "article"
    if (status == 200 and any(t in content_type for t in HTML_TYPES)
            and outlet.may_be_article_url(url)):
        return CANDIDATE
    return "other"
