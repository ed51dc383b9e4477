"""Officials written in everyday variants of their titles: a governor by the province's short
form ("Gubri"), "Koordiv" for a division coordinator, an institution or region in lower case,
a regency acronym outside the lists, two initials before a name, an initial or first name that
is no region, and discourse words or forums that are no names. Invented sentences."""

import pytest

from transforms.events.officials.find import officials


def _people(text: str) -> list[tuple[str, str]]:
    return [(o.title, o.name) for o in officials(text)]


@pytest.mark.parametrize(("text", "title", "name"), [
    ('"ASN harus netral," ujar Gubri Hendra Wijaya saat apel pagi.', "Gubernur", "Hendra Wijaya"),
    ("Menurut Gubsu Rahmat Saragih, ASN dilarang berpolitik praktis.", "Gubernur",
     "Rahmat Saragih"),
    ("Hal itu ditegaskan Gubkalbar Yusuf Hamdani, Selasa.", "Gubernur", "Yusuf Hamdani"),
    ("Wagubri Desi Anggraini mengingatkan ASN agar netral.", "Wakil Gubernur",
     "Desi Anggraini"),
])
def test_governor_by_province_short_form(text: str, title: str, name: str) -> None:
    assert (title, name) in _people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Koordiv Penanganan Pelanggaran Bawaslu Kabupaten Agam Rudi Hartono mengatakan hal itu.",
     "Rudi Hartono"),
    ("Koordiv Hukum, Pencegahan, Partisipasi Masyarakat dan Humas (HP2H) Bawaslu Sulut Maria "
     "Tumbelaka menyampaikan materi.", "Maria Tumbelaka"),
    ("Kordiv Pencegahan Bawaslu Kota Bitung, Yohanes Rumengan, membuka kegiatan.",
     "Yohanes Rumengan"),
])
def test_division_coordinator_short_forms(text: str, name: str) -> None:
    assert [n for t, n in _people(text) if t.startswith("Koordinator")] == [name]


def test_institution_in_lower_case_after_a_capitalised_head() -> None:
    text = "Ketua bawaslu Kota Palu Hasanudin di Palu, Senin, mengungkapkan temuan itu."
    assert _people(text) == [("Ketua Bawaslu", "Hasanudin")]


def test_region_in_lower_case_after_a_regional_head() -> None:
    text = "Kegiatan dihadiri Wali Kota palu, Hadianto Rasyid, dan jajaran Forkopimda."
    assert ("Wali Kota", "Hadianto Rasyid") in _people(text)


@pytest.mark.parametrize("acronym", ["KBB", "KSB", "HST"])
def test_regency_acronym_before_a_comma(acronym: str) -> None:
    text = f'"Netral itu wajib," kata Pj Bupati {acronym}, Dedi Kusnadi, kepada wartawan.'
    people = officials(text)
    assert [(o.title, o.name, o.region) for o in people] == [("Pj Bupati", "Dedi Kusnadi",
                                                             acronym)]


@pytest.mark.parametrize("word", ["ASN", "PNS", "KPU"])
def test_no_region_from_an_acronym_that_is_none(word: str) -> None:
    assert not any(o.region == word for o in officials(f"Bupati {word}, Rahmat Hidayat hadir."))


def test_two_initials_before_a_name() -> None:
    text = "Acara dihadiri Wali Kota Bitung, M.J Hendrik Lumanau, dan para camat."
    assert [o.name for o in officials(text)] == ["M. J Hendrik Lumanau"]


@pytest.mark.parametrize(("text", "name"), [
    # the speaker is named alone elsewhere by a later part of the name: the first part is an
    # initial or a first name, not a region
    ("Inspektur Daerah M Fadli Rahman membuka acara. Sosialisasi itu penting, ujar Fadli Rahman.",
     "M Fadli Rahman"),
    ("Pj Bupati Syahrul Anwar menerima Bawaslu. Netral itu wajib, ucap Anwar. Syahrul juga "
     "meminta camat mengawasi.", "Syahrul Anwar"),
])
def test_a_name_is_not_cut_at_a_word_used_alone(text: str, name: str) -> None:
    assert [o.name for o in officials(text)] == [name]


def test_a_known_region_is_still_cut_from_the_name() -> None:
    text = "Bupati Lamteng Adi Kurniansyah membuka apel. ASN wajib netral, kata Adi."
    assert [(o.name, o.region) for o in officials(text)] == [("Adi Kurniansyah", "Lamteng")]


