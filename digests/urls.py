from django.urls import path

from digests import views

app_name = "digests"

urlpatterns = [
    path("", views.archive, name="archive"),
    path("new/", views.create_draft, name="create_draft"),
    path("<int:newsletter_id>/", views.issue, name="issue"),
    path("<int:newsletter_id>/edit/", views.edit, name="edit"),
]
