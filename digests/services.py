"""Digests and the newsletter: chunked, recorded before sending, sent exactly once."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from digests.content import build_for_chunk
from digests.models import DigestDelivery, Newsletter, NewsletterDelivery
from hrnet.celery import enqueue_on_commit
from hrnet.markdown import render_markdown
from members.models import DigestFrequency, Member
from notifications import unsubscribe

CHUNK_SIZE = 500
logger = logging.getLogger(__name__)


def period_key(frequency: str, now=None) -> str:
    now = timezone.localtime(now or timezone.now())
    if frequency == DigestFrequency.DAILY:
        return f"daily:{now:%Y-%m-%d}"
    year, week, _day = now.isocalendar()
    return f"weekly:{year}-W{week:02d}"


def digest_recipients(frequency: str):
    """Members who asked for this digest and agreed to non-essential email."""
    return Member.objects.filter(
        is_active=True,
        email_verified=True,
        erased_at__isnull=True,
        email_consent=True,
        digest_frequency=frequency,
    )


def plan_digest_run(frequency: str, now=None) -> list[list[int]]:
    """Member ids in chunks for the Celery fan-out; members already done this period skipped."""
    period = period_key(frequency, now)
    done = DigestDelivery.objects.filter(period=period).values("member_id")
    ids = list(
        digest_recipients(frequency)
        .exclude(pk__in=done)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return [ids[i : i + CHUNK_SIZE] for i in range(0, len(ids), CHUNK_SIZE)]


def send_digest_chunk(*, frequency: str, member_ids: list[int], now=None) -> int:
    """Build and send one chunk's digests in one transaction (a few queries per chunk, not
    per member). Each member's row for the period is claimed first and locked; a retried or
    duplicated chunk finds it sent and skips it. A failing address is logged and left unsent
    for the retry; the others are still marked sent."""
    now = now or timezone.now()
    period = period_key(frequency, now)
    members = list(digest_recipients(frequency).filter(pk__in=member_ids).order_by("pk"))
    contents = build_for_chunk(members, frequency=frequency, now=now)
    by_id = {member.pk: member for member in members}
    with transaction.atomic():
        DigestDelivery.objects.bulk_create(
            [
                DigestDelivery(member=m, period=period, empty=contents[m.pk].is_empty)
                for m in members
            ],
            ignore_conflicts=True,
        )
        pending = list(
            DigestDelivery.objects.select_for_update(skip_locked=True)
            .filter(member_id__in=by_id, period=period, sent_at__isnull=True, empty=False)
            .values_list("pk", "member_id")
        )
        sent_ids = []
        # One mail server connection for the whole chunk, not one per member.
        connection = get_connection()
        connection.open()
        try:
            for delivery_id, member_id in pending:
                try:
                    _send_digest(by_id[member_id], contents[member_id], frequency, connection)
                except Exception:
                    logger.exception("Digest for member %s failed; it is retried", member_id)
                    continue
                sent_ids.append(delivery_id)
        finally:
            connection.close()
        DigestDelivery.objects.filter(pk__in=sent_ids).update(sent_at=timezone.now())
    if len(sent_ids) < len(pending):
        raise DigestChunkIncomplete(f"{len(pending) - len(sent_ids)} digests could not be sent")
    return len(sent_ids)


class DigestChunkIncomplete(Exception):
    """Some digests of a chunk failed; the task retries them (the sent ones are marked)."""


def _send_digest(member, content, frequency, connection=None) -> None:
    unsubscribe_url = unsubscribe.unsubscribe_url(member, "digest")
    with translation.override(member.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "LANGUAGE_CODE": translation.get_language(),  # no request: no i18n context processor
            "member": member,
            "content": content,
            "frequency": frequency,
            "site_url": settings.SITE_URL.rstrip("/"),
            "unsubscribe_url": unsubscribe_url,
        }
        subject = render_to_string("digests/email/digest_subject.txt", context).strip()
        text = render_to_string("digests/email/digest.txt", context)
        html = render_to_string("digests/email/digest.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[member.email],
        connection=connection,
        headers=unsubscribe.headers_for_url(unsubscribe_url),
    )
    message.attach_alternative(html, "text/html")
    message.send()


# --- Newsletter ---------------------------------------------------------------------------------


def _editor_only(member) -> None:
    if not (member.is_authenticated and member.is_staff):
        raise PermissionDenied


def draft_items(since, until) -> list[dict]:
    """The period's trending open discussions and published summaries, as newsletter items."""
    from forums.models import Group, PostStatus, Summary, Thread

    items = []
    for summary in (
        Summary.objects.filter(
            is_published=True,
            published_at__gte=since,
            published_at__lte=until,
            thread__group__visibility=Group.Visibility.OPEN,
            thread__status=PostStatus.PUBLISHED,
            thread__is_deleted=False,
        )
        .select_related("thread")
        .order_by("-published_at")[:6]
    ):
        items.append(
            {
                "kind": "summary",
                "title": summary.title,
                "url": summary.thread.get_absolute_url(),
                "text": summary.body_markdown[:400],
            }
        )
    for thread in (
        Thread.objects.filter(
            status=PostStatus.PUBLISHED,
            is_deleted=False,
            group__visibility=Group.Visibility.OPEN,
            last_activity_at__gte=since,
            trending_score__gt=0,
        )
        .select_related("group")
        .order_by("-trending_score")[:8]
    ):
        items.append(
            {
                "kind": "trending",
                "title": thread.title,
                "url": thread.get_absolute_url(),
                "text": f"{thread.group.name} · {thread.reply_count}",
            }
        )
    return items


