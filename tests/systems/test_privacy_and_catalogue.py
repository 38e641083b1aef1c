"""Personal data (export, erasure) and the catalogue the data migration loads for production."""

import importlib

import pytest
from django.apps import apps

from members import services as members
from systems.models import Category, Declaration, System
from tests.factories import OrganisationFactory
from tests.systems.factories import declare, make_system, member_at

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_members_declarations():
    member = member_at()
    declare(make_system("Exported Payroll"), member, satisfaction=4, strengths="Fine")

    data = members.export_personal_data(member=member)

    assert data["hr_systems_used"][0]["system"] == "Exported Payroll"
    assert data["hr_systems_used"][0]["strengths"] == "Fine"


def test_erasing_without_keeping_posts_removes_declarations_and_ratings():
    system = make_system()
    member = member_at()
    declare(system, member, satisfaction=4, strengths="Mine")

    members.erase_member(member=member, keep_posts=False)

    assert not Declaration.objects.filter(member=member).exists()
    system.refresh_from_db()
    assert system.rating_count == 0


def test_erasing_and_keeping_posts_keeps_the_experience_but_nobody_can_ask():
    system = make_system()
    member = member_at()
    declare(system, member, satisfaction=4, strengths="Mine", may_contact=True)

    members.erase_member(member=member, keep_posts=True)

    declaration = Declaration.objects.get(member=member)
    assert declaration.may_contact is False


def test_the_data_migration_loads_the_nordic_and_dutch_catalogue():
    migration = importlib.import_module("systems.migrations.0002_catalogue")
    System.objects.all().delete()
    visma = OrganisationFactory(name="Visma", kind="vendor")

    migration.load_catalogue(apps, None)

    names = set(System.objects.values_list("name", flat=True))
    assert {"Visma Lön", "Hogia Lön", "Danløn", "Tripletex Lønn", "Nmbrs", "Loket.nl"} <= names
    assert {"Teamtailor", "Quinyx", "Alecta", "PFA Pension", "Collectum"} <= names
    assert set(System.objects.values_list("category", flat=True)) == set(Category.values)
    assert System.objects.get(name="Visma Lön").vendor_organisation == visma
    assert System.objects.get(slug="huldt-lillevik-lonn").vendor == "Visma"
    # Running it again adds nothing.
    migration.load_catalogue(apps, None)
    assert System.objects.count() == len(names)
