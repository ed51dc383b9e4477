"""Synthesise a realistic web archive of N outlet-faithful pages, deterministic by seed.

    python bench/make_archive.py --pages 20000 --seed 7 --out bench/data/archive-20000.warc.gz

Articles (3-15 KB of text) are built from the hand-made fixture article pages of each outlet
(tests/fixtures/site): the template's markup, boilerplate and metadata stay, its title, URL,
dates and body paragraphs are replaced. Discovery pages are generated as each outlet's
registry entry expects them: WordPress sitemaps (langgam, padangkita, suarakendari), ANTARA
sumbar /terkini?page=N listings, the Minangsatu search page and the InfoPublik listing, plus
robots.txt and feeds. Same seed, same bytes.

``build_days()`` (used by bench/incremental.py, not by this command) builds the same kind of
sites on two consecutive days, the second with a share of new articles.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import random
import re
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lxml import html as lxml_html
from lxml.cssselect import CSSSelector
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from build_archive import SITE, body_of, load_manifest  # noqa: E402

from spiders.registry import get  # noqa: E402

SHARE = {"antara": 0.4, "langgam": 0.15, "padangkita": 0.15, "suarakendari": 0.1,
         "minangsatu": 0.1, "infopublik": 0.1}
WORDS = ("netralitas aparatur sipil negara pilkada serentak pemerintah kota kabupaten "
         "sosialisasi ikrar pakta integritas apel pagi gabungan bawaslu pengawasan "
         "pelanggaran sanksi disiplin pegawai pelayanan publik kampanye media sosial "
         "pasangan calon kepala daerah penjabat wali bupati sekretaris daerah kegiatan "
         "peserta diikuti ratusan kantor halaman aula gedung masyarakat pemilihan umum").split()
START = datetime(2024, 7, 1, tzinfo=UTC)


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(9, 22))]
    return " ".join(words).capitalize() + "."


def paragraphs(rng: random.Random, size: int) -> list[str]:
    out, total = [], 0
    while total < size:
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        out.append(para)
        total += len(para)
    return out


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


class Writer:
    def __init__(self, path: Path):
        self.file = open(path, "wb")
        self.warc = WARCWriter(self.file, gzip=True)
        self.count = 0

    def add(self, url: str, body: bytes, ctype: str, when: datetime) -> None:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype),
                                           ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.warc.write_record(self.warc.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Record-ID":
                               f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>",
                               "WARC-Date": date}))
        self.count += 1

    def close(self) -> None:
        self.file.close()


def templates() -> dict[str, list[tuple[dict, str]]]:
    gold = json.loads((ROOT / "tests/fixtures/expected/articles.json").read_text())
    manifest = {e["url"]: e for e in load_manifest()}
    found: dict[str, list[tuple[dict, str]]] = {}
    for item in gold:
        outlet = get(item["outlet"])
        html = body_of(manifest[item["url"]], SITE).decode("utf-8")
        tree = lxml_html.document_fromstring(html)
        nodes = CSSSelector(outlet.selectors.body or "div.entry-content")(tree)
        if nodes and len(nodes[0].findall(".//p")) >= 3:
            found.setdefault(item["outlet"], []).append((item, html))
    return found


WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_HUMAN_DATE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),\s+\d{1,2}\s+"
    r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November"
    r"|Desember)\s+\d{4}(?:(?P<sep>\s*\|?\s*)(?P<time>\d{1,2}[:.]\d{2})\s*"
    r"(?P<zone>WITA|WIB|WIT)\b)?")
_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9}


def _local_date(when: datetime, zone: str = "WIB") -> tuple[datetime, str]:
    """``when`` in an Indonesian zone, and its "14 Oktober 2024" form."""
    local = when + timedelta(hours=_OFFSETS[zone])
    return local, f"{local.day} {MONTHS[local.month]} {local.year}"


def _human_date(match: re.Match[str], published: datetime) -> str:
    zone = match.group("zone")
    local, day = _local_date(published, zone or "WIB")
    text = f"{WEEKDAYS[local.weekday()]}, {day}"
    return text + (f"{match.group('sep')}{local:%H:%M} {zone}" if zone else "")


def article_page(template: tuple[dict, str], slug: str, url: str, title: str,
                 published: datetime, rng: random.Random) -> bytes:
    item, html = template
    html = html.replace(item["title"], title).replace(item["url"], url)
    html = html.replace(item["canonical_url"], url)
    html = re.sub(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", published.strftime("%Y-%m-%dT%H:%M:%S"),
                  html)
    # The byline's human date too ("Sabtu, 13 Juli 2024", "Senin, 14 Oktober 2024 | 17:55
    # WIB"): left as the template's, it lies after many fetch times and warta rightly refuses
    # it as implausible, which would benchmark a date failure that real pages do not have.
    html = _HUMAN_DATE.sub(lambda m: _human_date(m, published), html)
    tree = lxml_html.document_fromstring(html)
    outlet = get(slug)
    body = CSSSelector(outlet.selectors.body or "div.entry-content")(tree)[0]
    old = body.findall(".//p")
    anchor = old[0]
    parent, index = anchor.getparent(), anchor.getparent().index(anchor)
    keep_first = copy.deepcopy(old[0])  # the dateline paragraph stays first
    for p in old[1:-1]:
        p.drop_tree()
    texts = paragraphs(rng, rng.randint(3_000, 15_000))
    for offset, text in enumerate(texts, start=1):
        p = lxml_html.Element("p")
        p.text = text
        parent.insert(index + offset, p)
    del keep_first
    return lxml_html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


def build(pages: int, seed: int, out: Path) -> dict[str, int]:
    rng = random.Random(seed)
    found = templates()
    writer = Writer(out)
    counts: dict[str, int] = {}
    listed: dict[str, list[tuple[str, str, datetime]]] = {s: [] for s in SHARE}
    n_articles = int(pages * 0.97)  # the rest: discovery pages
    for slug, share in SHARE.items():
        for i in range(int(n_articles * share)):
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 11))).capitalize()
            title = f"{title} {i}"
            published = START + timedelta(minutes=rng.randint(0, 150 * 24 * 60))
            words = slugify(title)
            url = {
                "antara": f"https://sumbar.antaranews.com/berita/{700000 + i}/{words}",
                "minangsatu": f"https://minangsatu.com/{words}_{60000 + i}",
                "infopublik": f"https://infopublik.id/kategori/nusantara/{900000 + i}/{words}",
                "suarakendari": f"https://www.suarakendari.com/read/{words}",
            }.get(slug, f"https://{get(slug).hosts[0]}/{words}/")
            body = article_page(rng.choice(found[slug]), slug, url, title, published, rng)
            writer.add(url, body, "text/html; charset=UTF-8", published + timedelta(hours=2))
            listed[slug].append((url, title, published))
        counts[slug] = len(listed[slug])
    crawl_time = START + timedelta(days=160)
    for slug, items in listed.items():
        items.sort(key=lambda x: x[2], reverse=True)
        outlet = get(slug)
        for host in sorted({s.url.split("/")[2] for s in outlet.sources}):
            writer.add(f"https://{host}/robots.txt", b"User-agent: *\nDisallow: /wp-admin/\n",
                       "text/plain", crawl_time)
        if outlet.cms == "wordpress":
            host = outlet.sources[0].url.split("/")[2]
            chunks = [items[i:i + 2000] for i in range(0, len(items), 2000)]
            index = "".join(f"<sitemap><loc>https://{host}/wp-sitemap-posts-post-{k + 1}.xml"
                            "</loc></sitemap>" for k in range(len(chunks)))
            writer.add(f"https://{host}/wp-sitemap.xml", (
                '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns='
                f'"http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>').encode(),
                "application/xml", crawl_time)
            for k, chunk in enumerate(chunks):
                urls = "".join(f"<url><loc>{u}</loc><lastmod>{d.isoformat()}</lastmod></url>"
                               for u, _, d in chunk)
                writer.add(f"https://{host}/wp-sitemap-posts-post-{k + 1}.xml", (
                    '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                    f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode(),
                    "application/xml", crawl_time)
            feed_url = outlet.sources[0].url
        elif slug == "antara":
            for page in range(1, len(items) // 20 + 2):
                cards = "".join(
                    f"<div class='card'><h3><a href='{u}' title='{t}'>{t}</a></h3>"
                    f"<p><span>{d.day} {['', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'][d.month]} {d.year} {d:%H:%M} WIB</span></p></div>"  # noqa: E501
                    for u, t, d in items[(page - 1) * 20: page * 20])
                nav = (f"<a aria-label='Next' href='/terkini?page={page + 1}'>&raquo;</a>"
                       if page * 20 < len(items) else "")
                writer.add(f"https://sumbar.antaranews.com/terkini?page={page}",
                           f"<html><body><div class='col-md-8'>{cards}</div>{nav}</body></html>"
                           .encode(), "text/html; charset=UTF-8", crawl_time)
            feed_url = "https://sumbar.antaranews.com/rss/terkini.xml"
        else:
            links = "".join(f"<li><a href='{u}'>{t}</a></li>" for u, t, _ in items)
            page_url = next(s.url for s in outlet.sources if not s.paginated)
            writer.add(page_url, f"<html><body><ul>{links}</ul></body></html>"
                       .encode(), "text/html; charset=UTF-8", crawl_time)
            continue
        feed_items = "".join(
            f"<item><title>{t}</title><link>{u}</link>"
            f"<pubDate>{d.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
            for u, t, d in items[:20])
        writer.add(feed_url, f'<?xml version="1.0"?><rss version="2.0"><channel>{feed_items}'
                   "</channel></rss>".encode(), "application/rss+xml", crawl_time)
    writer.close()
    counts["records"] = writer.count
    return counts


# -- the same sites on two days, for incremental nightly runs (bench/incremental.py) --------
#
# Not used by the CLI above, whose output these functions leave unchanged. Day 1 is a site
# with N articles; day 2 is the same site a day later with ``new_share`` more articles:
# new posts on top of the feeds and of page 1 of every listing, older ones pushed down a
# page. Every page follows the outlet's registry entry (feeds, archives that continue
# them, listings), as a real site of that kind would serve it. Articles are built per URL
# (their own seed), so a day-1 article is the same bytes in both days' archives.

ANTARA_HOSTS = {"sumbar": 0.4, "www": 0.3, "kalbar": 0.15, "sultra": 0.15}
DAY1 = START + timedelta(days=150, hours=19)  # the first crawl: 02:00 WIB on 28 November
PER_PAGE = {"wordpress": 10, "antara": 20, "minangsatu": 20, "infopublik": 20}
MONTHS = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


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
                "minangsatu": f"https://minangsatu.com/{words}_{60000 + n}",
                "infopublik": f"https://infopublik.id/kategori/nusantara/{900000 + n}/{words}",
                "suarakendari": f"https://www.suarakendari.com/read/{words}",
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
    local, day = _local_date(when)
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = args.out or ROOT / "bench" / "data" / f"archive-{args.pages}-s{args.seed}.warc.gz"
    out.parent.mkdir(parents=True, exist_ok=True)
    counts = build(args.pages, args.seed, out)
    print(json.dumps({"archive": str(out), "bytes": out.stat().st_size, **counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
