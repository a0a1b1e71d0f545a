"""Encryption at rest: no text an investigator types ever reaches the disk in clear.

A unique marker goes into every free-text field of every kind of record; then the raw bytes of every file
the store keeps next to itself (``.db``, ``-wal``, ``-shm``, lock file) are searched for it, while the store
is open (recent writes then live in the ``-wal`` file) and after it is closed. The same data written to an
unencrypted store *does* show up, field by field, which proves the search would catch a leak.
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from sqlalchemy import JSON, String

from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftService
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage.base import Base
from hrdoc.storage.engine import SQLITE_HEADER
from hrdoc.storage.models import Conflict
from tests.helpers import PASSPHRASE

# Lowercase letters and digits only, so the same bytes survive the full-text tokenizer (which lowercases)
# and fit the stricter fields (case reference, vocabulary code).
MARKER = "qx7leakmark"
VAULT_CONTENT = b"vault content: witness statement qx7vaultmark " * 200

# Text columns that cannot hold free text: closed value sets, vocabulary codes, fixed formats (and every
# record's ``visibility``).
NOT_FREE_TEXT = {
    ("cases", "status"),
    ("locations", "country_code"),
    ("locations", "geo_precision"),
    ("incidents", "date_precision"),
    ("incidents", "event_type"),
    ("incidents", "event_subtype"),
    ("reported_figures", "counted"),  # codes: a vocabulary's and two choices'
    ("reported_figures", "of_whom"),
    ("reported_figures", "qualifier"),
    ("actors", "kind"),
    ("actors", "country_code"),
    ("allegations", "violation_type"),
    ("allegations", "status"),
    ("allegations", "standard_of_proof"),
    ("allegation_perpetrators", "involvement"),
    ("victims", "kind"),
    ("victims", "sex"),
    ("victims", "age_group"),
    ("victims", "status"),
    ("witnesses", "sex"),
    ("witnesses", "age_group"),
    ("witnesses", "relation"),
    ("witnesses", "risk_level"),
    ("account_versions", "method"),
    ("sources", "kind"),
    ("sources", "reliability"),
    ("sources", "credibility"),
    ("sources", "stance"),
    ("evidence_files", "sha256"),
    ("evidence_files", "attached_kind"),
    ("custody_log", "action"),
    ("record_lineage", "version"),
    ("tombstones", "kind"),
    ("tombstones", "version"),
    ("custody_log", "item_sha256"),
    ("custody_log", "prev_hash"),
    ("custody_log", "entry_hash"),
    ("links", "relation"),
    ("vocabulary_terms", "vocabulary"),
    ("vocabulary_terms", "parent_code"),
}
# Written by hrdoc itself from the records' values (so they carry the markers too, and are searched).
DERIVED_TABLES = {"audit_log", "audit_pending", "store_meta"}  # audit_pending: audit entries, empty in a file


class Markers:
    """Hands out a distinct marker value per (table, column) and remembers where each went."""

    def __init__(self) -> None:
        self.where: dict[str, str] = {}

    def __call__(self, table: str, column: str) -> str:
        value = f"{MARKER}{len(self.where):03d}"
        self.where[value] = f"{table}.{column}"
        return value

    def covered(self) -> set[tuple[str, str]]:
        out = {tuple(w.split(".", 1)) for w in self.where.values()}
        if ("*", "created_by") in out:
            out |= {(t.name, "created_by") for t in Base.metadata.sorted_tables if "created_by" in t.c}
            out.add(("custody_log", "actor"))  # the user, as who handled the evidence
            out.add(("tombstones", "deleted_by"))  # the user, as who removed the evidence file
        return {(t, c) for t, c in out if t != "*"}


def free_text_columns() -> set[tuple[str, str]]:
    return {
        (table.name, col.name)
        for table in Base.metadata.sorted_tables
        if table.name not in DERIVED_TABLES
        for col in table.columns
        if isinstance(col.type, String | JSON)
        and col.name not in ("visibility", "version")  # version: random hex, on every record
        and (table.name, col.name) not in NOT_FREE_TEXT
    }


def open_with_marked_user(path: Path, m: Markers, *, encrypted: bool = True) -> StoreContext:
    return new_store(path, PASSPHRASE if encrypted else None, encrypted=encrypted, user=m("*", "created_by"))


def populate(r: RecordService, m: Markers) -> dict[str, uuid.UUID]:
    """One record of every kind, every free-text field holding a marker."""
    case = r.create(
        "case",
        reference=m("cases", "reference"),
        title=m("cases", "title"),
        summary=m("cases", "summary"),
        lead_investigator=m("cases", "lead_investigator"),
        tags=[m("cases", "tags"), m("cases", "tags")],
        notes=m("cases", "notes"),
    )
    location = r.create(
        "location",
        case_id=case,
        name=m("locations", "name"),
        alt_spellings=[m("locations", "alt_spellings"), m("locations", "alt_spellings")],
        admin1=m("locations", "admin1"),
        admin2=m("locations", "admin2"),
        country_code="ML",
        notes=m("locations", "notes"),
    )
    incident = r.create(
        "incident",
        case_id=case,
        location_id=location,
        title=m("incidents", "title"),
        description=m("incidents", "description"),
        date_as_reported=m("incidents", "date_as_reported"),
        estimate_reasoning=m("incidents", "estimate_reasoning"),
        notes=m("incidents", "notes"),
    )
    actor = r.create(
        "actor",
        case_id=case,
        name=m("actors", "name"),
        aliases=[m("actors", "aliases"), m("actors", "aliases")],
        affiliation=m("actors", "affiliation"),
        notes=m("actors", "notes"),
    )
    allegation = r.create(
        "allegation",
        case_id=case,
        incident_id=incident,
        violation_type="extrajudicial_execution",
        description=m("allegations", "description"),
        reasoning=m("allegations", "reasoning"),
        notes=m("allegations", "notes"),
    )
    r.create(
        "perpetrator",
        case_id=case,
        allegation_id=allegation,
        actor_id=actor,
        notes=m("allegation_perpetrators", "notes"),
    )
    victim = r.create(
        "victim",
        case_id=case,
        kind="individual",
        label=m("victims", "label"),
        description=m("victims", "description"),
        notes=m("victims", "notes"),
        identity={
            "legal_name": m("victim_identities", "legal_name"),
            "contact": m("victim_identities", "contact"),
            "residence": m("victim_identities", "residence"),
        },
    )
    r.create(
        "allegation_victim",
        case_id=case,
        allegation_id=allegation,
        victim_id=victim,
        notes=m("allegation_victims", "notes"),
    )
    witness = r.create(
        "witness",
        case_id=case,
        pseudonym=m("witnesses", "pseudonym"),
        language=m("witnesses", "language"),
        interview_language=m("witnesses", "interview_language"),
        notes=m("witnesses", "notes"),
        identity={
            "legal_name": m("witness_identities", "legal_name"),
            "contact": m("witness_identities", "contact"),
            "residence": m("witness_identities", "residence"),
        },
        consent={"to_be_recorded": True, "to_be_quoted": True, "how_given": m("consents", "how_given")},
    )
    account = r.create(
        "account",
        case_id=case,
        witness_id=witness,
        notes=m("accounts", "notes"),
        narrative=m("account_versions", "narrative"),
        key_quotes=[m("account_versions", "key_quotes"), m("account_versions", "key_quotes")],
        quotable=True,
        interviewer=m("account_versions", "interviewer"),
        interview_place=m("account_versions", "interview_place"),
        language=m("account_versions", "language"),
        translation_language=m("account_versions", "translation_language"),
        translator=m("account_versions", "translator"),
    )
    # A correction: version 2 carries a correction note; version 1 is kept beside it.
    r.update(
        "account",
        account,
        narrative=m("account_versions", "narrative"),
        correction_note=m("account_versions", "correction_note"),
    )
    source = r.create(
        "source",
        case_id=case,
        kind="news_article",
        title=m("sources", "title"),
        author=m("sources", "author"),
        publisher=m("sources", "publisher"),
        url="https://example.org/" + m("sources", "url"),
        archived_url="https://archive.example.org/" + m("sources", "archived_url"),
        language=m("sources", "language"),
        notes=m("sources", "notes"),
    )
    r.create(
        "figure",
        case_id=case,
        incident_id=incident,
        source_id=source,
        counted="killed",
        of_whom="civilians",
        as_described=m("reported_figures", "as_described"),
        qualifier="about",
        value=60,
        locator=m("reported_figures", "locator"),
        notes=m("reported_figures", "notes"),
    )
    evidence = r.create(
        "evidence",
        case_id=case,
        original_filename=m("evidence_files", "original_filename") + ".jpg",
        description=m("evidence_files", "description"),
        sha256="ab" * 32,
        size=1234,
        mime_type="image/" + m("evidence_files", "mime_type"),
        acquired_by=m("evidence_files", "acquired_by"),
        acquired_from=m("evidence_files", "acquired_from"),
        alteration_note=m("evidence_files", "alteration_note"),
        notes=m("evidence_files", "notes"),
    )
    # A file in the vault: its content is the vault's to encrypt; its record and custody log are the store's.
    evidence_service = EvidenceService(r.ctx)
    kept = evidence_service.intake(
        case,
        io.BytesIO(VAULT_CONTENT),
        original_name="statement.txt",
        extra_metadata={"note": m("evidence_files", "file_metadata")},
    )
    removed = evidence_service.intake(case, io.BytesIO(VAULT_CONTENT), original_name="duplicate.txt")
    evidence_service.remove(removed.evidence_id, reason=m("custody_log", "details"))
    del kept
    # A conflict left by a merge holds the other side's copy of a record (written directly here: what matters
    # is that its text is encrypted on disk like everything else).
    with r.ctx.write() as session:
        session.add(
            Conflict(
                case_id=case,
                kind=m("conflicts", "kind"),
                record_id=case,
                local_version=m("conflicts", "local_version"),
                incoming_version=m("conflicts", "incoming_version"),
                incoming={"title": m("conflicts", "incoming")},
                incoming_lineage=[m("conflicts", "incoming_lineage")],
                origin=m("conflicts", "origin"),
                resolved_by=m("conflicts", "resolved_by"),
                resolution=m("conflicts", "resolution"),
            )
        )
    r.create(
        "link",
        case_id=case,
        source_id=source,
        allegation_id=allegation,
        relation="supports",
        excerpt=m("links", "excerpt"),
        locator=m("links", "locator"),
        notes=m("links", "notes"),
    )
    r.create(
        "vocabulary_term",
        vocabulary="violation_type",
        code=m("vocabulary_terms", "code"),
        label_en=m("vocabulary_terms", "label_en"),
        label_fr=m("vocabulary_terms", "label_fr"),
        label_ar=m("vocabulary_terms", "label_ar"),
        notes=m("vocabulary_terms", "notes"),
    )
    DraftService(r.ctx).save(
        uuid.uuid4(), m("drafts", "kind"), {"summary": m("drafts", "fields")}, case_id=case, record_id=case
    )
    return {"case": case, "witness": witness, "victim": victim, "account": account, "evidence": evidence}


def store_files(path: Path) -> dict[str, bytes]:
    """Every file the store keeps next to itself: the database, -wal, -shm, the lock file, the vault's files."""
    found = sorted(path.parent.glob(path.name + "*")) + sorted(path.parent.glob(path.name + "*/*"))
    return {str(p.relative_to(path.parent)): p.read_bytes() for p in found if p.is_file()}


