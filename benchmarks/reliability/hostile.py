"""Hostile bundles: a bundle for the demo case that reaches for the victim case, and classic archive attacks.

Every forged bundle starts from a real internal export of the demo case (with its evidence); the victim's
records, versions and log entries come from a real internal export of the victim case (what a partner who
once received it would hold). Each attack is tried plain and encrypted on a fresh copy of the fixture and
must be refused: non-zero exit, one line on stderr, no traceback; both cases byte-for-byte the same in
``hrdoc show --json --reveal``, the vault's files the same, and ``hrdoc verify`` passing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
import zipfile
from pathlib import Path
from typing import Any

from benchmarks.reliability import forge
from benchmarks.reliability.common import (
    BUNDLE_PASSPHRASE,
    DEMO,
    VICTIM,
    Fixture,
    Row,
    case_view,
    diff_states,
    hrdoc,
    tree_state,
    verify,
)
from benchmarks.reliability.forge import BundleData, Entry

NOW = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _version() -> str:
    return uuid.uuid4().hex


def _continuing(rec: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of ``rec`` one version on (the victim's lineage continued), with ``changes``."""
    out = dict(rec, **changes)
    new = _version()
    out["lineage"] = [*rec["lineage"], new]
    out["version"] = new
    out["updated_at"] = NOW
    return out


