"""A realistic development corpus: a local news site built at test time from the real passages.

The real labelled passages live outside the repository (``../shared/data/stance_dev_real*.jsonl``,
relative to the repo root). They are read at test time and laid out mechanically as a static site:
one page per source URL (all of that URL's passages as paragraphs), dated, under a few fictional
outlets, with neutral headlines, generic filler paragraphs that name no company, site boilerplate,
some syndicated copies, an RSS feed, a Google-News sitemap and robots.txt. Nothing from the
passages is copied into the repository, and nothing here prints them.

``PUBLIC_RECORD`` is the public record of the companies' positions on signing the EU
General-Purpose AI Code of Practice (published 10 July 2025; the Commission's first list of
signatories on 1 August 2025). It dates the undated pages and is what the crawl → analysis →
series test checks the final states against; simulations can use it too.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from storage.language import stopword_language

Stance = Literal["sign", "refuse", "undecided", "none"]
DECISIVE: tuple[Stance, ...] = ("sign", "refuse")

REPO_ROOT = Path(__file__).resolve().parents[2]
DEV_FILES = ("stance_dev_real.jsonl", "stance_dev_real_2.jsonl")

CODE_PUBLISHED = dt.date(2025, 7, 10)  # the Commission published the final GPAI Code of Practice
SIGNATORY_LIST = dt.date(2025, 8, 1)  # the Commission's first published list of signatories

# Public positions on signing the GPAI Code of Practice, in date order per company (canonical
# names from nlp/data/companies.toml). "sign" includes announced intent to sign and xAI's
# signature of the Safety and Security chapter only. Only dated, public events are listed.
PUBLIC_RECORD: dict[str, list[tuple[dt.date, Stance]]] = {
    "Meta": [(dt.date(2025, 7, 18), "refuse")],  # Joel Kaplan: "Meta won't be signing it"
    "Microsoft": [(dt.date(2025, 7, 18), "undecided"),  # Brad Smith: "likely" to sign
                  (SIGNATORY_LIST, "sign")],  # on the Commission's list
    "Google": [(dt.date(2025, 7, 30), "sign")],  # Kent Walker: Google will sign
    "OpenAI": [(dt.date(2025, 7, 11), "sign")],
    "Mistral AI": [(dt.date(2025, 7, 10), "sign")],
    "Anthropic": [(dt.date(2025, 7, 21), "sign")],
    "xAI": [(dt.date(2025, 7, 31), "sign")],  # Safety and Security chapter only
    "Amazon": [(SIGNATORY_LIST, "sign")],
    "IBM": [(SIGNATORY_LIST, "sign")],
    "Aleph Alpha": [(SIGNATORY_LIST, "sign")],
    "ServiceNow": [(SIGNATORY_LIST, "sign")],
    "Cohere": [(SIGNATORY_LIST, "sign")],
}

# Company names used in the dev files → canonical registry names (where they differ).
DATA_COMPANY_NAMES: dict[str, str] = {"Mistral": "Mistral AI"}

UNDATED_FLOOR = dt.date(2025, 7, 1)  # undated pages with no decisive label: not before July 2025
UNKNOWN_DECISION = CODE_PUBLISHED  # a sign/refuse label for a company without a public record
OPEN_WINDOW = dt.timedelta(days=21)


def final_stance(company: str) -> Stance | None:
    events = PUBLIC_RECORD.get(company)
    return events[-1][1] if events else None


def stance_on(company: str, day: dt.date) -> Stance | None:
    """The company's public position on ``day`` (None before its first public event)."""
    current: Stance | None = None
    for when, stance in PUBLIC_RECORD.get(company, []):
        if when <= day:
            current = stance
    return current


def canonical_company(name: str) -> str:
    return DATA_COMPANY_NAMES.get(name, name)


def dev_data_dir(repo_root: Path = REPO_ROOT) -> Path:
    return Path(repo_root).parent / "shared" / "data"


# ---- the corpus ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Passage:
    id: str
    company: str  # canonical
    label: Stance
    date: dt.date | None
    url: str
    text: str = field(repr=False)  # never printed, never written anywhere but the served page


