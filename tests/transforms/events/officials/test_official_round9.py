"""Round 9 of the officials' lexicon and shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials


def names(text: str, title: str = "") -> list[str]:
    return [o.name for o in officials(text, title) if o.name]


@pytest.mark.parametrize("text, name", [
    # an aide named after whom they serve, the principal by its short form
    ("Tenaga Ahli Mendagri, Rudi Hamzah, menekankan pentingnya netralitas ASN.", "Rudi Hamzah"),
    ("Staf Ahli Mendagri, Siti Aminah, membuka rapat koordinasi.", "Siti Aminah"),
    ("Staf Khusus MenPAN-RB, Dedi Kurnia, hadir sebagai narasumber.", "Dedi Kurnia"),
    ("Tenaga Ahli Presiden, Yusuf Hakim, mengingatkan ASN agar netral.", "Yusuf Hakim"),
    # a ministry's short form written apart: "Kemen PAN-RB"
    ("Deputi Bidang SDM Aparatur Kemen PAN-RB, Rudi Hamzah, menyoroti merit.", "Rudi Hamzah"),
    ("Asisten Deputi Kemen PPPA, Lina Marlina, memberi materi.", "Lina Marlina"),
    # a deputy's unit words: "Dukungan Teknis"
    ("Deputi Bidang Dukungan Teknis Bawaslu RI, La Ode Hamzah, memberi materi.", "La Ode Hamzah"),
    ("Deputi Dukungan Bidang Teknis Bawaslu RI, Rudi Bayoni yang menjadi pembicara, "
     "mengatakan ASN harus netral.", "Rudi Bayoni"),
    # a capitalised "Dan" inside the office's name (title case)
    ("Kepala Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia (BKPSDM) Kota Agam, "
     "Rudi Hamzah, hadir.", "Rudi Hamzah"),
    ("Kepala Badan Kesatuan Bangsa Dan Politik Kota Agam, Rudi Hamzah, hadir.", "Rudi Hamzah"),
    ("Kepala Badan Kepegawaian Dan Sumberdaya Manusia ( BKPSDM ) Kepulauan Aru Rudi Hamzah "
     "saat ditemui.", "Rudi Hamzah"),
    # degrees run together without spaces between the name and a title told after it
    ("Disampaikan Rudi Hamzah, S.Pd.ST.MM selaku Kepala Inspektorat Agam di kantornya.",
     "Rudi Hamzah"),
    ("kata Rudi Hamzah, S.Sos.M.Si, Kepala BKD Agam.", "Rudi Hamzah"),
])
def test_round9_shapes(text: str, name: str) -> None:
    assert name in names(text)


def test_a_capitalised_dan_between_two_titles_joins_no_office() -> None:
    found = {o.title for o in officials("Ketua Bawaslu Dan Ketua KPU Agam hadir dalam apel.")}
    assert not any("Dan" in t for t in found)


def test_a_name_in_a_caption_and_a_sentence_is_the_sentence_name() -> None:
    text = ("Plt Sekda Kabupaten Agam Rudi L Hamzah saat menandatangani pakta integritas. "
            "(Foto: Humas)\n"
            "Plt Sekda Kabupaten Agam Rudi L Hamzah yang bertindak sebagai pembina apel "
            "mengingatkan ASN.\n"
            "Oleh karena itu, Plt Sekda Hamzah mengimbau seluruh ASN menjaga netralitas.")
    assert names(text) == ["Rudi L Hamzah"]


@pytest.mark.parametrize("text, expected", [
    # members listed after one title, set apart by semicolons
    ("Turut hadir komisioner Bawaslu Provinsi Jambi Junaidi; Rudi Hamzah; Andi Saputra; dan "
     "Syamsul Bahri.", ["Junaidi", "Rudi Hamzah", "Andi Saputra", "Syamsul Bahri"]),
    ("Hadir pula Anggota KPU Agam, Yusuf Hakim; Rina Wati; dan Andi Saputra.",
     ["Yusuf Hakim", "Rina Wati", "Andi Saputra"]),
])
def test_members_set_apart_by_semicolons(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_division_coordinator_by_kodiv() -> None:
    assert names("jelas Kodiv Penindakan Bawaslu Provinsi Bali, I Made Sudarta, Kamis (17/1).") \
        == ["I Made Sudarta"]


@pytest.mark.parametrize("text", [
    # a headline the copy repeats as its first line: its capitals name no one before a title
    "Panwaslih Selidiki Dugaan Kades Berkampanye Sampai Camat Tidak Netral\nKasus itu diproses.",
    "Polemik Mutasi Camat Jelang Pilkada Serentak\nBupati belum memberi tanggapan.",
])
def test_a_title_case_line_names_no_one_before_a_title(text: str) -> None:
    assert names(text) == []


def test_a_short_sentence_still_names_the_person_before_a_title() -> None:
    assert names("Rahmat Ali S.Sos, Kepala BKD Agam, menyampaikan materi.") == ["Rahmat Ali"]


@pytest.mark.parametrize("text, name", [
    # who leads an apel or a ceremony, named before or after the part played
    ("Dalam amanatnya, pembina apel dr. Rudi Hamzah menyampaikan pesan netralitas.",
     "Rudi Hamzah"),
    ("Apel dipimpin Rudi Hamzah yang bertindak sebagai pembina apel, adapun Kabid ikut hadir.",
     "Rudi Hamzah"),
    ("Rudiansyah, pemimpin apel, menyampaikan arti netralitas ASN.", "Rudiansyah"),
    ("Pembina Apel Kesadaran Nasional, Yusuf Hakim, mengingatkan ASN.", "Yusuf Hakim"),
    ("Bertindak sebagai inspektur upacara, Siti Aminah membacakan amanat.", "Siti Aminah"),
    # a one-word name opening the sentence, the title's closing comma left out, a verb of saying
    ("Rudiansyah, Kepala BKD Agam menyampaikan aturan netralitas ASN.", "Rudiansyah"),
    ("Junaidi, Ketua Bawaslu Kota Solok mengatakan pengawasan diperketat.", "Junaidi"),
])
def test_occasion_roles_and_one_word_openers(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Padang, Kepala BKD Agam menyampaikan aturan netralitas ASN.",
    "Terpisah, Kepala BKD Agam menyampaikan aturan netralitas ASN.",
    "Kemarin, Kepala BKD Agam menyampaikan aturan netralitas ASN.",
    "Pembina Apel Gabungan mengingatkan ASN agar netral.",
])
def test_no_name_from_a_place_an_opener_or_the_kind_of_apel(text: str) -> None:
    assert names(text) == []


def test_the_apel_leader_is_the_post_holder_named_before() -> None:
    text = ("Hadir Pj Sekda Papua, Y. Rudi Hamzah, SH. Rudi Hamzah selaku Pembina Apel Gabungan "
            "memimpin pengucapan ikrar.")
    assert [(o.title, o.name) for o in officials(text)] == [
        ("Pj Sekretaris Daerah", "Y. Rudi Hamzah")]


def test_the_line_after_a_related_headline_is_the_articles_own() -> None:
    text = ("ASN Kabupaten Agam harus netral menjelang Pemilu.\n"
            "Baca Juga : Jika ASN Langgar Netralitas, Siap-siap Kena Sanksi\n"
            "Penjabat Bupati Agam, Rudi Hamzah mengungkapkan hal tersebut saat rapat koordinasi.")
    assert names(text) == ["Rudi Hamzah"]


def test_a_related_headline_names_no_one() -> None:
    text = ("ASN Kabupaten Agam harus netral.\nBaca juga: Bupati Agam Rudi Hamzah Ajak ASN Netral\n"
            "Apel digelar di halaman kantor.")
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    # the army's and police's posts at regency, district and village level
    ("Hadir pula Pabung Kodim 0304/Agam, Mayor Inf Rudi Hamzah, dalam apel itu.", "Rudi Hamzah"),
    ("Perwira Penghubung Kodim 0311/Pessel Mayor Czi Rudi Hamzah membacakan ikrar.",
     "Rudi Hamzah"),
    ("Bhabinkamtibmas Desa Sukamaju, Aipda Yusuf Hakim, turut hadir.", "Yusuf Hakim"),
    ("Babinsa Koramil 01/Agam, Serka Yusuf Hakim, turut hadir.", "Yusuf Hakim"),
    ("Danposramil Sukamaju, Serka Yusuf Hakim, turut hadir.", "Yusuf Hakim"),
    ("Kapospol Sukamaju, Aiptu Yusuf Hakim, turut hadir.", "Yusuf Hakim"),
    # customary and religious offices
    ("Bendesa Adat Kuta, I Made Sudarta, mengajak krama menjaga netralitas.", "I Made Sudarta"),
    ("Kakan Kemenag Agam, Rudi Hamzah, mengingatkan ASN netral.", "Rudi Hamzah"),
    # a working group named by its task
    ("Ketua Pokja Netralitas ASN Agam, Rudi Hamzah, hadir.", "Rudi Hamzah"),
])
def test_round9_lexicon(text: str, name: str) -> None:
    assert name in names(text)


def test_posts_named_without_a_holder_name_no_one() -> None:
    assert names("Babinsa dan Bhabinkamtibmas turut mengawasi pemungutan suara.") == []


@pytest.mark.parametrize("text, name", [
    # two offices joined by a slash, the second a forum of village heads
    ("Menanggapi hal itu, Rudi Hamzah, Ketua Apdesi/ Forum Keuchik Kecamatan Lamjruen, "
     "menyampaikan bahwa seluruh keuchik netral.", "Rudi Hamzah"),
    ("Ketua Forum Keuchik Kecamatan Darul Imarah, Yusuf Hakim, menyampaikan sikap netral.",
     "Yusuf Hakim"),
    ("Kepala BKPSDM/Sekretaris Korpri Agam, Rudi Hamzah, menyampaikan aturan.", "Rudi Hamzah"),
])
def test_slash_titles(text: str, name: str) -> None:
    assert name in names(text)


def test_a_head_named_by_the_next_speaker_after_a_later_mention() -> None:
    text = ("Wali Kota Agam Ajak Semua ASN Tetap Netral\n"
            "AGAM - Wali Kota Agam, membuka rapat koordinasi menjelang pemilu serentak.\n"
            "Rudi Hamzah kembali mengingatkan semua ASN supaya tetap netral.")
    assert names(text) == ["Rudi Hamzah"]


@pytest.mark.parametrize("text", [
    "Bupati Pangkajene dan Kepulauan, Rudi Hamzah, mengingatkan ASN netral.",
    "Bupati Pangkajene dan Kepulauan Rudi Hamzah mengingatkan ASN netral.",
    "Ketua Bawaslu Kabupaten Pangkajene dan Kepulauan, Rudi Hamzah, mengingatkan ASN netral.",
])
def test_a_regency_named_with_dan(text: str) -> None:
    assert names(text) == ["Rudi Hamzah"]


def test_dan_after_a_region_still_joins_two_people() -> None:
    assert names("Bupati Agam dan Rudi Hamzah hadir.") == []


@pytest.mark.parametrize("text", [
    "Dua Kepala desa (Kades) di Kabupaten Jepara diduga melanggar netralitas.",
    "Hadir Kepala Bidang Lingkup Bappeda Prov. Kalteng.",
    "Puluhan Kepala Desa di Kabupaten Agam mengikuti sosialisasi.",
])
def test_numerals_and_common_words_are_no_names(text: str) -> None:
    assert names(text) == []


def test_a_village_named_with_its_marker_elsewhere_is_no_name() -> None:
    text = ("Yang disorot di antaranya Lurah Margomulyo dan lainnya. Itu pembentukan tim "
            "kampanye Kalurahan Margomulyo, kata warga.")
    assert names(text) == []


def test_a_region_marker_after_a_camats_words_makes_them_the_place() -> None:
    found = officials("Bawaslu menyoroti Camat Tegal Sari Kabupaten Pesawaran dalam rapat itu.")
    assert [o.name for o in found] == [""]
