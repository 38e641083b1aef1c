from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:member_id>/", views.profile, name="profile"),
    path("me/edit/", views.edit_profile, name="edit_profile"),
    path("me/invitations/", views.invitations, name="invitations"),
    path("me/privacy/", views.privacy, name="privacy"),
    path("me/privacy/my-data.json", views.download_my_data, name="download_my_data"),
    path("me/delete/", views.delete_account, name="delete_account"),
    path("invitation/<slug:token>/", views.accept_invitation, name="accept_invitation"),
    path("language/", views.set_language, name="set_language"),
]