@dataclass
class Page:
    key: str  # sha1 of the source URL, first 12 hex digits
    source_url: str
    passages: list[Passage] = field(repr=False)
    outlet: str = ""
    path: str = ""  # site path, leading slash
    published: dt.datetime | None = None
    date_source: str = ""  # "passage" | "assigned" | "copy"
    lang: str | None = None
    copy_of: str | None = None  # path of the original, for syndicated copies
    template: str = "outlet"

    @property
    def labels(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for p in self.passages:
            out.setdefault(p.company, set()).add(p.label)
        return out

    def manifest_entry(self) -> dict:
        """Everything about the page except its text."""
        return {"path": self.path, "source_url": self.source_url, "outlet": self.outlet,
                "published": self.published.isoformat() if self.published else None,
                "date_source": self.date_source, "lang": self.lang, "copy_of": self.copy_of,
                "passage_ids": [p.id for p in self.passages],
                "labels": {c: sorted(v) for c, v in sorted(self.labels.items())}}


def load_passages(data_dir: Path) -> list[Passage]:
    out: list[Passage] = []
    for name in DEV_FILES:
        with (data_dir / name).open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                out.append(Passage(id=str(row["id"]), company=canonical_company(row["company"]), label=row["label"],
                                   date=dt.date.fromisoformat(row["date"][:10]) if row.get("date") else None,
                                   url=row["url"], text=row["text"]))
    return out


def _event_date(company: str, stance: str) -> dt.date | None:
    """Date of the company's public event with this stance (the latest one, if several)."""
    dates = [d for d, s in PUBLIC_RECORD.get(company, []) if s == stance]
    return max(dates) if dates else None


def date_bounds(labels: dict[str, set[str]]) -> tuple[dt.date, dt.date]:
    """The window an undated page is dated in, consistent with the public record.

    Lower bound: the latest public event among the page's sign/refuse labels (a page cannot report
    a decision before it was made; a company without a public record counts as deciding when the
    Code was published) and among its undecided labels that match a dated public "undecided"
    event (Microsoft's "likely", 18 July); UNDATED_FLOOR when there are none.
    Upper bound: the day before the earliest decision of a company the page calls undecided (it
    was written before that company decided), if that is not before the lower bound; otherwise
    the lower bound + 21 days.
    """
    lows = [UNDATED_FLOOR]
    decided_later: list[dt.date] = []
    for company, stances in labels.items():
        for stance in stances:
            if stance in DECISIVE:
                when = _event_date(company, stance)
                if when is None:  # no record of this stance: the company's latest event, or the Code's date
                    events = PUBLIC_RECORD.get(company)
                    when = events[-1][0] if events else UNKNOWN_DECISION
                lows.append(when)
            elif stance == "undecided":
                when = _event_date(company, "undecided")
                if when is not None:
                    lows.append(when)
                decisions = [d for d, s in PUBLIC_RECORD.get(company, []) if s in DECISIVE]
                if decisions:
                    decided_later.append(min(decisions))
    lo = max(lows)
    hi = min(decided_later) - dt.timedelta(days=1) if decided_later else lo + OPEN_WINDOW
    if hi < lo:
        hi = lo + OPEN_WINDOW
    return lo, hi


# ---- outlets, boilerplate, filler ---------------------------------------------------------------

OUTLETS = {  # directory → (display name, section label)
    "brussels-ledger": ("Brussels Ledger", "Tech policy"),
    "compute-report": ("The Compute Report", "Regulation"),
    "continental-tech": ("Continental Tech Review", "AI & society"),
    "digital-dossier": ("Digital Dossier", "Europe"),
}
WIRE = ("wire", "Atlantic Newswire", "Syndicated")
AUTHORS = ("Hanna Vermeulen", "Daniel Okafor", "Clara Benedetti", "Tomasz Wierzbicki", "Inés Carvalho",
           "Jonas Lindqvist", "Priya Raman", "Marc Dubois", "Elena Ruiz", "Staff reporter")
HEADLINES = ("AI regulation update", "Tech policy briefing", "The week in AI rules", "Notes on the AI rulebook",
             "Digital policy roundup", "Brussels AI file", "AI governance update")

# Generic filler, per language: (earliest page date it fits, sentence). No company, no position.
_ANY = dt.date.min
_AUG24, _FEB25, _JUL25, _AUG25 = dt.date(2024, 8, 1), dt.date(2025, 2, 2), dt.date(2025, 7, 10), dt.date(2025, 8, 2)
FILLER: dict[str, list[tuple[dt.date, str]]] = {
    "en": [
        (_ANY, "The regulation follows a risk-based approach, with stricter rules for uses considered more dangerous."),
        (_ANY, "Lawyers say many details will only become clear once supervisors start applying the rules in practice."),
        (_ANY, "Civil society groups have asked for more transparency about how the rules will be enforced."),
        (_ANY, "Regulatory sandboxes are meant to let start-ups test new systems under supervision."),
        (_ANY, "Debate continues in Brussels about how AI rules interact with existing copyright law."),
        (_ANY, "Analysts expect further guidance documents over the coming months."),
        (_ANY, "Small and medium-sized enterprises have been promised simplified documentation requirements."),
        (_ANY, "Member states coordinate their work on artificial intelligence through a dedicated board."),
        (_ANY, "Several national parliaments have held hearings on the use of algorithms in public services."),
        (_ANY, "Industry associations and consumer groups continue to disagree about the pace of regulation."),
        (_ANY, "Questions about data protection remain at the centre of the debate on machine learning."),
        (_ANY, "Researchers point out that technical standards for testing such systems are still being written."),
        (_AUG24, "The AI Act entered into force on 1 August 2024, with its obligations phased in over three years."),
        (_AUG24, "Fines for the most serious breaches can reach 7% of global annual turnover."),
        (_AUG24, "Most obligations for high-risk systems are due to apply from August 2026."),
        (_AUG24, "National market surveillance authorities are still being designated in several member states."),
        (_AUG24, "The AI Office, part of the European Commission, oversees general-purpose models."),
        (_AUG24, "Models trained with more than 10^25 floating point operations are presumed to pose systemic risk."),
        (_AUG24, "A scientific panel of independent experts is to advise the AI Office on systemic risks."),
        (_AUG24, "The rules also apply to providers based outside the EU whose models are used in the Union."),
        (_FEB25, "Bans on prohibited practices such as social scoring took effect in February 2025."),
        (_JUL25, "Rules for providers of general-purpose AI models apply from 2 August 2025."),
        (_JUL25, "Models placed on the market before August 2025 have until August 2027 to comply."),
        (_JUL25, "The Commission has also published guidelines clarifying which models count as general-purpose."),
        (_JUL25, "A template for summarising training data was released alongside the guidelines."),
        (_AUG25, "The AI Office's enforcement powers over general-purpose models start to apply in August 2026."),
    ],
    "de": [
        (_ANY, "Die Verordnung folgt einem risikobasierten Ansatz mit strengeren Regeln für gefährlichere Anwendungen."),
        (_ANY, "Viele Details werden nach Einschätzung von Juristen erst in der Praxis klar werden."),
        (_ANY, "Verbraucherschützer fordern mehr Transparenz bei der Durchsetzung der Regeln."),
        (_ANY, "Fachleute weisen darauf hin, dass technische Normen für die Prüfung solcher Systeme noch fehlen."),
        (_AUG24, "Der AI Act ist am 1. August 2024 in Kraft getreten; seine Pflichten gelten schrittweise."),
        (_AUG24, "Bei schweren Verstößen drohen Bußgelder von bis zu sieben Prozent des weltweiten Jahresumsatzes."),
        (_AUG24, "Die Mitgliedstaaten müssen noch nationale Aufsichtsbehörden benennen."),
        (_AUG24, "Das KI-Büro der Europäischen Kommission überwacht Modelle mit allgemeinem Verwendungszweck."),
        (_JUL25, "Die Regeln für Anbieter von KI-Modellen mit allgemeinem Verwendungszweck gelten ab dem 2. August 2025."),
        (_JUL25, "Für Modelle, die schon vor August 2025 auf dem Markt waren, gilt eine Übergangsfrist bis August 2027."),
    ],
    "fr": [
        (_ANY, "Le texte suit une approche fondée sur les risques, avec des règles plus strictes pour les usages les plus dangereux."),
        (_ANY, "Selon des juristes, de nombreux détails ne seront clarifiés qu'avec la pratique."),
        (_ANY, "Des associations de consommateurs réclament davantage de transparence sur l'application des règles."),
        (_ANY, "Les chercheurs rappellent que les normes techniques pour tester ces systèmes sont encore en préparation."),
        (_AUG24, "Le règlement européen sur l'IA est entré en vigueur le 1er août 2024 et s'applique par étapes."),
        (_AUG24, "Les amendes peuvent atteindre 7 % du chiffre d'affaires mondial pour les infractions les plus graves."),
        (_AUG24, "Les États membres doivent encore désigner leurs autorités nationales de surveillance."),
        (_AUG24, "Le Bureau de l'IA, rattaché à la Commission européenne, supervise les modèles à usage général."),
        (_JUL25, "Les obligations des fournisseurs de modèles d'IA à usage général s'appliquent à partir du 2 août 2025."),
        (_JUL25, "Les modèles déjà sur le marché avant août 2025 disposent d'un délai jusqu'en août 2027."),
    ],
    "es": [
        (_ANY, "El reglamento sigue un enfoque basado en el riesgo, con normas más estrictas para los usos más peligrosos."),
        (_ANY, "Según varios juristas, muchos detalles solo se aclararán con la práctica."),
        (_ANY, "Las asociaciones de consumidores piden más transparencia sobre la aplicación de las normas."),
        (_ANY, "Los investigadores recuerdan que las normas técnicas para evaluar estos sistemas aún se están redactando."),
        (_AUG24, "La Ley de IA de la UE entró en vigor el 1 de agosto de 2024 y se aplica de forma escalonada."),
        (_AUG24, "Las multas pueden alcanzar el 7 % de la facturación mundial anual en los casos más graves."),
        (_AUG24, "Los Estados miembros todavía deben designar sus autoridades nacionales de vigilancia."),
        (_AUG24, "La Oficina de IA de la Comisión Europea supervisa los modelos de uso general."),
        (_JUL25, "Las obligaciones para los proveedores de modelos de IA de uso general se aplican desde el 2 de agosto de 2025."),
        (_JUL25, "Los modelos que ya estaban en el mercado antes de agosto de 2025 tienen de plazo hasta agosto de 2027."),
    ],
    "it": [
        (_ANY, "Il regolamento segue un approccio basato sul rischio, con regole più severe per gli usi più pericolosi."),
        (_ANY, "Secondo diversi giuristi, molti dettagli saranno chiariti solo con la pratica."),
        (_ANY, "Le associazioni dei consumatori chiedono più trasparenza sull'applicazione delle regole."),
        (_ANY, "I ricercatori ricordano che gli standard tecnici per valutare questi sistemi sono ancora in preparazione."),
        (_AUG24, "L'AI Act è entrato in vigore il 1° agosto 2024 e si applica in modo graduale."),
        (_AUG24, "Le sanzioni possono arrivare fino al 7% del fatturato mondiale annuo per le violazioni più gravi."),
        (_AUG24, "Gli Stati membri devono ancora designare le autorità nazionali di vigilanza."),
        (_AUG24, "L'Ufficio per l'IA della Commissione europea vigila sui modelli per finalità generali."),
        (_JUL25, "Gli obblighi per i fornitori di modelli di IA per finalità generali si applicano dal 2 agosto 2025."),
        (_JUL25, "I modelli già presenti sul mercato prima di agosto 2025 hanno tempo fino ad agosto 2027."),
    ],
}


def _filler(rng: random.Random, lang: str | None, day: dt.date) -> list[str]:
    pool = [s for since, s in FILLER.get(lang or "en", FILLER["en"]) if since <= day]
    rng.shuffle(pool)
    paragraphs, i = [], 0
    for _ in range(rng.randint(1, 3)):
        n = rng.randint(1, 3 if len(pool) > 6 else 2)
        chunk = pool[i:i + n]
        i += n
        if chunk:
            paragraphs.append(" ".join(chunk))
    return paragraphs


def _shingles(text: str) -> set[str]:
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in text).split()
    return {" ".join(words[i:i + 3]) for i in range(max(len(words) - 2, 1))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# ---- HTML ---------------------------------------------------------------------------------------

def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _iso(ts: dt.datetime) -> str:
    return ts.isoformat()


def _human(ts: dt.datetime) -> str:
    return f"{ts.day} {ts.strftime('%B %Y')}, {ts.strftime('%H:%M')} UTC"


def _outlet_page(page: Page, title: str, author: str, paragraphs: list[str], json_ld: bool,
                 related: list[tuple[str, str]]) -> str:
    name, section = OUTLETS[page.outlet]
    url = f"__BASE__{page.path}"
    lang_attr = f' lang="{page.lang}"' if page.lang else ""
    ts = page.published
    head_meta = [f'<link rel="canonical" href="{url}">', f'<meta property="og:title" content="{_esc(title)}">',
                 '<meta property="og:type" content="article">', f'<meta property="og:site_name" content="{_esc(name)}">',
                 f'<meta property="og:url" content="{url}">']
    if json_ld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": url,
              "mainEntityOfPage": url, "datePublished": _iso(ts), "dateModified": _iso(ts),
              "author": {"@type": "Person", "name": author},
              "publisher": {"@type": "Organization", "name": name}}
        if page.lang:
            ld["inLanguage"] = page.lang
        head_meta.append('<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=1)
                         + "\n</script>")
    body = "\n".join(f"    <p>{_esc(p)}</p>" for p in paragraphs)
    rel = "".join(f'<li><a href="{_esc(p)}">{_esc(t)}</a></li>' for p, t in related)
    return f"""<!DOCTYPE html>
<html{lang_attr}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)} | {_esc(name)}</title>
{chr(10).join(head_meta)}
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
</head>
<body class="article">
<header class="site-header">
  <a class="logo" href="/{page.outlet}/">{_esc(name)}</a>
  <nav class="main-nav" aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/{page.outlet}/">{_esc(section)}</a></li>
    <li><a href="/{page.outlet}/">Opinion</a></li><li><a href="/{page.outlet}/">Podcasts</a></li><li><a href="/rss.xml">RSS</a></li></ul></nav>
  <form class="search" action="/search" method="get"><input type="search" name="q" placeholder="Search"></form>
</header>
<div class="cookie-banner">We use cookies to personalise content and analyse our traffic. <button>Accept all</button> <button>Settings</button></div>
<main>
<article class="story">
  <p class="kicker">{_esc(section)}</p>
  <h1>{_esc(title)}</h1>
  <p class="byline">By <span class="author">{_esc(author)}</span> &middot; <time datetime="{_iso(ts)}">{_human(ts)}</time></p>
  <div class="article-body">
{body}
  </div>
</article>
<div class="share"><span>Share:</span> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
<aside class="related"><h2>More from {_esc(name)}</h2><ul>{rel}</ul></aside>
</main>
<footer class="site-footer">
  <div class="newsletter"><p>Get our morning briefing in your inbox.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
  <ul class="footer-links"><li><a href="/">About</a></li><li><a href="/">Contact</a></li><li><a href="/">Privacy</a></li><li><a href="/">Terms</a></li></ul>
  <p class="copyright">&copy; {ts.year} {_esc(name)}. Fictional outlet of a test corpus.</p>
</footer>
</body>
</html>
"""


