from django.contrib import admin

from digests.models import DigestDelivery, Newsletter, NewsletterDelivery


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    list_display = ["member", "period", "empty", "created_at", "sent_at"]
    list_filter = ["empty", "period"]
    search_fields = ["member__email", "period"]
    raw_id_fields = ["member"]


@admin.register(Newsletter)
class NewsletterAdmin(admin.ModelAdmin):
    list_display = ["subject", "status", "created_by", "created_at", "sent_at"]
    list_filter = ["status"]
    search_fields = ["subject", "intro_markdown"]
    raw_id_fields = ["created_by"]


@admin.register(NewsletterDelivery)
class NewsletterDeliveryAdmin(admin.ModelAdmin):
    list_display = ["newsletter", "member", "sent_at"]
    search_fields = ["member__email"]
    raw_id_fields = ["newsletter", "member"]
