"""The demo case: the Annefif convoy killings (Gao region, Mali), from a press report.

Everything here comes from the report in ``shared/seed/annefif-convoy-report.txt`` (The Telegraph) and
PRODUCT.md; nothing is added to what they say, except the analyst's working assessments (statuses, grades,
reasoning), which are marked as such, and the witness's protected personal details, which are obviously
fictional. The date of the events is not given in the report, so it is recorded as unknown.
"""

from __future__ import annotations

import uuid

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService

DEMO_REFERENCE = "ML-2025-004"
DEMO_PASSPHRASE = "annefif-demo"  # documented in the README; only for the demo store

TELEGRAPH_TITLE = "Accusations of Civilian Executions by Wagner Troops in Mali"
FLA_QUOTE = "Several dozens of civilians including women and children were executed and abandoned on site today."
ANALYST = "Analyst's working assessment (demo): "
# A made-up lead for the made-up case: the demo never writes whoever happens to be logged in into a case.
DEMO_LEAD = "Amina Diallo"


def build_demo_case(ctx: StoreContext) -> uuid.UUID:
    """Create the demo case through the ordinary services (so it is validated and audited)."""
    r = RecordService(ctx)
    case = r.create(
        "case",
        reference=DEMO_REFERENCE,
        title="Annefif convoy killings",
        status="open",
        visibility="restricted",
        lead_investigator=DEMO_LEAD,
        summary=(
            "Wagner Group fighters and Malian troops allegedly opened fire on three civilian vehicles near "
            "Annefif (Gao region, north-eastern Mali) travelling towards the Algerian border, killing 24 "
            "civilians including women and children. The Azawad Liberation Front (FLA), a Tuareg separatist "
            "group, makes the accusation and says it lost eight fighters in clashes that weekend. A relative "
            "of a victim gives an account. The army did not comment; a military source dismissed the claims "
            "and said an investigation was ongoing. Human Rights Watch has documented earlier killings, "
            "disappearances and arson by Wagner in Mali."
        ),
        tags=["Mali", "Gao", "Wagner Group", "convoy"],
    )
    place = r.create(
        "location",
        case_id=case,
        name="Annefif",
        alt_spellings=["Anefis", "Anéfis"],
        admin1="Gao",
        country_code="ML",
        geo_precision="near",
        visibility="public",
        notes="The report places the events near Annefif, in the Gao region of north-eastern Mali.",
    )

    wagner = r.create(
        "actor",
        case_id=case,
        name="Wagner Group",
        aliases=["Africa Corps", "Wagner"],
        kind="foreign_military_or_mercenary",
        affiliation="Closely tied to the Russian state; designated a terrorist organisation in the UK",
        country_code="RU",
        visibility="public",
    )
    fama = r.create(
        "actor",
        case_id=case,
        name="Malian Armed Forces",
        aliases=["FAMa", "Forces Armées Maliennes"],
        kind="state_force",
        affiliation="Mali (under military rule since the coups of 2020 and 2021)",
        country_code="ML",
        visibility="public",
    )
    r.create(
        "actor",
        case_id=case,
        name="Azawad Liberation Front",
        aliases=["FLA", "Front de Libération de l'Azawad"],
        kind="non_state_armed_group",
        affiliation="Tuareg separatist group",
        country_code="ML",
        visibility="public",
    )

    clashes = r.create(
        "incident",
        case_id=case,
        title="Clashes between the FLA and government forces near Annefif",
        description=(
            "The Azawad Liberation Front says it fought government forces near Annefif over the weekend, "
            "lost eight fighters and killed six soldiers or mercenaries."
        ),
        date_precision="unknown",
        date_as_reported="over the weekend before the convoy attack (date not given in the report)",
        location_id=place,
        event_type="battles",
        event_subtype="armed_clash",
        fatalities_best=14,
        civilian_targeting=False,
        visibility="public",
        notes="Figures are the FLA's own: eight FLA fighters and six soldiers or mercenaries.",
    )
    convoy = r.create(
        "incident",
        case_id=case,
        title="Attack on a civilian convoy near Annefif",
        description=(
            "Wagner Group fighters and Malian troops reportedly opened fire on a convoy of three civilian "
            "vehicles travelling towards Algeria's border, killing 24 people, including women and children, "
            "in what the FLA calls a reprisal for the clashes with government forces."
        ),
        date_precision="unknown",
        date_as_reported="after the weekend's clashes; the FLA statement says 'today' (no date in the report)",
        location_id=place,
        event_type="violence_against_civilians",
        event_subtype="attack",
        fatalities_low=24,
        fatalities_best=24,
        civilian_targeting=True,
        visibility="public",
        notes="The FLA statement speaks of 'several dozens of civilians'; the report gives 24 killed.",
    )

    execution = r.create(
        "allegation",
        case_id=case,
        incident_id=convoy,
        violation_type="extrajudicial_execution",
        description="Civilians, including women and children, were executed and abandoned on site.",
        status="possible",
        standard_of_proof="reasonable_suspicion",
        reasoning=ANALYST + "alleged by a party to the conflict (FLA) and consistent with a relative's account "
        "reported by the press; denied by a military source; not yet corroborated independently.",
        visibility="public",
    )
    attack = r.create(
        "allegation",
        case_id=case,
        incident_id=convoy,
        violation_type="attack_on_civilians",
        description="Three civilian vehicles travelling towards the Algerian border were shot at.",
        status="possible",
        standard_of_proof="reasonable_suspicion",
        reasoning=ANALYST + "a relative of a victim describes the attack on the vehicles; the FLA makes the same "
        "accusation; a military source dismisses claims of civilian casualties by its forces.",
        visibility="public",
    )
    for allegation in (execution, attack):
        # The attribution is what the public press report says: public, like the allegation itself.
        for actor in (wagner, fama):
            r.create(
                "perpetrator",
                case_id=case,
                allegation_id=allegation,
                actor_id=actor,
                involvement="direct",
                visibility="public",
            )

    killed = r.create(
        "victim",
        case_id=case,
        kind="group",
        label="Civilians in three vehicles travelling towards the Algerian border",
        description="24 civilians killed, including women and children (no breakdown given).",
        status="killed",
        count_low=24,
        count_best=24,
        visibility="public",
    )
    cousin = r.create(
        "victim",
        case_id=case,
        kind="individual",
        label="V-01",
        description="A passenger in the first car, in which all passengers reportedly died.",
        status="killed",
        visibility="restricted",
        # Who he was to the witness stays with the team: the witness is confidential.
        notes="Cousin of witness W-01.",
    )
    for allegation in (execution, attack):
        r.create("allegation_victim", case_id=case, allegation_id=allegation, victim_id=killed, visibility="public")
    r.create("allegation_victim", case_id=case, allegation_id=attack, victim_id=cousin, visibility="restricted")

    witness = r.create(
        "witness",
        case_id=case,
        pseudonym="W-01",
        sex="male",
        relation="relative_of_victim",
        risk_level="high",
        visibility="confidential",
        notes="Relative of a civilian killed in the convoy; not an eyewitness to everything he describes.",
        identity={
            "legal_name": "Fictional Demo Person (not a real witness)",
            "contact": "+000 00 00 00 00 (fictional)",
            "residence": "Nowhere-ville (fictional)",
        },
        consent={
            "to_be_recorded": True,
            "to_be_quoted": False,
            "to_be_named": False,
            "share_with_partners": True,
            "contact_again": True,
            "how_given": "Demo data: oral consent, as an investigator would record it",
        },
    )
    account = r.create(
        "account",
        case_id=case,
        witness_id=witness,
        visibility="restricted",
        interviewer="The Telegraph (as reported)",
        method="reported",
        narrative=(
            "A relative of a civilian killed in the convoy described how their vehicle was attacked by Wagner "
            "mercenaries and Malian soldiers. All passengers in the first car reportedly died, including his "
            "cousin."
        ),
        quotable=False,
    )

    telegraph = r.create(
        "source",
        case_id=case,
        kind="news_article",
        title=TELEGRAPH_TITLE,
        publisher="The Telegraph",
        url="https://www.telegraph.co.uk",
        language="en",
        reliability="B",
        credibility="3",
        stance="accuses",
        visibility="public",
        notes="Press report; only the publisher's site is given as the original source.",
    )
    fla_claim = r.create(
        "source",
        case_id=case,
        kind="party_claim",
        title="Azawad Liberation Front statement accusing the army and Wagner of targeting civilians",
        author="Azawad Liberation Front (FLA)",
        stance="accuses",
        reliability="F",
        credibility="3",
        visibility="public",
        notes="Known through The Telegraph's report; the FLA is a party to the conflict.",
    )
    military = r.create(
        "source",
        case_id=case,
        kind="official_statement",
        title="Malian military source dismissing claims of civilian casualties",
        author="Unnamed Malian military source",
        stance="denies",
        reliability="F",
        credibility="4",
        visibility="public",
        notes="Mali's military did not comment directly; a military source said an investigation was ongoing.",
    )
    hrw = r.create(
        "source",
        case_id=case,
        kind="ngo_report",
        title="Human Rights Watch reports on abuses by Wagner forces in Mali",
        author="Human Rights Watch",
        publisher="Human Rights Watch",
        stance="context",
        reliability="B",
        credibility="2",
        visibility="public",
        notes="Earlier documented killings of civilians, enforced disappearances and arson of homes by Wagner.",
    )

    def link(
        origin: str, origin_id: uuid.UUID, target: uuid.UUID, relation: str, excerpt: str, visibility: str = "public"
    ) -> None:
        target_field = "incident_id" if target in (convoy, clashes) else "allegation_id"
        ends = {f"{origin}_id": origin_id, target_field: target}
        r.create("link", case_id=case, relation=relation, excerpt=excerpt, visibility=visibility, **ends)

    link(
        "source",
        telegraph,
        attack,
        "supports",
        "Wagner Group fighters and Malian troops reportedly opened fire on a convoy of civilian vehicles, "
        "resulting in the deaths of 24 individuals",
    )
    link("source", telegraph, execution, "supports", "the execution of women and children")
    link("source", fla_claim, execution, "supports", FLA_QUOTE)
    link("source", fla_claim, attack, "supports", "civilians in three vehicles being shot at")
    link("source", military, execution, "contradicts", "dismissing claims of civilian casualties by their forces")
    link("source", military, attack, "contradicts", "dismissing claims of civilian casualties by their forces")
    link(
        "source",
        hrw,
        execution,
        "context",
        "Wagner's forces killing civilians, forcibly disappearing others, and committing arson against homes",
    )
    link(
        "source",
        telegraph,
        clashes,
        "supports",
        "they lost eight fighters and allegedly killed six soldiers or mercenaries",
    )
    link(
        "account",
        account,
        attack,
        "supports",
        "all passengers in the first car reportedly dying, including his cousin",
        visibility="restricted",
    )

    # Who reports how many of whom: the figures behind the incidents' estimates, each with its source's words.
    def figure(source: uuid.UUID, target: uuid.UUID, of_whom: str, qualifier: str, value: int, words: str) -> None:
        r.create(
            "figure",
            case_id=case,
            incident_id=target,
            source_id=source,
            counted="killed",
            of_whom=of_whom,
            qualifier=qualifier,
            value=value,
            as_described=words,
            in_estimate=source == telegraph,
            visibility="public",
        )

    figure(telegraph, convoy, "civilians", "exact", 24, "24 individuals, including women and children")
    figure(fla_claim, convoy, "civilians", "at_least", 24, "several dozens of civilians including women and children")
    figure(telegraph, clashes, "combatants", "exact", 8, "eight fighters (FLA's own losses, as the FLA says)")
    figure(telegraph, clashes, "combatants", "exact", 6, "six soldiers or mercenaries (as the FLA claims)")
    return case
