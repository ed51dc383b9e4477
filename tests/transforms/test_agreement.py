"""bench/agreement.py: a second annotator's labels scored against a corpus's like warta's
reading, on a tiny invented corpus."""

from __future__ import annotations

import importlib.util
import json
import sys

from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("agreement", ROOT / "bench" / "agreement.py")
agreement = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(agreement)


def label(item_id: str, activities: list[str], name: str = "Andi Saputra") -> dict:
    return {"id": item_id, "url": f"https://contoh.id/berita/{item_id}", "relevant": True,
            "published_local": None, "events": [{
                "event_date": "2024-09-02", "activities": activities, "regency": "Kota Padang",
                "province": "Sumatera Barat", "officials": [{"title": "Sekda", "name": name}],
                "participants_count": 120}]}


def write(folder, labels):
    (folder / "texts").mkdir(parents=True)
    for one in labels:
        (folder / "texts" / f"{one['id']}.txt").write_text("Judul\nIsi.", encoding="utf-8")
    (folder / "labels.jsonl").write_text("".join(json.dumps(x) + "\n" for x in labels))


def test_a_second_label_is_scored_like_a_reading(tmp_path, capsys, monkeypatch):
    write(tmp_path / "corpus", [label("T-1", ["sosialisasi"]), label("T-2", ["apel", "ikrar"])])
    write(tmp_path / "second" / "A", [label("T-1", ["sosialisasi", "imbauan"]),
                                      label("T-2", ["apel", "pengawasan"], "Andi")])
    monkeypatch.setattr(sys, "argv", ["agreement.py", str(tmp_path / "second"),
                                      "--corpus", str(tmp_path / "corpus")])
    assert agreement.main() == 0
    out = capsys.readouterr().out
    assert "2 texts labelled twice" in out
    assert "activities    second annotator 0.500 (n=2)" in out  # an extra imbauan is no miss
    assert "officials     second annotator 0.500 (n=2)" in out  # "Andi" is not the full name
    assert "second lacks ikrar 1" in out and "second adds pengawasan 1" in out


def test_labels_the_annotator_saw_can_be_left_out(tmp_path, capsys, monkeypatch):
    write(tmp_path / "corpus", [label("T-1", ["apel"])])
    write(tmp_path / "second", [label("T-1", ["apel"])])
    monkeypatch.setattr(sys, "argv", ["agreement.py", str(tmp_path / "second"), "--corpus",
                                      str(tmp_path / "corpus"), "--exclude", "T-1"])
    assert agreement.main() == 2
    assert "no item" in capsys.readouterr().err
