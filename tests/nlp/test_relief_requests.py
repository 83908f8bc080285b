"""Requests for relief worded without a delay word: more time, a grace or transition period, an
extension, a halt, a later or phased start, softer rules (guide rule 7: `undecided`).

Before 2026-12-06 a sentence such as "urged Brussels to give companies more time to comply with the AI
Act" named only the AI Act and no delay word, so the topic gate dropped it before the model saw it
(`none`, "no sentence about the GPAI code"); past the gate, the model read 16 of 71 such probes in eight
languages as `none` at up to 0.97. The sentences below are ours, written from the phenomenon.
"""
from __future__ import annotations

import pytest

from nlp.rules import find_cues
from nlp.topic import classify_topic, in_scope
from nlp.transformer import default_model_dir, model_is_current

REQUESTS = [
    ("Siemens", "Siemens urged Brussels to give companies more time to comply with the AI Act."),
    ("Meta", "Meta wants the EU to grant a grace period before the AI Act obligations apply."),
    ("Google", "Google asked the Commission for an extension of the AI Act deadlines."),
    ("Amazon", "Amazon asked EU officials to hold off on enforcing the AI Act."),
    ("IBM", "IBM supported the Commission's plan to defer the application of the AI Act's provisions."),
    ("Apple", "A longer transition period for the AI Act was requested by Apple and several industrial groups."),
    ("Aleph Alpha", "Aleph Alpha drängt darauf, die Fristen des AI Act zu verlängern."),
    ("Mistral AI", "Mistral AI demande à Bruxelles davantage de temps pour se conformer à l'AI Act."),
    ("Microsoft", "Microsoft apoyó la propuesta de ampliar los plazos de la ley europea de inteligencia artificial."),
    ("Anthropic", "Anthropic chiede un periodo transitorio più lungo per le regole sull'IA per finalità generali."),
    ("Mistral AI", "O presidente executivo da Mistral AI apelou à UE para que abrande a aplicação do AI Act."),
    ("Microsoft", "Microsoft steunt het voorstel om de termijnen van de AI Act te verlengen."),
    ("Google", "Google zwrócił się do Brukseli o więcej czasu na dostosowanie się do AI Act."),
]


@pytest.mark.parametrize("company,text", REQUESTS)
def test_a_relief_request_naming_only_the_ai_act_passes_the_topic_gate(company, text):
    assert in_scope(classify_topic(text, doc_about_gpai=True), True)


@pytest.mark.parametrize("company,text", REQUESTS)
def test_the_rules_read_a_relief_request_as_a_delay_request(analyzer, company, text):
    result = analyzer.classify_passage(company, text)
    assert result.stance == "undecided", (result, find_cues(text))
    assert any(c.reread == "delay" for c in find_cues(text))


@pytest.mark.parametrize("company,text", [
    # more time for something that is not the AI rules
    ("Apple", "Apple requested an extension of its deadline to comply with the Digital Markets Act."),
    ("Amazon", "Amazon pidió más tiempo a Hacienda para presentar la documentación de un litigio fiscal."),
    # no request: opposed, an event, "without delay"
    ("Amazon", "Amazon rejected calls for more time to comply with the AI Act."),
    ("Meta", "Meta's new AI model launch was delayed in Europe, the company said, asking regulators for clarity."),
    ("Google", "Google said it would sign the AI code without delay."),
    # someone else's request, the target a member of the group (guide rule 7)
    ("Bria AI", "Bria is a member of a European trade group which asked for more time on the AI rules."),
    ("Bria AI", "Bria is lid van een brancheorganisatie die om uitstel van de AI-regels voor grote modellen vroeg."),
    # "calling" the Code a simplification names it; it asks for nothing
    ("Microsoft", "Microsoft is on board with the code, calling it a welcome simplification of the AI rules."),
])
def test_no_relief_request(analyzer, company, text):
    result = analyzer.classify_passage(company, text)
    assert result.stance != "undecided", (result, find_cues(text))


@pytest.mark.parametrize("text,label", [
    # a decision after the request is the position (guide rule 6: delay, then decision)
    ("Mistral AI first asked for more time but has since signed the code.", "sign"),
    ("Mistral AI first asked for a delay but has since signed the code.", "sign"),
    ("Mistral AI forderte zunächst eine Übergangsfrist, hat den Verhaltenskodex inzwischen aber unterzeichnet.", "sign"),
    ("Mistral AI pushed for a grace period and in the end declined to sign the code.", "refuse"),
    # the request alone stays undecided
    ("Mistral AI first asked for more time to study the code.", "undecided"),
])
def test_a_decision_after_the_request_decides(analyzer, text, label):
    result = analyzer.classify_passage("Mistral AI", text)
    assert result.stance == label, (result, find_cues(text))


def test_pressing_for_simpler_rules_is_a_cue_but_not_a_reread(analyzer):
    """The Code is also presented as a simplification, so lobbying for simpler rules is weaker evidence
    than asking for time: an ordinary cue the model may outvote."""
    text = "Google has pressed for the rules to be simplified for general-purpose AI models."
    assert analyzer.classify_passage("Google", text).stance == "undecided"
    assert [c.reread for c in find_cues(text)] == [None]


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("company,text", REQUESTS)
def test_the_shipped_analyzer_reads_relief_requests_as_undecided(shipped_analyzer, company, text):
    assert shipped_analyzer.classify_passage(company, text).stance == "undecided"
