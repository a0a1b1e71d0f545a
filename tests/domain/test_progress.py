"""The one progress type: a part of a larger piece of work is told within its share, in the caller's words if
given, and a cancel raised by the progress passes through the helpers unchanged."""

from __future__ import annotations

import pytest

from hrdoc.domain.errors import Cancelled
from hrdoc.domain.progress import Progress, labelled, within


def recorder() -> tuple[Progress, list[tuple[int, int, str]]]:
    told: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        told.append((done, total, what))

    return progress, told


def test_each_part_is_told_within_its_share_of_the_whole() -> None:
    progress, told = recorder()
    sizes = [10, 20, 30]
    start = 0
    for size in sizes:
        part = within(progress, start, size, sum(sizes))
        part(0, size, "adding")
        part(size // 2, size, "adding")
        part(size, size, "adding")
        start += size
    assert [done for done, _, _ in told] == [0, 5, 10, 10, 20, 30, 30, 45, 60]
    assert {total for _, total, _ in told} == {60}


def test_a_part_counting_in_other_units_is_scaled_to_its_share() -> None:
    progress, told = recorder()
    part = within(progress, 100, 50, 200)  # told in thousandths, say, or in rows
    part(0, 1000, "reading")
    part(500, 1000, "reading")
    part(1000, 1000, "reading")
    part(1200, 1000, "reading")  # a part that overshoots never spills into the next one
    assert [done for done, _, _ in told] == [100, 125, 150, 150]


def test_a_part_that_does_not_know_its_size_counts_in_the_parents_units_up_to_its_share() -> None:
    progress, told = recorder()
    part = within(progress, 10, 20, 60)
    part(7, 0, "adding")
    part(25, 0, "adding")
    assert told == [(17, 60, "adding"), (30, 60, "adding")]


def test_labelled_tells_the_callers_words_and_the_same_numbers() -> None:
    progress, told = recorder()
    shown = labelled(progress, "Reading and checking the rows of events.csv…")
    shown(3, 9, "reading")
    assert told == [(3, 9, "Reading and checking the rows of events.csv…")]
    both = labelled(within(progress, 10, 10, 20), "Adding b.jpg…")
    both(5, 10, "adding b.jpg")
    assert told[-1] == (15, 20, "Adding b.jpg…")


def test_a_cancel_raised_by_the_progress_goes_through_the_helpers() -> None:
    def stop(done: int, total: int, what: str) -> None:
        if done >= total // 2:
            raise Cancelled()

    part = labelled(within(stop, 0, 10, 10), "working")
    part(2, 10, "step")  # under half: goes on
    with pytest.raises(Cancelled):
        part(6, 10, "step")
