"""Bodies named after an official's head word that are no public office, and commands named
by their own names: political parties, campaign teams and civil society ("Ketua DPD Partai X",
"Ketua Umum PDIP", "Ketua PWI"), the army's and the police's regional commands ("Pangdam
Iskandar Muda", "Kapolda Metro Jaya").

Split from transforms/events/officials/titles.py, which classes the words of a title.
"""

from __future__ import annotations

__all__ = ["KODAM_NAMES", "PARTY_WORDS", "POLDA_NAMES"]

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
