import re

import pytest
from django.urls import reverse

from forums import services
from forums.models import GroupMembership, PostStatus, Reply, Thread
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db


def logged_in(client, member):
    client.force_login(member)
    return client


def valid_post(**overrides):
    data = {
        "section": "discussion",
        "title": "Onboarding buddies",
        "body": "Do you pair every newcomer with a buddy in the first month?",
        "tags": "onboarding, buddies",
        "language": "en",
    }
    return data | overrides


def textarea_text(page: str) -> str:
    """What the member finds in the text box of the page (still HTML-escaped)."""
    found = re.findall(r'<textarea name="body"[^>]*>([^<]*)</textarea>', page)
    assert len(found) == 1, "expected one text box on the page"
    return found[0]


def error_texts(response):
    form = response.context["form"]
    return [str(error) for errors in form.errors.values() for error in errors]


# --- Starting a thread ----------------------------------------------------------------------------


def test_posting_a_valid_thread_redirects_to_it(client, open_group, open_member):
    response = logged_in(client, open_member).post(
        reverse("forums:new_thread", args=[open_group.slug]), valid_post()
    )

    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response["Location"] == thread.get_absolute_url()
    assert sorted(thread.tags.names()) == ["buddies", "onboarding"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "This field is required."),
        ({"title": "   "}, "This field is required."),
        ({"body": "abc"}, "Write at least a sentence (10 characters or more)."),
        ({"tags": "a, b, c, d, e, f, g, h, i"}, "Use at most 8 tags."),
        ({"tags": "x" * 41}, "Keep each tag to at most 40 characters."),
        ({"section": "job"}, "Where is the job? Give a city or “remote”."),
        ({"title": "Null\x00byte title"}, "Null characters are not allowed."),
        ({"body": "A body with a NUL\x00 byte in the middle"}, "Null characters are not allowed."),
        ({"section": "gossip"}, "Select a valid choice. gossip is not one of the available"),
    ],
    ids=[
        "empty-title",
        "blank-title",
        "short-body",
        "nine-tags",
        "long-tag",
        "job-no-location",
        "nul-title",
        "nul-body",
        "bad-section",
    ],
)
def test_invalid_thread_shows_a_clear_error_and_writes_nothing(
    client, open_group, open_member, overrides, message
):
    response = logged_in(client, open_member).post(
        reverse("forums:new_thread", args=[open_group.slug]), valid_post(**overrides)
    )

    assert response.status_code == 200
    assert any(text.startswith(message) for text in error_texts(response)), error_texts(response)
    assert "Nothing has been saved yet." in response.content.decode()
    assert not Thread.objects.exists()
    open_group.refresh_from_db()
    assert open_group.thread_count == 0


def test_invalid_thread_form_keeps_the_members_text(client, open_group, open_member):
    body = "My long question about parental leave <and> pay"

    response = logged_in(client, open_member).post(
        reverse("forums:new_thread", args=[open_group.slug]), valid_post(title="", body=body)
    )

    assert textarea_text(response.content.decode()) == (
        "My long question about parental leave &lt;and&gt; pay"
    )


def test_posting_a_job_with_a_location_is_listed_on_the_jobs_board(client, open_group, open_member):
    logged_in(client, open_member).post(
        reverse("forums:new_thread", args=[open_group.slug]),
        valid_post(section="job", title="Payroll lead, Oslo", job_location="Oslo"),
    )

    response = client.get(reverse("forums:jobs"))

    assert "Payroll lead, Oslo" in response.content.decode()


def test_cross_posting_through_the_form_shows_why_and_writes_nothing(
    client, manager, open_group, open_member
):
    other = make_group(manager=manager, name="Payroll Denmark")
    make_thread(group=open_group, author=open_member, body="Who uses Flex HRM for our payroll?")

    response = logged_in(client, open_member).post(
        reverse("forums:new_thread", args=[other.slug]),
        valid_post(body="who uses FLEX HRM for our payroll!"),
    )

    assert response.status_code == 200
    assert "You already posted this text in “Payroll Nordic”" in response.content.decode()
    assert not Thread.objects.filter(group=other).exists()


def test_non_members_get_no_thread_form_in_a_request_group(client, request_group, outsider):
    response = logged_in(client, outsider).get(
        reverse("forums:new_thread", args=[request_group.slug])
    )

    assert response.status_code == 403


