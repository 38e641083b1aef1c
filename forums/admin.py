from django.contrib import admin

from forums.models import (
    Group,
    GroupDeparture,
    GroupMembership,
    Mention,
    Reaction,
    Reply,
    Revision,
    Summary,
    Thread,
)


class GroupMembershipInline(admin.TabularInline):
    model = GroupMembership
    raw_id_fields = ["member"]
    extra = 0


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "visibility", "language", "parent", "member_count"]
    list_filter = ["kind", "visibility", "language", "country"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["parent"]
    raw_id_fields = ["parent"]


@admin.register(GroupMembership)
class GroupMembershipAdmin(admin.ModelAdmin):
    list_display = ["member", "group", "role", "status", "watch_level", "joined_at"]
    list_filter = ["role", "status", "watch_level"]
    search_fields = ["member__email", "member__display_name", "group__name"]
    list_select_related = ["member", "group"]
    raw_id_fields = ["member", "group"]


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ["title", "group", "section", "author", "reply_count", "last_activity_at"]
    list_filter = ["section", "language", "group"]
    search_fields = ["title", "body_markdown", "author__email"]
    list_select_related = ["group", "author"]
    raw_id_fields = ["group", "author"]


@admin.register(Reply)
class ReplyAdmin(admin.ModelAdmin):
    list_display = ["pk", "thread", "author", "created_at"]
    search_fields = ["body_markdown", "author__email", "thread__title"]
    list_select_related = ["thread", "author"]
    raw_id_fields = ["thread", "author"]


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "thread", "reply", "edited_by"]
    search_fields = ["title", "body_markdown", "edited_by__email"]
    raw_id_fields = ["thread", "reply", "edited_by"]


@admin.register(Reaction)
class ReactionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "member", "kind", "thread", "reply"]
    list_filter = ["kind"]
    search_fields = ["member__email"]
    raw_id_fields = ["member", "thread", "reply"]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "mentioned", "author", "thread", "reply"]
    search_fields = ["mentioned__email", "author__email", "thread__title"]
    raw_id_fields = ["mentioned", "author", "thread", "reply"]


@admin.register(Summary)
class SummaryAdmin(admin.ModelAdmin):
    list_display = ["title", "thread", "author", "is_published", "published_at"]
    list_filter = ["is_published", "language"]
    search_fields = ["title", "body_markdown"]
    raw_id_fields = ["thread", "author"]


@admin.register(GroupDeparture)
class GroupDepartureAdmin(admin.ModelAdmin):
    list_display = ["left_at", "group", "member_id", "joined_at"]
    list_filter = ["group"]
    search_fields = ["member_id"]
    raw_id_fields = ["group"]
