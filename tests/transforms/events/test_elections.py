"""Elections a text names with their year, in time order (transforms/events/elections.py)."""

from datetime import date

import pytest

from transforms.events.dates.find import anchor_of
from transforms.events.elections import (
    latest_election_rank,
    latest_election_year,
    upcoming_voting_years,
    voting_day_years,
)


def test_the_latest_election_named_with_its_year_wins_however_far_apart_they_stand():
    text = ("Pada Pemilu 2019 lalu ada tiga kasus. Kini menjelang Pilkada Serentak 2024, "
            "Bawaslu Kabupaten Agam mengingatkan ASN.")
    assert latest_election_year(text) == 2024


def test_a_regional_election_comes_after_the_general_one_of_the_same_year():
    general = latest_election_rank("Netralitas ASN pada Pemilu 2024 diawasi ketat.")
    regional = latest_election_rank("Netralitas ASN pada Pilkada 2024 diawasi ketat.")
    assert general < regional
    assert latest_election_rank("Pemilihan Umum 2024 usai.") == general
    assert latest_election_rank("Pemilihan Bupati Agam 2024 dimulai.") == regional


def test_the_year_of_an_earlier_election_drawn_on_is_not_the_latest():
    text = "Belajar dari Pilkada 2020, Pemkab bersiap untuk Pilkada Serentak 2024."
    assert latest_election_year(text) == 2024


def test_a_text_naming_no_election_year_has_none():
    assert latest_election_year("Apel pagi digelar di halaman kantor bupati, Senin.") == 0
    assert latest_election_year("Anggaran tahun 2024 untuk pilkada disiapkan.") == 0



def test_a_village_head_election_is_not_the_election_whose_year_dates_the_text():
    text = ("Menjelang Pilkada Serentak 2024, Pemkab Lembah Hijau juga menyiapkan Pemilihan "
            "Kepala Desa serentak 2026 di 40 desa.")
    assert latest_election_year(text) == 2024
    assert latest_election_year("ASN diminta netral dalam Pilkades serentak 2026.") == 0


def test_an_election_word_does_not_reach_across_a_village_head_election_to_its_year():
    assert latest_election_year("Bawaslu menyiapkan pengawasan Pilkada dan Pilkades 2026.") == 0
    assert latest_election_year("Pengawasan Pilkada dan Pilwana 2026 dibahas.") == 0
    # a regional election's formal name still reaches its year across "Kepala Daerah"
    assert latest_election_year("Pemilihan Kepala Daerah (Pilkada) Serentak 2024 usai.") == 2024

# -- the one reading serves the date reader too (dates.anchor_of) ----------------------------

def test_every_election_word_ties_a_year_for_the_date_reader():
    for word in ("Pilkada", "Pilbup", "Pilbub", "Pilwako", "Pilwalkot", "Pilgub", "Pemilukada"):
        text = f"Bawaslu Lembah Hijau mengawasi ASN menjelang {word} Lembah Hijau 2024."
        assert anchor_of(text, None, "Asia/Jakarta").election_years == (2024,), word
        assert latest_election_year(text) == 2024, word


def test_a_formal_election_name_reaches_its_year_for_both_readers():
    text = ("Sosialisasi digelar menjelang Pemilihan Bupati dan Wakil Bupati Kabupaten "
            "Lembah Hijau Tahun 2024 di aula kantor camat.")
    assert latest_election_year(text) == 2024
    assert anchor_of(text, None, "Asia/Jakarta").election_years == (2024,)


def test_the_nearest_election_word_names_the_kind_of_election():
    regional = anchor_of("Netralitas ASN pada Pemilu dan Pilkada 2024.", None, "Asia/Jakarta")
    assert regional.voting_days == (date(2024, 11, 27),)
    general = anchor_of("Netralitas ASN pada Pemilihan Umum 2024.", None, "Asia/Jakarta")
    assert general.voting_days == (date(2024, 2, 14),)
    assert (latest_election_rank("Netralitas ASN pada Pemilu dan Pilkada 2024.")
            == latest_election_rank("Netralitas ASN pada Pilkada 2024."))


def test_a_clause_break_unties_a_year_from_the_election():
    text = "Pilkada sudah dekat, kata dia. Anggaran 2024 telah disiapkan."
    assert latest_election_year(text) == 0
    assert anchor_of(text, None, "Asia/Jakarta").election_years == ()


@pytest.mark.parametrize(("text", "years"), [
    ("ASN diminta netral menjelang pilkada serentak, 27 November 2024 mendatang.", (2024,)),
    ("Pemungutan suara digelar 9 Desember mendatang.", (2020, 2015)),
    ("Pilkada digelar tahun depan. Rapat itu pada 9 Desember.", ()),  # another sentence
    ("Ketua Bawaslu Juliana mengingatkan ASN jelang pemilu.", ()),  # a name, no month
    ("İzmir: pilkada serentak 27 November mendatang.", (2024,)),  # lower case longer
])
def test_the_voting_day_a_text_names(text, years):
    assert voting_day_years(text) == years


@pytest.mark.parametrize(("text", "years"), [
    ("ASN diminta netral menjelang pilkada serentak 9 Desember mendatang.", (2020, 2015)),
    ("Pilkada serentak digelar 27 November 2024 nanti.", (2024,)),
    # a day of something else after an election word: no vote still to come
    ("Pelantikan bupati hasil pemilihan itu dijadwalkan 9 Desember.", ()),
])
def test_the_voting_day_told_as_still_to_come(text, years):
    assert upcoming_voting_years(text) == years
