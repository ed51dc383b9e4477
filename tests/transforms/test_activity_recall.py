"""Activities: recall of the taxonomy's values in all their Indonesian forms, and the
precision rules stated in LABELS.md's terms (invented sentences, positive and negative)."""

import pytest

from transforms.events.activities import activities

# imbauan: an official's appeal, warning, reminder or instruction, in its modal, hortative,
# request and written forms; a reporter's description or an observer's opinion is none
APPEALS = [
    ("Seluruh ASN diharapkan tetap menjaga netralitas selama tahapan Pilkada.", ("imbauan",)),
    ("ASN hendaknya tidak terlibat dalam politik praktis.", ("imbauan",)),
    ("ASN perlu menjaga netralitas menjelang Pilkada.", ("imbauan",)),
    ("Setiap pegawai wajib bersikap netral.", ("imbauan",)),
    ("Para kepala desa diminta tidak memihak salah satu pasangan calon.", ("imbauan",)),
    ("Kami mohon seluruh ASN tidak ikut kampanye.", ("imbauan",)),
    ("Seluruh ASN dimohon menjaga sikap selama masa kampanye.", ("imbauan",)),
    ("Ia meminta ASN tidak mengunggah foto bersama calon di media sosial.", ("imbauan",)),
    ("Kami minta camat dan lurah tak berpihak.", ("imbauan",)),
    ("Sekda menyerukan agar aparatur tidak terlibat politik praktis.", ("imbauan",)),
    ("Bupati berpesan kepada para camat untuk tidak memihak.", ("imbauan",)),
    ("Pj Bupati menginstruksikan seluruh kepala OPD mengawasi bawahannya.", ("imbauan",)),
    ("Ia memerintahkan semua camat memantau kepala desa.", ("imbauan",)),
    ("Sekda mendorong para ASN bersikap profesional dan tidak berpihak.", ("imbauan",)),
    ("Ia berharap para lurah tidak ikut dalam politik praktis.", ("imbauan",)),
    ("Kepala desa diharuskan bersikap netral.", ("imbauan",)),
    ("ASN tidak diperbolehkan berfoto dengan calon.", ("imbauan",)),
    ("Ia menyampaikan agar ASN tidak terprovokasi isu politik.", ("imbauan",)),
    ("ASN agar tidak terlibat kampanye, katanya.", ("imbauan",)),
    ("\"Mari kita jaga netralitas sampai pemungutan suara,\" ujar Sekda kepada para ASN.",
     ("imbauan",)),
    ("\"Jagalah netralitas,\" kata Bupati Sukamaju.", ("imbauan",)),
    ("Netralitas ASN adalah harga mati, tegasnya.", ("imbauan",)),
    ("Pemprov menerbitkan SE Gubernur tentang netralitas ASN.", ("imbauan",)),
    ("Pemkab memberi peringatan keras kepada ASN yang berkampanye.", ("imbauan",)),
    # the quoted statement's paragraph names whom it is about
    ("Bupati bicara di depan 200 ASN. \"Bapak ibu harus menjaga sikap,\" katanya.",
     ("imbauan",)),
    # negatives: an observer, the public, a description, a purpose, a request for information
    ("Menurut pengamat, ASN harus netral.", ()),
    ("Netralitas ASN menjadi sorotan publik menjelang Pilkada.", ()),
    ("Survei menunjukkan banyak warga berharap pemilu berjalan damai.", ()),
    ("Ia menjelaskan netralitas ASN diatur dalam UU Nomor 20 Tahun 2023.", ()),
    ("Bawaslu meminta keterangan dari camat itu pekan ini.", ()),
    ("Pemkab harus menyiapkan anggaran untuk pengamanan Pilkada.", ()),
    ("Sosialisasi netralitas itu diharapkan dapat menambah pemahaman ASN.", ("sosialisasi",)),
    ("Pos jaga di depan kantor camat dijaga dua petugas.", ()),
]


@pytest.mark.parametrize(("text", "expected"), APPEALS)
def test_appeals(text, expected):
    assert activities(text) == expected
