"""Reading an ACLED file beside the writing: in a process of its own for a large file, in line for a small one.

An import has two halves of about equal weight: reading and checking the rows (CSV, dates, places, actors,
the forms' domain checks, turning them into statements: pure Python) and writing them (SQLite inserts and
search documents, in the store's transaction). Two threads of one process could not share them out when the
machine was busy: the interpreter lets one thread run Python at a time, and with another program taking a
core, the thread holding it is often the one descheduled (100,000 rows took 13 to 21 s as the load rose).
So a large file is read in a second process, which has its own interpreter (:class:`ReaderProcess`):

* it is started with ``spawn`` (a fresh interpreter: forking a process that runs Qt is unsafe, and a forked
  child would inherit the store's open connections); it never opens the store and is never told its key;
* the store's process reads what the case already holds (:class:`~hrdoc.services.acled_lookups.Lookups`) and
  sends it through a pipe; the reader reads the file itself (a path) or gets its bytes through a second pipe
  (any other stream), and sends back, through the first pipe, batches of ready statements (plain data: SQL
  text and JSON arrays), how far it has read, and at the end its report or the error that stopped it;
* nothing goes through a file: what the reader gets of the case (names of places, actors and sources) and
  what it sends back are decrypted data, which only ever pass through pipes;
* the store's process runs each batch as it arrives, in its one transaction (all or nothing, as before);
  cancelling (the progress raising :class:`~hrdoc.domain.errors.Cancelled`), an error on either side, or the
  reader's death ends the import, rolls it back and stops the reader;
* the reader dies with the store's process: on Linux the kernel kills it when its parent ends
  (``PR_SET_PDEATHSIG``); everywhere, its next write to the pipe fails and it stops.

A smaller file is read in line, in the store's process (:func:`read_file`, the same code): a process costs about
0.7 s of processor time to start, more than it saves below several megabytes
(:data:`hrdoc.services.acled.IN_LINE_BELOW`).
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, BinaryIO, NoReturn, cast

from sqlalchemy.orm import Session

from hrdoc.domain.errors import UserError
from hrdoc.domain.marks import N_
from hrdoc.domain.progress import Progress
from hrdoc.services.acled_lookups import Lookups
from hrdoc.services.acled_read import AcledImportReport, _read_rows
from hrdoc.services.acled_rows import _Importer
from hrdoc.services.acled_write import _Step, run_steps

FEED_CHUNK = 1 << 16  # bytes of a stream sent at a time to the reader
# What the reading process's report says that this process's does not know (it counts what it created).
READ_FIELDS = ("rows", "imported", "rejected", "skipped", "ignored_columns", "sha256", "size")


# -- what the reader sends ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Steps:
    steps: list[_Step]


@dataclass(frozen=True, slots=True)
class _Read:
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class _Done:
    report: AcledImportReport
    cpu_seconds: float


@dataclass(frozen=True, slots=True)
class _Failed:
    error: BaseException


Message = _Steps | _Read | _Done | _Failed


def read_file(
    raw: BinaryIO, report: AcledImportReport, total: int, known: Lookups, emit: Callable[[Message], None]
) -> None:
    """Read and check every row of ``raw`` into ``report``; ``emit`` gets the batches of statements, how far
    the reading got (bytes of ``total``) and, last, the report. The reading half of an import, wherever it
    runs; errors (a file refused whole: :class:`~hrdoc.services.tables.CsvError`) pass through."""
    importer = _Importer(known, report)
    importer.ready = lambda steps: emit(_Steps(steps))

    def told(done: int, of: int, _what: str) -> None:
        emit(_Read(done, of))

    for line, values in _read_rows(raw, report.file_name, report, importer.header, told, total):
        importer.row(line, values)
    importer.finish()
    emit(_Done(report, time.process_time()))


class Writing:
    """The writing half, in the store's process: runs each batch in ``session``'s transaction, passes the
    progress on, takes the reader's report into ``report`` and raises what stopped the reader."""

    def __init__(self, session: Session, report: AcledImportReport, progress: Progress | None) -> None:
        self.session = session
        self.report = report
        self.progress = progress
        self.seconds = 0.0  # processor time spent writing
        self.reader_seconds = 0.0  # the reading process's processor time, as it told at the end
        self.done = False

    def __call__(self, message: Message) -> None:
        if isinstance(message, _Steps):
            started = time.thread_time()
            run_steps(self.session, message.steps, self.report.created)
            self.seconds += time.thread_time() - started
        elif isinstance(message, _Read):
            if self.progress is not None:
                self.progress(message.done, message.total, "reading")
        elif isinstance(message, _Done):
            if message.report is not self.report:  # read in another process: what it found
                for name in READ_FIELDS:
                    setattr(self.report, name, getattr(message.report, name))
            self.reader_seconds = message.cpu_seconds
            self.done = True
        else:
            raise message.error


# -- the reading process --------------------------------------------------------------------------------------


