"""Crawl + extract + store throughput against trafilatura's batch CLI and a bare fetch.

    .venv/bin/python -m benchmarks crawl [--pages 1200] [--concurrency 8] [--repeat 3]

Generates a deterministic news site (``generate_site``: realistic article pages with navigation,
sidebar, footer, JSON-LD/OpenGraph metadata, dates, bylines; a URL list, a sitemap and an RSS
feed) into a temporary directory, serves it with ``StaticSite`` on 127.0.0.1 and, in one run,
times three clients fetching the same article URLs (each a separate process, throttling off,
the same number of parallel requests):

* ours     ``crawler.runner.run_crawl`` with a ``urls`` source: Scrapy fetch, trafilatura + metadata
           extraction, language, hashes, SQLite (fresh database each repeat);
* trafilatura  ``trafilatura -i urls.txt --parallel N --with-metadata --precision --json -o DIR``
           with ``SLEEP_TIME = 0`` (its per-host politeness sleep) and SSRF protection off (127.0.0.1);
* bare     a ThreadPool of N ``urllib`` GETs that read the body and do nothing else.

Every client is timed from process start to exit (best of ``--repeat``); the ratios compare
runs of the same repeat loop, so machine load hits all of them alike.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# --------------------------------------------------------------------------------------------
# The generated site (also the analysis benchmark's corpus)
# --------------------------------------------------------------------------------------------

COMPANIES = [  # (name, executive, title) — all in nlp/data/companies.toml
    ("Meta", "Joel Kaplan", "chief global affairs officer"),
    ("OpenAI", "Sam Altman", "chief executive"),
    ("Google", "Kent Walker", "president of global affairs"),
    ("Microsoft", "Brad Smith", "president"),
    ("Anthropic", "Dario Amodei", "chief executive"),
    ("Mistral AI", "Arthur Mensch", "chief executive"),
    ("Amazon", "Andy Jassy", "chief executive"),
    ("Aleph Alpha", "Jonas Andrulis", "founder"),
    ("Cohere", "Aidan Gomez", "chief executive"),
    ("IBM", None, None),
]
STANCE_TEMPLATES = {
    "sign": [
        "{c} said it has signed the EU General-Purpose AI Code of Practice.",
        "{c} will sign the EU code of practice for general-purpose AI, {e}, its {t}, said on {d}.",
        "“We intend to sign the GPAI Code of Practice,” a spokesperson for {c} said.",
        "{c} confirmed on {d} that it had added its name to the list of signatories of the code.",
    ],
    "refuse": [
        "{c} will not sign the EU code of practice for general-purpose AI models, {e} wrote on {d}.",
        "{c} has declined to sign the GPAI Code of Practice, saying it goes beyond the scope of the AI Act.",
        "“{c} won’t be signing it,” {e} said of the voluntary code.",
    ],
    "undecided": [
        "{c} is still reviewing the GPAI Code of Practice and has not decided whether to sign.",
        "A spokesperson said {c} had not yet made a decision on the code of practice.",
        "{c} called for a pause to the AI Act's obligations and said it was still studying the code.",
    ],
}
TOPIC_SENTENCES = [
    "The voluntary code, published by the European Commission on {d}, sets out how providers of "
    "general-purpose AI models can show compliance with the AI Act's transparency, copyright and safety obligations.",
    "Signatories get more legal certainty and a lower administrative burden, officials in Brussels said.",
    "The AI Office will publish the list of signatories and review the code every two years.",
    "The obligations for general-purpose AI models apply from August 2, 2025.",
]
UNRELATED = [  # sentences with no stance, some naming companies in other contexts
    "{c} reported quarterly revenue of ${n} billion, ahead of analysts' expectations.",
    "Shares of {c} rose {p} percent in early trading in New York.",
    "{c} opened a new data centre near Dublin last year, employing {n}00 people.",
    "The weather in Brussels was mild on {d}, with temperatures around {n} degrees.",
    "Parliament's committee on industry, research and energy meets again in {m}.",
    "Analysts at several banks expect investment in cloud infrastructure to keep growing through {y}.",
    "The city council approved a new budget for public transport on {d}.",
    "Consumer groups have long argued that online platforms should do more to protect children.",
    "Energy prices in Europe fell for the third month in a row, according to Eurostat.",
    "The football season starts in {m}, with {n} clubs in the top division.",
    "Several startups in Paris and Berlin raised new funding rounds this quarter.",
    "Semiconductor supply chains remain tight, with lead times of up to {n} weeks for some parts.",
    "{c}'s developer conference drew more than {n},000 attendees this year.",
    "The European Central Bank kept interest rates unchanged at its meeting in {m}.",
    "Researchers published a new benchmark for evaluating reasoning in language models.",
    "Trade ministers discussed tariffs on steel and aluminium at a summit in {m}.",
    "A spokesperson for the Commission declined to comment on individual companies.",
    "Lawyers said the guidelines leave several questions about copyright open.",
    "The report runs to {n}0 pages and includes recommendations for national authorities.",
    "Traffic on the motorway between Brussels and Antwerp was disrupted for {n} hours.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SECTIONS = ["Tech", "Policy", "Business", "Europe", "World", "Markets", "Science", "Opinion", "Culture", "Sport"]
AUTHORS = ["Anna Keller", "Marc Dubois", "Lucia Romano", "Tom Hughes", "Eva Nowak", "Jonas Berg", "Sara Lind"]


@dataclass
class Article:
    index: int
    path: str
    title: str
    paragraphs: list[str]
    published: dt.date
    author: str
    section: str
    stances: dict[str, str]  # company name -> sign | refuse | undecided (what the text says)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


SUBJECTS = ["The ministry", "A group of economists", "Local officials", "The new coalition", "Farmers in the region",
            "The central bank", "Union leaders", "The regulator", "Hospital managers", "The airline", "Shipping firms",
            "A panel of judges", "The mayor", "Retailers", "The committee", "Teachers", "The port authority",
            "Residents", "The statistics office", "Investors", "Engineers at the plant", "The opposition party"]
VERBS = ["warned about", "announced", "criticised", "welcomed", "postponed", "reviewed", "proposed", "rejected",
         "published", "questioned", "defended", "expanded", "cut", "approved", "discussed", "reported on"]
OBJECTS = ["higher rents", "the new rail timetable", "a plan to cut emissions", "rising food prices",
           "the budget for schools", "delays at the border", "a reform of pensions", "water shortages",
           "the tender for wind farms", "hospital waiting lists", "plans for a new bridge", "fishing quotas",
           "the minimum wage", "a merger of two regional banks", "export figures", "a tax on sugary drinks",
           "the housing programme", "flood defences", "the price of electricity", "a new tram line"]
TAILS = ["on {d}", "after weeks of talks", "in a statement", "at a press conference in {m}",
         "according to people familiar with the matter", "for the {n}th time this year", "despite protests",
         "ahead of the elections in {m}", "in a report of {n}0 pages", "following a court ruling",
         "with support from {n} municipalities", "as inflation eased to {p}.{n} percent"]


def _clause(rng: random.Random) -> str:
    """A unique, grammatical filler sentence (news that has nothing to do with AI)."""
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(365))
    tail = rng.choice(TAILS).format(d=f"{MONTHS[day.month - 1]} {day.day}", m=rng.choice(MONTHS),
                                    n=rng.randint(2, 98), p=rng.randint(1, 9))
    extra = f", while {rng.choice(SUBJECTS).lower()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}" \
        if rng.random() < 0.4 else ""
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {tail}{extra}."


def _fill(template: str, rng: random.Random, company: str, day: dt.date, exec_=None, title=None) -> str:
    return template.format(c=company, e=exec_ or f"a {company} spokesperson", t=title or "spokesperson",
                           d=f"{MONTHS[day.month - 1]} {day.day}", n=rng.randint(2, 98), p=rng.randint(1, 9),
                           m=rng.choice(MONTHS), y=rng.randint(2026, 2030))


def make_article(i: int) -> Article:
    """Article ``i`` (deterministic): 1-3 companies with a stance among many unrelated sentences."""
    rng = random.Random(i * 7919 + 17)
    day = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(120))
    picked = rng.sample(COMPANIES, rng.randint(1, 3))
    stances = {c[0]: rng.choice(list(STANCE_TEMPLATES)) for c in picked}
    sentences: list[str] = []
    for _ in range(rng.randint(24, 48)):  # the bulk: unrelated news, mostly unique sentences
        if rng.random() < 0.35:
            sentences.append(_fill(rng.choice(UNRELATED), rng, rng.choice(COMPANIES)[0], day))
        else:
            sentences.append(_clause(rng))
    for name, exec_, title in picked:
        tpl = rng.choice(STANCE_TEMPLATES[stances[name]])
        sentences.insert(rng.randrange(len(sentences) + 1), _fill(tpl, rng, name, day, exec_, title))
    for tpl in rng.sample(TOPIC_SENTENCES, rng.randint(1, 3)):
        sentences.insert(rng.randrange(len(sentences) + 1), _fill(tpl, rng, "", day))
    paragraphs, k = [], 0
    while k < len(sentences):
        n = rng.randint(1, 4)
        paragraphs.append(" ".join(sentences[k:k + n]))
        k += n
    names = [c[0] for c in picked]
    title = (f"{names[0]} and the EU AI code: where {len(names)} providers stand" if len(names) > 1
             else f"{names[0]} {'signs' if stances[names[0]] == 'sign' else 'and'} the EU AI code of practice")
    return Article(i, f"/{day:%Y/%m}/article-{i:05d}.html", title, paragraphs, day, rng.choice(AUTHORS),
                   rng.choice(SECTIONS), stances)


def _nav() -> str:
    items = "".join(f'<li><a href="/section/{s.lower()}/">{s}</a></li>' for s in SECTIONS)
    return f"""<header class="site-header"><a class="logo" href="/">The Policy Wire</a>
