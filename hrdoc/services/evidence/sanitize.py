"""A copy of an item of evidence fit to publish: the same picture or document, without what identifies its maker.

Camera serial numbers, GPS positions, author names, capture times, the device named in a colour profile and
embedded thumbnails (which may show the picture before it was cropped) can expose a witness. A public copy is
either clean of everything that identifies a place, a person, a device or a time, or not made at all:

* pictures (JPEG, PNG, WebP, TIFF, GIF, BMP) are decoded and re-encoded from their pixels alone, in the same
  format: nothing of the original file but the picture survives (no EXIF, XMP, IPTC, comments, text chunks,
  named palettes, thumbnails, colour profiles — the pixels are converted to sRGB first —, nor the camera's
  own JPEG quantisation tables, which can tell its make and model). A photo is turned upright first, as its
  orientation tag said to show it;
* PDFs are rewritten without what identifies anyone outside the pages' content (see ``sanitize_pdf``);
* anything else — saved web pages, e-mails, text, web captures, audio, video, office documents, archives,
  animated pictures — is refused with ``NotCleanable``: hrdoc cannot clean those with certainty.

The original in the vault is never touched; this makes a separate copy for release. Damaged input raises
``SanitizeError``.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass, field
from typing import Any

from hrdoc.domain.errors import Phrase, UserError
from hrdoc.domain.marks import N_
from hrdoc.services.evidence.metadata_image import exif_fields
from hrdoc.services.evidence.sniff import WARC_GZIP, WARC_MIME, describe_mime

# What the picture itself still shows is the investigator's to judge (faces, places, a sensor's noise pattern).
PICTURE_NOTE = "the picture itself is unchanged: check what it shows (faces, signs, landmarks) before publishing"


class SanitizeError(UserError, ValueError):
    """The file could not be cleaned (it is damaged or not what its type says). ``str(err)`` is for the user."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "the file could not be cleaned"


class NotCleanable(SanitizeError):
    """hrdoc cannot make a clean copy of this kind of file. ``str(err)`` says what the file is, why, and what to
    do instead: "a saved web page: …; export a screenshot or a PDF made from it instead"."""


@dataclass
class SanitizeResult:
    data: bytes  # the cleaned copy
    removed: list[str] = field(default_factory=list)  # what was removed, for people
    unchanged: bool = False  # the copy is byte-for-byte the input (nothing needed removing)
    note: str = ""  # what the investigator should still check
    supported: bool = True  # kept for callers: a format not supported raises NotCleanable


def sanitize_for_public(data: bytes, mime: str) -> SanitizeResult:
    """``data`` (of content type ``mime``) without identifying metadata.

    Raises ``NotCleanable`` for a format hrdoc cannot clean with certainty, ``SanitizeError`` if damaged.
    """
    mime = mime.split(";", 1)[0].strip().lower()
    if mime == "application/pdf":
        from hrdoc.services.evidence.sanitize_pdf import clean_pdf

        result = clean_pdf(bytes(data))
    elif mime in _IMAGE_FORMATS:
        result = _image(bytes(data), mime)
    else:
        raise NotCleanable(refusal(mime))
    result.unchanged = result.data == data
    return result


