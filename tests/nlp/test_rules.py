"""Rule classifier on contrast pairs (same sentence frame, different stance)."""
from __future__ import annotations

import re

import pytest

from nlp.classifier import Passage, StanceClassifier
from nlp.rules import RuleStanceClassifier

clf = RuleStanceClassifier()


def stance(company, text, spans=(), others=()):
    return clf.predict([Passage(text, company, tuple(spans), other_spans=tuple(others))])[0]


def test_is_a_stance_classifier():
    assert isinstance(clf, StanceClassifier) and clf.name == "rules-v1"
    assert clf.predict([]) == []


@pytest.mark.parametrize("text,label", [
    ("Cohere signed the code on Thursday.", "sign"),
    ("Cohere won't be signing the code.", "refuse"),
    ("Cohere will sign the code.", "sign"),
    ("Cohere will not sign the code.", "refuse"),
    ("Cohere is likely to sign the code.", "undecided"),
    ("Cohere is expected to sign the code.", "undecided"),
    ("Cohere has not decided whether to sign the code.", "undecided"),
    ("Cohere is still reviewing the code.", "undecided"),
    ("Cohere declined to sign the code.", "refuse"),
    ("Cohere declined to comment on the code.", "none"),
    ("Cohere signed only the safety and security chapter of the code.", "sign"),
    ("Cohere joined the AI Pact last year.", "none"),
    ("Cohere signed the Code of Practice on Disinformation.", "none"),
    ("Cohere signed a letter calling for a pause of the AI Act.", "undecided"),
    ("Cohere published a blog post about the code.", "none"),
    ("Cohere hat den Kodex unterzeichnet.", "sign"),
    ("Cohere wird den Kodex nicht unterzeichnen.", "refuse"),
    ("Cohere wird den Kodex wahrscheinlich unterzeichnen.", "undecided"),
    ("Cohere a signé le code.", "sign"),
    ("Cohere ne signera pas le code.", "refuse"),
    ("Cohere devrait signer le code.", "undecided"),
    ("Cohere firmó el código.", "sign"),
    ("Cohere se negó a firmar el código.", "refuse"),
    ("Cohere ha firmato il codice.", "sign"),
    ("Cohere ha rifiutato di firmare il codice.", "refuse"),
    # 2026-12 lexicon: opposing, lobbying for a delay, committing, in the other languages
    ("Cohere conteste le code.", "refuse"),
    ("Cohere stemmt sich gegen den Kodex.", "refuse"),
    ("Cohere has pushed back against the code.", "refuse"),
    ("Cohere ha presionado para retrasar el código.", "undecided"),
    ("Cohere a fait pression pour reporter le code.", "undecided"),
    ("Cohere drängt in Brüssel auf eine Verschiebung.", "undecided"),
    ("Cohere ha chiesto di rinviare il codice.", "undecided"),
    ("Cohere s'est engagée à respecter le code.", "sign"),
    ("Cohere et Aleph Alpha se sont engagés à respecter le code.", "sign"),
    ("Cohere se ha comprometido a cumplir el código.", "sign"),
    ("Cohere has pledged to abide by the code.", "sign"),
    ("Cohere contesta a las preguntas sobre el código.", "none"),  # Spanish "answers", not "contests"
    # hedges the labelling guide lists (German "dürfte"), and one more than 40 characters before the cue
    ("Cohere dürfte den Kodex unterzeichnen.", "undecided"),
    ("Vermutlich wird auch Cohere den Kodex unterzeichnen.", "undecided"),
    ("Cohere posiblemente firmará el código.", "undecided"),
    # Portuguese, Dutch and Polish: the guide's language notes (the rules had no cue in them)
    ("Cohere assinou o código.", "sign"),
    ("Cohere não vai assinar o código.", "refuse"),
    ("Cohere recusa-se a assinar o código.", "refuse"),
    ("Cohere deverá assinar o código.", "undecided"),
    ("Cohere está a ponderar o código.", "undecided"),
    ("Cohere heeft de code ondertekend.", "sign"),
    ("Cohere zal de code niet ondertekenen.", "refuse"),
    ("Cohere weigert de code te ondertekenen.", "refuse"),
    ("Cohere zal de code waarschijnlijk ondertekenen.", "undecided"),
    ("Cohere sluit zich aan bij de code.", "sign"),
    ("Cohere podpisał kodeks.", "sign"),
    ("Cohere nie podpisze kodeksu.", "refuse"),
    ("Cohere odmówił podpisania kodeksu.", "refuse"),
    ("Cohere prawdopodobnie podpisze kodeks.", "undecided"),
    ("Cohere rozważa przystąpienie do kodeksu.", "undecided"),
    # Dutch endorsement and delay requests with a separable verb; delay requests with other verbs
    ("Cohere onderschrijft de code.", "sign"),
    ("Cohere zal de code naar verwachting onderschrijven.", "undecided"),
    ("Cohere heeft de EU gevraagd de AI-verordening met twee jaar uit te stellen.", "undecided"),
    ("Cohere ha chiesto di posticipare il codice.", "undecided"),
    ("Cohere pediu para atrasar o código.", "undecided"),
    ("Cohere domaga się opóźnienia kodeksu.", "undecided"),
    # not ruling out signing leaves it open: undecided, not a negated "sign"
    ("Cohere non esclude di firmare il codice.", "undecided"),
    ("Cohere n'exclut pas de signer le code.", "undecided"),
    ("Cohere no descarta firmar el código.", "undecided"),
    ("Cohere schließt eine Unterzeichnung des Kodex nicht aus.", "undecided"),
    ("Cohere has not ruled out signing the code.", "undecided"),
    # no interest in / not ready to sign: a refusal without a refusal verb, in the eight languages
    ("Cohere is not at all interested in signing the code.", "refuse"),
    ("Cohere ist nicht bereit, den Kodex zu unterzeichnen.", "refuse"),
    ("Cohere n'est pas du tout intéressée à signer le code.", "refuse"),
    ("Cohere no está nada interesada en firmar el código.", "refuse"),
    ("Cohere non è affatto interessata a firmare il codice.", "refuse"),
    ("Cohere não está interessada em assinar o código.", "refuse"),
    ("Cohere is niet bereid de code te ondertekenen.", "refuse"),
    ("Cohere nie jest zainteresowany podpisaniem kodeksu.", "refuse"),
    ("Cohere is interested in signing the code.", "sign"),
    # the hedge as an adjective ("it is very probable that …") in Italian, Portuguese and Polish
    ("È molto probabile che Cohere firmerà il codice.", "undecided"),
    ("É provável que a Cohere venha a assinar o código.", "undecided"),
    ("Jest prawdopodobne, że Cohere podpisze kodeks.", "undecided"),
])
def test_contrast_pairs(text, label):
    assert stance("Cohere", text).stance == label


