"""Open positions in the seven languages besides English worded with a sign verb or noun (own probes,
2026-12-06, written from the labelling guide's rules 3, 4 and 10).

**German and French** (and a few Dutch, Italian and Spanish): the product read 28 of 114 such probes wrong,
mostly as `sign` (the model sees the sign verb and reads a commitment).

* reported forecasts ("soll laut Insidern unterzeichnen", "Angeblich will …", "Selon nos informations, … va
  signer", "signerait …, selon des sources", "firmaría …, según fuentes") are `undecided`;
* a sign verb with its condition ("sofern", "falls", "würde …, wenn", "signerait … si", "sous réserve que",
  "a patto che", "siempre que", "mits") is `undecided`; so is making a signature depend on something;
* being open to a signature, not ruling it out ("schließt … nicht aus", "ne ferme pas la porte") is
  `undecided`, not a refusal;
* others pressing the target to sign ("Brüssel drängt Meta zur Unterschrift", "appelle Apple à signer")
  is no position of the target's own: `undecided`.

**Spanish, Italian, Portuguese, Dutch and Polish**: the product read 21 of 97 such probes wrong, mostly as
`sign` (the model sees the sign verb and reads a commitment).

* others pressing the target to sign ("insta a Meta a firmar", "esorta Meta a firmare", "exorta a Meta a
  assinar", "roept Meta op … te ondertekenen", "wzywa Metę do podpisania") is no position of its own;
* a deadline to sign ("tiene hasta el 2 de agosto para firmar", "heeft tot 2 augustus de tijd om …") is open;
* reported forecasts ("Segundo fontes", "Volgens ingewijden", "Według nieoficjalnych informacji"), weighing
  ("sopesa firmar"), a Dutch adverb after the object ("ondertekent de gedragscode mogelijk") are hedges;
* a conditional with its condition ("assinaria … se", "podpisałby kodeks, gdyby …") is `undecided`;
* open or waiting idioms ("staat open voor het ondertekenen", "jest otwarty na podpisanie", "houdt de kaarten
  tegen de borst", "zwleka z decyzją") are `undecided`, not a refusal or a signature.
"""
from __future__ import annotations

import pytest

from nlp.rules import find_cues
from nlp.transformer import default_model_dir, model_is_current

