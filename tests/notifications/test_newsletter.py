"""The newsletter: editors draft it from the period's trending open discussions and published
summaries, edit and preview it, send it once to every consenting member; members browse past
issues; everyone else gets 404."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from digests import services
from digests.models import Newsletter, NewsletterDelivery
from digests.tasks import resume_newsletters, send_newsletter_batch
from forums import services as forums
from forums.models import Group, Thread
from hrnet.celery import app
from members.models import Member
from tests.factories import MemberFactory
from tests.forums.factories import make_group, make_thread
from tests.notifications.helpers import committed, emails_to, html_of, sent_counts

WAIT_SECONDS = 10


@pytest.fixture
def editor(db):
    return MemberFactory(display_name="Elsa Editor", is_staff=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def open_group(db):
    return make_group(name="Payroll Nordic")


def hot(thread, score=5.0):
    Thread.objects.filter(pk=thread.pk).update(trending_score=score)
    return thread


def summarise(thread, title):
    manager = thread.group.memberships.get(role="manager").member
    return forums.save_summary(
        author=manager, thread=thread, title=title, body="In short: pay on the 25th.", publish=True
    )


def a_draft(editor, **fields) -> Newsletter:
    newsletter = services.create_draft(editor=editor)
    Newsletter.objects.filter(pk=newsletter.pk).update(**fields)
    newsletter.refresh_from_db()
    return newsletter


def subscribers(count):
    return MemberFactory.create_batch(count, email_consent=True)


def edit(client, newsletter, action="save", **data):
    data = {
        "subject": newsletter.subject,
        "intro": "",
        "items": [str(i) for i in range(len(newsletter.items))],
        "action": action,
    } | data
    return client.post(reverse("digests:edit", args=[newsletter.pk]), data)


# --- Drafting -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_editor_creates_a_draft_from_trending_open_threads_and_summaries(editor_client, open_group):
    hot(make_thread(group=open_group, title="Four-day week trial"))
    summarise(make_thread(group=open_group), "Holiday pay, summed up")
    make_thread(group=open_group, title="Quiet thread")

    response = editor_client.post(reverse("digests:create_draft"))

    newsletter = Newsletter.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("digests:edit", args=[newsletter.pk])
    assert newsletter.status == Newsletter.Status.DRAFT
    assert [(item["kind"], item["title"]) for item in newsletter.items] == [
        ("summary", "Holiday pay, summed up"),
        ("trending", "Four-day week trial"),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "visibility",
    [Group.Visibility.HIDDEN, Group.Visibility.INVITE_ONLY, Group.Visibility.REQUEST],
)
def test_draft_leaves_out_threads_and_summaries_of_closed_groups(editor, visibility):
    closed = make_group(visibility=visibility)
    hot(make_thread(group=closed, title="Layoffs in March"))
    summarise(make_thread(group=closed), "Secret summary")

    assert services.create_draft(editor=editor).items == []


@pytest.mark.django_db
def test_draft_leaves_out_deleted_threads_and_their_summaries(editor, open_group):
    deleted = hot(make_thread(group=open_group, title="Deleted thread"))
    summarise(deleted, "Summary of a deleted thread")
    Thread.objects.filter(pk=deleted.pk).update(is_deleted=True)

    assert services.create_draft(editor=editor).items == []


@pytest.mark.django_db
def test_draft_leaves_out_what_was_trending_before_the_period(editor, open_group):
    old = hot(make_thread(group=open_group))
    Thread.objects.filter(pk=old.pk).update(last_activity_at=timezone.now() - timedelta(days=40))

    assert services.create_draft(editor=editor).items == []


@pytest.mark.django_db
def test_editor_edits_subject_intro_and_items(editor_client, editor, open_group):
    hot(make_thread(group=open_group, title="Keep me"))
    hot(make_thread(group=open_group, title="Drop me"), score=1.0)
    newsletter = services.create_draft(editor=editor)

    response = edit(
        editor_client,
        newsletter,
        subject="HRnet in November",
        intro="Welcome to **November**.",
        items=["0"],
    )

    assert response.status_code == 302
    newsletter.refresh_from_db()
    assert newsletter.subject == "HRnet in November"
    assert "<strong>November</strong>" in newsletter.intro_html
    assert [item["title"] for item in newsletter.items] == ["Keep me"]
    assert newsletter.status == Newsletter.Status.DRAFT


@pytest.mark.django_db
def test_edit_page_previews_the_draft(editor_client, editor, open_group):
    hot(make_thread(group=open_group, title="Four-day week trial"))
    newsletter = a_draft(editor, subject="HRnet in November", intro_html="<p>Hello all</p>")
    subscribers(2)

    page = editor_client.get(reverse("digests:edit", args=[newsletter.pk])).content.decode()

    assert "Preview: HRnet in November" in page
    assert "<p>Hello all</p>" in page
    assert "Four-day week trial" in page
    assert "Send to 2 subscribers" in page


@pytest.mark.django_db
def test_subject_is_required(editor_client, editor):
    newsletter = services.create_draft(editor=editor)

    response = edit(editor_client, newsletter, subject="")

    assert response.status_code == 200
    assert Newsletter.objects.get().subject == newsletter.subject


# --- Sending ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_sending_makes_one_delivery_per_consenting_active_member(editor_client, editor):
    wanted = subscribers(3)
    MemberFactory(email_consent=False)
    MemberFactory(email_consent=True, is_active=False)
    MemberFactory(email_consent=True, email_verified=False)
    MemberFactory(email_consent=True, erased_at=timezone.now())
    newsletter = services.create_draft(editor=editor)

    with committed():
        response = edit(editor_client, newsletter, action="send")

    assert response.status_code == 302
    delivered_to = set(NewsletterDelivery.objects.values_list("member_id", flat=True))
    assert delivered_to == {member.pk for member in wanted}
    assert sorted(message.to[0] for message in mail.outbox) == sorted(m.email for m in wanted)
    assert Newsletter.objects.get().status == Newsletter.Status.SENT


@pytest.mark.django_db
def test_newsletter_email_has_html_text_and_the_items(editor, open_group):
    hot(make_thread(group=open_group, title="Four-day week trial"))
    (reader,) = subscribers(1)
    newsletter = a_draft(editor, subject="HRnet in November")

    with committed():
        services.send_newsletter(editor=editor, newsletter=newsletter)

    (message,) = emails_to(reader)
    assert message.subject == "HRnet in November"
    assert "Four-day week trial" in message.body
    assert 'href="https://hrnet.example/t/' in html_of(message)


@pytest.mark.django_db
def test_newsletter_email_is_in_the_members_language(editor):
    (reader,) = subscribers(1)
    Member.objects.filter(pk=reader.pk).update(preferred_language="sv")

    with committed():
        services.send_newsletter(editor=editor, newsletter=services.create_draft(editor=editor))

    assert '<html lang="sv">' in html_of(emails_to(reader)[0])


@pytest.mark.django_db
def test_sending_twice_sends_once(editor):
    subscribers(3)
    newsletter = services.create_draft(editor=editor)

    assert services.send_newsletter(editor=editor, newsletter=newsletter) == 3
    assert services.send_newsletter(editor=editor, newsletter=newsletter) == 0
    assert services.send_newsletter_batch(newsletter_id=newsletter.pk) == 3
    assert services.send_newsletter_batch(newsletter_id=newsletter.pk) == 0
    assert send_newsletter_batch(newsletter.pk) == 0

    assert len(mail.outbox) == 3
    assert set(sent_counts().values()) == {1}
    assert Newsletter.objects.get().status == Newsletter.Status.SENT


@pytest.mark.django_db
def test_batches_continue_until_everyone_has_it(editor):
    subscribers(5)
    newsletter = services.create_draft(editor=editor)
    services.send_newsletter(editor=editor, newsletter=newsletter)

    sizes = [services.send_newsletter_batch(newsletter_id=newsletter.pk, batch=2) for _ in "1234"]

    assert sizes == [2, 2, 1, 0]
    assert len(mail.outbox) == 5
    assert Newsletter.objects.get().status == Newsletter.Status.SENT


@pytest.mark.django_db
def test_member_who_withdrew_consent_after_the_send_started_gets_nothing(editor):
    reader, other = subscribers(2)
    newsletter = services.create_draft(editor=editor)
    services.send_newsletter(editor=editor, newsletter=newsletter)
    Member.objects.filter(pk=reader.pk).update(email_consent=False)

    services.send_newsletter_batch(newsletter_id=newsletter.pk)

    assert [message.to for message in mail.outbox] == [[other.email]]


@pytest.mark.django_db
def test_sweep_resumes_a_newsletter_whose_batches_stopped(editor):
    subscribers(2)
    newsletter = services.create_draft(editor=editor)
    services.send_newsletter(editor=editor, newsletter=newsletter)  # its batch task was lost

    assert resume_newsletters() == 1

    assert len(mail.outbox) == 2
    assert Newsletter.objects.get().status == Newsletter.Status.SENT
    assert resume_newsletters() == 0


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_each_newsletter_once(editor, monkeypatch):
    readers = subscribers(4)
    newsletter = services.create_draft(editor=editor)
    # The batches are started by hand below, in two threads at once.
    monkeypatch.setattr(app.tasks[send_newsletter_batch.name], "apply_async", lambda *a, **k: None)
    services.send_newsletter(editor=editor, newsletter=newsletter)
    first_is_sending, may_finish = threading.Event(), threading.Event()
    first_call = threading.Lock()
    send = services._send_newsletter

    def slow_send(member, newsletter):
        # The very first email hangs (a slow mail server) while its delivery row is locked.
        if first_call.acquire(blocking=False):
            first_is_sending.set()
            assert may_finish.wait(WAIT_SECONDS)
        send(member, newsletter)

    monkeypatch.setattr(services, "_send_newsletter", slow_send)

    def worker():
        try:
            return services.send_newsletter_batch(newsletter_id=newsletter.pk)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(worker)
        assert first_is_sending.wait(WAIT_SECONDS)
        # The second worker takes whatever the first has not locked, never the same row.
        second = pool.submit(worker).result(timeout=WAIT_SECONDS)
        may_finish.set()
        assert first.result(timeout=WAIT_SECONDS) + second == 4

    assert sorted(message.to[0] for message in mail.outbox) == sorted(r.email for r in readers)
    assert Newsletter.objects.get().status == Newsletter.Status.SENT


# --- Reading and permissions --------------------------------------------------------------------


@pytest.mark.django_db
def test_members_browse_past_issues_but_not_drafts(member_client, editor):
    sent = a_draft(editor, subject="HRnet in October", status=Newsletter.Status.SENT)
    a_draft(editor, subject="Unfinished November draft")

    archive = member_client.get(reverse("digests:archive")).content.decode()
    issue = member_client.get(reverse("digests:issue", args=[sent.pk]))

    assert "HRnet in October" in archive
    assert "Unfinished November draft" not in archive
    assert issue.status_code == 200
    assert "HRnet in October" in issue.content.decode()


@pytest.mark.django_db
def test_a_draft_is_not_found_for_members(member_client, editor):
    draft = a_draft(editor)

    assert member_client.get(reverse("digests:issue", args=[draft.pk])).status_code == 404


@pytest.mark.django_db
def test_editors_see_drafts_in_the_archive(editor_client, editor):
    a_draft(editor, subject="Unfinished November draft")

    archive = editor_client.get(reverse("digests:archive")).content.decode()

    assert "Unfinished November draft" in archive


@pytest.mark.django_db
def test_archive_needs_sign_in(client):
    assert client.get(reverse("digests:archive")).status_code == 302


@pytest.mark.django_db
def test_members_cannot_create_a_draft(member_client):
    response = member_client.post(reverse("digests:create_draft"))

    assert response.status_code == 404
    assert not Newsletter.objects.exists()


@pytest.mark.django_db
def test_members_cannot_open_the_edit_page(member_client, editor):
    draft = a_draft(editor)

    assert member_client.get(reverse("digests:edit", args=[draft.pk])).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["save", "send"])
def test_members_cannot_edit_or_send(member_client, editor, action):
    subscribers(2)
    draft = a_draft(editor, subject="Original subject")

    with committed():
        response = edit(member_client, draft, action=action, subject="Hijacked")

    assert response.status_code == 404
    draft.refresh_from_db()
    assert (draft.subject, draft.status) == ("Original subject", Newsletter.Status.DRAFT)
    assert mail.outbox == []
    assert not NewsletterDelivery.objects.exists()


@pytest.mark.django_db
def test_a_sent_issue_can_no_longer_be_edited(editor_client, editor):
    sent = a_draft(editor, status=Newsletter.Status.SENT)

    assert editor_client.get(reverse("digests:edit", args=[sent.pk])).status_code == 404
