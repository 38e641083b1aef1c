"""Metadata only: message bodies are private to the participants and never shown here."""

from django.contrib import admin

from conversations.models import Block, Conversation, MessagingPreference


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin):
    # No subject, no messages, no inlines: staff see that a conversation exists, not what it says.
    list_display = ["pk", "status", "message_count", "created_at", "last_message_at"]
    list_filter = ["status"]
    fields = ["status", "message_count", "created_at", "last_message_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = ["created_at", "blocker", "blocked"]
    raw_id_fields = ["blocker", "blocked"]
    search_fields = ["blocker__email", "blocked__email"]


@admin.register(MessagingPreference)
class MessagingPreferenceAdmin(admin.ModelAdmin):
    list_display = ["member", "accepts_messages_from_strangers", "email_on_messages"]
    raw_id_fields = ["member"]
    search_fields = ["member__email"]
