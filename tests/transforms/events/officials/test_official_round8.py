"""Round 8 of the officials' lexicon and shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials
from transforms.events.officials.titles import is_office_word


def names(text: str, title: str = "") -> list[str]:
    return [o.name for o in officials(text, title) if o.name]


@pytest.mark.parametrize("text, name", [
    # ranks' short forms and a ship's or aircraft's captain open the name, never belong to it
    ("Wali Kota Ternate Capt. Rudi Hamzah mengeluarkan surat edaran.", "Rudi Hamzah"),
    ("Bupati Kepulauan Sula, Capt. Rudi Hamzah, mengimbau ASN.", "Rudi Hamzah"),
    ("Dandim 1501/Ternate Kol. Inf Rudi Hamzah hadir dalam apel.", "Rudi Hamzah"),
    ("Kapolsek Sukamaju Abripda Rudi Hamzah turut hadir.", "Rudi Hamzah"),
    ("Kepala Kesbangpol Agam Pdt. Yohanes Tamba membuka acara.", "Yohanes Tamba"),
    # a name before its title may hold a word that is also an office word ("Muda", "Utama")
    ("ungkap Rahmat Muda Ketua Bawaslu Kota Agam kepada wartawan.", "Rahmat Muda"),
    ("kata Putra Utama Kepala BKD Pasaman di kantornya.", "Putra Utama"),
    # an office word outside the lexicon before a marked region: the body's short form
    ("kata Kepala Bakesbangpoldagri Kabupaten Lombok Barat, Sahdan di Gerung.", "Sahdan"),
    ("ujar Kepala Kesbangpoldagri Kota Bima, Rahmat Hidayat.", "Rahmat Hidayat"),
    ("Kepala Dinas Pariwisita Kota Solok, Andi Saputra, membuka sosialisasi.", "Andi Saputra"),
    # office words joined by a hyphen
    ("Sementara itu, Sekretaris BK-Diklat Kabupaten Bone, Andi Rahman, menjelaskan aturan.",
     "Andi Rahman"),
    # the acting governor in one word
    ("Penjagub Rahmat Hidayat membacakan ikrar netralitas ASN.", "Rahmat Hidayat"),
    # an occupation after a one-word name is no name: the one-word name is the person's
    ("Hadir pula Tenaga Ahli Bawaslu Darsono, Dosen Hukum Universitas "
     "Sukamaju Rina Sari dan lainnya.", "Darsono"),
    ("Hadir Kepala Badan Kepegawaian Daerah (BKD) Hermanto, Pengamat Politik Ujang Saputra.",
     "Hermanto"),
    # a region marker in lower case
    ("Bupati kabupaten Halmahera Barat, Ir. Yusuf Mahmud menekankan netralitas ASN.",
     "Yusuf Mahmud"),
    ("Sekda provinsi Maluku, Rahmat Hidayat, membuka acara.", "Rahmat Hidayat"),
    # a regional head by title alone, with a demonstrative: the speaker named before
    ('"ASN harus netral," kata Wiradana saat memimpin rapat di Singaraja, Jumat.\n'
     "Menurut Penjabat Bupati tersebut, netral berarti sebelum dan sesudah tahapan.",
     "Wiradana"),
    ('"Jangan berpolitik," ujar Rahmat Hidayat usai apel.\nBupati itu juga meminta ASN '
     "menjaga netralitas.", "Rahmat Hidayat"),
    # a head acting by title alone, named by the next paragraph's subject, an adverb between
    ("Wali Kota Bengkulu, membuka rapat koordinasi desk pemilu.\nSiti Aminah kembali "
     "mengingatkan seluruh ASN agar netral.", "Siti Aminah"),
    ("Bupati Agam, memimpin apel gabungan.\nAndi Saputra juga menegaskan ASN wajib netral.",
     "Andi Saputra"),
    # a photo caption: "Foto: Nama Jabatan"
    ("Foto: Rahmat Ketua Panwaslu Pinrang.", "Rahmat"),
    # a verb opening the next sentence does not make the name a suspect's
    ("Hal itu disampaikan Ketua Bawaslu Kabupaten Lebak, Hendra. Dilaporkan Hendra, ada "
     "empat kasus.", "Hendra"),
    ("Keterangan itu disampaikan Kepala BKD Agam, Rudi. Diperiksa pula tiga camat.", "Rudi"),
    # "antar-" compounds of office words
    ("ujar Staf Ahli Bidang Hubungan Antarlembaga Pemprov Sukamaju, "
     "Yohanes Lado.", "Yohanes Lado"),
    # an ombudsman's regional office, the name set off by a comma
    ("Kepala Ombudsman RI Perwakilan Sumatera Barat, Rina Marlina, mengatakan ASN harus netral.",
     "Rina Marlina"),
    # a senator (DPD RI) is no party officer (DPD Partai X)
    ("Anggota DPD RI Siti Aminah mengatakan ASN harus netral.", "Siti Aminah"),
    # a navy officer's rank with its corps
    ("Danlanal Sabang Letkol Laut (P) Yohanes Wenda mengatakan ASN harus netral.",
     "Yohanes Wenda"),
    # a regional company's director, a mukim's head, a unit word of religious affairs
    ("Dirut PDAM Kota Padang, Rudi Hartono, mengimbau pegawai.", "Rudi Hartono"),
    ("Imum Mukim Lamteh, Teuku Rizal, hadir dalam sosialisasi.", "Teuku Rizal"),
    ("Kepala Balai Diklat Keagamaan Padang, Rahmat Hidayat, membuka pelatihan.",
     "Rahmat Hidayat"),
    # unit words: media relations, a land agency (or a defence one), Kominfo's variants
    ("Kabid Hubungan Media Diskominfotik Kota Padang, Rina Sari, hadir.", "Rina Sari"),
    ("Kepala Kantor Wilayah Badan Pertanahan Nasional Sumbar, Rudi Hartono, hadir.",
     "Rudi Hartono"),
    # a name before its title: short forms with their dot, "bin" inside
    ("Muh. Ridwan, Bupati Sidrap, mengatakan ASN harus netral.", "Muh. Ridwan"),
    ("Abd. Rahman, Ketua Bawaslu Kota Palopo, mengatakan ASN harus netral.", "Abd. Rahman"),
    ("Rahmat bin Ali, Camat Kuranji, mengimbau ASN.", "Rahmat bin Ali"),
    # words between a title and its name: "saat ini", "dalam hal ini", "dijabat"
    ("Kepala BKD Agam saat ini, Rina Sari, mengatakan ASN netral.", "Rina Sari"),
    ("Bupati Pasaman, dalam hal ini Rudi Hartono, membuka apel.", "Rudi Hartono"),
    ("Jabatan Kepala BKPSDM Tanah Datar kini dijabat Rina Sari sejak Maret.", "Rina Sari"),
    # a religious council's head
    ("Ketua Forum Kerukunan Umat Beragama Agam, Rudi Hartono, hadir.", "Rudi Hartono"),
    # a lower-case title with its region in lower case
    ("ujar gubernur sumbar Rudi Hartono dalam rilisnya.", "Rudi Hartono"),
    ("kata wali kota padang Rina Sari usai apel.", "Rina Sari"),
    # regency short forms: Musi Rawas / Murung Raya, Sumba Tengah, Padangsidimpuan
    ("Bupati Mura Rudi Hartono mengatakan ASN harus netral.", "Rudi Hartono"),
    ("Pj Bupati Sumteng Yosef Lado mengatakan ASN harus netral.", "Yosef Lado"),
    # a one-word name before a regional head whose region is also an everyday word
    ("Sukardi, Bupati Kuningan, mengatakan ASN harus netral.", "Sukardi"),
    ("Darmawan, Wali Kota Batu, mengimbau ASN.", "Darmawan"),
    # a name of two words opening its sentence, the title after it with no comma
    ("Apel digelar di halaman kantor.\nRudi Hartono Kepala BKD Agam mengatakan ASN netral.",
     "Rudi Hartono"),
    ("Dalam sambutannya, Rina Sari Ketua Bawaslu Solok menegaskan ASN netral.", "Rina Sari"),
    # a common misspelling of an office word ("Penegakkan")
    ("Hadir Analis Penegakkan Disiplin ASN BKD Provinsi Jambi Rudi Hartono.", "Rudi Hartono"),
    # a dinas by a short form outside the lexicon; a short name that starts alike stays a name
    ("Kepala Disdikporabud Kabupaten Ende Rudi Hartono hadir.", "Rudi Hartono"),
    ("Kepala BKD Ende, Dismas Tugas, hadir.", "Dismas Tugas"),
    # a Balinese name after a two-word village set off by a comma
    ("Perbekel Desa Sanur Kaja, I Made Rudi, hadir dalam deklarasi.", "I Made Rudi"),
    # a marked region set off after a district, an initial opening the name
    ("Camat Nanggalo, Kota Padang M. Yusuf menegaskan ASN netral.", "M. Yusuf"),
    # a body's staff named with their unit
    ("Hadir pula Staf Hukum dan Penanganan Pelanggaran Bawaslu Solok, Rudi Hartono.",
     "Rudi Hartono"),
    # a body's representative at the occasion
    ("Rapat dihadiri perwakilan Badan Kepegawaian Daerah (BKD) Kota Bontang Rudi Hartono, "
     "camat dan lurah.", "Rudi Hartono"),
    ("Hadir pula Perwakilan BKN, Rina Sari.", "Rina Sari"),
    # the province's secretary with its short form in parentheses
    ("Sekretaris Daerah Provinsi Jambi (Sekdaprov Jambi), Sudirman, membuka apel.", "Sudirman"),
])
def test_round8_names(text: str, name: str) -> None:
    assert name in names(text)


def test_hyphenated_office_words() -> None:
    assert is_office_word("BK-Diklat") and is_office_word("Kesbang-Linmas")
    assert not is_office_word("Abdul-Aziz") and not is_office_word("Siti-Nur")


@pytest.mark.parametrize("text, wrong", [
    # a person's name is no office word before a region marker
    ("Ketua Bawaslu Padang Kota Rahmat Hidayat mengimbau ASN.", "Padang"),
    # representatives of many or of no body
    ("Hadir perwakilan OPD dan camat se-Kota Bontang.", "OPD"),
    # an organisation's name before "Foundation", "Watch": no person
    ("Seperti disampaikan Koordinator Pemantau Sinar Foundation di Papua, temuan itu banyak.",
     "Sinar"),
    # a chief of staff's unit is no name
    ("Ikrar diteken Wakapolda NTT serta Kepala Staf Korem 171 Wira Jaya Kupang.", "Wira"),
    # a dateline's place is no name
    ("Padang Pariaman Kepala BKD Agam mengatakan ASN netral.", "Pariaman"),
    # a named unit's word
    ("Irjen Rahmat yang juga Ketua Satgas Nusantara hadir.", "Nusantara"),
    # a party's regional board stays out
    ("Ketua DPD Partai Golkar Agam Siti Aminah mengatakan.", "Siti Aminah"),
    # a suspect stays one when the verb follows in the same sentence
    ("Bawaslu menyebut Camat Sukamaju, Rudi diduga tidak netral.", "Rudi"),
])
def test_round8_not_names(text: str, wrong: str) -> None:
    assert all(wrong not in n.split() for n in names(text))


def test_spelling_the_article_repeats() -> None:
    """A slip in a (repeated) caption gives way to the spelling the article's sentences use."""
    text = ("Bupati Sukamaju, Rahmatulah Hasibuan saat membuka rapat\n"
            "Bupati Sukamaju, Rahmatulah Hasibuan saat membuka rapat\n"
            "SUKAMAJU - Bupati Sukamaju, Rahmatullah Hasibuan mengingatkan ASN netral.\n"
            '"Jangan sampai kena sanksi," ujar Rahmatullah, Kamis.')
    assert names(text) == ["Rahmatullah Hasibuan"]
    text = ("Pjs Bupati Sukamulya, Syamsul Wahidin ingatkan ASN.\n"
            "Pjs Bupati Sukamulya, Samsul Wahidin, menyatakan akan menindak ASN.\n"
            "Samsul menegaskan ASN wajib netral. Samsul juga meminta lurah mengawasi.")
    assert names(text) == ["Samsul Wahidin"]