def refusal(mime: str) -> str:
    """What a file of type ``mime`` is, why hrdoc makes no public copy of it, and what to do instead."""
    mime = mime.split(";", 1)[0].strip().lower()
    label = describe_mime(mime)
    if mime in ("multipart/related", "text/html", "application/xhtml+xml"):
        return N_(
            "a saved web page: the pictures, addresses and scripts it can embed cannot all be "
            "cleaned with certainty; export a screenshot or a PDF made from it instead"
        )
    if mime in (WARC_MIME, WARC_GZIP):
        return N_(
            "a web capture (WARC): it holds the page with everything embedded in it and the "
            "capture's network details; export a screenshot or a PDF made from the page instead"
        )
    if mime.startswith("text/") or mime in ("application/json", "application/xml", "message/rfc822"):
        return Phrase(
            N_(
                "a text or e-mail ({label}): names, addresses, places and times in a text, or in an "
                "e-mail's headers and attachments, cannot be told from the rest; export a PDF or a "
                "screenshot of what may be published instead"
            ),
            label=label,
        )
    if mime.startswith(("audio/", "video/")) or mime == "application/ogg":
        return Phrase(
            N_(
                "a recording ({label}): the recording device, time and place it may carry are not "
                "removed by hrdoc; attach a still, an excerpt or a transcript made from it as a "
                "working copy and export that instead"
            ),
            label=label,
        )
    if "officedocument" in mime or "opendocument" in mime or mime in ("application/x-ole-storage", "application/rtf"):
        return Phrase(
            N_(
                "an office document ({label}): its authors, revisions, comments and embedded pictures "
                "cannot be cleaned with certainty; export a PDF made from it instead"
            ),
            label=label,
        )
    if mime.startswith("image/"):
        return Phrase(
            N_(
                "a picture of a kind hrdoc cannot re-encode ({label}): it re-encodes JPEG, PNG, WebP, "
                "TIFF, GIF and BMP only; attach a JPEG or PNG made from it (a screenshot will do) as "
                "a working copy and export that instead"
            ),
            label=label,
        )
    return Phrase(
        N_(
            "a file of a kind hrdoc cannot clean ({label}): attach a copy in a format it cleans "
            "(JPEG, PNG, WebP, TIFF, GIF, BMP or PDF) as a working copy and export that instead"
        ),
        label=label,
    )


# -- pictures ------------------------------------------------------------------------------------------------------

_IMAGE_FORMATS = {
    "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP", "image/tiff": "TIFF", "image/gif": "GIF",
    "image/bmp": "BMP",
}  # fmt: skip
_JPEG_QUALITY = 95  # with the standard tables: visually the same photo, no camera fingerprint in the tables
# Where each format keeps text about the picture, as Pillow reads it into ``info``.
_INFO_NAMES = {
    "exif": None, "xmp": "XMP", "XML:com.adobe.xmp": "XMP", "icc_profile": "colour profile (converted to sRGB)",
    "comment": "comments", "photoshop": "IPTC/Photoshop data", "adobe": None, "dpi": None, "jfif": None,
}  # fmt: skip


def _image(data: bytes, mime: str) -> SanitizeResult:
    """The picture re-encoded from its pixels alone, in the same format."""
    from PIL import Image, ImageOps

    fmt = _IMAGE_FORMATS[mime]
    label = describe_mime(mime)
    try:
        # Pillow warns about damaged tags it skips; they are dropped anyway, and warnings would reach the terminal.
        with warnings.catch_warnings(action="ignore"), Image.open(io.BytesIO(data), formats=[fmt]) as opened:
            frames = getattr(opened, "n_frames", 1)
            if frames > 1 and fmt != "JPEG":
                raise NotCleanable(
                    N_(
                        "an animated or multi-page {label}: hrdoc re-encodes still pictures only; attach a "
                        "still of each page or frame (a screenshot will do) as a working copy and export that "
                        "instead"
                    ),
                    label=label,
                )
            removed = _found(opened, fmt, frames)
            opened.load()
            upright = ImageOps.exif_transpose(opened)
            icc = opened.info.get("icc_profile")
            transparency = opened.info.get("transparency")
            picture = _to_srgb(upright, icc) if icc else upright
            if fmt == "JPEG" and picture.mode not in ("L", "RGB"):
                picture = picture.convert("RGB")  # CMYK without a profile
            clean = _pixels_only(picture, transparency if picture.mode == upright.mode else None)
            out = io.BytesIO()
            clean.save(out, fmt, **_save_options(fmt, data))
    except SanitizeError:
        raise
    except Image.DecompressionBombError:
        raise SanitizeError(N_("the {label} is too large to re-encode safely"), label=label) from None
    except (OSError, ValueError, SyntaxError, EOFError, struct.error, IndexError, KeyError, TypeError) as exc:
        raise SanitizeError(
            N_("damaged {label}: its picture could not be decoded ({error_type})"),
            label=label,
            error_type=type(exc).__name__,
        ) from None
    removed.append("everything else in the file but the picture (re-encoded from its pixels)")
    return SanitizeResult(data=out.getvalue(), removed=removed, note=PICTURE_NOTE)