class ReaderProcess:
    """A process reading one ACLED file for an import in this process (see the module's docstring).

    ``source`` is the path of a regular file, which the reader opens itself, or a stream, whose bytes a
    thread of this process sends it. Start it early (it takes a moment to start), :meth:`run` it
    once the store was read, and always :meth:`close` it.
    """

    def __init__(self, source: str | BinaryIO, report: AcledImportReport, total: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.channel, theirs = context.Pipe(duplex=True)
        self.feed: Connection | None = None
        self.feeder: threading.Thread | None = None
        self.feed_error: BaseException | None = None
        self.report = report
        fed = None
        if not isinstance(source, str):
            fed, self.feed = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_serve,
            args=(theirs, source if fed is None else fed, report.file_name, report.strict, total, os.getpid()),
            name="hrdoc-acled-reader",
            daemon=True,  # ended by multiprocessing when this process exits normally
        )
        try:
            self.process.start()
        finally:
            theirs.close()  # its ends are its own: its death is then an end of file here
            if fed is not None:
                fed.close()
        if not isinstance(source, str):
            self.feeder = threading.Thread(target=self._feed, args=(source,), name="acled-feeder", daemon=True)
            self.feeder.start()

    def _feed(self, raw: BinaryIO) -> None:
        feed = self.feed
        assert feed is not None
        try:
            while chunk := raw.read(FEED_CHUNK):
                feed.send_bytes(chunk)
            feed.send_bytes(b"")  # the end of the file
        except (BrokenPipeError, ConnectionResetError, EOFError):
            pass  # the reader stopped: it says why, or the import is being ended
        except Exception as err:  # noqa: BLE001 - reading the stream failed: raised in the import's thread
            self.feed_error = err
        finally:
            with contextlib.suppress(OSError):
                feed.close()

    def run(self, known: Lookups, writing: Writing) -> None:
        """Send the reader what the case holds, then write what it sends until it is done."""
        try:
            self.channel.send(known)
        except OSError:
            self._ended()
        while not writing.done:
            try:
                message = self.channel.recv()
            except (EOFError, OSError):
                self._ended()
            if isinstance(message, _Failed) and self.feed_error is not None:
                raise self.feed_error  # reading the stream failed here, so the reader found its end too soon
            writing(message)

    def _ended(self) -> NoReturn:
        """The reader is gone without a word: say so in one line (or raise why its stream failed)."""
        if self.feed_error is not None:
            raise self.feed_error
        self.process.join(5)
        code = self.process.exitcode
        how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        raise UserError(
            N_(
                "the import of {file_name} stopped: the process reading it ended unexpectedly "
                "({how}); nothing was imported. Try again; if it happens again, split the file"
            ),
            file_name=self.report.file_name,
            how=how,
        )

    def close(self) -> None:
        """Stop the reader if it still runs (cancelled, or failed here) and wait for it."""
        with contextlib.suppress(OSError):
            self.channel.close()  # a reader still sending finds its pipe broken and stops
        # The feeder closes its own pipe (closing it here could close a descriptor it is writing to): its next
        # write fails once the reader has ended.
        self.process.join(1)
        if self.process.exitcode is None:
            self.process.terminate()
            self.process.join(5)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join()
        self.process.close()
        if self.feeder is not None:
            self.feeder.join(1)  # it may wait on a slow stream (a pipe); it stops at its next write


def _serve(channel: Connection, source: str | Connection, name: str, strict: bool, total: int, parent: int) -> None:
    """The reading process: wait for the lookups, read the file, send everything back through ``channel``."""
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the importing process, which stops this one
    try:
        known = channel.recv()
        report = AcledImportReport(file_name=name, strict=strict)
        raw = open(source, "rb") if isinstance(source, str) else cast(BinaryIO, _PipeReader(source))  # noqa: SIM115
        with raw:
            read_file(raw, report, total, known, channel.send)
    except BaseException as err:  # noqa: BLE001 - every failure goes back to the importing process
        with contextlib.suppress(OSError, EOFError):
            channel.send(_Failed(_portable(err)))
    finally:
        with contextlib.suppress(OSError):
            channel.close()


def _die_with(parent: int) -> None:
    """End this process when ``parent`` ends, even killed (Linux; elsewhere a failing pipe ends it)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def _portable(err: BaseException) -> BaseException:
    """``err`` as it can cross to the other process (its own class if it pickles, else its text)."""
    try:
        pickle.loads(pickle.dumps(err))
    except Exception:  # noqa: BLE001 - any failure to cross means: send the text
        return RuntimeError(f"{type(err).__name__}: {err}")
    return err


class _PipeReader(io.RawIOBase):
    """The bytes a :class:`ReaderProcess` sends through ``conn``, read as a file (an empty message ends it)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.pending = b""
        self.ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self.pending and not self.ended:
            self.pending = self.conn.recv_bytes()
            self.ended = not self.pending
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        super().close()
