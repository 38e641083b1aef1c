"""Abuse limits: writes are limited per member and per IP, with a clear 429 page that keeps the
member's text; sign-up, login and password reset are limited by allauth per IP and per address."""

from unittest import mock

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from alumni.forms import ImportForm
from events.models import Registration
from forums.models import Group, Reply
from members.models import Invitation, Member
from moderation.models import Flag
from tests.alumni.factories import data_file
from tests.events.factories import make_event
from tests.factories import PASSWORD, MemberFactory
from tests.forums.factories import add_member, make_group, make_thread

pytestmark = pytest.mark.django_db

LONG_TEXT = "We pair every newcomer with a buddy for the first six weeks of onboarding."


@pytest.fixture
def thread():
    return make_thread(group=make_group())


def reply(client, thread, *, text=LONG_TEXT, ip="10.0.0.1"):
    return client.post(reverse("forums:reply", args=[thread.pk]), {"body": text}, REMOTE_ADDR=ip)


def signed_in(client, member=None):
    member = member or MemberFactory()
    client.force_login(member)
    return member


def test_replies_over_the_member_limit_get_a_429_page_that_keeps_the_text(client, thread, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "post": ["2/h/user"]}
    signed_in(client)
    assert reply(client, thread).status_code == 302
    assert reply(client, thread).status_code == 302

    refused = reply(client, thread, text=LONG_TEXT + " Third try.")

    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    page = refused.content.decode()
    assert "Please slow down" in page
    assert "60 minutes" in page
    assert LONG_TEXT + " Third try." in page  # nothing the member wrote is lost
    assert Reply.objects.filter(thread=thread).count() == 2


def test_the_ip_limit_counts_every_member_behind_one_address(client, thread, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "post": ["2/h/ip"]}
    signed_in(client)
    assert reply(client, thread).status_code == 302
    signed_in(client)
    assert reply(client, thread).status_code == 302
    assert reply(client, thread).status_code == 429
    # Someone at another address is not affected.
    assert reply(client, thread, ip="10.0.0.2").status_code == 302
    assert Reply.objects.filter(thread=thread).count() == 3


def test_new_threads_are_limited_like_replies(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "post": ["1/h/user"]}
    group = make_group()
    member = signed_in(client)
    add_member(group, member)
    data = {
        "title": "Onboarding in week one",
        "body": LONG_TEXT,
        "section": "discussion",
        "language": "en",
    }
    url = reverse("forums:new_thread", args=[group.slug])
    assert client.post(url, data).status_code == 302
    assert client.post(url, {**data, "title": "A second thread"}).status_code == 429
    assert group.threads.count() == 1


def test_reading_is_never_limited(client, thread, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "post": ["1/h/user", "1/h/ip"]}
    signed_in(client)
    for _ in range(3):
        assert client.get(reverse("forums:group", args=[thread.group.slug])).status_code == 200


def test_colleague_invitations_are_limited(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "invite": ["1/h/user"]}
    signed_in(client)
    url = reverse("members:invitations")
    assert client.post(url, {"email": "anna@example.se", "note": ""}).status_code == 302
    assert client.post(url, {"email": "bo@example.se", "note": ""}).status_code == 429
    assert list(Invitation.objects.values_list("email", flat=True)) == ["anna@example.se"]


def test_group_invitations_are_limited(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "invite": ["1/h/user"]}
    manager = MemberFactory()
    group = make_group(manager=manager, visibility=Group.Visibility.INVITE_ONLY)
    signed_in(client, manager)
    url = reverse("forums:invite", args=[group.slug])
    first, second = MemberFactory(), MemberFactory()
    assert client.post(url, {"email": first.email}).status_code == 302
    assert client.post(url, {"email": second.email}).status_code == 429
    assert not group.memberships.filter(member=second).exists()


