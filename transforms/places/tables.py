"""Hand-maintained place tables: what outlets write beyond the official names of the data.

Targets are official names as in ``transforms/places/data/regencies.csv`` (upper case, as the
package spells them); tests/transforms/places/test_places.py checks that every target exists, so
a data refresh that renames one fails loudly. transforms/places/regions.py reads these tables,
and the capitals whose name differs from their kabupaten's, kept in
transforms/places/regency_capitals.py.
"""

from __future__ import annotations

__all__ = ["BARE_NAME_STOPLIST", "OFFICIAL_SPELLINGS", "PROVINCE_ALIASES", "REGENCY_ALIASES"]

# Abbreviations and spellings in common use by the outlets, beyond what the case-, space-, dot-
# and hyphen-insensitive match of the official names already covers.
REGENCY_ALIASES: dict[str, str] = {
    # Sumatera Barat
    "Pd Panjang": "KOTA PADANG PANJANG", "Pessel": "KABUPATEN PESISIR SELATAN",
    "Pasbar": "KABUPATEN PASAMAN BARAT", "Solsel": "KABUPATEN SOLOK SELATAN",
    "Mentawai": "KABUPATEN KEPULAUAN MENTAWAI", "50 Kota": "KABUPATEN LIMA PULUH KOTA",
    "Sawahlunto Sijunjung": "KABUPATEN SIJUNJUNG",
    # Kalimantan Barat
    "KKU": "KABUPATEN KAYONG UTARA",
    # Sulawesi Tenggara
    "Konsel": "KABUPATEN KONAWE SELATAN", "Konut": "KABUPATEN KONAWE UTARA",
    "Konkep": "KABUPATEN KONAWE KEPULAUAN", "Kolut": "KABUPATEN KOLAKA UTARA",
    "Koltim": "KABUPATEN KOLAKA TIMUR", "Butur": "KABUPATEN BUTON UTARA",
    "Buteng": "KABUPATEN BUTON TENGAH", "Busel": "KABUPATEN BUTON SELATAN",
    "Mubar": "KABUPATEN MUNA BARAT",
    # elsewhere: newer official spellings and common short forms
    "Padangsidimpuan": "KOTA PADANG SIDEMPUAN", "Pangkep": "KABUPATEN PANGKAJENE DAN KEPULAUAN",
    "Selayar": "KABUPATEN KEPULAUAN SELAYAR",
    "Kepsul": "KABUPATEN KEPULAUAN SULA",
    "Kukar": "KABUPATEN KUTAI KARTANEGARA",
    "Kutim": "KABUPATEN KUTAI TIMUR",
    "Kubar": "KABUPATEN KUTAI BARAT",
    "Kotim": "KABUPATEN KOTAWARINGIN TIMUR",
    "Kobar": "KABUPATEN KOTAWARINGIN BARAT",
    "Lobar": "KABUPATEN LOMBOK BARAT",
    "Loteng": "KABUPATEN LOMBOK TENGAH",
    "Lotim": "KABUPATEN LOMBOK TIMUR",
    "KLU": "KABUPATEN LOMBOK UTARA",
    "KSB": "KABUPATEN SUMBAWA BARAT",
    "Sidrap": "KABUPATEN SIDENRENG RAPPANG",
    "Lutra": "KABUPATEN LUWU UTARA",
    "Lutim": "KABUPATEN LUWU TIMUR",
    "Bolmong": "KABUPATEN BOLAANG MONGONDOW",
    "Minut": "KABUPATEN MINAHASA UTARA",
    "Minsel": "KABUPATEN MINAHASA SELATAN",
    "Mitra": "KABUPATEN MINAHASA TENGGARA",
    "Madina": "KABUPATEN MANDAILING NATAL",
    "Sergai": "KABUPATEN SERDANG BEDAGAI",
    "Humbahas": "KABUPATEN HUMBANG HASUNDUTAN",
    "Tapteng": "KABUPATEN TAPANULI TENGAH",
    "Tapsel": "KABUPATEN TAPANULI SELATAN",
    "Taput": "KABUPATEN TAPANULI UTARA",
    "Labura": "KABUPATEN LABUHANBATU UTARA",
    "Labusel": "KABUPATEN LABUHANBATU SELATAN",
    "Abdya": "KABUPATEN ACEH BARAT DAYA",
    "Inhu": "KABUPATEN INDRAGIRI HULU",
    "Benteng": "KABUPATEN BENGKULU TENGAH",  # a fort too: only with a prefix (below)
    "Inhil": "KABUPATEN INDRAGIRI HILIR",
    "Kuansing": "KABUPATEN KUANTAN SINGINGI",
    "Rohul": "KABUPATEN ROKAN HULU",
    "Rohil": "KABUPATEN ROKAN HILIR",
    "Tanjabbar": "KABUPATEN TANJUNG JABUNG BARAT", "Tanjab Barat": "KABUPATEN TANJUNG JABUNG BARAT",
    "Tanjabtim": "KABUPATEN TANJUNG JABUNG TIMUR", "Tanjab Timur": "KABUPATEN TANJUNG JABUNG TIMUR",
    "Pultab": "KABUPATEN PULAU TALIABU", "Tikep": "KOTA TIDORE KEPULAUAN",
    "Bonbol": "KABUPATEN BONE BOLANGO",
    "OKU": "KABUPATEN OGAN KOMERING ULU",
    "OKI": "KABUPATEN OGAN KOMERING ILIR",
    "OKU Timur": "KABUPATEN OGAN KOMERING ULU TIMUR",
    "OKU Selatan": "KABUPATEN OGAN KOMERING ULU SELATAN",
    "Muba": "KABUPATEN MUSI BANYUASIN",
    "Muratara": "KABUPATEN MUSI RAWAS UTARA",
    "PALI": "KABUPATEN PENUKAL ABAB LEMATANG ILIR",
    "Lamsel": "KABUPATEN LAMPUNG SELATAN",
    "Lamteng": "KABUPATEN LAMPUNG TENGAH",
    "Lamtim": "KABUPATEN LAMPUNG TIMUR",
    "Lampura": "KABUPATEN LAMPUNG UTARA",
    "Tubaba": "KABUPATEN TULANG BAWANG BARAT",
    "Batola": "KABUPATEN BARITO KUALA",
    "Tanbu": "KABUPATEN TANAH BUMBU",
    "HSS": "KABUPATEN HULU SUNGAI SELATAN", "HST": "KABUPATEN HULU SUNGAI TENGAH",
    "HSU": "KABUPATEN HULU SUNGAI UTARA",
    "PPU": "KABUPATEN PENAJAM PASER UTARA",
    "TTS": "KABUPATEN TIMOR TENGAH SELATAN", "TTU": "KABUPATEN TIMOR TENGAH UTARA",
    "Jakpus": "KOTA ADMINISTRASI JAKARTA PUSAT", "Jakut": "KOTA ADMINISTRASI JAKARTA UTARA",
    "Jakbar": "KOTA ADMINISTRASI JAKARTA BARAT", "Jaksel": "KOTA ADMINISTRASI JAKARTA SELATAN",
    "Jaktim": "KOTA ADMINISTRASI JAKARTA TIMUR",
    # names in everyday use for a city ("Solo", "Jogja"), older and variant spellings
    "Solo": "KOTA SURAKARTA", "Jogja": "KOTA YOGYAKARTA", "Yogya": "KOTA YOGYAKARTA",
    "Jogjakarta": "KOTA YOGYAKARTA", "Djokjakarta": "KOTA YOGYAKARTA",
    "Makasar": "KOTA MAKASSAR", "Tangsel": "KOTA TANGERANG SELATAN",
    "Siantar": "KOTA PEMATANGSIANTAR", "Sidempuan": "KOTA PADANG SIDEMPUAN",
    "Sidimpuan": "KOTA PADANG SIDEMPUAN", "Padang Sidimpuan": "KOTA PADANG SIDEMPUAN",
    "Boven Digul": "KABUPATEN BOVEN DIGOEL", "Kutai Kertanegara": "KABUPATEN KUTAI KARTANEGARA",
    "Tobasa": "KABUPATEN TOBA", "Toba Samosir": "KABUPATEN TOBA",
    "Pasir": "KABUPATEN PASER", "Mamuju Utara": "KABUPATEN PASANGKAYU",
    "Maluku Tenggara Barat": "KABUPATEN KEPULAUAN TANIMBAR",
    # abbreviations in common use, by province
    "Agara": "KABUPATEN ACEH TENGGARA", "Pijay": "KABUPATEN PIDIE JAYA",
    "Galus": "KABUPATEN GAYO LUES",
    "Paluta": "KABUPATEN PADANG LAWAS UTARA", "Palas": "KABUPATEN PADANG LAWAS",
    "Nisel": "KABUPATEN NIAS SELATAN",
    "Lambar": "KABUPATEN LAMPUNG BARAT", "Pesibar": "KABUPATEN PESISIR BARAT",
    "Pesbar": "KABUPATEN PESISIR BARAT",
    "Bateng": "KABUPATEN BANGKA TENGAH", "Basel": "KABUPATEN BANGKA SELATAN",
    "Babar": "KABUPATEN BANGKA BARAT", "Beltim": "KABUPATEN BELITUNG TIMUR",
    "KBB": "KABUPATEN BANDUNG BARAT",
    "Mabar": "KABUPATEN MANGGARAI BARAT", "Matim": "KABUPATEN MANGGARAI TIMUR",
    "SBD": "KABUPATEN SUMBA BARAT DAYA", "Flotim": "KABUPATEN FLORES TIMUR",
    "Barsel": "KABUPATEN BARITO SELATAN", "Barut": "KABUPATEN BARITO UTARA",
    "Bartim": "KABUPATEN BARITO TIMUR", "Gumas": "KABUPATEN GUNUNG MAS",
    "Pulpis": "KABUPATEN PULANG PISAU", "Tala": "KABUPATEN TANAH LAUT",
    "Mahulu": "KABUPATEN MAHAKAM ULU", "KTT": "KABUPATEN TANA TIDUNG",
    "Bolmut": "KABUPATEN BOLAANG MONGONDOW UTARA", "Boltim": "KABUPATEN BOLAANG MONGONDOW TIMUR",
    "Bolsel": "KABUPATEN BOLAANG MONGONDOW SELATAN",
    "Sitaro": "KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO",
    "Parimo": "KABUPATEN PARIGI MOUTONG", "Touna": "KABUPATEN TOJO UNA UNA",
    "Morut": "KABUPATEN MOROWALI UTARA", "Bangkep": "KABUPATEN BANGGAI KEPULAUAN",
    "Tator": "KABUPATEN TANA TORAJA", "Torut": "KABUPATEN TORAJA UTARA",
    "Bonebol": "KABUPATEN BONE BOLANGO", "Gorut": "KABUPATEN GORONTALO UTARA",
    "Polman": "KABUPATEN POLEWALI MANDAR", "Mateng": "KABUPATEN MAMUJU TENGAH",
    "Malteng": "KABUPATEN MALUKU TENGAH", "Malra": "KABUPATEN MALUKU TENGGARA",
    "MBD": "KABUPATEN MALUKU BARAT DAYA", "SBB": "KABUPATEN SERAM BAGIAN BARAT",
    "SBT": "KABUPATEN SERAM BAGIAN TIMUR", "Bursel": "KABUPATEN BURU SELATAN",
    "KKT": "KABUPATEN KEPULAUAN TANIMBAR",
    "Halbar": "KABUPATEN HALMAHERA BARAT", "Halteng": "KABUPATEN HALMAHERA TENGAH",
    "Haltim": "KABUPATEN HALMAHERA TIMUR", "Halsel": "KABUPATEN HALMAHERA SELATAN",
    "Halut": "KABUPATEN HALMAHERA UTARA",
    "Mansel": "KABUPATEN MANOKWARI SELATAN", "Pegaf": "KABUPATEN PEGUNUNGAN ARFAK",
    "Sorsel": "KABUPATEN SORONG SELATAN", "Pegubin": "KABUPATEN PEGUNUNGAN BINTANG",
    "Mamra": "KABUPATEN MAMBERAMO RAYA", "Mamteng": "KABUPATEN MAMBERAMO TENGAH",
    # island regencies without "Kepulauan"/"Pulau"/"Teluk"; further short forms
    "Meranti": "KABUPATEN KEPULAUAN MERANTI", "Anambas": "KABUPATEN KEPULAUAN ANAMBAS",
    "Sangihe": "KABUPATEN KEPULAUAN SANGIHE", "Talaud": "KABUPATEN KEPULAUAN TALAUD",
    "Morotai": "KABUPATEN PULAU MOROTAI", "Yapen": "KABUPATEN KEPULAUAN YAPEN",
    "Wondama": "KABUPATEN TELUK WONDAMA", "Tuba": "KABUPATEN TULANG BAWANG",
    "OKUT": "KABUPATEN OGAN KOMERING ULU TIMUR", "OKUS": "KABUPATEN OGAN KOMERING ULU SELATAN",
    "Balut": "KABUPATEN BANGGAI LAUT", "Matra": "KABUPATEN PASANGKAYU",
    "Pakpak Barat": "KABUPATEN PAKPAK BHARAT", "Rote": "KABUPATEN ROTE NDAO",
}

