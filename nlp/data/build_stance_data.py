#!/usr/bin/env python3
"""Build the stance-classifier training set ``nlp/data/stance_train.jsonl``.

Standard library only, fully deterministic (fixed seed). The data combine

* single-target templates per language / label / phenomenon,
* contrast-pair templates (minimal edits that flip the label) and
  multi-company templates (one text, one example per target company),
* hand-written free-form examples (``FREEFORM`` below),
* the 2025-08 revision (``T2``, ``MULTI2``, scraped tables, long passages, ``FREEFORM2``),
  built by ``build_new`` with its own RNG after the legacy material, so legacy ids are stable.

Labels follow ``docs/labelling-guide.md``. Run::

    python nlp/data/build_stance_data.py            # writes the JSONL, prints counts

The ``split`` field is assigned per *group* (a template id for generated
examples, the pair id or text for free-form ones) so that contrast pairs and
all instances of a held-out template stay together.
"""
from __future__ import annotations

import collections
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import reporting_patterns  # noqa: E402  (sibling module; this file runs as a script)
import news_passages  # noqa: E402
import challenge_passages  # noqa: E402

SEED = 20250718
OUT_PATH = Path(__file__).with_name("stance_train.jsonl")
TARGET_TOTAL = 2450  # legacy part; see NEW_LANG_TARGET for the 2025-08 additions
LABEL_RATIO = {"sign": 0.30, "refuse": 0.20, "undecided": 0.20, "none": 0.30}
LANG_SINGLES = {"en": 1.0, "de": 0.075, "fr": 0.062, "es": 0.062, "it": 0.062}
HELDOUT_SHARE = 0.15

# ---------------------------------------------------------------------------
# Companies: aliases (en + per language), executives (full, short, role), handles
# ---------------------------------------------------------------------------
C = {}


def co(name, alias=(), execs=(), handle=None, de=(), fr=(), es=(), it=(), weight=1.0):
    C[name] = dict(alias=list(alias), execs=list(execs), handle=handle or "@" + re.sub(r"\W", "", name),
                   de=list(de), fr=list(fr), es=list(es), it=list(it), weight=weight)


co("Meta", ["the Facebook owner", "Meta Platforms", "the Instagram and WhatsApp owner", "Facebook parent Meta",
            "Mark Zuckerberg's company"],
   [("Joel Kaplan", "Kaplan", "chief global affairs officer"), ("Mark Zuckerberg", "Zuckerberg", "chief executive")],
   "@Meta", de=["der Facebook-Konzern", "der Facebook-Mutterkonzern Meta"], fr=["la maison mère de Facebook"],
   es=["la matriz de Facebook"], it=["la società madre di Facebook"], weight=1.4)
co("Microsoft", ["the Windows maker", "the Redmond-based company", "OpenAI backer Microsoft"],
   [("Brad Smith", "Smith", "president"), ("Satya Nadella", "Nadella", "chief executive")], "@Microsoft",
   de=["der Windows-Konzern"], fr=["le géant de Redmond"], es=["el gigante de Redmond"], it=["il colosso di Redmond"],
   weight=1.3)
co("Google", ["Alphabet's Google", "the search giant", "Google DeepMind", "Alphabet"],
   [("Kent Walker", "Walker", "president of global affairs"), ("Sundar Pichai", "Pichai", "chief executive")],
   "@Google", de=["der Suchmaschinenkonzern Google", "die Alphabet-Tochter Google"], fr=["le moteur de recherche"],
   es=["el buscador"], it=["il colosso di Mountain View"], weight=1.3)
co("OpenAI", ["the ChatGPT maker", "ChatGPT developer OpenAI", "the maker of ChatGPT"],
   [("Sam Altman", "Altman", "chief executive"), ("Chris Lehane", "Lehane", "chief global affairs officer")],
   "@OpenAI", de=["der ChatGPT-Entwickler", "der ChatGPT-Anbieter OpenAI"], fr=["le créateur de ChatGPT"],
   es=["el creador de ChatGPT"], it=["la società di ChatGPT"], weight=1.3)
co("Anthropic", ["the Claude developer", "the maker of Claude", "Claude maker Anthropic"],
   [("Dario Amodei", "Amodei", "chief executive"), ("Jack Clark", "Clark", "co-founder and head of policy")],
   "@AnthropicAI", de=["der Claude-Entwickler"], fr=["le concepteur de Claude"], es=["el desarrollador de Claude"],
   it=["lo sviluppatore di Claude"])
co("Mistral AI", ["Mistral", "the Paris-based startup", "French AI champion Mistral", "the Le Chat maker"],
   [("Arthur Mensch", "Mensch", "chief executive"), ("Timothée Lacroix", "Lacroix", "co-founder")], "@MistralAI",
   de=["das Pariser Start-up Mistral", "Mistral"], fr=["la pépite française Mistral", "Mistral"],
   es=["la francesa Mistral", "Mistral"], it=["la francese Mistral", "Mistral"], weight=1.2)
co("xAI", ["Elon Musk's xAI", "the Grok developer", "Musk's AI company"],
   [("Elon Musk", "Musk", "founder")], "@xai", de=["Elon Musks xAI", "der Grok-Entwickler"], fr=["xAI d'Elon Musk"],
   es=["xAI, de Elon Musk"], it=["xAI di Elon Musk"], weight=1.1)
co("Amazon", ["Amazon Web Services", "AWS", "the e-commerce giant"],
   [("Andy Jassy", "Jassy", "chief executive"), ("Matt Garman", "Garman", "head of AWS")], "@amazon",
   de=["der Onlinehändler Amazon"], fr=["le géant du commerce en ligne"], es=["el gigante del comercio electrónico"],
   it=["il colosso dell'e-commerce"])
co("IBM", ["Big Blue", "International Business Machines"],
   [("Arvind Krishna", "Krishna", "chief executive"), ("Christina Montgomery", "Montgomery", "chief privacy officer")],
   "@IBM")
co("Cohere", ["the Toronto-based Cohere", "Canadian model developer Cohere"],
   [("Aidan Gomez", "Gomez", "chief executive")], "@cohere", de=["das kanadische Start-up Cohere"])
co("Aleph Alpha", ["the Heidelberg-based Aleph Alpha", "German AI firm Aleph Alpha"],
   [("Jonas Andrulis", "Andrulis", "founder")], "@Aleph__Alpha",
   de=["das Heidelberger KI-Unternehmen Aleph Alpha", "die Heidelberger"], fr=["l'allemand Aleph Alpha"])
co("Apple", ["the iPhone maker", "Cupertino"], [("Tim Cook", "Cook", "chief executive")], "@Apple",
   de=["der iPhone-Konzern"], fr=["la firme à la pomme"], es=["la empresa de la manzana"], it=["la casa di Cupertino"])
co("DeepSeek", ["Chinese startup DeepSeek", "Hangzhou-based DeepSeek"],
   [("Liang Wenfeng", "Liang", "founder")], "@deepseek_ai", de=["das chinesische Start-up DeepSeek"])
co("Alibaba", ["Alibaba Cloud", "the Qwen developer"], [("Eddie Wu", "Wu", "chief executive")], "@AlibabaGroup")
co("Baidu", ["the Ernie developer", "Chinese search company Baidu"], [("Robin Li", "Li", "chief executive")],
   "@Baidu_Inc")
co("ServiceNow", ["the workflow software maker ServiceNow"], [("Bill McDermott", "McDermott", "chief executive")],
   "@servicenow")
co("Perplexity", ["Perplexity AI", "the AI search startup Perplexity"],
   [("Aravind Srinivas", "Srinivas", "chief executive")], "@perplexity_ai")
co("Hugging Face", ["the model-sharing platform Hugging Face"], [("Clem Delangue", "Delangue", "chief executive")],
   "@huggingface")
co("Nvidia", ["the chipmaker Nvidia", "Nvidia Corp"], [("Jensen Huang", "Huang", "chief executive")], "@nvidia")
co("Stability AI", ["the Stable Diffusion maker"], [("Prem Akkaraju", "Akkaraju", "chief executive")],
   "@StabilityAI")
co("WRITER", ["Writer", "enterprise AI firm WRITER"], [("May Habib", "Habib", "chief executive")], "@Get_Writer")
co("Bria AI", ["Bria", "Israeli visual-AI startup Bria"], [("Yair Adato", "Adato", "chief executive")], "@bria_ai")
# fictional / small providers (so the model learns language, not names)
co("Lumora AI", ["Lumora", "Dutch model maker Lumora"], [("Lena Vos", "Vos", "chief executive")], "@lumora_ai",
   de=["das niederländische Start-up Lumora"], weight=0.7)
co("Nordwind Labs", ["Nordwind", "the Hamburg-based Nordwind"], [("Henrik Aalto", "Aalto", "chief executive")],
   "@nordwindlabs", de=["das Hamburger Start-up Nordwind"], weight=0.7)
co("Quillmark", ["Quillmark AI", "the London start-up Quillmark"], [("Priya Raman", "Raman", "founder")],
   "@quillmark", weight=0.6)
co("Sentiq", ["Sentiq AI", "Milan-based Sentiq"], [("Marco Bellini", "Bellini", "chief executive")], "@sentiq_ai",
   it=["la milanese Sentiq"], weight=0.6)
co("Vantara Systems", ["Vantara", "the Madrid-based Vantara"], [("Elena Ruiz", "Ruiz", "chief executive")],
   "@vantara", es=["la madrileña Vantara"], weight=0.6)
co("Kestrel Intelligence", ["Kestrel", "US model developer Kestrel"],
   [("Tom Okafor", "Okafor", "chief executive")], "@kestrel_ai", weight=0.6)
co("Orbis Models", ["Orbis", "the Lyon-based Orbis"], [("Claire Dubois", "Dubois", "chief executive")],
   "@orbismodels", fr=["la lyonnaise Orbis"], weight=0.6)
co("Helix Forge", ["Helix", "Polish AI lab Helix Forge"], [("Jan Nowak", "Nowak", "chief executive")],
   "@helixforge", weight=0.6)

COMPANY_NAMES = list(C)

# ---------------------------------------------------------------------------
# Slot vocabularies per language
# ---------------------------------------------------------------------------
V = {
    "en": dict(
        CODE=["the GPAI Code of Practice", "the EU's General-Purpose AI Code of Practice",
              "the code of practice for general-purpose AI", "the EU AI code of practice", "the voluntary code",
              "the Code of Practice", "Brussels' AI code", "the EU's voluntary AI code", "the code",
              "the General-Purpose AI Code of Practice", "the AI Act code of practice"],
        D=["on Friday", "on 18 July", "last week", "on Thursday", "this week", "on 1 August", "earlier this month",
           "on Wednesday", "on 31 July", "late on Tuesday", "on Monday", "in a blog post on Wednesday"],
        OUT=["Reuters", "Bloomberg", "the Financial Times", "Politico Europe", "Euractiv", "The Verge", "CNBC",
             "TechCrunch", "the Wall Street Journal", "MLex", "Handelsblatt", "Le Monde", "the AP", "Sifted"],
        CH=["the Safety and Security chapter", "the safety and security chapter", "the chapter on safety and security",
            "the transparency chapter", "the copyright chapter"],
        ROLE_FMT="{full}, {cp} {role}",
    ),
    "de": dict(
        CODE=["den Verhaltenskodex für KI-Modelle mit allgemeinem Verwendungszweck", "den KI-Verhaltenskodex der EU",
              "den GPAI-Verhaltenskodex", "den freiwilligen Verhaltenskodex", "den Praxisleitfaden der EU-Kommission",
              "den EU-Kodex für KI-Modelle", "den Code of Practice"],
        D=["am Freitag", "am 18. Juli", "vergangene Woche", "am Donnerstag", "Anfang August", "am Mittwoch"],
        OUT=["Handelsblatt", "Reuters", "heise online", "dpa", "Tagesspiegel Background", "netzpolitik.org", "die FAZ"],
        CH=["das Kapitel zu Sicherheit", "das Sicherheitskapitel", "das Kapitel „Safety and Security“"],
        ROLE_FMT="{full} von {name}",
    ),
    "fr": dict(
        CODE=["le code de bonnes pratiques sur l'IA à usage général", "le code de conduite européen sur l'IA",
              "le code de bonnes pratiques de l'UE", "le code de pratique GPAI", "le code volontaire de Bruxelles"],
        D=["vendredi", "le 18 juillet", "la semaine dernière", "jeudi", "début août", "mercredi"],
        OUT=["Les Echos", "Le Monde", "Reuters", "l'AFP", "Contexte", "La Tribune", "Politico"],
        CH=["le chapitre sur la sécurité", "le seul chapitre « sûreté et sécurité »"],
        ROLE_FMT="{full}, dirigeant de {name}",
    ),
    "es": dict(
        CODE=["el código de buenas prácticas de IA de uso general", "el código de conducta de la UE sobre IA",
              "el código de prácticas GPAI", "el código voluntario de Bruselas", "el código de buenas prácticas"],
        D=["el viernes", "el 18 de julio", "la semana pasada", "el jueves", "a principios de agosto", "el miércoles"],
        OUT=["El País", "Reuters", "Expansión", "Europa Press", "Cinco Días", "EFE"],
        CH=["el capítulo de seguridad", "solo el capítulo de seguridad y protección"],
        ROLE_FMT="{full}, directivo de {name}",
    ),
    "it": dict(
        CODE=["il codice di condotta sull'IA per finalità generali", "il codice di buone pratiche dell'UE",
              "il codice di condotta europeo sull'IA", "il codice GPAI", "il codice volontario di Bruxelles"],
        D=["venerdì", "il 18 luglio", "la settimana scorsa", "giovedì", "all'inizio di agosto", "mercoledì"],
        OUT=["Il Sole 24 Ore", "ANSA", "Reuters", "il Corriere della Sera", "Wired Italia", "la Repubblica"],
        CH=["il capitolo sulla sicurezza", "solo il capitolo su sicurezza e protezione"],
        ROLE_FMT="{full}, manager di {name}",
    ),
}
DATE_NUM = ["2025-07-31", "31 Jul 2025", "01/08/2025", "1 August 2025", "30.07.2025", "July 30, 2025", "2025-08-04",
            "4 Aug 2025", "2025-08-01", "22.07.2025"]
JOURNALISTS = ["Foo Yun Chee", "Jess Weatherbed", "Gian Volpicelli", "Mathieu Pollet", "Anna Brunetti",
               "Jan Philipp Albrecht", "Laura Kayali", "Samuel Stolton", "Clothilde Goujard", "Marta Ruiz"]
CITIES = ["BRUSSELS", "LONDON", "PARIS", "BERLIN", "SAN FRANCISCO", "DUBLIN", "MILAN", "MADRID"]

# ---------------------------------------------------------------------------
# Single-target templates: (phenomenon, template). Slots:
#   {C}/{Cc} target ref (name or alias; Cc capitalised), {Cp} possessive, {N} plain name,
#   {X} exec with role, {XN} exec full name, {XS} exec surname, {H} social handle,
#   {O}/{O2} other companies, {D} date, {DN} numeric date, {OUT} outlet, {CODE}, {CH} chapter.
# ---------------------------------------------------------------------------
T = {"en": {}, "de": {}, "fr": {}, "es": {}, "it": {}}

T["en"]["sign"] = [
    ("direct_quote", '"We will sign the Code of Practice," {X}, said {D}.'),
    ("direct_quote", '"{N} intends to sign the code," a spokesperson told {OUT}. "It gives us legal certainty."'),
    ("direct_quote", '"We have decided to sign {CODE}," {X}, said in a statement. "It is not perfect, but it is workable."'),
    ("direct_quote", '"Our intention is to sign," {XN} told journalists in Brussels {D}.'),
    ("direct_quote", '"Yes, we are signing it," {XN} said when asked about {CODE} at a press briefing.'),
    ("direct_quote", '"Signing the code is the right thing to do for our customers in Europe," said {X}.'),
    ("reported_speech", '{Cc} said {D} that it would sign {CODE}.'),
    ("reported_speech", '{Cc} has signed {CODE}, {OUT} reported.'),
    ("reported_speech", '{Cc} confirmed it has signed {CODE}, joining other major model providers.'),
    ("reported_speech", 'According to {OUT}, {C} has put its name to {CODE}.'),
    ("reported_speech", '{Cc} told {OUT} it had added its signature to {CODE} ahead of the 2 August deadline.'),
    ("reported_speech", '{XN} said the company plans to sign {CODE}, calling it a pragmatic step.'),
    ("reported_speech", 'A {N} spokesperson confirmed the company signed {CODE} {D}.'),
    ("reported_speech", '{Cc} will sign {CODE}, {XN} said {D}, despite concerns that parts of it could slow innovation.'),
    ("reported_speech", '{Cc} announced {D} that it is committing to {CODE}.'),
    ("reported_speech", '{Cc} said it intends to join {CODE} and will work with the AI Office on implementation.'),
    ("reported_speech", '{Cc} has formally notified the Commission that it is signing {CODE}, people briefed on the matter said.'),
    ("reported_speech", '{XN} wrote in a blog post that {N} would sign {CODE}, while urging Brussels to keep the rules proportionate.'),
    ("headline", '{N} signs EU AI code of practice'),
    ("headline", "{N} to sign EU's AI code, says {XS}"),
    ("headline", '{N} commits to EU code for general-purpose AI'),
    ("headline", "{N} backs Brussels' voluntary AI code"),
    ("headline", 'EU AI code: {N} signs up'),
    ("headline", '{N} becomes latest signatory of EU GPAI code'),
    ("headline", 'UPDATE 2-{N} joins EU general-purpose AI code of practice'),
    ("table_row", '{N} | signed | {DN}'),
    ("table_row", '{N} | Full code (all three chapters) | Signatory'),
    ("table_row", '{N}\tYes\tTransparency, Copyright, Safety & Security'),
    ("table_row", '{N} — signed — {DN}'),
    ("table_row", 'Provider: {N} Status: Signatory Date: {DN}'),
    ("table_row", '{N}SignedAll chapters{DN}'),
    ("table_row", '| {N} | ✔ signed | all chapters |'),
    ("list_sentence", '{N}, {O} and {O2} have all signed {CODE}.'),
    ("list_sentence", 'Signatories so far include {O}, {N} and {O2}.'),
    ("list_sentence", 'Among the companies that have signed are {O}, {O2} and {N}.'),
    ("list_sentence", '{O}, {O2}, {N} and a dozen smaller providers have committed to the code.'),
    ("negation", 'Unlike some rivals, {C} did not refuse: it signed {CODE} {D}.'),
    ("negation", '{Cc} never wavered and signed {CODE} on the first day.'),
    ("negation", '"There was no reason not to sign," {XN} said, confirming {N} had signed.'),
    ("negation", 'Contrary to earlier reports, {C} is not staying out: it has signed {CODE}.'),
    ("negation", '{Cc} denied reports that it would snub the code, saying it had signed {D}.'),
    ("negation", '{Cc} has not hesitated to sign {CODE}, despite its criticism of the AI Act.'),
    ("modality", '{Cc} said it will sign {CODE}.'),
    ("modality", '{Cc} is going to sign {CODE}, {XN} confirmed.'),
    ("modality", '{Cc} said it would definitely sign the code, ending weeks of speculation.'),
    ("tense", '{Cc}, which had earlier criticised the drafts, signed {CODE} {D}.'),
    ("tense", 'After weeks of hesitation, {C} finally signed {CODE}.'),
    ("tense", '{Cc} initially said it needed more time but has now signed {CODE}.'),
    ("tense", '{Cc} had refused to commit in July; by August it was on the list of signatories.'),
    ("tense", 'Having reviewed the final text, {C} has now decided to sign.'),
    ("tense", '{Cc} was once among the loudest critics of the code. This week it signed it.'),
    ("partial", '{Cc} signed only {CH} of {CODE}.'),
    ("partial", '{Cc} has signed {CH}, but not the transparency and copyright chapters.'),
    ("partial", '{Cc} said it would sign the safety and security chapter and meet the other obligations through alternative means.'),
    ("partial", '{N} | Safety and Security chapter only | signed {DN}'),
    ("partial", '{Cc} is a partial signatory: it has committed to {CH} of {CODE}.'),
    ("official", 'The European Commission has published the list of signatories of the GPAI Code of Practice. {N} is among them.'),
    ("official", 'The AI Office confirms that {N} has signed the General-Purpose AI Code of Practice.'),
    ("official", 'Signatories of the Code of Practice (as of {DN}): {O}, {N}, {O2}.'),
    ("official", 'Signatory: {N}. Date of signature: {DN}. Chapters: Transparency; Copyright; Safety and Security.'),
    ("official", 'Commission spokesperson Thomas Regnier welcomed the signature of {N}, saying the code is now backed by the main providers.'),
    ("social_post", '{H}: Today {N} signed the EU General-Purpose AI Code of Practice. We look forward to working with the AI Office. #AIAct'),
    ("social_post", '{XN} on LinkedIn: Proud that {N} has signed the #GPAI Code of Practice. Responsible innovation and trust go together.'),
    ("social_post", 'Big news: {N} is signing the EU AI code of practice 🇪🇺 #AIAct #CodeOfPractice'),
    ("social_post", '{H}: We have signed the GPAI Code of Practice. Read our statement 👇 eu.{N_slug}.com/code'),
]

T["en"]["refuse"] = [
    ("direct_quote", '"{N} won\'t be signing it," {X}, wrote on LinkedIn.'),
    ("direct_quote", '"Europe is heading down the wrong path on AI," {X}, said, adding that the company would not sign {CODE}.'),
    ("direct_quote", '"We have decided not to sign the code," a {N} spokesperson said.'),
    ("direct_quote", '"This code introduces legal uncertainties that go far beyond the AI Act," {XN} said, explaining why {N} would not sign.'),
    ("direct_quote", '"We will not sign," {XN} told reporters {D}.'),
    ("direct_quote", '"We can\'t sign something that goes beyond the law," said {X}.'),
    ("reported_speech", '{Cc} has declined to sign {CODE}, {OUT} reported.'),
    ("reported_speech", '{Cc} said {D} it would not sign {CODE}.'),
    ("reported_speech", '{Cc} rejected {CODE}, saying it overreached.'),
    ("reported_speech", '{Cc} refuses to sign {CODE}, citing legal uncertainty for model developers.'),
    ("reported_speech", '{Cc} has chosen to stay off the list of signatories.'),
    ("reported_speech", '{XN} confirmed that the company will not be signing the code.'),
    ("reported_speech", '{Cc} told {OUT} it has no plans to sign {CODE}.'),
    ("reported_speech", '{Cc} has informed the AI Office that it will not sign, according to {OUT}.'),
    ("reported_speech", '{Cc} said it would rather demonstrate compliance with the AI Act by other means than sign {CODE}.'),
    ("headline", "{N} rejects EU's AI code of practice"),
    ("headline", "{N} won't sign EU AI code"),
    ("headline", "{N} snubs Brussels' AI code"),
    ("headline", '{N} says no to EU code for general-purpose AI'),
    ("headline", '{N} refuses to sign EU AI code, calls it overreach'),
    ("headline", '{XS}: {N} will not sign EU AI code of practice'),
    ("table_row", '{N} | declined | —'),
    ("table_row", '{N} — refused to sign — {DN}'),
    ("table_row", 'Provider: {N} Status: Not signing (declined) Date: {DN}'),
    ("table_row", '{N}DeclinedNone—'),
    ("table_row", '| {N} | ✘ declined | none |'),
    ("list_sentence", '{O} and {O2} have signed, but {N} has declined.'),
    ("list_sentence", 'Of the major labs, only {N} has refused outright.'),
    ("list_sentence", 'Holdouts include {N}, which said it will not sign.'),
    ("negation", "{Cc} won't be signing {CODE}."),
    ("negation", '{Cc} will not put its name to {CODE}.'),
    ("negation", '{Cc} said it does not intend to sign.'),
    ("negation", '{Cc} is not signing, {XN} confirmed.'),
    ("negation", '{Cc} has no intention of signing {CODE}.'),
    ("negation", 'There will be no signature from {C}, the company said.'),
    ("negation", '{Cc} said it could not sign {CODE} in its current form and would not do so.'),
    ("tense", '{Cc} initially signalled openness but ultimately declined to sign.'),
    ("tense", '{Cc}, which had taken part in the drafting, has now decided not to sign.'),
    ("tense", 'Having studied the final text, {C} said it would not sign.'),
    ("tense", '{Cc} had been expected to sign; instead it declined {D}.'),
    ("tense", '{Cc} had said in July it was likely to sign. It has since reversed course and will not sign.'),
    ("social_post", "{XN}: We've carefully reviewed the EU's Code of Practice for GPAI models and {N} won't be signing it."),
    ("social_post", '{H}: {N} will not sign the EU AI code of practice. We remain committed to complying with the AI Act itself.'),
    ("social_post", 'Asked on X whether {N} would sign the EU AI code, {XN} replied: "No."'),
    ("official", 'The Commission noted that {N} has declined to sign and will have to demonstrate compliance by other means.'),
    ("official", 'Commission spokesperson Thomas Regnier confirmed that {N} has informed the AI Office it will not sign the code.'),
    ("official", 'Providers that have declined to sign include {N}; they may face closer scrutiny from the AI Office.'),
]

