"""The words of officials' titles: heads and office words (the region words of a title are in
officials/regions.py; the words around a name, ranks, honorifics, degrees and never-names, are
in officials/words.py; the public bodies written as one word in officials/bodies_lexicon.py;
which words may stand in an office phrase in officials/office_words.py).

transforms/events/officials/find.py reads "<title> <office> <region> (<aside>), <name>"; this module
says which word belongs to which part. Two kinds of head:

* regional heads ("Bupati", "Sekda", "Camat", "Kapolres"): the head is the office ("Bupati Agam");
* office heads ("Kepala", "Ketua", "Anggota", "Komisioner", "Koordinator Divisi", "Asisten"):
  an office phrase must follow ("Ketua Bawaslu", "Kepala Badan Kepegawaian Daerah (BKD)",
  "Koordinator Divisi Penanganan Pelanggaran, Data dan Informasi Bawaslu"), else the words name
  nobody in office ("Ketua RT", "ketua tim pemenangan").

Office words, acronyms and region short forms are closed lists: a capitalised word outside them
is taken for a name, so a list gap shows as a region or office word glued to a name, never as
a dropped person.
"""

from __future__ import annotations

PREFIXES = {"pj": "Pj", "pjs": "Pjs", "plt": "Plt", "plh": "Plh", "penjabat": "Pj",
            "penjabat sementara": "Pjs", "pejabat sementara": "Pjs", "pelaksana tugas": "Plt",
            "pelaksana harian": "Plh", "pejabat": "Pj"}
# "Pejabat Bupati" is a common slip for "Penjabat Bupati"; "pejabat" in lower case is any official
PREFIX_PATTERN = (r"(?:penjabat\s+sementara|pejabat\s+sementara|penjabat|pelaksana\s+(?:tugas"
                  r"|harian)|(?-i:Pejabat)|pjs|pj|plt|plh)")

# "Sekretaris" and its common slips: a letter added inside ("Sekeretaris", "Sekrestaris"), a
# vowel lost ("Sekrtaris"), one changed ("Sekretatis") or two swapped ("Sekertaris"); never
# "Sekretariat", the office itself.
_SEK = r"[Ss]ek(?:e?re?s?ta[rt]is|ertaris)"
# A governor by the province's short form: "Gubri", "Gubsu", "Gubkalbar", "Wagubsu".
_GUB_SHORT = (r"(?:ri|su|sumbar|sumsel|kalbar|kalteng|kalsel|kaltim|kaltara|sulsel|sultra"
              r"|sulteng|sulut|sulbar|jatim|jabar|jateng|babel|kepri|malut|bengkulu|jambi)")

# The kind of apel or ceremony after its leader's title: "Pembina Apel Gabungan".
_APEL_KIND = (r"(?:\s+(?:[Gg]abungan|[Pp]agi|[Ss]ore|[Kk]esadaran(?:\s+[Nn]asional)?|[Ss]iaga"
              r"|[Bb]esar|[Kk]husus|[Bb]endera|[Pp]ersiapan|[Kk]ebangsaan|[Nn]etralitas"
              r"(?:\s+ASN)?|[Ii]krar))?")
# Whom an aide serves: "Staf Ahli Mendagri", "Tenaga Ahli Bupati Agam", "Stafsus Menpan-RB"
# ("Gubenur": the governor's common slip, as for the governor's own title).
_PRINCIPAL = (r"(?:Presiden|Wapres|Menteri|Mendagri|Men[Pp][Aa][Nn](?:-?RB)?|Menkumham|Menag"
              r"|Menkeu|Mensesneg|Menkopolhukam|Bupati|Guber?nur|Wali\s*[Kk]ota|Walikota)")

# A region, a name (and degrees), then a verb of saying, with no comma inside.
_BODY_SPEAKER = (r"(?:[ \t]+(?:Kabupaten|Kota|Provinsi))?(?:[ \t]+[A-Z][\w'’.-]*){2,8}[ \t]*,?"
                 r"[ \t]+(?:mengatakan|menyampaikan|menjelaskan|menegaskan|menuturkan"
                 r"|mengungkapkan|menyebutkan)\b")