<nav class="main-nav"><ul>{items}<li><a href="/newsletter/">Newsletter</a></li><li><a href="/subscribe/">Subscribe</a></li>
<li><a href="/login/">Log in</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy/">Privacy policy</a>
<button>Accept</button></div></header>"""


def _sidebar(i: int, n: int) -> str:
    rng = random.Random(i)
    links = "".join(f'<li><a href="{make_article(j).path}">Most read: report {j}</a></li>'
                    for j in rng.sample(range(n), min(8, n)))
    return f"""<aside class="sidebar"><h2>Most read</h2><ol>{links}</ol>
<div class="newsletter"><h3>Get the Policy Wire briefing</h3><p>Every morning in your inbox. Sign up now.</p>
<form action="/newsletter/"><input type="email" name="email"><button>Sign up</button></form></div>
<div class="ad">Advertisement</div></aside>"""


def _footer() -> str:
    cols = "".join(f'<li><a href="/{w.lower()}/">{w}</a></li>' for w in
                   ["About", "Contact", "Careers", "Advertise", "Privacy", "Terms", "Cookies", "Imprint",
                    "Archive", "RSS", "Accessibility", "Corrections"])
    return f"""<footer class="site-footer"><ul>{cols}</ul>
<p>© 2025 The Policy Wire. All rights reserved. Reproduction without permission is prohibited.</p></footer>"""


def render_article(a: Article, n: int) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
    iso = f"{a.published.isoformat()}T{8 + a.index % 10:02d}:{a.index % 60:02d}:00+02:00"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                     "datePublished": iso, "author": {"@type": "Person", "name": a.author},
                     "publisher": {"@type": "Organization", "name": "The Policy Wire"}, "inLanguage": "en"})
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a.title)} | The Policy Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{html.escape(a.paragraphs[0][:150])}">
<meta name="author" content="{a.author}">
<link rel="canonical" href="__BASE__{a.path}">
<meta property="og:type" content="article"><meta property="og:title" content="{html.escape(a.title)}">
<meta property="og:url" content="__BASE__{a.path}"><meta property="og:site_name" content="The Policy Wire">
<meta property="article:published_time" content="{iso}"><meta property="article:section" content="{a.section}">
<link rel="stylesheet" href="/static/site.css"><script src="/static/site.js" defer></script>
<script type="application/ld+json">{ld}</script></head>
<body class="article-page">{_nav()}
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/section/{a.section.lower()}/">{a.section}</a></nav>
<main><article><h1>{html.escape(a.title)}</h1>
<p class="byline">By <a rel="author" href="/authors/{a.author.lower().replace(' ', '-')}/">{a.author}</a> ·
<time datetime="{iso}">{a.published:%d %B %Y}</time></p>
<div class="share"><a href="/share/x">Share on X</a> <a href="/share/linkedin">LinkedIn</a> <a href="/share/mail">Email</a></div>
<div class="article-body">
{body}
</div>
<p class="tags">Topics: <a href="/tag/ai-act/">AI Act</a>, <a href="/tag/gpai/">GPAI</a>, <a href="/tag/{a.section.lower()}/">{a.section}</a></p>
<section class="related"><h2>Related</h2><ul><li><a href="/">More on AI regulation</a></li></ul></section>
</article></main>
{_sidebar(a.index, n)}
{_footer()}</body></html>
"""


