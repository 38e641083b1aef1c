"""Every model of ours is in the Django admin, and every admin list page opens for staff."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from tests.factories import MemberFactory

OUR_APPS = (
    "members",
    "forums",
    "events",
    "alumni",
    "moderation",
    "notifications",
    "digests",
    "circles",
    "agenda",
    "systems",
    "conversations",
)
# Private messages and who takes part are never readable in the admin: nobody but the
# participants reads a conversation (moderators only a reported one, through its own page).
PRIVATE_MODELS = {"conversations.Message", "conversations.Participant"}
OUR_MODELS = [
    m
    for m in apps.get_models()
    if m._meta.app_label in OUR_APPS and m._meta.label not in PRIVATE_MODELS
]


@pytest.mark.parametrize("label", sorted(PRIVATE_MODELS))
def test_private_messages_are_not_in_the_admin(label):
    assert apps.get_model(label) not in admin.site._registry


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda m: m._meta.label)
def test_model_is_registered_with_search_or_filters(model):
    model_admin = admin.site._registry.get(model)

    assert model_admin is not None
    assert model_admin.search_fields or model_admin.list_filter


@pytest.mark.django_db
@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda m: m._meta.label)
def test_admin_list_page_opens_for_a_superuser(client, model):
    client.force_login(MemberFactory(is_staff=True, is_superuser=True))
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")

    assert client.get(url, {"q": "anna"}).status_code == 200
