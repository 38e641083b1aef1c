from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="list"),
    path("read-all/", views.mark_all_read, name="mark_all_read"),
    path("<int:notification_id>/", views.open_notification, name="open"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