# The guide's rule 3: deliberating is undecided only about the Code. Each pair: the same deliberation
# verb with a whether-clause about something else (none), then about the Code (undecided).
@pytest.mark.parametrize("elsewhere,on_code", [
    ("Cohere is still weighing whether to release its next model openly.",
     "Cohere is still weighing whether to sign the code."),
    ("Cohere has not said whether it will open an office in Paris.",
     "Cohere has not said whether it will join the other signatories."),
    ("Cohere is considering whether to raise more money this year.",
     "Cohere is considering whether to do so."),
    ("Cohere is examining whether to buy a smaller lab.", "Cohere is still reviewing most of it."),
    ("Cohere prüft noch, ob es ein Büro in Berlin eröffnet.", "Cohere prüft noch, ob es den Kodex unterzeichnet."),
    ("Cohere n'a pas encore décidé si elle lancera son modèle en Europe.",
     "Cohere n'a pas encore décidé si elle signera le code."),
    ("Cohere está estudiando si lanza su modelo en Europa.", "Cohere está estudiando si firma el código."),
    ("Cohere sta valutando se aprire un ufficio a Milano.", "Cohere sta valutando se aderire al codice."),
    ("A Cohere está a avaliar se lança o modelo na Europa.", "A Cohere está a avaliar se assina o código."),
    ("Cohere twijfelt of het een kantoor in Amsterdam opent.", "Cohere twijfelt of het de code ondertekent."),
    ("Cohere rozważa, czy otworzyć biuro w Warszawie.", "Cohere rozważa, czy podpisać kodeks."),
])
def test_deliberation_is_about_the_code(elsewhere, on_code):
    assert stance("Cohere", elsewhere).stance == "none"
    assert stance("Cohere", on_code).stance == "undecided"


# Session 15: cues the guide names that the rules missed, each with its contrast.
@pytest.mark.parametrize("text,label", [
    # rule 4: ruling out signing is a refusal; not ruling it out leaves it open; "can't sign" refuses
    ("Cohere has ruled out signing the code.", "refuse"),
    ("Cohere has not ruled out signing the code.", "undecided"),
    ("Unlike Cohere, which has ruled out signing the code, Foo will join.", "refuse"),
    ("\u201cWe can't sign a text that goes further than the law,\u201d a Cohere spokesperson said of the code.", "refuse"),
    ("Cohere descartó firmar el código.", "refuse"),
    ("Cohere no descarta firmar el código.", "undecided"),
    # rule 4: a negated refusal is no refusal
    ("Cohere has not refused to sign the code.", "undecided"),
    ("Cohere did not reject the code.", "undecided"),
    ("Cohere has declined to sign the code.", "refuse"),
    # not yet committed is not a refusal
    ("Cohere has not yet committed to the code.", "none"),
    ("Cohere probablemente firmará el código, aunque todavía no se ha comprometido.", "undecided"),
    # Dutch and German negation after the verb
    ("Cohere tekent de gedragscode niet, zei een woordvoerder.", "refuse"),
    ("Cohere tekent de gedragscode vandaag.", "sign"),
    ("Cohere unterzeichnet den Kodex nicht.", "refuse"),
    ("Cohere unterzeichnet nicht nur den Kodex, sondern auch die Erklärung.", "sign"),
    # rule 12: signing none of it
    ("Cohere signed none of the three chapters of the code.", "refuse"),
    ("Cohere a fait le choix de ne rien signer du tout.", "refuse"),
    ("Cohere tekent geen enkel hoofdstuk van de code.", "refuse"),
    # rule 3: leaning towards, inclined, interest on a condition, "in all likelihood" are hedges
    ("Cohere is leaning towards signing the code.", "undecided"),
    ("Cohere is inclined to sign the code.", "undecided"),
    ("Cohere would be interested in signing the code if the copyright chapter were narrowed.", "undecided"),
    ("Cohere will in all likelihood sign the code.", "undecided"),
    ("Con ogni probabilità Cohere firmerà il codice.", "undecided"),
    ("Cohere não tem qualquer interesse em assinar o código.", "refuse"),
    # rule 10: missing from the signatory list is undecided
    ("Cohere is missing from the Commission's list of signatories of the code.", "undecided"),
    ("Missing from the first list of signatories of the code are Cohere and Foo.", "undecided"),
    ("Cohere taucht auf der Liste der Unterzeichner des Kodex nicht auf.", "undecided"),
    ("Cohere no aparece en la lista de firmantes del código.", "undecided"),
    ("Cohere ontbreekt op de lijst van ondertekenaars van de code.", "undecided"),
    # rule 5: reconsidering an earlier refusal is undecided
    ("Cohere, which ruled out signing the code in July, is now reconsidering.", "undecided"),
    ("Cohere, que descartó firmar el código, está revisando esa decisión.", "undecided"),
    # rule 6: refusals and signatures of something else
    ("Cohere rejected the Commission's preliminary findings under the Digital Markets Act.", "none"),
    ("Cohere refused to sign a licensing deal with a group of publishers.", "none"),
    ("Cohere lehnt die Geldbuße der Kommission ab.", "none"),
    ("Cohere conteste l'amende infligée par Bruxelles.", "none"),
    ("Cohere signed a multi-year partnership with a chip maker.", "none"),
    ("Cohere endorsed Canada's new AI framework in a paper.", "none"),
    ("Cohere rejected the code.", "refuse"),
    # no intention or need to sign; signing off the table
    ("Cohere n'a aucune intention de signer le code.", "refuse"),
    ("Cohere heeft geen enkele behoefte om de code te ondertekenen.", "refuse"),
    ("\u201cSigning is not on the table,\u201d a Cohere spokesperson said of the code.", "refuse"),
    # willing on a condition is undecided; willing alone is not
    ("Cohere wil de code best tekenen, maar alleen als het hoofdstuk over auteursrecht verandert.", "undecided"),
    ("Cohere is willing to sign the code if the copyright chapter changes.", "undecided"),
    ("In Cohere prevale l'orientamento a firmare il codice.", "undecided"),
    ("Ob Cohere den Kodex am Ende unterzeichnet, ist offen.", "undecided"),
])
def test_guide_cues_session_15(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text,label", [
    # a refusal qualified in time is a refusal (guide rule 4); the sign verb is its complement
    ("Cohere hat sich bislang geweigert, den Verhaltenskodex zu unterzeichnen.", "refuse"),
    ("Cohere weigert sich, den Kodex zu unterschreiben.", "refuse"),
    ("Cohere se ha negado hasta ahora a firmar el código.", "refuse"),
    ("Cohere sigue negándose, por ahora, a firmar el código.", "refuse"),
    ("A Cohere recusou-se até agora a assinar o código.", "refuse"),
    ("Cohere weigert tot nu toe de code te ondertekenen.", "refuse"),
    ("Cohere jak dotąd odmawia podpisania kodeksu.", "refuse"),
    ("Cohere passed on signing the code of practice.", "refuse"),
    ("Cohere se ha mantenido al margen del código.", "refuse"),
    ("Cohere ziet voorlopig af van ondertekening van de code.", "refuse"),
    ("Cohere spurned the code of practice.", "refuse"),
    # contrasts: no act of refusal, a later signature, a refusal of something else
    ("Cohere refused to join the AI Pact in 2024 and has now signed the code.", "sign"),
    ("Cohere hatte sich zunächst geweigert, hat den Kodex aber nun unterzeichnet.", "sign"),
    ("Cohere passed the code to its lawyers.", "none"),
])
def test_provisional_refusals_and_refusal_idioms(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text", [
    # no plan or intention to sign, with a negated verb or noun (the guide's rule 4): not a sign cue
    "Cohere plant nicht, den Kodex zu unterzeichnen.",
    "Cohere hat nicht vor, den Kodex zu unterschreiben.",
    "Cohere n'a pas l'intention de signer le code.",
    "Cohere ne prévoit pas de signer le code.",
    "Cohere no tiene intención de firmar el código.",
    "Cohere non ha intenzione di firmare il codice.",
    "A Cohere não tem planos para assinar o código.",
    "Cohere is niet van plan de code te ondertekenen.",
])
def test_no_plan_to_sign_is_a_refusal(text):
    assert stance("Cohere", text).stance == "refuse"


