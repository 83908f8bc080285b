"""Three readings of the rules found by probes of our own (2026-12-06), written from the labelling guide:

* a position noun's agent is the name it governs, not the subject of the next clause: "Malgré le refus de
  Meta, Google a signé le code" is Google's signature (rule 1); 11 such sentences in seven languages
  were read as the second company's refusal;
* silence asked about signing leaves the decision open: "Asked whether it would sign the code, Apple
  declined to comment" is `undecided` (rule 10), while "declined to comment on the lawsuit" stays `none`;
* a refusal worded with a pro-form ("se ha negado a hacerlo", "recusou-se a fazê-lo") is a refusal.
"""
from __future__ import annotations

import pytest

from nlp.classifier import Passage
from nlp.rules import RuleStanceClassifier, find_cues
from nlp.transformer import default_model_dir, model_is_current


def _span(text, name):
    return ((text.index(name), text.index(name) + len(name)),)


OTHERS_REFUSAL_THEN_SIGNATURE = [
    ("Google", "Malgré le refus de Meta, Google a signé le code de bonnes pratiques."),
    ("Google", "Mimo odmowy Mety Google podpisał kodeks postępowania."),
    ("Google", "Despite Meta's refusal, Google has signed the code of practice."),
    ("Google", "Pese al rechazo de Meta, Google firmó el código de buenas prácticas."),
    ("Google", "Nonostante il rifiuto di Meta, Google ha firmato il codice."),
]

OWN_REFUSAL_NOUN = [
    ("Meta", "Metas Weigerung, den Kodex zu unterzeichnen, sorgt in Brüssel für Unmut."),
    ("Meta", "Le refus de Meta de signer le code a surpris Bruxelles."),
    ("Meta", "Meta's refusal to sign the code drew criticism in Brussels."),
    ("Meta", "Il rifiuto di Meta di firmare il codice ha irritato Bruxelles."),
    ("Meta", "Odmowa podpisania kodeksu przez Metę zaskoczyła Brukselę."),
    ("Meta", "Metas Ablehnung, dem Kodex beizutreten, wurde in Brüssel kritisiert."),
    ("Meta", "Le refus de Meta et d'Apple de signer le code a surpris Bruxelles."),
    ("Apple", "Le refus de Meta et d'Apple de signer le code a surpris Bruxelles."),
]


# the subject after the verb (Dutch inversion): the rules give no reading, the model reads it
INVERTED = [("Google", "Ondanks de weigering van Meta heeft Google de gedragscode ondertekend.")]


@pytest.mark.parametrize("company,text", OTHERS_REFUSAL_THEN_SIGNATURE)
def test_another_companys_refusal_noun_leaves_the_targets_signature(analyzer, company, text):
    result = analyzer.classify_passage(company, text)
    assert result.stance == "sign", (result, find_cues(text))


@pytest.mark.parametrize("company,text", OWN_REFUSAL_NOUN)
def test_a_refusal_noun_is_its_genitive_agents_refusal(analyzer, company, text):
    result = analyzer.classify_passage(company, text)
    assert result.stance == "refuse", (result, find_cues(text))


SILENCE_ON_SIGNING = [
    ("Apple", "Asked whether it would sign the EU's code of practice, Apple declined to comment."),
    ("Meta", "Meta did not respond to a request for comment on whether it would join the code of practice."),
    ("Apple", "Apple had no comment on whether it would put its name to the code."),
    ("Mistral AI", "Mistral AI n'a pas souhaité commenter, interrogé sur la question de savoir s'il signera le code."),
]
SILENCE_ON_SOMETHING_ELSE = [
    ("Meta", "Meta declined to comment on the lawsuit."),
    ("Google", "Google did not respond to a request for comment."),
    ("Apple", "Asked whether it would appeal the fine, Apple declined to comment."),
]


@pytest.mark.parametrize("company,text", SILENCE_ON_SIGNING)
def test_silence_on_whether_it_signs_is_not_the_rules_no_comment_reading(company, text):
    prediction = RuleStanceClassifier().predict([Passage(text, company, _span(text, company))])[0]
    assert not (prediction.stance == "none" and prediction.reread), prediction


@pytest.mark.parametrize("company,text", SILENCE_ON_SOMETHING_ELSE)
def test_silence_on_something_else_is_none(analyzer, company, text):
    assert analyzer.classify_passage(company, text).stance == "none"


@pytest.mark.parametrize("text", [
    "Mientras OpenAI y Anthropic han firmado el código, Meta se ha negado a hacerlo.",
    "A Google assinou o código, mas a Meta recusou-se a fazê-lo.",
])
def test_a_refusal_of_a_pro_form_is_a_refusal(analyzer, text):
    assert analyzer.classify_passage("Meta", text).stance == "refuse", find_cues(text)


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("company,text", OTHERS_REFUSAL_THEN_SIGNATURE + INVERTED + SILENCE_ON_SIGNING[:3])
def test_the_shipped_analyzer(shipped_analyzer, company, text):
    expected = "undecided" if (company, text) in SILENCE_ON_SIGNING else "sign"
    assert shipped_analyzer.classify_passage(company, text).stance == expected
