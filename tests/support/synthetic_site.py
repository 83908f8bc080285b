"""A generated news site of any size, for scale tests and benchmarks (served by ``StaticSite``).

``generate_site(root, n)`` writes ``n`` articles, listing pages that link to them and to each
other (so parallel crawlers discover every article several times), a sitemap and robots.txt.
Each article mentions two AI providers with a clear stance on the GPAI Code of Practice.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

PER_LISTING = 20
STANCES = [
    ("Meta", "Meta will not sign the EU code of practice for general-purpose AI, its global affairs chief said."),
    ("OpenAI", "OpenAI said it has signed the EU General-Purpose AI Code of Practice."),
    ("Google", "Google is still reviewing the GPAI code of practice and has not decided whether to sign."),
    ("Microsoft", "Microsoft said it will likely sign the code of practice, Brad Smith told reporters."),
    ("Anthropic", "Anthropic announced that it intends to sign the EU GPAI Code of Practice."),
    ("Mistral AI", "Mistral AI has signed the EU code of practice for general-purpose AI models."),
]
FILLER = ("The voluntary code, published by the European Commission in July, sets out how providers of "
          "general-purpose AI models can show compliance with the AI Act's transparency, copyright and "
          "safety obligations. Companies that sign it get more legal certainty, officials said. ")


WORDS = ("regulators", "brussels", "parliament", "transparency", "copyright", "models", "training", "data",
         "safety", "evaluation", "developers", "startups", "investors", "lawyers", "deadline", "august",
         "guidelines", "office", "compute", "risk", "systemic", "obligations", "fines", "review", "industry",
         "letter", "ministers", "council", "summit", "delay", "signatories", "chapter", "documentation",
         "open-source", "benchmark", "audit", "incident", "reporting", "governance", "market")


def _prose(i: int, sentences: int = 3) -> str:
    """Deterministic, article-specific filler: no two articles are near-duplicates."""
    state, out = i * 2654435761 + 12345, []
    for _ in range(sentences):
        words = []
        for _ in range(12):
            state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
            words.append(WORDS[(state >> 33) % len(WORDS)])
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def article_path(i: int) -> str:
    return f"/news/article-{i:05d}.html"


def _article(i: int, base: str = "__BASE__") -> str:
    (a, sa), (b, sb) = STANCES[i % len(STANCES)], STANCES[(i + 1) % len(STANCES)]
    day = dt.date(2025, 7, 1) + dt.timedelta(days=i % 90)
    title = f"Report {i}: {a} and {b} on the EU AI code"
    paras = [sa, _prose(i), sb, FILLER + _prose(i + 100_000)]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="canonical" href="{base}{article_path(i)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{day.isoformat()}T09:00:00+00:00">
</head><body><article><h1>{html.escape(title)}</h1>
{body}
</article><footer><a href="/">Home</a></footer></body></html>
"""


def _listing(page: int, pages: int, n: int) -> str:
    items = range(page * PER_LISTING, min((page + 1) * PER_LISTING, n))
    links = "\n".join(f'<li><a href="{article_path(i)}">Report {i} on the AI code</a></li>' for i in items)
    others = "\n".join(f'<li><a href="/list/{p}.html">Page {p}</a></li>' for p in range(pages))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Reports, page {page}</title>
<meta property="og:type" content="website"></head>
<body><ul>{links}</ul><nav><ul>{others}</ul></nav></body></html>
"""


def generate_site(root: Path | str, n: int = 200) -> list[str]:
    """Write the site under ``root``; returns the article paths."""
    root = Path(root)
    (root / "news").mkdir(parents=True, exist_ok=True)
    (root / "list").mkdir(exist_ok=True)
    paths = [article_path(i) for i in range(n)]
    for i, path in enumerate(paths):
        (root / path.lstrip("/")).write_text(_article(i), encoding="utf-8")
    pages = max(1, -(-n // PER_LISTING))
    for p in range(pages):
        (root / "list" / f"{p}.html").write_text(_listing(p, pages, n), encoding="utf-8")
    index = "\n".join(f'<li><a href="/list/{p}.html">Reports, page {p}</a></li>' for p in range(pages))
    (root / "index.html").write_text(f"<!DOCTYPE html><html lang='en'><head><title>Reports</title></head>"
                                     f"<body><ul>{index}</ul></body></html>\n", encoding="utf-8")
    urls = "\n".join(f"<url><loc>__BASE__{p}</loc></url>" for p in paths)
    (root / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
                                      f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n',
                                      encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: __BASE__/sitemap.xml\n", encoding="utf-8")
    return paths
