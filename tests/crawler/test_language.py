"""Language detection on the eight languages the sources use, short briefs and long articles.

Neighbours share their short function words (es/pt/it: de, que, la, con, o, e...), so every
language gets several short texts (150-250 characters, a news brief). The sentences are invented
paraphrases of news about AI companies and the EU code of practice.
"""
from __future__ import annotations

import pytest

from storage.language import LANGUAGES, detect_language, stopword_language

SHORT: dict[str, list[str]] = {
    "en": [
        "OpenAI said on Friday it would sign the EU's code of practice for general-purpose AI, adding that the "
        "rules give providers a clear path to comply with the AI Act before the deadline.",
        "The European Commission has published the final text of the code, which asks model providers to "
        "document their training data and to respect the copyright opt-outs of publishers.",
        "Meta refused to sign the voluntary code, arguing that it goes beyond the scope of the AI Act and that "
        "it would slow down the development of frontier models in Europe.",
        "Several smaller start-ups told the AI Office that the reporting duties were too heavy for them and "
        "asked for a simplified version of the safety chapter.",
    ],
    "de": [
        "Das Start-up Aleph Alpha will den Verhaltenskodex der EU unterzeichnen, fordert aber mehr Zeit für die "
        "Umsetzung der Transparenzpflichten bei großen Sprachmodellen.",
        "Die EU-Kommission hat am Donnerstag die endgültige Fassung des Kodex vorgelegt. Anbieter von "
        "KI-Modellen sollen damit zeigen, dass sie die Regeln des AI Act einhalten.",
        "Google kündigte an, den Kodex zu unterzeichnen, warnte jedoch vor Regeln, die nach Ansicht des "
        "Konzerns die Entwicklung neuer Modelle in Europa bremsen könnten.",
        "Verbraucherschützer kritisieren, dass die Vorgaben zum Urheberrecht zu schwach seien und die Rechte "
        "von Autoren und Verlagen nicht ausreichend schützen würden.",
    ],
    "fr": [
        "Le gouvernement français a salué la publication du code de bonnes pratiques, qui doit aider les "
        "fournisseurs de modèles d'IA à respecter les nouvelles obligations du règlement européen.",
        "Selon plusieurs sources à Bruxelles, Meta ne signera pas le texte, estimant qu'il crée une insécurité "
        "juridique pour les développeurs de modèles ouverts.",
        "Les éditeurs de presse demandent que le chapitre sur le droit d'auteur soit renforcé, car ils estiment "
        "que leurs contenus sont utilisés sans autorisation pour entraîner les modèles.",
        "Anthropic a confirmé mercredi son intention de signer le code, tout en appelant la Commission à "
        "publier rapidement des lignes directrices sur les modèles à risque systémique.",
    ],
    "es": [
        "La Comisión Europea presentó el jueves la versión final del código de buenas prácticas, que busca "
        "ayudar a las empresas a cumplir con la nueva ley de inteligencia artificial.",
        "Meta anunció que no firmará el documento porque, según la compañía, introduce incertidumbre jurídica "
        "y va más allá de lo que exige el reglamento europeo.",
        "Las asociaciones de editores piden que los proveedores de modelos respeten los derechos de autor y que "
        "informen con claridad sobre los datos usados en el entrenamiento.",
        "Para Microsoft, el código es un paso importante, pero la empresa aún no ha decidido si va a firmar "
        "todos los capítulos del documento antes del verano.",
    ],
    "it": [
        "La Commissione europea ha pubblicato il codice di buone pratiche per i modelli di intelligenza "
        "artificiale, che le aziende potranno firmare su base volontaria prima di agosto.",
        "Secondo fonti di Bruxelles, Meta non firmerà il documento perché ritiene che le nuove regole vadano "
        "oltre quanto previsto dalla legge europea sull'IA.",
        "Gli editori italiani chiedono che i fornitori di modelli rispettino il diritto d'autore e pubblichino "
        "un riassunto dei dati usati per l'addestramento.",
        "Per Microsoft il codice è un passo importante, ma l'azienda non ha ancora deciso se firmare tutti i "
        "capitoli del documento prima della scadenza di agosto.",
    ],
    "pt": [
        "A Comissão Europeia publicou a versão final do código de conduta para a inteligência artificial, que "
        "pretende ajudar as empresas a cumprir as novas regras do bloco.",
        "A Meta recusou-se a assinar o documento, argumentando que o texto cria insegurança jurídica e vai além "
        "do que está previsto na lei europeia sobre a IA.",
        "As associações de editores pedem que os fornecedores de modelos respeitem os direitos de autor e "
        "divulguem os dados usados no treino dos seus sistemas.",
        # no ã or õ: stopwords alone must tell it from Spanish
        "Segundo fontes em Bruxelas, a Google vai assinar o código, mas a empresa alerta que algumas "
        "exigências podem atrasar o lançamento de novos modelos na Europa.",
    ],
    "nl": [
        "De Europese Commissie heeft de definitieve versie van de gedragscode voor AI-modellen gepubliceerd, "
        "die bedrijven helpt om aan de nieuwe regels van de AI-verordening te voldoen.",
        "Meta heeft laten weten dat het bedrijf de code niet zal ondertekenen, omdat die volgens de techgigant "
        "te veel juridische onzekerheid met zich meebrengt.",
        "Nederlandse uitgevers willen dat aanbieders van taalmodellen het auteursrecht respecteren en openbaar "
        "maken welke gegevens zij voor de training hebben gebruikt.",
        "Google zegt de code te zullen tekenen, maar waarschuwt dat sommige verplichtingen de ontwikkeling van "
        "nieuwe modellen in Europa flink kunnen vertragen.",
    ],
    "pl": [
        "Komisja Europejska opublikowała ostateczną wersję kodeksu postępowania dla modeli sztucznej "
        "inteligencji ogólnego przeznaczenia, który ma pomóc firmom w przestrzeganiu nowych przepisów.",
        "Meta zapowiedziała, że nie podpisze dokumentu, ponieważ jej zdaniem wprowadza on niepewność prawną "
        "i wykracza poza wymogi unijnego rozporządzenia o AI.",
        "Polscy wydawcy chcą, aby dostawcy modeli szanowali prawa autorskie i ujawniali, jakie dane zostały "
        "wykorzystane do trenowania ich systemów językowych.",
        "Google podpisze kodeks, ale firma ostrzega, że część nowych obowiązków może opóźnić wprowadzenie "
        "nowych modeli sztucznej inteligencji na rynek w Europie.",
    ],
}
CASES = [(lang, text) for lang, texts in SHORT.items() for text in texts]
_ids = [f"{lang}-{i}" for lang, texts in SHORT.items() for i in range(len(texts))]


