import re

from transforms.events.activity_words import says, word_set


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
