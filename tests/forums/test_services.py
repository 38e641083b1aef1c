from datetime import timedelta

import pytest
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from forums import selectors, services
from forums.models import (
    Group,
    GroupMembership,
    Mention,
    PostStatus,
    Reaction,
    Reply,
    Revision,
    Thread,
)
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_reply, make_thread

pytestmark = pytest.mark.django_db

Role = GroupMembership.Role
Status = GroupMembership.Status


def membership(group, member):
    return GroupMembership.objects.filter(group=group, member=member).first()


def member_count(group):
    return Group.objects.get(pk=group.pk).member_count


# --- Groups and memberships -----------------------------------------------------------------------


def test_create_group_makes_creator_its_only_manager(manager):
    group = services.create_group(creator=manager, name="  Labour   law  ", description="")

    only = GroupMembership.objects.get(group=group)
    assert only.member == manager
    assert only.role == Role.MANAGER
    assert only.status == Status.ACTIVE
    assert group.name == "Labour law"
    assert member_count(group) == 1


def test_create_group_gives_a_unique_slug_to_a_second_group_of_the_same_name(manager):
    first = services.create_group(creator=manager, name="Onboarding")
    second = services.create_group(creator=manager, name="Onboarding")

    assert first.slug == "onboarding"
    assert second.slug == "onboarding-2"


def test_joining_an_open_group_makes_an_active_member(open_group):
    newcomer = MemberFactory()

    joined = services.join_group(member=newcomer, group=open_group)

    assert joined.status == Status.ACTIVE
    assert joined.role == Role.MEMBER
    assert member_count(open_group) == 2


def test_joining_twice_keeps_one_membership_and_the_count(open_group):
    newcomer = MemberFactory()
    services.join_group(member=newcomer, group=open_group)

    services.join_group(member=newcomer, group=open_group)

    assert GroupMembership.objects.filter(group=open_group, member=newcomer).count() == 1
    assert member_count(open_group) == 2


def test_asking_to_join_a_request_group_waits_for_approval(request_group):
    applicant = MemberFactory()

    asked = services.join_group(member=applicant, group=request_group)

    assert asked.status == Status.PENDING
    assert member_count(request_group) == 1
    assert not selectors.access_to(applicant, request_group).can_read


def test_manager_approving_a_request_makes_an_active_member(manager, request_group):
    asked = services.join_group(member=MemberFactory(), group=request_group)

    services.decide_join_request(manager=manager, membership=asked, approve=True)

    asked.refresh_from_db()
    assert asked.status == Status.ACTIVE
    assert member_count(request_group) == 2


def test_manager_declining_a_request_removes_it(manager, request_group):
    asked = services.join_group(member=MemberFactory(), group=request_group)

    services.decide_join_request(manager=manager, membership=asked, approve=False)

    assert not GroupMembership.objects.filter(pk=asked.pk).exists()
    assert member_count(request_group) == 1


def test_a_plain_member_cannot_decide_join_requests(request_group):
    plain = add_member(request_group).member
    asked = services.join_group(member=MemberFactory(), group=request_group)

    with pytest.raises(PermissionDenied):
        services.decide_join_request(manager=plain, membership=asked, approve=True)

    asked.refresh_from_db()
    assert asked.status == Status.PENDING


def test_joining_an_invite_only_group_without_invitation_is_refused(invite_group):
    stranger = MemberFactory()

    with pytest.raises(PermissionDenied, match="invite only"):
        services.join_group(member=stranger, group=invite_group)

    assert membership(invite_group, stranger) is None
    assert member_count(invite_group) == 1


def test_invited_member_can_join_an_invite_only_group(manager, invite_group):
    guest = MemberFactory()
    services.invite_to_group(manager=manager, group=invite_group, member=guest)
    assert member_count(invite_group) == 1

    joined = services.join_group(member=guest, group=invite_group)

    assert joined.status == Status.ACTIVE
    assert member_count(invite_group) == 2


