"""What is part of an official's name and what is no name, on invented sentences: ranks,
initials, degrees and honorifics around a name; a place, a region marker, a verbal noun, a
pronoun, a numeral, a headline verb or a quote's tag that are no name."""

from __future__ import annotations

import pytest
from official_checks import found, names, pairs

from transforms.events.officials.find import officials


def test_rank_still_opens_the_next_name():
    assert found("Danlanud Roesmin Nurjadin Kolonel Pnb Budi Santosa hadir.") == [
        ("Komandan", "Budi Santosa")]


@pytest.mark.parametrize("text", [
    "Acara yang dihadiri Camat, Tokoh Pemuda dan Tokoh Masyarakat berlangsung tertib.",
    "Bupati Agam Tanda Tangan Pakta Integritas Netralitas ASN",
])
def test_group_nouns_and_headline_verbs_are_no_names(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Direktur RSUD Agam dr Rudi Hartawan SpPD mengatakan ASN harus netral.",
    "Direktur RSUD Agam dr. Rudi Hartawan, Sp.OG mengatakan ASN harus netral.",
    "Direktur RSUD Agam Rudi Hartawan S.Sos.I mengatakan ASN harus netral.",
    "Direktur RSUD Agam Rudi Hartawan Lc MA mengatakan ASN harus netral.",
    "Direktur RSUD Agam Rudi Hartawan, S.E., Ak., CA mengatakan ASN harus netral.",
    # a diploma degree written without its dots, before the others
    "Direktur RSUD Agam, Rudi Hartawan Amd SKM MKes, mengatakan ASN harus netral.",
])
def test_specialist_and_compound_degrees_leave_the_name(text):
    assert found(text) == [("Direktur RSUD", "Rudi Hartawan")]


@pytest.mark.parametrize("text", [
    "Pernyataan itu dibacakan Sekretaris Bawaslu Provinsi Yohanis Latuheru, Rabu.",
    "Rapat dibuka Kepala Biro Umum Setda Provinsi Yohanis Latuheru di aula kantor.",
])
def test_a_first_name_after_provinsi_is_no_province(text):
    # the province is a closed list: a title whose province is left unsaid, then the name
    assert names(text) == ["Yohanis Latuheru"]


@pytest.mark.parametrize(("text", "title", "name", "region"), [
    ("Ketua Bawaslu Kabupten Agam Rahmat Hidayat SE membenarkan laporan itu.",
     "Ketua Bawaslu", "Rahmat Hidayat", "Kabupaten Agam"),
    ("Ketua KPU Kabuapten Solok Yuliana Putri membuka rapat.", "Ketua KPU", "Yuliana Putri",
     "Kabupaten Solok"),
    ("Kepala Kesbangpol Propinsi Sumatera Barat Rahmat Hidayat membuka acara.",
     "Kepala Kesbangpol", "Rahmat Hidayat", "Provinsi Sumatera Barat"),
    ("Camat Kecematan Lubuk Alung Rahmat Hidayat hadir.", "Camat", "Rahmat Hidayat",
     "Kecamatan Lubuk Alung"),
    ("Ketua Bawasalu Jawa Barat Rahmat Hidayat membenarkan kasus itu.", "Ketua Bawaslu",
     "Rahmat Hidayat", "Jawa Barat"),
    ("Anggota Bawasu Kota Solok Yuliana Putri mengingatkan ASN.", "Anggota Bawaslu",
     "Yuliana Putri", "Kota Solok"),
])
def test_a_mistyped_region_marker_stays_out_of_the_name(text, title, name, region):
    assert [(o.title, o.name, o.region) for o in officials(text)] == [(title, name, region)]


def test_a_mistyped_marker_alone_names_no_one():
    assert found("Hadir Asisten I Setda Kabuoaten Pesisir Selatan dan pimpinan OPD.") == []


@pytest.mark.parametrize("verb", ["Langgar", "Tegaskan", "Ingatkan", "Laporkan", "Tegakkan"])
def test_a_headline_verb_is_no_name(verb):
    title = f"Asn Dan Kepala Desa Kabupaten Agam {verb} Netralitas Pj Bupati Siapkan Sanksi"
    body = (f"Baca Juga: ASN Kota Padang {verb} Netralitas, Siap-siap Kena Sanksi\n"
            "Kepala desa di Agam diduga tidak netral.\n"
            "Pj Bupati Agam Rahmat Hidayat mengatakan hal itu.")
    assert [(o.title, o.name) for o in officials(body, title)] == [("Pj Bupati", "Rahmat Hidayat")]


