"""The outlet registry: every outlet warta knows, declared as data.

One module per outlet under ``spiders/outlets/`` defines ``OUTLET``; this module collects
and validates them (unique slugs and hosts, compilable patterns, known time zones). Spider
code reads only these records, so adding an outlet on a known CMS is a new entry, not code.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from transforms.extract.context import ExtractContext, Selectors

SourceKind = Literal["feed", "sitemap", "listing"]


@dataclass(frozen=True)
class Source:
    """A discovery source. ``{page}`` in ``url`` marks a paginated listing."""

    kind: SourceKind
    url: str
    first_page: int = 1
    max_pages: int = 1
    nightly: bool = True  # used by incremental runs; False = backfill only
    topic: bool = False  # a search/tag page on the Pilkada/ASN topic: only with --topics
    # The first page when its URL is not the pattern's (WordPress serves /page/1/ as /).
    first_url: str | None = None
    # The URL of a feed this listing continues. Nightly runs fetch it only when that feed
    # may have overflowed: none of its articles was loaded before (or it could not be
    # fetched); otherwise the feed already reaches back to known articles. Backfills
    # fetch it like any other source.
    continues: str | None = None
    # Bounds of a sitemap source: how deep sitemap indexes may nest below it and how many
    # sitemap files one crawl reads from it (an index chain N -> N+1 never ends by itself).
    # WARTA_MAX_SITEMAP_DEPTH / WARTA_MAX_SITEMAPS override them for every outlet.
    max_sitemap_depth: int = 3
    max_sitemaps: int = 500

    def page_url(self, page: int) -> str:
        if self.first_url and page == self.first_page:
            return self.first_url
        return self.url.replace("{page}", str(page))

    @property
    def paginated(self) -> bool:
        return "{page}" in self.url


def _path_and_query(url: str) -> str:
    """What outlet patterns match: the path, and the query without tracking parameters."""
    from transforms.extract.urls import drop_tracking

    parts = urlsplit(url)
    query = drop_tracking(parts.query)
    return parts.path + (f"?{query}" if query else "")


@dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    hosts: tuple[str, ...]
    timezone: str
    cms: str
    sources: tuple[Source, ...]
    article_pattern: str  # regex matched against the URL path (+ query)
    exclude_patterns: tuple[str, ...] = ()
    # Regex on the path whose groups identify an article whatever the slug: URLs with the
    # same key are aliases of one article (InfoPublik .../<id>/index.html vs .../<id>/<slug>).
    id_pattern: str | None = None
    selectors: Selectors = field(default_factory=Selectors)
    enabled: bool = True
    download_delay: float = 1.0
    # What the outlet's terms say of automated collection. ``restricts_collection``: they
    # forbid it without permission, so a live crawl needs the operator to record one
    # (``WARTA_PERMISSION_<SLUG>``); replaying, ingesting and reprocessing archives do not.
    terms_note: str = ""
    restricts_collection: bool = False

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_excluded_url(self, url: str) -> bool:
        """Whether ``url`` is one of the outlet's known non-article pages (archives, tags,
        video): never an article, whatever the page says."""
        path = _path_and_query(url)
        return any(re.search(p, path) for p in self.exclude_patterns)

    def is_article_url(self, url: str) -> bool:
        """Whether ``url`` has the shape of one of this outlet's articles. Tracking
        parameters (``?utm_source=``, ``fbclid``) are dropped first: shared links carry them."""
        return urlsplit(url).hostname in self.hosts and self.has_article_path(url)

    def may_be_article_url(self, url: str) -> bool:
        """A page of this outlet outside its article pattern that may still be an article
        (the site's URLs changed): on its hosts, not a known non-article page, not the home
        page. Extraction decides by the page's own signals."""
        parts = urlsplit(url)
        if parts.hostname not in self.hosts or self.is_excluded_url(url):
            return False
        return parts.path not in ("", "/") or bool(parts.query)

    def has_article_path(self, url: str) -> bool:
        """Whether the path (+ query) of ``url`` is an article's, whatever its host (a page
        of this outlet served from a mirror or a local test server)."""
        if self.is_excluded_url(url):
            return False
        return re.search(self.article_pattern, _path_and_query(url)) is not None

    def article_key(self, url: str) -> str:
        """One key per article: host-independent id when the outlet has one, else the URL."""
        from transforms.extract.urls import canonicalize

        if self.id_pattern:
            parts = urlsplit(url)
            match = re.search(self.id_pattern, parts.path)
            if match:
                host = (parts.hostname or "").removeprefix("www.")
                return f"{self.slug}:{host}:{'/'.join(match.groups())}"
        return canonicalize(url)

    def context(self, **discovery) -> ExtractContext:
        """What extraction needs to know of this outlet (plus feed hints, fetch time)."""
        return ExtractContext(outlet=self.slug, timezone=self.timezone, hosts=self.hosts,
                              selectors=self.selectors, **discovery)

    def rebased(self, base_url: str) -> Outlet:
        """The same outlet served from ``base_url`` (a local test server or a mirror).

        Every source URL keeps its path and query; the host list gains the new host so
        links found on the served pages still classify.
        """
        base = urlsplit(base_url)

        def move(url: str) -> str:
            parts = urlsplit(url)
            return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))

        return replace(
            self,
            hosts=(*self.hosts, base.hostname or ""),
            sources=tuple(replace(s, url=move(s.url),
                                  first_url=s.first_url and move(s.first_url),
                                  continues=s.continues and move(s.continues))
                          for s in self.sources),
        )


class RegistryError(ValueError):
    pass


# -- terms of use ----------------------------------------------------------------------------

def permission_variable(slug: str) -> str:
    """The setting where the operator records permission to crawl ``slug`` live."""
    return f"WARTA_PERMISSION_{slug.upper()}"