def test_nameless_demonstrative_without_antecedent() -> None:
    """"Camat tersebut" with no one named before it is no official."""
    text = ("Bawaslu merekomendasikan sanksi kepada seorang camat.\n"
            "Camat tersebut, lanjutnya, hadir dalam deklarasi pasangan calon.")
    assert officials(text) == []


@pytest.mark.parametrize("text", [
    # a list of local heads' titles, one word each: the words are the places
    "Yang diperiksa adalah Lurah Sukajadi, Lurah Cempaka, Lurah Harapan, dan Lurah Talang.",
    "Pengawasan dilakukan oleh PKD Cibeber, PKD Cipanas, PKD Cikalong.",
    "Para terdakwa itu merupakan Kades Bontoa, Bontolebang, Kades Sapanang, dan Lassang.",
    # every village of a district, a superlative in a headline, a quote's opener
    "Rapat diikuti Camat dan Lurah se-Kabupaten Katingan.",
    "Zona Rawan Pilkada: Pelanggaran Kades Tertinggi",
    '"Itu urusan pak bupati, Nanti saya tunggu arahannya," ujarnya.',
    # candidates, an aside between "pasangan calon" and the title
    "Foto lurah bersama pasangan calon (paslon) Bupati dan Wakil Bupati Rudi-Andi beredar.",
    "Lurah itu berfoto dengan calon (cabup) Bupati Rudi Hartono.",
])
def test_round8_no_one(text: str) -> None:
    assert names(text) == []


def test_suspect_list_runs_past_listed_villages() -> None:
    text = ("Lurah yang terbukti melanggar adalah Lurah Mekarsari, Lurah Sukajaya dan Lurah Bukit "
            "Indah, jelasnya.")
    assert names(text) == []


def test_local_heads_with_names_are_no_list() -> None:
    assert names("Hadir Camat Ciawi, Rahmat dan Lurah Bojong, Budi.") == ["Rahmat", "Budi"]


def test_pj_and_pjs_are_one_acting_head() -> None:
    text = ("Pj Bupati Agam Ancam ASN yang Berpolitik\n"
            "Penjabat sementara (Pjs) Bupati Agam, Rudi Hartono, menyatakan menindak ASN.")
    assert [o.name for o in officials(text)] == ["Rudi Hartono"]
