"""Case bundles: export a case to one ``.hrdoc`` file, import one into a store (merging by UUID).

The file format and its checks are services.exchange.bundle (docs/bundle-format.md); what a case looks like
as data, services.exchange.snapshot; how it is merged, services.exchange.merge. Export writes the audience's
snapshot of the case and streams its evidence files from the vault; import opens the bundle — which checks
every member, hash, size and the schema before returning — then merges it in one unit of work, streaming
evidence into the vault.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrdoc.domain.marks import N_
from hrdoc.domain.progress import Progress
from hrdoc.services import sharing
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.custody import entries as custody_entries
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.bundle import BundleError, BundleWriter, open_bundle
from hrdoc.services.exchange.merge import Merger, MergeReport
from hrdoc.services.exchange.snapshot import Snapshot, take_snapshot
from hrdoc.services.records_kinds import KINDS
from hrdoc.storage import models as m

PARTS = {
    "witness_identities": "records/witness_identities.json",
    "victim_identities": "records/victim_identities.json",
    "consents": "records/consents.json",
    "account_versions": "records/account_versions.json",
    "tombstones": "records/tombstones.json",
    "vocabulary_terms": "records/vocabulary_terms.json",  # the terms added in a store that the records use
    "audit": "logs/audit.json",
    "custody": "logs/custody.json",
}


def member_for(kind: str) -> str:
    """records/case.json, records/incidents.json, … (table names)."""
    if kind == "case":
        return "records/case.json"
    return f"records/{KINDS[kind].model.__table__.name}.json"  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    audience: str
    encrypted: bool
    counts: dict[str, int]
    files: int
    manifest: dict[str, Any]


def _tell(progress: Progress | None, done: int, total: int, what: str) -> None:
    if progress is not None:
        progress(done, total, what)


def export_case(
    ctx: StoreContext,
    case_id: uuid.UUID,
    path: Path,
    *,
    audience: str = "internal",
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the case as the audience may receive it to ``path`` (atomically: all of it, or no file).

    ``progress`` (:mod:`hrdoc.domain.progress`) is told each step; when it raises ``Cancelled``, no file is
    left and nothing is recorded."""
    _tell(progress, 0, 0, "reading the case")
    snap = take_snapshot(ctx, case_id, audience=audience)
    evidence = EvidenceService(ctx)
    # Files travel only in internal and partners bundles; a public bundle describes them (see docs).
    items = [] if audience == "public" else snap.evidence_with_files()
    total = sum(int(item["size"]) for item in items)
    done = 0
    with BundleWriter(path, passphrase=passphrase) as writer:
        for kind, rows in snap.records.items():
            writer.add_json(member_for(kind), rows)
        for attr, name in PARTS.items():
            writer.add_json(name, getattr(snap, attr))
        for item in items:
            item_id = uuid.UUID(item["id"])

            def counted(chunks: Iterator[bytes], label: str) -> Iterator[bytes]:
                nonlocal done
                for chunk in chunks:
                    done += len(chunk)
                    _tell(progress, done, total, label)
                    yield chunk

            stream = counted(evidence.vault.chunks(item_id), f"adding {item['original_filename']}")
            writer.add_stream(f"evidence/{item['id']}", stream, size=int(item["size"]))
        case = snap.case
        manifest = writer.finish(
            {
                "case": {"id": case["id"], "reference": case["reference"], "title": case["title"]},
                "exported_by": ctx.user if sharing.investigator_named(audience) else "",
                "exported_at": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
                "exported_from": snap.origin,
                "audience": audience,
                # A store holding the case as a copy beyond the team made it says so (snapshot.held_as).
                **({"held_as": snap.held_as} if snap.held_as != sharing.Audience.INTERNAL else {}),
            }
        )
    if items and evidence.ctx.read_only is None:  # a read-only store records nothing (its unlock note says so)
        _record_transfer(evidence, items, path, audience)
    return ExportSummary(path, audience, passphrase is not None, snap.counts(), len(items), manifest)


def _record_transfer(evidence: EvidenceService, items: list[dict[str, Any]], path: Path, audience: str) -> None:
    from hrdoc.domain.enums import CustodyAction
    from hrdoc.services.evidence import custody

    # The items are one case's: on a team store, only that case is locked.
    with evidence.ctx.write(case=uuid.UUID(items[0]["case_id"])) as session:
        for item in items:
            custody.append(
                session,
                evidence_id=uuid.UUID(item["id"]),
                case_id=uuid.UUID(item["case_id"]),
                actor=evidence.ctx.user,
                action=CustodyAction.TRANSFER_OUT,
                item_sha256=str(item["sha256"]),
                details={"bundle": path.name, "audience": audience},
                summary=f"left in the bundle {path.name}",
            )


