"""A run whose data folder (or its archive folder) is removed while it crawls ends with one
line naming the missing folder, exit status 1, and no traceback.

`warta crawl` runs as a real process against the slow loopback site, held in the middle of
its crawl (tests/fixtures/slow_site.py) while the folder is removed, then let go.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from slow_site import serve_slow_site
from waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("removed", ["", "warc"])
def test_a_folder_removed_mid_run_ends_it_with_one_line(tmp_path, removed):
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WARTA_DOWNLOAD_DELAY": "0"}
    with serve_slow_site(articles=8) as site:
        site.hold(free=3)
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "crawl", "-o", "langgam", "--base-url",
             site.base, "--db", str(tmp_path / "w.duckdb"), "--data-dir", str(data)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for(lambda: bool(site.waiting), "the crawl to reach the held article")
        gone = data / removed if removed else data
        shutil.rmtree(gone)
        site.release()
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "Traceback" not in err, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("FAILED:") and str(gone) in last, last


def test_only_a_missing_folder_of_the_run_is_reported_removed(tmp_path):
    """A missing path outside the run's data folder (a missing input, a typo) or a missing
    file whose folders all exist (a bug) keeps its traceback; only a folder of the run found
    gone is reported as removed."""
    import errno

    from flows.layout import FolderRemoved, removed_folder

    def gone(path) -> FileNotFoundError:
        return FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))

    data = tmp_path / "data"
    (data / "warc").mkdir(parents=True)
    assert removed_folder(gone(tmp_path / "nowhere" / "typo" / "x.json"), data) is None
    assert removed_folder(gone(data / "warc" / "never-written.json"), data) is None
    assert removed_folder(gone(data / "staging" / "r1" / "pages.jsonl"), data) == data / "staging"
    assert removed_folder(gone(data / "warc" / "x.json"), None) is None
    assert removed_folder(FolderRemoved(data / "warc"), None) == data / "warc"
    (data / "warc").rmdir()
    data.rmdir()
    assert removed_folder(gone(data / "warc" / "x.json"), data) == data
