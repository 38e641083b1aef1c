from django.contrib import admin

from events.models import (
    AgendaItem,
    AttendeeMessage,
    CalendarFeed,
    Event,
    MessageDelivery,
    Registration,
    Reminder,
    SeatingPlan,
)


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


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    list_display = ["title", "event", "starts_at", "is_keynote"]
    list_filter = ["is_keynote"]
    search_fields = ["title", "guest_speaker", "event__title"]
    raw_id_fields = ["event", "speaker"]


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["registration", "kind", "created_at", "sent_at"]
    list_filter = ["kind"]
    raw_id_fields = ["registration"]


@admin.register(AttendeeMessage)
class AttendeeMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "event", "sender", "created_at"]
    search_fields = ["subject", "body", "event__title"]
    raw_id_fields = ["event", "sender"]


@admin.register(MessageDelivery)
class MessageDeliveryAdmin(admin.ModelAdmin):
    list_display = ["message", "member", "sent_at"]
    search_fields = ["member__email"]
    raw_id_fields = ["message", "member"]


@admin.register(SeatingPlan)
class SeatingPlanAdmin(admin.ModelAdmin):
    list_display = [
        "event",
        "repeated_pairs",
        "lower_bound_repeated_pairs",
        "same_organisation_pairs",
        "created_at",
    ]
    search_fields = ["event__title"]
    raw_id_fields = ["event"]


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ["member", "created_at"]
    search_fields = ["member__email"]
    raw_id_fields = ["member"]
    exclude = ["token"]
