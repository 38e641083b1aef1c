"""The alumni pages through the test client: importing, the boomerang CSV, the invitation link
and signing up through it."""

import csv
import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.http import urlencode

from alumni import services
from alumni.models import AlumniMembership, FormerEmployee, LeaverImport
from alumni.views import INVITATION_SESSION_KEY
from members.models import Member
from tests.alumni.factories import add_alumnus, make_former_employee
from tests.factories import MemberFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

REGISTER = (
    "Namn;E-post;Avdelning;Anställningsdatum;Slutdatum\r\n"
    "Anna Berg;anna.berg@exempel.se;Löner;2019-03-01;2023-06-30\r\n"
    "Bo Ek;bo.ek(at)exempel.se;Löner;2018-01-01;2022-01-01\r\n"
    "Cai Lind;cai.lind@exempel.se;Rekrytering;2017-05-02;2021-09-30\r\n"
).encode("cp1252")


def upload(client, network, raw=REGISTER, name="avgangna.csv"):
    return client.post(
        reverse("alumni:import", args=[network.slug]),
        {"file": SimpleUploadedFile(name, raw, content_type="text/csv")},
    )


# --- Importing ----------------------------------------------------------------------------------


def test_upload_leads_to_the_preview_and_saves_nobody(admin_client, network):
    response = upload(admin_client, network)

    leaver_import = LeaverImport.objects.get(network=network)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "alumni:import_preview", args=[network.slug, leaver_import.pk]
    )
    assert not FormerEmployee.objects.exists()


def test_preview_shows_the_bad_row_with_its_message(admin_client, network):
    preview = admin_client.get(upload(admin_client, network)["Location"])

    text = preview.content.decode()
    assert "avgangna.csv: 2 rows ready, 1 row with problems (skipped)." in text
    assert "“bo.ek(at)exempel.se” is not a valid email address." in text
    assert text.count('class="row-error"') == 1
    found = text.split("Columns found: ", 1)[1].split("<", 1)[0]
    assert sorted(found.split(", ")) == sorted(
        ["Namn", "E-post", "Avdelning", "Anställningsdatum", "Slutdatum"]
    )


def test_confirming_the_preview_imports_only_the_good_rows(admin_client, network):
    preview_url = upload(admin_client, network)["Location"]

    response = admin_client.post(preview_url, follow=True)

    assert response.redirect_chain == [(reverse("alumni:people", args=[network.slug]), 302)]
    assert "2 people added, 0 updated." in response.content.decode()
    assert sorted(FormerEmployee.objects.values_list("email", flat=True)) == [
        "anna.berg@exempel.se",
        "cai.lind@exempel.se",
    ]


def test_confirming_a_preview_again_imports_nothing_more(admin_client, network):
    preview_url = upload(admin_client, network)["Location"]
    admin_client.post(preview_url)

    response = admin_client.post(preview_url)

    assert response.status_code == 302
    assert response["Location"].endswith("/admin/people/")
    assert FormerEmployee.objects.count() == 2


def test_upload_without_an_email_column_shows_the_problem_on_the_form(admin_client, network):
    response = upload(admin_client, network, raw=b"Name;Department\nAnna Berg;Payroll\n")

    assert response.status_code == 200
    assert "No column with email addresses was found." in response.content.decode()
    assert not LeaverImport.objects.exists()


def test_upload_with_nul_bytes_is_previewed_not_a_server_error(admin_client, network):
    raw = b"Name,Email\nAnna\x00 Berg,anna.berg@example.se\n"

    response = upload(admin_client, network, raw=raw)

    assert response.status_code == 302
    assert LeaverImport.objects.get().rows[0]["name"] == "Anna Berg"


def test_people_page_bulk_invite_requests_invitations(admin_client, network):
    person = make_former_employee(network)

    admin_client.post(
        reverse("alumni:people", args=[network.slug]),
        {"action": "invite", "people": [str(person.pk)]},
    )

    person.refresh_from_db()
    assert person.invitation_requested_at is not None


# --- The boomerang list as CSV ------------------------------------------------------------------


@pytest.fixture
def boomerang_csv(admin_client, network):
    def download(**query):
        url = reverse("alumni:boomerang", args=[network.slug])
        return admin_client.get(url, {"format": "csv", **query})

    return download


@pytest.fixture
def formula_alumnus(network):
    member = MemberFactory(
        display_name='=HYPERLINK("http://evil.example","Click")',
        headline="+46 70 123 45 67",
        organisation=OrganisationFactory(name="@Corp"),
    )
    add_alumnus(network, member, department="-Payroll")
    services.update_alumni_profile(
        member=member,
        network=network,
        data={"open_to_returning": True, "returning_areas": "=1+1"},
    )
    return member


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def test_boomerang_csv_is_an_attachment_with_a_bom_for_excel(boomerang_csv, network):
    response = boomerang_csv()

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="{network.slug}-boomerang.csv"'
    )
    assert response.content.startswith(b"\xef\xbb\xbf")


