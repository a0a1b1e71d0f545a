"""ACLED-style CSV: import events as incidents (with their places, actors and sources), export them back.

The mapping, field by field, is in docs/acled.md. In short:

* each row is an incident: ``event_date``/``time_precision`` give its date and date precision,
  ``event_type``/``sub_event_type`` its event type (the labels of vocabulary ``event_type``), ``notes`` its
  description, ``fatalities`` its best estimate of deaths, ``civilian_targeting`` its civilian targeting;
* ``location``, ``admin1``-``admin3``, ``iso``/``country``, ``latitude``/``longitude`` and ``geo_precision``
  find or create a place of the case (same name, admin1 and coordinates);
* ``actor1``, ``actor2`` and the associated actors find or create actors of the case by name or alias
  (letter case does not count); ``inter1``/``inter2`` give a new actor its kind;
* each name in ``source`` finds or creates a source of the case, linked to the incident (``supports``);
* what hrdoc has no field for (``event_id_cnty``, the actors' roles, ``source_scale``, ``region``, ``tags``,
  ``timestamp``, an event's own ``geo_precision``) is kept in the incident's notes as ``acled:ID`` and
  ``ACLED field: value`` lines, searchable and read back by the export.

An import is one unit of work: every valid row is imported, in one transaction, with ONE audit entry (file
name, SHA-256, counts, rejected lines); rows that cannot be mapped are reported as "line N: what is wrong"
(lines counted as a spreadsheet shows them: the header is line 1; a row with line breaks inside a quoted
cell is numbered by the line it starts on). With ``strict``, nothing is imported if any row is rejected.
Rows are validated with the same domain checks as the forms (:mod:`hrdoc.domain.validation`) and inserted
in batches, with places, actors, sources and vocabulary looked up in memory, so 100,000 rows take seconds;
a large file is read and checked in a process of its own while this one writes, so a busy machine slows the
import down only as much as it takes of the processor (:mod:`~hrdoc.services.acled_worker`).

This module runs an import and the export; the parts live beside it: :mod:`~hrdoc.services.acled_values`
(columns, vocabularies, parsing a cell), :mod:`~hrdoc.services.acled_read` (reading the file, the report),
:mod:`~hrdoc.services.acled_rows` (rows to records), :mod:`~hrdoc.services.acled_write` (the inserts) and
:mod:`~hrdoc.services.acled_worker` (the reading process).
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO, TextIO

from sqlalchemy import select

from hrdoc.domain import countries
from hrdoc.domain.enums import AuditAction, Visibility
from hrdoc.domain.progress import Progress
from hrdoc.domain.registry import Kind
from hrdoc.domain.vocabularies import EVENT_TYPE
from hrdoc.services import audit, sharing
from hrdoc.services.acled_figures import fatalities_source, killed_by_incident
from hrdoc.services.acled_lookups import Lookups
from hrdoc.services.acled_read import AcledImportReport, _open, _size_of
from hrdoc.services.acled_values import (
    _INTER_BY_TEXT,
    ACLED_COLUMNS,
    CIVILIAN_TARGETING,
    DISORDER,
    DISORDER_BY_SUBTYPE,
    GEO_PRECISION_OUT,
    INTER_LABELS,
    KIND_INTER,
    TIME_PRECISION_OUT,
    _key,
    _names,
    read_notes,
)
from hrdoc.services.acled_worker import ReaderProcess, Writing, read_file
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.sharing import Audience
from hrdoc.services.sharing_read import table_of
from hrdoc.services.table_columns import Scope
from hrdoc.services.tables import CsvSink, TableExport, cell, output, record_export


class _Rollback(Exception):
    """Leave the unit of work without committing anything."""


# -- import -------------------------------------------------------------------------------------------------


def import_acled(
    ctx: StoreContext,
    case: str | uuid.UUID,
    source: str | os.PathLike[str] | BinaryIO,
    *,
    strict: bool = False,
    visibility: Visibility | str = Visibility.RESTRICTED,
    file_name: str | None = None,
    progress: Progress | None = None,
) -> AcledImportReport:
    """Import an ACLED-style CSV file (a path or a binary stream) into ``case`` (reference or id).

    Every valid row is imported in one transaction; every rejected row is in the report, with its line.
    With ``strict``, nothing is imported if any row is rejected. A file that is not a UTF-8 CSV with ACLED's
    required columns is refused with :class:`CsvError` and nothing is imported. ``progress`` is told how
    far the reading got (bytes, file size); a ``Cancelled`` it raises stops the import, nothing is kept.
    """
    vis = Visibility(visibility).value
    case_obj = CaseService(ctx).resolve(str(case))
    raw, name, close = _open(source)
    report = AcledImportReport(file_name=file_name or name, strict=strict)
    reader: ReaderProcess | None = None
    try:
        size = _size_of(raw)
        total = size or 0
        if size is None or size >= IN_LINE_BELOW:  # started first: it starts while this process reads the store
            reader = ReaderProcess(_regular_file(source, size) or raw, report, total)
        with ctx.write() as session:
            known = Lookups.load(session, case_obj.id, ctx.user, vis)
            writing = Writing(session, report, progress)
            started = time.thread_time()
            if reader is not None:
                reader.run(known, writing)
            else:
                read_file(raw, report, total, known, writing)
            report.cpu_seconds = {
                "reading": writing.reader_seconds if reader else time.thread_time() - started - writing.seconds,
                "writing": writing.seconds,
            }
            if (strict and report.rejected) or not report.imported:
                raise _Rollback
            audit.record(
                session,
                ctx.user,
                AuditAction.IMPORT,
                entity_type="case",
                entity_id=case_obj.id,
                case_id=case_obj.id,
                summary=(
                    f"imported {report.imported} incidents into case {case_obj.reference} from the ACLED file "
                    f"{report.file_name}" + (f" ({len(report.rejected)} rows rejected)" if report.rejected else "")
                ),
                details={
                    "format": "acled",
                    "file": report.file_name,
                    "sha256": report.sha256,
                    "bytes": report.size,
                    "rows": report.rows,
                    "imported": report.imported,
                    "rejected": len(report.rejected),
                    "skipped": len(report.skipped),
                    "rejected_lines": [p.line for p in report.rejected[:200]],
                    "created": dict(report.created),
                    "visibility": vis,
                    "strict": strict,
                },
            )
        report.committed = True
    except _Rollback:
        report.committed = False
        report.created = dict.fromkeys(report.created, 0)
    finally:
        if reader is not None:
            reader.close()
        if close:
            raw.close()
    return report


IN_LINE_BELOW = 8 << 20
"""Files smaller than this (bytes, about 18,000 ACLED rows) are read in line. Starting the reading process
costs about 0.7 s of processor time (a fresh interpreter importing SQLAlchemy and the models): on a quiet
machine the process pays that back from about 4 MiB, on a busy one not at all. A stream of unknown size gets a
process."""


def _regular_file(source: str | os.PathLike[str] | BinaryIO, size: int | None) -> str | None:
    """The absolute path of ``source`` if it names a regular file (which the reading process opens itself);
    None for a stream, or a pipe or device (no size), whose bytes are passed on as they are read."""
    if isinstance(source, str | os.PathLike) and size is not None:
        return os.path.abspath(source)
    return None


# -- export -------------------------------------------------------------------------------------------------


def _interaction(inter1: int | None, inter2: int | None) -> str:
    # ACLED names the lower type first, except that civilians always come last.
    codes = sorted((c for c in (inter1, inter2) if c), key=lambda c: 9 if c == 7 else c)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{INTER_LABELS[codes[0]]} only"
    return f"{INTER_LABELS[codes[0]]}-{INTER_LABELS[codes[1]]}"


_TEXT_COLUMNS = frozenset(ACLED_COLUMNS) - {
    "event_date",
    "time_precision",
    "iso",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "timestamp",
}


def export_acled_csv(
    ctx: StoreContext,
    case: str | uuid.UUID,
    out: TextIO | str | os.PathLike[str],
    *,
    audience: Audience | str = Audience.INTERNAL,
) -> TableExport:
    """Write the incidents of ``case`` that go to ``audience`` as ACLED-style CSV (UTF-8 with BOM, CRLF).

    Importing the file into another case gives the same incidents, places, actors, sources, fatalities,
    dates and precisions (docs/acled.md lists what ACLED cannot say).

    Which incidents, places, perpetrators and sources go, and which of their fields, is the sharing policy's
    decision, as for bundles and tables: the records that go (:func:`~hrdoc.services.sharing.records_shown`,
    through :class:`~hrdoc.services.table_columns.Scope`), each cut by :func:`~hrdoc.services.sharing.share`.
    So what an import kept in an incident's or a place's working notes (the event id, the actors by role,
    region, tags, admin3...) goes only where those notes go: within the team.
    """
    who = Audience(audience)
    case_obj = CaseService(ctx).resolve(str(case))
    with ctx.read() as session:
        scope = Scope(session, case_obj.id, who)
        places = {p["id"]: p for p in _going(scope, Kind.LOCATION)}
        incident_of = {a["id"]: a.get("incident_id") for a in _going(scope, Kind.ALLEGATION)}
        actors = {a["id"]: a for a in _going(scope, Kind.ACTOR)}
        perpetrators: dict[uuid.UUID, list[tuple[str, str]]] = {}
        for perpetrator in _going(scope, Kind.PERPETRATOR):
            incident, actor = incident_of.get(perpetrator.get("allegation_id")), actors.get(perpetrator.get("actor_id"))
            if incident is not None and actor is not None and actor.get("name"):
                perpetrators.setdefault(incident, []).append((actor["name"], actor.get("kind") or ""))
        titles = {s["id"]: s.get("title") for s in _going(scope, Kind.SOURCE)}
        killed = killed_by_incident(_going(scope, Kind.FIGURE))  # where the fatalities come from (acled_figures)
        sources_of: dict[uuid.UUID, list[str]] = {}
        for link in _going(scope, Kind.LINK):
            incident, title = link.get("incident_id"), titles.get(link.get("source_id"))
            if incident is not None and title:
                sources_of.setdefault(incident, []).append(title)
        with output(out) as stream:
            sink = CsvSink(stream)
            sink.header(ACLED_COLUMNS)
            # As recorded; imported ones as in their file.
            for inc in _going(scope, Kind.INCIDENT, ordered=True):
                row = _acled_row(inc, places, sources_of, perpetrators, scope)
                cited, said = fatalities_source(row["fatalities"], killed.get(inc["id"], []), titles)
                if cited:
                    row["source"] = "; ".join(sorted(dict.fromkeys([*_names(row["source"]), *cited]), key=str.casefold))
                if said:
                    row["notes"] = f"{row['notes']} {said}" if row["notes"] else said
                sink.row(cell(row.get(c), text=c in _TEXT_COLUMNS) for c in ACLED_COLUMNS)
    record_export(
        ctx,
        case_obj.id,
        out,
        f"exported the incidents of case {case_obj.reference} as ACLED CSV for the {who.value} audience",
        {"format": "acled", "audience": who.value, "rows": sink.rows, "sha256": sink.sha256},
    )
    return TableExport("incident", who, sink.rows, list(ACLED_COLUMNS), sink.sha256)


def _going(scope: Scope, kind: str, *, ordered: bool = False) -> Iterator[dict[str, Any]]:
    """The records of ``kind`` in the case that go to the audience, each cut to the fields it may receive
    (:func:`~hrdoc.services.sharing.share`); streamed, in the order they were recorded if ``ordered``."""
    going = scope.ids(kind)
    table = table_of(kind)
    query = select(table).where(table.c.case_id == scope.case_id)
    if ordered:
        query = query.order_by(table.c.created_at, table.c.id).execution_options(yield_per=1000)
    for row in scope.session.execute(query).mappings():
        if row["id"] in going:
            yield sharing.share(kind, dict(row), scope.audience)


def _acled_row(
    inc: Mapping[str, Any],
    places: Mapping[uuid.UUID, Mapping[str, Any]],
    sources_of: Mapping[uuid.UUID, list[str]],
    perpetrators: Mapping[uuid.UUID, list[tuple[str, str]]],
    scope: Scope,
) -> dict[str, Any]:
    """One ACLED row of an incident, from what of it and of its records goes to the audience (``inc`` and
    ``places`` cut by the sharing policy: without their notes beyond the team, so without what an import kept
    there)."""
    event_id, kept = read_notes(inc.get("notes") or "")
    row: dict[str, Any] = {"event_id_cnty": event_id}
    if kept.get("actor1") or kept.get("actor2"):
        for name in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
            row[name] = "; ".join(_names(kept.get(name, "")))
        for actor, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            row[inter] = kept.get(inter, "") if row[actor] else ""
    else:  # an incident recorded in hrdoc: its alleged perpetrators stand for ACLED's actor 1
        alleged = sorted(dict.fromkeys(perpetrators.get(inc["id"], [])))
        if alleged:
            row["actor1"] = alleged[0][0]
            row["assoc_actor_1"] = "; ".join(n for n, _ in alleged[1:])
            row["inter1"] = INTER_LABELS.get(KIND_INTER.get(alleged[0][1], 0), "")
    codes = [_INTER_BY_TEXT.get(_key(row.get(f) or "")) for f in ("inter1", "inter2")]
    row["interaction"] = _interaction(codes[0], codes[1])
    start = inc.get("start_date")
    row["event_date"] = start
    row["time_precision"] = TIME_PRECISION_OUT.get(inc.get("date_precision") or "", "") if start else ""
    event_type, subtype = inc.get("event_type") or "", inc.get("event_subtype") or ""
    row["disorder_type"] = DISORDER_BY_SUBTYPE.get(subtype) or DISORDER.get(event_type, "")
    row["event_type"] = scope.vocab_label(EVENT_TYPE, event_type)
    row["sub_event_type"] = scope.vocab_label(EVENT_TYPE, subtype)
    row["civilian_targeting"] = CIVILIAN_TARGETING if inc.get("civilian_targeting") else ""
    place_id = inc.get("location_id")
    place = places.get(place_id) if place_id is not None else None
    if place is not None:
        code = place.get("country_code")
        country = countries.by_alpha2(code) if code else None
        row |= {
            "iso": country.numeric if country else None,
            "country": country.acled if country else "",
            "admin1": place.get("admin1"),
            "admin2": place.get("admin2"),
            "admin3": read_notes(place.get("notes") or "")[1].get("admin3", ""),
            "location": place.get("name"),
            "latitude": place.get("latitude"),
            "longitude": place.get("longitude"),
            "geo_precision": kept.get("geo_precision") or GEO_PRECISION_OUT.get(place.get("geo_precision") or "", ""),
        }
    for name in ("source_scale", "region", "tags"):
        row[name] = kept.get(name, "")
    row["timestamp"] = kept.get("timestamp", "")
    row["source"] = "; ".join(sorted(dict.fromkeys(sources_of.get(inc["id"], [])), key=str.casefold))
    row["notes"] = inc.get("description")
    best, low = inc.get("fatalities_best"), inc.get("fatalities_low")
    row["fatalities"] = best if best is not None else low
    return row
