"""Hand-maintained place tables: what outlets write beyond the official names of the data.

Targets are official names as in ``transforms/places/data/regencies.csv`` (upper case, as the
package spells them); tests/transforms/places/test_places.py checks that every target exists, so
a data refresh that renames one fails loudly. transforms/places/regions.py reads these tables.
"""

from __future__ import annotations

__all__ = ["BARE_NAME_STOPLIST", "OFFICIAL_SPELLINGS", "PROVINCE_ALIASES", "REGENCY_ALIASES",
           "REGENCY_CAPITALS"]

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

# Capitals (ibu kota kabupaten) whose name differs from their kabupaten's: a dateline often names
# the capital ("TANJUNG SELOR -", "Lubuk Basung (ANTARA) -"). Only well-established capitals;
# one shared by two kabupaten follows the province hint.
REGENCY_CAPITALS: dict[str, str] = {
    # Aceh
    "Jantho": "KABUPATEN ACEH BESAR", "Sigli": "KABUPATEN PIDIE",
    "Meureudu": "KABUPATEN PIDIE JAYA", "Lhoksukon": "KABUPATEN ACEH UTARA",
    "Idi Rayeuk": "KABUPATEN ACEH TIMUR", "Kuala Simpang": "KABUPATEN ACEH TAMIANG",
    "Takengon": "KABUPATEN ACEH TENGAH", "Redelong": "KABUPATEN BENER MERIAH",
    "Blangkejeren": "KABUPATEN GAYO LUES", "Kutacane": "KABUPATEN ACEH TENGGARA",
    "Tapaktuan": "KABUPATEN ACEH SELATAN", "Blangpidie": "KABUPATEN ACEH BARAT DAYA",
    "Suka Makmue": "KABUPATEN NAGAN RAYA", "Meulaboh": "KABUPATEN ACEH BARAT",
    "Calang": "KABUPATEN ACEH JAYA", "Sinabang": "KABUPATEN SIMEULUE",
    "Singkil": "KABUPATEN ACEH SINGKIL",
    # Sumatera Utara
    "Lubuk Pakam": "KABUPATEN DELI SERDANG", "Stabat": "KABUPATEN LANGKAT",
    "Kabanjahe": "KABUPATEN KARO", "Sidikalang": "KABUPATEN DAIRI", "Balige": "KABUPATEN TOBA",
    "Pangururan": "KABUPATEN SAMOSIR", "Dolok Sanggul": "KABUPATEN HUMBANG HASUNDUTAN",
    "Tarutung": "KABUPATEN TAPANULI UTARA", "Sipirok": "KABUPATEN TAPANULI SELATAN",
    "Panyabungan": "KABUPATEN MANDAILING NATAL", "Rantau Prapat": "KABUPATEN LABUHANBATU",
    "Aek Kanopan": "KABUPATEN LABUHANBATU UTARA", "Kisaran": "KABUPATEN ASAHAN",
    "Sei Rampah": "KABUPATEN SERDANG BEDAGAI", "Pematang Raya": "KABUPATEN SIMALUNGUN",
    "Sibuhuan": "KABUPATEN PADANG LAWAS", "Teluk Dalam": "KABUPATEN NIAS SELATAN",
    "Gunung Tua": "KABUPATEN PADANG LAWAS UTARA", "Kota Pinang": "KABUPATEN LABUHANBATU SELATAN",
    # Riau
    "Bangkinang": "KABUPATEN KAMPAR", "Pasir Pengaraian": "KABUPATEN ROKAN HULU",
    "Bagansiapiapi": "KABUPATEN ROKAN HILIR", "Rengat": "KABUPATEN INDRAGIRI HULU",
    "Tembilahan": "KABUPATEN INDRAGIRI HILIR", "Teluk Kuantan": "KABUPATEN KUANTAN SINGINGI",
    "Pangkalan Kerinci": "KABUPATEN PELALAWAN", "Selatpanjang": "KABUPATEN KEPULAUAN MERANTI",
    "Siak Sri Indrapura": "KABUPATEN SIAK",
    # Kepulauan Riau
    "Tanjung Balai Karimun": "KABUPATEN KARIMUN", "Ranai": "KABUPATEN NATUNA",
    "Tarempa": "KABUPATEN KEPULAUAN ANAMBAS",
    # Jambi
    "Sengeti": "KABUPATEN MUARO JAMBI", "Muara Bulian": "KABUPATEN BATANGHARI",
    "Muara Sabak": "KABUPATEN TANJUNG JABUNG TIMUR",
    "Kuala Tungkal": "KABUPATEN TANJUNG JABUNG BARAT", "Muara Tebo": "KABUPATEN TEBO",
    "Muara Bungo": "KABUPATEN BUNGO", "Bangko": "KABUPATEN MERANGIN",
    # Sumatera Selatan
    "Kayu Agung": "KABUPATEN OGAN KOMERING ILIR", "Baturaja": "KABUPATEN OGAN KOMERING ULU",
    "Muaradua": "KABUPATEN OGAN KOMERING ULU SELATAN", "Indralaya": "KABUPATEN OGAN ILIR",
    "Sekayu": "KABUPATEN MUSI BANYUASIN", "Muara Beliti": "KABUPATEN MUSI RAWAS",
    "Pangkalan Balai": "KABUPATEN BANYUASIN",
    "Talang Ubi": "KABUPATEN PENUKAL ABAB LEMATANG ILIR", "Rupit": "KABUPATEN MUSI RAWAS UTARA",
    # Bengkulu
    "Arga Makmur": "KABUPATEN BENGKULU UTARA", "Curup": "KABUPATEN REJANG LEBONG",
    "Bintuhan": "KABUPATEN KAUR", "Karang Tinggi": "KABUPATEN BENGKULU TENGAH",
    "Muara Aman": "KABUPATEN LEBONG", "Manna": "KABUPATEN BENGKULU SELATAN",
    "Tais": "KABUPATEN SELUMA",
    # Lampung
    "Kota Agung": "KABUPATEN TANGGAMUS",
    "Kalianda": "KABUPATEN LAMPUNG SELATAN", "Gunung Sugih": "KABUPATEN LAMPUNG TENGAH",
    "Kotabumi": "KABUPATEN LAMPUNG UTARA", "Liwa": "KABUPATEN LAMPUNG BARAT",
    "Menggala": "KABUPATEN TULANG BAWANG", "Blambangan Umpu": "KABUPATEN WAY KANAN",
    "Gedong Tataan": "KABUPATEN PESAWARAN", "Panaragan": "KABUPATEN TULANG BAWANG BARAT",
    "Krui": "KABUPATEN PESISIR BARAT",
    # Kepulauan Bangka Belitung
    "Sungailiat": "KABUPATEN BANGKA", "Tanjung Pandan": "KABUPATEN BELITUNG",
    "Toboali": "KABUPATEN BANGKA SELATAN", "Koba": "KABUPATEN BANGKA TENGAH",
    "Mentok": "KABUPATEN BANGKA BARAT", "Muntok": "KABUPATEN BANGKA BARAT",
    "Manggar": "KABUPATEN BELITUNG TIMUR",
    # Jawa Barat
    "Soreang": "KABUPATEN BANDUNG", "Ngamprah": "KABUPATEN BANDUNG BARAT",
    "Cibinong": "KABUPATEN BOGOR", "Singaparna": "KABUPATEN TASIKMALAYA",
    "Palabuhanratu": "KABUPATEN SUKABUMI", "Pelabuhan Ratu": "KABUPATEN SUKABUMI",
    "Cikarang": "KABUPATEN BEKASI",
    # Banten
    "Tigaraksa": "KABUPATEN TANGERANG", "Rangkasbitung": "KABUPATEN LEBAK",
    # Jawa Tengah
    "Ungaran": "KABUPATEN SEMARANG", "Kajen": "KABUPATEN PEKALONGAN", "Slawi": "KABUPATEN TEGAL",
    "Mungkid": "KABUPATEN MAGELANG", "Purwodadi": "KABUPATEN GROBOGAN",
    "Purwokerto": "KABUPATEN BANYUMAS",
    # Daerah Istimewa Yogyakarta
    "Wonosari": "KABUPATEN GUNUNGKIDUL", "Wates": "KABUPATEN KULON PROGO",
    # Jawa Timur
    "Kepanjen": "KABUPATEN MALANG", "Kanigoro": "KABUPATEN BLITAR", "Caruban": "KABUPATEN MADIUN",
    "Bangil": "KABUPATEN PASURUAN", "Kraksaan": "KABUPATEN PROBOLINGGO",
    "Mojosari": "KABUPATEN MOJOKERTO",
    # Bali
    "Mangupura": "KABUPATEN BADUNG", "Singaraja": "KABUPATEN BULELENG",
    "Semarapura": "KABUPATEN KLUNGKUNG", "Amlapura": "KABUPATEN KARANGASEM",
    # Nusa Tenggara Barat
    "Gerung": "KABUPATEN LOMBOK BARAT", "Praya": "KABUPATEN LOMBOK TENGAH",
    "Selong": "KABUPATEN LOMBOK TIMUR", "Taliwang": "KABUPATEN SUMBAWA BARAT",
    "Sumbawa Besar": "KABUPATEN SUMBAWA", "Woha": "KABUPATEN BIMA",
    # Nusa Tenggara Timur
    "Oelamasi": "KABUPATEN KUPANG", "Soe": "KABUPATEN TIMOR TENGAH SELATAN",
    "Kefamenanu": "KABUPATEN TIMOR TENGAH UTARA", "Atambua": "KABUPATEN BELU",
    "Betun": "KABUPATEN MALAKA", "Kalabahi": "KABUPATEN ALOR", "Lewoleba": "KABUPATEN LEMBATA",
    "Larantuka": "KABUPATEN FLORES TIMUR", "Maumere": "KABUPATEN SIKKA",
    "Bajawa": "KABUPATEN NGADA", "Mbay": "KABUPATEN NAGEKEO", "Ruteng": "KABUPATEN MANGGARAI",
    "Labuan Bajo": "KABUPATEN MANGGARAI BARAT", "Borong": "KABUPATEN MANGGARAI TIMUR",
    "Waingapu": "KABUPATEN SUMBA TIMUR", "Waikabubak": "KABUPATEN SUMBA BARAT",
    "Tambolaka": "KABUPATEN SUMBA BARAT DAYA", "Waibakul": "KABUPATEN SUMBA TENGAH",
    "Seba": "KABUPATEN SABU RAIJUA",
    # Kalimantan Barat
    "Putussibau": "KABUPATEN KAPUAS HULU", "Ngabang": "KABUPATEN LANDAK",
    "Nanga Pinoh": "KABUPATEN MELAWI", "Sukadana": "KABUPATEN KAYONG UTARA",
    "Sungai Raya": "KABUPATEN KUBU RAYA",
    # Kalimantan Tengah
    "Sampit": "KABUPATEN KOTAWARINGIN TIMUR", "Pangkalan Bun": "KABUPATEN KOTAWARINGIN BARAT",
    "Kuala Kapuas": "KABUPATEN KAPUAS", "Buntok": "KABUPATEN BARITO SELATAN",
    "Muara Teweh": "KABUPATEN BARITO UTARA", "Tamiang Layang": "KABUPATEN BARITO TIMUR",
    "Kasongan": "KABUPATEN KATINGAN", "Kuala Pembuang": "KABUPATEN SERUYAN",
    "Nanga Bulik": "KABUPATEN LAMANDAU", "Kuala Kurun": "KABUPATEN GUNUNG MAS",
    "Puruk Cahu": "KABUPATEN MURUNG RAYA",
    # Kalimantan Selatan
    "Martapura": "KABUPATEN BANJAR", "Marabahan": "KABUPATEN BARITO KUALA",
    "Kandangan": "KABUPATEN HULU SUNGAI SELATAN", "Barabai": "KABUPATEN HULU SUNGAI TENGAH",
    "Amuntai": "KABUPATEN HULU SUNGAI UTARA", "Paringin": "KABUPATEN BALANGAN",
    "Pelaihari": "KABUPATEN TANAH LAUT", "Batulicin": "KABUPATEN TANAH BUMBU",
    # Kalimantan Timur
    "Tenggarong": "KABUPATEN KUTAI KARTANEGARA", "Sendawar": "KABUPATEN KUTAI BARAT",
    "Sangatta": "KABUPATEN KUTAI TIMUR", "Tanah Grogot": "KABUPATEN PASER",
    "Penajam": "KABUPATEN PENAJAM PASER UTARA", "Tanjung Redeb": "KABUPATEN BERAU",
    "Ujoh Bilang": "KABUPATEN MAHAKAM ULU",
    # Kalimantan Utara
    "Tanjung Selor": "KABUPATEN BULUNGAN", "Tideng Pale": "KABUPATEN TANA TIDUNG",
    # Sulawesi Utara
    "Tondano": "KABUPATEN MINAHASA", "Airmadidi": "KABUPATEN MINAHASA UTARA",
    "Amurang": "KABUPATEN MINAHASA SELATAN", "Ratahan": "KABUPATEN MINAHASA TENGGARA",
    "Tahuna": "KABUPATEN KEPULAUAN SANGIHE", "Melonguane": "KABUPATEN KEPULAUAN TALAUD",
    "Lolak": "KABUPATEN BOLAANG MONGONDOW", "Boroko": "KABUPATEN BOLAANG MONGONDOW UTARA",
    "Tutuyan": "KABUPATEN BOLAANG MONGONDOW TIMUR",
    "Molibagu": "KABUPATEN BOLAANG MONGONDOW SELATAN",
    # Sulawesi Tengah
    "Luwuk": "KABUPATEN BANGGAI", "Salakan": "KABUPATEN BANGGAI KEPULAUAN",
    "Ampana": "KABUPATEN TOJO UNA UNA", "Bungku": "KABUPATEN MOROWALI",
    "Kolonodale": "KABUPATEN MOROWALI UTARA",
    # Sulawesi Selatan
    "Sungguminasa": "KABUPATEN GOWA", "Watampone": "KABUPATEN BONE", "Sengkang": "KABUPATEN WAJO",
    "Watansoppeng": "KABUPATEN SOPPENG", "Makale": "KABUPATEN TANA TORAJA",
    "Rantepao": "KABUPATEN TORAJA UTARA", "Belopa": "KABUPATEN LUWU",
    "Masamba": "KABUPATEN LUWU UTARA", "Malili": "KABUPATEN LUWU TIMUR",
    # Gorontalo
    "Limboto": "KABUPATEN GORONTALO", "Marisa": "KABUPATEN POHUWATO",
    "Tilamuta": "KABUPATEN BOALEMO", "Suwawa": "KABUPATEN BONE BOLANGO",
    "Kwandang": "KABUPATEN GORONTALO UTARA",
    # Sulawesi Barat
    "Polewali": "KABUPATEN POLEWALI MANDAR", "Tobadak": "KABUPATEN MAMUJU TENGAH",
    # Maluku
    "Masohi": "KABUPATEN MALUKU TENGAH", "Namlea": "KABUPATEN BURU",
    "Namrole": "KABUPATEN BURU SELATAN", "Piru": "KABUPATEN SERAM BAGIAN BARAT",
    "Bula": "KABUPATEN SERAM BAGIAN TIMUR", "Dobo": "KABUPATEN KEPULAUAN ARU",
    "Langgur": "KABUPATEN MALUKU TENGGARA", "Saumlaki": "KABUPATEN KEPULAUAN TANIMBAR",
    "Tiakur": "KABUPATEN MALUKU BARAT DAYA",
    # Maluku Utara
    "Jailolo": "KABUPATEN HALMAHERA BARAT", "Weda": "KABUPATEN HALMAHERA TENGAH",
    "Maba": "KABUPATEN HALMAHERA TIMUR", "Labuha": "KABUPATEN HALMAHERA SELATAN",
    "Tobelo": "KABUPATEN HALMAHERA UTARA", "Sanana": "KABUPATEN KEPULAUAN SULA",
    "Bobong": "KABUPATEN PULAU TALIABU", "Daruba": "KABUPATEN PULAU MOROTAI",
    # Papua
    "Sentani": "KABUPATEN JAYAPURA", "Biak": "KABUPATEN BIAK NUMFOR",
    "Serui": "KABUPATEN KEPULAUAN YAPEN", "Arso": "KABUPATEN KEEROM",
    # Papua Pegunungan
    "Wamena": "KABUPATEN JAYAWIJAYA",
    # Papua Tengah
    "Timika": "KABUPATEN MIMIKA",
    # Papua Selatan
    "Tanah Merah": "KABUPATEN BOVEN DIGOEL", "Kepi": "KABUPATEN MAPPI",
    "Agats": "KABUPATEN ASMAT",
    # Papua Barat
    "Bintuni": "KABUPATEN TELUK BINTUNI", "Rasiei": "KABUPATEN TELUK WONDAMA",
    # Papua Barat Daya
    "Aimas": "KABUPATEN SORONG", "Teminabuan": "KABUPATEN SORONG SELATAN",
    "Waisai": "KABUPATEN RAJA AMPAT",
    # Sulawesi Tenggara
    "Unaaha": "KABUPATEN KONAWE", "Raha": "KABUPATEN MUNA", "Pasarwajo": "KABUPATEN BUTON",
    "Andoolo": "KABUPATEN KONAWE SELATAN", "Rumbia": "KABUPATEN BOMBANA",
    "Wangi Wangi": "KABUPATEN WAKATOBI", "Wanci": "KABUPATEN WAKATOBI",
    "Lasusua": "KABUPATEN KOLAKA UTARA", "Wanggudu": "KABUPATEN KONAWE UTARA",
    "Buranga": "KABUPATEN BUTON UTARA", "Tirawuta": "KABUPATEN KOLAKA TIMUR",
    "Langara": "KABUPATEN KONAWE KEPULAUAN", "Laworo": "KABUPATEN MUNA BARAT",
    "Labungkari": "KABUPATEN BUTON TENGAH", "Batauga": "KABUPATEN BUTON SELATAN",
    # Sumatera Barat
    "Painan": "KABUPATEN PESISIR SELATAN", "Arosuka": "KABUPATEN SOLOK",
    "Muaro Sijunjung": "KABUPATEN SIJUNJUNG", "Batusangkar": "KABUPATEN TANAH DATAR",
    "Parit Malintang": "KABUPATEN PADANG PARIAMAN", "Lubuk Basung": "KABUPATEN AGAM",
    "Sarilamak": "KABUPATEN LIMA PULUH KOTA", "Lubuk Sikaping": "KABUPATEN PASAMAN",
    "Tuapejat": "KABUPATEN KEPULAUAN MENTAWAI", "Pulau Punjung": "KABUPATEN DHARMASRAYA",
    "Padang Aro": "KABUPATEN SOLOK SELATAN", "Simpang Empat": "KABUPATEN PASAMAN BARAT",
    # Capitals whose names differ from their regency's, across the provinces (and Sofifi,
    # the seat of Maluku Utara's government, in Kota Tidore Kepulauan)
    "Sofifi": "KOTA TIDORE KEPULAUAN", "Tidore": "KOTA TIDORE KEPULAUAN",
    "Daik": "KABUPATEN LINGGA", "Dabo Singkep": "KABUPATEN LINGGA",
    "Ba'a": "KABUPATEN ROTE NDAO", "Simpang Tiga Redelong": "KABUPATEN BENER MERIAH",
    "Gido": "KABUPATEN NIAS",
    "Lotu": "KABUPATEN NIAS UTARA", "Onolimbu": "KABUPATEN NIAS BARAT",
    "Siulak": "KABUPATEN KERINCI", "Tubei": "KABUPATEN LEBONG",
    "Tana Paser": "KABUPATEN PASER", "Ondong Siau": "KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO",
    "Bolaang Uki": "KABUPATEN BOLAANG MONGONDOW SELATAN", "Parigi": "KABUPATEN PARIGI MOUTONG",
    "Sigi Biromaru": "KABUPATEN SIGI", "Pangkajene Sidenreng": "KABUPATEN SIDENRENG RAPPANG",
    "Pangkajene": "KABUPATEN PANGKAJENE DAN KEPULAUAN", "Ransiki": "KABUPATEN MANOKWARI SELATAN",
    "Anggi": "KABUPATEN PEGUNUNGAN ARFAK", "Enarotali": "KABUPATEN PANIAI",
    "Sugapa": "KABUPATEN INTAN JAYA", "Ilaga": "KABUPATEN PUNCAK",
    "Moanemani": "KABUPATEN DOGIYAI", "Tiom": "KABUPATEN LANNY JAYA",
    "Kenyam": "KABUPATEN NDUGA", "Kobakma": "KABUPATEN MAMBERAMO TENGAH",
    "Elelim": "KABUPATEN YALIMO", "Karubaga": "KABUPATEN TOLIKARA",
    "Dekai": "KABUPATEN YAHUKIMO", "Oksibil": "KABUPATEN PEGUNUNGAN BINTANG",
    "Burmeso": "KABUPATEN MAMBERAMO RAYA", "Botawa": "KABUPATEN WAROPEN",
    "Sorendiweri": "KABUPATEN SUPIORI", "Fef": "KABUPATEN TAMBRAUW",
    "Kumurkek": "KABUPATEN MAYBRAT",

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
    "KOTA BAU BAU": "Kota Baubau", "KABUPATEN BATANGHARI": "Kabupaten Batang Hari",
    "KABUPATEN TOLI TOLI": "Kabupaten Toli-Toli",
    "KABUPATEN FAK FAK": "Kabupaten Fakfak",
    "KABUPATEN TOJO UNA UNA": "Kabupaten Tojo Una-Una",
    "DKI JAKARTA": "DKI Jakarta",
}