def test_joining_a_hidden_group_without_invitation_is_refused(hidden_group):
    stranger = MemberFactory()

    with pytest.raises(PermissionDenied):
        services.join_group(member=stranger, group=hidden_group)

    assert membership(hidden_group, stranger) is None


def test_invited_member_can_join_a_hidden_group(manager, hidden_group):
    guest = MemberFactory()
    services.invite_to_group(manager=manager, group=hidden_group, member=guest)

    services.join_group(member=guest, group=hidden_group)

    assert membership(hidden_group, guest).status == Status.ACTIVE
    assert member_count(hidden_group) == 2


def test_only_managers_can_invite(invite_group):
    plain = add_member(invite_group).member

    with pytest.raises(PermissionDenied):
        services.invite_to_group(manager=plain, group=invite_group, member=MemberFactory())


def test_leaving_lowers_the_member_count(open_group, open_member):
    assert member_count(open_group) == 2

    services.leave_group(member=open_member, group=open_group)

    assert membership(open_group, open_member) is None
    assert member_count(open_group) == 1


def test_the_only_manager_cannot_leave(manager, open_group):
    with pytest.raises(ValidationError, match="only manager"):
        services.leave_group(member=manager, group=open_group)

    assert membership(open_group, manager).role == Role.MANAGER


def test_a_manager_can_leave_when_another_manager_remains(manager, open_group):
    add_member(open_group, role=Role.MANAGER)

    services.leave_group(member=manager, group=open_group)

    assert membership(open_group, manager) is None


def test_set_watch_level_saves_the_choice(open_group, open_member):
    services.set_watch_level(
        member=open_member, group=open_group, level=GroupMembership.WatchLevel.DAILY
    )

    assert membership(open_group, open_member).watch_level == GroupMembership.WatchLevel.DAILY


def test_set_watch_level_refuses_an_unknown_level(open_group, open_member):
    with pytest.raises(ValidationError):
        services.set_watch_level(member=open_member, group=open_group, level="hourly")


def test_set_watch_level_refuses_a_non_member(open_group):
    with pytest.raises(ValidationError, match="Join the group first"):
        services.set_watch_level(member=MemberFactory(), group=open_group, level="daily")


# --- Threads --------------------------------------------------------------------------------------

XSS_BODY = """Hello colleagues

<script>alert('thread')</script>

<img src=x onerror="alert('img')">

[click me](javascript:alert('link'))

<a href="javascript:alert('raw')">raw link</a>

<p onclick="alert('p')">paragraph</p>
"""


def test_start_thread_never_keeps_script_event_handlers_or_javascript_links(open_group):
    thread = make_thread(group=open_group, body=XSS_BODY)

    html = thread.body_html.lower()
    assert "<script" not in html
    assert "alert(" not in html
    assert "onerror" not in html
    assert "onclick" not in html
    assert "javascript:" not in html
    assert "<img" not in html
    assert "Hello colleagues" in thread.body_html
    assert thread.body_markdown == XSS_BODY


def test_start_thread_renders_markdown_to_html(open_group):
    thread = make_thread(
        group=open_group, body="We use **buddies** and [a checklist](https://x.se)"
    )

    assert "<strong>buddies</strong>" in thread.body_html
    assert 'href="https://x.se"' in thread.body_html
    assert 'rel="nofollow noopener ugc"' in thread.body_html


def test_start_thread_sets_tags(open_group):
    thread = make_thread(group=open_group, tags=["payroll", "GDPR"])

    assert sorted(thread.tags.names()) == ["GDPR", "payroll"]


def test_start_thread_fills_the_search_vector_in_the_thread_language(open_group):
    thread = make_thread(group=open_group, title="Collective agreements", language="en")

    assert thread.search_vector
    assert Thread.objects.filter(
        pk=thread.pk, search_vector=SearchQuery("agreement", config="english")
    ).exists()


def test_start_thread_defaults_to_the_group_language(manager):
    swedish = make_group(manager=manager, language="sv")

    thread = make_thread(group=swedish)

    assert thread.language == "sv"


