from django.contrib import admin

from alumni.models import AlumniMembership, AlumniNetwork


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
