from __future__ import annotations

import pytest

from nlp.topic import OTHER_CODES, classify_topic, document_about_gpai, document_scope, in_scope


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


# -- other codes: the disinformation code, the code against hate speech, the AI Pact, Hiroshima,
# -- Seoul and White House pledges carry no stance on the GPAI code (eight languages) -------------

OTHER_CODE_SENTENCES = [
    # en
    ("en", "Google signed the EU Code of Practice on Disinformation back in 2018."),
    ("en", "Twitter quit the strengthened Code of Practice on Disinformation in 2023."),
    ("en", "Microsoft and Meta adhere to the EU code of conduct on countering illegal hate speech online."),
    ("en", "Amazon was among the first companies to join the AI Pact in September 2024."),
    ("en", "OpenAI signed the voluntary AI Pact pledges last year."),
    ("en", "Anthropic endorsed the G7 Hiroshima Process code of conduct for advanced AI systems."),
    ("en", "Amazon signed the Frontier AI Safety Commitments at the Seoul summit."),
    ("en", "Meta made voluntary commitments at the White House in July 2023."),
    # de
    ("de", "Google hat den Verhaltenskodex gegen Desinformation bereits 2018 unterzeichnet."),
    ("de", "Twitter ist 2023 aus dem EU-Kodex gegen Desinformation ausgestiegen."),
    ("de", "Microsoft ist dem KI-Pakt der EU-Kommission beigetreten."),
    ("de", "Meta hat den Verhaltenskodex gegen illegale Hassrede im Netz unterzeichnet."),
    ("de", "Amazon hat die freiwilligen Zusagen des Weißen Hauses 2023 unterschrieben."),
    # fr
    ("fr", "Google a signé le code de bonnes pratiques contre la désinformation en 2018."),
    ("fr", "Twitter s'est retiré du code renforcé de lutte contre la désinformation."),
    ("fr", "Amazon a rejoint le Pacte sur l'IA lancé par la Commission en 2024."),
    ("fr", "Meta a signé le code de conduite de l'UE contre les discours de haine illégaux en ligne."),
    # es
    ("es", "Google firmó el código de buenas prácticas en materia de desinformación en 2018."),
    ("es", "Microsoft se adhirió al Pacto sobre IA de la Comisión en 2024."),
    ("es", "Meta firmó el código de conducta de la UE para combatir el discurso de odio ilegal en internet."),
    ("es", "Amazon suscribió los compromisos voluntarios de la Casa Blanca en 2023."),
    # it
    ("it", "Google ha firmato il codice di buone pratiche sulla disinformazione nel 2018."),
    ("it", "Microsoft ha aderito al Patto per l'IA nel 2024."),
    ("it", "Meta ha sottoscritto il codice di condotta contro l'incitamento all'odio online."),
    # pt
    ("pt", "A Google assinou o código de conduta sobre desinformação em 2018."),
    ("pt", "A Microsoft aderiu ao Pacto para a IA em 2024."),
    ("pt", "A Amazon assumiu compromissos voluntários na Casa Branca em 2023."),
    # nl
    ("nl", "Google ondertekende in 2018 de praktijkcode tegen desinformatie."),
    ("nl", "Microsoft sloot zich in 2024 aan bij het AI-pact van de Commissie."),
    ("nl", "Meta ondertekende de gedragscode tegen illegale haatzaaiende uitlatingen online."),
    # pl
    ("pl", "Google podpisał kodeks postępowania w zakresie zwalczania dezinformacji w 2018 roku."),
    ("pl", "Microsoft przystąpił do Paktu na rzecz sztucznej inteligencji w 2024 roku."),
    ("pl", "Meta podpisała kodeks postępowania w zakresie zwalczania nielegalnej mowy nienawiści w internecie."),
]


@pytest.mark.parametrize("lang,sentence", OTHER_CODE_SENTENCES)
def test_other_code_sentences_are_out_of_scope(lang, sentence):
    # even in a document about the GPAI code, a sentence naming another code is about that code
    for about in (False, True):
        topic = classify_topic(sentence, about)
        assert topic.label in OTHER_CODES, (sentence, topic)
        assert not in_scope(topic, about)


