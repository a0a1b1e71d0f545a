"""A report's data names no record withheld from its audience: the references the sharing policy lets a record
go without (an incident's place, a working copy's original, the record an evidence file is filed under) are
emptied by the policy's own function (``sharing.without_withheld``), as in a bundle, before the renderer gets
them. Nothing of them is printed anyway; an id in the data would still tell that a withheld record exists.
"""

from __future__ import annotations

import io
from pathlib import Path

from hrdoc.domain.enums import Visibility
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import ReportService
from hrdoc.services.session import new_store
from hrdoc.services.sharing import Audience
from tests.helpers import PASSPHRASE
from tests.services.evidence import samples


def test_a_report_for_the_public_holds_no_id_of_a_withheld_record(tmp_path: Path) -> None:
    ctx = new_store(tmp_path / "store.db", PASSPHRASE, user="investigator")
    try:
        r = RecordService(ctx)
        case = r.create("case", reference="ML-9", title="Case", visibility="public")
        place = r.create("location", case_id=case, name="Safe house", visibility="confidential")
        raid = r.create("incident", case_id=case, title="Raid", location_id=place, visibility="public")
        hidden = r.create("incident", case_id=case, title="Arrest", visibility="confidential")
        ev = EvidenceService(ctx)
        notice = ev.intake(
            case, io.BytesIO(b"%PDF-1.4 notice"), original_name="notice.pdf", visibility=Visibility.PUBLIC,
            attach_to=hidden,
        )  # fmt: skip
        photo = ev.intake(
            case, io.BytesIO(samples.plain_jpeg()), original_name="raw.jpg", visibility=Visibility.CONFIDENTIAL,
            attach_to=raid,
        )  # fmt: skip
        copy = ev.working_copy(
            photo.evidence_id,
            io.BytesIO(samples.plain_jpeg((32, 24))),
            original_name="blurred.jpg",
            description="Faces blurred",
            alteration_note="faces blurred",
            visibility=Visibility.PUBLIC,
        )
        withheld = {str(place), str(hidden), str(photo.evidence_id)}

        public = ReportService(ctx).view(str(case), Audience.PUBLIC)
        assert [i["id"] for i in public.incidents] == [str(raid)] and public.incidents[0]["location_id"] is None
        files = {e["id"]: e for e in public.evidence}
        assert set(files) == {str(notice.evidence_id), str(copy.evidence_id)}
        assert (files[str(notice.evidence_id)]["attached_kind"], files[str(notice.evidence_id)]["attached_id"]) == (
            "",
            None,
        )
        assert files[str(copy.evidence_id)]["original_id"] is None
        assert [w for w in withheld if w in repr(public)] == []

        # Within the team nothing is withheld: the references stay.
        internal = ReportService(ctx).view(str(case), Audience.INTERNAL)
        assert {i["location_id"] for i in internal.incidents} == {str(place), None}
        files = {e["id"]: e for e in internal.evidence}
        assert files[str(notice.evidence_id)]["attached_id"] == str(hidden)
        assert files[str(copy.evidence_id)]["original_id"] == str(photo.evidence_id)
    finally:
        ctx.close()