def _found(image: Any, fmt: str, frames: int) -> list[str]:
    """Name what the file held besides the picture, so people know what the public copy no longer carries."""
    found: dict[str, None] = {}
    info = image.info
    exif = info.get("exif")
    if isinstance(exif, bytes) and exif:
        found.update(dict.fromkeys(_describe_exif(exif[6:] if exif.startswith(b"Exif\x00\x00") else exif)))
    elif fmt == "TIFF" and image.getexif():
        found["TIFF tags (camera, capture time, names)"] = None
    for key, name in _INFO_NAMES.items():
        if key in info and name:
            found[name] = None
    text = [k for k, v in info.items() if isinstance(k, str) and k not in _INFO_NAMES and isinstance(v, str)]
    if fmt == "PNG" and text:
        found[f"text chunks ({', '.join(text)})"] = None
    if fmt == "JPEG":
        if any(marker == "APP13" for marker, _ in getattr(image, "applist", [])):
            found["IPTC/Photoshop data (captions, names, places)"] = None
        if frames > 1:
            found["secondary images (previews, depth maps)"] = None
    return list(found)


def _to_srgb(image: Any, icc: bytes) -> Any:
    """The pixels as sRGB: the colour profile goes, and the colours stay as it said they were."""
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        space = source.profile.xcolor_space.strip()
    except (OSError, ImageCms.PyCMSError, ValueError) as exc:
        raise SanitizeError(
            N_("its colour profile cannot be read ({error_type})"), error_type=type(exc).__name__
        ) from None
    alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if space == "RGB":
        mode = "RGBA" if alpha else "RGB"
        image = image.convert(mode) if image.mode != mode else image
    elif space == "CMYK" and image.mode == "CMYK":
        mode = "RGB"
    else:
        return image  # a grey or unusual profile: its tones are kept as they are, the profile dropped
    try:
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=mode)
    except ImageCms.PyCMSError as exc:
        raise SanitizeError(N_("its colour profile cannot be applied ({exc})"), exc=exc) from None


def _pixels_only(image: Any, transparency: Any) -> Any:
    """A new picture holding ``image``'s pixels (and palette), and nothing else of it."""
    from PIL import Image

    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    if image.mode in ("P", "PA") and image.palette is not None:
        rawmode = image.palette.mode
        clean.putpalette(image.getpalette(rawmode), rawmode)
    if transparency is not None:
        clean.info["transparency"] = transparency
    return clean


def _save_options(fmt: str, data: bytes) -> dict[str, Any]:
    if fmt == "JPEG":
        return {"quality": _JPEG_QUALITY}
    if fmt == "WEBP":
        return {"lossless": True} if _webp_lossless(data) else {"quality": _JPEG_QUALITY}
    if fmt == "TIFF":
        return {"compression": "tiff_deflate"}
    return {}


def _webp_lossless(data: bytes) -> bool:
    """Whether the WebP's picture is stored losslessly (a VP8L chunk), so that its copy is too."""
    pos = 12
    while pos + 8 <= len(data):
        kind: bytes = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        if kind in (b"VP8L", b"VP8 "):
            return kind == b"VP8L"
        pos += 8 + size + (size & 1)
    return False


def _describe_exif(tiff: bytes) -> list[str]:
    """Name what an EXIF block held, so people know what the public copy no longer carries."""
    found = exif_fields(tiff)
    if "error" in found:
        return ["EXIF"]  # unreadable, but removed all the same
    held = [name for key, name in (("camera", "camera"), ("gps", "GPS position"), ("captured_at", "capture time"))
            if key in found]  # fmt: skip
    if "serial" in found.get("camera", {}):
        held.append("serial numbers")
    items = [f"EXIF ({', '.join(held)})" if held else "EXIF"]
    if found.get("has_thumbnail"):
        items.append("embedded thumbnail")
    return items