@pytest.mark.parametrize(("text", "title", "region"), [
    ("Camat Koto Tangah, Kota Padang Rahmat Hidayat mengatakan ASN wajib netral.", "Camat",
     "Koto Tangah"),
    ("Lurah Sukamaju, Kecamatan Lubuk Alung Rahmat Hidayat mengatakan ASN wajib netral.",
     "Lurah", "Sukamaju"),
    ("Kepala Desa Sukamaju, Kabupaten Agam Rahmat Hidayat membuka acara.", "Kepala Desa",
     "Sukamaju"),
])
def test_a_parent_region_set_off_before_the_name(text, title, region):
    assert [(o.title, o.name, o.region) for o in officials(text)] == [
        (title, "Rahmat Hidayat", region)]


@pytest.mark.parametrize(("text", "name"), [
    ("Hadir pula Perbekel Desa Sanur Kaja, yakni M. Ridwan.", "M. Ridwan"),
    ("Hadir pula Kepala Desa Tanjung Harapan, yaitu I Made Sudarsa.", "I Made Sudarsa"),
])
def test_a_two_word_village_then_a_linker(text, name):
    assert [o.name for o in officials(text)] == [name]


@pytest.mark.parametrize("text, name", [
    # a name set off by commas may end in a word that is also a province's name
    ("Penjabat Bupati Sikka, Yohanes Rewo Bali, S.STP, membuka sosialisasi.", "Yohanes Rewo Bali"),
    ("Kepala BKPSDM Flores Timur, Maria Yuliana Jambi, menyampaikan materi.",
     "Maria Yuliana Jambi"),
    # a paragraph ending in "pilkada" (or "tim", "calon") says nothing of the next one's title
    ("Ikrar netralitas ASN dalam pilkada\nPenjabat Sementara (Pjs) Gubernur Jambi Rudi Hartono "
     "menandatangani petisi.", "Rudi Hartono"),
    ("Warga diminta ikut mengawasi calon\nKetua Bawaslu Agam Rina Sari mengingatkan ASN.",
     "Rina Sari"),
    # a unit word in lower case inside the title
    ("Anggota komisi I DPRD Provinsi Maluku Yonas Latuheru berharap ASN netral.", "Yonas Latuheru"),
    ("Kepala seksi Pemerintahan Kecamatan Lubuk Begalung Andi Saputra hadir.", "Andi Saputra"),
    # a first name before a name used alone by a regional head's title is no region
    ("Hadir Wakil Bupati Frans Wonda. Kata Wonda, ASN dilarang berpolitik praktis.", "Frans Wonda"),
    # the interim council chair
    ("Apel dihadiri Ketua DPRD sementara Kabupaten Solok H. Dodi Hendra, S.E., dan Forkopimda.",
     "Dodi Hendra"),
    ("Hadir Ketua DPRK sementara Aceh Besar Zulfikar Arif dalam deklarasi.", "Zulfikar Arif"),
    # members named after a plural title: "seperti", "antara lain", "di antaranya"
    ("Hadir beberapa Komisioner Bawaslu Solok, seperti Yesi Marlina, S.Sos dan Riko Putra.",
     "Riko Putra"),
    ("Turut hadir para Anggota KPU Agam, antara lain Hendra Saputra dan Nurul Aini.",
     "Hendra Saputra"),
    ("Sejumlah Anggota Bawaslu Pasaman, di antaranya Ayu Lestari dan Rudi Hartono, hadir.",
     "Ayu Lestari"),
])
def test_read_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, wrong", [
    # a quote's tag capitalised after the closing quote is no part of the name
    ("Ketua Bawaslu Solok, Hendri mengatakan ASN harus netral. “Kami awasi,” Ujar Hendri.",
     "Ujar Hendri"),
    ("Ketua KPU Agam, Sutrisno menjelaskan tahapan. “Semua diawasi,” Tutur Sutrisno.",
     "Tutur Sutrisno"),
    # a title inside a rule's name ("SE ... tentang Pengunduran Diri Pj Bupati")
    ("Ia mengacu pada SE Nomor 100 tentang Pengunduran Diri Pj Bupati yang mencalonkan diri.",
     "Pengunduran Diri"),
    # a former deputy is a former holder too
    ("Hal itu disebut mantan Wakil Ketua Pengurus Wilayah organisasi itu, Budi Santoso.",
     "Budi Santoso"),
])
def test_no_wrong_name(text: str, wrong: str) -> None:
    assert wrong not in names(text)


def test_field_named_after_a_province_is_still_no_person() -> None:
    assert not names("Pejabat itu menjabat Staf Ahli Gubernur Aceh Bidang Keistimewaan Aceh, "
                     "Pemerintahan dan Politik.")