# (document, index of a "the code"/"signatories" sentence that only the document context scopes)
OTHER_CODE_DOCUMENTS = [
    # en: the 2023 article that was read as "Meta signs"
    ("en", ["EU says its anti-disinformation code keeps growing",
            "The Commission welcomed new members to the Code of Practice on Disinformation on Tuesday.",
            "The code now counts 44 signatories, among them Facebook, Google, Microsoft and TikTok."], 2),
    ("en", ["Brussels presented the strengthened code in June 2022.", "Meta has signed the code, as has Google."], 1),
    ("en", ["More than a hundred companies have joined the EU AI Pact.",
            "Meta said it would not sign the pact for now.",
            "The voluntary pledges count 115 signatories, including Amazon and Microsoft."], 1),
    ("en", ["G7 leaders agreed on the Hiroshima AI Process code of conduct.",
            "Microsoft said it would sign the code."], 1),
    # de
    ("de", ["Brüssel verschärft den Kampf gegen Desinformation im Netz.",
            "Der Kodex zählt inzwischen 44 Unterzeichner, darunter Facebook, Google und Microsoft."], 1),
    ("de", ["Die EU-Kommission hat den gestärkten Verhaltenskodex vorgestellt.",
            "Meta hat den Kodex unterzeichnet."], 1),
    ("de", ["Mehr als hundert Unternehmen haben den KI-Pakt der EU unterzeichnet.",
            "Meta will den Pakt vorerst nicht unterzeichnen."], 1),
    # fr
    ("fr", ["La Commission renforce sa lutte contre la désinformation en ligne.",
            "Le code compte désormais 44 signataires, dont Facebook, Google et Microsoft."], 1),
    ("fr", ["Plus de cent entreprises ont rejoint le pacte sur l'IA.", "Meta n'a pas encore signé le pacte."], 1),
    ("fr", ["Les dirigeants du G7 ont adopté le code de conduite du processus d'Hiroshima.",
            "Microsoft a annoncé qu'elle signerait le code."], 1),
    # es
    ("es", ["Bruselas endurece la lucha contra la desinformación.",
            "El código cuenta ya con 44 firmantes, entre ellos Facebook, Google y Microsoft."], 1),
    ("es", ["Más de cien empresas se han adherido al Pacto sobre IA.", "Meta no ha firmado el pacto."], 1),
    ("es", ["La Comisión presentó el código reforzado en junio de 2022.", "Google firmó el código."], 1),
    # it
    ("it", ["La Commissione rafforza la lotta alla disinformazione online.",
            "Il codice conta ormai 44 firmatari, tra cui Facebook, Google e Microsoft."], 1),
    ("it", ["Oltre cento aziende hanno aderito al Patto per l'IA.", "Meta non ha firmato il patto."], 1),
    ("it", ["I leader del G7 hanno approvato il codice di condotta del processo di Hiroshima.",
            "Microsoft ha detto che firmerà il codice."], 1),
    # pt
    ("pt", ["Bruxelas reforça o combate à desinformação online.",
            "O código conta já com 44 signatários, entre eles o Facebook, a Google e a Microsoft."], 1),
    ("pt", ["Mais de cem empresas aderiram ao Pacto para a IA.", "A Meta não assinou o pacto."], 1),
    ("pt", ["A Comissão apresentou o código reforçado em junho de 2022.", "A Google assinou o código."], 1),
    # nl
    ("nl", ["Brussel voert de strijd tegen desinformatie op.",
            "De code telt inmiddels 44 ondertekenaars, onder wie Facebook, Google en Microsoft."], 1),
    ("nl", ["Meer dan honderd bedrijven sloten zich aan bij het AI-pact.", "Meta heeft het pact niet ondertekend."], 1),
    ("nl", ["De G7 keurde de gedragscode van het Hiroshima-proces goed.",
            "Microsoft zei dat het de code zal ondertekenen."], 1),
    # pl
    ("pl", ["Bruksela zaostrza walkę z dezinformacją w sieci.",
            "Kodeks ma już 44 sygnatariuszy, w tym Facebooka, Google i Microsoft."], 1),
    ("pl", ["Ponad sto firm przystąpiło do paktu na rzecz AI.", "Meta nie podpisała paktu."], 1),
    ("pl", ["Przywódcy G7 przyjęli kodeks postępowania z Hiroszimy.",
            "Microsoft zapowiedział, że podpisze kodeks."], 1),
]


