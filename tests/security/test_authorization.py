"""Every URL of the project, every role: the status each may get (the authorisation table).

Adding a URL without adding it here fails test_every_url_is_in_the_table. Statuses: 200 page,
302 redirect (for a visitor: to the sign-in page), 403 not allowed, 404 not there for you,
405 wrong method. POST rows send an empty form: they prove who is let in, not what is done.
The admin site is checked by one rule (staff only) instead of one row per model page.
"""

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.security.authorization_table import TABLE
from tests.security.world import ROLES, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    # Built once for the module inside a transaction that is rolled back at the end; each test
    # runs in its own savepoint inside it (as Django's TestCase.setUpTestData does).
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


def url_names():
    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace
                if inner == "admin":
                    continue
                full = f"{namespace}:{inner}" if namespace and inner else inner or namespace
                yield from walk(pattern.url_patterns, full)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name

    return sorted(set(walk(get_resolver().url_patterns)))


def client_for(world, role):
    client = Client()
    person = world.people[role]
    if person is not None:
        client.force_login(person)
    return client


def status_for(world, name, role):
    method, kwargs, _expected, data = TABLE[name]
    url = reverse(name, kwargs=kwargs(world) if callable(kwargs) else kwargs)
    client = client_for(world, role)
    if method == "POST":
        form = data(world) if callable(data) else (data or {})
        return client.post(url, form).status_code
    return client.get(url).status_code


def test_every_url_is_in_the_table():
    missing = [name for name in url_names() if name not in TABLE]
    stale = [name for name in TABLE if name not in url_names()]
    assert not missing, f"URLs without an authorisation row: {missing}"
    assert not stale, f"Rows for URLs that no longer exist: {stale}"


def test_every_row_names_a_status_for_every_role():
    for name, (method, _kwargs, statuses, _data) in TABLE.items():
        assert method in ("GET", "POST"), name
        assert len(statuses) == len(ROLES), name


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_each_role_gets_the_expected_status(world, name, role):
    expected = dict(zip(ROLES, TABLE[name][2], strict=True))[role]
    assert status_for(world, name, role) == expected


ADMIN_PAGES = ["admin:index", "admin:members_member_changelist", "admin:forums_thread_changelist"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_the_admin_site_is_for_staff_only(world, name, role):
    response = client_for(world, role).get(reverse(name))
    if role == "staff":
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert reverse("admin:login") in response["Location"]


def test_admin_has_no_readable_private_data_for_non_staff(world):
    # Every admin URL (one per model page) answers a signed-in non-staff member with a redirect.
    client = client_for(world, "outsider")
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and pattern.namespace == "admin":
            for model_admin_pattern in pattern.url_patterns:
                if isinstance(model_admin_pattern, URLResolver):
                    prefix = "/admin/" + str(model_admin_pattern.pattern)
                    response = client.get(prefix)
                    assert response.status_code in (302, 404), prefix
