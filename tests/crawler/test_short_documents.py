"""Short statements are documents: a page that declares itself an article keeps one paragraph.

News briefs and statements are often one paragraph (and mostly not in English). A page that says
it is an article (JSON-LD *Article/posting, og:type=article, or a headline with a publication date)
needs one real sentence; anything else still needs ``MIN_TEXT_CHARS``. Listing, navigation, error
and cookie pages stay rejected, each with its reason. The briefs below are invented paraphrases.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from crawler.extract import MIN_TEXT_CHARS, ExtractOptions, extract
from crawler.items import ExtractedDocument, FetchedPage, Rejection
from stancewatch.config import SourceConfig
from stancewatch.crawling import run_crawl


@dataclass(frozen=True)
class Brief:
    lang: str
    outlet: str
    headline: str
    text: str
    date: str  # ISO date the page declares


BRIEFS = [
    Brief("en", "Brussels Briefing", "Northwind AI says it will sign the EU code of practice",
          "Northwind AI told reporters on Tuesday that it will sign the EU's General-Purpose AI Code of Practice, "
          "calling the transparency chapter workable but asking the AI Office for clearer copyright guidance.",
          "2025-07-15"),
    Brief("de", "Rheinische Techpost", "Meta will den KI-Verhaltenskodex der EU nicht unterzeichnen",
          "Der Facebook-Konzern Meta wird den Verhaltenskodex für KI-Modelle mit allgemeinem Verwendungszweck "
          "nicht unterschreiben. Ein Sprecher begründete das am Freitag mit rechtlichen Unklarheiten.",
          "2025-07-18"),
    Brief("fr", "La Lettre du Numérique", "Mistral AI signera le code de bonnes pratiques européen",
          "La start-up parisienne Mistral AI a annoncé jeudi qu'elle signera le code de bonnes pratiques de l'UE "
          "pour les modèles d'IA à usage général, tout en demandant des délais plus souples.",
          "2025-07-10"),
    Brief("es", "Diario Digital Ibérico", "Google firmará el código de buenas prácticas de la UE",
          "Google ha confirmado que firmará el código de buenas prácticas para la inteligencia artificial de uso "
          "general, aunque la empresa advierte de que algunas normas podrían frenar la innovación en Europa.",
          "2025-07-30"),
    Brief("it", "Cronache dell'Innovazione", "OpenAI aderisce al codice di condotta europeo sull'IA",
          "OpenAI ha comunicato che aderirà al codice di condotta dell'Unione europea per i modelli di intelligenza "
          "artificiale di uso generale, in vista delle nuove regole in vigore da agosto.",
          "2025-07-11"),
    Brief("pt", "Jornal da Tecnologia", "Amazon vai assinar o código de conduta da UE para a IA",
          "A Amazon anunciou nesta quinta-feira que vai assinar o código de boas práticas da União Europeia para "
          "modelos de inteligência artificial de uso geral, afirmando que as regras trazem clareza ao setor.",
          "2025-07-24"),
    Brief("nl", "Het Digitale Dagblad", "Microsoft wil Europese gedragscode voor AI ondertekenen",
          "Microsoft is naar verwachting bereid de Europese gedragscode voor AI-modellen voor algemene doeleinden "
          "te ondertekenen, zei topman Brad Smith donderdag tegen verslaggevers in Brussel.",
          "2025-07-17"),
    Brief("pl", "Kurier Technologiczny", "xAI podpisze część unijnego kodeksu praktyk",
          "Firma xAI Elona Muska poinformowała, że podpisze rozdział kodeksu praktyk UE dotyczący bezpieczeństwa, "
          "ale skrytykowała pozostałe części dokumentu jako szkodliwe dla innowacji.",
          "2025-07-31"),
]
STYLES = ("jsonld", "og", "h1_time")

# Real pages carry site chrome: a menu, related stories and a footer, 30 links and more.
_NAV = "<header><nav>" + "".join(f'<a href="/section/{i}">Section {i}</a> ' for i in range(12)) + "</nav></header>"
_ASIDE = "<aside><h3>Related</h3><ul>" + "".join(
    f'<li><a href="/related/{i}">Related story number {i} on the AI Act</a></li>' for i in range(3)) + "</ul></aside>"
_FOOTER = "<footer>" + "".join(f'<a href="/about/{i}">About us {i}</a> ' for i in range(15)) + "<p>© 2025</p></footer>"


def _html(body: str, *, lang: str = "en", title: str = "Page", head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body>{_NAV}<main>{body}</main>{_ASIDE}{_FOOTER}</body></html>")


def brief_page(brief: Brief, style: str) -> str:
    """One brief declared one way only: JSON-LD NewsArticle, og:type=article, or <h1> + <time>."""
    title = f"{brief.headline} | {brief.outlet}"
    para = f"<p>{brief.text}</p>"
    if style == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": brief.headline,
              "datePublished": f"{brief.date}T09:30:00+02:00", "inLanguage": brief.lang,
              "publisher": {"@type": "Organization", "name": brief.outlet}}
        head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        body = f"<article><h1>{brief.headline}</h1>{para}</article>"
    elif style == "og":
        head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{brief.headline}">'
                f'<meta property="article:published_time" content="{brief.date}T08:00:00Z">')
        body = f"<article><h2>{brief.headline}</h2>{para}</article>"
    else:
        head = ""
        body = (f'<article><h1>{brief.headline}</h1><time datetime="{brief.date}T07:15:00+01:00">{brief.date}</time>'
                f"{para}</article>")
    return _html(body, lang=brief.lang, title=title, head=head)


def _page(html: str, url: str = "https://news.example/story") -> FetchedPage:
    return FetchedPage(url=url, requested_url=url, source_id="s", status=200, body=html.encode("utf-8"),
                       content_type="text/html; charset=utf-8")


def _rejected(html: str, **options) -> str:
    result = extract(_page(html), ExtractOptions(**options))
    assert isinstance(result, Rejection), f"stored, expected a rejection: {result.text!r}"
    return result.reason


def test_briefs_are_shorter_than_the_full_article_floor():
    assert all(150 <= len(b.text) <= 250 < MIN_TEXT_CHARS for b in BRIEFS)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("brief", BRIEFS, ids=lambda b: b.lang)
def test_declared_brief_is_stored_with_title_date_and_language(brief, style):
    doc = extract(_page(brief_page(brief, style)))
    assert isinstance(doc, ExtractedDocument), doc.reason
    assert brief.text in doc.text
    assert doc.title == brief.headline
    assert (doc.published or "")[:10] == brief.date
    assert doc.language == brief.lang


@pytest.mark.parametrize("style", STYLES)
def test_portuguese_brief_keeps_its_language(style):
    """Spanish stopwords match a fifth of this brief: it must still come out pt, not es."""
    brief = next(b for b in BRIEFS if b.lang == "pt")
    assert extract(_page(brief_page(brief, style))).language == "pt"


@pytest.mark.parametrize("style", STYLES)
def test_short_floor_is_an_option(style):
    html = brief_page(BRIEFS[1], style)
    assert "too little text" in _rejected(html, min_article_chars=MIN_TEXT_CHARS)
    assert isinstance(extract(_page(html), ExtractOptions(min_article_chars=40)), ExtractedDocument)


def test_undeclared_brief_keeps_the_full_floor():
    brief = BRIEFS[0]
    html = _html(f"<div><h2>{brief.headline}</h2><p>{brief.text}</p></div>", title=brief.headline)
    reason = _rejected(html)
    assert "listing/index page" in reason or "too little text" in reason


def test_headline_without_any_date_is_not_a_declaration():
    brief = BRIEFS[0]
    html = _html(f"<article><h1>{brief.headline}</h1><p>{brief.text}</p></article>", title=brief.headline)
    assert isinstance(extract(_page(html)), Rejection)
    # ...but a date from the feed or news sitemap that linked the page completes it
    dated = extract(_hinted_page(html))
    assert isinstance(dated, ExtractedDocument) and dated.title == brief.headline and dated.language == "en"


def _hinted_page(html: str) -> FetchedPage:
    return FetchedPage(url="https://e.org/b", requested_url="https://e.org/b", source_id="s", status=200,
                       body=html.encode(), content_type="text/html", hint_published="2025-07-15T10:00:00Z")


def test_feed_date_beats_a_guessed_copyright_year():
    """trafilatura guesses 2025-01-01 from the footer's "© 2025": the feed/sitemap date wins."""
    brief = BRIEFS[0]
    html = _html(f"<article><h1>{brief.headline}</h1><p>{brief.text}</p></article>", title=brief.headline)
    assert extract(_hinted_page(html)).published == "2025-07-15T10:00:00+00:00"


