"""Words the relevance score links to civil servants only inside one sentence.

Two kinds of evidence are too common in other news to count on their own, but tell ASN
neutrality when a sentence joins them:

* ``PARTISANSHIP``: taking sides without the word "netral": campaigning (ikut/terlibat/hadir
  dalam kampanye, berkampanye, menjadi tim sukses or juru kampanye; politisasi, mobilisasi,
  cawe-cawe; told not to be seen at a campaign, "tidak terlihat di kampanye"; at a pair's
  registration, "hadir saat pendaftaran bakal pasangan calon"; found "terlibat dalam
  politik"), backing a contestant
  (mendukung, memenangkan, mengarahkan, mengajak memilih, menguntungkan atau merugikan,
  memfasilitasi, berfoto bersama, sharing or liking posts ... salah satu calon/caleg/paslon/
  peserta pemilu/partai; also the headline forms without prefix: dukung, menangkan).
  Campaign news says this of voters, parties and volunteers, so it counts only in a sentence
  naming ASN.
* ``ASN_POSTS``: civil-servant posts and groups that election-logistics and local-government
  news names all the time (camat, lurah, sekda, kepala dinas, pejabat eselon, Satpol PP,
  birokrasi, abdi negara, pegawai pemda ...), and the public-service professions mostly
  staffed by ASN (guru, tenaga kesehatan, penyuluh): they count as ASN only in a sentence that
  speaks of neutrality or partisanship.

``VILLAGE_HEADS`` are the regional names of a village head ("kepala desa atau sebutan lain" in
the election laws; "peratin" of a Lampung "pekon") and of a village's staff, treated like kepala
desa everywhere.
"""

from __future__ import annotations

import re

VILLAGE_HEADS = (r"keuchik|geuchik|kuwu|perbekel|pambakal|hukum\s+tua|sangadi|peratin"
                 r"|kepala\s+(?:kampung|pekon|tiyuh|lembang|gampong|nagari|negeri)"
                 r"|(?:perangkat|aparat(?:ur)?)\s+(?:nagari|kampung|gampong|pekon|tiyuh)")

# A contestant of an election, optionally after "salah satu" and up to two words of its own.
_CONTESTANT = (r"(?:(?:salah\s+satu|para|kepada|pada|untuk|terhadap)\s+(?:\w+\s+){0,2}?)?"
               r"(?:calon(?!\s+(?:pegawai|aparatur|asn|pns|pppk|p3k|peserta|siswa|mahasiswa"
               r"|jemaah|haji|pengantin|tenaga))|caleg|paslon|pasangan\s+calon|kandidat"
               r"|peserta\s+pemilu|capres|cawapres|cagub|cawagub|cabup|cawabup|cawako"
               r"|cawalkot|bacalon|bakal\s+calon|partai|parpol)\b")
# A contestant pair or prospective candidate for a regional head or president (not "calon
# anggota PPK", "calon wali nagari": the election's staff, a village's election).
_PAIR = (r"(?:bakal\s+)?(?:pasangan\s+calon|paslon|bapaslon|bacalon|bakal\s+calon|cabup|cawabup"
         r"|cagub|cawagub|cawako|capres|cawapres|calon\s+(?:wakil\s+)?(?:bupati|wali\s*kota"
         r"|gubernur|kepala\s+daerah|presiden))\b")
