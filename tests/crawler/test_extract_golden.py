"""Golden files for extraction of demo pages. Regenerate with ``UPDATE_GOLDEN=1 pytest tests/crawler``."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from crawler.extract import extract
from crawler.items import ExtractedDocument, FetchedPage
from stancewatch.site_server import DEMO_SITE_DIR

GOLDEN_DIR = Path(__file__).parent / "golden"
BASE = "http://demo.test"
PAGES = [
    "/news/2025/07/meta-declines-code.html",
    "/de/2025/07/meta-unterzeichnet-ki-kodex-nicht.html",
    "/posts/brad-smith/2025-07-18-eu-ai-code.html",
    "/newsroom/openai/2025-07-11-eu-code-of-practice.html",
    "/commission/signatories.html",
]


def _extract(path: str) -> ExtractedDocument:
    body = (DEMO_SITE_DIR / path.lstrip("/")).read_bytes().replace(b"__BASE__", BASE.encode())
    page = FetchedPage(url=BASE + path, requested_url=BASE + path, source_id="golden", status=200, body=body,
                       content_type="text/html; charset=utf-8")
    result = extract(page)
    assert isinstance(result, ExtractedDocument), result
    return result


@pytest.mark.parametrize("path", PAGES)
def test_extraction_matches_golden(path):
    doc = _extract(path)
    got = {"url": path, "title": doc.title, "published": doc.published, "language": doc.language,
           "author": doc.author, "canonical_url": doc.canonical_url, "text_head": doc.text[:300]}
    golden = GOLDEN_DIR / (path.strip("/").replace("/", "__").removesuffix(".html") + ".json")
    if os.environ.get("UPDATE_GOLDEN") == "1" or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if os.environ.get("UPDATE_GOLDEN") != "1":
            pytest.fail(f"golden file {golden.name} was missing and has been written; review and commit it")
    assert got == json.loads(golden.read_text(encoding="utf-8"))