@pytest.mark.parametrize("text,label", [
    # a sign verb in a question the text asks, or in an open whether-clause, is an open question
    ("Will Cohere sign the code?", "undecided"),
    ("Wird Cohere den Kodex unterzeichnen?", "undecided"),
    ("¿Firmará Cohere el código?", "undecided"),
    ("Of Cohere de code ondertekent, is nog onduidelijk.", "undecided"),
    ("Why did Cohere sign the code?", "sign"),  # presupposes the signature
    # about to sign, as reported (the guide's "poised to")
    ("Cohere s'apprêterait à signer le code.", "undecided"),
    ("Cohere staat op het punt de code te ondertekenen.", "undecided"),
    ("Cohere ma wkrótce podpisać kodeks.", "undecided"),
    ("Cohere estaría a punto de firmar el código.", "undecided"),
    ("Cohere steht kurz davor, den Kodex zu unterzeichnen.", "undecided"),
    ("Les analystes s'attendent à ce que Cohere signe le code.", "undecided"),
    ("Los analistas esperan probablemente que Cohere firme el código.", "undecided"),
])
def test_questions_and_imminence_are_open(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text,label", [
    # staying outside the code by choice is a refusal (the guide's rule 4), in the eight languages
    ("Cohere has chosen to stay out of the code for now.", "refuse"),
    ("Cohere bleibt dem Kodex fern.", "refuse"),
    ("Cohere a décidé de rester en dehors du code.", "refuse"),
    ("Cohere prefiere quedarse al margen del código.", "refuse"),
    ("Cohere resta fuori dal codice.", "refuse"),
    ("A Cohere fica de fora do código.", "refuse"),
    ("Cohere kiest ervoor buiten de code te blijven.", "refuse"),
    ("Cohere pozostaje poza kodeksem.", "refuse"),
    # staying out of something else
    ("Cohere stays out of the headlines and signed the code.", "sign"),
    ("Cohere blijft buiten de discussie over de AI Act.", "none"),
])
def test_staying_outside_the_code_is_a_refusal(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text,label", [
    # a cue in a relative clause about someone else speaks of them, not of the target
    ("Cohere criticised the lobbyists who called for a pause of the AI Act.", "none"),
    ("Cohere met the ministers who rejected the code.", "none"),
    ("Cohere sprach mit den Firmen, welche den Kodex unterzeichnet haben.", "none"),
    ("Cohere a rencontré les dirigeants, lesquels ont refusé de signer le code.", "none"),
    # a group that holds the target is no one else ("among the companies which …")
    ("Cohere is among the companies which called for a delay of the AI Act.", "undecided"),
    ("Cohere gehört zu den Unternehmen, die eine Verschiebung des AI Act gefordert hatten.", "undecided"),
    ("Cohere fait partie des entreprises qui ont réclamé un report de l'AI Act.", "undecided"),
    ("Cohere is een van de bedrijven die om uitstel van de AI Act vroegen.", "undecided"),
    # membership of an association whose clause holds the cue (the guide's rule 6)
    ("Cohere is a member of CCIA, the lobby group that called for a pause.", "none"),
    ("Cohere est membre de France Digitale, qui a réclamé une pause.", "none"),
    ("A Cohere é membro da DigitalEurope, que pediu o adiamento do AI Act.", "none"),
    ("Cohere, a member of DigitalEurope, has asked for a delay of the AI Act.", "undecided"),
    ("Cohere gehört einem Branchenverband an, der einen Aufschub der KI-Regeln gefordert hatte.", "none"),
    ("Cohere fait partie d'une association qui a réclamé une pause.", "none"),
    # the target's own relative clause, or the target inside it
    ("Cohere, which signed the code, met the ministers.", "sign"),
    ("The code, which Cohere refused to sign, enters into force in August.", "refuse"),
])
def test_a_relative_clause_about_someone_else_is_not_the_target(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text,label", [
    # asking to keep the Code simple or light is lobbying to soften it: undecided (the guide's table)
    ("Cohere and two rivals urged the Commission to keep the code as simple as possible.", "undecided"),
    ("Cohere drängt darauf, den Kodex möglichst schlank zu halten.", "undecided"),
    ("Cohere demande à Bruxelles de garder le code aussi simple que possible.", "undecided"),
    ("Cohere pidió mantener el código lo más sencillo posible.", "undecided"),
    ("Cohere ha chiesto di mantenere il codice il più semplice possibile.", "undecided"),
    ("A Cohere pediu para manter o código o mais simples possível.", "undecided"),
    ("Cohere wil de code zo eenvoudig mogelijk houden.", "undecided"),
    ("Cohere apeluje, aby kodeks był jak najprostszy.", "undecided"),
    # the request quoted, and the target one of a list of subjects
    ("Tech firms Amazon, Cohere, SAP and Google have called upon the Commission to keep its Code 'as simple as "
     "possible'.", "undecided"),
    ("Cohere et Google ont demandé de garder le code « aussi simple que possible ».", "undecided"),
    # a simple code that was signed
    ("Cohere signed the code, which it called simple and light.", "sign"),
])
def test_asking_to_keep_the_code_simple_is_open(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("company,text,label", [
    # the company named as the contrast takes the opposite of the main clause's decisive stance
    ("Meta", "Unlike Meta, Cohere will sign the code.", "refuse"),
    ("Google", "Unlike Google, Cohere will not sign the code.", "sign"),
    ("Google", "Im Gegensatz zu Google wird Cohere den Kodex nicht unterzeichnen.", "sign"),
    ("Meta", "Contrairement à Meta, Cohere signera le code.", "refuse"),
    ("Meta", "A diferencia de Meta, Cohere firmará el código.", "refuse"),
    ("Meta", "A differenza di Meta, Cohere firmerà il codice.", "refuse"),
    ("Meta", "Ao contrário da Meta, a Cohere vai assinar o código.", "refuse"),
    ("Meta", "Anders dan Meta zal Cohere de code wel ondertekenen.", "refuse"),
    ("Cohere", "Meta, unlike Cohere, will not sign the code.", "sign"),
    # the main clause's subject keeps its own stance; a relative clause about the contrasted company is its own
    ("Cohere", "Unlike Meta, Cohere will sign the code.", "sign"),
    ("Meta", "Unlike Meta, which rejected it, Cohere will sign the code.", "refuse"),
    ("Meta", "Unlike Meta and Google, which signed, Cohere has not yet decided.", "sign"),
    ("Meta", "Unlike Meta, which signed in July, Cohere is still reviewing the code.", "sign"),
    # an open main clause says nothing about the contrasted company
    ("Meta", "Unlike Meta, Cohere is still reviewing the code.", "none"),
])
def test_a_contrasted_company_takes_the_opposite_stance(company, text, label):
    assert stance(company, text).stance == label


@pytest.mark.parametrize("text,label", [
    # a pause of something other than the Code or the AI Act is no delay request
    ("Cohere signed the open letter calling for a pause on giant AI experiments.", "none"),
    ("Cohere forderte 2023 eine Pause bei der Entwicklung großer KI-Modelle.", "none"),
    ("Cohere a demandé une pause dans le développement des modèles les plus puissants.", "none"),
    # a pause of the AI Act stays one
    ("Cohere called for a pause of the AI Act's obligations.", "undecided"),
    ("Cohere forderte eine Pause bei der Umsetzung des AI Act.", "undecided"),
])
def test_a_pause_of_something_else_is_no_delay_request(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text,label", [
    # signing a letter that asks to pause or delay the rules is a delay request, not a signature (rule 7)
    ("Cohere's founder was among forty executives who signed a letter urging a two-year pause of the AI Act.",
     "undecided"),
    ("Der Cohere-Chef hat den offenen Brief mitunterzeichnet, der einen Aufschub der Regeln verlangt.", "undecided"),
    ("Parmi les signataires de l'appel à suspendre l'AI Act figure aussi Cohere.", "undecided"),
    ("Cohere firmó la carta que pide aplazar las obligaciones de la ley.", "undecided"),
    ("Cohere ha sottoscritto la lettera che chiede di rinviare le regole.", "undecided"),
    ("A Cohere assinou a carta que pede o adiamento das regras.", "undecided"),
    ("Cohere ondertekende de brief die vraagt de regels uit te stellen.", "undecided"),
    ("Cohere podpisał list otwarty wzywający do odroczenia przepisów.", "undecided"),
    ("Auch der Cohere-Chef hat den Brief unterschrieben, der fordert, die Regeln auf Eis zu legen.", "undecided"),
    ("In einem Schreiben werben Cohere und zwei Partner dafür, die Pflichten für Basismodelle auszusetzen.", "undecided"),
    ("Cohere chiede alla Commissione di congelare l'AI Act.", "undecided"),
    ("Cohere urged the Commission to freeze the AI Act's obligations.", "undecided"),
    # a condition with "only" leaves it open; "once the text is out" alone is timing
    ("Cohere está interessada em assinar o código, mas só depois de Bruxelas rever o capítulo.", "undecided"),
    ("Cohere est prête à signer le code et le fera une fois que le texte final sera publié.", "sign"),
    # a letter about something else, a letter not signed, or another company's letter: no delay request
    ("Cohere signed a letter backing the Commission's skills programme.", "none"),
    ("Cohere signed the code. It did not sign the letter asking Brussels for a delay.", "sign"),
    ("Cohere signed the code; other executives signed a letter asking for a pause.", "sign"),
])
def test_signing_a_letter_for_a_delay_is_a_delay_request(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text,label", [
    # lobbying to soften the Code or push back the timeline is open (the guide's undecided row)
    ("Cohere has been lobbying to water down the code of practice.", "undecided"),
    ("Cohere pushed the Commission to soften the code's copyright chapter.", "undecided"),
    ("Cohere argued the AI Act's timeline should be pushed back.", "undecided"),
    ("Cohere versucht, den Kodex aufzuweichen.", "undecided"),
    ("Cohere veut assouplir le code.", "undecided"),
    ("Cohere busca suavizar el código.", "undecided"),
    ("Cohere vuole ammorbidire il codice.", "undecided"),
    ("Cohere probeert de code af te zwakken.", "undecided"),
    ("Cohere zabiega o złagodzenie kodeksu.", "undecided"),
    # stopping short of a commitment, and not signed as of a date
    ("Cohere praised the code but stopped short of committing to sign it.", "undecided"),
    ("Cohere had not signed as of Friday, according to the Commission's list.", "undecided"),
    ("At the time of writing, Cohere had not signed.", "undecided"),
    ("Cohere was not on the initial list of signatories.", "undecided"),
    ("Cohere has yet to sign the code.", "undecided"),
    ("Among those still to sign are Cohere and Apple.", "undecided"),
    ("Cohere and Apple are among the notable absentees.", "undecided"),
    ("Parmi les grands absents figurent Cohere et Apple.", "undecided"),
    ("Cohere drängt auf einen Aufschub der Regeln.", "undecided"),
    # contrasts: a launch pushed back, a refusal besides the date, someone else softening
    ("Cohere said the launch of its new model should be pushed back.", "none"),
    ("Cohere had not signed as of Friday and said it would not sign the code.", "refuse"),
])
def test_softening_and_status_are_open(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text", ["Cohere hält sich bedeckt.", "Cohere garde le silence.", "Cohere guarda silencio.",
                                  "Cohere mantiene il riserbo.", "A Cohere mantém silêncio.", "Cohere houdt zich stil.",
                                  "Cohere milczy."])
