"""--since/--until given as a bare day are the outlet's local midnight (not naive datetimes
that cannot be compared with the aware publication dates of feed entries)."""

from __future__ import annotations

from datetime import UTC, datetime

from spiders.outlet_spider import OutletSpider


def test_bare_days_are_local_midnight_of_the_outlet():
    spider = OutletSpider("suarakendari", mode="backfill", since="2024-07-01",
                          until="2024-11-30T23:59")
    assert spider.since == datetime(2024, 6, 30, 16, 0, tzinfo=UTC)  # WITA is UTC+8
    assert spider.until == datetime(2024, 11, 30, 15, 59, tzinfo=UTC)


def test_explicit_offsets_are_kept():
    spider = OutletSpider("langgam", mode="backfill", since="2024-07-01T00:00:00+00:00")
    assert spider.since == datetime(2024, 7, 1, tzinfo=UTC)
    assert spider.until is None


class _Stats:
    def __init__(self):
        self.values: dict[str, int] = {}

    def inc_value(self, key, count=1, start=0):
        self.values[key] = self.values.get(key, start) + count


class _Crawler:
    def __init__(self):
        self.stats = _Stats()


def test_a_malformed_feed_link_is_skipped_and_counted_not_raised():
    spider = OutletSpider("langgam", mode="backfill")
    spider.crawler = _Crawler()
    assert list(spider.consider("http://[::1/berita", None, None)) == []
    assert spider.crawler.stats.values == {"warta/links_malformed": 1}
    good = list(spider.consider("https://langgam.id/pj-wali-kota-ingatkan-asn-netral/",
                                 None, None))
    assert [r.url for r in good] == ["https://langgam.id/pj-wali-kota-ingatkan-asn-netral/"]
