"""Capture the app's screens at 1366×768 (a common field laptop) for docs/screenshots.

Two kinds of pictures:

- The workspace's pages (a record selected, shown in the detail pane beside the list) and every record form (new)
  are taken from the app itself, run on a virtual 1366×768 screen with a window manager and driven with keys as a
  person would (``workspace.sh``, with the keys in ``workspace.steps``). ``--store PATH`` makes the demo store it
  opens (the demo case with evidence files), ``--dated-store PATH`` the same with invented dated incidents at
  places of each precision (``timeline.steps`` pictures the timeline and the map from it); ``--shrink PNG...
  --into DIR`` reduces the pictures to 256 colours.
- The dialogs (search, sync and conflicts, ACLED import) are drawn offscreen by this script:
  ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/capture.py [SHOT...]``; with SHOT names (e.g.
  ``search``, ``conflicts``) only those pictures are taken.

Either way a throwaway demo store is built in a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
SIZE = (1366, 768)
COLOURS = 256  # a picture of the app's screens loses nothing a reader sees at 256 colours, and two thirds of its size


def settle(app: QApplication, ms: int = 400) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def shoot(widget: QWidget, name: str) -> None:
    path = HERE / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def field_photo() -> bytes:
    """A small photo as a phone takes it: EXIF capture time, camera, and a GPS position near Anefis."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (640, 480), (196, 170, 128))
    draw = ImageDraw.Draw(picture)
    for y in range(200):  # sky
        draw.line([(0, y), (640, y)], fill=(150 + y // 4, 185 + y // 8, 225))
    draw.polygon([(250, 480), (390, 480), (330, 200), (310, 200)], fill=(120, 110, 96))  # track
    draw.rectangle([(180, 300), (300, 360)], fill=(40, 38, 36))  # burnt vehicle
    draw.rectangle([(200, 270), (270, 300)], fill=(55, 50, 45))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Samsung", "SM-A155F"
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = sub[0x9004] = "2025:03:09 07:42:18"
    sub[0x9011] = "+00:00"
    gps = exif.get_ifd(0x8825)
    gps[0] = b"\x02\x03\x00\x00"
    gps[1], gps[2] = "N", (18.0, 3.0, 21.6)
    gps[3], gps[4] = "E", (0.0, 35.0, 2.4)
    gps[5], gps[6] = b"\x00", 312.0
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


def add_evidence(ctx: object, case_id: uuid.UUID) -> uuid.UUID:
    """A photo (viewed and exported), a cropped working copy, a PDF statement and an imported capture."""
    from PIL import Image

    from hrdoc.domain.enums import Visibility
    from hrdoc.services.evidence.service import EvidenceService
    from hrdoc.services.records import RecordService

    service = EvidenceService(ctx)  # type: ignore[arg-type]
    records = RecordService(ctx)  # type: ignore[arg-type]
    incident = records.records("incident", case_id)[0]
    photo = service.intake(
        case_id,
        io.BytesIO(field_photo()),
        original_name="IMG_20250309_074218.jpg",
        attach_to=incident.id,
        description="Burnt vehicle on the track north of Anefis",
        acquired_at=dt.datetime(2025, 3, 12, 14, 5, tzinfo=dt.UTC),
        acquired_from="W-01, sent by messaging app",
        visibility=Visibility.PUBLIC,
    )
    cropped = io.BytesIO()
    Image.open(io.BytesIO(field_photo())).crop((150, 240, 420, 400)).save(cropped, "JPEG", quality=85)
    cropped.seek(0)
    service.working_copy(photo.evidence_id, cropped, original_name="IMG_20250309_074218-cropped.jpg",
                         alteration_note="cropped to the vehicle; metadata not kept")  # fmt: skip
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Title": "Statement of the Azawad Liberation Front", "/Author": "FLA press office"})
    statement = io.BytesIO()
    writer.write(statement)
    statement.seek(0)
    source = records.records("source", case_id)[0]
    service.intake(case_id, statement, original_name="FLA-statement-2025-03-10.pdf", attach_to=source.id,
                   acquired_from="FLA Telegram channel")  # fmt: skip
    page = b"<html><head><title>Convoy attack</title></head><body><p>Report.</p></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    warc = (
        b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://www.telegraph.co.uk/world-news/convoy\r\n"
        b"WARC-Date: 2025-03-11T08:02:11Z\r\nWARC-Record-ID: <urn:uuid:6f3c2c1e-0000-4000-8000-000000000002>\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: " + str(len(http)).encode()
        + b"\r\n\r\n" + http + b"\r\n\r\n"
    )  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="hrdoc-shots-capture-"))
    (folder / "telegraph-convoy.warc").write_bytes(warc)
    service.import_capture(case_id, folder / "telegraph-convoy.warc", captured_by="Desk officer", tool="Webrecorder",
                           source_id=source.id)  # fmt: skip
    service.read_for_preview(photo.evidence_id)
    service.export(photo.evidence_id, folder / "public.jpg", audience="public")
    return photo.evidence_id