# Province hints may be a code, an official name or one of these abbreviations and spellings.
PROVINCE_ALIASES: dict[str, str] = {
    "Sumut": "12", "Sumbar": "13", "Sumsel": "16", "Babel": "19", "Kepri": "21",
    "DKI": "31", "Jakarta": "31", "Jabar": "32", "Jateng": "33", "DIY": "34", "Yogyakarta": "34",
    "Jatim": "35", "NTB": "52", "NTT": "53", "Kalbar": "61", "Kalteng": "62", "Kalsel": "63",
    "Kaltim": "64", "Kaltara": "65", "Sulut": "71", "Sulteng": "72", "Sulsel": "73",
    "Sultra": "74", "Sulbar": "76", "Malut": "82", "Pabar": "92", "PBD": "96", "NAD": "11",
    "Nanggroe Aceh Darussalam": "11", "Kep Bangka Belitung": "19",
    "Sumatra Utara": "12", "Sumatra Barat": "13", "Sumatra Selatan": "16",
    "Bangka Belitung": "19", "Kep Babel": "19", "Kep Riau": "21", "DKI Jakarta": "31",
    "DI Yogyakarta": "34", "Daerah Khusus Ibukota Jakarta": "31", "Daerah Khusus Jakarta": "31",
    "DKJ": "31", "Daerah Istimewa Jogjakarta": "34", "DI Jogjakarta": "34", "Jogjakarta": "34",
    "Kalut": "65", "Papsel": "93", "Papteng": "94", "Papeg": "95",
    "Nusa Tenggara Barat": "52", "Nusa Tenggara Timur": "53", "Kepulauan Babel": "19",
    "Jogja": "34", "Yogya": "34",  # "Pemprov Jogja"; a dateline's "JOGJA" is the city
}

