"""Minangsatu (minangsatu.com): custom CMS, the least documented outlet.

Known: the search path /cari/<query>, uploads under /upload/, and article URLs
/<slug>_<id> (the slug in lower case, or the whole title in UPPER CASE with hyphens; the
numeric id after the underscore decides which article). Everything else here is a guess
matching the hand-made fixture pages (tests/fixtures/site/README.md): a menu of channels
/kanal/<name> and an index of all news /indeks, paginated as /indeks/<n>; no known feed.
Discovery: the index, newest first (nightly: until a page's oldest item was loaded
before; backfills: until --since), the topic search page, and with --topics the politik
and birokrasi channels. All of this outlet's selectors are below, in one place.
"""

from spiders.registry import Outlet, Source
from transforms.extract.context import Selectors

SITE = "https://minangsatu.com"

OUTLET = Outlet(
    slug="minangsatu",
    name="Minangsatu",
    hosts=("minangsatu.com", "www.minangsatu.com"),
    timezone="Asia/Jakarta",
    cms="custom",
    sources=(
        Source("listing", f"{SITE}/indeks/{{page}}", first_url=f"{SITE}/indeks", max_pages=50),
        Source("listing", f"{SITE}/cari/netralitas%20asn"),
        *(Source("listing", f"{SITE}/kanal/{kanal}/{{page}}", first_url=f"{SITE}/kanal/{kanal}",
                 max_pages=20, nightly=False, topic=True) for kanal in ("politik", "birokrasi")),
    ),
    article_pattern=r"^/[A-Za-z0-9][A-Za-z0-9-]*_\d+/?$",
    id_pattern=r"^/[^/]*_(\d+)/?$",
    exclude_patterns=(r"^/(cari|upload|kategori|kanal|indeks|tag|daerah|halaman)(/|$)",),
    # No real markup of this outlet was available: these selectors match the hand-made
    # fixture pages and are hints; extraction falls back to Trafilatura and generic byline
    # detection when they miss, listing discovery to every link on the page.
    selectors=Selectors(
        title="h1",
        body="div.isi-berita, div.detail-content",
        byline_date=".tanggal-berita, .tanggal, .date",
        # the item lists of the index, channel and search pages (not the sidebar)
        listing_links=".daftar-berita h3 > a, .hasil-cari h3 > a",
        remove=(".related", ".tags", ".share"),
    ),
)
