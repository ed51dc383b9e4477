"""Scoring of places in the real-text eval (tests/fixtures/real_eval.py): official variants
of one region's name score alike, different regions still differ."""

import pytest
from real_eval import norm_place


@pytest.mark.parametrize(("one", "other"), [
    ("DI Yogyakarta", "Daerah Istimewa Yogyakarta"),
    ("D.I. Yogyakarta", "daerah istimewa  yogyakarta"),
    ("DKI Jakarta", "Daerah Khusus Ibukota Jakarta"),
    ("Daerah Khusus Jakarta", "DKI Jakarta"),
    ("Kota Administrasi Jakarta Timur", "Kota Jakarta Timur"),
    ("Kabupaten Administrasi Kepulauan Seribu", "Kabupaten Kepulauan Seribu"),
])
def test_official_variants_of_a_region_name_score_alike(one, other):
    assert norm_place(one) == norm_place(other)


@pytest.mark.parametrize(("one", "other"), [
    ("Kota Yogyakarta", "DI Yogyakarta"),
    ("Kota Semarang", "Kabupaten Semarang"),
    ("Jakarta Selatan", "DKI Jakarta"),
])
def test_different_regions_still_differ(one, other):
    assert norm_place(one) != norm_place(other)
