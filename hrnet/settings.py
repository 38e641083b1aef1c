"""HRnet settings. The environment is read here and nowhere else (see .env.example)."""

import sys
from pathlib import Path

import environ
from csp import constants as csp
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from hrnet import embedded

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

VAR_DIR = Path(env("HRNET_VAR_DIR", default=str(BASE_DIR / "var")))
TESTING = "pytest" in sys.modules

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set in production (or set DEBUG=true for local use)."
        )
    SECRET_KEY = "django-insecure-local-development-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://localhost:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "taggit",
    "django_countries",
    "members",
    "forums",
    "events",
    "alumni",
    "moderation",
    "notifications",
    "digests",
    "insights",
    "circles",
    "agenda",
    "systems",
    "conversations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "members.middleware.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "hrnet.urls"
WSGI_APPLICATION = "hrnet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "members.context_processors.site",
                "hrnet.context_processors.account_menu",
            ],
        },
    },
]

# --- Database: DATABASE_URL, or the embedded PostgreSQL under var/ -----------------------------
if env("DATABASE_URL", default=""):
    DATABASES = {"default": env.db("DATABASE_URL")}
else:
    DATABASES = {"default": embedded.postgres_database_settings(VAR_DIR)}
# Persistent connections: a new PostgreSQL connection per request costs more than most pages.
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# No JIT compilation: it adds ~300 ms to any query the planner thinks big (a ranked search),
# far more than it saves on a portal's short queries.
DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: REDIS_URL, or the embedded Redis under var/ -----------------------------------------
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    # The cache gets its own database: clearing it must never flush the task queue.
    CACHE_REDIS_URL = env("CACHE_REDIS_URL", default=embedded.redis_url_with_other_db(REDIS_URL))
else:
    _socket = embedded.redis_socket_path(VAR_DIR)
    CELERY_BROKER_URL = f"redis+socket://{_socket}"
    CACHE_REDIS_URL = f"unix://{_socket}?db=1"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": CACHE_REDIS_URL,
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="hrnet"),
        "TIMEOUT": 300,
    }
}

# --- Celery ---------------------------------------------------------------------------------------
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
# Publishing must not hang a web request when Redis is down: the row that asked for the work
# is already committed, and a periodic sweep picks it up once the broker is back.
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_PUBLISH_RETRY = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2}
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 5}
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)

# --- Auth and accounts ----------------------------------------------------------------------------
AUTH_USER_MODEL = "members.Member"
# Django's and allauth's backends, with the signed-in member kept in Redis (members/auth_backends).
AUTHENTICATION_BACKENDS = [
    "members.auth_backends.CachedModelBackend",
    "members.auth_backends.CachedAllauthBackend",
]
if TESTING:
    # Hashing is deliberately slow; tests sign in thousands of times and test nothing about it.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"

ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupDetailsForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[HRnet] "
# allauth limits what happens before sign-in, per IP and per email address ("key").
ACCOUNT_RATE_LIMITS = {
    "signup": "5/m/ip,30/h/ip",
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "10/h/ip,3/h/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    "confirm_email": "1/3m/key",
}
SOCIALACCOUNT_ADAPTER = "members.adapters.SocialAccountAdapter"
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True