def _parallel(rec: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of ``rec`` with a version the store never saw (a parallel change: a conflict)."""
    new = _version()
    return dict(rec, **changes, lineage=[new], version=new, updated_at=NOW)


class Attacks:
    """The semantic attacks: each takes a copy of the demo bundle and makes it reach for the victim case."""

    def __init__(self, demo: BundleData, victim: BundleData, ids: dict[str, Any]) -> None:
        self.demo, self.victim, self.ids = demo, victim, ids
        self.x = demo.records("case")[0]["id"]
        self.v = victim.records("case")[0]["id"]
        self.x_incident = demo.records("incidents")[0]["id"]

    def _one(self, kind: str) -> dict[str, Any]:
        return dict(self.victim.records(kind)[0])

    def _tombstone(self, rec: dict[str, Any], kind: str, case_id: str | None) -> dict[str, Any]:
        return {
            "record_id": rec["id"],
            "kind": kind,
            "case_id": case_id,
            "version": rec["version"],
            "lineage": rec["lineage"],
            "deleted_at": NOW,
            "deleted_by": "partner",
        }

    def tombstone_case(self, d: BundleData) -> None:
        d.records("tombstones").append(self._tombstone(self._one("case"), "case", self.v))

    def tombstone_case_as_x(self, d: BundleData) -> None:
        d.records("tombstones").append(self._tombstone(self._one("case"), "case", self.x))

    def tombstone_incident(self, d: BundleData) -> None:
        d.records("tombstones").append(self._tombstone(self._one("incidents"), "incident", self.v))

    def tombstone_incident_as_x(self, d: BundleData) -> None:
        d.records("tombstones").append(self._tombstone(self._one("incidents"), "incident", self.x))

    def takeover_incident(self, d: BundleData) -> None:
        d.records("incidents").append(
            _continuing(self._one("incidents"), case_id=self.x, location_id=None, title="moved by a bundle")
        )

    def takeover_incident_in_place(self, d: BundleData) -> None:
        d.records("incidents").append(
            _continuing(self._one("incidents"), title="rewritten by a bundle of another case")
        )

    def takeover_evidence(self, d: BundleData) -> None:
        rec = self._one("evidence_files")
        content = b"forged replacement bytes " + os.urandom(64)
        import hashlib

        d.records("evidence_files").append(
            _continuing(
                rec,
                case_id=self.x,
                attached_id=self.x_incident,
                attached_kind="incident",
                sha256=hashlib.sha256(content).hexdigest(),
                size=len(content),
            )
        )
        d.evidence[f"evidence/{rec['id']}"] = content

    def takeover_witness_identity(self, d: BundleData) -> None:
        w = self._one("witnesses")
        d.records("witnesses").append(_continuing(w, case_id=self.x))
        d.records("witness_identities").append(
            {"witness_id": w["id"], "legal_name": "Forged Name", "contact": "forged contact", "residence": "forged"}
        )

    def identity_only(self, d: BundleData) -> None:
        w = self._one("witnesses")
        d.records("witness_identities").append(
            {"witness_id": w["id"], "legal_name": "Forged Name", "contact": "forged contact", "residence": "forged"}
        )

    def custody_append(self, d: BundleData) -> None:
        entries = [e for e in self.victim.log("custody") if e["evidence_id"] == self.ids["victim_evidence"][0]]
        last = entries[-1]
        forged = dict(
            last,
            seq=last["seq"] + 1,
            action="remove",
            at=NOW,
            actor="partner",
            details={},
            prev_hash=last["entry_hash"],
            entry_hash=os.urandom(32).hex(),
        )
        forged.pop("id", None)
        for key in ("origin_hash",):
            if key in forged:
                forged[key] = forged["entry_hash"]
        d.log("custody").extend([*entries, forged])

    def custody_append_as_x(self, d: BundleData) -> None:
        self.custody_append(d)
        for e in d.log("custody"):
            if e["evidence_id"] == self.ids["victim_evidence"][0]:
                e["case_id"] = self.x

    def audit_foreign(self, d: BundleData) -> None:
        entries = [e for e in self.victim.log("audit") if e.get("case_id") == self.v][:3]
        d.log("audit").extend(entries)

    def audit_foreign_as_x(self, d: BundleData) -> None:
        entries = [dict(e, case_id=self.x) for e in self.victim.log("audit") if e.get("case_id") == self.v][:3]
        d.log("audit").extend(entries)

    def conflict_move(self, d: BundleData) -> None:
        d.records("incidents").append(
            _parallel(self._one("incidents"), case_id=self.x, location_id=None, title="moved through a conflict")
        )

    def conflict_evidence(self, d: BundleData) -> None:
        rec = self._one("evidence_files")
        d.records("evidence_files").append(
            _parallel(rec, case_id=self.x, attached_id=self.x_incident, attached_kind="incident")
        )
        d.evidence[f"evidence/{rec['id']}"] = self.victim.evidence[f"evidence/{rec['id']}"]

    def dangling_reference(self, d: BundleData) -> None:
        alleg = dict(d.records("allegations")[0])
        alleg.update(id=str(uuid.uuid4()), incident_id=str(uuid.uuid4()))
        new = _version()
        alleg.update(lineage=[new], version=new)
        d.records("allegations").append(alleg)

    def altered_custody(self, d: BundleData) -> None:
        entries = d.log("custody")
        entries[0] = dict(entries[0], actor="someone else")

    def altered_audit(self, d: BundleData) -> None:
        entries = d.log("audit")
        entries[0] = dict(entries[0], actor="someone else")

    def unlisted_evidence_member(self, d: BundleData) -> None:
        d.evidence[f"evidence/{uuid.uuid4()}"] = b"a file no record describes"

    def many_unlisted_evidence_members(self, d: BundleData) -> None:
        for _ in range(5000):
            d.evidence[f"evidence/{uuid.uuid4()}"] = b"x"

    def everything(self, d: BundleData) -> None:
        for name in (
            "tombstone_incident",
            "takeover_evidence",
            "takeover_witness_identity",
            "custody_append",
            "audit_foreign",
        ):
            getattr(self, name)(d)


# name, what it tries (for the table), Attacks method
SEMANTIC: list[tuple[str, str]] = [
    ("tombstone_case", "a tombstone of kind `case` for the victim case"),
    ("tombstone_case_as_x", "the same tombstone, its `case_id` claiming the bundle's case"),
    ("tombstone_incident", "a tombstone for the victim's incident"),
    ("tombstone_incident_as_x", "a tombstone for the victim's incident, `case_id` the bundle's case"),
    ("takeover_incident", "the victim's incident, continuing version, moved into the bundle's case"),
    ("takeover_incident_in_place", "the victim's incident, continuing version, still naming the victim case"),
    ("takeover_evidence", "the victim's evidence record moved in, with a new SHA-256 and file"),
    ("takeover_witness_identity", "the victim's witness moved in with a new protected identity"),
    ("identity_only", "a protected identity for the victim's witness, no witness record"),
    ("custody_append", "custody entries (a forged `remove`) appended to the victim's evidence"),
    ("custody_append_as_x", "the same custody entries, `case_id` the bundle's case"),
    ("audit_foreign", "audit entries of the victim case"),
    ("audit_foreign_as_x", "audit entries about victim records, `case_id` the bundle's case"),
    ("conflict_move", "the victim's incident with an unknown version (a conflict), then `--keep incoming`"),
    ("conflict_evidence", "the victim's evidence record with an unknown version, then `--keep incoming`"),
    ("dangling_reference", "an allegation whose incident exists nowhere"),
    ("altered_custody", "a custody entry's actor changed (manifest and checksums recomputed)"),
    ("altered_audit", "an audit entry's actor changed (manifest and checksums recomputed)"),
    ("unlisted_evidence_member", "an evidence member no record describes"),
    ("many_unlisted_evidence_members", "5,000 evidence members no record describes"),
    ("everything", "several of the above in one bundle"),
]

ARCHIVE: list[tuple[str, str]] = [
    ("path_traversal", "a member named `../../escaped.txt`"),
    ("absolute_path", "a member named `/tmp/hrdoc-battery-absolute.txt`"),
    ("symlink", "an evidence member that is a symbolic link to /etc/passwd"),
    ("duplicate_name", "`records/incidents.json` twice, the second one hostile"),
    ("zip_bomb", "a 64 MiB JSON member deflated to a few KiB"),
    ("huge_declared_size", "a stored member whose directory entry declares 2 GiB"),
    ("unlisted_member", "a member the manifest does not list"),
    ("outside_layout", "a member outside the format's layout (`records/extra.json`)"),
]


def archive_bundle(name: str, plain: Path, attacks: Attacks) -> bytes:
    manifest, entries = forge.bundle_entries(plain)
    evidence_name = next(e.name for e in entries if e.name.startswith("evidence/"))
    if name == "path_traversal":
        entries.append(Entry("../../escaped.txt", b"escaped"))
    elif name == "absolute_path":
        entries.append(Entry("/tmp/hrdoc-battery-absolute.txt", b"absolute"))
    elif name == "symlink":
        entries = [e for e in entries if e.name != evidence_name]
        entries.append(Entry(evidence_name, b"/etc/passwd", zipfile.ZIP_STORED, symlink=True))
    elif name == "duplicate_name":
        hostile = attacks.demo.clone()
        attacks.takeover_incident(hostile)
        body = (
            "[\n"
            + ",\n".join(
                json.dumps(r, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                for r in hostile.records("incidents")
            )
            + "\n]\n"
        )
        original = next(e for e in entries if e.name == "records/incidents.json")
        original.listed = False
        entries.append(Entry("records/incidents.json", body.encode()))
    elif name == "zip_bomb":
        entries = [e for e in entries if e.name != "records/links.json"]
        entries.append(Entry("records/links.json", b"[" + b" " * (64 << 20) + b"]"))
    elif name == "huge_declared_size":
        target = evidence_name.encode()

        def patch(raw: bytes) -> bytes:
            data = bytearray(raw)
            pos = data.find(b"PK\x01\x02")
            while pos != -1:
                name_len = int.from_bytes(data[pos + 28 : pos + 30], "little")
                if bytes(data[pos + 46 : pos + 46 + name_len]) == target:
                    data[pos + 24 : pos + 28] = (2 << 30).to_bytes(4, "little")  # uncompressed size: 2 GiB
                pos = data.find(b"PK\x01\x02", pos + 4)
            return bytes(data)

        return forge.raw_zip(manifest, entries, patch=patch)
    elif name == "unlisted_member":
        entries.append(Entry(f"evidence/{uuid.uuid4()}", b"not in the manifest", listed=False))
    elif name == "outside_layout":
        entries.append(Entry("records/extra.json", b"[]\n"))
    return forge.raw_zip(manifest, entries)


class HostileRun:
    """The baseline (views of both cases, vault files) and one trial per bundle."""

    def __init__(self, fixture: Fixture, work: Path) -> None:
        self.fixture, self.work = fixture, work
        work.mkdir(parents=True, exist_ok=True)
        self.victim_view = case_view(fixture.db, VICTIM)
        self.demo_view = case_view(fixture.db, DEMO)
        self.vault = tree_state(fixture.folder)
        demo_plain = work / "demo-internal.hrdoc"
        victim_plain = work / "victim-internal.hrdoc"
        for case, path in ((DEMO, demo_plain), (VICTIM, victim_plain)):
            path.unlink(missing_ok=True)
            run = hrdoc(fixture.db, "export", case, "-o", str(path), "--audience", "internal")
            if run.code != 0:
                raise RuntimeError(f"export of {case} failed: {run.err}")
        self.demo_plain = demo_plain
        self.attacks = Attacks(forge.read_bundle(demo_plain), forge.read_bundle(victim_plain), fixture.ids)

    def _rebase(self) -> None:
        """The views of an untouched copy of the fixture, taken again with the code as it is now."""
        fresh = self.fixture.copy_to(self.work / "baseline")
        self.victim_view = case_view(fresh.db, VICTIM)
        self.demo_view = case_view(fresh.db, DEMO)

    def trial(self, bundle: Path, *, resolve_incoming: bool = False, quick: bool = False) -> str | None:
        store = self.fixture.copy_to(self.work / "trial")
        run = hrdoc(store.db, "import", str(bundle))
        problems = []
        refused = run.code != 0
        why = run.one_line_error()
        if why:
            problems.append(why)
        if resolve_incoming:
            for case in (DEMO, VICTIM):
                listed = hrdoc(store.db, "conflicts", case, "--json")
                if listed.code == 0 and listed.out.strip():
                    for c in json.loads(listed.out):
                        hrdoc(store.db, "conflicts", case, "--resolve", c["id"], "--keep", "incoming")
        victim_after = case_view(store.db, VICTIM)
        demo_after = case_view(store.db, DEMO) if refused else self.demo_view
        if victim_after != self.victim_view or demo_after != self.demo_view:
            self._rebase()  # hrdoc changed under a long run (a new field shown)? Compare with it as it is now.
        if victim_after != self.victim_view:
            problems.append("the victim case changed in `show --json --reveal`")
        if refused:
            if demo_after != self.demo_view:
                problems.append("refused, yet the bundle's own case changed")
            change = diff_states(_files(self.vault), _files(tree_state(store.folder)))
            if change:
                problems.append(f"refused, yet the vault changed: {change}")
        # --quick: verify only when something changed (a clean refusal left the views and vault as they were).
        checked = verify(store.db) if not quick or problems or not refused else None
        if checked is not None and (checked.code != 0 or checked.traceback):
            problems.append(f"verify afterwards: {checked.brief()}")
        if (self.work.parent / "escaped.txt").exists() or Path("/tmp/hrdoc-battery-absolute.txt").exists():
            problems.append("a member was written outside the store")
        return "; ".join(problems) or None


def _files(state: dict[str, str]) -> dict[str, str]:
    """The vault's files (the store file itself changes with every unlock entry)."""
    return {k: v for k, v in state.items() if ".vault" in k}


def run_hostile(fixture: Fixture, work: Path, *, quick: bool, only: list[str] | None = None) -> list[Row]:
    h = HostileRun(fixture, work)

    def wanted(row: Row) -> bool:
        return not only or any(o in row.name for o in only)

    rows: list[Row] = []
    variants = ["plain"] if quick else ["plain", "encrypted"]
    for name, what in SEMANTIC:
        row = Row(f"hostile bundle: {name.replace('_', ' ')}", f"{what}: refused, victim case unchanged")
        if not wanted(row):
            continue
        for variant in variants:
            data = h.attacks.demo.clone()
            getattr(h.attacks, name)(data)
            path = work / f"{name}-{variant}.hrdoc"
            forge.write_bundle(data, path, BUNDLE_PASSPHRASE if variant == "encrypted" else None)
            row.trial(_label(variant, h.trial(path, resolve_incoming=name.startswith("conflict"), quick=quick)))
        rows.append(row.done())
    for name, what in ARCHIVE:
        row = Row(f"archive attack: {name.replace('_', ' ')}", f"{what}: refused, store unchanged")
        if not wanted(row):
            continue
        raw = archive_bundle(name, h.demo_plain, h.attacks)
        for variant in variants:
            path = work / f"{name}-{variant}.hrdoc"
            path.write_bytes(forge.encrypt_bytes(raw, BUNDLE_PASSPHRASE) if variant == "encrypted" else raw)
            row.trial(_label(variant, h.trial(path, quick=quick)))
        rows.append(row.done())
    return rows


def _label(variant: str, problem: str | None) -> str | None:
    return f"{variant}: {problem}" if problem else None
