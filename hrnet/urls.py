from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from hrnet import views

handler500 = "hrnet.views.server_error"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/", include("allauth.urls")),
    path("members/", include("members.urls")),
    path("notifications/", include("notifications.urls")),
    path("events/", include("events.urls")),
    path("alumni/", include("alumni.urls")),
    path("newsletter/", include("digests.urls")),
    path("insights/", include("insights.urls")),
    path("circles/", include("circles.urls")),
    path("agenda/", include("agenda.urls")),
    path("systems/", include("systems.urls")),
    path("messages/", include("conversations.urls")),
    path("", include("forums.urls")),
    path("admin/", admin.site.urls),
]

if settings.BENCH_CEILING_PAGE:
    urlpatterns.insert(0, path("bench/ceiling/", views.bench_ceiling, name="bench_ceiling"))

if settings.DEBUG or settings.TESTING:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
