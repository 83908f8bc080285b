"""Open positions worded as idioms or lists, and signatures the rules did not know (own probes,
2026-12-06, written from the labelling guide's rules 3, 5 and 10):

* "on the fence", "cards close to its chest", "open to joining": the model read them as a refusal or a
  signature at 0.87-0.99; the rules read them whole, as a reread;
* "the list of signatories does not include Apple" is absence from the list (rule 10: `undecided`);
* "is taking a fresh look" after a refusal is reconsidering it (rule 5: `undecided`);
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
    # controls
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
