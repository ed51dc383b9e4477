"""A gathering still to come is dated only by a day told of it, not by the day of the statement
that announces it ("Ketua Panwaslu, Minggu, mengatakan pihaknya akan menggelar sosialisasi
...", "Pihaknya akan menggelar sosialisasi ..., kata Ketua, Senin (2/9)"): announced with no day
of its own, it is no occasion (`sosialisasi` dropped). One with its own day ("akan menggelar
sosialisasi ... pada Rabu (4/9)") is kept as announced. Invented sentences; each shape paired
with its look-alike (activities.this_occasion._dated_itself)."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # the statement's day only: no occasion
    ("Ketua Panwaslu Sukamaju, di Sukamaju, Minggu, mengatakan, pihaknya akan membuka "
     "forum sosialisasi bagi pegawai kecamatan soal sikap netral.", set()),
    ("Kami bakal membuka sosialisasi soal sikap netral bagi guru, kata Ketua Panwaslu, Senin "
     "(2/9).", set()),
    ("Sekda Sukamaju, Selasa (3/9), menyampaikan bahwa pemkab bakal mengadakan bimtek "
     "netralitas bagi para camat.", set()),
    ("Kepala BKPSDM, Kamis (5/9), menjelaskan instansinya akan mengumpulkan seluruh kepala "
     "sekolah untuk pengarahan soal netralitas.", set()),
    # a day of its own: kept as announced
    ("Panwaslu bakal membuka sosialisasi soal sikap netral bagi guru pada Rabu (4/9) di Aula "
     "Kantor Bupati.", {"sosialisasi"}),
    ("Ketua Panwaslu, Senin (2/9), mengatakan pihaknya akan membuka "
     "sosialisasi bagi pegawai kecamatan soal sikap netral pada Rabu (4/9).", {"sosialisasi"}),
]