@pytest.mark.parametrize("text", [
    "Lanjut Hasanudin, pelanggaran itu sudah diteruskan. Ketua Bawaslu Kota Palu, Hasanudin "
    "mengatakan hal itu.",
    "Lanjutnya Hasanudin, ASN harus netral. Ketua Bawaslu Kota Palu, Hasanudin mengatakan itu.",
])
def test_discourse_word_is_no_part_of_a_name(text: str) -> None:
    assert [o.name for o in officials(text)] == ["Hasanudin"]


def test_a_forum_is_no_name_before_a_title() -> None:
    text = "Hadir Wali Kota Palu, Forkopimda, Komisioner KPU Kota Palu, dan para camat."
    assert not any(o.name == "Forkopimda" for o in officials(text))


@pytest.mark.parametrize(("text", "name", "region"), [
    ("Sekretaris Kabupaten Penajam Paser Utara Budiono ketika memimpin apel meminta ASN netral.",
     "Budiono", "Penajam Paser Utara"),
    ("Sekretaris Provinsi Jambi, Sudirman Hadi, membuka sosialisasi.", "Sudirman Hadi", "Jambi"),
    ("Sekretaris Kabupaten (Sekkab) Agam Edi Busrizal hadir.", "Edi Busrizal", "Agam"),
])
def test_secretary_of_a_regency_or_province_is_the_sekda(text: str, name: str,
                                                         region: str) -> None:
    assert [(o.title, o.name, o.region) for o in officials(text)] == [
        ("Sekretaris Daerah", name, region)]


@pytest.mark.parametrize("text", [
    "Acara dibuka pagi.\nNurhayati Lamba, Koordinator Sekretariat Bawaslu Kota Palu sekaligus "
    "ketua panitia, menjelaskan tujuan kegiatan.",
    "Acara dibuka pagi.\nNurhayati Lamba, Koordinator Sekretariat Bawaslu Kota Palu yang juga "
    "ketua panitia, menjelaskan tujuan kegiatan.",
])
def test_name_opening_the_sentence_before_its_title_and_an_aside(text: str) -> None:
    assert [o.name for o in officials(text)] == ["Nurhayati Lamba"]


def test_place_opening_the_sentence_is_no_name() -> None:
    text = "Acara dibuka pagi.\nPadang Pariaman, Kepala BKD yang baru menjelaskan aturan."
    assert officials(text) == [] or all(o.name != "Padang Pariaman" for o in officials(text))


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Rapat itu juga dihadiri Tim Pemeriksa DKPP, Andi Makmur.", "Tim Pemeriksa Daerah DKPP",
     "Andi Makmur"),
    ("Sidang dipimpin Ketua Tim Pemeriksa Daerah Provinsi Jambi Hasan Syukri.",
     "Ketua Tim Pemeriksa Daerah", "Hasan Syukri"),
    ("Anggota Tim Pemeriksa Daerah (TPD) DKPP Provinsi Sulut, Maria Lumi, ikut hadir.",
     "Anggota Tim Pemeriksa Daerah DKPP", "Maria Lumi"),
])
def test_ethics_council_examiners(text: str, title: str, name: str) -> None:
    assert [(o.title, o.name) for o in officials(text)] == [(title, name)]


def test_examiners_in_lower_case_name_nobody() -> None:
    assert officials("Menurut laporan, tim pemeriksa memanggil Budi Santoso pekan lalu.") == []


@pytest.mark.parametrize("text", [
    "Kepala desa yang kedapatan melanggar adalah Kepala Desa Suka-suka, Kepala Desa Marga "
    "Jaya dan Kepala Desa Sido Makmur.",
    "Lurah yang diduga tidak netral adalah Lurah Tanjung-tanjung, Lurah Pasir Putih, dan Lurah "
    "Koto Baru.",
    "Pegawai yang kami teruskan ke KASN karena berpihak adalah Camat Sukajaya, Camat Poasia "
    "serta Lurah Tanjung Raya.",
])
def test_posts_listed_as_suspects_are_no_officials(text: str) -> None:
    assert [o.name for o in officials(text) if o.name] == []


