"""Delay and relief requests worded outside the lexicon, letters signed that ask for them, and legal appeals
(guide rule 7: asking for a delay of the Code or the AI Act timeline is `undecided`; rule 6: fines and
appeals are `none`).

Before 2026-12-06 "urged the EU to put the AI Act on ice", "die Anwendung hinauszuschieben", "décaler
l'application", "far slittare", "op te schuiven", "o przerwę w stosowaniu" named the AI Act and no word the
topic gate knew, so it dropped them (`none`, "no sentence about the GPAI code"): 55 of 70 such probes in eight
languages. Signatories of an "Appell", "dell'appello" or a "listu, w którym …" were read as signing the Code,
and after a fine sentence "kündigte Berufung an", "ferait appel", "vai recorrer" as `refuse` or `undecided`.
The sentences below are ours, written from the phenomenon.
"""
from __future__ import annotations

import pytest

from nlp.rules import find_cues
from nlp.topic import asks_about_ai_rules, classify_topic, in_scope
from nlp.transformer import default_model_dir, model_is_current

# requests naming the AI Act (or its rules) in words the gate did not know
REQUESTS = [
    ("Google", "Google asked Brussels for additional time to comply with the AI Act."),
    ("Microsoft", "Microsoft wants extra time before the AI Act obligations for model makers apply."),
    ("Meta", "Meta's policy chief called on the EU to put the AI Act on ice."),
    ("SAP", "SAP urged the Commission to put the AI Act's obligations on hold."),
    ("Meta", "Meta wants the AI Act's rules for large models to apply later than planned."),
    ("OpenAI", "OpenAI argued that the implementation of the AI Act should be slowed."),
    ("Google", "Google pressed Brussels to revisit the timeline of the AI Act."),
    ("Amazon", "Amazon supported calls to push the AI Act's deadlines into 2027."),
    ("IBM", "IBM asked the EU to push the AI Act deadlines back by a year."),
    ("Mistral AI", "Mistral AI wants the Commission to wait until harmonised standards exist before enforcing the AI Act."),
    ("Siemens", "Siemens drängt darauf, die Anwendung der KI-Verordnung hinauszuschieben."),
    ("SAP", "SAP fordert, die Pflichten der KI-Verordnung zu vertagen."),
    ("Aleph Alpha", "Aleph Alpha fordert zusätzliche Zeit für die Umsetzung der KI-Verordnung."),
    ("Mistral AI", "Mistral AI demande à Bruxelles de décaler l'application de l'AI Act."),
    ("Mistral AI", "Mistral AI réclame du temps supplémentaire pour appliquer l'AI Act."),
    ("Google", "Google pidió a Bruselas tiempo adicional para aplicar la Ley de IA."),
    ("Meta", "Meta pidió a la Comisión demorar la Ley de IA."),
    ("Meta", "Meta chiede di far slittare le regole dell'AI Act per i modelli."),
    ("Google", "Google chiede tempo aggiuntivo per conformarsi all'AI Act."),
    ("Siemens", "A Siemens pede a Bruxelas que trave a aplicação do AI Act."),
    ("Meta", "A Meta pede que o AI Act seja empurrado para 2027."),
    ("ASML", "ASML vraagt Brussel de invoering van de AI-wet op te schuiven."),
    ("Philips", "Philips pleit ervoor de AI Act in de ijskast te zetten."),
    ("Google", "Google apeluje o przerwę we wdrażaniu AI Act."),
    ("Microsoft", "Microsoft prosi o dodatkowy czas na wdrożenie AI Act."),
    ("Meta", "Meta chce przesunąć terminy AI Act."),
]


@pytest.mark.parametrize("company,text", REQUESTS)
def test_a_worded_delay_request_passes_the_topic_gate(company, text):
    topic = classify_topic(text)
    assert topic.label == "stop_the_clock" and in_scope(topic, False), topic


@pytest.mark.parametrize("company,text", REQUESTS)
def test_the_rules_read_a_worded_delay_request_as_undecided(analyzer, company, text):
    result = analyzer.classify_passage(company, text)
    assert result.stance == "undecided", (result, find_cues(text))
    assert any(c.reread == "delay" for c in find_cues(text))


# signing a letter or an appeal that asks for a delay: a delay request, not a signature of the Code
LETTERS = [
    ("SAP", "SAP-Chef Christian Klein zählt zu den Unterzeichnern eines Appells, der Brüssel auffordert, "
            "die Uhr bei den Pflichten für KI-Modelle vorerst anzuhalten."),
    ("SAP", "SAP hat das Schreiben unterzeichnet, das einen Aufschub der KI-Verordnung verlangt."),
    ("Siemens", "Siemens-Chef Roland Busch hat den Appell zur Aussetzung der KI-Verordnung unterschrieben."),
    ("Mistral AI", "Mistral AI a signé un appel à suspendre l'AI Act."),
    ("Mistral AI", "Anche Arthur Mensch di Mistral AI è tra i firmatari dell'appello per una pausa dell'AI Act."),
    ("Mistral AI", "Arthur Mensch jest wśród sygnatariuszy listu, w którym prezesi proszą o przerwę w stosowaniu AI Act."),
    ("ASML", "De topman van ASML zette zijn handtekening onder de brief die vraagt de AI-wet op te schuiven."),
]


@pytest.mark.parametrize("company,text", LETTERS)
def test_a_delay_letter_signed_is_a_delay_request_not_a_signature(analyzer, company, text):
    cues = find_cues(text)
    assert any(c.reread == "delay" for c in cues), cues
    assert not any(c.stance == "sign" for c in cues), cues
    assert analyzer.classify_passage(company, text).stance == "undecided"


