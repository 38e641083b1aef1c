from django.urls import path

from forums import feeds, moderation_views, views

app_name = "forums"

urlpatterns = [
    path("groups/", views.group_list, name="group_list"),
    path("groups/new/", views.create_group, name="create_group"),
    path("groups/<slug:slug>/", views.group_detail, name="group"),
    path("groups/<slug:slug>/join/", views.join_group, name="join"),
    path("groups/<slug:slug>/leave/", views.leave_group, name="leave"),
    path("groups/<slug:slug>/watch/", views.set_watch_level, name="watch"),
    path(
        "groups/<slug:slug>/requests/<int:membership_id>/",
        views.decide_request,
        name="decide_request",
    ),
    path("groups/<slug:slug>/new/", views.new_thread, name="new_thread"),
    path("groups/<slug:slug>/feed/rss/", feeds.GroupFeed(), name="group_rss"),
    path("groups/<slug:slug>/feed/atom/", feeds.GroupAtomFeed(), name="group_atom"),
    path("groups/<slug:slug>/<slug:tab>/", views.group_detail, name="group_tab"),
    path("t/<int:thread_id>/", views.thread_detail, name="thread_short"),
    path("t/<int:thread_id>/<slug:slug>/", views.thread_detail, name="thread"),
    path("t/<int:thread_id>/-/reply/", views.post_reply, name="reply"),
    path("t/<int:thread_id>/-/edit/", views.edit_thread, name="edit_thread"),
    path("t/<int:thread_id>/-/delete/", views.delete_thread, name="delete_thread"),
    path("t/<int:thread_id>/-/helpful/", views.toggle_helpful, name="helpful_thread"),
    path("t/<int:thread_id>/-/helpful/<int:reply_id>/", views.toggle_helpful, name="helpful_reply"),
    path("t/<int:thread_id>/-/accept/", views.accept_answer, name="accept_answer"),
    path("t/<int:thread_id>/-/history/", views.thread_history, name="history"),
    path("t/<int:thread_id>/-/summary/", views.edit_summary, name="summary"),
    path("t/<int:thread_id>/-/<slug:action>/", views.moderate_thread, name="moderate"),
    path("replies/<int:reply_id>/edit/", views.edit_reply, name="edit_reply"),
    path("replies/<int:reply_id>/delete/", views.delete_reply, name="delete_reply"),
    path("jobs/", views.jobs_board, name="jobs"),
    path("questions/unanswered/", views.unanswered_questions, name="unanswered"),
    path("trending/", views.trending, name="trending"),
    path("knowledge/", views.knowledge_portal, name="knowledge"),
    path("knowledge/feed/rss/", feeds.KnowledgeFeed(), name="knowledge_rss"),
    path("knowledge/feed/atom/", feeds.KnowledgeAtomFeed(), name="knowledge_atom"),
    path("search/", views.search, name="search"),
    path("preview/", views.markdown_preview, name="preview"),
    path("moderation/", moderation_views.queue, name="moderation_queue"),
    path("moderation/audit/", moderation_views.audit_log, name="audit_log"),
    path("moderation/bulk/", moderation_views.decide_many, name="moderation_bulk"),
    path(
        "moderation/members/<int:member_id>/",
        moderation_views.act_on_member,
        name="moderation_member",
    ),
    path("moderation/<str:kind>/<int:post_id>/", moderation_views.decide, name="moderation_decide"),
    path("flag/<str:kind>/<int:post_id>/", moderation_views.flag, name="flag"),
]
