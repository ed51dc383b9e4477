"""Systematic coverage audit of the officials extraction on invented sentences.

    .venv/bin/python bench/officials_audit.py [--failures] [--family F] [--shape S]

The real corpora show misses only for the titles and prose shapes they happen to contain; the
rules written from them fit those texts. This script builds invented Indonesian sentences for
a grid instead: every office a report on ASN neutrality in a regional election names (regional
heads and their acting forms, Sekda and aides, OPD heads, sub-district and village heads,
election bodies at each level, central agencies, DPRD, police, army, prosecutors and courts)
crossed with the usual prose shapes (title then name, "<title>, <name>,", "<name>, <title>,",
an abbreviation in parentheses, degrees and honorifics, a Pj/Plt prefix spelled out, a quote
attribution, a dateline start, a name in the next quote). Names rotate through 1-4 word
patterns of several regions (Javanese, Balinese, Batak, Minang, Bugis, Papuan, Chinese-
Indonesian; initials; apostrophes). Every sentence is invented here; no corpus text is used.

Each positive case expects its person among ``officials(text)`` (the function the pipeline's
event assembly calls), compared by the harness's name normalisation. Negative cases
(candidates, former holders, streets, party officers, the accused, unnamed titles, relatives)
expect that name (or, for unnamed titles, any name) to stay out. ``SPOT`` adds one sentence
each for further titles, degree strings and shapes. It prints recall by office family and by
shape, the spot checks and negatives that fail, and with ``--failures`` every failing case.
A Minang title of custom after a name ("Dt Bandaro") is accepted with or without it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from real_eval import norm_name  # noqa: E402

from transforms.events.officials import officials  # noqa: E402

# (family, title as written, region phrase, rank before the name, expanded form for the
# "(abbr)" shape or "")
OFFICES: tuple[tuple[str, str, str, str, str], ...] = (
    ("regional head", "Gubernur", "Sumatera Barat", "", ""),
    ("regional head", "Wakil Gubernur", "Jawa Tengah", "", ""),
    ("regional head", "Pj Gubernur", "Sulawesi Selatan", "", ""),
    ("regional head", "Pj. Gubernur", "Papua Pegunungan", "", ""),
    ("regional head", "Bupati", "Agam", "", ""),
    ("regional head", "Wakil Bupati", "Lima Puluh Kota", "", ""),
    ("regional head", "Pj Bupati", "Kabupaten Bone", "", ""),
    ("regional head", "Pjs Bupati", "Tapanuli Utara", "", ""),
    ("regional head", "Plt Bupati", "Kabupaten Gianyar", "", ""),
    ("regional head", "Plh Bupati", "Jayawijaya", "", ""),
    ("regional head", "Wali Kota", "Padang Panjang", "", ""),
    ("regional head", "Walikota", "Kota Makassar", "", ""),
    ("regional head", "Pj Wali Kota", "Kota Kendari", "", ""),
    ("regional head", "Pj Walikota", "Pekanbaru", "", ""),
    ("regional head", "Wakil Wali Kota", "Bukittinggi", "", ""),
    ("sekda/aides", "Sekda", "Kabupaten Agam", "", "Sekretaris Daerah"),
    ("sekda/aides", "Sekretaris Daerah", "Provinsi Bali", "", ""),
    ("sekda/aides", "Pj Sekda", "Kota Medan", "", ""),
    ("sekda/aides", "Plh Sekda", "Kabupaten Sleman", "", ""),
    ("sekda/aides", "Asisten I", "Setda Kabupaten Solok", "", ""),
    ("sekda/aides", "Asisten Pemerintahan dan Kesra", "Setdakab Bantul", "", ""),
    ("sekda/aides", "Asisten III Bidang Administrasi Umum", "Setda Provinsi Riau", "", ""),
    ("sekda/aides", "Staf Ahli Bupati Bidang Hukum dan Politik", "Kabupaten Pesisir Selatan",
     "", ""),
    ("OPD head", "Kepala Dinas Pendidikan", "Kota Padang", "", ""),
    ("OPD head", "Kepala Dinas Kesehatan", "Kabupaten Badung", "", ""),
    ("OPD head", "Kadis Pendidikan dan Kebudayaan", "Kabupaten Toba", "", ""),
    ("OPD head", "Kepala Dinas Komunikasi dan Informatika", "Kota Palu", "", "Diskominfo"),
    ("OPD head", "Kepala Dinas Pemberdayaan Masyarakat dan Desa", "Kabupaten Pinrang", "",
     "DPMD"),
    ("OPD head", "Kepala Dinas Kependudukan dan Pencatatan Sipil", "Kota Bekasi", "",
     "Disdukcapil"),
    ("OPD head", "Kadiskominfo", "Kabupaten Jayapura", "", ""),
    ("OPD head", "Kepala Satpol PP", "Kota Denpasar", "", ""),
    ("OPD head", "Kepala Badan Kepegawaian Daerah", "Kabupaten Tanah Datar", "", "BKD"),
    ("OPD head", "Kepala BKPSDM", "Kabupaten Sidoarjo", "", ""),
    ("OPD head", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
     "Kota Pariaman", "", "BKPSDM"),
    ("OPD head", "Kepala BKPP", "Kota Tangerang", "", ""),
    ("OPD head", "Kepala Badan Kesatuan Bangsa dan Politik", "Provinsi Jambi", "",
     "Kesbangpol"),
    ("OPD head", "Kaban Kesbangpol", "Kabupaten Gowa", "", ""),
    ("OPD head", "Kepala Bappeda", "Kabupaten Dharmasraya", "", ""),
    ("OPD head", "Kepala Pelaksana BPBD", "Kabupaten Cianjur", "", ""),
    ("OPD head", "Inspektur", "Kabupaten Sijunjung", "", ""),
    ("OPD head", "Inspektur Daerah", "Kota Ambon", "", ""),
    ("OPD head", "Kepala Bagian Hukum", "Setda Kota Binjai", "", ""),
    ("OPD head", "Kabag Prokopim", "Setdakab Klaten", "", ""),
    ("OPD head", "Kabid Pengadaan dan Pemberhentian", "BKPSDM Kabupaten Garut", "", ""),
    ("local head", "Camat", "Lubuk Basung", "", ""),
    ("local head", "Lurah", "Air Tawar Barat", "", ""),
    ("local head", "Kepala Desa", "Sukamaju", "", ""),
    ("local head", "Kades", "Tanjung Harapan", "", ""),
    ("local head", "Wali Nagari", "Koto Baru", "", ""),
    ("local head", "Keuchik", "Gampong Lamteh", "", ""),
    ("local head", "Geuchik", "Lampineung", "", ""),
    ("local head", "Kepala Kampung", "Sentani Kota", "", ""),
    ("local head", "Perbekel", "Desa Sanur Kaja", "", ""),
    ("local head", "Kepala Distrik", "Wamena", "", ""),
    ("election", "Ketua KPU RI", "", "", ""),
    ("election", "Anggota KPU", "Provinsi Sumatera Utara", "", ""),
    ("election", "Ketua KPU", "Kabupaten Bandung", "", "Komisi Pemilihan Umum"),
    ("election", "Ketua Bawaslu RI", "", "", ""),
    ("election", "Anggota Bawaslu RI", "", "", ""),
    ("election", "Ketua Bawaslu", "Provinsi Kalimantan Barat", "", ""),
    ("election", "Ketua Badan Pengawas Pemilihan Umum", "Kota Surabaya", "", "Bawaslu"),
    ("election", "Anggota Bawaslu", "Kabupaten Agam", "", ""),
    ("election", "Koordinator Divisi Pencegahan, Partisipasi Masyarakat dan Humas Bawaslu",
     "Kabupaten Maros", "", ""),
    ("election", "Kordiv Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu",
     "Kota Solok", "", ""),
    ("election", "Koordinator Divisi Hukum dan Penyelesaian Sengketa Bawaslu", "Provinsi Bali",
     "", ""),
    ("election", "Ketua Divisi Teknis Penyelenggaraan KPU", "Kabupaten Karo", "", ""),
    ("election", "Ketua Panwascam", "Kecamatan Ciawi", "", ""),
    ("election", "Ketua Panwaslu Kecamatan", "Tanjung Raya", "", ""),
    ("election", "Anggota Panwascam", "Banuhampu", "", ""),
    ("election", "Ketua PPK", "Kecamatan Kuranji", "", ""),
    ("central", "Ketua KASN", "", "", "Komisi Aparatur Sipil Negara"),
    ("central", "Wakil Ketua KASN", "", "", ""),
    ("central", "Asisten Komisioner KASN", "", "", ""),
    ("central", "Kepala BKN", "", "", "Badan Kepegawaian Negara"),
    ("central", "Kepala Kantor Regional XII BKN", "Pekanbaru", "", ""),
    ("central", "Deputi Bidang Pengawasan dan Pengendalian BKN", "", "", ""),
    ("central", "Menteri PANRB", "", "", ""),
    ("central", "Deputi Bidang SDM Aparatur Kementerian PANRB", "", "", ""),
    ("central", "Mendagri", "", "", ""),
    ("central", "Dirjen Otonomi Daerah Kemendagri", "", "", ""),
    ("central", "Sekjen Kemendagri", "", "", ""),
    ("central", "Irjen Kemendagri", "", "", ""),
    ("DPRD", "Ketua DPRD", "Kabupaten Agam", "", ""),
    ("DPRD", "Wakil Ketua DPRD", "Provinsi Jawa Timur", "", ""),
    ("DPRD", "Anggota DPRD", "Kota Manado", "", ""),
    ("DPRD", "Ketua Komisi I DPRD", "Kabupaten Bogor", "", ""),
    ("DPRD", "Anggota Komisi A DPRD", "Kota Semarang", "", ""),
    ("police", "Kapolda", "Sumbar", "Irjen Pol", ""),
    ("police", "Wakapolda", "Papua", "Brigjen Pol", ""),
    ("police", "Kapolres", "Agam", "AKBP", ""),
    ("police", "Kapolresta", "Padang", "Kombes Pol", ""),
    ("police", "Kapolsek", "Tilatang Kamang", "AKP", ""),
    ("police", "Kapolsek", "Ciawi", "Iptu", ""),
    ("army", "Pangdam", "I/Bukit Barisan", "Mayjen TNI", ""),
    ("army", "Danrem", "032/Wirabraja", "Brigjen TNI", ""),
    ("army", "Dandim", "0304/Agam", "Letkol Inf", ""),
    ("army", "Danramil", "01/Lubuk Basung", "Kapten Inf", ""),
    ("justice", "Kajari", "Agam", "", "Kepala Kejaksaan Negeri"),
    ("justice", "Kajati", "Sumatera Barat", "", "Kepala Kejaksaan Tinggi"),
    ("justice", "Ketua Pengadilan Negeri", "Lubuk Basung", "", ""),
    ("justice", "Ketua PN", "Padang", "", ""),
    ("justice", "Kepala Kejaksaan Negeri", "Kabupaten Solok", "", ""),
    ("justice", "Kasi Intel Kejari", "Padang Pariaman", "", ""),
    ("justice", "Ketua Pengadilan Agama", "Kota Batam", "", ""),
    ("OPD head", "Kepala Dinas PUPR", "Kabupaten Kampar", "", ""),
    ("OPD head", "Kadisdik", "Kota Bandung", "", ""),
    ("OPD head", "Kadinkes", "Kabupaten Malang", "", ""),
    ("OPD head", "Kepala BPKAD", "Kabupaten Lombok Timur", "", ""),
    ("OPD head", "Kepala Dinas Perhubungan", "Kota Jambi", "", ""),
    ("OPD head", "Sekretaris Dinas Pendidikan", "Kabupaten Kerinci", "", ""),
    ("OPD head", "Sekretaris BKPSDM", "Kabupaten Pasaman", "", ""),
    ("OPD head", "Kasubag Umum dan Kepegawaian", "Dinas Sosial Kota Sorong", "", ""),
    ("OPD head", "Kepala Seksi Pemerintahan", "Kecamatan Batang Anai", "", ""),
    ("OPD head", "Direktur RSUD", "Kabupaten Sumbawa", "", ""),
    ("OPD head", "Kepala Puskesmas", "Lubuk Buaya", "", ""),
    ("OPD head", "Kepala SMP Negeri 2", "Kota Bima", "", ""),
    ("OPD head", "Kepala Kantor Kementerian Agama", "Kabupaten Kudus", "", "Kemenag"),
    ("OPD head", "Ketua Korpri", "Kabupaten Tanggamus", "", ""),
    ("OPD head", "Plt Kepala BKPSDM", "Kota Palembang", "", ""),
    ("OPD head", "Plh Kepala Dinas Sosial", "Kabupaten Buton", "", ""),
    ("sekda/aides", "Sekretaris KPU", "Kabupaten Lahat", "", ""),
    ("sekda/aides", "Kepala Sekretariat Bawaslu", "Kota Cimahi", "", ""),
    ("election", "Komisioner KPU", "Kota Tual", "", ""),
    ("election", "Komisioner Bawaslu", "Provinsi Maluku", "", ""),
    ("election", "Kordiv SDM dan Organisasi KPU", "Kabupaten Kolaka", "", ""),
    ("election", "Anggota Bawaslu Kota", "Kendari", "", ""),
    ("election", "Ketua Panitia Pengawas Pemilihan Kecamatan", "Sungai Pua", "", "Panwascam"),
    ("election", "Pengawas Kelurahan/Desa", "Koto Tangah", "", "PKD"),
    ("central", "Anggota KASN", "", "", ""),
    ("central", "Plt Ketua KASN", "", "", ""),
    ("central", "Kepala Biro Humas BKN", "", "", ""),
    ("central", "Menteri Dalam Negeri", "", "", "Mendagri"),
    ("central", "Wamendagri", "", "", ""),
    ("central", "Dirjen Politik dan Pemerintahan Umum Kemendagri", "", "", ""),
    ("central", "MenPAN-RB", "", "", ""),
    ("police", "Kapolrestabes", "Medan", "Kombes Pol", ""),
    ("police", "Wakapolres", "Tanah Datar", "Kompol", ""),
    ("police", "Kasat Intelkam Polres", "Bukittinggi", "AKP", ""),
    ("police", "Kabid Humas Polda", "Sumatera Utara", "Kombes Pol", ""),
    ("army", "Kasdim", "0307/Tanah Datar", "Mayor Inf", ""),
    ("regional head", "PJ Bupati", "Kepulauan Mentawai", "", ""),
    ("regional head", "Penjabat Wali Kota", "Tebing Tinggi", "", ""),
    ("local head", "Lurah", "Kampung Jao Kecamatan Padang Barat", "", ""),
    ("local head", "Kepala Desa", "Pasir Jaya Kecamatan Rumpin", "", ""),
    ("local head", "Camat", "Koto Tangah, Kota Padang", "", ""),
    ("local head", "Kepala Pekon", "Sukabanjar", "", ""),
    ("local head", "Kuwu", "Desa Kalimaro", "", ""),
    ("local head", "Hukum Tua", "Desa Tombasian", "", ""),
)

# (name as written, honorific before, degrees after): 1-4 words, several regions' patterns
NAMES: tuple[tuple[str, str, str], ...] = (
    ("Budi Santoso", "Drs. H.", "M.Si"),
    ("Sutrisno", "H.", "S.Sos"),
    ("I Nyoman Sudarsana", "Dr.", "S.H., M.H."),
    ("Ni Luh Putu Ariani", "", "S.E."),
    ("Hotman Parulian Siregar", "Ir.", "M.T."),
    ("Rudi Hartono Nasution", "", "S.STP, M.Si"),
    ("Yuliandri", "Hj.", "S.Pd"),
    ("Andi Muhammad Arsyad", "Dr. H.", "M.Si."),
    ("Yohanis Wonda", "", "S.IP"),
    ("Markus Kogoya", "Drs.", ""),
    ("Hendrik Tan", "", "S.Kom"),
    ("Kho Thian Siong", "", ""),
    ("M. Ridwan", "H.", "S.Ag"),
    ("A. Rahman Hakim", "Dr.", "M.Pd"),
    ("Ma'ruf Hidayat", "", "S.H."),
    ("Ja'far Sidik Lubis", "H.", ""),
    ("Siti Nurhaliza", "Hj.", "S.Sos., M.AP"),
    ("Gusti Ayu Made Wiryani", "", ""),
    ("Syafrizal Dt Bandaro", "", ""),
    ("Teuku Muhammad Rizal", "", "S.T."),
)

VERB = "mengingatkan seluruh ASN agar menjaga netralitas dalam Pilkada 2024."

# (shape, template): {t} title, {r} region, {n} name with rank, {full} honorifics+degrees form,
# {abbr} the title expanded with the short form in parentheses, {last} the name's last word
SHAPES: tuple[tuple[str, str], ...] = (
    ("title name", "{t} {r} {n} " + VERB),
    ("title, name,", "{t} {r}, {n}, " + VERB),
    ("mid-sentence", "Sosialisasi itu dibuka oleh {t} {r} {n} di aula kantor setempat."),
    ("name, title,", "{n}, {t} {r}, " + VERB),
    ("degrees", "{t} {r}, {full}, " + VERB),
    ("(abbr)", "{abbr} {r}, {n}, " + VERB),
    ("quote: kata", '"ASN harus netral dan profesional," kata {t} {r} {n}.'),
    ("quote: ujar name", "Apel itu dipimpin {t} {r}, {n}. "
     '"Kami tidak segan menindak ASN yang melanggar," ujar {last}.'),
    ("dateline", "AGAM - {t} {r} {n} menegaskan ASN dilarang berpolitik praktis."),
    ("hal itu disampaikan", "Hal itu disampaikan {t} {r}, {full}, Senin (7/10/2024)."),
    ("menurut", "Menurut {t} {r} {n}, ASN yang terbukti tidak netral akan diproses."),
    ("spelled-out acting", "{spelled} {r}, {n}, " + VERB),
    ("title, name verb", "{t} {r}, {n} mengatakan ASN wajib netral."),
    ("title name, verb", "{t} {r} {n}, mengatakan ASN wajib netral."),
    ("selaku", "Kegiatan itu dibuka {n} selaku {t} {r}."),
    ("name (title)", "{n} ({t} {r}) mengatakan ASN wajib netral."),
    ("yakni", "Hadir pula {t} {r}, yakni {n}."),
    ("sambutan", "Dalam sambutannya, {t} {r} {n} mengajak ASN menjaga netralitas."),
    ("photo position", "{t} {r}, {n} (kiri), menandatangani pakta integritas."),
)

_SPELL = {"Pj": "Penjabat (Pj)", "Pj.": "Penjabat", "Pjs": "Pejabat Sementara (Pjs)",
          "Plt": "Pelaksana Tugas (Plt)", "Plh": "Pelaksana Harian (Plh)"}

# negatives: (kind, sentence, name that must stay out or "" for "no name at all")
NEGATIVES: tuple[tuple[str, str, str], ...] = (
    ("candidate", "Calon Bupati Agam, Budi Santoso, berkampanye di Pasar Lubuk Basung.",
     "Budi Santoso"),
    ("candidate", "Pasangan calon Wali Kota Padang Hendra Wijaya dan Rahmat Hidayat mendaftar"
     " ke KPU.", "Hendra Wijaya"),
    ("candidate", "Cagub Sumatera Barat Andi Saputra menyapa warga di Pariaman.",
     "Andi Saputra"),
    ("former", "Mantan Bupati Agam Indra Gunawan hadir sebagai tamu undangan.",
     "Indra Gunawan"),
    ("former", "Bupati Agam periode sebelumnya, Indra Gunawan, tidak hadir.", "Indra Gunawan"),
    ("street", "Kantor itu berada di Jalan Bupati Sutan Mahmud, Lubuk Basung.", "Sutan Mahmud"),
    ("street", "Massa berkumpul di Jalan Gubernur Suryo nomor 7.", "Suryo"),
    ("party", "Ketua DPC PDI Perjuangan Agam, Rizal Effendi, membantah tudingan itu.",
     "Rizal Effendi"),
    ("party", "Sekretaris DPD Partai Golkar Sumbar Fauzan Hakim menyebut laporan itu keliru.",
     "Fauzan Hakim"),
    ("party", "Ketua Tim Pemenangan pasangan nomor urut 2, Doni Kurniawan, menolak"
     " berkomentar.", "Doni Kurniawan"),
    ("accused", "Oknum ASN berinisial RS, guru di SMP Negeri 3, diduga ikut kampanye.", ""),
    ("unnamed", "Pj Wali Kota Kendari mengingatkan seluruh ASN agar menjaga netralitas.", ""),
    ("unnamed", "Kepala BKPSDM Kabupaten Garut menegaskan sanksi menanti ASN yang melanggar.",
     ""),
    ("unnamed", "Para camat dan kepala desa mengikuti apel netralitas di halaman kantor"
     " bupati.", ""),
    ("relative", "Istri Bupati Agam, Ratna Dewi, membuka bazar UMKM.", "Ratna Dewi"),
    ("election name", "Pemilihan Gubernur dan Wakil Gubernur Sumatera Barat digelar serentak.",
     ""),
    ("document", "Surat Edaran Bupati Agam Nomor 100 tentang netralitas ASN telah diterbitkan.",
     ""),
    ("programme", "Piala Wali Kota Padang diperebutkan oleh 16 tim sepak bola.", ""),
    ("candidate", "Bakal calon Wakil Bupati Solok, Hendri Gunawan, menemui relawannya.",
     "Hendri Gunawan"),
    ("candidate", "Cawako Bukittinggi Ramli Nurhadi berkampanye di Pasar Atas.",
     "Ramli Nurhadi"),
    ("candidate", "Paslon Bupati dan Wakil Bupati Agam, Budi Santoso-Ahmad Yani, berdialog"
     " dengan warga.", "Budi Santoso"),
    ("former", "Mantan Kapolres Agam AKBP Rudi Hartono kini bertugas di Mabes Polri.",
     "Rudi Hartono"),
    ("accused", "Kepala Desa Sukamaju, Budi Santoso, dilaporkan ke Bawaslu karena ikut"
     " berkampanye.", "Budi Santoso"),
    ("accused", "Camat Lubuk Basung berinisial AS diperiksa Bawaslu terkait dugaan"
     " pelanggaran netralitas.", ""),
    ("building", "Apel digelar di halaman Rumah Dinas Bupati Agam, Lubuk Basung.", ""),
    ("party", "Wakil Ketua DPW PKB Jawa Timur, Hasan Basri, menyebut koalisi solid.",
     "Hasan Basri"),
    ("party", "Ketua Tim Pemenangan Wahyu Hidayat menolak tuduhan itu.", "Wahyu Hidayat"),
    ("neighbourhood", "Ketua RT 05 Budi Santoso mengumpulkan warga.", "Budi Santoso"),
    ("relative", "Suami Wali Kota Padang, Ahmad Fauzi, turut hadir.", "Ahmad Fauzi"),
)


# Spot checks: one sentence each for further titles, degree strings and prose shapes
# (sentence, name).
SPOT: tuple[tuple[str, str], ...] = (
    ('Bupati Agam Dr. H. Budi Santoso, M.Si mengatakan ASN wajib netral.',
     'Budi Santoso'),
    ('Bupati Agam, BUDI SANTOSO, mengatakan ASN wajib netral.',
     'BUDI SANTOSO'),
    ('Kepala Dinas Pendidikan Kota Padang Budi Santoso dan Kepala BKPSDM Ahmad Yani hadir '
     'dalam apel.',
     'Ahmad Yani'),
    ('Kepala Dinas Pendidikan Kota Padang Budi Santoso dan Kepala BKPSDM Ahmad Yani hadir '
     'dalam apel.',
     'Budi Santoso'),
    ('Bupati Agam, Budi Santoso, dan Wakil Bupati Agam, Ahmad Yani, hadir.',
     'Ahmad Yani'),
    ('Bupati Kab. Agam Budi Santoso mengatakan ASN wajib netral.',
     'Budi Santoso'),
    ('"Jangan main-main," kata bupati Agam Budi Santoso.',
     'Budi Santoso'),
    ('"Jangan main-main," ujar kepala BKPSDM Agam, Budi Santoso.',
     'Budi Santoso'),
    ('Plt. Kepala Dinas Sosial Agam, Budi Santoso, hadir.',
     'Budi Santoso'),
    ('PLT Kepala Dinas Sosial Agam, Budi Santoso, hadir.',
     'Budi Santoso'),
    ('Pj. Sekda Agam Budi Santoso membuka acara.',
     'Budi Santoso'),
    ('Wakil Ketua I DPRD Agam Budi Santoso hadir.',
     'Budi Santoso'),
    ('Ketua KPU Agam, Budi Santoso, S.Pd.I, mengatakan hal itu.',
     'Budi Santoso'),
    ('Ketua Bawaslu Agam Muhammad bin Abdullah mengatakan hal itu.',
     'Muhammad bin Abdullah'),
    ('Pj Gubernur Sumbar, Budi Santoso, melalui Asisten I Setdaprov, Ahmad Yani, '
     'menyampaikan hal itu.',
     'Ahmad Yani'),
    ('Ketua Bawaslu Agam, Budi Santoso didampingi anggota Bawaslu, Ahmad Yani dan Citra '
     'Lestari, memimpin rapat.',
     'Citra Lestari'),
    ('Kepala BKN Zulkarnain Arif Fahmi menegaskan hal itu.',
     'Zulkarnain Arif Fahmi'),
    ('Kapolres Agam, AKBP Budi Santoso, S.I.K., M.H., memimpin apel.',
     'Budi Santoso'),
    ('Dandim 0304/Agam Letkol Inf Budi Santoso, S.E., M.Han memimpin apel.',
     'Budi Santoso'),
    ('Bupati Agam Budi Santoso saat membuka apel, Senin (7/10).',
     'Budi Santoso'),
    ('Penjabat Bupati Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Wakil Wali Kota Padang Panjang Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Kabupaten Agam, Budi Santoso menyampaikan bahwa ASN harus netral.',
     'Budi Santoso'),
    ('Ketua KPU Kabupaten Agam Budi Santoso didampingi Sekretaris KPU Ahmad Yani.',
     'Ahmad Yani'),
    ('Inspektur Kabupaten Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Sekretaris Daerah (Sekda) Agam, Budi Santoso, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Kantor Kesbangpol Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Lurah Air Tawar Barat, Budi Santoso, mengatakan hal itu.',
     'Budi Santoso'),
    ('Anggota Bawaslu RI Lilis Suhendi mengatakan hal itu.',
     'Lilis Suhendi'),
    ('Ketua KASN Agus Pramono mengatakan hal itu.',
     'Agus Pramono'),
    ('Wakil Ketua KASN Taufik Kirana mengatakan hal itu.',
     'Taufik Kirana'),
    ('Menteri PANRB Abdul Aziz Anwar mengatakan hal itu.',
     'Abdul Aziz Anwar'),
    ('MenPANRB Abdul Aziz Anwar mengatakan hal itu.',
     'Abdul Aziz Anwar'),
    ('Mendagri Muhammad Tomi Kurniawan mengatakan hal itu.',
     'Muhammad Tomi Kurniawan'),
    ('Dirjen Otda Kemendagri Akbar Maulana mengatakan hal itu.',
     'Akbar Maulana'),
    ('Kasatpol PP Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kalaksa BPBD Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kaban Kesbangpol Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kadis Kominfo Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kabag Hukum Setdakab Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kabid Mutasi BKPSDM Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM Agam, Budi Santoso, '
     'mengatakan hal itu.',
     'Budi Santoso'),
    ('Ketua Panwascam Lubuk Basung Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Anggota KPU Agam Divisi Sosialisasi, Budi Santoso, mengatakan hal itu.',
     'Budi Santoso'),
    ('Koordinator Divisi Hukum, Pencegahan, Parmas dan Humas Bawaslu Agam, Budi Santoso, '
     'mengatakan hal itu.',
     'Budi Santoso'),
    ('Kajari Agam, Budi Santoso, SH, MH, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Kejaksaan Tinggi (Kajati) Sumbar Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Ketua Pengadilan Negeri Lubuk Basung Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Danramil 01/Lubuk Basung Kapten Inf Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kapolsek Lubuk Basung Iptu Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Wali Kota Padang Hendra Saputra mengatakan hal itu.',
     'Hendra Saputra'),
    ('Bupati Agam Andri Wirman didampingi Sekda Agam Edi Bustami membuka apel.',
     'Edi Bustami'),
    ('Wabup Agam Irfan Fikri mengatakan hal itu.',
     'Irfan Fikri'),
    ('Wawako Padang Eko Saputra mengatakan hal itu.',
     'Eko Saputra'),
    ('Gubernur Sumbar Mahfudz Anshari mengatakan hal itu.',
     'Mahfudz Anshari'),
    ('Wagub Sumbar Aldi Junaidi mengatakan hal itu.',
     'Aldi Junaidi'),
    ('Sekdaprov Sumbar Hasanudin mengatakan hal itu.',
     'Hasanudin'),
    ('Sekdakab Agam Edi Bustami mengatakan hal itu.',
     'Edi Bustami'),
    ('Sekdako Padang Andre Algani mengatakan hal itu.',
     'Andre Algani'),
    ('Asisten Pemerintahan Setdakab Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Desa Sungai Buluh Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Inspektorat Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Bagian Organisasi Setda Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Kantor Regional XII BKN Pekanbaru Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kakanreg XII BKN Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Ketua DPRD Agam Novi Irawan mengatakan hal itu.',
     'Novi Irawan'),
    ('Anggota Komisi II DPR RI Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Biro Pemerintahan Setdaprov Sumbar Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Karo Pemerintahan Setdaprov Sumbar Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Badan Pendapatan Daerah Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Direktur RSUD Lubuk Basung Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala SMAN 1 Lubuk Basung Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepsek SDN 05 Sungai Buluh, Budi Santoso, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Puskesmas Lubuk Basung, Budi Santoso, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Agam Budi Santoso '
     'mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Agam Budi '
     'Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Lingkungan Hidup Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Pertanian Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Koperasi, UKM dan Perdagangan Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Pariwisata, Pemuda dan Olahraga Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Tenaga Kerja dan Transmigrasi Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Perikanan dan Kelautan Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Pangan Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Arsip dan Perpustakaan Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Pemadam Kebakaran Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Peternakan dan Kesehatan Hewan Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana Agam Budi Santoso '
     'mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Kearsipan Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Badan Keuangan Daerah Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Badan Penelitian dan Pengembangan Daerah Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Satuan Polisi Pamong Praja Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Pelaksana Badan Penanggulangan Bencana Daerah Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Pemberdayaan Masyarakat dan Nagari Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Pekerjaan Umum dan Penataan Ruang Agam Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Agam Budi Santoso '
     'mengatakan hal itu.',
     'Budi Santoso'),
    ('Apel dipimpin langsung oleh wali kota Padang Hendra Saputra.',
     'Hendra Saputra'),
    ('Hal itu dikatakan camat Lubuk Basung, Budi Santoso, Senin.',
     'Budi Santoso'),
    ('Bupati Agam, Budi Santoso dan Wakil Bupati, Ahmad Yani menandatangani pakta integritas.',
     'Ahmad Yani'),
    ('Ketua dan Anggota Bawaslu Agam, Budi Santoso dan Ahmad Yani, hadir.',
     'Ahmad Yani'),
    ('Turut hadir Kapolres Agam AKBP Budi Santoso, Dandim 0304/Agam Letkol Inf Ahmad Yani, '
     'serta Kajari Agam Citra Lestari.',
     'Citra Lestari'),
    ('Turut hadir Kapolres Agam AKBP Budi Santoso, Dandim 0304/Agam Letkol Inf Ahmad Yani, '
     'serta Kajari Agam Citra Lestari.',
     'Ahmad Yani'),
    ('Pj Bupati Agam Budi Santoso, didampingi Sekda Ahmad Yani, membuka apel.',
     'Ahmad Yani'),
    ('Sementara itu, Ketua KPU Agam Budi Santoso menjelaskan tahapan pilkada.',
     'Budi Santoso'),
    ('Budi Santoso selaku Plt Kepala BKPSDM Agam menyebut ada tiga laporan.',
     'Budi Santoso'),
    ('Sekda Agam yang juga Ketua Korpri Agam, Budi Santoso, membuka acara.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso kepada wartawan mengatakan, ASN dilarang berkampanye.',
     'Budi Santoso'),
    ('"ASN harus netral," tegas Ketua Bawaslu Sumbar Alfian.',
     'Alfian'),
    ('"ASN harus netral," tutur Budi Santoso, Ketua KPU Agam.',
     'Budi Santoso'),
    ('"ASN harus netral," ucap Pj Wali Kota Budi Santoso usai apel.',
     'Budi Santoso'),
    ('Pj. Wali Kota Payakumbuh, Budi Santoso menegaskan hal itu.',
     'Budi Santoso'),
    ('Anggota Bawaslu Provinsi Sumatera Barat Koordinator Divisi Hukum, Budi Santoso, hadir.',
     'Budi Santoso'),
    ('Kapolres Agam, AKBP Budi Santoso melalui Kasat Intelkam AKP Ahmad Yani mengatakan hal itu.',
     'Ahmad Yani'),
    ('Plh. Bupati Agam, Budi Santoso, membuka apel.',
     'Budi Santoso'),
    ('Penjabat Sementara (Pjs) Wali Kota Padang, Budi Santoso, membuka apel.',
     'Budi Santoso'),
    ('Pelaksana Harian (Plh) Sekda Agam, Budi Santoso, membuka apel.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam Drs. Budi Santoso, MM mengatakan hal itu.',
     'Budi Santoso'),
    ('Wali Kota Solok H. Zulfikar Elvian Umar, SH, M.Si membuka apel.',
     'Zulfikar Elvian Umar'),
    ('Bupati Pesisir Selatan, Rusli Yulian Anwar, S.Pd., M.Pd., mengatakan hal itu.',
     'Rusli Yulian Anwar'),
    ('Bupati Nias Selatan Hilarion Dakhi mengatakan hal itu.',
     'Hilarion Dakhi'),
    ('Bupati Toraja Utara Yohanes Sampe mengatakan hal itu.',
     'Yohanes Sampe'),
    ('Bupati Gianyar I Made Suryawan mengatakan hal itu.',
     'I Made Suryawan'),
    ('Bupati Jayawijaya Jhon Robert Wenda mengatakan hal itu.',
     'Jhon Robert Wenda'),
    ('Pj Bupati Bone Andi Syamsuddin mengatakan hal itu.',
     'Andi Syamsuddin'),
    ('Wali Kota Singkawang Tjhin Lie Fong mengatakan hal itu.',
     'Tjhin Lie Fong'),
    ('Bupati Aceh Besar Muhammad Iskandar mengatakan hal itu.',
     'Muhammad Iskandar'),
    ('Kepala Distrik Wamena Kota Yulianus Wenda mengatakan hal itu.',
     'Yulianus Wenda'),
    ('Ketua KPU Kabupaten Tapanuli Tengah, Rahmat Simanjuntak mengatakan hal itu.',
     'Rahmat Simanjuntak'),
    ('Ketua Bawaslu Kota Padang Sidempuan Budi Hasibuan mengatakan hal itu.',
     'Budi Hasibuan'),
    ('Kepala Dinas Kesehatan Agam, dr. Budi Santoso, M.Kes, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala Dinas Kesehatan Agam, drg. Siti Aminah, MPH, mengatakan hal itu.',
     'Siti Aminah'),
    ('Bupati Aceh Besar Tgk. Muhammad Iskandar mengatakan hal itu.',
     'Muhammad Iskandar'),
    ('Ketua Bawaslu Agam, Ns. Budi Santoso, S.Kep, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kapolres Agam AKBP Dr. Budi Santoso, S.H., S.I.K., M.H. memimpin apel.',
     'Budi Santoso'),
    ('Ketua KPU Agam, Budi Santoso, S.Pd.I., M.Pd., mengatakan hal itu.',
     'Budi Santoso'),
    ('Sekda Agam, H. Budi Santoso, Lc., M.A., mengatakan hal itu.',
     'Budi Santoso'),
    ('Camat Lubuk Basung, Budi Santoso, S.STP., M.Si., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Kom., M.T.I., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, SE, Ak, CA, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Ag., M.H.I., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Dra. Hj. Siti Aminah, M.M., mengatakan hal itu.',
     'Siti Aminah'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.IP., M.A.P., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, SIP, MAP mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Ir. Budi Santoso, MT, IPU, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, A.Md., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Psi., M.Psi., Psikolog, mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, KH. Budi Santoso mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.H.I., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.T., M.Eng., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Hut., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Pt., M.P., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Sos.I., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Farm., Apt., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Kes., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.E., M.Ak., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, S.Sn., mengatakan hal itu.',
     'Budi Santoso'),
    ('Kepala BKPSDM Agam, Budi Santoso, M.Tr.A.P., mengatakan hal itu.',
     'Budi Santoso'),
)


@dataclass(frozen=True)
class Case:
    """One invented sentence and the person it must (or must not) yield."""

    family: str
    shape: str
    text: str
    name: str


def _full(name: str, hon: str, deg: str) -> str:
    return " ".join(p for p in (hon, name) if p) + (f", {deg}" if deg else "")


def cases() -> list[Case]:
    """The positive grid: every office in every shape that applies to it."""
    out = []
    for i, (family, title, region, rank, expanded) in enumerate(OFFICES):
        for j, (shape, template) in enumerate(SHAPES):
            name, hon, deg = NAMES[(i * 7 + j * 3) % len(NAMES)]
            prefix = title.split()[0]
            if shape == "(abbr)" and not expanded:
                continue
            if shape == "spelled-out acting" and prefix not in _SPELL:
                continue
            if shape == "degrees" and rank:
                hon = ""
            # a "(abbr)" office: the long form with the short in parentheses, or the reverse
            short = title.split()[-1]
            abbr = (f"{expanded} ({short})" if len(expanded.split()) > 1 and short.isupper()
                    else f"{title} ({expanded})") if expanded else title
            if expanded and title.split()[0] in {"Kepala", "Ketua"} and len(
                    expanded.split()) > 1 and not title.startswith(("Kepala Dinas",
                                                                    "Kepala Badan")):
                abbr = f"{title.split()[0]} {expanded} ({short})"
            spelled = _SPELL.get(prefix, prefix) + title[len(prefix):]
            ranked = f"{rank} {name}".strip()
            text = template.format(
                t=title, r=region, n=ranked, full=(f"{rank} " if rank else "") + _full(
                    name, hon, deg), abbr=abbr, spelled=spelled,
                last=name.split()[-1] if len(name.split()) > 1 else name)
            out.append(Case(family, shape, " ".join(text.replace(" ,", ",").split()), name))
    return out


def found(text: str) -> set[str]:
    """The names read (an unnamed title's empty name is dropped by the event assembly)."""
    return {norm_name(o.name) for o in officials(text) if o.name}


def _wanted(name: str) -> set[str]:
    """The name, or without a Minang title of custom ("Dt Bandaro"): warta keeps that apart
    like a degree, while a corpus label writes it inside the name; either is accepted."""
    return {norm_name(name), norm_name(name.split(" Dt ")[0])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--family")
    ap.add_argument("--shape")
    args = ap.parse_args()
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fails = []
    for case in cases():
        if args.family and case.family != args.family or args.shape and case.shape != args.shape:
            continue
        got = officials(case.text)
        ok = bool(_wanted(case.name) & {norm_name(o.name) for o in got})
        for table, key in ((by_family, case.family), (by_shape, case.shape)):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            fails.append((case, [f"{o.title} | {o.name}" for o in got]))
    total = sum(v[1] for v in by_family.values())
    hit = sum(v[0] for v in by_family.values())
    print(f"positives: {hit}/{total} = {hit / max(total, 1):.3f}")
    for label, table in (("family", by_family), ("shape", by_shape)):
        print(f"by {label}:")
        for key, (ok, n) in sorted(table.items()):
            print(f"  {key:22} {ok:4}/{n:<4} {ok / n:.3f}")
    spot = [(text, name) for text, name in SPOT if not _wanted(name) & found(text)]
    print(f"spot checks: {len(SPOT) - len(spot)}/{len(SPOT)}")
    for text, name in spot:
        print(f"  SPOT MISS {text}  want {name!r}")
    leaked = []
    for kind, text, name in NEGATIVES:
        names = found(text)
        if (norm_name(name) in names) if name else names:
            leaked.append((kind, text, sorted(names)))
    print(f"negatives kept out: {len(NEGATIVES) - len(leaked)}/{len(NEGATIVES)}")
    for kind, text, names in leaked:
        print(f"  LEAK [{kind}] {text}  -> {names}")
    if args.failures:
        for case, got in fails:
            print(f"  FAIL [{case.family} / {case.shape}] {case.text}\n"
                  f"       want {case.name!r} got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