def test_an_official_after_a_suspects_clause_is_kept() -> None:
    text = ("Camat Lubuk Basung Hendra yang diduga melanggar, dan Kepala BKD Agam Rahmat Hidayat "
            "memeriksanya.")
    assert [o.name for o in officials(text)] == ["Rahmat Hidayat"]


def test_the_recipient_of_a_finding_is_an_official() -> None:
    text = "Bawaslu merekomendasikan hasil kajian kepada Pj Bupati Agam Rahmat Hidayat."
    assert [o.name for o in officials(text)] == ["Rahmat Hidayat"]


def test_region_of_the_title_before_is_no_name_before_the_next() -> None:
    text = "Hadir dalam rapat itu Camat Mandonga, Camat Kadia, dan Kapolsek Kendari Barat."
    assert [o.name for o in officials(text) if o.name] == []


def test_army_command_without_a_name_names_nobody() -> None:
    text = "Surat itu dikirim kepada Gubernur Maluku, Pangdam Pattimura, dan Kapolda."
    assert not any(o.name == "Pattimura" for o in officials(text))


@pytest.mark.parametrize(("text", "name", "region"), [
    ("Pangdam Iskandar Muda Mayjen TNI Rahmat Syukri hadir dalam apel.", "Rahmat Syukri",
     "Iskandar Muda"),
    ("Pangdam XIV/Hasanuddin Mayjen TNI Andi Pasolo memimpin rapat.", "Andi Pasolo",
     "Hasanuddin"),
])
def test_army_command_by_name_is_no_person(text: str, name: str, region: str) -> None:
    assert [(o.name, o.region) for o in officials(text) if o.title == "Pangdam"] == [
        (name, region)]


def test_a_name_cut_short_in_a_later_quote_is_one_person() -> None:
    text = ("Ketua Bawaslu Sumbar, Alnisyahrul, mengungkapkan temuan itu. \"Bukti sudah kami "
            "terima,\" ucap Ketua Bawaslu Sumbar, Alnis, Kamis.")
    assert [o.name for o in officials(text)] == ["Alnisyahrul"]


def test_two_people_whose_names_share_a_short_start_stay_apart() -> None:
    text = "Camat Lubuk Basung Rahma hadir. Camat Tanjung Raya Rahmat Hidayat juga hadir."
    assert sorted(o.name for o in officials(text)) == ["Rahma", "Rahmat Hidayat"]


@pytest.mark.parametrize("text", [
    "Kasus dugaan pelanggaran netralitas Kepala Desa Sukamaju Dedi Kurniawan sedang diproses.",
    "Bawaslu menangani pelanggaran netralitas ASN Camat Lubuk Basung Hendra Saputra.",
    "Sementara dugaan pelanggaran kode etik Lurah Pasar Baru Joni Iskandar diteruskan.",
])
def test_the_one_whose_violation_is_named_is_a_suspect(text: str) -> None:
    assert [o.name for o in officials(text) if o.name] == []


def test_a_violations_coordinator_is_no_suspect() -> None:
    text = "Koordinator Divisi Penanganan Pelanggaran Bawaslu Agam, Rudi Hartono, mengatakan."
    assert [o.name for o in officials(text)] == ["Rudi Hartono"]


def test_lead_line_gives_the_full_form_of_a_name_cut_short_in_the_body() -> None:
    body = "Menurut Ketua Bawaslu Sumbar, Alnis, ASN wajib netral."
    lead = ("PADANG - Ketua Bawaslu Sumbar, Alnisyahrul, mengungkapkan temuan pengawasan yang "
            "dilakukan jajarannya di sejumlah daerah selama masa kampanye.")
    found = officials(body, lead)
    assert [o.name for o in found] == ["Alnisyahrul"]


@pytest.mark.parametrize(("text", "name"), [
    ("Sementara itu Bawaslu Kabupaten Solok Rahmat Hidayat SH MH mengatakan, ASN wajib netral.",
     "Rahmat Hidayat"),
    ("Bawaslu Sumbar Alnisyahrul menegaskan pengawasan terus berjalan.", "Alnisyahrul"),
    ("KPU Kota Bitung Yohanes Rumengan menjelaskan tahapan pilkada.", "Yohanes Rumengan"),
])
def test_body_written_for_its_official_before_a_verb_of_saying(text: str, name: str) -> None:
    assert [o.name for o in officials(text)] == [name]


