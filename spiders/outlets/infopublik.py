"""InfoPublik (infopublik.id): the government portal; /kategori/<kanal>/<id>/<slug>.

``.../<id>/index.html`` is the same article as ``.../<id>/<slug>`` (aliases).
"""

from spiders.registry import Outlet, Source
from transforms.extract.context import Selectors

OUTLET = Outlet(
    slug="infopublik",
    name="InfoPublik",
    hosts=("infopublik.id", "www.infopublik.id"),
    timezone="Asia/Jakarta",
    cms="custom",
    sources=(Source("listing", "https://infopublik.id/kategori/nusantara"),),
    article_pattern=r"^/kategori/[a-z0-9-]+/\d{5,7}/[^/]+$",
    exclude_patterns=(r"^/galeri/",),
    id_pattern=r"^/kategori/[a-z0-9-]+/(\d{5,7})/",
    # No real markup of this outlet was available: these selectors match the hand-made
    # fixture pages (tests/fixtures/site/README.md) and are hints; extraction falls back to
    # Trafilatura and generic byline detection when they miss.
    selectors=Selectors(
        title="h1",
        body="div.isi-berita, div.detail-berita",
        byline_date=".info-berita .tanggal, .info-berita",
        author=".info-berita",
        listing_links="a[href*='/kategori/']",
        remove=(".berita-terkait", ".dilihat", ".share-berita", ".salin-konten"),
    ),
)