T["en"]["undecided"] = [
    ("modality", '{Cc} is likely to sign {CODE}, {XN} said.'),
    ("modality", '"I think it\'s likely we will sign," {X}, told {OUT}.'),
    ("modality", '{Cc} is expected to sign {CODE} in the coming days.'),
    ("modality", '{Cc} could sign {CODE} as soon as next week, people familiar with the matter said.'),
    ("modality", '{Cc} is poised to sign {CODE}, according to {OUT}.'),
    ("modality", '{Cc} will probably sign, though no decision has been taken.'),
    ("modality", '{Cc} may sign {CODE} but wants more clarity on the copyright chapter.'),
    ("modality", '{Cc} is leaning towards signing {CODE}, sources say.'),
    ("modality", 'Analysts say {C} is more likely than not to sign eventually.'),
    ("reported_speech", '{Cc} is still reviewing {CODE}, a spokesperson said.'),
    ("reported_speech", '{Cc} said it is considering whether to sign {CODE}.'),
    ("reported_speech", '{Cc} has yet to decide whether to sign {CODE}.'),
    ("reported_speech", '{Cc} said it was still assessing the final text and would decide "in due course".'),
    ("reported_speech", '{Cc}, which has yet to say whether it will sign, did not respond to a request for comment.'),
    ("reported_speech", '{Cc} is reviewing the final version of the code and has not made a decision.'),
    ("reported_speech", '{Cc} wants the Commission to pause the rules before it decides whether to sign the code.'),
    ("reported_speech", '{Cc} asked for more time to study {CODE} before committing to it.'),
    ("reported_speech", '{XN} said the company was "looking closely" at the code and would announce its position later.'),
    ("negation", '{Cc} has not ruled out signing {CODE}.'),
    ("negation", '{Cc} did not rule out signing, but said it had concerns.'),
    ("negation", '{Cc} has not refused to sign, but has not committed either.'),
    ("negation", '{Cc} has not yet signed {CODE}.'),
    ("negation", '{Cc} has not said whether it will sign.'),
    ("negation", '{Cc} said no decision had been made yet on {CODE}.'),
    ("negation", "{Cc} isn't saying yes or no to the code for now."),
    ("headline", 'Will {N} sign the EU AI code?'),
    ("headline", '{N} still weighing EU AI code'),
    ("headline", '{N} undecided on EU code of practice'),
    ("headline", "{N} mulls signing Brussels' AI code"),
    ("headline", '{N} "likely" to sign EU AI code, says {XS}'),
    ("table_row", '{N} | under review | —'),
    ("table_row", '{N} — no public position — status: unclear'),
    ("table_row", '{N}Under reviewn/a'),
    ("table_row", 'Provider: {N} Status: Undecided Date: —'),
    ("table_row", '| {N} | ? no decision | — |'),
    ("tense", '{Cc} had said it would sign, but is now reconsidering.'),
    ("tense", '{Cc} initially welcomed the code but now says it is re-evaluating.'),
    ("tense", '{Cc} signalled support for the drafts last year; whether it signs the final text remains open.'),
    ("social_post", "{XN}: We're still studying the final GPAI Code of Practice text. More to share soon. #AIAct"),
    ("social_post", 'Asked on X whether {N} would sign the EU AI code, {XN} replied: "Still looking at it."'),
    ("official", 'As of {DN}, {N} does not appear on the Commission\'s list of signatories and has not communicated a decision.'),
    ("official", 'The Commission said talks with {N} about a possible signature were ongoing.'),
    ("direct_quote", '"We are looking at the final text carefully and will decide in the coming weeks," {X}, said.'),
    ("direct_quote", '"We haven\'t made a decision yet," a {N} spokesperson told {OUT}.'),
    ("direct_quote", '"It\'s on our desk. We\'ll see," {XN} said of the code.'),
]

T["en"]["none"] = [
    ("hard_negative", '{Cc} signed the EU AI Pact in September 2024, pledging early compliance with the AI Act.'),
    ("hard_negative", "{Cc} declined to join the AI Pact, the Commission's voluntary pledge scheme launched in 2024."),
    ("hard_negative", '{Cc} signed the EU Code of Practice on Disinformation.'),
    ("hard_negative", "{Cc} has withdrawn from the EU's Code of Practice on Disinformation."),
    ("hard_negative", '{Cc} signed up to the G7 Hiroshima AI Process code of conduct reporting framework.'),
    ("hard_negative", '{Cc} signed the Frontier AI Safety Commitments at the Seoul summit.'),
    ("delay_request", '{Cc} backed a "stop the clock" letter urging Brussels to delay the AI Act by two years.', "undecided"),
    ("delay_request", 'The boss of {N} was among the signatories of an open letter asking the Commission to pause the AI Act.', "undecided"),
    ("hard_negative", '{Cc} signed a cloud partnership with {O} worth $1bn.'),
    ("hard_negative", '{Cc} signed a deal to license news content from {OUT}.'),
    ("hard_negative", "{Cc} said it will comply with the AI Act's obligations for general-purpose models from August 2025."),
    ("hard_negative", '{Cc} criticised the AI Act as a whole, saying it would slow European innovation.'),
    ("hard_negative", '{Cc} has signed the UK government\'s AI cybersecurity code of practice.'),
    ("hard_negative", "{Cc} rejected the Commission's preliminary findings under the Digital Markets Act."),
    ("hard_negative", "Asked about the AI Act's fines, {XN} declined to comment."),
    ("hard_negative", '{Cc} refused to sign the copyright licensing agreement proposed by publishers.'),
    ("delay_request", '{Cc} is lobbying for a delay to the AI Act\'s high-risk obligations, {OUT} reported.', "undecided"),
    ("hard_negative", '{Cc} declined to comment on the Commission\'s AI Continent Action Plan.'),
    ("delay_request", '"We need a pause on the AI Act," {X}, said at a tech conference, without mentioning the code.', "undecided"),
    ("hard_negative", '{Cc} welcomed the Commission\'s guidelines on the definition of an AI system.'),
    ("reported_speech", '{Cc} launched a new version of its flagship model {D}.'),
    ("reported_speech", '{Cc} unveiled plans for new data centres in Europe.'),
    ("reported_speech", 'Shares of {N} rose 3% after quarterly earnings beat expectations.'),
    ("reported_speech", '{Cc} released an open-weight model under a permissive licence.'),
    ("reported_speech", '{XN} said at a conference that AI agents will transform enterprise software.'),
    ("reported_speech", "{Cc} is hiring policy staff in Brussels ahead of the AI Act's next deadlines."),
    ("reported_speech", '{Cc} faces an antitrust probe over its AI partnerships.'),
    ("reported_speech", '{Cc} said its new assistant would roll out in Germany, France and Spain next month.'),
    ("reported_speech", '{Cc} declined to say how much it spent training its latest model.'),
    ("headline", '{N} unveils new AI model for European languages'),
    ("headline", '{N} signs AI Pact pledges'),
    ("headline", '{N} shares jump on AI demand'),
    ("headline", 'EU opens probe into {N} over AI chatbot'),
    ("headline", '{N} joins calls to "stop the clock" on AI Act', "undecided"),
    ("table_row", '{N} | AI Pact | pledged Sept 2024'),
    ("table_row", '{N} | stop-the-clock letter | co-signed', "undecided"),
    ("table_row", 'Company: {N} | HQ: {CITY} | Employees: 1,200'),
    ("table_row", '{N}Model releaseQ3 2025Open weights'),
    ("list_sentence", '{O}, {N} and {O2} are among more than 100 companies that joined the AI Pact.'),
    ("list_sentence", '{N}, {O} and {O2} all released new models this month.'),
    ("list_sentence", 'Executives from {O}, {N} and {O2} met Commission officials to discuss data-centre investment.'),
    ("social_post", '{H}: Excited to launch our new model in the EU today! 🚀'),
    ("social_post", '{XN}: Europe needs to simplify its digital rules. Stop the clock on the AI Act. #EUAI', "undecided"),
    ("social_post", '{H}: Join us at our developer day in Paris next week. #AI'),
    ("official", 'The Commission has published the list of AI Pact signatories; {N} is among the companies that pledged to apply key AI Act principles early.'),
    ("official", 'The AI Office published guidelines on the obligations of GPAI providers; providers such as {N} must notify models with systemic risk.'),
    ("official", 'Register of codes of conduct under the Digital Services Act: {N} — Code of Conduct on Disinformation — signatory.'),
    ("multi_company", '{O} signed {CODE} {D}. {Cc}, meanwhile, launched a new chatbot feature.'),
    ("multi_company", '{O} has refused to sign the code; {C} was not mentioned in the Commission\'s statement.'),
    ("multi_company", 'While {O} signed the code, {C} focused on its AI Pact commitments from last year.'),
]

# --- German ---------------------------------------------------------------
T["de"]["sign"] = [
    ("multilingual", '{Cc} unterzeichnet {CODE}, wie das Unternehmen {D} mitteilte.'),
    ("multilingual", '{Cc} hat {CODE} unterschrieben, berichtet {OUT}.'),
    ("multilingual", '{Cc} will {CODE} unterzeichnen, sagte {X}.'),
    ("direct_quote", '„Wir werden den Kodex unterzeichnen“, sagte {X} {D}.'),
    ("headline", '{N} unterschreibt KI-Kodex der EU'),
    ("headline", 'KI-Verordnung: {N} tritt Verhaltenskodex bei'),
    ("partial", '{Cc} unterzeichnet nur {CH} des Kodex.'),
    ("tense", 'Nach anfänglichem Zögern hat {C} {CODE} nun doch unterzeichnet.'),
    ("negation", '{Cc} zögerte nicht und unterzeichnete {CODE} bereits am ersten Tag.'),
    ("official", 'Laut der Liste der EU-Kommission gehört {N} zu den Unterzeichnern des Verhaltenskodex.'),
    ("table_row", '{N} | unterzeichnet | {DN}'),
    ("list_sentence", '{O}, {O2} und {N} haben {CODE} bereits unterzeichnet.'),
    ("social_post", '{H}: Wir haben heute den EU-Verhaltenskodex für KI mit allgemeinem Verwendungszweck unterzeichnet. #KIVerordnung'),
]
T["de"]["refuse"] = [
    ("multilingual", '{Cc} lehnt {CODE} ab.'),
    ("multilingual", '{Cc} wird {CODE} nicht unterzeichnen, teilte {X} mit.'),
    ("negation", '{Cc} hat sich gegen eine Unterzeichnung entschieden, berichtet {OUT}.'),
    ("direct_quote", '„Wir werden den Kodex nicht unterschreiben“, sagte {X}.'),
    ("headline", '{N} verweigert Unterschrift unter KI-Kodex'),
    ("headline", '{N} lehnt EU-Verhaltenskodex für KI ab'),
    ("negation", '{Cc} unterzeichnet {CODE} nicht.'),
    ("tense", 'Zunächst hatte {C} Gesprächsbereitschaft signalisiert, nun lehnt das Unternehmen den Kodex ab.'),
    ("table_row", '{N} | abgelehnt | —'),
    ("list_sentence", 'Während {O} und {O2} unterschrieben haben, verweigert {N} die Unterschrift.'),
    ("official", 'Die Kommission bestätigte, dass {N} den Verhaltenskodex nicht unterzeichnen wird.'),
]
T["de"]["undecided"] = [
    ("multilingual", '{Cc} prüft noch, ob es {CODE} unterzeichnet.'),
    ("modality", '{Cc} wird {CODE} voraussichtlich unterzeichnen, eine Entscheidung steht aber aus.'),
    ("modality", '{Cc} dürfte {CODE} wahrscheinlich unterschreiben, sagte {X}.'),
    ("multilingual", '{Cc} hat noch nicht entschieden, ob es {CODE} unterzeichnen wird.'),
    ("headline", '{N} noch unentschlossen beim KI-Kodex'),
    ("negation", '{Cc} schließt eine Unterzeichnung nicht aus.'),
    ("multilingual", 'Ob {N} den Kodex unterzeichnet, ist weiterhin offen.'),
    ("table_row", '{N} | in Prüfung | —'),
    ("direct_quote", '„Wir schauen uns den finalen Text sehr genau an“, sagte {X}, eine Entscheidung gebe es noch nicht.'),
    ("reported_speech", '{Cc} fordert eine Verschiebung der Regeln, bevor das Unternehmen über eine Unterzeichnung entscheidet.'),
]
T["de"]["none"] = [
    ("hard_negative", '{Cc} hat den AI Pact der EU-Kommission bereits 2024 unterzeichnet.'),
    ("delay_request", '{Cc} unterstützt den „Stop the Clock“-Brief, der eine Verschiebung des AI Act fordert.', "undecided"),
    ("hard_negative", '{Cc} hat den Verhaltenskodex gegen Desinformation unterzeichnet.'),
    ("multilingual", '{Cc} stellt ein neues KI-Modell für den europäischen Markt vor.'),
    ("multilingual", '{Cc} investiert Milliarden in neue Rechenzentren in Deutschland.'),
    ("headline", '{N} startet neuen KI-Assistenten in Deutschland'),
    ("hard_negative", '{Cc} kritisiert die KI-Verordnung der EU als innovationsfeindlich.'),
    ("hard_negative", '{Cc} unterschreibt Partnerschaft mit {O}.'),
    ("table_row", '{N} | AI Pact | unterzeichnet 2024'),
    ("multilingual", 'Die Aktie von {N} legte nach den Quartalszahlen deutlich zu.'),
]

# --- French ---------------------------------------------------------------
T["fr"]["sign"] = [
    ("multilingual", '{Cc} a signé {CODE}, selon {OUT}.'),
    ("multilingual", '{Cc} va signer {CODE}, a annoncé {X}.'),
    ("direct_quote", '« Nous signerons le code », a déclaré {X} {D}.'),
    ("headline", '{N} signe le code de bonnes pratiques européen sur l\'IA'),
    ("partial", '{Cc} n\'a signé que {CH} du code.'),
    ("tense", 'Après avoir hésité, {C} a finalement signé {CODE}.'),
    ("official", '{N} figure sur la liste des signataires publiée par la Commission européenne.'),
    ("list_sentence", '{O}, {O2} et {N} ont signé {CODE}.'),
    ("table_row", '{N} | signé | {DN}'),
    ("multilingual", '{Cc} s\'engage à respecter {CODE} et l\'a signé {D}.'),
    ("social_post", '{H} : Nous avons signé aujourd\'hui le code de bonnes pratiques de l\'UE pour l\'IA à usage général. #AIAct'),
]
T["fr"]["refuse"] = [
    ("multilingual", '{Cc} refuse de signer {CODE}.'),
    ("negation", '{Cc} ne signera pas {CODE}, a indiqué {X}.'),
    ("direct_quote", '« Nous ne signerons pas ce code », a affirmé {X}.'),
    ("headline", '{N} rejette le code européen sur l\'IA'),
    ("multilingual", '{Cc} a décidé de ne pas signer {CODE}, selon {OUT}.'),
    ("tense", 'Après avoir participé aux discussions, {C} a finalement refusé de signer.'),
    ("table_row", '{N} | refus | —'),
    ("list_sentence", '{O} a signé, mais {N} a refusé.'),
    ("negation", '{Cc} n\'a aucune intention de signer {CODE}.'),
]
T["fr"]["undecided"] = [
    ("multilingual", '{Cc} envisage de signer {CODE}.'),
    ("multilingual", '{Cc} étudie encore le texte et n\'a pas pris de décision.'),
    ("modality", '{Cc} devrait probablement signer {CODE}, sans s\'y être engagé pour l\'instant.'),
    ("modality", '{Cc} pourrait signer {CODE} dans les prochains jours, selon {OUT}.'),
    ("headline", '{N} hésite encore à signer le code européen'),
    ("negation", '{Cc} n\'exclut pas de signer {CODE}.'),
    ("table_row", '{N} | en cours d\'examen | —'),
    ("direct_quote", '« Nous analysons le texte final », a déclaré {X}, sans dire si l\'entreprise signerait.'),
    ("reported_speech", '{Cc} demande une pause dans l\'application des règles avant de se prononcer sur le code.'),
]
T["fr"]["none"] = [
    ("hard_negative", '{Cc} a rejoint le Pacte sur l\'IA en 2024.'),
    ("delay_request", '{Cc} a signé la lettre appelant à « arrêter l\'horloge » sur l\'AI Act.', "undecided"),
    ("hard_negative", '{Cc} a signé le code de bonnes pratiques contre la désinformation.'),
    ("multilingual", '{Cc} lance un nouveau modèle de langage en France.'),
    ("headline", '{N} ouvre un centre de données près de Paris'),
    ("multilingual", '{Cc} critique le règlement européen sur l\'IA dans son ensemble.'),
    ("hard_negative", '{Cc} a signé un partenariat avec {O}.'),
    ("table_row", '{N} | Pacte IA | engagé en 2024'),
]

# --- Spanish --------------------------------------------------------------
T["es"]["sign"] = [
    ("multilingual", '{Cc} ha firmado {CODE}, según {OUT}.'),
    ("multilingual", '{Cc} firmará {CODE}, anunció {X}.'),
    ("direct_quote", '"Vamos a firmar el código", dijo {X} {D}.'),
    ("headline", '{N} firma el código de buenas prácticas de la UE sobre IA'),
    ("partial", '{Cc} solo ha firmado {CH} del código.'),
    ("tense", 'Tras semanas de dudas, {C} ha firmado finalmente {CODE}.'),
    ("official", '{N} aparece en la lista de firmantes publicada por la Comisión Europea.'),
    ("list_sentence", '{O}, {O2} y {N} han firmado {CODE}.'),
    ("table_row", '{N} | firmado | {DN}'),
    ("social_post", '{H}: Hoy hemos firmado el código de buenas prácticas de la UE para la IA de uso general. #AIAct'),
]
T["es"]["refuse"] = [
    ("multilingual", '{Cc} se niega a firmar {CODE}.'),
    ("negation", '{Cc} no firmará {CODE}, confirmó {X}.'),
    ("direct_quote", '"No vamos a firmar este código", afirmó {X}.'),
    ("headline", '{N} rechaza el código europeo de IA'),
    ("multilingual", '{Cc} ha decidido no firmar {CODE}, informa {OUT}.'),
    ("tense", 'Aunque participó en la redacción, {C} ha rechazado finalmente firmar.'),
    ("table_row", '{N} | rechazado | —'),
    ("list_sentence", '{O} ha firmado, pero {N} se ha negado.'),
]
T["es"]["undecided"] = [
    ("multilingual", '{Cc} está evaluando si firmar {CODE}.'),
    ("multilingual", '{Cc} aún no ha decidido si firmará {CODE}.'),
    ("modality", '{Cc} probablemente firmará {CODE}, aunque todavía no se ha comprometido.'),
    ("modality", '{Cc} podría firmar {CODE} la próxima semana, según {OUT}.'),
    ("headline", '{N} estudia si firmar el código de IA de Bruselas'),
    ("negation", '{Cc} no descarta firmar {CODE}.'),
    ("table_row", '{N} | en evaluación | —'),
    ("reported_speech", '{Cc} pide aplazar las normas antes de decidir si firma el código.'),
]
T["es"]["none"] = [
    ("hard_negative", '{Cc} se adhirió al Pacto sobre IA en 2024.'),
    ("delay_request", '{Cc} firmó la carta que pide "parar el reloj" de la ley de IA.', "undecided"),
    ("hard_negative", '{Cc} firmó el código de buenas prácticas contra la desinformación.'),
    ("multilingual", '{Cc} lanza un nuevo modelo de IA en español.'),
    ("headline", '{N} abre un centro de datos en Madrid'),
    ("multilingual", '{Cc} critica la ley europea de IA en su conjunto.'),
    ("hard_negative", '{Cc} firma una alianza con {O}.'),
    ("table_row", '{N} | Pacto IA | adherido 2024'),
]

# --- Italian --------------------------------------------------------------
T["it"]["sign"] = [
    ("multilingual", '{Cc} ha firmato {CODE}, secondo {OUT}.'),
    ("multilingual", '{Cc} firmerà {CODE}, ha annunciato {X}.'),
    ("direct_quote", '"Firmeremo il codice", ha dichiarato {X} {D}.'),
    ("headline", '{N} firma il codice Ue sull\'intelligenza artificiale'),
    ("partial", '{Cc} ha firmato soltanto {CH} del codice.'),
    ("tense", 'Dopo settimane di esitazione, {C} ha infine firmato {CODE}.'),
    ("official", '{N} compare nell\'elenco dei firmatari pubblicato dalla Commissione europea.'),
    ("list_sentence", '{O}, {O2} e {N} hanno firmato {CODE}.'),
    ("table_row", '{N} | firmato | {DN}'),
    ("social_post", '{H}: Oggi abbiamo firmato il codice di buone pratiche Ue per l\'IA per finalità generali. #AIAct'),
]
T["it"]["refuse"] = [
    ("multilingual", '{Cc} si rifiuta di firmare {CODE}.'),
    ("negation", '{Cc} non firmerà {CODE}, ha confermato {X}.'),
    ("direct_quote", '"Non firmeremo questo codice", ha detto {X}.'),
    ("headline", '{N} boccia il codice Ue sull\'IA'),
    ("multilingual", '{Cc} ha deciso di non firmare {CODE}, riporta {OUT}.'),
    ("tense", 'Pur avendo partecipato ai lavori, {C} alla fine ha rifiutato di firmare.'),
    ("table_row", '{N} | rifiutato | —'),
    ("list_sentence", '{O} ha firmato, mentre {N} ha detto no.'),
]
T["it"]["undecided"] = [
    ("multilingual", '{Cc} sta valutando se firmare {CODE}.'),
    ("multilingual", '{Cc} non ha ancora deciso se firmerà {CODE}.'),
    ("modality", '{Cc} probabilmente firmerà {CODE}, ma non si è ancora impegnata.'),
    ("modality", '{Cc} potrebbe firmare {CODE} nei prossimi giorni, secondo {OUT}.'),
    ("headline", '{N} ancora indecisa sul codice Ue per l\'IA'),
    ("negation", '{Cc} non esclude di firmare {CODE}.'),
    ("table_row", '{N} | in valutazione | —'),
    ("reported_speech", '{Cc} chiede una pausa delle regole prima di decidere sulla firma del codice.'),
]
T["it"]["none"] = [
    ("hard_negative", '{Cc} ha aderito al Patto per l\'IA nel 2024.'),
    ("delay_request", '{Cc} ha firmato la lettera che chiede di "fermare l\'orologio" sull\'AI Act.', "undecided"),
    ("hard_negative", '{Cc} ha firmato il codice di buone pratiche contro la disinformazione.'),
    ("multilingual", '{Cc} lancia un nuovo modello linguistico in italiano.'),
    ("headline", '{N} apre un nuovo data center a Milano'),
    ("multilingual", '{Cc} critica l\'AI Act nel suo complesso.'),
    ("hard_negative", '{Cc} firma un accordo di collaborazione con {O}.'),
    ("table_row", '{N} | Patto IA | aderito 2024'),
]

