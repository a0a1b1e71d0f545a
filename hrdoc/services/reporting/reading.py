"""A report's view of a case read from the store a section at a time, never the whole case as read at once.

:meth:`CaseService.export` reads every record of the case as a dict of all its columns before anything is left
out: for a case of 20,000 allegations with their links, some 190 MiB held at once before the report keeps a
third of it (issue 15). Here the same records are read, by the same queries, in two passes within one read
session: first what the sharing policy weighs of each record (its id, visibility and references, as
:func:`~hrdoc.services.reporting.audience.shown_in` reads them from an export; witnesses and accounts whole,
for their consent and versions), from which :func:`shown_in` decides what goes, exactly as for an export; then
each section's records, each made what the audience may see of it as it comes
(:func:`~hrdoc.services.reporting.audience.redacted`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any, cast

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.services.cases import CASE_SECTIONS, CaseExport, CaseService, RecordRow, SectionName, add_parts
from hrdoc.services.context import StoreContext
from hrdoc.services.reporting.audience import _SECTION_KINDS, Audience, ReportData, redacted, shown_in
from hrdoc.services.reporting.numbering import read_numbering
from hrdoc.services.serialize import json_value, record_dict
from hrdoc.storage.engine import CACHE_KIB

# SQLite's page cache while a report reads its case (KiB): the store's own (CACHE_KIB, 64 MiB) would fill with
# pages read once each, and its memory would be the process's until the connection closes.
_READING_CACHE_KIB = 4 * 1024
_WHOLE: tuple[SectionName, ...] = ("witnesses", "accounts")  # read whole in the first pass (few, and weighed)


def read_view(ctx: StoreContext, case_ref: str, audience: Audience, visibilities: Collection[str]) -> ReportData:
    """What ``audience`` may see of the case ``case_ref``, of its records of ``visibilities`` (those the
    audience may see at all), numbered over the whole case; identities are never read."""
    case = CaseService(ctx).resolve(case_ref)
    # Numbered over the whole case (ids only), so that A2 is the same account in every audience's report.
    numbering = read_numbering(ctx, case.id)
    with ctx.read() as session:

        def query(model: Any) -> Select[Any]:
            """The section's records as the export reads them: the case's, of ``visibilities``."""
            return select(model).where(model.case_id == case.id).where(model.visibility.in_(list(visibilities)))

        def records(section: SectionName) -> Iterator[RecordRow]:
            model = CASE_SECTIONS[section]
            for row in session.scalars(query(model).order_by(model.created_at, model.id)).yield_per(500):
                yield record_dict(row)

        sqlite = session.get_bind().dialect.name == "sqlite"
        if sqlite:  # every page is read once a pass: a small page cache while the case is read (restored below)
            session.execute(text(f"PRAGMA cache_size = -{_READING_CACHE_KIB}"))
        try:
            whole = {section: list(records(section)) for section in _WHOLE}
            add_parts(session, whole["witnesses"], [], whole["accounts"])  # consent, versions (identities masked)
            # shown_in reads each section once, in turn: the others' weighed rows are made as it reads them.
            weighed = {s: whole[s] if s in whole else _weighed(session, s, query) for s in CASE_SECTIONS}
            shown = shown_in(cast(CaseExport, {"case": record_dict(case), **weighed}), audience)
            del weighed

            def rows(section: SectionName) -> Iterator[RecordRow]:
                if section in whole:
                    yield from whole.pop(section)
                else:
                    yield from records(section)

            return redacted(record_dict(case), rows, audience, shown=shown, numbering=numbering, in_place=True)
        finally:
            if sqlite:  # the store's own cache size again, for the connection's next reader; what was cached goes
                session.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))
                session.execute(text("PRAGMA shrink_memory"))


def _weighed(session: Session, section: SectionName, query: Any) -> Iterator[RecordRow]:
    """The section's records with only what :func:`shown_in` reads of them: id, visibility, references."""
    table = CASE_SECTIONS[section].__table__
    refs = [f.name for f in registry.kind(_SECTION_KINDS[section]).fields if f.ref is not None]
    columns = select(table.c.id, table.c.visibility, *(table.c[name] for name in refs))
    statement = query(CASE_SECTIONS[section]).with_only_columns(*columns.selected_columns)
    for rid, visibility, *targets in session.execute(statement):
        yield {
            "id": str(rid),
            "visibility": json_value(visibility),
            **{name: json_value(t) for name, t in zip(refs, targets, strict=True)},
        }