def test_start_thread_counts_the_thread_and_activity_on_the_group(open_group):
    before = timezone.now()

    thread = make_thread(group=open_group)

    open_group.refresh_from_db()
    assert open_group.thread_count == 1
    assert open_group.last_activity_at == thread.last_activity_at
    assert open_group.last_activity_at >= before


def test_first_post_in_an_open_group_joins_it(open_group):
    newcomer = MemberFactory()

    make_thread(group=open_group, author=newcomer)

    assert membership(open_group, newcomer).status == Status.ACTIVE
    assert member_count(open_group) == 2


@pytest.mark.parametrize("visibility", ["request", "invite_only", "hidden"])
def test_non_members_cannot_start_threads_in_closed_groups(manager, visibility):
    group = make_group(manager=manager, visibility=visibility)

    with pytest.raises(PermissionDenied):
        services.start_thread(
            author=MemberFactory(), group=group, title="Hello there", body="Anyone around here?"
        )

    assert not Thread.objects.filter(group=group).exists()


def test_pending_member_cannot_start_a_thread(request_group):
    applicant = MemberFactory()
    services.join_group(member=applicant, group=request_group)

    with pytest.raises(PermissionDenied):
        services.start_thread(
            author=applicant, group=request_group, title="Hello there", body="May I ask?"
        )


def test_start_thread_stores_job_details_only_for_job_posts(open_group):
    job = {"job_location": "Oslo", "job_country": "NO", "employment_type": "permanent"}

    posting = make_thread(group=open_group, section=Thread.Section.JOB, job=job)
    chat = make_thread(group=open_group, section=Thread.Section.DISCUSSION, job=job)

    assert (posting.job_location, posting.job_country.code) == ("Oslo", "NO")
    assert (chat.job_location, chat.job_country.code) == ("", "")


def test_start_thread_refuses_an_unknown_section(open_group, open_member):
    with pytest.raises(ValidationError):
        services.start_thread(
            author=open_member, group=open_group, title="Hello", body="text", section="gossip"
        )

    assert not Thread.objects.filter(group=open_group).exists()


# --- Cross-posting --------------------------------------------------------------------------------


def test_cross_posting_the_same_text_elsewhere_is_refused_and_writes_nothing(manager, open_group):
    author = add_member(open_group).member
    other = make_group(manager=manager, name="Payroll Denmark")
    make_thread(group=open_group, author=author, body="Who uses Flex HRM for payroll?")

    with pytest.raises(ValidationError) as refused:
        services.start_thread(
            author=author,
            group=other,
            title="A different title",
            body="WHO uses flex-HRM for payroll!!",
        )

    assert "You already posted this text in “Payroll Nordic”" in refused.value.messages[0]
    assert not Thread.objects.filter(group=other).exists()
    # Nothing at all: not even the membership that posting in an open group would give.
    assert membership(other, author) is None
    other.refresh_from_db()
    assert (other.thread_count, other.member_count, other.last_activity_at) == (0, 1, None)


def test_the_same_text_after_the_cross_post_window_is_accepted(manager, open_group):
    author = add_member(open_group).member
    other = make_group(manager=manager)
    first = make_thread(group=open_group, author=author, body="Who uses Flex HRM for payroll?")
    Thread.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(days=15))

    again = make_thread(group=other, author=author, body="Who uses Flex HRM for payroll?")

    assert again.group == other


def test_another_member_may_post_the_same_text(manager, open_group):
    make_thread(group=open_group, body="Who uses Flex HRM for payroll?")
    other = make_group(manager=manager)

    thread = make_thread(group=other, body="Who uses Flex HRM for payroll?")

    assert thread.group == other


# --- Replies --------------------------------------------------------------------------------------


def test_post_reply_updates_the_thread_counters(open_group):
    thread = make_thread(group=open_group)
    replier = add_member(open_group).member

    reply = make_reply(thread=thread, author=replier)

    thread.refresh_from_db()
    open_group.refresh_from_db()
    assert thread.reply_count == 1
    assert thread.last_reply_author == replier
    assert thread.last_activity_at == reply.created_at
    assert open_group.last_activity_at == reply.created_at