def test_keeping_quiet_is_a_weak_open_cue(text):
    """Like "stayed silent": a weak `undecided` cue (silence alone may be about anything; the model decides)."""
    from nlp.rules import find_cues

    assert [c.stance for c in find_cues(text)] == ["undecided"]


def test_no_signature_so_far_is_no_refusal():
    # no act of refusal: the rules lean undecided weakly (the model decides), never refuse
    pred = stance("Cohere", "Cohere has not signed the code so far.")
    assert pred.stance != "refuse" and pred.scores["undecided"] > pred.scores["refuse"]


def test_clause_scoping():
    text = "IBM and Amazon have signed, while Nvidia declined."
    ibm, amazon, nvidia = (0, 3), (8, 14), (34, 40)
    assert stance("IBM", text, [ibm], [amazon, nvidia]).stance == "sign"
    assert stance("Amazon", text, [amazon], [ibm, nvidia]).stance == "sign"
    assert stance("Nvidia", text, [nvidia], [ibm, amazon]).stance == "refuse"


def test_reported_subject_scoping():
    text = "Kaplan's memo came days after IBM and Amazon said they would sign."
    meta, ibm = (0, 6), (30, 33)
    assert stance("Meta", text, [meta], [ibm, (38, 44)]).stance == "none"
    assert stance("IBM", text, [ibm], [meta, (38, 44)]).stance == "sign"


