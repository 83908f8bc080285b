"""Open positions in German and French (and a few Dutch, Italian and Spanish) worded with a sign verb or
noun (own probes, 2026-12-06, written from the labelling guide's rules 3, 4 and 10): the product read 28
of 114 such probes wrong, mostly as `sign` (the model sees the sign verb and reads a commitment).

* reported forecasts ("soll laut Insidern unterzeichnen", "Angeblich will …", "Selon nos informations, … va
  signer", "signerait …, selon des sources", "firmaría …, según fuentes") are `undecided`;
* a sign verb with its condition ("sofern", "falls", "würde …, wenn", "signerait … si", "sous réserve que",
  "a patto che", "siempre que", "mits") is `undecided`; so is making a signature depend on something;
* being open to a signature, not ruling it out ("schließt … nicht aus", "ne ferme pas la porte") is
  `undecided`, not a refusal;
* others pressing the target to sign ("Brüssel drängt Meta zur Unterschrift", "appelle Apple à signer")
  is no position of the target's own: `undecided`.
"""
from __future__ import annotations

import pytest

from nlp.rules import find_cues
from nlp.transformer import default_model_dir, model_is_current

# the rules alone read these (each was `sign` or `refuse` in the product before)
CASES = [
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
SHIPPED_ONLY = [
    ("Meta", "Meta dürfte den Verhaltenskodex für KI-Modelle mit allgemeinem Verwendungszweck nach Einschätzung von "
     "Beobachtern doch noch unterzeichnen.", "undecided"),
    ("IBM", "IBM überlegt noch, ob es den Verhaltenskodex unterschreiben soll.", "undecided"),
    ("Microsoft", "Reste à savoir si Microsoft signera le code de bonnes pratiques.", "undecided"),
    ("Apple", "Apple hat einen Liefervertrag mit einem europäischen Chiphersteller unterzeichnet.", "none"),
]


@pytest.mark.parametrize("company,text,label", CASES)
def test_the_rules_read_german_and_french_open_positions(analyzer, company, text, label):
    result = analyzer.classify_passage(company, text)
    assert result.stance == label, (result, find_cues(text))


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("company,text,label", CASES + SHIPPED_ONLY)
def test_the_shipped_analyzer_reads_them(shipped_analyzer, company, text, label):
    assert shipped_analyzer.classify_passage(company, text).stance == label
