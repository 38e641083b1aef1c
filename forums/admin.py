from django.contrib import admin

from forums.models import Group, GroupMembership, Reply, Thread


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
