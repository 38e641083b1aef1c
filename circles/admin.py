from django.contrib import admin

from circles.models import Circle, CircleRound, SignUp


@admin.register(CircleRound)
class CircleRoundAdmin(admin.ModelAdmin):
    list_display = ("title", "group", "status", "signup_deadline", "created_at")
    list_filter = ("status",)
    search_fields = ("title", "group__name")
    raw_id_fields = ("group", "created_by")


@admin.register(Circle)
class CircleAdmin(admin.ModelAdmin):
    list_display = ("__str__", "round", "score", "private_group", "archived_at")
    list_filter = ("round__status",)
    search_fields = ("round__title",)
    raw_id_fields = ("round", "private_group")


@admin.register(SignUp)
class SignUpAdmin(admin.ModelAdmin):
    list_display = ("member", "round", "experience", "circle", "unplaced_reason", "created_at")
    list_filter = ("experience", "unplaced_reason")
    search_fields = ("member__display_name", "round__title")
    raw_id_fields = ("round", "member", "circle")