def _tag_page(head: str = "") -> str:
    items = "".join(f'<li><a href="/news/{i}">Provider number {i} weighs its answer to the EU AI code</a> '
                    f'<time datetime="2025-07-{i + 1:02d}">{i + 1} July</time></li>' for i in range(20))
    return _html(f"<h1>Tag: AI Act</h1><p>All our coverage of the EU AI Act and its code of practice.</p>"
                 f"<ul>{items}</ul>", title="AI Act | Brussels Briefing", head=head)


@pytest.mark.parametrize("head", [
    '<meta property="og:type" content="website">',
    '<meta property="og:type" content="article">',  # CMS templates that call every page an article
    '<script type="application/ld+json">{"@type": "CollectionPage", "name": "AI Act"}</script>',
], ids=["og-website", "og-article", "jsonld-collection"])
def test_tag_page_with_short_intro_is_a_listing(head):
    assert "listing/index page" in _rejected(_tag_page(head))


def test_short_intro_above_a_story_list_is_no_brief():
    """A declared page whose intro passes the floor, but whose content is twenty story links."""
    intro = ("<p>Everything we published about the code of practice, from the first draft to the signatures "
             "of the large providers.</p>")
    html = _tag_page('<meta property="og:type" content="article">').replace(
        "<p>All our coverage of the EU AI Act and its code of practice.</p>", intro)
    assert "listing/index page" in _rejected(html)


