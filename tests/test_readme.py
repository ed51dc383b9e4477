"""The README against the code: the outlets it lists. A doc that drifts from the code fails
here instead of misleading a user."""

from __future__ import annotations

import re
from pathlib import Path

from spiders.registry import registry

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def paragraph(text: str, marker: str) -> str:
    [found] = [p for p in text.split("\n\n") if marker in p]
    return found


def test_the_readme_names_every_outlet_and_its_hosts():
    intro = paragraph(README, "warta is a scheduled news-scraping pipeline")
    table = {m.group(1): m.group(2) for m in
             re.finditer(r"^\| `([a-z]+)` \| ([^|]+) \| W", README, re.M)}
    for slug, outlet in registry().items():
        assert outlet.name.split()[0] in " ".join(intro.split()), slug
        hosts = table[slug]
        counted = re.search(r"(\d+) regional and (\d+) event", hosts)
        if counted:  # www, the bare host, then the regional and event hosts by number
            assert 2 + int(counted[1]) + int(counted[2]) == len(outlet.hosts), slug
        else:
            assert {h.strip() for h in hosts.split(",")} == set(outlet.hosts), slug
