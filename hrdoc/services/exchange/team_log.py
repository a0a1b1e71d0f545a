"""What this store last saw of a team store's audit log, so that a rewrite of the team's history shows here.

A team store's audit log is a hash chain whose append-only triggers live on the server, so the login that owns
the tables (and the server's administrators) can disable them, delete or alter an entry and recompute every
later hash and the recorded head: the team store's own ``hrdoc verify`` then passes. Each laptop therefore
keeps, in its own store, the head of the team's log it saw at its last sync: the team store's id, the last
entry's number and hash (``store_meta`` key ``team_log:<team store id>``). The next sync, and
``hrdoc verify --team``, check that the entry with that number still has that hash (stored, and recomputed
from its content) and that the entries after it follow on from it. A rewrite of anything this laptop had seen
changes that entry's hash, or removes it: the laptop says so, naming the team store, and syncs nothing until
its user accepts the team's log as it now is (``hrdoc sync --accept-team-log``, or "Accept the team's log as it
is now…" where the app's sync says it was refused; recorded in this store's audit log). Entries added after
the last sync are checked by the laptops that saw them.

The same holds for a team store that is a store file, and between two laptop stores syncing with each other.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.errors import Phrase, UserError
from hrdoc.domain.marks import N_
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.snapshot import STORE_ID_KEY
from hrdoc.storage import models as m
from hrdoc.storage.base import utcnow
from hrdoc.storage.engine import StoreLocation

KEY_PREFIX = "team_log:"


class TeamLogRewritten(UserError):
    """The team store's audit log no longer holds what this store saw of it: its history was rewritten.

    A refusal before a sync names the team store (``where``) and what is wrong (``problem``), so that an app can
    say it in its own words and offer to sync with ``accept_team_log``; ``problem`` is None when accepting the
    log would not help (it changed during the sync).
    """

    def __init__(self, message: str, /, *, where: str = "", problem: str | None = None, **params: object) -> None:
        super().__init__(message, **params)
        self.where = where
        self.problem = problem


@dataclass(frozen=True, slots=True)
class TeamHead:
    """The newest entry of a team store's audit log that this store has seen (at a sync)."""

    team_id: str  # the team store's own id (its store_meta store_id)
    seq: int
    entry_hash: str
    where: str  # the team store as it may be shown (never a password)
    place: str  # the server and database (or the file), to recognise the same team store under another id
    at: str  # when this store saw it (ISO 8601, UTC)

    @property
    def key(self) -> str:
        return KEY_PREFIX + self.team_id

    def to_value(self) -> str:
        return json.dumps(
            {"seq": self.seq, "hash": self.entry_hash, "where": self.where, "place": self.place, "at": self.at},
            sort_keys=True,
        )

    @classmethod
    def from_row(cls, row: m.StoreMeta) -> TeamHead | None:
        try:
            data = json.loads(row.value)
            return cls(
                team_id=row.key.removeprefix(KEY_PREFIX),
                seq=int(data["seq"]),
                entry_hash=str(data["hash"]),
                where=str(data.get("where", "")),
                place=str(data.get("place", "")),
                at=str(data.get("at", "")),
            )
        except (ValueError, TypeError, KeyError):
            return None  # not written by hrdoc: reported by known_heads' caller as unreadable

    def seen_on(self) -> str:
        """When it was seen, as a date and time to the minute (UTC)."""
        try:
            return dt.datetime.fromisoformat(self.at).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        except ValueError:
            return Phrase(N_("an unknown date"))


def place_of(location: StoreLocation) -> str:
    """A team store's server and database (or file): the same whichever login or URL options reach it."""
    if location.path is not None:
        return str(location.path)
    url = make_url(location.url or "")
    host, _, port = location.server().rpartition(":")
    return f"postgresql://{host.lower()}:{port}/{url.database or url.username or ''}"


def known_heads(session: Session) -> list[TeamHead]:
    """Every team store's head this store keeps, oldest sync first."""
    rows = session.scalars(select(m.StoreMeta).where(m.StoreMeta.key.startswith(KEY_PREFIX, autoescape=True)))
    heads = [head for row in rows if (head := TeamHead.from_row(row)) is not None]
    return sorted(heads, key=lambda h: h.at)


def _team_id(session: Session) -> str | None:
    """The team store's id, or None if it has none (or one hrdoc did not make)."""
    row = session.get(m.StoreMeta, STORE_ID_KEY)
    try:
        return str(uuid.UUID(row.value)) if row is not None else None
    except ValueError:
        return None


