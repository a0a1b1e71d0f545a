"""Reported figures: who says how many of whom, attached to an incident or an allegation."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from hrdoc.domain.enums import FigureGroup, FigureQualifier
from hrdoc.storage.base import Base, RecordMixin, check_in
from hrdoc.storage.models._common import _case_fk, _exactly_one, _record_checks


class ReportedFigure(RecordMixin, Base):
    """A figure as one source or account gives it: what it counts (a vocabulary term), of whom as the source
    characterises them (and in its own words), the value as given (exactly, at least, about, up to, a range),
    the date of the claim; and whether the analyst's own estimate of its incident or allegation rests on it."""

    __tablename__ = "reported_figures"
    __table_args__ = _record_checks(
        check_in("qualifier", FigureQualifier),
        check_in("of_whom", FigureGroup),
        CheckConstraint(_exactly_one("source_id", "account_id"), name="one_origin"),
        CheckConstraint(_exactly_one("incident_id", "allegation_id"), name="one_target"),
        CheckConstraint(
            "value >= 0 AND (value_high IS NULL OR value_high >= 0)",
            name="values_non_negative",
        ),
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    incident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    allegation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("allegations.id", ondelete="CASCADE"), index=True
    )
    counted: Mapped[str] = mapped_column(String(60))
    of_whom: Mapped[str] = mapped_column(String(30), default=FigureGroup.UNKNOWN.value)
    as_described: Mapped[str] = mapped_column(String(300), default="")
    qualifier: Mapped[str] = mapped_column(String(16), default=FigureQualifier.EXACT.value)
    value: Mapped[int] = mapped_column(Integer)
    value_high: Mapped[int | None] = mapped_column(Integer)
    claimed_on: Mapped[dt.date | None] = mapped_column(Date)
    source_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    locator: Mapped[str] = mapped_column(String(200), default="")
    in_estimate: Mapped[bool] = mapped_column(default=False, server_default=sa_false())
