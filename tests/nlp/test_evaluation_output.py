"""An evaluation's printed forms carry figures only: a failing gate's traceback shows the Evaluation
it was given, and the development set's unread half must never be printed."""
from __future__ import annotations

from nlp.evaluate import Evaluation
from nlp.metrics import report


def test_an_evaluation_never_prints_its_rows():
    rep = report(["sign", "refuse"], ["refuse", "refuse"], [0.9, 0.8])
    secret = "a passage of the unread half"
    evaluation = Evaluation(rep, {"en": rep}, [{"text": secret, "company": "Meta", "label": "sign"}])
    for shown in (repr(evaluation), str(evaluation), evaluation.format(), str(evaluation.as_dict())):
        assert secret not in shown
    assert evaluation.errors[0]["text"] == secret  # still there for --errors on the read half