def _known_for(local: StoreContext, team_id: str | None, place: str) -> tuple[TeamHead | None, TeamHead | None]:
    """This store's head for the team store with ``team_id``, and one kept for another id at the same place."""
    with local.read() as session:
        heads = known_heads(session)
    mine = next((h for h in heads if team_id is not None and h.team_id == team_id), None)
    elsewhere = next((h for h in reversed(heads) if h.place == place and h.team_id != team_id), None)
    return mine, elsewhere


@dataclass(frozen=True, slots=True)
class Followed:
    """How a team store's audit log follows on from a head: its newest entry, or the first thing wrong."""

    last: tuple[int, str] | None  # (seq, hash) of the newest entry; None: the log is empty
    entries: int  # how many entries were checked after the head
    problem: str | None = None


def follow(session: Session, since: tuple[int, str] | None) -> Followed:
    """Check that entry ``since`` is still there as it was, then that every later entry follows on from it.

    Each hash is recomputed from the entry's content, so a server cannot hide a change by storing the old
    hash beside new content. ``since`` None: the whole log, from its first entry.
    """
    start_seq, start_hash = since if since is not None else (0, audit.GENESIS)
    if since is not None:
        entry = session.get(m.AuditEntry, start_seq)
        if entry is None:
            end = session.scalar(select(m.AuditEntry.seq).order_by(m.AuditEntry.seq.desc()).limit(1))
            now = (
                Phrase(N_("its log now ends at entry {end}"), end=end)
                if end is not None
                else Phrase(N_("its log is now empty"))
            )
            return Followed(None, 0, Phrase(N_("entry {start_seq} is gone ({now})"), start_seq=start_seq, now=now))
        if entry.entry_hash != start_hash or audit.hash_of(entry) != start_hash:
            return Followed(
                None, 0, Phrase(N_("entry {start_seq} is no longer the entry this store saw"), start_seq=start_seq)
            )
    expected_seq, expected_prev = start_seq + 1, start_hash
    count = 0
    query = select(m.AuditEntry).where(m.AuditEntry.seq > start_seq).order_by(m.AuditEntry.seq)
    for entry in session.scalars(query.execution_options(yield_per=2000)):
        count += 1
        if entry.seq != expected_seq:
            return Followed(
                None,
                count,
                Phrase(
                    N_("entry {expected_seq} is missing (the next is {seq})"), expected_seq=expected_seq, seq=entry.seq
                ),
            )
        if entry.prev_hash != expected_prev or audit.hash_of(entry) != entry.entry_hash:
            return Followed(
                None, count, Phrase(N_("entry {seq} does not follow on from the entries before it"), seq=entry.seq)
            )
        expected_seq, expected_prev = entry.seq + 1, entry.entry_hash
    last = (expected_seq - 1, expected_prev) if expected_seq > 1 else None
    return Followed(last, count)


@dataclass(frozen=True, slots=True)
class TeamLogCheck:
    """What a check of a team store's log against this store's head found (when nothing was wrong)."""

    team_id: str | None
    where: str
    known: TeamHead | None  # the head this store kept; None: it had never synced with this team store
    last: tuple[int, str] | None  # the team log's newest entry now
    entries: int  # entries checked after the known head
    accepted: str | None = None  # what was wrong, when the user accepted the team's log as it is

    def line(self) -> str:
        """One line for verify's report."""
        if self.known is None:
            return Phrase(
                N_("team store {store}: this store has not synced with it yet (no earlier head to compare)"),
                store=self.where,
            )
        return Phrase(
            N_(
                "team store {store}: its audit log still holds entry {entry} as this store saw it at its last sync "
                "({seen}), and the entries after it ({count}) follow on from it"
            ),
            store=self.where,
            entry=self.known.seq,
            seen=self.known.seen_on(),
            count=self.entries,
        )


def _refusal(where: str, what: str, *, verifying: bool) -> TeamLogRewritten:
    """``what``: the first part of the line, from "its audit log ..." (the team store is named before it)."""
    consequence = "" if verifying else Phrase(N_("nothing was synced. "))
    return TeamLogRewritten(
        N_(
            "the team store {place}: {what}; {consequence}Tell your team and whoever runs its "
            "server, and compare with the other laptops before trusting it; once you know why (a "
            "restore from an older backup, say), `hrdoc sync CASE --team DB --accept-team-log` "
            "takes its log as it now is (recorded in this store's audit log)"
        ),
        place=where,
        what=what,
        consequence=consequence,
        where=where,
        problem=what,
    )