@transaction.atomic
def create_draft(*, editor, days: int = 30) -> Newsletter:
    _editor_only(editor)
    until = timezone.now()
    since = until - timedelta(days=days)
    return Newsletter.objects.create(
        subject=_("HRnet: the best of %(month)s") % {"month": until.strftime("%B %Y")},
        items=draft_items(since, until),
        period_start=since,
        period_end=until,
        created_by=editor,
    )


@transaction.atomic
def update_draft(
    *, editor, newsletter: Newsletter, subject: str, intro: str, keep_items: list[int]
) -> Newsletter:
    _editor_only(editor)
    if newsletter.status != Newsletter.Status.DRAFT:
        raise PermissionDenied
    newsletter.subject = subject
    newsletter.intro_markdown = intro
    newsletter.intro_html = render_markdown(intro)
    newsletter.items = [
        item for index, item in enumerate(newsletter.items) if index in set(keep_items)
    ]
    newsletter.save()
    return newsletter


def newsletter_recipients():
    return Member.objects.filter(
        is_active=True, email_verified=True, erased_at__isnull=True, email_consent=True
    )


@transaction.atomic
def send_newsletter(*, editor, newsletter: Newsletter) -> int:
    """Freeze the recipients (a delivery row each) and let Celery send in chunks."""
    _editor_only(editor)
    newsletter = Newsletter.objects.select_for_update().get(pk=newsletter.pk)
    if newsletter.status != Newsletter.Status.DRAFT:
        return 0
    ids = list(newsletter_recipients().values_list("pk", flat=True))
    NewsletterDelivery.objects.bulk_create(
        [NewsletterDelivery(newsletter=newsletter, member_id=pk) for pk in ids],
        ignore_conflicts=True,
        batch_size=2000,
    )
    newsletter.status = Newsletter.Status.SENDING
    newsletter.sent_at = timezone.now()
    newsletter.save(update_fields=["status", "sent_at"])
    from digests.tasks import send_newsletter_batch

    enqueue_on_commit(send_newsletter_batch, newsletter.pk)
    return len(ids)


def send_newsletter_batch(*, newsletter_id: int, batch: int = 500) -> int:
    """Send one batch of unsent deliveries (locked rows: two workers never send one twice)."""
    newsletter = Newsletter.objects.get(pk=newsletter_id)
    sent = 0
    while sent < batch:
        # One delivery per transaction: an error never un-marks those already sent.
        with transaction.atomic():
            delivery = (
                NewsletterDelivery.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(newsletter=newsletter, sent_at__isnull=True)
                .select_related("member")
                .first()
            )
            if delivery is None:
                break
            if delivery.member.is_active and delivery.member.email_consent:
                _send_newsletter(delivery.member, newsletter)
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["sent_at"])
            sent += 1
    if not NewsletterDelivery.objects.filter(newsletter=newsletter, sent_at__isnull=True).exists():
        Newsletter.objects.filter(pk=newsletter.pk, status=Newsletter.Status.SENDING).update(
            status=Newsletter.Status.SENT
        )
    return sent


def _send_newsletter(member, newsletter) -> None:
    with translation.override(member.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "LANGUAGE_CODE": translation.get_language(),  # no request: no i18n context processor
            "member": member,
            "newsletter": newsletter,
            "site_url": settings.SITE_URL.rstrip("/"),
            "unsubscribe_url": unsubscribe.unsubscribe_url(member, "newsletter"),
        }
        text = render_to_string("digests/email/newsletter.txt", context)
        html = render_to_string("digests/email/newsletter.html", context)
    message = EmailMultiAlternatives(
        newsletter.subject,
        text,
        to=[member.email],
        headers=unsubscribe.headers(member, "newsletter"),
    )
    message.attach_alternative(html, "text/html")
    message.send()
