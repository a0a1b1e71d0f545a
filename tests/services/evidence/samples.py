"""Sample evidence files built in memory: photos with GPS and serial numbers, PDFs with authors, recordings.

Each function returns the bytes of a small but well-formed file, so tests need no binary fixtures. Where a
``marker`` is given it is planted in every metadata place the format has (EXIF text tags, XMP, IPTC,
comments, the embedded thumbnail...), so a test can check that a cleaned copy holds it nowhere.
"""

from __future__ import annotations

import io
import struct
import wave
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime

from PIL import Image, ImageCms
from PIL.PngImagePlugin import PngInfo

SERIAL = "CAM-SERIAL-0001"
MARKER = "Witness-Name-Marker-7f3a"

# -- images --------------------------------------------------------------------------------------------------------


def picture(size: tuple[int, int] = (64, 48), mode: str = "RGB") -> Image.Image:
    """A picture with detail (gradients in each channel), so that a change to its pixels shows."""
    w, h = size
    red = Image.linear_gradient("L").resize((w, h))
    green = Image.linear_gradient("L").rotate(90).resize((w, h))
    blue = Image.radial_gradient("L").resize((w, h))
    image = Image.merge("RGB", (red, green, blue))
    return image if mode == "RGB" else image.convert(mode)


def icc_srgb() -> bytes:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data: bytes = profile.tobytes()
    return data


def _dms(degrees: float) -> tuple[float, float, float]:
    value = abs(degrees)
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 4)
    return float(d), float(m), s


