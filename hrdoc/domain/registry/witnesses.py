"""Witnesses and what they say: the witness (a pseudonym; who they are is kept apart, protected), their
consent, and their accounts, each correction kept as a new version."""

from __future__ import annotations

from hrdoc.domain import enums
from hrdoc.domain.registry.base import (
    N_,
    ONE_PER_LINE,
    FieldDef,
    Group,
    KindDef,
    P,
    R,
    T,
    W,
    identity,
    record,
    system,
)

WITNESS_KINDS: tuple[KindDef, ...] = (
    KindDef(
        "witness",
        "witnesses",
        N_("witness"),
        record(
            FieldDef(
                "pseudonym",
                N_("Pseudonym"),
                P,
                max_length=40,
                searchable=True,
                hint=N_("for example W-07; never the real name"),
                reported=True,
            ),
            # Sex, age and language narrow down who a witness is: partners at most.
            FieldDef("sex", N_("Sex"), R, W.CHOICE, enums.Sex),
            FieldDef("age_group", N_("Age group"), R, W.CHOICE, enums.AgeGroup),
            FieldDef("language", N_("Language"), R, max_length=60, searchable=True),
            FieldDef("relation", N_("How they know"), P, W.CHOICE, enums.WitnessRelation),
            FieldDef("risk_level", N_("Risk to the witness"), T, W.CHOICE, enums.RiskLevel),
            # Like their language, it narrows down who a witness is: partners at most.
            FieldDef(
                "interview_language",
                N_("Preferred interview language"),
                R,
                max_length=60,
                hint=N_("if not their own language: an interpreter is needed"),
            ),
        ),
    ),
    KindDef("witness_identity", "witness_identities", N_("witness's identity"), identity("witness"), owner="witness"),
    KindDef(
        "consent",
        "consents",
        N_("consent"),
        (
            system("witness_id", P, N_("Witness")),
            FieldDef("to_be_recorded", N_("Agrees to be recorded"), T, W.CHECK, group=Group.CONSENT),
            FieldDef("to_be_quoted", N_("Agrees to be quoted"), T, W.CHECK, group=Group.CONSENT),
            FieldDef("to_be_named", N_("Agrees to be named"), T, W.CHECK, group=Group.CONSENT),
            FieldDef("share_with_partners", N_("Agrees to sharing"), T, W.CHECK, group=Group.CONSENT),
            FieldDef("contact_again", N_("May be contacted again"), T, W.CHECK, group=Group.CONSENT),
            FieldDef("given_on", N_("Consent given on"), T, W.DATE, group=Group.CONSENT),
            FieldDef(
                "how_given",
                N_("How consent was given"),
                T,
                max_length=300,
                group=Group.CONSENT,
                hint=N_("for example: oral, recorded"),
            ),
        ),
        owner="witness",
    ),
    KindDef(
        "account",
        "accounts",
        N_("account"),
        record(
            FieldDef("witness_id", N_("Witness"), P, W.PICK, ref="witness"),
            system("current_version", P, N_("Current version")),
            notes_reported=True,
        ),
    ),
    KindDef(
        "account_version",
        "account_versions",
        N_("version of an account"),
        (
            system("id", P, N_("Id")),
            system("account_id", P, N_("Account")),
            system("version", P, N_("Version")),
            system("created_at", P, N_("Created")),
            system("created_by", T, N_("Created by")),
            # Who interviewed whom, where, through whom: the team only (it can lead to the witness).
            FieldDef(
                "interviewer",
                N_("Interviewer"),
                T,
                max_length=200,
                searchable=True,
                group=Group.CONTENT,
                reported=True,
            ),
            FieldDef("interview_date", N_("Interview date"), P, W.DATE, group=Group.CONTENT),
            FieldDef(
                "interview_place",
                N_("Interview place"),
                T,
                max_length=300,
                searchable=True,
                group=Group.CONTENT,
                reported=True,
            ),
            FieldDef("method", N_("Method"), P, W.CHOICE, enums.InterviewMethod, group=Group.CONTENT),
            FieldDef("language", N_("Language"), P, max_length=60, group=Group.CONTENT, reported=True),
            FieldDef(
                "translation_language", N_("Translated into"), P, max_length=60, group=Group.CONTENT, reported=True
            ),
            FieldDef("translator", N_("Translator"), T, max_length=200, group=Group.CONTENT, reported=True),
            FieldDef(
                "narrative",
                N_("Narrative"),
                P,
                W.LONG,
                searchable=True,
                quoted_words=True,
                group=Group.CONTENT,
                reported=True,
            ),
            FieldDef(
                "key_quotes",
                N_("Key quotes"),
                P,
                W.LIST,
                searchable=True,
                quoted_words=True,
                group=Group.CONTENT,
                hint=ONE_PER_LINE,
                reported=True,
            ),
            FieldDef("quotable", N_("May be quoted"), P, W.CHECK, group=Group.CONTENT),
            FieldDef(
                "correction_note",
                N_("Correction note"),
                T,
                W.LONG,
                group=Group.NOTE,
                hint=N_("why the account is corrected; the previous version is kept"),
            ),
        ),
        owner="account",
    ),
)