def generate_site(root: Path | str, n: int = 1200) -> list[Article]:
    """Write ``n`` articles, ``urls.txt`` (paths), ``sitemap.xml``, ``feed.xml`` and ``robots.txt``."""
    root = Path(root)
    articles = [make_article(i) for i in range(n)]
    for a in articles:
        target = root / a.path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_article(a, n), encoding="utf-8")
    (root / "index.html").write_text("<!DOCTYPE html><html lang='en'><head><title>The Policy Wire</title></head>"
                                     f"<body>{_nav()}{_footer()}</body></html>\n", encoding="utf-8")
    urls = "\n".join(f"<url><loc>__BASE__{a.path}</loc><lastmod>{a.published}</lastmod></url>" for a in articles)
    (root / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
                                      f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n',
                                      encoding="utf-8")
    items = "\n".join(f"<item><title>{html.escape(a.title)}</title><link>__BASE__{a.path}</link>"
                      f"<pubDate>{a.published:%a, %d %b %Y} 09:00:00 +0000</pubDate></item>" for a in articles[:100])
    (root / "feed.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                                   f"<title>The Policy Wire</title><link>__BASE__/</link>\n{items}\n</channel></rss>\n",
                                   encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: __BASE__/sitemap.xml\n", encoding="utf-8")
    (root / "urls.txt").write_text("".join(a.path + "\n" for a in articles), encoding="utf-8")
    return articles


# --------------------------------------------------------------------------------------------
# The three clients
# --------------------------------------------------------------------------------------------

_BARE = textwrap.dedent("""
    import sys, urllib.request
    from concurrent.futures import ThreadPoolExecutor
    urls = [u.strip() for u in open(sys.argv[1]) if u.strip()]
    def get(u):
        with urllib.request.urlopen(u, timeout=30) as r:
            return len(r.read())
    with ThreadPoolExecutor(int(sys.argv[2])) as ex:
        sizes = list(ex.map(get, urls))
    print(len(sizes), sum(sizes))
""")


def _run(cmd: list[str], env: dict | None = None) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=PROJECT_ROOT)
    return time.perf_counter() - t0, proc


