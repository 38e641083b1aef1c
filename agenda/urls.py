from django.urls import path

from agenda import views

app_name = "agenda"

urlpatterns = [
    path("proposals/", views.proposal_list, name="proposals"),
    path("proposals/new/", views.propose_group, name="propose"),
    path("proposals/review/", views.review, name="review"),
    path("proposals/<int:proposal_id>/", views.proposal_detail, name="proposal"),
    path("proposals/<int:proposal_id>/support/", views.support, name="support"),
    path("proposals/<int:proposal_id>/<slug:action>/", views.decide, name="decide"),
    path("threads/<int:thread_id>/poll/", views.add_poll, name="add_poll"),
    path("polls/<int:poll_id>/vote/", views.vote, name="vote"),
    path("polls/<int:poll_id>/close/", views.close_poll, name="close_poll"),
    path("events/<slug:slug>/topics/", views.event_topics, name="event_topics"),
    path("events/<slug:slug>/topics/new/", views.suggest_topic, name="suggest_topic"),
    path("topics/<int:topic_id>/vote/", views.topic_vote, name="topic_vote"),
    path("topics/<int:topic_id>/schedule/", views.schedule_topic, name="schedule_topic"),
]
