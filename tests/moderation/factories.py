"""Members and posts for the moderation tests, made through the services as members make them.

A "new member" has no published post yet, so with screening on (`@pytest.mark.moderation`) their
first posts are held. An "established member" has had their first posts published long ago, so
only the classifier and the rate limits look at what they write.
"""

import itertools
from datetime import timedelta

from django.test import override_settings
from django.utils import timezone

from forums import services
from forums.models import Group, PostStatus, Reply, Thread
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_reply, make_thread

_numbers = itertools.count(1)

BENIGN_TITLE = "Buddies in the first week"
BENIGN_BODY = (
    "How do you welcome new colleagues in week one? We pair each newcomer with a buddy and "
    "wonder what works for you."
)
JOB_TITLE = "Payroll specialist wanted in Malmö"
JOB_BODY = (
    "We are hiring a payroll specialist for our Nordic team. Full-time, permanent position in "
    "Malmö. Apply by 30 June, salary according to agreement. Send your application to "
    "jobs@acme.example."
)
PROMOTION_TITLE = "Our HR platform: 30% discount"
PROMOTION_BODY = (
    "Book a demo of our platform this month and get 30% discount on the first year. Limited "
    "time offer, sign up now at https://acme.example/demo"
)
SPAM_TITLE = "EARN MONEY FAST"
SPAM_BODY = (
    "Make money from home!!! Guaranteed passive income with bitcoin and crypto investment. "
    "Click here https://spam.example and contact me on WhatsApp +46 70 123 45 67"
)


def reply_text() -> str:
    """A friendly reply the classifier reads as ok (short statements without a question read as
    spam to it, so every reply here asks something back)."""
    return (
        f"Reply {next(_numbers)}: we pair every newcomer with a buddy for the first month; "
        "how do you do it?"
    )


def unique_text(prefix: str = "Question") -> tuple[str, str]:
    """A harmless title and body, different every time (the same text twice is a cross-post)."""
    number = next(_numbers)
    return (
        f"{prefix} {number} about onboarding",
        f"{prefix} {number}: how long does your onboarding programme run, and who owns it?",
    )


def new_member(group: Group, **fields):
    """An active member of the group who has never had a post published."""
    return add_member(group, MemberFactory(**fields)).member


def established_member(group: Group, member=None, *, posts: int = 3):
    """A member whose first posts were published a month ago: past the held first posts and
    outside every rate-limit window."""
    member = member or new_member(group)
    a_month_ago = timezone.now() - timedelta(days=30)
    with override_settings(MODERATION_FIRST_POSTS_HELD=0, MODERATION_AUTOMATIC=False):
        for _ in range(posts):
            title, body = unique_text("Earlier post")
            thread = services.start_thread(author=member, group=group, title=title, body=body)
            # Backdated one by one: a low posting rate limit must not refuse the history.
            Thread.objects.filter(pk=thread.pk).update(created_at=a_month_ago)
    return member


def held_thread(group: Group, author=None, **fields) -> Thread:
    """A new member's first thread, held by the screening (the test needs the marker)."""
    author = author or new_member(group, organisation=OrganisationFactory())
    thread = make_thread(group=group, author=author, **fields)
    assert thread.status == PostStatus.HELD, "is the test marked @pytest.mark.moderation?"
    return thread


def held_reply(thread: Thread, author=None, **fields) -> Reply:
    """A new member's first reply, held by the screening (the test needs the marker)."""
    author = author or new_member(thread.group, organisation=OrganisationFactory())
    fields.setdefault("body", reply_text())
    reply = make_reply(thread=thread, author=author, **fields)
    assert reply.status == PostStatus.HELD, "is the test marked @pytest.mark.moderation?"
    return reply


def published_thread(group: Group, author=None, **fields) -> Thread:
    """A published thread by an established member."""
    thread = make_thread(group=group, author=author or established_member(group), **fields)
    assert thread.status == PostStatus.PUBLISHED
    return thread


def published_reply(thread: Thread, author=None, **fields) -> Reply:
    """A published reply by an established member."""
    fields.setdefault("body", reply_text())
    reply = make_reply(thread=thread, author=author or established_member(thread.group), **fields)
    assert reply.status == PostStatus.PUBLISHED
    return reply
