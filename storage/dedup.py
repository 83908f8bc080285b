"""Near-duplicate policy: when a new document is a syndicated copy of a stored one.

Pure functions and constants, no SQL: ``storage.documents`` finds the candidates (the documents
sharing a SimHash band, then those sharing passage fingerprints) and asks these rules which one
is the original. Two texts are copies when their word 3-shingles overlap enough (Jaccard), or when
a short brief lies almost wholly inside a copy at most twice its length.
"""
from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence

from storage.fingerprints import words as dedupe_words

NEAR_DUPLICATE_MIN_JACCARD = 0.7  # word 3-shingle overlap that makes a syndicated copy
# A short brief inside a copy that adds a headline line or a note: 90 % of its shingles in a text at
# most twice as long (a long article quoting a brief whole is not a copy of it).
NEAR_DUPLICATE_MIN_CONTAINMENT = 0.9
NEAR_DUPLICATE_MIN_SIZE_RATIO = 0.5
# Passage fingerprints (storage.fingerprints.fingerprints), the candidate route beside the SimHash bands:
FINGERPRINT_CANDIDATES = 16  # documents sharing the most (and rarest) keys get the Jaccard check
FINGERPRINT_MAX_USES = 16  # a key already on this many documents (boilerplate, or a story copied that
# often) is not stored again: every lookup reads at most 12 x 16 rows whatever the corpus size
SHINGLE_CACHE_SIZE = 256  # candidates' shingle sets kept (common keys propose the same pages again)

Shingles = set[tuple[str, ...]]


def signed64(value: int) -> int:
    """An unsigned 64-bit SimHash as the signed BIGINT the database stores."""
    return value - (1 << 64) if value >= (1 << 63) else value


def simhash_bands(simhash: int) -> dict[str, int]:
    """The four 16-bit bands of a SimHash (columns ``sh_band0..3``): two texts within Hamming
    distance 3 share at least one."""
    unsigned = simhash & ((1 << 64) - 1)
    return {f"sh_band{i}": (unsigned >> (16 * i)) & 0xFFFF for i in range(4)}


def fingerprint_rows(document_id: int, keys: Iterable[int], uses: dict[int, int]) -> list[dict]:
    """The ``paragraph_fingerprints`` rows of a document's keys, but those already on
    ``FINGERPRINT_MAX_USES`` documents; ``uses`` (key -> documents having it) is counted on."""
    rows = []
    for key in keys:
        n = uses.get(key, 0)
        if n < FINGERPRINT_MAX_USES:
            uses[key] = n + 1
            rows.append({"fingerprint": key, "document_id": document_id})
    return rows


def shingles(text: str) -> Shingles:
    # the crawler's tokenizer: one notion of "word" for hash and overlap
    return word_shingles(dedupe_words(text))


def word_shingles(words: list[str]) -> Shingles:
    if len(words) < 3:
        return {tuple(words)}
    return set(zip(words, words[1:], words[2:]))


def near_duplicate(mine: Shingles, theirs: Shingles) -> bool:
    """Word 3-shingle Jaccard >= NEAR_DUPLICATE_MIN_JACCARD, or — for a brief a wire service
    re-published with its own headline line — the shorter text almost wholly inside a copy at most
    twice its length (NEAR_DUPLICATE_MIN_CONTAINMENT). Sizes alone rule most pairs out."""
    small, large = sorted((len(mine), len(theirs)))
    if not small or small / large < NEAR_DUPLICATE_MIN_SIZE_RATIO:
        return False
    common = len(mine & theirs)
    return (common / (small + large - common) >= NEAR_DUPLICATE_MIN_JACCARD
            or common / small >= NEAR_DUPLICATE_MIN_CONTAINMENT)


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def fingerprint_candidates(matches: Sequence[tuple], exclude: set[int]) -> list[int]:
    """The documents of ``matches`` worth a Jaccard check, best first, at most FINGERPRINT_CANDIDATES.

    ``matches``: (fingerprint, document_id, ...) of the stored documents sharing a key with the new
    one. A candidate shares a key that no other stored document has, or two keys not yet on
    FINGERPRINT_MAX_USES documents, or any three: one common passage alone (a quote, a
    boilerplate or templated sentence: often a key on many pages and another inside it) is not
    worth reading a text for. A copy with Jaccard >= 0.7 fails this when it shares a single key
    that a third document also has (none in 4,000 simulated clusters of 1-4 copies), or at most
    two with a story copied FINGERPRINT_MAX_USES times. Ranked by shared keys, each weighted by
    1 / the documents having it: rare keys first."""
    uses = Counter(key for key, *_ in matches)
    shared: dict[int, list[int]] = {}
    for key, doc_id, *_ in matches:
        if doc_id not in exclude:
            shared.setdefault(doc_id, []).append(key)
    score = {}
    for doc_id, keys in shared.items():
        counts = [uses[key] for key in keys]
        if len(keys) > 2 or min(counts) == 1 or sum(n < FINGERPRINT_MAX_USES for n in counts) > 1:
            score[doc_id] = sum(1.0 / n for n in counts)
    return sorted(score, key=lambda doc_id: (-score[doc_id], doc_id))[:FINGERPRINT_CANDIDATES]


class ShingleCache:
    """Candidates' shingles by document id while their content hash is unchanged, least recently
    used first out (SHINGLE_CACHE_SIZE); safe to share between threads."""

    def __init__(self, size: int = SHINGLE_CACHE_SIZE):
        self.size = size
        self._items: OrderedDict[int, tuple[str, Shingles]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, doc_id: int, content_hash: str) -> Shingles | None:
        """A stored document's shingles if cached with this content hash, else None."""
        with self._lock:
            hit = self._items.get(doc_id)
            if hit is not None and hit[0] == content_hash:
                self._items.move_to_end(doc_id)
                return hit[1]
        return None

    def of(self, doc_id: int, content_hash: str, text: str) -> Shingles:
        """A stored document's shingles: cached, else from ``text`` (and cached)."""
        hit = self.get(doc_id, content_hash)
        if hit is not None:
            return hit
        found = shingles(text)
        with self._lock:
            self._items[doc_id] = (content_hash, found)
            self._items.move_to_end(doc_id)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return found

    def __len__(self) -> int:
        return len(self._items)