PARTISANSHIP = re.compile(
    # (seen there only when told not to be: "agar tidak terlihat di dalam kampanye"; an officer
    # seen at one may be on duty)
    r"\b(?:(?:ikut|turut|terlibat|keterlibatan|melibatkan|dilibatkan|(?:meng)?hadiri|hadir"
    r"|(?:(?<=tidak\s)|(?<=tak\s)|(?<=jangan\s))terlihat|(?<=tidak\s)tampak)"
    r"\s+(?:serta\s+|aktif\s+|langsung\s+|secara\s+aktif\s+)?(?:di\s+dalam\s+|dalam\s+|di\s+"
    r"|pada\s+)?"
    r"(?:acara\s+|kegiatan\s+|pelaksanaan\s+)?(?:ber)?kampanye"
    r"|berkampanye|politisasi|mobilisasi|cawe-cawe"
    # taking part in putting up a campaign's props, or told not to ("ASN tak terlibat pasang
    # alat peraga kampanye"; not a candidate or the election's staff putting up their own)
    r"|(?:terlibat|ikut|turut|dilarang|tidak|tak|jangan"
    # (caught at it: the civil servant the subject, "Kepala Desa X kedapatan memasang APK")
    r"|(?:asn|pns|pppk|pegawai|kades|kepala\s+desa|perangkat\s+desa|camat|lurah)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:kedapatan|ketahuan|tertangkap|terlihat|diduga|terbukti))\s+"
    r"(?:(?:ikut|turut|terlibat)\s+)?"
    r"(?:memasang|pasang|memajang|pajang)\s+(?:alat\s+peraga\s+kampanye|APK)\b"
    # civil servants drawn into a campaign ("melibatkan ASN, P3K dan TNI/Polri dalam kampanye"),
    # or a contestant told not to ("Jangan Libatkan ASN")
    # (not former ones: "melibatkan pensiunan ASN dalam kampanye")
    r"|(?:(?:me)?libatkan|dilibatkan)\s+(?![^.;\n]{0,80}?\b(?:pensiunan|mantan|eks|purna)\b)"
    r"(?:[\w()/.-]+,?\s+){0,10}?(?:dalam|pada|di|untuk)\s+"
    r"(?:masa\s+|kegiatan\s+|acara\s+|tim\s+)?(?:ber)?kampanye"
    r"|(?:paslon|pasangan\s+calon|calon|kandidat|tim\s+(?:sukses|pemenangan|kampanye)|partai"
    r"|parpol)\b[^.;\n]{0,80}?\b(?:jangan|tidak|dilarang)\s+(?:me)?libatkan\s+(?:para\s+)?"
    r"(?:asn|pns|pppk|p3k|aparatur)\b"
    r"|(?:menjadi|jadi|sebagai|anggota|bergabung\s+(?:dengan|dalam|ke)|masuk(?:\s+ke)?)\s+"
    r"(?:tim\s+sukses|timses|tim\s+pemenangan|tim\s+kampanye|juru\s+kampanye|jurkam|relawan)"
    # headlines drop the verb prefix: "Kades Dukung Paslon", "ASN Kampanyekan Cagub"
    # ("Tim Koalisi Pemenangan Paslon X": a campaign team's name, not an act of anyone's)
    r"|(?:(?:men)?dukung|dukungan|(?:me)?menangkan|(?<!tim\s)(?<!koalisi\s)(?<!posko\s)pemenangan"
    r"|(?:meng)?arahkan"
    r"|(?:meng)?untungkan|(?:me)?rugikan|(?:mem)?fasilitasi|(?:mem)?promosikan"
    r"|(?:meng)?kampanyekan|(?:ber)?foto\s+(?:bersama|bareng|dengan)"
    # going along with a contestant ("PNS tak dampingi paslon daftar ke KPU")
    r"|(?:men)?dampingi|mengantar(?:kan)?"
    r"|(?:mengunggah|unggah|membagikan|menyukai|mengomentari)"
    r"|(?:meng)?ajak\s+(?:\w+\s+){0,2}?(?:memilih|pilih|(?:men)?dukung|(?:me)?menangkan)"
    # told not to join a candidate pair's declaration or to promote the pair ("tidak
    # diperbolehkan mengikuti deklarasi pasangan calon", "tidak boleh mensosialisasikan
    # pasangan calon"): a prohibition, not anyone's attendance or the election body's briefing
    r"|(?:tidak|tak|dilarang|jangan)(?:\s+(?:boleh|diperbolehkan|dibolehkan|diizinkan))?\s+"
    r"(?:ikut\s+)?(?:(?:men)?sosialisasikan|(?:mengikuti|ikut|terlibat(?:\s+dalam)?"
    r"|hadir(?:\s+(?:di|dalam))?)\s+(?:acara\s+)?deklarasi(?:\s+dan\s+\w+)?))"
    r"\s+(?:\w+\s+){0,2}?" + _CONTESTANT + ")"
    # at a contestant's registration ("kepala desa yang hadir saat pendaftaran bakal pasangan
    # calon", "Kades Hadiri Pendaftaran Bapaslon")
    r"|\b(?:(?:meng)?hadiri|hadir(?:\s+(?:saat|dalam|pada|di))?|ikut(?:\s+serta)?(?:\s+dalam)?"
    r"|mengikuti)\s+(?:proses\s+)?pendaftaran\s+" + _PAIR +
    # found drawn into politics ("menemukan sekitar 11 orang oknum ASN ... terlibat dalam
    # politik"; not a career told: "agar bisa terlibat dalam politik")
    r"|\b(?:menemukan|ditemukan|temukan|kedapatan|diduga|dugaan|terbukti)\b[^.;\n]{0,120}?"
    r"\bterlibat\s+(?:dalam\s+)?politik\b(?!\s+uang)",
    re.IGNORECASE)

