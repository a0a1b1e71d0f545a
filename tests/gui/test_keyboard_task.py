"""Issue 14, point 10: the whole task of entering a small case, from the keyboard alone, on the real main window.

A fresh store; the app's own window as ``hrdoc gui`` builds it. Every key is a key event sent to the widget that has
the keyboard (the field a person would be typing in: in the form or question on top when one is open), never a
mouse click or a call that sets a value. The task: a new case; two incidents with a place and approximate dates,
the place made from the first incident's Place picker; one allegation with a perpetrator and two victims typed in
its form; a witness with protected identity and consent; an account by that witness; a graded source; and one
link made from the corroboration matrix (Enter on a cell).

The driver counts the keys: every key that is not text (Tab, Return, Ctrl+Enter, Alt+letter, arrows, a letter
choosing from a drop-down) is one key press; what is typed into a field is counted apart, as its length. Goal: at
most 150 key presses plus the text, and nothing lost: every value typed is read back through the services, in
the right record of the right case.

Two things a desktop does that the offscreen platform does not are done by the driver, never by focusing a widget:
when the window on top closes, the window under it is activated again (its own focus widget keeps the keyboard);
and a key is handled after the events the app has already queued, as the window system's key events are. Before
typing on, the driver waits for what a person would see (the form open with the keyboard in it, the record just
saved selected beside its list).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from hrdoc.domain.registry import Kind
from hrdoc.gui.app import AppController
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftService
from hrdoc.services.records import RecordService
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.gui

KEY_LIMIT = 150  # the goal: at most this many key presses, plus the text itself
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key


# -- the driver ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Press:
    """One key, with its modifiers: counted as one key press."""

    key: Qt.Key
    modifiers: Qt.KeyboardModifier = NONE


@dataclass(frozen=True)
class Type:
    """Text typed into the field that has the keyboard, a key per character: counted as text."""

    text: str


@dataclass(frozen=True)
class Until:
    """Wait (as a person looks before typing on) until ``ready`` holds; fail after ``timeout_s`` saying ``what``."""

    ready: Callable[[], bool]
    what: str
    timeout_s: float = 10.0


Step = Press | Type | Until


def keyboard_widget() -> QWidget:
    """Where a key typed now goes: the widget with the keyboard focus, which must be in the window on top (the open
    popup, else the modal form or question, else the main window): a key sent elsewhere would be lost."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    top = QApplication.activePopupWidget() or on_top()
    assert widget.window() is top, f"the keyboard is in {describe(widget)}, not in the window on top ({describe(top)})"
    return widget


