"""ANTARA: www.antaranews.com and its regional sites, one CMS for all."""

from spiders.registry import Outlet, Source
from transforms.extract.context import Selectors

# Regional hosts of the 2018 header menu, plus riau (seen in stored articles); all run the
# same CMS.
REGIONS = (
    "aceh", "ambon", "babel", "bali", "banten", "bengkulu", "gorontalo", "jabar", "jambi",
    "jateng", "jatim", "jogja", "kalbar", "kalsel", "kalteng", "kaltara", "kaltim", "kepri",
    "kupang", "lampung", "makassar", "manado", "mataram", "megapolitan", "papua", "papuabarat",
    "riau", "sulteng", "sultra", "sumbar", "sumsel", "sumut",
)
# Event subdomains: only video pages were seen there; they are listed so their pages are
# known as ANTARA's (ingest) rather than a stranger's.
EVENT_HOSTS = ("pemilu", "ramadhan")
# The hosts crawled by default: the national desk and the provinces warta's users follow.
DISCOVERY_HOSTS = ("www", "sumbar", "kalbar", "sultra")

OUTLET = Outlet(
    slug="antara",
    name="ANTARA",
    hosts=("www.antaranews.com", "antaranews.com",
           *(f"{r}.antaranews.com" for r in (*REGIONS, *EVENT_HOSTS))),
    timezone="Asia/Jakarta",
    cms="antara",
    sources=(
        *(Source("feed", f"https://{h}.antaranews.com/rss/terkini.xml") for h in DISCOVERY_HOSTS),
        # A feed holds 20 items, fewer than a busy day's articles: each host's /terkini
        # listing continues its feed, page by page until a page's oldest card was loaded
        # before. Sumbar's, the province most users follow, is read every night (one page
        # on a quiet night); the others only when every item of their feed is new.
        Source("listing", "https://sumbar.antaranews.com/terkini?page={page}", max_pages=50),
        *(Source("listing", f"https://{h}.antaranews.com/terkini?page={{page}}", max_pages=50,
                 continues=f"https://{h}.antaranews.com/rss/terkini.xml")
          for h in DISCOVERY_HOSTS if h != "sumbar"),
        Source("feed", "https://www.antaranews.com/rss/politik.xml", topic=True),
        *(Source("listing", f"https://{h}.antaranews.com/search?q=netralitas+asn&page={{page}}",
                 max_pages=20, nightly=False, topic=True) for h in DISCOVERY_HOSTS),
    ),
    # /berita/<id>/<slug> and its AMP copy /amp/berita/<id>/<slug> (one article: the AMP
    # page's rel=canonical names the other, and both have the same key). Ids of 4 to 7
    # digits (7 on www, 6 on most regional hosts, 4 seen on kupang); the slug may be
    # absent or broken (a share link stored as ".../<id>/twitter.com": the id decides).
    article_pattern=r"^(/amp)?/berita/\d{4,7}(/[^/?#]*)?/?$",
    # Video and photo pages (/video/, /foto/, also on the event subdomains) are outside the
    # article pattern but not excluded: most are a clip with a caption, and are skipped by
    # the article check (no article signals, no body of real length), while one that
    # carries a written report is kept as an article found outside the pattern. A
    # "-video" slug under /berita/ is an article with an embedded clip: an article.
    exclude_patterns=(),
    id_pattern=r"^(?:/amp)?/berita/(\d{4,7})(?:/|$)",  # per host: regional ids are their own
    selectors=Selectors(
        title="h1.wrap__article-detail-title, h1",
        body="div.wrap__article-detail-content, div[itemprop=articleBody]",
        byline_date="span.text-secondary.font-weight-normal, .list-inline-item.mr-2",
        author="p.text-muted.mt-2.small",
        listing_links="div.col-md-8 h3 > a[href*=berita], .card__post a[href*=berita]",
        remove=("span.baca-juga", "p.text-muted", ".baca-juga", "ins.adsbygoogle"),
    ),
    # Every article page forbids taking content, crawling or automatic indexing for AI
    # without written permission of Kantor Berita ANTARA.
    terms_note="article pages forbid crawling and automatic indexing for AI without "
               "written permission of Kantor Berita ANTARA",
    restricts_collection=True,
)