def test_dated_list_is_not_declared_by_its_first_date():
    """An agenda: a headline and dates, but one per item: that is a list, not a dated article."""
    items = "".join(f'<li><time datetime="2025-09-{i:02d}">{i} Sept</time> Webinar {i} '
                    f'<a href="/e/{i}">Details</a></li>' for i in range(1, 7))
    html = _html("<h1>Events on the AI Act</h1><p>Our upcoming panels and webinars on the EU code of practice for "
                 f"general-purpose AI models are listed below.</p><ul>{items}</ul>", title="Events")
    reason = _rejected(html)  # undeclared: the full floor applies
    assert "listing/index page" in reason or "too little text" in reason


@pytest.mark.parametrize("lang,heading,message", [
    ("en", "Page not found", "Sorry, the page you requested has moved or never existed. Try the search box above."),
    ("en", "Oops", "Access denied. You do not have permission to view this page on our server."),
    ("de", "Seite nicht gefunden", "Leider konnten wir die gewünschte Seite nicht finden. Nutzen Sie die Suche."),
    ("fr", "Page introuvable", "Désolé, cette adresse ne mène nulle part. Utilisez le moteur de recherche du site."),
    ("es", "Página no encontrada", "Lo sentimos, la dirección que ha escrito no lleva a ningún artículo del sitio."),
    ("it", "Pagina non trovata", "Ci dispiace, l'indirizzo che hai digitato non porta a nessun articolo del sito."),
    ("pt", "Página não encontrada", "Lamentamos, o endereço que digitou não leva a nenhum artigo deste site."),
    ("nl", "Pagina niet gevonden", "Sorry, het adres dat u heeft ingetypt leidt niet naar een artikel op deze site."),
    ("pl", "Nie znaleziono strony", "Przepraszamy, wpisany adres nie prowadzi do żadnego artykułu w naszym serwisie."),
    ("en", "404", "Nothing lives at this address any more, but the rest of the site is still here for you."),
])
@pytest.mark.parametrize("og_type", ["website", "article"])
def test_soft_error_page_is_rejected(lang, heading, message, og_type):
    # og:type=article and a date too: templates put them on error pages, which must not make them briefs
    html = _html(f'<article><h1>{heading}</h1><time datetime="2025-07-01">1.7.2025</time><p>{message}</p></article>',
                 lang=lang, title=heading, head=f'<meta property="og:type" content="{og_type}">')
    assert "error page" in _rejected(html)


def test_stub_is_rejected_even_when_declared():
    stub = "Meta declines to sign. More details will follow later today."
    assert len(stub) == 60
    html = _html(f"<article><h1>Meta and the code</h1><p>{stub}</p></article>", title="Meta and the code",
                 head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Meta and the code", '
                      '"datePublished": "2025-07-18"}</script>')
    assert "too little text (60 chars < 80" in _rejected(html)