# Regency names that are also everyday words or idioms ("batu" stone, "malang" unlucky, "dari
# Sabang sampai Merauke"), and short capitals that are also words or names: skipped when the
# body names them bare, without a Kota/Kab prefix.
BARE_NAME_STOPLIST: frozenset[str] = frozenset({
    "BATU", "PUNCAK", "MALANG", "BATANG", "PATI", "KUDUS", "SERANG", "BURU", "SERAM", "BANJAR",
    "BIMA", "KUNINGAN", "LANDAK", "RUMBIA", "SIMPANGEMPAT", "SUNGAIRAYA", "SABANG", "MERAUKE",
    "MALAKA", "RAHA", "KKU",
    "SOE", "SEBA", "MABA", "WEDA", "BULA", "PIRU", "ARSO", "KEPI", "WOHA", "BIAK", "KOBA", "LIWA",
    "KRUI", "MBAY", "LOLAK", "BORONG", "MARISA", "SELONG", "PRAYA", "GERUNG", "WATES", "DOBO",
    "SANGATTA", "PENAJAM", "BANGKO", "RENGAT", "STABAT", "BALIGE", "CURUP", "SALAKAN", "KAJEN",
    "SLAWI", "BANGIL", "LUWUK", "BUNGKU", "MALILI", "TOBELO", "SAMPIT", "BUNTOK", "LANGGUR",
    "SIGLI", "CALANG", "MENTOK", "MUNTOK", "MANGGAR", "RANAI", "OKU", "OKI", "PALI", "MITRA",
    "SIDRAP", "TTS", "TTU", "HSS", "HST", "HSU", "PPU", "KLU", "KSB", "KOTIM", "KOBAR",
    # names shortened or spelled otherwise that are also words, names or other places
    "SERIBU", "PALAS", "BASEL", "BABAR", "MABAR", "TALA", "BARUT", "PASIR", "MATIM", "KBB",
    "KTT", "SBD", "MBD", "SBB", "SBT", "KKT", "ARU", "OKUT", "OKUS", "TUBA", "BALUT", "MATRA",
    "BENTENG",
})

# Where the package spells a name otherwise than the region's own law and its government do
# ("Kota Tanjungpinang", "Kabupaten Mukomuko"; idn-area-data 4.x made four of these changes):
# the official names warta outputs. Every other name is the package's in title case.
OFFICIAL_SPELLINGS: dict[str, str] = {
    "KOTA TANJUNG BALAI": "Kota Tanjungbalai",
    "KOTA PADANG SIDEMPUAN": "Kota Padangsidimpuan",
    "KOTA LUBUK LINGGAU": "Kota Lubuklinggau",
    "KABUPATEN MUKO MUKO": "Kabupaten Mukomuko",
    "KOTA PANGKAL PINANG": "Kota Pangkalpinang",
    "KOTA TANJUNG PINANG": "Kota Tanjungpinang",
    "KOTA PALANGKARAYA": "Kota Palangka Raya",
    "KOTA BAU BAU": "Kota Baubau",
    "KABUPATEN TOLI TOLI": "Kabupaten Toli-Toli",
    "KABUPATEN FAK FAK": "Kabupaten Fakfak",
    "KABUPATEN TOJO UNA UNA": "Kabupaten Tojo Una-Una",
    "DKI JAKARTA": "DKI Jakarta",
}
