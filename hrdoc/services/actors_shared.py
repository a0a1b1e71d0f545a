"""Actors known across the store: a known armed group, with its aliases, entered once and chosen in any case.

Actors stay records of one case. A case travels alone (bundles, sync), every bundle may come from an adversary,
and a bundle of one case must never rewrite another: a record shared by two cases would let a copy of one reach
into the other. So an actor is not shared but *adopted*: :func:`known_actors` lists the actors of the store's other
cases (de-duplicated by name and aliases) and :func:`adopt` copies one into a case as a record of that case, with
a new id, the same name, aliases, kind, affiliation, country and visibility, and an audit entry saying where it
came from. The copy then follows every rule any actor of its case follows (merges, bundles, edits, deletion);
nothing ties it to the original afterwards.

Which actors are offered is the sharing policy's to say (:func:`hrdoc.services.sharing.offered_across_cases`):
an audience is offered an actor only if it may see both the actor and the case it is in, so a restricted or
confidential case makes its actors known to no one its visibility hides it from. Whoever has the store open works
for the team (the internal audience, the default here), which may read every case of the store.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from hrdoc.domain import registry
from hrdoc.domain.enums import AuditAction
from hrdoc.domain.errors import UserError
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.services import audit, sharing
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import spec_for
from hrdoc.services.sharing import Audience
from hrdoc.storage import models as m

# What an adopted actor takes from the one it copies: every field a person gives, but the working notes, which
# were written about the other case (the audit entry says where to read them).
COPIED_FIELDS: tuple[str, ...] = tuple(
    f.name for f in registry.kind(Kind.ACTOR).fields if not f.system and f.name not in ("case_id", "notes")
)


@dataclass(frozen=True)
class KnownActor:
    """An actor of another case, as offered for adoption: the record a copy is made of, what it is called and
    where it is (``also_in``: the other cases that hold the same actor, by name and aliases)."""

    actor_id: uuid.UUID
    name: str
    aliases: tuple[str, ...]
    case_id: uuid.UUID
    case_reference: str
    also_in: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What a picker shows: the actor's name."""
        return self.name

    @property
    def source(self) -> str:
        """The case it comes from, by reference (the others that hold it after it)."""
        return ", ".join((self.case_reference, *self.also_in))


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(plain.split())


def same_actor_key(name: str, aliases: Iterable[str]) -> tuple[str, frozenset[str]]:
    """What makes two actors the same for adoption: the same name and the same aliases, accents, case and
    spacing aside (order does not matter)."""
    return _folded(name), frozenset(_folded(a) for a in aliases if a.strip())


def known_actors(
    ctx: StoreContext, into_case: uuid.UUID, *, audience: Audience | str = Audience.INTERNAL
) -> list[KnownActor]:
    """The actors of the store's other cases that may be adopted into ``into_case`` by ``audience``, by name:
    each actor once however many cases hold it (the most recently updated copy is the one offered), and none
    that ``into_case`` already holds by the same name and aliases."""
    with ctx.read() as session:
        if session.get(m.Case, into_case) is None:
            raise NotFound(N_("no case with id {into_case}"), into_case=into_case)
        cases = {c.id: c for c in session.scalars(select(m.Case))}
        actors = list(session.scalars(select(m.Actor).order_by(m.Actor.updated_at.desc(), m.Actor.id)))
    present = {same_actor_key(a.name, a.aliases) for a in actors if a.case_id == into_case}
    offered: dict[tuple[str, frozenset[str]], list[m.Actor]] = {}
    for actor in actors:
        case = cases[actor.case_id]
        key = same_actor_key(actor.name, actor.aliases)
        if actor.case_id == into_case or key in present:
            continue
        if not sharing.offered_across_cases(case.visibility, actor.visibility, audience):
            continue
        offered.setdefault(key, []).append(actor)
    out = []
    for held in offered.values():
        first = held[0]
        others = sorted({cases[a.case_id].reference for a in held[1:]} - {cases[first.case_id].reference})
        out.append(
            KnownActor(
                first.id, first.name, tuple(first.aliases), first.case_id, cases[first.case_id].reference, tuple(others)
            )
        )
    return sorted(out, key=lambda k: (_folded(k.name), k.case_reference))


def adopt(
    ctx: StoreContext, actor_id: uuid.UUID, into_case: uuid.UUID, *, audience: Audience | str = Audience.INTERNAL
) -> uuid.UUID:
    """Copy the actor ``actor_id`` of another case into ``into_case`` (see the module); the copy's id. Refused
    with a UserError for an actor of that very case, one the case already holds by the same name and aliases,
    or one ``audience`` is not offered (:func:`known_actors`)."""
    records = RecordService(ctx)
    with ctx.write(case=into_case) as session:
        original = session.get(m.Actor, actor_id)
        target = session.get(m.Case, into_case)
        if original is None:
            raise NotFound(N_("no actor with id {actor_id}"), actor_id=actor_id)
        if target is None:
            raise NotFound(N_("no case with id {into_case}"), into_case=into_case)
        source = session.get(m.Case, original.case_id)
        assert source is not None  # an actor's case cannot be deleted from under it
        if original.case_id == into_case:
            raise UserError(
                N_("{name} is already an actor of {reference}; choose it there"),
                name=original.name,
                reference=target.reference,
            )
        key = same_actor_key(original.name, original.aliases)
        held = session.scalars(select(m.Actor).where(m.Actor.case_id == into_case))
        if any(same_actor_key(a.name, a.aliases) == key for a in held):
            raise UserError(
                N_("{reference} already has the actor {name}; choose it there"),
                reference=target.reference,
                name=original.name,
            )
        if not sharing.offered_across_cases(source.visibility, original.visibility, audience):
            raise UserError(
                N_(
                    "{name} of {reference} is not offered to the {audience} audience: the case or the actor "
                    "is hidden from it"
                ),
                name=original.name,
                reference=source.reference,
                audience=Audience(audience).value,
            )
        fields = {name: getattr(original, name) for name in COPIED_FIELDS}
        fields["aliases"] = list(original.aliases)
        new_id = records._create(session, spec_for(Kind.ACTOR), {**fields, "case_id": into_case})
        audit.record(
            session,
            ctx.user,
            AuditAction.IMPORT,
            entity_type=Kind.ACTOR,
            entity_id=new_id,
            case_id=into_case,
            summary=f"Adopted actor {original.name} from case {source.reference}",
            details={
                "adopted_from": {
                    "actor_id": str(original.id),
                    "case_id": str(source.id),
                    "case_reference": source.reference,
                }
            },
        )
        return new_id
