"""Scrapy-based crawling: spiders per source kind, extraction and storage pipelines."""
