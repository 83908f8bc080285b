"""Multi-sentence news passages in eight languages (2026-12, issue 13 item 3).

Real coverage of the GPAI Code of Practice comes as wire copy: a dateline, a context sentence, the
sentence that carries the stance and a follow-up. The earlier material is mostly single sentences,
and it has no Portuguese, Dutch or Polish at all. The frames below are our own wording, written per
language (not translated word for word), for the reporting patterns that need a whole passage to
be read correctly:

* lists of signatories ("the signatories include A, B and C; also on the list are D and E",
  "over N firms have signed up, including A and B, with more expected to follow") → ``sign`` for
  every listed company;
* ellipsis and back-reference ("A said it would sign. B and C have already done so", "the
  decision puts it alongside A") and the contrast "A has signed; B has not said whether it will"
  (B → ``undecided``);
* quotes whose "we" is the company, attributed in the same or the next sentence (an executive
  named in one sentence, the quote in the following one);
* modality ("is expected to adopt", "inclined to", "will likely", "is weighing whether") and
  requests to delay the AI Act or "stop the clock" → ``undecided``;
* partial signing (one chapter) → ``sign``; retrospective mentions ("A, which signed in July, …")
  → the stated position; refusal without "decline" (dismiss, push back, stay out, won't put its
  name to) → ``refuse``;
* willingness to join ("indicated its willingness to join", FR "volonté de participer", IT/ES/PT
  "aderire/adherirse/aderir", NL "zich aansluiten bij", PL "przystąpić") → ``sign`` for a stated
  intention, ``undecided`` when hedged;
* other codes (the 2018/2022 disinformation code, the AI Pact, the G7 Hiroshima code), product
  scope lists, deals and bystanders → ``none``.

Labels follow docs/labelling-guide.md. Company names, aliases, executives and products come from
the registry (``companies.toml``), so the tagger always finds the target (``nlp.marking`` marks it).

A frame is ``(phenomenon, label spec, text)``. Sentences of the frame are separated by `` | ``;
the passage adds a dateline, a neutral context sentence before and/or a neutral follow-up after,
so that every passage has 2–4 sentences. Slots: ``{A}``, ``{B}``, ``{C}`` companies; ``{L}``,
``{L2}`` lists of companies (``{Lc}``: capitalised, Portuguese); ``{LP}`` products of listed
companies; ``{XA}`` an executive of A, ``{SA}`` the executive's surname, ``{RA}`` "A's <role>"
(English), ``{PA}`` a product of A; ``{deA}``/``{deB}`` French "de A"/"d'A"; ``{D}`` a date,
``{N}`` a number, ``{OUT}`` an outlet, ``{CODE}`` a name of the Code (English). The label spec
gives each company slot its label; list slots label up to three of their members.

Each frame is one *group*: ``heldout_groups`` holds out about 15% of the frames of each language
whole, so the held-out split tests wordings the model never saw.
"""
from __future__ import annotations

import hashlib
import random
import re
import tomllib
from pathlib import Path

REGISTRY = Path(__file__).with_name("companies.toml")
SEED = 20270115
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
# examples per language (the label mix below is kept within each language)
TARGET = {"en": 320, "de": 172, "fr": 172, "es": 172, "it": 172, "pt": 272, "nl": 272, "pl": 272}
LABEL_RATIO = {"sign": 0.30, "refuse": 0.20, "undecided": 0.20, "none": 0.30}
LABELS = tuple(LABEL_RATIO)

# Brands of the registry that are not general-purpose models (platforms, clouds, devices, shops).
NOT_MODELS = {"Facebook", "Instagram", "WhatsApp", "iPhone", "Siri", "Apple Intelligence", "AWS",
              "Amazon Web Services", "Alexa", "GitHub", "Azure", "Bing", "Red Hat", "Taobao", "WeChat",
              "Alibaba Cloud", "DeepMind", "Google DeepMind", "Agentforce", "Sora", "DALL-E", "GPT-4",
              "ERNIE Bot", "Tongyi Qianwen", "MIIA"}
