from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from members.models import Invitation, Member, Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "created_at"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]


@admin.register(Member)
class MemberAdmin(UserAdmin):
    ordering = ["-date_joined"]
    list_display = [
        "email",
        "display_name",
        "role",
        "organisation",
        "country",
        "email_verified",
        "is_active",
        "date_joined",
    ]
    list_filter = [
        "role",
        "country",
        "is_active",
        "is_staff",
        "email_verified",
        "directory_visibility",
        "email_consent",
    ]
    search_fields = ["email", "display_name", "headline", "organisation__name"]
    list_select_related = ["organisation"]
    autocomplete_fields = ["organisation", "invited_by"]
    readonly_fields = ["date_joined", "last_login", "erased_at", "email_verified"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            "Profile",
            {
                "fields": [
                    "display_name",
                    "headline",
                    "role",
                    "organisation",
                    "country",
                    "city",
                    "languages",
                    "expertise",
                    "bio_markdown",
                    "linkedin_url",
                    "avatar",
                    "directory_visibility",
                    "preferred_language",
                ]
            },
        ),
        ("Network", {"fields": ["invited_by", "email_consent", "email_verified"]}),
        (
            "Permissions",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Dates", {"fields": ["date_joined", "last_login", "erased_at"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "inviter", "created_at", "sent_at", "accepted_at"]
    list_filter = ["sent_at", "accepted_at"]
    search_fields = ["email", "inviter__email", "inviter__display_name"]
    list_select_related = ["inviter"]
    raw_id_fields = ["inviter", "accepted_by"]