@dataclass(frozen=True)
class BundleInfo:
    """What a bundle says about itself (after all its checks passed)."""

    path: Path
    encrypted: bool
    manifest: dict[str, Any]

    @property
    def case_reference(self) -> str:
        return str(self.manifest.get("case", {}).get("reference", ""))


def inspect_bundle(path: Path, *, passphrase: str | None = None, progress: Progress | None = None) -> BundleInfo:
    """Check the whole bundle (every member hashed) and say what it holds; nothing is written anywhere."""
    with open_bundle(path, passphrase=passphrase, progress=progress) as bundle:
        return BundleInfo(path, bundle.encrypted, dict(bundle.manifest))


def import_bundle(
    ctx: StoreContext, path: Path, *, passphrase: str | None = None, progress: Progress | None = None
) -> MergeReport:
    """Check the whole bundle, then merge its case into the store, all or nothing (a cancel too keeps nothing)."""
    _tell(progress, 0, 0, "checking the bundle")
    with open_bundle(path, passphrase=passphrase, progress=progress) as bundle:
        members = bundle.members()
        records: dict[str, list[dict[str, Any]]] = {}
        for kind in ("case", *(k for k in KINDS if k not in ("case", "vocabulary_term"))):
            name = member_for(kind)
            if name in members:
                records[kind] = bundle.json(name)
        if len(records.get("case", [])) != 1:
            raise BundleError(N_("the bundle does not hold exactly one case"))
        snap = Snapshot(
            origin=str(bundle.manifest.get("exported_from", "")),
            case=records["case"][0],
            records=records,
            audience=str(bundle.manifest.get("audience", "internal")),
            held_as=str(bundle.manifest.get("held_as", "internal")),
            **{attr: bundle.json(name) if name in members else [] for attr, name in PARTS.items()},
        )
        if exporter := str(bundle.manifest.get("exported_by") or ""):  # named in internal bundles only
            snap.origin_name = f"{exporter}'s store"
        total = sum(int(item["size"]) for item in snap.evidence_with_files() if f"evidence/{item['id']}" in members)
        done = 0

        def files(item_id: str) -> Iterator[bytes]:
            nonlocal done
            for chunk in bundle.chunks(f"evidence/{item_id}"):
                done += len(chunk)
                _tell(progress, done, total, "adding evidence files")
                yield chunk

        described = {f"evidence/{item['id']}" for item in snap.evidence_with_files()}
        stray = sorted(name for name in members if name.startswith("evidence/") and name not in described)
        if stray:
            more = f" and {len(stray) - 1} more" if len(stray) > 1 else ""
            raise BundleError(
                N_("the bundle carries a file that none of its records describes ({stray}{more})"),
                stray=stray[0],
                more=more,
            )
        for item in snap.evidence_with_files():
            if f"evidence/{item['id']}" not in members:
                item["in_vault"] = False  # described, its file not carried (a public bundle)
        _tell(progress, 0, 0, "merging")
        report = Merger(ctx).apply(snap, origin_label=f"bundle {path.name}", files=files)
    _record_arrival(ctx, snap, path)
    return report


def _record_arrival(ctx: StoreContext, snap: Snapshot, path: Path) -> None:
    from hrdoc.domain.enums import CustodyAction
    from hrdoc.services.evidence import custody

    with ctx.write() as session:
        for item in snap.evidence_with_files():
            item_id = uuid.UUID(item["id"])
            if session.get(m.EvidenceFile, item_id) is None:
                continue
            if any(
                e.action == CustodyAction.TRANSFER_IN.value and e.details.get("bundle") == path.name
                for e in custody_entries(session, item_id)
            ):
                continue
            custody.append(
                session,
                evidence_id=item_id,
                case_id=uuid.UUID(item["case_id"]),
                actor=ctx.user,
                action=CustodyAction.TRANSFER_IN,
                item_sha256=str(item["sha256"]),
                details={"bundle": path.name, "from": snap.origin},
                summary=f"arrived in the bundle {path.name}",
            )