@pytest.mark.parametrize("lang,doc,bare", OTHER_CODE_DOCUMENTS)
def test_other_code_documents_scope_the_code(lang, doc, bare):
    scope = document_scope(doc)
    assert scope in OTHER_CODES, scope
    assert not document_about_gpai(doc)
    about = scope == "gpai_code"
    for s in doc:  # no sentence of it is worth a GPAI stance, the bare "the code" one included
        assert not in_scope(classify_topic(s, about, scope), about), s
    assert classify_topic(doc[bare], about, scope).label == scope


GPAI_SENTENCES = [
    ("en", "Meta will not sign the EU's code of practice for general-purpose AI."),
    ("en", "OpenAI said it intends to sign the AI code of practice."),
    ("en", "Microsoft is likely to sign the code of practice, Brad Smith said."),
    ("en", "Google has signed the EU's voluntary AI code."),
    ("de", "Microsoft wird den KI-Verhaltenskodex wahrscheinlich unterzeichnen."),
    ("de", "Meta unterzeichnet den Verhaltenskodex für KI-Modelle mit allgemeinem Verwendungszweck nicht."),
    ("de", "Mistral AI hat den Verhaltenskodex unterzeichnet."),
    ("fr", "Mistral signera le code de bonnes pratiques de l'UE sur l'IA."),
    ("fr", "Meta ne signera pas le code de bonnes pratiques pour l'IA à usage général."),
    ("fr", "OpenAI a signé le code de bonnes pratiques."),
    ("es", "Amazon firmó el código de buenas prácticas de la UE para la IA de uso general."),
    ("es", "Meta no firmará el código de buenas prácticas sobre IA."),
    ("es", "Google firmará el código de buenas prácticas."),
    ("it", "IBM ha firmato il codice di buone pratiche per l'IA per finalità generali."),
    ("it", "Meta non firmerà il codice di buone pratiche sull'IA."),
    ("it", "Mistral ha firmato il codice di buone pratiche."),
    ("pt", "A Meta não vai assinar o código de boas práticas para a IA de uso geral."),
    ("pt", "A Microsoft deverá assinar o código de conduta da UE para a inteligência artificial."),
    ("pt", "A OpenAI assinou o código de boas práticas."),
    ("nl", "Meta ondertekent de praktijkcode voor AI-modellen voor algemene doeleinden niet."),
    ("nl", "Microsoft zal de gedragscode voor AI waarschijnlijk ondertekenen."),
    ("nl", "Mistral heeft de praktijkcode ondertekend."),
    ("pl", "Meta nie podpisze kodeksu postępowania dla AI ogólnego przeznaczenia."),
    ("pl", "Microsoft prawdopodobnie podpisze unijny kodeks postępowania dotyczący sztucznej inteligencji."),
    ("pl", "Mistral podpisał kodeks dobrych praktyk."),
]


@pytest.mark.parametrize("lang,sentence", GPAI_SENTENCES)
def test_gpai_sentences_stay_in_scope(lang, sentence):
    for about in (False, True):
        topic = classify_topic(sentence, about)
        assert topic.label == "gpai_code", (sentence, topic)
        assert in_scope(topic, about)
    assert document_about_gpai([sentence])


# documents that speak of both: the GPAI sentences, and the bare "the code" ones, stay in scope
MIXED_DOCUMENTS = [
    ("en", ["Unlike the disinformation code, the new GPAI code has a chapter on copyright.",
            "Meta, a signatory of the disinformation code since 2018, will not sign the code of practice for "
            "general-purpose AI.",
            "Google said it will sign the code."]),
    ("en", ["Apple joined the AI Pact last year.", "The EU published its code of practice for general-purpose AI.",
            "Meta won't be signing it."]),
    ("de", ["Anders als der Kodex gegen Desinformation richtet sich der neue Verhaltenskodex an Anbieter von KI "
            "mit allgemeinem Verwendungszweck.", "Google hat den Kodex unterzeichnet."]),
    ("fr", ["Contrairement au code contre la désinformation, le code de bonnes pratiques sur l'IA à usage général "
            "vise les fournisseurs de modèles.", "Mistral a signé le code."]),
    ("es", ["A diferencia del código contra la desinformación, el código para la IA de uso general es nuevo.",
            "Amazon firmó el código."]),
    ("it", ["A differenza del codice sulla disinformazione, il codice per l'IA per finalità generali è nuovo.",
            "IBM ha firmato il codice."]),
    ("pt", ["Ao contrário do código sobre desinformação, o código para a IA de uso geral é novo.",
            "A Google assinou o código."]),
    ("nl", ["Anders dan de code tegen desinformatie is de praktijkcode voor AI voor algemene doeleinden nieuw.",
            "Google heeft de code ondertekend."]),
    ("pl", ["W przeciwieństwie do kodeksu dotyczącego dezinformacji kodeks dla AI ogólnego przeznaczenia jest nowy.",
            "Google podpisał kodeks."]),
    # a 2025 article that mentions the disinformation code in passing, naming the GPAI code only as "the code"
    ("en", ["Meta will not sign the code of practice, Joel Kaplan said, citing legal uncertainty under the AI Act.",
            "The company left the disinformation code's fact-checking commitments earlier.",
            "Microsoft is likely to sign the code."]),
]


