"""Bodies named after an official's head word that are no public office, and commands named
by their own names: political parties, campaign teams and civil society ("Ketua DPD Partai X",
"Ketua Umum PDIP", "Ketua PWI"), the army's and the police's regional commands ("Pangdam
Iskandar Muda", "Kapolda Metro Jaya"); and the public bodies written as one word
("Bawaslu", "BKPSDM", "Disdikbud"), whose words extend a title; and the words of office
phrases (units, divisions, agencies: ``OFFICE_WORDS``).

Split from transforms/events/officials/titles.py, which classes the words of a title.
"""

from __future__ import annotations

__all__ = ["KODAM_NAMES", "OFFICE_WORDS", "ORG_WORDS", "PARTY_WORDS", "POLDA_NAMES"]

# Offices of political parties, campaign teams and civil society: their heads hold no public
# office.
PARTY_WORDS = frozenset({"DPC", "DPD", "DPW", "DPP", "Partai", "Relawan", "Pemenangan", "Kampanye",
                         "Sukses", "Paslon", "Koalisi", "Pasangan",
                         # the parties by name, and the candidates' national and regional teams
                         "PDIP", "PDI-P", "PDI", "Gerindra", "Golkar", "NasDem", "Nasdem", "PKB",
                         "PKS", "PAN", "PPP", "Demokrat", "Hanura", "Perindo", "PSI", "Gelora",
                         "Ummat", "TKN", "TPN", "Timnas", "Timses",
                         # civil society: student, press and business bodies (religious and
                         # customary councils, which sit at official occasions, are kept)
                         "HMI", "PMII", "GMNI", "IMM", "KAMMI", "PWI", "AJI", "IWO", "SMSI", "JMSI",
                         "Kadin", "HIPMI", "Ormas", "LSM"})
# ("PBB", "TKD" are left out: also a land tax and a village's land, offices of the government)
# The army's regional commands by name ("Pangdam Pattimura", "Pangdam Iskandar Muda"): the
# unit a Pangdam heads, never a person's name.
KODAM_NAMES = frozenset({"Iskandar Muda", "Bukit Barisan", "Sriwijaya", "Siliwangi", "Diponegoro",
                         "Brawijaya", "Mulawarman", "Tanjungpura", "Merdeka", "Hasanuddin",
                         "Pattimura", "Cenderawasih", "Kasuari", "Jaya", "Jayakarta", "Udayana",
                         "Tuanku Tambusai", "Mandala Trikora", "Palaka Wira", "Tambun Bungai",
                         "Cendrawasih", "Trikora"})
# The regional police commands not named after their province: "Kapolda Metro Jaya".
POLDA_NAMES = frozenset({"Metro Jaya"})

# Institutions written as one word, compared in lower case (acronyms of three capitals or more
# are office words anyway).
ORG_WORDS = frozenset("""
    bawaslu kpu kpud panwaslu panwaslih panwascam panwas bkn bkd bkpsdm bkpsdmd bkpp bpsdm kasn
    dprd dprk dprd kesbangpol bakesbangpol satpol pp polri tni bareskrim polda polres polresta
    kemendagri kemenpan kemenpanrb kemenpan-rb menpan-rb kemenkumham pemkab pemkot pemko pemprov
    bappeda korpri diskominfo dispora disdik dinkes kejari kejati kodim korem kpu-ri pemrov
    pemkab pemkot pemko pemda setdakab setdako setwan setkab setkot inpektorat
    ombudsman dkpp gakkumdu inspektorat panwascam ppk pps kemenag kanwil
    pkd ptps kpps ppdp bapenda bpkad bpkd bpbd bapperida bappelitbangda dinkes dinsos disdukcapil
    dukcapil dispendukcapil disnaker disnakertrans dishub disperindag diskoperindag distan dlh
    disparbud dispar disbudpar disperkim disarpus dispusip dpmptsp dpmd dpmn dpmpd dp3a dppkb
    kemenkeu kemenkes kemendikbud kemendikbudristek kemensos kejagung kejati kejaksaan korem
    kodam koramil polsek kapolri lanal lantamal lanud brimob bpk bpkp kpk kemenko kemenkopolhukam
    setwan sekwan pengadilan polresta polrestabes bkpsdmd bkppd bpsdmd disdikbud kip
    apdesi papdesi ppdi abpednas pkk dwp kua pn
    dispermasdes dispermades dispmd dpmpd dpmdes dinpmd disdik dispendik disdikpora dindik
    disdikbud dinkes dinsos disnakertrans disnakerkop diskop diskopukm diskoperindag disperindag
    disperdagin disperin disdag dispertan distanak distan disbun disnak disnakkeswan diskan
    dislutkan dkp disparpora disporapar disbudpar disparbud dinpar dispora dispusip disarpus
    disbud disbudpora
    dispersip diskominfo dinkominfo diskominfotik diskominfosan dishub dinhub disperkim
    disperkimtan dinperkim dispupr dinpupr dpupr dinas pupr dlhk disdukcapil dinsosp3a
    dp3ap2kb dp2kbp3a dppkbp3a dpmptsp dpmpptsp bpkpd bapenda bappenda dispenda
    bkpsdm bkpsdmd bkpp bkppd bpkpsdm bkd bkdd
    satpolpp satpol-pp forkopimda forkopimcam muspika muspida
    panwaskab panwaskot panwaskota panwaslukab panwaslukot panwasdes panwaslu-kada panwaslucam
    kesbangpoldagri bakesbangpoldagri kemen bappedalitbang balitbang balitbangda
""".split())


