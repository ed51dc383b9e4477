"""The words around and inside a person's name after an official's title: military and police
ranks, honorifics and degrees (kept apart so that names compare), and capitalised words that
are never a name (verbs of headlines, sentence openers, titles, months, venues).

Split from transforms/events/officials/titles.py, which classes the words of the title itself.
"""

from __future__ import annotations

import re

__all__ = ["BIRTH_ORDER", "DEGREES", "HONORIFICS", "NAME_OPENERS", "NOT_NAME", "RANKS",
           "is_roman"]

# Words that open a person's name and no village's: Balinese birth-order and caste names,
# Bugis, Acehnese and Javanese noble titles, Arabic given names ("Kepala Desa Lamteh Andi
# Rahmat", "Perbekel Kaja I Wayan ...", "Lurah Sukamaju Muhammad Yusuf").
NAME_OPENERS = frozenset("""
    I Ni Ida Gusti Anak Agung Cokorda Andi Teuku Tengku Cut Raden Mas Muhammad Mohammad
    Mohamad Muhamad Moh Muh Mhd Abdul Abd Ahmad Achmad Siti
""".split())
# Balinese birth-order names ("Wayan", "Made", "Nyoman", "Ketut" and their variants): they
# open a name, often without "I" before them, and name no place.
BIRTH_ORDER = frozenset("""
    Wayan Putu Gede Luh Made Kadek Nengah Nyoman Komang Ketut Kade
""".split())

# Military and police ranks (with their short forms "Kol.", "Kapt.", the common spelling
# "Jendral", and the merchant navy's or an airline's "Capt."): kept with the honorifics, never
# part of the name.
RANKS = frozenset("""
    Mayjen Brigjen Letjen Jenderal Jendral Kolonel Letkol Mayor Kapten Kombes AKBP AKP Kompol Iptu
    Ipda Irjen Komjen Laksma Laksda Marsma Marsda TNI Pol Purn Pur Inf Kav Arh Brigadir Bripka
    Aiptu Aipda Serka Sertu Peltu Pelda Serma Serda Lettu Letda Praka Pratu Prada Kopka Koptu
    Kopda Bripda Briptu Brigpol Bharada Bharatu Bharaka Laksamana Laksdya Marsekal Marsdya
    Letnan Sersan Kopral Czi Cpl Cba Chb Ckm Cpm Caj Cku Ctp Chk Arm Mar Pnb Psk
    Kombespol Brigjenpol Irjenpol Sus Tek Adm Kes Lek Nav Cpn Abripda Abriptu
    Kol Kapt Capt
""".split())
# The hajj title run together with a name's initial: "HM" (Haji Muhammad), "HL" (Haji Lalu, a
# Sasak noble's name), "HA" (Haji Andi or Ahmad); read_name keeps the initial in the name.
HAJJ_INITIALS = frozenset({"HM", "HL", "HA"})
HONORIFICS = frozenset({"H", "Hj", "Dr", "dr", "drg", "Ir", "Prof", "Drs", "Dra", "KH", "Ns",
                        "Hajjah", "Haji", "Ust", "Ustadz", "Ustaz", "drh", "Bapak", "Ibu", "Pak",
                        "Bu", "Bpk", "Sdr", "Sdri", "Saudara", "Saudari", "Kiai", "Kyai",
                        "Hi", "apt", "Apt", "TGH", "Buya", "Tgk",  # "Tgk.": Teungku
                        "Ustadzah", "Ustazah", "Hajah", "Pdt", "Ny",  # "Pdt.": Pendeta
                        "St",  # "St.": Sutan, a Minangkabau title before the name
                        *HAJJ_INITIALS,
                        # titles of the Yogyakarta and Surakarta courts: "KGPAA Paku Alam X"
                        "KGPAA", "GKR", "GBPH", "KGPH", "KPH", "KRT", "KRAT", "BRAy",
                        # kinship words of address before a name, in captions and quotes
                        # often lower-case: "Kak Rahmawati", "bang Rudi", "pak Rahmat"
                        "Kak", "kak", "Bang", "bang", "Mbak", "mbak", "Bung", "bung", "pak",
                        "bu", "bapak", "ibu",
                        # the formal ones too, in lower case or cut short: "sdr. Rahmat"
                        "bpk", "sdr", "sdri", "saudara", "saudari",
                        # the academic and church titles written out: "Doktor Rahmat"
                        "Doktor", "Profesor", "Pendeta"})