def test_confidence_is_monotone():
    one = stance("Cohere", "Cohere signed the code.")
    two = stance("Cohere", "Cohere signed the code and is a signatory.")
    conflict = stance("Cohere", "Cohere signed the code, but Cohere also refused to sign it.")
    assert two.confidence >= one.confidence > conflict.confidence
    assert abs(sum(one.scores.values()) - 1) < 0.01


@pytest.mark.parametrize("phrase", [
    "dropped its objections", "gave up its refusal", "gibt seinen Widerstand auf", "renonce à son opposition",
    "abandona su oposición", "rinuncia alla sua opposizione", "abandonou a sua oposição", "abandonou as objeções",
    "laat zijn verzet varen", "porzuca swój sprzeciw", "In a U-turn", "Kehrtwende", "volte-face", "marcha atrás",
    "marcia indietro", "ommezwaai", "zmienił zdanie", "reversed course", "ritira le obiezioni",
])
def test_every_reversal_holds_a_hint(phrase):
    """``find_cues`` runs REVERSAL only on texts holding a hint: a match without one would be lost."""
    from nlp.rule_lexicon import REVERSAL, REVERSAL_HINTS

    match = REVERSAL.search(phrase)
    assert match is not None
    assert any(h in match.group(0).lower() for h in REVERSAL_HINTS)


@pytest.mark.parametrize("text", [
    # a hedge or a deliberation of the target's about something else: a reading of no position
    "Cohere is perhaps the most understated start-up in the AI field.",
    "Cohere is reportedly considering a secondary share sale to early employees.",
    "Cohere ist womöglich das wichtigste Start-up Kanadas.",
    "Cohere est peut-être la start-up la plus discrète du secteur.",
    "Cohere quizás sea la empresa de IA más discreta de Canadá.",
    "Cohere potrebbe presto aprire un ufficio a Milano.",
    "A Cohere poderá contratar mais cem engenheiros em Lisboa.",
    "Cohere overweegt een nieuw kantoor in Amsterdam te openen.",
    "Cohere być może otworzy biuro w Warszawie.",
    "Cohere wciąż rozważa, czy udostępnić swój kolejny model z otwartymi wagami.",
    "BRUSSELS (Reuters) - Cohere might open a second office in London next spring.",  # a dateline's city
])
def test_a_hedge_about_something_else_is_read_as_no_position(text):
    pred = stance("Cohere", text)
    assert pred.stance == "none" and pred.reread and not pred.no_evidence


@pytest.mark.parametrize("text", [
    # the Code, a pledge, a decision or a pro-form that may stand for them: no such reading
    "Cohere may follow suit.",
    "Cohere could join them later this year.",
    "OpenAI signed on Friday. Cohere might do the same next week.",
    "Cohere pourrait lui emboîter le pas.",
    "Cohere is said to be leaning towards it.",
    "Cohere is still considering it.",
    "Cohere sta ancora valutando.",  # a deliberation without an object may be about the Code
    "Cohere | under review | —",
    "Cohere may release a model, and it has not decided on the code.",
    "Cohere hired two engineers, while Nvidia might open an office in Milan.",  # the hedge is another company's
    "Cohere pourrait signer le code.",
])
def test_a_hedge_that_may_be_about_the_code_is_not_read_as_no_position(text):
    pred = stance("Cohere", text, others=[(m.start(), m.end()) for m in re.finditer(r"Nvidia|OpenAI", text)])
    assert not (pred.stance == "none" and pred.reread)