# Words of office phrases (units, divisions, agencies), compared in lower case.
OFFICE_WORDS = frozenset("""
    hewan holtikultura mikro prasarana sarana utilitas sanitasi tataruang investasi kreatif
    pansus keimigrasian perpajakan
    perpusip veteran pelangaran
    divisi devisi bidang bagian sub seksi subbagian kordiv koordinator hukum penanganan pelanggaran
    kodiv koodiv koordiv kordip kodip
    subkelompok sangketa penangan
    pelanggan data informasi datin humas hubungan masyarakat parmas pencegahan partisipasi
    pengawasan sengketa penyelesaian administrasi umum pemerintahan kesra kesejahteraan rakyat
    perekonomian pembangunan sekretariat setda setdako setdakab setdaprov setwilda daerah kantor
    regional
    wilayah kanwil kanreg badan dinas biro inspektorat satuan polisi pamong praja kepegawaian
    pendidikan pelatihan pengembangan sumber daya manusia aparatur sipil negara jenderal komisi
    pemilihan pengawas pemilu kesatuan kebangsaan bangsa politik pemerintah teknis organisasi
    ahli madya muda utama sekretaris sekertaris panitia komunikasi hubal sdm hubmas antar lembaga
    keuangan perencanaan kesehatan sosial pengelolaan pengaduan diklat kominfo protokol
    kepolisian resor kejaksaan negeri distrik militer komando penanggulangan bencana lingkungan
    hidup perhubungan kependudukan pencatatan pekerjaan penataan ruang perumahan permukiman
    pertanian perikanan kelautan pariwisata kebudayaan perdagangan perindustrian koperasi usaha
    kecil menengah tenaga kerja transmigrasi pemberdayaan perempuan perlindungan anak pendapatan
    aset arsip perpustakaan statistik persandian informatika pangan ketahanan penanaman modal
    pelayanan terpadu satu pintu olahraga pemuda kepemudaan kearsipan pengadaan barang jasa
    dalam reformasi birokrasi pendayagunaan ham dewan perwakilan menteri prokopim tapem ekbang
    adpem pbj ortala kementerian agama publik pengendalian
    kesbang linmas kemenag tata sosialisasi pemilih rumah tangga logistik proses pusat satgas
    penyelenggaraan litbang netralitas pemeriksa milik bumd
    otonomi otda tinggi pengadilan perwakilan desa nagari masyarakat kebakaran penyelamatan
    penduduk keluarga berencana kawasan pertanahan ketenteraman ketertiban perlindungan
    perkebunan peternakan kehutanan energi mineral ketenagakerjaan penelitian riset inovasi
    penerapan nilai dasar sistem merit kode etik perilaku pegawai mutasi pembinaan promosi karier
    asosiasi forum ikatan paguyuban perkumpulan himpunan komisariat komwil pemukiman pancasila
    desk
    muslimat fatayat nahdlatul ulama nu muhammadiyah aisyiyah
    sd mts mtsn
    korwilcam korwilbid korwil dindik dinkes dinsos dikbud disdikbud
    kinerja disiplin penilaian evaluasi jabatan fungsional struktural ekonomi keamanan
    status kedudukan
    strategi strategis vertikal persiapan relawan demokrasi perkara kampanye
    kehumasan intelijen operasi reserse kriminal pidana perdata tata usaha
    pengawasan pemeriksaan investigasi penegakan kepatuhan fasilitasi pemda kewilayahan
    penganggaran pimpinan risalah pengolahan perlengkapan desk
    pemadam hubungan sipil kemasyarakatan perangkat kerja unit instansi lembaga
    pemerintahan persidangan kepaniteraan reskrim intelkam binmas lantas samapta sabhara
    narkoba polair ops humas verifikasi pencalonan penindakan sosdiklih tahapan tim
    independen pelaksana puskesmas intel pidum pidsus datun pusat
    pengangkatan pemberhentian pemindahan kepangkatan penghargaan kompetensi pensiun kedudukan
    formasi perizinan pertamanan kebersihan persampahan pemakaman hortikultura tanaman
    transportasi pengairan irigasi kebudayaan pengurus penggerak nasional tp persatuan sekolah
    madrasah balai cabang kelas pemasyarakatan rutan lapas tahanan damkar trantib trantibum
    sumda pusdiklat puslitbang pusdatin penerangan
    luar pembina sumberdaya tingkat ad hoc adhoc pilkada pilgub pilbup pilwako pilwalkot serentak
    sekda kewaspadaan penatausahaan ketatausahaan kesekretariatan keasistenan deputi bimas
    wawasan ideologi ormas konflik pengamanan pelaporan aduan kapasitas peningkatan pengkajian
    analisis kajian kebijakan advokasi bantuan mediasi kerja sama kerjasama protokoler
    dokumentasi publikasi kepemimpinan manajemen talenta rekrutmen seleksi penempatan
    pensiunan kesejahteraan gaji tunjangan layanan
    majelis panitera penuntut jaksa sentra integritas polpum adwil bangda keuda pemdes
    pemungutan suara permusyawaratan penyelidikan penyidikan bina pemantauan perundang-undangan
    perundangan legislasi regulasi kelembagaan ketatalaksanaan tatalaksana akuntabilitas
    universitas institut politeknik akademi fakultas fraksi penguatan budaya laksana sampah
    komnas kompolnas komjak kpai lpsk penmas penerangan rektorat
    keagamaan kerukunan umat beragama zakat wakaf bank perumda perseroda vokasi karier karir
    pemetaan teknologi pengarusutamaan gender pelindungan rehabilitasi jaminan disabilitas
    penuntutan prapenuntutan pra eksekusi eksaminasi upaya biasa tindak tipidum tipikor tipiter
    satreskrim satintelkam satbinmas satlantas satsamapta satnarkoba perawat bidan
    penyandang angkutan lintas retribusi anggaran perbendaharaan akuntansi auditor imigrasi cukai
    pajak mahkamah konstitusi musyawarah kehormatan sakit catatan
    sekdaprov sekdakab sekdako sekdakot setdakot kemendes kemendesa
    pertahanan media kominfotik kominfosandi diskominfosandi persandian statistik
    forum ulama kerapatan penegakkan kementrian legal
    pemberantasan korupsi tertinggal agraria kabinet sektor kehakiman pertimbangan percepatan
    sahli hankam polhukam ipoleksosbud subdit subdirektorat dit direktorat subbid subbag urusan
    penkum pemkum pb3r bb sat unit sium sihumas sipropam siwas bagops bagren bagsumda baglog
    ditreskrimum ditreskrimsus ditresnarkoba ditintelkam ditbinmas ditlantas ditsamapta
    ditpolairud ditpamobvit dittahti satreskrim satintelkam satlantas satbinmas satsamapta
    satresnarkoba satpolairud reskrimum reskrimsus resnarkoba pamobvit tahti polairud
    dukungan rendatin penjaminan mutu pokja keuchik geuchik binops propam dalops ro
    negri personel personil pertama terampil mahir penyelia
""".split())
