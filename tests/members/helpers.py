"""Helpers shared by the members tests (uploads, row snapshots)."""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members.models import Member


def image_upload(name="photo.png", size=(640, 480), image_format="PNG", colour=(11, 110, 105)):
    """A real picture as the browser would upload it."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format=image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")


def large_image_upload(megabytes=4):
    """A PNG of incompressible noise, so the file really is about `megabytes` MB."""
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5) + 1
    buffer = io.BytesIO()
    noise = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    noise.save(buffer, format="PNG", compress_level=1)
    return SimpleUploadedFile("holiday.png", buffer.getvalue(), content_type="image/png")


def text_file_named_jpg():
    """What a careless or hostile upload looks like: a name that lies about the content."""
    return SimpleUploadedFile(
        "photo.jpg", b"not a picture at all\n" * 50, content_type="image/jpeg"
    )


def member_row(member) -> dict:
    """Everything stored about a member, for before/after comparisons."""
    row = Member.objects.values().get(pk=member.pk)
    row["expertise"] = sorted(Member.objects.get(pk=member.pk).expertise.names())
    return row
