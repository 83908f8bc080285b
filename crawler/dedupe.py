"""Duplicate keys for extracted text: an exact content hash and a 64-bit SimHash.

The Store does the near-duplicate lookup (SimHash bands narrow candidates, word
3-shingle Jaccard decides); this module only computes the keys.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

SIMHASH_BITS = 64
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_text(text: str) -> str:
    """NFKC, lowercase, collapse whitespace: cosmetic edits must not change the hash."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u00ad", "")  # soft hyphens come and go between renderings
    return " ".join(text.split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    return _WORD.findall(normalise_text(text))


def shingles(text: str, size: int = 3) -> list[str]:
    tokens = words(text)
    if len(tokens) < size:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


def _hash64(token: str) -> int:
    # blake2b is stable across processes and Python versions (unlike hash()).
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str) -> int:
    """Charikar SimHash over word 3-shingles; unsigned 64-bit (0 for empty text)."""
    grams = shingles(text)
    if not grams:
        return 0
    # Per-bit vote counts, vectorised: bit b of a shingle's hash is column b of its digest's bits
    # (little-endian byte order, least significant bit first). ~30x faster than a Python bit loop.
    blake = hashlib.blake2b
    digests = b"".join(blake(g.encode("utf-8"), digest_size=8).digest()[::-1] for g in grams)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    ones = bits.sum(axis=0, dtype=np.int64)
    value = 0
    for bit in np.flatnonzero(2 * ones > len(grams)).tolist():
        value |= 1 << bit
    return value


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << SIMHASH_BITS) - 1)).bit_count()