@pytest.mark.parametrize("text,label", [
    # willingness to join is a signature (the guide's willingness row), read as such by the rules
    ("Cohere has signalled its willingness to take part in the initiative.", "sign"),
    ("Cohere a indiqué sa volonté de participer à l'initiative.", "sign"),
    ("Cohere hat seine Bereitschaft signalisiert, sich dem Kodex anzuschließen.", "sign"),
    ("Cohere se mostró dispuesta a sumarse a la iniciativa europea.", "sign"),
    ("Cohere ha espresso la sua disponibilità ad aderire al codice.", "sign"),
    ("A Cohere mostrou-se disposta a aderir ao código.", "sign"),
    ("Cohere heeft laten weten bereid te zijn zich bij de code aan te sluiten.", "sign"),
    ("Cohere zadeklarowała gotowość do przystąpienia do kodeksu.", "sign"),
    # hedged, negated, or willingness to talk
    ("Cohere could be willing to sign the code if the copyright chapter changes.", "undecided"),
    ("Cohere is not willing to sign the code.", "refuse"),
    ("Cohere said it was willing to take part in talks with the Commission.", "none"),
])
def test_willingness_to_join_is_a_signature(text, label):
    pred = stance("Cohere", text)
    assert pred.stance == label
    assert pred.reread or label != "sign"


@pytest.mark.parametrize("text,label", [
    # the reflexive "se" (es, fr, pt) is no "if" (it, pt): the sign verb after it counts
    ("Cohere se comprometió a firmar el código.", "sign"),
    ("A Cohere mostrou-se pronta a assinar o código.", "sign"),
    ("Non è chiaro se Cohere firmerà il codice.", "none"),
    ("Não se sabe se a Cohere vai assinar o código.", "none"),
])
def test_a_reflexive_se_is_no_whether(text, label):
    assert stance("Cohere", text).stance == label


@pytest.mark.parametrize("text,other", [
    # a subject group coordinated by "or" / "oder" / "en" / "i" / "o" holds the target
    ("Cohere ou Aleph Alpha ont indiqué leur volonté de participer.", "Aleph Alpha"),
    ("Mistral oder Cohere werden den Kodex unterzeichnen.", "Mistral"),
    ("Cohere en Mistral hebben de code ondertekend.", "Mistral"),
    ("Mistral i Cohere podpisały kodeks.", "Mistral"),
    ("Cohere o Mistral firmarán el código.", "Mistral"),
])
def test_a_coordinated_subject_group_holds_the_target(text, other):
    start = text.index(other)
    assert stance("Cohere", text, spans=[(text.index("Cohere"), text.index("Cohere") + 6)],
                  others=[(start, start + len(other))]).stance == "sign"


@pytest.mark.parametrize("text,label", [
    # complying with the AI Act its own way, without the Code, is staying off the list by choice
    ("Cohere says it will comply with the AI Act in its own way rather than through the code.", "refuse"),
    ("Cohere will die Vorgaben des AI Act auf eigenem Weg erfüllen, ohne den Kodex.", "refuse"),
    ("Cohere respectera l'AI Act à sa manière, sans passer par le code.", "refuse"),
    ("Cohere cumplirá la ley de IA a su manera, sin el código.", "refuse"),
    ("Cohere rispetterà l'AI Act a modo suo, senza il codice.", "refuse"),
    ("A Cohere vai cumprir o AI Act à sua maneira, sem o código.", "refuse"),
    ("Cohere zal op eigen wijze aan de AI-verordening voldoen, zonder de code.", "refuse"),
    ("Cohere spełni wymogi AI Act na własny sposób, bez kodeksu.", "refuse"),
    # signing and implementing it its own way
    ("Cohere signed the code and said it would implement it in its own way.", "sign"),
])
def test_complying_without_the_code_is_a_refusal(text, label):
    pred = stance("Cohere", text)
    assert pred.stance == label and (pred.reread or label == "sign")


@pytest.mark.parametrize("text", [
    # absent from the list, with the list in the phrase ("appear on the list" alone is a sign cue)
    "Several developers, including Cohere and Alibaba, do not appear on the list.",
    "Cohere does not appear among the signatories.",
    "Cohere doesn't feature on the Commission's list.",
])
def test_not_appearing_on_the_list_is_absence(text):
    pred = stance("Cohere", text)
    assert pred.stance == "undecided" and pred.reread


def _spans(text, names):
    return [(text.index(n), text.index(n) + len(n)) for n in names]


@pytest.mark.parametrize("text,others,label", [
    # a list item described before its name still belongs to the list
    ("Also among the signatories are Mistral AI, and the Canadian start-up Cohere.", ["Mistral AI"], "sign"),
    ("Unterzeichnet haben Google, IBM sowie das kanadische Start-up Cohere.", ["Google", "IBM"], "sign"),
    ("Parmi les signataires figurent Google et la start-up canadienne Cohere.", ["Google"], "sign"),
    ("Hanno firmato il codice OpenAI, Anthropic e la canadese Cohere.", ["OpenAI", "Anthropic"], "sign"),
    ("Entre os signatários estão a IBM, a Google e a Cohere.", ["IBM", "Google"], "sign"),
    # a contrast, a negation or a relative clause ends the list
    ("Signatories include OpenAI and Anthropic, but not Cohere.", ["OpenAI", "Anthropic"], "none"),
    ("OpenAI and Anthropic have signed the code, unlike Cohere.", ["OpenAI", "Anthropic"], "none"),
    ("Google et Microsoft ont signé le code, mais pas Cohere.", ["Google", "Microsoft"], "none"),
])
def test_a_described_list_item_belongs_to_the_list(text, others, label):
    pred = stance("Cohere", text, spans=_spans(text, ["Cohere"]), others=_spans(text, others))
    assert (pred.stance == label) if label != "none" else pred.stance != "sign"


@pytest.mark.parametrize("text,label", [
    # a passage of two sentences: each cue belongs to its own sentence's subjects
    ("The signatories include Amazon and IBM. Also on the list are Cohere and Mistral.", "sign"),
    ("Cohere is the only major U.S. firm declining to sign the code.", "refuse"),
])
def test_a_sentence_end_ends_the_subject_group(text, label):
    others = [n for n in ("Amazon", "IBM", "Mistral") if n in text]
    assert stance("Cohere", text, spans=_spans(text, ["Cohere"]), others=_spans(text, others)).stance == label


