import pytest
from django.db import connection, connections
from django.db.backends.postgresql.base import DatabaseWrapper
from digests import services
from digests.models import NewsletterDelivery
from digests.tasks import send_newsletter_batch
from hrnet.celery import app
from tests.factories import MemberFactory


@pytest.mark.django_db(transaction=True)
def test_debug(monkeypatch):
    out = open("/tmp/notify_debug.txt", "a")
    editor = MemberFactory(is_staff=True)
    MemberFactory.create_batch(4, email_consent=True)
    newsletter = services.create_draft(editor=editor)
    monkeypatch.setattr(app.tasks[send_newsletter_batch.name], "apply_async", lambda *a, **k: None)
    services.send_newsletter(editor=editor, newsletter=newsletter)
    qs = (NewsletterDelivery.objects.select_for_update(skip_locked=True)
          .filter(newsletter=newsletter, sent_at__isnull=True).select_related("member")[:500])
    from django.db import transaction
    with transaction.atomic():
        sql, params = qs.query.get_compiler("default").as_sql()
    other = DatabaseWrapper(connection.settings_dict, alias="other")
    other.connect()
    with other.cursor() as a:
        a.execute("BEGIN")
        a.execute(sql, params)
        rows = a.fetchall()
        out.write(f"A got {len(rows)} rows\n")
        with connection.cursor() as b:
            b.execute("BEGIN")
            b.execute("select id from digests_newsletterdelivery for update skip locked")
            out.write(f"B unlocked {b.fetchall()}\n")
            b.execute(sql, params)
            out.write(f"B got {len(b.fetchall())}\n")
            b.execute("ROLLBACK")
        a.execute("ROLLBACK")
    other.close()
