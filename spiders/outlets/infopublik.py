"""InfoPublik (infopublik.id): the government portal; /kategori/<kanal>/<id>/<slug>.

``.../<id>/index.html`` is the same article as ``.../<id>/<slug>`` (aliases).
"""

from spiders.registry import Outlet, Source
from transforms.extract import Selectors

OUTLET = Outlet(
    slug="infopublik",
    name="InfoPublik",
    hosts=("infopublik.id", "www.infopublik.id"),
    timezone="Asia/Jakarta",
    cms="custom",
    sources=(Source("listing", "https://infopublik.id/kategori/nusantara"),),
    article_pattern=r"^/kategori/[a-z0-9-]+/\d{5,7}/[^/]+$",
    exclude_patterns=(r"^/galeri/",),
    selectors=Selectors(
        title="h1",
        body="div.detail-berita, div.post-content, article",
        byline_date=".byline, .tanggal",
        listing_links="a[href*='/kategori/']",
        remove=(".berita-terkait", ".view-count", ".share"),
    ),
)
