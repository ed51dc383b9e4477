"""Event accuracy on the real, hand-labelled corpus, against pinned floors.

Runs only where the development corpus sits beside the repository (``../shared/real-corpus``);
elsewhere it is skipped with a message. The floors are the measured figures rounded down:
raise them when extraction improves, never lower them to make a change pass.
Figures and misses: ``bench/eval_real.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from real_eval import (
    FIELDS,
    Item,
    evaluate,
    is_held_out,
    load_corpus,
    opens_the_story,
    parts,
    render_page,
    slug_title,
    wilson,
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "real-corpus"
HARNESS = Path(__file__).resolve().parents[2] / "bench" / "eval_real.py"

# Per part: field -> floor. Measured with bench/eval_real.py.
FLOORS = {
    "tuned": {"relevance": 1.00, "event_date": 0.98, "place": 1.00, "officials": 1.00,
              "participants": 1.00, "activities": 0.95},
    "held-out": {"relevance": 1.00, "event_date": 0.97, "place": 0.89, "officials": 0.92,
                 "participants": 0.94, "activities": 0.71},
}


@pytest.fixture(scope="module")
def corpus():
    if not (CORPUS / "labels.jsonl").exists():
        pytest.skip(f"real corpus not found at {CORPUS} (it is not part of the repository)")
    return load_corpus(CORPUS)


@pytest.mark.parametrize("part", list(FLOORS))
def test_real_corpus_accuracy_holds_its_floors(corpus, part):
    subset = dict(parts(corpus))[part]
    report = evaluate(subset)
    below = {f: round(report.accuracy(f), 3) for f in FIELDS
             if report.accuracy(f) is not None and report.accuracy(f) < FLOORS[part][f]}
    assert not below, f"{part}: under the floors {FLOORS[part]}: {below}"


def test_split_is_a_stable_third():
    ids = [f"X{i}" for i in range(3000)]
    share = sum(map(is_held_out, ids)) / len(ids)
    assert 0.30 < share < 0.37
    assert [is_held_out(i) for i in ids] == [is_held_out(i) for i in ids]


@pytest.mark.parametrize("line", [
    "PADANG - Pemerintah Kota Padang menggelar apel netralitas ASN.",
    "Jepara (ANTARA) - Bupati mengingatkan ASN agar netral.",
    "Langgam.id - Ratusan ASN mengikuti sosialisasi netralitas di aula kantor wali kota.",
    "Bupati Sungai Sembilan meminta seluruh aparatur sipil negara menjaga netralitas selama "
    "tahapan pemilihan kepala daerah berlangsung di daerah itu.",
])
def test_a_stored_copy_that_starts_at_its_story_has_no_title_line(line):
    assert opens_the_story(line)


@pytest.mark.parametrize("line", [
    "Pj Wali Kota Ingatkan ASN Jaga Netralitas Jelang Pilkada 2024",
    "Ribuan ASN Ikrarkan Netralitas, Bupati: Jangan Main Api",
    "KPU-Bawaslu Teken Kesepakatan Pengawasan",
])
def test_a_title_line_stays_the_title(line):
    assert not opens_the_story(line)


def test_an_untitled_copy_is_rendered_with_its_slug_as_title_and_every_line_as_body():
    item = Item("X1", "https://kabar.example/2024/10/bupati-ingatkan-asn-netral.html",
                {"published_local": None},
                "PADANG - Bupati mengingatkan ASN netral.\nIa berbicara di aula.")
    page = render_page(item)
    assert "<title>Bupati Ingatkan Asn Netral</title>" in page
    assert "<p>PADANG - Bupati mengingatkan ASN netral.</p>" in page
    assert slug_title("https://x.example/berita/123/") == "123"


def test_a_page_of_a_paginated_article_takes_the_articles_slug():
    assert slug_title("https://x.example/2024/bawaslu-kirim-dua-nama/2") == "Bawaslu Kirim Dua Nama"
    assert slug_title("https://x.example/asn-disanksi.html/halaman/3") == "Asn Disanksi"
    assert slug_title("https://x.example/berita/read/9404") == "9404"  # an id, no slug


def test_the_interval_of_an_accuracy_is_wilsons():
    assert wilson(0, 5) == pytest.approx((0.0, 0.4345), abs=1e-4)  # z^2 / (n + z^2)
    assert wilson(5, 5) == pytest.approx((0.5655, 1.0), abs=1e-4)
    low, high = wilson(29, 39)
    assert low == pytest.approx(0.589, abs=1e-3) and high == pytest.approx(0.854, abs=1e-3)
    with pytest.raises(ValueError):
        wilson(3, 2)


def _labelled(folder: Path, items: dict[str, str]) -> Path:
    """A corpus in the real corpus's format: each item relevant, one event on 2024-10-07 in
    Kota Padang with an ikrar, its text the given one."""
    (folder / "texts").mkdir(parents=True)
    with open(folder / "labels.jsonl", "w", encoding="utf-8") as fh:
        for item_id, text in items.items():
            (folder / "texts" / f"{item_id}.txt").write_text(text, encoding="utf-8")
            fh.write(json.dumps({
                "id": item_id, "url": f"https://kabar.example/berita/{item_id.lower()}",
                "published_local": None, "relevant": True,
                "events": [{"event_date": "2024-10-07", "activities": ["ikrar"],
                            "regency": "Kota Padang", "province": "Sumatera Barat",
                            "officials": [], "participants_count": None}]}) + "\n")
    return folder


def test_the_harness_shows_what_the_tuned_part_misses_and_hides_the_held_out_parts(tmp_path):
    assert not is_held_out("T2") and is_held_out("T1")
    text = "Harga Cabai Naik\nPADANG - Harga cabai merah di pasar naik menjelang akhir tahun."
    folder = _labelled(tmp_path / "corpus", {"T1": text, "T2": text})
    shown = subprocess.run([sys.executable, str(HARNESS), str(folder)], capture_output=True,
                           text=True, check=True).stdout
    tuned, held_out = shown.split("== held-out")
    assert "relevance     0.000  [0.00-0.79]  (n=1)  misses: false negative 1" in tuned
    assert "relevance     0.000  [0.00-0.79]  (n=1)  misses: 1\n" in held_out
    assert "false negative" not in held_out and "not shown" in held_out
    asked = subprocess.run([sys.executable, str(HARNESS), str(folder), "--part", "held-out",
                            "--misses"], capture_output=True, text=True, check=True).stdout
    assert "misses: false negative 1" in asked and "[relevance] T1" in asked
