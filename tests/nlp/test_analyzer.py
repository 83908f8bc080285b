from __future__ import annotations

import pytest

from nlp.analyzer import AnalyzerError, load_analyzer
from nlp.rules import RuleStanceClassifier
from stancewatch.config import NlpConfig

DOC = ("EU code splits AI providers\n\n"
       "The European Commission published the general-purpose AI code of practice on Thursday. "
       "IBM and Amazon have signed it, while Nvidia declined. "
       "Sundar Pichai said Google was still reviewing the text. "
       "“We will not be signing it,” Zuckerberg wrote on Facebook. "
       "Apple joined the AI Pact last year. "
       "Baidu was not mentioned by anyone.")


@pytest.fixture(scope="module")
def results(analyzer):
    title, _, body = DOC.partition("\n\n")
    return {r.company_id: r for r in analyzer.analyze(body, title=title)}


@pytest.mark.parametrize("cid,label", [("ibm", "sign"), ("amazon", "sign"), ("nvidia", "refuse"),
                                       ("google", "undecided"), ("meta", "refuse"), ("apple", "none"),
                                       ("baidu", "none")])
def test_multi_company_document(results, cid, label):
    assert results[cid].stance == label


def test_evidence_and_speaker(results):
    meta = results["meta"]
    assert meta.speaker == "Mark Zuckerberg" and "not be signing" in meta.evidence
    assert results["google"].speaker == "Sundar Pichai"
    assert results["ibm"].speaker is None
    assert results["apple"].evidence == "Apple joined the AI Pact last year."
    assert 0 <= meta.confidence <= 1 and meta.reason


def test_one_result_per_company(analyzer):
    out = analyzer.analyze("Meta refused to sign the code. Meta repeated that it will not sign the code.")
    assert [r.company_id for r in out] == ["meta"]


def test_later_change_wins(analyzer):
    out = analyzer.analyze("Microsoft had refused to sign the code in July. Microsoft has now signed the code.")
    assert out[0].stance == "sign"


def test_no_companies(analyzer):
    assert analyzer.analyze("The AI Office published a template.") == []
    assert analyzer.analyze("") == []


def test_abstention(registry):
    from nlp.analyzer import Analyzer

    strict = Analyzer(registry, RuleStanceClassifier(), abstain_below=0.95)
    r = strict.analyze("Meta is expected to sign the code.")[0]
    assert r.stance == "none" and r.reason.startswith("abstained")


@pytest.mark.parametrize("company,text,label,canonical", [
    ("meta", "Meta won't be signing the code.", "refuse", "Meta"),
    ("Mistral", "Mistral AI a signé le code de bonnes pratiques.", "sign", "Mistral AI"),
    ("Joel Kaplan", "“We won't sign it,” Kaplan wrote.", "refuse", "Meta"),
    ("Acme Robotics", "Acme Robotics said it will sign the code.", "sign", "Acme Robotics"),
    ("OpenAI", "The weather was nice.", "none", "OpenAI"),
])
def test_classify_passage(analyzer, company, text, label, canonical):
    r = analyzer.classify_passage(company, text)
    assert (r.stance, r.company) == (label, canonical)
    if label != "none":
        assert r.evidence


def test_classify_passage_unknown_company_id(analyzer):
    assert analyzer.classify_passage("Acme Robotics", "Acme Robotics signed.").company_id == "acme-robotics"


def test_load_analyzer_rules_and_errors(tmp_path):
    assert load_analyzer(NlpConfig(classifier="rules")).classifier.name == "rules-v1"
    with pytest.raises(AnalyzerError):
        load_analyzer(NlpConfig(classifier="bogus"))
    with pytest.raises(AnalyzerError, match="transformer"):
        load_analyzer(NlpConfig(classifier="transformer", model_dir=str(tmp_path / "none")))
    assert load_analyzer(NlpConfig(classifier="auto", model_dir=str(tmp_path / "none"))).classifier.name == "rules-v1"


@pytest.mark.parametrize("text,label", [
    ("Microsoft had refused to sign the code but has now signed it.", "sign"),
    ("Smith said the company would likely sign the code.", "undecided"),
    ("A Meta spokesperson said the company would not sign the GPAI code.", "refuse"),
])
def test_single_sentence_cases(analyzer, text, label):
    assert analyzer.analyze(text)[0].stance == label
