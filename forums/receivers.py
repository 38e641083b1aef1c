from django.dispatch import receiver

from forums.models import GroupMembership, Reply, Thread
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