def test_post_reply_sanitises_the_reply(open_group):
    thread = make_thread(group=open_group)

    reply = make_reply(thread=thread, body=XSS_BODY)

    assert "<script" not in reply.body_html
    assert "javascript:" not in reply.body_html
    assert "onerror" not in reply.body_html


def test_post_reply_fills_the_reply_search_vector(open_group):
    thread = make_thread(group=open_group)

    reply = make_reply(thread=thread, body="Our buddies get a lunch voucher")

    assert Reply.objects.filter(
        pk=reply.pk, search_vector=SearchQuery("vouchers", config="english")
    ).exists()


def test_members_cannot_reply_to_a_locked_thread(manager, open_group):
    thread = make_thread(group=open_group)
    services.set_locked(member=manager, thread=thread, locked=True)
    replier = add_member(open_group).member

    with pytest.raises(ValidationError, match="locked"):
        services.post_reply(author=replier, thread=thread, body="But I have more to say")

    thread.refresh_from_db()
    assert thread.reply_count == 0
    assert not Reply.objects.filter(thread=thread).exists()


def test_moderators_can_reply_to_a_locked_thread(manager, open_group):
    thread = make_thread(group=open_group)
    services.set_locked(member=manager, thread=thread, locked=True)
    moderator = add_member(open_group, role=Role.MODERATOR).member

    services.post_reply(author=moderator, thread=thread, body="Closing note from the moderators")

    thread.refresh_from_db()
    assert thread.reply_count == 1


def test_non_members_cannot_reply_in_a_closed_group(request_group):
    thread = make_thread(group=request_group)

    with pytest.raises(PermissionDenied):
        services.post_reply(author=MemberFactory(), thread=thread, body="Let me in")


def test_first_reply_in_an_open_group_joins_it(open_group):
    thread = make_thread(group=open_group)
    newcomer = MemberFactory()

    make_reply(thread=thread, author=newcomer)

    assert membership(open_group, newcomer).status == Status.ACTIVE


def test_reply_to_a_reply_of_another_thread_is_ignored(open_group):
    thread = make_thread(group=open_group)
    elsewhere = make_reply(thread=make_thread(group=open_group))

    reply = make_reply(thread=thread, reply_to=elsewhere)

    assert reply.reply_to is None


def test_reply_to_a_reply_of_the_same_thread_is_kept(open_group):
    thread = make_thread(group=open_group)
    first = make_reply(thread=thread)

    second = make_reply(thread=thread, reply_to=first)

    assert second.reply_to == first


# --- Editing and deleting -------------------------------------------------------------------------


def test_editing_a_thread_keeps_the_previous_text_as_a_revision(open_group):
    thread = make_thread(group=open_group, title="Old title", body="Old body text")

    services.edit_thread(
        editor=thread.author, thread=thread, title="New title", body="New **body** text"
    )

    thread.refresh_from_db()
    revision = Revision.objects.get(thread=thread)
    assert (revision.title, revision.body_markdown) == ("Old title", "Old body text")
    assert revision.edited_by == thread.author
    assert (thread.title, thread.body_markdown) == ("New title", "New **body** text")
    assert "<strong>body</strong>" in thread.body_html
    assert thread.edited_at is not None


def test_editing_a_thread_refreshes_its_search_vector(open_group):
    thread = make_thread(group=open_group, title="About onboarding", body="Buddy programmes")

    services.edit_thread(
        editor=thread.author, thread=thread, title="About offboarding", body="Exit interviews"
    )

    query = SearchQuery("interview", config="english")
    assert Thread.objects.filter(pk=thread.pk, search_vector=query).exists()


def test_saving_a_thread_unchanged_keeps_no_revision(open_group):
    thread = make_thread(group=open_group)

    services.edit_thread(
        editor=thread.author, thread=thread, title=thread.title, body=thread.body_markdown
    )

    thread.refresh_from_db()
    assert not Revision.objects.exists()
    assert thread.edited_at is None


