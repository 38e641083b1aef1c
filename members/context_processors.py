from django.conf import settings


def site(request):
    return {
        "SITE_NAME": "HRnet",
        "INTERFACE_LANGUAGES": settings.LANGUAGES,
    }
