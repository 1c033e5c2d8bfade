"""Groups of similar proposals, offline: TF-IDF over Swedish stems, cosine similarity, average linkage.

The same idea arrives from many tables in other words ("Fler mötesplatser för unga på landsbygden" /
"Ungdomar på landsbygden behöver ställen att träffas"). Each text becomes a TF-IDF vector over its
Snowball stems (stop words dropped) plus, at a lower weight, the character 5-grams of its longer stems,
so that the parts of Swedish compounds meet ("kollektivtrafik" / "trafik", "ungdomsråd" / "ungdom").
Similarity is the cosine of the vectors. Grouping is agglomerative with average linkage: two groups join
while the mean similarity over all their pairs stays at or above the threshold, which keeps one shared
word from chaining unrelated ideas together as plain connected components would.

THRESHOLD was tuned on the labelled set in tests/data/proposals_sv.json; `bench/bench_proposals.py`
prints pairwise precision and recall there.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter
from collections.abc import Sequence

from app.proposals.text import content_stems

THRESHOLD = 0.18
NGRAM = 5
NGRAM_WEIGHT = 0.35  # a shared compound part counts, but less than a shared word
MAX_DF_SHARE = 0.25
FLOOR_SHARE = 0.5  # terms in more than this share of a large collection say little and cost a lot

Vector = dict[str, float]


def features(text: str) -> Counter[str]:
    stems = content_stems(text)
    counts: Counter[str] = Counter(stems)
    for stem in stems:
        if len(stem) > NGRAM:
            for i in range(len(stem) - NGRAM + 1):
                counts["#" + stem[i : i + NGRAM]] += NGRAM_WEIGHT
    return counts


def tfidf_vectors(texts: Sequence[str]) -> list[Vector]:
    """One L2-normalised TF-IDF vector per text (sublinear term frequency, smoothed IDF)."""
    counted = [features(t) for t in texts]
    df: Counter[str] = Counter()
    for counts in counted:
        df.update(counts.keys())
    n = len(texts)
    vectors = []
    for counts in counted:
        vector = {}
        for term, tf in counts.items():
            weight = tf if term.startswith("#") else 1.0 + math.log(tf)
            vector[term] = weight * (math.log((1 + n) / (1 + df[term])) + 1.0)
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        vectors.append({term: w / norm for term, w in vector.items()})
    return vectors


def pair_similarities(vectors: Sequence[Vector], floor: float = 0.0) -> dict[tuple[int, int], float]:
    """Cosine similarity of every pair (i < j) that shares a term and reaches `floor`.

    Through an inverted index, one row at a time, so only the pairs kept are ever held together.
    """
    postings: dict[str, tuple[list[int], list[float]]] = {}
    for i, vector in enumerate(vectors):
        for term, weight in vector.items():
            docs, weights = postings.setdefault(term, ([], []))
            docs.append(i)
            weights.append(weight)
    limit = max(50, int(MAX_DF_SHARE * len(vectors)))
    usable = {term: p for term, p in postings.items() if len(p[0]) <= limit}
    sims: dict[tuple[int, int], float] = {}
    for i, vector in enumerate(vectors):
        row: dict[int, float] = {}
        for term, wi in vector.items():
            posting = usable.get(term)
            if posting is None:
                continue
            docs, weights = posting
            for k in range(bisect.bisect_right(docs, i), len(docs)):
                j = docs[k]
                row[j] = row.get(j, 0.0) + wi * weights[k]
        for j, s in row.items():
            if s >= floor and s > 0.0:
                sims[(i, j)] = s
    return sims


def cosine(first: str, second: str) -> float:
    a, b = tfidf_vectors([first, second])
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def average_linkage(n: int, sims: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Clusters of 0..n-1: repeatedly join the two with the highest mean pairwise similarity >= threshold."""
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for (i, j), s in sims.items():
        sums[i][j] = s
        sums[j][i] = s
    heap = [(-s, i, j) for (i, j), s in sims.items() if s >= threshold]
    heapq.heapify(heap)
    next_id = n
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was joined to something else meanwhile
        new = next_id
        next_id += 1
        members[new] = members.pop(a) + members.pop(b)
        joined: dict[int, float] = {}
        for old in (a, b):
            for c, s in sums.pop(old).items():
                if c in (a, b):
                    continue
                joined[c] = joined.get(c, 0.0) + s
                del sums[c][old]
        sums[new] = joined
        size = len(members[new])
        for c, s in joined.items():
            sums[c][new] = s
            mean = s / (size * len(members[c]))
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(c, new), max(c, new)))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def similar_groups(items: Sequence[tuple[str, str]], threshold: float = THRESHOLD) -> list[list[str]]:
    """Groups (two or more) of similar texts, as lists of their ids; `items` are (id, text) pairs.

    Deterministic: items are taken in id order, each group lists ids sorted, groups ordered by their
    first id.
    """
    ordered = sorted(items)
    vectors = tfidf_vectors([text for _, text in ordered])
    # Pairs far below the threshold barely move a mean; leaving them out keeps large sets fast and
    # only makes the grouping more cautious.
    sims = pair_similarities(vectors, floor=threshold * FLOOR_SHARE)
    clusters = average_linkage(len(ordered), sims, threshold)
    groups = [sorted(ordered[i][0] for i in cluster) for cluster in clusters if len(cluster) > 1]
    return sorted(groups)
