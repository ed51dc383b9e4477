"""Indonesia's regions (``regions``: the shipped tables and name resolution) and finding them in
article text (``resolve``: datelines, venues, bodies)."""