def test_editing_a_reply_keeps_the_previous_text_as_a_revision(open_group):
    reply = make_reply(thread=make_thread(group=open_group), body="First version")

    services.edit_reply(editor=reply.author, reply=reply, body="Second version")

    reply.refresh_from_db()
    assert Revision.objects.get(reply=reply).body_markdown == "First version"
    assert reply.body_markdown == "Second version"
    assert reply.edited_at is not None


def test_another_member_cannot_edit_a_thread(open_group, open_member):
    thread = make_thread(group=open_group)

    with pytest.raises(PermissionDenied):
        services.edit_thread(editor=open_member, thread=thread, title="Mine now", body="Mine")

    thread.refresh_from_db()
    assert thread.title != "Mine now"
    assert not Revision.objects.exists()


def test_another_member_cannot_edit_a_reply(open_group, open_member):
    reply = make_reply(thread=make_thread(group=open_group))

    with pytest.raises(PermissionDenied):
        services.edit_reply(editor=open_member, reply=reply, body="Mine now")


def test_a_moderator_can_edit_a_reply(open_group):
    reply = make_reply(thread=make_thread(group=open_group))
    moderator = add_member(open_group, role=Role.MODERATOR).member

    services.edit_reply(editor=moderator, reply=reply, body="Removed a phone number")

    assert Revision.objects.get(reply=reply).edited_by == moderator


def test_a_manager_can_edit_a_thread(manager, open_group):
    thread = make_thread(group=open_group)

    services.edit_thread(editor=manager, thread=thread, title="Better title", body="Better text")

    thread.refresh_from_db()
    assert thread.title == "Better title"


def test_deleting_a_reply_is_soft(open_group):
    reply = make_reply(thread=make_thread(group=open_group))

    services.delete_reply(member=reply.author, reply=reply)

    reply.refresh_from_db()
    assert reply.is_deleted
    assert reply.body_markdown  # kept for the moderators


def test_deleting_the_accepted_answer_clears_it(open_group):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question)
    services.accept_answer(member=question.author, thread=question, reply=answer)

    services.delete_reply(member=answer.author, reply=answer)

    question.refresh_from_db()
    assert question.accepted_reply is None


def test_another_member_cannot_delete_a_reply(open_group, open_member):
    reply = make_reply(thread=make_thread(group=open_group))

    with pytest.raises(PermissionDenied):
        services.delete_reply(member=open_member, reply=reply)

    reply.refresh_from_db()
    assert not reply.is_deleted


def test_deleting_a_thread_lowers_the_group_thread_count(open_group):
    thread = make_thread(group=open_group)

    services.delete_thread(member=thread.author, thread=thread)

    open_group.refresh_from_db()
    thread.refresh_from_db()
    assert thread.is_deleted
    assert open_group.thread_count == 0


# --- Helpful marks --------------------------------------------------------------------------------


def test_marking_a_thread_helpful_counts_once(open_group, open_member):
    thread = make_thread(group=open_group)

    assert services.toggle_helpful(member=open_member, thread=thread) is True

    thread.refresh_from_db()
    assert thread.helpful_count == 1
    assert Reaction.objects.filter(thread=thread, reply=None).count() == 1


def test_marking_helpful_again_unmarks(open_group, open_member):
    thread = make_thread(group=open_group)
    services.toggle_helpful(member=open_member, thread=thread)

    assert services.toggle_helpful(member=open_member, thread=thread) is False

    thread.refresh_from_db()
    assert thread.helpful_count == 0
    assert not Reaction.objects.exists()


def test_marking_a_reply_helpful_counts_on_the_reply_not_the_thread(open_group, open_member):
    thread = make_thread(group=open_group)
    reply = make_reply(thread=thread)

    services.toggle_helpful(member=open_member, thread=thread, reply=reply)

    reply.refresh_from_db()
    thread.refresh_from_db()
    assert reply.helpful_count == 1
    assert thread.helpful_count == 0


def test_helpful_marks_from_two_members_add_up(open_group):
    reply = make_reply(thread=make_thread(group=open_group))

    for _ in range(2):
        services.toggle_helpful(
            member=add_member(open_group).member, thread=reply.thread, reply=reply
        )

    reply.refresh_from_db()
    assert reply.helpful_count == 2