ASN_POSTS = re.compile(
    r"\b(?:camat|lurah|perangkat\s+kelurahan|sekda|sekdakab|sekdakot|sekdaprov|sekkab|sekkot"
    r"|sekretaris\s+(?:daerah|kabupaten|kota|provinsi)"
    r"|kepala\s+(?:dinas|badan|kantor|OPD|bidang|bagian|seksi|UPT|UPTD|puskesmas|sekolah)"
    r"|kadis|pimpinan\s+OPD|pejabat\s+(?:struktural|fungsional|eselon|pemerintah(?:an)?|pemda"
    r"|pemkab|pemkot|pemprov|daerah|pimpinan\s+tinggi|administrator|pengawas)"
    r"|satpol\s*-?\s*PP|satuan\s+polisi\s+pamong\s+praja|pamong\s+praja"
    r"|birokra(?:si|t)|abdi\s+negara"
    r"|pegawai\s+(?:pemerintah(?:an)?|pemda|pemkab|pemkot|pemprov|negeri|daerah|non[-\s]?ASN"
    r"|kontrak|kelurahan|kecamatan|tidak\s+tetap)|PPNPN"
    r"|aparatur\s+(?:pemerintah(?:an)?|pemda|pemkab|pemkot|pemprov|kelurahan|kecamatan)"
    r"|pendamping\s+desa|badan\s+permusyawaratan\s+desa|BPD"
    # public-service professions mostly staffed by ASN/PPPK (teachers, health workers,
    # extension officers): "guru diminta menjaga netralitas"
    # ("Tuan Guru": a religious scholar's honorific, no teacher)
    r"|(?<!tuan\s)guru|tenaga\s+(?:pendidik|kependidikan|kesehatan|medis)|nakes|penyuluh)\b",
    re.IGNORECASE)

# Words that place an article in an election, beyond the scored election names: neutrality
# ("berpihak", "keberpihakan" on the poor, "netral" pH) outside an election is not ASN
# neutrality in the labels' sense. Nor is the rule against "politik praktis" said of ASN
# with no election named (a staff rule read at an appointment): those words are the
# neutrality, not the election it is kept in. Nor is the civil-service commission (KASN,
# Komisi ASN) a complaint is sent to: it hears neutrality complaints outside elections too.
ELECTION_CONTEXT = re.compile(
    r"\b(?:pemilihan|pemungutan\s+suara|pencoblosan|bawaslu|panwas\w*|gakkumdu|kpu\w*|kpps"
    r"|ppk|pps|tps|pesta\s+demokrasi|tahun\s+politik|kontestasi|caleg"
    r"|calon\s+legislatif|partai\s+politik|parpol|pilkades|pilwali|pilbup|pilwalkot"
    r"|pilgub\w*|dprd?|hak\s+pilih|pemilih|kampanye)\b",
    re.IGNORECASE)

# A village-head election (Pilkades, "pemilihan kepala desa", "pemilihan hukum tua" ...) is not
# the Pilkada or the Pemilu the labels' relevance is limited to: an article whose only election
# is one of these is not set in an election in that sense, though its campaign words
# ("kampanye", "calon") are the same. ``STATE_ELECTION`` names what would still place it in a
# Pilkada or Pemilu (the election names, their bodies, their contestants).
VILLAGE_ELECTION = re.compile(
    r"\b(?:pilkades(?:a)?|pilhut|pilwana"
    r"|pemilihan\s+(?:serentak\s+)?(?:kepala\s+desa|kades|" + VILLAGE_HEADS + r"))\b",
    re.IGNORECASE)
STATE_ELECTION = re.compile(
    r"\b(?:pilkada|pemilu\w*|pemilihan\s+(?:umum|kepala\s+daerah|gubernur|bupati|wali\s*kota"
    r"|presiden|legislatif|anggota)|pilgub|pilbup|pilbub|pilwako|pilwalkot|pilwali|pilpres"
    r"|pileg|bawaslu|panwas\w*|gakkumdu|kpu\w*|caleg|capres|cagub|cabup|paslon)\b",
    re.IGNORECASE)