# --- Replying -------------------------------------------------------------------------------------


def test_a_valid_reply_redirects_to_it_on_the_last_page(client, open_group, open_member):
    thread = make_thread(group=open_group)

    response = logged_in(client, open_member).post(
        reverse("forums:reply", args=[thread.pk]), {"body": "We use a buddy for 90 days."}
    )

    reply = Reply.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"?page=last#reply-{reply.pk}")


def test_a_too_short_reply_comes_back_with_the_text_in_the_textarea(
    client, open_group, open_member
):
    thread = make_thread(group=open_group)

    response = logged_in(client, open_member).post(
        reverse("forums:reply", args=[thread.pk]), {"body": " x "}
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Write something before you send your reply." in page
    assert textarea_text(page) == " x "
    assert not Reply.objects.exists()


def test_a_reply_refused_because_the_thread_was_locked_keeps_the_members_text(
    client, manager, open_group, open_member
):
    thread = make_thread(group=open_group)
    services.set_locked(member=manager, thread=thread, locked=True)
    text = "I wrote this long answer about our <collective> agreement while you locked it"

    response = logged_in(client, open_member).post(
        reverse("forums:reply", args=[thread.pk]), {"body": text}
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert not Reply.objects.exists()
    assert "This thread is locked: it takes no new replies." in page
    assert textarea_text(page) == (
        "I wrote this long answer about our &lt;collective&gt; agreement while you locked it"
    )


def test_a_reply_refused_because_the_thread_was_locked_writes_nothing(
    client, manager, open_group, open_member
):
    thread = make_thread(group=open_group)
    services.set_locked(member=manager, thread=thread, locked=True)

    response = logged_in(client, open_member).post(
        reverse("forums:reply", args=[thread.pk]), {"body": "One more thing"}
    )

    assert response.status_code == 400
    assert "This thread is locked: it takes no new replies." in response.content.decode()
    thread.refresh_from_db()
    assert thread.reply_count == 0
    assert not Reply.objects.exists()


def test_quoting_a_reply_prefills_the_reply_box(client, open_group, open_member):
    reply = make_reply(thread=make_thread(group=open_group), body="Buddies work well")

    response = logged_in(client, open_member).get(
        reply.thread.get_absolute_url(), {"quote": reply.pk}
    )

    assert f"&gt; **{reply.author.public_name}:**\n&gt; Buddies work well" in (
        response.content.decode()
    )


def test_quoting_a_reply_waiting_for_a_moderator_reveals_nothing(
    client, settings, open_group, open_member
):
    thread = make_thread(group=open_group)
    settings.MODERATION_FIRST_POSTS_HELD = 1
    held = make_reply(thread=thread, author=MemberFactory(), body="Cheap watches at example")
    assert held.status == PostStatus.HELD

    response = logged_in(client, open_member).get(thread.get_absolute_url(), {"quote": held.pk})

    assert "Cheap watches" not in response.content.decode()


# --- Markdown preview -----------------------------------------------------------------------------


def test_markdown_preview_returns_sanitised_html(client, open_member):
    body = (
        "**bold** <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))"
    )

    response = logged_in(client, open_member).post(reverse("forums:preview"), {"body": body})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<strong>bold</strong>" in html
    assert "<script" not in html
    assert "onerror" not in html
    assert "javascript:" not in html


def test_markdown_preview_of_nothing_says_so(client, open_member):
    response = logged_in(client, open_member).post(reverse("forums:preview"), {"body": ""})

    assert "Nothing to preview yet." in response.content.decode()


def test_markdown_preview_needs_a_signed_in_member(client):
    response = client.post(reverse("forums:preview"), {"body": "**bold**"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- Helpful (htmx) -------------------------------------------------------------------------------


def test_htmx_helpful_toggle_returns_the_button_with_the_new_count(client, open_group, open_member):
    thread = make_thread(group=open_group)

    response = logged_in(client, open_member).post(
        reverse("forums:helpful_thread", args=[thread.pk]), HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith('<form method="post" class="helpful-form"')
    assert '<span class="chip-count">1</span>' in html
    assert 'aria-pressed="true"' in html
    assert "<html" not in html


def test_htmx_helpful_toggle_twice_returns_the_count_back_to_zero(client, open_group, open_member):
    thread = make_thread(group=open_group)
    url = reverse("forums:helpful_thread", args=[thread.pk])
    logged_in(client, open_member).post(url, HTTP_HX_REQUEST="true")

    response = client.post(url, HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert '<span class="chip-count">0</span>' in html
    assert 'aria-pressed="false"' in html


def test_htmx_helpful_on_a_reply_counts_the_reply(client, open_group, open_member):
    reply = make_reply(thread=make_thread(group=open_group))

    response = logged_in(client, open_member).post(
        reverse("forums:helpful_reply", args=[reply.thread_id, reply.pk]), HTTP_HX_REQUEST="true"
    )

    assert '<span class="chip-count">1</span>' in response.content.decode()
    assert f"/-/helpful/{reply.pk}/" in response.content.decode()
    reply.refresh_from_db()
    assert reply.helpful_count == 1


def test_htmx_helpful_on_your_own_post_explains_why_not(client, open_group):
    thread = make_thread(group=open_group)

    response = logged_in(client, thread.author).post(
        reverse("forums:helpful_thread", args=[thread.pk]), HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 400
    assert "You cannot mark your own post as helpful." in response.content.decode()


def test_helpful_without_htmx_redirects_back_to_the_thread(client, open_group, open_member):
    thread = make_thread(group=open_group)

    response = logged_in(client, open_member).post(
        reverse("forums:helpful_thread", args=[thread.pk])
    )

    assert response.status_code == 302
    assert response["Location"] == thread.get_absolute_url()


# --- Groups ---------------------------------------------------------------------------------------


def test_joining_an_open_group_through_the_page(client, open_group, outsider):
    response = logged_in(client, outsider).post(reverse("forums:join", args=[open_group.slug]))

    assert response.status_code == 302
    assert GroupMembership.objects.get(group=open_group, member=outsider).status == "active"


def test_asking_to_join_a_request_group_through_the_page(client, request_group, outsider):
    response = logged_in(client, outsider).post(
        reverse("forums:join", args=[request_group.slug]), follow=True
    )

    assert "Your request to join has been sent" in response.content.decode()
    assert GroupMembership.objects.get(group=request_group, member=outsider).status == "pending"


def test_the_manager_sees_and_approves_requests_on_the_about_tab(
    client, manager, request_group, outsider
):
    asked = services.join_group(member=outsider, group=request_group)
    about = reverse("forums:group_tab", args=[request_group.slug, "about"])
    logged_in(client, manager)
    assert "Olle Outsider" in client.get(about).content.decode()

    response = client.post(
        reverse("forums:decide_request", args=[request_group.slug, asked.pk]),
        {"decision": "approve"},
    )

    assert response.status_code == 302
    asked.refresh_from_db()
    assert asked.status == "active"


def test_a_plain_member_cannot_approve_requests(client, request_group, outsider):
    asked = services.join_group(member=outsider, group=request_group)
    plain = add_member(request_group).member

    response = logged_in(client, plain).post(
        reverse("forums:decide_request", args=[request_group.slug, asked.pk]),
        {"decision": "approve"},
    )

    assert response.status_code == 403
    asked.refresh_from_db()
    assert asked.status == "pending"


def test_the_only_manager_leaving_is_told_why_not(client, manager, open_group):
    response = logged_in(client, manager).post(
        reverse("forums:leave", args=[open_group.slug]), follow=True
    )

    assert "You are this group&#x27;s only manager." in response.content.decode()
    assert GroupMembership.objects.filter(group=open_group, member=manager).exists()


def test_saving_the_watch_level_through_the_page(client, open_group, open_member):
    logged_in(client, open_member).post(
        reverse("forums:watch", args=[open_group.slug]), {"level": "daily"}
    )

    assert GroupMembership.objects.get(group=open_group, member=open_member).watch_level == "daily"


def test_staff_can_create_a_group_and_become_its_manager(client, staff):
    response = logged_in(client, staff).post(
        reverse("forums:create_group"),
        {"name": "Labour law", "kind": "theme", "visibility": "open", "language": "sv"},
    )

    membership = GroupMembership.objects.get(group__slug="labour-law")
    assert response.status_code == 302
    assert (membership.member, membership.role) == (staff, "manager")


def test_members_cannot_create_groups(client, open_member):
    response = logged_in(client, open_member).get(reverse("forums:create_group"))

    assert response.status_code == 403


# --- Moderation through the pages -----------------------------------------------------------------


def test_a_member_cannot_pin_through_the_page(client, open_group, open_member):
    thread = make_thread(group=open_group)

    response = logged_in(client, open_member).post(
        reverse("forums:moderate", args=[thread.pk, "pin"])
    )

    assert response.status_code == 403
    thread.refresh_from_db()
    assert not thread.is_pinned


def test_a_manager_pins_through_the_page(client, manager, open_group):
    thread = make_thread(group=open_group)

    logged_in(client, manager).post(reverse("forums:moderate", args=[thread.pk, "pin"]))

    thread.refresh_from_db()
    assert thread.is_pinned


def test_an_unknown_moderation_action_is_not_found(client, manager, open_group):
    thread = make_thread(group=open_group)

    response = logged_in(client, manager).post(
        reverse("forums:moderate", args=[thread.pk, "explode"])
    )

    assert response.status_code == 404


def test_edit_history_is_for_moderators_only(client, manager, open_group, open_member):
    thread = make_thread(group=open_group, title="First title")
    services.edit_thread(editor=thread.author, thread=thread, title="Second", body="New text")
    url = reverse("forums:history", args=[thread.pk])

    assert logged_in(client, open_member).get(url).status_code == 404
    assert "First title" in logged_in(client, manager).get(url).content.decode()


def test_the_asker_accepts_an_answer_through_the_page(client, open_group):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question)

    logged_in(client, question.author).post(
        reverse("forums:accept_answer", args=[question.pk]), {"reply": answer.pk}
    )

    question.refresh_from_db()
    assert question.accepted_reply == answer


def test_another_member_cannot_accept_an_answer_through_the_page(client, open_group, open_member):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question)

    response = logged_in(client, open_member).post(
        reverse("forums:accept_answer", args=[question.pk]), {"reply": answer.pk}
    )

    assert response.status_code == 403


def test_deleting_a_reply_through_the_page_shows_it_as_deleted(client, open_group):
    reply = make_reply(thread=make_thread(group=open_group), body="Oops, wrong thread")

    logged_in(client, reply.author).post(reverse("forums:delete_reply", args=[reply.pk]))

    page = client.get(reply.thread.get_absolute_url()).content.decode()
    assert "This reply was deleted." in page
    assert "Oops, wrong thread" not in page


def test_a_deleted_thread_is_gone_for_members_but_shown_to_moderators(
    client, manager, open_group, open_member
):
    thread = make_thread(group=open_group)
    services.delete_thread(member=thread.author, thread=thread)

    assert logged_in(client, open_member).get(thread.get_absolute_url()).status_code == 404
    page = logged_in(client, manager).get(thread.get_absolute_url()).content.decode()
    assert "This thread was deleted. Only moderators see it." in page


def test_writing_a_summary_through_the_page_publishes_it(client, open_group):
    thread = make_thread(group=open_group)

    logged_in(client, thread.author).post(
        reverse("forums:summary", args=[thread.pk]),
        {"title": "What we concluded", "body": "Buddies help.", "publish": "on"},
    )

    response = client.get(reverse("forums:knowledge"))
    assert "What we concluded" in response.content.decode()


# --- Robust input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("param", ["q", "group", "tag"])
def test_the_knowledge_portal_survives_a_nul_byte_in_its_filters(client, param):
    response = client.get(reverse("forums:knowledge"), {param: "pay\x00roll"})

    assert response.status_code in (200, 400)


def test_search_survives_a_nul_byte(client):
    response = client.get(reverse("forums:search"), {"q": "pay\x00roll"})

    assert response.status_code in (200, 400)


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999", "1e9"])
def test_odd_page_numbers_show_a_page(client, open_group, page):
    thread = make_thread(group=open_group)

    assert client.get(open_group.get_absolute_url(), {"page": page}).status_code == 200
    assert client.get(thread.get_absolute_url(), {"page": page}).status_code == 200
    assert client.get(reverse("forums:jobs"), {"page": page}).status_code == 200