def test_a_hyphened_word_is_no_title_start() -> None:
    assert not names("Warga se-Kabupaten Agam hadir, juga non-Kepala Dinas Rahmat Saleh.")


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
def test_words_beside_a_title_that_are_no_name(text: str, wrong: str) -> None:
    assert all(wrong not in n.split() for n in names(text))


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
def test_titles_places_and_candidates_that_name_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Padang, Kepala BKD Agam menyampaikan aturan netralitas ASN.",
    "Terpisah, Kepala BKD Agam menyampaikan aturan netralitas ASN.",
    "Kemarin, Kepala BKD Agam menyampaikan aturan netralitas ASN.",
    "Pembina Apel Gabungan mengingatkan ASN agar netral.",
])
def test_no_name_from_a_place_an_opener_or_the_kind_of_apel(text: str) -> None:
    assert names(text) == []


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


@pytest.mark.parametrize("text, name", [
    # a body's or school's short form after the name is no part of it
    ('"Sudah," kata Ketua Bawaslu Lombok Timur Rahmat Hidayat KPU kepada wartawan.',
     "Rahmat Hidayat"),
    ('"Itu," kata Kepala BKD Padang Rudi Hartono kepada Antara, Senin.', "Rudi Hartono"),
    ("Kepala Dinas Pendidikan Rudi Hartono MSI, menyampaikan imbauan.", "Rudi Hartono"),
])
def test_a_short_form_after_the_name_is_no_part_of_it(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    # a verbal noun opening the sentence is no part of the name before "sebagai"/"selaku"
    ("Penetapan Hendra Gunawan sebagai Pj Bupati Tanah Datar disambut baik.", "Hendra Gunawan"),
    ("Pelantikan Siti Aminah sebagai Pj Wali Kota Bukittinggi berlangsung khidmat.",
     "Siti Aminah"),
    ("Penunjukan Rudi Hartono selaku Plt Sekda Kabupaten Pasaman sudah final.", "Rudi Hartono"),
    ("Kehadiran Dedi Kurnia selaku Kepala BKPSDM Agam disambut para camat.", "Dedi Kurnia"),
])
def test_verbal_noun_before_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_given_name_of_verbal_noun_shape_kept() -> None:
    text = "Persadaan Harahap selaku Kepala BKD Kota Medan mengingatkan ASN agar netral."
    assert names(text) == ["Persadaan Harahap"]


def test_village_after_di_daerah_is_no_name() -> None:
    title = "Tak Netral, Kades Sukorejo Bakal Diadili"
    body = ("Salah seorang kepala desa di daerah Sukorejo Kabupaten Kendal bakal diadili. "
            "Ketua Bawaslu Kendal, Ahmad Fauzi, mengatakan kasus itu dilimpahkan.")
    assert names(body, title) == ["Ahmad Fauzi"]


@pytest.mark.parametrize("text", [
    # a civil-service grade is no one's post; a suspect's label and a verb are no name
    ("Kami mengingatkan para Camat, Lurah, Pejabat Administrator, serta Pejabat Pimpinan Tinggi "
     "Pratama."),
    "Baca: Camat Sukajadi Tersangka Pidana Pemilu, Ini Kata Bawaslu",
])
def test_no_one_named(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text", [
    # agriculture and science degrees, apart or run together without their spaces
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono S.P.M.Si saat dikonfirmasi membenarkan hal itu.",
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono S.P.M.S.i saat dikonfirmasi membenarkan hal itu.",
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono, S.P., M.P. saat dikonfirmasi membenarkan hal itu.",
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono, S.P., M.S. saat dikonfirmasi membenarkan hal itu.",
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono S.S mengatakan ASN wajib netral.",
])
def test_degrees_cut(text: str) -> None:
    assert names(text) == ["Rudi Hartono"]


def test_initials_ms_without_dots_kept() -> None:
    text = "Ketua Bawaslu Jambi Abdul Rahman MS mengatakan ASN wajib netral."
    assert names(text) == ["Abdul Rahman MS"]


@pytest.mark.parametrize("text", [
    # a verb of saying capitalised after the closing quote, the title after the name
    '"Semua sudah kami teruskan," Kata Joko Susilo, Ketua Bawaslu Tebo, Senin (6/9/2020).',
    '"Semua sudah kami teruskan." Ujar Joko Susilo, Ketua Bawaslu Tebo, kepada wartawan.',
    '"Semua sudah kami teruskan," kata Joko Susilo, Ketua Bawaslu Tebo, Ahad (6/9/2020).',
])
def test_speaker_before_title(text: str) -> None:
    assert pairs(text) == [("Ketua Bawaslu", "Joko Susilo")]


