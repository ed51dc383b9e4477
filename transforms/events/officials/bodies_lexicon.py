"""Bodies named after an official's head word that are no public office, and commands named
by their own names: political parties, campaign teams and civil society ("Ketua DPD Partai X",
"Ketua Umum PDIP", "Ketua PWI"), the army's and the police's regional commands ("Pangdam
Iskandar Muda", "Kapolda Metro Jaya"); and the public bodies written as one word
("Bawaslu", "BKPSDM", "Disdikbud"), whose words extend a title.

Split from transforms/events/officials/titles.py, which classes the words of a title.
"""

from __future__ import annotations

__all__ = ["KODAM_NAMES", "ORG_WORDS", "PARTY_WORDS", "POLDA_NAMES"]

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
    pemkab pemkot pemko setdakab setdako setwan
    ombudsman dkpp gakkumdu inspektorat panwascam ppk pps kemenag kanwil
    pkd ptps kpps ppdp bapenda bpkad bpkd bpbd bapperida bappelitbangda dinkes dinsos disdukcapil
    dukcapil dispendukcapil disnaker disnakertrans dishub disperindag diskoperindag distan dlh
    disparbud dispar disbudpar disperkim disarpus dispusip dpmptsp dpmd dpmn dpmpd dp3a dppkb
    kemenkeu kemenkes kemendikbud kemendikbudristek kemensos kejagung kejati kejaksaan korem
    kodam koramil polsek kapolri lanal lanud brimob bpk bpkp kpk kemenko kemenkopolhukam
    setwan sekwan pengadilan polresta polrestabes bkpsdmd bkppd bpsdmd disdikbud kip
    apdesi papdesi ppdi abpednas pkk dwp kua pn
    dispermasdes dispermades dispmd dpmpd dpmdes dinpmd disdik dispendik disdikpora dindik
    disdikbud dinkes dinsos disnakertrans disnakerkop diskop diskopukm diskoperindag disperindag
    disperdagin disperin disdag dispertan distanak distan disbun disnak disnakkeswan diskan
    dislutkan dkp disparpora disporapar disbudpar disparbud dinpar dispora dispusip disarpus
    dispersip diskominfo dinkominfo diskominfotik diskominfosan dishub dinhub disperkim
    disperkimtan dinperkim dispupr dinpupr dpupr dinas pupr dlhk disdukcapil dinsosp3a
    dp3ap2kb dp2kbp3a dppkbp3a dpmptsp dpmpptsp bpkpd bapenda bappenda dispenda
    bkpsdm bkpsdmd bkpp bkppd bpkpsdm bkd bkdd
    satpolpp satpol-pp forkopimda forkopimcam muspika muspida
    panwaskab panwaskot panwaskota panwaslukab panwaslukot panwasdes panwaslu-kada
    kesbangpoldagri bakesbangpoldagri kemen
""".split())
