"""The README against the code: the settings it names, the outlets it lists, what `warta export`
leaves out. A doc that drifts from the code fails here instead of misleading a user."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from spiders.registry import registry
from warehouse.export import EXPORTED

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CODE = ("flows", "spiders", "transforms", "warehouse")

# Scrapy settings a crawl process is given by its parent (spiders/settings.py), not read from
# the environment: nothing a user sets.
CRAWL_SETTINGS = {"WARTA_RUN_ID", "WARTA_OUTLET", "WARTA_OUT_DIR", "WARTA_WARC_DIR",
                  "WARTA_REPLAY", "WARTA_REPLAY_INDEX", "WARTA_TIME_LIMIT", "WARTA_ARCHIVE_TAG"}


def code_settings() -> set[str]:
    """Every ``WARTA_*`` name the code spells as a whole string (a prefix ends with ``_``)."""
    names = set()
    for folder in CODE:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and re.fullmatch(r"WARTA_[A-Z0-9_]*", node.value):
                    names.add(node.value)
    return names - CRAWL_SETTINGS


def readme_settings() -> set[str]:
    """The names the README spells out (``WARTA_PERMISSION_<SLUG>`` as its prefix; not a
    wildcard such as ``WARTA_*``)."""
    return set(re.findall(r"WARTA_[A-Z0-9_]*+(?!\*)", README))


def paragraph(text: str, marker: str) -> str:
    [found] = [p for p in text.split("\n\n") if marker in p]
    return found


def test_every_setting_the_code_reads_is_in_the_readme():
    named = readme_settings()
    missing = code_settings() - named
    assert not missing


def test_every_setting_the_readme_names_is_read_by_the_code():
    read = code_settings()
    pull_step = (ROOT / "prefect.yaml").read_text(encoding="utf-8")  # WARTA_HOME
    unread = {n for n in readme_settings() if n not in read and n not in pull_step
              and not any(p.endswith("_") and n.startswith(p) for p in read)}
    assert not unread


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


def test_export_leaves_out_only_the_views_the_readme_says():
    views = set()
    for layer in ("marts.sql", "aggregates.sql"):
        sql = (ROOT / "warehouse" / "views" / layer).read_text(encoding="utf-8")
        views |= set(re.findall(r"CREATE OR REPLACE VIEW (\w+)", sql))
    said = paragraph(README, "`warta export [--out data/export]` writes")
    assert set(EXPORTED) <= views
    assert all(f"`{view}`" in said for view in views - set(EXPORTED))
