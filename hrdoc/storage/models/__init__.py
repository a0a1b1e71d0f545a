"""ORM models: the whole case data model of PRODUCT.md.

Conventions:

* every record has a UUID primary key (cases travel between laptops and must merge by id), created and
  updated timestamps in UTC, ``created_by``, a ``visibility`` and free-text ``notes`` (:class:`RecordMixin`);
* closed value sets are strings checked against their enum (:mod:`hrdoc.domain.enums`); open ones are
  vocabulary codes (:mod:`hrdoc.domain.vocabularies`) checked by the services;
* a witness's and an individual victim's identifying details live in separate tables
  (:class:`WitnessIdentity`, :class:`VictimIdentity`) so that nothing reads them by accident;
* an account is versioned: its content lives in :class:`AccountVersion` rows that are only ever added;
* relationships are ``lazy="raise"``: code loads what it needs explicitly.
"""

from __future__ import annotations

from hrdoc.storage.models.case import (
    Actor,
    Allegation,
    AllegationPerpetrator,
    AllegationVictim,
    Case,
    Incident,
    Location,
    Victim,
    VictimIdentity,
)
from hrdoc.storage.models.evidence import CustodyEntry, EvidenceFile, Link, Source
from hrdoc.storage.models.figures import ReportedFigure
from hrdoc.storage.models.housekeeping import (
    AuditEntry,
    AuditPending,
    Conflict,
    Draft,
    RecordLineage,
    StoreMeta,
    Tombstone,
    VaultChunk,
    VocabularyTerm,
)
from hrdoc.storage.models.people import Account, AccountVersion, Consent, Witness, WitnessIdentity

__all__ = [
    "Account",
    "AccountVersion",
    "Actor",
    "Allegation",
    "AllegationPerpetrator",
    "AllegationVictim",
    "AuditEntry",
    "AuditPending",
    "Case",
    "Conflict",
    "Consent",
    "CustodyEntry",
    "Draft",
    "EvidenceFile",
    "Incident",
    "Link",
    "Location",
    "RecordLineage",
    "ReportedFigure",
    "Source",
    "StoreMeta",
    "Tombstone",
    "VaultChunk",
    "Victim",
    "VictimIdentity",
    "VocabularyTerm",
    "Witness",
    "WitnessIdentity",
]
