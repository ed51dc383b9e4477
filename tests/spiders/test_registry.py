from dataclasses import replace

import pytest

from spiders.registry import RegistryError, Source, get, outlet_for_url, registry, validate

# The URL shapes of real stored articles of each outlet (invented slugs and ids).
ARTICLE_URLS = {
    "antara": [
        "https://sumbar.antaranews.com/berita/734707/wws-terapkan-strategi-turnaround",
        "https://www.antaranews.com/berita/5129056/pemkab-bandung-barat-tetapkan-klb",
        "https://sumbar.antaranews.com/berita/716525/",
        "https://kalbar.antaranews.com/berita/589124",
        # the AMP copy, on regional hosts and www
        "https://sultra.antaranews.com/amp/berita/454833/asn-konsel-diminta-netral",
        "https://bengkulu.antaranews.com/amp/berita/312456/bawaslu-ingatkan-kades",
        "https://www.antaranews.com/amp/berita/4012345/kpu-tetapkan-jadwal",
        # the bare host, without www
        "https://antaranews.com/berita/4399021/ratusan-pns-tak-netral",
        # ids of 4 to 7 digits
        "https://kupang.antaranews.com/berita/7123/asn-ntt-diingatkan-netral",
        "https://jateng.antaranews.com/berita/56789/bupati-kumpulkan-camat",
        # a broken share link in the slug position, a slug with a double hyphen
        "https://gorontalo.antaranews.com/berita/245678/twitter.com",
        "https://sultra.antaranews.com/berita/454899/pj-wali-kota-pimpin-apel-video",
        "https://ambon.antaranews.com/berita/198765/pj-gubernur--asn-wajib-netral",
        # tracking parameters of a shared link
        "https://sumbar.antaranews.com/berita/657412/apel-netralitas?utm_source=antaranews",
        # every regional host seen in stored articles
        *(f"https://{h}.antaranews.com/berita/123456/asn-diminta-netral" for h in (
            "aceh", "ambon", "babel", "bali", "banten", "bengkulu", "gorontalo", "jateng",
            "kalbar", "kalsel", "kaltim", "kalteng", "kupang", "mataram", "riau", "sultra",
            "sumbar", "jambi")),
    ],
    "langgam": ["https://langgam.id/bawaslu-sumbar-temukan-64-asn-langgar-netralitas-di-pilkada-2020",
                "https://langgam.id/gubernur-ingatkan-calon-incumbent-tak-manfaatkan-asn/",
                "https://langgam.id/?p=291834"],
    "infopublik": ["https://infopublik.id/kategori/nusantara/609942/wagub-sumbar-buka-sosialisasi",
                   "https://infopublik.id/kategori/nusantara/728626/index.html",
                   "https://www.infopublik.id/kategori/nasional-sosial-budaya/701313/index.html"],
    "suarakendari": ["https://www.suarakendari.com/read/p3k-teken-pakta-netralitas",
                     "https://suarakendari.com/read/bawaslu-kendari-awasi-asn"],
    "minangsatu": ["https://minangsatu.com/pj-wako-ridwan-ingatkan-asn-tak-berkampanye_41872",
                   "https://minangsatu.com/PJ-WAKO-RIDWAN-INGATKAN-ASN-TAK-BERKAMPANYE_41872",
                   "https://minangsatu.com/BAWASLU-PADANG--INGATKAN-ASN_42871",
                   "https://www.minangsatu.com/asn-agam-ikuti-bimtek-netralitas_7"],
}
NOT_ARTICLES = {
    "antara": ["https://www.antaranews.com/video/123456/x", "https://www.antaranews.com/foto/1/x",
               "https://www.antaranews.com/video/4123456/debat-cagub?utm_source=antaranews",
               "https://pemilu.antaranews.com/video/4123457/kpu-umumkan-hasil",
               "https://ramadhan.antaranews.com/video/4123458/tarawih-di-masjid-raya",
               "https://sultra.antaranews.com/amp/video/454900/apel-asn",
               "https://kupang.antaranews.com/berita/123/terlalu-pendek",
               "https://www.antaranews.com/berita/51290561/terlalu-panjang",
               "https://sumbar.antaranews.com/terkini?page=2",
               "https://sumbar.antaranews.com/rss/terkini.xml", "https://evil.example/berita/123456/x"],
    "langgam": ["https://langgam.id/category/pilkada/", "https://langgam.id/tag/asn/",
                "https://langgam.id/page/2/", "https://langgam.id/author/fs/", "https://langgam.id/feed",
                "https://langgam.id/wp-content/uploads/2024/07/a.jpg", "https://langgam.id/?s=asn",
                "https://langgam.id/?p=abc", "https://langgam.id/tag/asn/?p=3"],
    "infopublik": ["https://infopublik.id/kategori/nusantara",
                   "https://infopublik.id/galeri/foto/detail/123456"],
    "suarakendari": ["https://www.suarakendari.com/news/pilkada", "https://www.suarakendari.com/feed",
                     "https://www.suarakendari.com/news", "https://www.suarakendari.com/author/yos",
                     "https://www.suarakendari.com/redaksi",
                     "https://www.suarakendari.com/p3k-teken-pakta-netralitas/"],
    "minangsatu": ["https://minangsatu.com/berita/41872/pj-wako-ridwan-ingatkan-asn",
                   "https://minangsatu.com/cari/padang%20panjang",
                   "https://minangsatu.com/upload/foto_41872.jpg",
                   "https://minangsatu.com/indeks", "https://minangsatu.com/kanal/politik",
                   "https://minangsatu.com/pj-wako-ridwan-tanpa-id"],
}
# Links to one article: the same key, whatever the host spelling, AMP, case or slug.
SAME_ARTICLE = [
    ("antara", ["https://sultra.antaranews.com/berita/454833/asn-konsel-diminta-netral",
                "https://sultra.antaranews.com/amp/berita/454833/asn-konsel-diminta-netral",
                "https://sultra.antaranews.com/berita/454833/twitter.com",
                "https://sultra.antaranews.com/berita/454833"]),
    ("antara", ["https://www.antaranews.com/berita/4399021/ratusan-pns-tak-netral",
                "https://antaranews.com/berita/4399021/ratusan-pns-tak-netral"]),
    ("minangsatu", ["https://minangsatu.com/pj-wako-ridwan-ingatkan-asn-tak-berkampanye_41872",
                    "https://minangsatu.com/PJ-WAKO-RIDWAN-INGATKAN-ASN-TAK-BERKAMPANYE_41872"]),
    ("suarakendari", ["https://www.suarakendari.com/read/p3k-teken-pakta-netralitas",
                      "https://suarakendari.com/read/p3k-teken-pakta-netralitas/"]),
    ("infopublik", ["https://infopublik.id/kategori/nusantara/728626/index.html",
                    "https://infopublik.id/kategori/nusantara/728626/pemkot-gelar-apel"]),
]


