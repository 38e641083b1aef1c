from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from systems import selectors

register = template.Library()


def conversation_url() -> str | None:
    """The private-conversation page, when the conversations app is installed."""
    try:
        return reverse("conversations:new")
    except NoReverseMatch:
        return None


@register.inclusion_tag("systems/_ask_button.html", takes_context=True)
def ask_button(context, declaration, system):
    """ "Ask a user": a private message to a declarant who agreed to be asked (never oneself)."""
    viewer = context["request"].user
    base = conversation_url()
    url = None
    if base and selectors.may_ask(viewer, declaration):
        subject = _("Your experience of %(system)s") % {"system": system.name}
        url = f"{base}?{urlencode({'to': declaration.member_id, 'subject': subject})}"
    return {"url": url, "declaration": declaration, "system": system}


@register.inclusion_tag("systems/_systems_we_use.html", takes_context=True)
def systems_we_use(context, member):
    """The systems a member declared their organisation uses (for the profile page)."""
    viewer = context["request"].user
    return {
        "declarations": selectors.declarations_of(member, viewer=viewer),
        "profile": member,
        "is_self": viewer.pk == member.pk,
    }
