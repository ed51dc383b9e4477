"""Page -> article: decoding, structured metadata, boilerplate, body and page fields, published
dates, URL identity and feeds. Light on import: ``urls``, ``feeds`` and ``context`` are used by
crawl processes, which must not pay for Trafilatura (imported by ``article`` only)."""
