"""An article's lead (activities/lead.py): its opening paragraphs, a photo's caption and the
short lines of page furniture left out. Invented lines."""

from transforms.events.activities.lead import lead_of

_P = "kata demi kata membentuk sebuah paragraf berita yang utuh"  # a paragraph's length


def test_lead_is_the_opening_paragraphs():
    one, two, three, four = (f"{n} {_P}" for n in ("satu", "dua", "tiga", "empat"))
    assert lead_of(f"{one}\n\n{two}\n{three}\n{four}\n") == f"{one}\n\n{two}\n{three}\n"
    assert lead_of("satu") == "satu"
    # a photo's caption above the story is no paragraph of its lead
    assert lead_of(f"Ketua forum Rudi.-Foto : Dok Humas\n{one}\n{two}\n{three}\n{four}\n") == (
        f"Ketua forum Rudi.-Foto : Dok Humas\n{one}\n{two}\n{three}\n")
    # nor are the short lines of page furniture: a byline, a photo's credit, a caption
    furniture = "Penulis: Rina Wati | Editor: Rudi\nDok Pemkab\nBupati Agam, Rudi Hartono.\n"
    assert lead_of(f"{one}\n{furniture}{two}\n{three}\n{four}\n") == (
        f"{one}\n{furniture}{two}\n{three}\n")