@pytest.mark.parametrize("text", [
    "Google pressed the Commission to keep the code of practice simple.",
    "Google pressed the Commission to keep the code of practice light and simple.",
])
def test_keeping_the_code_of_practice_simple_is_a_delay_request(analyzer, text):
    assert any(c.reread == "delay" for c in find_cues(text))
    assert analyzer.classify_passage("Google", text).stance == "undecided"


@pytest.mark.parametrize("company,text", [
    # "later" about something else than the rules applying later
    ("Google", "Later that month, Google signed the EU's AI code of practice."),
    # the AI Act criticised, no push for delay
    ("Meta", "Meta called the AI Act a brake on innovation in Europe."),
    # more time or a pause for something else
    ("Apple", "Apple asked for additional time to comply with the DMA."),
    ("Meta", "Meta pidió tiempo adicional para responder a la autoridad de competencia."),
    ("Meta", "Meta announced a pause in hiring for its European teams."),
    ("Google", "Firma Google zrobiła przerwę w rekrutacji w Polsce."),
    # a product launch put off, not the rules
    ("Meta", "Meta wants to put the launch of its AI assistant in Europe on hold."),
    ("SAP", "SAP will die Einführung seines KI-Assistenten in Europa hinausschieben."),
    ("Meta", "Meta veut décaler le lancement de son assistant IA en Europe."),
    ("Meta", "Meta vuole far slittare il lancio del suo assistente IA in Europa."),
    # a fact about the timeline, nobody asking
    ("Google", "Google said the AI Act will apply later to models already on the market."),
    # someone else's request, the target a member of the group (guide rule 7)
    ("Bria AI", "Bria is a member of a trade group which asked to put the AI Act on hold."),
])
def test_no_worded_delay_request(analyzer, company, text):
    result = analyzer.classify_passage(company, text)
    assert result.stance != "undecided", (result, find_cues(text))


def test_a_decision_after_the_worded_request_decides(analyzer):
    text = "Google asked for additional time at first, but has since signed the code of practice."
    assert analyzer.classify_passage("Google", text).stance == "sign"


@pytest.mark.parametrize("text", [
    "Meta wants to delay the launch of its AI assistant in Europe.",
    "SAP will die Einführung seines KI-Assistenten verschieben.",
])
def test_a_product_launch_is_not_the_ai_rules(text):
    assert not asks_about_ai_rules(text)
    assert asks_about_ai_rules("Meta wants to delay the rollout of the AI rules.")


# a legal appeal: a proceeding, out of scope like relief from another rulebook
APPEALS = [
    "Google said it would appeal the decision.",
    "The company will appeal.",
    "Google lodged an appeal with the General Court.",
    "Der Konzern will das nicht hinnehmen und kündigte Berufung an.",
    "Google will Rechtsmittel einlegen.",
    "Le groupe a annoncé qu'il ferait appel.",
    "Le groupe va interjeter appel.",
    "La compañía anunció que recurrirá la decisión.",
    "La compañía presentará un recurso.",
    "Il gruppo farà ricorso.",
    "Google impugnerà la decisione.",
    "A empresa vai recorrer da decisão.",
    "Het concern gaat in beroep.",
    "Koncern zapowiedział odwołanie.",
]


@pytest.mark.parametrize("text", APPEALS)
def test_a_legal_appeal_is_out_of_scope(text):
    topic = classify_topic(text, doc_about_gpai=True)
    assert topic.label == "other_rules" and not in_scope(topic, True), topic


@pytest.mark.parametrize("text", [
    # an appeal that is a call: the stop-the-clock letter
    "Mistral AI a signé un appel à suspendre l'AI Act.",
    "Siemens backed the appeal to pause the AI Act.",
    "SAP unterstützt den Appell, die KI-Verordnung auszusetzen.",
    # "to resort to", "citing", not an appeal
    "Google a fait appel aux services d'un cabinet bruxellois.",
    "Meta verweigert die Zahlung, berichtet Reuters unter Berufung auf Insider.",
    # an appeal beside a position on the code
    "Google signed the code; it will appeal the separate antitrust fine.",
])
def test_not_a_legal_appeal(text):
    assert classify_topic(text, doc_about_gpai=True).label != "other_rules"


@pytest.mark.parametrize("text", [
    "La Commission a infligé une amende de 2,95 milliards d'euros à Google. Le groupe a annoncé qu'il ferait appel.",
    "Google muss in der EU eine Strafe von 2,95 Milliarden Euro zahlen. Der Konzern will das nicht hinnehmen und "
    "kündigte Berufung an.",
])
def test_an_appeal_after_a_fine_is_no_stance(analyzer, text):
    assert analyzer.classify_passage("Google", text).stance == "none"


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("company,text", REQUESTS + LETTERS)
def test_the_shipped_analyzer_reads_worded_delay_requests_as_undecided(shipped_analyzer, company, text):
    assert shipped_analyzer.classify_passage(company, text).stance == "undecided"


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("text", [
    "Die EU-Kommission hat gegen Google eine Geldbuße von 2,95 Milliarden Euro verhängt. Der Konzern kündigte an, "
    "Berufung einzulegen.",
    "La Commission a infligé une amende de 2,95 milliards d'euros à Google. Le groupe a annoncé qu'il ferait appel.",
    "Bruxelles ha multato Google per 2,95 miliardi di euro. Google impugnerà la decisione.",
    "A Comissão Europeia multou a Google em 2,95 mil milhões de euros. A empresa vai recorrer da decisão.",
    "Komisja Europejska nałożyła na Google karę 2,95 mld euro. Koncern zapowiedział odwołanie.",
])
def test_the_shipped_analyzer_reads_an_appeal_after_a_fine_as_none(shipped_analyzer, text):
    assert shipped_analyzer.classify_passage("Google", text).stance == "none"
