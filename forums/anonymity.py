"""Anonymous posts: what others see of the author, and the audited reveal to moderators.

Members see "a member of this group"; the author sees their own post as theirs; the group's
moderators and managers and staff see the author, and each such viewing is in the audit log.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from moderation.models import AuditEntry


def anonymous_name(group=None) -> str:
    if group is None:
        return _("A member of this group")
    return _("A member of %(group)s") % {"group": group.name}


def shown_name(post, group=None) -> str:
    """The author's name as anyone but a moderator may read it (feeds, notifications)."""
    if post.is_anonymous:
        return anonymous_name(group)
    return post.author.public_name if post.author else _("Former member")


def present(posts, *, viewer, can_moderate: bool) -> list:
    """Prepare posts for a page: hide anonymous authors from whoever may not see them.

    The author object is taken off the post (nothing of it can reach the HTML); returns the
    posts whose author was shown to a moderator, for reveal_to().
    """
    revealed = []
    for post in posts:
        if post is None or not getattr(post, "is_anonymous", False):
            continue
        if post.author_id is not None and post.author_id == getattr(viewer, "pk", None):
            post.is_own_anonymous = True
            continue
        if can_moderate:
            if post.author_id is not None:
                post.is_revealed = True
                revealed.append(post)
            continue
        post.is_masked = True
        post.author = None
    return revealed


def reveal_to(moderator, posts, *, group_id=None) -> None:
    """Every reveal of an anonymous author to a moderator goes to the audit log (one insert)."""
    if not posts:
        return
    entries = []
    for post in posts:
        if group_id is not None:
            post_group_id = group_id
        elif hasattr(post, "group_id"):
            post_group_id = post.group_id
        else:
            post_group_id = post.thread.group_id
        entries.append(
            AuditEntry(
                actor=moderator,
                action=AuditEntry.Action.REVEALED,
                group_id=post_group_id,
                content_type=ContentType.objects.get_for_model(type(post)),
                object_id=post.pk,
                subject_id=post.author_id,
                summary=(getattr(post, "title", "") or post.body_markdown[:120])[:250],
            )
        )
    AuditEntry.objects.bulk_create(entries)