LEGAL_SUFFIX = re.compile(r"(\.|\bInc\b|\bGmbH\b|\bPBC\b|\bLLC\b|\bCorp\b|\bLtd\b|S\.p\.A)")
SLOT = re.compile(r"\{(\w+)\}")


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
def load_companies(path: Path = REGISTRY) -> list[dict]:
    """Registry companies with what the frames need: aliases usable in prose, executives with a
    surname form, model products. Names that start in lower case are left out (they would open
    sentences), and so are companies added with ``training = false`` (after the data was built:
    drawing them would shift every later frame's company draws and regenerate the training data and
    the challenge set)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out = []
    for c in data.get("company", []):
        if c.get("training") is False:
            continue
        name = c["name"]
        if not name[:1].isupper():
            continue
        squash = name.lower().replace(" ", "")
        aliases = [a for a in c.get("aliases", []) if not LEGAL_SUFFIX.search(a) and len(a.split()) <= 2
                   and a.lower().replace(" ", "") != squash]
        execs = []
        for e in c.get("executive", []):
            role = e.get("role", "")
            if "former" in role.lower():
                continue
            tokens = e["name"].split()
            surname = next((a for a in e.get("aliases", []) if " " not in a and a in tokens), None)
            if surname:
                execs.append({"name": e["name"], "surname": surname, "role": role})
        products = [b for b in c.get("brands", []) if b not in NOT_MODELS]
        out.append({"name": name, "aliases": aliases, "execs": execs, "products": products,
                    "weight": 1.0 if execs else 0.3})
    return out


def _en_role(role: str) -> str | None:
    if any(x in role for x in ("(", "CEO of", ", Samsung", "Partnerships")):
        return None
    return " ".join(w if w.isupper() else w.lower() for w in role.split())


# ---------------------------------------------------------------------------
# Slot vocabularies per language
# ---------------------------------------------------------------------------
DATES = {
    "en": ["on Friday", "on Thursday", "on 18 July", "last week", "on Monday", "on 1 August", "on Tuesday",
           "earlier this week"],
    "de": ["am Freitag", "am Donnerstag", "am 18. Juli", "vergangene Woche", "am Montag", "am 1. August",
           "am Dienstag"],
    "fr": ["vendredi", "jeudi", "le 18 juillet", "la semaine dernière", "lundi", "le 1er août", "mardi"],
    "es": ["el viernes", "el jueves", "el 18 de julio", "la semana pasada", "el lunes", "el 1 de agosto",
           "el martes"],
    "it": ["venerdì", "giovedì", "il 18 luglio", "la settimana scorsa", "lunedì", "il primo agosto", "martedì"],
    "pt": ["na sexta-feira", "na quinta-feira", "a 18 de julho", "na semana passada", "na segunda-feira",
           "a 1 de agosto", "na terça-feira"],
    "nl": ["vrijdag", "donderdag", "op 18 juli", "vorige week", "maandag", "op 1 augustus", "dinsdag"],
    "pl": ["w piątek", "w czwartek", "18 lipca", "w ubiegłym tygodniu", "w poniedziałek", "1 sierpnia",
           "we wtorek"],
}
OUTLETS = {
    "en": ["Reuters", "Bloomberg", "the Financial Times", "Politico Europe", "Euractiv", "MLex",
           "the Wall Street Journal"],
    "de": ["das Handelsblatt", "Reuters", "Tagesspiegel Background", "die FAZ", "Politico"],
    "fr": ["Les Échos", "l'AFP", "Contexte", "Politico", "Le Monde"],
    "es": ["Expansión", "El País", "Europa Press", "Reuters", "Cinco Días"],
    "it": ["Il Sole 24 Ore", "l'ANSA", "Reuters", "Milano Finanza", "Corriere Comunicazioni"],
    "pt": ["o Expresso", "o Público", "a Lusa", "o Jornal de Negócios", "a Reuters"],
    "nl": ["het FD", "NRC", "de Volkskrant", "persbureau ANP", "Reuters"],
    "pl": ["agencja Reuters", "dziennik „Rzeczpospolita”", "serwis Euractiv", "portal Politico", "PAP"],
}
NUMBERS = ["20", "25", "26", "27", "28", "30"]
CODE_EN = ["the GPAI code of practice", "the EU code for general-purpose AI", "the code of practice",
           "Brussels' voluntary AI code", "the code", "the AI Act code of practice"]
DATELINES = {
    "en": ["BRUSSELS (Reuters) - ", "BRUSSELS, July 18 (Reuters) - ", "LONDON, Aug 1 (AP) — ", "PARIS — ",
           "SAN FRANCISCO (Bloomberg) — ", "BRUSSELS — "],
    "de": ["BRÜSSEL (dpa) – ", "Brüssel/Berlin – ", "BERLIN (Reuters) – ", "Brüssel. "],
    "fr": ["BRUXELLES (AFP) – ", "Paris, 18 juillet – ", "BRUXELLES, 1er août (Reuters) - "],
    "es": ["BRUSELAS, 18 Jul. (EUROPA PRESS) - ", "Madrid, 1 ago (EFE).- ", "Bruselas (EFE).- "],
    "it": ["BRUXELLES, 18 LUG - ", "(ANSA) - ROMA, 1 AGO - ", "MILANO - "],
    "pt": ["Bruxelas, 18 jul (Lusa) - ", "LISBOA - ", "Bruxelas - "],
    "nl": ["BRUSSEL (ANP) - ", "AMSTERDAM - ", "Brussel, 18 juli - "],
    "pl": ["Bruksela (PAP) - ", "WARSZAWA - ", "Bruksela, 18 lipca - "],
}
# How each language names the Code in prose (a passage whose frame does not name it gets a context
# sentence that does, so the stance is always about this Code).
CODE_WORDS = {"en": ("code", "Code"), "de": ("Kodex",), "fr": ("code",), "es": ("código",), "it": ("codice",),
              "pt": ("código",), "nl": ("code",), "pl": ("kodeks", "Kodeks")}
LIST_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en", "pl": "i"}
# "<product> of <company>" per language
PRODUCT_OF = {"en": "{c}'s {p}", "de": "{p} von {c}", "fr": "{p} {de}", "es": "{p} de {c}", "it": "{p} di {c}",
              "pt": "o {p} da {c}", "nl": "{p} van {c}", "pl": "{p} firmy {c}"}

# Neutral sentences: no company, no position of anybody on the Code.
CONTEXT = {
    "en": [
        "The code is meant to help developers of general-purpose models show that they follow the AI Act.",
        "The Commission released the final text in July after months of haggling with industry and civil society.",
        "Rules for providers of general-purpose models started to apply in August.",
        "Signing is voluntary; firms that stay out have to document compliance by other means.",
        "Its three chapters deal with transparency, copyright and the safety of the most powerful models.",
        "A group of independent experts wrote the text over nine months of drafting rounds.",
        "Brussels has faced pressure from industry and from Washington to soften its AI rulebook.",
        "The AI Office, a unit inside the Commission, will supervise how the rules are applied.",
        "Officials hope the code will spare signatories some of the paperwork the law otherwise requires.",
        "The debate over the code has become a test of how far Europe is willing to regulate AI.",
        "The code sets out how providers can document their models and respect EU copyright law.",
    ],
    "de": [
        "Der Kodex soll Anbietern großer KI-Modelle helfen, die Vorgaben der KI-Verordnung einzuhalten.",
        "Die Kommission hatte den endgültigen Text im Juli nach monatelangen Verhandlungen vorgelegt.",
        "Die Regeln für Modelle mit allgemeinem Verwendungszweck gelten seit August.",
        "Die Teilnahme ist freiwillig; wer fernbleibt, muss die Einhaltung der Regeln anders belegen.",
        "Der Text besteht aus drei Kapiteln: Transparenz, Urheberrecht sowie Sicherheit.",
        "Unabhängige Fachleute hatten den Kodex in mehreren Entwurfsrunden ausgearbeitet.",
        "Brüssel preist den Kodex als einfachsten Weg an, die Vorgaben der KI-Verordnung zu erfüllen.",
        "Aus der Industrie und aus Washington kommt seit Monaten Druck, die KI-Regeln abzuschwächen.",
        "Überwacht wird die Umsetzung vom KI-Büro der EU-Kommission.",
    ],
    "fr": [
        "Le code doit aider les fournisseurs de grands modèles d'IA à respecter les obligations du règlement européen.",
        "Bruxelles présente le code de bonnes pratiques comme la voie la plus simple pour se mettre en règle avec l'AI Act.",
        "La Commission en a dévoilé la version finale en juillet, après des mois de tractations.",
        "Les règles applicables aux modèles à usage général sont entrées en vigueur en août.",
        "L'adhésion est volontaire ; les entreprises qui restent à l'écart devront prouver leur conformité autrement.",
        "Le texte compte trois chapitres : transparence, droit d'auteur, sûreté et sécurité.",
        "Des experts indépendants ont rédigé le document au fil de plusieurs versions successives.",
        "Bruxelles subit depuis des mois la pression des industriels et de Washington.",
        "Le Bureau de l'IA, rattaché à la Commission, veillera à la mise en œuvre des règles.",
    ],
    "es": [
        "El código pretende ayudar a los desarrolladores de grandes modelos de IA a cumplir la normativa europea.",
        "Bruselas vende el código como el atajo más sencillo para cumplir la ley de IA.",
        "La Comisión presentó el texto definitivo en julio, tras meses de negociaciones.",
        "Las normas para los modelos de uso general se aplican desde agosto.",
        "La adhesión es voluntaria; quien se quede fuera deberá acreditar el cumplimiento por otras vías.",
        "El texto consta de tres capítulos: transparencia, derechos de autor y seguridad.",
        "Un grupo de expertos independientes redactó el documento a lo largo de varios borradores.",
        "Bruselas lleva meses bajo la presión de la industria y de Washington para suavizar sus reglas.",
        "La Oficina de IA de la Comisión supervisará la aplicación de las normas.",
    ],
    "it": [
        "Il codice serve ad aiutare chi sviluppa grandi modelli di IA a rispettare le regole europee.",
        "Bruxelles presenta il codice come la scorciatoia più semplice per mettersi in regola con l'AI Act.",
        "La Commissione ne ha presentato la versione definitiva a luglio, dopo mesi di trattative.",
        "Le norme per i modelli di uso generale sono in vigore da agosto.",
        "L'adesione è volontaria; chi resta fuori dovrà dimostrare in altro modo di essere in regola.",
        "Il testo si articola in tre capitoli: trasparenza, diritto d'autore, sicurezza.",
        "A scriverlo è stato un gruppo di esperti indipendenti, attraverso diverse bozze.",
        "Da mesi Bruxelles è sotto pressione da parte dell'industria e di Washington.",
        "A vigilare sull'applicazione sarà l'Ufficio per l'IA della Commissione.",
    ],
    "pt": [
        "O código destina-se a ajudar quem desenvolve grandes modelos de IA a cumprir as regras europeias.",
        "Bruxelas apresenta o código como o atalho mais simples para cumprir o regulamento da IA.",
        "A Comissão divulgou a versão final em julho, depois de meses de negociações.",
        "As regras para os modelos de finalidade geral aplicam-se desde agosto.",
        "A adesão é voluntária; quem ficar de fora terá de provar o cumprimento por outras vias.",
        "O texto divide-se em três capítulos: transparência, direitos de autor e segurança.",
        "Um grupo de peritos independentes redigiu o documento ao longo de várias versões.",
        "Bruxelas está há meses sob pressão da indústria e de Washington para aligeirar as regras.",
        "Caberá ao Serviço Europeu para a IA acompanhar a aplicação das regras.",
        "O regulamento europeu da inteligência artificial entrou em vigor em agosto de 2024.",
        "As multas por incumprimento podem chegar a 3% do volume de negócios mundial.",
    ],
    "nl": [
        "De code moet ontwikkelaars van grote AI-modellen helpen om aan de Europese regels te voldoen.",
        "Brussel presenteert de code als de eenvoudigste route om aan de AI-verordening te voldoen.",
        "De Commissie presenteerde de definitieve tekst in juli, na maandenlang overleg.",
        "De regels voor AI-modellen voor algemene doeleinden gelden sinds augustus.",
        "Deelname is vrijwillig; wie niet meedoet, moet op een andere manier aantonen dat hij de regels naleeft.",
        "De tekst telt drie hoofdstukken: transparantie, auteursrecht en veiligheid.",
        "Een groep onafhankelijke deskundigen schreef de tekst in verschillende conceptrondes.",
        "Brussel staat al maanden onder druk van de industrie en van Washington om de regels af te zwakken.",
        "Het AI-bureau van de Europese Commissie houdt toezicht op de naleving.",
        "De Europese AI-verordening trad in augustus 2024 in werking.",
        "Boetes voor overtredingen kunnen oplopen tot 3 procent van de wereldwijde omzet.",
    ],
    "pl": [
        "Kodeks ma pomóc twórcom dużych modeli AI w spełnieniu unijnych wymogów.",
        "Bruksela przedstawia kodeks jako najprostszą drogę do spełnienia wymogów AI Act.",
        "Komisja przedstawiła ostateczną wersję tekstu w lipcu, po wielu miesiącach negocjacji.",
        "Przepisy dotyczące modeli ogólnego przeznaczenia obowiązują od sierpnia.",
        "Przystąpienie jest dobrowolne; kto zostanie poza kodeksem, musi wykazać zgodność z prawem w inny sposób.",
        "Dokument składa się z trzech rozdziałów: o przejrzystości, prawie autorskim i bezpieczeństwie.",
        "Tekst przygotował zespół niezależnych ekspertów w kilku kolejnych wersjach.",
        "Bruksela od miesięcy znajduje się pod presją branży i Waszyngtonu, by złagodzić przepisy.",
        "Nad stosowaniem przepisów czuwać będzie unijny Urząd ds. AI.",
        "Unijny akt o sztucznej inteligencji wszedł w życie w sierpniu 2024 roku.",
        "Kary za naruszenia mogą sięgnąć 3 proc. światowego obrotu.",
    ],
}
FOLLOW = {
    "en": [
        "Fines for breaching the rules on general-purpose models can reach 3% of global turnover.",
        "The AI Office gains powers to enforce the rules in August next year.",
        "The Commission declined to comment further.",
        "Industry groups have called the timetable too tight.",
        "Consumer organisations say the text does not go far enough.",
        "The code will be reviewed at least every two years.",
        "Shares in European technology firms were little changed.",
        "Civil-society groups have accused Brussels of bowing to lobbying.",
    ],
    "de": [
        "Bei Verstößen drohen Bußgelder von bis zu drei Prozent des weltweiten Umsatzes.",
        "Durchsetzen kann das KI-Büro die Regeln erst ab August kommenden Jahres.",
        "Die Kommission wollte sich darüber hinaus nicht äußern.",
        "Verbraucherschützer halten den Text für zu schwach.",
        "Der Kodex soll mindestens alle zwei Jahre überprüft werden.",
        "Branchenverbände kritisieren den Zeitplan als zu knapp.",
    ],
    "fr": [
        "Les amendes peuvent atteindre 3 % du chiffre d'affaires mondial.",
        "Le Bureau de l'IA ne disposera de pouvoirs de sanction qu'à partir d'août prochain.",
        "La Commission n'a pas souhaité faire d'autre commentaire.",
        "Les associations de consommateurs jugent le texte trop timide.",
        "Le code sera révisé au moins tous les deux ans.",
        "Les fédérations professionnelles estiment le calendrier trop serré.",
    ],
    "es": [
        "Las multas pueden alcanzar el 3 % de la facturación mundial.",
        "La Oficina de IA no podrá imponer sanciones hasta agosto del año que viene.",
        "La Comisión declinó hacer más comentarios.",
        "Las organizaciones de consumidores consideran que el texto se queda corto.",
        "El código se revisará al menos cada dos años.",
        "Las patronales del sector tachan el calendario de demasiado ajustado.",
    ],
    "it": [
        "Le sanzioni possono arrivare al 3% del fatturato mondiale.",
        "L'Ufficio per l'IA potrà sanzionare le violazioni solo dal prossimo agosto.",
        "La Commissione non ha voluto aggiungere altro.",
        "Le associazioni dei consumatori giudicano il testo troppo debole.",
        "Il codice sarà rivisto almeno ogni due anni.",
        "Le associazioni di categoria considerano i tempi troppo stretti.",
    ],
    "pt": [
        "A Comissão não quis fazer mais comentários.",
        "Os poderes de fiscalização do Serviço Europeu para a IA só entram em vigor em agosto do próximo ano.",
        "As associações de consumidores consideram que o texto fica aquém do necessário.",
        "O código será revisto pelo menos de dois em dois anos.",
        "As associações do setor queixam-se de que os prazos são demasiado apertados.",
        "Organizações da sociedade civil acusam Bruxelas de ceder aos lóbis.",
    ],
    "nl": [
        "De Commissie wilde verder niet reageren.",
        "Het AI-bureau kan pas vanaf augustus volgend jaar handhaven.",
        "Consumentenorganisaties vinden de tekst te slap.",
        "De code wordt minstens om de twee jaar herzien.",
        "Brancheorganisaties noemen het tijdpad te krap.",
        "Maatschappelijke organisaties verwijten Brussel dat het voor de lobby zwicht.",
    ],
    "pl": [
        "Komisja nie chciała tego szerzej komentować.",
        "Urząd ds. AI uzyska uprawnienia do nakładania kar dopiero od sierpnia przyszłego roku.",
        "Organizacje konsumenckie uważają, że tekst jest zbyt łagodny.",
        "Kodeks ma być przeglądany co najmniej raz na dwa lata.",
        "Organizacje branżowe narzekają, że harmonogram jest zbyt napięty.",
        "Organizacje społeczne zarzucają Brukseli uleganie lobbystom.",
    ],
}

# ---------------------------------------------------------------------------
# Frames: (phenomenon, label spec, text); " | " separates sentences
# ---------------------------------------------------------------------------
FRAMES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("signatory_list", "L=sign,L2=sign", "The list of signatories the Commission published {D} includes {L}. | Also on the list are {L2}."),
        ("signatory_list", "L=sign", "More than {N} companies have signed up to {CODE}, including {L}, with more expected to follow."),
        ("signatory_list", "L=sign", "Among the firms that have put their names to the code are {L}, according to the register kept by the AI Office."),
        ("signatory_list", "L=sign,A=refuse", "The signatories include {L}. | {A} is the most prominent name missing, having said last month that it would not sign."),
        ("signatory_list", "L=sign,A=undecided", "By the end of the week the register listed {L}. | {A} was not on it, and a spokesperson said the company was still studying the text."),
        ("signatory_list", "L=sign", "{L} are among the providers on the first list of signatories; the AI Office says it will update the list as others join."),
        ("signatory_list", "L=sign,L2=sign", "Signatories so far: {L}. | Several smaller European developers, {L2} among them, have joined too."),
        ("ellipsis", "A=sign,L=sign", "{A} said {D} that it would sign {CODE}. | {L} have already done so."),
        ("ellipsis", "A=sign,B=undecided", "{A} has signed. | {B} has not said whether it will."),
        ("ellipsis", "A=sign,L=sign", "{A} confirmed {D} that it would sign the code. | The decision puts it alongside {L}, which committed earlier this month."),
        ("ellipsis", "A=refuse,B=refuse", "{A} will not sign the code, a spokesperson said {D}. | The decision puts the company alongside {B}, which turned the text down in July."),
        ("ellipsis", "A=sign,B=sign,C=undecided", "{A} signed the code {D}, and {B} said it would do the same. | {C}, by contrast, is still making up its mind."),
        ("ellipsis", "A=sign,B=refuse", "{A} put its signature to {CODE} {D}. | {B} has not, and says it has no intention of doing so."),
        ("ellipsis", "A=refuse,B=sign,C=sign", "{A} has refused to sign. | {B} and {C}, on the other hand, have both done so."),
        ("ellipsis", "A=sign,B=undecided", "{A} joined the code {D}. | Asked whether {B} would follow suit, a spokesperson for {B} said the company had no decision to announce."),
        ("quote_attribution", "A=sign", "{A} set out its position in a statement {D}. | “We will sign the code, and we will keep working with the AI Office on how it is applied,” the company said."),
        ("quote_attribution", "A=sign", "{XA}, {RA}, spoke about the code at a conference in Brussels {D}. | “We are going to sign it,” {SA} said, adding that the company wanted legal certainty."),
        ("quote_attribution", "A=refuse", "{A} explained its decision in a blog post {D}. | “We have looked at the code closely and we are not going to sign it,” the company wrote."),
        ("quote_attribution", "A=undecided", "A spokesperson for {A} was asked about the code {D}. | “We are still going through the final text and have not reached a decision,” the spokesperson said."),
        ("quote_attribution", "A=refuse", "{XA} did not mince words about the code. | “This is not a document we can put our name to,” {SA} told reporters, arguing that it went well beyond the AI Act."),
        ("quote_attribution", "A=undecided", "{XA}, {RA}, struck a more cautious tone on the code. | “My guess is we will end up signing, but nothing has been decided,” {SA} said in an interview with {OUT}."),
        ("quote_attribution", "A=sign,B=none", "“We are signing the code because we want a say in how these rules work in practice,” {A} said in a statement. | The company added that it had discussed technical details with {B}."),
        ("quote_attribution", "A=sign", "{A} has been one of the louder critics of the AI Act. | Even so, “we have decided to sign the code,” a company spokesperson said {D}."),
        ("modality", "A=undecided", "{A} is expected to adopt the code in the coming weeks, people familiar with the matter said."),
        ("modality", "A=undecided", "{A} is inclined to sign the code, according to two people briefed on the internal discussions, but no final decision has been taken."),
        ("modality", "A=undecided,B=sign", "{B} signed the code {D}. | {A} will likely sign as well, {OUT} reported, citing a person close to the company."),
        ("modality", "A=undecided", "{A} is weighing whether to sign the code, {XA} said. | The company wants to see the Commission's guidelines first."),
        ("modality", "L=undecided", "{L} have all signalled that they could sign the code, but none of them has committed yet."),
        ("delay_request", "A=undecided", "{A} wants Brussels to push back by two years the date from which the AI Act binds makers of large models."),
        ("delay_request", "A=undecided", "{A} has joined calls to stop the clock on the AI Act, arguing that key guidance is still missing. | The Commission has so far ruled out any postponement."),
        ("partial", "A=sign", "{A} signed only the safety and security chapter of the code. | It left out the chapters on transparency and copyright, saying they would hurt its competitiveness."),
        ("partial", "A=sign,B=undecided", "{A} has put its name to the safety and security chapter alone. | {B} is considering doing the same, according to {OUT}."),
        ("partial", "A=sign,B=sign", "{A} signed the full code {D}, while {B} signed just the chapter on safety and security."),
        ("retrospective", "A=sign", "{A}, which signed the code in July, released a new version of {PA} {D}."),
        ("retrospective", "A=refuse", "{A}, which refused to sign the code, is now fielding questions from the AI Office about its latest models."),
        ("retrospective", "A=refuse,B=sign", "{A}, one of the few large developers that declined to sign the code, announced a data-centre investment in Finland {D}. | {B}, a signatory since July, made a similar announcement last month."),
        ("retrospective", "A=sign", "The launch comes from {A}, which was among the first to sign the code last summer."),
        ("retrospective", "A=undecided", "{A}, which has yet to say whether it will sign the code, launched a European version of its assistant {D}."),
        ("retrospective", "A=none", "{A}, which released {PA} earlier this year, said {D} it would open an engineering office in Dublin."),
        ("refuse_verbs", "A=refuse", "{A} dismissed the code as a paperwork exercise that adds nothing to the law. | The company said it would comply with the AI Act directly."),
        ("refuse_verbs", "A=refuse", "{A} pushed back hard against the code {D}, calling its copyright chapter unworkable, and made clear it would not join."),
        ("refuse_verbs", "A=refuse", "{A} won't put its name to the code, {XA} said."),
        ("refuse_verbs", "A=refuse", "{A} is staying out of the code. | A spokesperson said the company would document its compliance with the AI Act in its own way."),
        ("refuse_verbs", "A=refuse,B=sign", "{B} and {A} have taken opposite paths on the code: {B} has signed, whereas {A} has chosen to stay out."),
        ("willingness", "A=sign", "{A} has indicated its willingness to join the code and will sign before the August deadline, the company said."),
        ("willingness", "A=undecided", "{A} has signalled it could be willing to take part in the code, but only if the Commission clarifies how the copyright rules will be enforced."),
        ("willingness", "L=sign", "{L} have indicated their willingness to join the initiative and will sign the code, the Commission said."),
        ("other_code", "L=none", "{L} were among the platforms that signed the EU's code of practice on disinformation in 2018. | That code was strengthened in 2022."),
        ("other_code", "L=none", "Under the AI Pact, launched in 2024, companies including {L} made voluntary pledges to apply parts of the AI Act early."),
        ("other_code", "A=none,B=none", "{A} and {B} have publicly endorsed the G7's Hiroshima code of conduct for organisations developing advanced AI systems."),
        ("other_code", "A=undecided", "{A} signed the strengthened disinformation code in 2022, but it has not said whether it will sign the new AI code."),
        ("other_code", "A=refuse,B=none", "{A} refused to sign the AI code, although it did sign the 2022 disinformation code alongside {B}."),
        ("scope_list", "LP=none", "The code covers general-purpose models such as {LP}."),
        ("scope_list", "LP=none", "Models such as {LP} are likely to fall under the stricter safety chapter, officials said."),
        ("hard_negative", "A=none", "{A} launched a new version of {PA} for European business customers {D}."),
        ("hard_negative", "A=none,B=none", "{A} signed a cloud partnership with {B} {D}."),
        ("multi_company", "A=sign,B=none", "{A} signed the code {D}, a day after its partner {B} unveiled a new model."),
        ("multi_company", "A=refuse,B=none", "{B} declined to comment on {A}'s decision not to sign the code."),
    ],
    "de": [
        ("signatory_list", "L=sign,L2=sign", "Zu den Unterzeichnern gehören {L}. | Ebenfalls auf der Liste stehen {L2}."),
        ("signatory_list", "L=sign", "Mehr als {N} Unternehmen haben den Kodex bereits unterschrieben, darunter {L}; weitere dürften folgen."),
        ("signatory_list", "L=sign,A=refuse", "Auf der Liste der Kommission finden sich {L}. | {A} fehlt dagegen – das Unternehmen hatte bereits im Juli erklärt, nicht zu unterzeichnen."),
        ("signatory_list", "L=sign,A=undecided", "Unterschrieben haben inzwischen {L}. | Ob {A} nachzieht, ist offen; eine Sprecherin sagte, man prüfe den Text noch."),
        ("ellipsis", "A=sign,L=sign", "{A} kündigte {D} an, den Kodex zu unterzeichnen. | {L} haben das bereits getan."),
        ("ellipsis", "A=sign,B=undecided", "{A} hat den Kodex unterschrieben. | Ob auch {B} unterschreibt, ist noch offen."),
        ("ellipsis", "A=sign,B=sign", "{A} will den Verhaltenskodex unterzeichnen. | Damit folgt das Unternehmen dem Beispiel von {B}: Dort hatte man bereits Ende Juli unterschrieben."),
        ("ellipsis", "A=refuse,B=sign", "{A} hat dem Kodex eine Absage erteilt. | {B} dagegen hat unterschrieben."),
        ("ellipsis", "A=refuse,B=refuse", "{A} wird den Kodex nicht unterzeichnen. | Damit steht das Unternehmen an der Seite von {B}; auch dort lehnt man eine Unterschrift ab."),
        ("quote_attribution", "A=sign", "{A} äußerte sich {D} in einer schriftlichen Stellungnahme zum Kodex. | „Wir werden den Kodex unterzeichnen und uns weiter konstruktiv einbringen“, hieß es darin."),
        ("quote_attribution", "A=refuse", "{XA} von {A} sprach am Rande einer Konferenz in Brüssel über den Kodex. | „Diesen Kodex werden wir nicht unterschreiben“, sagte {SA}."),
        ("quote_attribution", "A=undecided", "Bei {A} gibt man sich beim Kodex zurückhaltend. | „Wir schauen uns den endgültigen Text genau an und haben noch nichts entschieden“, sagte ein Sprecher."),
        ("quote_attribution", "A=sign", "„Wir unterschreiben den Kodex, weil wir Rechtssicherheit wollen“, sagte {XA} {D}. | {SA} verantwortet bei {A} die Gespräche mit den Aufsichtsbehörden."),
        ("modality", "A=undecided", "{A} dürfte den Kodex übernehmen, heißt es in Branchenkreisen. | Entschieden sei aber noch nichts."),
        ("modality", "A=undecided", "{A} neigt dazu, den Kodex zu unterschreiben, wie {OUT} unter Berufung auf Insider berichtet."),
        ("modality", "A=undecided", "Bei {A} wird noch abgewogen, ob man den Kodex unterzeichnet. | Zunächst will das Unternehmen die Leitlinien der Kommission abwarten."),
        ("modality", "A=undecided,B=sign", "{B} hat bereits unterschrieben; {A} wird voraussichtlich folgen, berichtet {OUT}."),
        ("delay_request", "A=undecided", "{A} hat die EU aufgefordert, die Pflichten der KI-Verordnung für Modelle mit allgemeinem Verwendungszweck um zwei Jahre zu verschieben."),
        ("delay_request", "A=undecided", "{A} unterstützt die Forderung, bei der KI-Verordnung die Uhr anzuhalten. | Ohne fertige Leitlinien sei eine Umsetzung kaum möglich, heißt es aus dem Unternehmen."),
        ("partial", "A=sign", "{A} unterzeichnet lediglich das Kapitel zu Sicherheit und Gefahrenabwehr. | Die Kapitel zu Transparenz und Urheberrecht hält das Unternehmen für zu belastend."),
        ("partial", "A=sign,B=undecided", "{A} hat nur das Sicherheitskapitel des Kodex unterschrieben. | {B} erwägt, es ebenso zu halten."),
        ("retrospective", "A=sign", "{A}, seit Juli Unterzeichner des Kodex, stellte {D} eine neue Version von {PA} vor."),
        ("retrospective", "A=refuse", "{A} – einer der wenigen großen Anbieter, die den Kodex nicht unterschreiben wollten – kündigte {D} neue Rechenzentren in Europa an."),
        ("retrospective", "A=undecided", "{A} hat sich zum Kodex bislang nicht positioniert, brachte aber {D} seinen KI-Assistenten auf den europäischen Markt."),
        ("refuse_verbs", "A=refuse", "{A} hält den Kodex für überflüssig und will sich ihm nicht anschließen."),
        ("refuse_verbs", "A=refuse", "{A} stellt sich quer: Unter diesen Kodex werde man keine Unterschrift setzen, sagte {XA}."),
        ("refuse_verbs", "A=refuse", "{A} bleibt dem Kodex fern und will die Einhaltung der Regeln gegenüber dem KI-Büro auf anderem Weg nachweisen."),
        ("willingness", "A=sign", "{A} hat signalisiert, dem Kodex beitreten zu wollen, und will noch vor dem 2. August unterschreiben."),
        ("willingness", "A=undecided", "{A} zeigt sich grundsätzlich offen für eine Teilnahme am Kodex, will sich aber erst nach Vorlage der Leitlinien festlegen."),
        ("willingness", "L=sign", "{L} haben ihre Bereitschaft erklärt, sich der Initiative anzuschließen, und werden den Kodex unterzeichnen, teilte die Kommission mit."),
        ("other_code", "L=none", "{L} gehörten 2018 zu den ersten Unterzeichnern des Verhaltenskodex zur Bekämpfung von Desinformation."),
        ("other_code", "L=none", "Im Rahmen des AI Pact hatten {L} schon 2024 freiwillige Zusagen gemacht."),
        ("other_code", "A=none,B=none", "{A} und {B} bekennen sich zum Verhaltenskodex der G7 aus dem Hiroshima-Prozess."),
        ("other_code", "A=refuse,B=none", "{A} hatte 2022 den verschärften Desinformationskodex unterschrieben, ebenso wie {B}. | Den neuen KI-Kodex lehnt {A} dagegen ab."),
        ("scope_list", "LP=none", "Der Kodex richtet sich an Anbieter von KI-Modellen mit allgemeinem Verwendungszweck, etwa {LP}."),
        ("hard_negative", "A=none", "{A} brachte {D} eine neue Version von {PA} auf den europäischen Markt."),
        ("hard_negative", "A=none,B=none", "{A} und {B} haben {D} eine Cloud-Partnerschaft unterzeichnet."),
        ("multi_company", "A=sign,B=none", "{A} hat den Kodex unterzeichnet, einen Tag nachdem Partner {B} ein neues Modell vorgestellt hatte."),
    ],
    "fr": [
        ("signatory_list", "L=sign,L2=sign", "Parmi les signataires figurent {L}. | {L2} figurent aussi sur la liste."),
        ("signatory_list", "L=sign", "Plus de {N} entreprises ont déjà signé le code, dont {L}, et d'autres devraient suivre dans les prochaines semaines."),
        ("signatory_list", "L=sign,A=refuse", "La liste publiée par la Commission comprend {L}. | {A} n'y figure pas : l'entreprise avait fait savoir en juillet qu'elle ne signerait pas."),
        ("signatory_list", "L=sign,A=undecided", "{L} ont signé le code. | {A}, en revanche, n'a pas encore fait connaître sa décision."),
        ("ellipsis", "A=sign,L=sign", "{A} a annoncé {D} son intention de signer le code. | {L} l'ont déjà fait."),
        ("ellipsis", "A=sign,B=undecided", "{A} a signé le code de bonnes pratiques. | Du côté {deB}, aucune décision n'a encore été annoncée."),
        ("ellipsis", "A=sign,B=sign", "{A} rejoindra les signataires du code, a confirmé {D} un porte-parole. | L'entreprise se range ainsi aux côtés {deB}, signataire depuis juillet."),
        ("ellipsis", "A=refuse,B=refuse", "{A} ne signera pas le code. | Une décision qui place l'entreprise aux côtés {deB}, seul autre grand acteur à avoir refusé."),
        ("ellipsis", "A=refuse,B=sign", "{A} refuse de signer le code. | {B}, à l'inverse, a paraphé le texte dès sa publication."),
        ("quote_attribution", "A=sign", "{A} a réagi {D} dans un communiqué. | « Nous signerons le code et continuerons à travailler avec le Bureau de l'IA », écrit l'entreprise."),
        ("quote_attribution", "A=refuse", "Chez {A}, le ton est ferme. | « Nous ne signerons pas ce code, qui va au-delà de ce que prévoit la loi », a déclaré {XA}."),
        ("quote_attribution", "A=undecided", "Chez {A}, on reste prudent sur le code. | « Nous étudions encore la version finale et aucune décision n'est prise », a indiqué un porte-parole."),
        ("quote_attribution", "A=sign", "Le sujet a été abordé {D} par {XA}, {deA}, lors d'une conférence à Paris. | « Nous allons signer ce code, car nous avons besoin de sécurité juridique », a assuré {SA}."),
        ("modality", "A=undecided", "{A} devrait adopter le code dans les prochaines semaines, selon des sources proches du dossier."),
        ("modality", "A=undecided", "{A} pencherait pour la signature du code, rapporte {OUT}, mais aucune décision définitive n'a été prise."),
        ("modality", "A=undecided", "{A} se demande encore s'il faut signer le code. | L'entreprise attend d'abord les lignes directrices de la Commission."),
        ("modality", "A=undecided,B=sign", "{B} a signé le code {D}. | {A} devrait lui emboîter le pas, selon {OUT}."),
        ("delay_request", "A=undecided", "{A} a demandé à Bruxelles de reporter de deux ans l'application de l'AI Act aux modèles d'IA à usage général."),
        ("delay_request", "A=undecided", "{A} figure parmi les signataires d'une lettre appelant l'UE à « arrêter l'horloge » de l'AI Act."),
        ("partial", "A=sign", "{A} n'a signé que le chapitre du code consacré à la sûreté et à la sécurité. | L'entreprise juge les chapitres sur la transparence et le droit d'auteur trop contraignants."),
        ("partial", "A=sign,B=undecided", "{A} a signé uniquement le chapitre sur la sécurité. | {B} envisage de faire de même."),
        ("retrospective", "A=sign", "{A}, signataire du code depuis juillet, a présenté {D} une nouvelle version de {PA}."),
        ("retrospective", "A=refuse", "{A}, qui avait refusé de signer le code, a annoncé {D} l'ouverture d'un centre de données en Europe."),
        ("retrospective", "A=undecided", "{A}, dont la position sur le code reste inconnue, a lancé {D} son assistant en Europe."),
        ("refuse_verbs", "A=refuse", "{A} a balayé le code d'un revers de main, le jugeant inutile au regard de la loi, et n'y adhérera pas."),
        ("refuse_verbs", "A=refuse", "{A} ne mettra pas son nom au bas du code, a fait savoir {XA}."),
        ("refuse_verbs", "A=refuse", "{A} reste à l'écart du code et entend démontrer sa conformité par d'autres moyens."),
        ("refuse_verbs", "A=refuse,B=sign", "Contrairement à {B}, signataire de la première heure, {A} rejette le code en bloc."),
        ("willingness", "L=sign", "{L} ont indiqué leur volonté de participer, selon la Commission, et signeront le code dans les prochains jours."),
        ("willingness", "A=sign", "{A} a fait part de sa volonté d'adhérer au code et le signera avant l'échéance du 2 août."),
        ("willingness", "A=undecided", "{A} n'exclut pas de rejoindre l'initiative, mais attend des garanties sur le volet droit d'auteur du code."),
        ("other_code", "L=none", "{L} avaient signé dès 2018 le code de bonnes pratiques contre la désinformation."),
        ("other_code", "L=none", "Dans le cadre du Pacte sur l'IA, {L} ont pris en 2024 des engagements volontaires."),
        ("other_code", "A=none,B=none", "{A} et {B} adhèrent au code de conduite du G7 issu du processus d'Hiroshima."),
        ("other_code", "A=undecided,B=none", "{A}, signataire en 2022 du code renforcé contre la désinformation aux côtés {deB}, n'a pas encore tranché sur le code consacré à l'IA."),
        ("scope_list", "LP=none", "Le code s'adresse aux fournisseurs de modèles d'IA à usage général, comme {LP}."),
        ("hard_negative", "A=none,B=none", "{A} a signé {D} un partenariat avec {B} pour distribuer ses modèles en Europe."),
        ("multi_company", "A=sign,B=none", "{A} a signé le code {D}, au lendemain de la présentation d'un nouveau modèle par son partenaire {B}."),
    ],
    "es": [
        ("signatory_list", "L=sign,L2=sign", "Entre los firmantes figuran {L}. | También aparecen en la lista {L2}."),
        ("signatory_list", "L=sign", "Más de {N} empresas han suscrito ya el código, entre ellas {L}, y se espera que otras se sumen en las próximas semanas."),
        ("signatory_list", "L=sign,A=refuse", "La lista publicada por la Comisión incluye a {L}. | No aparece {A}, que ya anunció en julio que no firmaría."),
        ("signatory_list", "L=sign,A=undecided", "{L} ya han firmado el código. | {A} todavía no ha dicho si lo hará."),
        ("ellipsis", "A=sign,L=sign", "{A} anunció {D} que firmará el código. | {L} ya lo han hecho."),
        ("ellipsis", "A=sign,B=undecided", "{A} ha firmado el código; {B} no ha aclarado si seguirá sus pasos."),
        ("ellipsis", "A=sign,B=sign", "{A} confirmó {D} que se adherirá al código. | Se suma así a {B}, que firmó en julio."),
        ("ellipsis", "A=refuse,B=refuse", "{A} no firmará el código. | La decisión sitúa a la compañía junto a {B}, el otro gran actor que se ha negado a firmar."),
        ("ellipsis", "A=refuse,B=sign", "{A} se niega a firmar el código. | {B}, en cambio, estampó su firma nada más publicarse el texto."),
        ("quote_attribution", "A=sign", "{A} fijó {D} su postura en un comunicado. | «Firmaremos el código y seguiremos colaborando con la Oficina de IA», señaló la empresa."),
        ("quote_attribution", "A=refuse", "En {A} no hay dudas. | «No vamos a firmar este código, que va más allá de lo que exige la ley», afirmó {XA}."),
        ("quote_attribution", "A=undecided", "{A} se muestra prudente con el código. | «Todavía estamos analizando el texto definitivo y no hemos tomado una decisión», indicó un portavoz."),
        ("quote_attribution", "A=sign", "{XA}, de {A}, intervino {D} en una conferencia en Madrid. | «Vamos a firmar el código, porque queremos seguridad jurídica», dijo {SA}."),
        ("modality", "A=undecided", "{A} adoptaría el código en las próximas semanas, según fuentes conocedoras del asunto."),
        ("modality", "A=undecided", "{A} se inclina por firmar el código, según {OUT}, aunque aún no hay una decisión definitiva."),
        ("modality", "A=undecided", "{A} sopesa todavía si firmar el código. | La compañía quiere ver antes las directrices de la Comisión."),
        ("modality", "A=undecided,B=sign", "{B} firmó el código {D}. | Es probable que {A} haga lo mismo, según {OUT}."),
        ("delay_request", "A=undecided", "{A} ha pedido a la UE que aplace dos años las obligaciones de la ley de IA para los modelos de uso general."),
        ("delay_request", "A=undecided", "{A} respaldó la petición de «parar el reloj» de la ley europea de IA. | A juicio de la empresa, faltan todavía directrices clave."),
        ("partial", "A=sign", "{A} solo ha firmado el capítulo de seguridad y protección del código. | Considera demasiado gravosos los de transparencia y derechos de autor."),
        ("partial", "A=sign,B=undecided", "{A} suscribió únicamente el capítulo de seguridad. | {B} estudia hacer lo mismo."),
        ("retrospective", "A=sign", "{A}, que firmó el código en julio, presentó {D} una nueva versión de {PA}."),
        ("retrospective", "A=refuse", "{A}, que se negó a firmar el código, anunció {D} un nuevo centro de datos en Europa."),
        ("retrospective", "A=undecided", "{A}, que aún no se ha pronunciado sobre el código, lanzó {D} su asistente en Europa."),
        ("refuse_verbs", "A=refuse", "{A} despachó el código como burocracia innecesaria y no piensa sumarse."),
        ("refuse_verbs", "A=refuse", "{A} no pondrá su nombre en el código, aseguró {XA}."),
        ("refuse_verbs", "A=refuse", "{A} se queda fuera del código y demostrará por otras vías que cumple la ley."),
        ("refuse_verbs", "A=refuse,B=sign", "A diferencia de {B}, que sí firmó, {A} planta cara al código y no se adherirá."),
        ("willingness", "L=sign", "{L} han manifestado su voluntad de adherirse al código, informó la Comisión."),
        ("willingness", "A=sign", "{A} expresó su intención de adherirse a la iniciativa y firmará el código antes del 2 de agosto."),
        ("willingness", "A=undecided", "{A} no descarta adherirse al código, pero antes quiere aclaraciones sobre los derechos de autor."),
        ("other_code", "L=none", "{L} firmaron en 2018 el código de buenas prácticas contra la desinformación."),
        ("other_code", "L=none", "En el marco del Pacto sobre IA, {L} asumieron compromisos voluntarios en 2024."),
        ("other_code", "A=none,B=none", "{A} y {B} suscriben el código de conducta del G7 surgido del proceso de Hiroshima."),
        ("other_code", "A=refuse,B=none", "{A} firmó en 2022, junto a {B}, el código reforzado contra la desinformación, pero rechaza el nuevo código de IA."),
        ("scope_list", "LP=none", "El código se aplica a los proveedores de modelos de IA de uso general, como {LP}."),
        ("hard_negative", "A=none,B=none", "{A} firmó {D} un acuerdo de colaboración con {B}."),
        ("multi_company", "A=sign,B=none", "{A} firmó el código {D}, un día después de que su socio {B} presentara un nuevo modelo."),
    ],
    "it": [
        ("signatory_list", "L=sign,L2=sign", "Tra i firmatari figurano {L}. | Nella lista compaiono anche {L2}."),
        ("signatory_list", "L=sign", "Oltre {N} aziende hanno già sottoscritto il codice, tra cui {L}, e altre dovrebbero aggiungersi nelle prossime settimane."),
        ("signatory_list", "L=sign,A=refuse", "L'elenco pubblicato dalla Commissione comprende {L}. | Manca {A}, che già a luglio aveva fatto sapere che non avrebbe firmato."),
        ("signatory_list", "L=sign,A=undecided", "{L} hanno già firmato il codice. | {A} non ha ancora detto se lo farà."),
        ("ellipsis", "A=sign,L=sign", "{A} ha annunciato {D} che firmerà il codice. | {L} lo hanno già fatto."),
        ("ellipsis", "A=sign,B=undecided", "{A} ha firmato il codice; {B} non ha chiarito se seguirà l'esempio."),
        ("ellipsis", "A=sign,B=sign", "{A} ha confermato {D} che aderirà al codice. | Si affianca così a {B}, che ha firmato a luglio."),
        ("ellipsis", "A=refuse,B=refuse", "{A} non firmerà il codice. | La decisione colloca l'azienda accanto a {B}, l'altro grande gruppo che ha detto no."),
        ("ellipsis", "A=refuse,B=sign", "{A} si rifiuta di firmare il codice. | {B}, al contrario, ha sottoscritto il testo subito dopo la pubblicazione."),
        ("quote_attribution", "A=sign", "{A} ha chiarito {D} la propria posizione in una nota. | «Firmeremo il codice e continueremo a collaborare con l'Ufficio per l'IA», ha scritto l'azienda."),
        ("quote_attribution", "A=refuse", "In casa {A} non ci sono dubbi. | «Non firmeremo questo codice, che va oltre quanto previsto dalla legge», ha dichiarato {XA}."),
        ("quote_attribution", "A=undecided", "In {A} sul codice prevale la cautela. | «Stiamo ancora esaminando il testo definitivo e non abbiamo preso alcuna decisione», ha detto un portavoce."),
        ("quote_attribution", "A=sign", "A un convegno a Milano ha preso la parola {D} anche {XA} di {A}. | «Firmeremo il codice, perché vogliamo certezza del diritto», ha detto {SA}."),
        ("modality", "A=undecided", "{A} dovrebbe adottare il codice nelle prossime settimane, secondo fonti vicine al dossier."),
        ("modality", "A=undecided", "In {A} prevale l'orientamento a firmare il codice, riferisce {OUT}, ma la decisione finale non è ancora stata presa."),
        ("modality", "A=undecided", "{A} sta ancora valutando se firmare il codice. | L'azienda vuole prima vedere le linee guida della Commissione."),
        ("modality", "A=undecided,B=sign", "{B} ha firmato il codice {D}. | {A} probabilmente seguirà, secondo {OUT}."),
        ("delay_request", "A=undecided", "{A} ha chiesto all'UE di rinviare di due anni gli obblighi dell'AI Act per i modelli di uso generale."),
        ("delay_request", "A=undecided", "{A} ha sostenuto l'appello a «fermare l'orologio» sull'AI Act. | Secondo l'azienda mancano ancora linee guida fondamentali."),
        ("partial", "A=sign", "{A} ha firmato soltanto il capitolo del codice su sicurezza e protezione. | Giudica troppo onerosi quelli su trasparenza e diritto d'autore."),
        ("partial", "A=sign,B=undecided", "{A} ha sottoscritto solo il capitolo sulla sicurezza. | {B} valuta di fare lo stesso."),
        ("retrospective", "A=sign", "{A}, che ha firmato il codice a luglio, ha presentato {D} una nuova versione di {PA}."),
        ("retrospective", "A=refuse", "{A}, che ha rifiutato di firmare il codice, ha annunciato {D} un nuovo data center in Europa."),
        ("retrospective", "A=undecided", "{A}, che non ha ancora preso posizione sul codice, ha lanciato {D} il proprio assistente in Europa."),
        ("refuse_verbs", "A=refuse", "{A} ha liquidato il codice come burocrazia inutile e non intende aderire."),
        ("refuse_verbs", "A=refuse", "{A} non metterà la propria firma sul codice, ha fatto sapere {XA}."),
        ("refuse_verbs", "A=refuse", "{A} resta fuori dal codice e dimostrerà in altro modo di rispettare la legge."),
        ("refuse_verbs", "A=refuse,B=sign", "A differenza di {B}, che ha firmato, {A} contesta apertamente il codice e non vi aderirà."),
        ("willingness", "L=sign", "{L} hanno manifestato la volontà di aderire al codice, ha comunicato la Commissione."),
        ("willingness", "A=sign", "{A} ha espresso l'intenzione di aderire all'iniziativa e firmerà il codice entro il 2 agosto."),
        ("willingness", "A=undecided", "{A} non esclude di aderire al codice, ma prima vuole chiarimenti sul diritto d'autore."),
        ("other_code", "L=none", "{L} avevano firmato nel 2018 il codice di buone pratiche sulla disinformazione."),
        ("other_code", "L=none", "Nell'ambito del Patto per l'IA, {L} hanno assunto nel 2024 impegni volontari."),
        ("other_code", "A=none,B=none", "{A} e {B} sostengono il codice di condotta del G7 nato dal processo di Hiroshima."),
        ("other_code", "A=undecided,B=none", "{A}, che nel 2022 aveva sottoscritto con {B} il codice rafforzato sulla disinformazione, non ha ancora deciso se firmare il nuovo codice sull'IA."),
        ("scope_list", "LP=none", "Il codice si rivolge ai fornitori di modelli di IA per finalità generali, come {LP}."),
        ("hard_negative", "A=none,B=none", "{A} ha firmato {D} un accordo di partnership con {B}."),
        ("multi_company", "A=sign,B=none", "{A} ha firmato il codice {D}, il giorno dopo che il partner {B} aveva presentato un nuovo modello."),
    ],
    "pt": [
        ("signatory_list", "L=sign,L2=sign", "Entre os signatários estão {L}. | Também constam da lista {L2}."),
        ("signatory_list", "L=sign", "Mais de {N} empresas já assinaram o código, incluindo {L}, e espera-se que outras se juntem nas próximas semanas."),
        ("signatory_list", "L=sign,A=refuse", "A lista publicada pela Comissão inclui {L}. | A {A} não consta dela: a empresa já tinha anunciado em julho que não iria assinar."),
        ("signatory_list", "L=sign,A=undecided", "{Lc} já assinaram o código. | A {A} ainda não disse se fará o mesmo."),
        ("signatory_list", "L=sign", "A lista de signatários divulgada {D} pelo Serviço Europeu para a IA inclui {L}, entre outras."),
        ("ellipsis", "A=sign,L=sign", "A {A} anunciou {D} que vai assinar o código. | {Lc} já o fizeram."),
        ("ellipsis", "A=sign,B=undecided", "A {A} assinou o código; a {B} ainda não revelou se tenciona seguir o exemplo."),
        ("ellipsis", "A=sign,B=sign", "A {A} confirmou {D} que vai aderir ao código. | Junta-se assim à {B}, que assinou em julho."),
        ("ellipsis", "A=refuse,B=refuse", "A {A} não vai assinar o código. | A decisão coloca a empresa ao lado da {B}, a única outra grande tecnológica que recusou."),
        ("ellipsis", "A=refuse,B=sign", "A {A} recusa-se a assinar o código. | Já a {B} assinou logo após a publicação do texto."),
        ("quote_attribution", "A=sign", "A {A} reagiu {D} num comunicado. | «Vamos assinar o código e continuar a colaborar com o Serviço Europeu para a IA», afirmou a empresa."),
        ("quote_attribution", "A=refuse", "Na {A}, a posição sobre o código é clara. | «Não vamos assinar este código, que vai além do que a lei exige», disse {XA}."),
        ("quote_attribution", "A=undecided", "A {A} mantém-se cautelosa quanto ao código. | «Ainda estamos a analisar o texto final e não tomámos nenhuma decisão», disse um porta-voz."),
        ("quote_attribution", "A=sign", "{XA}, da {A}, falou {D} numa conferência em Lisboa. | «Vamos assinar o código, porque queremos segurança jurídica», afirmou {SA}."),
        ("modality", "A=undecided", "A {A} deverá adotar o código nas próximas semanas, segundo fontes próximas do processo."),
        ("modality", "A=undecided", "A {A} está inclinada a assinar o código, avança {OUT}, mas a decisão final ainda não foi tomada."),
        ("modality", "A=undecided", "A {A} ainda está a ponderar se assina o código. | A empresa quer ver primeiro as orientações da Comissão."),
        ("modality", "A=undecided,B=sign", "A {B} assinou o código {D}. | A {A} deverá seguir-lhe os passos, segundo {OUT}."),
        ("modality", "A=undecided", "É provável que a {A} acabe por assinar o código, mas a empresa ainda não se comprometeu."),
        ("delay_request", "A=undecided", "A {A} pediu à UE que adie por dois anos as obrigações do AI Act para modelos de IA de finalidade geral."),
        ("delay_request", "A=undecided", "A {A} juntou-se aos apelos para «parar o relógio» do regulamento europeu da IA. | Segundo a empresa, continuam a faltar orientações essenciais."),
        ("partial", "A=sign", "A {A} assinou apenas o capítulo do código sobre segurança e proteção. | A empresa considera demasiado pesados os capítulos relativos à transparência e aos direitos de autor."),
        ("partial", "A=sign,B=undecided", "A {A} subscreveu só o capítulo de segurança. | A {B} pondera fazer o mesmo."),
        ("retrospective", "A=sign", "A {A}, que assinou o código em julho, apresentou {D} uma nova versão do {PA}."),
        ("retrospective", "A=refuse", "A {A}, que recusou assinar o código, anunciou {D} um novo centro de dados na Europa."),
        ("retrospective", "A=undecided", "A {A}, que ainda não se pronunciou sobre o código, lançou {D} o seu assistente na Europa."),
        ("retrospective", "A=refuse,B=sign", "A {A}, uma das poucas grandes empresas que rejeitaram o código, e a {B}, signatária desde julho, apresentaram {D} novos modelos."),
        ("refuse_verbs", "A=refuse", "A {A} desvalorizou o código como burocracia desnecessária e não vai aderir."),
        ("refuse_verbs", "A=refuse", "A {A} não vai pôr o seu nome no código, garantiu {XA}."),
        ("refuse_verbs", "A=refuse", "A {A} fica de fora do código e pretende demonstrar de outra forma que cumpre a lei."),
        ("refuse_verbs", "A=refuse,B=sign", "Ao contrário da {B}, que assinou, a {A} opõe-se ao código e não vai aderir."),
        ("willingness", "L=sign", "{Lc} manifestaram a intenção de aderir ao código, indicou a Comissão Europeia."),
        ("willingness", "A=sign", "A {A} mostrou-se disponível para aderir à iniciativa e vai assinar o código antes de 2 de agosto."),
        ("willingness", "A=undecided", "A {A} não exclui aderir ao código, mas quer primeiro esclarecimentos sobre os direitos de autor."),
        ("other_code", "L=none", "{Lc} assinaram em 2018 o código de conduta contra a desinformação."),
        ("other_code", "L=none", "No âmbito do Pacto para a IA, {L} assumiram em 2024 compromissos voluntários."),
        ("other_code", "A=none,B=none", "A {A} e a {B} subscrevem o código de conduta do G7 saído do processo de Hiroxima."),
        ("other_code", "A=undecided,B=none", "A {A}, que em 2022 assinou com a {B} o código reforçado contra a desinformação, ainda não decidiu se vai assinar o novo código para a IA."),
        ("scope_list", "LP=none", "O código aplica-se aos fornecedores de modelos de IA de finalidade geral, como {LP}."),
        ("hard_negative", "A=none,B=none", "A {A} assinou {D} um acordo de parceria com a {B}."),
        ("hard_negative", "A=none", "A {A} lançou {D} uma nova versão do {PA} para empresas europeias."),
        ("multi_company", "A=sign,B=none", "A {A} assinou o código {D}, um dia depois de a sua parceira, a {B}, ter apresentado um novo modelo."),
    ],
    "nl": [
        ("signatory_list", "L=sign,L2=sign", "Tot de ondertekenaars behoren {L}. | Ook {L2} staan op de lijst."),
        ("signatory_list", "L=sign", "Inmiddels hebben meer dan {N} bedrijven de gedragscode ondertekend, waaronder {L}, en er worden er nog meer verwacht."),
        ("signatory_list", "L=sign,A=refuse", "Op de lijst die de Commissie {D} publiceerde, staan {L}. | {A} ontbreekt: het bedrijf liet in juli al weten niet te zullen tekenen."),
        ("signatory_list", "L=sign,A=undecided", "{L} hebben de code getekend. | {A} heeft nog niet gezegd of het dat ook gaat doen."),
        ("signatory_list", "L=sign", "De lijst met ondertekenaars die het AI-bureau {D} bekendmaakte, telt onder meer {L}."),
        ("ellipsis", "A=sign,L=sign", "{A} maakte {D} bekend dat het de code zal ondertekenen. | {L} deden dat al eerder."),
        ("ellipsis", "A=sign,B=undecided", "{A} heeft de code ondertekend; {B} laat nog in het midden of het volgt."),
        ("ellipsis", "A=sign,B=sign", "{A} bevestigde {D} dat het zich bij de code aansluit. | Daarmee voegt het bedrijf zich bij {B}, dat al in juli tekende."),
        ("ellipsis", "A=refuse,B=refuse", "{A} zal de code niet ondertekenen. | Daarmee belandt het bedrijf in hetzelfde kamp als {B}, dat eerder al weigerde."),
        ("ellipsis", "A=refuse,B=sign", "{A} weigert de code te ondertekenen. | {B} zette er daarentegen direct na de publicatie zijn handtekening onder."),
        ("quote_attribution", "A=sign", "{A} reageerde {D} met een schriftelijke verklaring. | ‘Wij zullen de code ondertekenen en blijven constructief samenwerken met het AI-bureau’, aldus het bedrijf."),
        ("quote_attribution", "A=refuse", "Bij {A} is men er duidelijk over. | ‘Deze code gaan wij niet ondertekenen, want die gaat verder dan de wet’, zei {XA}."),
        ("quote_attribution", "A=undecided", "{A} houdt de kaarten over de code voorlopig tegen de borst. | ‘We bestuderen de definitieve tekst nog en hebben geen besluit genomen’, zei een woordvoerder."),
        ("quote_attribution", "A=sign", "{XA} van {A} sprak {D} op een congres in Brussel. | ‘Wij gaan de code tekenen, want we willen rechtszekerheid’, zei {SA}."),
        ("modality", "A=undecided", "{A} zal de code naar verwachting binnen enkele weken onderschrijven, zeggen ingewijden."),
        ("modality", "A=undecided", "{A} neigt ernaar de code te ondertekenen, meldt {OUT}, maar een definitief besluit is er nog niet."),
        ("modality", "A=undecided", "{A} weegt nog af of het de code ondertekent. | Het bedrijf wil eerst de richtsnoeren van de Commissie zien."),
        ("modality", "A=undecided,B=sign", "{B} tekende de code {D}. | {A} zal waarschijnlijk volgen, meldt {OUT}."),
        ("modality", "A=undecided", "Het ligt voor de hand dat {A} uiteindelijk tekent, maar het bedrijf heeft zich nog nergens op vastgelegd."),
        ("delay_request", "A=undecided", "{A} heeft de EU gevraagd de verplichtingen van de AI-verordening voor algemene AI-modellen met twee jaar uit te stellen."),
        ("delay_request", "A=undecided", "{A} steunt de oproep om ‘de klok stil te zetten’ voor de AI-verordening. | Volgens het bedrijf ontbreken nog essentiële richtsnoeren."),
        ("partial", "A=sign", "{A} heeft alleen het hoofdstuk over veiligheid en beveiliging van de code ondertekend. | De hoofdstukken over transparantie en auteursrecht vindt het bedrijf te belastend."),
        ("partial", "A=sign,B=undecided", "{A} tekende uitsluitend voor het veiligheidshoofdstuk. | {B} overweegt hetzelfde te doen."),
        ("retrospective", "A=sign", "{A}, dat de code in juli ondertekende, presenteerde {D} een nieuwe versie van {PA}."),
        ("retrospective", "A=refuse", "{A}, dat weigerde de code te ondertekenen, kondigde {D} een nieuw datacenter in Europa aan."),
        ("retrospective", "A=undecided", "{A}, dat nog altijd niet heeft gezegd of het de code zal ondertekenen, lanceerde {D} zijn assistent in Europa."),
        ("retrospective", "A=refuse,B=sign", "{A}, een van de weinige grote spelers die de code afwezen, en {B}, dat al in juli tekende, kondigden {D} allebei nieuwe modellen aan."),
        ("refuse_verbs", "A=refuse", "{A} deed de code af als overbodige bureaucratie en sluit zich er niet bij aan."),
        ("refuse_verbs", "A=refuse", "{A} zet zijn naam niet onder de code, liet {XA} weten."),
        ("refuse_verbs", "A=refuse", "{A} blijft buiten de code en wil op een andere manier aantonen dat het aan de wet voldoet."),
        ("refuse_verbs", "A=refuse,B=sign", "Anders dan {B}, dat wel tekende, verzet {A} zich tegen de code en blijft het erbuiten."),
        ("willingness", "L=sign", "{L} hebben laten weten zich bij de gedragscode te willen aansluiten, aldus de Commissie."),
        ("willingness", "A=sign", "{A} heeft aangegeven zich bij het initiatief aan te sluiten en zal de code vóór 2 augustus ondertekenen."),
        ("willingness", "A=undecided", "{A} sluit niet uit dat het zich bij de code aansluit, maar wil eerst duidelijkheid over het auteursrecht."),
        ("other_code", "L=none", "{L} ondertekenden in 2018 de praktijkcode tegen desinformatie."),
        ("other_code", "L=none", "In het kader van het AI-pact deden {L} in 2024 vrijwillige toezeggingen."),
        ("other_code", "A=none,B=none", "{A} en {B} onderschrijven de G7-gedragscode die uit het Hiroshima-proces voortkwam."),
        ("other_code", "A=undecided,B=none", "{A} ondertekende in 2022 samen met {B} de aangescherpte desinformatiecode, maar heeft nog geen besluit genomen over de AI-code."),
        ("scope_list", "LP=none", "De code geldt voor aanbieders van AI-modellen voor algemene doeleinden, zoals {LP}."),
        ("hard_negative", "A=none,B=none", "{A} sloot {D} een samenwerkingsovereenkomst met {B}."),
        ("hard_negative", "A=none", "{A} bracht {D} een nieuwe versie van {PA} uit voor Europese zakelijke klanten."),
        ("multi_company", "A=sign,B=none", "{A} tekende de code {D}, een dag nadat partner {B} een nieuw model had gepresenteerd."),
    ],
    "pl": [
        ("signatory_list", "L=sign,L2=sign", "Wśród sygnatariuszy kodeksu są firmy {L}. | Na liście znalazły się również {L2}."),
        ("signatory_list", "L=sign", "Kodeks podpisało już ponad {N} firm, w tym {L}, a kolejne mają dołączyć w najbliższych tygodniach."),
        ("signatory_list", "L=sign,A=refuse", "Na opublikowanej przez Komisję liście figurują {L}. | Zabrakło na niej firmy {A}, która już w lipcu zapowiedziała, że kodeksu nie podpisze."),
        ("signatory_list", "L=sign,A=undecided", "Kodeks podpisały firmy {L}. | Firma {A} wciąż nie zdecydowała, czy do nich dołączy."),
        ("signatory_list", "L=sign", "Lista sygnatariuszy, którą Urząd ds. AI opublikował {D}, obejmuje m.in. firmy {L}."),
        ("ellipsis", "A=sign,L=sign", "Firma {A} poinformowała {D}, że podpisze kodeks. | Firmy {L} zrobiły to już wcześniej."),
        ("ellipsis", "A=sign,B=undecided", "Spółka {A} kodeks już podpisała. | Firma {B} nie ujawniła, czy zamierza pójść w jej ślady."),
        ("ellipsis", "A=sign,B=sign", "Koncern {A} potwierdził, że przystąpi do kodeksu. | Tym samym dołącza do firmy {B}, która zrobiła to już w lipcu."),
        ("ellipsis", "A=refuse,B=refuse", "Firma {A} nie podpisze kodeksu. | Tym samym znalazła się w jednym szeregu ze spółką {B}, która również odmówiła."),
        ("ellipsis", "A=refuse,B=sign", "Firma {A} odmówiła podpisania kodeksu. | Inaczej postąpiła spółka {B}, która podpisała go tuż po publikacji."),
        ("quote_attribution", "A=sign", "Firma {A} odniosła się do sprawy {D} w komunikacie. | „Podpiszemy kodeks i nadal będziemy współpracować z Urzędem ds. AI” – napisano w oświadczeniu."),
        ("quote_attribution", "A=refuse", "W firmie {A} nie ma w tej sprawie wątpliwości. | „Nie podpiszemy tego kodeksu, bo wykracza poza to, czego wymaga prawo” – mówi {XA}."),
        ("quote_attribution", "A=undecided", "Przedstawiciele firmy {A} zachowują w sprawie kodeksu ostrożność. | „Wciąż analizujemy ostateczny tekst i nie podjęliśmy decyzji” – przekazał rzecznik spółki."),
        ("quote_attribution", "A=sign", "Podczas konferencji w Brukseli przedstawiciele firmy {A} byli pytani o kodeks. | „Zamierzamy go podpisać, bo zależy nam na pewności prawnej” – odpowiada {XA}."),
        ("modality", "A=undecided", "Firma {A} prawdopodobnie przyjmie kodeks w najbliższych tygodniach – podaje {OUT}, powołując się na źródła zbliżone do spółki."),
        ("modality", "A=undecided", "Spółka {A} skłania się ku podpisaniu kodeksu, choć ostatecznej decyzji jeszcze nie podjęła."),
        ("modality", "A=undecided", "Firma {A} wciąż rozważa, czy podpisać kodeks. | Najpierw chce poznać wytyczne Komisji."),
        ("modality", "A=undecided,B=sign", "Spółka {B} podpisała kodeks {D}. | Firma {A} najpewniej pójdzie w jej ślady – podaje {OUT}."),
        ("modality", "A=undecided", "Wszystko wskazuje na to, że koncern {A} ostatecznie podpisze kodeks, ale formalnie jeszcze się do tego nie zobowiązał."),
        ("delay_request", "A=undecided", "Koncern {A} zwrócił się do Unii Europejskiej o odroczenie o dwa lata obowiązków, jakie AI Act nakłada na modele ogólnego przeznaczenia."),
        ("delay_request", "A=undecided", "Firma {A} poparła apel o „zatrzymanie zegara” we wdrażaniu AI Act. | Jej zdaniem wciąż brakuje kluczowych wytycznych."),
        ("partial", "A=sign", "Firma {A} podpisała wyłącznie rozdział kodeksu dotyczący bezpieczeństwa. | Rozdziały o przejrzystości i prawie autorskim uznała za zbyt uciążliwe."),
        ("partial", "A=sign,B=undecided", "Koncern {A} podpisał tylko rozdział o bezpieczeństwie. | Firma {B} rozważa podobny krok."),
        ("retrospective", "A=sign", "Firma {A}, która podpisała kodeks w lipcu, zaprezentowała {D} nową wersję modelu {PA}."),
        ("retrospective", "A=refuse", "Spółka {A}, która odmówiła podpisania kodeksu, ogłosiła {D} budowę centrum danych w Europie."),
        ("retrospective", "A=refuse", "Koncern {A}, jeden z nielicznych dużych graczy, którzy odrzucili kodeks, pochwalił się {D} rekordowymi wynikami."),
        ("retrospective", "A=undecided", "Firma {A}, która wciąż nie zajęła stanowiska w sprawie kodeksu, uruchomiła {D} europejską wersję swojego asystenta."),
        ("refuse_verbs", "A=refuse", "Firma {A} zbyła kodeks jako zbędną biurokrację i nie zamierza do niego przystępować."),
        ("refuse_verbs", "A=refuse", "Spółka {A} nie podpisze się pod kodeksem – zapowiada {XA}."),
        ("refuse_verbs", "A=refuse", "Firma {A} trzyma się z dala od kodeksu i zgodność z przepisami zamierza wykazać w inny sposób."),
        ("refuse_verbs", "A=refuse,B=sign", "W przeciwieństwie do firmy {B}, która kodeks podpisała, koncern {A} ostro go krytykuje i nie zamierza do niego przystąpić."),
        ("willingness", "L=sign", "Firmy {L} wyraziły wolę przystąpienia do kodeksu – poinformowała Komisja Europejska."),
        ("willingness", "A=sign", "Spółka {A} zadeklarowała chęć przystąpienia do kodeksu i podpisze go przed 2 sierpnia."),
        ("willingness", "A=undecided", "Firma {A} nie wyklucza przystąpienia do kodeksu, ale uzależnia decyzję od wyjaśnień w sprawie praw autorskich."),
        ("other_code", "L=none", "Firmy {L} podpisały w 2018 roku kodeks postępowania w zakresie zwalczania dezinformacji."),
        ("other_code", "L=none", "W ramach Paktu na rzecz sztucznej inteligencji firmy {L} złożyły w 2024 roku dobrowolne zobowiązania."),
        ("other_code", "A=none,B=none", "Firmy {A} i {B} popierają kodeks postępowania G7, przyjęty w ramach procesu z Hiroszimy."),
        ("other_code", "A=refuse,B=none", "Koncern {A}, podobnie jak firma {B}, podpisał w 2022 roku wzmocniony kodeks dotyczący dezinformacji. | Nowego kodeksu dla modeli AI podpisać jednak nie zamierza."),
        ("scope_list", "LP=none", "Kodeks dotyczy dostawców modeli AI ogólnego przeznaczenia, takich jak {LP}."),
        ("hard_negative", "A=none,B=none", "Firma {A} podpisała {D} umowę o współpracy z firmą {B}."),
        ("hard_negative", "A=none", "Firma {A} udostępniła {D} europejskim klientom biznesowym nową wersję modelu {PA}."),
        ("multi_company", "A=sign,B=none", "Firma {A} podpisała kodeks {D}, dzień po tym, jak jej partner biznesowy {B} pokazał nowy model."),
    ],
}


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------
def _join(names: list[str], lang: str) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {LIST_AND[lang]} " + names[-1]


def _fr_de(name: str) -> str:
    return ("d'" if name[:1] in "AEIOU" else "de ") + name


def _parse(spec: str) -> dict[str, str]:
    return dict(part.split("=") for part in spec.split(","))


class _Instance:
    """One filling of a frame: company choices, slot values, text and per-company labels."""

    def __init__(self, rng: random.Random, companies: list[dict], lang: str, frame: tuple[str, str, str]):
        phen, spec, text = frame
        slots = set(SLOT.findall(text))
        labels = _parse(spec)
        used: list[str] = []

        def pick(pred=lambda c: True) -> dict:
            cands = [c for c in companies if c["name"] not in used and pred(c)]
            c = rng.choices(cands, weights=[c["weight"] for c in cands])[0]
            used.append(c["name"])
            return c

        vals: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        for s in ("A", "B", "C"):
            if not any(x in slots for x in (s, "X" + s, "S" + s, "R" + s, "P" + s, "de" + s)):
                continue
            needs_exec = any(x in slots for x in ("X" + s, "S" + s, "R" + s))
            pred = lambda c: ((not needs_exec or c["execs"]) and ("P" + s not in slots or c["products"])  # noqa: E731, B023 - used in this iteration
                              and ("R" + s not in slots or any(_en_role(e["role"]) for e in c["execs"])))  # noqa: B023
            c = pick(pred)
            name = c["name"]
            ref = rng.choice(c["aliases"]) if c["aliases"] and rng.random() < 0.1 else name
            vals[s] = ref
            vals["de" + s] = _fr_de(ref)
            self.members[s] = [name]
            if needs_exec:
                execs = [e for e in c["execs"] if "R" + s not in slots or _en_role(e["role"])]
                e = rng.choice(execs)
                vals["X" + s], vals["S" + s] = e["name"], e["surname"]
                if "R" + s in slots:
                    vals["R" + s] = f"{name}'s {_en_role(e['role'])}"
            if "P" + s in slots:
                vals["P" + s] = rng.choice(c["products"])
        for s, lo, hi in (("L", 2, 4), ("L2", 2, 3), ("LP", 2, 3)):
            if s not in slots and not (s == "L" and "Lc" in slots):
                continue
            k = rng.randint(lo, hi)
            chosen = [pick((lambda c: c["products"]) if s == "LP" else (lambda c: True)) for _ in range(k)]
            names = [c["name"] for c in chosen]
            self.members[s] = names
            if s == "LP":
                parts = [PRODUCT_OF[lang].format(c=c["name"], p=rng.choice(c["products"]), de=_fr_de(c["name"]))
                         for c in chosen]
                vals["LP"] = _join(parts, lang)
            elif lang == "pt":
                vals[s] = _join([f"a {n}" for n in names], lang)
                vals[s + "c"] = "A" + vals[s][1:]
            else:
                vals[s] = _join(names, lang)
        vals["D"] = rng.choice(DATES[lang])
        vals["OUT"] = rng.choice(OUTLETS[lang])
        vals["N"] = rng.choice(NUMBERS)
        vals["CODE"] = rng.choice(CODE_EN)
        core = [s.strip() for s in SLOT.sub(lambda m: vals[m.group(1)], text).split(" | ")]

        n = len(core)
        mode = rng.choice(["cf", "cf", "c", "f"] if n == 1 else ["", "c", "f", "cf"] if n == 2 else ["", "c", "f"])
        context = CONTEXT[lang]
        if (phen != "delay_request" and set(labels.values()) != {"none"}
                and not any(w in text for w in CODE_WORDS[lang])):
            # the frame leaves the Code implicit ("the signatories include…"): the context names it
            context = [c for c in context if any(w in c for w in CODE_WORDS[lang])]
            mode = mode if "c" in mode else "c" + mode
            mode = mode if n + len(mode) <= 4 else "c"
        sents = ([rng.choice(context)] if "c" in mode else []) + core
        if "f" in mode:
            sents.append(rng.choice(FOLLOW[lang]))
        if rng.random() < 0.5:
            sents[0] = rng.choice(DATELINES[lang]) + sents[0]
        self.text = " ".join(sents)
        self.phenomenon = phen
        self.labelled: list[tuple[str, str]] = []
        for slot, label in labels.items():
            names = self.members[slot]
            if len(names) > 3:
                names = rng.sample(names, 3)
            self.labelled += [(name, label) for name in names]


def frame_groups(frames: dict[str, list[tuple[str, str, str]]] | None = None,
                 prefix: str = "news") -> list[tuple[str, str, tuple[str, str, str]]]:
    """``(group id, language, frame)`` for every frame."""
    frames = FRAMES if frames is None else frames
    return [(f"{prefix}:{lang}:{i}", lang, fr) for lang in LANGS for i, fr in enumerate(frames.get(lang, []))]


def generate(registry: Path = REGISTRY, seed: int = SEED, frames: dict[str, list[tuple[str, str, str]]] | None = None,
             targets: dict[str, int] | None = None, prefix: str = "news",
             ratio: dict[str, float] | None = None) -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows, deterministic for a seed.

    Frames are instantiated round by round (in a seeded order) until each language has its
    ``TARGET`` examples in the ``LABEL_RATIO`` mix; a company whose label is already full in that
    language is left out of the instance (the text still yields its other targets). ``ratio``: another
    label mix than ``LABEL_RATIO``."""
    companies = load_companies(registry)
    rng = random.Random(seed)
    rows = []
    seen: set[tuple[str, str]] = set()
    targets = TARGET if targets is None else targets
    groups = frame_groups(frames, prefix)
    for lang in LANGS:
        quota = {lab: round(targets.get(lang, 0) * r) for lab, r in (ratio or LABEL_RATIO).items()}
        lang_frames = [(g, fr) for g, lg, fr in groups if lg == lang]
        for _ in range(60):
            if not any(quota.values()) or not lang_frames:
                break
            order = list(range(len(lang_frames)))
            rng.shuffle(order)
            for i in order:
                group, frame = lang_frames[i]
                inst = _Instance(rng, companies, lang, frame)
                for company, label in inst.labelled:
                    if quota[label] <= 0 or (company, inst.text) in seen:
                        continue
                    seen.add((company, inst.text))
                    quota[label] -= 1
                    rows.append((company, inst.text, label, lang, inst.phenomenon, group))
    return rows


def heldout_groups(rows, seed: int = SEED, share: float = 0.15) -> set[str]:
    """Frames held out whole: per language, walk the frames in hash order and hold them out until
    about ``share`` of that language's examples are held out."""
    sizes: dict[str, dict[str, int]] = {}
    for row in rows:
        lang, group = row[3], row[5]
        sizes.setdefault(lang, {}).setdefault(group, 0)
        sizes[lang][group] += 1
    held = set()
    for groups in sizes.values():
        budget = share * sum(groups.values())
        taken = 0
        for g in sorted(groups, key=lambda g: hashlib.sha1(f"{seed}:{g}".encode()).hexdigest()):
            if taken + groups[g] / 2 <= budget:
                held.add(g)
                taken += groups[g]
    return held


if __name__ == "__main__":
    import collections

    out = generate()
    print(len(out))
    print(collections.Counter((r[3], r[2]) for r in out))