def run_ours(work: Path, url_file: Path, conc: int, k: int) -> tuple[float, int]:
    db = work / f"ours-{k}.db"
    cfg_path = work / f"ours-{k}.toml"
    cfg_path.write_text(f"""
[storage]
url = "sqlite:///{db}"
[crawl]
allow_private_networks = true
obey_robots = false
download_delay = 0
autothrottle = false
concurrent_requests = {conc}
concurrent_requests_per_host = {conc}
retry_times = 0
max_pages_per_source = 100000
[[sources]]
id = "bench"
kind = "urls"
url = "{url_file}"
""", encoding="utf-8")
    # run_crawl itself, in a fresh interpreter like `stancewatch crawl`: the timing includes
    # its start-up (imports, schema migration) and the crawl child it spawns.
    code = ("import sys, logging; logging.basicConfig(level=logging.WARNING)\n"
            "from stancewatch.config import load_config\nfrom crawler.runner import run_crawl\n"
            f"s = run_crawl(load_config({str(cfg_path)!r}), None)\n"
            "print(s.pages_fetched, s.documents_new, s.rejected, s.errors)")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    secs, proc = _run([sys.executable, "-c", code], env)
    if proc.returncode != 0:
        raise SystemExit(f"our crawl failed:\n{proc.stdout}\n{proc.stderr[-3000:]}")
    con = sqlite3.connect(db)
    n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    return secs, n