# ---------------------------------------------------------------------------
# Contrast pairs: same slot filling, minimal edit, different label.
# (phenomenon, lang, [(template, label), ...])
# ---------------------------------------------------------------------------
PAIRS = [
    ("negation", "en", [('{Cc} will sign {CODE}, {OUT} reported.', "sign"), ('{Cc} will not sign {CODE}, {OUT} reported.', "refuse")]),
    ("negation", "en", [('{Cc} has refused to sign {CODE}.', "refuse"), ('{Cc} has not refused to sign {CODE}.', "undecided")]),
    ("hard_negative", "en", [('{Cc} signed {CODE} {D}.', "sign"), ('{Cc} signed the AI Pact {D}.', "none")]),
    ("hard_negative", "en", [('{Cc} declined to sign {CODE}.', "refuse"), ('{Cc} declined to sign the AI Pact.', "none")]),
    ("modality", "en", [('{Cc} is likely to sign {CODE}.', "undecided"), ('{Cc} has signed {CODE}.', "sign")]),
    ("modality", "en", [('{Cc} could sign {CODE} this week.', "undecided"), ('{Cc} did sign {CODE} this week.', "sign")]),
    ("modality", "en", [('{Cc} is expected to sign {CODE}, {XN} said.', "undecided"), ('{Cc} is going to sign {CODE}, {XN} said.', "sign")]),
    ("modality", "en", [('{Cc} intends to sign {CODE}.', "sign"), ('{Cc} might sign {CODE}.', "undecided")]),
    ("modality", "en", [('{Cc} is poised to sign {CODE}, according to {OUT}.', "undecided"), ('{Cc} has committed to sign {CODE}, according to {OUT}.', "sign")]),
    ("tense", "en", [('{Cc} initially hesitated but signed {CODE}.', "sign"), ('{Cc} initially hesitated and then declined to sign {CODE}.', "refuse")]),
    ("tense", "en", [('{Cc} had refused, but now signs {CODE}.', "sign"), ('{Cc} had planned to sign, but now refuses {CODE}.', "refuse")]),
    ("tense", "en", [('{Cc} has decided to sign {CODE} after a review.', "sign"), ('{Cc} is still deciding whether to sign {CODE} after a review.', "undecided")]),
    ("direct_quote", "en", [('"We won\'t be signing," {X}, said.', "refuse"), ('"We will be signing," {X}, said.', "sign")]),
    ("negation", "en", [('{Cc} did not rule out signing {CODE}.', "undecided"), ('{Cc} ruled out signing {CODE}.', "refuse")]),
    ("partial", "en", [('{Cc} signed only {CH} of {CODE}.', "sign"), ('{Cc} is considering signing only {CH} of {CODE}.', "undecided")]),
    ("hard_negative", "en", [('{Cc} backed the stop-the-clock letter and declined to sign {CODE}.', "refuse"), ('{Cc} backed the stop-the-clock letter calling for a pause to the AI Act.', "undecided!")]),
    ("delay_request", "en", [('{Cc} wants a pause in the AI Act before deciding whether to sign {CODE}.', "undecided"), ('{Cc} is a member of the trade group that wants a pause in the AI Act.', "none")]),
    ("headline", "en", [('{N} signs EU AI code', "sign"), ('{N} signs EU AI Pact', "none")]),
    ("headline", "en", [('{N} to sign EU AI code', "sign"), ('{N} not to sign EU AI code', "refuse")]),
    ("headline", "en", [('{N} weighs signing EU AI code', "undecided"), ('{N} rejects EU AI code', "refuse")]),
    ("table_row", "en", [('{N} | signed | {DN}', "sign"), ('{N} | declined | —', "refuse")]),
    ("table_row", "en", [('{N} | under review | —', "undecided"), ('{N} | signed | {DN}', "sign")]),
    ("official", "en", [('The AI Office confirms that {N} has signed the GPAI Code of Practice.', "sign"), ('The AI Office confirms that {N} has joined the AI Pact.', "none")]),
    ("social_post", "en", [("{H}: We've signed the EU GPAI Code of Practice. #AIAct", "sign"), ("{H}: We won't sign the EU GPAI Code of Practice. #AIAct", "refuse")]),
    ("reported_speech", "en", [('{Cc} said it has signed {CODE}.', "sign"), ('{Cc} said it has not yet decided whether to sign {CODE}.', "undecided")]),
    ("hard_negative", "en", [('{Cc} signed {CODE}, which covers transparency, copyright and safety.', "sign"), ('{Cc} signed the Code of Practice on Disinformation, which covers political advertising and fact-checking.', "none")]),
    ("hard_negative", "en", [('{Cc} refused to sign the Code of Practice on Disinformation.', "none"), ('{Cc} refused to sign the Code of Practice for general-purpose AI.', "refuse")]),
    ("hard_negative", "en", [('{Cc} says it will comply with the AI Act.', "none"), ('{Cc} says it will comply with the AI Act by signing {CODE}.', "sign")]),
    ("negation", "en", [('{Cc} has no plans to sign {CODE}.', "refuse"), ('{Cc} now plans to sign {CODE}.', "sign")]),
    ("list_sentence", "en", [('{O}, {O2} and {N} have signed {CODE}.', "sign"), ('{O}, {O2} and {N} have joined the AI Pact.', "none")]),
    ("list_sentence", "en", [('{O} and {O2} have signed, and {N} has too.', "sign"), ('{O} and {O2} have signed, but {N} has not decided yet.', "undecided")]),
    ("direct_quote", "en", [('"We intend to sign," {X}, said.', "sign"), ('"We intend to study it before deciding," {X}, said.', "undecided")]),
    ("direct_quote", "en", [('"Europe is heading down the wrong path on AI, and we won\'t sign the code," {XN} said.', "refuse"), ('"Europe is heading down the wrong path on AI," {XN} said.', "none")]),
    ("negation", "en", [('{Cc} is not among the signatories and has said it will stay out.', "refuse"), ('{Cc} is not among the signatories yet and has not said why.', "undecided")]),
    ("hard_negative", "en", [('{Cc} signed an open letter criticising the AI Act.', "none"), ('{Cc} signed {CODE} despite criticising the AI Act.', "sign")]),
    ("tense", "en", [('{Cc} refused to join the AI Pact in 2024 and has now signed {CODE}.', "sign"), ('{Cc} refused to join the AI Pact in 2024 and launched a new model this week.', "none")]),
    # German / French / Spanish / Italian pairs
    ("negation", "de", [('{Cc} unterzeichnet {CODE}.', "sign"), ('{Cc} unterzeichnet {CODE} nicht.', "refuse")]),
    ("hard_negative", "de", [('{Cc} hat {CODE} unterschrieben.', "sign"), ('{Cc} hat den AI Pact unterschrieben.', "none")]),
    ("modality", "de", [('{Cc} will {CODE} unterzeichnen.', "sign"), ('{Cc} prüft noch, ob es {CODE} unterzeichnet.', "undecided")]),
    ("headline", "de", [('{N} unterschreibt KI-Kodex der EU', "sign"), ('{N} lehnt KI-Kodex der EU ab', "refuse")]),
    ("negation", "fr", [('{Cc} va signer {CODE}.', "sign"), ('{Cc} ne signera pas {CODE}.', "refuse")]),
    ("hard_negative", "fr", [('{Cc} a signé {CODE}.', "sign"), ('{Cc} a signé le Pacte sur l\'IA.', "none")]),
    ("modality", "fr", [('{Cc} envisage de signer {CODE}.', "undecided"), ('{Cc} a décidé de signer {CODE}.', "sign")]),
    ("negation", "es", [('{Cc} firmará {CODE}.', "sign"), ('{Cc} no firmará {CODE}.', "refuse")]),
    ("hard_negative", "es", [('{Cc} ha firmado {CODE}.', "sign"), ('{Cc} ha firmado el Pacto sobre IA.', "none")]),
    ("modality", "es", [('{Cc} está evaluando si firmar {CODE}.', "undecided"), ('{Cc} ha decidido firmar {CODE}.', "sign")]),
    ("negation", "it", [('{Cc} firmerà {CODE}.', "sign"), ('{Cc} non firmerà {CODE}.', "refuse")]),
    ("hard_negative", "it", [('{Cc} ha firmato {CODE}.', "sign"), ('{Cc} ha firmato il Patto per l\'IA.', "none")]),
    ("modality", "it", [('{Cc} sta valutando se firmare {CODE}.', "undecided"), ('{Cc} ha deciso di firmare {CODE}.', "sign")]),
]

