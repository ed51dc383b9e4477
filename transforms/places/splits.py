"""A province's name as it was on the event's date: provinces formed by splitting an older one.

The shipped tables hold today's provinces, so a regency of a province formed later (Merauke, in
Papua Selatan since 2022) would be named in the new province even for an occasion held before
the split. Labels name the province as at the time of the occasion, so an event dated before a
province existed takes the province it was split from. Undated events keep today's province.
"""

from __future__ import annotations

from datetime import date

__all__ = ["PROVINCE_SPLITS", "province_as_of"]

# new province code -> (the province it was split from: code, official name; the day its
# founding law took effect)
PROVINCE_SPLITS: dict[str, tuple[str, str, date]] = {
    "93": ("91", "Papua", date(2022, 7, 25)),  # Papua Selatan, UU 14/2022
    "94": ("91", "Papua", date(2022, 7, 25)),  # Papua Tengah, UU 15/2022
    "95": ("91", "Papua", date(2022, 7, 25)),  # Papua Pegunungan, UU 16/2022
    "96": ("92", "Papua Barat", date(2022, 12, 8)),  # Papua Barat Daya, UU 29/2022
    "65": ("64", "Kalimantan Timur", date(2012, 11, 16)),  # Kalimantan Utara, UU 20/2012
    "76": ("73", "Sulawesi Selatan", date(2004, 10, 5)),  # Sulawesi Barat, UU 26/2004
}


def province_as_of(province: tuple[str, str] | None, day: date | None
                   ) -> tuple[str, str] | None:
    """(code, name) of the province that held ``province``'s land on ``day``: the older
    province for a day before the split (followed back through several splits)."""
    while province is not None and day is not None and province[0] in PROVINCE_SPLITS:
        code, name, founded = PROVINCE_SPLITS[province[0]]
        if day >= founded:
            break
        province = (code, name)
    return province
