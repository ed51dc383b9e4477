"""Where a name after its title ends, on invented sentences: a last word that is also a month
or a place word, a garbled no-break space glued to the last word, initials after the hajj title
that spell a degree, and degrees written between the name and a lower-case title."""

from __future__ import annotations

import pytest
from official_checks import found


def test_a_garbled_no_break_space_is_no_part_of_the_name():
    text = "\u201cSaya Rudi Hartawan\u0100 selaku Pj Bupati Merangin minta ASN netral,\u201d ujarnya."
    assert found(text) == [("Pj Bupati", "Rudi Hartawan")]
