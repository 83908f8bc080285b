"""Tagger on sentences written for these tests (not taken from any gold or evaluation set)."""
from __future__ import annotations

import pytest


def ids(td, body_only=True):
    keep = {s.index for s in td.sentences if not (body_only and s.is_title)}
    return {s.company_id for s in td.spans if s.sentence_index in keep}


@pytest.mark.parametrize("text,expected", [
    ("Meta and Anthropic both published statements on Tuesday.", {"meta", "anthropic"}),
    ("Users of Instagram and WhatsApp in Austria were notified.", {"meta"}),
    ("The Gemini team and the Copilot team met in Dublin.", {"google", "microsoft"}),
    ("Sundar Pichai spoke first; Jensen Huang closed the panel.", {"google", "nvidia"}),
    ("Der Meta-Konzern und der Microsoft-Chef trafen sich in Berlin.", {"meta", "microsoft"}),
    ("Meta-owned WhatsApp will show the new label.", {"meta"}),
    ("Une méta-analyse et le mistral ont retardé la réunion.", set()),
    ("A meta-review of twelve papers was published alongside an apple-picking study.", set()),
    ("Meta-analysis results from the Amazon rainforest were presented.", set()),
    ("Apple orchards near Bolzano use drones, and the Big Apple hosted the panel.", set()),
    ("Open AI systems are easier to audit, the professor argued.", set()),
    ("The Mistral-class carrier docked in Toulon.", set()),
    ("Reporter Tom Walker and Dr. Emma Clark moderated.", set()),
    ("Jean-Claude Van Damme was not at the AI summit.", set()),
    ("Its perplexity was low and the writer could not grok the llama joke.", set()),
    # the German genitive before its noun, and a lowered inner capital (issue 13's tagging misses)
    ("Metas Absage an den Kodex kam nicht überraschend.", {"meta"}),
    ("OpenAIs Chefjurist und Googles Präsident sprachen in Brüssel.", {"openai", "google"}),
    ("Deepseek has not said whether it will sign.", {"deepseek"}),
    ("He compared Apples with oranges, and Metas were not mentioned.", set()),
    # Polish declines the names ("do Mety", "Microsoftu", "z Mistralem"); only a Polish text has them
    ("W przeciwieństwie do Mety przedstawiciel Microsoftu zapowiedział podpis.", {"meta", "microsoft"}),
    ("Rozmowy z Mistralem trwają, a Nvidii nie ma na liście sygnatariuszy.", {"mistral-ai", "nvidia"}),
    ("La jinete Amazona ganó la carrera y Mety fue segunda.", set()),
    ("SAP and Siemens backed the call; Midjourney stayed silent.", {"sap", "siemens", "midjourney"}),
    ("Siemens Healthineers and Siemens Energy are listed separately.", set()),
])
def test_mentions(tagged, text, expected):
    assert ids(tagged(text)) == expected


def test_surname_after_full_name_and_possessive(tagged):
    td = tagged("Joel Kaplan posted on LinkedIn. Kaplan's message was short. Meta's chief global affairs officer did "
                "not take questions.")
    vias = {(s.text, s.via) for s in td.spans}
    assert ("Kaplan", "executive") in vias
    assert any(v == "possessive" and t.startswith("Meta's chief global affairs officer") for t, v in vias)


