"""Suara Kendari (suarakendari.com), Kendari: WordPress archives under /news, WITA (UTC+8).

Stored pages show www.suarakendari.com/news, /news/page/2 and /news/pilkada (a category
"news" with a child "pilkada"), and articles under a custom permalink /read/<slug> on the
www and the bare host (one article, one key: the slug); whether the site still published
in 2024 is unknown.
The /news archive continues the feed (nightly only when the feed overflowed); the
/news/pilkada section is a subset of it, read by backfills only.
"""

from spiders.registry import Source
from spiders.wordpress import wordpress_outlet

OUTLET = wordpress_outlet(
    slug="suarakendari", name="Suara Kendari", host="suarakendari.com", www=True,
    timezone="Asia/Makassar", exclude=(r"^/news(/|$)",), archive="/news",
    article_pattern=r"^/read/[A-Za-z0-9][A-Za-z0-9-]*/?$|^/\?p=\d+$",
    id_pattern=r"^/read/([A-Za-z0-9-]+?)/?$",
    extra_sources=(Source("listing", "https://www.suarakendari.com/news/pilkada",
                          nightly=False),),
)