@pytest.mark.parametrize("text", [
    "Bawaslu Kabupaten Agam menyampaikan imbauan kepada ASN.",
    "KPU Kota Padang Sidempuan menjelaskan tahapan pilkada.",
    "Menurut Bawaslu Agam, ASN dilarang berpolitik praktis.",
    "Bawaslu Agam Rahmat Hidayat dalam rapat itu hadir.",
])
def test_body_without_a_speaking_official_names_nobody(text: str) -> None:
    assert [o.name for o in officials(text) if o.name] == []


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Panewu Godean Sigit Purnomo meminta ASN menjaga netralitas.", "Camat", "Sigit Purnomo"),
    ("Panewu Anom Kapanewon Mlati, Rina Astuti, membuka sosialisasi.", "Sekretaris Camat",
     "Rina Astuti"),
    ("Asda I Setda Kabupaten Agam Rahmat Hidayat membuka acara.", "Asisten I Setda",
     "Rahmat Hidayat"),
    # Yogyakarta city's kemantren: its head and his deputy, the marker before the place
    ("Mantri Pamong Praja Kemantren Jetis Sigit Purnomo meminta ASN netral.", "Camat",
     "Sigit Purnomo"),
    ("Ikrar dipimpin oleh Mantri Pamong Praja Jetis, Bapak Sigit Purnomo S.I.P. pagi itu.",
     "Camat", "Sigit Purnomo"),
    ("Mantri Anom Kemantren Jetis Rina Astuti membuka sosialisasi.", "Sekretaris Camat",
     "Rina Astuti"),
    ("Panewu Anom Kapanewon Mlati Rina Astuti membuka sosialisasi.", "Sekretaris Camat",
     "Rina Astuti"),
    # a provincial secretary's assistant by number
    ("Hadir pula Asetda II Wahyu Prasetyo di ruang rapat.", "Asisten II", "Wahyu Prasetyo"),
])
def test_local_forms_of_district_heads_and_assistants(text: str, title: str, name: str) -> None:
    assert [(o.title, o.name) for o in officials(text)] == [(title, name)]


@pytest.mark.parametrize(("written", "name"), [
    ("Rahmat S.H. M.H.", "Rahmat"),
    ("Rahmat S.E., M.M.", "Rahmat"),
    ("Rahmat Z.A.", "Rahmat Z.A."),
])
def test_dotted_degrees_run_together_are_no_initials(written: str, name: str) -> None:
    assert [o.name for o in officials(f"Kepala BKD Agam {written} mengatakan hal itu.")] == [
        name]


@pytest.mark.parametrize("text", [
    "Pakta integritas ditandatangani seluruh Kepala OPD Pemerintah Kota Palu.",
    "Sosialisasi diikuti para Kepala Dinas Kabupaten Agam.",
    "Ikrar dibacakan perwakilan Kepala OPD di hadapan Forkopimda.",
])
def test_many_holders_of_a_title_are_no_one_in_particular(text: str) -> None:
    assert officials(text) == []


def test_another_post_of_the_person_just_named_is_no_new_person() -> None:
    text = ("Apel dipimpin Sekretaris Daerah Agam Edi Busrizal yang juga sekaligus Ketua Dewan "
            "Pengurus Korpri Kabupaten Agam dan diikuti ASN.")
    assert [o.name for o in officials(text)] == ["Edi Busrizal"]


def test_civil_servants_are_no_part_of_an_office() -> None:
    text = "Ikrar dibacakan di depan Ketua KPU, Ketua Bawaslu dan ASN Maluku di Ambon."
    assert all("ASN" not in o.title for o in officials(text))


def test_a_task_force_on_neutrality_of_civil_servants_is_an_office() -> None:
    text = "Kepala Satgas Netralitas ASN Kabupaten Agam Rahmat Hidayat membuka rapat."
    assert [o.name for o in officials(text)] == ["Rahmat Hidayat"]


@pytest.mark.parametrize(("first", "second"), [
    ("Gubernur Sulawesi Barat, Prof. Rahmat Fakhrudin.", "Gubernur Sulbar Rahmat Fakrudin"),
    ("Gubernur Maluku Utara Samsul A. Kadir", "Gubernur Malut Samsul A Kadir"),
    ("Wali Kota Manado Andrei Angouw", "Wali Kota Kota Manado Andrei Angow"),
])
def test_one_person_under_a_region_written_two_ways(first: str, second: str) -> None:
    text = f"Menurut Pj {first} ASN wajib netral. Sementara, Pj {second} menegaskan hal itu."
    assert len(officials(text)) == 1


