from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConversationsConfig(AppConfig):
    name = "conversations"
    verbose_name = _("Private conversations")

    def ready(self):
        from conversations import receivers  # noqa: F401
        from notifications import unsubscribe

        def stop_message_emails(member, _argument):
            from conversations.models import MessagingPreference

            MessagingPreference.objects.update_or_create(
                member=member, defaults={"email_on_messages": False}
            )

        def wants_message_emails(member, _argument):
            from conversations.models import MessagingPreference

            preference = MessagingPreference.objects.filter(member=member).first()
            return preference is None or preference.email_on_messages

        unsubscribe.register("messages", stop_message_emails, wants_message_emails)
