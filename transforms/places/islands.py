"""Islands that lie wholly in one regency whose name is not the island's: an occasion "di
Siau" is in Kabupaten Kepulauan Siau Tagulandang Biaro, one "di Bawean" in Kabupaten Gresik.
Read like the other aliases of a regency (regions.py); names that are everyday words are left
out (a bare name must not be one)."""

from __future__ import annotations

__all__ = ["ISLANDS"]

# island (as written) -> the regency's name in the regency table
ISLANDS: dict[str, str] = {
    "Siau": "KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO",
    "Pulau Siau": "KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO",
    "Tagulandang": "KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO",
    "Singkep": "KABUPATEN LINGGA",
    "Siberut": "KABUPATEN KEPULAUAN MENTAWAI",
    "Bawean": "KABUPATEN GRESIK",
    "Kangean": "KABUPATEN SUMENEP",
    "Peleng": "KABUPATEN BANGGAI KEPULAUAN",
    "Kabaena": "KABUPATEN BOMBANA",
    "Wowonii": "KABUPATEN KONAWE KEPULAUAN",
}
