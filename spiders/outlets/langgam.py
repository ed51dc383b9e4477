"""Langgam (langgam.id), Padang: WordPress with Jetpack, flat article slugs."""

from spiders.wordpress import wordpress_outlet

OUTLET = wordpress_outlet(slug="langgam", name="Langgam", host="langgam.id",
                          timezone="Asia/Jakarta")