@pytest.mark.parametrize("text,label", [
    # a position as a noun, with the company as its agent
    ("Il rifiuto di Cohere di firmare il codice ha suscitato critiche.", "refuse"),
    ("De weigering van Cohere om de code te ondertekenen leidde tot kritiek.", "refuse"),
    ("Odmowa podpisania kodeksu przez Cohere wywołała krytykę.", "refuse"),
    ("Le refus de Cohere de signer le code a suscité des critiques.", "refuse"),
    ("Cohere defended its refusal to sign the code.", "refuse"),
    ("L'adesione di Cohere al codice è stata accolta con favore.", "sign"),
    ("La adhesión de Cohere al código fue bien recibida.", "sign"),
    ("Cohere's accession to the code was welcomed.", "sign"),
    # a negative determiner, a modal adjective, an accession without its agent
    ("Nessuna adesione al codice da parte di Cohere, che segue altre vie.", "refuse"),
    ("L'eventuale adesione di Cohere al codice resta in discussione.", "undecided"),
    ("Cohere si dice disponibile a valutare l'adesione al codice.", "not sign"),
    # the noun's agent is another company: not the target's position
    ("Cohere signed the code despite Meta's refusal to sign it.", "sign"),
    ("Cohere a signé le code malgré le refus de Meta de le signer.", "sign"),
    # a by-phrase naming no company: someone else's refusal, no position of the subject's (a "none" reading)
    ("Cohere questioned the rejection of the code by several trade associations.", "none"),
    ("Cohere kritisierte die Ablehnung des Kodex durch mehrere Verbände.", "none"),
    ("Cohere skrytykował odrzucenie kodeksu przez część branży.", "none"),
    ("De afwijzing van de code door het bedrijf werd door Cohere bevestigd.", "refuse"),
    ("Cohere confirmed the rejection of the code by the company's board.", "refuse"),
])
def test_a_position_noun_belongs_to_its_agent(text, label):
    others = [(text.index("Meta"), text.index("Meta") + 4)] if "Meta" in text else []
    pred = stance("Cohere", text, spans=_spans(text, ["Cohere"]), others=others)
    assert pred.stance != "sign" if label == "not sign" else pred.stance == label


@pytest.mark.parametrize("text,label", [
    # no answer to a request for comment, alone, is no position: a reading (the guide's rule 10)
    ("Cohere did not respond to a request for comment.", "none"),
    ("Cohere reagierte nicht auf eine Bitte um Stellungnahme.", "none"),
    ("Cohere wollte sich zum Kodex nicht äußern.", "none"),
    ("Cohere n'a pas répondu à une demande de commentaire.", "none"),
    ("Cohere non ha risposto a una richiesta di commento.", "none"),
    ("Cohere reageerde niet op een verzoek om commentaar.", "none"),
    # an open decision or a position beside it is the reading
    ("Cohere declined to comment on whether it would sign the code.", "undecided"),
    ("Cohere will not sign the code, a spokesperson said, and declined to comment further.", "refuse"),
])
def test_no_answer_to_a_request_for_comment_is_no_position(text, label):
    pred = stance("Cohere", text, spans=_spans(text, ["Cohere"]))
    assert pred.stance == label and (pred.reread or label != "none")


@pytest.mark.parametrize("text,label", [
    # the chapters left out of a partial signature are no refusal (the guide's rule 9)
    ("Cohere ha sottoscritto soltanto il capitolo sulla trasparenza, mentre non ha aderito a quelli su diritto "
     "d'autore e sicurezza.", "sign"),
    ("Cohere signed only the safety chapter and did not sign the other chapters.", "sign"),
    ("Cohere non ha aderito al codice.", "refuse"),
    ("Cohere non sottoscriverà il codice.", "refuse"),
])
def test_the_chapters_left_out_are_no_refusal(text, label):
    assert stance("Cohere", text, spans=_spans(text, ["Cohere"])).stance == label


@pytest.mark.parametrize("text,label", [
    # a refusal verb governing an accession noun
    ("Cohere ha escluso qualsiasi adesione al codice di condotta.", "refuse"),
    ("A Cohere pôs de parte qualquer adesão ao código.", "refuse"),
    ("Cohere a écarté toute adhésion au code.", "refuse"),
    ("Cohere wykluczył przystąpienie do kodeksu.", "refuse"),
    ("Cohere ha escluso per ora qualsiasi adesione al codice.", "refuse"),
    ("Vrijdag sloot ook Cohere zich bij de gedragscode aan.", "sign"),
    # an accession the subject announced is its own; rejecting criticism is no refusal
    ("Cohere ha respinto le critiche e ha annunciato l'adesione al codice.", "sign"),
    # its name will not appear among the signatories: off the list by choice
    ("Cohere said its name would not appear among the signatories.", "refuse"),
    ("Cohere ha comunicado que su nombre no figurará entre los firmantes.", "refuse"),
    ("A Cohere informou que o seu nome não constará da lista de signatários.", "refuse"),
    ("Cohere nie znajdzie się wśród sygnatariuszy kodeksu.", "refuse"),
    # ...but "not yet among the signatories" is an open status
    ("Cohere is not yet among the signatories.", "undecided"),
    # no reason to sign
    ("Cohere sieht keinen Anlass, sich einem freiwilligen Kodex zu unterwerfen.", "refuse"),
    ("Cohere sees no reason to sign a voluntary code.", "refuse"),
    ("Cohere ne voit aucune raison de signer le code.", "refuse"),
    # Dutch and Polish refusals the rules missed
    ("Cohere sluit zich niet aan bij de gedragscode.", "refuse"),
    ("Cohere heeft de code ondertekend en sluit zich niet aan bij de kritiek van Meta.", "sign"),
    ("Cohere odrzuca kodeks postępowania.", "refuse"),
])
def test_refusals_worded_around_the_sign_word(text, label):
    others = [(text.index("Meta"), text.index("Meta") + 4)] if "Meta" in text else []
    assert stance("Cohere", text, spans=_spans(text, ["Cohere"]), others=others).stance == label


def test_a_dutch_separable_refusal_is_a_reread():
    """"wijst … af": the model reads the stem without its particle (as `sign`), so the rules' reading counts more."""
    pred = stance("Cohere", "Cohere wijst de gedragscode af.", spans=[(0, 6)])
    assert pred.stance == "refuse" and pred.reread
    assert not stance("Cohere", "Cohere wijst erop dat het de code heeft ondertekend.", spans=[(0, 6)]).reread
    # the separable sign verb too, when its object is the code or "erbij"; a coalition is no object of that kind
    assert stance("Cohere", "Vrijdag sloot ook Cohere zich erbij aan.", spans=[(18, 24)]).reread
    assert stance("Cohere", "Cohere sluit zich aan bij de gedragscode.", spans=[(0, 6)]).reread
    assert not stance("Cohere", "Cohere sluit zich aan bij een nieuwe industriecoalitie.", spans=[(0, 6)]).reread


