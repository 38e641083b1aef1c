from django.urls import path

from systems import views

app_name = "systems"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("category/<slug:category>/", views.catalogue, name="category"),
    path("compare/", views.compare, name="compare"),
    path("propose/", views.propose, name="propose"),
    path("mine/", views.mine, name="mine"),
    path("reviews/", views.review_queue, name="review_queue"),
    path("reviews/<int:declaration_id>/decide/", views.decide_review, name="decide_review"),
    path("proposals/", views.proposals, name="proposals"),
    path("proposals/<int:system_id>/decide/", views.decide_proposal, name="decide_proposal"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/declare/", views.declare, name="declare"),
    path("<slug:slug>/withdraw/", views.withdraw, name="withdraw"),
    path("<slug:slug>/affiliation/", views.affiliation, name="affiliation"),
]