def _wire_page(page: Page, title: str, paragraphs: list[str]) -> str:
    _, name, section = WIRE
    url = f"__BASE__{page.path}"
    lang_attr = f' lang="{page.lang}"' if page.lang else ""
    ts = page.published
    body = "\n".join(f"<p>{_esc(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html{lang_attr}>
<head>
<meta charset="utf-8">
<title>{_esc(name)} &ndash; {_esc(title)}</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{_esc(name)}">
<meta property="article:published_time" content="{_iso(ts)}">
</head>
<body>
<div id="top-bar"><span class="brand">{_esc(name)}</span> <a href="/wire/">Latest</a> | <a href="/wire/">World</a> | <a href="/wire/">Business</a> | <a href="/wire/">Technology</a></div>
<div class="ad-slot">Advertisement</div>
<div id="content">
  <div class="story-header"><span class="section">{_esc(section)}</span><h1>{_esc(title)}</h1>
  <div class="dateline"><time datetime="{_iso(ts)}">{ts.strftime('%Y-%m-%d %H:%M')}</time> &mdash; {_esc(name)} wire service</div></div>
  <div class="story-text">
{body}
  </div>
  <p class="wire-note">Distributed by {_esc(name)}. Republication rights apply.</p>
</div>
<div id="bottom"><p>Terms of use &middot; Licensing &middot; Contact the desk</p><p>&copy; {ts.year} {_esc(name)}</p></div>
</body>
</html>
"""


# ---- feeds --------------------------------------------------------------------------------------

def _rss(pages: Iterable[Page], titles: dict[str, str]) -> str:
    items = []
    for p in sorted(pages, key=lambda p: p.published, reverse=True):
        items.append(f"""  <item>
    <title>{_esc(titles[p.path])}</title>
    <link>__BASE__{p.path}</link>
    <guid isPermaLink="true">__BASE__{p.path}</guid>
    <pubDate>{p.published.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>
  </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>AI policy news (realistic test corpus)</title>
  <link>__BASE__/</link>
  <description>Stories from the corpus's fictional outlets.</description>
{chr(10).join(items)}
</channel>
</rss>
"""


def _news_sitemap(pages: Iterable[Page], titles: dict[str, str]) -> str:
    urls = []
    for p in sorted(pages, key=lambda p: p.path):
        name = WIRE[1] if p.outlet == WIRE[0] else OUTLETS[p.outlet][0]
        lang = f"\n        <news:language>{p.lang}</news:language>" if p.lang else ""
        urls.append(f"""  <url>
    <loc>__BASE__{p.path}</loc>
    <news:news>
      <news:publication>
        <news:name>{_esc(name)}</news:name>{lang}
      </news:publication>
      <news:publication_date>{_iso(p.published)}</news:publication_date>
      <news:title>{_esc(titles[p.path])}</news:title>
    </news:news>
  </url>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{chr(10).join(urls)}
</urlset>
"""


# ---- the site -----------------------------------------------------------------------------------

@dataclass
class BuiltSite:
    root: Path
    pages: list[Page]  # originals, one per source URL
    copies: list[Page]  # syndicated copies (copy_of = the original's path)
    rss_paths: list[str]
    sitemap_paths: list[str]

    @property
    def served(self) -> list[Page]:
        return self.pages + self.copies

    def manifest(self) -> list[dict]:
        return [p.manifest_entry() for p in self.served]


def _rng(seed: int, *parts: str) -> random.Random:
    """One random stream per (purpose, page): a change to one page's inputs (say, the language guess)
    does not reshuffle the dates, copies or feeds of the others. String seeds are stable across runs."""
    return random.Random(":".join((str(seed),) + parts))


def build_site(root: Path, data_dir: Path, seed: int = 20250710, copy_share: float = 0.10) -> BuiltSite:
    """Write the site under ``root`` from the passages in ``data_dir``; deterministic for a seed."""
    by_url: dict[str, list[Passage]] = {}
    for p in load_passages(data_dir):
        by_url.setdefault(p.url, []).append(p)
    pages = [Page(key=hashlib.sha1(url.encode()).hexdigest()[:12], source_url=url, passages=ps)
             for url, ps in by_url.items()]
    pages.sort(key=lambda p: p.key)  # a stable order that says nothing about the content
    outlet_dirs = sorted(OUTLETS)

    for page in pages:
        rng = _rng(seed, "date", page.key)
        page.outlet = outlet_dirs[int(page.key, 16) % len(outlet_dirs)]
        dated = [p.date for p in page.passages if p.date]
        if dated:
            day, page.date_source = min(dated), "passage"
        else:
            lo, hi = date_bounds(page.labels)
            day = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
            page.date_source = "assigned"
        page.published = dt.datetime.combine(day, dt.time(rng.randint(6, 19), rng.choice((0, 15, 30, 45))),
                                             tzinfo=dt.UTC)
        texts = list(dict.fromkeys(p.text for p in page.passages))
        page.lang = stopword_language(" ".join(texts))[0]
        page.path = f"/{page.outlet}/{day:%Y/%m}/{page.key}.html"

    # Body paragraphs: the passages (deduplicated, in file order) and 1-3 filler paragraphs, placed
    # around them; filler is re-drawn where it would make two different pages near-duplicates.
    bodies: dict[str, list[str]] = {}
    seen: list[set[str]] = []
    for page in pages:
        texts = list(dict.fromkeys(p.text for p in page.passages))
        own = _shingles(" ".join(texts))
        rng = _rng(seed, "filler", page.key)
        for _attempt in range(20):
            filler = _filler(rng, page.lang, page.published.date())
            paragraphs = list(texts)
            for para in filler:
                paragraphs.insert(rng.randint(0, len(paragraphs)), para)
            sh = _shingles(" ".join(paragraphs))
            if all(_jaccard(sh, other) < 0.5 or _jaccard(own, other) >= 0.5 for other in seen):
                break
        seen.append(sh)
        bodies[page.path] = paragraphs

    titles: dict[str, str] = {}
    for n, page in enumerate(pages, 1):
        titles[page.path] = f"{OUTLETS[page.outlet][0]}: {_rng(seed, 'title', page.key).choice(HEADLINES)} #{n}"

    copies: list[Page] = []
    n_copies = max(1, round(copy_share * len(pages)))
    for n, page in enumerate(sorted(_rng(seed, "copies").sample(pages, n_copies), key=lambda p: p.key), 1):
        rng = _rng(seed, "copy", page.key)
        ts = page.published + dt.timedelta(days=rng.randint(0, 2), hours=rng.randint(1, 6))
        copy = Page(key=page.key, source_url=page.source_url, passages=page.passages, outlet=WIRE[0],
                    path=f"/{WIRE[0]}/{ts:%Y/%m/%d}/{page.key}-syndicated.html", published=ts, date_source="copy",
                    lang=page.lang, copy_of=page.path, template="wire")
        copies.append(copy)
        bodies[copy.path] = bodies[page.path]
        titles[copy.path] = f"{WIRE[1]} digest {n}: AI rules in Europe"

    root.mkdir(parents=True, exist_ok=True)
    by_outlet: dict[str, list[Page]] = {}
    for page in pages:
        by_outlet.setdefault(page.outlet, []).append(page)
    for page in pages:
        rng = _rng(seed, "page", page.key)
        siblings = [p for p in by_outlet[page.outlet] if p is not page]
        related = [(p.path, titles[p.path]) for p in rng.sample(siblings, min(3, len(siblings)))]
        json_ld = rng.random() < 0.6
        author = AUTHORS[int(page.key[:4], 16) % len(AUTHORS)]
        doc = _outlet_page(page, titles[page.path], author, bodies[page.path], json_ld, related)
        _write(root / page.path.lstrip("/"), doc)
    for copy in copies:
        _write(root / copy.path.lstrip("/"), _wire_page(copy, titles[copy.path], bodies[copy.path]))

    in_rss = set(p.path for p in _rng(seed, "rss").sample(pages, len(pages) // 2))
    rss_pages = [p for p in pages if p.path in in_rss]
    sitemap_pages = [p for p in pages if p.path not in in_rss] + copies
    _write(root / "rss.xml", _rss(rss_pages, titles))
    _write(root / "news-sitemap.xml", _news_sitemap(sitemap_pages, titles))
    _write(root / "robots.txt", "User-agent: *\nDisallow: /search\n\nSitemap: __BASE__/news-sitemap.xml\n")
    _write(root / "index.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AI policy news</title>"
           "<meta property=\"og:type\" content=\"website\"></head><body><h1>AI policy news</h1><ul>"
           + "".join(f'<li><a href="/{d}/">{_esc(OUTLETS[d][0])}</a></li>' for d in outlet_dirs)
           + "</ul></body></html>\n")
    return BuiltSite(root=root, pages=pages, copies=copies, rss_paths=sorted(p.path for p in rss_pages),
                     sitemap_paths=sorted(p.path for p in sitemap_pages))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
