"""What an ACLED import needs to know of the store and the case (:class:`Lookups`), read once in the store's
process and handed to the reading process as plain data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from hrdoc.domain.enums import GeoPrecision
from hrdoc.services.acled_values import EVENT_ID_PREFIX, _key, _place_key, _Vocabulary, read_notes
from hrdoc.storage import models as m
from hrdoc.storage.base import utcnow


@dataclass
class _Place:
    id: int  # as_number
    name: str
    precision: GeoPrecision | None


def as_number(record_id: uuid.UUID) -> int:
    """An id as the import holds it: a whole number (``uuid.UUID(int=...)`` gives it back), which is cheaper to
    make, keep and convert than a UUID object; :class:`~hrdoc.services.acled_write._Writer` converts them."""
    return record_id.int


@dataclass
class Lookups:
    """What an import needs to know of the store and the case, read once in the store's process and handed to
    the reading process (plain data): the places, actors, sources and event ids the case holds, the event
    type vocabulary, who imports, when, and with what visibility."""

    case_id: uuid.UUID
    user: str
    visibility: str
    now: Any
    dialect: type[Dialect] | None  # the store's SQLite dialect class; None for another database
    vocab: _Vocabulary
    places: dict[tuple[str, str, float | None, float | None], _Place]
    # What an incident's search document says of its place: name, other spellings, admin1, admin2.
    place_text: dict[int, tuple[Any, ...]]
    actors: dict[str, int]
    sources: dict[str, int]
    known_events: set[str]

    @classmethod
    def load(cls, session: Session, case_id: uuid.UUID, user: str, visibility: str) -> Lookups:
        places: dict[tuple[str, str, float | None, float | None], _Place] = {}
        place_text: dict[int, tuple[Any, ...]] = {}
        for loc in session.execute(
            select(
                m.Location.id,
                m.Location.name,
                m.Location.alt_spellings,
                m.Location.admin1,
                m.Location.admin2,
                m.Location.latitude,
                m.Location.longitude,
                m.Location.geo_precision,
            ).where(m.Location.case_id == case_id)
        ):
            place = _Place(as_number(loc.id), loc.name, GeoPrecision(loc.geo_precision))
            places.setdefault(_place_key(loc.name, loc.admin1, loc.latitude, loc.longitude), place)
            place_text[place.id] = (loc.name, loc.alt_spellings, loc.admin1, loc.admin2)
        actors: dict[str, int] = {}
        for actor_id, name, aliases in session.execute(
            select(m.Actor.id, m.Actor.name, m.Actor.aliases).where(m.Actor.case_id == case_id)
        ):
            actors.setdefault(_key(name), as_number(actor_id))
            for alias in aliases or []:
                actors.setdefault(_key(alias), as_number(actor_id))
        sources = {
            _key(title): as_number(sid)
            for sid, title in session.execute(select(m.Source.id, m.Source.title).where(m.Source.case_id == case_id))
        }
        known_events: set[str] = set()
        for notes in session.scalars(
            select(m.Incident.notes).where(m.Incident.case_id == case_id, m.Incident.notes.contains(EVENT_ID_PREFIX))
        ):
            if event := read_notes(notes)[0]:
                known_events.add(event)
        dialect = session.connection().dialect
        return cls(
            case_id,
            user,
            visibility,
            utcnow(),
            type(dialect) if dialect.name == "sqlite" else None,
            _Vocabulary.load(session),
            places,
            place_text,
            actors,
            sources,
            known_events,
        )
