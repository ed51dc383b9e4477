"""Suara Kendari (suarakendari.com), Kendari: WordPress archives, WITA (UTC+8)."""

from spiders.outlets._wordpress import WORDPRESS_EXCLUDES, WORDPRESS_SELECTORS
from spiders.registry import Outlet, Source

OUTLET = Outlet(
    slug="suarakendari",
    name="Suara Kendari",
    hosts=("www.suarakendari.com", "suarakendari.com"),
    timezone="Asia/Makassar",
    cms="wordpress",
    sources=(
        Source("feed", "https://www.suarakendari.com/feed"),
        Source("listing", "https://www.suarakendari.com/news/pilkada"),
    ),
    article_pattern=r"^/[a-z0-9][a-z0-9-]{8,}/?$",
    exclude_patterns=(*WORDPRESS_EXCLUDES, r"^/news(/|$)"),
    selectors=WORDPRESS_SELECTORS,
)
