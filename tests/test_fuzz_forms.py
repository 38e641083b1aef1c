"""Every form of the project, fed random, oversized and malformed values: validation never
raises, and a refused form explains itself in words and renders again.

Forms are found by introspection (every Form/ModelForm class in the project's modules), so a
new form is fuzzed without anyone remembering to add it. A form whose constructor needs more
than data gets its arguments from FORM_KWARGS; the test of discovery fails until it has them.
"""

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.datastructures import MultiValueDict
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzzing import (
    HOSTILE_TEXT,
    PROJECT_APPS,
    REPOSITORY,
    build_world,
    field_data,
    fuzz_settings,
    project_form_classes,
)

FORM_CLASSES = project_form_classes()


def _groups(world):
    from forums.models import Group

    return Group.objects.filter(pk=world.group.pk)


# Constructor arguments beyond data/files, by form class name.
FORM_KWARGS = {
    "members.forms.ProfileForm": lambda world: {"instance": world.member},
    "members.forms.DeleteAccountForm": lambda world: {"member": world.member},
    "events.forms.EventForm": lambda world: {"groups": _groups(world)},
    "alumni.forms.AlumniProfileForm": lambda world: {"instance": world.alumni_membership},
    "digests.forms.NewsletterForm": lambda world: {"newsletter": world.newsletter},
    "systems.forms.DeclarationForm": lambda world: {"system": world.system},
    "agenda.forms.ProposalForm": lambda world: {"parents": _groups(world)},
    "circles.forms.SignUpForm": lambda world: {"round_": world.circle_round},
}


def _name(form_class) -> str:
    return f"{form_class.__module__}.{form_class.__qualname__}"


class LazyWorld:
    """Most forms need no objects: the world is built only when a form asks for it."""

    def __init__(self):
        self._world = None

    def __getattr__(self, name):
        if self._world is None:
            self._world = build_world()
        return getattr(self._world, name)


@pytest.fixture
def world(db):
    return LazyWorld()


def _construct(form_class, world, data=None, files=None):
    kwargs = FORM_KWARGS.get(_name(form_class), lambda _world: {})(world)
    return form_class(data, files, **kwargs) if data is not None else form_class(**kwargs)


def test_the_forms_of_every_app_are_discovered():
    names = {_name(form_class) for form_class in FORM_CLASSES}
    for expected in (
        "members.forms.ProfileForm",
        "forums.forms.ThreadForm",
        "events.forms.EventForm",
        "alumni.forms.NetworkForm",
        "digests.forms.NewsletterForm",
        "conversations.forms.NewConversationForm",
        "systems.forms.DeclarationForm",
        "agenda.forms.PollForm",
        "circles.forms.RoundForm",
    ):
        assert expected in names
    assert len(names) >= 45


def test_the_project_apps_are_found_on_disk():
    """A new app (a top-level folder with an apps.py) is fuzzed without being listed anywhere."""
    from django.conf import settings

    ours = {app for app in settings.INSTALLED_APPS if (REPOSITORY / app.split(".")[0]).is_dir()}
    assert ours and ours <= set(PROJECT_APPS)
    for app in ("members", "conversations", "systems", "agenda", "circles", "hrnet"):
        assert app in PROJECT_APPS


def test_every_form_can_be_built_by_the_harness(world):
    for form_class in FORM_CLASSES:
        try:
            form = _construct(form_class, world)
        except TypeError as error:  # a new constructor argument: add it to FORM_KWARGS
            pytest.fail(f"{_name(form_class)} needs constructor arguments in FORM_KWARGS: {error}")
        assert form.fields, f"{_name(form_class)} has no fields to fuzz"
        str(form)  # the unbound form renders


@pytest.mark.parametrize("form_class", FORM_CLASSES, ids=_name)
@fuzz_settings(15)
@given(data=st.data())
def test_hostile_input_never_crashes_a_form(form_class, world, data):
    template = _construct(form_class, world)
    values, files = field_data(data.draw, template)
    form = _construct(form_class, world, MultiValueDict(values), MultiValueDict(files))

    with CaptureQueriesContext(connection) as queries:
        valid = form.is_valid()  # must not raise, whatever was sent
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert not writes, "validating a form wrote to the database"

    if not valid:
        assert form.errors
        for field, messages in form.errors.items():
            assert field == "__all__" or field in form.fields
            for message in messages:
                assert isinstance(message, str) and message.strip()
    form.errors.as_json()
    html = str(form)  # a refused form is shown again with what was typed
    assert "Traceback" not in html


@pytest.mark.parametrize("form_class", FORM_CLASSES, ids=_name)
def test_every_hostile_value_in_every_field_is_refused_or_accepted_cleanly(form_class, world):
    """A sweep that does not depend on luck: each hostile value, in all fields at once."""
    template = _construct(form_class, world)
    for value in HOSTILE_TEXT:
        values = {
            template.add_prefix(name): [value]
            for name, field in template.fields.items()
            if not isinstance(field, forms.FileField)
        }
        form = _construct(form_class, world, MultiValueDict(values), MultiValueDict())
        if not form.is_valid():
            assert all(isinstance(m, str) for errors in form.errors.values() for m in errors)
