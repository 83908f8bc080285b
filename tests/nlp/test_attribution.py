"""Speaker attribution on sentences written for these tests."""
from __future__ import annotations

import pytest

from nlp.attribution import attribute


def speaker_of(tagged, registry, text, context=None):
    td = tagged(text, title=context)
    out = attribute(td, registry)
    idx = [s.index for s in td.sentences if not s.is_title][0]
    sp = out[idx]
    return (sp.name, sp.company_id) if sp else None


@pytest.mark.parametrize("text,expected", [
    ("“We are still reading the final text,” Nadella said on Tuesday.", ("Satya Nadella", "microsoft")),
    ("Sam Altman told a Berlin audience that OpenAI would open an office there.", ("Sam Altman", "openai")),
    ("Yann LeCun, Meta's chief AI scientist, wrote that open models need room.", ("Yann LeCun", "meta")),
    ("According to Kent Walker, the rules need clarity.", ("Kent Walker", "google")),
    ("The rules need clarity, said Lehane.", ("Chris Lehane", "openai")),
    ("A spokeswoman for Anthropic said the company had no comment beyond its blog post.", (None, "anthropic")),
    ("Microsoft's chief legal officer said the company supported the process.", (None, "microsoft")),
    ("Nvidia declined to comment.", (None, "nvidia")),
    ("„Wir werden unterschreiben“, sagte Mensch in Paris.", ("Arthur Mensch", "mistral-ai")),
    ("Selon Meta, le texte est trop vague.", (None, "meta")),
    ("«Lo estudiaremos», dijo Pichai.", ("Sundar Pichai", "google")),
    ("Secondo Amodei, il codice è ragionevole.", ("Dario Amodei", "anthropic")),
    ("Delangue ha detto che le regole sono troppo rigide.", ("Clem Delangue", "hugging-face")),
])
def test_speakers(tagged, registry, text, expected):
    assert speaker_of(tagged, registry, text) == expected


@pytest.mark.parametrize("text", [
    "Meta refused to sign the code.",  # action, not speech
    "Google has not said whether it will sign.",  # negated speech
    "Amazon and IBM said in a joint letter that the code is workable.",  # joint statement
    "Pichai and Nadella have both said they favour global rules.",  # several companies
    "Commissioner Henna Virkkunen said Meta would regret its decision.",  # non-registry speaker
    "Policy analyst Mary Smith said the code was a compromise.",  # surname collision
    "Staff were told the code would not change their work.",  # passive
])
def test_no_speaker(tagged, registry, text):
    assert speaker_of(tagged, registry, text) is None


def test_pronoun_speaker_from_context(tagged, registry):
    assert speaker_of(tagged, registry, "She said the company would sign.",
                      context="May Habib spoke at the conference.") == ("May Habib", "writer")


def test_founder_role_resolves_only_when_named_before(tagged, registry):
    ctx = "Pleias was co-founded by Pierre-Carl Langlais."
    assert speaker_of(tagged, registry, "The company's co-founder said it would sign.", ctx) == \
        ("Pierre-Carl Langlais", "pleias")
    assert speaker_of(tagged, registry, "The company's co-founder said it would sign.",
                      "Pleias opened an office.") == (None, "pleias")


def test_quote_continuation_is_inherited(tagged, registry):
    td = tagged("Kaplan wrote: “Europe is on the wrong path.” “Meta won't be signing it.”")
    out = attribute(td, registry)
    assert out[0].name == "Joel Kaplan" and not out[0].inherited
    assert out[1].name == "Joel Kaplan" and out[1].inherited
