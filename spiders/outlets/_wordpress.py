"""What every WordPress outlet shares: archive paths to skip and theme selectors."""

from transforms.context import Selectors

WORDPRESS_EXCLUDES = (
    r"^/(category|tag|page|author|feed|search|wp-[a-z]+|comments|amp)(/|$)",
    r"/feed/?$",
    r"[?&](s|p|replytocom|share)=",
    r"\.(xml|jpg|jpeg|png|gif|webp|pdf|css|js)$",
)

WORDPRESS_SELECTORS = Selectors(
    title="h1.entry-title, h1",
    body="div.entry-content, article .post-content",
    byline_date="time.entry-date",
    author=".author-name, .byline .author",
    listing_links="h2.entry-title a, h3.entry-title a, article a[rel=bookmark]",
    remove=(".sharedaddy", ".jp-relatedposts", "#comments", "#respond", ".baca-juga"),
)
