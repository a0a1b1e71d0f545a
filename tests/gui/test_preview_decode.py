"""Decoding a picture for a preview (hrdoc.gui.evidence.preview.decode_image): upright as its EXIF orientation says,
and never through a device Python made (a worker thread reading through one deadlocked with the GUI thread)."""

from __future__ import annotations

import io

from PIL import Image

from hrdoc.gui.evidence import preview
from tests.services.evidence.samples import camera_exif


def jpeg(width: int, height: int, orientation: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(out, "JPEG", exif=camera_exif(orientation=orientation))
    return out.getvalue()


def test_a_picture_taken_turned_is_shown_upright() -> None:
    image = preview.decode_image(jpeg(40, 20, orientation=6))  # stored landscape, taken portrait
    assert (image.width(), image.height()) == (20, 40)


def test_an_upright_picture_keeps_its_shape() -> None:
    image = preview.decode_image(jpeg(40, 20, orientation=1))
    assert (image.width(), image.height()) == (40, 20)


def test_no_python_device_is_made_to_decode(monkeypatch) -> None:
    made: list[object] = []
    monkeypatch.setattr(preview, "QBuffer", lambda *a: made.append(a), raising=False)
    assert not preview.decode_image(jpeg(8, 8, orientation=1)).isNull()
    assert not preview.decode_image(b"not a picture").width()
    assert made == []