DE_FR = [
    ("Amazon", "Amazon soll laut Insidern den Verhaltenskodex der EU-Kommission in den kommenden Tagen unterzeichnen.",
     "undecided"),
    ("Microsoft", "Microsoft wird den KI-Kodex nach Angaben aus Verhandlungskreisen wohl unterzeichnen.", "undecided"),
    ("Apple", "Angeblich will auch Apple den Verhaltenskodex der EU unterzeichnen.", "undecided"),
    ("Meta", "Beobachter rechnen damit, dass Meta den Kodex am Ende doch unterzeichnet.", "undecided"),
    ("Meta", "Meta will den Verhaltenskodex unterzeichnen, sofern die Kommission das Urheberrechtskapitel entschärft.",
     "undecided"),
    ("IBM", "IBM will den KI-Kodex nur unter Vorbehalt unterzeichnen und wartet auf die Leitlinien der Kommission.",
     "undecided"),
    ("Microsoft", "Microsoft würde den Verhaltenskodex unterzeichnen, wenn die Urheberrechtsregeln klarer wären.",
     "undecided"),
    ("Aleph Alpha", "Aleph Alpha macht eine Unterzeichnung des Kodex davon abhängig, wie die Kommission die Leitlinien "
     "auslegt.", "undecided"),
    ("Google", "Google signalisiert Bereitschaft, den Kodex zu unterzeichnen, will aber zunächst die endgültige Fassung "
     "sehen.", "undecided"),
    ("Apple", "Apple schließt eine Unterzeichnung des KI-Verhaltenskodex nicht aus.", "undecided"),
    ("IBM", "IBM kann sich vorstellen, den Verhaltenskodex zu unterzeichnen.", "undecided"),
    ("Google", "Unterschreibt Google den KI-Verhaltenskodex der EU?", "undecided"),
    ("Meta", "Brüssel drängt Meta zur Unterschrift unter den Verhaltenskodex.", "undecided"),
    ("Apple", "Die Kommission fordert Apple auf, den Verhaltenskodex zu unterzeichnen.", "undecided"),
    ("Meta", "Verbraucherschützer appellieren an Meta, den Verhaltenskodex doch noch zu unterzeichnen.", "undecided"),
    ("Amazon", "Selon nos informations, Amazon va signer le code de bonnes pratiques dans les prochains jours.",
     "undecided"),
    ("Apple", "Apple signerait le code européen d'ici la fin du mois, selon des sources proches du dossier.", "undecided"),
    ("IBM", "IBM signerait le code de bonnes pratiques si les exigences de transparence étaient allégées.", "undecided"),
    ("Microsoft", "Microsoft adhérera au code sous réserve que les obligations sur le droit d'auteur soient précisées.",
     "undecided"),
    ("Apple", "Apple subordonne sa signature du code à une clarification des règles sur le droit d'auteur.", "undecided"),
    ("Google", "Google se montre ouvert à une signature du code de bonnes pratiques.", "undecided"),
    ("IBM", "IBM ne ferme pas la porte à une adhésion au code de bonnes pratiques.", "undecided"),
    ("Apple", "Apple n'écarte pas l'idée de signer le code européen sur l'IA.", "undecided"),
    ("Amazon", "Amazon aurait l'intention de signer le code, d'après le Financial Times.", "undecided"),
    ("Google", "Google hésite encore à signer le code de bonnes pratiques.", "undecided"),
    ("Amazon", "Amazon se dit disposé à signer le code, sans toutefois s'engager pour l'instant.", "undecided"),
    ("Meta", "Bruxelles presse Meta de signer le code de bonnes pratiques.", "undecided"),
    ("Apple", "La Commission appelle Apple à signer le code de bonnes pratiques.", "undecided"),
    ("Meta", "Des eurodéputés exhortent Meta à signer le code de bonnes pratiques.", "undecided"),
    ("Amazon", "Amazon staat open voor ondertekening van de gedragscode.", "undecided"),
    ("Google", "Google firmerà il codice a patto che la Commissione chiarisca le regole sul diritto d'autore.",
     "undecided"),
    ("Meta", "Meta firmaría el código de buenas prácticas, según fuentes del sector.", "undecided"),
    ("Google", "Google firmará el código siempre que Bruselas aclare las normas de derechos de autor.", "undecided"),
    # controls: definite signatures (a concession, "même si", is no condition; a formal approval is no condition),
    # refusals, and others pressed to sign while the target has signed
    ("Microsoft", "Microsoft wird den Verhaltenskodex unterzeichnen, sagte Präsident Brad Smith.", "sign"),
    ("IBM", "IBM unterschreibt den Verhaltenskodex, teilte das Unternehmen am Freitag mit.", "sign"),
    ("Google", "Google wird den Verhaltenskodex unterschreiben, wenn er Anfang August offiziell vorliegt.", "sign"),
    ("Microsoft", "Microsoft signera le code de bonnes pratiques, a annoncé Brad Smith.", "sign"),
    ("Mistral AI", "Mistral AI signera le code de bonnes pratiques même si elle le juge trop contraignant.", "sign"),
    ("OpenAI", "OpenAI a annoncé qu'il signerait le code de bonnes pratiques, sous réserve de son approbation "
     "formelle.", "sign"),
    ("Google", "La Commission appelle les fournisseurs à signer le code ; Google l'a signé dès juillet.", "sign"),
    ("Google", "Die Kommission drängt die Anbieter zur Unterzeichnung, Google hat den Kodex bereits unterschrieben.",
     "sign"),
    ("Meta", "Meta unterschreibt den Verhaltenskodex nicht.", "refuse"),
    ("Meta", "Meta schließt eine Unterzeichnung des Kodex aus.", "refuse"),
    ("Meta", "Meta ne signera pas le code de bonnes pratiques, a déclaré Joel Kaplan.", "refuse"),
    ("Apple", "Apple soll laut Insidern ein neues iPhone-Modell in Europa vorstellen.", "none"),
]

# the model reads these; the product must not lose them to the rules
DE_FR_SHIPPED_ONLY = [
    ("Meta", "Meta dürfte den Verhaltenskodex für KI-Modelle mit allgemeinem Verwendungszweck nach Einschätzung von "
     "Beobachtern doch noch unterzeichnen.", "undecided"),
    ("IBM", "IBM überlegt noch, ob es den Verhaltenskodex unterschreiben soll.", "undecided"),
    ("Microsoft", "Reste à savoir si Microsoft signera le code de bonnes pratiques.", "undecided"),
    ("Apple", "Apple hat einen Liefervertrag mit einem europäischen Chiphersteller unterzeichnet.", "none"),
]