DEGREES = frozenset({"AP", "MM", "SE", "ST", "SH", "MH", "MAP", "MSi", "MPd", "SSos", "SSTP",
                     "STP", "MT", "MA", "MKes", "SKM", "SIP", "SPd", "SKom", "SAg", "PhD", "MBA",
                     "MPA", "MSc", "Lc", "SSi", "MSM", "MAg", "SHI", "MHum", "SPt", "SHut",
                     "SIK", "SKep", "MKn", "MEI", "SIKom", "SAP", "SPdI", "MTh", "STh", "AMd",
                     "Amd", "SST", "STr", "STrIP", "SKG", "MKM", "SPsi", "MPsi", "MIP", "MKom",
                     "SSn",
                     "SFarm", "SKes", "MAk", "MPH", "SIAN", "MAB", "SHum", "MSE", "SEI", "MHI",
                     "SSosI", "SAgI", "MPdI", "SThI", "SKomI", "SSy", "MSy", "SPi", "SKed", "Akt",
                     "Ak", "CA", "CPA", "MEng", "MARS", "MIKom", "MAcc", "SKel", "SAk", "MEc",
                     "LLM", "SArs", "SAB", "MAdm", "SIPol", "SKPm", "SSTPi",
                     # agriculture, letters, veterinary, nutrition: "S.P., M.Si" (or run
                     # together, "S.P.M.Si"), "S.S.", "S.KH", "S.Gz", "M.P."
                     "SP", "MP", "SS", "SKH", "SGz", "SPWK",
                     # a physician's specialty: "dr. Rahmat, Sp.PD", "SpOG"
                     "SpPD", "SpA", "SpOG", "SpB", "SpM", "SpJP", "SpS", "SpN", "SpKK", "SpTHT",
                     "SpTHTKL", "SpAn", "SpRad", "SpP", "SpF", "SpKJ", "SpOT", "SpU", "SpPK",
                     "SpPA", "SpBS", "SpGK", "SpKFR", "SpMK", "SpBP", "SpJ", "SpDV", "SpBA",
                     "SpBTKV", "SpBD", "SpKG", "SpOrt", "SpPaR", "SpEM",
                     # development administration ("Prof Dr Rudi MDA"); common ones written
                     # with one capital ("Rudi Spdi", "Rudi, Msi")
                     "MDA", "Spdi", "Msi", "Mpd", "Spd"})