# A region, then a name of two words or more set off by commas; or the region and a first name
# run together, then another name set off by commas ("Bawaslu Pulau Lembah Rudi Hartono, Sinta
# Dewi, ...": a list of its people), in capitals whatever the case the heads are matched in.
_BODY_APPOSITIVE = (r"(?:[ \t]+(?:Kabupaten|Kota|Provinsi))?(?:[ \t]+[A-Z][\w'’-]*){1,3}[ \t]*,"
                    r"(?:[ \t]+[A-Z][a-z][\w'’-]*){2,4}[ \t]*,"
                    r"|(?-i:(?:[ \t]+[A-Z][\w'’-]*){4,5}[ \t]*,(?:[ \t]+[A-Z][a-z][\w'’-]*){2,4}"
                    r"[ \t]*,)")

# Polda Metro Jaya's commands: "Kapolres Metro Bekasi Kota" ("Kapolres Metro" alone: Kota Metro's)
_METRO_COMMANDS = r"(?=\s+(?:Jakarta|Bekasi|Tangerang|Depok|Kepulauan\s+Seribu)\b)"
# (canonical, pattern, office head?) in the order tried; office heads need an office phrase.
HEADS: tuple[tuple[str, str, bool], ...] = (
    ("Wakil Wali Kota", r"wakil\s+wali\s*kota|wawako|wawal(?:i|kot|ikot)", False),
    ("Wali Kota", r"wali\s*kota|wako|walkot", False),
    ("Wakil Bupati", r"wakil\s+bupati|wabup", False),
    ("Bupati", r"bupati", False),
    ("Wakil Gubernur", rf"wakil\s+gube(?:r?n|rn?)ur|wagub(?-i:{_GUB_SHORT})?", False),
    # "Gubenur", "Guberur": common slips; "Penjagub": the acting governor in one word
    ("Gubernur", rf"gube(?:r?n|rn?)ur|(?-i:Gub{_GUB_SHORT}|Penjagub)", False),
    # an acting regional head by the prefix alone: "Pj Bahtiar" (a head after it is read with
    # its prefix, a misspelt one, "Pj Bupatinl", is no name; "PJ" is a person in charge)
    ("Pj", r"(?-i:Pj|Pjs)(?=\.?[ \t]+(?!Bupati|Gubernur|(?:Wali|Sekda)\b)[A-Z][a-z]+\b)", False),
    ("Sekretaris Daerah",
     rf"{_SEK}\s+(?:daerah|kota|kabupaten|provinsi)|sekda(?:prov|kab|ko|kot)?|sekk?ot|sekkab"
     r"|sekprov|sekko", False),
    ("Sekretaris DPRD", r"(?-i:Sekwan(?:\s+DPRD)?)", False),
    ("Sekretaris Camat", rf"(?-i:Sekcam|{_SEK}\s+(?:[Cc]amat|[Kk]ecamatan))", False),
    ("Sekretaris Kelurahan", rf"(?-i:Seklur|{_SEK}\s+(?:[Ll]urah|[Kk]elurahan))", False),
    ("Sekretaris Nagari", rf"(?-i:{_SEK}\s+[Nn]agari)", False),
    ("Sekretaris Desa", rf"(?-i:Sekdes|{_SEK}\s+(?:[Dd]esa|[Kk]ampung|[Gg]ampong|[Pp]ekon))",
     False),
    ("Sekretaris Jenderal", rf"{_SEK}\s+jenderal|sekjen", True),
    # a dinas's secretary in one word: "Sekdisdikpora", "Sekdinkes"
    ("Sekretaris Dinas", r"(?-i:Sekdi[sn](?=[a-z]{2})[a-z]+)", False),
    ("Sekretaris", rf"(?-i:{_SEK}|Sekban|Sekdis)", True),  # of a badan, of a dinas
    ("Menteri", r"(?-i:Mendagri|Men[Pp][Aa][Nn](?:[\s-]*RB)?|Menkumham|Menag|Menko[Pp]olhukam)",
     False),
    ("Menteri", r"(?-i:[Mm]enteri)", True),
    ("Wakil Menteri", r"(?-i:Wamen(?:dagri|pan(?:[\s-]*RB)?|kumham|ag|keu))", False),
    ("Wakil Menteri", r"(?-i:[Ww]akil\s+[Mm]enteri)", True),
    # national office-holders; a company's, a party's or a student body's president is none
    ("Wakil Presiden", r"(?-i:Wakil\s+Presiden|Wapres)(?!\s+(?:Direktur|Komisaris|Partai|BEM"
                       r"|Mahasiswa|Klub|Asosiasi|Serikat|Federasi))", False),
    ("Presiden", r"(?-i:Presiden)(?!\s+(?:Direktur|Komisaris|Partai|BEM|Mahasiswa|Klub"
                 r"|Asosiasi|Serikat|Federasi))", False),
    ("Kapolri", r"(?-i:Kapolri)", False),
    ("Wakapolri", r"(?-i:Wakapolri)", False),
    ("Panglima TNI", r"(?-i:Panglima\s+TNI)", False),
    ("Jaksa Agung", r"(?-i:Jaksa\s+Agung)(?!\s+Muda)", False),
    # the attorney general's deputies: "Jaksa Agung Muda Intelijen", "JAM Pidsus", "Jampidum"
    ("Jaksa Agung Muda", r"(?-i:Jaksa\s+Agung\s+Muda|JAM(?=\s+[A-Z])|Jam(?:intel|pidum|pidsus"
                         r"|datun|was|bin|pidmil)\b)", True),
    # an election-offence trial: presiding (also "Majelis Hakim PN X pimpinan Y") and member
    # judges, the public prosecutor ("hakim" alone is also a given name: "Abdul Hakim")
    ("Ketua Majelis Hakim", r"(?-i:[Kk]etua\s+[Mm]ajelis\s+[Hh]akim|[Hh]akim\s+[Kk]etua"
                            r"|[Mm]ajelis\s+[Hh]akim(?:\s+(?:PN|PT|Pengadilan\s+(?:Negeri|Tinggi)"
                            r"(?:\s+\(P[NT]\))?)(?:\s+[A-Z][\w-]*){1,3})?\s+(?:yang\s+)?"
                            r"(?:diketuai|dipimpin|pimpinan)(?:\s+oleh)?)", True),
    ("Hakim Anggota", r"(?-i:[Hh]akim\s+[Aa]nggota)", True),
    ("Hakim Tunggal", r"(?-i:[Hh]akim\s+[Tt]unggal)", True),
    ("Jaksa Penuntut Umum", r"(?-i:[Jj]aksa\s+[Pp]enuntut\s+[Uu]mum|JPU)", True),
    # a high prosecutor's office's assistants: intelligence, general and special crimes, civil
    # and administrative law, oversight, development
    *((short, rf"(?-i:{short})", True)
      for short in ("Asintel", "Aspidum", "Aspidsus", "Asdatun", "Aswas", "Asbin", "Aspidmil")),
    ("Sekretaris Utama", r"(?-i:Sestama)", True),
    ("Juru Bicara", r"(?-i:[Jj]uru\s+[Bb]icara|Jubir)", True),
    # a minister's or regional head's special staff
    ("Staf Khusus", rf"(?-i:(?:[Ss]taf\s+[Kk]husus|Stafsus)(?:\s+{_PRINCIPAL})?)", True),
    ("Staf Ahli", r"(?-i:(?:[Ss]taf\s+[Aa]hli|Sahli(?=\s+(?:Bidang|Bupati|Wali|Gubernur|Menteri"
                  rf"|Kapolri|Kapolda|Panglima|Jaksa)\b))(?:\s+{_PRINCIPAL})?)", True),  # "Sahli"
    # a body's staff named with their unit: "Staf Hukum dan Penanganan Pelanggaran Bawaslu"
    # ("Kepala Staf Korem": a chief of staff, not his staff)
    ("Staf", r"(?-i:(?<![Kk]epala )Staf)(?!\s+(?:[Aa]hli|[Kk]husus)\b)", True),
    # a kecamatan's head; in Yogyakarta's kapanewon "Panewu", its deputy "Panewu Anom", and in
    # the city's kemantren "Mantri Pamong Praja" and "Mantri Anom" ("mantri" alone is a nurse)
    ("Sekretaris Camat", r"(?-i:[Pp]anewu\s+[Aa]nom|Mantri\s+Anom)", False),
    ("Camat", r"camat|(?-i:[Pp]anewu|Mantri\s+Pamong\s+Praja|[Kk]epala\s+[Kk]ecamatan)", False),
    ("Kepala Distrik", r"(?-i:[Kk]epala\s+[Dd]istrik)", False),  # Papua's kecamatan
    ("Lurah", r"lurah", False),
    # the head of a village under its local names: Bali, Aceh, Cirebon, Kalimantan Selatan,
    # Jepara, Lampung Barat, Minahasa, Bolaang Mongondow, Riau, Maluku ("Raja Negeri")
    ("Kepala Desa", r"(?-i:[Kk]epala\s+(?:[Dd]esa|[Kk]ampung|[Pp]ekon|[Ll]embang|[Gg]ampong"
                    r"|[Tt]iyuh|[Nn]egeri|[Kk]alurahan|[Kk]epenghuluan)|Kades|Perbekel|[Kk]euchik"
                    r"|[Gg]euchik|Kuwu|P[ae]mbakal|Peratin|Hukum\s+Tua|Sangadi"
                    r"|(?:Petinggi|Penghulu)(?=\s+(?:Desa|Kampung|Kepenghuluan)\b)"
                    r"|Raja\s+Negeri|[Kk]epala\s+[Pp]emerintah(?:an)?\s+[Nn]egeri"
                    # Simalungun's nagori, Sangihe and Talaud's kampung, Kei's ohoi
                    r"|(?:[Pp]angulu|[Kk]epala)\s+[Nn]agori|Kapitala(?:u|ung)|[Kk]epala\s+[Oo]hoi)",
     False),
    # Bali's customary village head
    ("Bendesa Adat", r"(?-i:[Bb]endesa(?:\s+[Aa]dat)?)", False),
    # the police and army's village and sub-district posts
    ("Bhabinkamtibmas", r"(?-i:B(?:h)?abinkamtibmas)", False),
    ("Babinsa", r"(?-i:B(?:h)?abinsa)", True),  # "Bhabinsa": spelt as Bhabinkamtibmas
    ("Danposramil", r"(?-i:Danposramil)", False),
    ("Kapospol", r"(?-i:Kapospol|Kapolpos)", False),  # a police post's head, either order
    # heads of the parts of a village: dusun (padukuhan in Yogyakarta), jorong (Sumatera
    # Barat), lingkungan; Bali's banjar dinas, a dusun of its village ("Kelian Banjar Dinas")
    ("Kepala Dusun", r"(?-i:[Kk]epala\s+(?:[Dd]usun|[Dd]ukuh|[Pp]adukuhan)|Kadus"
                     r"|(?:Kelian|Klian)\s+(?:[Bb]anjar(?:\s+[Dd]inas)?|[Dd]inas))", False),
    ("Kepala Jorong", r"(?-i:[Kk]epala\s+[Jj]orong|[Ww]ali\s+[Jj]orong)", False),
    # Aceh's mukim, the federation of gampong between them and the kecamatan
    ("Kepala Mukim", r"(?-i:(?:[Ii]mum|[Ii]meum|[Kk]epala)\s+[Mm]ukim)", False),
    ("Kepala Lingkungan", r"(?-i:[Kk]epala\s+[Ll]ingkungan|Kaling)", False),
    ("Wali Nagari", r"(?-i:[Ww]ali\s+[Nn]agari)", False),
    # Bawaslu's village-level supervisor: "Pengawas Kelurahan/Desa (PKD) Sukamaju, Nama"
    ("Pengawas Kelurahan/Desa", r"(?-i:[Pp]engawas\s+(?:[Pp]emilu\s+)?(?:[Kk]elurahan\s*/\s*"
     r"[Dd]esa|[Dd]esa\s*/\s*[Kk]elurahan)|PKD(?=\s+(?:[A-Z][a-z]|Desa|Kelurahan|Nagari)))",
     False),
    # a school supervisor of the education office, by the level supervised
    ("Pengawas Sekolah", r"(?-i:[Pp]engawas\s+(?:[Ss]ekolah|SD|SMP|SMA|SMK|SLB|TK|PAUD|PAI|MI"
     r"|MTs|MA|[Mm]adrasah|[Pp]endidikan\s+[Aa]gama)\b)", True),
    ("Inspektur Pembantu", r"(?-i:Inspektur\s+Pembantu|Irban(?:sus|wil)?)", True),
    # who leads an apel or a ceremony leads the occasion as an official ("dr. Rahmat selaku
    # pembina apel", "Rahmat, pemimpin apel, ..."), whatever post they hold besides
    ("Pembina Apel", rf"(?-i:[Pp]embina\s+[Aa]pel{_APEL_KIND})", False),
    ("Pembina Upacara", rf"(?-i:[Pp]embina\s+[Uu]pacara{_APEL_KIND})", False),
    ("Pemimpin Apel", rf"(?-i:[Pp]emimpin\s+[Aa]pel{_APEL_KIND})", False),
    ("Inspektur Upacara", rf"(?-i:[Ii]nspektur\s+(?:[Uu]pacara|[Aa]pel){_APEL_KIND}|Irup)", False),
    # "inspektur polisi": a rank; "inspektur upacara": who takes a ceremony's salute
    ("Inspektur", r"(?-i:[Ii]nspektur(?!\s+(?:[Pp]olisi|[Uu]pacara|[Aa]pel)))", True),
    # a ministry's inspector general; "Irjen" alone is a police rank ("Irjen Pol ...")
    ("Inspektur Jenderal", r"(?-i:Irjen(?=\s+Kemen|\s+Kementerian))", True),
    ("Kasatpol PP", r"(?-i:[Kk]asat\s*[Pp]ol\s*PP(?:\s+dan\s+Damkar)?)", False),
    ("Kasat", r"(?-i:Kasat)", True),
    ("Wakapolres", r"(?-i:[Ww]akapolres(?:tabes|ta)?(?:\s+Metro" + _METRO_COMMANDS + ")?)", False),
    ("Kapolres", r"(?-i:[Kk]apolres(?:tabes|ta)?(?:\s+Metro" + _METRO_COMMANDS + ")?)", False),
    ("Wakapolsek", r"(?-i:Wakapolsek(?:ta)?)", False),
    ("Kapolsek", r"(?-i:[Kk]apolsek(?:ta)?)", False),
    ("Wakapolda", r"(?-i:[Ww]akapolda)", False),
    ("Kapolda", r"(?-i:[Kk]apolda)", False),
    # a Kodim's liaison officer, who stands for the Dandim at a regency's occasions
    ("Perwira Penghubung", r"(?-i:Pabung|[Pp]erwira\s+[Pp]enghubung)", True),
    ("Danramil", r"(?-i:[Dd]and?ramil)", False),  # "Dandramil": a slip of the short form
    ("Danrem", r"(?-i:[Dd]anrem)", False),
    ("Dandim", r"(?-i:[Dd]andim)", False),
    ("Pangdam", r"(?-i:Pangdam)", False),
    ("Komandan", r"(?-i:Dan(?:lanal|lanud|lantamal|yon|yonif|brigif|satbrimob|kormar|pasmar"
                 r"|guskamla|kodiklat)|Kasdim|Kasrem)", False),
    ("Komandan", r"(?-i:[Kk]omandan)", True),
    # a command's deputy and a Kodam's chief of staff: "Wadanrem 032/X Kolonel Inf Nama"
    ("Wakil Komandan", r"(?-i:Wadan(?:rem|dim|ramil|lanal|lanud|lantamal|yon|yonif|brigif))",
     False),
    ("Kepala Staf", r"(?-i:Kasdam)", False),
    ("Wakajati", r"(?-i:Wakajati)", False),
    ("Kajati", r"(?-i:[Kk]ajati)", False),
    ("Kajari", r"(?-i:[Kk]ajari|Kacabjari)", False),
    # a prosecutor of a named office: "Jaksa Kejari Agam, Nama"
    ("Jaksa", r"(?-i:[Jj]aksa)(?=\s+(?:Kejari|Kejati|[Kk]ejaksaan)\b)", True),
    ("Kepala", r"(?-i:[Kk]epala|Kakanreg|Kakanwil|Kaban|Kadis|Kadiv|Karo|Kabag|Kabid|Kasubdit"
               r"|Kakan(?=[ \t]+[A-Z])|Kasubb?ag|Kasubb?id|Kasubb?si[e]?|Kasie|Kasi|Kalaksa|Kanit"
               # a section's sub-unit head ("Kasubsi", in a prosecutor's office), a police
               # unit's ("Kaur Bin Ops", "Kaurbinops")
               r"|Kabiro|Kapus|Kasatgas|Kacabdin|Kaur(?:bin(?:ops)?|min|mintu|ren)(?=[ \t]+[A-Z])"
               r"|Kaur(?=[ \t]+(?:Bin|Min|Mintu|Ren)\b)"
               r"|Ka[ \t]+(?=[A-Z]{3}))", True),  # "Ka BKPSDM": Kepala (the space keeps the
    #                                                   prefilter from trying every "ka...")
    # one-word heads of an agency, department, police unit or prison: "Kadisdik",
    # "Kakesbangpol", "Kakankemenag", "Kasatreskrim", "Kabagops", "Kalapas"
    ("Kepala", r"(?-i:Kadi[sn](?=[a-z]{2})\w*|Ka(?:ban|ba)?kesbangpol|Kakan(?=[a-z]{4})\w*"
               r"|Kasat(?=[a-z]{4})\w*|Kabag(?=[a-z]{3})\w*|Kalapas|Karutan|Kabapas"
               # the state intelligence agency's regional head: "Kabinda Jambi"
               r"|Kabinda"
               # a police unit's public-relations or internal-affairs head: "Kabidhumas Polda"
               r"|Kabid(?:humas|propam|dokkes|tik|keu|kum)|Kasi(?:humas|propam|was|dokkes)"
               r"|Kasubb?ag(?:humas|ops|bin|dalops)|Kapuspen(?:kum)?|Kapen(?:dam|rem|dim))",
     False),
    # a regional police directorate's head: "Dirreskrimum Polda Sumbar"
    ("Direktur", r"(?-i:Dir(?:reskrimum|reskrimsus|resnarkoba|intelkam|binmas|samapta|lantas"
                 r"|polairud|pamobvit|tahti))", False),
    # "Dir Intelkam Polda Sumbar": the directorate's head, its short form apart
    ("Direktur", r"(?-i:Dir(?=\s+(?:Intelkam|Reskrimum|Reskrimsus|Resnarkoba|Binmas|Samapta"
                 r"|Lantas|Polairud|Pamobvit|Tahti|Reskrim)\b))", True),
    ("Kepala Sekolah", r"(?-i:Kepsek)", True),  # "Kepsek SMPN 2 Agam, Nama"
    # an interim council's chair before its leaders are sworn in: "Ketua Sementara DPRD"
    ("Wakil Ketua Sementara", r"(?-i:[Ww]akil\s+[Kk]etua\s+[Ss]ementara(?=\s+DPR))", True),
    ("Ketua Sementara", r"(?-i:[Kk]etua\s+[Ss]ementara(?=\s+DPR))", True),
    ("Wakil Ketua", r"(?-i:[Ww]akil\s+[Kk]etua|Waka(?=\s+(?:I{1,3}\s+)?DPRD\b))", True),
    ("Wakil Kepala", r"(?-i:[Ww]akil\s+[Kk]epala)", True),
    ("Koordinator Sekretariat", r"(?-i:Korsek)", True),
    ("Kepala Sekretariat", r"(?-i:Kasek)", True),
    # a body's head by the possessive, the body named before: "Bawaslu Agam melalui Ketuanya"
    ("Ketua", r"(?-i:[Kk]etuanya)(?=\s*,?\s+[A-Z])", False),
    ("Kepala", r"(?-i:[Kk]epalanya)(?=\s*,?\s+[A-Z])", False),
    ("Ketua", r"(?-i:[Kk]etua)", True),
    ("Anggota", r"(?-i:[Aa]nggota(?:\s+[Kk]omisi?o?ner)?)", True),  # "anggota Komisioner X"
    ("Komisioner", r"(?-i:[Kk]omisi?o?ner)", True),  # "Komisoner", "Komisiner": slips
    ("Koordinator", r"(?-i:[Kk]oo?rdinator|K(?:oo|o)r?di[vp]|Korwil)", True),  # "Kodiv", "Kodip"
    # "Devisi": a common slip; in lower case after "selaku"/"sebagai" ("Rahmat selaku divisi
    # Hukum Bawaslu Agam") or a comma ("anggota Bawaslu Agam, divisi hukum, Nama": an aside)
    ("Divisi", r"(?-i:D[ei]visi|(?<=selaku )d[ei]visi|(?<=sebagai )d[ei]visi|(?<=, )d[ei]visi)",
     True),
    ("Asisten Deputi", r"(?-i:Asdep|[Aa]sisten\s+[Dd]eputi)", True),  # of a ministry or KASN
    # "Asda I": Asisten Daerah; "Asetda II": Asisten Sekretaris Daerah
    ("Asisten", r"(?-i:[Aa]s{1,2}is{1,2}ten|[Aa]ssiten|Asda|Asetda)", True),  # "Asissten" too
    # an expert adviser of a minister or regional head, and the public-relations officer of a
    # body ("Humas Bawaslu Agam, Nama"), speak for it as officials
    ("Tenaga Ahli", rf"(?-i:[Tt]enaga\s+[Aa]hli(?:\s+{_PRINCIPAL})?)", True),
    ("Humas", r"(?-i:Humas(?=\s+(?:Bawaslu|KPU|Panwaslu|Panwaslih|Polres|Polda|Pemkab|Pemkot"
              r"|Pemko|Pemprov|Setda|BKN|BKD|Kemendagri|KemenPAN)))", True),
    # an election body written for its official, no post named: "Bawaslu Kabupaten Banjar
    # Rahmat Hidayat SH mengatakan" (only so, before a name and a verb of saying)
    # or with the name set off by commas: "narasumber dari Bawaslu Agam, Siti Rahma, ..."
    # the body's name may be spelled out: "Badan Pengawas Pemilihan Umum (Bawaslu) RI Nama"
    ("Bawaslu", r"(?-i:Bawaslu|Panwaslu|Panwaslih|(?:Badan|Panitia)\s+Pengawas\s+Pemil(?:u|ihan"
                r"(?:\s+Umum)?))(?=(?:[ \t]*\((?-i:Bawaslu|Panwaslu|Panwas|Panwaslih)\))?"
                rf"(?:{_BODY_SPEAKER}|{_BODY_APPOSITIVE}))", False),
    ("KPU", r"(?-i:KPUD?|KIP|Komisi\s+(?:Independen\s+)?Pemilihan(?:\s+Umum)?)"
            r"(?=(?:[ \t]*\((?-i:KPUD?|KIP)\))?"
            rf"(?:{_BODY_SPEAKER}|{_BODY_APPOSITIVE}))", False),
    # "Jabatan Pimpinan Tinggi Pratama": a grade of the civil service, no one's post
    ("Pimpinan", r"(?-i:Pimpinan)(?![ \t]+Tinggi\b)", True),
    # a body's representative at an occasion: "perwakilan BKPSDM Kota X, Nama"
    ("Perwakilan", r"(?-i:[Pp]erwakilan)", True),
    # an official of a body, in lower case ("turut hadir pejabat Dinas Kominfo Agam, Nama"; in
    # capitals "Pejabat" is a slip for the acting head's "Penjabat"); not one of several or
    # a suspect ("dua pejabat Dinas X, A dan B, diduga ...", "seorang pejabat Pemprov")
    ("Pejabat", r"(?-i:(?<![Dd]ua )(?<![Tt]iga )(?<![Pp]ara )(?<![Ss]eorang )(?<![Oo]knum )"
                r"(?<![Ss]ejumlah )(?<![Bb]eberapa )(?<!\d )pejabat)(?=[ \t]+[A-Z])", True),
    # the ethics council's (DKPP) regional examiners sit as officials at its hearings
    ("Tim Pemeriksa Daerah", r"(?-i:Tim\s+Pemeriksa(?:\s+Daerah)?)", True),
    ("Deputi", r"(?-i:Deputi)", True),
    ("Direktur Jenderal", r"(?-i:Direktur\s+Jenderal|Dirjen)", True),
    ("Direktur Utama", r"(?-i:Dirut)", True),  # of a regional company or hospital
    ("Direktur", r"(?-i:Direktur)", True),
    ("Analis", r"(?-i:Analis)", True),
    # a state university's rector
    ("Rektor", r"(?-i:[Rr]ektor)", True),
    # a training body's lecturer, who gives the material at a bimtek as its official
    ("Widyaiswara", r"(?-i:[Ww]idyaiswara)", True),
    # a ministry's extension officer in a functional post, a resource person at a briefing:
    # "Penyuluh Hukum Ahli Muda Kanwil Kemenkumham Sumbar"
    ("Penyuluh", r"(?-i:[Pp]enyuluh)", True),
    # an auditor in a functional post, sent as a resource person: "Auditor Ahli Madya BKN"
    ("Auditor", r"(?-i:Auditor)", True),
    # a sub-district election supervisor named as the body, set off by commas after or before
    # the name: "Rahmat, Panwas Kecamatan Sukamaju, menyebut"
    # (a place of two words or more only after "Kecamatan": "Panwascam Talang Babungo, Deni"
    # would read the place as the name)
    ("Panwas", r"(?-i:Panwas(?:cam|lu|lucam)?)(?=(?:[ \t]+(?:Kecamatan|Kec\.)"
               r"(?:[ \t]+[A-Z][\w'’-]*){1,3}|[ \t]+[A-Z][\w'’-]*)[ \t]*,)", False),
)
# Parts played at an occasion, held besides a post: one person with the post's holder.
OCCASION_ROLES = frozenset({"Pembina Apel", "Pembina Upacara", "Pemimpin Apel",
                            "Inspektur Upacara"})