def test_kata_sambutan_names_nobody() -> None:
    assert names("Kata Sambutan Ketua Bawaslu Tebo disampaikan pagi itu.") == []


@pytest.mark.parametrize("text", [
    "Acara itu digagas Kapolda Jambi, Pihaknya berharap seluruh ASN netral.",
    "Pria yang juga menjabat sebagai Sekda Tebo itu meminta ASN netral.",
    "Wanita yang juga menjabat sebagai Camat Tebo Ilir itu meminta ASN netral.",
])
def test_pronouns_and_nouns_are_no_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, region", [
    # a village's name ends where an honorific opens the name, dotted or not
    ("Lurah Sukamaju Dr. Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    ("Kades Sukamaju Drs. Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    ("Lurah Sukamaju Ir. Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    ("Lurah Sukamaju Prof. Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    ("Lurah Sukamaju H Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    # a compass word or "Raya" closing a village's name is part of it
    ("Lurah Tanjung Raya Budi Santoso mengingatkan ASN netral.", "Tanjung Raya"),
    ("Lurah Tanjung Raya Dr Budi Santoso mengingatkan ASN netral.", "Tanjung Raya"),
    ("Wali Nagari Koto Baru Utara Budi Santoso mengingatkan ASN netral.", "Koto Baru Utara"),
])
def test_village_then_honorific_name(text: str, region: str) -> None:
    assert [(o.name, o.region) for o in officials(text)] == [("Budi Santoso", region)]


@pytest.mark.parametrize("text", [
    # a degree (or "St.", Sutan) written before the name is kept apart from it
    "Rapat diikuti pula Kepala Dinas PUPR ST. Hendrawan.",
    "Rapat diikuti pula Kepala Dinas PUPR St. Hendrawan.",
])
def test_degree_before_name(text: str) -> None:
    assert names(text) == ["Hendrawan"]


def test_rb_initials_elsewhere_stay_a_name() -> None:
    # "RB" after another office is still a name's initials
    assert pairs("Sambutan disampaikan Kepala Dinas Sosial RB Hartanto.") == [
        ("Kepala Dinas Sosial", "RB Hartanto")]


@pytest.mark.parametrize("text, name", [
    # a name written as spaced initials then the family name, a comma between or not
    ("Hadir pula Pj Sekda Kota Lumbang, R. T. H., Baledo, Ketua KPU Kota Lumbang, Yosef Tada.",
     "R. T. H. Baledo"),
    ("Turut hadir Pj Sekda Kota Lumbang, R. T. H., Baledo, S.IP., M.Si., dan para camat.",
     "R. T. H. Baledo"),
    ("Kepala BKD Kabupaten Alor, R. T. H. Baledo mengatakan pegawai harus netral.",
     "R. T. H. Baledo"),
])
def test_spaced_initials_then_family_name(text: str, name: str) -> None:
    assert names(text)[0] == name
    assert "Baledo" not in names(text)[1:]


@pytest.mark.parametrize("text, pair", [
    # a name in brackets after its title, with a rank, an honorific or degrees beside it
    ("Hadir Kabag Ops Polres Tabanan ( Kompol Rudi Hartono SIK ) dan para camat.",
     ("Kabag Ops Polres", "Rudi Hartono")),
    ("Hadir Ketua KPU Kabupaten Tabanan ( Wayan Sudira ST) dan para camat.",
     ("Ketua KPU", "Wayan Sudira")),
    ("Hadir Sekda Kabupaten Tabanan ( Drs. Made Sutama M PD ) dan para camat.",
     ("Sekretaris Daerah", "Made Sutama")),
    ("Hadir Dandim 0420/Tabanan ( Letkol Inf Agus Salim ) dan para camat.",
     ("Dandim", "Agus Salim")),
])
def test_a_name_in_brackets_with_its_rank_or_degrees(text: str, pair: tuple[str, str]) -> None:
    assert pairs(text) == [pair]


@pytest.mark.parametrize(("text", "name"), [
    ("Rapat dipimpin Ketua Bawaslu Agam Desi Ramadani didampingi Anggota Bawaslu Agam Juli "
     "Tarigan.", "Juli Tarigan"),
    ("Kepala BKD Agam Agustus Simanjuntak membuka acara.", "Agustus Simanjuntak"),
])
def test_a_month_as_a_first_name_after_a_title(text, name):
    assert name in names(text)


def test_a_month_before_a_time_word_is_no_name():
    assert names("Pelantikan Bupati Agam Juni Mendatang") == []
