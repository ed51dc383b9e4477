"""Minangsatu (minangsatu.com): custom CMS, the least documented outlet.

Search lives at /cari/<query>; the article URL shape is a guess (OUTLET_FACTS.md has none),
so discovery relies on search/listing pages and the selectors below sit in one place.
"""

from spiders.registry import Outlet, Source
from transforms.context import Selectors

OUTLET = Outlet(
    slug="minangsatu",
    name="Minangsatu",
    hosts=("minangsatu.com", "www.minangsatu.com"),
    timezone="Asia/Jakarta",
    cms="custom",
    sources=(Source("listing", "https://minangsatu.com/cari/netralitas%20asn"),),
    article_pattern=r"^/berita/\d+/[^/]+/?$",
    exclude_patterns=(r"^/(cari|upload|kategori)/",),
    # No real markup of this outlet was available: these selectors match the hand-made
    # fixture pages (tests/fixtures/site/README.md) and are hints; extraction falls back to
    # Trafilatura and generic byline detection when they miss.
    selectors=Selectors(
        title="h1",
        body="div.isi-berita, div.detail-content",
        byline_date=".tanggal-berita, .tanggal, .date",
        listing_links="a[href*='/berita/']",
        remove=(".related", ".tags", ".share"),
    ),
)
