"""One spider class per source kind; ``SPIDERS`` maps a SourceConfig.kind to its class."""
from __future__ import annotations

from crawler.spiders.base import SourceSpider
from crawler.spiders.bluesky import BlueskySearchSpider, BlueskySpider
from crawler.spiders.feed import FeedSpider
from crawler.spiders.gdelt import GdeltSpider
from crawler.spiders.gnews import GoogleNewsSpider
from crawler.spiders.mastodon import MastodonSpider
from crawler.spiders.pages import PagesSpider
from crawler.spiders.sitemap import SitemapSpider
from crawler.spiders.urls import UrlListSpider

SPIDERS: dict[str, type[SourceSpider]] = {
    cls.kind: cls
    for cls in (FeedSpider, SitemapSpider, PagesSpider, UrlListSpider, BlueskySpider, BlueskySearchSpider,
                MastodonSpider, GdeltSpider, GoogleNewsSpider)
}

__all__ = ["SPIDERS", "SourceSpider"]