def test_navigation_only_page_is_rejected():
    nav = "<nav><ul>" + "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8)) + "</ul></nav>"
    html = f'<html lang="en"><head><title>Brussels Briefing</title></head><body>{nav}</body></html>'
    assert "navigation only (8 links, no text)" == _rejected(html)
    assert "listing/index page" in _rejected(_html("", title="Brussels Briefing"))  # 30 links, nothing else


def test_declared_page_without_a_sentence_is_rejected():
    tags = " · ".join(["AI Act", "Code of Practice", "General-purpose AI", "Meta", "OpenAI", "Mistral AI",
                       "Copyright", "Transparency", "AI Office"])
    html = _html(f"<article><h1>Topics</h1><p>{tags}</p></article>", head='<meta property="og:type" content="article">')
    assert "no full sentence" in _rejected(html)


def test_cookie_wall_is_rejected():
    notice = ("We use cookies to personalise content and to analyse our traffic. Accept all cookies to continue "
              "reading, or manage your cookie settings.")
    html = _html(f"<div class='consent'><p>{notice}</p><p>Accept</p></div>",
                 head='<meta property="og:type" content="article">')
    assert "cookie/consent wall" in _rejected(html)


def test_paywalled_teaser_is_rejected():
    brief = BRIEFS[0]
    ld = json.dumps({"@type": "NewsArticle", "headline": brief.headline, "datePublished": brief.date,
                     "isAccessibleForFree": "False"})
    html = _html(f"<article><h1>{brief.headline}</h1><p>{brief.text}</p></article>", title=brief.headline,
                 head=f'<script type="application/ld+json">{ld}</script>')
    assert "paywalled teaser" in _rejected(html)


def test_client_rendered_article_with_only_a_description_is_rejected():
    """The JSON-LD description of an article that renders client-side summarises it: a teaser."""
    brief = BRIEFS[0]
    ld = json.dumps({"@type": "NewsArticle", "headline": brief.headline, "datePublished": brief.date,
                     "description": brief.text})
    html = _html('<div id="app"></div>', title=brief.headline, head=f'<script type="application/ld+json">{ld}</script>')
    assert "only a summary" in _rejected(html)
    body = ld.replace('"description"', '"articleBody"')  # the body itself, however short, is the document
    doc = extract(_page(_html('<div id="app"></div>', title=brief.headline,
                              head=f'<script type="application/ld+json">{body}</script>')))
    assert isinstance(doc, ExtractedDocument) and doc.text == brief.text and doc.published == brief.date


def test_briefs_stored_and_other_pages_rejected_through_a_crawl(fault_server, make_cfg, store, tmp_path):
    """The real path: URL list -> Scrapy -> extraction pipeline -> SQLite, with reasons in the fetch log."""
    briefs = {fault_server.add(f"/brief-{b.lang}-{style}.html", brief_page(b, style)): b
              for b, style in [(BRIEFS[1], "jsonld"), (BRIEFS[7], "og"), (BRIEFS[6], "h1_time"), (BRIEFS[2], "og")]}
    og_website = '<meta property="og:type" content="website">'
    gone = _html("<h1>Page not found</h1><p>Sorry, this page does not exist.</p>", head=og_website)
    stub = _html("<article><h1>Meta</h1><p>Meta declines to sign. More details follow soon.</p></article>",
                 head='<meta property="og:type" content="article">')
    rejects = {
        fault_server.add("/tag/ai-act.html", _tag_page(og_website)): "listing/index page",
        fault_server.add("/gone.html", gone): "error page",
        fault_server.add("/stub.html", stub): "too little text",
    }
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join([*briefs, *rejects]) + "\n")
    summary = run_crawl(make_cfg(SourceConfig(id="briefs", kind="urls", url=str(listing))), None)
    docs = {d.url: d for d in store.iter_documents()}
    assert set(docs) == set(briefs), summary
    for url, brief in briefs.items():
        doc = docs[url]
        got = (doc.title, (doc.published or "")[:10], doc.language)
        assert got == (brief.headline, brief.date, brief.lang)
    for url, reason in rejects.items():
        state = store.fetch_state(url)
        assert state.outcome == "rejected" and reason in state.reason, (url, state)
    assert summary.documents_new == len(briefs) and summary.rejected == len(rejects)
