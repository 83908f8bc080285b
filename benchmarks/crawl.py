"""Crawl + extract + store throughput against trafilatura's batch CLI (and a bare fetch), as a matrix.

    .venv/bin/python -m benchmarks crawl [--pages 1500] [--sizes short,long] [--hosts 1,8]
                                         [--concurrency 8] [--repeat 2] [--profile]

Generates two deterministic news sites into a temporary directory (``generate_site``: pages with
navigation, sidebar, footer, JSON-LD/OpenGraph metadata, dates, bylines, every page unique):

* short  news briefs and (every third page) blog posts of ~150 words;
* long   full articles of ~590 words (the analysis benchmark's corpus).

Each site is served by ``StaticSite`` handlers (HTTP/1.1 keep-alive), either from one host
(127.0.0.1) or from eight (one server on each of 127.0.0.2 ... 127.0.0.9, page ``i`` on host
``i % 8``), and for every case {short, long} x {1 host, 8 hosts} the same URL list is fetched,
in one run, by (each a separate process, throttling off, ``--concurrency`` parallel requests):

* ours     ``stancewatch.crawling.run_crawl`` with a ``urls`` source: Scrapy fetch, trafilatura + metadata
           extraction, language, hashes, near-duplicate check, SQLite (fresh database each run);
           ``concurrent_requests = N`` and ``concurrent_requests_per_host = N / hosts`` (8 on one
           host, 1 on eight: the CLI's allowance there), extraction workers at their default;
* trafilatura  ``trafilatura -i urls.txt --parallel N --with-metadata --precision --json -o DIR``
           with ``SLEEP_TIME = 0`` and SSRF protection off. Its download buffer (courlan) takes one
           URL per host per round, so it runs N downloads at a time on N hosts but one at a time on a
           single host; extraction runs in its main thread;
* bare     a ThreadPool of N ``urllib`` GETs that read the body and do nothing else.

Every client is timed from process start to exit (best of ``--repeat``, runs interleaved, so load
spikes hit all of them alike). Also reported per client: CPU per page (user + system of the whole
process tree, from ``getrusage(RUSAGE_CHILDREN)``) and peak RSS (the process tree's summed RSS and
its largest process, sampled from /proc every 50 ms). ``--profile`` adds one profiled run of ours
and of the CLI per case (``benchmarks.cpuprofile``: a sampling profiler in every process of the tree)
and prints CPU ms per page by category: Scrapy/Twisted, extraction, language, hashes, near-duplicate
check, SQL, hand-off to the workers, start-up.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PROFILE_SITE = Path(__file__).resolve().parent / "_profile_site"
MULTI_HOSTS = [f"127.0.0.{i}" for i in range(2, 10)]

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
    kind: str = "NewsArticle"  # JSON-LD @type: NewsArticle (long articles, briefs) or BlogPosting (posts)

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


def make_article(i: int, short: bool = False) -> Article:
    """Article ``i`` (deterministic): 1-3 companies with a stance among many unrelated sentences
    (~590 words). ``short``: a news brief or (every third) a blog post of ~150 words, one company."""
    rng = random.Random(i * 7919 + 17 + (1 << 24 if short else 0))
    day = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(120))
    picked = rng.sample(COMPANIES, 1 if short else rng.randint(1, 3))
    stances = {c[0]: rng.choice(list(STANCE_TEMPLATES)) for c in picked}
    sentences: list[str] = []
    for _ in range(rng.randint(7, 9) if short else rng.randint(24, 48)):  # unrelated news, mostly unique
        if rng.random() < 0.35:
            sentences.append(_fill(rng.choice(UNRELATED), rng, rng.choice(COMPANIES)[0], day))
        else:
            sentences.append(_clause(rng))
    for name, exec_, title in picked:
        tpl = rng.choice(STANCE_TEMPLATES[stances[name]])
        sentences.insert(rng.randrange(len(sentences) + 1), _fill(tpl, rng, name, day, exec_, title))
    for tpl in rng.sample(TOPIC_SENTENCES, 1 if short else rng.randint(1, 3)):
        sentences.insert(rng.randrange(len(sentences) + 1), _fill(tpl, rng, "", day))
    paragraphs, k = [], 0
    while k < len(sentences):
        n = rng.randint(1, 4)
        paragraphs.append(" ".join(sentences[k:k + n]))
        k += n
    names = [c[0] for c in picked]
    title = (f"{names[0]} and the EU AI code: where {len(names)} providers stand" if len(names) > 1
             else f"{names[0]} {'signs' if stances[names[0]] == 'sign' else 'and'} the EU AI code of practice")
    kind = "BlogPosting" if short and i % 3 == 2 else "NewsArticle"
    stem = "post" if kind == "BlogPosting" else "brief" if short else "article"
    return Article(i, f"/{day:%Y/%m}/{stem}-{i:05d}.html", title, paragraphs, day, rng.choice(AUTHORS),
                   rng.choice(SECTIONS), stances, kind)


def _nav() -> str:
    items = "".join(f'<li><a href="/section/{s.lower()}/">{s}</a></li>' for s in SECTIONS)
    return f"""<header class="site-header"><a class="logo" href="/">The Policy Wire</a>
