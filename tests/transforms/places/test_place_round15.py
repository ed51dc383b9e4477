"""Place rules of round 15. A region named as where a person comes from ("pria asal X") is
not where the occasion was; a national body named among a document's issuers ("sesuai
Keputusan Bersama Menteri ..., Kepala BKN ...") does not lead the story to the capital; a
meeting told with a month and as done already ("di X bulan Maret ... sudah dibahas") is an
earlier one. Invented sentences."""

from transforms.places.mentions import origin, region_mentions
from transforms.places.province_level import lead_national
from transforms.places.resolve import place_of

LEAD = ("Para pegawai ASN lingkup Kanwil Kemenag Jateng mengucapkan ikrar untuk bersikap netral "
        "selama pemilu 2029. Pembacaan ikrar disaksikan Ketua Badan Pengawas Pemilu Jawa "
        "Tengah Budi Hartono.\nKegiatan ikrar itu digelar pagi ini di Aula Merapi Kanwil "
        "Kemenag Jateng.\n")


def test_a_speakers_home_town_is_not_the_place():
    text = LEAD + "Menurut pria asal Wonogiri itu, baru Kanwil Kemenag yang berikrar netral."
    place = place_of(None, text)
    assert place is None or place.region is None


def test_a_region_named_as_an_occasions_still_places_it():
    text = LEAD + "Menurut Budi, ikrar serupa juga digelar di Wonogiri."
    assert place_of(None, text).region.regency == "Kabupaten Wonogiri"


def test_origin_reads_the_words_before_the_name():
    text = "Ia putra asli Wonogiri, sedangkan rapat itu digelar di Wonogiri."
    first, second = region_mentions(text, None)
    assert origin(text, first) and not origin(text, second)


ISSUERS = ("Rabu, 5 Juni 2029, sesuai dengan Keputusan Bersama Menteri Dalam Negeri, Kepala Badan "
           "Kepegawaian Negara dan Ketua Bawaslu tentang pedoman netralitas pegawai, Pemkab "
           "Sukamaju menggelar pembacaan ikrar bagi para pegawai.")
SPEAKER = ("Rabu, 5 Juni 2029, Kepala Badan Kepegawaian Negara mengingatkan seluruh pegawai agar "
           "menjaga netralitas dalam Pilkada dan tidak ikut berkampanye.")


def test_a_documents_issuer_does_not_lead_the_story():
    assert lead_national(ISSUERS, [(0, len(ISSUERS))], len(ISSUERS)) is None


def test_a_national_body_speaking_still_leads_it():
    found = lead_national(SPEAKER, [(0, len(SPEAKER))], len(SPEAKER))
    assert found is not None and found[2][1] == "DKI Jakarta"


# a meeting told with a month and as done already is an earlier one; a meeting with a month
# alone is still where the occasion was
EARLIER_MEETING = ("WONOSOBO - Dinas Kepegawaian mengingatkan pegawai agar netral. \"Imbauan "
                   "tertulis sudah kami kirim,\" kata Kepala Dinas Kepegawaian Wonosobo, Andi "
                   "Wijaya di Wonosobo, Rabu (6/3/2029).\n\"Dalam rapat bersama gubernur di "
                   "Surabaya bulan Januari hal itu sudah dibahas,\" kata Andi.")
MONTH_MEETING = ("WONOSOBO - Dinas Kepegawaian mengingatkan pegawai agar netral.\nRapat "
                 "koordinasi netralitas pegawai digelar di Surabaya bulan Januari dan diikuti "
                 "para camat.")


def test_a_meeting_told_done_in_another_month_is_not_the_place():
    assert place_of(None, EARLIER_MEETING).region.regency == "Kabupaten Wonosobo"


def test_a_meeting_held_in_a_month_is_still_the_place():
    assert place_of(None, MONTH_MEETING).region.regency == "Kota Surabaya"