@pytest.mark.parametrize("lang,doc", MIXED_DOCUMENTS)
def test_mixed_documents_keep_gpai_sentences(lang, doc):
    scope = document_scope(doc)
    assert scope == "gpai_code"
    assert document_about_gpai(doc)
    assert in_scope(classify_topic(doc[-1], True, scope), True)
    gpai = [s for s in doc if "general" in s or "generali" in s or "geral" in s or "ogólnego" in s
            or "algemene" in s or "GPAI" in s]
    for s in gpai:
        assert classify_topic(s, True, scope).label == "gpai_code", s


def test_risk_of_disinformation_is_not_the_disinformation_code():
    # in a GPAI document, "disinformation" as a risk the code deals with keeps the sentence in scope
    s = "Meta said the safety chapter would make AI-driven disinformation harder to spread and it will sign."
    assert in_scope(classify_topic(s, True), True)
    assert classify_topic(s, False).label == "disinfo_code"
    assert not in_scope(classify_topic(s, False, "disinfo_code"), False)


def test_unknown_documents_keep_the_default():
    # no document context at all: "the code" is the GPAI code, as before
    assert document_scope(["Meta refused to sign the code."]) == "none"
    assert in_scope(classify_topic("Meta refused to sign the code.", False, "none"), False)


def test_disinformation_article_does_not_lock_meta_on_sign(analyzer):
    text = ("The European Commission welcomed new members to the Code of Practice on Disinformation. "
            "The code now counts 44 signatories, among them Facebook, Google, Microsoft and TikTok. "
            "Meta has signed the code and pledged to expand fact-checking.")
    results = {r.company_id: r for r in analyzer.analyze(text, title="EU disinformation code grows")}
    assert results and all(r.stance == "none" for r in results.values()), results
    # the same sentences in a GPAI-code article do count
    gpai = ("The European Commission published the general-purpose AI code of practice. "
            "Meta has signed the code, the company said.")
    assert {r.company_id: r for r in analyzer.analyze(gpai)}["meta"].stance == "sign"


def test_analyze_many_scopes_like_analyze(analyzer):
    docs = [("The code now counts 44 signatories, among them Microsoft. Disinformation remains a problem.",
             None, "en"),
            ("Microsoft has signed the EU's AI code of practice.", None, "en")]
    many = [[(r.company_id, r.stance) for r in rs] for rs in analyzer.analyze_many(docs)]
    one = [[(r.company_id, r.stance) for r in analyzer.analyze(t, title=ti)] for t, ti, _ in docs]
    assert many == one
    assert dict(many[0]).get("microsoft") == "none" and dict(many[1])["microsoft"] == "sign"


def test_the_code_in_an_ai_pact_story_is_the_gpai_code():
    """The AI Pact is a pledge, not a code: a bare "the code" beside it is the GPAI code, while the
    pact's own signatories stay out of scope."""
    from nlp.topic import classify_topic, document_scope

    doc = ["Acme joined the AI Pact last year.", "Its spokesperson said the company will not be signing the code."]
    scope = document_scope(doc)
    assert classify_topic(doc[1], doc_scope=scope).label == "gpai_code"
    pact_doc = ["Acme joined the AI Pact last year.", "The pact now has more than 100 signatories, including Acme."]
    assert classify_topic(pact_doc[1], doc_scope=document_scope(pact_doc)).label != "gpai_code"