def test_flags_are_limited(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "flag": ["1/h/user"]}
    group = make_group()
    first, second = make_thread(group=group), make_thread(group=group)
    signed_in(client)
    assert client.post(reverse("forums:flag", args=["thread", first.pk]), {"reason": "spam"})
    refused = client.post(reverse("forums:flag", args=["thread", second.pk]), {"reason": "spam"})
    assert refused.status_code == 429
    assert Flag.objects.count() == 1


def test_event_registrations_are_limited(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "register": ["1/h/user"]}
    first, second = make_event(), make_event()
    member = signed_in(client)
    assert client.post(reverse("events:register", args=[first.slug])).status_code == 302
    assert client.post(reverse("events:register", args=[second.slug])).status_code == 429
    assert Registration.objects.filter(member=member).count() == 1


def test_creating_groups_is_limited(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "create_group": ["1/d/user"]}
    signed_in(client, MemberFactory(is_staff=True))
    url = reverse("forums:create_group")
    data = {
        "name": "Payroll in Denmark",
        "description": "Danish payroll questions.",
        "visibility": "open",
        "kind": "theme",
        "language": "da",
    }
    first = client.post(url, data)
    assert first.status_code == 302, first.content.decode()[:2000]
    assert client.post(url, {**data, "name": "Payroll in Norway"}).status_code == 429
    assert not Group.objects.filter(name="Payroll in Norway").exists()


def test_limits_fail_open_when_redis_is_down(client, thread, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "post": ["1/h/user"]}
    signed_in(client)
    with mock.patch("hrnet.ratelimit.cache.incr", side_effect=ConnectionError("redis down")):
        assert reply(client, thread).status_code == 302
        assert reply(client, thread).status_code == 302
    assert Reply.objects.filter(thread=thread).count() == 2


def signup_data(number):
    return {
        "email": f"new.member{number}@example.se",
        "password1": "a long Nordic passphrase 42",
        "password2": "a long Nordic passphrase 42",
        "display_name": f"New Member {number}",
        "role": "hr_manager",
        "country": "SE",
    }


def test_sign_ups_are_limited_per_ip(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/m/ip"}
    url = reverse("account_signup")
    for number in range(2):
        client.logout()
        assert client.post(url, signup_data(number)).status_code == 302
    client.logout()
    refused = client.post(url, signup_data(3))
    assert refused.status_code == 429
    assert "too many times" in refused.content.decode()
    assert Member.objects.filter(email__startswith="new.member").count() == 2


def test_failed_logins_lock_the_address_for_a_while(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "3/5m/key"}
    member = MemberFactory()
    url = reverse("account_login")
    for _ in range(3):
        response = client.post(url, {"login": member.email, "password": "wrong"})
        assert response.status_code == 200
    locked = client.post(url, {"login": member.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in locked.content.decode()


def test_password_reset_mails_are_limited_per_address(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "reset_password": "2/h/key"}
    member = MemberFactory()
    url = reverse("account_reset_password")
    for _ in range(4):
        client.post(url, {"email": member.email})
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    "name, head",
    [
        ("leavers.csv", b"PK\x03\x04" + b"\x00" * 200),  # an .xlsx renamed to .csv
        ("leavers.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200),  # old .xls
        ("leavers.csv", b"%PDF-1.7\n" + b"x" * 200),
        ("leavers.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200),
        ("leavers.csv", bytes(range(256)) * 4),
    ],
)
def test_leaver_register_uploads_are_judged_by_content_not_name(name, head):
    form = ImportForm(files={"file": SimpleUploadedFile(name, head)})
    assert not form.is_valid()
    assert form.errors["file"]


@pytest.mark.parametrize(
    "name", ["netherlands_utf8_bom.csv", "denmark_excel_cp1252.csv", "excel_unicode_text_utf16.txt"]
)
def test_real_csv_exports_pass_the_content_check(name):
    form = ImportForm(files={"file": SimpleUploadedFile("upload.bin", data_file(name))})
    assert form.is_valid(), form.errors
