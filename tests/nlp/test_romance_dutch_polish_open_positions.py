"""Open positions in Spanish, Italian, Portuguese, Dutch and Polish worded with a sign verb or noun (own
probes, 2026-12-06, written from the labelling guide's rules 3, 4 and 10): the product read 21 of 97 such
probes wrong, mostly as `sign` (the model sees the sign verb and reads a commitment).

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

# the rules alone read these (each was `sign` or `refuse` in the product before, unless marked as a control)
CASES = [
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
SHIPPED_ONLY = [
    ("Meta", "Secondo indiscrezioni, Meta firmerà il codice di condotta entro fine mese.", "undecided"),
    ("Amazon", "Amazon non esclude di firmare il codice di condotta europeo.", "undecided"),
    ("Meta", "A Meta recusou-se até agora a assinar o código de boas práticas.", "refuse"),
    ("Meta", "Meta weigert tot nu toe de gedragscode te ondertekenen.", "refuse"),
    ("Meta", "Meta jak dotąd odmawia podpisania kodeksu postępowania.", "refuse"),
    ("Mistral AI", "Mistral AI ha aderito al codice di condotta europeo.", "sign"),
]


@pytest.mark.parametrize("company,text,label", CASES)
def test_the_rules_read_romance_dutch_and_polish_open_positions(analyzer, company, text, label):
    result = analyzer.classify_passage(company, text)
    assert result.stance == label, (result, find_cues(text))


@pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}")
@pytest.mark.parametrize("company,text,label", CASES + SHIPPED_ONLY)
def test_the_shipped_analyzer_reads_them(shipped_analyzer, company, text, label):
    assert shipped_analyzer.classify_passage(company, text).stance == label
