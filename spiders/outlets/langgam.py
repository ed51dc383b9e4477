"""Langgam (langgam.id), Padang: WordPress with Jetpack, flat article slugs."""

from spiders.outlets._wordpress import WORDPRESS_EXCLUDES, WORDPRESS_SELECTORS
from spiders.registry import Outlet, Source

OUTLET = Outlet(
    slug="langgam",
    name="Langgam",
    hosts=("langgam.id", "www.langgam.id"),
    timezone="Asia/Jakarta",
    cms="wordpress",
    sources=(
        Source("feed", "https://langgam.id/feed"),
        Source("listing", "https://langgam.id/page/{page}/", first_page=2, max_pages=50,
               nightly=False),
    ),
    # Flat slugs with no date or id: anything that is not a WordPress archive or asset.
    article_pattern=r"^/[a-z0-9][a-z0-9-]{8,}/?$",
    exclude_patterns=WORDPRESS_EXCLUDES,
    selectors=WORDPRESS_SELECTORS,
)
