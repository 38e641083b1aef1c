"""Multinomial naive Bayes over post tokens: P(ok), P(spam), P(promotion), P(job).

Small, explainable and incremental: learning from one moderator decision is adding its token
counts, so every decision improves later scores at once. The state is plain counts (JSON).
"""

import math
from collections import Counter
from dataclasses import dataclass, field

LABELS = ("ok", "spam", "promotion", "job")
SMOOTHING = 0.5
MAX_VOCABULARY = 60000


@dataclass
class NaiveBayes:
    doc_counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    token_totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    token_counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {label: {} for label in LABELS}
    )

    # --- learning ---------------------------------------------------------------------------
    def learn(self, tokens: list[str], label: str, weight: int = 1) -> None:
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        self.doc_counts[label] += weight
        counts = self.token_counts[label]
        for token, count in Counter(tokens).items():
            if token not in counts and len(counts) >= MAX_VOCABULARY:
                continue
            counts[token] = counts.get(token, 0) + count * weight
            self.token_totals[label] += count * weight

    # --- scoring ----------------------------------------------------------------------------
    def vocabulary(self) -> set[str]:
        vocabulary = set()
        for counts in self.token_counts.values():
            vocabulary.update(counts)
        return vocabulary

    def vocabulary_size(self) -> int:
        return max(len(self.vocabulary()), 1)

    def probabilities(self, tokens: list[str]) -> dict[str, float]:
        """Posterior probability of each label (sums to 1)."""
        total_docs = sum(self.doc_counts.values())
        if total_docs == 0:
            return {label: (1.0 if label == "ok" else 0.0) for label in LABELS}
        known = self.vocabulary()
        vocabulary = max(len(known), 1)
        # A token no label has seen says nothing about the label; counted, it would favour the
        # label with the fewest tokens (spam), as "__author_new__" did.
        token_frequencies = Counter(
            token for token in tokens if token in known or not token.startswith("__")
        )
        log_scores = {}
        for label in LABELS:
            prior = (self.doc_counts[label] + 1) / (total_docs + len(LABELS))
            denominator = self.token_totals[label] + SMOOTHING * vocabulary
            counts = self.token_counts[label]
            score = math.log(prior)
            for token, frequency in token_frequencies.items():
                score += frequency * math.log((counts.get(token, 0) + SMOOTHING) / denominator)
            log_scores[label] = score
        # Naive Bayes is overconfident on long texts: temper by the number of tokens so that
        # probabilities stay meaningful for thresholds.
        temper = max(1.0, math.sqrt(len(tokens)) / 3)
        top = max(log_scores.values())
        exp_scores = {label: math.exp((s - top) / temper) for label, s in log_scores.items()}
        norm = sum(exp_scores.values())
        return {label: value / norm for label, value in exp_scores.items()}

    # --- storage ----------------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "doc_counts": self.doc_counts,
            "token_totals": self.token_totals,
            "token_counts": self.token_counts,
        }

    @classmethod
    def from_json(cls, data: dict | None) -> "NaiveBayes":
        if not data:
            return cls()
        model = cls()
        model.doc_counts.update(data.get("doc_counts", {}))
        model.token_totals.update(data.get("token_totals", {}))
        for label in LABELS:
            model.token_counts[label] = dict(data.get("token_counts", {}).get(label, {}))
        return model
