from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from digests import services
from digests.forms import NewsletterForm
from digests.models import Newsletter


@login_required
def archive(request):
    """Past issues, for every member; editors also see drafts."""
    newsletters = (
        Newsletter.objects.all()
        if request.user.is_staff
        else Newsletter.objects.exclude(status=Newsletter.Status.DRAFT)
    )
    return render(
        request, "digests/archive.html", {"newsletters": newsletters.order_by("-created_at")[:100]}
    )


@login_required
def issue(request, newsletter_id):
    newsletter = get_object_or_404(Newsletter, pk=newsletter_id)
    if newsletter.status == Newsletter.Status.DRAFT and not request.user.is_staff:
        raise Http404
    return render(request, "digests/issue.html", {"newsletter": newsletter})


@login_required
@require_POST
def create_draft(request):
    if not request.user.is_staff:
        raise Http404
    newsletter = services.create_draft(editor=request.user)
    return redirect("digests:edit", newsletter_id=newsletter.pk)


@login_required
def edit(request, newsletter_id):
    if not request.user.is_staff:
        raise Http404
    newsletter = get_object_or_404(Newsletter, pk=newsletter_id, status=Newsletter.Status.DRAFT)
    form = NewsletterForm(request.POST or None, newsletter=newsletter)
    if request.method == "POST" and form.is_valid():
        services.update_draft(
            editor=request.user,
            newsletter=newsletter,
            subject=form.cleaned_data["subject"],
            intro=form.cleaned_data["intro"],
            keep_items=[int(i) for i in form.cleaned_data["items"]],
        )
        if request.POST.get("action") == "send":
            count = services.send_newsletter(editor=request.user, newsletter=newsletter)
            messages.success(
                request,
                _("The newsletter is on its way to %(count)d subscribers.") % {"count": count},
            )
            return redirect("digests:archive")
        messages.success(request, _("The draft has been saved."))
        return redirect("digests:edit", newsletter_id=newsletter.pk)
    return render(
        request,
        "digests/edit.html",
        {
            "newsletter": newsletter,
            "form": form,
            "subscribers": services.newsletter_recipients().count(),
        },
    )
