"""Suara Kendari (suarakendari.com), Kendari: WordPress archives under /news, WITA (UTC+8).

Stored pages show www.suarakendari.com/news, /news/page/2 and /news/pilkada (a category
"news" with a child "pilkada"); whether the site still published in 2024 is unknown.
"""

from dataclasses import replace

from spiders.outlets._wordpress import wordpress_outlet
from spiders.registry import Source

_BASE = wordpress_outlet(
    slug="suarakendari", name="Suara Kendari", host="suarakendari.com",
    timezone="Asia/Makassar", exclude=(r"^/news(/|$)",),
    extra_sources=(Source("listing", "https://www.suarakendari.com/news/pilkada"),
                   Source("listing", "https://www.suarakendari.com/news/page/{page}",
                          first_page=2, max_pages=50, nightly=False)),
)
# The site answers on www.: every source lives there.
OUTLET = replace(
    _BASE,
    hosts=("www.suarakendari.com", "suarakendari.com"),
    sources=tuple(replace(s, url=s.url.replace("://suarakendari.com", "://www.suarakendari.com"))
                  for s in _BASE.sources),
)
