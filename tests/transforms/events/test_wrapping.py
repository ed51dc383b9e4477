"""A copy wrapped at a fixed width is read as its paragraphs; a normal page is left as it is."""

from datetime import datetime

import pytest

from transforms.events.assemble import extract_events
from transforms.events.wrapping import unwrapped

# invented article, wrapped at about 75 characters
WRAPPED = (
    "Bupati Lembah Hijau Ingatkan ASN Jaga Netralitas\n"
    "Foto: Dokumentasi Humas Pemkab Lembah Hijau untuk pemberitaan daerah\n"
    "LEMBAH HIJAU - Menjelang pemilihan kepala daerah serentak, Pemerintah\n"
    "Kabupaten Lembah Hijau menggelar apel kesadaran nasional yang diikuti\n"
    "sekitar 600 aparatur sipil negara di halaman kantor bupati, Senin\n"
    "(14/10/2024). Apel dipimpin langsung oleh Sekretaris Daerah Lembah Hijau\n"
    "Darmawan Saleh, yang meminta seluruh pegawai menjaga netralitas dan tidak\n"
    "terlibat dalam kegiatan kampanye pasangan calon mana pun.\n"
    "Baca juga: Bawaslu Lembah Hijau Awasi Media Sosial Para Pegawai Daerah\n"
    "\"Kami ingatkan kembali bahwa ASN dilarang memberikan dukungan kepada calon,\n"
    "baik secara langsung maupun melalui media sosial,\" kata Darmawan kepada\n"
    "wartawan usai apel.\n"
)