def run_trafilatura(work: Path, url_file: Path, conc: int, k: int) -> tuple[float, int]:
    out = work / f"traf-{k}"
    conf = work / "trafilatura.cfg"
    src = Path(__import__("trafilatura").__file__).parent / "settings.cfg"
    text = src.read_text()
    text = text.replace("SLEEP_TIME = 5.0", "SLEEP_TIME = 0").replace("SSRF_PROTECTION = on", "SSRF_PROTECTION = off")
    conf.write_text(text)
    exe = BIN / "trafilatura"
    secs, proc = _run([str(exe), "-i", str(url_file), "--parallel", str(conc), "--with-metadata", "--precision",
                       "--json", "--config-file", str(conf), "-o", str(out)])
    if proc.returncode not in (0, 1):
        raise SystemExit(f"trafilatura failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return secs, sum(1 for _ in out.rglob("*.json")) if out.exists() else 0


def run_bare(work: Path, url_file: Path, conc: int, k: int) -> tuple[float, int]:
    secs, proc = _run([sys.executable, "-c", _BARE, str(url_file), str(conc)])
    if proc.returncode != 0:
        raise SystemExit(f"bare fetch failed:\n{proc.stderr[-3000:]}")
    return secs, int(proc.stdout.split()[0])


def _site(root: Path, http10: bool):
    """``StaticSite``, answering HTTP/1.1 with keep-alive like a real news site (``--http10``: the
    stock HTTP/1.0 handler, one connection per request)."""
    from functools import partial

    from stancewatch import site_server

    site = site_server.StaticSite(root)
    if not http10:
        class KeepAlive(site_server._Handler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall between headers and body
            wbufsize = 1 << 16  # headers and body leave in one write


        site._server.RequestHandlerClass = partial(KeepAlive, root=site.root, site=site)
    return site


CLIENTS = {"ours": run_ours, "trafilatura": run_trafilatura, "bare": run_bare}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks crawl")
    ap.add_argument("--pages", type=int, default=1200)
    ap.add_argument("--concurrency", type=int, default=8, help="Parallel requests, the same for every client.")
    ap.add_argument("--repeat", type=int, default=3, help="Runs per client; the best counts.")
    ap.add_argument("--http10", action="store_true", help="Serve HTTP/1.0 (a connection per request).")
    ap.add_argument("--only", choices=sorted(CLIENTS), action="append", help="Time only these clients.")
    args = ap.parse_args(argv)
    clients = args.only or list(CLIENTS)
    with tempfile.TemporaryDirectory(prefix="sw-bench-crawl-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        generate_site(work / "site", args.pages)
        gen_s = time.perf_counter() - t0
        with _site(work / "site", args.http10) as site:
            url_file = work / "urls.txt"
            url_file.write_text("\n".join(site.base_url + p for p in (work / "site" / "urls.txt").read_text().split())
                                + "\n", encoding="utf-8")
            times: dict[str, list[float]] = {c: [] for c in clients}
            counts: dict[str, int] = {}
            for k in range(args.repeat):  # interleaved: load spikes hit every client alike
                for name in clients:
                    secs, n = CLIENTS[name](work, url_file, args.concurrency, k)
                    times[name].append(secs)
                    counts[name] = n
                    print(f"  run {k + 1}/{args.repeat} {name:12s} {secs:6.2f}s  {n} pages", file=sys.stderr)
    print(f"\n{args.pages} generated article pages (site generated in {gen_s:.1f}s), served by StaticSite on "
          f"127.0.0.1 ({'HTTP/1.0' if args.http10 else 'HTTP/1.1 keep-alive'}); {args.concurrency} parallel requests, no throttling; {os.cpu_count()} CPU cores; "
          f"best of {args.repeat}, wall time from process start to exit")
    print(f"{'client':<14}{'pages':>7}{'best s':>9}{'median s':>10}{'pages/s':>10}")
    best = {}
    for name in clients:
        ts = sorted(times[name])
        best[name] = ts[0]
        print(f"{name:<14}{counts[name]:>7}{ts[0]:>9.2f}{ts[len(ts) // 2]:>10.2f}{args.pages / ts[0]:>10.1f}")
    if "ours" in best:
        for ref in ("trafilatura", "bare"):
            if ref in best:
                print(f"ours / {ref}: {best[ref] / best['ours']:.2f}x the pages/s")
    ok = all(counts[c] == args.pages for c in clients)
    if not ok:
        print("WARNING: not every client got every page:", counts)
    return 0 if ok else 1