def _xmp(marker: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{marker}</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _segment(code: int, payload: bytes) -> bytes:
    return bytes((0xFF, code)) + struct.pack(">H", len(payload) + 2) + payload


def _iptc(marker: str) -> bytes:
    """A Photoshop APP13 payload with an IPTC By-line (2:80) naming ``marker``."""
    text = marker.encode()
    iptc = b"\x1c\x02\x50" + struct.pack(">H", len(text)) + text
    iptc += b"\x00" * (len(iptc) & 1)
    return (
        b"Photoshop 3.0\x00" + b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    )


def insert_jpeg_segments(jpeg: bytes, segments: Sequence[bytes]) -> bytes:
    """``jpeg`` with ``segments`` (whole, marker included) inserted before its first quantisation table."""
    pos = 2
    while jpeg[pos + 1] != 0xDB:
        pos += 2 + struct.unpack(">H", jpeg[pos + 2 : pos + 4])[0]
    return jpeg[:pos] + b"".join(segments) + jpeg[pos:]


def _with_thumbnail_ifd(exif_block: bytes, thumbnail: bytes) -> bytes:
    """Pillow writes no IFD1: append one pointing at ``thumbnail``, as cameras do, and link it from IFD0."""
    assert exif_block.startswith(b"Exif\x00\x00")
    tiff = bytearray(exif_block[6:])
    order = ">" if tiff[:2] == b"MM" else "<"
    ifd0 = struct.unpack(order + "I", tiff[4:8])[0]
    count = struct.unpack(order + "H", tiff[ifd0 : ifd0 + 2])[0]
    next_pointer = ifd0 + 2 + 12 * count
    assert struct.unpack(order + "I", tiff[next_pointer : next_pointer + 4])[0] == 0
    tiff += b"\x00" * (len(tiff) & 1)
    ifd1 = len(tiff)
    thumb_at = ifd1 + 2 + 3 * 12 + 4
    tiff[next_pointer : next_pointer + 4] = struct.pack(order + "I", ifd1)
    tiff += struct.pack(order + "H", 3)
    tiff += struct.pack(order + "HHIHH", 0x0103, 3, 1, 6, 0)  # Compression: JPEG
    tiff += struct.pack(order + "HHII", 0x0201, 4, 1, thumb_at)  # JPEGInterchangeFormat
    tiff += struct.pack(order + "HHII", 0x0202, 4, 1, len(thumbnail))  # JPEGInterchangeFormatLength
    tiff += struct.pack(order + "I", 0)
    tiff += thumbnail
    return b"Exif\x00\x00" + bytes(tiff)


def camera_exif(
    lat: float | None = 36.9,
    lon: float | None = -2.1,
    *,
    altitude: float | None = 123.4,
    serial: str | None = SERIAL,
    when: str | None = "2025:03:14 09:26:53",
    offset: str | None = None,
    make: str = "HRDocCam",
    model: str = "Field 1",
    lens: str | None = None,
    software: str | None = None,
    orientation: int = 1,
    gps_stamp: tuple[str, tuple[float, float, float]] | None = ("2025:03:14", (8.0, 26.0, 53.0)),
    marker: str | None = None,
) -> Image.Exif:
    """An EXIF block as a camera or phone writes it: IFD0, the EXIF sub-IFD and the GPS IFD."""
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = orientation
    if software:
        exif[0x0131] = software
    if marker:
        exif[0x010E] = marker  # ImageDescription
        exif[0x013B] = marker  # Artist
    sub = exif.get_ifd(0x8769)
    if when:
        sub[0x9003] = when  # DateTimeOriginal
        sub[0x9004] = when  # DateTimeDigitized
    if offset:
        sub[0x9011] = offset  # OffsetTimeOriginal
    if serial:
        sub[0xA431] = serial  # BodySerialNumber
    if lens:
        sub[0xA434] = lens
    if lat is not None and lon is not None:
        gps = exif.get_ifd(0x8825)
        gps[0] = b"\x02\x03\x00\x00"
        gps[1] = "N" if lat >= 0 else "S"
        gps[2] = _dms(lat)
        gps[3] = "E" if lon >= 0 else "W"
        gps[4] = _dms(lon)
        if altitude is not None:
            gps[5] = b"\x00" if altitude >= 0 else b"\x01"
            gps[6] = abs(altitude)
        if gps_stamp:
            gps[29] = gps_stamp[0]
            gps[7] = gps_stamp[1]
    return exif


def jpeg_with_gps(
    lat: float | None = 36.9,
    lon: float | None = -2.1,
    *,
    serial: str | None = SERIAL,
    when: str | None = "2025:03:14 09:26:53",
    with_thumbnail: bool = True,
    marker: str | None = None,
    orientation: int = 1,
    offset: str | None = None,
    altitude: float | None = 123.4,
    icc: bool = True,
    size: tuple[int, int] = (64, 48),
    progressive: bool = False,
) -> bytes:
    """A camera JPEG: EXIF with GPS, serial and capture time, an IFD1 thumbnail, an ICC profile.

    With ``marker``: also XMP, IPTC (APP13) and a comment (COM) naming it, and the thumbnail carries it too.
    """
    exif = camera_exif(lat, lon, serial=serial, when=when, offset=offset, orientation=orientation,
                       altitude=altitude, marker=marker)  # fmt: skip
    block = exif.tobytes()
    if with_thumbnail:
        thumb = io.BytesIO()
        picture((16, 12)).save(thumb, "JPEG", quality=70, comment=marker or "")
        block = _with_thumbnail_ifd(block, thumb.getvalue())
    out = io.BytesIO()
    options: dict[str, object] = {"quality": 90, "exif": block, "progressive": progressive}
    if icc:
        options["icc_profile"] = icc_srgb()
    picture(size).save(out, "JPEG", **options)
    data = out.getvalue()
    if marker:
        data = insert_jpeg_segments(
            data,
            [
                _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + _xmp(marker)),
                _segment(0xED, _iptc(marker)),
                _segment(0xFE, marker.encode()),
            ],
        )
    return data


def plain_jpeg(size: tuple[int, int] = (64, 48), mode: str = "RGB", *, progressive: bool = False) -> bytes:
    """A JPEG without any metadata (a CMYK one carries the Adobe APP14 segment its colours need)."""
    out = io.BytesIO()
    picture(size, mode).save(out, "JPEG", quality=90, progressive=progressive)
    return out.getvalue()


def mpo_with_preview(marker: str | None = None) -> bytes:
    """A JPEG with an MPF index (APP2) and a second, smaller image after its end, as many phones write."""
    out = io.BytesIO()
    options: dict[str, object] = {"comment": marker} if marker else {}
    picture((64, 48)).save(out, "MPO", save_all=True, append_images=[picture((32, 24))], quality=90, **options)
    return out.getvalue()