def test_a_wrapped_copy_is_read_as_its_paragraphs():
    out = unwrapped(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert "Pemerintah Kabupaten Lembah Hijau menggelar" in out  # a capital after the break
    assert "Lembah Hijau Darmawan Saleh, yang" in out
    assert "diikuti sekitar 600" in out
    assert "calon, baik secara" in out  # after a comma inside a quote
    assert "kepada wartawan" in out


@pytest.mark.parametrize("kept", [
    "Bupati Lembah Hijau Ingatkan ASN Jaga Netralitas\n",  # the headline
    "pemberitaan daerah\nLEMBAH HIJAU",  # a caption keeps its break
    "mana pun.\nBaca juga",  # a sentence end
    "Pegawai Daerah\n\"Kami",  # a "Baca juga" pointer
    "usai apel.\n",
])
def test_a_wrapped_copy_keeps_its_paragraph_breaks(kept):
    assert kept in unwrapped(WRAPPED)


@pytest.mark.parametrize("text", [
    # a paragraph a line, long lines, capitals after every break
    ("Bupati Lembah Hijau Ingatkan ASN Jaga Netralitas\n"
     "LEMBAH HIJAU - Pemerintah Kabupaten Lembah Hijau menggelar apel kesadaran nasional yang "
     "diikuti ratusan aparatur sipil negara di halaman kantor bupati, Senin (14/10/2024).\n"
     "Sekretaris Daerah Lembah Hijau Darmawan Saleh meminta seluruh pegawai menjaga netralitas "
     "dan tidak terlibat dalam kegiatan kampanye pasangan calon mana pun.\n"),
    # a list of sanctions after a colon, items in lower case
    ("Bawaslu menyebut jenis hukuman disiplin bagi aparatur yang tidak netral:\n"
     "a. teguran lisan kepada pegawai yang bersangkutan di depan atasannya\n"
     "b. teguran tertulis yang dicatat dalam berkas kepegawaian yang berlaku\n"
     "c. pernyataan tidak puas secara tertulis oleh pejabat pembina kepegawaian\n"
     "d. penundaan kenaikan gaji berkala selama satu tahun bagi pelanggar aturan\n"),
    # share buttons, captions and site names in lower case on short lines
    ("Sekda Lembah Hijau Minta ASN Netral\nwaktu baca 2 menit\ncomment\n"
     "copy-link-circle\nfoto : humas\nportalhijau.com, LEMBAH HIJAU - Sekda Lembah Hijau "
     "meminta ASN netral.\nfoto : humas\nbanner 468x60\n"),
    # one stray break inside a long paragraph
    ("Pemerintah Kabupaten Lembah Hijau meminta seluruh pegawai yang bertugas di dinas dan "
     "badan daerah menjaga netralitas, terutama aparatur sipil negara (ASN)\nyang bertugas "
     "di kecamatan.\nSekda Darmawan Saleh menyampaikan hal itu di kantor bupati.\n"),
    # a dateline, a heading and a numbered list
    ("LEMBAH HIJAU, Senin (14/10/2024)\nPoin Penting Netralitas ASN\n"
     "1. tidak ikut kampanye pasangan calon dalam bentuk apa pun juga\n"
     "2. tidak memasang alat peraga kampanye di kantor maupun rumah\n"
     "3. tidak mengunggah dukungan kepada calon di media sosial pribadi\n"),
    # roman-numbered items in lower case
    ("Ada beberapa larangan bagi aparatur sipil negara menjelang pilkada, yaitu\n"
     "i. tidak boleh hadir dalam deklarasi pasangan calon kepala daerah manapun\n"
     "ii. tidak boleh mengunggah foto bersama calon di akun media sosial pribadi\n"
     "iii. tidak boleh menggunakan fasilitas kantor untuk kepentingan kampanye\n"
     "iv. tidak boleh mengajak keluarga dan tetangga memilih calon tertentu\n"),
])
def test_a_normal_page_is_never_touched(text):
    assert unwrapped(text) is text


def test_a_dateline_keeps_its_line():
    text = WRAPPED.replace("Foto: Dokumentasi", "Dokumentasi")
    assert "pemberitaan daerah\nLEMBAH HIJAU - Menjelang" in unwrapped(text)


def test_paragraphs_apart_by_blank_lines_are_unwrapped_too():
    text = WRAPPED.replace("pun.\n", "pun.\n\n")
    assert "Lembah Hijau Darmawan Saleh, yang" in unwrapped(text)
    assert "mana pun.\n\nBaca juga" in unwrapped(text)


def test_events_read_a_wrapped_copy_and_quote_the_stored_text():
    events = extract_events(canonical_url="https://contoh.id/a", title=WRAPPED.split("\n")[0],
                            text=WRAPPED, dateline=None,
                            published_at=datetime(2024, 10, 14, 12), timezone="Asia/Jakarta")
    assert events and events[0].event_date == "2024-10-14"
    assert "Darmawan Saleh" in [o["name"] for o in events[0].officials]
    for entries in events[0].evidence.values():
        for entry in entries if isinstance(entries, list) else [entries]:
            if entry.get("start") is not None and entry.get("in") != "title":
                assert WRAPPED[entry["start"]:entry["end"]] == entry["quote"]


# invented copy wrapped at about 75 characters: a list of guests with their ranks and names in
# brackets runs over several lines, each full of capitals; a one-word line opens a sentence
GUESTS = (
    "Pemerintah Kabupaten Lembah Hijau menggelar ikrar netralitas aparatur sipil\n"
    "negara di halaman kantor bupati yang diikuti ratusan pegawai daerah.\n"
    "Kegiatan\n"
    "ini dihadiri oleh Kapolres Lembah Hijau yang diwakili oleh Kabag Ops\n"
    "( Kompol Rudi Hartono SIK ), Dandim 0420/Lembah Hijau ( Letkol Inf Agus\n"
    "Salim ), Ketua KPU Kabupaten Lembah Hijau ( Wayan Sudira ST), Ketua\n"
    "Bawaslu Kabupaten Lembah Hijau ( Made Sutama ), serta para camat dan lurah\n"
    "se-Kabupaten Lembah Hijau.\n"
    "Dalam sambutannya, Bupati meminta seluruh pegawai menjaga sikap netral dan\n"
    "tidak ikut berfoto dengan peserta pilkada mana pun selama tahapan\n"
    "pemilihan berjalan, entah di kantor, di rumah ataupun di akun pribadinya.\n"
)


@pytest.mark.parametrize("joined", [
    "Kegiatan ini dihadiri",  # a short line, then a lower-case word
    "( Letkol Inf Agus Salim )",  # a line of capitals inside the paragraph
    "Ketua Bawaslu Kabupaten",
])
def test_a_line_going_on_from_the_one_before_is_no_heading(joined):
    assert joined in unwrapped(GUESTS)


# invented wrapped copy: a short line holds a title alone, its holder's name on the next line
TITLE_LINE = (
    "Bawaslu Lembah Hijau Putuskan Tiga Kades Langgar Netralitas\n"
    "LEMBAH HIJAU - Badan Pengawas Pemilu Kabupaten Lembah Hijau sudah membahas\n"
    "laporan masyarakat tentang tiga kepala desa yang diduga ikut berkampanye di\n"
    "wilayah masing-masing selama masa tenang pemilihan kepala daerah tahun ini.\n"
    "Anggota Bawaslu Lembah Hijau,\n"
    "Dedi Kurniawan, menyebut ketiganya terbukti hadir di acara pasangan calon dan\n"
    "membagikan bahan kampanye kepada warga desa yang mereka pimpin sejak lama.\n"
)


def test_a_short_line_closed_by_a_comma_goes_on_with_the_next():
    out = unwrapped(TITLE_LINE)
    assert "Bawaslu Lembah Hijau, Dedi Kurniawan, menyebut" in out
    assert "Netralitas\nLEMBAH HIJAU" in out  # the headline keeps its break
