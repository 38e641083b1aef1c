from django.contrib import admin

from systems.models import Affiliation, Declaration, System


@admin.register(System)
class SystemAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "vendor", "status", "organisation_count", "rating_count"]
    list_filter = ["status", "category"]
    search_fields = ["name", "vendor", "slug"]
    raw_id_fields = ["vendor_organisation", "proposed_by", "merged_into"]
    readonly_fields = ["organisation_count", "rating_count", "rating_total"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Declaration)
class DeclarationAdmin(admin.ModelAdmin):
    list_display = [
        "system",
        "member",
        "organisation",
        "satisfaction",
        "review_status",
        "by_vendor",
    ]
    list_filter = ["review_status", "by_vendor", "system__category"]
    search_fields = ["system__name", "member__email", "organisation__name"]
    raw_id_fields = ["system", "member", "organisation", "moved_from"]


@admin.register(Affiliation)
class AffiliationAdmin(admin.ModelAdmin):
    list_display = ["member", "system", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["member__email", "system__name"]
    raw_id_fields = ["member", "system"]
