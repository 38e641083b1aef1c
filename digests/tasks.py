from celery import shared_task

from digests import services


@shared_task
def send_digests(frequency: str) -> int:
    """Fan the period's digests out in chunks (each chunk a task of its own)."""
    chunks = services.plan_digest_run(frequency)
    for member_ids in chunks:
        send_digest_chunk.delay(frequency, member_ids)
    return len(chunks)


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def send_digest_chunk(frequency: str, member_ids: list[int]) -> int:
    return services.send_digest_chunk(frequency=frequency, member_ids=member_ids)


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def send_newsletter_batch(newsletter_id: int) -> int:
    sent = services.send_newsletter_batch(newsletter_id=newsletter_id)
    if sent:
        send_newsletter_batch.delay(newsletter_id)
    return sent


@shared_task
def resume_newsletters() -> int:
    """The sweep: a newsletter whose batches stopped (Redis down) continues here."""
    from digests.models import Newsletter

    resumed = 0
    for newsletter_id in Newsletter.objects.filter(status=Newsletter.Status.SENDING).values_list(
        "pk", flat=True
    ):
        send_newsletter_batch.delay(newsletter_id)
        resumed += 1
    return resumed
