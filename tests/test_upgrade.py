"""Installing a newer hrdoc over an older one keeps the data (issue 18, point 5): a store made by the previous
build, installed from its own wheel, is opened by this checkout's wheel, which backs it up and migrates it, and
every record is still there and the audit chain still checks.

The previous build is :data:`PREVIOUS`, built from the repository's history with ``git archive``; its store
stands at an older schema revision than this one's, so the opening runs real migrations.
"""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.wheels import ROOT, build_wheel, install_wheel, make_folder, run, run_environment

pytestmark = pytest.mark.slow

# The build testers had before the work of issues 15 to 18 (schema revision 0008; this one is newer).
PREVIOUS = "0062702906d3d5378cf64ec38547596811e19a19"


def source_at(commit: str, target: Path) -> Path:
    """The project's files as they were at ``commit``."""
    known = subprocess.run(["git", "cat-file", "-e", f"{commit}^{{commit}}"], cwd=ROOT, capture_output=True)
    if known.returncode != 0:  # a shallow clone: the previous build's sources are not here to build
        pytest.skip(f"the repository's history does not hold {commit[:7]} (a shallow clone)")
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
    make_folder(target)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def test_a_store_made_by_the_previous_build_opens_in_this_one_with_everything(
    tmp_path: Path, installed: tuple[Path, dict[str, str], Path]
) -> None:
    old_python = install_wheel(
        build_wheel(source_at(PREVIOUS, tmp_path / "old"), tmp_path / "old-wheel"), tmp_path / "old-env"
    )
    old_env = run_environment(tmp_path / "home", old_python)
    store = make_folder(tmp_path / "data") / "cases.db"
    run([str(old_python.parent / "hrdoc"), "demo", "--db", str(store)], old_env, tmp_path)
    before = json.loads(
        run([str(old_python.parent / "hrdoc"), "--db", str(store), "cases", "--json"], old_env, tmp_path).stdout
    )

    new_python, new_env, _work = installed
    new = str(new_python.parent / "hrdoc")
    after = json.loads(run([new, "--db", str(store), "cases", "--json"], new_env, tmp_path).stdout)
    backups = list(store.parent.glob("cases.db.backup-*"))
    assert len(backups) == 1  # copied before it was migrated
    assert [(c["reference"], c["counts"]) for c in after] == [(c["reference"], c["counts"]) for c in before]
    run([new, "--db", str(store), "verify"], new_env, tmp_path)  # the audit chain and every check still pass
    # The older build refuses the newer store instead of damaging it.
    refused = subprocess.run(
        [str(old_python.parent / "hrdoc"), "--db", str(store), "cases"], env=old_env, capture_output=True, text=True
    )
    assert refused.returncode != 0 and len(refused.stderr.strip().splitlines()) == 1