def check(local: StoreContext, team: StoreContext, *, accept: bool = False, verifying: bool = False) -> TeamLogCheck:
    """Does the team store's audit log still hold what this store saw of it? Raises TeamLogRewritten if not.

    ``accept``: the user takes the team's log as it now is; what was wrong is returned (``accepted``) for the
    record instead of raised. Nothing is written here.
    """
    where = team.location.describe()
    with team.read() as session:
        team_id = _team_id(session)
    known, elsewhere = _known_for(local, team_id, place_of(team.location))
    problem = None
    if known is None and elsewhere is not None:
        now = Phrase(N_("is gone")) if team_id is None else Phrase(N_("is now {team_id}"), team_id=team_id)
        problem = Phrase(
            N_("it is not the store this store last synced with there ({seen}): its id {now} (it was {team_id})"),
            seen=elsewhere.seen_on(),
            now=now,
            team_id=elsewhere.team_id,
        )
    since = (known.seq, known.entry_hash) if known is not None else None
    with team.read() as session:
        followed = follow(session, since)
    if problem is None and followed.problem is not None:
        if known is not None and followed.entries == 0:  # the entry this store saw is gone or changed
            problem = Phrase(
                N_(
                    "its audit log was rewritten behind this store: {fault}, which this store saw at its "
                    "last sync ({seen})"
                ),
                fault=followed.problem,
                seen=known.seen_on(),
            )
        else:
            problem = Phrase(N_("its audit log was changed outside hrdoc: {fault}"), fault=followed.problem)
    if problem is not None and not accept:
        raise _refusal(where, problem, verifying=verifying)
    return TeamLogCheck(team_id, where, known, followed.last, followed.entries, accepted=problem)


def remember(local: StoreContext, team: StoreContext, checked: TeamLogCheck) -> TeamHead | None:
    """After a sync: keep the team log's newest entry in this store, once it follows on from what was checked.

    Nothing is written when the head is unchanged (a sync that changed nothing anywhere). When the user
    accepted the team's log as it was, that is recorded in this store's audit log in the same unit of work,
    and the heads kept for other ids at the same place are dropped.
    """
    with team.read() as session:
        team_id = _team_id(session)
        if checked.accepted is None:
            followed = follow(session, checked.last)
            if followed.problem is not None:
                raise TeamLogRewritten(
                    N_(
                        "the team store {place}: its audit log changed while this store synced ({fault}); the "
                        "case was synced, but this store keeps the team log's head it had. Run `hrdoc verify "
                        "--db TEAM` and tell your team and whoever runs its server"
                    ),
                    place=checked.where,
                    fault=followed.problem,
                )
            last = followed.last
        else:  # taken as it is: its newest entry, chain or not
            newest = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc()).limit(1)).first()
            last = (newest.seq, newest.entry_hash) if newest is not None else None
    if team_id is None or last is None:
        return None
    head = TeamHead(
        team_id=team_id,
        seq=last[0],
        entry_hash=last[1],
        where=checked.where,
        place=place_of(team.location),
        at=utcnow().isoformat(timespec="seconds"),
    )
    with local.read() as session:
        row = session.get(m.StoreMeta, head.key)
        old = TeamHead.from_row(row) if row is not None else None
    same = old is not None and (old.seq, old.entry_hash, old.where) == (head.seq, head.entry_hash, head.where)
    if same and checked.accepted is None:
        return old
    with local.write() as session:
        row = session.get(m.StoreMeta, head.key)
        if row is None:
            session.add(m.StoreMeta(key=head.key, value=head.to_value()))
        else:
            row.value = head.to_value()
        if checked.accepted is not None:
            for other in known_heads(session):
                if other.place == head.place and other.team_id != head.team_id:
                    session.execute(delete(m.StoreMeta).where(m.StoreMeta.key == other.key))
            _record_acceptance(session, local.user, checked, head)
    return head


def _record_acceptance(session: Session, user: str, checked: TeamLogCheck, head: TeamHead) -> None:
    audit.record(
        session,
        user,
        AuditAction.UPDATE,
        entity_type="team_store",
        entity_id=head.team_id,
        summary=f"accepted the audit log of the team store {head.where} as it now is, although {checked.accepted}",
        details={
            "team_store": head.team_id,
            "where": head.where,
            "problem": checked.accepted,
            "was": {"seq": checked.known.seq, "hash": checked.known.entry_hash} if checked.known else None,
            "now": {"seq": head.seq, "hash": head.entry_hash},
        },
    )
