"""What is never article text on Indonesian news pages, as XPath prunes and line rules.

Trafilatura removes most navigation; these rules catch what it keeps on these outlets
(STACK_NOTES: an inline "Baca juga:" paragraph leaks in every Trafilatura setting).
"""

from __future__ import annotations

import re

_LOWER = "translate(normalize-space(.), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"

PRUNE_XPATH = [
    f"//p[starts-with({_LOWER}, 'baca juga')]",
    f"//p[starts-with({_LOWER}, 'baca pula')]",
    f"//div[starts-with({_LOWER}, 'baca juga')]",
    "//*[contains(@class, 'baca-juga') or contains(@class, 'bacajuga')]",
    "//*[contains(@class, 'related') or contains(@class, 'terkait')]",
    "//*[contains(@class, 'share') or contains(@class, 'sharedaddy')]",
    "//*[@id='comments' or @id='respond' or contains(@class, 'comment-respond')]",
    "//figcaption",
    "//ins[contains(@class, 'adsbygoogle')]",
]

# Lines that are never body text (matched on the stripped, case-folded line).
_DROP_LINE = re.compile(
    r"^(baca (juga|pula)\b|editor\s*:|pewarta\s*:|penulis\s*:|redaktur\s*:|reporter\s*:|"
    r"tags?\s*:|sebarkan artikel ini|bagikan( ini)?\s*:?$|share\s*:|copyright ©|"
    r"dilarang keras mengambil konten|anda dapat menyiarkan ulang|"
    r"—?\s*dapatkan update berita|ingin mendapatkan update berita|"
    r"\(adsbygoogle|alamat email anda tidak akan|"
    r"\d{1,7}\s*(kali|x dibaca|views?)$|\d{1,7}$)",
    re.IGNORECASE,
)
# Headings after which nothing on the page is the article any more.
_CUT_AFTER = re.compile(
    r"^(baca juga|berita terkait( lainnya)?|artikel terkait|tinggalkan balasan|"
    r"tinggalkan komentar|komentar|related posts?|berita lainnya)\s*:?$",
    re.IGNORECASE,
)


def clean_text(text: str) -> str:
    """Drop boilerplate lines and everything after a related-list or comment heading."""
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if _CUT_AFTER.match(stripped):
            break
        if _DROP_LINE.match(stripped):
            continue
        kept.append(stripped)
    return "\n".join(kept)
