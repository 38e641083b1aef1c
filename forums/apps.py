from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = _("Forums")

    def ready(self):
        from forums import receivers  # noqa: F401
        from notifications import unsubscribe

        def stop_group_emails(member, group_id):
            from forums.models import GroupMembership

            if group_id.isdigit():
                GroupMembership.objects.filter(member=member, group_id=int(group_id)).update(
                    watch_level=GroupMembership.WatchLevel.MUTED
                )

        def still_watching(member, group_id):
            from forums.models import GroupMembership

            return (
                group_id.isdigit()
                and GroupMembership.objects.filter(
                    member=member,
                    group_id=int(group_id),
                    watch_level=GroupMembership.WatchLevel.EVERY_NEW_DISCUSSION,
                ).exists()
            )

        unsubscribe.register("group", stop_group_emails, still_watching)
