import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_landing_page_explains_the_network(client):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "The network for HR people" in response.content.decode()


@pytest.mark.django_db
def test_home_for_member_lists_sections(member_client):
    response = member_client.get(reverse("home"))
    assert response.status_code == 200
    assert "Your groups" in response.content.decode()