<nav class="main-nav"><ul>{items}<li><a href="/newsletter/">Newsletter</a></li><li><a href="/subscribe/">Subscribe</a></li>
<li><a href="/login/">Log in</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy/">Privacy policy</a>
<button>Accept</button></div></header>"""


def _sidebar(i: int, n: int, paths: list[str] | None = None) -> str:
    rng = random.Random(i)
    links = "".join(f'<li><a href="{paths[j] if paths else make_article(j).path}">Most read: report {j}</a></li>'
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


def render_article(a: Article, n: int, paths: list[str] | None = None) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
    iso = f"{a.published.isoformat()}T{8 + a.index % 10:02d}:{a.index % 60:02d}:00+02:00"
    ld = json.dumps({"@context": "https://schema.org", "@type": a.kind, "headline": a.title,
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
{_sidebar(a.index, n, paths)}
{_footer()}</body></html>
"""


def generate_site(root: Path | str, n: int = 1200, short: bool = False) -> list[Article]:
    """Write ``n`` articles (``short``: briefs and posts), ``urls.txt`` (paths), ``sitemap.xml``,
    ``feed.xml`` and ``robots.txt``."""
    root = Path(root)
    articles = [make_article(i, short) for i in range(n)]
    paths = [a.path for a in articles]
    for a in articles:
        target = root / a.path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_article(a, n, paths), encoding="utf-8")
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
# Running a client: wall time, CPU of the process tree, peak RSS
# --------------------------------------------------------------------------------------------

_PAGE = os.sysconf("SC_PAGE_SIZE")


class TreeWatch(threading.Thread):
    """Samples the summed RSS of a process and all its descendants from /proc every 50 ms."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(name="rss-watch", daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_sum = 0  # bytes: the tree's summed RSS at its highest sample
        self.peak_one = 0  # bytes: the largest single process seen
        self._done = threading.Event()

    @staticmethod
    def _children(pid: int) -> list[int]:
        out: list[int] = []
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                    out.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            pass
        return out

    def sample(self) -> None:
        total, todo = 0, [self.pid]
        while todo:
            pid = todo.pop()
            try:
                with open(f"/proc/{pid}/statm", encoding="ascii") as f:
                    rss = int(f.read().split()[1]) * _PAGE
            except (OSError, ValueError, IndexError):
                continue
            total += rss
            self.peak_one = max(self.peak_one, rss)
            todo.extend(self._children(pid))
        self.peak_sum = max(self.peak_sum, total)

    def run(self) -> None:
        while not self._done.wait(self.interval):
            self.sample()

    def stop(self) -> None:
        self._done.set()
        self.join()


@dataclass
class Run:
    secs: float
    cpu: float  # user + system seconds of the client's process tree
    server_cpu: float  # seconds the benchmark process (the site servers) used meanwhile
    peak_sum: int
    peak_one: int
    pages: int = 0
    out: str = ""
    err: str = ""
    rc: int = 0


def _cpu(ru) -> float:
    return ru.ru_utime + ru.ru_stime


def _run(cmd: list[str], env: dict | None = None) -> Run:
    c0, s0 = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=PROJECT_ROOT)
    watch = TreeWatch(proc.pid)
    watch.start()
    out, err = proc.communicate()
    secs = time.perf_counter() - t0
    watch.stop()
    c1, s1 = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)
    return Run(secs, _cpu(c1) - _cpu(c0), _cpu(s1) - _cpu(s0), watch.peak_sum, watch.peak_one, out=out, err=err,
               rc=proc.returncode)


def _env(profile_dir: Path | None = None, **extra: str) -> dict:
    env = {**os.environ, **extra}
    paths = [str(PROJECT_ROOT)]
    if profile_dir is not None:
        paths.insert(0, str(PROFILE_SITE))
        env["SW_CPU_PROFILE"] = str(profile_dir)
    env["PYTHONPATH"] = os.pathsep.join(paths + [p for p in [os.environ.get("PYTHONPATH")] if p])
    return env


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


@dataclass
class Case:
    size: str  # short | long
    hosts: int
    url_file: Path
    conc: int
    per_host: int  # our concurrent_requests_per_host
    work: Path
    extract_workers: int | None = None  # our [crawl] extract_workers (None: the crawler's default)

    @property
    def name(self) -> str:
        return f"{self.size}, {self.hosts} host{'s' if self.hosts > 1 else ''}"


def run_ours(case: Case, tag: str, profile_dir: Path | None = None) -> Run:
    db = case.work / f"ours-{tag}.db"
    cfg_path = case.work / f"ours-{tag}.toml"
    cfg_path.write_text(f"""
