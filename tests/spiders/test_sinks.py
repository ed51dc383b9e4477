"""Staged files on a full disk: a failed write never becomes a complete-looking batch.

/dev/full answers every write with ENOSPC, as a full disk does; the sink's ``.part`` file is
made a link to it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spiders.sinks import JsonlSink, RotatingJsonlSink, read_jsonl, write_json_atomic

FULL = Path("/dev/full")
pytestmark = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")
ROW = {"url": "https://langgam.id/x/", "text": "y" * 500}


def test_a_sink_on_a_full_disk_is_never_renamed(tmp_path):
    path = tmp_path / "articles.jsonl"
    os.symlink(FULL, tmp_path / "articles.jsonl.part")
    with pytest.raises(OSError):
        with JsonlSink(path) as sink:
            for _ in range(100):  # past the write buffer: the disk answers ENOSPC
                sink.write(ROW)
    assert not path.exists()


def test_close_after_a_failed_write_refuses_to_rename(tmp_path):
    path = tmp_path / "pages.jsonl"
    os.symlink(FULL, tmp_path / "pages.jsonl.part")
    sink = JsonlSink(path)
    sink.write(ROW)  # buffered: the failure shows at close
    with pytest.raises(OSError):
        sink.close()
    assert not path.exists()


class FlakyDisk:
    """A file whose second write fails (the disk was full for a moment), then recovers."""

    def __init__(self, path, mode, encoding):
        self.file, self.writes = open(path, mode, encoding=encoding), 0

    def write(self, text: str) -> int:
        self.writes += 1
        if self.writes == 2:
            raise OSError(28, "No space left on device")
        return self.file.write(text)

    def __getattr__(self, name):
        return getattr(self.file, name)


def test_a_write_that_failed_once_poisons_the_batch(tmp_path):
    path = tmp_path / "articles.jsonl"
    sink = JsonlSink(path, opener=FlakyDisk)
    sink.write(ROW)
    with pytest.raises(OSError):
        sink.write(ROW)  # a caller may catch this and go on (one bad page must not stop a run)
    with pytest.raises(OSError, match="earlier write failed"):
        sink.write(ROW)
    with pytest.raises(OSError, match="left incomplete"):
        sink.close()
    assert not path.exists()  # a batch with a hole is never renamed as complete


def test_rotating_parts_stop_at_the_failed_one(tmp_path):
    os.symlink(FULL, tmp_path / "articles-00001.jsonl.part")
    with pytest.raises(OSError):
        with RotatingJsonlSink(tmp_path, "articles", rows=3) as sink:
            for _ in range(9):
                sink.write(ROW)
    assert len(read_jsonl(tmp_path / "articles-00000.jsonl")) == 3  # complete, kept
    assert not (tmp_path / "articles-00001.jsonl").exists()


def test_atomic_json_on_a_full_disk_keeps_the_old_file(tmp_path):
    path = tmp_path / "stats.json"
    write_json_atomic(path, {"ok": 1})
    os.symlink(FULL, tmp_path / "stats.json.part")
    with pytest.raises(OSError):
        write_json_atomic(path, {"ok": 2, "pad": "z" * 100_000})
    assert path.read_text().strip().startswith("{") and '"ok": 1' in path.read_text()