# Office heads whose office phrase may be left out: "Inspektur Kota Padang", "Staf Ahli Bupati
# Agam" name one post as well as "Inspektur Inspektorat ..." or "Staf Ahli ... Bidang Hukum".
OPTIONAL_OFFICE = frozenset({"Inspektur", "Staf Ahli", "Tenaga Ahli", "Tim Pemeriksa Daerah",
                             "Staf Khusus", "Jaksa Agung Muda",
                             "Ketua Majelis Hakim", "Hakim Anggota", "Hakim Tunggal",
                             "Jaksa Penuntut Umum", "Asintel", "Aspidum", "Aspidsus", "Asdatun",
                             "Aswas", "Asbin", "Aspidmil", "Kepala Sekolah", "Widyaiswara",
                             "Babinsa"})  # a village's army post: "Babinsa Desa X, <rank> Name"
# Heads of a regency, city or province (and of its police, army, prosecution units): the word
# right after them is read as that region even when it is an everyday word ("Wali Kota Batu
# Dewanti", "Pj Bupati Kudus Hasan"), as long as a name follows.
REGIONAL_HEADS = frozenset({"Wakil Wali Kota", "Wali Kota", "Wakil Bupati", "Bupati",
                            "Wakil Gubernur", "Gubernur", "Sekretaris Daerah", "Sekretaris DPRD",
                            "Kapolres", "Wakapolres", "Kapolda", "Wakapolda", "Dandim", "Kajari",
                            "Kajati", "Wakajati", "Kasatpol PP"})
