"""Near-duplicate articles: copies cluster, rewrites and other stories do not."""

from __future__ import annotations

from datetime import UTC, datetime

from transforms.occasions.near_duplicates import (
    MIN_WORDS,
    Article,
    cluster_id,
    clusters,
    containment,
    near_identical,
    signature,
    similarity,
)

BODY = [
    "Penjabat Bupati Lembah Hijau Rudi Hartawan memimpin apel gabungan di halaman kantor "
    "bupati pada Senin (16/9/2024) yang diikuti sekitar 600 aparatur sipil negara.",
    "Dalam arahannya Rudi menegaskan bahwa setiap ASN wajib menjaga netralitas selama tahapan "
    "pemilihan kepala daerah dan tidak boleh mengunggah dukungan kepada pasangan calon di media "
    "sosial.",
    "Usai apel, seluruh kepala organisasi perangkat daerah membacakan ikrar netralitas dan "
    "menandatangani pakta integritas yang disaksikan Ketua Bawaslu Lembah Hijau Sari Wulandari.",
    "Sari mengingatkan bahwa pelanggaran netralitas akan dilaporkan ke Badan Kepegawaian Negara "
    "dan dapat berujung pada sanksi disiplin sesuai peraturan yang berlaku.",
    "Pemerintah kabupaten juga membuka kanal pengaduan bagi masyarakat yang menemukan ASN "
    "terlibat kampanye, baik secara langsung maupun melalui akun media sosial pribadi.",
]
ORIGINAL = "LEMBAH HIJAU, Warta Daerah - " + "\n".join(BODY)
COPY = ("Sungai Baru (Kabar Nusantara) - " + "\n".join(BODY)
        + "\nEditor: Dewi Lestari\nBaca juga: Harga cabai merah turun di pasar tradisional")
REWRITE = (
    "Ratusan pegawai Pemkab Lembah Hijau mengikuti apel bersama, Senin pagi. Pj Bupati Rudi "
    "Hartawan dalam kesempatan itu meminta jajarannya tidak berpihak kepada kandidat mana pun "
    "menjelang pencoblosan. Menurut dia, birokrasi harus melayani semua warga tanpa membedakan "
    "pilihan politik. Kegiatan ditutup dengan pembacaan ikrar oleh para kepala dinas. Bawaslu "
    "setempat hadir dan menyampaikan bahwa laporan warga akan ditindaklanjuti sesuai aturan."
)
OTHER = (
    "Dinas Pertanian Kabupaten Tanjung Permai menyalurkan bantuan bibit jagung kepada 40 "
    "kelompok tani pada pekan ini. Kepala dinas menyebut bantuan itu bagian dari program "
    "ketahanan pangan daerah dan berharap panen meningkat pada musim tanam berikutnya. Petani "
    "diminta merawat tanaman dengan baik serta melaporkan serangan hama kepada penyuluh."
)
# The copy plus a related-links tail as long as the article itself (a page's own noise).
LONG_TAIL = COPY + "\n" + "\n".join(
    f"Baca juga: Kabar daerah nomor {i} tentang jalan, pasar, sekolah dan banjir musiman"
    for i in range(20))


def test_a_copy_with_another_dateline_and_tail_is_near_identical():
    a, b = signature(ORIGINAL), signature(COPY)
    assert a and b
    assert similarity(a, b) >= 0.8
    assert near_identical(a, b)


def test_a_copy_carrying_a_long_tail_is_kept_by_containment():
    a, b = signature(ORIGINAL), signature(LONG_TAIL)
    assert similarity(a, b) < 0.75
    assert containment(a, b) >= 0.8
    assert near_identical(a, b)


def test_a_rewrite_of_the_same_occasion_and_another_story_are_not_copies():
    original = signature(ORIGINAL)
    assert not near_identical(original, signature(REWRITE))
    assert not near_identical(original, signature(OTHER))


def test_a_text_too_short_has_no_signature():
    assert signature(" ".join(["netralitas"] * (MIN_WORDS - 1))) is None


def test_clusters_name_the_first_publisher_and_leave_singletons_out():
    early, late = datetime(2024, 9, 16, 5, tzinfo=UTC), datetime(2024, 9, 16, 9, tzinfo=UTC)
    articles = [Article("https://b.test/copy", signature(COPY), late),
                Article("https://a.test/original", signature(ORIGINAL), early),
                Article("https://c.test/tail", signature(LONG_TAIL), None),
                Article("https://d.test/rewrite", signature(REWRITE), early),
                Article("https://e.test/other", signature(OTHER), early)]
    members = clusters(articles)
    assert [m.canonical_url for m in members] == [
        "https://a.test/original", "https://b.test/copy", "https://c.test/tail"]
    assert {m.cluster_id for m in members} == {cluster_id("https://a.test/original")}
    assert {m.first_publisher for m in members} == {"https://a.test/original"}
    assert members[0].similarity == 1.0


def test_clusters_do_not_depend_on_input_order():
    articles = [Article(f"https://x.test/{i}", signature(t), None)
                for i, t in enumerate([ORIGINAL, OTHER, COPY, REWRITE, LONG_TAIL])]
    assert clusters(articles) == clusters(list(reversed(articles)))


def test_band_keys_are_shared_by_copies_and_not_by_other_stories():
    from transforms.occasions.near_duplicates import band_keys, lsh_shape

    original, copy, other = (band_keys(signature(t)) for t in (ORIGINAL, COPY, OTHER))
    assert len(original) == lsh_shape()[0]
    assert band_keys(signature(ORIGINAL)) == original  # stable across calls
    assert set(original) & set(copy)
    assert not set(original) & set(other)


def test_pairs_from_band_keys_give_the_clusters_of_the_lsh_index():
    from itertools import combinations

    from transforms.occasions.near_duplicates import band_keys, clusters_of_pairs

    articles = [Article(f"https://x.test/{i}", signature(t), None)
                for i, t in enumerate([ORIGINAL, OTHER, COPY, REWRITE, LONG_TAIL])]
    keyed = {a.canonical_url: set(enumerate(band_keys(a.signature))) for a in articles}
    pairs = [(a, b) for a, b in combinations(sorted(keyed), 2) if keyed[a] & keyed[b]]
    assert clusters_of_pairs(articles, pairs) == clusters(articles)