def test_members_cannot_mark_their_own_post_helpful(open_group):
    thread = make_thread(group=open_group)

    with pytest.raises(ValidationError, match="your own post"):
        services.toggle_helpful(member=thread.author, thread=thread)

    thread.refresh_from_db()
    assert thread.helpful_count == 0


def test_outsiders_cannot_mark_posts_in_closed_groups_helpful(request_group):
    thread = make_thread(group=request_group)

    with pytest.raises(PermissionDenied):
        services.toggle_helpful(member=MemberFactory(), thread=thread)


# --- Moderation -----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.MODERATOR, Role.MANAGER])
def test_moderators_and_managers_can_pin_and_lock(open_group, role):
    thread = make_thread(group=open_group)
    moderator = add_member(open_group, role=role).member

    services.set_pinned(member=moderator, thread=thread, pinned=True)
    services.set_locked(member=moderator, thread=thread, locked=True)

    thread.refresh_from_db()
    assert thread.is_pinned
    assert thread.is_locked


def test_staff_can_pin_in_any_group(staff, open_group):
    thread = make_thread(group=open_group)

    services.set_pinned(member=staff, thread=thread, pinned=True)

    thread.refresh_from_db()
    assert thread.is_pinned


def test_members_cannot_pin(open_group, open_member):
    thread = make_thread(group=open_group)

    with pytest.raises(PermissionDenied):
        services.set_pinned(member=open_member, thread=thread, pinned=True)

    thread.refresh_from_db()
    assert not thread.is_pinned


def test_members_cannot_lock_even_their_own_thread(open_group):
    thread = make_thread(group=open_group)

    with pytest.raises(PermissionDenied):
        services.set_locked(member=thread.author, thread=thread, locked=True)


# --- Accepted answers -----------------------------------------------------------------------------


def test_the_asker_can_accept_an_answer(open_group):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question)

    services.accept_answer(member=question.author, thread=question, reply=answer)

    question.refresh_from_db()
    assert question.accepted_reply == answer


def test_a_manager_can_accept_an_answer(manager, open_group):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question)

    services.accept_answer(member=manager, thread=question, reply=answer)

    question.refresh_from_db()
    assert question.accepted_reply == answer


def test_the_asker_can_unmark_the_answer(open_group):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question)
    services.accept_answer(member=question.author, thread=question, reply=answer)

    services.accept_answer(member=question.author, thread=question, reply=None)

    question.refresh_from_db()
    assert question.accepted_reply is None


def test_another_member_cannot_accept_an_answer(open_group):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question)

    with pytest.raises(PermissionDenied):
        services.accept_answer(member=answer.author, thread=question, reply=answer)

    question.refresh_from_db()
    assert question.accepted_reply is None


def test_only_questions_have_accepted_answers(open_group):
    discussion = make_thread(group=open_group, section=Thread.Section.DISCUSSION)
    reply = make_reply(thread=discussion)

    with pytest.raises(PermissionDenied):
        services.accept_answer(member=discussion.author, thread=discussion, reply=reply)


def test_a_reply_of_another_thread_cannot_be_accepted(open_group):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    elsewhere = make_reply(thread=make_thread(group=open_group))

    with pytest.raises(ValidationError, match="not part of this question"):
        services.accept_answer(member=question.author, thread=question, reply=elsewhere)

    question.refresh_from_db()
    assert question.accepted_reply is None


def test_a_deleted_reply_cannot_be_accepted(open_group):
    question = make_thread(group=open_group, section=Thread.Section.QUESTION)
    answer = make_reply(thread=question)
    services.delete_reply(member=answer.author, reply=answer)
    answer.refresh_from_db()

    with pytest.raises(ValidationError):
        services.accept_answer(member=question.author, thread=question, reply=answer)


# --- Mentions -------------------------------------------------------------------------------------