# Titles one person holds in a region or body: named or not, they point at someone ("Bupati
# Agam", "Kepala BKD"); a nameless member, coordinator or police chief is left out.
NAMED_ALONE = frozenset({"Wakil Wali Kota", "Wali Kota", "Wakil Bupati", "Bupati",
                         "Wakil Gubernur", "Gubernur", "Sekretaris Daerah", "Camat", "Lurah",
                         "Kepala", "Ketua", "Menteri"})
# Heads of a sub-district or a village: the place's name comes first and is seldom one the
# article writes elsewhere ("Camat Lubuk Sikarah Hendra", "Lurah Sukamaju Dedi Kurniawan").
DISTRICT_HEADS = frozenset({"Camat", "Sekretaris Camat", "Kapolsek", "Wakapolsek", "Danramil",
                            "Kepala Distrik", "Danposramil", "Kapospol"})
VILLAGE_HEADS = frozenset({"Lurah", "Kepala Desa", "Kepala Mukim", "Wali Nagari", "Sekretaris Desa",
                           "Sekretaris Kelurahan", "Sekretaris Nagari", "Kepala Dusun",
                           "Kepala Jorong", "Kepala Lingkungan", "Pengawas Kelurahan/Desa",
                           "Bendesa Adat", "Bhabinkamtibmas", "Babinsa"})
# Words a village's or a quarter's name starts with: such a name has two words at least
# ("Lurah Kampung Jao Irwan", "Wali Nagari Sungai Pua Amril").
PLACE_GENERICS = frozenset("""
    Air Alue Bagan Bandar Batang Batu Bukit Bumi Dusun Gunung Jorong Kampung Karang Koto Kota
    Kuala Labuhan Lubuk Muara Nagari Padang Pangkalan Parit Pasar Pematang Pulau Rantau Sei
    Simpang Sumber Sungai Talang Tanah Tanjung Teluk Ujung Way Lubuak Sawah Ranah Pondok Suka
    Tegal Kali Cikal Rawa Kebun Lembah Ladang Lahat Pagar Tebing Tiga Dua Koto Balai
""".split())
# Election bodies of a sub-district: their region is a kecamatan too ("Ketua Panwascam X"); of a
# village or kelurahan: a village ("Anggota PKD Nagari X", "Ketua PPS Sukamaju", "Ketua BPD Y").
DISTRICT_BODIES = frozenset({"panwascam", "panwaslucam", "ppk"})
VILLAGE_BODIES = frozenset({"pps", "pkd", "bpd"})
