from django.contrib import admin

from events.models import Event, Registration


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "kind",
        "format",
        "city",
        "country",
        "starts_at",
        "attendee_count",
        "capacity",
    ]
    list_filter = ["kind", "format", "country", "language"]
    search_fields = ["title", "description_markdown", "venue", "city"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "starts_at"
    raw_id_fields = ["host_organisation", "group"]
    filter_horizontal = ["organisers"]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["member", "event", "status", "paid", "checked_in_at", "created_at"]
    list_filter = ["status", "paid"]
    search_fields = ["member__email", "member__display_name", "event__title"]
    list_select_related = ["member", "event"]
    raw_id_fields = ["member", "event"]