# A request to delay, pause or suspend the AI Act is a position on the code (undecided, by the
# labelling guide) in every language: inflected verbs and idioms, not only the English nouns.
DELAY_REQUESTS = [
    ("Two start-ups are lobbying for the AI Act's obligations to be delayed by a year.", "en"),
    ("Mehrere Konzerne wollen die KI-Verordnung vorerst auf Eis legen.", "de"),
    ("Die Firmen plädieren dafür, die KI-Regeln zwei Jahre lang auszusetzen.", "de"),
    ("Plusieurs groupes veulent différer l'entrée en vigueur du règlement sur l'IA.", "fr"),
    ("Las empresas piden aplazar la Ley de IA hasta 2027.", "es"),
    ("Le aziende chiedono di sospendere la legge sull'IA per due anni.", "it"),
    ("As empresas querem adiar a Lei da IA.", "pt"),
    ("De bedrijven vragen uitstel van de AI-verordening.", "nl"),
    ("Firmy apelują o odroczenie aktu o sztucznej inteligencji.", "pl"),
    # separable and less common verbs: "uit te stellen", "aufzuschieben", "retarder", "atrasar", ...
    ("Het bedrijf heeft de EU gevraagd de AI-verordening met twee jaar uit te stellen.", "nl"),
    ("Die Verbände fordern, die KI-Verordnung aufzuschieben.", "de"),
    ("Les industriels veulent retarder l'application du règlement sur l'IA.", "fr"),
    ("Las tecnológicas quieren postergar la Ley de IA.", "es"),
    ("I gruppi chiedono di ritardare la legge sull'IA.", "it"),
    ("A associação pede para atrasar a Lei da IA.", "pt"),
    ("Branża domaga się opóźnienia aktu o sztucznej inteligencji.", "pl"),
]


def test_a_treaty_is_not_a_delay():
    """German "Vertrag" (treaty) must not read as Dutch "vertraging" (delay)."""
    from nlp.topic import classify_topic

    assert classify_topic("Der Vertrag über die Arbeitsweise der EU gilt auch für die KI-Verordnung.").label != "stop_the_clock"


@pytest.mark.parametrize("sentence,lang", DELAY_REQUESTS)
def test_delay_requests_are_on_topic_in_eight_languages(sentence, lang):
    from nlp.topic import classify_topic, in_scope

    topic = classify_topic(sentence)
    assert topic.label == "stop_the_clock", (lang, topic)
    assert in_scope(topic, False)


def test_a_passage_outside_the_code_gets_a_measured_confidence(analyzer):
    """No sentence about the GPAI code: "none" at the rate such rows are right (0.93), not a coin flip."""
    from nlp.analyzer import OUT_OF_SCOPE_CONFIDENCE

    result = analyzer.classify_passage("Acme", "Acme signed the EU disinformation code in 2018.")
    assert result.stance == "none"
    assert result.confidence == OUT_OF_SCOPE_CONFIDENCE == 0.93


# In a document about the code, a sentence that names only the AI Act but speaks of signing,
# joining or "a voluntary code" is about the code ("ruled out signing; will show compliance with the
# AI Act its own way"); one that only criticises the AI Act is not.
AI_ACT_SENTENCES = [
    ("Acme ruled out signing and will show compliance with the AI Act by other means.", "gpai_code"),
    ("Für Acme genügt die KI-Verordnung; einen freiwilligen Kodex obendrauf lehnt das Unternehmen ab.", "gpai_code"),
    ("Acme écarte toute signature et se conformera à l'AI Act par ses propres moyens.", "gpai_code"),
    ("Acme no se adherirá: cumplirá la Ley de IA directamente.", "gpai_code"),
    ("Acme says the AI Act goes too far.", "ai_act"),
    ("Acme wil duidelijkheid over de AI-verordening.", "ai_act"),
]


@pytest.mark.parametrize("sentence,label", AI_ACT_SENTENCES)
def test_ai_act_sentences_about_signing_are_about_the_code(sentence, label):
    from nlp.topic import classify_topic

    assert classify_topic(sentence, doc_about_gpai=True).label == label
    assert classify_topic(sentence, doc_about_gpai=False).label != "gpai_code" or "Kodex" in sentence


@pytest.mark.parametrize("sentence", [
    "Meta has not decided whether to sign the EU code of conduct for model providers.",
    "Google is still reviewing the voluntary code of conduct for makers of large AI models.",
])
def test_a_code_of_conduct_for_model_makers_is_this_code(sentence):
    """Only the Hiroshima code's own name ("… for organizations developing advanced AI systems") makes a
    "code of conduct for …" another code; before 2026-12-06 any "code of conduct for …" did."""
    assert classify_topic(sentence, True).label == "gpai_code"
    assert classify_topic("OpenAI signed the code of conduct for organizations developing advanced AI systems.",
                          True).label == "other_code"