def on_top() -> QWidget | None:
    """The window a person sees on top: the modal form or question, else the main window."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def window_manager() -> bool:
    """What a desktop's window manager does and the offscreen platform does not: when the window on top closes (or
    a progress window shows for a moment and goes), the one under it becomes active again, its own focus widget
    holding the keyboard. No widget is focused here: the window keeps the keyboard where the app left it. True once
    the window on top is the active one (activation takes a turn of the event loop)."""
    if QApplication.activePopupWidget() is not None:
        return True
    top = on_top()
    active = QApplication.activeWindow()
    if top is None or active is top:
        return True
    if active is None or not active.isVisible():
        top.activateWindow()
        return False
    return True  # another window is on top of it (a dialog the app opened): keys go there, and the test says so


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name!r}) in {widget.window().windowTitle()!r}"


@dataclass
class Driver:
    """Runs a script of steps from the event loop, so that a key opening a modal form (whose ``exec`` does not
    return until it closes) is followed by the next steps inside that form, as a person's typing would be. Counts
    the keys and the characters typed; ``log`` says where each key went."""

    steps: Iterator[Step]
    keys: int = 0
    text: int = 0
    log: list[str] = field(default_factory=list)
    error: BaseException | None = None
    finished: bool = False
    _pending: Step | None = None
    _deadline: float = 0.0

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if self.finished:
            return
        try:
            self._run()
        except BaseException as err:  # noqa: BLE001 - stop, close what is open so every exec returns, report it
            self.error = err
            self.finished = True
            self._close_everything()

    def _run(self) -> None:
        while True:
            step = self._pending
            if step is None:
                step = next(self.steps, None)
                if step is None:
                    self.finished = True
                    return
                self._deadline = time.monotonic() + (step.timeout_s if isinstance(step, Until) else 10.0)
            self._pending = None
            ready = window_manager() and (not isinstance(step, Until) or step.ready())
            if not ready:  # look again in a moment
                if time.monotonic() > self._deadline:
                    what = step.what if isinstance(step, Until) else f"the window on top is active, for {step}"
                    raise AssertionError(
                        f"waited in vain until {what}; the keyboard is in {describe(QApplication.focusWidget())}"
                    )
                self._pending = step
                QTimer.singleShot(20, self._next)
                return
            if isinstance(step, Until):
                continue
            # A key typed now is handled after what the app has queued already (a widget it has just laid out is
            # shown by a queued call, say), as the window system's key events are.
            QCoreApplication.sendPostedEvents()
            # The next steps run once this key is handled, or, if it opens a modal window, from inside that window.
            QTimer.singleShot(0, self._next)
            self._send(step)
            return

    def _send(self, step: Press | Type) -> None:
        if isinstance(step, Type):
            self.text += len(step.text)
            self.log.append(f"     {step.text!r} typed in {describe(keyboard_widget())}")
            for char in step.text:
                QTest.keyClicks(keyboard_widget(), char)  # each to the widget that has the keyboard by then
            return
        self.keys += 1
        target = keyboard_widget()
        self.log.append(f"{self.keys:3}: {key_name(step)} in {describe(target)}")
        QTest.keyClick(target, step.key, step.modifiers)

    def _close_everything(self) -> None:
        for _ in range(20):
            popup = QApplication.activePopupWidget()
            modal = QApplication.activeModalWidget()
            top = popup or modal
            if top is None:
                return
            if isinstance(top, RecordDialog):
                top.keep_draft = True  # closed by the test, not by a person: nothing to ask
            top.hide()


def key_name(press: Press) -> str:
    return QKeySequence(press.key.value | press.modifiers.value).toString()


# -- what a person looks for before typing on ------------------------------------------------------------------


def form_open(kind: str) -> Until:
    """The form of a new record of ``kind`` is on top, with the keyboard in it."""

    def ready() -> bool:
        modal = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        return (
            isinstance(modal, RecordDialog)
            and modal.kind == kind
            and modal.isVisible()
            and focus is not None
            and focus.window() is modal
        )

    return Until(ready, f"the form of a new {kind} has the keyboard")


def back_in(window: MainWindow, what: str, extra: Callable[[], bool] = lambda: True, *, case: bool = True) -> Until:
    """No form is open, the main window has the keyboard and (with ``case``) the open case is shown."""

    def ready() -> bool:
        focus = QApplication.focusWidget()
        return (
            QApplication.activeModalWidget() is None
            and focus is not None
            and focus.window() is window
            and (window.workspace.data is not None or not case)
            and extra()
        )

    return Until(ready, what)


def chooses(*keys: Qt.Key) -> Iterator[Step]:
    """Letters pressed in a drop-down to choose an entry (keys, not text)."""
    for key in keys:
        yield Press(key)


def tabs(count: int) -> Iterator[Step]:
    for _ in range(count):
        yield Press(Key.Key_Tab)


SAVE = Press(Key.Key_Return, CTRL)


# -- the task --------------------------------------------------------------------------------------------------

CASE = ("ML-2025-100", "Killings on the Anefis road")
INCIDENTS = (
    ("Convoy ambushed near Anefis", "2025-02-14"),  # approximate day
    ("Checkpoint shooting at Anefis", "2025-02-01"),  # month known
)
PLACE = ("Anefis", "Annefif", "Mali")  # name, another spelling, country
ALLEGATION = "Two drivers shot dead at the checkpoint"
PERPETRATOR = "FAMa"
VICTIMS = (("Moussa Ag", 1), ("Bus passengers", 7))  # an individual, then a group
WITNESS = ("W-01", "2025-02-20", "oral, recorded", "Fictional Witness One")  # pseudonym, consent date, how, name
ACCOUNT = ("2025-02-20", "I saw soldiers stop the bus and shoot the two drivers.")
SOURCE = "NGO report on the Anefis checkpoint"
EXCERPT = "Both drivers were shot at the checkpoint"


def task(window: MainWindow) -> Iterator[Step]:
    workspace = window.workspace

    def selected(kind: str, label: str) -> Callable[[], bool]:
        """The record just saved is selected in its list and shown beside it, as the case now is."""

        def check() -> bool:
            shown = workspace.detail.showing()
            return shown is not None and shown[0] == kind and label in workspace.detail.heading.text()

        return check

    # A new case: Ctrl+N on the Overview of an empty store.
    yield back_in(window, "the main window is up", case=False)
    yield Press(Key.Key_N, CTRL)
    yield form_open(Kind.CASE)
    yield Type(CASE[0])
    yield Press(Key.Key_Return)  # on to the title
    yield Type(CASE[1])
    yield SAVE
    # It opens at once, on its Overview, the first next step holding the keyboard: Space adds an incident.
    yield back_in(window, "the new case is open", lambda: workspace.heading.text().startswith(CASE[0]))
    yield Press(Key.Key_Space)
    yield form_open(Kind.INCIDENT)
    title, start = INCIDENTS[0]
    yield Type(title)
    yield from tabs(2)  # description, start date
    yield Type(start)
    yield from tabs(2)  # end date, date precision
    yield from chooses(Key.Key_A)  # Approximate day
    yield from tabs(2)  # date as reported, place
    yield Type(PLACE[0])  # not in the case yet: "New place “Anefis”…" is the entry offered
    yield Press(Key.Key_Return)
    yield form_open(Kind.LOCATION)  # its name already typed
    yield Press(Key.Key_Tab)  # other spellings
    yield Type(PLACE[1])
    yield from tabs(3)  # region, district, country
    yield Type(PLACE[2])
    yield Press(Key.Key_Return)  # the country found
    yield SAVE  # the place, and back in the incident form holding it
    yield form_open(Kind.INCIDENT)
    yield SAVE
    # The second incident, in the place made for the first, found by typing part of its name.
    yield back_in(window, "the first incident is saved and selected", selected(Kind.INCIDENT, INCIDENTS[0][0]))
    yield Press(Key.Key_N, CTRL)
    yield form_open(Kind.INCIDENT)
    title, start = INCIDENTS[1]
    yield Type(title)
    yield from tabs(2)
    yield Type(start)
    yield from tabs(2)
    yield from chooses(Key.Key_M)  # Month
    yield from tabs(2)
    yield Type(PLACE[0][:4])
    yield Press(Key.Key_Return)  # the place found
    yield SAVE
    # The allegation, from the incident shown beside the list: its Add allegation button.
    yield back_in(window, "the second incident is saved and selected", selected(Kind.INCIDENT, INCIDENTS[1][0]))
    yield Press(Key.Key_A, ALT)
    yield form_open(Kind.ALLEGATION)  # its incident already chosen
    yield Press(Key.Key_Tab)  # violation
    yield from chooses(Key.Key_E, Key.Key_X)  # Extrajudicial or summary execution
    yield Press(Key.Key_Tab)  # description
    yield Type(ALLEGATION)
    yield Press(Key.Key_P, ALT)  # Add perpetrator: a row, the keyboard in its actor picker
    yield Type(PERPETRATOR)
    yield Press(Key.Key_Return)  # "New actor “FAMa”…": made with the allegation
    yield Press(Key.Key_Tab)  # degree of involvement
    yield from chooses(Key.Key_D)  # Direct
    yield Press(Key.Key_V, ALT)  # Add victim
    yield Type(VICTIMS[0][0])
    yield Press(Key.Key_Return)
    yield Press(Key.Key_Tab)  # kind
    yield from chooses(Key.Key_I)  # Individual
    yield Press(Key.Key_Tab)  # count
    yield Type(str(VICTIMS[0][1]))
    yield Press(Key.Key_V, ALT)
    yield Type(VICTIMS[1][0])
    yield Press(Key.Key_Return)
    yield from tabs(2)  # a group already, then the count
    yield Type(str(VICTIMS[1][1]))
    yield SAVE
    # A witness, with consent and a protected identity.
    yield back_in(window, "the allegation is saved", selected(Kind.ALLEGATION, INCIDENTS[1][0]))
    yield Press(Key.Key_7, ALT)  # Witnesses & accounts
    yield Press(Key.Key_N, CTRL)
    yield form_open(Kind.WITNESS)
    pseudonym, given_on, how, legal_name = WITNESS
    yield Type(pseudonym)
    yield from tabs(7)  # sex, age group, language, relation, risk, interview language, to be recorded
    yield Press(Key.Key_Space)  # recorded
    yield Press(Key.Key_Tab)
    yield Press(Key.Key_Space)  # quoted
    yield from tabs(3)  # named, shared with partners, contacted again
    yield Press(Key.Key_Space)  # contacted again
    yield Press(Key.Key_Tab)  # given on
    yield Type(given_on)
    yield Press(Key.Key_Tab)
    yield Type(how)
    yield Press(Key.Key_Tab)  # legal name (protected)
    yield Type(legal_name)
    yield SAVE
    # An account by that witness, from the witness shown beside the list: its Add account button.
    yield back_in(window, "the witness is saved and selected", selected(Kind.WITNESS, WITNESS[0]))
    yield Press(Key.Key_A, ALT)
    yield form_open(Kind.ACCOUNT)  # its witness already chosen
    interview_date, narrative = ACCOUNT
    yield from tabs(2)  # interviewer, interview date
    yield Type(interview_date)
    yield from tabs(6)  # place, method, language, translation language, translator, narrative
    yield Type(narrative)
    yield SAVE
    # A graded source.
    yield back_in(window, "the account is saved", selected(Kind.ACCOUNT, WITNESS[0]))
    yield Press(Key.Key_8, ALT)  # Sources
    yield Press(Key.Key_N, CTRL)
    yield form_open(Kind.SOURCE)
    yield from chooses(Key.Key_N, Key.Key_G)  # NGO report
    yield Press(Key.Key_Tab)
    yield Type(SOURCE)
    yield from tabs(8)  # author, publisher, URL, published, accessed, archived URL, language, reliability
    yield from chooses(Key.Key_B)  # B — usually reliable
    yield Press(Key.Key_Tab)
    yield from chooses(Key.Key_2)  # 2 — probably true
    yield SAVE
    # The link, from the corroboration matrix: Enter on the cell of the source and the allegation.
    yield back_in(window, "the source is saved and selected", selected(Kind.SOURCE, SOURCE))
    yield Press(Key.Key_0, ALT)  # Evidence links
    yield Press(Key.Key_Return)
    yield form_open(Kind.LINK)  # its source and allegation already chosen
    yield from tabs(3)  # relation (Supports), the allegation, excerpt
    yield Type(EXCERPT)
    yield SAVE
    yield back_in(window, "the link is saved", selected(Kind.LINK, SOURCE))


# -- the test --------------------------------------------------------------------------------------------------


def test_a_small_case_is_entered_from_the_keyboard_alone_in_at_most_150_keys(
    qtbot, store_path: Path, controllers
) -> None:
    # A fresh store, made by the app as 'hrdoc gui --db' makes one on its first run.
    controller: AppController = controllers(str(store_path), encrypted=True, user="tester")
    assert controller.start(PASSPHRASE)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    window.activateWindow()  # as the window manager does when the app starts
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)

    driver = Driver(task(window))
    driver.start()
    qtbot.waitUntil(lambda: driver.finished, timeout=120_000)
    report = "\n".join(driver.log)
    if driver.error is not None:
        raise AssertionError(f"{driver.error}\nkeys so far:\n{report}") from driver.error
    print(f"\n{driver.keys} key presses plus {driver.text} characters of text\n{report}")
    assert driver.keys <= KEY_LIMIT, f"{driver.keys} key presses, more than {KEY_LIMIT}:\n{report}"

    stored = controller.ctx
    assert stored is not None
    check_everything_arrived(stored)


def check_everything_arrived(ctx: StoreContext) -> None:
    cases = CaseService(ctx).summaries()
    assert [(c.reference, c.title) for c in cases] == [CASE]
    case_id = CaseService(ctx).resolve(CASE[0]).id
    records = RecordService(ctx)

    def of(kind: str) -> list:
        return list(records.records(kind, case_id))

    [place] = of(Kind.LOCATION)
    assert (place.name, place.alt_spellings, place.country_code) == (PLACE[0], [PLACE[1]], "ML")
    incidents = {i.title: i for i in of(Kind.INCIDENT)}
    assert sorted(incidents) == sorted(t for t, _ in INCIDENTS)
    when = {title: (str(i.start_date), i.date_precision, i.location_id) for title, i in incidents.items()}
    assert when == {
        INCIDENTS[0][0]: (INCIDENTS[0][1], "approximate_day", place.id),
        INCIDENTS[1][0]: (INCIDENTS[1][1], "month", place.id),
    }
    [allegation] = of(Kind.ALLEGATION)
    assert (allegation.incident_id, allegation.violation_type) == (
        incidents[INCIDENTS[1][0]].id,
        "extrajudicial_execution",
    )
    assert allegation.description == ALLEGATION
    [actor] = of(Kind.ACTOR)
    [perpetrator] = of(Kind.PERPETRATOR)
    assert (actor.name, perpetrator.actor_id, perpetrator.allegation_id) == (PERPETRATOR, actor.id, allegation.id)
    assert perpetrator.involvement == "direct"
    victims = {v.label: v for v in of(Kind.VICTIM)}
    assert {(label, v.kind, v.count_best) for label, v in victims.items()} == {
        (VICTIMS[0][0], "individual", VICTIMS[0][1]),
        (VICTIMS[1][0], "group", VICTIMS[1][1]),
    }
    assert {(v.allegation_id, v.victim_id) for v in of(Kind.ALLEGATION_VICTIM)} == {
        (allegation.id, victims[label].id) for label, _count in VICTIMS
    }
    [witness] = of(Kind.WITNESS)
    assert witness.pseudonym == WITNESS[0]
    consent = records.consent(witness.id)
    assert consent is not None
    assert (consent.to_be_recorded, consent.to_be_quoted, consent.to_be_named) == (True, True, False)
    assert (consent.share_with_partners, consent.contact_again) == (False, True)
    assert (str(consent.given_on), consent.how_given) == (WITNESS[1], WITNESS[2])
    identity = records.reveal_identity(Kind.WITNESS, witness.id, "test: the typed identity arrived")
    assert identity["legal_name"] == WITNESS[3]
    [account] = of(Kind.ACCOUNT)
    version = records.current_version(account.id)
    assert (account.witness_id, str(version.interview_date), version.narrative) == (witness.id, *ACCOUNT)
    [source] = of(Kind.SOURCE)
    assert (source.title, source.kind, source.reliability, source.credibility) == (SOURCE, "ngo_report", "B", "2")
    [link] = of(Kind.LINK)
    assert (link.source_id, link.allegation_id, link.relation) == (source.id, allegation.id, "supports")
    assert link.excerpt == EXCERPT
    assert DraftService(ctx).pending() == []  # nothing left behind unsaved
