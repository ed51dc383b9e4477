"""A reporting channel told (LABELS.md lists reporting channels under `pengawasan`): where
reports may be sent ("laporan dapat disampaikan ke Panwaslu ..."), not a call on the public to
report (an appeal) nor a report told as sent; a named channel to report through ("melapor
lewat aplikasi ...") is one, asked of the public or not. Invented sentences."""

import pytest
from activity_tables import KINDS  # every activity value but the appeal

from transforms.events.activities.classify import activities

CASES = [
    ("Laporan itu dapat disampaikan ke Panwaslu Sukamaju paling lambat lima hari setelah "
     "peristiwa.", {"pengawasan"}),
    ("Aduan warga bisa langsung dikirim melalui kantor Panwaslu Sukamaju atau Bawaslu "
     "provinsi.", {"pengawasan"}),
    # a named channel to report through: a channel told, even when the public is asked to use it
    ("Bupati meminta masyarakat mengadukan pegawai yang berpihak melalui aplikasi Lapor "
     "Sukamaju.", {"pengawasan"}),
    ("Warga dipersilakan melapor lewat laman resmi Bawaslu jika melihat ASN berkampanye.",
     {"pengawasan"}),
    ("Ia meminta guru melapor kepada kepala sekolah melalui atasan langsung.", set()),
    ("Pelaporan soal guru yang memihak calon bisa dilakukan lewat portal Lapor Pak Bupati.",
     {"pengawasan"}),
    ("Pelaporan kegiatan harian bisa dilakukan lewat kantor kecamatan.", set()),
    # a call on the public to report: an appeal
    ("Ia meminta warga melaporkan dugaan keberpihakan pegawai ke Panwaslu dengan bukti.", set()),
    # no channel: where reports went, or what a report says
    ("Laporan itu juga disampaikan ke Panwaslu Sukamaju pekan lalu.", set()),
    ("Laporan tahunan dapat dibaca di laman resmi Pemkab Sukamaju.", set()),
    # the channel told with the public's own verb, as possible: an office or an account named
    ("Warga dapat menyampaikan laporan ke Panwascam terdekat atau secara daring melalui akun "
     "Instagram Bawaslu Lembah Hijau.", {"pengawasan"}),
    ("Pegawai yang melihat rekan berkampanye bisa mengirimkan aduan via laman resmi Inspektorat.",
     {"pengawasan"}),
    ("Masyarakat juga boleh mengajukan pengaduan di aplikasi Lapor Panwas bila melihat camat "
     "memihak.", {"pengawasan"}),
    # (a report sent, an activity report, or no channel named)
    ("Seorang warga menyampaikan laporan lewat akun pribadinya, Senin (2/9/2024).", set()),
    ("Kepala bidang dapat mengirimkan laporan kinerja melalui aplikasi kepegawaian.", set()),
    ("Guru bisa menyampaikan laporan langsung ke kepala sekolah.", set()),
    # a report sent up the line, not to a watchdog or a channel
    ("Laporan kegiatan dapat disampaikan kepada Sekda paling lambat lima hari.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reporting_channel(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
