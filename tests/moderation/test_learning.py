"""Moderator decisions teach the classifier: rejected spam makes similar posts score as spam."""

import pytest

from forums import moderation
from forums.moderation import Decision, RejectReason
from moderation import services
from moderation.models import ClassifierState, TrainingExample
from tests.moderation.factories import held_thread

pytestmark = [pytest.mark.django_db, pytest.mark.moderation]

# Astrology pitched to HR teams: nothing like it is in the shipped set, so the classifier is
# unsure (spam probability about 0.05) until moderators teach it.
NEW_TEXT = {
    "title": "Astrology for HR teams",
    "body": "Tarot and horoscope readings tell you which colleague fits the team. "
    "Astrology sessions for managers.",
}
REJECTED_TEXTS = [
    ("Horoscope readings for your team", "Horoscope and tarot readings for every team member."),
    ("Tarot for managers", "Tarot cards show which manager to promote. Astrology readings."),
    ("Stars and staffing", "Astrology and horoscope readings for staffing, tarot for leaders."),
]


def spam_probability() -> float:
    return services.score_post(**NEW_TEXT).spam


def reject_as_spam(group, moderator, texts=REJECTED_TEXTS):
    for title, body in texts:
        post = held_thread(group, title=title, body=body)
        moderation.decide(
            moderator=moderator, post=post, decision=Decision.REJECT, reason=RejectReason.SPAM
        )


def classifier_version() -> int:
    return ClassifierState.objects.get(name="posts").version


def test_rejecting_similar_posts_as_spam_raises_the_spam_score_of_a_new_one(group, moderator):
    before = spam_probability()
    assert before < 0.3, "the text should start out borderline"

    reject_as_spam(group, moderator)
    learned = services.learn_pending_examples()

    after = spam_probability()
    assert learned == len(REJECTED_TEXTS)
    assert after > before + 0.3
    assert after >= 0.5


def test_a_spam_rejection_becomes_a_spam_training_example(group, moderator):
    reject_as_spam(group, moderator, REJECTED_TEXTS[:1])

    example = TrainingExample.objects.get()
    assert example.label == "spam"
    assert example.source == TrainingExample.Source.MODERATOR
    assert example.decided_by == moderator
    assert example.group_id == group.pk
    assert example.title == REJECTED_TEXTS[0][0]
    assert example.learned_at is None


def test_rejecting_as_off_topic_teaches_the_classifier_nothing(group, moderator):
    post = held_thread(group)

    moderation.decide(
        moderator=moderator, post=post, decision=Decision.REJECT, reason=RejectReason.OFF_TOPIC
    )

    assert not TrainingExample.objects.exists()


def test_approving_a_held_post_teaches_that_it_is_ok(group, moderator):
    post = held_thread(group)

    moderation.decide(moderator=moderator, post=post, decision=Decision.APPROVE)

    assert TrainingExample.objects.get().label == "ok"


def test_learning_pending_examples_twice_learns_nothing_the_second_time(group, moderator):
    reject_as_spam(group, moderator)

    first = services.learn_pending_examples()
    version = classifier_version()
    second = services.learn_pending_examples()

    assert (first, second) == (3, 0)
    assert classifier_version() == version
    assert not TrainingExample.objects.filter(learned_at__isnull=True).exists()


def test_learning_marks_each_example_learned(group, moderator):
    reject_as_spam(group, moderator)

    services.learn_pending_examples()

    assert TrainingExample.objects.filter(learned_at__isnull=False).count() == 3


def test_learning_increments_the_classifier_version(group, moderator):
    spam_probability()  # the first score creates the state from the shipped set
    version = classifier_version()
    reject_as_spam(group, moderator)

    services.learn_pending_examples()

    assert classifier_version() == version + 1


@pytest.fixture
def tasks_run_in_process(settings):
    # Through Django's settings, which Celery reads live: writing app.conf directly would pin
    # the value for every later test in this process.
    settings.CELERY_TASK_ALWAYS_EAGER = True


@pytest.mark.usefixtures("tasks_run_in_process")
def test_a_decision_is_learned_by_the_celery_task_after_commit(
    group, moderator, django_capture_on_commit_callbacks
):
    before = spam_probability()
    version = classifier_version()

    with django_capture_on_commit_callbacks(execute=True):
        reject_as_spam(group, moderator)

    assert classifier_version() > version
    assert not TrainingExample.objects.filter(learned_at__isnull=True).exists()
    assert spam_probability() > before + 0.3