def leaks(files: dict[str, bytes], m: Markers) -> list[str]:
    found = [f"{name}: marker bytes present" for name, data in files.items() if MARKER.encode() in data]
    found += [f"{name}: vault content present" for name, data in files.items() if VAULT_CONTENT[:24] in data]
    found += [
        f"{name}: {value} ({where})"
        for name, data in files.items()
        for value, where in m.where.items()
        if value.encode() in data
    ]
    return found


def test_every_free_text_column_gets_a_marker(tmp_path: Path) -> None:
    """The encryption test below is only as good as its coverage: a new text column must be added to it."""
    m = Markers()
    ctx = open_with_marked_user(tmp_path / "store.db", m)
    try:
        populate(RecordService(ctx), m)
    finally:
        ctx.close()
    missing = free_text_columns() - m.covered()
    assert not missing, f"text columns the encryption test writes no marker into: {sorted(missing)}"


def test_no_marker_reaches_the_disk_while_open_or_after_close(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    m = Markers()
    ctx = open_with_marked_user(path, m)
    r = RecordService(ctx)
    try:
        ids = populate(r, m)
        # A search and a reveal touch the full-text index and the protected tables too.
        assert r.reveal_identity("witness", ids["witness"], reason="test")["legal_name"].startswith(MARKER)
        open_files = store_files(path)
        assert {"store.db", "store.db-wal", "store.db-shm"} <= set(open_files)
        assert len(open_files["store.db-wal"]) > 0, "the recent writes should be in the WAL while the store is open"
        assert leaks(open_files, m) == []
    finally:
        ctx.close()

    closed_files = store_files(path)
    assert leaks(closed_files, m) == []
    assert not closed_files["store.db"].startswith(b"SQLite format 3")
    assert not closed_files["store.db"].startswith(SQLITE_HEADER)

    # The data really is in there: unlocking with the passphrase gives it back.
    ctx = unlock_store(path, PASSPHRASE, record_unlock=False)
    try:
        r = RecordService(ctx)
        case = r.get("case", ids["case"])
        assert case.title.startswith(MARKER)
        assert r.current_version(ids["account"]).correction_note.startswith(MARKER)
        assert r.reveal_identity("victim", ids["victim"], reason="test")["residence"].startswith(MARKER)
    finally:
        ctx.close()
    assert leaks(store_files(path), m) == []


def test_the_same_data_is_visible_in_an_unencrypted_store(tmp_path: Path) -> None:
    """Control: the leak search finds every single value when the store is not encrypted."""
    path = tmp_path / "plain.db"
    m = Markers()
    ctx = open_with_marked_user(path, m, encrypted=False)
    try:
        populate(RecordService(ctx), m)
        open_files = store_files(path)
        assert MARKER.encode() in open_files["plain.db-wal"], "recent writes should be readable in the plain WAL"
        everything = b"".join(open_files.values())
        not_found = [f"{value} ({where})" for value, where in m.where.items() if value.encode() not in everything]
        assert not_found == []
    finally:
        ctx.close()

    db = store_files(path)["plain.db"]
    assert db.startswith(SQLITE_HEADER)
    not_found = [f"{value} ({where})" for value, where in m.where.items() if value.encode() not in db]
    assert not_found == []