# A passing mention of another code or pledge beside a position on this one (a sweep of our own sentences,
# 2026-12-06: 61 of 163 such sentences were dropped before classification in a document about the code)
@pytest.mark.parametrize("sentence", [
    "X, which quit the disinformation code in 2023, said it would not sign the code for foundation models either.",
    "Microsoft, which endorsed the G7's Hiroshima code of conduct in 2023, said it would sign the EU's code for model providers.",
    "Amazon, which made voluntary commitments to the White House in 2023, said it would also sign the safety and security chapter.",
    "Meta said it was still weighing whether the AI Act's transparency commitments made sense for open models.",
    "OpenAI will sign the transparency commitments of the EU's frontier model code as well.",
    "Anders als beim Desinformationskodex, den X 2023 verließ, will der Konzern den Kodex für KI-Anbieter unterzeichnen.",
    "Google hat sich noch nicht entschieden, ob es die freiwilligen Verpflichtungen für Frontier-Modelle aus Brüssel übernimmt.",
    "Contrairement au code contre la désinformation, qu'il a quitté en 2023, X signera le code de bonnes pratiques sur l'IA.",
    "A diferencia del código contra la desinformación, que abandonó en 2023, X firmará el código de IA de Bruselas.",
    "A differenza del codice contro la disinformazione, abbandonato nel 2023, X firmerà il codice Ue sull'IA.",
    "Ao contrário do código contra a desinformação, que abandonou em 2023, o X vai assinar o código europeu de IA.",
    "Microsoft, dat de G7-gedragscode steunt, zal ook de Brusselse code voor AI-modellen tekenen.",
    "Meta pakt de Europese AI-regels voor grote modellen anders aan en tekent de vrijwillige afspraken niet.",
    "Meta, która w zeszłym roku przystąpiła do Paktu na rzecz AI, wciąż analizuje nowe zasady dla modeli bazowych.",
    "Meta zobowiązała się przeanalizować unijne zasady dla modeli frontier przed podjęciem decyzji o podpisie.",
])
def test_a_passing_mention_of_another_code_keeps_the_sentence(sentence):
    assert in_scope(classify_topic(sentence, True), True), classify_topic(sentence, True)


@pytest.mark.parametrize("sentence", [
    "The international code of conduct for advanced AI systems, endorsed by G7 leaders in 2023, is voluntary.",
    "Microsoft said it already follows the G7's AI code of conduct.",
    "The code of conduct for AI agreed by the Group of Seven in 2023 asks developers to publish transparency reports.",
])
def test_the_g7_code_by_other_names_is_another_code(sentence):
    assert classify_topic(sentence, True).label == "other_code"


@pytest.mark.parametrize("sentence,in_gpai_doc", [
    # the AI Pact as an aside to a position on this code: the rest of the sentence is about this code
    ("Meta, which stayed out of the AI Pact, has not said whether it will sign.", "none"),
    ("Microsoft, which joined the AI Pact in 2024, said it would sign.", "none"),
    ("Unlike the AI Pact, the new text binds signatories to publish documentation; Amazon is still assessing it.",
     "none"),
    ("Meta, die dem KI-Pakt nicht beigetreten ist, prüft die neuen Regeln noch.", "none"),
    # the pact itself, or a second half that may still be about it
    ("Meta did not join the AI Pact in 2024.", "ai_pact"),
    ("More than a hundred companies signed the AI Pact in 2024, but Meta stayed out.", "ai_pact"),
    ("Apple joined the AI Pact, which has 100 signatories.", "ai_pact"),
])
def test_the_ai_pact_as_an_aside(sentence, in_gpai_doc):
    assert classify_topic(sentence, True).label == in_gpai_doc
    assert classify_topic(sentence, False).label == "ai_pact"  # outside a document about this code: the pact


def test_joining_the_ai_pact_is_no_sign_cue(analyzer):
    text = "The code was published on 10 July. Google, which joined the AI Pact, hosted a developer conference."
    assert analyzer.classify_passage("Google", text).stance == "none"
    text = "The code was published on 10 July. Microsoft, which joined the AI Pact in 2024, said it would sign."
    assert analyzer.classify_passage("Microsoft", text).stance == "sign"