# Capitalised words that never start or continue a person's name.
NOT_NAME = frozenset("""
    Dan Yang Di Ke Dari Pada Dalam Untuk Saat Jelang Minta Beri Pimpin Hadiri Buka Mulai Cek
    Apresiasi Ajak Imbau Harap Akhiri Sambut Lantik Tinjau Sidak Bersama Terima Dorong Gelar
    Ikuti Jaga Netral Bakal Siap Sebut Ungkap Kata Soal Terkait Serta Tentang Wali Wakil Bupati
    Gubernur Kepala Pemko Pemkot Pemkab Pemprov Sekda Pj Pjs Plt Plh Penjabat Senin Selasa Rabu
    Kamis Jumat Sabtu Minggu Tahun Periode Nomor No Pilkada Pemilu Pilgub Pilwako Pilbup ASN PNS
    Ketua Anggota Komisioner Koordinator Divisi Bidang Bagian Asisten Januari Februari Maret April
    Mei Juni Juli Agustus September Oktober November Desember Ini Itu Hal Selain Sementara
    Menurut Namun Sedangkan Adapun Kami Kita Ia Dia Beliau Mereka Sebelumnya Selanjutnya Usai
    Setelah Sebagai Selaku Sekaligus Hadir Tampak Turut Juga Tidak Bukan Apel Ikrar Deklarasi
    Pakta Sosialisasi Bimtek Rapat Rakor Kegiatan Acara Foto Baca Lihat Editor Penulis Reporter
    Surat Edaran Keputusan Peraturan Instruksi Netralitas Koordinasi Nasional Teken Ancam Larang
    Tanggapi Respons Beri Klaim Akui Bantah Desak Awasi Proses Tindak Periksa Panggil Copot Sanksi
    Pecat Usul Lapor Imbauan Pesan Warning Tegas Resmi Ajak Staf Barat Timur Utara Selatan Tengah
    Raya Sekot Sekkot Sekko Sekkab Sekprov Partai Sekjen Sekretaris Menteri Deputi Direktur
    Foundation Institute Watch Center Centre Yayasan Lembaga Koalisi Aliansi Perkumpulan
    Sekertaris Ujar Ucap Tutur Jelas Terang Papar Pungkas Imbuh Tambah Lanjut Tandas Timpal Sambung
    Inspektur Padahal Bahkan Kemudian Tetapi Maupun Atau Sambangi Datangi Kunjungi Temui Pantau
    Raih Tutup
    Launching Lepas Himbau Sapa Dukung Tolak Komitmen Kompak Optimis Kembali Berharap Turun
    Cup Award Awards Smart City Festival Lomba Turnamen Expo Piala Trofi Open Fun Run Tour Jambore
    Program Gerakan Jalan Jl Jln Gedung Hotel Aula Lapangan Masjid Graha Auditorium Halaman
    Ruang Rumah Kantor Pendopo Pendapa
    Camat Lurah Kapolres Kapolda Kajari Dandim Danrem Kapolsek Kasatpol Kakanreg Kakanwil Kaban
    Kadis Kadiv Karo Kabag Kabid Kasubdit Kasubbag Kasubag Kasi Analis Kordiv Korwil Walikota Wako
    Wawako Wabup Pimpinan Danramil Dandramil Kades Irban Irbansus Nagari Desa Kapolresta Menpan
    Wagub Mendagri Staf Sekcam Sekwan Sekdes Wakapolres Wakapolresta Wakapolda Wakapolsek
    Kapolsekta Kapolrestabes Pangdam Komandan Kasdim Kasrem Danlanal Danlanud Danyon Kajati
    Wakajati Kacabjari Perbekel Keuchik Geuchik Kuwu Pambakal Dirjen Kalaksa Wawali Inspektorat
    Kecamatan Kelurahan Kabupaten Provinsi Jenderal Jendral Kasat Wamendagri Wamenpan Korsek Kasek
    Kanit Kabiro Kapus Kadus Kaling Petinggi Peratin Sangadi Penghulu Seklur Pembakal Kalapas
    Karutan Kabapas Kasubid Kasubbid Kasie Walkot Wawalikot Republik Kasatreskrim Kasatlantas
    Kasatintelkam Kasatbinmas Kasatsamapta Kasatnarkoba Kasatgas Koordiv Gubri Gubsu Wagubri
    Wagubsu Panewu Asda Sekban Sekdis Wawalkot Asintel Aspidum Aspidsus Asdatun Aswas Asbin
    Aspidmil Asdep Kepsek JPU Kapuspen Widyaiswara Kabidhumas Kasihumas Kasubbaghumas
    Dirreskrimum Dirreskrimsus Dirintelkam Dirbinmas Dirlantas Dirresnarkoba
    Lanjut Lanjutnya Menambahkan Ditambahkan Forkopimda Forkopimcam Muspika Forkompinda
    Wadanrem Wadandim Wadanramil Kasdam Oknum Rangka
    Bapak Ibu Pak Bu Bpk Sdr Sdri Saudara Saudari Presiden Wapres Kapolri Wakapolri Panglima
    Jaksa Jubir Sestama Penjagub Dirut Imum Imeum Mukim Kasubsi Kasubbsi Kasubsie Kaurbin Ahad
    Pihaknya Keduanya Ketiganya Semuanya Pria Wanita Perempuan Sosok
    Sekecamatan Sekabupaten Sekota Seprovinsi Sekelurahan Sedesa Senagari
    Capres Cawapres Caleg Cagub Cawagub Cabup Cawabup Cawalkot Cawawalkot Cawako Cawawako Paslon
    Petahana Kandidat Calon
    Tersangka Terdakwa Terlapor Terpidana Pelapor Administrator Lokal
    Meminta Melarang Menilai Menerima Meninjau Memantau Memeriksa Memanggil Memecat Melantik
    Peduli Sehat Bersih Berbagi Mengajar Menyapa Mendengar Berkah Bangkit Hebat Juara
    Wanti Soroti Tandatangani Bicara Janji Tegur Semprot Sentil Singgung Tunjuk Pertegas Gandeng
    Rangkul Ikut Kawal Jamin Bina Latih Rotasi Klarifikasi Telusuri Selidiki Usut Dalami Catat
    Undang Kumpulkan Tanya Jawab Pastikan Wajib Boleh Dilarang Diminta Diimbau Sambangi Kecam
    Ingin Mau Akan Bisa Harus Perlu Tak Belum Sudah Masih Makin Semakin Terus Lagi Jadi Punya Ada
    Buat Bikin Kasih Bantu Tanam Siapkan Bahas Paparkan Jelaskan Umumkan Tetapkan Keluarkan
    Para Oleh Jika Bila Agar Maka Atas Tapi Kini Sejak Dengan Sebab Hingga Bagi Meski Secara
    Jangan Sedang Telah Karena Sehingga Yakni Yaitu Antara Tanpa Pun Baik Begitu Demikian
    Sebanyak Seluruh Semua Setiap Tiap
    Narasumber Pemateri Pembicara Moderator Peserta Pejabat Pegawai Warga Wartawan Terpisah
    Dosen Guru Pengamat Peneliti Akademisi Praktisi Pakar Mahasiswa Advokat Pengacara Aktivis
    Tertinggi Terbanyak Terbesar Terbaik Terendah Terkecil Terbaru Terkini Terpilih Terlapor
    Tersebut Nanti Kalau Sekarang Tadi Mungkin Biar Supaya Pokoknya Justru Lha Nah Tolong Mohon
    Silakan Semoga Mari Ayo Bagaimana Kenapa Mengapa Apa Siapa Kapan Berapa Dimana
    Kalurahan Padukuhan
    Nusantara
    Sebelum Sesudah Selama Menjelang Seusai Sesuai Berdasarkan Mengenai Menanggapi Kepada Ketika
    Kemarin Akhirnya Diketahui Dikatakan Ditegaskan Disampaikan Dijelaskan Dikata
    Forum Paguyuban Asosiasi Ikatan Himpunan Perkumpulan Majelis Komunitas Serikat Persatuan
    Meninggal Wafat Tewas Ditangkap Ditahan Dilantik Diperiksa Dipanggil Dicopot Terjaring
    Divonis Dituntut Diadili Dihukum Didenda Digugat Disidang Dipecat Disanksi Ditegur Dimutasi
    Dinonaktifkan Diberhentikan Dilaporkan Diadukan Dijatuhi Terancam Terbukti Terlibat Terseret
    Tersandung Terjerat Diduga Terduga Kedapatan Tertangkap Mangkir Absen Dipolisikan Divonnis
    Terakhir Kedua Ketiga Keempat Kelima Senada Lebih Sebaliknya Tentu Tentunya Memang
    Intinya Artinya Apalagi Walau Walaupun Meskipun Kendati Sehubungan Berkaitan Mengingat
    Sayangnya Untungnya Rupanya Ternyata Sejauh Pasalnya Makanya
    Upacara Irup Pembina Pemateri Pemandu
    Saya Aku Anda Kalian Engkau Kamu Tokoh Pemuka Ulama Agama Adat Masyarakat Pemuda
    Insan Unsur Perwakilan Jajaran Segenap Koalisi Perubahan Tanda Tangan Tandatangan
    Gubenur Kordinator Komisoner Komisiner Sekretatis Sekeretaris Sekrestaris Sekrtaris Rektor
    Stafsus Kapendam Kapenrem Kapendim Kapuspenkum Danlantamal Danyonif Pabung Bendesa
    Bhabinkamtibmas Babinkamtibmas Babinsa Danposramil Kapospol Kapolpos Kakan
    Dirinya Dia Lingkup Bilang Begini Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan
    Sepuluh Sebelas Belasan Puluhan Ratusan Ribuan
    Langgar Ingatkan Tekankan Tegaskan Serukan Harapkan Duga Temukan Serahkan Berikan Sampaikan
    Laporkan Rekomendasikan Jatuhkan Kerahkan Bentuk Luncurkan Resmikan Kukuhkan Deklarasikan
    Ikrarkan Gelorakan Galakkan Sosialisasikan Curigai Kritik Sesalkan Benarkan Beberkan Terbitkan
    Kirim Surati Tangkap Tahan Vonis Putuskan Junjung Tegakkan Wujudkan Ciptakan Perkuat
    Tingkatkan Antisipasi Cegah Waspadai Yakinkan Peringatkan Ultimatum Tuding Tuduh Adukan
    Polisikan Gugat Sindir
    Rakornas Rakorda Rakorwil Rakortek Rakernas Rakerda Rakerwil Rakorpim Raker
    Kabinda Penyuluh
""".split())


ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})$")


def is_roman(token: str) -> bool:
    """ "I", "III", "XIII": a unit's number ("Asisten III", "Kanreg XIII")."""
    return bool(token) and token.isupper() and bool(ROMAN.match(token))
