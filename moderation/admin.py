from django.contrib import admin

from moderation.models import AuditEntry, ClassifierState, Flag, TrainingExample


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "actor", "subject", "group_id", "summary"]
    list_filter = ["action"]
    search_fields = ["summary", "reason", "actor__email", "subject__email"]
    list_select_related = ["actor", "subject"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["created_at", "flagger", "reason", "outcome", "content_type", "object_id"]
    list_filter = ["reason", "outcome"]
    search_fields = ["note", "flagger__email"]
    raw_id_fields = ["flagger"]


@admin.register(TrainingExample)
class TrainingExampleAdmin(admin.ModelAdmin):
    list_display = ["created_at", "label", "source", "title", "learned_at"]
    list_filter = ["label", "source"]
    search_fields = ["title", "body"]
    raw_id_fields = ["decided_by"]


@admin.register(ClassifierState)
class ClassifierStateAdmin(admin.ModelAdmin):
    list_display = ["name", "version", "updated_at"]
    search_fields = ["name"]
    readonly_fields = ["name", "version", "updated_at"]
    exclude = ["model"]
