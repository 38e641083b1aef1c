"""The classifier's acceptance figures, measured the way they are reported: k-fold
cross-validation over the shipped labelled set, every post scored by a model that never saw it."""

import io
import json
import random
import string

import pytest
from django.core.management import call_command

from moderation import services
from moderation.classifier import LABELS


def evaluation_report(*args) -> dict:
    out = io.StringIO()
    call_command("evaluate_classifier", "--json", *args, stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def report():
    return evaluation_report()


def test_evaluation_of_the_shipped_set_meets_the_spam_precision_target(report):
    assert report["spam"]["precision"] >= 0.9


def test_evaluation_of_the_shipped_set_meets_the_spam_recall_target(report):
    assert report["spam"]["recall"] >= 0.8


def test_evaluation_report_has_every_class_with_its_support(report):
    shipped = services.load_labelled_posts()

    assert set(LABELS) <= set(report)
    for label in LABELS:
        assert set(report[label]) == {"precision", "recall", "support"}
        assert report[label]["support"] == sum(1 for post in shipped if post["label"] == label)
    assert sum(report[label]["support"] for label in LABELS) == len(shipped) == 640
    assert 0.0 <= report["accuracy"] <= 1.0


def gibberish(rng: random.Random, words: int = 25) -> str:
    return " ".join(
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(6, 10))) for _ in range(words)
    )


def test_evaluation_never_scores_a_post_with_a_model_trained_on_it():
    # Every post is unique gibberish with a random label: a model that had seen a post would
    # recognise its words and be right nearly every time; honest cross-validation is no better
    # than guessing.
    rng = random.Random(7)
    examples = [
        {"title": "", "body": gibberish(rng), "label": rng.choice(LABELS)} for _ in range(200)
    ]

    report = services.evaluate(examples, folds=5)

    assert report["accuracy"] < 0.5
    assert sum(report[label]["support"] for label in LABELS) == len(examples)


def test_evaluation_trains_each_fold_without_the_posts_it_scores(monkeypatch):
    # The same property, observed directly: no scored post is in its fold's training set.
    examples = [
        {"title": f"Post {number}", "body": f"Body of post {number}", "label": LABELS[number % 4]}
        for number in range(40)
    ]
    trained_on = []
    real_train = services.train

    def recording_train(training):
        trained_on.append({post["title"] for post in training})
        return real_train(training)

    monkeypatch.setattr(services, "train", recording_train)

    services.evaluate(examples, folds=5)

    assert len(trained_on) == 5
    assert all(len(titles) == 32 for titles in trained_on)
    # Each post is left out of exactly one fold's training: the fold that scores it.
    for post in examples:
        assert sum(post["title"] not in titles for titles in trained_on) == 1