def test_mentioning_a_member_by_full_name_records_a_mention(open_group):
    anna = MemberFactory(display_name="Anna Lindqvist")
    thread = make_thread(group=open_group, body="Thanks @Anna Lindqvist, that helped a lot!")

    mention = Mention.objects.get()
    assert mention.mentioned == anna
    assert mention.thread == thread
    assert mention.reply is None
    assert mention.author == thread.author


def test_mentioning_in_a_reply_records_the_reply(open_group):
    anna = MemberFactory(display_name="Anna Lindqvist")
    reply = make_reply(thread=make_thread(group=open_group), body="@anna lindqvist what do you do?")

    mention = Mention.objects.get()
    assert (mention.mentioned, mention.reply) == (anna, reply)


def test_mentioning_an_unknown_name_records_nothing(open_group):
    MemberFactory(display_name="Anna Lindqvist")

    make_thread(group=open_group, body="Thanks @Nobody Atall and @Anna Svensson for the tips")

    assert not Mention.objects.exists()


def test_mentioning_yourself_records_nothing(open_group):
    anna = MemberFactory(display_name="Anna Lindqvist")
    add_member(open_group, anna)

    make_thread(group=open_group, author=anna, body="As @Anna Lindqvist I can say this works well")

    assert not Mention.objects.exists()


def test_an_email_address_is_not_a_mention(open_group):
    MemberFactory(display_name="Example")

    make_thread(group=open_group, body="Write to hr@example for the template, please")

    assert not Mention.objects.exists()


# --- Summaries ------------------------------------------------------------------------------------


def test_the_thread_author_can_publish_a_summary_in_the_knowledge_portal(open_group, outsider):
    thread = make_thread(group=open_group)

    summary = services.save_summary(
        author=thread.author,
        thread=thread,
        title="What we learned",
        body="Buddies **work**",
        publish=True,
    )

    assert summary.is_published
    assert summary.published_at is not None
    assert "<strong>work</strong>" in summary.body_html
    assert list(selectors.knowledge_portal(outsider).object_list) == [summary]


def test_a_manager_can_write_the_summary(manager, open_group):
    thread = make_thread(group=open_group)

    summary = services.save_summary(
        author=manager, thread=thread, title="Summary", body="Text", publish=True
    )

    assert summary.author == manager


def test_another_member_cannot_write_the_summary(open_group, open_member):
    thread = make_thread(group=open_group)

    with pytest.raises(PermissionDenied):
        services.save_summary(
            author=open_member, thread=thread, title="Summary", body="Text", publish=True
        )


def test_an_unpublished_summary_stays_out_of_the_knowledge_portal(open_group, outsider):
    thread = make_thread(group=open_group)

    services.save_summary(
        author=thread.author, thread=thread, title="Draft", body="Not yet", publish=False
    )

    assert list(selectors.knowledge_portal(outsider).object_list) == []


def test_saving_a_summary_again_updates_it(open_group):
    thread = make_thread(group=open_group)
    services.save_summary(author=thread.author, thread=thread, title="One", body="A", publish=True)

    services.save_summary(author=thread.author, thread=thread, title="Two", body="B", publish=True)

    thread.refresh_from_db()
    assert thread.summary.title == "Two"


def test_summaries_of_closed_groups_appear_only_for_their_members(request_group, outsider):
    thread = make_thread(group=request_group)
    services.save_summary(author=thread.author, thread=thread, title="Sum", body="B", publish=True)

    assert list(selectors.knowledge_portal(outsider).object_list) == []
    assert len(selectors.knowledge_portal(thread.author).object_list) == 1


def test_knowledge_portal_searches_summaries(open_group, outsider):
    thread = make_thread(group=open_group)
    services.save_summary(
        author=thread.author,
        thread=thread,
        title="Parental leave",
        body="How employers top up parental benefits",
        publish=True,
    )
    other = make_thread(group=open_group)
    services.save_summary(
        author=other.author, thread=other, title="Pensions", body="Occupational", publish=True
    )

    found = selectors.knowledge_portal(outsider, query="benefit").object_list

    assert [summary.thread for summary in found] == [thread]


# --- Views and trending ---------------------------------------------------------------------------


