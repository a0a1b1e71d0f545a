"""The report's story, made as the layout reaches it rather than whole before it starts.

A report of 20,000 allegations is some 300,000 flowables; made whole before the layout, they held a gigabyte
(issue 15). ReportLab's ``BaseDocTemplate.build`` takes its story as a list and consumes it from the front
(it reads ``len()``, looks ahead from the front for flowables kept with the next one, and deletes what it has
laid out), so :class:`LazyStory` is a list that fills itself, part by part, each time the layout asks how
long it is and it holds too little: only the parts being laid out are ever held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from reportlab.platypus import Flowable

Part = Callable[[], list[Flowable]]  # makes one part of the report (a section's opening, an incident…)


class LazyStory(list[Flowable]):
    """A story that takes its flowables from ``chunks`` as the layout reaches them.

    The layout asks ``len()`` before each flowable it takes, and looks ahead from the front for a run of
    flowables kept with the next one (a heading keeps with what follows it) and the one that ends the run.
    So the list takes chunks while every flowable it holds keeps with the next (or it holds none): it then
    holds the end of that run, and nothing more. Empty means the story is over.
    """

    def __init__(self, chunks: Iterable[list[Flowable]]) -> None:
        super().__init__()
        self._chunks: Iterator[list[Flowable]] | None = iter(chunks)

    def __len__(self) -> int:
        while self._chunks is not None and all(f.getKeepWithNext() for f in list.__iter__(self)):
            chunk = next(self._chunks, None)
            if chunk is None:
                self._chunks = None
            else:
                self.extend(chunk)
        return list.__len__(self)

    def __bool__(self) -> bool:
        return len(self) > 0
