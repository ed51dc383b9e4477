import pytest

from transforms.extract.urls import canonicalize, drop_tracking, resolve


@pytest.mark.parametrize(("url", "expected"), [
    ("HTTPS://Sumbar.AntaraNews.com:443/berita/1/x?utm_source=fb#top",
     "https://sumbar.antaranews.com/berita/1/x"),
    ("http://langgam.id/slug-panjang/?fbclid=abc", "https://langgam.id/slug-panjang/"),
    ("https://infopublik.id/kategori/a/1/index.html", "https://infopublik.id/kategori/a/1/index.html"),
    ("https://x.id", "https://x.id/"),
])
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


def test_resolve_skips_non_http_links():
    base = "https://langgam.id/"
    assert resolve(base, "/a/") == "https://langgam.id/a/"
    assert resolve(base, "javascript:void(0)") is None
    assert resolve(base, "mailto:x@y.id") is None
    assert resolve(base, "  ") is None
    assert resolve(base, None) is None


@pytest.mark.parametrize(("query", "expected"), [
    ("utm_source=antaranews&utm_medium=twitter", ""),
    ("p=291834", "p=291834"),
    ("page=2&fbclid=IwAR0x&utm_campaign=pilkada", "page=2"),
    ("", ""),
])
def test_drop_tracking_keeps_only_meaningful_parameters(query, expected):
    assert drop_tracking(query) == expected