def recorded_permission(outlet: Outlet, env: Mapping[str, str] | None = None) -> str | None:
    """The permission recorded for ``outlet`` (the setting's text, e.g. a letter's
    reference), or None."""
    env = os.environ if env is None else env
    return env.get(permission_variable(outlet.slug), "").strip() or None


def live_crawl_refusal(outlet: Outlet, env: Mapping[str, str] | None = None) -> str | None:
    """Why a live crawl of ``outlet`` must not start (its terms restrict automated
    collection and no permission is recorded), or None when it may."""
    if not outlet.restricts_collection or recorded_permission(outlet, env):
        return None
    return (f"{outlet.slug}: the outlet's terms restrict automated collection "
            f"({outlet.terms_note}); record the permission obtained in "
            f"{permission_variable(outlet.slug)} (e.g. the reference of the written "
            "permission) before crawling it live; replay, ingest and reprocess of archives "
            "need none")


def terms_status(outlet: Outlet, env: Mapping[str, str] | None = None) -> str:
    """One word for tables: "open", "permitted" (permission recorded) or "restricted"."""
    if not outlet.restricts_collection:
        return "open"
    return "permitted" if recorded_permission(outlet, env) else "restricted"


def validate(outlets: Iterable[Outlet]) -> dict[str, Outlet]:
    by_slug: dict[str, Outlet] = {}
    host_owner: dict[str, str] = {}
    for outlet in outlets:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", outlet.slug):
            raise RegistryError(f"bad slug {outlet.slug!r}")
        if outlet.slug in by_slug:
            raise RegistryError(f"duplicate slug {outlet.slug!r}")
        if not outlet.hosts or not outlet.sources or not outlet.name:
            raise RegistryError(f"{outlet.slug}: hosts, sources and name are required")
        try:
            ZoneInfo(outlet.timezone)
        except (ValueError, KeyError, OSError) as exc:  # ZoneInfoNotFoundError is a KeyError
            raise RegistryError(f"{outlet.slug}: unknown time zone {outlet.timezone!r}") from exc
        if outlet.restricts_collection and not outlet.terms_note:
            raise RegistryError(f"{outlet.slug}: restricts_collection needs its terms_note")
        patterns = (outlet.article_pattern, *outlet.exclude_patterns)
        for pattern in patterns + ((outlet.id_pattern,) if outlet.id_pattern else ()):
            re.compile(pattern)
        for host in outlet.hosts:
            if host in host_owner:
                raise RegistryError(f"host {host} claimed by {host_owner[host]} and {outlet.slug}")
            host_owner[host] = outlet.slug
        feeds = {s.url for s in outlet.sources if s.kind == "feed"}
        for source in outlet.sources:
            for url in (source.url, source.first_url):
                if url and urlsplit(url).hostname not in outlet.hosts:
                    raise RegistryError(f"{outlet.slug}: source {url} is off its hosts")
            if source.continues and source.continues not in feeds:
                raise RegistryError(f"{outlet.slug}: {source.url} continues "
                                    f"{source.continues}, which is not one of its feeds")
        by_slug[outlet.slug] = outlet
    return by_slug


@cache
def registry() -> dict[str, Outlet]:
    """All outlets, by slug, from the modules in ``spiders.outlets``."""
    from spiders import outlets as package

    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):  # shared CMS pieces, not outlets
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        found.append(module.OUTLET)
    return validate(found)


def get(slug: str) -> Outlet:
    try:
        return registry()[slug]
    except KeyError:
        known = ", ".join(sorted(registry()))
        raise RegistryError(f"unknown outlet {slug!r} (known: {known})") from None


def enabled() -> list[Outlet]:
    return [o for o in registry().values() if o.enabled]


def outlet_for_url(url: str) -> Outlet | None:
    """Match a URL to its outlet by host (``www.`` and bare host are the same site)."""
    host = (urlsplit(url).hostname or "").lower()
    for outlet in registry().values():
        if host in outlet.hosts:
            return outlet
    return None


GENERIC_TIMEZONE = "Asia/Jakarta"
GENERIC_PREFIX = "other:"


def generic_context(url: str, timezone: str = GENERIC_TIMEZONE, **discovery) -> ExtractContext:
    """Extraction context of a site outside the registry: ``other:<host>``, no selectors."""
    host = (urlsplit(url).hostname or "").lower()
    return ExtractContext(outlet=f"{GENERIC_PREFIX}{host}", timezone=timezone, hosts=(host,),
                          **discovery)


def generic_outlet(host: str, timezone: str = GENERIC_TIMEZONE) -> Outlet:
    """A site outside the registry as an outlet (``warta ingest --all-hosts``): slug
    ``other:<host>``, no selectors, no sources, and an article pattern that matches nothing,
    so each of its HTML pages is a candidate judged by its own article signals."""
    host = host.lower()
    return Outlet(slug=f"{GENERIC_PREFIX}{host}", name=host, hosts=(host,), timezone=timezone,
                  cms="generic", sources=(), article_pattern=r"(?!)")


def staged_outlet(slug: str) -> Outlet:
    """The outlet a staged page names: a registry outlet, or the generic outlet of an
    ``other:<host>`` slug (ingested with ``--all-hosts``, reprocessed later)."""
    if slug.startswith(GENERIC_PREFIX):
        return generic_outlet(slug.removeprefix(GENERIC_PREFIX))
    return get(slug)


def context_for_url(url: str, **discovery) -> ExtractContext:
    """The registry outlet's context for ``url``, else the generic one for its host."""
    outlet = outlet_for_url(url)
    return outlet.context(**discovery) if outlet else generic_context(url, **discovery)