def png_with_text(
    marker: str = MARKER,
    *,
    exif: bool = True,
    xmp: bool = True,
    time: bool = True,
    icc: bool = True,
    size: tuple[int, int] = (40, 30),
) -> bytes:
    """A PNG with tEXt, zTXt and iTXt chunks naming ``marker``, an eXIf chunk, tIME, and colour chunks."""
    info = PngInfo()
    info.add_text("Author", marker)
    info.add_text("Comment", f"taken by {marker}", zip=True)
    info.add_itxt("Description", f"statement of {marker}", lang="en", tkey="Description")
    if xmp:
        info.add_itxt("XML:com.adobe.xmp", _xmp(marker).decode())
    if time:
        info.add(b"tIME", struct.pack(">HBBBBB", 2025, 3, 14, 9, 26, 53))
    options: dict[str, object] = {"pnginfo": info, "dpi": (72, 72)}
    if exif:
        options["exif"] = camera_exif(marker=marker).tobytes()
    if icc:
        options["icc_profile"] = icc_srgb()
    out = io.BytesIO()
    picture(size).save(out, "PNG", **options)
    return out.getvalue()


def webp_with_exif(marker: str = MARKER, *, lossless: bool = True) -> bytes:
    """A WebP with EXIF (GPS, serial) and XMP chunks and an ICC profile (so its VP8X header has flags set)."""
    out = io.BytesIO()
    picture().save(
        out, "WEBP", lossless=lossless, exif=camera_exif(marker=marker).tobytes(), xmp=_xmp(marker),
        icc_profile=icc_srgb(),
    )  # fmt: skip
    return out.getvalue()


def tiff_with_exif() -> bytes:
    out = io.BytesIO()
    picture().save(out, "TIFF", exif=camera_exif().tobytes())
    return out.getvalue()


# -- documents -----------------------------------------------------------------------------------------------------


def pdf_with_metadata(
    author: str = MARKER,
    title: str = "Statement of a witness",
    *,
    subject: str | None = "Events of 14 March",
    creator: str | None = "HRDoc tests",
    xmp: bool = True,
    password: str | None = None,
    pages: int = 1,
) -> bytes:
    """A PDF of blank pages with document information (author, title, dates) and, optionally, an XMP stream."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    info = {
        "/Author": author,
        "/Title": title,
        "/Producer": "HRDoc sample producer",
        "/CreationDate": "D:20250314092653+01'00'",
        "/ModDate": "D:20250315100000Z",
    }
    if subject:
        info["/Subject"] = subject
    if creator:
        info["/Creator"] = creator
    writer.add_metadata(info)
    if xmp:
        writer.xmp_metadata = _xmp(author)
    if password is not None:
        writer.encrypt(password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes() -> bytes:
    """An OOXML package as Word writes it: "[Content_Types].xml" first, then parts under word/."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return out.getvalue()


def xlsx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
    return out.getvalue()


def odt_bytes(mime: str = "application/vnd.oasis.opendocument.text") -> bytes:
    """An OpenDocument package: a stored "mimetype" member first, as the standard requires."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mime, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content/>", compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("notes/interview.txt", "notes")
    return out.getvalue()


def warc_record(url: str = "https://example.org/", body: bytes = b"<html><body>hello</body></html>") -> bytes:
    """One WARC/1.1 response record."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    header = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2025-03-14T09:26:53Z\r\n"
        "WARC-Record-ID: <urn:uuid:6f3c2c1e-0000-4000-8000-000000000001>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return header + http + b"\r\n\r\n"


def mhtml_page() -> bytes:
    """A page saved by a browser as MHTML (multipart/related)."""
    return (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/\r\n"
        b"Subject: Example\r\nDate: Fri, 14 Mar 2025 09:26:53 -0000\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----boundary"\r\n\r\n'
        b"------boundary\r\nContent-Type: text/html\r\nContent-Location: https://example.org/\r\n\r\n"
        b"<html><body>hello</body></html>\r\n------boundary--\r\n"
    )


# -- audio and video -----------------------------------------------------------------------------------------------


