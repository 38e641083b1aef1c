from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from forums import caching, selectors
from forums.models import Group, GroupMembership, Reaction, Reply, Summary, Thread
from members import home_cache
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
    caching.bump_now_and_on_commit(kind, pk)


def _bump_search(created: bool) -> None:
    # A new post may wait for cached searches to expire (forums.caching); an edited, deleted,
    # hidden or moderated one must leave them at once, and it is also a save.
    if not created:
        caching.bump_search()
        transaction.on_commit(caching.bump_search)


@receiver([post_save, post_delete], sender=Thread)
def thread_changed(sender, instance, **kwargs):
    _bump("thread", instance.pk)
    _bump("group", instance.group_id)
    _bump_search(kwargs.get("created", False))
    # Any thread: an edit may move a post into or out of the job section.
    _bump("jobs", 0)
    _bump("groups", 0)  # the group list shows thread counts


@receiver([post_save, post_delete], sender=Reply)
def reply_changed(sender, instance, **kwargs):
    _bump("thread", instance.thread_id)
    _bump_search(kwargs.get("created", False))
    if "thread" in instance._state.fields_cache:
        group_id, section = instance.thread.group_id, instance.thread.section
    else:
        group_id, section = (
            Thread.objects.filter(pk=instance.thread_id).values_list("group_id", "section").first()
        ) or (None, None)
    _bump("group", group_id)
    if section == Thread.Section.JOB:
        _bump("jobs", 0)  # the board shows replies and last activity


@receiver([post_save, post_delete], sender=Summary)
def summary_changed(sender, instance, **kwargs):
    _bump("thread", instance.thread_id)  # the thread page shows the published summary


@receiver(m2m_changed, sender=Thread.tags.through)
def thread_tags_changed(sender, instance, **kwargs):
    if isinstance(instance, Thread):
        _bump("thread", instance.pk)


@receiver([post_save, post_delete], sender=GroupMembership)
def membership_changed(sender, instance, **kwargs):
    # Joining and leaving change the member counts on the group list (updated with update()).
    _bump("groups", 0)
    # A role given or taken away shows or hides the moderation queue in the member's menu.
    key = selectors.moderates_key(instance.member_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))
    home_cache.forget_homes([instance.member_id])  # "Your groups" on the home page


@receiver([post_save, post_delete], sender=Group)
def group_changed(sender, instance, **kwargs):
    # Visibility decides who reads a group's jobs and search hits; the board, the group list and
    # search results show group names and links.
    _bump("jobs", 0)
    _bump("groups", 0)
    _bump_search(kwargs.get("created", False))


@receiver([post_save, post_delete], sender=Reaction)
def reaction_changed(sender, instance, **kwargs):
    _bump("thread", instance.thread_id)
