"""The activity taxonomy's Indonesian phrases: one regular expression per value.

Election watchdogs compare events across regions ("who held a pledge, who only sent a
circular"), so the many Indonesian ways of naming one activity map to one value:

| value              | meaning                    | Indonesian synonyms (case-insensitive)      |
| ------------------ | -------------------------- | ------------------------------------------- |
| `sosialisasi`      | briefing, socialisation,   | sosialisasi, slips sosialiasi/sosialisai/   |
|                    |                            | sosialisiai,                                |
|                    | seminar, dialogue, meeting | men/di/ter-sosialisasi(kan), menyosialisasi-|
|                    | on neutrality              | kan, penyuluhan, pengarahan, pembekalan,    |
|                    |                            | briefing/brifing, diseminasi,               |
|                    |                            | (memberikan/menyampaikan) arahan, dalam     |
|                    |                            | arahannya, rapat koordinasi/staf/kerja/     |
|                    |                            | evaluasi/pimpinan/terbatas, rapim, rakor    |
|                    |                            | (nas/da/nis/tek/wil/pim), acara/kegiatan    |
|                    |                            | koordinasi, seminar, webinar,               |
|                    |                            | roadshow, silaturahmi (held, on neutrality),|
|                    |                            | (ber)audiensi, menerima kunjungan,          |
|                    |                            | dalam/saat rapat yang/di/..., bimbingan ... |
|                    |                            | netral, dalam kegiatan/acara (bertema ...)  |
|                    |                            | netralitas,                                 |
|                    |                            | dialog, diskusi publik/panel, sarasehan,    |
|                    |                            | talkshow, coffee morning, FGD, menggelar    |
|                    |                            | rapat/diskusi/forum/audiensi, rapat/diskusi/|
|                    |                            | forum ... netralitas; memberi(kan)/mendapat-|
|                    |                            | kan materi, menjadi narasumber/pemateri/    |
|                    |                            | pembicara (when                             |
|                    |                            | no other gathering)                         |
|                    |                            | pembinaan, ceramah, kuliah umum, pertemuan, |
|                    |                            | temu ramah/muka, tatap muka, bincang(-      |
|                    |                            | bincang), gelar wicara, edukasi,            |
|                    |                            | konsolidasi, coaching clinic, penguatan ... |
|                    |                            | netralitas, dengar/curah pendapat,          |
|                    |                            | mengumpulkan (para) kepala desa/ASN ...,    |
|                    |                            | memaparkan/paparan (to an audience, when no |
|                    |                            | other gathering), menggelar kegiatan        |
|                    |                            | (bertajuk) netralitas ..., (meng)helat      |
|                    |                            | rapat, kampanye daring/virtual/gerakan ...  |
|                    |                            | netralitas (a campaign event on neutrality) |
| `ikrar`            | neutrality pledge          | ikrar, berikrar, pembacaan (4 poin) ikrar,  |
|                    |                            | mengikrarkan, ikrarkan, deklarasi (ASN)     |
|                    |                            | netral(itas), pembacaan pernyataan/komitmen/|
|                    |                            | janji/sumpah ... netral, (pernyataan/menya- |
|                    |                            | takan) sikap                                |
|                    |                            | ... netral,                                 |
|                    |                            | (netralitas ...) dideklarasikan, membacakan |
|                    |                            | deklarasi, deklarasi (6 words) netral,      |
|                    |                            | melakukan deklarasi ... netral (clause),    |
|                    |                            | bersumpah ... netral, deklarasi ASN/PNS/    |
|                    |                            | kades (not "... anti ...")                  |
| `pakta_integritas` | integrity pact signing     | (penandatanganan / menandatangani /         |
|                    |                            | tandatangani / meneken) pakta (or piagam)   |
|                    |                            | integritas,                                 |
|                    |                            | menandatangani (surat) pernyataan/komitmen, |
|                    |                            | pernyataan/komitmen ... ditandatangani /    |
|                    |                            | diteken (a signed ikrar is `ikrar`), pakta  |
|                    |                            | declared/read together ("pernyataan bersama |
|                    |                            | pakta integritas")                          |
| `apel`             | staff assembly, not fruit  | apel pagi/gabungan/kesadaran/siaga/akbar/.. |
|                    |                            | pembina/memimpin/mengikuti apel, apel ASN,  |
|                    |                            | dalam/saat/pada/usai (sebuah) apel, apel    |
|                    |                            | dirangkai/digelar/dilanjutkan/tersebut,     |
|                    |                            | apel (ikrar/deklarasi/penandatanganan ...), |
|                    |                            | (mem)peringat(i/an) Hari/HUT Korpri,        |
|                    |                            | upacara                                     |
| `bimtek`           | training                   | bimtek, bintek, bimbingan teknis, pelatihan,|
|                    |                            | diklat, workshop, lokakarya, internalisasi, |
|                    |                            | peningkatan kapasitas, capacity building,   |
|                    |                            | training, penataran, orientasi PPPK/CPNS    |
| `imbauan`          | warning, appeal            | (h)imbauan, mengimbau, menghimbau, diimbau, |
|                    |                            | (meng)ingatkan, menegaskan, tegaskan(nya),  |
|                    |                            | tegas dia, pesan saya,                      |
|                    |                            | menekankan, tekankan, melarang, dilarang,   |
|                    |                            | larangan, (meng/di)ajak, mewanti-wanti,     |
|                    |                            | tidak boleh, jangan, memperingatkan,        |
|                    |                            | seruan, menyerukan, (meng)instruksi(kan),   |
|                    |                            | surat edaran, SE Bupati/Menpan, maklumat,   |
|                    |                            | berpesan; judged (activities.appeals.appeal): |
|                    |                            | (me/di)minta, (me/di)mohon, berharap,       |
|                    |                            | diharapkan, memerintahkan, mewajibkan,      |
|                    |                            | mendorong; harus, wajib, perlu, hendaknya,  |
|                    |                            | agar, supaya, mari, ayo, tidak berhak,      |
|                    |                            | tidak memiliki/mempunyai/punya hak,         |
|                    |                            | jaga(lah), hindari(lah), tetaplah ...       |
| `pengawasan`       | monitoring, patrols,       | pengawasan, mengawasi, diawasi, memantau,   |
|                    | reporting channels         | pemantauan, memonitor, monitoring, patroli  |
|                    |                            | (siber), cyber/siber patrol, sidak, inspeksi|
|                    |                            | (mendadak),                                 |
|                    |                            | supervisi, mengawal, pengawalan, pos(ko)    |
|                    |                            | pengaduan/netralitas, kanal/layanan/saluran/|
|                    |                            | nomor/pojok/kotak/aplikasi/portal/loket     |
|                    |                            | pengaduan, hotline, call center, menggerebek|
|                    |                            | satgas/tim/pokja pengawas/netralitas,       |
|                    |                            | membuka (ruang) pengaduan, mengecek,        |
|                    |                            | pengecekan; headline awasi/pantau, razia,   |
|                    |                            | memelototi; laporan/aduan (bisa/dapat)      |
|                    |                            | disampaikan ke/melalui ... (a channel told) |
| `pelanggaran`      | violation found            | pelanggaran, melanggar, pelanggar,          |
|                    |                            | tidak/tak netral,                           |
|                    |                            | ketidaknetralan, menemukan (tiga) ASN,      |
|                    |                            | kedapatan, langgar, dugaan ASN/kades,       |
|                    |                            | direkomendasikan ke KASN/BKN, aduan/laporan |
|                    |                            | /kasus (terkait) netralitas, diduga/terbukti|
|                    |                            | terlibat/berkampanye/memihak/bersalah/      |
|                    |                            | mengunggah/hadir/ikut/politik praktis ...,  |
|                    |                            | diputus/dinyatakan bersalah, (di/me)rekomen-|
|                    |                            | dasi(kan), dilaporkan ke Bawaslu/KASN,      |
|                    |                            | laporan ... terkait/soal ... ASN, terjaring |
|                    |                            | (patroli/pengawasan), dilimpahkan/diadukan/ |
|                    |                            | (di/me)teruskan, (me)laporkan, adukan       |
|                    |                            | ... ke Bawaslu/Gakkumdu/KASN/BKN,           |
|                    |                            | penelusuran/penyelidikan/klarifi-           |
|                    |                            | kasi (of a report, a person), informasi/    |
|                    |                            | (beberapa/sejumlah/N) laporan/aduan,        |
|                    |                            | laporan awal, (di/me)netapkan ... tersangka |
| `sanksi`           | sanction decided           | sanksi (penurunan jabatan ...: one phrase), |
|                    |                            | hukuman/tindakan disiplin, ditindak,        |
|                    |                            | menindak, penindakan, pemberhentian,        |
|                    |                            | dipecat, dicopot, dinonaktifkan, teguran,   |
|                    |                            | sanksinya, (mem)divonis, dipidana, dihukum, |
|                    |                            | dijatuhi hukuman/vonis/pidana,              |
|                    |                            | penundaan kenaikan gaji/pangkat, penurunan  |
|                    |                            | pangkat/jabatan, diproses / memproses,      |
|                    |                            | memberhentikan/mencopot/memecat/menonaktif- |
|                    |                            | kan (a person: ASN, camat, kepala ...),     |
|                    |                            | pencopotan, pemecatan, demosi, skorsing,    |
|                    |                            | diskors, dinonjobkan; (di/mem)blokir (data  |
|                    |                            | kepegawaian: threatened, an appeal)         |

Each phrase found is then judged by its sentence (``transforms.events.activities.classify``).
The patterns live by concern in ``lexicon_gatherings`` (occasions, appeals) and ``lexicon_cases``
(monitoring, violations, sanctions); this module joins them in the table's order.
"""

from __future__ import annotations

from transforms.events.activities.lexicon_cases import CASES
from transforms.events.activities.lexicon_gatherings import GATHERINGS

SYNONYMS: tuple[tuple[str, str], ...] = GATHERINGS + CASES
