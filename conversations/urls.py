from django.urls import path

from conversations import views

app_name = "conversations"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("new/", views.new_conversation, name="new"),
    path("settings/", views.messaging_settings, name="settings"),
    path("blocked/", views.blocked_members, name="blocked"),
    path("block/<int:member_id>/", views.block, name="block"),
    path("unblock/<int:member_id>/", views.unblock, name="unblock"),
    path("reports/", views.report_queue, name="report_queue"),
    path("reports/<int:conversation_id>/", views.reported_conversation, name="reported"),
    path(
        "reports/<int:conversation_id>/decide/",
        views.decide_reported,
        name="decide_reported",
    ),
    path("<int:conversation_id>/", views.detail, name="detail"),
    path("<int:conversation_id>/reply/", views.reply, name="reply"),
    path("<int:conversation_id>/leave/", views.leave, name="leave"),
    path("<int:conversation_id>/report/", views.report, name="report"),
]
