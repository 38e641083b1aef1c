from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from forums import caching
from forums.models import Group, GroupMembership, Reaction, Reply, Thread
from members.signals import member_erasing, personal_data_requested


@receiver(personal_data_requested)
def export_forum_data(sender, member, **kwargs):
    return {
        "group_memberships": [
            {
                "group": m.group.name,
                "role": m.role,
                "status": m.status,
                "watch_level": m.watch_level,
                "joined_at": m.joined_at.isoformat(),
            }
            for m in GroupMembership.objects.filter(member=member).select_related("group")
        ],
        "threads": [
            {
                "group": t.group.name,
                "title": t.title,
                "text": t.body_markdown,
                "anonymous": t.is_anonymous,
                "created_at": t.created_at.isoformat(),
            }
            for t in Thread.objects.filter(author=member).select_related("group")
        ],
        "replies": [
            {
                "thread": r.thread.title,
                "text": r.body_markdown,
                "anonymous": r.is_anonymous,
                "created_at": r.created_at.isoformat(),
            }
            for r in Reply.objects.filter(author=member).select_related("thread")
        ],
    }


@receiver(member_erasing)
def erase_forum_data(sender, member, keep_posts, **kwargs):
    from forums import services

    services.remove_member_from_forums(member=member, keep_posts=keep_posts)


# --- Cached fragments (forums.caching): every write to what they show makes them stale --------


def _bump(kind: str, pk: int | None) -> None:
    # At once, and again on commit: a request that rendered the old rows between the two would
    # otherwise cache them under the new version.
    caching.bump(kind, pk)
    transaction.on_commit(lambda: caching.bump(kind, pk))


@receiver([post_save, post_delete], sender=Thread)
def thread_changed(sender, instance, **kwargs):
    _bump("thread", instance.pk)
    _bump("group", instance.group_id)
    # Any thread: an edit may move a post into or out of the job section.
    _bump("jobs", 0)
    _bump("groups", 0)  # the group list shows thread counts


@receiver([post_save, post_delete], sender=Reply)
def reply_changed(sender, instance, **kwargs):
    _bump("thread", instance.thread_id)
    if "thread" in instance._state.fields_cache:
        group_id, section = instance.thread.group_id, instance.thread.section
    else:
        group_id, section = (
            Thread.objects.filter(pk=instance.thread_id).values_list("group_id", "section").first()
        ) or (None, None)
    _bump("group", group_id)
    if section == Thread.Section.JOB:
        _bump("jobs", 0)  # the board shows replies and last activity


@receiver([post_save, post_delete], sender=Group)
def group_changed(sender, instance, **kwargs):
    # Visibility decides who reads a group's jobs; the board shows group names and links.
    _bump("jobs", 0)
    _bump("groups", 0)


@receiver([post_save, post_delete], sender=GroupMembership)
def group_membership_changed(sender, instance, **kwargs):
    # Joining and leaving change the member counts on the group list (updated with update()).
    _bump("groups", 0)


@receiver([post_save, post_delete], sender=Reaction)
def reaction_changed(sender, instance, **kwargs):
    _bump("thread", instance.thread_id)
