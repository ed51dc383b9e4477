"""The same synthetic sites on two days, for incremental nightly runs (bench/incremental.py).

Day 1 is a site with N articles; day 2 is the same site a day later with ``new_share`` more
articles: new posts on top of the feeds and of page 1 of every listing, older ones pushed
down a page. Every page follows the outlet's registry entry (feeds, archives that continue
them, listings), as a real site of that kind would serve it. Articles are built per URL
(their own seed), so a day-1 article is the same bytes in both days' archives. The article
pages come from make_archive.py's templates.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from make_archive import (
    SHARE,
    START,
    WORDS,
    Writer,
    article_page,
    local_date,
    slugify,
    templates,
)

from spiders.registry import get

ANTARA_HOSTS = {"sumbar": 0.4, "www": 0.3, "kalbar": 0.15, "sultra": 0.15}
DAY1 = START + timedelta(days=150, hours=19)  # the first crawl: 02:00 WIB on 28 November
PER_PAGE = {"wordpress": 10, "antara": 20, "minangsatu": 20, "infopublik": 20}


@dataclass(frozen=True)
class Article:
    outlet: str
    url: str
    title: str
    published: datetime


def site_articles(pages: int, seed: int, new_share: float
                  ) -> tuple[list[Article], list[Article]]:
    """(day-1 articles, articles new on day 2), per outlet in SHARE proportions.

    The day-1 set depends on ``pages`` and ``seed`` only; the new ones are published in
    the 24 hours after the day-1 crawl and get the next ids.
    """
    n_articles = int(pages * 0.97)
    old: list[Article] = []
    new: list[Article] = []
    day_seconds = int((DAY1 - START).total_seconds()) - 3600
    for slug, share in SHARE.items():
        count = int(n_articles * share)
        fresh = round(count * new_share)
        rng_old, rng_new = random.Random(f"{seed}:{slug}:old"), random.Random(f"{seed}:{slug}:new")
        drafts = [(START + timedelta(seconds=rng_old.randint(0, day_seconds)), rng_old, False)
                  for _ in range(count)]
        drafts += [(DAY1 + timedelta(seconds=rng_new.randint(600, 23 * 3600)), rng_new, True)
                   for _ in range(fresh)]
        drafts.sort(key=lambda d: (d[2], d[0]))  # old first, so new ids follow the old ones
        numbers: dict[str, int] = {}
        for published, rng, is_new in drafts:
            host = (rng.choices(list(ANTARA_HOSTS), weights=list(ANTARA_HOSTS.values()))[0]
                    if slug == "antara" else "")
            n = numbers[host] = numbers.get(host, -1) + 1
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 11))).capitalize()
            title = f"{title} {n}"
            words = slugify(title)
            url = {
                "antara": f"https://{host}.antaranews.com/berita/"
                          f"{(5_300_000 if host == 'www' else 700_000) + n}/{words}",
                "minangsatu": f"https://minangsatu.com/berita/{60000 + n}/{words}",
                "infopublik": f"https://infopublik.id/kategori/nusantara/{900000 + n}/{words}",
                "suarakendari": f"https://www.suarakendari.com/{words}/",
            }.get(slug, f"https://{get(slug).hosts[0]}/{words}/")
            (new if is_new else old).append(Article(slug, url, title, published))
    return old, new


def write_articles(articles: list[Article], seed: int, out: Path) -> int:
    found = templates()
    writer = Writer(out)
    for a in articles:
        rng = random.Random(f"{seed}:{a.url}")
        body = article_page(rng.choice(found[a.outlet]), a.outlet, a.url, a.title, a.published,
                            rng)
        writer.add(a.url, body, "text/html; charset=UTF-8", a.published + timedelta(minutes=20))
    writer.close()
    return writer.count


def _rss(items: list[Article]) -> bytes:
    entries = "".join(
        f"<item><title>{a.title}</title><link>{a.url}</link><guid>{a.url}</guid>"
        f"<pubDate>{a.published.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
        for a in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel>{entries}</channel></rss>'
            ).encode()


def _wib(when: datetime) -> str:
    local, day = local_date(when)
    return f"{day} {local:%H:%M} WIB"


def _pages(items: list[Article], size: int) -> list[list[Article]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def write_site(articles: list[Article], crawl_time: datetime, out: Path) -> int:
    """Every discovery page of every outlet as served at ``crawl_time``."""
    from spiders.registry import registry

    writer = Writer(out)
    html, xml = "text/html; charset=UTF-8", "application/xml"

    def page(url: str, body: str) -> None:
        writer.add(url, f"<!DOCTYPE html><html><body>{body}</body></html>".encode(), html,
                   crawl_time)

    for slug, outlet in registry().items():
        if slug not in SHARE:
            continue
        items = sorted((a for a in articles if a.outlet == slug and a.published < crawl_time),
                       key=lambda a: a.published, reverse=True)
        sources = [s for s in outlet.sources if not s.topic]
        for host in sorted({s.url.split("/")[2] for s in sources}):
            writer.add(f"https://{host}/robots.txt", b"User-agent: *\nDisallow: /wp-admin/\n",
                       "text/plain", crawl_time)
        if outlet.cms == "wordpress":
            feed = next(s for s in sources if s.kind == "feed")
            writer.add(feed.url, _rss(items[:PER_PAGE["wordpress"]]), "application/rss+xml",
                       crawl_time)
            archive = next(s for s in sources if s.continues == feed.url)
            chunks = _pages(items, PER_PAGE["wordpress"])
            for number, chunk in enumerate(chunks, start=1):
                cards = "".join(
                    f"<article class='post'><h2 class='entry-title'><a href='{a.url}' "
                    f"rel='bookmark'>{a.title}</a></h2><time class='entry-date' datetime="
                    f"'{a.published.isoformat()}'>{_wib(a.published)}</time></article>"
                    for a in chunk)
                older = (f"<a class='next page-numbers' href='{archive.page_url(number + 1)}'>"
                         "Berikutnya</a>" if number < len(chunks) else "")
                popular = "".join(f"<li><a href='{a.url}'>{a.title}</a></li>"
                                  for a in items[40:43])
                page(archive.page_url(number), f"<main>{cards}<nav>{older}</nav></main>"
                     f"<aside><ul>{popular}</ul></aside>")
            for extra in (s for s in sources if s.kind == "listing" and not s.paginated):
                topic = [a for a in items if "pilkada" in a.title.lower()][:10]
                page(extra.url, "".join(
                    f"<article class='post'><h2 class='entry-title'><a href='{a.url}' "
                    f"rel='bookmark'>{a.title}</a></h2></article>" for a in topic))
            host = feed.url.split("/")[2]
            posts = _pages(items, 2000)
            index = "".join(f"<sitemap><loc>https://{host}/wp-sitemap-posts-post-{k + 1}.xml"
                            "</loc></sitemap>" for k in range(len(posts)))
            writer.add(f"https://{host}/wp-sitemap.xml", (
                '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns='
                f'"http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>').encode(),
                xml, crawl_time)
            for k, chunk in enumerate(posts):
                urls = "".join(f"<url><loc>{a.url}</loc><lastmod>{a.published.isoformat()}"
                               "</lastmod></url>" for a in chunk)
                writer.add(f"https://{host}/wp-sitemap-posts-post-{k + 1}.xml", (
                    '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                    f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode(),
                    xml, crawl_time)
        elif slug == "antara":
            for host in ANTARA_HOSTS:
                base = f"https://{host}.antaranews.com"
                mine = [a for a in items if a.url.startswith(base)]
                writer.add(f"{base}/rss/terkini.xml", _rss(mine[:PER_PAGE["antara"]]),
                           "application/rss+xml", crawl_time)
                listing = next(s for s in sources if s.url.startswith(f"{base}/terkini"))
                chunks = _pages(mine, PER_PAGE["antara"])
                for number, chunk in enumerate(chunks, start=1):
                    cards = "".join(
                        f"<article class='card__post'><h3><a href='{a.url}' title='{a.title}'>"
                        f"{a.title}</a></h3><p><span>{_wib(a.published)}</span></p></article>"
                        for a in chunk)
                    nav = (f"<ul class='pagination pagination-sm'><li><a aria-label='Next' "
                           f"href='{listing.page_url(number + 1)}'>&raquo;</a></li></ul>"
                           if number < len(chunks) else "")
                    page(listing.page_url(number),
                         f"<div class='col-md-8'>{cards}{nav}</div><div class='col-md-4'>"
                         + "".join(f"<h5><a href='{a.url}'>{a.title}</a></h5>"
                                   for a in mine[50:53]) + "</div>")
        elif slug == "minangsatu":
            index = next(s for s in sources if s.paginated)
            chunks = _pages(items, PER_PAGE["minangsatu"])
            for number, chunk in enumerate(chunks, start=1):
                rows = "".join(f"<div class='item-berita'><h3><a href='{a.url}'>{a.title}</a>"
                               f"</h3><span class='tanggal'>{_wib(a.published)}</span></div>"
                               for a in chunk)
                more = (f"<a class='berikutnya' href='{index.page_url(number + 1)}'>"
                        "Berikutnya</a>" if number < len(chunks) else "")
                page(index.page_url(number), f"<div class='daftar-berita'>{rows}</div>{more}")
            search = next(s for s in sources if "/cari/" in s.url)
            hits = [a for a in items if "netralitas" in a.title.lower()][:10]
            page(search.url, "<div class='hasil-cari'>" + "".join(
                f"<div class='item-cari'><h3><a href='{a.url}'>{a.title}</a></h3></div>"
                for a in hits) + "</div>")
        else:  # infopublik: one listing page, the newest items ("Muat Lebih Banyak" is JS)
            rows = "".join(f"<li><a href='{a.url}'>{a.title}</a></li>"
                           for a in items[:PER_PAGE["infopublik"]])
            page(sources[0].url, f"<ul>{rows}</ul><button>Muat Lebih Banyak</button>")
    writer.close()
    return writer.count


def build_days(pages: int, seed: int, new_share: float, out_dir: Path) -> dict:
    """Day-1 and day-2 archives in ``out_dir`` (reused when complete), and the truth.

    Day 1 = day1-articles + day1-site; day 2 = day1-articles + day2-articles (the new
    ones only) + day2-site. Returns those file lists and the URLs new on day 2.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    truth_path = out_dir / "truth.json"
    if truth_path.exists():
        return json.loads(truth_path.read_text())
    old, new = site_articles(pages, seed, new_share)
    files = {name: str(out_dir / f"{name}.warc.gz")
             for name in ("day1-articles", "day1-site", "day2-articles", "day2-site")}
    write_articles(old, seed, Path(files["day1-articles"]))
    write_articles(new, seed, Path(files["day2-articles"]))
    write_site(old, DAY1, Path(files["day1-site"]))
    write_site(old + new, DAY1 + timedelta(days=1), Path(files["day2-site"]))
    truth = {
        "pages": pages, "seed": seed, "new_share": new_share,
        "day1": [files["day1-articles"], files["day1-site"]],
        "day2": [files["day1-articles"], files["day2-articles"], files["day2-site"]],
        "articles_day1": {s: sum(a.outlet == s for a in old) for s in SHARE},
        "new": {s: [a.url for a in new if a.outlet == s] for s in SHARE},
    }
    truth_path.write_text(json.dumps(truth, indent=1))
    return truth
