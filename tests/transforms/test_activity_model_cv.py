"""bench/activity_model_cv.py: the learned-model experiment needs scikit-learn, which warta
does not depend on; without it the script says so and stops, reading nothing."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("activity_model_cv",
                                               ROOT / "bench" / "activity_model_cv.py")
model_cv = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(model_cv)


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is not None,
                    reason="scikit-learn is installed here: the script would run the model")
def test_without_scikit_learn_it_stops_with_a_clear_message(tmp_path, capsys):
    assert model_cv.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 2
    assert "scikit-learn" in capsys.readouterr().err


def test_the_documents_are_the_title_and_the_first_paragraphs():
    text = "Judul Berita\n\nParagraf satu.\nParagraf dua.\nParagraf tiga."
    assert model_cv._document(text, 2) == "judul berita paragraf satu."
