"""Exchange: moving a case between stores — bundles between laptops, sync with a team store, the merge.

Where to start reading:

* ``snapshot`` — a case as plain data (``Snapshot``, ``take_snapshot``): what travels;
* ``merge`` — the merge of a snapshot into a store (``Merger``, ``MergeReport``): ``parts`` says what a
  record is as a whole (its identity, consent or versions; the records that depend on it), ``merge_records``
  decides record by record, ``merge_deletions`` decides deletions with what depends on them, ``merge_parts``
  applies the parts, ``merge_logs`` merges the audit and custody logs;
* ``checks`` — what a merge refuses before it writes anything (a copy reaching beyond its case, broken
  rules); ``checks_logs`` checks the audit and custody entries a copy carries; ``refusal`` words a refusal;
* ``bundles`` — export a case to a ``.hrdoc`` file and import one (the file itself is ``bundle/``:
  ``container`` writes one, ``reader`` checks and reads one; described in docs/bundle-format.md);
* ``sync`` — pull and merge, then push, with a team store;
* ``conflicts`` — listing the conflicts a merge kept for a person to decide, each record whole;
  ``conflicts_decide`` carries out a decision.

Nothing is imported here, so importing one part does not load the others.
"""
