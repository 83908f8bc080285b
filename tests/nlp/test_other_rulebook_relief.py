"""More time asked under another rulebook or proceeding is no request about the AI rules (guide rule 7:
"more time for something else (a DMA deadline, a tax case) → none").

Before 2026-12-06 `classify_passage` let such a sentence through the topic gate as a delay request
(a passage handed to `classify` is taken to be about the Code), and the model read 7 of 12 of our probes
as `undecided` at up to 0.90. The sentences are ours, written from the phenomenon.
"""
from __future__ import annotations

import pytest

from nlp.topic import classify_topic, in_scope
from nlp.transformer import default_model_dir, model_is_current

OTHER_RULEBOOK = [
    ("Apple", "Apple has asked Brussels for an extension of the DMA deadline for its browser choice screen."),
    ("Google", "Google requested a grace period from the competition authority before the new search remedies take effect."),
    ("Meta", "Meta asked the Irish tax authorities for more time to file its response."),
    ("Meta", "Meta asked the Commission to delay the DMA fine while it appeals."),
    ("Google", "Google a demandé un délai supplémentaire pour se conformer au DMA."),
    ("Microsoft", "Microsoft hat mehr Zeit für die Steuernachzahlung in Irland beantragt."),
    ("Meta", "Meta poprosiła sąd o więcej czasu w sprawie podatkowej."),
    ("Google", "Google sought more time from a federal court to respond in its search case."),
]

AI_RULES = [
    ("Google", "Google asked the Commission for a grace period before the AI Act's obligations for model providers apply."),
    ("Apple", "Apple asked for more time before the EU's AI rules take effect."),
    # French "court" is short, Polish "sądzić" is to think: neither is a court
    ("Mistral AI", "Mistral AI a demandé plus de temps, estimant le délai trop court pour se conformer aux règles."),
    ("Meta", "Meta sądzi, że firmy potrzebują więcej czasu na dostosowanie się do przepisów."),
    # a stance on the Code beside the other matter stays in scope
    ("Microsoft", "Microsoft, which sought more time under the DMA, has signed the code."),
]


@pytest.mark.parametrize("company,text", OTHER_RULEBOOK)
def test_relief_under_another_rulebook_is_out_of_scope(company, text):
    topic = classify_topic(text, doc_about_gpai=True)
    assert topic.label == "other_rules" and not in_scope(topic, True)


@pytest.mark.parametrize("company,text", AI_RULES)
def test_relief_from_the_ai_rules_stays_in_scope(company, text):
    assert in_scope(classify_topic(text, doc_about_gpai=True), True)


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("company,text", OTHER_RULEBOOK)
def test_the_shipped_analyzer_reads_other_relief_as_none(shipped_analyzer, company, text):
    assert shipped_analyzer.classify_passage(company, text).stance == "none"
