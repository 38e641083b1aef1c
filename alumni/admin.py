from django.contrib import admin

from alumni.models import AlumniMembership, AlumniNetwork, FormerEmployee, LeaverImport


@admin.register(AlumniNetwork)
class AlumniNetworkAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "join_policy", "created_at"]
    list_filter = ["join_policy"]
    search_fields = ["name", "organisation__name"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["organisation", "group"]


@admin.register(AlumniMembership)
class AlumniMembershipAdmin(admin.ModelAdmin):
    list_display = ["member", "network", "role", "status", "department", "open_to_returning"]
    list_filter = ["role", "status", "open_to_returning", "network"]
    search_fields = ["member__email", "member__display_name", "department"]
    list_select_related = ["member", "network"]
    raw_id_fields = ["member", "network"]


@admin.register(FormerEmployee)
class FormerEmployeeAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "network", "department", "status", "invited_at"]
    list_filter = ["status", "network"]
    search_fields = ["name", "email", "department"]
    raw_id_fields = ["network", "member"]
    actions = ["mark_bounced"]

    @admin.action(description="Mark as bounced")
    def mark_bounced(self, request, queryset):
        queryset.update(status=FormerEmployee.Status.BOUNCED)


@admin.register(LeaverImport)
class LeaverImportAdmin(admin.ModelAdmin):
    list_display = [
        "filename",
        "network",
        "uploaded_by",
        "created_at",
        "confirmed_at",
        "created_count",
        "updated_count",
    ]
    raw_id_fields = ["network", "uploaded_by"]
    list_filter = ["network"]
    search_fields = ["filename"]
    exclude = ["rows"]