@pytest.mark.parametrize("text", [
    "Cohere se prononcera sur le code quand les lignes directrices seront connues.",
    "Cohere wird erst nach der Veröffentlichung der Leitlinien über den Kodex entscheiden.",
    "Cohere decidirá sobre el código cuando se publiquen las directrices.",
    "Cohere deciderà sul codice dopo la pubblicazione delle linee guida.",
    "A Cohere vai decidir sobre o código depois das orientações.",
    "Cohere zal pas na de richtsnoeren over de code beslissen.",
    "Cohere zdecyduje w sprawie kodeksu po publikacji wytycznych.",
])
def test_a_decision_still_to_come_is_a_deferred_reread(text):
    pred = stance("Cohere", text, spans=[(text.index("Cohere"), text.index("Cohere") + 6)])
    assert pred.stance == "undecided" and pred.reread


@pytest.mark.parametrize("text,label", [
    # a partial signature worded without a sign verb is a signature (guide rule 9)
    ("Cohere backed only the safety and security chapter of the code.", "sign"),
    ("Cohere beschränkt sich auf das Kapitel zu Sicherheit und Gefahrenabwehr.", "sign"),
    ("Cohere a limité sa signature au seul volet sûreté et sécurité.", "sign"),
    ("Cohere s'est limitée au chapitre consacré à la sécurité.", "sign"),
    ("Cohere se limitó al capítulo de seguridad.", "sign"),
    ("Cohere si è fermata al capitolo sulla sicurezza.", "sign"),
    ("A Cohere limitou a sua assinatura ao capítulo de segurança.", "sign"),
    ("Cohere beperkt zich tot het veiligheidshoofdstuk van de code.", "sign"),
    ("Cohere ograniczył się do rozdziału o bezpieczeństwie.", "sign"),
    # considering it is still open
    ("Cohere is considering signing only the safety chapter of the code.", "undecided"),
])
def test_a_partial_signature_without_a_sign_verb(text, label):
    assert stance("Cohere", text, spans=[(text.index("Cohere"), text.index("Cohere") + 6)]).stance == label


@pytest.mark.parametrize("text,label", [
    # signing only on a condition is open; a signature made only after something is a signature
    ("Cohere would commit to the code only if the Commission clarified the copyright chapter.", "undecided"),
    ("Cohere will sign the code, but only once the copyright chapter is rewritten.", "undecided"),
    ("Cohere will den Kodex unterzeichnen, aber nur, wenn die Kommission nachbessert.", "undecided"),
    ("Cohere firmará el código solo si Bruselas cambia el capítulo de derechos de autor.", "undecided"),
    ("Cohere signed the code only after the Commission changed the copyright chapter.", "sign"),
    # what others say it should do (guide rule 3)
    ("Analysts say Cohere should sign the code.", "undecided"),
])
def test_a_condition_or_an_opinion_leaves_it_open(text, label):
    assert stance("Cohere", text, spans=[(text.index("Cohere"), text.index("Cohere") + 6)]).stance == label


@pytest.mark.parametrize("text,label", [
    # reconsidering a refusal in the same sentence: the later position (guide rule 5)
    ("Cohere, which turned down the code in July, is now reconsidering.", "undecided"),
    ("Cohere hatte den Kodex im Juli abgelehnt, überdenkt diese Entscheidung nun aber.", "undecided"),
    # a refusal it will not reconsider stays one
    ("Cohere refused to sign the code and said it would not reconsider.", "refuse"),
])
def test_reconsidering_a_refusal(text, label):
    pred = stance("Cohere", text, spans=[(text.index("Cohere"), text.index("Cohere") + 6)])
    assert pred.stance == label


@pytest.mark.parametrize("text,spans_of", [
    # named only as the contrast to an open position, or as a member of an association: a "none" reading
    ("Unlike Meta, Cohere is still reviewing the code.", "Meta"),
    ("The industry association, whose members include Meta, Cohere and IBM, asked the Commission to delay the code.",
     "Meta"),
])
def test_named_for_others_is_a_none_reread(text, spans_of):
    start = text.index(spans_of)
    others = [(text.index(n), text.index(n) + len(n)) for n in ("Cohere", "IBM") if n in text]
    pred = stance(spans_of, text, spans=[(start, start + len(spans_of))], others=others)
    assert pred.stance == "none" and pred.reread


@pytest.mark.parametrize("text", [
    "We will only commit if the Commission guarantees a level field, Cohere said.",
    "Cohere ne signera le code que si la Commission clarifie le chapitre sur le droit d'auteur.",
    "Cohere zal de code alleen ondertekenen als Brussel het hoofdstuk verduidelijkt.",
    "Cohere podpisze kodeks tylko wtedy, gdy Bruksela doprecyzuje rozdział.",
])
def test_a_commitment_held_back_by_a_condition(text):
    assert stance("Cohere", text, spans=[(text.index("Cohere"), text.index("Cohere") + 6)]).stance == "undecided"


@pytest.mark.parametrize("text,label", [
    # ruling out signing is a refusal, a reread in the languages where the model reads it otherwise
    ("Cohere ha descartado sumarse al código.", "refuse"),
    ("Cohere ha escluso di firmare il codice.", "refuse"),
    ("Cohere sluit uit dat het de code ondertekent.", "refuse"),
    ("Cohere hat ausgeschlossen, den Kodex zu unterzeichnen.", "refuse"),
    ("A Cohere excluiu assinar o código.", "refuse"),
    # not ruling it out leaves it open
    ("Cohere no ha descartado sumarse al código.", "undecided"),
    ("Cohere non ha escluso di firmare il codice.", "undecided"),
    ("Cohere sluit niet uit dat het de code ondertekent.", "undecided"),
])
def test_ruling_out_signing(text, label):
    pred = stance("Cohere", text, spans=[(text.index("Cohere"), text.index("Cohere") + 6)])
    assert pred.stance == label and (label != "refuse" or pred.reread)
