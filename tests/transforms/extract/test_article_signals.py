"""Article detection at URLs outside the outlet's pattern: the page's own signals decide."""

from __future__ import annotations

import pytest
from signal_pages import HEADLINE, article_page, listing_page, tag_page

from spiders.registry import get
from transforms.extract.article import NotAnArticle, extract_article

NEW_SHAPE = "https://langgam.id/2024/10/14/pj-wali-kota-padang-ingatkan-asn/"


def context():
    return get("langgam").context()


def test_the_new_shape_is_outside_langgams_pattern():
    assert not get("langgam").is_article_url(NEW_SHAPE)


@pytest.mark.parametrize("variant", [{}, {"jsonld": False}, {"og_type": "website"}])
def test_an_article_outside_the_pattern_is_extracted_by_its_signals(variant):
    article = extract_article(article_page(NEW_SHAPE, **variant), NEW_SHAPE, context(),
                              require_signals=True)
    assert article.title == HEADLINE
    assert article.canonical_url == NEW_SHAPE
    assert "600 pegawai" in article.text and article.published_at


def test_a_listing_page_with_og_type_website_and_teasers_stays_out():
    with pytest.raises(NotAnArticle, match="no article signals|listing"):
        extract_article(listing_page(), "https://langgam.id/kanal/pemerintahan/", context(),
                        require_signals=True)


def test_a_tag_page_that_claims_og_type_article_stays_out_for_want_of_a_body():
    with pytest.raises(NotAnArticle, match="no body of real length"):
        extract_article(tag_page(), "https://langgam.id/topik/netralitas-asn/", context(),
                        require_signals=True)


def test_a_page_without_signals_stays_out():
    bare = (b"<html><head><title>Profil Redaksi</title></head><body><h1>Profil</h1><p>"
            + b"Langgam.id adalah media siber yang berkantor di Padang. " * 20
            + b"</p></body></html>")
    with pytest.raises(NotAnArticle, match="no article signals"):
        extract_article(bare, "https://langgam.id/profil/redaksi/", context(),
                        require_signals=True)
    # inside the pattern nothing is required: the registry already says it is an article
    assert extract_article(bare, "https://langgam.id/profil-redaksi-langgam/", context())