def test_all_five_outlets_are_registered_and_valid():
    assert set(registry()) >= {"antara", "langgam", "minangsatu", "infopublik", "suarakendari"}
    assert get("suarakendari").timezone == "Asia/Makassar"
    assert "sultra.antaranews.com" in get("antara").hosts


@pytest.mark.parametrize(("slug", "url"), [(s, u) for s, us in ARTICLE_URLS.items() for u in us])
def test_article_urls(slug, url):
    assert get(slug).is_article_url(url)
    assert outlet_for_url(url).slug == slug


@pytest.mark.parametrize(("slug", "url"), [(s, u) for s, us in NOT_ARTICLES.items() for u in us])
def test_non_article_urls(slug, url):
    assert not get(slug).is_article_url(url)


@pytest.mark.parametrize(("slug", "urls"), SAME_ARTICLE, ids=lambda v: str(v)[:40])
def test_links_to_one_article_share_its_key(slug, urls):
    outlet = get(slug)
    assert len({outlet.article_key(u) for u in urls}) == 1


def test_regional_ids_are_per_host():
    antara = get("antara")
    assert (antara.article_key("https://sumbar.antaranews.com/berita/454833/a")
            != antara.article_key("https://sultra.antaranews.com/berita/454833/a"))


def test_validation_refuses_duplicates_and_offsite_sources():
    langgam = get("langgam")
    with pytest.raises(RegistryError, match="duplicate slug"):
        validate([langgam, langgam])
    with pytest.raises(RegistryError, match="claimed by"):
        validate([langgam, replace(langgam, slug="other")])
    with pytest.raises(RegistryError, match="off its hosts"):
        validate([replace(langgam, sources=(Source("feed", "https://evil.example/feed"),))])
    with pytest.raises(RegistryError, match="unknown time zone"):
        validate([replace(langgam, timezone="Mars/Olympus")])


def test_rebased_outlet_serves_from_a_local_base():
    local = get("langgam").rebased("http://127.0.0.1:8123")
    assert local.sources[0].url == "http://127.0.0.1:8123/feed"
    assert local.is_article_url("http://127.0.0.1:8123/jelang-pilkada-2024-pj-wako/")


def test_article_path_ignores_the_host_of_a_mirror():
    langgam = get("langgam")
    assert langgam.has_article_path("http://127.0.0.1:8123/jelang-pilkada-2024-pj-wako/")
    assert not langgam.is_article_url("http://127.0.0.1:8123/jelang-pilkada-2024-pj-wako/")
    assert not langgam.has_article_path("http://127.0.0.1:8123/tag/asn/")
    assert langgam.is_excluded_url("https://langgam.id/category/pilkada/?utm_source=x")


def test_a_page_outside_the_pattern_may_still_be_an_article():
    langgam = get("langgam")
    assert langgam.may_be_article_url("https://langgam.id/2024/10/14/pj-wali-kota-ingatkan/")
    assert not langgam.may_be_article_url("https://langgam.id/")  # the home page
    assert not langgam.may_be_article_url("https://langgam.id/tag/asn/")  # excluded
    assert not langgam.may_be_article_url("https://evil.example/2024/10/14/x/")
