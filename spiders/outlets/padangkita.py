"""Padangkita (padangkita.com), Padang: a generic WordPress outlet, added as data only."""

from spiders.wordpress import wordpress_outlet

OUTLET = wordpress_outlet(slug="padangkita", name="Padangkita", host="padangkita.com",
                          timezone="Asia/Jakarta")