def wav_seconds(seconds: float, rate: int = 8000, channels: int = 1) -> bytes:
    """A silent 16-bit PCM WAV file of ``seconds``."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x00" * channels * round(seconds * rate))
    return out.getvalue()


def mp3_seconds(seconds: float, *, id3: bool = False) -> bytes:
    """MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, mono, silent) lasting about ``seconds``."""
    frame = b"\xff\xfb\x90\xc4" + b"\x00" * (417 - 4)
    data = frame * round(seconds * 44100 / 1152)
    if id3:
        data = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10 + data
    return data


def amr_seconds(seconds: float, *, wideband: bool = False) -> bytes:
    """AMR (12.2 kbit/s) or AMR-WB (23.85 kbit/s) speech frames of 20 ms, silent."""
    if wideband:
        return b"#!AMR-WB\n" + (bytes(((8 << 3) | 4,)) + b"\x00" * 60) * round(seconds * 50)
    return b"#!AMR\n" + (bytes(((7 << 3) | 4,)) + b"\x00" * 31) * round(seconds * 50)


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_minimal(
    duration_s: float = 12.5,
    *,
    brand: bytes = b"isom",
    compatible: Sequence[bytes] = (b"isom", b"mp42"),
    location: str | None = "+36.9000-002.1000/",
    created: datetime | None = datetime(2025, 3, 14, 8, 26, 53, tzinfo=UTC),
    apple: dict[str, str] | None = None,
    tracks: Sequence[tuple[bytes, bytes]] = ((b"vide", b"avc1"), (b"soun", b"mp4a")),
    video_size: tuple[int, int] = (1920, 1080),
) -> bytes:
    """An ISO media file with only an index: "ftyp", "moov" (mvhd, tracks, udta ©xyz, QuickTime keys), "mdat".

    ``apple`` maps QuickTime metadata keys (e.g. "com.apple.quicktime.location.ISO6709") to values; ``tracks``
    are (handler, sample format) pairs such as (b"vide", b"hvc1").
    """
    ftyp = _box(b"ftyp", brand + b"\x00\x00\x02\x00" + b"".join(compatible))
    stamp = int((created - datetime(1904, 1, 1, tzinfo=UTC)).total_seconds()) if created else 0
    scale = 1000
    mvhd = struct.pack(">B3sIIII", 0, b"\x00\x00\x00", stamp, stamp, scale, round(duration_s * scale))
    mvhd += struct.pack(">IH", 0x00010000, 0x0100) + b"\x00" * 10 + b"\x00" * 36 + b"\x00" * 24 + struct.pack(">I", 2)
    moov = _box(b"mvhd", mvhd)
    for number, (handler, fourcc) in enumerate(tracks, start=1):
        width, height = video_size if handler == b"vide" else (0, 0)
        tkhd = struct.pack(">4sIIIII8sHHHH36sII", b"\x00\x00\x00\x03", stamp, stamp, number, 0,
                           round(duration_s * scale), b"", 0, 0, 0, 0, b"", width << 16, height << 16)  # fmt: skip
        hdlr = _box(b"hdlr", b"\x00" * 8 + handler + b"\x00" * 13)
        stsd = _box(b"stsd", b"\x00" * 4 + struct.pack(">I", 1) + _box(fourcc, b"\x00" * 8))
        minf = _box(b"minf", _box(b"stbl", stsd))
        moov += _box(b"trak", _box(b"tkhd", tkhd) + _box(b"mdia", hdlr + minf))
    if location:
        text = location.encode()
        moov += _box(b"udta", _box(b"\xa9xyz", struct.pack(">HH", len(text), 0x15C7) + text))
    if apple:
        keys = b"\x00\x00\x00\x00" + struct.pack(">I", len(apple))
        keys += b"".join(_box(b"mdta", k.encode()) for k in apple)
        items = b"".join(
            _box(struct.pack(">I", i), _box(b"data", b"\x00\x00\x00\x01" + b"\x00\x00\x00\x00" + v.encode()))
            for i, v in enumerate(apple.values(), start=1)
        )
        hdlr = _box(b"hdlr", b"\x00" * 8 + b"mdta" + b"\x00" * 13)
        moov += _box(b"meta", hdlr + _box(b"keys", keys) + _box(b"ilst", items))
    return ftyp + _box(b"moov", moov) + _box(b"mdat", b"\x00" * 64)


def _ebml(element_id: int, payload: bytes) -> bytes:
    id_bytes = element_id.to_bytes((element_id.bit_length() + 7) // 8, "big")
    size = len(payload)
    return id_bytes + (0x0100000000000000 | size).to_bytes(8, "big") + payload


def webm_minimal(
    duration_s: float = 7.25, *, doctype: str = "webm", codecs: Sequence[str] = ("V_VP9", "A_OPUS")
) -> bytes:
    """An EBML header and a segment: Info (timecode scale, duration), Tracks (codecs; video 1280 × 720), a cluster."""
    header = _ebml(0x1A45DFA3, _ebml(0x4286, b"\x01") + _ebml(0x4282, doctype.encode()) + _ebml(0x4287, b"\x04"))
    info = _ebml(0x2AD7B1, (1_000_000).to_bytes(3, "big")) + _ebml(0x4489, struct.pack(">d", duration_s * 1000))
    info += _ebml(0x4D80, b"hrdoc-tests")
    picture_size = _ebml(0xE0, _ebml(0xB0, (1280).to_bytes(2, "big")) + _ebml(0xBA, (720).to_bytes(2, "big")))
    tracks = b"".join(
        _ebml(0xAE, _ebml(0xD7, bytes((n,))) + _ebml(0x86, codec.encode()) + (picture_size if codec[0] == "V" else b""))
        for n, codec in enumerate(codecs, start=1)
    )
    segment = _ebml(0x114D9B74, b"") + _ebml(0x1549A966, info) + _ebml(0x1654AE6B, tracks)
    return header + _ebml(0x18538067, segment + _ebml(0x1F43B675, _ebml(0xE7, b"\x00")))


def avi_minimal(frames: int = 250, fps: int = 25, codec: bytes = b"MJPG", size: tuple[int, int] = (320, 240)) -> bytes:
    """A RIFF AVI with a main header and one video stream header, and an empty movie list."""
    avih = struct.pack("<14I", 1_000_000 // fps, 0, 0, 0x10, frames, 0, 1, 0, size[0], size[1], 0, 0, 0, 0)
    strh = b"vids" + codec + struct.pack("<IHHIIIIIIIIhhhh", 0, 0, 0, 0, 1, fps, 0, frames, 0, 0, 0, 0, 0, 0, 0)
    strl = b"strl" + _riff_chunk(b"strh", strh)
    hdrl = b"hdrl" + _riff_chunk(b"avih", avih) + _riff_chunk(b"LIST", strl)
    body = b"AVI " + _riff_chunk(b"LIST", hdrl) + _riff_chunk(b"LIST", b"movi")
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _riff_chunk(kind: bytes, payload: bytes) -> bytes:
    return kind + struct.pack("<I", len(payload)) + payload + b"\x00" * (len(payload) & 1)


def ogg_page(first_packet: bytes) -> bytes:
    """The first page of an Ogg stream holding one packet (e.g. b"OpusHead..." or b"\\x80theora...")."""
    segments = bytes([255] * (len(first_packet) // 255) + [len(first_packet) % 255])
    header = b"OggS\x00\x02" + b"\x00" * 8 + struct.pack("<II", 1, 0) + b"\x00\x00\x00\x00" + bytes((len(segments),))
    return header + segments + first_packet


def opus_head() -> bytes:
    return ogg_page(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00")


def pdf_incremental_update(base: bytes, info: dict[str, str]) -> bytes:
    """``base`` with an incremental update appended that gives it new document information.

    The old document information stays in the file, unreferenced, as it does after real edits.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(base))
    size = int(str(reader.trailer["/Size"]))
    root = reader.trailer.raw_get("/Root")
    prev = int(base.rsplit(b"startxref", 1)[1].split()[0])
    entries = " ".join(f"/{key.lstrip('/')} ({value})" for key, value in info.items())
    body = f"\n{size} 0 obj\n<< {entries} >>\nendobj\n".encode()
    obj_at = len(base) + 1
    xref_at = len(base) + len(body)
    tail = (
        f"xref\n0 1\n0000000000 65535 f \n{size} 1\n{obj_at:010d} 00000 n \n"
        f"trailer\n<< /Size {size + 1} /Root {root.idnum} {root.generation} R /Info {size} 0 R /Prev {prev} >>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return base + body + tail
