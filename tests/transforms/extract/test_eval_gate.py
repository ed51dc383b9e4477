"""Eval gate (Trafilatura style): warta's body text on the gold set may not fall under the
pinned floor in tests/fixtures/expected/eval_floor.json."""

from __future__ import annotations

import json
from collections import defaultdict

from conftest import FIXTURES
from gold import gold_pages
from quality import SegmentScore

from spiders.registry import get
from transforms.extract.article import extract_article
from transforms.extract.decoding import decode_html

FLOOR = json.loads((FIXTURES / "expected" / "eval_floor.json").read_text())


def test_body_text_quality_does_not_fall_under_the_floor():
    total = SegmentScore()
    per_outlet: dict[str, SegmentScore] = defaultdict(SegmentScore)
    for page in gold_pages():
        outlet = get(page.outlet)
        text = extract_article(decode_html(page.html, page.content_type), page.url,
                               outlet.context(fetched_at=page.fetched_at)).text
        total.add(text, page.with_, page.without)
        per_outlet[page.outlet].add(text, page.with_, page.without)
    assert total.tp + total.fn >= 50 and total.tn + total.fp >= 100  # a gold set, not a toy
    assert total.precision >= FLOOR["precision"], total
    assert total.recall >= FLOOR["recall"], total
    for slug, score in per_outlet.items():
        assert score.f1 >= FLOOR["per_outlet_f1"], (slug, score)


def test_scores_count_like_trafilatura():
    score = SegmentScore()
    score.add("Isi berita.  Kalimat dua.", ["Isi berita.", "hilang"], ["Baca juga", "Kalimat dua."])
    assert (score.tp, score.fn, score.fp, score.tn) == (1, 1, 1, 1)
    assert score.precision == 0.5 and score.recall == 0.5 and score.f1 == 0.5
