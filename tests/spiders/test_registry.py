from dataclasses import replace

import pytest

from spiders.registry import RegistryError, Source, get, outlet_for_url, registry, validate

ARTICLE_URLS = {
    "antara": [
        "https://sumbar.antaranews.com/berita/734707/wws-terapkan-strategi-turnaround",
        "https://www.antaranews.com/berita/5129056/pemkab-bandung-barat-tetapkan-klb",
        "https://sumbar.antaranews.com/berita/716525/",
        "https://kalbar.antaranews.com/berita/589124",
    ],
    "langgam": ["https://langgam.id/bawaslu-sumbar-temukan-64-asn-langgar-netralitas-di-pilkada-2020"],
    "infopublik": ["https://infopublik.id/kategori/nusantara/609942/wagub-sumbar-buka-sosialisasi"],
    "suarakendari": ["https://www.suarakendari.com/asn-tandatangani-pakta-integritas/"],
    "minangsatu": ["https://minangsatu.com/berita/12345/pj-wako-sonny-tekankan-asn"],
}
NOT_ARTICLES = {
    "antara": ["https://www.antaranews.com/video/123456/x", "https://www.antaranews.com/foto/1/x",
               "https://sumbar.antaranews.com/terkini?page=2",
               "https://sumbar.antaranews.com/rss/terkini.xml", "https://evil.example/berita/123456/x"],
    "langgam": ["https://langgam.id/category/pilkada/", "https://langgam.id/tag/asn/",
                "https://langgam.id/page/2/", "https://langgam.id/author/fs/", "https://langgam.id/feed",
                "https://langgam.id/wp-content/uploads/2024/07/a.jpg", "https://langgam.id/?s=asn"],
    "suarakendari": ["https://www.suarakendari.com/news/pilkada", "https://www.suarakendari.com/feed"],
}


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
