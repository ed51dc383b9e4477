"""Capitals (ibu kota kabupaten) whose name differs from their kabupaten's, by province.

The longest hand table of the places package, kept apart from the aliases and stoplists of
transforms/places/tables.py: targets are official names as in
``transforms/places/data/regencies.csv``, checked by tests/transforms/places/test_places.py;
transforms/places/regions.py resolves a capital to its kabupaten like an alias.
"""

from __future__ import annotations

__all__ = ["REGENCY_CAPITALS", "SHARED_CAPITALS"]

# Capitals (ibu kota kabupaten) whose name differs from their kabupaten's: a dateline often names
# the capital ("TANJUNG SELOR -", "Lubuk Basung (ANTARA) -"). Only well-established capitals;
# one shared by two kabupaten is listed here with its first regency and in SHARED_CAPITALS.
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
    "Taluk Kuantan": "KABUPATEN KUANTAN SINGINGI",  # the Minang spelling, the local one
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

# Capitals named alike in two provinces: every regency each is the seat of, first the one
# REGENCY_CAPITALS gives (a bare name with nothing else to go on resolves to it). The others
# are taken when a province hint names their province (regions.py) or when the text names
# them and never the first (seats.py). Only seats of well-established standing; none that is
# an everyday word ("Tanjung", the seat of Tabalong and of Lombok Utara, is left out).
SHARED_CAPITALS: dict[str, tuple[str, ...]] = {
    # Kalimantan Selatan; Sumatera Selatan
    "Martapura": ("KABUPATEN BANJAR", "KABUPATEN OGAN KOMERING ULU TIMUR"),
    # Kalimantan Barat; Lampung
    "Sukadana": ("KABUPATEN KAYONG UTARA", "KABUPATEN LAMPUNG TIMUR"),
    # Sulawesi Tengah; Jawa Barat
    "Parigi": ("KABUPATEN PARIGI MOUTONG", "KABUPATEN PANGANDARAN"),
}
