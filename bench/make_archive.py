"""Synthesise a realistic web archive of N outlet-faithful pages, deterministic by seed.

    python bench/make_archive.py --pages 20000 --seed 7 --out bench/data/archive-20000.warc.gz

Articles (3-15 KB of text) are built from the hand-made fixture article pages of each outlet
(tests/fixtures/site): the template's markup, boilerplate and metadata stay, its title, URL,
dates and body paragraphs are replaced. Discovery pages are generated as each outlet's
registry entry expects them: WordPress sitemaps (langgam, padangkita, suarakendari), ANTARA
sumbar /terkini?page=N listings, the Minangsatu search page and the InfoPublik listing, plus
robots.txt and feeds. Same seed, same bytes.

bench/site_days.py builds the same kind of sites on two consecutive days, the second with a
share of new articles (bench/incremental.py).
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
MONTHS = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


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


def local_date(when: datetime, zone: str = "WIB") -> tuple[datetime, str]:
    """``when`` in an Indonesian zone, and its "14 Oktober 2024" form."""
    local = when + timedelta(hours=_OFFSETS[zone])
    return local, f"{local.day} {MONTHS[local.month]} {local.year}"


def _human_date(match: re.Match[str], published: datetime) -> str:
    zone = match.group("zone")
    local, day = local_date(published, zone or "WIB")
    text = f"{WEEKDAYS[local.weekday()]}, {day}"
    return text + (f"{match.group('sep')}{local:%H:%M} {zone}" if zone else "")


def article_page(template: tuple[dict, str], slug: str, url: str, title: str,
                 published: datetime, rng: random.Random) -> bytes:
    item, html = template
    html = html.replace(item["title"], title).replace(item["url"], url)
    html = html.replace(item["canonical_url"], url)
    html = re.sub(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d", published.strftime("%Y-%m-%dT%H:%M:%S"),
                  html)
    # The byline's human date too ("Sabtu, 13 Juli 2024", "Senin, 14 Oktober 2024 | 16:20
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
