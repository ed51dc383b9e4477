"""A speech verb clipped by a typo ("Dikata" for "Dikatakan") opening a sentence before a
one-word name is no first name of that person. Invented sentences."""

from transforms.events.officials.find import officials


def test_clipped_speech_verb_is_no_first_name() -> None:
    text = ("Hal itu disampaikan Syahbuddin, Kordiv Hukum dan Pencegahan Panwaslih Bireuen pada "
            "sosialisasi yang digelar Kesbangpol Bireuen Rabu, (11/9).\n\n"
            "Dikata Syahbuddin jika kepala desa yang sengaja melanggar aturan itu dapat "
            "dipidana.")
    names = [o.name for o in officials(text)]
    assert names == ["Syahbuddin"]