@pytest.mark.parametrize("context,text,expected", [
    ("Cohere published its policy paper.", "The firm will present it in Brussels.", {"cohere"}),
    ("Anthropic met the AI Office on Monday.", "The San Francisco-based company said talks went well.", {"anthropic"}),
    ("OpenAI announced a Munich office.", "It will hire forty people.", {"openai"}),
    ("Google updated its terms.", "Der Konzern nannte keine Details.", {"google"}),
    ("Mistral AI présente un nouveau modèle.", "L'entreprise vise les clients publics.", {"mistral-ai"}),
    ("Amazon abrió una oficina en Madrid.", "La empresa contratará a cien ingenieros.", {"amazon"}),
    ("Fastweb ha lanciato un nuovo servizio.", "L'azienda punta sul mercato italiano.", {"fastweb"}),
    ("IBM hosted the workshop.", "La società ha presentato i risultati.", {"ibm"}),
    ("Satya Nadella visited Paris.", "He met start-up founders.", {"microsoft"}),
    ("ChatGPT added a memory feature last month.", "The ChatGPT maker said more was coming.", {"openai"}),
    ("Microsoft expanded its data centres in Ireland.", "The Redmond titan gave no figure.", {"microsoft"}),
    ("Google stellte neue Modelle vor.", "Der Suchmaschinenriese nannte keinen Termin.", {"google"}),
    ("Aleph Alpha eröffnete ein Büro.", "Ein Sprecher der Firma bestätigte das.", {"aleph-alpha"}),
    # Portuguese, Dutch and Polish descriptions (contracted articles; one adjective; no article)
    ("Mistral AI apresentou um novo modelo.", "A empresa vai contratar cem engenheiros.", {"mistral-ai"}),
    ("Amazon abriu um escritório em Lisboa.", "Um porta-voz da empresa não comentou.", {"amazon"}),
    ("Google publiceerde woensdag zijn cijfers.", "Het Amerikaanse bedrijf gaf geen details.", {"google"}),
    ("Nvidia toonde een nieuwe chip.", "De chipfabrikant wil in Europa groeien.", {"nvidia"}),
    ("Anthropic otworzył biuro w Warszawie.", "Firma zatrudni stu inżynierów.", {"anthropic"}),
    ("Meta pokazała nowy model.", "Rzecznik koncernu nie podał szczegółów.", {"meta"}),
])
def test_coreference(tagged, context, text, expected):
    assert ids(tagged(text, title=context)) == expected


@pytest.mark.parametrize("context,text", [
    ("Meta published a blog post.", "The regulator said it would respond next week."),
    ("Nvidia shares rose.", "The working group met again on Thursday."),
    (None, "The company did not answer our questions."),
    ("Google presented its results.", "Henna Virkkunen said she welcomed the talks."),
    ("IBM apresentou os resultados.", "O grupo de trabalho reuniu-se na quinta-feira."),
    ("Google opublikował wyniki.", "Każda firma musi przestrzegać nowych przepisów."),
    ("Google podpisał kodeks.", "Firma Acme jeszcze się nie zdecydowała."),
    ("Meta presenteerde een model.", "De groep van experts kwam dinsdag bijeen."),
    ("IBM presenta il bilancio.", "Firma anche il nuovo accordo con i sindacati."),  # Italian "signs"
])
def test_coreference_is_conservative(tagged, context, text):
    assert ids(tagged(text, title=context)) == set()


def test_title_is_sentence_zero_and_antecedent(tagged):
    td = tagged("The company said it would decide soon.", title="xAI weighs EU rules")
    assert td.sentences[0].is_title and td.sentences[0].text == "xAI weighs EU rules"
    assert ids(td) == {"xai"}
    assert td.text[td.spans[0].start:td.spans[0].end] == "xAI"


def test_sentences_multilingual(tagged):
    td = tagged("„Wir prüfen den Text“, sagte ein Sprecher. « Nous signerons », a dit Mensch. ¿Firmará Meta? No.")
    assert [s.text for s in td.sentences] == ["„Wir prüfen den Text“, sagte ein Sprecher.",
                                              "« Nous signerons », a dit Mensch.", "¿Firmará Meta?", "No."]


def test_blank_pipeline_fallback(registry, monkeypatch):
    """Without the statistical model the pipeline still tags names, coreference and sentences."""
    import nlp.spacy_pipeline as pl
    from nlp.tagger import tag

    real = pl._read_config

    def fake():
        cfg = real()
        cfg["stancewatch"]["base_models"] = ["no_such_model_xyz"]
        return cfg

    monkeypatch.setattr(pl, "_read_config", fake)
    nlp = pl.build_pipeline(registry)
    assert not pl.has_ner(nlp)
    td = tag("Anthropic opened an office. The company said it will sign. A meta-analysis followed.",
             registry=registry, nlp=nlp)
    assert len(td.sentences) == 3
    assert {s.company_id for s in td.spans} == {"anthropic"}
    assert any(s.via == "coref" for s in td.spans)
