from django import template
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from systems import selectors

register = template.Library()


@register.inclusion_tag("systems/_ask_button.html", takes_context=True)
def ask_button(context, declaration, system):
    """ "Ask a user": a private message to a declarant who agreed to be asked (never oneself)."""
    viewer = context["request"].user
    url = None
    if selectors.may_ask(viewer, declaration):
        subject = _("Your experience of %(system)s") % {"system": system.name}
        query = urlencode({"to": declaration.member_id, "subject": subject})
        url = f"{reverse('conversations:new')}?{query}"
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
