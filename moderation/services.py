"""The classifier's lifecycle, the audit log and flags.

Knows nothing of forums: callers pass text and targets.
"""

import json
import logging
import random
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone

from moderation.classifier import LABELS, NaiveBayes
from moderation.features import post_tokens
from moderation.models import AuditEntry, ClassifierState, Flag, TrainingExample

_cache = threading.local()
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Scores:
    ok: float
    spam: float
    promotion: float
    job: float
    has_spam_signal: bool = True

    @property
    def is_spam(self) -> bool:
        return self.spam >= settings.MODERATION_SPAM_THRESHOLD and self.has_spam_signal

    @property
    def label(self) -> str:
        return max(LABELS, key=lambda label: getattr(self, label))


def load_labelled_posts(path: Path | None = None) -> list[dict]:
    path = Path(path or settings.MODERATION_TRAINING_DATA)
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def train(examples: list[dict]) -> NaiveBayes:
    model = NaiveBayes()
    for example in examples:
        model.learn(
            post_tokens(
                example.get("title", ""),
                example.get("body", ""),
                author_signals=tuple(example.get("author_signals", ())),
            ),
            example["label"],
        )
    return model


def _state() -> ClassifierState:
    state = ClassifierState.objects.filter(name="posts").only("version").first()
    if state is not None:
        return state
    # First use on this database: start from the shipped labelled set.
    try:
        model = train(load_labelled_posts())
    except FileNotFoundError:
        logger.error(
            "No labelled posts at %s: the classifier starts untrained",
            settings.MODERATION_TRAINING_DATA,
        )
        model = NaiveBayes()
    try:
        with transaction.atomic():
            return ClassifierState.objects.create(name="posts", model=model.to_json(), version=1)
    except IntegrityError:
        return ClassifierState.objects.only("version").get(name="posts")


def classifier() -> NaiveBayes:
    """The current model, reloaded only when a decision has changed it (one small query)."""
    state = _state()
    cached = getattr(_cache, "model", None)
    if cached is None or _cache.version != state.version:
        _cache.model = NaiveBayes.from_json(
            ClassifierState.objects.values_list("model", flat=True).get(pk=state.pk)
        )
        _cache.version = state.version
    return _cache.model


def score_post(*, title: str, body: str, author_signals: tuple[str, ...] = ()) -> Scores:
    tokens = post_tokens(title, body, author_signals=author_signals)
    probabilities = classifier().probabilities(tokens)
    return Scores(**probabilities, has_spam_signal=has_spam_signal(tokens))


def record_decision(
    *,
    label: str,
    title: str,
    body: str,
    decided_by=None,
    group_id=None,
    author_signals: tuple[str, ...] = (),
) -> TrainingExample:
    """A moderator's decision becomes a training example, learned after commit by Celery."""
    if label not in LABELS:
        raise ValueError(label)
    example = TrainingExample.objects.create(
        label=label,
        title=title[:200],
        body=body,
        author_signals=list(author_signals),
        source=TrainingExample.Source.MODERATOR,
        decided_by=decided_by,
        group_id=group_id,
    )
    from hrnet.celery import enqueue_on_commit
    from moderation.tasks import learn_from_decisions

    enqueue_on_commit(learn_from_decisions)
    return example


def learn_pending_examples(limit: int = 500) -> int:
    """Add not-yet-learned decisions to the model; safe to run twice (learned_at marks them)."""
    _state()
    with transaction.atomic():
        state = ClassifierState.objects.select_for_update().get(name="posts")
        examples = list(
            TrainingExample.objects.select_for_update(skip_locked=True)
            .filter(learned_at__isnull=True)
            .order_by("created_at")[:limit]
        )
        if not examples:
            return 0
        model = NaiveBayes.from_json(state.model)
        for example in examples:
            # A moderator's decision counts like several seed posts: it is about this network.
            model.learn(
                post_tokens(
                    example.title, example.body, author_signals=tuple(example.author_signals)
                ),
                example.label,
                weight=settings.MODERATION_DECISION_WEIGHT,
            )
        state.model = model.to_json()
        state.version += 1
        state.updated_at = timezone.now()
        state.save(update_fields=["model", "version", "updated_at"])
        TrainingExample.objects.filter(pk__in=[e.pk for e in examples]).update(
            learned_at=timezone.now()
        )
    return len(examples)