def test_two_regions_keep_two_people() -> None:
    text = "Bupati Agam Hendra Gunawan hadir. Bupati Solok Hendra Gunawa juga hadir."
    assert len(officials(text)) == 2


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Sekban BKPSDM Kabupaten Agam Rahmat Hidayat membuka acara.", "Sekretaris BKPSDM",
     "Rahmat Hidayat"),
    ("Sekdis Pendidikan Kota Padang, Yeni Marlina, hadir.", "Sekretaris Pendidikan",
     "Yeni Marlina"),
    ("Wawalkot Padang Yudi Pratama meminta ASN netral.", "Wakil Wali Kota", "Yudi Pratama"),
])
def test_short_forms_of_secretaries_and_deputy_mayors(text: str, title: str, name: str) -> None:
    assert [(o.title, o.name) for o in officials(text)] == [(title, name)]


def test_nameless_title_in_the_body_is_the_one_the_lead_line_names() -> None:
    lead = ("SOFIFI - Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Maluku Utara (Malut), "
            "Rusdi Hamid, meminta seluruh aparatur sipil negara di daerah itu menjaga "
            "netralitas selama tahapan pemilihan kepala daerah yang sedang berjalan.")
    body = "Menurut Ketua Bawaslu Malut, pengawasan akan diperketat."
    assert [o.name for o in officials(body, lead)] == ["Rusdi Hamid"]


def test_nameless_title_of_another_region_stays_apart() -> None:
    lead = ("SOFIFI - Ketua Bawaslu Provinsi Maluku Utara, Rusdi Hamid, meminta seluruh ASN "
            "menjaga netralitas selama tahapan pilkada di daerah itu.")
    body = "Hal itu juga disampaikan Ketua Bawaslu Kota Ternate di tempat terpisah."
    assert sorted(o.name for o in officials(body, lead)) == ["", "Rusdi Hamid"]


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Pesan itu disampaikan bupati usai apel di halaman kantor. Menurut Hendri, ASN wajib "
     "netral. Hendri menegaskan sanksi menanti.", "Bupati", "Hendri"),
    ("\"Jangan ikut kampanye,\" kata wali kota. Yusran menambahkan, ASN harus melayani warga.",
     "Wali Kota", "Yusran"),
])
def test_regional_head_quoted_by_title_alone_then_named(text: str, title: str,
                                                        name: str) -> None:
    assert [(o.title, o.name) for o in officials(text)] == [(title, name)]


@pytest.mark.parametrize("text", [
    "Hal itu disampaikan bupati usai apel. Warga bernama Joko Susilo mengatakan setuju.",
    "Hal itu disampaikan bupati usai apel. Joko Susilo, warga setempat, mengatakan setuju.",
    "Hal itu disampaikan bupati usai apel. Kepala BKD Rahmat Hidayat mengatakan ASN harus "
    "netral. Rahmat menegaskan hal itu.",
])
def test_no_one_else_is_taken_for_the_unnamed_regional_head(text: str) -> None:
    assert all(o.title != "Bupati" or not o.name for o in officials(text))


def test_a_named_regional_head_is_not_renamed() -> None:
    text = ("Bupati Agam Hendra Gunawan membuka apel. \"Netral,\" pinta bupati. Menurut Rahmat, "
            "ASN paham aturan.")
    assert [o.name for o in officials(text) if o.title == "Bupati"] == ["Hendra Gunawan"]


def test_an_unknown_region_word_before_a_name_used_alone_is_still_cut() -> None:
    # a regional head's region is a known one or one the article uses as a place elsewhere
    text = ("Pj Bupati Xambora Rahmat Saleh membuka apel ASN Pemkab Xambora. ASN harus netral, "
            "kata Rahmat.")
    assert [(o.name, o.region) for o in officials(text)] == [("Rahmat Saleh", "Xambora")]


def test_a_first_name_before_a_name_used_alone_is_no_region() -> None:
    text = "Apel dipimpin Wawali Markus Lumintang. Lagi kata Lumintang, ASN harus netral."
    assert [o.name for o in officials(text)] == ["Markus Lumintang"]