ES_IT_PT_NL_PL = [
    ("Meta", "Bruselas insta a Meta a firmar el código de buenas prácticas para la IA.", "undecided"),
    ("Apple", "Apple tiene hasta el 2 de agosto para firmar el código de buenas prácticas.", "undecided"),
    ("Google", "Google sopesa firmar el código de buenas prácticas de la UE.", "undecided"),
    ("Meta", "Bruxelles esorta Meta a firmare il codice di condotta.", "undecided"),
    ("Meta", "Segundo fontes, a Meta vai assinar o código de boas práticas nos próximos dias.", "undecided"),
    ("Meta", "Bruxelas pede à Meta que assine o código de boas práticas.", "undecided"),
    ("IBM", "A IBM tem até 2 de agosto para assinar o código de boas práticas.", "undecided"),
    ("Meta", "A Comissão Europeia exorta a Meta a assinar o código de boas práticas.", "undecided"),
    ("Google", "A Google assinaria o código de boas práticas, segundo fontes próximas do processo.", "undecided"),
    ("Meta", "Volgens ingewijden zal Meta de gedragscode volgende week ondertekenen.", "undecided"),
    ("Amazon", "Amazon staat open voor het ondertekenen van de gedragscode.", "undecided"),
    ("Apple", "Apple houdt de kaarten tegen de borst over de ondertekening van de gedragscode.", "undecided"),
    ("IBM", "IBM heeft tot 2 augustus de tijd om de gedragscode te ondertekenen.", "undecided"),
    ("xAI", "xAI ondertekent de gedragscode mogelijk later dit jaar.", "undecided"),
    ("Meta", "De Europese Commissie dringt er bij Meta op aan de gedragscode te ondertekenen.", "undecided"),
    ("Meta", "Brussel roept Meta op de gedragscode te ondertekenen.", "undecided"),
    ("Meta", "Według nieoficjalnych informacji Meta podpisze kodeks postępowania w przyszłym tygodniu.", "undecided"),
    ("Apple", "Apple zwleka z decyzją o podpisaniu kodeksu postępowania.", "undecided"),
    ("Meta", "Komisja Europejska wzywa Metę do podpisania kodeksu postępowania.", "undecided"),
    ("Google", "Google podpisałby kodeks, gdyby Komisja złagodziła wymogi dotyczące praw autorskich.", "undecided"),
    ("Amazon", "Amazon jest otwarty na podpisanie kodeksu postępowania.", "undecided"),
    # controls: definite signatures and refusals, including a refusal "so far"
    ("OpenAI", "OpenAI firmará el código de buenas prácticas, anunció la empresa el viernes.", "sign"),
    ("Meta", "Meta se ha negado hasta ahora a firmar el código de buenas prácticas.", "refuse"),
    ("Microsoft", "Microsoft firmerà il codice di condotta, ha annunciato Brad Smith.", "sign"),
    ("Meta", "Meta non firmerà il codice di condotta, ha detto Joel Kaplan.", "refuse"),
    ("Microsoft", "A Microsoft vai assinar o código de boas práticas, anunciou Brad Smith.", "sign"),
    ("OpenAI", "OpenAI heeft de gedragscode ondertekend.", "sign"),
    ("Meta", "Meta tekent de gedragscode niet.", "refuse"),
    # a refusal so far is no deadline ("heeft tot nu toe"); the participle "geweigerd" was no cue before
    ("Meta", "Meta heeft tot nu toe geweigerd om de gedragscode te ondertekenen.", "refuse"),
    ("IBM", "IBM heeft tot eind augustus de tijd om te reageren op de boete.", "none"),
    ("Microsoft", "A Microsoft assinou o código e comprometeu-se a cumprir as regras.", "sign"),
    ("Microsoft", "Microsoft podpisze kodeks postępowania, zapowiedział Brad Smith.", "sign"),
    ("Meta", "Meta nie podpisze kodeksu postępowania.", "refuse"),
    ("Apple", "Apple wprowadził nowy model iPhone'a w Polsce.", "none"),
]

# the model reads these; the product must not lose them to the rules
ES_IT_PT_NL_PL_SHIPPED_ONLY = [
    ("Meta", "Secondo indiscrezioni, Meta firmerà il codice di condotta entro fine mese.", "undecided"),
    ("Amazon", "Amazon non esclude di firmare il codice di condotta europeo.", "undecided"),
    ("Meta", "A Meta recusou-se até agora a assinar o código de boas práticas.", "refuse"),
    ("Meta", "Meta weigert tot nu toe de gedragscode te ondertekenen.", "refuse"),
    ("Meta", "Meta jak dotąd odmawia podpisania kodeksu postępowania.", "refuse"),
    ("Mistral AI", "Mistral AI ha aderito al codice di condotta europeo.", "sign"),
]

CASES = DE_FR + ES_IT_PT_NL_PL


@pytest.mark.parametrize("company,text,label", CASES)
def test_the_rules_read_open_positions(analyzer, company, text, label):
    result = analyzer.classify_passage(company, text)
    assert result.stance == label, (result, find_cues(text))


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("company,text,label", CASES + DE_FR_SHIPPED_ONLY + ES_IT_PT_NL_PL_SHIPPED_ONLY)
def test_the_shipped_analyzer_reads_them(shipped_analyzer, company, text, label):
    assert shipped_analyzer.classify_passage(company, text).stance == label