def add_conflicts(ctx: object, case_id: uuid.UUID, folder: Path) -> object:
    """A colleague's laptop and this one changed the same records, then both synced with a team store file;
    gives the report of this laptop's last sync."""
    from hrdoc.services.demo import DEMO_PASSPHRASE
    from hrdoc.services.exchange.sync import sync_case
    from hrdoc.services.records import RecordService
    from hrdoc.services.session import new_store

    here = RecordService(ctx)  # type: ignore[arg-type]
    team = new_store(folder / "team.db", DEMO_PASSPHRASE, user="team")
    colleague = new_store(folder / "colleague.db", DEMO_PASSPHRASE, user="bakary")
    try:
        sync_case(ctx, team, case_id)  # type: ignore[arg-type]
        sync_case(colleague, team, case_id)
        there = RecordService(colleague)
        incident = here.records("incident", case_id)[0]
        witness = here.records("witness", case_id)[0]
        there.update(
            "incident",
            incident.id,
            title="Clashes near Anefis (FLA and FAMa)",
            fatalities_best=16,
            description="Revised after a second FLA statement: eight FLA fighters and eight soldiers killed.",
        )
        there.update("witness", witness.id, risk_level="extreme")
        sync_case(colleague, team, case_id)
        here.update("incident", incident.id, title="Clashes near Annefif, weekend before the convoy attack",
                    fatalities_high=20)  # fmt: skip
        here.delete("witness", witness.id)
        return sync_case(ctx, team, case_id)  # type: ignore[arg-type]
    finally:
        colleague.close()
        team.close()


def add_dated(ctx: object, case_id: uuid.UUID) -> None:
    """Invented incidents with dates of each precision, at places known exactly, near a position or only to their
    region, for the timeline's and the map's pictures: the demo case's own two incidents have no date (the press
    report gives none). Their titles say they are examples."""
    from hrdoc.services.records import RecordService

    records = RecordService(ctx)  # type: ignore[arg-type]

    def place(name: str, admin1: str, precision: str, at: tuple[float, float] | None = None) -> uuid.UUID:
        latitude, longitude = at or (None, None)
        return records.create("location", case_id=case_id, name=name, admin1=admin1, country_code="ML",
                              latitude=latitude, longitude=longitude, geo_precision=precision,
                              visibility="public")  # fmt: skip

    kidal = place("Kidal", "Kidal", "exact", (18.4411, 1.4078))
    tessalit = place("Tessalit", "Kidal", "near", (20.2011, 1.0112))
    gao = place("Gao", "Gao", "exact", (16.2717, -0.0447))
    villages = place("Villages west of Timbuktu (not named)", "Timbuktu", "region")
    day = dt.date
    examples = (
        ("Example: shelling of the market", day(2025, 4, 20), None, "exact", gao),
        ("Example: arrests at a checkpoint", day(2025, 5, 2), None, "approximate_day", kidal),
        ("Example: burning of a village", day(2025, 3, 1), None, "month", villages),
        ("Example: disappearances from a camp", day(2025, 1, 1), None, "year", tessalit),
        ("Example: siege of the town", day(2025, 6, 10), day(2025, 6, 20), "exact", kidal),
    )
    for title, start, end, precision, where in examples:
        records.create("incident", case_id=case_id, title=title, start_date=start, end_date=end,
                       date_precision=precision, location_id=where, visibility="public")  # fmt: skip


def make_store(path: Path, dated: bool = False) -> None:
    """The demo store the workspace pictures are taken from: the demo case, with evidence files; ``dated``: with
    the invented dated incidents of :func:`add_dated` too."""
    from hrdoc.services.demo import DEMO_PASSPHRASE, build_demo_case
    from hrdoc.services.session import new_store

    ctx = new_store(path, DEMO_PASSPHRASE, user="Amina Diallo")
    try:
        case_id = build_demo_case(ctx)
        add_evidence(ctx, case_id)
        if dated:
            add_dated(ctx, case_id)
    finally:
        ctx.close()
    print(path)


