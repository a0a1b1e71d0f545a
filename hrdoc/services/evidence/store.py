"""The evidence files of one open store as the service reads them: the vault (opened on first use), the items
and their working copies, custody, and the record an item is filed under. :class:`EvidenceStore` is the base
of the intake and export parts that :class:`~hrdoc.services.evidence.service.EvidenceService` combines.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from hrdoc.domain import registry
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.evidence import custody
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import ATTACHABLE_KINDS, KINDS, spec_for
from hrdoc.storage import models as m
from hrdoc.storage.vault import Vault, new_vault_key
from hrdoc.storage.vault_team import DbVault

VAULT_KEY = "vault_key"


class EvidenceStore:
    """The vault and the evidence items of one open store."""

    ctx: StoreContext
    records: RecordService
    _vault: Vault | DbVault | None

    @property
    def vault(self) -> Vault | DbVault:
        if self._vault is None:
            # Read first: a store on a read-only disk has its key and must still show its evidence.
            with self.ctx.read() as session:
                row = session.get(m.StoreMeta, VAULT_KEY)
                value = row.value if row is not None else None
            if value is None and self.ctx.read_only is not None:
                # Never held evidence, and nothing may be written here (a team store's reader): the vault is
                # empty, and a key of the moment, kept nowhere, reads all of it.
                value = new_vault_key().hex()
            if value is None:
                with self.ctx.write() as session:
                    row = session.get(m.StoreMeta, VAULT_KEY)
                    if row is None:
                        row = m.StoreMeta(key=VAULT_KEY, value=new_vault_key().hex())
                        session.add(row)
                    value = row.value
            key = bytes.fromhex(value)
            path = self.ctx.location.path
            # A store file keeps its evidence in a folder beside it; a store on a server, in its own tables.
            self._vault = Vault(Vault.folder_for(path), key) if path is not None else DbVault(self.ctx.engine, key)
        return self._vault

    def _known(self, item_id: uuid.UUID) -> bool:
        with self.ctx.read() as session:
            return session.get(m.EvidenceFile, item_id) is not None

    def sweep(self) -> list[str]:
        """Remove what interrupted intakes left in the vault (files the store never recorded)."""
        return self.vault.sweep(self._known)

    def get(self, evidence_id: uuid.UUID | str) -> m.EvidenceFile:
        item: m.EvidenceFile = self.records.get("evidence", evidence_id)
        return item

    def items(self, case_id: uuid.UUID | str) -> list[m.EvidenceFile]:
        return list(self.records.records("evidence", case_id))

    def working_copies(self, evidence_id: uuid.UUID) -> list[m.EvidenceFile]:
        with self.ctx.read() as session:
            return list(
                session.scalars(
                    select(m.EvidenceFile)
                    .where(m.EvidenceFile.original_id == evidence_id)
                    .order_by(m.EvidenceFile.created_at)
                )
            )

    def custody(self, evidence_id: uuid.UUID) -> list[m.CustodyEntry]:
        with self.ctx.read() as session:
            return custody.entries(session, evidence_id)

    def attached_label(self, item: m.EvidenceFile) -> str:
        """What the item is filed under, for display: "incident: Convoy attack near Anefis" (a phrase: the kind in
        the reader's words where it is put into them, its English text as before)."""
        if not item.attached_kind or item.attached_id is None:
            return Phrase(registry.kind(Kind.CASE).label)  # the kind's label, marked in the registry
        spec = spec_for(item.attached_kind)
        with self.ctx.read() as session:
            target = session.get(spec.model, item.attached_id)
            label = getattr(target, spec.label_field, None) if target is not None else None
        kind = Term(registry.kind(item.attached_kind).label)
        if label is None:
            return Phrase(N_("{kind} (deleted)"), kind=kind)
        return Phrase(N_("{label}: {value}"), label=kind, value=label)

    def resolve_target(self, case_id: uuid.UUID, record_id: uuid.UUID | str) -> tuple[str, uuid.UUID]:
        """The kind of the record ``record_id`` (an incident, allegation, source or account of the case)."""
        rid = record_id if isinstance(record_id, uuid.UUID) else _parse_id(record_id)
        with self.ctx.read() as session:
            for kind in ATTACHABLE_KINDS:
                target = session.get(KINDS[kind].model, rid)
                if target is not None:
                    if target.case_id != case_id:  # type: ignore[attr-defined]
                        raise ValidationError.single(
                            "attached_id", Phrase(N_("that {kind_name} belongs to another case"), kind_name=Term(kind))
                        )
                    return kind, rid
        raise NotFound(N_("no incident, allegation, source or account with id {rid} in this case"), rid=rid)


def _parse_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError.single(
            "attached_id", Phrase(N_("{text} is not a record id (UUID)"), text=repr(text))
        ) from None
