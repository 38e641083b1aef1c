from django.urls import path

from circles import views

app_name = "circles"

urlpatterns = [
    path("", views.my_circles, name="mine"),
    path("group/<slug:slug>/", views.group_rounds, name="group_rounds"),
    path("group/<slug:slug>/new/", views.new_round, name="new_round"),
    path("round/<int:pk>/", views.round_detail, name="round"),
    path("round/<int:pk>/sign-up/", views.sign_up, name="sign_up"),
    path("round/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("round/<int:pk>/form/", views.form_circles, name="form"),
    path("round/<int:pk>/move/", views.move, name="move"),
    path("round/<int:pk>/publish/", views.publish, name="publish"),
    path("round/<int:pk>/close/", views.close, name="close"),
    path("circle/<int:pk>/", views.circle_detail, name="circle"),
    path("circle/<int:pk>/leave/", views.leave, name="leave"),
]
