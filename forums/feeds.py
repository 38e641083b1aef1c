"""RSS and Atom feeds for open groups and the knowledge portal (public content only)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from forums.models import Group, PostStatus, Summary, Thread

FEED_ITEMS = 30


class GroupFeed(Feed):
    def get_object(self, request, slug):
        group = get_object_or_404(Group, slug=slug)
        # Feeds are read without a session: only open groups have one.
        if group.visibility != Group.Visibility.OPEN:
            raise Http404
        return group

    def title(self, group):
        return f"{group.name} · HRnet"

    def link(self, group):
        return group.get_absolute_url()

    def description(self, group):
        return group.description

    def items(self, group):
        return (
            Thread.objects.filter(group=group, is_deleted=False, status=PostStatus.PUBLISHED)
            .select_related("author")
            .order_by("-created_at")[:FEED_ITEMS]
        )

    def item_title(self, thread):
        return thread.title

    def item_description(self, thread):
        return thread.body_html

    def item_author_name(self, thread):
        from forums.anonymity import shown_name

        return str(shown_name(thread))

    def item_pubdate(self, thread):
        return thread.created_at

    def item_updateddate(self, thread):
        return thread.last_activity_at


class GroupAtomFeed(GroupFeed):
    feed_type = Atom1Feed
    subtitle = GroupFeed.description


class KnowledgeFeed(Feed):
    title = _("HRnet knowledge portal")
    description = _("Summaries of the network's best discussions.")

    def link(self):
        return reverse("forums:knowledge")

    def items(self):
        return (
            Summary.objects.filter(
                is_published=True,
                thread__is_deleted=False,
                thread__status=PostStatus.PUBLISHED,
                thread__group__visibility=Group.Visibility.OPEN,
            )
            .select_related("thread", "author")
            .order_by("-published_at")[:FEED_ITEMS]
        )

    def item_title(self, summary):
        return summary.title

    def item_description(self, summary):
        return summary.body_html

    def item_link(self, summary):
        return summary.thread.get_absolute_url()

    def item_pubdate(self, summary):
        return summary.published_at


class KnowledgeAtomFeed(KnowledgeFeed):
    feed_type = Atom1Feed
    subtitle = KnowledgeFeed.description
