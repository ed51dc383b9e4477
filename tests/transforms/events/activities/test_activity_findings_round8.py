"""Findings and sanctions, round 8 (LABELS.md: `pelanggaran` a violation found or reported,
`sanksi` a sanction decided, not threatened, recommended or only described). Each class is
varied and paired with a positive: a case denied to exist ("belum ada ASN yang dilaporkan");
"itu"/"tersebut" that points at no case (a connective, the statement, an instruction); a rule
for whoever ("ASN yang terbukti melakukan pelanggaran ... akan"); habitual findings ("kerap
menjadi temuan"); the verbs and nouns of a sanction decided ("disanksi", "hukuman", "vonis",
"memutuskan"); a perfective of another predicate ("telah mengaturnya dan ada sanksi");
reports that came in; a contrast clause apart from the statistics before it.
Invented sentences."""

import pytest

from transforms.events.activities.classify import activities

CASES = [
    # none so far: no case
    ("Rahmat menuturkan, sampai sekarang belum ada pegawai yang dilaporkan atau diproses "
     "karena pelanggaran netralitas pada Pilkada 2024.", set()),
    ("Menurut Rina, sampai sekarang tidak ada kepala desa yang diproses Bawaslu karena "
     "pelanggaran netralitas.", set()),
    ("Ia mengatakan, hingga saat ini Bawaslu sudah memproses tiga ASN yang melakukan "
     "pelanggaran netralitas.", {"pelanggaran"}),
    # "itu"/"tersebut" of a connective, the statement or an instruction points at no case
    ("Oleh sebab itu, tiap kepala dinas yang tahu ada dugaan pelanggaran disiplin stafnya "
     "harus segera menindaklanjutinya.", set()),
    ("Instruksi tersebut di antaranya membina pegawai serta menindaklanjuti setiap dugaan "
     "pelanggaran netralitas menurut ketentuan.", {"imbauan"}),
    ("Bawaslu telah menindaklanjuti temuan pelanggaran netralitas oleh camat tersebut.",
     {"pelanggaran"}),
    ("Selain itu, Bawaslu menindaklanjuti temuan pelanggaran netralitas dua ASN di Kecamatan "
     "Sukamaju.", {"pelanggaran"}),
    # whoever broke the rule, with two words before the violation
    ("Adapun untuk pegawai yang terbukti melakukan pelanggaran disiplin nanti dikenakan sanksi "
     "berat.", {"imbauan"}),
    ("Pegawai yang kedapatan melakukan pelanggaran netralitas nantinya diproses.", {"imbauan"}),
    ("Panwascam menemukan tiga guru yang terbukti melakukan pelanggaran itu.",
     {"pelanggaran"}),
    # "terbukti" as an unmarked condition with its consequence to come: a rule, not a finding
    ("Terbukti Langgar Netralitas, ASN Bakal Dipecat", {"imbauan"}),
    ("ASN terbukti tidak netral bisa diberhentikan.", {"imbauan"}),
    ("Terbukti Langgar Netralitas, Tiga ASN Disanksi", {"pelanggaran", "sanksi"}),
    ("Tiga ASN terbukti melanggar netralitas dan akan dijatuhi sanksi.",
     {"pelanggaran", "imbauan"}),
    # habitual: what is often found is no finding
    ("Sikap kepala desa yang tidak netral kerap menjadi temuan pengawas pemilu.", set()),
    ("Ketidaknetralan pegawai desa sering ditemukan di grup percakapan.", set()),
    ("Bawaslu menemukan kepala desa yang tidak netral di Kecamatan Sukamaju.", {"pelanggaran"}),
    # the verbs and nouns of a sanction decided
    ("Menurut Ketua Panwaslih, 12 kepala desa sudah disanksi sebab terbukti tidak netral.",
     {"pelanggaran", "sanksi"}),
    ("Dari puluhan ASN tersebut, KASN memutuskan tujuh orang mendapatkan hukuman disiplin "
     "sedang.", {"sanksi"}),
    ("Dari puluhan ASN tersebut, KASN memutuskan tujuh orang mendapatkan hukuman kategori "
     "sedang.", {"sanksi"}),
    ("Menurut jaksa, vonis ketiga kepala desa itu sudah diputuskan pengadilan.", {"sanksi"}),
    ("ASN yang melanggar netralitas akan mendapatkan hukuman berat.", {"imbauan"}),
    ("Camat yang tidak netral terancam hukuman disiplin.", {"imbauan"}),
    ("Pegawai bernama Joko Susilo yang kedapatan berkampanye akhirnya dikenai sanksi oleh "
     "Pemkot.", {"sanksi"}),
    ("ASN yang kedapatan berkampanye akan dikenai sanksi oleh Pemkot.", {"imbauan"}),
    ("Dua lurah di Kecamatan Sukamaju segera disanksi.", {"imbauan"}),
    ("Dua lurah di Kecamatan Sukamaju telah disanksi.", {"sanksi"}),
    # a rule for whoever, also with the sanction named after "yang melakukan pelanggaran"
    ("Aturannya, PNS yang melakukan pelanggaran tata tertib dikenai sanksi "
     "teguran.", {"imbauan"}),
    # "telah" of another predicate
    ("Pasalnya, peraturan daerah telah mengaturnya dan ada sanksi keras bagi pegawai.",
     {"imbauan"}),
    ("Pemkab telah memanggil dan menjatuhkan sanksi kepada dua ASN itu.", {"sanksi"}),
    ("Kedua ASN itu sudah diperiksa dan diberi sanksi teguran.", {"sanksi"}),
    # a recommendation meant for whoever is a guideline, not a case
    ("Panwaslih sudah menyusun panduan pemberian rekomendasi sanksi bagi lurah yang tidak "
     "netral.", {"imbauan"}),
    # reports that came in
    ("Perkara tersebut bermula dari sejumlah aduan soal ketidaknetralan pegawai yang masuk "
     "ke Panwaslih.", {"pelanggaran"}),
    ("Di sisi lain, Panwaslih membenarkan ada laporan yang masuk terkait kepala desa berkampanye.",
     {"pelanggaran"}),
    ("Bila ada laporan yang masuk terkait kepala desa berkampanye, Panwaslih akan memprosesnya.",
     set()),
    # a person named by title, the title in either case
    ("Selain itu, Bawaslu meneruskan laporan pelanggaran netralitas camat Sukamaju ke KASN.",
     {"pelanggaran"}),
    ("Selain itu, Bawaslu meneruskan laporan pelanggaran netralitas ke KASN.", set()),
    # a report against someone ("laporan terhadap camat ..."), like "laporan terkait ..."
    ("Bawaslu telah meregistrasi laporan terhadap camat Sukamaju.", {"pelanggaran"}),
    ("Masyarakat dapat menyampaikan laporan terhadap ASN yang tidak netral.", set()),
    # none so far, in other words
    ("Sampai kini tidak ada satu pun pegawai yang dilaporkan melanggar netralitas.", set()),
    ("Panwaslih memastikan tak ada guru honorer yang terbukti melanggar netralitas.", set()),
    ("Sejauh ini ada dua ASN yang diproses karena pelanggaran netralitas.", {"pelanggaran"}),
    # the general election of a year both are held came first: background to its Pilkada
    ("Bawaslu menggelar deklarasi netralitas ASN untuk Pilkada 2024. Pada Pemilu 2024, Bawaslu "
     "menemukan dua ASN yang tidak netral.", {"ikrar"}),
    ("Bawaslu menggelar deklarasi netralitas ASN untuk Pilkada 2024. Pada Pilkada 2024 ini, "
     "Bawaslu menemukan dua ASN yang tidak netral.", {"ikrar", "pelanggaran"}),
    ("Jelang Pemilu dan Pilkada 2024, Bawaslu menemukan dua ASN yang tidak netral.",
     {"pelanggaran"}),
    ("Pada Pemilu 2024, Bawaslu menemukan dua ASN yang tidak netral.", {"pelanggaran"}),
    # a handling word before a "yang" clause of whoever; the cases of one handled
    ("Kasus oknum ASN yang diduga berpolitik praktis di SMA Negeri 3 saat ini tengah "
     "ditindaklanjuti tim khusus.", {"pelanggaran"}),
    # a sanction named as a recommendation is one recommended: the case handed on
    ("KASN sudah menerbitkan sanksi rekomendasi bagi 23 pegawai itu.", {"pelanggaran"}),
    # a watchdog's "menindak" is its handling of a case (it decides no sanction), or a threat
    ("Bawaslu Kabupaten sudah menindak dugaan ketidaknetralan tiga ASN tersebut.",
     {"pelanggaran"}),
    ("Panwaslu akan menindak tiga ASN tersebut.", {"imbauan"}),
    ("Pemkab sudah menindak tiga ASN tersebut dengan teguran tertulis.", {"sanksi"}),
    # judged so by someone, of particular people; a rule ("dinilai ... jika")
    ("Hal itu lantaran beberapa orang ASN dinilai tidak netral selama Pilkada 2024.",
     {"pelanggaran"}),
    ("ASN dinilai tidak netral jika berfoto dengan calon.", set()),
    ("Panwaslih belum mendapati maupun menerima aduan pegawai yang dianggap tidak netral.", set()),
    ("Dua camat dilaporkan warga ke Panwaslih karena dianggap tidak netral.", {"pelanggaran"}),
    ("Hingga kini sudah ada 7 orang pegawai yang diperiksa terkait ketidaknetralannya.",
     {"pelanggaran"}),
    # cases handed on again and again: the body's record
    ("Panwaslih berulang kali telah merekomendasikan pelanggaran agar diberi sanksi "
     "disiplin.", {"imbauan"}),
    ("Bawaslu telah merekomendasikan pelanggaran dua ASN itu untuk diberikan sanksi.",
     {"pelanggaran"}),
    # a recommendation acted on: the sanction after it is decided; one asked to act on it is not
    ("Pemkot sudah menindaklanjuti rekomendasi KASN dengan menjatuhkan hukuman disiplin kepada "
     "dua ASN.", {"pelanggaran", "sanksi"}),
    ("Bawaslu meminta Pemkab menindaklanjuti rekomendasi KASN dengan menjatuhkan sanksi kepada "
     "dua ASN itu.", {"imbauan", "pelanggaran"}),
    # the verdict pointed at, read out
    ("Vonis terhadap kades itu dibacakan Pengadilan Negeri, Selasa (3/12).", {"sanksi"}),
    ("Vonis terhadap kades itu akan dibacakan Pengadilan Negeri pekan depan.", {"imbauan"}),
    # a sanction for whoever breaks the rule (no one counted or pointed at, not told done)
    ("Pemda yang jatuhkan sanksi bagi ASN yang tidak netral di Pilkada.", {"imbauan"}),
    ("BKN memberikan sanksi terhadap pegawai yang melanggar netralitas.", {"imbauan"}),
    ("Bupati menjatuhkan sanksi kepada ASN yang terbukti tidak netral itu.", {"sanksi"}),
    ("Bupati telah menjatuhkan sanksi kepada ASN yang terbukti tidak netral.", {"sanksi"}),
    ("Bupati menjatuhkan sanksi kepada tiga ASN yang terbukti tidak netral.",
     {"pelanggaran", "sanksi"}),
    # a contrast clause is told apart from the statistics before it, not from an earlier election
    ("Meski data KASN menunjukkan banyak pelanggaran ASN di provinsi ini, namun kami telah "
     "memberikan sanksi teguran tertulis kepada para ASN itu.", {"sanksi"}),
    ("Meski data KASN menunjukkan pelanggaran ASN berupa dukungan di medsos, namun kami telah "
     "memberikan sanksi teguran tertulis kepada mereka.", {"sanksi"}),
    ("Tiga ASN itu sudah dipanggil, tetapi sanksi akan diberikan setelah pemeriksaan.",
     {"imbauan"}),
    ("Pada Pilkada 2018, tiga ASN dilaporkan, namun hanya satu yang telah dijatuhi sanksi. "
     "ASN harus netral di Pilkada 2024.", {"imbauan"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_findings_round8(text, expected):
    assert set(activities(text)) == expected
