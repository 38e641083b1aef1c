from django.contrib import admin

from agenda.models import (
    AgendaSettings,
    GroupProposal,
    Poll,
    PollBallot,
    PollChoice,
    PollOption,
    ProposalSupport,
    TopicSuggestion,
    TopicVote,
)


@admin.register(AgendaSettings)
class AgendaSettingsAdmin(admin.ModelAdmin):
    list_display = ("__str__", "proposal_threshold")
    list_filter = ("proposal_threshold",)

    def has_add_permission(self, request):
        return not AgendaSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        obj.pk = 1  # one row per site
        super().save_model(request, obj, form, change)


class PollOptionInline(admin.TabularInline):
    model = PollOption
    extra = 0
    readonly_fields = ("vote_count",)


@admin.register(Poll)
class PollAdmin(admin.ModelAdmin):
    list_display = ("question", "thread", "voter_count", "is_anonymous", "closes_at", "closed_at")
    list_filter = ("is_anonymous", "results")
    search_fields = ("question", "thread__title")
    raw_id_fields = ("thread",)
    inlines = [PollOptionInline]


@admin.register(PollOption)
class PollOptionAdmin(admin.ModelAdmin):
    list_display = ("label", "poll", "position", "vote_count")
    search_fields = ("label", "poll__question")
    raw_id_fields = ("poll",)


@admin.register(PollBallot)
class PollBallotAdmin(admin.ModelAdmin):
    list_display = ("poll", "member", "created_at", "updated_at")
    search_fields = ("poll__question",)
    raw_id_fields = ("poll", "member")


@admin.register(PollChoice)
class PollChoiceAdmin(admin.ModelAdmin):
    list_display = ("ballot", "option")
    search_fields = ("option__label",)
    raw_id_fields = ("ballot", "option")


@admin.register(GroupProposal)
class GroupProposalAdmin(admin.ModelAdmin):
    list_display = ("name", "status", "supporter_count", "proposer", "created_at", "decided_at")
    list_filter = ("status", "language")
    search_fields = ("name", "purpose_markdown")
    raw_id_fields = ("proposer", "parent", "group", "decided_by")
    readonly_fields = ("supporter_count", "threshold_reached_at")


@admin.register(ProposalSupport)
class ProposalSupportAdmin(admin.ModelAdmin):
    list_display = ("proposal", "member", "created_at")
    search_fields = ("proposal__name", "member__email", "member__display_name")
    raw_id_fields = ("proposal", "member")


@admin.register(TopicSuggestion)
class TopicSuggestionAdmin(admin.ModelAdmin):
    list_display = ("title", "event", "vote_count", "status", "author", "created_at")
    list_filter = ("status",)
    search_fields = ("title", "event__title")
    raw_id_fields = ("event", "author", "agenda_item")


@admin.register(TopicVote)
class TopicVoteAdmin(admin.ModelAdmin):
    list_display = ("topic", "member", "created_at")
    search_fields = ("topic__title",)
    raw_id_fields = ("topic", "member")