def test_record_view_writes_nothing_to_the_database(open_group, django_assert_num_queries):
    thread = make_thread(group=open_group)

    with django_assert_num_queries(0):
        services.record_view(thread.pk)
        services.record_view(thread.pk)

    thread.refresh_from_db()
    assert thread.view_count == 0


def test_flushing_adds_the_recorded_views(open_group):
    thread = make_thread(group=open_group)
    other = make_thread(group=open_group)
    for _ in range(3):
        services.record_view(thread.pk)
    services.record_view(other.pk)

    assert services.flush_view_counts() == 2

    thread.refresh_from_db()
    other.refresh_from_db()
    assert (thread.view_count, other.view_count) == (3, 1)


def test_flushing_twice_adds_nothing_the_second_time(open_group):
    thread = make_thread(group=open_group)
    services.record_view(thread.pk)
    services.flush_view_counts()

    assert services.flush_view_counts() == 0

    thread.refresh_from_db()
    assert thread.view_count == 1


def test_views_after_a_flush_are_counted_by_the_next_flush(open_group):
    thread = make_thread(group=open_group)
    services.record_view(thread.pk)
    services.flush_view_counts()
    services.record_view(thread.pk)

    services.flush_view_counts()

    thread.refresh_from_db()
    assert thread.view_count == 2


def test_recent_replies_from_several_people_trend_above_an_old_quiet_thread(open_group):
    quiet = make_thread(group=open_group, title="Old quiet thread")
    make_reply(thread=quiet)
    ten_days_ago = timezone.now() - timedelta(days=10)
    Thread.objects.filter(pk=quiet.pk).update(
        created_at=ten_days_ago, last_activity_at=ten_days_ago
    )
    Reply.objects.filter(thread=quiet).update(created_at=ten_days_ago)
    busy = make_thread(group=open_group, title="Busy thread")
    for _ in range(3):
        make_reply(thread=busy)

    services.refresh_trending_scores()

    quiet.refresh_from_db()
    busy.refresh_from_db()
    assert busy.trending_score > quiet.trending_score
    assert list(selectors.trending_threads(MemberFactory()))[0] == busy


def test_threads_without_activity_in_the_window_stop_trending(open_group):
    thread = make_thread(group=open_group)
    make_reply(thread=thread)
    services.refresh_trending_scores()
    long_ago = timezone.now() - timedelta(days=30)
    Thread.objects.filter(pk=thread.pk).update(last_activity_at=long_ago)

    services.refresh_trending_scores()

    thread.refresh_from_db()
    assert thread.trending_score == 0


# --- Recomputed counters --------------------------------------------------------------------------


def test_recomputing_counters_gives_the_live_counters(open_group):
    thread = make_thread(group=open_group)
    make_reply(thread=thread)
    gone = make_reply(thread=thread)
    services.delete_reply(member=gone.author, reply=gone)
    deleted = make_thread(group=open_group)
    services.delete_thread(member=deleted.author, thread=deleted)
    before = counters(open_group, thread)

    services.refresh_counters(group_ids=[open_group.pk])

    assert counters(open_group, thread) == before


def test_recomputing_counters_leaves_out_posts_waiting_for_a_moderator(settings, open_group):
    thread = make_thread(group=open_group)
    make_reply(thread=thread)
    settings.MODERATION_FIRST_POSTS_HELD = 1
    held_thread = make_thread(group=open_group, author=MemberFactory())
    held_reply = make_reply(thread=thread, author=MemberFactory())
    assert held_thread.status == held_reply.status == PostStatus.HELD
    before = counters(open_group, thread)
    assert before[1:3] == (1, 1)  # the held thread and reply are not counted

    services.refresh_counters(group_ids=[open_group.pk])

    assert counters(open_group, thread) == before


def counters(group, thread) -> tuple:
    """(member_count, thread_count, reply_count, group's last activity) as stored."""
    group.refresh_from_db()
    thread.refresh_from_db()
    return group.member_count, group.thread_count, thread.reply_count, group.last_activity_at