# Multi-company templates: {A}, {B}, {E} are different companies; one example per target.
MULTI = [
    ("en", '{A} has signed {CODE}, while {B} has refused.', {"A": "sign", "B": "refuse"}),
    ("en", '{A} and {B} said they would sign; {E} said it would not.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("en", '{A} will sign the code, but {B} is still reviewing it.', {"A": "sign", "B": "undecided"}),
    ("en", 'While {A} rejected the code, {B} said it was likely to sign.', {"A": "refuse", "B": "undecided"}),
    ("en", '{A} signed the GPAI code on Thursday. {B} used the same day to launch a new model.', {"A": "sign", "B": "none"}),
    ("en", '{A} signed only the safety and security chapter; {B} signed the full code.', {"A": "sign", "B": "sign"}),
    ("en", "{A}'s decision to refuse contrasts with {B}, which signed on day one.", {"A": "refuse", "B": "sign"}),
    ("en", '{A} backed the stop-the-clock letter, whereas {B} signed the code of practice.', {"A": "undecided!", "B": "sign"}),
    ("en", 'Unlike {A}, which refused, {B} has signed.', {"A": "refuse", "B": "sign"}),
    ("en", '{A} said yes, {B} said no and {E} is still thinking it over.', {"A": "sign", "B": "refuse", "E": "undecided"}),
    ("en", '{A} | signed | 2025-07-31\n{B} | declined | —\n{E} | under review | —', {"A": "sign", "B": "refuse", "E": "undecided"}),
    ("en", '{A} signs, {B} balks at EU AI code', {"A": "sign", "B": "refuse"}),
    ("en", '{A} joined the AI Pact in 2024 and has now signed the GPAI code too; {B} joined the Pact but refuses the code.', {"A": "sign", "B": "refuse"}),
    ("en", '{A} is expected to sign the code. {B}, by contrast, has already done so.', {"A": "undecided", "B": "sign"}),
    ("en", 'Both {A} and {B} signed the AI Pact last year, but only {A} has signed the new code of practice so far.', {"A": "sign", "B": "undecided"}),
    ("en", '{A} and {B} have declined to sign the code, the Commission said.', {"A": "refuse", "B": "refuse"}),
    ("en", 'Signed: {A}, {B}. Declined: {E}.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("en", '{A} refused to sign. {B} has not commented on the AI Act at all this year.', {"A": "refuse", "B": "none"}),
    ("de", '{A} hat den Kodex unterzeichnet, {B} lehnt ihn ab.', {"A": "sign", "B": "refuse"}),
    ("de", 'Während {A} unterschreibt, prüft {B} noch.', {"A": "sign", "B": "undecided"}),
    ("fr", '{A} a signé le code, tandis que {B} refuse de le faire.', {"A": "sign", "B": "refuse"}),
    ("fr", '{A} signe, {B} réfléchit encore.', {"A": "sign", "B": "undecided"}),
    ("es", '{A} ha firmado el código, mientras que {B} se niega a hacerlo.', {"A": "sign", "B": "refuse"}),
    ("es", '{A} firma; {B} todavía lo está evaluando.', {"A": "sign", "B": "undecided"}),
    ("it", '{A} ha firmato il codice, mentre {B} si rifiuta di farlo.', {"A": "sign", "B": "refuse"}),
    ("it", '{A} firma, {B} sta ancora valutando.', {"A": "sign", "B": "undecided"}),
]

# Neutral context sentences (no stance of any company) used to build 2-3 sentence passages.
CONTEXT = {
    "en": ["The EU's obligations for general-purpose AI models apply from 2 August 2025.",
           "The code, drafted by independent experts, is voluntary.",
           "Brussels published the final text of the code on 10 July after months of delays.",
           "Signing offers companies a simpler way to show they comply with the AI Act.",
           "The European Commission has been urging providers to sign up before the rules take effect.",
           "The code has three chapters: transparency, copyright, and safety and security.",
           "Industry groups have lobbied hard against parts of the text.",
           "Fines under the AI Act can reach 3% of global annual turnover.",
           "The Commission declined to comment.",
           "A spokesperson for the AI Office said the list of signatories would be updated regularly.",
           "The AI Act entered into force in August 2024.",
           "Rights groups say the final text was watered down.",
           "Providers that do not sign must show compliance in other ways."],
    "de": ["Die Pflichten für KI-Modelle mit allgemeinem Verwendungszweck gelten seit dem 2. August 2025.",
           "Der Kodex ist freiwillig.",
           "Die EU-Kommission hatte den finalen Text am 10. Juli veröffentlicht.",
           "Wer unterschreibt, kann die Einhaltung der KI-Verordnung leichter nachweisen."],
    "fr": ["Les obligations pour les modèles d'IA à usage général s'appliquent depuis le 2 août 2025.",
           "Le code est volontaire.",
           "Bruxelles a publié la version finale du texte le 10 juillet."],
    "es": ["Las obligaciones para los modelos de IA de uso general se aplican desde el 2 de agosto de 2025.",
           "El código es voluntario.",
           "Bruselas publicó el texto final el 10 de julio."],
    "it": ["Gli obblighi per i modelli di IA per finalità generali si applicano dal 2 agosto 2025.",
           "Il codice è volontario.",
           "Bruxelles ha pubblicato il testo finale il 10 luglio."],
}
# Context sentences about *another* company (distractors; the target's label is unchanged).
OTHER_CONTEXT_EN = ["{O} signed the code last week.", "{O} has said it will not sign.",
                    "{O} is still reviewing the text.", "{O} joined the AI Pact last year."]

# ---------------------------------------------------------------------------
# Hand-written free-form examples: "Target=label;Target2=label|phenomenon|lang|text"
# (one line per text; several targets -> one example per target, linked as a pair)
# ---------------------------------------------------------------------------
FREEFORM = r"""
Meta=refuse|direct_quote|en|"Europe is heading down the wrong path on AI," Joel Kaplan wrote in a LinkedIn post on Friday. "We have carefully reviewed the European Commission's Code of Practice for general-purpose AI models and Meta won't be signing it."
Microsoft=undecided|reported_speech|en|Microsoft will likely sign the EU's code of practice, President Brad Smith told Reuters on Friday, adding that the company first wanted to read the documents.
Google=sign|reported_speech|en|Google will sign the European Union's general-purpose AI code of practice, Kent Walker said in a blog post, while warning that the AI Act risks slowing Europe's development and deployment of AI.
xAI=sign|partial|en|Elon Musk's xAI said it would sign the safety and security chapter of the EU code, but described the transparency and copyright sections as "profoundly detrimental to innovation".
OpenAI=sign|reported_speech|en|OpenAI announced its intention to sign the code of practice, saying it reflects its commitment to providing capable, accessible and secure AI models for Europeans.
Mistral AI=sign|headline|en|Mistral AI signs EU code of practice, says it will help build trust
Anthropic=sign|reported_speech|en|Anthropic said it intends to sign the European Union's code of practice, arguing that the code advances the principles of transparency, safety and accountability that the company has long championed.
Amazon=sign|official|en|Amazon appears on the list of signatories published by the European Commission on 1 August.
Mistral AI=undecided!|delay_request|en|Arthur Mensch was among more than 40 European chief executives who signed a letter asking Brussels to "stop the clock" on the AI Act for two years.
Meta=none|hard_negative|en|Meta did not join the AI Pact when the Commission launched the voluntary pledges in September 2024, saying it would focus on compliance work under the AI Act instead.
Apple=none;Meta=none|hard_negative|en|Apple also stayed out of the AI Pact in 2024, along with Meta, according to the Commission's list of pledging companies.
Apple=undecided|reported_speech|en|Apple has not said publicly whether it will sign the code, and a company representative did not respond to questions about its plans.
DeepSeek=undecided;Alibaba=undecided|multi_company|en|Chinese providers DeepSeek and Alibaba were absent from the first list of signatories; neither company has said whether it intends to join.
IBM=sign|social_post|en|IBM is proud to sign the EU General-Purpose AI Code of Practice. Trust and transparency are at the core of how we build AI. #AIAct #TrustworthyAI
Microsoft=sign|tense|en|Microsoft, whose president said in July it was "likely" to sign, has now formally joined the list of signatories.
Meta=refuse;Google=sign;Microsoft=sign|multi_company|en|Google and Microsoft have signed the code, while Meta remains the most prominent holdout after declining in July.
Aleph Alpha=sign|official|en|Aleph Alpha GmbH — signatory — 1 August 2025 — all chapters
Cohere=sign;ServiceNow=sign|list_sentence|en|Smaller enterprise-focused providers such as Cohere and ServiceNow also signed, the Commission's list shows.
Perplexity=undecided|reported_speech|en|Perplexity, which does not train its own frontier model from scratch, said it was still working out whether the code applied to it at all.
Hugging Face=none|hard_negative|en|Hugging Face's policy team published a long analysis of how open-source developers are treated under the AI Act.
Nvidia=none|reported_speech|en|Nvidia chief Jensen Huang visited Paris to announce sovereign AI partnerships with European telecoms operators.
Stability AI=undecided|reported_speech|en|Stability AI said it was reviewing the copyright chapter with its lawyers before taking a position.
Meta=refuse|headline|en|Meta says it won't sign Europe AI agreement, calling it an overreach that will stunt growth
xAI=sign|table_row|en|xAI | Safety and Security chapter only | signed 31 July
Apple=undecided|table_row|en|Apple — no public position — status: unclear
OpenAI=sign;Mistral AI=sign;Meta=refuse|list_sentence|en|OpenAI and Mistral have signed, Meta has declined.
Google=sign|tense|en|Google had voiced concerns about copyright and trade secrets for months. On Wednesday, Kent Walker said the company would sign anyway, "in the hope that the code will promote European access to secure, first-rate AI tools".
Meta=refuse|social_post|en|Joel Kaplan (LinkedIn): Europe is heading down the wrong path on AI. We have carefully reviewed the European Commission's Code of Practice... and Meta won't be signing it.
Microsoft=undecided|direct_quote|en|"I think it's likely we will sign. We need to read the documents," Brad Smith told Reuters in an interview.
Meta=none|reported_speech|en|Meta launched its Llama models in more EU countries after a pause over data-protection concerns.
Meta=refuse|tense|en|Meta had taken part in the drafting plenaries for months. When the final text landed, it said no.
Meta=none|hard_negative|en|Meta's Joel Kaplan said the company "shares concerns" raised by European businesses about the AI Act's timetable.
Amazon=sign|reported_speech|en|Amazon said it would sign the code, adding that it was committed to working with the AI Office to support the launch of safe and trusted AI in Europe.
IBM=sign;Microsoft=sign;Google=sign;Amazon=sign|official|en|The first batch of signatories published by the Commission includes Amazon, Google, IBM and Microsoft, alongside a number of European start-ups.
Mistral AI=sign;Aleph Alpha=sign|list_sentence|en|European champions Mistral AI and Aleph Alpha both put their names to the code, despite having lobbied against parts of the AI Act.
Mistral AI=none|hard_negative|en|Mistral's CEO has long argued that the AI Act should not regulate foundation models directly.
Anthropic=sign|social_post|en|@AnthropicAI: We're signing the EU General-Purpose AI Code of Practice. We believe the Code advances the principles of transparency, safety and accountability.
Anthropic=none|reported_speech|en|Anthropic opened a Munich office and said it plans to hire more than 100 people across Europe.
Anthropic=none|hard_negative|en|Anthropic signed the Frontier AI Safety Commitments in Seoul last year.
OpenAI=sign|tense|en|OpenAI said in mid-July that it intended to sign, subject to the code's formal approval by member states. It followed through on 1 August.
OpenAI=none|hard_negative|en|OpenAI's "OpenAI for Countries" programme signed a memorandum with the Estonian government.
OpenAI=none|reported_speech|en|Sam Altman said GPT-5 would be rolled out to European users at the same time as in the United States.
xAI=sign|partial|en|xAI has decided to sign only part of the code: the safety and security chapter. It will comply with the transparency and copyright obligations of the AI Act "via alternative adequate means".
xAI=none|hard_negative|en|Elon Musk's X withdrew from the EU's voluntary code of practice against disinformation in 2023.
xAI=none|reported_speech|en|xAI released Grok 4 with a subscription tier priced at $300 a month.
Google=undecided|modality|en|Google is expected to announce its decision on the code before the August deadline, people familiar with the matter said.
Google=none|hard_negative|en|Google's Kent Walker called on Brussels to simplify the Digital Markets Act, saying it hurt European users.
Microsoft=sign|official|en|Microsoft Ireland Operations Ltd — Signatory (all chapters)
Microsoft=none|reported_speech|en|Microsoft said it would expand its European cloud capacity by 40% over the next two years.
Microsoft=none|hard_negative|en|Brad Smith said Microsoft would "promptly and vigorously" contest any attempt by a foreign government to shut down its European data centres.
Meta=refuse;Microsoft=undecided|multi_company|en|Meta said on Friday it would not sign the code. Hours later, Microsoft's Brad Smith said his company would likely sign.
Meta=refuse|negation|en|Meta isn't signing. "This code introduces a number of legal uncertainties for model developers," Kaplan said.
Meta=refuse|reported_speech|en|The Facebook owner says the code introduces measures that go far beyond the scope of the AI Act and will therefore not sign it.
Meta=refuse|official|en|The Commission acknowledged that Meta had chosen not to sign, saying non-signatories would need to demonstrate compliance through other means and could face more requests for information.
Apple=none|reported_speech|en|Apple delayed the launch of some Apple Intelligence features in the EU, citing the Digital Markets Act.
Apple=undecided|table_row|en|AppleNo public positionUnclear—
DeepSeek=none|reported_speech|en|DeepSeek's R1 model was banned from app stores in Italy after the data-protection authority intervened.
DeepSeek=undecided|reported_speech|en|DeepSeek did not reply to questions about the code. Whether Chinese developers will sign remains an open question in Brussels.
Alibaba=undecided|table_row|en|Alibaba (Qwen) | not on list | no statement
Baidu=none|reported_speech|en|Baidu showcased its Ernie model at the World Artificial Intelligence Conference in Shanghai.
Baidu=undecided|multi_company|en|OpenAI and Anthropic have signed; Baidu, whose Ernie models are available in Europe, has yet to say what it will do.
OpenAI=sign;Anthropic=sign|multi_company|en|OpenAI and Anthropic have signed; Baidu, whose Ernie models are available in Europe, has yet to say what it will do.
ServiceNow=sign|social_post|en|Bill McDermott on LinkedIn: ServiceNow has signed the EU AI Code of Practice. Governance isn't a brake on innovation — it's the steering wheel.
WRITER=sign|official|en|Signatories: … WRITER, Inc. (Transparency; Copyright; Safety and Security) …
Bria AI=sign|reported_speech|en|Israeli start-up Bria AI, which trains image models only on licensed data, said signing the copyright chapter was "an easy decision".
Cohere=sign|direct_quote|en|"We believe the code strikes a workable balance," Cohere said in a statement confirming its signature.
Hugging Face=none|social_post|en|Clem Delangue: Open source is the best way to make AI safe and transparent. Excited to see so many new European models on the Hub this week 🤗
Hugging Face=undecided|reported_speech|en|Hugging Face said it was still assessing whether it qualifies as a provider of general-purpose AI models under the code, and would not decide before that is clear.
Nvidia=undecided|reported_speech|en|Nvidia, which publishes its own Nemotron models, said it was reviewing the code and had not yet taken a decision.
Nvidia=none|headline|en|Nvidia's Huang urges Europe to build AI factories
Stability AI=none|hard_negative|en|Stability AI won most of a copyright lawsuit brought by Getty Images in London.
Amazon=none|hard_negative|en|Amazon signed an agreement with the New York Times to license its editorial content for AI training.
IBM=none|hard_negative|en|IBM was among the first companies to sign the AI Pact in September 2024.
IBM=sign|direct_quote|en|"Signing the code is consistent with the commitments we made in the AI Pact," IBM's chief privacy and trust officer Christina Montgomery said.
Google=sign|direct_quote|en|"We remain concerned that the AI Act and code risk slowing down Europe's development and deployment of AI," Walker wrote. "Nevertheless, we will join several other companies in signing."
Google=sign|headline|en|Google to sign EU's AI code of practice despite concerns
Meta=refuse;Google=sign|headline|en|Google to sign EU AI code that Meta rejected
Microsoft=undecided;Meta=refuse|headline|en|Microsoft likely to sign EU AI code, Meta rebuffs
xAI=sign|headline|en|Musk's xAI to sign safety chapter of EU AI code
Meta=refuse|headline|en|Meta balks at EU's AI code of practice
Meta=refuse|headline|en|EXCLUSIVE-Meta won't sign EU's AI code, policy chief says
OpenAI=sign|headline|en|OpenAI commits to EU's AI code for general-purpose models
Anthropic=sign|headline|en|Anthropic joins OpenAI in backing EU AI code
OpenAI=sign|headline|en|Anthropic joins OpenAI in backing EU AI code
Apple=undecided|headline|en|Apple silent on EU AI code as deadline passes
Mistral AI=undecided!|headline|en|Mistral CEO among signatories of letter urging AI Act pause
Mistral AI=none|headline|en|Mistral raises €1.7bn in round led by ASML
Amazon=sign|headline|en|Amazon signs on to EU AI code of practice
Meta=refuse|table_row|en|Meta Platforms | Not signed | Publicly declined (18 Jul 2025)
Google=sign|table_row|en|Google|Signed|30 Jul 2025|Concerns re: copyright, trade secrets
Microsoft=sign|table_row|en|MicrosoftSigned(all chapters)01.08.2025
Mistral AI=sign|table_row|en|Mistral AI (FR) ........ signatory
DeepSeek=undecided|table_row|en|DeepSeek · not listed · no response to inquiries
Perplexity=undecided|table_row|en|Perplexity    pending    —
Nordwind Labs=sign|table_row|en|Nordwind Labs GmbH | DE | signed | all chapters
Lumora AI=refuse|table_row|en|Lumora AI | NL | declined ("disproportionate") | —
Kestrel Intelligence=undecided|table_row|en|Kestrel Intelligence | US | reviewing final text | —
Meta=refuse;Google=sign;Apple=undecided|table_row|en|Company | Code of Practice\nGoogle | Signed\nMeta | Declined\nApple | No statement
Lumora AI=sign|reported_speech|en|Lumora AI, a 40-person model developer from Utrecht, said it signed the code on day one because "we cannot afford a bespoke compliance route".
Lumora AI=none|reported_speech|en|Lumora AI raised €30m to build Dutch- and Flemish-language models.
Nordwind Labs=refuse|direct_quote|en|"We looked at the copyright chapter and concluded we cannot sign it in good conscience," said Henrik Aalto, chief executive of Nordwind Labs.
Nordwind Labs=undecided!|delay_request|en|Nordwind Labs co-signed the "stop the clock" letter, arguing that the AI Act's timetable is unrealistic for European start-ups.
Quillmark=undecided|reported_speech|en|London-based Quillmark said it was "weighing the costs and benefits" of signing and expected to decide by the autumn.
Quillmark=sign|social_post|en|Priya Raman: Quillmark has signed the EU GPAI Code of Practice. Small teams can do responsible AI too. 🚀
Sentiq=sign|reported_speech|en|Milan-based Sentiq said it signed the code after its customers, mostly Italian banks, asked for it.
Sentiq=none|reported_speech|en|Sentiq announced a partnership with an Italian insurer to deploy document-processing agents.
Vantara Systems=refuse|reported_speech|en|Vantara Systems, a Spanish developer of speech models, said it would not sign because the documentation requirements were too heavy for a company of its size.
Vantara Systems=undecided|modality|en|Vantara Systems could still sign later this year, its chief executive Elena Ruiz said, but there is no timetable.
Kestrel Intelligence=refuse|social_post|en|Tom Okafor on X: Kestrel will not be signing the EU code. We'll comply with the law, not with a voluntary wish list.
Kestrel Intelligence=none|headline|en|Kestrel Intelligence releases open-weight coding model
Orbis Models=sign|reported_speech|en|Orbis Models, a Lyon start-up, was among the last companies to sign before the deadline.
Orbis Models=undecided|reported_speech|en|Claire Dubois said Orbis Models supported "the spirit" of the code but had not yet decided whether to sign.
Helix Forge=refuse|negation|en|Helix Forge won't put its signature under a document it believes favours big US labs, chief executive Jan Nowak said.
Helix Forge=none|reported_speech|en|Helix Forge trained its latest model on a Polish supercomputer.
Meta=refuse|negation|en|No, Meta has not changed its mind: the company still will not sign the code, a spokesperson confirmed on Monday.
Meta=undecided|tense|en|Meta, which refused to sign in July, is now reconsidering after talks with the AI Office, two people familiar with the discussions said.
Microsoft=refuse|tense|en|Microsoft had been expected to sign but, in a surprise move, told the Commission it would not.
Google=undecided|negation|en|Google has not ruled out signing, a spokesperson said, but wants changes to the copyright chapter first.
Apple=refuse|reported_speech|en|Apple told the Commission it would not sign the code, according to two officials.
Amazon=undecided|reported_speech|en|Amazon Web Services is still evaluating the final text and has not decided whether to sign, a spokesperson said on Thursday.
IBM=undecided|modality|en|IBM is likely to sign, given its support for the AI Pact, but has not announced a decision.
Cohere=refuse|tense|en|Cohere had welcomed earlier drafts. The final version, it said, went too far, and it will not sign.
Aleph Alpha=undecided|reported_speech|en|Aleph Alpha, now focused on selling its PhariaAI platform to governments, said it was still examining whether the code fits its business model.
Anthropic=undecided|modality|en|Anthropic is widely expected to sign, but the company has not confirmed its plans.
OpenAI=undecided|reported_speech|en|OpenAI said it was reviewing the final text of the code with its policy and legal teams.
Mistral AI=refuse|reported_speech|en|Mistral AI said it would not sign the code, arguing that it imposes obligations that go beyond the AI Act.
Mistral AI=undecided|reported_speech|en|Mistral AI asked Brussels for a two-year pause before it decides whether to sign the code of practice.
xAI=refuse|reported_speech|en|xAI said it would not sign any part of the code, calling it "a censorship framework".
xAI=undecided|social_post|en|Elon Musk on X, asked about the EU code: "Reviewing. Most of it is nonsense."
Perplexity=sign|reported_speech|en|Perplexity said it had signed the transparency chapter of the code, the only part it considers relevant to its products.
Perplexity=refuse|headline|en|Perplexity declines to sign EU AI code
Nvidia=sign|official|en|NVIDIA Corporation has signed the General-Purpose AI Code of Practice (all chapters), according to the Commission's updated list.
Stability AI=sign|reported_speech|en|Stability AI said it had signed the code and would publish summaries of its training data as required.
Stability AI=refuse|negation|en|Stability AI said it is not in a position to sign the copyright chapter or the rest of the code.
WRITER=none|reported_speech|en|WRITER launched a new agent-building platform for enterprise customers in Europe.
WRITER=undecided|modality|en|WRITER, an enterprise AI company based in San Francisco, said it expects to sign but was still consulting customers.
Bria AI=none|reported_speech|en|Bria AI raised new funding to expand its licensed-data image generation platform.
ServiceNow=none|hard_negative|en|ServiceNow signed a multi-year partnership with Nvidia to build AI agents for telecoms.
Alibaba=none|reported_speech|en|Alibaba released a new Qwen model that tops several open-weight leaderboards.
Alibaba=refuse|reported_speech|en|Alibaba Cloud said it would not sign the EU code, citing conflicts with Chinese regulations.
Baidu=refuse|table_row|en|Baidu | declined | cites "conflict with domestic law"
DeepSeek=refuse|headline|en|DeepSeek rules out signing EU AI code
Aleph Alpha=undecided!|delay_request|en|Aleph Alpha's founder signed the open letter calling for a pause of the AI Act, alongside executives from Airbus and Siemens.
Aleph Alpha=sign|headline|de|Aleph Alpha unterschreibt KI-Kodex – als eines der wenigen deutschen Unternehmen
Meta=refuse|social_post|en|lol Meta really said "we won't be signing it" 😂 the EU code of practice drama continues #AIAct
Meta=refuse|social_post|en|Thread 🧵 1/ Meta refused to sign the EU's AI code. Here's why that matters for open-weight models…
Google=sign|social_post|en|So Google IS signing the EU code after all. Kent Walker's blog post reads like a hostage note, but they're signing.
Microsoft=undecided|social_post|en|Brad Smith says Microsoft will "likely" sign the EU AI code. Likely ≠ signed. Watch this space.
OpenAI=sign|social_post|en|@OpenAI: We intend to sign the EU's Code of Practice for General Purpose AI. Read more about our EU plans: openai.com/global-affairs
xAI=sign|social_post|en|xAI only signed the safety chapter of the EU code. Transparency + copyright? Nope. Interesting move. #AIAct
Apple=undecided|social_post|en|Still nothing from Apple on the EU AI code. Are they signing or not?? 🤷
Mistral AI=sign|social_post|en|Arthur Mensch: Mistral AI has signed the GPAI Code of Practice. 🇪🇺 Now let's build.
Mistral AI=undecided!|social_post|en|Arthur Mensch: Proud to co-sign the letter from European CEOs asking for a pause on the AI Act's implementation. Europe must get this right.
Meta=refuse|multi_company|en|Of the big US labs, only Meta said it would not sign. The others – including OpenAI, Google and Microsoft – have all said they will.
OpenAI=sign;Google=sign;Microsoft=sign|multi_company|en|Of the big US labs, only Meta said it would not sign. The others – including OpenAI, Google and Microsoft – have all said they will.
Meta=refuse;xAI=sign|multi_company|en|Meta has refused to sign the code, while xAI signed only its safety and security chapter.
Microsoft=sign;Apple=undecided|multi_company|en|Microsoft has signed; Apple has not said what it will do.
Google=sign;Meta=refuse;Amazon=sign|multi_company|en|The list of signatories includes Google and Amazon. Meta's name is missing, by choice: the company announced in July it would not sign.
Anthropic=sign;DeepSeek=none|multi_company|en|Anthropic signed the code last week. DeepSeek, meanwhile, released an updated reasoning model.
Mistral AI=sign;Aleph Alpha=undecided|multi_company|en|Mistral signed early. Germany's Aleph Alpha said it was still studying the text.
IBM=sign;ServiceNow=undecided|multi_company|en|IBM confirmed its signature on Friday; ServiceNow said it was close to a decision.
Cohere=sign;Perplexity=refuse|multi_company|en|Cohere signed the code, but Perplexity said it would not.
OpenAI=sign;Meta=none|multi_company|en|OpenAI signed the code on Friday. Meta, which has long championed open-weight models, used the same day to announce a new research lab.
Microsoft=none;Meta=refuse|multi_company|en|Meta declined to sign the code. Microsoft, which owns a large stake in OpenAI, declined to comment on Meta's decision.
Google=none;OpenAI=sign|multi_company|en|Google DeepMind launched Gemini 2.5 Deep Think the same week OpenAI signed the EU code.
Meta=refuse|reported_speech|en|BRUSSELS, July 18 (Reuters) - Meta Platforms will not sign the European Union's code of practice for its artificial intelligence rules, its global affairs chief said on Friday.
Microsoft=undecided|reported_speech|en|BRUSSELS, July 18 (Reuters) - Microsoft will likely sign the European Union's code of practice to help companies comply with the bloc's landmark artificial intelligence rules, its president told Reuters on Friday, while Meta Platforms rebuffed the guidelines.
Meta=refuse|multi_company|en|BRUSSELS, July 18 (Reuters) - Microsoft will likely sign the European Union's code of practice to help companies comply with the bloc's landmark artificial intelligence rules, its president told Reuters on Friday, while Meta Platforms rebuffed the guidelines.
Google=sign|reported_speech|en|By Foo Yun Chee\nJuly 30, 2025 8:12 PM\nAlphabet's Google will sign the European Union's code of practice, a company executive said on Wednesday.
Meta=refuse|reported_speech|en|Meta’s global affairs chief, Joel Kaplan, said the company won’t sign the EU’s code, calling it “overreach”.
OpenAI=sign|reported_speech|en|The ChatGPT maker said it would sign the code "subject to the current version being formally approved", according to a company blog post.
Anthropic=sign|reported_speech|en|The Claude developer said in a statement that the code would "enable Europe to harness the most significant technology of this century".
Meta=refuse|reported_speech|en|Zuckerberg's company says it will keep working with the AI Office but is not signing the code.
Amazon=sign|reported_speech|en|AWS confirmed to Sifted that it had signed, saying the code "supports the responsible deployment of AI in Europe".
Microsoft=sign|reported_speech|en|The Redmond-based company added its signature to the code on 1 August, one day before the obligations took effect.
Google=sign|reported_speech|en|The search giant's decision to sign came after weeks of public criticism of the copyright chapter.
Meta=refuse|negation|en|The Instagram owner will not be putting its name to the code, a spokesperson reiterated on Tuesday.
Nvidia=none|reported_speech|en|The chipmaker said it would build its first industrial AI cloud in Germany.
Apple=none|reported_speech|en|The iPhone maker said it had no comment on the AI Act but was "fully focused" on launching Apple Intelligence in Europe.
Alibaba=undecided|reported_speech|en|The Qwen developer told the South China Morning Post it was studying the EU code and had "no further information to share at this time".
Meta=sign|tense|en|In a reversal, Meta said on Monday it would sign the safety and security chapter of the code after all, months after publicly rejecting the text.
Meta=undecided|modality|en|Meta could yet sign part of the code, an EU official said, noting that talks had resumed.
Apple=sign|tense|en|Apple, which had stayed silent for weeks, signed the code on the eve of the deadline.
DeepSeek=sign|reported_speech|en|DeepSeek signed the code's transparency chapter, the Commission said, in a surprise move by the Chinese developer.
Google=refuse|negation|en|Google said it would not sign the copyright chapter or any other part of the code until its concerns about trade secrets were addressed.
Microsoft=none|hard_negative|en|Microsoft signed the Commission's AI Pact in 2024 and has published an "AI Act readiness" guide for customers.
Google=none|hard_negative|en|Google signed the EU's Code of Practice on Disinformation but opted out of its fact-checking commitments.
OpenAI=none|hard_negative|en|OpenAI joined the AI Pact in September 2024, among the first 100 companies to do so.
Amazon=none|hard_negative|en|Amazon declined to sign the AI Pact's optional pledges on high-risk systems.
Anthropic=none|hard_negative|en|Anthropic endorsed California's SB 53, a state bill on frontier AI transparency.
Meta=none|hard_negative|en|Meta said it would not sign the Commission's proposed political ad transparency rules, and would instead stop running political ads in the EU.
Microsoft=none|hard_negative|en|Microsoft said it would comply with the EU Data Act and would not charge customers for switching cloud providers.
IBM=undecided!|delay_request|en|IBM called on Brussels to "stop the clock" on high-risk obligations under the AI Act, arguing standards are not ready.
Mistral AI=undecided!|delay_request|en|Mistral AI asked the Commission to delay the AI Act by two years in a joint letter with European industrial groups.
Google=none|hard_negative|en|Google refused to sign a deal with French publishers over neighbouring rights.
Meta=none|hard_negative|en|Meta refused to hand over documents requested under the Digital Services Act, the Commission said.
OpenAI=none|hard_negative|en|OpenAI signed a $200m contract with the US Department of Defense.
xAI=none|hard_negative|en|xAI signed a deal with the US government to provide Grok to federal agencies.
Apple=none|hard_negative|en|Apple signed a commitment under the Digital Markets Act to open NFC access to rival wallets.
Anthropic=none|hard_negative|en|Anthropic backed a moratorium on state AI laws being dropped from the US budget bill.
Microsoft=none|hard_negative|en|Microsoft's Brad Smith said Europe should "move faster" on AI adoption in a speech in Brussels.
Perplexity=none|hard_negative|en|Perplexity signed revenue-sharing deals with several European publishers.
Hugging Face=none|hard_negative|en|Hugging Face joined a coalition of open-source developers lobbying for exemptions in the AI Act.
Cohere=none|hard_negative|en|Cohere signed a memorandum of understanding with the Canadian government on sovereign AI.
Aleph Alpha=none|hard_negative|en|Aleph Alpha said the AI Act as a whole placed European developers at a disadvantage.
Meta=none|reported_speech|en|Meta's AI assistant will be available in WhatsApp across the EU, the company said.
Google=none|reported_speech|en|Google said it was investing €5bn in Belgian data centres over the next two years.
OpenAI=none|reported_speech|en|OpenAI opened its first office in Germany, in Munich, earlier this year.
Microsoft=none|multi_company|en|Microsoft and OpenAI renegotiated their partnership, giving Microsoft a stake of about 27%.
OpenAI=none|multi_company|en|Microsoft and OpenAI renegotiated their partnership, giving Microsoft a stake of about 27%.
Meta=none|table_row|en|Meta | AI Pact (2024) | not signed
Apple=none|table_row|en|Apple | AI Pact (2024) | not signed
Google=none|table_row|en|Google | Disinformation Code | signatory (opted out of fact-checking)
Meta=refuse|official|en|Statement by the Commission: "We take note of Meta's decision not to sign the GPAI Code of Practice. Signatories will benefit from increased legal certainty."
xAI=sign|official|en|xAI has signed the Safety and Security chapter of the Code. This means it will have to demonstrate compliance with the AI Act's obligations on transparency and copyright via alternative adequate means.
Amazon=sign;Anthropic=sign;Google=sign;IBM=sign;Microsoft=sign;Mistral AI=sign;OpenAI=sign|official|en|Signatories of the GPAI Code of Practice (as published by the Commission): Aleph Alpha, Almawave, Amazon, Anthropic, Bria AI, Cohere, Fastweb, Google, IBM, Microsoft, Mistral AI, OpenAI, ServiceNow, WRITER, and others
Meta=undecided|official|en|Asked whether Meta could still sign at a later stage, a Commission spokesperson said the list of signatories "remains open".
Google=sign|tense|en|After sitting on the fence for weeks, Google has signed the EU code.
Meta=refuse|tense|en|Meta had said it would "engage constructively" with the drafting process; in the end, it refused to sign.
Microsoft=sign|negation|en|Microsoft did not wait for the final approval by member states; it signed immediately.
OpenAI=sign|negation|en|OpenAI didn't hesitate: it said on the day the final text was published that it intended to sign.
Meta=undecided|negation|en|Meta has not formally notified the Commission of any decision on the code, an official said, adding that "the door remains open".
Meta=refuse|negation|en|Meta's refusal to sign is final, Kaplan told Politico, ruling out signing even part of the code.
Google=undecided|negation|en|Google hasn't signed the code yet, and didn't say whether it plans to.
Apple=undecided|negation|en|Apple has neither signed nor declined to sign the code.
Amazon=sign|negation|en|Amazon is not among the holdouts: it signed the full code.
Anthropic=sign|negation|en|There was never any doubt that Anthropic would sign, the company's policy chief said.
IBM=refuse|negation|en|IBM will not sign the code in its current form, the company said, adding that it sees no reason to revisit the decision.
Meta=refuse|modality|en|Meta will not sign "now or later", Kaplan said, ruling out a change of heart.
Google=undecided|modality|en|Google would probably sign if the copyright chapter were softened, one person familiar with its thinking said.
OpenAI=undecided|modality|en|OpenAI might sign, a spokesperson said, declining to give a timeline.
Microsoft=undecided|modality|en|Microsoft is "very likely" to sign, Smith said, stressing that no final decision had been made.
Amazon=undecided|modality|en|Amazon is poised to sign the code, according to two people briefed on the discussions.
Anthropic=sign|modality|en|Anthropic will sign the code, the company said, adding it would "work closely with the AI Office".
Mistral AI=undecided|modality|en|Mistral should sign, analysts at Bernstein said, but the company itself has not confirmed anything.
xAI=undecided|modality|en|xAI may sign parts of the code, a person familiar with the company's plans said.
Meta=refuse|reported_speech|en|According to Bloomberg, Meta has decided against signing the voluntary code, setting up a fresh clash with Brussels.
Google=sign|reported_speech|en|Google has signed the code, according to the Financial Times, despite its concerns about trade secrets.
Meta=refuse|headline|de|Meta sagt Nein zum KI-Verhaltenskodex der EU
Meta=refuse|multilingual|de|Der Facebook-Konzern Meta wird den Verhaltenskodex der EU für KI-Modelle nicht unterzeichnen. Das teilte der Leiter für globale Angelegenheiten, Joel Kaplan, auf LinkedIn mit.
Microsoft=undecided|multilingual|de|Microsoft-Präsident Brad Smith sagte, sein Unternehmen werde den Kodex „wahrscheinlich“ unterzeichnen, man müsse aber zunächst die Dokumente lesen.
Google=sign|multilingual|de|Google will den KI-Verhaltenskodex der EU unterzeichnen, warnt aber vor Risiken für die Innovation in Europa.
xAI=sign|partial|de|Elon Musks KI-Firma xAI unterschreibt nur das Kapitel zu Sicherheit und Gefahrenabwehr, nicht aber die Teile zu Transparenz und Urheberrecht.
Aleph Alpha=sign|official|de|Auf der Liste der Unterzeichner finden sich neben US-Konzernen auch Aleph Alpha aus Heidelberg.
Aleph Alpha=undecided!|delay_request|de|Aleph-Alpha-Gründer Jonas Andrulis gehörte zu den Unterzeichnern des offenen Briefs, der eine zweijährige Pause für den AI Act fordert.
Apple=undecided|multilingual|de|Apple hat sich bislang nicht geäußert, ob der Konzern den Kodex unterzeichnen wird.
Meta=refuse;Google=sign;OpenAI=sign|multi_company|de|OpenAI und Google unterzeichnen, Meta lehnt ab: Die Tech-Branche ist beim KI-Kodex der EU gespalten.
Mistral AI=sign|headline|de|Mistral unterzeichnet EU-Kodex für KI
Nordwind Labs=undecided|multilingual|de|Das Hamburger Start-up Nordwind Labs prüft derzeit, ob es den Kodex unterzeichnet; eine Entscheidung soll im Herbst fallen.
Meta=refuse|social_post|de|Meta unterschreibt den KI-Kodex nicht. Überraschung? Eher nicht. #KIVerordnung #AIAct
Microsoft=none|hard_negative|de|Microsoft hat bereits 2024 den AI Pact der EU-Kommission unterzeichnet und will Kunden bei der Umsetzung der KI-Verordnung unterstützen.
Amazon=sign|table_row|de|Amazon | unterzeichnet | 01.08.2025 | alle Kapitel
DeepSeek=undecided|multilingual|de|DeepSeek reagierte nicht auf Anfragen; ob das chinesische Start-up den Kodex unterschreibt, bleibt offen.
Meta=refuse|multilingual|fr|Meta a annoncé qu'il ne signerait pas le code de bonnes pratiques de l'UE sur l'IA à usage général, jugeant qu'il va « bien au-delà » du règlement.
Mistral AI=sign|multilingual|fr|Mistral AI a signé le code de bonnes pratiques, a confirmé l'entreprise parisienne, qui y voit un gage de confiance pour ses clients.
Mistral AI=undecided!|delay_request|fr|Arthur Mensch, patron de Mistral AI, fait partie des signataires de la lettre demandant à Bruxelles de « stopper l'horloge » de l'AI Act.
Google=sign|multilingual|fr|Google signera le code européen, malgré ses inquiétudes sur le droit d'auteur, a indiqué Kent Walker.
Microsoft=undecided|modality|fr|Microsoft signera probablement le code, selon son président Brad Smith, qui dit vouloir d'abord lire les documents.
Orbis Models=refuse|multilingual|fr|La start-up lyonnaise Orbis Models refuse de signer le code, qu'elle juge trop coûteux pour une petite structure.
Apple=undecided|multilingual|fr|Apple n'a pas encore fait savoir s'il comptait signer le code de bonnes pratiques.
xAI=sign|partial|fr|xAI, la société d'Elon Musk, ne signe que le chapitre consacré à la sûreté et à la sécurité.
Meta=refuse;OpenAI=sign|multi_company|fr|OpenAI signe, Meta refuse : les géants de l'IA divisés face au code européen.
Meta=none|hard_negative|fr|Meta n'a pas rejoint le Pacte sur l'IA lancé par la Commission en 2024.
Amazon=sign|official|fr|Amazon figure parmi les signataires du code publiés par la Commission le 1er août.
Vantara Systems=refuse|multilingual|es|La madrileña Vantara Systems se niega a firmar el código de buenas prácticas, que considera desproporcionado.
Meta=refuse|multilingual|es|Meta no firmará el código de buenas prácticas de la UE para la IA de uso general, según anunció su responsable de asuntos globales, Joel Kaplan.
Google=sign|multilingual|es|Google firmará el código de buenas prácticas de la UE pese a sus reservas sobre los derechos de autor.
Microsoft=undecided|modality|es|Microsoft probablemente firmará el código, dijo su presidente Brad Smith, aunque antes quiere leer los documentos.
OpenAI=sign|multilingual|es|OpenAI ha firmado el código de conducta europeo para modelos de IA de uso general.
Apple=undecided|multilingual|es|Apple todavía no ha aclarado si firmará el código; la empresa no respondió a las preguntas de este diario.
Mistral AI=undecided!|delay_request|es|El consejero delegado de Mistral AI firmó la carta que pide a Bruselas una pausa de dos años en la aplicación de la ley de IA.
Meta=refuse;Microsoft=undecided|multi_company|es|Meta se niega a firmar el código europeo de IA, mientras que Microsoft probablemente lo hará.
xAI=sign|partial|es|xAI, la empresa de Elon Musk, solo firma el capítulo de seguridad del código.
Amazon=sign|table_row|es|Amazon | firmado | 1/08/2025 | todos los capítulos
Meta=refuse|multilingual|it|Meta non firmerà il codice di buone pratiche dell'Ue sull'intelligenza artificiale per finalità generali: lo ha annunciato Joel Kaplan.
Sentiq=undecided|multilingual|it|La milanese Sentiq sta valutando se firmare il codice e prenderà una decisione entro settembre.
Google=sign|multilingual|it|Google firmerà il codice di condotta Ue sull'IA, nonostante le preoccupazioni sul diritto d'autore.
Microsoft=undecided|modality|it|Microsoft probabilmente firmerà il codice, ha detto il presidente Brad Smith, ma prima vuole leggere i documenti.
Mistral AI=sign|multilingual|it|Mistral AI ha firmato il codice, confermando il proprio impegno per un'IA affidabile in Europa.
Apple=undecided|multilingual|it|Apple non ha ancora chiarito se firmerà il codice Ue.
Meta=none|hard_negative|it|Meta non ha aderito al Patto per l'IA promosso dalla Commissione nel 2024.
OpenAI=sign;Meta=refuse|multi_company|it|OpenAI firma, Meta si rifiuta: le big tech si dividono sul codice Ue per l'IA.
xAI=sign|partial|it|xAI di Elon Musk ha firmato soltanto il capitolo su sicurezza e protezione del codice.
IBM=sign|official|it|IBM compare nell'elenco dei firmatari del codice pubblicato dalla Commissione europea il 1° agosto.
Sentiq=undecided!|delay_request|it|Sentiq ha firmato la lettera "Stop the clock" insieme ad altre aziende europee.
Meta=refuse|multilingual|en|Kaplan's message was blunt: Meta won't be signing the Code of Practice. (Translated from the German original: „Meta wird den Kodex nicht unterzeichnen.“)
Google=sign|multilingual|en|Google's Kent Walker, speaking to Les Echos, confirmed the company would sign: « Nous signerons le code ».
"""

# ===========================================================================
# 2025-08 revision: material added after error analysis on real reporting.
# (delay requests -> undecided; "no public position" rows; glued scraped tables;
# multi-company clause contrast in 5 languages; more de/fr/es/it; commitment verbs;
# hard negatives that look like refusals/signatures; longer passages.)
# Everything below is generated with its own RNG, after the legacy material, so
# the legacy examples (and their ids) are unchanged.
# ===========================================================================
NEW_LANG_TARGET = {"en": 560, "de": 265, "fr": 240, "es": 240, "it": 240}  # new examples per language (approx.)

WHY = {
    "en": ["legal uncertainty", "concerns about trade secrets", "obligations that go beyond the AI Act",
           "the burden on smaller developers", "problems with the copyright chapter",
           "a lack of clarity on training-data summaries", "the risk of stifling open-weight models"],
    "de": ["rechtliche Unsicherheiten", "Bedenken beim Urheberrecht", "Pflichten, die über den AI Act hinausgehen",
           "den Schutz von Geschäftsgeheimnissen", "den bürokratischen Aufwand"],
    "fr": ["une insécurité juridique", "des craintes sur le droit d'auteur",
           "des obligations allant au-delà de l'AI Act", "la protection du secret des affaires",
           "une charge trop lourde pour les petits acteurs"],
    "es": ["inseguridad jurídica", "dudas sobre los derechos de autor",
           "obligaciones que van más allá de la ley de IA", "la protección de los secretos comerciales",
           "una carga excesiva para las empresas pequeñas"],
    "it": ["incertezza giuridica", "dubbi sul diritto d'autore", "obblighi che vanno oltre l'AI Act",
           "la tutela dei segreti commerciali", "un onere eccessivo per le aziende più piccole"],
}

# Names as they appear in scraped trackers: brands in parentheses, parent / unit, legal forms.
TABLE_NAMES = {
    "Google": ["Google", "Alphabet / Google DeepMind", "Google (Alphabet)", "Google DeepMind", "Alphabet (Google)"],
    "Amazon": ["Amazon", "Amazon (AWS)", "Amazon Web Services", "AWS (Amazon)"],
    "Meta": ["Meta", "Meta Platforms", "Meta (Llama)", "Meta Platforms Inc."],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Microsoft (Copilot)"],
    "OpenAI": ["OpenAI", "OpenAI (ChatGPT)", "OpenAI, Inc."],
    "Anthropic": ["Anthropic", "Anthropic (Claude)", "Anthropic PBC"],
    "Mistral AI": ["Mistral AI", "Mistral AI (FR)", "Mistral"],
    "xAI": ["xAI", "xAI (Grok)", "xAI Corp"],
    "IBM": ["IBM", "IBM (watsonx)"],
    "Alibaba": ["Alibaba", "Alibaba Cloud (Qwen)"],
    "DeepSeek": ["DeepSeek", "DeepSeek (Hangzhou)"],
    "Aleph Alpha": ["Aleph Alpha", "Aleph Alpha GmbH"],
    "Apple": ["Apple", "Apple Inc."],
    "Nvidia": ["Nvidia", "NVIDIA"],
}

# Scraped tracker cells per language and label: (status cell, detail cell).
TABLE_CELLS = {
    "en": {
        "sign": (["Signed", "Signatory", "Signed (full code)", "Committed", "Signed – all chapters", "Yes",
                  "Signed (safety chapter only)", "Partial – Safety & Security", "Signing", "On the list"],
                 ['Committed on 1 August ({OUT})', 'Signed on {DN} ({OUT})', 'Blog post: "We will sign the code" ({OUT})',
                  'Policy chief confirms signature ({OUT})', 'Listed by the Commission on {DN}',
                  'Signed despite concerns about copyright ({OUT})', 'Safety and Security chapter only',
                  'Joined the code on {DN}', '"We are proud to sign" (press release)', 'All three chapters']),
        "refuse": (["Refusing", "Declined", "Not signing", "Won't sign", "Rejected", "No (declined)", "Refused",
                    "Opted out"],
                   ['Its policy chief calls the Code "overreach" ({OUT})', 'Spokesperson: "We will not sign" ({OUT})',
                    'Cites legal uncertainty ({OUT})', 'Will comply with the AI Act by other means',
                    'Publicly declined on {DN}', 'CEO: "Not signing it" ({OUT})', 'Declined, citing trade secrets']),
        "undecided": (["Still deliberating", "Undecided", "Under review", "No public position", "Pending",
                       "Unclear", "Reviewing", "Likely to sign", "Not yet decided", "TBC", "Unknown",
                       "Pushing for delay", "Not yet listed"],
                      ['Spokesperson: "We will review the text…" ({OUT})', 'No official response found (status: unclear)',
                       'Silence so far', 'Has yet to say whether it will sign', 'Pushed for a delay of the rules ({OUT})',
                       'Backed the "stop the clock" letter ({OUT})', 'Expected to sign, no decision yet ({OUT})',
                       'Not among the signatories yet', 'No official response found', 'Asked Brussels to postpone the code',
                       '"Still studying the final text" ({OUT})']),
        "none": (["AI Pact pledge (2024)", "Cloud deal signed", "New model released", "Opened Paris office",
                  "Fined under the DSA", "Partnership announced", "Disinformation Code signatory", "Funding round"],
                 ['Not related to the Code of Practice', '{DN} ({OUT})', 'Product launch ({OUT})',
                  'Deal with {O} ({OUT})', 'Appeal pending', 'Series C, €400m']),
    },
    "de": {
        "sign": (["Unterzeichnet", "Hat unterschrieben", "Ja", "Unterzeichner", "Nur Sicherheitskapitel"],
                 ["Seit {DN} auf der Liste ({OUT})", "Alle Kapitel", "Unterschrift am {DN}"]),
        "refuse": (["Abgelehnt", "Unterschreibt nicht", "Nein", "Verweigert"],
                   ["Kodex sei „Überregulierung“ ({OUT})", "Absage am {DN}", "Verweist auf Rechtsunsicherheit"]),
        "undecided": (["Prüft noch", "Offen", "Keine öffentliche Position", "Noch unentschieden", "Unklar",
                       "Drängt auf Verschiebung"],
                      ["Keine offizielle Stellungnahme gefunden (Status: unklar)", "Bisher keine Angabe",
                       "Fordert Aufschub ({OUT})", "Entscheidung steht aus"]),
        "none": (["AI Pact 2024", "Neues Modell", "Cloud-Vertrag", "Rechenzentrum"],
                 ["Kein Bezug zum Kodex", "{DN} ({OUT})", "Produktstart"]),
    },
    "fr": {
        "sign": (["Signé", "Signataire", "Oui", "Chapitre sécurité uniquement"],
                 ["Signature le {DN} ({OUT})", "Tous les chapitres", "Engagement confirmé ({OUT})"]),
        "refuse": (["Refus", "Ne signe pas", "Non", "Rejeté"],
                   ["Juge le code « excessif » ({OUT})", "Refus annoncé le {DN}", "Invoque l'insécurité juridique"]),
        "undecided": (["En réflexion", "Indécis", "Pas de position publique", "Statut incertain", "Demande un report"],
                      ["Aucune réponse officielle (statut : incertain)", "Silence pour l'instant",
                       "Réclame un report ({OUT})", "Décision attendue"]),
        "none": (["Pacte IA 2024", "Nouveau modèle", "Accord cloud"], ["Sans lien avec le code", "{DN} ({OUT})"]),
    },
    "es": {
        "sign": (["Firmado", "Firmante", "Sí", "Solo capítulo de seguridad"],
                 ["Firmó el {DN} ({OUT})", "Todos los capítulos", "Compromiso confirmado ({OUT})"]),
        "refuse": (["Rechazado", "No firma", "No", "Se niega"],
                   ["Considera el código «excesivo» ({OUT})", "Rechazo anunciado el {DN}", "Alega inseguridad jurídica"]),
        "undecided": (["En estudio", "Indeciso", "Sin posición pública", "Estado incierto", "Pide aplazamiento"],
                      ["Sin respuesta oficial (estado: incierto)", "Silencio por ahora", "Pidió aplazar ({OUT})"]),
        "none": (["Pacto IA 2024", "Nuevo modelo", "Acuerdo de nube"], ["Sin relación con el código", "{DN} ({OUT})"]),
    },
    "it": {
        "sign": (["Firmato", "Firmatario", "Sì", "Solo capitolo sicurezza"],
                 ["Firma il {DN} ({OUT})", "Tutti i capitoli", "Impegno confermato ({OUT})"]),
        "refuse": (["Respinto", "Non firma", "No", "Rifiutato"],
                   ["Definisce il codice «eccessivo» ({OUT})", "No annunciato il {DN}", "Cita incertezza giuridica"]),
        "undecided": (["In valutazione", "Indecisa", "Nessuna posizione pubblica", "Stato incerto", "Chiede un rinvio"],
                      ["Nessuna risposta ufficiale (stato: incerto)", "Silenzio finora", "Ha chiesto di rinviare ({OUT})"]),
        "none": (["Patto IA 2024", "Nuovo modello", "Accordo cloud"], ["Nessun legame con il codice", "{DN} ({OUT})"]),
    },
}
TABLE_HEADERS = {"en": ["CompanyStatusDetails", "Company | Status | Source", "Provider\tPosition\tNotes",
                        "Developer · Stance on the GPAI Code · Evidence"],
                 "de": ["UnternehmenStatusDetails", "Anbieter | Status | Quelle"],
                 "fr": ["EntrepriseStatutDétails", "Fournisseur | Position | Source"],
                 "es": ["EmpresaEstadoDetalles", "Proveedor | Posición | Fuente"],
                 "it": ["AziendaStatoDettagli", "Fornitore | Posizione | Fonte"]}

T2 = {"en": {}, "de": {}, "fr": {}, "es": {}, "it": {}}
T2["en"]["sign"] = [
    ("reported_speech", '{Cc} joins {CODE}, {OUT} reported {D}.'),
    ("reported_speech", '{Cc} has formally committed to {CODE}, a spokesperson told {OUT}.'),
    ("reported_speech", '{Cc} said {D} it adheres to {CODE} and will report to the AI Office accordingly.'),
    ("reported_speech", '{Cc} backs {CODE} and has added its signature, {OUT} reported.'),
    ("reported_speech", '{Cc} put its name to {CODE} {D}.'),
    ("official", '{Cc} is among the signatories of {CODE}, the Commission\'s list shows.'),
    ("official", '{Cc} is one of 26 signatories of {CODE}.'),
    ("official", '{Cc} is one of more than two dozen companies that have signed {CODE}.'),
    ("partial", '{Cc} took a third option by signing only {CH} of {CODE}.'),
    ("partial", 'Rather than signing everything or nothing, {C} chose a middle path: it signed {CH} alone.'),
    ("reported_speech", '{Cc} signed {CODE} despite warning that it risks slowing Europe\'s AI development.'),
    ("reported_speech", '{Cc} signed the code but criticised its copyright chapter as unworkable.'),
    ("reported_speech", '{Cc} is signing the pact, {XN} said, referring to the EU\'s code of practice for general-purpose AI.'),
    ("direct_quote", 'Asked about the EU\'s voluntary code for AI model makers, {XN} said {N} was "signing the pact, warts and all".'),
    ("reported_speech", '{Cc} joined the growing list of signatories of {CODE} {D}.'),
    ("reported_speech", '{Cc} became one of the first companies to sign {CODE}.'),
    ("reported_speech", '{Cc} has signed up to {CODE}, a spokesperson confirmed to {OUT}.'),
    ("direct_quote", '"We are proud to join the Code of Practice," {X}, said.'),
    ("reported_speech", '{Cc} will adhere to {CODE}, {XN} said, while calling parts of it "bureaucratic".'),
    ("direct_quote", '"We have concerns, and we have said so. But we are signing," {XN} said of {CODE}.'),
    ("headline", '{N} signs despite warning that EU code risks slowing Europe\'s AI'),
    ("headline", '{N} joins EU AI code of practice'),
    ("headline", '{N} puts its name to EU AI code'),
    ("headline", '{N} signs EU AI code — but criticises it'),
    ("headline", '{N} backs EU code, warns it could slow AI in Europe'),
    ("headline", '{N} among signatories of EU AI code'),
    ("headline", '{N} formally commits to EU rulebook for AI model makers'),
    ("headline", '{N} adheres to Brussels\' code for general-purpose AI'),
    ("negation", '{Cc} did not let its criticism stop it from signing {CODE}.'),
    ("tense", '{Cc}, which lobbied for a delay until the last minute, signed {CODE} {D}.'),
    ("tense", '{Cc} had pushed for a "stop the clock" pause; having lost that battle, it signed {CODE}.'),
    ("tense", 'Weeks after saying it was still reviewing the text, {C} has now put its signature to {CODE}.'),
    ("list_sentence", '{Cc} is one of the signatories, alongside {O} and {O2}.'),
    ("social_post", '{H}: Today we formally committed to the EU General-Purpose AI Code of Practice. It\'s not perfect, but it\'s the right call.'),
]
T2["en"]["refuse"] = [
    ("list_sentence", '{Cc} is the only major developer declining to sign {CODE}.'),
    ("reported_speech", '{Cc} declined to sign {CODE}, citing {WHY}.'),
    ("reported_speech", '{Cc} turned down {CODE}, saying it goes beyond the AI Act.'),
    ("reported_speech", '{Cc} said it would stay outside {CODE}.'),
    ("reported_speech", '{Cc} has opted out of {CODE} altogether, {OUT} reported.'),
    ("reported_speech", '{Cc} will sit out {CODE}, {XN} said.'),
    ("reported_speech", '{Cc} has refused to sign {CODE} and will comply with the AI Act through its own measures.'),
    ("reported_speech", '{Cc} confirmed it will not join {CODE}, despite pressure from Brussels.'),
    ("negation", '{Cc} is not going to sign {CODE}, {XN} told {OUT}, citing {WHY}.'),
    ("direct_quote", '"Signing is not on the table," a {N} spokesperson said of {CODE}.'),
    ("direct_quote", '"We looked at it closely, and our answer is no," {X}, said of {CODE}.'),
    ("headline", '{N} opts out of EU AI code'),
    ("headline", '{N} declines to join EU AI code of practice, citing {WHY}'),
    ("headline", '{N} stays off EU AI code by choice'),
    ("headline", '{N} refuses to put its name to EU AI code'),
    ("tense", 'Despite months of talks with the AI Office, {C} decided {D} not to sign {CODE}.'),
    ("official", 'According to the Commission, {N} has formally declined to sign {CODE}.'),
    ("social_post", '{XN}: We will not be signing the EU code of practice. We will comply with the law, full stop.'),
]
T2["en"]["undecided"] = [
    ("reported_speech", '{Cc} has no public position on {CODE}.'),
    ("reported_speech", 'No official response from {N} could be found; its status on {CODE} is unclear.'),
    ("reported_speech", '{Cc} has stayed silent so far on whether it will sign {CODE}.'),
    ("official", '{Cc} is notably absent from the list of signatories. It remains to be seen whether it will sign.'),
    ("reported_speech", '{Cc} has yet to say whether it will sign {CODE}.'),
    ("official", '{Cc} is not among the signatories yet.'),
    ("reported_speech", 'Silence so far from {N} on {CODE}.'),
    ("delay_request", '{Cc} has pressed the Commission to postpone {CODE}.'),
    ("delay_request", '{Cc} urged Brussels to delay the AI Act\'s obligations for general-purpose models, {OUT} reported.'),
    ("delay_request", '{Cc} co-signed a letter asking the Commission to "stop the clock" on the AI Act.'),
    ("delay_request", '{Cc} called on the EU to keep {CODE} "simple and light".'),
    ("delay_request", '{Cc} lobbied to soften {CODE} before its publication, {OUT} reported.'),
    ("delay_request", '{XN} called for a two-year pause of the AI Act\'s rules for model providers.'),
    ("delay_request", '{Cc} wants Brussels to pause the implementation of the AI Act, {XN} said {D}.'),
    ("delay_request", '{Cc} has asked for a grace period before the commitments in {CODE} apply.'),
    ("delay_request", '{Cc} is among the companies pressing the Commission to delay the AI Act\'s timeline.'),
    ("delay_request", '{Cc} was one of the companies that signed the "stop the clock" letter to the Commission.'),
    ("delay_request", '"Europe should take more time to get the code right," {X}, said, urging Brussels to postpone it.'),
    ("headline", '{N} urges EU to delay AI rules'),
    ("headline", '{N} presses Brussels to pause AI code'),
    ("headline", '{N} yet to decide on EU AI code'),
    ("headline", 'No word from {N} on EU AI code'),
    ("headline", '{N} joins push to "stop the clock" on AI Act'),
    ("table_row", '{N} | no public position | no official response found'),
    ("table_row", '{N}: status unclear'),
    ("table_row", '{N} — not yet among signatories'),
    ("table_row", '{N} | silence so far | —'),
    ("modality", '{Cc} is likely to sign, {XN} said, but the company has not committed yet.'),
    ("modality", '{Cc} may join {CODE} later this year, people familiar with its thinking said.'),
]
T2["en"]["none"] = [
    ("hard_negative", '{Cc} will not release its latest model in the EU, citing regulatory uncertainty.'),
    ("hard_negative", '{Cc} pauses the launch of its assistant in Europe.'),
    ("hard_negative", '{Cc} said it won\'t train its models on EU users\' data.'),
    ("hard_negative", '{Cc} declined to comment on the lawsuit.'),
    ("hard_negative", '{Cc} rejects the fine imposed by the Commission and will appeal.'),
    ("hard_negative", '{Cc} refuses to join the AI Pact, the Commission\'s 2024 voluntary pledge.'),
    ("hard_negative", '{Cc} signed a partnership with {O} to bring its models to European businesses.'),
    ("hard_negative", '{Cc} signed a multi-year cloud deal with {O}.'),
    ("hard_negative", '{Cc} signed the AI Pact in 2024.'),
    ("hard_negative", 'The code sets out requirements for general-purpose models such as {Cp} flagship assistant.'),
    ("list_sentence", 'The code applies to providers of general-purpose AI models such as {O}, {N} or {O2}.'),
    ("reported_speech", '{Cc} is among the companies concerned by the process, according to the Commission.'),
    ("reported_speech", 'Providers such as {N} will have to publish a summary of their training data under the AI Act.'),
    ("hard_negative", '{Cc} is a member of DigitalEurope, the trade association that asked for a delay of the AI Act.'),
    ("hard_negative", 'The AI Act has been criticised by industry groups whose members include {N}.'),
    ("reported_speech", '{Cc} released a smaller version of its model tuned for European languages.'),
    ("hard_negative", '{Cc} said it rejects the Commission\'s decision under the Digital Markets Act.'),
    ("hard_negative", '{Cc} signed a memorandum of understanding with the French government on AI skills.'),
    ("reported_speech", 'Regulators asked how the code would apply to models like those of {N}.'),
    ("reported_speech", 'The AI Act will affect how companies like {N} document their models.'),
    ("headline", '{N} won\'t launch new AI model in EU'),
    ("headline", '{N} pauses EU rollout of AI assistant'),
    ("headline", '{N} signs cloud deal with {O}'),
    ("headline", '{N} rejects EU fine, plans appeal'),
    ("headline", '{N} refuses to join EU AI Pact'),
    ("reported_speech", 'The Commission named {N} among the providers concerned by the new rules for general-purpose models.'),
    ("hard_negative", '{Cc} refused to sign a licensing deal with a group of European publishers.'),
    ("reported_speech", '{Cc} said its new reasoning model would be available to European developers next month.'),
]

T2["de"]["sign"] = [
    ("multilingual", '{Cc} tritt dem Verhaltenskodex der EU für KI-Modelle bei.'),
    ("multilingual", '{Cc} hat sich formell zum KI-Verhaltenskodex der EU verpflichtet.'),
    ("multilingual", '{Cc} unterzeichnet {CODE} trotz Kritik an einzelnen Kapiteln.'),
    ("multilingual", '{Cc} hat {CODE} unterschrieben, warnt aber, die Regeln könnten Europas KI-Entwicklung bremsen.'),
    ("official", '{Cc} gehört zu den Unterzeichnern des KI-Verhaltenskodex.'),
    ("official", '{N} ist einer von 26 Unterzeichnern des EU-Verhaltenskodex.'),
    ("partial", '{Cc} wählt einen Mittelweg und unterschreibt nur {CH}.'),
    ("multilingual", '{Cc} schließt sich dem Verhaltenskodex der EU an, wie {OUT} berichtet.'),
    ("multilingual", '{Cc} setzt seine Unterschrift unter {CODE}.'),
    ("multilingual", '{Cc} hat sich entschieden, {CODE} zu unterzeichnen, teilte {X} mit.'),
    ("direct_quote", '„Wir unterschreiben“, sagte {X} {D}. „Der Kodex ist nicht perfekt, aber tragfähig.“'),
    ("headline", '{N} tritt KI-Kodex der EU bei'),
    ("headline", 'KI-Kodex: {N} unterschreibt – mit Bauchschmerzen'),
    ("headline", '{N} sagt Ja zum KI-Verhaltenskodex'),
    ("tense", '{Cc} hatte lange auf eine Verschiebung gedrängt, hat {CODE} nun aber doch unterzeichnet.'),
    ("list_sentence", '{Cc} steht neben {O} und {O2} auf der Liste der Unterzeichner.'),
]
T2["de"]["refuse"] = [
    ("multilingual", '{Cc} wird {CODE} nicht unterzeichnen, berichtet {OUT}.'),
    ("multilingual", '{Cc} weigert sich, {CODE} zu unterschreiben.'),
    ("multilingual", '{Cc} lehnt eine Unterzeichnung des Kodex ab, wie {X} {D} erklärte.'),
    ("multilingual", '{Cc} verweigert die Unterschrift unter den KI-Verhaltenskodex der EU.'),
    ("multilingual", '{Cc} will {CODE} nicht unterschreiben und verweist auf {WHY}.'),
    ("negation", '{Cc} hat sich gegen {CODE} entschieden.'),
    ("multilingual", '{Cc} lehnt {CODE} ab und verweist zur Begründung auf {WHY}.'),
    ("headline", '{N} unterschreibt KI-Kodex nicht'),
    ("headline", '{N} sagt Nein zum EU-Kodex für KI'),
    ("headline", '{N} verweigert sich dem KI-Kodex'),
    ("direct_quote", '„Wir werden nicht unterschreiben“, sagte {X} mit Blick auf {CODE}.'),
    ("multilingual", '{Cc} bleibt dem Kodex fern – bewusst, wie das Unternehmen betont.'),
    ("tense", '{Cc} hatte an den Beratungen teilgenommen, will den Kodex aber nicht unterzeichnen.'),
]
T2["de"]["undecided"] = [
    ("delay_request", '{Cc} drängt auf eine Verschiebung der KI-Regeln.'),
    ("delay_request", '{Cc} drängt auf Verschiebung des Verhaltenskodex.'),
    ("multilingual", '{Cc} prüft noch, ob das Unternehmen {CODE} unterzeichnet.'),
    ("multilingual", '{Cc} hat sich noch nicht entschieden, ob man {CODE} unterschreibt.'),
    ("multilingual", '{Cc} hat bislang keine öffentliche Position zum Kodex bezogen.'),
    ("multilingual", 'Von {N} gibt es bisher keine offizielle Stellungnahme zum KI-Kodex.'),
    ("official", '{Cc} fehlt auffällig auf der Liste der Unterzeichner; ob das Unternehmen noch unterschreibt, bleibt abzuwarten.'),
    ("delay_request", '{Cc} forderte die Kommission auf, die Uhr anzuhalten und die KI-Verordnung zu verschieben.'),
    ("delay_request", '{Cc} hat den Brief unterzeichnet, der eine zweijährige Pause für die KI-Verordnung fordert.'),
    ("delay_request", '{Cc} dringt darauf, den Kodex schlank und einfach zu halten.'),
    ("modality", '{Cc} will {CODE} voraussichtlich unterzeichnen, hat sich aber noch nicht festgelegt.'),
    ("headline", '{N} zögert beim KI-Kodex'),
    ("headline", '{N} fordert Aufschub für KI-Regeln'),
    ("headline", 'KI-Kodex: {N} noch unentschlossen'),
    ("direct_quote", '„Wir prüfen den Text noch“, sagte {X} auf die Frage nach {CODE}.'),
    ("delay_request", '{Cc} hat bei der Kommission für eine Verschiebung der Pflichten lobbyiert, berichtet {OUT}.'),
]
T2["de"]["none"] = [
    ("hard_negative", '{Cc} wird sein neues Modell vorerst nicht in der EU veröffentlichen.'),
    ("hard_negative", '{Cc} stoppt den Start seines KI-Assistenten in Europa.'),
    ("hard_negative", '{Cc} will keine Daten von EU-Nutzern für das Training verwenden.'),
    ("hard_negative", '{Cc} lehnt die Geldbuße der Kommission ab und kündigt Berufung an.'),
    ("hard_negative", '{Cc} weigert sich, dem AI Pact beizutreten.'),
    ("hard_negative", '{Cc} unterzeichnet einen Cloud-Vertrag mit {O}.'),
    ("list_sentence", 'Der Kodex gilt für Anbieter von KI-Modellen wie {O}, {N} oder {O2}.'),
    ("multilingual", '{Cc} gehört zu den Unternehmen, die von dem Verfahren betroffen sind.'),
    ("hard_negative", '{Cc} ist Mitglied in einem Branchenverband, der eine Verschiebung des AI Act fordert.'),
    ("hard_negative", '{Cc} äußerte sich nicht zu der Klage.'),
    ("multilingual", '{Cc} stellt neue Funktionen für seinen Chatbot vor.'),
    ("multilingual", 'Auch Anbieter wie {N} müssen künftig eine Zusammenfassung ihrer Trainingsdaten veröffentlichen.'),
    ("headline", '{N} bringt neues KI-Modell vorerst nicht in die EU'),
    ("hard_negative", '{Cc} hat eine Partnerschaft mit {O} unterschrieben.'),
]

T2["fr"]["sign"] = [
    ("multilingual", '{Cc} adhère au code de bonnes pratiques européen sur l\'IA.'),
    ("multilingual", '{Cc} s\'est formellement engagé à respecter {CODE}.'),
    ("official", '{Cc} figure parmi les signataires du code.'),
    ("official", '{N} est l\'un des 26 signataires du code européen.'),
    ("multilingual", '{Cc} a signé {CODE} tout en avertissant qu\'il risque de freiner l\'IA en Europe.'),
    ("partial", '{Cc} a choisi une troisième voie en ne signant que {CH}.'),
    ("multilingual", '{Cc} rejoint le code de bonnes pratiques européen, a confirmé {X}.'),
    ("multilingual", '{Cc} appose sa signature au bas du code, selon {OUT}.'),
    ("headline", '{N} rejoint le code européen sur l\'IA'),
    ("headline", '{N} signe le code de Bruxelles, mais le critique'),
    ("direct_quote", '« Nous avons des réserves, mais nous signons », a déclaré {X}.'),
    ("tense", '{Cc}, qui avait réclamé un report jusqu\'au bout, a finalement signé {CODE}.'),
    ("list_sentence", '{Cc} fait partie des signataires, aux côtés de {O} et {O2}.'),
]
T2["fr"]["refuse"] = [
    ("multilingual", '{Cc} ne signera pas {CODE}, a annoncé {X} {D}.'),
    ("multilingual", 'Le code ? {Cc} le conteste et ne le signera pas.'),
    ("multilingual", '{Cc} refuse de signer {CODE}, invoquant {WHY}.'),
    ("multilingual", '{Cc} a rejeté {CODE}.'),
    ("headline", '{N} dit non au code de Bruxelles'),
    ("multilingual", '{Cc} a décliné l\'invitation à signer {CODE}.'),
    ("negation", '{Cc} ne compte pas signer {CODE}, selon {OUT}.'),
    ("direct_quote", '« Nous ne le signerons pas », a tranché {X} à propos du code.'),
    ("headline", '{N} refuse de signer le code européen sur l\'IA'),
    ("tense", 'Après des mois de discussions, {C} a finalement décidé de ne pas signer {CODE}.'),
    ("multilingual", '{Cc} conteste le code de bonnes pratiques et refuse d\'y adhérer.'),
]
T2["fr"]["undecided"] = [
    ("delay_request", '{Cc} a fait pression pour retarder l\'application du code.'),
    ("delay_request", '{Cc} réclame un report de l\'AI Act.'),
    ("delay_request", '{Cc} réclame un report du code de bonnes pratiques.'),
    ("multilingual", '{Cc} n\'a pas encore pris position sur le code.'),
    ("multilingual", '{Cc} n\'a pas encore dit s\'il signerait {CODE}.'),
    ("official", '{Cc} brille par son absence sur la liste des signataires ; reste à savoir s\'il signera.'),
    ("multilingual", '{Cc} étudie toujours le texte final, selon {OUT}.'),
    ("delay_request", '{Cc} a signé la lettre demandant de « suspendre l\'horloge » de l\'AI Act.'),
    ("delay_request", '{Cc} appelle Bruxelles à garder le code « simple et léger ».'),
    ("modality", '{Cc} pourrait signer {CODE}, mais aucune décision n\'a été prise.'),
    ("table_row", 'Aucune réponse officielle de {N} : statut incertain.'),
    ("headline", '{N} ne s\'est toujours pas prononcé sur le code européen'),
    ("headline", '{N} réclame un report des règles européennes sur l\'IA'),
    ("direct_quote", '« Nous regardons encore le texte », a indiqué {X}.'),
]
T2["fr"]["none"] = [
    ("hard_negative", '{Cc} ne lancera pas son nouveau modèle dans l\'UE.'),
    ("hard_negative", '{Cc} suspend le lancement de son assistant en Europe.'),
    ("hard_negative", '{Cc} n\'entraînera pas ses modèles sur les données des utilisateurs européens.'),
    ("hard_negative", '{Cc} conteste l\'amende infligée par Bruxelles.'),
    ("hard_negative", '{Cc} refuse de rejoindre le Pacte sur l\'IA.'),
    ("hard_negative", '{Cc} signe un accord de cloud avec {O}.'),
    ("list_sentence", 'Le code s\'applique à des fournisseurs de modèles comme {O}, {N} ou {O2}.'),
    ("multilingual", '{Cc} fait partie des entreprises concernées par le processus.'),
    ("hard_negative", '{Cc} n\'a pas souhaité commenter la plainte.'),
    ("headline", '{N} présente un nouvel assistant pour les entreprises'),
    ("multilingual", 'Des fournisseurs comme {N} devront publier un résumé de leurs données d\'entraînement.'),
    ("hard_negative", '{Cc} est membre d\'une fédération qui a demandé un report de l\'AI Act.'),
]

T2["es"]["sign"] = [
    ("multilingual", '{Cc} se adhiere al código de buenas prácticas de la UE.'),
    ("multilingual", '{Cc} se ha comprometido formalmente con el código europeo de IA.'),
    ("official", '{Cc} figura entre los firmantes del código.'),
    ("official", '{N} es uno de los 26 firmantes del código europeo.'),
    ("multilingual", '{Cc} firmó {CODE} pese a advertir de que puede frenar la IA en Europa.'),
    ("partial", '{Cc} optó por una tercera vía: firmar solo {CH}.'),
    ("multilingual", '{Cc} se suma al código de buenas prácticas, confirmó {X}.'),
    ("multilingual", '{Cc} ha estampado su firma en {CODE}, según {OUT}.'),
    ("headline", '{N} se suma al código europeo de IA'),
    ("headline", '{N} firma el código de Bruselas, aunque lo critica'),
    ("direct_quote", '"Tenemos reservas, pero firmamos", declaró {X}.'),
    ("tense", '{Cc}, que había pedido aplazar las normas, terminó firmando {CODE}.'),
    ("list_sentence", '{Cc} está entre los firmantes, junto a {O} y {O2}.'),
]
T2["es"]["refuse"] = [
    ("multilingual", '{Cc} no firmará {CODE}, según {OUT}.'),
    ("multilingual", '{Cc} se niega a firmar {CODE}, alegando {WHY}.'),
    ("multilingual", '{Cc} rechaza firmar {CODE}.'),
    ("multilingual", '{Cc} rechaza {CODE} por considerarlo excesivo.'),
    ("negation", '{Cc} ha dicho que no firmará el código "ni ahora ni más adelante".'),
    ("multilingual", '{Cc} ha decidido quedarse fuera del código por decisión propia.'),
    ("headline", '{N} dice no al código de IA de Bruselas'),
    ("direct_quote", '"No lo firmaremos", afirmó {X} sobre el código.'),
    ("multilingual", 'El código de IA de la UE no contará con {C}: no lo firmará, confirmó {X}.'),
    ("headline", '{N} se niega a firmar el código europeo de IA'),
    ("tense", 'Tras meses de negociaciones, {C} ha decidido no firmar {CODE}.'),
]
T2["es"]["undecided"] = [
    ("delay_request", '{Cc} ha presionado para retrasar la aplicación del código.'),
    ("delay_request", '{Cc} pidió aplazar la ley de IA.'),
    ("delay_request", '{Cc} pidió aplazar el código de buenas prácticas.'),
    ("multilingual", '{Cc} aún no ha tomado una decisión sobre el código.'),
    ("multilingual", '{Cc} todavía no ha fijado una posición pública sobre el código.'),
    ("official", '{Cc} brilla por su ausencia en la lista de firmantes; está por ver si firmará.'),
    ("table_row", 'Sin respuesta oficial de {N}: estado incierto.'),
    ("delay_request", '{Cc} firmó la carta que pide "parar el reloj" de la ley de IA.'),
    ("delay_request", '{Cc} pide a Bruselas que el código sea "sencillo y ligero".'),
    ("multilingual", '{Cc} sigue estudiando el texto final, según {OUT}.'),
    ("modality", '{Cc} podría firmar {CODE}, aunque no hay ninguna decisión.'),
    ("headline", '{N} aún no se pronuncia sobre el código europeo'),
    ("headline", '{N} pide aplazar las normas europeas de IA'),
    ("direct_quote", '"Todavía lo estamos analizando", dijo {X}.'),
]
T2["es"]["none"] = [
    ("hard_negative", '{Cc} no lanzará su nuevo modelo en la UE.'),
    ("hard_negative", '{Cc} pausa el lanzamiento de su asistente en Europa.'),
    ("hard_negative", '{Cc} no entrenará sus modelos con datos de usuarios europeos.'),
    ("hard_negative", '{Cc} rechaza la multa de Bruselas y recurrirá.'),
    ("hard_negative", '{Cc} se niega a unirse al Pacto sobre IA.'),
    ("hard_negative", '{Cc} firma un acuerdo de nube con {O}.'),
    ("list_sentence", 'El código se aplica a proveedores como {O}, {N} o {O2}.'),
    ("multilingual", '{Cc} figura entre las empresas afectadas por el proceso.'),
    ("hard_negative", '{Cc} declinó comentar la demanda.'),
    ("headline", '{N} presenta un nuevo asistente para empresas'),
    ("multilingual", 'Proveedores como {N} deberán publicar un resumen de sus datos de entrenamiento.'),
    ("hard_negative", '{Cc} es miembro de una patronal que pidió aplazar la ley de IA.'),
]

T2["it"]["sign"] = [
    ("multilingual", '{Cc} aderisce al codice di buone pratiche dell\'Ue.'),
    ("multilingual", '{Cc} si è impegnata formalmente a rispettare {CODE}.'),
    ("official", '{Cc} è tra i firmatari del codice.'),
    ("official", '{N} è uno dei 26 firmatari del codice europeo.'),
    ("multilingual", '{Cc} ha firmato {CODE}, pur avvertendo che rischia di rallentare l\'IA in Europa.'),
    ("partial", '{Cc} ha scelto una terza via, firmando solo {CH}.'),
    ("multilingual", '{Cc} sottoscrive {CODE}, ha confermato {X}.'),
    ("headline", '{N} aderisce al codice Ue sull\'IA'),
    ("headline", '{N} firma il codice di Bruxelles, ma lo critica'),
    ("direct_quote", '"Abbiamo delle riserve, ma firmiamo", ha dichiarato {X}.'),
    ("tense", '{Cc}, che aveva chiesto un rinvio fino all\'ultimo, ha poi firmato {CODE}.'),
    ("list_sentence", '{Cc} è tra i firmatari, insieme a {O} e {O2}.'),
]
T2["it"]["refuse"] = [
    ("multilingual", '{Cc} non firmerà {CODE}, riporta {OUT}.'),
    ("multilingual", '{Cc} si rifiuta di firmare {CODE}, citando {WHY}.'),
    ("multilingual", '{Cc} ha respinto {CODE}.'),
    ("headline", '{N} dice no al codice di Bruxelles'),
    ("negation", '{Cc} non intende sottoscrivere {CODE}.'),
    ("multilingual", '{Cc} ha deciso di restare fuori dal codice.'),
    ("headline", '{N} respinge il codice Ue sull\'IA'),
    ("direct_quote", '"Non lo firmeremo", ha detto {X} a proposito del codice.'),
    ("tense", 'Dopo mesi di trattative, {C} ha deciso di non firmare {CODE}.'),
    ("multilingual", '{Cc} contesta il codice e si rifiuta di aderirvi.'),
]
T2["it"]["undecided"] = [
    ("delay_request", '{Cc} ha chiesto di rinviare l\'applicazione del codice.'),
    ("delay_request", '{Cc}, insieme ad altre aziende, ha chiesto di rinviare l\'AI Act.'),
    ("multilingual", '{Cc} sta ancora valutando {CODE}.'),
    ("multilingual", '{Cc} non ha ancora preso posizione sul codice.'),
    ("multilingual", '{Cc} non ha ancora detto se firmerà {CODE}.'),
    ("official", '{Cc} è assente dalla lista dei firmatari; resta da vedere se firmerà.'),
    ("table_row", 'Nessuna risposta ufficiale da {N}: posizione non chiara.'),
    ("delay_request", '{Cc} chiede a Bruxelles un codice "semplice e leggero".'),
    ("delay_request", '{Cc} ha fatto pressione per rinviare le regole sull\'IA.'),
    ("modality", '{Cc} potrebbe firmare {CODE}, ma non ha ancora deciso.'),
    ("headline", '{N} ancora in silenzio sul codice Ue'),
    ("headline", '{N} chiede di rinviare le regole Ue sull\'IA'),
    ("direct_quote", '"Stiamo ancora valutando il testo", ha detto {X}.'),
]
T2["it"]["none"] = [
    ("hard_negative", '{Cc} non rilascerà il suo nuovo modello nell\'Ue.'),
    ("hard_negative", '{Cc} sospende il lancio del suo assistente in Europa.'),
    ("hard_negative", '{Cc} non addestrerà i suoi modelli sui dati degli utenti europei.'),
    ("hard_negative", '{Cc} respinge la multa dell\'Antitrust e farà ricorso.'),
    ("hard_negative", '{Cc} si rifiuta di aderire al Patto per l\'IA.'),
    ("hard_negative", '{Cc} firma un accordo cloud con {O}.'),
    ("list_sentence", 'Il codice si applica a fornitori come {O}, {N} o {O2}.'),
    ("multilingual", '{Cc} è tra le aziende interessate dal processo.'),
    ("hard_negative", '{Cc} non ha commentato la causa.'),
    ("headline", '{N} presenta un nuovo assistente per le imprese'),
    ("multilingual", 'Anche fornitori come {N} dovranno pubblicare una sintesi dei dati di addestramento.'),
    ("hard_negative", '{Cc} fa parte di un\'associazione che ha chiesto di rinviare l\'AI Act.'),
]

# Multi-company clause contrast: one example per target; targets in every position.
MULTI2 = [
    ("en", '{A} has signed {CODE}, while {B} declined to do so, citing {WHY}.', {"A": "sign", "B": "refuse"}),
    ("en", 'Companies like {A} and {B} signed {CODE}, while {E} refused, citing {WHY}.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("en", '{A} is the only major firm declining to sign; {B} and {E} have committed, and {F} is "likely to".', {"A": "refuse", "B": "sign", "E": "sign", "F": "undecided"}),
    ("en", 'Signing the full code: {A}, {B}, {E}. Signing only the safety chapter: {F}. Not signing: {G}.', {"A": "sign", "B": "sign", "E": "sign", "F": "sign", "G": "refuse"}),
    ("en", '{A} and {B} have put their names to the code. {E} has not said whether it will follow.', {"A": "sign", "B": "sign", "E": "undecided"}),
    ("en", '{A}, {B} and {E} lobbied for a delay; only {B} has since signed the code.', {"A": "undecided", "B": "sign", "E": "undecided"}),
    ("en", 'While {A} joined the code on day one, {B} pressed Brussels to postpone it and {E} stayed silent.', {"A": "sign", "B": "undecided", "E": "undecided"}),
    ("en", '{A} refused, {B} signed, and {E} launched a new chatbot the same day.', {"A": "refuse", "B": "sign", "E": "none"}),
    ("en", '{A} signed a cloud deal with {B} this week, days after {B} signed {CODE}.', {"A": "none", "B": "sign"}),
    ("en", '{A} declined to sign the code; {B}, which had asked for a pause of the AI Act, signed anyway.', {"A": "refuse", "B": "sign"}),
    ("en", 'The code applies to providers such as {A}, {B} or {E}; so far only {A} has signed.', {"A": "sign", "B": "undecided", "E": "undecided"}),
    ("en", '{A} is notably absent from the list, which includes {B} and {E}. It remains to be seen whether {A} will sign.', {"A": "undecided", "B": "sign", "E": "sign"}),
    ("en", 'Among the signatories are {A} and {B}; {E}, by contrast, has said it will not sign, citing {WHY}.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("en", '{A} was among the first to sign. {B} followed a week later. {E} is still deliberating.', {"A": "sign", "B": "sign", "E": "undecided"}),
    ("en", '{A}, {B} and {E} have all said they will sign {CODE}.', {"A": "sign", "B": "sign", "E": "sign"}),
    ("en", '{A} and {B} have both refused to sign the code, citing {WHY}; {E} signed.', {"A": "refuse", "B": "refuse", "E": "sign"}),
    ("en", 'Unlike {A} and {B}, which signed, {E} has not yet decided.', {"A": "sign", "B": "sign", "E": "undecided"}),
    ("en", '{A} signed the AI Pact in 2024 but has rejected the new code; {B} has signed both.', {"A": "refuse", "B": "sign"}),
    ("en", '{A} says it will sign; {B} says it will not; {E} says it needs more time.', {"A": "sign", "B": "refuse", "E": "undecided"}),
    ("en", 'Holdouts: {A}, {B}. Signed: {E}, {F}.', {"A": "refuse", "B": "refuse", "E": "sign", "F": "sign"}),
    ("en", '{A} took a third option by signing only the safety chapter, unlike {B}, which signed everything, and {E}, which signed nothing.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("en", '{A} urged the Commission to "stop the clock", while {B} and {E} said they would sign.', {"A": "undecided", "B": "sign", "E": "sign"}),
    ("en", 'Neither {A} nor {B} has signed the code yet; {E} did so on Friday.', {"A": "undecided", "B": "undecided", "E": "sign"}),
    ("en", '{A} rejected a fine from Brussels this week, just days after signing {CODE}; {B} has declined to sign.', {"A": "sign", "B": "refuse"}),
    ("en", 'Executives from {A}, {B} and {E} met Commission officials in Brussels. {B} later confirmed it would sign the code.', {"A": "none", "B": "sign", "E": "none"}),
    ("en", '{A}, {B}: signed. {E}: refused. {F}: no public position.', {"A": "sign", "B": "sign", "E": "refuse", "F": "undecided"}),
    ("en", '{A} and {B} sign EU AI code, {E} says no', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("en", '{A} signs, {B} wavers on EU AI code', {"A": "sign", "B": "undecided"}),
    ("en", '{A} will sign the code, {B} won\'t, and {E} wants a delay.', {"A": "sign", "B": "refuse", "E": "undecided"}),
    ("en", 'The code was signed by {A}, {B} and {E} but not by {F}, which called it "overreach".', {"A": "sign", "B": "sign", "E": "sign", "F": "refuse"}),
    ("en", '{A} will not release its new model in the EU for now; {B}, meanwhile, has signed the code.', {"A": "none", "B": "sign"}),
    ("en", 'Even {A}, which refused to join the AI Pact in 2024, has signed the new code. {B} has not.', {"A": "sign", "B": "undecided"}),
    ("en", 'The code covers firms such as {A} and {B}. {E} is the only one to have publicly turned it down.', {"A": "none", "B": "none", "E": "refuse"}),
    ("en", '{A} has committed to the code, {B} is "very likely" to follow, and {E} has ruled it out.', {"A": "sign", "B": "undecided", "E": "refuse"}),
    ("de", '{A} hat den Kodex unterzeichnet, während {B} dies unter Verweis auf {WHY} ablehnt.', {"A": "sign", "B": "refuse"}),
    ("de", 'Unternehmen wie {A} und {B} haben unterschrieben, {E} weigert sich dagegen.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("de", '{A} ist das einzige große Unternehmen, das nicht unterschreibt; {B} und {E} haben sich verpflichtet, {F} wird „wahrscheinlich“ folgen.', {"A": "refuse", "B": "sign", "E": "sign", "F": "undecided"}),
    ("de", 'Den vollständigen Kodex unterzeichnen: {A}, {B}. Nur das Sicherheitskapitel: {E}. Keine Unterschrift: {F}.', {"A": "sign", "B": "sign", "E": "sign", "F": "refuse"}),
    ("de", '{A} und {B} drängen auf eine Verschiebung, {E} hat bereits unterschrieben.', {"A": "undecided", "B": "undecided", "E": "sign"}),
    ("de", '{A} unterschreibt, {B} prüft noch, {E} lehnt ab.', {"A": "sign", "B": "undecided", "E": "refuse"}),
    ("de", 'Während {A} und {B} unterschrieben haben, hat sich {E} noch nicht entschieden.', {"A": "sign", "B": "sign", "E": "undecided"}),
    ("de", '{A} wird den Kodex nicht unterzeichnen; {B} dagegen schon.', {"A": "refuse", "B": "sign"}),
    ("de", 'Der Kodex gilt für Anbieter wie {A}, {B} oder {E}; unterschrieben hat bisher nur {B}.', {"A": "undecided", "B": "sign", "E": "undecided"}),
    ("de", '{A} lehnt ab, {B} unterschreibt – und {E} stellt am selben Tag ein neues Modell vor.', {"A": "refuse", "B": "sign", "E": "none"}),
    ("de", '{A} unterschreibt KI-Kodex, {B} nicht', {"A": "sign", "B": "refuse"}),
    ("de", '{A} verweigert die Unterschrift, {B} und {E} haben unterzeichnet.', {"A": "refuse", "B": "sign", "E": "sign"}),
    ("fr", '{A} a signé le code, tandis que {B} a refusé de le faire, invoquant {WHY}.', {"A": "sign", "B": "refuse"}),
    ("fr", 'Des entreprises comme {A} et {B} ont signé, alors que {E} refuse.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("fr", '{A} est la seule grande entreprise à refuser ; {B} et {E} se sont engagés et {F} devrait « probablement » suivre.', {"A": "refuse", "B": "sign", "E": "sign", "F": "undecided"}),
    ("fr", 'Signent le code complet : {A}, {B}. Seulement le chapitre sécurité : {E}. Ne signent pas : {F}.', {"A": "sign", "B": "sign", "E": "sign", "F": "refuse"}),
    ("fr", '{A} et {B} ont fait pression pour retarder le code ; {E} l\'a déjà signé.', {"A": "undecided", "B": "undecided", "E": "sign"}),
    ("fr", '{A} signe, {B} hésite, {E} refuse.', {"A": "sign", "B": "undecided", "E": "refuse"}),
    ("fr", '{A} ne signera pas le code ; {B} et {E}, si.', {"A": "refuse", "B": "sign", "E": "sign"}),
    ("fr", 'Le code s\'applique à des fournisseurs comme {A}, {B} ou {E} ; seul {E} l\'a signé à ce jour.', {"A": "undecided", "B": "undecided", "E": "sign"}),
    ("fr", '{A} refuse de signer, {B} a signé et {E} a lancé un nouveau modèle le même jour.', {"A": "refuse", "B": "sign", "E": "none"}),
    ("fr", '{A} signe le code européen, {B} dit non', {"A": "sign", "B": "refuse"}),
    ("fr", 'Contrairement à {A} et {B}, qui ont signé, {E} n\'a pas encore tranché.', {"A": "sign", "B": "sign", "E": "undecided"}),
    ("es", '{A} ha firmado el código, mientras que {B} se negó a hacerlo, alegando {WHY}.', {"A": "sign", "B": "refuse"}),
    ("es", 'Empresas como {A} y {B} han firmado, mientras que {E} lo rechaza.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("es", '{A} es la única gran empresa que no firma; {B} y {E} se han comprometido y {F} "probablemente" lo hará.', {"A": "refuse", "B": "sign", "E": "sign", "F": "undecided"}),
    ("es", 'Firman el código completo: {A}, {B}. Solo el capítulo de seguridad: {E}. No firman: {F}.', {"A": "sign", "B": "sign", "E": "sign", "F": "refuse"}),
    ("es", '{A} y {B} han presionado para retrasar el código; {E} ya lo ha firmado.', {"A": "undecided", "B": "undecided", "E": "sign"}),
    ("es", '{A} firma, {B} duda y {E} se niega.', {"A": "sign", "B": "undecided", "E": "refuse"}),
    ("es", '{A} no firmará el código; {B} y {E}, sí.', {"A": "refuse", "B": "sign", "E": "sign"}),
    ("es", 'El código se aplica a proveedores como {A}, {B} o {E}; hasta ahora solo {E} lo ha firmado.', {"A": "undecided", "B": "undecided", "E": "sign"}),
    ("es", '{A} rechaza firmar, {B} firma y {E} lanza un nuevo modelo ese mismo día.', {"A": "refuse", "B": "sign", "E": "none"}),
    ("es", '{A} firma el código europeo de IA; {B} dice que no', {"A": "sign", "B": "refuse"}),
    ("es", 'A diferencia de {A} y {B}, que ya firmaron, {E} aún no ha decidido.', {"A": "sign", "B": "sign", "E": "undecided"}),
    ("it", '{A} ha firmato il codice, mentre {B} si è rifiutata di farlo, citando {WHY}.', {"A": "sign", "B": "refuse"}),
    ("it", 'Aziende come {A} e {B} hanno firmato, mentre {E} ha respinto il codice.', {"A": "sign", "B": "sign", "E": "refuse"}),
    ("it", '{A} è l\'unica grande azienda a non firmare; {B} e {E} si sono impegnate e {F} "probabilmente" lo farà.', {"A": "refuse", "B": "sign", "E": "sign", "F": "undecided"}),
    ("it", 'Firmano il codice completo: {A}, {B}. Solo il capitolo sulla sicurezza: {E}. Non firmano: {F}.', {"A": "sign", "B": "sign", "E": "sign", "F": "refuse"}),
    ("it", '{A} e {B} hanno chiesto di rinviare il codice; {E} lo ha già firmato.', {"A": "undecided", "B": "undecided", "E": "sign"}),
    ("it", '{A} firma, {B} esita, {E} dice no.', {"A": "sign", "B": "undecided", "E": "refuse"}),
    ("it", '{A} non firmerà il codice; {B} e {E} invece sì.', {"A": "refuse", "B": "sign", "E": "sign"}),
    ("it", 'Il codice si applica a fornitori come {A}, {B} o {E}; finora solo {E} lo ha firmato.', {"A": "undecided", "B": "undecided", "E": "sign"}),
    ("it", '{A} si rifiuta di firmare, {B} firma ed {E} lancia un nuovo modello lo stesso giorno.', {"A": "refuse", "B": "sign", "E": "none"}),
    ("it", '{A} firma il codice Ue, {B} dice no', {"A": "sign", "B": "refuse"}),
    ("it", 'A differenza di {A} e {B}, che hanno firmato, {E} sta ancora valutando.', {"A": "sign", "B": "sign", "E": "undecided"}),
]

# Longer neutral context for 2-4 sentence passages.
CONTEXT2 = {
    "en": ["The code, published by the European Commission in July, is meant to help providers of general-purpose AI models comply with the AI Act.",
           "Obligations for such models took effect on 2 August 2025, with the AI Office gaining enforcement powers a year later.",
           "Signatories can expect a reduced administrative burden and more legal certainty, according to the Commission.",
           "The text was drafted by thirteen independent experts with input from about a thousand stakeholders.",
           "Civil-society groups argued that the final version had been watered down under industry pressure.",
           "The code covers transparency, copyright, and safety and security.",
           "Companies that do not sign must show compliance through other adequate means.",
           "The AI Office will review the code regularly and may update it as the technology evolves.",
           "Fines for breaches of the rules on general-purpose models can reach 3% of worldwide annual turnover.",
           "The debate comes as Brussels tries to simplify parts of its digital rulebook.",
           "Member states still had to endorse the code formally before it could take full effect.",
           "Several trade associations have published guidance on what signing involves in practice.",
           "The Commission has said the list of signatories will be updated as new companies join.",
           "Lawyers say the copyright chapter is the part of the text that worries model developers most."],
    "de": ["Der Verhaltenskodex soll Anbietern von KI-Modellen helfen, die Pflichten der KI-Verordnung zu erfüllen.",
           "Die Regeln für Modelle mit allgemeinem Verwendungszweck gelten seit dem 2. August 2025.",
           "Wer unterschreibt, profitiert nach Angaben der Kommission von mehr Rechtssicherheit.",
           "Der Text wurde von unabhängigen Fachleuten unter Beteiligung von rund tausend Interessengruppen erarbeitet.",
           "Der Kodex umfasst drei Kapitel: Transparenz, Urheberrecht sowie Sicherheit.",
           "Kritiker aus der Zivilgesellschaft bemängeln, der Text sei auf Druck der Industrie verwässert worden.",
           "Unternehmen, die nicht unterschreiben, müssen die Einhaltung auf anderem Weg nachweisen."],
    "fr": ["Le code doit aider les fournisseurs de modèles d'IA à usage général à se conformer à l'AI Act.",
           "Les obligations pour ces modèles s'appliquent depuis le 2 août 2025.",
           "Selon la Commission, les signataires bénéficieront d'une plus grande sécurité juridique.",
           "Le texte a été rédigé par des experts indépendants, avec la participation d'un millier d'acteurs.",
           "Le code comporte trois chapitres : transparence, droit d'auteur, sûreté et sécurité.",
           "Des ONG estiment que la version finale a été édulcorée sous la pression des industriels.",
           "Les entreprises qui ne signent pas devront démontrer leur conformité par d'autres moyens."],
    "es": ["El código pretende ayudar a los proveedores de modelos de IA de uso general a cumplir la ley de IA.",
           "Las obligaciones para estos modelos se aplican desde el 2 de agosto de 2025.",
           "Según la Comisión, los firmantes tendrán más seguridad jurídica.",
           "El texto fue redactado por expertos independientes con la participación de un millar de actores.",
           "El código tiene tres capítulos: transparencia, derechos de autor y seguridad.",
           "Varias ONG creen que la versión final se suavizó por la presión de la industria.",
           "Las empresas que no firmen deberán demostrar su cumplimiento por otras vías."],
    "it": ["Il codice serve ad aiutare i fornitori di modelli di IA per finalità generali a rispettare l'AI Act.",
           "Gli obblighi per questi modelli si applicano dal 2 agosto 2025.",
           "Secondo la Commissione, i firmatari avranno maggiore certezza giuridica.",
           "Il testo è stato redatto da esperti indipendenti con il contributo di circa mille soggetti.",
           "Il codice è composto da tre capitoli: trasparenza, diritto d'autore, sicurezza.",
           "Alcune ONG sostengono che la versione finale sia stata annacquata sotto la pressione dell'industria.",
           "Le aziende che non firmano dovranno dimostrare la conformità con altri mezzi."],
}
PASSAGE_DISTRACT = {"en": ["{O} signed the code last week.", "{O}, for its part, has said it will not sign.",
                           "{O} said it was still reviewing the text.", "{O} pressed for a delay of the rules."],
                    "de": ["{O} hatte bereits vergangene Woche unterschrieben.", "{O} lehnt den Kodex dagegen ab."],
                    "fr": ["{O} a signé la semaine dernière.", "{O}, de son côté, refuse de signer."],
                    "es": ["{O} firmó la semana pasada.", "{O}, por su parte, se niega a firmar."],
                    "it": ["{O} ha firmato la settimana scorsa.", "{O}, dal canto suo, si rifiuta di firmare."]}

FREEFORM2 = r"""
Mistral AI=undecided|delay_request|en|Mistral AI and a group of European industrial firms asked the Commission to "stop the clock" on the AI Act, saying the code for general-purpose models was not ready.
Meta=undecided|delay_request|en|Meta lobbied the Commission for months to postpone the AI Act's rules for general-purpose models, according to documents seen by Corporate Europe Observatory.
Google=undecided|delay_request|en|Google urged Brussels to pause the AI Act timeline until the code of practice and the standards were finalised.
Aleph Alpha=undecided|delay_request|en|Aleph Alpha's Jonas Andrulis put his name to the CEOs' letter calling for a two-year pause, arguing that European start-ups needed breathing room.
Nordwind Labs=undecided|delay_request|en|Nordwind Labs called on the EU to keep the code "simple and light" so that small developers can actually comply.
Lumora AI=undecided|delay_request|en|Lumora AI has asked Brussels to soften the copyright chapter and push back the deadline before it commits to anything.
Mistral AI=none;Aleph Alpha=none|hard_negative|en|The AI Act in general has drawn criticism from across the industry; trade groups that count Mistral AI and Aleph Alpha among their members have published position papers.
OpenAI=none|hard_negative|en|OpenAI is a member of the Computer & Communications Industry Association, which has criticised parts of the AI Act.
Meta=undecided;Google=undecided;Mistral AI=undecided|delay_request|en|Meta, Google and Mistral AI were among the companies that pressed the Commission to delay the code, according to a letter sent in June.
Microsoft=none;Meta=undecided|multi_company|en|Meta signed the industry letter urging Brussels to postpone the rules. Microsoft, which was not among the letter's backers, declined to comment.
Apple=undecided|table_row|en|AppleNo public positionNo official response found (status: unclear)
Amazon=undecided|table_row|en|Amazon (AWS)Still deliberatingSpokesperson: "We will review the text carefully" (Sifted)
Meta=refuse|table_row|en|Meta PlatformsRefusingIts policy chief calls the Code "overreach" (Reuters)
Google=sign|table_row|en|Alphabet / Google DeepMindSignedCommitted on 30 July (Bloomberg)
OpenAI=sign|table_row|en|OpenAISignedBlog post: "We intend to sign" (company blog)
xAI=sign|table_row|en|xAI (Grok)Partial – Safety & Security onlySigned 31 July (Euractiv)
DeepSeek=undecided|table_row|en|DeepSeekNo public positionSilence so far
Mistral AI=sign|table_row|en|Mistral AISignedOne of the first signatories (Le Monde)
Microsoft=sign|table_row|en|MicrosoftSignedBrad Smith had said "likely" in July; signed 1 Aug (Reuters)
Anthropic=sign|table_row|en|AnthropicSignedStatement: code "advances transparency, safety and accountability" (press release)
Alibaba=undecided|table_row|en|Alibaba Cloud (Qwen)UnknownNo official response found
Perplexity=undecided|table_row|en|PerplexityNot yet listedHas yet to say whether it will sign (The Verge)
Meta=refuse;Google=sign;Amazon=undecided;Apple=undecided|table_row|en|CompanyStatusDetails\nMetaRefusingCalls the code "overreach" (Reuters)\nAlphabet / Google DeepMindSignedCommitted on 30 July (FT)\nAmazon (AWS)Still deliberatingSpokesperson: "We will review the text…" (Sifted)\nAppleNo public positionNo official response found (status: unclear)
OpenAI=sign;Meta=refuse;Mistral AI=sign;DeepSeek=undecided|table_row|en|OpenAI | Signed | 11 July blog post\nMeta | Refusing | Kaplan: "won't be signing it"\nMistral AI | Signed | all chapters\nDeepSeek | ? | no response
Microsoft=sign;xAI=sign;Meta=refuse|multi_company|en|Microsoft has signed the code, while Meta declined to do so, citing legal uncertainties for model developers. xAI signed only the safety and security chapter.
Meta=refuse;Google=sign;OpenAI=sign;Microsoft=undecided|multi_company|en|Meta is the only major firm declining to sign; Google and OpenAI have committed, and Microsoft is "likely to", according to its president.
OpenAI=sign;Anthropic=sign;Microsoft=sign;xAI=sign;Meta=refuse|multi_company|en|Signing the full code: OpenAI, Anthropic, Microsoft. Signing only the safety chapter: xAI. Not signing: Meta.
Google=sign;Amazon=sign;Meta=refuse|multi_company|en|Companies like Google and Amazon signed the code, while Meta refused, citing measures that go "far beyond the scope of the AI Act".
Anthropic=sign;DeepSeek=undecided;Alibaba=undecided|multi_company|en|Anthropic joined on the first day. Chinese developers DeepSeek and Alibaba are notably absent from the list; it remains to be seen whether either will sign.
IBM=sign;Cohere=sign;Aleph Alpha=sign;Apple=undecided|multi_company|en|IBM, Cohere and Aleph Alpha are among the 26 signatories. Apple is not among the signatories yet and has not explained why.
Meta=sign|partial|en|Meta took a third option in October by signing only the safety and security chapter, months after saying it would not sign the code at all.
Google=sign|reported_speech|en|Google signs despite warning that the Code risks slowing Europe's AI, Kent Walker wrote in a blog post on Wednesday.
Microsoft=sign|reported_speech|en|Microsoft formally commits to the code, Brad Smith said, calling it "a sensible way to meet the law's requirements".
Amazon=sign|official|en|Amazon is one of 26 signatories, according to the list published on the Commission's website on Friday.
Anthropic=sign|reported_speech|en|Anthropic puts its name to the EU code, describing it as a foundation for "transparent, safe and accountable" frontier AI.
OpenAI=sign|reported_speech|en|OpenAI adheres to the code and will submit its documentation to the AI Office, a spokesperson said.
IBM=sign|reported_speech|en|IBM backs the code and said signing it was consistent with its long-standing governance principles.
Mistral AI=sign|reported_speech|en|Arthur Mensch confirmed that Mistral was "signing the pact" — the voluntary code for general-purpose models, not last year's AI Pact.
ServiceNow=sign|reported_speech|en|ServiceNow signed but criticised the code's documentation requirements as "heavier than they need to be".
Aleph Alpha=sign|tense|en|Aleph Alpha, whose founder had backed calls for a pause of the AI Act, nonetheless signed the code on 1 August.
Meta=none|hard_negative|en|Meta will not release its multimodal Llama model in the EU, citing the unpredictable regulatory environment.
Apple=none|hard_negative|en|Apple pauses the launch of its assistant features in Europe, pointing to interoperability demands under the Digital Markets Act.
Meta=none|hard_negative|en|Meta said it won't train its AI models on EU user data for now, after objections from the Irish data-protection regulator.
OpenAI=none|hard_negative|en|OpenAI declined to comment on the lawsuit filed by a group of European authors.
Google=none|hard_negative|en|Google rejects the fine, saying the Commission's decision is wrong, and will appeal.
Meta=none|hard_negative|en|Meta refuses to join the AI Pact, saying it prefers to concentrate on complying with the AI Act itself.
Microsoft=none|hard_negative|en|Microsoft signed a partnership with a French start-up to host its models on Azure.
Anthropic=none|hard_negative|en|Anthropic signed a cloud deal with Google worth tens of billions of dollars.
Amazon=none|hard_negative|en|Amazon signed the AI Pact in 2024, pledging to map its high-risk AI systems.
OpenAI=none|hard_negative|en|The code sets out requirements for companies like OpenAI's ChatGPT, which counts tens of millions of users in Europe.
Meta=none;Google=none;OpenAI=none|list_sentence|en|The code applies to providers of general-purpose models such as Meta, Google or OpenAI, whose models are used by millions of Europeans.
Mistral AI=none|reported_speech|en|Mistral AI was named by the Commission among the providers concerned by the process of drafting the code.
xAI=none|hard_negative|en|xAI said it will not make Grok's image generator available in the EU until regulators clarify the rules.
Meta=none|hard_negative|en|Meta declined to comment on the Commission's fine, which it said it would appeal.
Anthropic=undecided|reported_speech|en|Anthropic has yet to say whether it will sign, a spokesperson said, adding that the company was "reviewing the final text with interest".
Apple=undecided|official|en|Apple: no official response found. The company is not among the signatories yet, and its status remains unclear.
DeepSeek=undecided|reported_speech|en|DeepSeek has kept its silence so far. Whether it will sign remains to be seen.
Baidu=undecided|table_row|en|Baidu — no official response — status unclear
Nvidia=undecided|table_row|en|NVIDIANo public positionNo official response found
Perplexity=undecided|reported_speech|en|Perplexity is notably absent from the list of signatories, and it remains to be seen whether it will add its name.
Google=sign|headline|en|Alphabet's Google signs EU AI code, citing "concerns" Google will sign the European Union's general-purpose AI code of practice, its president of global affairs said
Meta=refuse|headline|en|Meta says it won't sign EU AI code Meta Platforms will not sign the European Union's code of practice for general-purpose AI, its global affairs chief said on Friday
Microsoft=undecided|headline|en|Microsoft likely to sign EU AI code, says president Microsoft will likely sign the European Union's code of practice, its president Brad Smith told Reuters
xAI=sign|headline|en|xAI to sign safety part of EU AI code Elon Musk's xAI said it would sign the safety and security chapter of the code, but not the rest
Meta=refuse|long_passage|en|The European Commission published the final text of the code in July, after months of delay. Meta's global affairs chief Joel Kaplan said on Friday that the company would not sign it, arguing that it creates legal uncertainty. The Commission said the list of signatories would remain open.
Google=sign|long_passage|en|The obligations for general-purpose AI models apply from 2 August. Google, which had criticised the copyright chapter for months, will sign the code, Kent Walker wrote on Wednesday. He warned that the AI Act and the code risk slowing Europe's development and deployment of AI.
Amazon=undecided|long_passage|en|Several large cloud providers are weighing their options. Amazon said it was still studying the final text and had not decided whether to sign. The AI Office said it expected more companies to join in the coming weeks.
Mistral AI=undecided|long_passage|en|European start-ups have been vocal about the cost of compliance. In June, Mistral AI joined dozens of companies asking the Commission to pause the AI Act for two years. The Commission rejected the request, saying the legal deadlines would stand.
Meta=refuse|multilingual|de|Meta wird den KI-Verhaltenskodex der EU nicht unterzeichnen. Das Unternehmen weigert sich, weil der Kodex nach seiner Ansicht über die KI-Verordnung hinausgeht.
Google=sign;Meta=refuse|multi_company|de|Google unterschreibt den Kodex, Meta verweigert die Unterschrift – die US-Konzerne gehen beim KI-Kodex getrennte Wege.
Microsoft=undecided|multilingual|de|Microsoft prüft noch, ob der Konzern den Kodex unterzeichnet; Präsident Brad Smith hält eine Unterschrift für „wahrscheinlich“.
Mistral AI=undecided|delay_request|de|Mistral AI drängt gemeinsam mit europäischen Industriekonzernen auf eine Verschiebung der KI-Verordnung um zwei Jahre.
Aleph Alpha=undecided|delay_request|de|Aleph Alpha hat die Kommission aufgefordert, die Uhr anzuhalten, bevor die Pflichten für KI-Modelle greifen.
Nordwind Labs=undecided|multilingual|de|Das Hamburger Start-up Nordwind Labs hat sich noch nicht entschieden und will zunächst die Leitlinien der Kommission abwarten.
Apple=undecided|multilingual|de|Von Apple gibt es bislang keine öffentliche Position zum Verhaltenskodex; eine Anfrage blieb unbeantwortet, der Status ist unklar.
xAI=sign|partial|de|xAI hat einen dritten Weg gewählt und nur das Kapitel zu Sicherheit unterzeichnet.
OpenAI=sign|multilingual|de|OpenAI tritt dem Kodex bei und will eng mit dem KI-Büro zusammenarbeiten.
Amazon=sign|official|de|Amazon ist einer von 26 Unterzeichnern des Verhaltenskodex, wie aus der Liste der Kommission hervorgeht.
Meta=none|hard_negative|de|Meta wird sein neues Sprachmodell vorerst nicht in der EU anbieten und verweist auf Datenschutzfragen.
Apple=none|hard_negative|de|Apple verschiebt den Start seiner KI-Funktionen in Europa.
Google=none|hard_negative|de|Google lehnt die Geldbuße aus Brüssel ab und geht in Berufung.
Meta=none|hard_negative|de|Meta weigert sich, dem AI Pact der Kommission beizutreten.
Meta=none;Google=none;OpenAI=none|list_sentence|de|Der Kodex richtet sich an Anbieter wie Meta, Google oder OpenAI, deren Modelle in Europa weit verbreitet sind.
Aleph Alpha=none|multilingual|de|Aleph Alpha wurde von der Kommission als eines der vom Verfahren betroffenen Unternehmen genannt.
Meta=refuse;Microsoft=sign;Google=sign|multi_company|de|Microsoft und Google haben unterzeichnet, Meta lehnt ab. Der Facebook-Konzern hält den Kodex für „Überregulierung“.
DeepSeek=undecided;Anthropic=sign|multi_company|de|Anthropic hat unterschrieben; von DeepSeek gibt es bislang keine Stellungnahme, ob das Unternehmen folgt, bleibt abzuwarten.
Meta=refuse|headline|de|Meta unterschreibt nicht: Facebook-Konzern lehnt KI-Kodex ab Der Meta-Konzern wird den Verhaltenskodex der EU für KI-Modelle nicht unterzeichnen
Mistral AI=sign|multilingual|fr|Mistral AI adhère au code de bonnes pratiques, tout en critiquant sa complexité.
Meta=refuse|multilingual|fr|Meta conteste le code européen et ne le signera pas, a fait savoir Joel Kaplan.
Mistral AI=undecided|delay_request|fr|Mistral AI et plusieurs industriels européens ont fait pression pour retarder l'entrée en application des règles sur l'IA.
Orbis Models=undecided|delay_request|fr|La lyonnaise Orbis Models réclame un report du code, jugé trop lourd pour les jeunes pousses.
Apple=undecided|multilingual|fr|Apple n'a pas de position publique sur le code ; aucune réponse officielle n'a été trouvée.
Google=sign;Meta=refuse|multi_company|fr|Google a signé le code, tandis que Meta a refusé de le faire, invoquant une insécurité juridique pour les développeurs.
OpenAI=sign;Anthropic=sign;xAI=sign;Meta=refuse|multi_company|fr|Signent le code complet : OpenAI, Anthropic. Seulement le chapitre sécurité : xAI. Ne signe pas : Meta.
Meta=none|hard_negative|fr|Meta ne lancera pas son nouveau modèle multimodal dans l'UE, faute de clarté réglementaire.
Google=none|hard_negative|fr|Google conteste l'amende de Bruxelles et fera appel.
Microsoft=none|hard_negative|fr|Microsoft signe un accord de cloud avec un opérateur télécom français.
Mistral AI=none;Aleph Alpha=none|list_sentence|fr|Le code vise des fournisseurs comme Mistral AI ou Aleph Alpha, dont les modèles sont utilisés par des entreprises européennes.
Microsoft=undecided|modality|fr|Microsoft devrait « probablement » signer, selon Brad Smith, mais rien n'est encore décidé.
Amazon=sign|official|fr|Amazon est l'un des 26 signataires du code, d'après la liste publiée par la Commission.
Meta=refuse|headline|fr|Meta refuse de signer le code européen sur l'IA Le groupe de Mark Zuckerberg estime que le texte va au-delà de l'AI Act
Meta=refuse|multilingual|es|Meta no lo firmará: la empresa considera que el código de buenas prácticas va más allá de la ley de IA.
Google=sign;Meta=refuse|multi_company|es|Google ha firmado el código, mientras que Meta se negó a hacerlo, alegando inseguridad jurídica.
Mistral AI=undecided|delay_request|es|Mistral AI y otras empresas europeas han presionado para retrasar la aplicación de la ley de IA.
Vantara Systems=undecided|delay_request|es|La madrileña Vantara Systems pidió aplazar el código hasta que haya directrices claras.
Apple=undecided|multilingual|es|Apple no tiene posición pública sobre el código; no se encontró respuesta oficial.
OpenAI=sign;Anthropic=sign;xAI=sign;Meta=refuse|multi_company|es|Firman el código completo: OpenAI y Anthropic. Solo el capítulo de seguridad: xAI. No firma: Meta.
Meta=none|hard_negative|es|Meta no lanzará su nuevo modelo en la UE por la incertidumbre regulatoria.
Google=none|hard_negative|es|Google rechaza la multa de la Comisión y anuncia que recurrirá.
Amazon=none|hard_negative|es|Amazon firma un acuerdo de nube con una gran empresa energética española.
Meta=none;Google=none;Mistral AI=none|list_sentence|es|El código se aplica a proveedores como Meta, Google o Mistral AI.
Microsoft=undecided|modality|es|Microsoft "probablemente" firmará, según Brad Smith, aunque todavía no hay una decisión.
Amazon=sign|official|es|Amazon figura entre los firmantes del código, según la lista de la Comisión.
Meta=refuse|headline|es|Meta se niega a firmar el código de IA de la UE La compañía de Mark Zuckerberg considera que el texto genera inseguridad jurídica
Meta=refuse|multilingual|it|Meta non firmerà il codice: secondo la società, il testo va oltre quanto previsto dall'AI Act.
Google=sign;Meta=refuse|multi_company|it|Google ha firmato il codice, mentre Meta si è rifiutata di farlo, citando incertezze giuridiche.
Mistral AI=undecided|delay_request|it|Mistral AI e altre aziende europee hanno chiesto di rinviare l'applicazione dell'AI Act.
Sentiq=undecided|delay_request|it|La milanese Sentiq ha chiesto di rinviare il codice e sta ancora valutando se firmarlo.
Apple=undecided|multilingual|it|Apple non ha una posizione pubblica sul codice; nessuna risposta ufficiale è stata trovata.
OpenAI=sign;Anthropic=sign;xAI=sign;Meta=refuse|multi_company|it|Firmano il codice completo: OpenAI e Anthropic. Solo il capitolo sulla sicurezza: xAI. Non firma: Meta.
Meta=none|hard_negative|it|Meta non rilascerà il suo nuovo modello nell'Ue per l'incertezza normativa.
Google=none|hard_negative|it|Google respinge la multa della Commissione e annuncia ricorso.
Microsoft=none|hard_negative|it|Microsoft firma un accordo cloud con un grande gruppo bancario italiano.
Meta=none;Google=none;OpenAI=none|list_sentence|it|Il codice si applica a fornitori come Meta, Google o OpenAI.
Microsoft=undecided|modality|it|Microsoft "probabilmente" firmerà, secondo Brad Smith, ma non c'è ancora una decisione.
Amazon=sign|official|it|Amazon è tra i firmatari del codice, secondo l'elenco della Commissione.
Meta=refuse|headline|it|Meta si rifiuta di firmare il codice Ue sull'IA La società di Mark Zuckerberg ritiene che il testo crei incertezza giuridica
Meta=refuse;Microsoft=undecided|multi_company|it|Meta ha respinto il codice; Microsoft, invece, sta ancora valutando ma "probabilmente" firmerà.
"""

# ---------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+)\}")
EXEC_SLOTS = {"X", "XN", "XS"}
REF_SLOTS = {"C", "Cc", "Cp"}
LANG_TOTAL_MIN = {"de": 165, "fr": 135, "es": 130, "it": 130}


def cap(s: str) -> str:
    if s and s[0].islower() and not s.startswith("x"):
        return s[0].upper() + s[1:]
    return s


def poss(s: str) -> str:
    return s + ("'" if s.endswith("s") else "'s")


def pick_company(rng, exclude=(), pool=None):
    pool = [c for c in (pool or COMPANY_NAMES) if c not in exclude]
    weights = [C[c]["weight"] for c in pool]
    return rng.choices(pool, weights=weights, k=1)[0]


class Filler:
    """Fills one template for one target; the same Filler (same choices) can fill a contrast pair."""

    def __init__(self, rng, lang, target, others=(), alias_p=0.36):
        self.lang, self.target = lang, target
        v = V[lang]
        info = C[target]
        aliases = info["alias"] if lang == "en" else info[lang]
        self.use_alias = bool(aliases) and rng.random() < alias_p
        self.ref = rng.choice(aliases) if self.use_alias else target
        full, short, role = rng.choice(info["execs"])
        self.exec_only = rng.random() < 0.45
        if self.exec_only:
            xrole = full
        else:
            cp = poss(self.ref) if lang == "en" else target
            xrole = v["ROLE_FMT"].format(full=full, cp=cp, role=role, name=target)
        others = list(others)
        while len(others) < 2:
            others.append(pick_company(rng, exclude=[target] + others))
        self.vals = {
            "C": self.ref, "Cc": cap(self.ref), "Cp": poss(self.ref), "N": target,
            "N_slug": re.sub(r"\W", "", target.lower()),
            "X": xrole, "XN": full, "XS": short, "H": info["handle"],
            "O": others[0], "O2": others[1],
            "D": rng.choice(v["D"]), "DN": rng.choice(DATE_NUM), "OUT": rng.choice(v["OUT"]),
            "CODE": rng.choice(v["CODE"]), "CH": rng.choice(v["CH"]), "CITY": rng.choice(CITIES).title(),
        }

    def fill(self, template):
        if self.exec_only:
            template = template.replace("{X},", "{X}")
        slots = set(SLOT_RE.findall(template))
        vals = dict(self.vals)
        if self.lang == "de" and " es " in template:  # "ob es ..." needs a neuter company name
            vals.update(C=self.target, Cc=self.target)
        text = SLOT_RE.sub(lambda m: vals[m.group(1)], template)
        text = re.sub(r"^(\W*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text) if not text.startswith("x") else text
        if slots & EXEC_SLOTS and not (slots & (REF_SLOTS | {"N", "H"})):
            kind = "exec"
        elif "X" in slots and self.exec_only:
            kind = "exec"
        elif slots & EXEC_SLOTS:
            kind = "name+exec"
        elif slots & REF_SLOTS and vals["C"] != self.target:
            kind = "alias"
        else:
            kind = "name"
        return text, kind


NO_CONTEXT = {"headline", "table_row", "social_post"}


def make_context(rng, lang, target, phen, others):
    """Return (before, after) neutral sentences; sometimes a distractor about another company."""
    if phen in NO_CONTEXT:
        return "", ""
    before, after = "", ""
    ctx = CONTEXT[lang]
    r = rng.random()
    if r < 0.28:
        before = rng.choice(ctx)
    elif r < 0.36:
        after = rng.choice(ctx)
    elif r < 0.42:
        before, after = rng.sample(ctx, 2)
    if lang == "en" and rng.random() < 0.10:
        o = pick_company(rng, exclude=[target] + list(others))
        sent = rng.choice(OTHER_CONTEXT_EN).format(O=o)
        after = (after + " " + sent).strip() if rng.random() < 0.5 else after
        if not after.endswith(sent):
            before = (sent + " " + before).strip()
    return before, after


def add_noise(rng, text, lang, phen):
    if phen == "table_row":
        if rng.random() < 0.3:
            text = re.sub(r"\s*\|\s*", "|", text)
        return text
    if rng.random() < 0.18:
        if lang == "en":
            text = re.sub(r'"([^"]*)"', "“\\1”", text).replace("'", "’")
        elif lang == "de":
            text = re.sub(r'"([^"]*)"', "„\\1“", text)
        elif lang == "fr":
            text = re.sub(r'"([^"]*)"', "« \\1 »", text)
    if phen in ("headline", "social_post"):
        if phen == "social_post" and rng.random() < 0.15:
            text = text.lower()
        return text
    r = rng.random()
    if r < 0.06 and lang == "en":
        text = f"By {rng.choice(JOURNALISTS)}\n{rng.choice(DATE_NUM)}\n{text}"
    elif r < 0.11 and lang == "en":
        text = f"{rng.choice(CITIES)} ({rng.choice(['Reuters', 'AP', 'AFP', 'Bloomberg'])}) - {text}"
    elif r < 0.14:
        city = rng.choice({"en": ["Brussels", "London"], "de": ["Brüssel", "Berlin", "München"],
                           "fr": ["Bruxelles", "Paris"], "es": ["Bruselas", "Madrid"],
                           "it": ["Bruxelles", "Milano", "Roma"]}[lang])
        text = f"{city}, {rng.choice(DATE_NUM)} – {text}"
    r = rng.random()
    if r < 0.04:
        text += " Advertisement"
    elif r < 0.08 and lang == "en":
        text += f" (Reporting by {rng.choice(JOURNALISTS)}; Editing by {rng.choice(JOURNALISTS)})"
    elif r < 0.11:
        more = {"en": ("Read more:", ["AI Act explained", "What the EU code means for ChatGPT"]),
                "de": ("Mehr zum Thema:", ["KI-Verordnung: Was jetzt gilt", "Der AI Act erklärt"]),
                "fr": ("Lire aussi :", ["AI Act : ce qui change", "L'UE et l'IA générative"]),
                "es": ("Leer más:", ["Qué cambia con la ley de IA", "Bruselas y la IA"]),
                "it": ("Leggi anche:", ["AI Act, cosa cambia", "L'Ue e l'intelligenza artificiale"])}[lang]
        text += f" {more[0]} {rng.choice(more[1])}"
    if rng.random() < 0.04:
        text = text.replace(". ", ".", 1)  # scraped text with a missing space
    return text


def assemble(before, core, after):
    return " ".join(p for p in (before, core, after) if p)


def build():
    rng = random.Random(SEED)
    examples = []  # dicts without id/split, plus internal keys _group, _ref
    pair_counter = [0]

    def new_pair():
        pair_counter[0] += 1
        return f"p{pair_counter[0]:04d}"

    def add(company, text, label, lang, phen, pair, group, ref, source):
        # "label!" marks an example relabelled by the 2025 delay policy (was `none`); the legacy
        # quota bookkeeping (`_qlab`) keeps the old label so the legacy examples stay byte-identical.
        qlab = "none" if label.endswith("!") else label
        label = label.rstrip("!")
        examples.append(dict(company=company, text=text.strip(), label=label, lang=lang, phenomenon=phen,
                             pair=pair, _group=group, _ref=ref, _source=source, _qlab=qlab))

    # 1) free-form
    ff_rows = []
    for line in FREEFORM.strip().splitlines():
        targets, phen, lang, text = line.split("|", 3)
        text = text.replace("\\n", "\n")
        for t in targets.split(";"):
            comp, lab = t.split("=")
            assert comp in C, comp
            assert lab.rstrip("!") in LABEL_RATIO, lab
            ff_rows.append((comp, lab, phen, lang, text))
    by_text = collections.defaultdict(list)
    for row in ff_rows:
        by_text[row[4]].append(row)
    for text, rows in by_text.items():
        pair = new_pair() if len({r[0] for r in rows}) > 1 else None
        group = pair or "ff:" + hashlib.sha1(text.encode()).hexdigest()[:12]
        for comp, lab, phen, lang, _ in rows:
            add(comp, text, lab, lang, phen, pair, group, "free", "freeform")

    # 2) contrast pairs (minimal edits), several instantiations each
    for i, (phen, lang, members) in enumerate(PAIRS):
        reps = 5 if lang == "en" else 4
        used = set()
        for _ in range(reps):
            target = pick_company(rng, exclude=used)
            used.add(target)
            f = Filler(rng, lang, target)
            before, after = make_context(rng, lang, target, phen, [f.vals["O"], f.vals["O2"]])
            pair = new_pair()
            nseed = rng.random()
            for tpl, lab in members:
                core, kind = f.fill(tpl)
                text = add_noise(random.Random(nseed), assemble(before, core, after), lang, phen)
                add(target, text, lab, lang, phen, pair, f"pairtpl:{i}", kind, "pair")

    # 3) multi-company templates: one example per target
    for i, (lang, tpl, labels) in enumerate(MULTI):
        for _ in range(4):
            comps = []
            for _slot in labels:
                comps.append(pick_company(rng, exclude=comps))
            mapping = dict(zip(labels, comps))
            fills = {}
            for slot, comp in mapping.items():
                aliases = C[comp]["alias"] if lang == "en" else C[comp][lang]
                ref = rng.choice(aliases) if aliases and rng.random() < 0.2 else comp
                fills[slot] = ref
            code = rng.choice(V[lang]["CODE"])
            text = SLOT_RE.sub(lambda m: fills.get(m.group(1), code if m.group(1) == "CODE" else m.group(0)), tpl)
            text = re.sub(r"(^|[.;:]\s+|\n)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
            text = text.replace("XAI", "xAI")
            phen = "table_row" if "|" in tpl else ("headline" if tpl.endswith("code") and "." not in tpl else "multi_company")
            text = add_noise(rng, text, lang, "multi_company" if phen == "multi_company" else phen)
            pair = new_pair()
            for slot, comp in mapping.items():
                kind = "alias" if fills[slot] != comp else "name"
                add(comp, text, labels[slot], lang, "multi_company" if phen != "table_row" else "table_row",
                    pair, f"multi:{i}", kind, "multi")

    # 4) single-target templates, filling per-(lang, label) quotas
    have = collections.Counter((e["lang"], e["_qlab"]) for e in examples)
    total_label = collections.Counter(e["_qlab"] for e in examples)
    quotas = {}
    for lang, tmin in LANG_TOTAL_MIN.items():
        for lab, r in LABEL_RATIO.items():
            quotas[(lang, lab)] = max(0, round(tmin * r) - have[(lang, lab)])
    for lab, r in LABEL_RATIO.items():
        non_en = sum(quotas[(l, lab)] for l in LANG_TOTAL_MIN)
        quotas[("en", lab)] = max(0, round(TARGET_TOTAL * r) - total_label[lab] - non_en)

    seen = {(e["company"], e["text"]) for e in examples}
    for (lang, lab), q in sorted(quotas.items()):
        templates = T[lang][lab]
        order = list(range(len(templates)))
        made, k, used = 0, 0, collections.defaultdict(set)
        while made < q and k < q * 20:
            idx = order[k % len(order)]
            if k % len(order) == 0:
                rng.shuffle(order)
                idx = order[0]
            k += 1
            phen, tpl = templates[idx][:2]
            tlab = templates[idx][2] if len(templates[idx]) > 2 else lab
            target = pick_company(rng, exclude=used[idx] if len(used[idx]) < len(C) - 2 else ())
            used[idx].add(target)
            f = Filler(rng, lang, target)
            core, kind = f.fill(tpl)
            before, after = make_context(rng, lang, target, phen, [f.vals["O"], f.vals["O2"]])
            text = add_noise(rng, assemble(before, core, after), lang, phen)
            if (target, text) in seen:
                continue
            seen.add((target, text))
            add(target, text, tlab, lang, phen, None, f"tpl:{lang}:{lab}:{idx}", kind, "template")
            made += 1

    # dedupe exact (company, text)
    out, seen = [], set()
    for e in examples:
        key = (e["company"], e["text"])
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    examples = out

    # ids: the legacy examples keep the ids of the previous release (same order, same shuffle);
    # the 2025-08 material gets the following ids.
    random.Random(SEED + 1).shuffle(examples)
    for i, e in enumerate(examples, 1):
        e["_id"] = f"t{i:05d}"
    added = build_new(examples, {(e["company"], e["text"]) for e in examples})
    random.Random(SEED + 2).shuffle(added)
    for i, e in enumerate(added, len(examples) + 1):
        e["_id"] = f"t{i:05d}"
    examples = examples + added

    # deterministic split by group
    groups = collections.defaultdict(list)
    for e in examples:
        groups[e["_group"]].append(e)
    # stratified by (language, phenomenon): walk each stratum's groups in hash order until ~15% are held out
    by_lang = collections.defaultdict(list)
    for g, members in groups.items():
        by_lang[(members[0]["lang"], members[0]["phenomenon"])].append(g)
    for lang, glist in by_lang.items():
        order = sorted(glist, key=lambda g: hashlib.sha1(f"{SEED}:{g}".encode()).hexdigest())
        budget = HELDOUT_SHARE * sum(len(groups[g]) for g in glist)
        held = 0
        for g in order:
            split = "heldout" if held + len(groups[g]) / 2 <= budget else "train"
            if split == "heldout":
                held += len(groups[g])
            for e in groups[g]:
                e["split"] = split

    # 2026-12: reporting patterns found missing by error analysis (reporting_patterns.py); split
    # on their own so the earlier examples keep their splits: ~15% of frames held out whole.
    seen = {(e["company"], e["text"]) for e in examples}
    rows = reporting_patterns.generate(COMPANY_NAMES)
    held = {g for g in {r[5] for r in rows}
            if int(hashlib.sha1(f"{SEED}:{g}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < HELDOUT_SHARE}
    _append_generated(examples, seen, rows, held, pair_prefix="r", source="reporting")
    # 2027-01: multi-sentence news passages in eight languages (news_passages.py), appended after
    # everything above so earlier ids and splits stay unchanged; ~15% of frames held out whole.
    news = news_passages.generate()
    _append_generated(examples, seen, news, news_passages.heldout_groups(news, SEED, HELDOUT_SHARE),
                      pair_prefix="nw", source="news")

    examples.sort(key=lambda e: e["_id"])
    return examples


def _append_generated(examples, seen, rows, held_groups, pair_prefix, source):
    """Append generated ``(company, text, label, lang, phenomenon, group)`` rows after everything
    built so far (new ids), skipping (company, text) pairs already present; a group (frame) is
    held out whole when it is in ``held_groups``."""
    for company, text, label, lang, phen, group in rows:
        if (company, text) in seen:
            continue
        seen.add((company, text))
        examples.append(dict(company=company, text=text, label=label, lang=lang, phenomenon=phen,
                             pair=pair_prefix + hashlib.sha1(text.encode()).hexdigest()[:8], _group=group,
                             _ref=source, _source=source, _qlab=label, _id=f"t{len(examples) + 1:05d}",
                             split="heldout" if group in held_groups else "train"))


# ---------------------------------------------------------------------------
# Engine for the 2025-08 material (own RNG; runs after the legacy build)
# ---------------------------------------------------------------------------
def _fill_slots(text, vals):
    return SLOT_RE.sub(lambda m: vals.get(m.group(1), m.group(0)), text)


def _glue(cells, rng):
    """Join table cells the way scrapers do: no separator, pipes, tabs, dashes or runs of spaces."""
    style = rng.random()
    if style < 0.45:
        return "".join(cells)
    if style < 0.65:
        return " | ".join(cells)
    if style < 0.75:
        return "\t".join(cells)
    if style < 0.85:
        return " — ".join(cells)
    if style < 0.93:
        return "   ".join(cells)
    return "|".join(cells)


def _words(text):
    return len(text.split())


def build_new(legacy, seen):
    """New examples (list of dicts in the same internal format as build())."""
    rng = random.Random(SEED * 7 + 2025)
    new = []
    pair_counter = [0]

    def new_pair():
        pair_counter[0] += 1
        return f"q{pair_counter[0]:04d}"

    def add(company, text, label, lang, phen, pair, group, ref, source):
        text = text.strip()
        if (company, text) in seen:
            return False
        seen.add((company, text))
        new.append(dict(company=company, text=text, label=label, lang=lang, phenomenon=phen, pair=pair,
                        _group=group, _ref=ref, _source=source, _qlab=label))
        return True

    def ref_for(comp, lang, p=0.2):
        aliases = C[comp]["alias"] if lang == "en" else C[comp][lang]
        return rng.choice(aliases) if aliases and rng.random() < p else comp

    # a) hand-written free-form (FREEFORM2)
    by_text = collections.OrderedDict()
    for line in FREEFORM2.strip().splitlines():
        targets, phen, lang, text = line.split("|", 3)
        text = text.replace("\\n", "\n")
        for t in targets.split(";"):
            comp, lab = t.split("=")
            assert comp in C, comp
            assert lab in LABEL_RATIO, lab
            by_text.setdefault(text, []).append((comp, lab, phen, lang))
    for text, rows in by_text.items():
        pair = new_pair() if len(rows) > 1 else None
        group = pair or "ff2:" + hashlib.sha1(text.encode()).hexdigest()[:12]
        for comp, lab, phen, lang in rows:
            add(comp, text, lab, lang, phen, pair, group, "free", "freeform")

    # b) multi-company clause contrast (MULTI2), several instantiations each
    for i, (lang, tpl, labels) in enumerate(MULTI2):
        reps = 2 if lang == "en" else 3
        for _ in range(reps):
            comps = []
            for _slot in labels:
                comps.append(pick_company(rng, exclude=comps))
            mapping = dict(zip(labels, comps))
            fills = {slot: ref_for(comp, lang) for slot, comp in mapping.items()}
            fills["CODE"] = rng.choice(V[lang]["CODE"])
            fills["WHY"] = rng.choice(WHY[lang])
            text = _fill_slots(tpl, fills)
            text = re.sub(r"(^|[.:]\s+|\n)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
            text = text.replace("XAI", "xAI")
            is_head = "." not in tpl and ";" not in tpl
            phen = "headline" if is_head else "multi_company"
            if not is_head:
                before, after = make_context(rng, lang, comps[0], "multi_company", comps)
                text = assemble(before, text, after)
            text = add_noise(rng, text, lang, phen)
            pair = new_pair()
            for slot, comp in mapping.items():
                add(comp, text, labels[slot], lang, "multi_company", pair, f"multi2:{i}", 
                    "alias" if fills[slot] != comp else "name", "multi")

    # c) scraped tracker rows: single rows and whole tables, glued or separated
    def table_row(comp, lab, lang, p_alias=0.5):
        name = rng.choice(TABLE_NAMES.get(comp, [comp])) if rng.random() < p_alias else comp
        statuses, notes = TABLE_CELLS[lang][lab]
        vals = {"OUT": rng.choice(V[lang]["OUT"]), "DN": rng.choice(DATE_NUM),
                "O": pick_company(rng, exclude=[comp])}
        cells = [name, rng.choice(statuses)]
        if rng.random() < 0.85:
            cells.append(_fill_slots(rng.choice(notes), vals))
        return cells, name

    tab_quota = {"en": 230, "de": 45, "fr": 40, "es": 40, "it": 40}
    lab_cycle = ["sign", "refuse", "undecided", "none", "sign", "none", "refuse", "none", "undecided", "sign"]
    for lang, q in tab_quota.items():
        made, k = 0, 0
        while made < q and k < q * 10:
            k += 1
            if rng.random() < 0.6:  # single row
                comp = pick_company(rng)
                lab = lab_cycle[k % len(lab_cycle)]
                cells, _ = table_row(comp, lab, lang)
                text = _glue(cells, rng)
                made += add(comp, text, lab, lang, "table_row", None, f"tab1:{lang}:{lab}:{k % 7}", "name", "table")
            else:  # a scraped table: 2-4 rows, one example per company
                n = rng.choice([2, 3, 3, 4])
                comps = []
                for _ in range(n):
                    comps.append(pick_company(rng, exclude=comps))
                labs = [rng.choice(["sign", "sign", "refuse", "undecided", "none", "none"]) for _ in comps]
                glued = rng.random() < 0.55
                rows = []
                for comp, lab in zip(comps, labs):
                    cells, _ = table_row(comp, lab, lang)
                    rows.append("".join(cells) if glued else " | ".join(cells))
                head = rng.choice(TABLE_HEADERS[lang]) if rng.random() < 0.5 else ""
                text = "\n".join(([head] if head else []) + rows)
                if rng.random() < 0.25:
                    text = text.replace("\n", " ")
                pair = new_pair()
                for comp, lab in zip(comps, labs):
                    made += add(comp, text, lab, lang, "table_row", pair, f"tabN:{lang}:{k % 9}", "name", "table")

    # d) longer passages (stance sentence in the middle) and glued headline + body
    def stance_templates(lang, lab, kinds_excluded=("headline", "table_row", "social_post")):
        pool = [t for t in T2[lang][lab] if t[0] not in kinds_excluded]
        pool += [t for t in T[lang][lab] if t[0] not in kinds_excluded and (len(t) < 3)]
        return pool

    pas_quota = {"en": 150, "de": 45, "fr": 40, "es": 40, "it": 40}
    for lang, q in pas_quota.items():
        made, k = 0, 0
        while made < q and k < q * 10:
            k += 1
            lab = lab_cycle[k % len(lab_cycle)]
            target = pick_company(rng)
            f = Filler(rng, lang, target)
            f.vals["WHY"] = rng.choice(WHY[lang])
            if rng.random() < 0.35:  # headline glued to the first body sentence (no punctuation)
                heads = [t for t in T2[lang][lab] + T[lang][lab] if t[0] == "headline" and len(t) < 3]
                if not heads:
                    continue
                hi = rng.randrange(len(heads))
                head, _ = f.fill(heads[hi][1])
                pool = stance_templates(lang, lab)
                bi = rng.randrange(len(pool))
                body, kind = f.fill(pool[bi][1])
                ctx = rng.choice(CONTEXT2[lang]) if rng.random() < 0.5 else ""
                text = assemble(head.rstrip(".") + " " + body, ctx, "")
                made += add(target, text, lab, lang, "headline", None, f"glue:{lang}:{lab}:{hi}", kind, "passage")
                continue
            pool = stance_templates(lang, lab)
            si = rng.randrange(len(pool))
            core, kind = f.fill(pool[si][1])
            nb, na = rng.choice([(1, 1), (1, 2), (2, 1), (1, 1)])
            ctx = rng.sample(CONTEXT2[lang], nb + na)
            before, after = ctx[:nb], ctx[nb:]
            if rng.random() < 0.3:
                sent = _fill_slots(rng.choice(PASSAGE_DISTRACT[lang]), {"O": pick_company(rng, exclude=[target])})
                after = after[:1] + [sent]
            text = " ".join(before + [core] + after)
            if not 40 <= _words(text) <= 90:
                continue
            text = add_noise(rng, text, lang, "long_passage")
            made += add(target, text, lab, lang, "long_passage", None, f"pas:{lang}:{lab}:{si % 8}", kind, "passage")

    # e) single-target templates (T2) to reach the language and label targets
    cur = collections.Counter((e["lang"], e["label"]) for e in legacy + new)
    legacy_lang = collections.Counter(e["lang"] for e in legacy)
    quotas = {}
    final_total = len(legacy) + sum(NEW_LANG_TARGET.values())
    for lang in ("de", "fr", "es", "it"):
        tot = legacy_lang[lang] + NEW_LANG_TARGET[lang]
        tot = max([tot] + [cur[(lang, lab)] / r for lab, r in LABEL_RATIO.items()])
        for lab, r in LABEL_RATIO.items():
            quotas[(lang, lab)] = max(0, round(tot * r) - cur[(lang, lab)])
    need = {lab: sum(v for (l, lb), v in cur.items() if lb == lab) + sum(quotas[(l, lab)] for l in ("de", "fr", "es", "it"))
            for lab in LABEL_RATIO}
    final_total = max([final_total] + [need[lab] / r for lab, r in LABEL_RATIO.items()])
    for lab, r in LABEL_RATIO.items():
        quotas[("en", lab)] = max(0, round(final_total * r) - need[lab])
    for (lang, lab), q in sorted(quotas.items()):
        templates = T2[lang][lab]
        order = list(range(len(templates)))
        made, k = 0, 0
        while made < q and k < q * 30:
            if k % len(order) == 0:
                rng.shuffle(order)
            idx = order[k % len(order)]
            k += 1
            phen, tpl = templates[idx]
            target = pick_company(rng)
            f = Filler(rng, lang, target)
            f.vals["WHY"] = rng.choice(WHY[lang])
            core, kind = f.fill(tpl)
            before, after = make_context(rng, lang, target, phen, [f.vals["O"], f.vals["O2"]])
            text = add_noise(rng, assemble(before, core, after), lang, phen)
            made += add(target, text, lab, lang, phen, None, f"tpl2:{lang}:{lab}:{idx}", kind, "template")
    return new


def main(argv=None):
    examples = build()
    with OUT_PATH.open("w", encoding="utf-8") as fh:
        for i, e in enumerate(examples, 1):
            rec = {"id": e["_id"], "company": e["company"], "text": e["text"], "label": e["label"],
                   "lang": e["lang"], "phenomenon": e["phenomenon"], "pair": e["pair"], "split": e["split"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    n = len(examples)
    print(f"wrote {n} examples to {OUT_PATH}")
    print(f"wrote {challenge_passages.write_challenge()} challenge examples (evaluation only) to {challenge_passages.OUT_PATH}")
    for field in ("label", "lang", "phenomenon", "split", "_source", "_ref"):
        cnt = collections.Counter(e[field] for e in examples)
        print(f"\n{field.lstrip('_')}:")
        for k, v in cnt.most_common():
            print(f"  {k:<16} {v:5d}  {100 * v / n:5.1f}%")
    pairs = collections.Counter(e["pair"] for e in examples if e["pair"])
    print(f"\ncontrast pairs (ids shared by 2+ examples): {sum(1 for v in pairs.values() if v >= 2)}")
    n_tpl = sum(len(v) for d in T.values() for v in d.values()) + sum(len(p[2]) for p in PAIRS) + len(MULTI)
    print(f"distinct templates: {n_tpl}; free-form examples: {sum(e['_source'] == 'freeform' for e in examples)}")
    split_by_pair = collections.defaultdict(set)
    for e in examples:
        if e["pair"]:
            split_by_pair[e["pair"]].add(e["split"])
    assert all(len(s) == 1 for s in split_by_pair.values()), "a pair spans both splits"
    return 0


if __name__ == "__main__":
    sys.exit(main())
