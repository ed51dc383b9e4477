"""Body text of each page with one peer library; runs inside that peer's own venv.

    bench/.venv-peers/<peer>/bin/python -I bench/peers_worker.py PEER PAGES.jsonl OUT.jsonl

Started by bench/peers.py, never by the project's interpreter: it imports only the standard
library and the peer, so the peers' dependencies (Scrapy, newspaper4k, readability, ...) never
meet warta's. Input lines are {"url", "html"} (HTML already decoded to text, the same string
warta gets); output lines are {"url", "text"}, in the same order. Sockets are disabled before
the peer is imported: both peers can download pages and images when asked, and here every
page is given to them, so any attempt is counted and refused, never sent.

Prints one JSON line on stdout: peer, version, pages, best wall and CPU seconds of the
extraction loop (after a warm-up on the first pages), errors and network attempts.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import time
from collections.abc import Callable
from importlib.metadata import version

NETWORK_ATTEMPTS = 0


def _refuse(*args: object, **kwargs: object) -> None:
    global NETWORK_ATTEMPTS
    NETWORK_ATTEMPTS += 1
    raise OSError("network disabled in bench/peers_worker.py")


def disable_network() -> None:
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
    socket.create_connection = _refuse  # type: ignore[assignment]
    socket.getaddrinfo = _refuse  # type: ignore[assignment]


def news_please() -> Callable[[str, str], str]:
    from newsplease import NewsPlease

    def run(html: str, url: str) -> str:
        # fetch_images=False: otherwise newspaper downloads images to size the top image
        article = NewsPlease.from_html(html, url=url, fetch_images=False)
        return (getattr(article, "maintext", None) or "") if article else ""

    return run


def newspaper4k() -> Callable[[str, str], str]:
    from newspaper import Article

    def run(html: str, url: str) -> str:
        # language="id": Indonesian stop words score the paragraphs (the default is English
        # unless the page declares its language); fetch_images=False as above
        article = Article(url, language="id", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        return article.text or ""

    return run


PEERS: dict[str, tuple[str, Callable[[], Callable[[str, str], str]]]] = {
    "news-please": ("news-please", news_please),
    "newspaper4k": ("newspaper4k", newspaper4k),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("peer", choices=sorted(PEERS))
    parser.add_argument("pages", help="JSON lines of {url, html}")
    parser.add_argument("out", help="JSON lines of {url, text} written here")
    parser.add_argument("--warmup", type=int, default=5, help="pages extracted before timing")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes; the best counts")
    args = parser.parse_args()
    disable_network()
    distribution, load = PEERS[args.peer]
    extract = load()
    with open(args.pages, encoding="utf-8") as stream:
        pages = [json.loads(line) for line in stream]
    for page in pages[: args.warmup]:
        try:
            extract(page["html"], page["url"])
        except Exception:  # counted in the timed pass below
            pass
    best_wall = best_cpu = float("inf")
    texts: list[str] = []
    errors: dict[str, int] = {}
    for _ in range(max(1, args.repeat)):
        texts, errors = [], {}
        cpu, wall = time.process_time(), time.perf_counter()
        for page in pages:
            try:
                text = extract(page["html"], page["url"])
            except Exception as exc:  # a peer failing on a page scores an empty text
                reason = f"{type(exc).__name__}: {exc}"[:120]
                errors[reason] = errors.get(reason, 0) + 1
                text = ""
            texts.append(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    with open(args.out, "w", encoding="utf-8") as stream:
        for page, text in zip(pages, texts, strict=True):
            stream.write(json.dumps({"url": page["url"], "text": text}) + "\n")
    print(json.dumps({"peer": args.peer, "version": version(distribution),
                      "python": sys.version.split()[0], "pages": len(pages),
                      "seconds": best_wall, "cpu_seconds": best_cpu,
                      "errors": sum(errors.values()), "error_reasons": errors,
                      "network_attempts": NETWORK_ATTEMPTS}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
