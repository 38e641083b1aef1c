from django.urls import path

from alumni import views

app_name = "alumni"

urlpatterns = [
    path("", views.network_list, name="list"),
    path("new/", views.create_network, name="create"),
    path("invitation/<slug:token>/", views.invitation, name="invitation"),
    path("<slug:slug>/", views.network_home, name="network"),
    path("<slug:slug>/guidelines/", views.guidelines, name="guidelines"),
    path("<slug:slug>/directory/", views.directory, name="directory"),
    path("<slug:slug>/me/", views.my_profile, name="my_profile"),
    path("<slug:slug>/leave/", views.leave, name="leave"),
    path("<slug:slug>/admin/", views.admin_dashboard, name="admin"),
    path("<slug:slug>/admin/settings/", views.admin_settings, name="admin_settings"),
    path("<slug:slug>/admin/import/", views.admin_import, name="import"),
    path("<slug:slug>/admin/import/<int:import_id>/", views.import_preview, name="import_preview"),
    path("<slug:slug>/admin/people/", views.people, name="people"),
    path(
        "<slug:slug>/admin/requests/<int:membership_id>/",
        views.decide_request,
        name="decide_request",
    ),
    path("<slug:slug>/admin/boomerang/", views.boomerang, name="boomerang"),
]
