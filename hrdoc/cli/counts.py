"""The counts the command line puts into words ("2 incidents", "1 witness"), each in every plural form of the
interface's languages (:class:`~hrdoc.cli.messages.Counted`), and the counted kinds of record by their tables."""

from __future__ import annotations

from hrdoc.cli.messages import N_, Counted, Form

INCIDENTS = Counted(
    N_("{n} incident"),
    N_("{n} incidents"),
    Form.tr("{n} incidents", "two"),
    Form.tr("{n} incidents", "few"),
    Form.tr("{n} incidents", "many"),
)
ALLEGATIONS = Counted(
    N_("{n} allegation"),
    N_("{n} allegations"),
    Form.tr("{n} allegations", "two"),
    Form.tr("{n} allegations", "few"),
    Form.tr("{n} allegations", "many"),
)
ACTORS = Counted(
    N_("{n} actor"),
    N_("{n} actors"),
    Form.tr("{n} actors", "two"),
    Form.tr("{n} actors", "few"),
    Form.tr("{n} actors", "many"),
)
VICTIMS = Counted(
    N_("{n} victim"),
    N_("{n} victims"),
    Form.tr("{n} victims", "two"),
    Form.tr("{n} victims", "few"),
    Form.tr("{n} victims", "many"),
)
WITNESSES = Counted(
    N_("{n} witness"),
    N_("{n} witnesses"),
    Form.tr("{n} witnesses", "two"),
    Form.tr("{n} witnesses", "few"),
    Form.tr("{n} witnesses", "many"),
)
ACCOUNTS = Counted(
    N_("{n} account"),
    N_("{n} accounts"),
    Form.tr("{n} accounts", "two"),
    Form.tr("{n} accounts", "few"),
    Form.tr("{n} accounts", "many"),
)
SOURCES = Counted(
    N_("{n} source"),
    N_("{n} sources"),
    Form.tr("{n} sources", "two"),
    Form.tr("{n} sources", "few"),
    Form.tr("{n} sources", "many"),
)
EVIDENCE_FILES = Counted(
    N_("{n} evidence file"),
    N_("{n} evidence files"),
    Form.tr("{n} evidence files", "two"),
    Form.tr("{n} evidence files", "few"),
    Form.tr("{n} evidence files", "many"),
)
RECORDS = Counted(
    N_("{n} record"),
    N_("{n} records"),
    Form.tr("{n} records", "two"),
    Form.tr("{n} records", "few"),
    Form.tr("{n} records", "many"),
)
ROWS = Counted(
    N_("{n} row"),
    N_("{n} rows"),
    Form.tr("{n} rows", "two"),
    Form.tr("{n} rows", "few"),
    Form.tr("{n} rows", "many"),
)
BYTES = Counted(
    N_("{n} byte"),
    N_("{n} bytes"),
    Form.tr("{n} bytes", "two"),
    Form.tr("{n} bytes", "few"),
    Form.tr("{n} bytes", "many"),
)
PEOPLE = Counted(
    N_("{n} person"),
    N_("{n} people"),
    Form.tr("{n} people", "two"),
    Form.tr("{n} people", "few"),
    Form.tr("{n} people", "many"),
)
DOCUMENTS = Counted(
    N_("{n} document"),
    N_("{n} documents"),
    Form.tr("{n} documents", "two"),
    Form.tr("{n} documents", "few"),
    Form.tr("{n} documents", "many"),
)

# The kinds of record `hrdoc cases` counts, by the table each is kept in.
BY_TABLE = {
    "incidents": INCIDENTS,
    "allegations": ALLEGATIONS,
    "actors": ACTORS,
    "victims": VICTIMS,
    "witnesses": WITNESSES,
    "accounts": ACCOUNTS,
    "sources": SOURCES,
    "evidence_files": EVIDENCE_FILES,
}
