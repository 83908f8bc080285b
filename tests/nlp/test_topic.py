from __future__ import annotations

import pytest

from nlp.topic import classify_topic, document_about_gpai, in_scope


@pytest.mark.parametrize("sentence,label", [
    ("Meta will not sign the GPAI code of practice.", "gpai_code"),
    ("The general-purpose AI code of practice was published in July.", "gpai_code"),
    ("Meta unterzeichnet den Verhaltenskodex für KI-Modelle nicht.", "gpai_code"),
    ("Mistral AI a signé le code de bonnes pratiques.", "gpai_code"),
    ("Amazon firmó el código de buenas prácticas de la UE.", "gpai_code"),
    ("IBM ha firmato il codice di buone pratiche.", "gpai_code"),
    ("Apple joined the AI Pact in 2024.", "ai_pact"),
    ("Google signed the Code of Practice on Disinformation years ago.", "disinfo_code"),
    ("Microsoft signed the G7 Hiroshima code of conduct.", "other_code"),
    ("Forty CEOs asked Brussels to stop the clock on the AI Act.", "stop_the_clock"),
    ("The AI Act entered into force in August 2024.", "ai_act"),
    ("The weather in Brussels was mild.", "none"),
])
def test_labels(sentence, label):
    assert classify_topic(sentence).label == label


def test_bare_code_depends_on_document():
    s = "Meta said it would not sign the code."
    assert classify_topic(s, doc_about_gpai=True).score > classify_topic(s, doc_about_gpai=False).score
    assert classify_topic(s, doc_about_gpai=True).label == "gpai_code"


def test_document_scope_and_filter():
    assert document_about_gpai(["The EU published its GPAI code.", "Meta won't be signing it."])
    assert not document_about_gpai(["Google signed the Code of Practice on Disinformation."])
    assert in_scope(classify_topic("Meta won't be signing it.", True), True)
    assert not in_scope(classify_topic("Meta won't be signing it.", False), False)
    assert not in_scope(classify_topic("Apple joined the AI Pact.", True), True)
