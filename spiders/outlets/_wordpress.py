"""What every WordPress outlet shares: archive paths to skip and theme selectors."""

from spiders.registry import Outlet, Source
from transforms.context import Selectors

WORDPRESS_EXCLUDES = (
    r"^/(category|tag|page|author|feed|search|wp-[a-z]+|comments|amp)(/|$)",
    r"/feed/?$",
    r"[?&](s|p|replytocom|share)=",
    r"\.(xml|jpg|jpeg|png|gif|webp|pdf|css|js)$",
)

WORDPRESS_SELECTORS = Selectors(
    title="h1.entry-title, h1",
    body="div.entry-content, article .post-content",
    byline_date="time.entry-date",
    author=".author-name, .byline .author",
    listing_links="h2.entry-title a, h3.entry-title a, article a[rel=bookmark]",
    remove=(".sharedaddy", ".jp-relatedposts", "#comments", "#respond", ".baca-juga"),
)


def wordpress_outlet(*, slug: str, name: str, host: str, timezone: str,
                     search: str | None = "netralitas+asn", extra_sources: tuple = (),
                     exclude: tuple[str, ...] = (), enabled: bool = True) -> Outlet:
    """A WordPress outlet from its host alone.

    Discovery in priority order: the /feed (nightly), then for backfills the core sitemap
    (/wp-sitemap.xml; Yoast redirects it to its own index), /page/N/ archives, and with
    --topics the ?s= search for the Pilkada/ASN topic.
    """
    sources = [
        Source("feed", f"https://{host}/feed"),
        Source("sitemap", f"https://{host}/wp-sitemap.xml", nightly=False),
        *extra_sources,
        Source("listing", f"https://{host}/page/{{page}}/", first_page=2, max_pages=50,
               nightly=False),
    ]
    if search:
        sources.append(Source("listing", f"https://{host}/page/{{page}}/?s={search}",
                              max_pages=20, nightly=False, topic=True))
    return Outlet(
        slug=slug, name=name, hosts=(host, f"www.{host}"), timezone=timezone, cms="wordpress",
        sources=tuple(sources), article_pattern=r"^/[a-z0-9][a-z0-9-]{8,}/?$",
        exclude_patterns=(*WORDPRESS_EXCLUDES, *exclude), selectors=WORDPRESS_SELECTORS,
        enabled=enabled,
    )