def shrink(pictures: list[Path], into: Path) -> None:
    """Each picture at 256 colours, optimised, saved under the same name in ``into``."""
    from PIL import Image

    for picture in pictures:
        with Image.open(picture) as image:
            reduced = image.convert("RGB").quantize(COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        reduced.save(into / picture.name, optimize=True)
        print(into / picture.name)


def main() -> int:
    if sys.argv[1:2] in (["--store"], ["--dated-store"]) and len(sys.argv) == 3:
        make_store(Path(sys.argv[2]), dated=sys.argv[1] == "--dated-store")
        return 0
    if sys.argv[1:2] == ["--shrink"] and "--into" in sys.argv:
        at = sys.argv.index("--into")
        shrink([Path(p) for p in sys.argv[2:at]], Path(sys.argv[at + 1]))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = set(sys.argv[1:])
    tmp = Path(tempfile.mkdtemp(prefix="hrdoc-shots-"))
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    QCoreApplication.setOrganizationName("hrdoc-screenshots")

    from hrdoc.gui.exchange.common import sync_lines
    from hrdoc.gui.exchange.conflicts import ConflictsDialog
    from hrdoc.gui.exchange.result import TransferResultDialog
    from hrdoc.gui.main_window import MainWindow
    from hrdoc.gui.search_dialog import SearchDialog
    from hrdoc.services.demo import DEMO_PASSPHRASE, build_demo_case
    from hrdoc.services.session import new_store

    ctx = new_store(tmp / "demo.db", DEMO_PASSPHRASE, user="demo investigator")
    case_id = build_demo_case(ctx)
    add_evidence(ctx, case_id)
    window = MainWindow(ctx)  # the dialogs' parent (the workspace pictures are taken by workspace.sh)
    window.resize(*SIZE)
    window.show()
    settle(app, 800)
    if not wanted or "search" in wanted:
        search = SearchDialog(ctx, window)
        search.show()
        search.query.setText("anefis")
        settle(app, 1200)
        shoot(search, "search")
    if not wanted or "conflicts" in wanted:
        report = add_conflicts(ctx, case_id, tmp)
        result = TransferResultDialog(
            "Sync with team store",
            "ML-2025-004 — Annefif convoy killings was synced with the team store at team.db.",
            sync_lines(report),  # type: ignore[arg-type]
            conflicts=report.conflicts_here,  # type: ignore[attr-defined]
            parent=window,
        )
        result.show()
        settle(app)
        shoot(result, "sync-result")
        result.close()
        conflicts = ConflictsDialog(ctx, case_id, window, case_label="ML-2025-004 — Annefif convoy killings")
        conflicts.resize(1180, 700)
        conflicts.show()
        settle(app)
        shoot(conflicts, "conflicts")
    if not wanted or "acled-import" in wanted:
        shoot_acled_import(app, ctx, case_id, window, tmp)
    ctx.close()
    return 0


def shoot_acled_import(app: QApplication, ctx: object, case_id: uuid.UUID, window: QWidget, folder: Path) -> None:
    """The import dialog, then the result of importing a small ACLED file with two rows that cannot be read."""
    from hrdoc.gui.exchange.acled import AcledImportDialog, report_headline, report_lines
    from hrdoc.gui.exchange.result import TransferResultDialog
    from hrdoc.services.acled import import_acled
    from hrdoc.services.acled_values import ACLED_COLUMNS

    label = "ML-2025-004 — Annefif convoy killings"
    base = {
        "event_date": "2025-07-26", "time_precision": "2", "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Wagner Group", "inter1": "8", "iso": "466", "admin1": "Gao",
        "location": "Anefis", "latitude": "18.0505", "longitude": "0.0503", "geo_precision": "2",
        "source": "Studio Tamani", "notes": "Attack on vehicles travelling north.", "fatalities": "3",
    }  # fmt: skip
    rows = [base | {"event_id_cnty": f"MLI3{n:04d}", "event_date": f"2025-06-{n:02d}"} for n in range(1, 13)]
    rows[4] |= {"event_date": "mid-June"}
    rows[9] |= {"event_type": "Clashes", "latitude": "118.5"}
    path = folder / "acled-mali-june-2025.csv"
    lines = [",".join(ACLED_COLUMNS)] + [",".join(row.get(c, "") for c in ACLED_COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = AcledImportDialog(path.name, label, window)
    dialog.show()
    settle(app)
    shoot(dialog, "acled-import-dialog")
    dialog.close()
    report = import_acled(ctx, case_id, path)  # type: ignore[arg-type]
    warning = f"{len(report.rejected)} rows were rejected and not imported; each is listed below with its line number."
    result = TransferResultDialog(
        "Import ACLED CSV", report_headline(report, label), report_lines(report), warning=warning, parent=window
    )
    result.show()
    settle(app)
    shoot(result, "acled-import-result")
    result.close()


if __name__ == "__main__":
    sys.exit(main())
