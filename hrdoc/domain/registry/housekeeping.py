"""What the store keeps beside a case's records: vocabularies, the chain of custody and the audit log,
deletions, earlier versions, merge conflicts, drafts, the vault's parts and the store's own settings."""

from __future__ import annotations

from hrdoc.domain.registry.base import (
    N_,
    FieldDef,
    KindDef,
    P,
    R,
    T,
    record,
    system,
)

HOUSEKEEPING_KINDS: tuple[KindDef, ...] = (
    KindDef(
        "vocabulary_term",
        "vocabulary_terms",
        N_("vocabulary term"),
        record(
            system("vocabulary", P, N_("Vocabulary")),
            FieldDef("code", N_("Code"), P, max_length=60),
            FieldDef("parent_code", N_("Parent term"), P, max_length=60),
            FieldDef("label_en", N_("Label (English)"), P, max_length=200),
            FieldDef("label_fr", N_("Label (French)"), P, max_length=200),
            FieldDef("label_ar", N_("Label (Arabic)"), P, max_length=200),
            system("builtin", P, N_("Built in")),
            case_scoped=False,
            notes_searchable=False,  # no search document
        ),
        travels=False,  # not a record of a case (nor its deletion): a term goes with the records using it
    ),
    # Logs that travel with a case: who did what, when (investigators' names: partners at most).
    KindDef(
        "custody_entry",
        "custody_log",
        N_("chain-of-custody entry"),
        tuple(
            system(n, R)
            for n in (
                "id",
                "evidence_id",
                "case_id",
                "seq",
                "at",
                "actor",
                "action",
                "item_sha256",
                "details",
                "prev_hash",
                "entry_hash",
            )
        ),
    ),
    KindDef(
        "audit_entry",
        "audit_log",
        N_("audit entry"),
        tuple(
            system(n, T)
            for n in (
                "seq",
                "at",
                "actor",
                "action",
                "entity_type",
                "entity_id",
                "case_id",
                "summary",
                "details",
                "prev_hash",
                "entry_hash",
            )
        ),
    ),
    # Audit entries a team store's writer left for the next one to link into the chain: never part of a copy.
    KindDef(
        "audit_pending",
        "audit_pending",
        N_("audit entry waiting to be chained"),
        tuple(
            system(n, T)
            for n in ("id", "at", "actor", "action", "entity_type", "entity_id", "case_id", "summary", "details")
        ),
        travels=False,
    ),
    KindDef(
        "tombstone",
        "tombstones",
        N_("deletion"),
        tuple(system(n, T) for n in ("record_id", "kind", "case_id", "version", "deleted_at", "deleted_by")),
    ),
    # What the store keeps for itself, never part of a case's copy.
    KindDef(
        "lineage",
        "record_lineage",
        N_("earlier version"),
        tuple(system(n, T) for n in ("record_id", "version", "seq")),
        travels=False,
    ),
    KindDef(
        "conflict",
        "conflicts",
        N_("merge conflict"),
        tuple(
            system(n, T)
            for n in (
                "id",
                "case_id",
                "kind",
                "record_id",
                "local_version",
                "incoming_version",
                "incoming",
                "incoming_lineage",
                "origin",
                "detected_at",
                "resolved_at",
                "resolved_by",
                "resolution",
            )
        ),
        travels=False,
    ),
    KindDef(
        "draft",
        "drafts",
        N_("draft"),
        tuple(system(n, T) for n in ("id", "kind", "case_id", "record_id", "fields", "created_by", "updated_at")),
        travels=False,
    ),
    KindDef(
        "vault_chunk",
        "vault_chunks",
        N_("part of an evidence file"),
        tuple(system(n, T) for n in ("item_id", "chunk_no", "data", "written_at")),
        travels=False,
    ),
    KindDef(
        "store_meta",
        "store_meta",
        N_("store setting"),
        tuple(system(n, T) for n in ("key", "value")),
        travels=False,
    ),
)
