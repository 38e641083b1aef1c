from django.urls import path

from insights import views

app_name = "insights"

urlpatterns = [
    path("", views.network_dashboard, name="network"),
    path("groups/<slug:slug>/", views.group_dashboard, name="group"),
]
