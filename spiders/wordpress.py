"""What every WordPress outlet shares: archive paths to skip and theme selectors."""

from spiders.registry import Outlet, Source
from transforms.extract.context import Selectors

WORDPRESS_EXCLUDES = (
    r"^/(category|tag|page|author|feed|search|wp-[a-z]+|comments|amp)(/|$)",
    r"/feed/?$",
    r"[?&](s|replytocom|share|preview)=",
    r"^/[^?]+\?(.*&)?p=",  # ?p= is a post only on the site root (the shortlink)
    r"\.(xml|jpg|jpeg|png|gif|webp|pdf|css|js)$",
)

# A post: its flat permalink "/<slug>/", or the WordPress shortlink "/?p=<post id>" that
# serves (or redirects to) the same post; extraction keys both by the page's rel=canonical.
WORDPRESS_ARTICLE = r"^/[a-z0-9][a-z0-9-]{8,}/?$|^/\?p=\d+$"

WORDPRESS_SELECTORS = Selectors(
    title="h1.entry-title, h1",
    body="div.entry-content, article .post-content",
    byline_date="time.entry-date",
    author=".author-name, .byline .author",
    # the post list of an archive page (default themes, then JNews): sidebars and menus stay
    # out, so a page's last link is its oldest post
    listing_links="h2.entry-title a, h3.entry-title a, article a[rel=bookmark], "
                  "h3.jeg_post_title a",
    remove=(".sharedaddy", ".jp-relatedposts", "#comments", "#respond", ".baca-juga"),
)


def wordpress_outlet(*, slug: str, name: str, host: str, timezone: str,
                     search: str | None = "netralitas+asn", extra_sources: tuple = (),
                     exclude: tuple[str, ...] = (), enabled: bool = True,
                     www: bool = False, archive: str = "",
                     article_pattern: str = WORDPRESS_ARTICLE,
                     id_pattern: str | None = None) -> Outlet:
    """A WordPress outlet from its host alone.

    Discovery: the /feed, continued by the post archive (the home page, then /page/N/; or
    the section ``archive``, e.g. "/news" for /news then /news/page/N). A WordPress feed
    holds the newest 10 posts: nightly runs walk the archive only when every post in the
    feed is new (the day may have had more), and stop at the first page whose oldest post
    was loaded before. Backfills walk the archive until --since, read the core sitemap
    (/wp-sitemap.xml; Yoast redirects it to its own index), and with --topics the ?s=
    search for the Pilkada/ASN topic. ``www``: the site answers on www.<host>.
    ``article_pattern``: a custom permalink structure ("/read/<slug>").
    """
    site = f"https://www.{host}" if www else f"https://{host}"
    feed = f"{site}/feed"
    sources = [
        Source("feed", feed),
        Source("sitemap", f"{site}/wp-sitemap.xml", nightly=False),
        *extra_sources,
        Source("listing", f"{site}{archive}/page/{{page}}" + ("" if archive else "/"),
               first_url=f"{site}{archive or '/'}", max_pages=50, continues=feed),
    ]
    if search:
        sources.append(Source("listing", f"{site}/page/{{page}}/?s={search}",
                              max_pages=20, nightly=False, topic=True))
    hosts = (f"www.{host}", host) if www else (host, f"www.{host}")
    return Outlet(
        slug=slug, name=name, hosts=hosts, timezone=timezone, cms="wordpress",
        sources=tuple(sources), article_pattern=article_pattern, id_pattern=id_pattern,
        exclude_patterns=(*WORDPRESS_EXCLUDES, *exclude), selectors=WORDPRESS_SELECTORS,
        enabled=enabled,
    )