[storage]
url = "sqlite:///{db}"
[crawl]
allow_private_networks = true
obey_robots = false
download_delay = 0
autothrottle = false
concurrent_requests = {case.conc}
concurrent_requests_per_host = {case.per_host}
retry_times = 0
max_pages_per_source = 100000
{"" if case.extract_workers is None else f"extract_workers = {case.extract_workers}"}
[[sources]]
id = "bench"
kind = "urls"
url = "{case.url_file}"
""", encoding="utf-8")
    # run_crawl itself, in a fresh interpreter like `stancewatch crawl`: the timing includes
    # its start-up (imports, schema migration) and the crawl child it spawns.
    code = ("import sys, logging; logging.basicConfig(level=logging.WARNING)\n"
            "from stancewatch.config import load_config\n"
            "from stancewatch.crawling import run_crawl\n"
            f"s = run_crawl(load_config({str(cfg_path)!r}), None)\n"
            "print(s.pages_fetched, s.documents_new, s.rejected, s.errors)")
    run = _run([sys.executable, "-c", code, "run_crawl"], _env(profile_dir))
    if run.rc != 0:
        raise SystemExit(f"our crawl failed:\n{run.out}\n{run.err[-3000:]}")
    con = sqlite3.connect(db)
    run.pages = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    db.unlink(missing_ok=True)
    return run


def run_trafilatura(case: Case, tag: str, profile_dir: Path | None = None) -> Run:
    out = case.work / f"traf-{tag}"
    conf = case.work / "trafilatura.cfg"
    src = Path(str(__import__("trafilatura").__file__)).parent / "settings.cfg"
    text = src.read_text()
    text = text.replace("SLEEP_TIME = 5.0", "SLEEP_TIME = 0").replace("SSRF_PROTECTION = on", "SSRF_PROTECTION = off")
    conf.write_text(text)
    run = _run([str(BIN / "trafilatura"), "-i", str(case.url_file), "--parallel", str(case.conc),
                "--with-metadata", "--precision", "--json", "--config-file", str(conf), "-o", str(out)],
               _env(profile_dir))
    if run.rc not in (0, 1):
        raise SystemExit(f"trafilatura failed ({run.rc}):\n{run.err[-3000:]}")
    run.pages = sum(1 for _ in out.rglob("*.json")) if out.exists() else 0
    return run


def run_bare(case: Case, tag: str, profile_dir: Path | None = None) -> Run:
    run = _run([sys.executable, "-c", _BARE, str(case.url_file), str(case.conc)])
    if run.rc != 0:
        raise SystemExit(f"bare fetch failed:\n{run.err[-3000:]}")
    run.pages = int(run.out.split()[0])
    return run


CLIENTS = {"ours": run_ours, "trafilatura": run_trafilatura, "bare": run_bare}
GOALS = {1: 1.2, 8: 1.5}  # ours / CLI pages/s wanted on one host and on eight (issue 14)

# --------------------------------------------------------------------------------------------
# The site servers
# --------------------------------------------------------------------------------------------


def _handler(http10: bool):
    from stancewatch import site_server

    if http10:
        return site_server._Handler

    class KeepAlive(site_server._Handler):
        """HTTP/1.1 with keep-alive, like a real news site (``--http10``: the stock HTTP/1.0 handler)."""
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall between headers and body
        wbufsize = 1 << 16  # headers and body leave in one write

    return KeepAlive


def _site(root: Path, host: str, http10: bool):
    """A ``StaticSite`` bound to ``host`` (any 127.x address: all of 127/8 is loopback on Linux)."""
    from stancewatch import site_server

    class HostSite(site_server.StaticSite):
        def __init__(self) -> None:
            self.root, self.delay, self.requests = Path(root), 0.0, []
            self._server = site_server._Server((host, 0), partial(_handler(http10), root=self.root, site=self))
            self._thread = threading.Thread(target=self._server.serve_forever, name=f"site-{host}", daemon=True)

    return HostSite()


# --------------------------------------------------------------------------------------------
# The matrix
# --------------------------------------------------------------------------------------------


@dataclass
class Result:
    runs: dict[str, list[Run]] = field(default_factory=dict)
    profile: dict[str, tuple[dict, dict, int]] = field(default_factory=dict)  # client -> (cats, roles, pages)

    def best(self, client: str) -> Run:
        return min(self.runs[client], key=lambda r: r.secs)

    def median(self, client: str) -> float:
        ts = sorted(r.secs for r in self.runs[client])
        return ts[len(ts) // 2]


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f}"


def _profile_run(case: Case, client: str) -> tuple[dict, dict, int]:
    from benchmarks import cpuprofile

    pdir = case.work / f"profile-{client}"
    pdir.mkdir()
    run = CLIENTS[client](case, "profile", pdir)
    cats, roles = cpuprofile.aggregate(cpuprofile.load(str(pdir)))
    print(f"  profiled {client:12s} {run.secs:6.2f}s  {run.pages} pages  "
          f"(tree CPU {run.cpu:.1f}s, profiled {sum(cats.values()):.1f}s)", file=sys.stderr)
    return cats, roles, run.pages


def _print_profile(results: dict[str, Result], cases: list[Case], client: str) -> None:
    cols = [c for c in cases if client in results[c.name].profile]
    if not cols:
        return
    cats: dict[str, list[float]] = {}
    roles: dict[str, list[float]] = {}
    for j, case in enumerate(cols):
        c, r, pages = results[case.name].profile[client]
        for table, src in ((cats, c), (roles, r)):
            for key, secs in src.items():
                table.setdefault(key, [0.0] * len(cols))[j] = 1000 * secs / max(pages, 1)
    width = max(len(k) for k in [*cats, *roles]) + 2
    print(f"\nCPU ms per page, {client} (one profiled run per case, all processes of the run):")
    print(f"{'':<{width}}" + "".join(f"{c.name:>17}" for c in cols))
    for key, vals in sorted(cats.items(), key=lambda kv: -sum(kv[1])):
        print(f"{key:<{width}}" + "".join(f"{v:>17.2f}" for v in vals))
    print(f"{'total':<{width}}" + "".join(f"{sum(v[j] for v in cats.values()):>17.2f}" for j in range(len(cols))))
    print("by process:")
    for key, vals in sorted(roles.items(), key=lambda kv: -sum(kv[1])):
        print(f"  {key:<{width - 2}}" + "".join(f"{v:>17.2f}" for v in vals))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks crawl")
    ap.add_argument("--pages", type=int, default=1500, help="Pages per site (each case fetches all of them).")
    ap.add_argument("--sizes", default="short,long", help="Page sizes to measure: short, long or both.")
    ap.add_argument("--hosts", default="1,8", help="Host counts to measure: 1 (127.0.0.1), 8 (127.0.0.2-9) or both.")
    ap.add_argument("--concurrency", type=int, default=8, help="Parallel requests, the same for every client.")
    ap.add_argument("--per-host", type=int, default=0,
                    help="Our concurrent_requests_per_host (default: concurrency / hosts, the CLI's allowance).")
    ap.add_argument("--extract-workers", type=int, default=None,
                    help="Our [crawl] extract_workers (default: the crawler's own, cores - 1, at most 4).")
    ap.add_argument("--repeat", type=int, default=2, help="Runs per client and case; the best counts.")
    ap.add_argument("--http10", action="store_true", help="Serve HTTP/1.0 (a connection per request).")
    ap.add_argument("--only", choices=sorted(CLIENTS), action="append", help="Time only these clients.")
    ap.add_argument("--profile", action="store_true",
                    help="Also profile one run of ours and of the CLI per case: CPU ms per page by category.")
    args = ap.parse_args(argv)
    clients = args.only or list(CLIENTS)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    host_counts = [int(h) for h in args.hosts.split(",") if h.strip()]
    if not set(sizes) <= {"short", "long"} or not set(host_counts) <= {1, 8}:
        ap.error("--sizes takes short,long and --hosts 1,8")
    load0 = os.getloadavg()
    results: dict[str, Result] = {}
    cases: list[Case] = []
    words: dict[str, float] = {}
    t_start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sw-bench-crawl-") as tmp:
        for size in sizes:
            root = Path(tmp) / size / "site"
            articles = generate_site(root, args.pages, short=size == "short")
            words[size] = sum(len(a.text.split()) for a in articles) / len(articles)
            paths = (root / "urls.txt").read_text().split()
            for hosts in host_counts:
                work = Path(tmp) / size / f"h{hosts}"
                work.mkdir(parents=True)
                sites = [_site(root, h, args.http10) for h in (["127.0.0.1"] if hosts == 1 else MULTI_HOSTS)]
                for s in sites:
                    s.start()
                try:
                    url_file = work / "urls.txt"
                    url_file.write_text("".join(sites[i % len(sites)].base_url + p + "\n"
                                                for i, p in enumerate(paths)), encoding="utf-8")
                    case = Case(size, hosts, url_file, args.concurrency,
                                args.per_host or max(1, args.concurrency // hosts), work, args.extract_workers)
                    cases.append(case)
                    res = results[case.name] = Result({c: [] for c in clients})
                    print(f"{case.name}: {args.pages} pages, ~{words[size]:.0f} words each", file=sys.stderr)
                    for k in range(args.repeat):  # interleaved: load spikes hit every client alike
                        for name in clients:
                            run = CLIENTS[name](case, str(k))
                            res.runs[name].append(run)
                            print(f"  run {k + 1}/{args.repeat} {name:12s} {run.secs:6.2f}s  {run.pages} pages  "
                                  f"CPU {run.cpu:5.1f}s  peak RSS {_mb(run.peak_sum)} MB", file=sys.stderr)
                    if args.profile:
                        for name in ("ours", "trafilatura"):
                            if name in clients:
                                res.profile[name] = _profile_run(case, name)
                finally:
                    for s in sites:
                        s.stop()
    total_s = time.perf_counter() - t_start
    load1 = os.getloadavg()

    print(f"\nCrawl benchmark: {args.pages} unique pages per case (short ~{words.get('short', 0):.0f} words: "
          f"news briefs and posts; long ~{words.get('long', 0):.0f} words), StaticSite "
          f"({'HTTP/1.0' if args.http10 else 'HTTP/1.1 keep-alive'}) on 127.0.0.1 or 127.0.0.2-9; "
          f"{args.concurrency} parallel requests per client, no throttling; {os.cpu_count()} CPU cores; best of "
          f"{args.repeat}; wall time from process start to exit; load average {load0[0]:.2f} before, "
          f"{load1[0]:.2f} after ({total_s:.0f} s in all)")
    print("ours: concurrent_requests_per_host = " + ", ".join(f"{c.per_host} ({c.hosts} host{'s' if c.hosts > 1 else ''})"
                                                              for c in cases[:len(host_counts)])
          + "; trafilatura CLI: one request per host at a time (courlan), --parallel threads in all")
    head = f"{'case':<16}{'client':<13}{'pages':>6}{'best s':>8}{'median':>8}{'pages/s':>9}{'CPU ms/p':>10}" \
           f"{'RSS MB':>8}{'largest':>8}"
    print(head)
    ok = True
    for case in cases:
        res = results[case.name]
        for name in clients:
            b = res.best(name)
            ok &= all(r.pages == args.pages for r in res.runs[name])
            print(f"{case.name:<16}{name:<13}{b.pages:>6}{b.secs:>8.2f}{res.median(name):>8.2f}"
                  f"{args.pages / b.secs:>9.1f}{1000 * b.cpu / args.pages:>10.2f}"
                  f"{_mb(max(r.peak_sum for r in res.runs[name])):>8}{_mb(max(r.peak_one for r in res.runs[name])):>8}")
    if "ours" in clients and "trafilatura" in clients:
        print("\nours / trafilatura CLI (pages/s):")
        for case in cases:
            res = results[case.name]
            ours, cli = res.best("ours"), res.best("trafilatura")
            ratio = cli.secs / ours.secs
            goal = GOALS[case.hosts]
            print(f"  {case.name:<16}{ratio:6.2f}x   goal >= {goal}x: {'met' if ratio >= goal else 'NOT met':8s}"
                  f"  (CPU per page: ours {ours.cpu / cli.cpu:.2f}x the CLI's; peak RSS {ours.peak_sum / cli.peak_sum:.1f}x)")
    print("(CPU ms/p: user + system of the client's whole process tree per page; RSS MB: peak of the tree's summed "
          "RSS; largest: its biggest process. Site servers, in the benchmark process: "
          + ", ".join(f"{c.name} {1000 * results[c.name].best(clients[0]).server_cpu / args.pages:.2f}"
                      for c in cases) + f" ms/page during {clients[0]})")
    if args.profile:
        for name in ("ours", "trafilatura"):
            _print_profile(results, cases, name)
    if not ok:
        print("WARNING: not every client got every page:",
              {c.name: {n: [r.pages for r in results[c.name].runs[n]] for n in clients} for c in cases})
    return 0 if ok else 1