def test_every_language_has_short_briefs():
    assert set(SHORT) == set(LANGUAGES)
    assert all(len(texts) >= 3 for texts in SHORT.values())
    assert all(150 <= len(text) <= 250 for _, text in CASES), [len(t) for _, t in CASES if not 150 <= len(t) <= 250]


@pytest.mark.parametrize("lang,text", CASES, ids=_ids)
def test_short_text_without_a_declared_language(lang, text):
    assert stopword_language(text)[0] == lang
    assert detect_language(text) == lang


@pytest.mark.parametrize("lang,text", CASES, ids=_ids)
def test_short_text_keeps_its_declared_language(lang, text):
    assert detect_language(text, lang) == lang
    assert detect_language(text, f"{lang}-{lang.upper()}") == lang  # pt-PT, es-ES, nl-NL...


@pytest.mark.parametrize("lang,text", [c for c in CASES if c[0] != "en"], ids=[i for i in _ids if i[:2] != "en"])
def test_short_text_overrides_an_english_template(lang, text):
    """Templates say lang="en" over translated articles: the text wins (Polish too, with few stopwords)."""
    assert detect_language(text, "en") == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_long_text(lang):
    text = " ".join(SHORT[lang] * 4)  # about 3000 characters
    assert len(text) > 2000
    assert detect_language(text) == lang
    assert detect_language(text, lang) == lang


@pytest.mark.parametrize("lang,quote_lang", [("pt", "en"), ("es", "en"), ("it", "fr"), ("nl", "de")])
def test_long_text_with_a_quote_in_another_language(lang, quote_lang):
    text = " ".join([*SHORT[lang][:2], f'"{SHORT[quote_lang][0]}"', *SHORT[lang][2:]])
    assert detect_language(text, lang) == lang
    assert detect_language(text) == lang


@pytest.mark.parametrize("declared,text", [
    ("pt", SHORT["pt"][3]), ("es", SHORT["es"][3]), ("it", SHORT["it"][1]), ("es", SHORT["es"][1]),
])
def test_sibling_languages_are_not_swapped(declared, text):
    others = {"pt": ("es", "it"), "es": ("pt", "it"), "it": ("es", "pt")}[declared]
    guessed, share = stopword_language(text)
    assert guessed == declared and share > 0.2
    assert all(detect_language(text, other) == declared for other in ("en", "de", "fr"))
    assert not {detect_language(text), detect_language(text, declared)} & set(others)


def test_acronyms_are_not_stopwords():
    """"AI" is not the Italian "ai", "EU" not the Portuguese "eu"."""
    text = "Mistral AI wants a pause on the AI Act before it decides whether to sign the AI code of the EU."
    assert detect_language(text) != "it"
    assert detect_language(text, "en") == "en"


@pytest.mark.parametrize("text,declared,expected", [
    ("Signed.", "pt", "pt"),  # too short to say anything: the page's lang stays
    ("Il codice", None, None),
    ("短い", "ja-JP", "ja"),
    (SHORT["pl"][0], "uk", "pl"),  # a language we do not score, contradicted by a clear text
])
def test_short_or_unknown(text, declared, expected):
    assert detect_language(text, declared) == expected