def test_boomerang_csv_has_a_header_row(boomerang_csv):
    assert csv_rows(boomerang_csv())[0] == [
        "Name",
        "Email",
        "Department",
        "Left",
        "Current organisation",
        "Headline",
        "Would return to",
    ]


def test_boomerang_csv_neutralises_formulas_in_every_cell(boomerang_csv, formula_alumnus):
    (row,) = csv_rows(boomerang_csv())[1:]

    name, email, department, _left, organisation, headline, areas = row
    assert name == "'" + formula_alumnus.display_name
    assert email == formula_alumnus.email
    assert (department, organisation, headline, areas) == (
        "'-Payroll",
        "'@Corp",
        "'+46 70 123 45 67",
        "'=1+1",
    )


def test_boomerang_csv_follows_the_filters(boomerang_csv, network, formula_alumnus):
    assert len(csv_rows(boomerang_csv(department="Talent"))) == 1  # the header only


# --- The invitation link and signing up through it ----------------------------------------------

NEW_PASSWORD = "Lingonberry-Payroll-2031"


@pytest.fixture
def invited(network):
    return make_former_employee(
        network, name="Eva Berg", email="eva.berg@example.se", department="Löner"
    )


def follow_link(client, person):
    return client.get(reverse("alumni:invitation", args=[person.token]))


def sign_up(client, landing):
    return client.post(
        landing.context["signup_url"],
        {
            "email": "eva.berg@example.se",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "display_name": "Eva Berg",
        },
    )


def test_invitation_landing_prefills_signup_with_the_invited_address(network, invited):
    landing = follow_link(Client(), invited)

    guidelines = reverse("alumni:guidelines", args=[network.slug])
    expected = urlencode({"email": "eva.berg@example.se", "next": guidelines})
    assert landing.status_code == 200
    assert landing.context["signup_url"] == reverse("account_signup") + "?" + expected
    assert "Hello Eva Berg" in landing.content.decode()


def test_invitation_landing_stashes_the_verified_email(invited):
    client = Client()

    follow_link(client, invited)

    assert client.session["account_verified_email"] == "eva.berg@example.se"
    assert client.session[INVITATION_SESSION_KEY] == invited.token


def test_signup_through_the_invitation_needs_no_verification_email(network, invited):
    client = Client()
    landing = follow_link(client, invited)

    response = sign_up(client, landing)

    newcomer = Member.objects.get(email="eva.berg@example.se")
    assert mail.outbox == []
    assert newcomer.email_verified is True
    assert client.session["_auth_user_id"] == str(newcomer.pk)
    assert response["Location"] == reverse("alumni:guidelines", args=[network.slug])


def test_accepting_the_guidelines_after_signup_joins_the_network(network, invited):
    client = Client()
    sign_up(client, follow_link(client, invited))

    response = client.post(reverse("alumni:guidelines", args=[network.slug]), {"accept": "on"})

    newcomer = Member.objects.get(email="eva.berg@example.se")
    membership = AlumniMembership.objects.get(network=network, member=newcomer)
    invited.refresh_from_db()
    assert response["Location"] == network.get_absolute_url()
    assert membership.status == AlumniMembership.Status.APPROVED
    assert membership.department == "Löner"
    assert (invited.status, invited.member) == (FormerEmployee.Status.JOINED, newcomer)
    assert INVITATION_SESSION_KEY not in client.session
    assert client.get(network.get_absolute_url()).status_code == 200


def test_guidelines_must_be_accepted_to_join(network, invited):
    client = Client()
    sign_up(client, follow_link(client, invited))

    response = client.post(reverse("alumni:guidelines", args=[network.slug]), {})

    assert response.status_code == 200
    assert not AlumniMembership.objects.filter(member__email="eva.berg@example.se").exists()


def test_signed_in_member_following_the_link_goes_to_the_guidelines(network, invited):
    client = Client()
    client.force_login(MemberFactory(email="eva.berg@example.se"))

    response = follow_link(client, invited)

    assert response["Location"] == reverse("alumni:guidelines", args=[network.slug])


def test_invitation_for_one_network_does_not_open_another(network, invited, request_network):
    client = Client()
    sign_up(client, follow_link(client, invited))

    response = client.get(reverse("alumni:guidelines", args=[request_network.slug]))

    assert response.status_code == 404
