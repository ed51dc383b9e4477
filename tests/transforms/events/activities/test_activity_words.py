import re

from transforms.events.activities.classify import activities
from transforms.events.activities.words import NEUTRAL, says, word_set


def _runs(sentence: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"\W+", sentence.lower()) if w)


def test_word_set_is_the_runs_of_word_characters():
    for sentence in ("Camat Lubuk Jaya, Andi (45), memimpin apel_pagi di halaman kantor.",
                     "\"ASN harus netral!\" tegas Sekda; 12/8/2024 - pukul 09.00 WIB\n",
                     "Bupati Sunarto menyebut “netralitas” ASN—bukan sekadar slogan…",
                     "", "  ,;  "):
        assert word_set(sentence) == _runs(sentence)


def test_says():
    assert says("Kepala BKD Rina menggelar sosialisasi.", frozenset({"sosialisasi"}))
    assert not says("Kepala BKD Rina menggelar sosialisasi.", frozenset({"apel"}))


# -- NEUTRAL: the one "neutrality named" test of the briefing and the signing judges ----------

def test_the_word_neutrality_is_named_in_any_inflection_but_not_inside_another_word():
    assert NEUTRAL.search("menjaga Netralitas ASN")
    assert NEUTRAL.search("agar tetap netral")
    assert not NEUTRAL.search("ketidaknetralan pegawai")  # the word must start there


def test_a_signing_and_a_meeting_count_when_neutrality_is_named():
    signed = ("Seluruh camat menandatangani pakta integritas netralitas ASN di aula kantor "
              "bupati Lembah Hijau.")
    assert "pakta_integritas" in activities(signed)
    meeting = ("Pemkab Lembah Hijau menggelar rapat koordinasi dengan Forkopimda membahas "
               "netralitas ASN menjelang pilkada.")
    assert "sosialisasi" in activities(meeting)
    other = ("Pemkab Lembah Hijau menggelar rapat koordinasi dengan Forkopimda membahas "
             "kesiapan logistik menjelang pilkada.")
    assert "sosialisasi" not in activities(other)
