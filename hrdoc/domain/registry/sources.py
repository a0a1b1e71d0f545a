"""What an allegation rests on: sources, evidence files, and the links that say how each bears on what."""

from __future__ import annotations

from dataclasses import replace

from hrdoc.domain import enums
from hrdoc.domain.registry.base import (
    N_,
    FieldDef,
    KindDef,
    P,
    R,
    T,
    W,
    locator,
    record,
    system,
)

SOURCE_KINDS: tuple[KindDef, ...] = (
    KindDef(
        "source",
        "sources",
        N_("source"),
        record(
            FieldDef("kind", N_("Kind of source"), P, W.CHOICE, enums.SourceKind),
            FieldDef("title", N_("Title"), P, max_length=500, searchable=True, reported=True),
            FieldDef("author", N_("Author"), P, max_length=300, searchable=True, reported=True),
            FieldDef("publisher", N_("Publisher"), P, max_length=300, searchable=True, reported=True),
            FieldDef("url", N_("URL"), P, max_length=2000, searchable=True, hint="https://", reported=True),
            FieldDef("publication_date", N_("Published on"), P, W.DATE),
            FieldDef("access_date", N_("Accessed on"), P, W.DATE),
            FieldDef(
                "archived_url",
                N_("Archived copy (URL)"),
                P,
                max_length=2000,
                searchable=True,
                hint="https://",
                reported=True,
            ),
            FieldDef("language", N_("Language"), P, max_length=60, reported=True),
            FieldDef(
                "reliability",
                N_("Reliability of the source"),
                P,
                W.CHOICE,
                enums.SourceReliability,
                optional=True,
            ),
            FieldDef(
                "credibility",
                N_("Credibility of the information"),
                P,
                W.CHOICE,
                enums.InformationCredibility,
                optional=True,
            ),
            FieldDef("stance", N_("Stance"), P, W.CHOICE, enums.Stance),
            notes_reported=True,
        ),
    ),
    KindDef(
        "evidence",
        "evidence_files",
        N_("evidence file"),
        record(
            FieldDef("original_filename", N_("Original file name"), P, max_length=500, searchable=True, reported=True),
            FieldDef("description", N_("Description"), P, W.LONG, searchable=True, reported=True),
            system("sha256", P, N_("SHA-256")),
            system("size", P, N_("Size")),
            system("mime_type", P, N_("Type")),
            FieldDef("acquired_at", N_("Acquired on"), R, W.DATETIME),
            FieldDef("acquired_by", N_("Acquired by"), T, max_length=200, reported=True),  # an investigator's name
            FieldDef(
                "acquired_from", N_("Acquired from"), T, W.LONG, searchable=True, reported=True
            ),  # can lead to a person
            FieldDef("original_id", N_("Copy of"), P, W.NONE, ref="evidence", optional=True),
            FieldDef("alteration_note", N_("What was changed in this copy"), R, W.LONG, reported=True),
            system("in_vault", P, N_("Kept in the vault")),
            system("attached_kind", P, N_("Filed under (kind)")),
            system("attached_id", P, N_("Filed under")),
            # What was read from the file (EXIF time and GPS, camera serials, authors): the team only.
            system("file_metadata", T, N_("File metadata")),
        ),
    ),
    KindDef(
        "link",
        "links",
        N_("evidence link"),
        # In the form's order: where the link starts, how it bears, on what.
        record(
            FieldDef("source_id", N_("Source"), P, W.PICK, ref="source", optional=True),
            FieldDef("account_id", N_("Account"), P, W.PICK, ref="account", optional=True),
            FieldDef("evidence_id", N_("Evidence file"), P, W.PICK, ref="evidence", optional=True),
            FieldDef("relation", N_("Bears on it by"), P, W.CHOICE, enums.LinkRelation),
            FieldDef("allegation_id", N_("Allegation"), P, W.PICK, ref="allegation", optional=True),
            FieldDef("incident_id", N_("Incident"), P, W.PICK, ref="incident", optional=True),
            # An excerpt of an account is the witness's words: quoted only with consent.
            FieldDef("excerpt", N_("Excerpt"), P, W.LONG, searchable=True, quoted_words=True, reported=True),
            replace(locator(N_("Where in the evidence")), reported=True),
        ),
    ),
)
