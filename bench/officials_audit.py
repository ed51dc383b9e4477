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
expect that name (or, for unnamed titles, any name) to stay out. It prints recall by office
family and by shape, the negatives let through, and with ``--failures`` every failing case.
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
    ("candidate", "Cawako Bukittinggi Ramlan Nurmatias berkampanye di Pasar Atas.",
     "Ramlan Nurmatias"),
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
