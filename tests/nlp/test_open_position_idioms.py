"""Open positions worded as idioms or lists, and signatures the rules did not know (own probes,
2026-12-06, written from the labelling guide's rules 3, 5 and 10):

* "on the fence", "cards close to its chest", "open to joining": the model read them as a refusal or a
  signature at 0.87-0.99; the rules read them whole, as a reread;
* "the list of signatories does not include Apple" is absence from the list (rule 10: `undecided`);
* "is taking a fresh look" after a refusal is reconsidering it (rule 5: `undecided`);
* what others want or expect ("the Commission expects X to sign", "X has until August 2 to sign") is
  `undecided` (rule 3); the model and the rules read 16 of 30 such probes as `sign`;
* "put its name to the code" is a signature, and a hedge inside a closed relative clause before it
  ("which had said it was likely to sign") is the old position.
"""
from __future__ import annotations

import pytest

from nlp.rules import find_cues
from nlp.transformer import default_model_dir, model_is_current

CASES = [
    ("Amazon", "Amazon on the fence over EU's AI code of practice.", "undecided"),
    ("Amazon", "Amazon is sitting on the fence over the EU's code of practice for general-purpose AI.", "undecided"),
    ("Apple", "Apple has kept its cards close to its chest on the EU's AI code of practice.", "undecided"),
    ("Meta", "Meta is hedging its bets on the EU code of practice.", "undecided"),
    ("IBM", "IBM is open to signing the code of practice, a spokesperson said.", "undecided"),
    ("Amazon", "Amazon is open to joining the EU's code of practice, a spokesperson said.", "undecided"),
    ("Mistral AI", "Mistral AI se dit ouvert à signer le code de bonnes pratiques.", "undecided"),
    ("Apple", "Apple hält sich zum Verhaltenskodex bedeckt.", "undecided"),
    ("Meta", "The list does not include Meta, Apple or DeepSeek.", "undecided"),
    ("Apple", "The Commission's list of signatories does not include Apple.", "undecided"),
    ("Meta", "Meta, which rejected the code in July, is taking a fresh look at it after talks with the AI Office.",
     "undecided"),
    ("Microsoft", "Microsoft put its name to the code of practice on Friday.", "sign"),
    ("Microsoft", "Microsoft, which had said it was likely to sign, put its name to the code on Friday.", "sign"),
    # someone else wants, expects or gives a deadline for the signature (rule 3)
    ("Amazon", "Amazon has until August 2 to sign the EU's code of practice for general-purpose AI.", "undecided"),
    ("Mistral AI", "The Commission expects Mistral AI to sign the code of practice in the coming days.", "undecided"),
    ("OpenAI", "Henna Virkkunen called on the ChatGPT maker to sign the code of practice without delay.", "undecided"),
    ("xAI", "Pressure is mounting on xAI to sign the EU's code of practice, officials said.", "undecided"),
    ("Amazon", "The AI Office hopes Amazon will sign the code of practice before the deadline.", "undecided"),
    ("Apple", "EU officials believe Apple will eventually sign the code of practice, a diplomat said.", "undecided"),
    ("Anthropic", "Virkkunen said she was confident Anthropic would sign the code of practice.", "undecided"),
    ("Apple", "Apple was invited to sign the EU's code of practice along with other model providers.", "undecided"),
    # controls
    ("Google", "Google said it will sign the code of practice.", "sign"),
    ("Meta", "Meta wants to sign the code of practice, Kaplan said.", "sign"),
    ("OpenAI", "OpenAI decided to sign the code of practice last week.", "sign"),
    ("Microsoft", "Microsoft is proud to sign the code of practice, Smith wrote.", "sign"),
    ("Amazon", "Amazon, which regulators had hoped would sign early, signed the code on Friday.", "sign"),
    ("Google", "Google has signed the code; the list of signatories does not include Meta.", "sign"),
    ("Meta", "Meta is not on the fence: it will not sign the code, Kaplan said.", "refuse"),
    ("Google", "Google is open to partnerships with European start-ups.", "none"),
]


@pytest.mark.parametrize("company,text,label", CASES)
def test_the_rules_read_open_idioms_lists_and_signatures(analyzer, company, text, label):
    result = analyzer.classify_passage(company, text)
    assert result.stance == label, (result, find_cues(text))


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("company,text,label", CASES)
def test_the_shipped_analyzer_reads_them(shipped_analyzer, company, text, label):
    assert shipped_analyzer.classify_passage(company, text).stance == label
