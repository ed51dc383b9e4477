"""Replay of a URL whose newest capture is a revisit it cannot read (its original is not in
the archives given): the URL's newest readable capture is served, and that is said. The
crawl counts it (``warta/stale_replays``), logs a warning naming the URL and both capture
times, its page row keeps the capture served (its record and date), and an article page's
revisit is the reject row ingest records for it. Before, replay served the older capture
without a word. A URL whose only capture is such a revisit is a reject naming why it could
not be read, as in ingest, not "not in archive"."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ARCHIVE, ROOT
from stale_replay import LOST, SERVED_AT, STALE, stale_archives, why

from spiders.archiving import replay_records
from spiders.cdxj import index_archives
from spiders.ingest import index_archive
from spiders.records import url_key
from spiders.sinks import read_jsonl


def test_the_replay_lookup_names_the_newer_revisit_it_cannot_read(tmp_path):
    archives = stale_archives(tmp_path)
    unread: dict = {}
    lookup = replay_records(index_archives(archives, tmp_path / "replay.cdxj"), archives,
                            unread)
    assert lookup[url_key(STALE)].warc_file == str(ARCHIVE)  # still the newest readable
    assert url_key(LOST) not in lookup
    assert {key: (entry.timestamp, reason) for key, (entry, reason) in unread.items()} == {
        url_key(STALE): ("20241020030000", why(STALE)),
        url_key(LOST): ("20241020030000", why(LOST))}


def test_replay_serving_an_older_capture_counts_it_says_it_and_rejects_as_ingest(tmp_path):
    archives = stale_archives(tmp_path)
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "spiders.crawl", "--outlet", "langgam", "--run-id", "r1",
         "--out", str(out), "--warc-dir", str(tmp_path / "warc"),
         *sum((["--replay", a] for a in archives), [])],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    stats = json.loads((out / "stats.json").read_text())
    assert stats["warta/stale_replays"] == 1
    [page] = [p for p in read_jsonl(out / "pages.jsonl") if p["url"] == STALE]
    # the page row is the capture served: its record and its date
    assert (page["warc_file"], page["fetched_at"], page["status"]) == (
        str(ARCHIVE), SERVED_AT, 200)
    log = done.stdout + done.stderr
    [line] = [ln for ln in log.splitlines() if "older capture" in ln]
    assert STALE in line and SERVED_AT in line and "2024-10-20T03:00:00+00:00" in line, line
    rejects = {r["url"]: (r["stage"], r["reason"]) for r in read_jsonl(out / "rejects.jsonl")
               if r["url"] in (STALE, LOST)}
    ingested: list[dict] = []  # the rows ingest records for the same archives
    index_archive(archives, "r1", tmp_path / "ingest.cdxj", rejects=ingested)
    assert rejects == {r["url"]: (r["stage"], r["reason"]) for r in ingested} == {
        STALE: ("fetch", why(STALE)), LOST: ("fetch", why(LOST))}
    assert "not in archive" not in log


def test_kept_revisit_readings_without_why_are_read_again(tmp_path):
    """A run's replay index keeps how its revisits read (``.revisits`` beside it); one kept
    before the reasons were (an unread revisit named without why) is read afresh, so the
    reason is still there."""
    from spiders.archiving import index_for_replay
    from spiders.revisits import resolutions_file

    archives = stale_archives(tmp_path)
    index = index_for_replay(archives, tmp_path / "replay.cdxj")
    kept = resolutions_file(index)
    rows = [json.loads(line) for line in kept.read_text().splitlines()]
    assert {r["why"] for r in rows if r.get("unread")} == {why(LOST), why(STALE)}
    kept.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "why"}) + "\n"
                            for r in rows))
    unread: dict = {}
    replay_records(index, archives, unread)
    assert {reason for _, reason in unread.values()} == {why(LOST), why(STALE)}
