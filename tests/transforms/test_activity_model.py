"""transforms.events.activity_features / activity_model: the learned activity decision.

Invented sentences (names and places made up) varying one thing at a time: where a value is
named (title, lead, body), and how its sentence tells it (plain, future, asked, earlier,
negated, for whoever, a purpose).
"""

from __future__ import annotations

import pytest

from transforms.events.activity_features import FEATURES, describe, read
from transforms.events.activity_model import decide, score, weights

LEAD = ("Sukamaju - Pemerintah Kabupaten Sukamaju menggelar sosialisasi netralitas aparatur "
        "sipil negara (ASN) di Aula Kantor Bupati, Senin (9/9/2024), diikuti 250 ASN.\n")


def features(text: str, title: str = "", value: str = "sosialisasi") -> dict[str, float]:
    (found,) = [d for d in describe(text, title) if d.value == value]
    return dict(zip(FEATURES, found.features, strict=True))


@pytest.mark.parametrize(("sentence", "flag"), [
    ("Pemkab Sukamaju akan menggelar sosialisasi netralitas ASN pekan depan.", "modal_share"),
    ("Pemkab Sukamaju berencana menggelar sosialisasi netralitas ASN.", "modal_share"),
    ("Sosialisasi netralitas ASN bakal digelar di setiap kecamatan.", "modal_share"),
    ("Sebelumnya, Pemkab Sukamaju juga menggelar sosialisasi netralitas ASN.", "past_share"),
    ("Tahun lalu Pemkab Sukamaju menggelar sosialisasi netralitas ASN.", "past_share"),
    ("Pemkab Sukamaju belum menggelar sosialisasi netralitas ASN.", "negated_share"),
    ("Setiap sosialisasi netralitas ASN dihadiri camat.", "generic_share"),
    ("Dana itu untuk sosialisasi netralitas ASN di desa.", "generic_share"),
])
def test_how_a_sentence_tells_a_value(sentence, flag):
    found = features("Sukamaju - " + sentence + "\n")
    assert found[flag] == 1.0
    assert found["plain_share"] == 0.0 and found["lead_plain"] == 0.0


def test_a_plain_held_gathering_in_the_title_and_lead():
    found = features(LEAD, "Pemkab Sukamaju Gelar Sosialisasi Netralitas ASN")
    assert (found["title"], found["title_plain"], found["lead"], found["lead_plain"]) == (
        1.0, 1.0, 1.0, 1.0)
    assert found["act"] == found["lead_act"] == found["counted"] == 1.0  # menggelar; 250


def test_a_threat_in_the_title_is_not_plain():
    found = features(LEAD, "Bupati Sukamaju Ancam Sanksi ASN yang Tak Netral", "sanksi")
    assert (found["title"], found["title_plain"]) == (1.0, 0.0)


def test_a_request_already_made_is_done():
    text = ("Sukamaju - Panwaslu kecamatan telah diminta meningkatkan patroli siber terhadap "
            "akun media sosial ASN.\n")
    assert features(text, value="pengawasan")["modal_share"] == 0.0


def test_evidence_keeps_the_sentence_and_the_span():
    (found,) = [d for d in describe(LEAD, "") if d.value == "sosialisasi"]
    assert LEAD[found.evidence.start:found.evidence.end] == found.evidence.phrase
    assert found.evidence.sentence.startswith("Sukamaju - Pemerintah Kabupaten Sukamaju")


def test_a_plain_gathering_of_the_lead_is_the_occasion_s():
    decision = decide(LEAD + "Bupati Sukamaju mengimbau ASN menjaga netralitas.\n",
                      "Pemkab Sukamaju Gelar Sosialisasi Netralitas ASN")
    assert decision.values == ["sosialisasi", "imbauan"]
    assert decision.headline == {"sosialisasi"}  # its evidence is the title's


def test_a_future_gathering_only_is_none():
    text = ("Sukamaju - Bupati Sukamaju mengimbau ASN menjaga netralitas. Pemkab akan "
            "menggelar sosialisasi netralitas ASN bulan depan.\n")
    assert decide(text, "Bupati Sukamaju Imbau ASN Netral").values == ["imbauan"]


def test_a_threatened_sanction_is_an_appeal():
    text = ("Sukamaju - ASN yang terbukti tidak netral akan dikenakan sanksi disiplin, kata "
            "Sekda Sukamaju Rahmat Hidayat.\n")
    decision = decide(text, "")
    assert decision.values == ["imbauan"]


def test_an_observer_s_opinion_is_no_appeal():
    decision = decide("ASN harus netral dalam Pilkada, kata pengamat politik Sari Dewi.\n", "")
    assert decision.values == [] and not decision.named


def test_a_case_processed_is_a_case_not_a_sanction():
    text = ("Sukamaju - Bawaslu Kabupaten Sukamaju memproses 12 ASN yang mengunggah foto "
            "bersama calon bupati, Rabu (2/10/2024).\n")
    assert [d.value for d in describe(text, "")] == ["pelanggaran"]


def test_a_talk_at_a_training_is_part_of_the_training():
    text = ("Sukamaju - Sebanyak 80 kepala sekolah mengikuti bimbingan teknis netralitas ASN di "
            "Aula Dinas Pendidikan, Kamis (3/10/2024).\n"
            "Ketua Bawaslu Sukamaju hadir menjadi narasumber dalam kegiatan tersebut.\n")
    values = decide(text, "Kepala Sekolah Ikuti Bimtek Netralitas ASN").values
    assert "bimtek" in values and "sosialisasi" not in values


@pytest.mark.parametrize(("sentence", "watched"), [
    ("\"Kami sudah memantau akun media sosial ASN,\" kata Ketua Bawaslu Sukamaju.", True),
    ("Bawaslu Sukamaju menggelar patroli siber terhadap akun ASN, Selasa (1/10/2024).", True),
    ("Bawaslu Sukamaju bertugas untuk melakukan pengawasan netralitas ASN.", False),
    ("Masyarakat diminta ikut mengawasi netralitas ASN.", False),
    ("Saat itu, Bawaslu Sukamaju menggerebek pertemuan para kepala desa.", False),
])
def test_monitoring_is_the_occasion_s_when_told_done(sentence, watched):
    assert ("pengawasan" in decide(LEAD + sentence + "\n", "").values) is watched


def test_one_occasion_of_several_is_read_in_its_own_spans():
    second = "Kamis (3/10/2024), Pemkab menggelar apel gabungan yang diikuti 600 ASN.\n"
    text = LEAD + second
    decision = decide(text, "", [(len(LEAD), len(text))])
    assert "sosialisasi" not in {d.value for d in read(text, "", [(len(LEAD), len(text))])[0]}
    assert all(m.start >= len(LEAD) for m in decision.phrases)


def test_the_model_is_a_dot_product_over_the_features():
    model = weights()
    assert tuple(model["features"]) == FEATURES
    (found,) = [d for d in describe(LEAD, "") if d.value == "sosialisasi"]
    expected = model["intercept"] + model["offsets"]["sosialisasi"] + sum(
        model["weights"][name] * x for name, x in zip(FEATURES, found.features, strict=True))
    assert score("sosialisasi", found.features) == pytest.approx(expected)
