from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("new/", views.create_event, name="create"),
    path("calendar/", views.my_calendar, name="my_calendar"),
    path("calendar/<slug:token>.ics", views.personal_feed, name="personal_feed"),
    path("group/<slug:slug>.ics", views.group_feed, name="group_feed"),
    path("<slug:slug>/", views.event_detail, name="event"),
    path("<slug:slug>/edit/", views.edit_event, name="edit"),
    path("<slug:slug>/agenda/", views.add_agenda_item, name="add_agenda_item"),
    path(
        "<slug:slug>/agenda/<int:item_id>/delete/",
        views.delete_agenda_item,
        name="delete_agenda_item",
    ),
    path("<slug:slug>/register/", views.register, name="register"),
    path("<slug:slug>/cancel/", views.cancel, name="cancel"),
    path("<slug:slug>/event.ics", views.event_ics, name="ics"),
    path("<slug:slug>/attendees/", views.attendees, name="attendees"),
    path("<slug:slug>/attendees.csv", views.attendees_csv, name="attendees_csv"),
    path("<slug:slug>/check-in/", views.check_in, name="check_in"),
    path(
        "<slug:slug>/attendees/<int:registration_id>/<slug:action>/",
        views.attendee_action,
        name="attendee_action",
    ),
    path("<slug:slug>/message/", views.message_attendees, name="message"),
    path("<slug:slug>/seating/", views.seating, name="seating"),
    path("<slug:slug>/my-tables/", views.my_schedule, name="my_schedule"),
]