def evaluate(examples: list[dict], *, folds: int = 5, seed: int = 2026) -> dict:
    """Precision and recall per label by k-fold cross-validation.

    Every post is scored by a model that never saw it.
    """
    shuffled = examples[:]
    random.Random(seed).shuffle(shuffled)
    truth_predicted = []
    for fold in range(folds):
        test = shuffled[fold::folds]
        training = [e for i, e in enumerate(shuffled) if i % folds != fold]
        model = train(training)
        for example in test:
            tokens = post_tokens(example.get("title", ""), example["body"])
            probabilities = model.probabilities(tokens)
            truth_predicted.append((example["label"], decide_label(probabilities, tokens)))
    report = {}
    for label in LABELS:
        true_positive = sum(1 for t, p in truth_predicted if t == label and p == label)
        predicted = sum(1 for _t, p in truth_predicted if p == label)
        actual = sum(1 for t, _p in truth_predicted if t == label)
        report[label] = {
            "precision": true_positive / predicted if predicted else 0.0,
            "recall": true_positive / actual if actual else 0.0,
            "support": actual,
        }
    report["accuracy"] = sum(1 for t, p in truth_predicted if t == p) / max(len(truth_predicted), 1)
    return report


# What spam carries and a member's plain reply does not: without one of these, a post is never
# held as spam, however its words score ("Thanks, same here!" must not wait for a moderator).
SPAM_SIGNALS = frozenset(
    {
        "__url__",
        "__email__",
        "__phone__",
        "__price__",
        "__spamword__",
        "__shout__",
        "__exclaim__",
        "__emoji__",
        "__promoword__",
        "__author_rejected__",
    }
)


def has_spam_signal(tokens) -> bool:
    return not SPAM_SIGNALS.isdisjoint(tokens)


def decide_label(probabilities: dict[str, float], tokens=None) -> str:
    """The label the portal acts on, with the thresholds it uses for posts."""
    spam_allowed = tokens is None or has_spam_signal(tokens)
    if probabilities["spam"] >= settings.MODERATION_SPAM_THRESHOLD and spam_allowed:
        return "spam"
    if probabilities["job"] >= settings.MODERATION_MOVE_THRESHOLD:
        return "job"
    if probabilities["promotion"] >= settings.MODERATION_MOVE_THRESHOLD:
        return "promotion"
    return "ok"


# --- Audit log ----------------------------------------------------------------------------------


def audit(
    *,
    action: str,
    target=None,
    actor=None,
    subject=None,
    group_id=None,
    summary: str = "",
    reason: str = "",
) -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor,
        action=action,
        group_id=group_id,
        subject=subject,
        content_type=ContentType.objects.get_for_model(target) if target is not None else None,
        object_id=target.pk if target is not None else None,
        summary=summary[:250],
        reason=reason,
    )


# --- Flags --------------------------------------------------------------------------------------


def add_flag(*, flagger, target, group_id, reason: str, note: str = "") -> tuple[Flag, int]:
    """Record a member's flag (once per member and post); returns it and the open flag count."""
    content_type = ContentType.objects.get_for_model(target)
    flag, _created = Flag.objects.get_or_create(
        flagger=flagger,
        content_type=content_type,
        object_id=target.pk,
        defaults={"group_id": group_id, "reason": reason, "note": note[:500]},
    )
    open_flags = Flag.objects.filter(
        content_type=content_type, object_id=target.pk, outcome=Flag.Outcome.OPEN
    ).count()
    return flag, open_flags


def resolve_flags(*, target, upheld: bool) -> list[int]:
    """Close the open flags on a post; returns the flaggers' ids so they can be told."""
    content_type = ContentType.objects.get_for_model(target)
    flags = Flag.objects.filter(
        content_type=content_type, object_id=target.pk, outcome=Flag.Outcome.OPEN
    )
    flagger_ids = list(flags.values_list("flagger_id", flat=True))
    flags.update(
        outcome=Flag.Outcome.UPHELD if upheld else Flag.Outcome.DISMISSED,
        resolved_at=timezone.now(),
    )
    return flagger_ids