LINKEDIN_CLIENT_ID = env("LINKEDIN_CLIENT_ID", default="")
LINKEDIN_CLIENT_SECRET = env("LINKEDIN_CLIENT_SECRET", default="")
# LinkedIn's "Sign In with LinkedIn using OpenID Connect"; offered only when configured.
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "APPS": (
            [
                {
                    "provider_id": "linkedin",
                    "name": "LinkedIn",
                    "client_id": LINKEDIN_CLIENT_ID,
                    "secret": LINKEDIN_CLIENT_SECRET,
                    "settings": {"server_url": "https://www.linkedin.com/oauth"},
                }
            ]
            if LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET
            else []
        ),
        "OAUTH_PKCE_ENABLED": True,
    }
}

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Email: console by default, file or SMTP from EMAIL_URL -------------------------------------
EMAIL_URL = env("EMAIL_URL", default="")
if EMAIL_URL:
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="HRnet <no-reply@hrnet.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation -----------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("sv", _("Swedish")),
    ("da", _("Danish")),
    ("nb", _("Norwegian Bokmål")),
    ("nl", _("Dutch")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates as people in the Nordics and the Netherlands write them (no US formats).
FORMAT_MODULE_PATH = ["hrnet.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600

# --- Static and media ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Security (production) ----------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG and not TESTING:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the container healthcheck speaks plain HTTP
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Content Security Policy (django-csp): scripts, styles, images and fonts only from our own origin.
# No inline script or style anywhere in the pages (behaviour lives in static/js/hrnet.js); the
# browser journeys fail on any CSP violation. Emails keep inline styles: they are not web pages.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        "img-src": [csp.SELF, "data:"],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "form-action": [csp.SELF] + (["https://www.linkedin.com"] if LINKEDIN_CLIENT_ID else []),
        "frame-ancestors": [csp.NONE],
        "base-uri": [csp.SELF],
        "object-src": [csp.NONE],
    }
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# --- HRnet rules --------------------------------------------------------------------------------
INVITATIONS_PER_DAY = env.int("INVITATIONS_PER_DAY", default=20)
# Alumni invitations go out in batches: at most this many a minute per network.
ALUMNI_INVITATIONS_PER_MINUTE = env.int("ALUMNI_INVITATIONS_PER_MINUTE", default=30)
# Supporters a group proposal needs before staff are asked to create the group. Staff can
# override it per site in the admin (agenda "Agenda settings"); this is the default.
GROUP_PROPOSAL_THRESHOLD = env.int("GROUP_PROPOSAL_THRESHOLD", default=25)
AVATAR_MAX_BYTES = 3 * 1024 * 1024
AVATAR_SIZE_PX = 256
DIRECTORY_PAGE_SIZE = 24
# The benchmark's ceiling page (/bench/ceiling/): the base template and 25 in-memory rows, no
# database. Only bench/web.py turns it on; it does not exist otherwise (see bench/README).
BENCH_CEILING_PAGE = env.bool("BENCH_CEILING_PAGE", default=False)

# Moderation: a member's first posts wait for a moderator; the classifier holds spam and moves
# job ads and promotions to their sections. Thresholds are probabilities from the classifier.
MODERATION_FIRST_POSTS_HELD = env.int("MODERATION_FIRST_POSTS_HELD", default=3)
MODERATION_AUTOMATIC = env.bool("MODERATION_AUTOMATIC", default=True)
MODERATION_SPAM_THRESHOLD = 0.6
MODERATION_MOVE_THRESHOLD = 0.6
MODERATION_DECISION_WEIGHT = 3
MODERATION_FLAGS_TO_HIDE = 3
MODERATION_NEW_MEMBER_MAX_LINKS = 2
MODERATION_NEW_MEMBER_MAX_MENTIONS = 3
# Abuse limits on writes of signed-in members (hrnet/ratelimit.py): "amount/period/per", per
# member and per IP address. Offices share one address, so the IP limits are the looser ones.
RATE_LIMITS = {
    "post": ["60/h/user", "200/h/ip"],
    "invite": ["30/h/user", "60/h/ip"],
    "flag": ["20/h/user", "60/h/ip"],
    "register": ["30/h/user", "100/h/ip"],
    "create_group": ["5/d/user", "20/d/ip"],
    "message": ["60/h/user", "200/h/ip"],
    "preview": ["120/m/user", "300/m/ip"],
}
# Posting rate limits: (posts, seconds) for new and for established members.
POSTING_RATE_NEW_MEMBER = (5, 600)
POSTING_RATE_MEMBER = (30, 3600)
# HR systems map: averages and distributions appear only from this many ratings.
SYSTEMS_MIN_RATINGS = env.int("SYSTEMS_MIN_RATINGS", default=5)
MODERATION_TRAINING_DATA = BASE_DIR / "tests" / "data" / "moderation_posts.jsonl"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "pgserver": {"level": "WARNING"},
    },
}

# --- Faults: PostgreSQL or Redis down -----------------------------------------------------------
# The cache degrades instead of failing (reads miss, writes are dropped, counters fail open), and
# a lost database connection gets a clear 503 page that shows back what the member wrote.
CACHES["default"]["BACKEND"] = "hrnet.cache.ResilientRedisCache"
MIDDLEWARE += ["hrnet.middleware.DatabaseUnavailableMiddleware"]
# Private conversations (sounding board). A new member (fewer approved posts than
# MODERATION_FIRST_POSTS_HELD, or an account younger than the days below) starts few a day.
CONVERSATIONS_MAX_RECIPIENTS = env.int("CONVERSATIONS_MAX_RECIPIENTS", default=10)
CONVERSATIONS_NEW_MEMBER_DAYS = env.int("CONVERSATIONS_NEW_MEMBER_DAYS", default=7)
CONVERSATIONS_NEW_MEMBER_PER_DAY = env.int("CONVERSATIONS_NEW_MEMBER_PER_DAY", default=3)
CONVERSATIONS_PER_DAY = env.int("CONVERSATIONS_PER_DAY", default=30)
