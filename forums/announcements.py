"""Who hears about a published post: the thread's author, people @mentioned, group watchers.

Called inside the transaction that publishes the post (on posting, or on approval by a
moderator). Notifications are rows with unique keys, so publishing twice tells nobody twice;
emails go out after commit, once, through notifications.
"""

from django.utils.translation import gettext as _

from forums import anonymity
from forums.models import GroupMembership, Mention, Reply, Thread
from hrnet.celery import enqueue_on_commit
from notifications.models import Notification
from notifications.services import in_language, notify


def announce_reply(reply: Reply) -> None:
    thread = reply.thread
    if thread.author_id and thread.author_id != reply.author_id:
        recipient = thread.author
        notify(
            recipient=recipient,
            kind=Notification.Kind.REPLY,
            key=f"reply:{reply.pk}",
            message=in_language(
                recipient,
                lambda: (
                    _("%(name)s replied to “%(title)s”")
                    % {"name": anonymity.shown_name(reply, thread.group), "title": thread.title}
                ),
            ),
            url=thread.reply_url(reply.pk),
            email=recipient.email_on_replies,
        )
    _announce_mentions(thread, reply)


def announce_thread(thread: Thread) -> None:
    _announce_mentions(thread, None)
    from forums.tasks import notify_group_watchers

    enqueue_on_commit(notify_group_watchers, thread.pk)


def _announce_mentions(thread: Thread, reply: Reply | None) -> None:
    mentions = Mention.objects.filter(thread=thread, reply=reply).select_related(
        "mentioned", "author"
    )
    from forums import selectors

    for mention in mentions:
        member = mention.mentioned
        if reply is None and thread.author_id == member.pk:
            continue
        # Someone outside a private group must not learn even the thread's title.
        if not selectors.can_read_group(
            member, thread.group, selectors.membership_of(member, thread.group)
        ):
            continue
        notify(
            recipient=member,
            kind=Notification.Kind.MENTION,
            key=f"mention:{thread.pk}:{reply.pk if reply else 0}:{member.pk}",
            message=in_language(
                member,
                lambda m=mention: (
                    _("%(name)s mentioned you in “%(title)s”")
                    % {"name": _mentioner(m, thread, reply), "title": thread.title}
                ),
            ),
            url=thread.reply_url(reply.pk) if reply else thread.get_absolute_url(),
            email=member.email_on_mentions,
        )


def _mentioner(mention: Mention, thread: Thread, reply: Reply | None) -> str:
    post = reply if reply is not None else thread
    if post.is_anonymous:
        return anonymity.anonymous_name(thread.group)
    return mention.author.public_name if mention.author else _("Former member")


def announce_accepted_answer(thread: Thread) -> None:
    reply = thread.accepted_reply
    if reply is None or reply.author is None or reply.author_id == thread.author_id:
        return
    recipient = reply.author
    notify(
        recipient=recipient,
        kind=Notification.Kind.ACCEPTED_ANSWER,
        key=f"accepted:{thread.pk}:{reply.pk}",
        message=in_language(
            recipient,
            lambda: _("Your answer to “%(title)s” was accepted") % {"title": thread.title},
        ),
        url=thread.reply_url(reply.pk),
        email=recipient.email_on_replies,
    )


def notify_group_watchers(*, thread_id: int) -> int:
    """Members watching the group at "every new discussion" hear about a new thread (once)."""
    thread = Thread.objects.select_related("group", "author").filter(pk=thread_id).first()
    if thread is None or thread.status != "published" or thread.is_deleted:
        return 0
    watchers = (
        GroupMembership.objects.filter(
            group=thread.group,
            status=GroupMembership.Status.ACTIVE,
            watch_level=GroupMembership.WatchLevel.EVERY_NEW_DISCUSSION,
        )
        .exclude(member_id=thread.author_id)
        .select_related("member")
    )
    sent = 0
    for membership in watchers.iterator(chunk_size=500):
        member = membership.member
        created = notify(
            recipient=member,
            kind=Notification.Kind.GROUP,
            key=f"new-thread:{thread.pk}:{member.pk}",
            message=in_language(
                member,
                lambda: (
                    _("New in %(group)s: “%(title)s”")
                    % {"group": thread.group.name, "title": thread.title}
                ),
            ),
            url=thread.get_absolute_url(),
            email=True,
            topic=f"group:{thread.group_id}",
        )
        sent += created is not None
    return sent
