"""Generate a large, realistic hrdoc store for benchmarks.

The store is created through hrdoc's own code (:func:`hrdoc.services.session.new_store`), so its schema,
migrations, vocabularies, search triggers and audit log are the real ones. Rows are then bulk-inserted with
SQLAlchemy Core ``insert(Model)`` executemany in large batches, a few transactions in all (the per-record
``RecordService`` path is measured separately by ``benchmarks/run.py``), and the full-text index is filled
by :func:`hrdoc.storage.search_index.rebuild`, exactly as the application fills it.

The data is deterministic for a given seed and sizes: two stores generated with the same parameters, one
encrypted and one not, hold the same records with the same ids. Text is multilingual (English, French with
diacritics, some Arabic), built from place names, actor names and aliases of six conflict theatres, so that
searches have realistic selectivity: a theatre's places and actors recur within its cases, generated
village names are rare, and a few planted terms (:data:`RARE_PLACE`, :data:`RARE_PLATE`) occur once or a
handful of times.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.generate benchmarks/out/store.db --scale 0.05
    .venv/bin/python -m benchmarks.generate benchmarks/out/plain.db --no-encryption --incidents 5000
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import re
import sys
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, func, insert, select

from hrdoc.domain import validation
from hrdoc.domain.enums import (
    AgeGroup,
    AllegationStatus,
    AuditAction,
    CaseStatus,
    DatePrecision,
    GeoPrecision,
    InformationCredibility,
    InterviewMethod,
    LinkRelation,
    RiskLevel,
    Sex,
    SourceKind,
    SourceReliability,
    Stance,
    StandardOfProof,
    Visibility,
    WitnessRelation,
)
from hrdoc.domain.vocabularies import EVENT_TYPE, VIOLATION_TYPE, terms
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.session import new_store
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.base import Base

GENERATOR_VERSION = 1
DEFAULT_SEED = 20261123
BENCH_PASSPHRASE = "hrdoc-benchmark-passphrase (not a secret)"
BENCH_USER = "benchmark"
DEFAULT_BATCH = 5000

# Planted terms with known, small frequencies (see the module docstring).
RARE_PLACE = "Tinfadimata"
RARE_PLATE = "KD-4471-ML"


# ---------------------------------------------------------------------------------------------------------
# Sizes and results
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sizes:
    """How many records of each kind to generate. Locations and actors are per-case context."""

    cases: int = 200
    locations: int = 4_000
    actors: int = 2_400
    incidents: int = 20_000
    allegations: int = 50_000
    witnesses: int = 20_000
    accounts: int = 40_000
    sources: int = 100_000
    # Evidence links per allegation, as real cases have them: sources and accounts of the allegation's case
    # bearing on it. Per allegation, so not scaled; none by default, so that stores made before links were
    # generated keep their parameters (see as_dict) and are reused.
    source_links: int = 0
    account_links: int = 0

    def scaled(self, factor: float) -> Sizes:
        if factor <= 0:
            raise ValueError("the scale factor must be positive")
        values = {
            f.name: getattr(self, f.name)
            if f.name in _PER_ALLEGATION
            else max(1, round(getattr(self, f.name) * factor))
            for f in dataclasses.fields(self)
        }
        return Sizes(**values)

    def as_dict(self) -> dict[str, int]:
        """The sizes, without link counts that are zero (a store's parameters, as written before links)."""
        return {k: v for k, v in dataclasses.asdict(self).items() if v or k not in _PER_ALLEGATION}

    @property
    def links(self) -> int:
        return self.allegations * (self.source_links + self.account_links)

    @property
    def records(self) -> int:
        """Records in the store (an account counts once, though it also has a version row)."""
        counts = {k: v for k, v in self.as_dict().items() if k not in _PER_ALLEGATION}
        return sum(counts.values()) + self.links


_PER_ALLEGATION = frozenset({"source_links", "account_links"})


@dataclass(slots=True)
class TableStats:
    rows: int = 0
    db_seconds: float = 0.0  # inside conn.execute (SQLAlchemy + driver + SQLite)
    py_seconds: float = 0.0  # building the rows (text generation)

    def as_json(self) -> dict[str, Any]:
        rate = self.rows / self.db_seconds if self.db_seconds else None
        return {
            "rows": self.rows,
            "db_seconds": round(self.db_seconds, 3),
            "py_seconds": round(self.py_seconds, 3),
            "db_rows_per_s": round(rate, 1) if rate else None,
        }


@dataclass(slots=True)
class GenerationResult:
    path: str
    encrypted: bool
    seed: int
    sizes: Sizes
    batch_size: int
    create_seconds: float = 0.0  # new_store: schema, migrations, vocabularies, triggers
    rows_seconds: float = 0.0  # wall time of the bulk insert (row building + database)
    index_seconds: float = 0.0  # search_index.rebuild
    total_seconds: float = 0.0
    tables: dict[str, TableStats] = field(default_factory=dict)
    search_docs: int = 0
    search_text_bytes: int = 0
    file_bytes: int = 0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables.values())

    @property
    def db_seconds(self) -> float:
        return sum(t.db_seconds for t in self.tables.values())

    @property
    def py_seconds(self) -> float:
        return sum(t.py_seconds for t in self.tables.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "encrypted": self.encrypted,
            "seed": self.seed,
            "sizes": self.sizes.as_dict(),
            "batch_size": self.batch_size,
            "create_seconds": round(self.create_seconds, 3),
            "rows_seconds": round(self.rows_seconds, 3),
            "rows_db_seconds": round(self.db_seconds, 3),
            "rows_py_seconds": round(self.py_seconds, 3),
            "rows": self.rows,
            "rows_per_s_db": round(self.rows / self.db_seconds, 1) if self.db_seconds else None,
            "rows_per_s_wall": round(self.rows / self.rows_seconds, 1) if self.rows_seconds else None,
            "index_seconds": round(self.index_seconds, 3),
            "search_docs": self.search_docs,
            "search_text_bytes": self.search_text_bytes,
            "index_docs_per_s": round(self.search_docs / self.index_seconds, 1) if self.index_seconds else None,
            "total_seconds": round(self.total_seconds, 3),
            "file_bytes": self.file_bytes,
            "tables": {name: t.as_json() for name, t in self.tables.items()},
        }


def parameters(sizes: Sizes, seed: int, encrypted: bool) -> dict[str, Any]:
    """What determines a generated store; a store is reused only when these match."""
    return {"generator_version": GENERATOR_VERSION, "seed": seed, "sizes": sizes.as_dict(), "encrypted": encrypted}


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


# ---------------------------------------------------------------------------------------------------------
# Corpus: six conflict theatres, their places, actors and ways of telling what happened
# ---------------------------------------------------------------------------------------------------------

_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    alts: tuple[str, ...] = ()

    @classmethod
    def parse(cls, spec: str) -> Place:
        name, *alts = spec.split("|")
        return cls(name, tuple(alts))

    @property
    def arabic(self) -> str:
        return next((a for a in self.alts if _ARABIC.search(a)), self.name)

    @property
    def latin_spellings(self) -> tuple[str, ...]:
        return (self.name, *(a for a in self.alts if not _ARABIC.search(a)))


@dataclass(frozen=True, slots=True)
class ActorDef:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str
    affiliation: str

    @property
    def arabic(self) -> str:
        return next((a for a in self.aliases if _ARABIC.search(a)), self.name)

    @property
    def latin_names(self) -> tuple[str, ...]:
        return (self.name, *(a for a in self.aliases if not _ARABIC.search(a)))


def _actor(name: str, aliases: str, kind: str, country: str, affiliation: str) -> ActorDef:
    return ActorDef(name, tuple(a for a in aliases.split("|") if a), kind, country, affiliation)


@dataclass(frozen=True, slots=True)
class Theatre:
    code: str
    name_en: str
    name_fr: str
    admin1: tuple[str, ...]
    centre: tuple[float, float]
    places: tuple[Place, ...]
    actors: tuple[ActorDef, ...]
    languages: tuple[str, ...]  # languages witnesses speak
    doc_languages: tuple[tuple[str, float], ...]  # language of narratives and sources, with weights
    refuges: tuple[str, ...]  # where witnesses are interviewed


def _words(text: str, sep: str = " ") -> tuple[str, ...]:
    return tuple(text.split(sep))


def _places(*specs: str) -> tuple[Place, ...]:
    return tuple(Place.parse(s) for s in specs)


WAGNER = _actor(
    "Wagner Group",
    "Africa Corps|Wagner|Groupe Wagner|فاغنر",
    "foreign_military_or_mercenary",
    "RU",
    "Russian private military company, operating as Africa Corps since 2024",
)
JNIM = _actor(
    "Jama'at Nusrat al-Islam wal-Muslimin",
    "JNIM|GSIM|Groupe de soutien à l'islam et aux musulmans|جماعة نصرة الإسلام والمسلمين",
    "non_state_armed_group",
    "ML",
    "Al-Qaeda affiliate in the Sahel",
)
ISSP = _actor(
    "Islamic State Sahel Province",
    "EIGS|ISGS|État islamique au Grand Sahara|ولاية الساحل",
    "non_state_armed_group",
    "ML",
    "Islamic State affiliate in the Liptako-Gourma",
)

THEATRES: tuple[Theatre, ...] = (
    Theatre(
        "ML",
        "Mali",
        "Mali",
        ("Gao", "Kidal", "Tombouctou", "Ménaka", "Mopti", "Ségou"),
        (16.3, -0.5),
        _places(
            "Anéfis|Anefis|Annefif|أنفيس",
            "Kidal|كيدال",
            "Gao|غاو",
            "Tombouctou|Timbuktu|Tumbutu|تمبكتو",
            "Ménaka|Menaka|ميناكا",
            "Tessalit",
            "Aguelhok|Aguelhoc|Aguel'hoc",
            "Ansongo",
            "Bourem",
            "Léré|Lere",
            "Niafunké|Niafunke",
            "Moura",
            "Ogossagou",
            "Djenné|Djenne|Jenne",
            "Sévaré|Sevare",
            "Douentza",
            "Hombori",
            "Tin-Essako|Tinessako",
            "Bandiagara",
            "Diafarabé|Diafarabe",
            "Nampala",
            "Ber",
            "Intahaka",
            "Talataye",
            "Andéramboukane|Anderamboukane",
            "Tinzaouatène|Tinzaouaten|Tin Zaouaten",
        ),
        (
            WAGNER,
            _actor(
                "Malian Armed Forces",
                "FAMa|Forces Armées Maliennes|القوات المسلحة المالية",
                "state_force",
                "ML",
                "Armed forces of Mali's transitional government",
            ),
            _actor(
                "Azawad Liberation Front",
                "FLA|Front de Libération de l'Azawad|جبهة تحرير أزواد",
                "non_state_armed_group",
                "ML",
                "Coalition of Tuareg and Arab separatist groups",
            ),
            JNIM,
            ISSP,
            _actor(
                "Dan Na Ambassagou",
                "Dozo|chasseurs dozos|Dozo hunters",
                "militia",
                "ML",
                "Dogon self-defence militia",
            ),
        ),
        ("Tamasheq", "Songhai", "Fulfulde", "Bambara", "French", "Hassaniya Arabic"),
        (("en", 0.5), ("fr", 0.42), ("ar", 0.08)),
        ("Bamako", "Mbera refugee camp", "Niamey", "Nouakchott", "Gao"),
    ),
    Theatre(
        "BF",
        "Burkina Faso",
        "Burkina Faso",
        ("Sahel", "Centre-Nord", "Nord", "Boucle du Mouhoun", "Est"),
        (12.8, -1.2),
        _places(
            "Djibo",
            "Solenzo",
            "Barsalogho",
            "Kaya",
            "Dori",
            "Fada N'Gourma|Fada",
            "Ouahigouya",
            "Nouna",
            "Karma",
            "Zaongo",
            "Gorgadji",
            "Séguénéga|Seguenega",
            "Tougouri",
            "Arbinda",
            "Seytenga",
            "Yirgou",
            "Koumbri",
            "Nodin",
            "Soro",
            "Mansila",
        ),
        (
            _actor(
                "Burkinabè Armed Forces",
                "FDS|Forces de défense et de sécurité|Forces armées nationales",
                "state_force",
                "BF",
                "Armed forces of Burkina Faso",
            ),
            _actor(
                "Volunteers for the Defence of the Homeland",
                "VDP|Volontaires pour la défense de la patrie|Koglweogo",
                "militia",
                "BF",
                "Civilian auxiliaries of the army",
            ),
            JNIM,
            ISSP,
            _actor(
                "Rapid Intervention Battalion",
                "BIR|Bataillon d'intervention rapide",
                "state_force",
                "BF",
                "Special unit of the Burkinabè army",
            ),
        ),
        ("Mooré", "Fulfulde", "Dioula", "French", "Gourmanché"),
        (("en", 0.45), ("fr", 0.55)),
        ("Ouagadougou", "Kaya displacement site", "Bobo-Dioulasso"),
    ),
    Theatre(
        "SD",
        "Sudan",
        "Soudan",
        ("West Darfur", "North Darfur", "South Darfur", "Central Darfur", "Al Jazirah", "Khartoum"),
        (13.5, 24.0),
        _places(
            "El Geneina|Al-Junaynah|Geneina|الجنينة",
            "Nyala|نيالا",
            "Zalingei|زالنجي",
            "El Fasher|Al-Fashir|الفاشر",
            "Ardamata|أردمتا",
            "Kutum|كتم",
            "Tawila|طويلة",
            "Misterei|مستريحة",
            "Murnei|مورني",
            "Kabkabiya|كبكابية",
            "Zamzam|Zamzam camp|زمزم",
            "Abu Shouk|أبو شوك",
            "Wad Madani|ود مدني",
            "Omdurman|أم درمان",
            "Sennar|سنار",
            "Mellit|مليط",
            "Krinding|كريندنق",
        ),
        (
            _actor(
                "Rapid Support Forces",
                "RSF|Janjaweed|قوات الدعم السريع|الجنجويد",
                "non_state_armed_group",
                "SD",
                "Paramilitary force at war with the army since April 2023",
            ),
            _actor(
                "Sudanese Armed Forces",
                "SAF|القوات المسلحة السودانية",
                "state_force",
                "SD",
                "Armed forces of Sudan",
            ),
            _actor(
                "Sudan Liberation Army",
                "SLA|SLA-MM|SLA-AW|حركة جيش تحرير السودان",
                "non_state_armed_group",
                "SD",
                "Darfuri armed movement",
            ),
            _actor(
                "Arab militias",
                "Rizeigat militia|Arab tribal militias|مليشيات عربية",
                "militia",
                "SD",
                "Tribal militias allied with the RSF",
            ),
        ),
        ("Masalit", "Fur", "Zaghawa", "Arabic", "English"),
        (("en", 0.6), ("fr", 0.05), ("ar", 0.35)),
        ("Adré", "Farchana refugee camp", "Port Sudan", "Kampala"),
    ),
    Theatre(
        "SY",
        "Syria",
        "Syrie",
        ("Idlib", "Aleppo", "Rif Dimashq", "Hama", "Al-Hasakah"),
        (35.9, 36.6),
        _places(
            "Idlib|Idleb|إدلب",
            "Maarat al-Numan|Ma'arrat al-Nu'man|Maaret al-Noomane|معرة النعمان",
            "Saraqib|سراقب",
            "Khan Shaykhun|Khan Cheikhoun|خان شيخون",
            "Ariha|أريحا",
            "Jisr al-Shughur|Jisr ash-Shughur|جسر الشغور",
            "Atarib|al-Atarib|الأتارب",
            "Afrin|عفرين",
            "Douma|دوما",
            "Aleppo|Alep|حلب",
            "Kafr Nabl|كفرنبل",
            "Sarmada|سرمدا",
            "Darkush|دركوش",
            "Hass|حاس",
            "Ras al-Ain|Serêkaniyê|رأس العين",
        ),
        (
            _actor(
                "Syrian Arab Army",
                "SAA|Armée arabe syrienne|الجيش العربي السوري",
                "state_force",
                "SY",
                "Armed forces of the former Syrian government",
            ),
            _actor(
                "Hay'at Tahrir al-Sham",
                "HTS|Jabhat al-Nusra|هيئة تحرير الشام",
                "non_state_armed_group",
                "SY",
                "Islamist coalition that controlled Idlib",
            ),
            _actor(
                "Russian Aerospace Forces",
                "VKS|Russian air force|القوات الجوية الروسية",
                "foreign_military_or_mercenary",
                "RU",
                "Russian air force deployed in Syria from 2015",
            ),
            _actor(
                "Syrian National Army",
                "SNA|Armée nationale syrienne|الجيش الوطني السوري",
                "non_state_armed_group",
                "SY",
                "Turkish-backed coalition of armed groups",
            ),
            _actor(
                "National Defence Forces",
                "NDF|shabiha|قوات الدفاع الوطني",
                "militia",
                "SY",
                "Pro-government militia",
            ),
        ),
        ("Arabic", "Kurdish", "English", "Turkish"),
        (("en", 0.55), ("fr", 0.1), ("ar", 0.35)),
        ("Gaziantep", "Istanbul", "Beirut", "Atmeh camp"),
    ),
    Theatre(
        "YE",
        "Yemen",
        "Yémen",
        ("Taiz", "Al Hudaydah", "Sa'dah", "Ma'rib", "Hajjah"),
        (14.8, 44.0),
        _places(
            "Taiz|Ta'izz|تعز",
            "Hodeidah|Al Hudaydah|الحديدة",
            "Saada|Sa'dah|صعدة",
            "Marib|Ma'rib|مأرب",
            "Sanaa|Sana'a|صنعاء",
            "Dhamar|ذمار",
            "Hajjah|حجة",
            "Mokha|al-Mukha|المخا",
            "Aden|عدن",
            "Al Bayda|البيضاء",
            "Zabid|زبيد",
            "Dahyan|ضحيان",
            "Abs|عبس",
        ),
        (
            _actor(
                "Ansar Allah",
                "Houthis|Houthi forces|الحوثيون|أنصار الله",
                "non_state_armed_group",
                "YE",
                "Zaydi movement controlling Sanaa",
            ),
            _actor(
                "Saudi-led coalition",
                "Coalition|coalition arabe|التحالف بقيادة السعودية",
                "foreign_military_or_mercenary",
                "SA",
                "Coalition supporting the internationally recognised government",
            ),
            _actor(
                "Yemeni government forces",
                "Government of Yemen|forces gouvernementales|القوات الحكومية",
                "state_force",
                "YE",
                "Forces of the internationally recognised government",
            ),
            _actor(
                "Southern Transitional Council",
                "STC|Security Belt|المجلس الانتقالي الجنوبي",
                "non_state_armed_group",
                "YE",
                "Southern separatist movement",
            ),
        ),
        ("Arabic", "English"),
        (("en", 0.6), ("fr", 0.05), ("ar", 0.35)),
        ("Aden", "Marib city", "Djibouti", "Cairo"),
    ),
    Theatre(
        "CF",
        "Central African Republic",
        "République centrafricaine",
        ("Ouaka", "Haute-Kotto", "Nana-Grébizi", "Haut-Mbomou", "Ouham", "Basse-Kotto"),
        (6.6, 20.9),
        _places(
            "Bangui",
            "Bambari",
            "Bria",
            "Kaga-Bandoro|Kaga Bandoro",
            "Obo",
            "Zémio|Zemio",
            "Bossangoa",
            "Alindao",
            "Bangassou",
            "Ndélé|Ndele",
            "Bouar",
            "Paoua",
            "Mobaye",
            "Birao",
            "Boyo",
            "Aïgbado|Aigbado",
            "Yanga",
            "Ouadda",
        ),
        (
            _actor(
                "Central African Armed Forces",
                "FACA|Forces armées centrafricaines",
                "state_force",
                "CF",
                "Armed forces of the Central African Republic",
            ),
            WAGNER,
            _actor(
                "Return, Reclamation and Rehabilitation",
                "3R|Retour, Réclamation et Réhabilitation",
                "non_state_armed_group",
                "CF",
                "Armed group of the north-west",
            ),
            _actor(
                "Union for Peace in the Central African Republic",
                "UPC|Unité pour la paix en Centrafrique",
                "non_state_armed_group",
                "CF",
                "Ex-Séléka armed group",
            ),
            _actor("Anti-balaka", "anti-Balaka|antibalaka", "militia", "CF", "Self-defence militias"),
            _actor("Azande Ani Kpi Gbe", "AAKG|Zande militia", "militia", "CF", "Zande self-defence militia"),
        ),
        ("Sango", "French", "Zande", "Fulfulde", "Arabic"),
        (("en", 0.4), ("fr", 0.6)),
        ("Bangui", "Bambari displacement site", "Obo"),
    ),
)

FIRST_NAMES = _words(
    "Moussa Aminata Fatoumata Ibrahim Oumar Mariam Ahmed Hawa Boubacar Khadija Youssouf Salif Adama Awa Mohamed "
    "Fatima Abdallah Zeinab Issa Aïcha Hamadoun Souleymane Ousmane Rokia Alhassane Mahmoud Hussein Layla Omar "
    "Nour Jean-Baptiste Thérèse Prosper Brigitte Idriss Halima Sékou Djénéba Hamza Rania"
)
LAST_NAMES = _words(
    "Traoré|Maïga|Cissé|Touré|Diallo|Ag Mohamed|Ould Ahmed|Koné|Sangaré|Dicko|Haïdara|Abdelkader|Al-Hassan|Idriss|"
    "Ouédraogo|Sawadogo|Kaboré|Adam|Yagoub|Al-Khatib|Haddad|Al-Ahmar|Ngaïkosset|Yakité|Zakaria|Ag Alhousseini|"
    "Bah|Diarra|Sidibé|Mahamat",
    "|",
)
ARABIC_NAMES = ("محمد", "أحمد", "إبراهيم", "فاطمة", "عائشة", "يوسف", "حسين", "خديجة", "عمر", "زينب", "عبد الله")
NICKNAMES = ("Abou Houzeifa", "le Tigre", "le Vieux", "Commandant Zéro", "Abu Hamza", "Kalash", "Petit Piment")

SYLLABLES_A = _words("Tin In Ag Ta Kel Dou Ba Sa Ko Ma Ga Ti Ou Bou Di Se Ham Gor Ker Ndi Za Fa")
SYLLABLES_B = _words("za ra ma ka bo lé ssa gou ba ta di fa ne ho ri dja mou")
SYLLABLES_C = _words("ouat ten ré ma ga kou bé rou dji nké lal ssi bar moye tane gui sso")

RELATIVES = {
    "en": ("brother", "son", "father", "uncle", "cousin", "husband", "nephew", "neighbour"),
    "fr": ("frère", "fils", "père", "oncle", "cousin", "mari", "neveu", "voisin"),
    "ar": ("أخي", "ابني", "والدي", "عمي", "ابن عمي", "زوجي", "جاري"),
}
SITES = {
    "en": (
        "market",
        "well",
        "mosque",
        "school",
        "health centre",
        "water point",
        "bus station",
        "checkpoint",
        "camp",
        "church",
    ),
    "fr": (
        "marché",
        "puits",
        "mosquée",
        "école",
        "centre de santé",
        "point d'eau",
        "gare routière",
        "poste de contrôle",
        "camp de déplacés",
        "église",
    ),
    "ar": ("السوق", "البئر", "المسجد", "المدرسة", "المركز الصحي", "نقطة التفتيش", "المخيم"),
}
TIMES = {
    "en": (
        "at dawn",
        "around six in the morning",
        "in the early afternoon",
        "at nightfall",
        "on the market day",
        "during the Friday prayer",
        "shortly after midday",
    ),
    "fr": (
        "à l'aube",
        "vers six heures du matin",
        "en début d'après-midi",
        "à la tombée de la nuit",
        "le jour du marché",
        "pendant la prière du vendredi",
        "peu après midi",
    ),
}
VEHICLES = {
    "en": ("pick-up trucks", "motorbikes", "armoured vehicles", "military trucks", "helicopters"),
    "fr": ("pick-up", "motos", "véhicules blindés", "camions militaires", "hélicoptères"),
}
PROFESSIONS = {
    "en": ("teacher", "herder", "trader", "imam", "nurse", "driver", "farmer", "village chief", "student", "tailor"),
    "fr": (
        "enseignant",
        "éleveur",
        "commerçant",
        "imam",
        "infirmier",
        "chauffeur",
        "cultivateur",
        "chef de village",
        "étudiant",
        "tailleur",
    ),
}
MONTHS = {
    "en": _words("January February March April May June July August September October November December"),
    "fr": _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
}

# First-person narratives (accounts). Slots are filled from a per-document context.
NARRATIVE = {
    "en": (
        "I was at the {site} in {place} when {actor} arrived {time}.",
        "They came in {vehicle} and on motorbikes; I counted at least {n} vehicles and most of the men wore uniforms.",
        "The armed men surrounded the {site} and separated the men from the women and children.",
        "My {relative}, {person}, was taken away towards {place2}; we have not heard from him since.",
        "The next morning I counted {n2} bodies near the {site}. Some had their hands tied behind their backs.",
        "Some of the soldiers were white foreigners who did not speak our language; people said they were {alias}.",
        "They burned the houses and the granaries of {place} and took the livestock with them.",
        "A drone flew over {place} for about an hour before the strike hit the {site}.",
        "We fled on foot to {place2} and then to {refuge}, where I live now.",
        "I recognised {person2} among the dead; he was a {profession} and had nothing to do with the fighting.",
        "The shooting lasted from {hour} o'clock until {hour2} o'clock, and nobody could leave their house.",
        "Nobody from the authorities came to ask us what had happened in {place}.",
        "I am afraid that if my name is known, {actor} will come back for my family.",
        "Before the attack, {actor2} fighters had passed through {place} and asked for food and water.",
        "The soldiers accused the villagers of helping {actor2} and said that everyone would pay.",
        "They searched every house and took telephones, money and the motorbikes of the young men.",
        "My neighbour {person2} was beaten with rifle butts in front of his children and then shot.",
        "Women were taken into the houses; I heard them screaming, and one of them later told me she was raped.",
        "When we came back after {n3} days, the village was empty and the {site} had been destroyed.",
        "I saw the commander give the order; the others called him by the name {nickname}.",
        "We buried {n2} people in a common grave behind the {site}, without washing the bodies.",
        "The helicopter fired on people who were running towards the river bed outside {place}.",
        "I can show the place where they were killed; it is about {n3} kilometres from {place2}.",
    ),
    "fr": (
        "J'étais au {site} de {place} quand {actor} sont arrivés {time}.",
        "Ils étaient venus en {vehicle} et à moto ; j'ai compté au moins {n} véhicules, la plupart des hommes "
        "portaient des treillis.",
        "Les hommes armés ont encerclé le {site} et ont séparé les hommes des femmes et des enfants.",
        "Mon {relative}, {person}, a été emmené vers {place2} ; nous n'avons plus de nouvelles depuis.",
        "Le lendemain matin, j'ai compté {n2} corps près du {site}. Certains avaient les mains liées dans le dos.",
        "Certains militaires étaient des étrangers blancs qui ne parlaient pas notre langue ; les gens disaient que "
        "c'étaient des {alias}.",
        "Ils ont incendié les maisons et les greniers de {place} et ont emporté le bétail.",
        "Un drone a survolé {place} pendant près d'une heure avant que la frappe ne touche le {site}.",
        "Nous avons fui à pied jusqu'à {place2}, puis jusqu'à {refuge}, où je vis aujourd'hui.",
        "J'ai reconnu {person2} parmi les morts ; c'était un {profession} qui n'avait rien à voir avec les combats.",
        "Les tirs ont duré de {hour} heures à {hour2} heures, et personne ne pouvait sortir de sa maison.",
        "Personne des autorités n'est venu nous demander ce qui s'était passé à {place}.",
        "J'ai peur que, si mon nom est connu, {actor} reviennent s'en prendre à ma famille.",
        "Avant l'attaque, des combattants de {actor2} étaient passés par {place} et avaient demandé à manger.",
        "Les militaires ont accusé les villageois d'aider {actor2} et ont dit que tout le monde allait payer.",
        "Ils ont fouillé chaque maison et ont pris les téléphones, l'argent et les motos des jeunes.",
        "Mon voisin {person2} a été frappé à coups de crosse devant ses enfants, puis abattu.",
        "Des femmes ont été emmenées dans les maisons ; je les ai entendues crier, l'une d'elles m'a dit plus tard "
        "qu'elle avait été violée.",
        "Quand nous sommes revenus {n3} jours plus tard, le village était vide et le {site} avait été détruit.",
        "J'ai vu le chef donner l'ordre ; les autres l'appelaient {nickname}.",
        "Nous avons enterré {n2} personnes dans une fosse commune derrière le {site}, sans laver les corps.",
        "L'hélicoptère a tiré sur les gens qui couraient vers le lit de l'oued à la sortie de {place}.",
        "Je peux montrer l'endroit où ils ont été tués ; c'est à environ {n3} kilomètres de {place2}.",
    ),
    "ar": (
        "كنت في {site_ar} في {place_ar} عندما وصل المسلحون في الصباح الباكر.",
        "جاؤوا في سيارات بيك أب وعلى دراجات نارية، وكان معظمهم يرتدون الزي العسكري.",
        "أحرقوا المنازل ومخازن الحبوب وأخذوا المواشي.",
        "اعتقلوا {relative_ar} {person_ar} واقتادوه إلى جهة مجهولة، ولم نسمع عنه شيئاً منذ ذلك الحين.",
        "هربنا سيراً على الأقدام إلى {place2_ar}.",
        "سمعنا صوت الطائرة المسيّرة قبل الضربة بساعة تقريباً.",
        "لم يأتِ أحد من السلطات ليسألنا عما حدث.",
        "رأيت الجثث قرب {site_ar} في صباح اليوم التالي، وكانت أيدي بعضهم مقيدة.",
        "قال الناس إن المهاجمين من {actor_ar}.",
        "دفنّا الضحايا في مقبرة جماعية دون أن نغسلهم.",
        "أخشى إن عُرف اسمي أن يعودوا وينتقموا من عائلتي.",
    ),
}

# Third-person descriptions (incidents, case summaries).
DESCRIPTION = {
    "en": (
        "On {date}, {actor} reportedly attacked the {site} in {place} ({admin1}), killing at least {n} civilians.",
        "Witnesses describe {vehicle} arriving {time}, and men in uniform speaking several languages.",
        "{actor2} claimed responsibility in a statement; {actor} denied any involvement.",
        "Local sources reported that {n2} people were detained and taken towards {place2}.",
        "Houses, granaries and shops were burned and livestock was looted.",
        "The incident followed clashes between {actor} and {actor2} near {place2}.",
        "Survivors fled to {place3} and to {refuge}.",
        "Satellite imagery shows burned structures in {place} after the attack.",
    ),
    "fr": (
        "Le {date}, {actor} auraient attaqué le {site} de {place} ({admin1}), tuant au moins {n} civils.",
        "Des témoins décrivent des {vehicle} arrivés {time} et des hommes en uniforme parlant plusieurs langues.",
        "{actor2} ont revendiqué l'attaque dans un communiqué ; {actor} nient toute implication.",
        "Selon des sources locales, {n2} personnes ont été arrêtées et emmenées vers {place2}.",
        "Des maisons, des greniers et des boutiques ont été incendiés et le bétail pillé.",
        "L'incident fait suite à des affrontements entre {actor} et {actor2} près de {place2}.",
        "Les survivants ont fui vers {place3} et vers {refuge}.",
        "Des images satellitaires montrent des structures incendiées à {place} après l'attaque.",
    ),
}

INCIDENT_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "battles": {
        "en": ("Clashes between {actor} and {actor2} near {place}", "Fighting for control of {place}"),
        "fr": ("Affrontements entre {actor} et {actor2} près de {place}", "Combats pour le contrôle de {place}"),
    },
    "explosions_remote_violence": {
        "en": ("Drone strike on {place}", "Shelling of {place}", "Air strike on the {site} of {place}"),
        "fr": ("Frappe de drone sur {place}", "Bombardement de {place}", "Frappe aérienne sur le {site} de {place}"),
    },
    "violence_against_civilians": {
        "en": (
            "Killings of civilians in {place}",
            "Attack on the {site} of {place}",
            "Abduction of {n} men near {place}",
        ),
        "fr": (
            "Exécutions de civils à {place}",
            "Attaque contre le {site} de {place}",
            "Enlèvement de {n} hommes près de {place}",
        ),
    },
    "protests": {
        "en": ("Excessive force against protesters in {place}",),
        "fr": ("Répression d'une manifestation à {place}",),
    },
    "riots": {"en": ("Mob violence in {place}",), "fr": ("Violences collectives à {place}",)},
    "strategic_developments": {
        "en": ("Mass arrests in {place}", "Looting and burning of {place}"),
        "fr": ("Arrestations massives à {place}", "Pillage et incendie de {place}"),
    },
}

VIOLATION_VERBS = {
    "extrajudicial_execution": ("executed {n} men", "ont exécuté {n} hommes"),
    "attack_on_civilians": ("opened fire on civilians", "ont ouvert le feu sur des civils"),
    "enforced_disappearance": ("took away {n} men whose fate remains unknown", "ont fait disparaître {n} hommes"),
    "torture": ("beat and tortured detainees", "ont battu et torturé des détenus"),
    "sexual_violence": ("raped women and girls", "ont violé des femmes et des filles"),
    "arbitrary_detention": ("detained {n} people without charge", "ont détenu {n} personnes sans inculpation"),
    "arson_destruction": ("burned houses and granaries", "ont incendié des maisons et des greniers"),
    "forced_displacement": ("forced the population to leave", "ont forcé la population à partir"),
    "pillage": ("looted shops and livestock", "ont pillé les boutiques et le bétail"),
    "recruitment_of_children": ("recruited boys under fifteen", "ont recruté des garçons de moins de quinze ans"),
    "attack_on_protected_objects": ("struck the health centre", "ont frappé le centre de santé"),
    "denial_of_humanitarian_access": ("blocked humanitarian convoys", "ont bloqué les convois humanitaires"),
    "indiscriminate_attack": ("shelled residential areas", "ont bombardé des quartiers d'habitation"),
    "hostage_taking": ("took {n} hostages", "ont pris {n} otages"),
    "other": ("committed other abuses", "ont commis d'autres exactions"),
}

REASONING = {
    "en": (
        "Based on {k} witness accounts that agree on the time, the place and the perpetrators.",
        "Corroborated by {s} open sources and by satellite imagery of {place}.",
        "The presence of {actor} in {place} that week is confirmed by {s} independent sources.",
        "Only one account so far; the witness is a relative of a victim and was not present.",
        "{actor} denies the allegation; the denial is not supported by any evidence.",
    ),
    "fr": (
        "Sur la base de {k} témoignages concordants sur l'heure, le lieu et les auteurs.",
        "Corroboré par {s} sources ouvertes et par des images satellitaires de {place}.",
        "La présence de {actor} à {place} cette semaine-là est confirmée par {s} sources indépendantes.",
        "Un seul témoignage à ce stade ; le témoin est un proche d'une victime et n'était pas présent.",
        "{actor} nient l'allégation ; ce démenti n'est étayé par aucun élément.",
    ),
}

SOURCE_TITLES = {
    "en": (
        "{actor} accused of killing {n} civilians near {place}",
        "{country}: witnesses describe executions in {place}",
        "Report: drone strike on {place} market kills {n}",
        "{actor} denies responsibility for {place} killings",
        "UN experts call for investigation into {place} attack",
        "Satellite images show {place} village burned",
        "Survivors of {place} massacre speak out",
        "Statement on the events in {place} ({admin1})",
    ),
    "fr": (
        "{country} : des civils tués à {place}, l'armée dément",
        "{country} : des témoins racontent les exécutions de {place}",
        "Attaque à {place} : au moins {n} morts selon des sources locales",
        "{actor} accusés d'exactions dans la région de {admin1}",
        "Après le massacre de {place}, les survivants témoignent",
        "Communiqué sur les événements de {place}",
    ),
    "ar": (
        "مقتل {n} مدنيين في {place_ar}",
        "شهود يروون تفاصيل الهجوم على {place_ar}",
        "اتهامات لـ{actor_ar} بارتكاب انتهاكات في {place_ar}",
    ),
}

PUBLISHERS: tuple[tuple[str, str, str], ...] = (
    ("Reuters", "www.reuters.com", "news_article"),
    ("Agence France-Presse", "www.afp.com", "news_article"),
    ("RFI", "www.rfi.fr", "news_article"),
    ("Le Monde", "www.lemonde.fr", "news_article"),
    ("The Telegraph", "www.telegraph.co.uk", "news_article"),
    ("Al Jazeera", "www.aljazeera.net", "news_article"),
    ("Jeune Afrique", "www.jeuneafrique.com", "news_article"),
    ("BBC Afrique", "www.bbc.com", "news_article"),
    ("Radio Dabanga", "www.dabangasudan.org", "news_article"),
    ("Human Rights Watch", "www.hrw.org", "ngo_report"),
    ("Amnesty International", "www.amnesty.org", "ngo_report"),
    ("Syrian Observatory for Human Rights", "www.syriahr.com", "ngo_report"),
    ("OHCHR", "www.ohchr.org", "un_document"),
    ("UN Panel of Experts", "www.un.org", "un_document"),
    ("ACLED", "acleddata.com", "document"),
    ("Airwars", "airwars.org", "document"),
    ("Ministry of Defence", "www.defense.gouv.ml", "official_statement"),
    ("Armed group spokesperson", "t.me", "party_claim"),
    ("X", "x.com", "social_media_post"),
    ("Facebook", "www.facebook.com", "social_media_post"),
    ("Maxar Technologies", "www.maxar.com", "satellite_imagery"),
    ("YouTube", "www.youtube.com", "audio_video"),
)

CASE_THEMES = {
    "en": (
        "Killings of civilians in the {admin1} region",
        "Enforced disappearances around {place}",
        "Attacks on villages near {place}",
        "Drone strikes in {admin1}",
        "Abuses by {actor} in {admin1}",
    ),
    "fr": (
        "Exécutions de civils dans la région de {admin1}",
        "Disparitions forcées autour de {place}",
        "Attaques contre des villages près de {place}",
        "Exactions de {actor} dans la région de {admin1}",
    ),
}

VISIBILITY_WEIGHTS = (
    (Visibility.RESTRICTED.value, 0.6),
    (Visibility.CONFIDENTIAL.value, 0.25),
    (Visibility.PUBLIC.value, 0.15),
)
CASE_STATUS_WEIGHTS = (
    (CaseStatus.OPEN.value, 0.6),
    (CaseStatus.UNDER_REVIEW.value, 0.2),
    (CaseStatus.CLOSED.value, 0.2),
)
ADMIRALTY_RELIABILITY = [r.value for r in SourceReliability]
ADMIRALTY_CREDIBILITY = [c.value for c in InformationCredibility]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60] or "article"


def _weighted(rng: random.Random, choices: Sequence[tuple[str, float]]) -> str:
    r = rng.random() * sum(w for _, w in choices)
    for value, weight in choices:
        r -= weight
        if r <= 0:
            return value
    return choices[-1][0]


def _allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into integer parts proportional to ``weights`` (largest remainder)."""
    weight_sum = sum(weights)
    if total <= 0 or weight_sum <= 0:
        return [0] * len(weights)
    raw = [total * w / weight_sum for w in weights]
    counts = [int(x) for x in raw]
    order = sorted(range(len(weights)), key=lambda i: raw[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


# ---------------------------------------------------------------------------------------------------------
# Per-case context and the row builders
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class CaseInfo:
    index: int
    id: uuid.UUID
    theatre: Theatre
    reference: str
    year: int
    places: list[Place] = field(default_factory=list)
    location_ids: list[uuid.UUID] = field(default_factory=list)
    actors: list[ActorDef] = field(default_factory=list)
    incidents: list[tuple[uuid.UUID, int]] = field(default_factory=list)  # (id, place index)
    witnesses: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)  # (id, pseudonym, language)
    allegations: list[uuid.UUID] = field(default_factory=list)
    accounts: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # (id, first sentence of its narrative)
    sources: list[uuid.UUID] = field(default_factory=list)


Row = dict[str, Any]


class Builder:
    """Builds every row deterministically from one seeded random generator."""

    def __init__(self, sizes: Sizes, seed: int, validate_every: int = 97) -> None:
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.validate_every = validate_every
        self._validated = 0
        self._clock = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
        self._villages: set[str] = set()
        self.violations = list(terms(VIOLATION_TYPE))
        event_terms = terms(EVENT_TYPE)
        self.event_pairs = [(t.parent, t.code) for t in event_terms if t.parent]
        self.event_labels = {t.code: (t.label_en, t.label_fr) for t in event_terms}
        self.cases: list[CaseInfo] = []
        # Case weights: a few large cases and many small ones, as in real case loads.
        self.case_weights = [self.rng.lognormvariate(0.0, 0.8) for _ in range(sizes.cases)]
        self.rare_case = self._pick_rare_case()

    # -- small helpers -------------------------------------------------------------------------------

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def tick(self) -> dt.datetime:
        self._clock += dt.timedelta(seconds=3 + self.rng.randrange(60))
        return self._clock

    def common(self) -> Row:
        at = self.tick()
        visibility = _weighted(self.rng, VISIBILITY_WEIGHTS)
        return {
            "id": self.uid(),
            "created_at": at,
            "updated_at": at,
            "created_by": BENCH_USER,
            "visibility": visibility,
            "notes": "",
        }

    def check(self, checker: Callable[[Mapping[str, Any]], None], row: Row) -> None:
        """Validate a sample of rows with hrdoc's own domain rules, so the data is what the app accepts."""
        self._validated += 1
        if self.validate_every and self._validated % self.validate_every == 0:
            checker(row)

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def village(self) -> str:
        for _ in range(1000):
            name = self.rng.choice(SYLLABLES_A) + self.rng.choice(SYLLABLES_B) + self.rng.choice(SYLLABLES_C)
            if self.rng.random() < 0.3:
                name += self.rng.choice(SYLLABLES_C)
            if name not in self._villages and name != RARE_PLACE:
                self._villages.add(name)
                return name
        name = f"{name}-{len(self._villages)}"
        self._villages.add(name)
        return name

    def date_between(self, start: dt.date, days: int) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange(max(1, days)))

    def _pick_rare_case(self) -> int:
        """A case of the Mali theatre near the middle, which gets the planted rare place."""
        n = self.sizes.cases
        candidates = [i for i in range(n) if THEATRES[i % len(THEATRES)].code == "ML"]
        return min(candidates, key=lambda i: abs(i - n // 2)) if candidates else 0

    def context(self, case: CaseInfo, lang: str, place_index: int | None = None) -> dict[str, Any]:
        """The slot values for one document of a case, in one language."""
        rng = self.rng
        theatre = case.theatre
        places = case.places or [Place(theatre.name_en)]
        main = places[place_index] if place_index is not None and place_index < len(places) else rng.choice(places)
        actor = rng.choice(case.actors) if case.actors else theatre.actors[0]
        actor2 = rng.choice(case.actors) if case.actors else theatre.actors[-1]
        text_lang = "fr" if lang == "fr" else "en"

        def spell(p: Place) -> str:
            return rng.choice(p.latin_spellings) if rng.random() < 0.25 else p.name

        def name(a: ActorDef) -> str:
            return rng.choice(a.latin_names) if rng.random() < 0.4 else a.name

        year = case.year + rng.randrange(3)
        month = rng.randrange(12)
        day = 1 + rng.randrange(28)
        return {
            "place": spell(main),
            "place2": spell(rng.choice(places)),
            "place3": spell(rng.choice(places)),
            "place_ar": main.arabic,
            "place2_ar": rng.choice(places).arabic,
            "admin1": rng.choice(theatre.admin1),
            "country": theatre.name_fr if lang == "fr" else theatre.name_en,
            "actor": name(actor),
            "actor2": name(actor2),
            "actor_ar": actor.arabic,
            "alias": rng.choice(actor.latin_names),
            "nickname": rng.choice(NICKNAMES),
            "person": self.person(),
            "person2": self.person(),
            "person_ar": rng.choice(ARABIC_NAMES),
            "relative": rng.choice(RELATIVES[text_lang]),
            "relative_ar": rng.choice(RELATIVES["ar"]),
            "site": rng.choice(SITES[text_lang]),
            "site_ar": rng.choice(SITES["ar"]),
            "time": rng.choice(TIMES[text_lang]),
            "vehicle": rng.choice(VEHICLES[text_lang]),
            "profession": rng.choice(PROFESSIONS[text_lang]),
            "refuge": rng.choice(theatre.refuges),
            "n": 2 + rng.randrange(40),
            "n2": 1 + rng.randrange(30),
            "n3": 2 + rng.randrange(15),
            "k": 1 + rng.randrange(9),
            "s": 1 + rng.randrange(12),
            "hour": 5 + rng.randrange(8),
            "hour2": 13 + rng.randrange(8),
            "date": f"{day} {MONTHS[text_lang][month]} {year}",
            "year": year,
        }

    def paragraph(self, templates: Sequence[str], ctx: Mapping[str, Any], min_chars: int) -> str:
        """Sentences drawn without repetition (until the templates run out) up to ``min_chars``."""
        parts: list[str] = []
        size = 0
        order: list[str] = []
        while size < min_chars:
            if not order:
                order = self.rng.sample(templates, len(templates))
            sentence = order.pop().format_map(ctx)
            parts.append(sentence)
            size += len(sentence) + 1
        return " ".join(parts)

    def doc_language(self, case: CaseInfo) -> str:
        return _weighted(self.rng, case.theatre.doc_languages)

    # -- cases, locations, actors --------------------------------------------------------------------

    def case_rows(self) -> Iterator[Row]:
        for i in range(self.sizes.cases):
            theatre = THEATRES[i % len(THEATRES)]
            year = 2012 + self.rng.randrange(13)
            row = self.common()
            case = CaseInfo(i, row["id"], theatre, f"{theatre.code}-{year}-{i + 1:03d}", year)
            case.actors = list(theatre.actors)
            case.places = list(theatre.places)
            lang = "fr" if theatre.doc_languages[0][1] < 0.5 else "en"
            ctx = self.context(case, lang)
            title = self.rng.choice(CASE_THEMES[lang]).format_map(ctx)
            summary = self.paragraph(DESCRIPTION[lang], ctx, 500)
            row |= {
                "reference": case.reference,
                "title": f"{title} ({year})",
                "status": _weighted(self.rng, CASE_STATUS_WEIGHTS),
                "summary": summary,
                "lead_investigator": self.person(),
                "tags": [theatre.name_en, ctx["admin1"], ctx["actor"]],
            }
            self.check(validation.check_case, row)
            self.cases.append(case)
            yield row

    def location_rows(self) -> Iterator[Row]:
        counts = _allocate(self.sizes.locations, [w**0.5 for w in self.case_weights])
        for case, count in zip(self.cases, counts, strict=True):
            theatre = case.theatre
            pool = list(theatre.places)
            self.rng.shuffle(pool)
            chosen: list[Place] = pool[: max(0, min(len(pool), round(count * 0.6)))]
            if case.index == self.rare_case and count > 0:
                chosen = [Place(RARE_PLACE, ("Tin Fadimata",)), *chosen][:count]
            while len(chosen) < count:
                village = self.village()
                chosen.append(Place(village, (village.replace("ou", "u"),) if "ou" in village else ()))
            case.places = []
            for place in chosen:
                row = self.common()
                lat = max(-90.0, min(90.0, theatre.centre[0] + self.rng.uniform(-2.5, 2.5)))
                lon = max(-180.0, min(180.0, theatre.centre[1] + self.rng.uniform(-2.5, 2.5)))
                precise = self.rng.random() < 0.7
                row |= {
                    "case_id": case.id,
                    "name": place.name,
                    "alt_spellings": list(place.alts),
                    "admin1": self.rng.choice(theatre.admin1),
                    "admin2": "",
                    "country_code": theatre.code,
                    "latitude": round(lat, 5) if precise else None,
                    "longitude": round(lon, 5) if precise else None,
                    "geo_precision": (GeoPrecision.NEAR if precise else GeoPrecision.REGION).value,
                }
                self.check(validation.check_location, row)
                case.places.append(place)
                case.location_ids.append(row["id"])
                yield row
            if not case.places:
                case.places = list(theatre.places[:3])

    def actor_rows(self) -> Iterator[Row]:
        counts = _allocate(self.sizes.actors, [w**0.5 for w in self.case_weights])
        for case, count in zip(self.cases, counts, strict=True):
            theatre = case.theatre
            actors: list[ActorDef] = list(theatre.actors[:count])
            state = next((a for a in theatre.actors if a.kind == "state_force"), theatre.actors[0])
            while len(actors) < count:
                village = self.rng.choice(case.places).name
                roll = self.rng.random()
                if roll < 0.35:
                    actors.append(
                        _actor(
                            f"{village} self-defence group",
                            f"Groupe d'autodéfense de {village}",
                            "militia",
                            theatre.code,
                            "Local militia",
                        )
                    )
                elif roll < 0.65:
                    battalion = 1 + self.rng.randrange(60)
                    actors.append(
                        _actor(
                            f"{battalion}th battalion of the {state.name}",
                            f"{battalion}e bataillon|{state.aliases[0] if state.aliases else state.name} {battalion}",
                            "state_force",
                            theatre.code,
                            state.name,
                        )
                    )
                else:
                    actors.append(
                        _actor(
                            f"Commander {self.person()}",
                            self.rng.choice(NICKNAMES),
                            "individual",
                            theatre.code,
                            self.rng.choice(theatre.actors).name,
                        )
                    )
            case.actors = actors or list(theatre.actors)
            for actor in actors:
                row = self.common()
                row |= {
                    "case_id": case.id,
                    "name": actor.name,
                    "aliases": list(actor.aliases),
                    "kind": actor.kind,
                    "affiliation": actor.affiliation,
                    "country_code": actor.country,
                }
                self.check(validation.check_actor, row)
                yield row

    # -- incidents and allegations -------------------------------------------------------------------

    def incident_rows(self) -> Iterator[Row]:
        counts = _allocate(self.sizes.incidents, self.case_weights)
        precisions = [p.value for p in DatePrecision]
        for case, count in zip(self.cases, counts, strict=True):
            for _ in range(count):
                row = self.common()
                lang = self.doc_language(case)
                lang = "fr" if lang == "fr" else "en"
                place_index = self.rng.randrange(len(case.places))
                if case.index == self.rare_case and self.rng.random() < 0.1:
                    place_index = 0  # the planted rare place, which is the case's first location
                ctx = self.context(case, lang, place_index)
                event_type, event_subtype = self.rng.choice(self.event_pairs)
                assert event_type is not None
                title = self.rng.choice(INCIDENT_TITLES[event_type][lang]).format_map(ctx)
                precision = self.rng.choice(precisions)
                start = None
                end = None
                if precision != DatePrecision.UNKNOWN.value:
                    start = self.date_between(dt.date(case.year, 1, 1), 3 * 365)
                    if self.rng.random() < 0.2:
                        end = start + dt.timedelta(days=self.rng.randrange(4))
                low = self.rng.randrange(30)
                best = low + self.rng.randrange(20)
                row |= {
                    "case_id": case.id,
                    "title": title[:300],
                    "description": self.paragraph(DESCRIPTION[lang], ctx, 350),
                    "start_date": start,
                    "end_date": end,
                    "date_precision": precision,
                    "date_as_reported": ctx["date"] if start else "",
                    "location_id": case.location_ids[place_index] if case.location_ids else None,
                    "event_type": event_type,
                    "event_subtype": event_subtype,
                    "fatalities_low": low,
                    "fatalities_best": best,
                    "fatalities_high": best + self.rng.randrange(20),
                    "civilian_targeting": self.rng.random() < 0.7,
                }
                self.check(validation.check_incident, row)
                case.incidents.append((row["id"], place_index))
                yield row

    def allegation_rows(self) -> Iterator[Row]:
        counts = _allocate(self.sizes.allegations, [float(len(c.incidents)) for c in self.cases])
        statuses = [s.value for s in AllegationStatus]
        proofs = [p.value for p in StandardOfProof]
        for case, count in zip(self.cases, counts, strict=True):
            for _ in range(count):
                incident_id, place_index = self.rng.choice(case.incidents)
                lang = "fr" if self.doc_language(case) == "fr" else "en"
                ctx = self.context(case, lang, place_index)
                violation = self.rng.choice(self.violations)
                verb_en, verb_fr = VIOLATION_VERBS.get(violation.code, VIOLATION_VERBS["other"])
                if lang == "fr":
                    lead = f"{violation.label_fr} : {ctx['actor']} {verb_fr.format_map(ctx)} à {ctx['place']}."
                else:
                    verb = verb_en.format_map(ctx)
                    lead = f"{violation.label_en}: {ctx['actor']} allegedly {verb} in {ctx['place']}."
                row = self.common()
                row |= {
                    "case_id": case.id,
                    "incident_id": incident_id,
                    "violation_type": violation.code,
                    "description": lead + " " + self.paragraph(DESCRIPTION[lang], ctx, 150),
                    "status": self.rng.choice(statuses),
                    "standard_of_proof": self.rng.choice(proofs),
                    "reasoning": self.paragraph(REASONING[lang], ctx, 120),
                }
                self.check(validation.check_allegation, row)
                case.allegations.append(row["id"])
                yield row

    # -- witnesses, accounts -------------------------------------------------------------------------

    def witness_rows(self) -> Iterator[Row]:
        counts = _allocate(self.sizes.witnesses, self.case_weights)
        sexes = [s.value for s in Sex]
        ages = [a.value for a in AgeGroup]
        relations = [r.value for r in WitnessRelation]
        risks = [r.value for r in RiskLevel]
        for case, count in zip(self.cases, counts, strict=True):
            for k in range(count):
                row = self.common()
                language = self.rng.choice(case.theatre.languages)
                row |= {
                    "case_id": case.id,
                    "pseudonym": f"W{k + 1:03d}",
                    "sex": self.rng.choice(sexes),
                    "age_group": self.rng.choice(ages),
                    "language": language,
                    "relation": self.rng.choice(relations),
                    "risk_level": self.rng.choice(risks),
                }
                self.check(validation.check_witness, row)
                case.witnesses.append((row["id"], row["pseudonym"], language))
                yield row

    def account_rows(self) -> Iterator[tuple[Row, Row]]:
        """(account, version 1) pairs; each account's narrative is about 2 KB."""
        counts = _allocate(self.sizes.accounts, [float(len(c.witnesses)) for c in self.cases])
        methods = [mt.value for mt in InterviewMethod]
        planted = self.sizes.accounts // 3
        n = 0
        for case, count in zip(self.cases, counts, strict=True):
            for _ in range(count):
                witness_id, _pseudonym, language = self.rng.choice(case.witnesses)
                lang = self.doc_language(case)
                ctx = self.context(case, lang)
                target = 1800 + self.rng.randrange(500)
                if lang == "ar":
                    original = self.paragraph(NARRATIVE["ar"], ctx, target // 2)
                    summary = self.paragraph(NARRATIVE["en"], ctx, target - len(original) - 30)
                    narrative = f"{original}\n\nTranslation (summary): {summary}"
                else:
                    narrative = self.paragraph(NARRATIVE[lang], ctx, target)
                if n == planted:
                    narrative += f" They left in a white Toyota pick-up with the registration plate {RARE_PLATE}."
                n += 1
                account = self.common()
                account |= {"case_id": case.id, "witness_id": witness_id, "current_version": 1}
                self.check(validation.check_account, account)
                quotes = [narrative.split(". ")[0][:200]] if self.rng.random() < 0.5 else []
                version = {
                    "id": self.uid(),
                    "account_id": account["id"],
                    "version": 1,
                    "created_at": account["created_at"],
                    "created_by": BENCH_USER,
                    "correction_note": "",
                    "interviewer": self.person(),
                    "interview_date": self.date_between(dt.date(case.year, 1, 1), 4 * 365),
                    "interview_place": self.rng.choice(case.theatre.refuges),
                    "method": self.rng.choice(methods),
                    "language": language,
                    "translation_language": "en" if lang == "ar" else "",
                    "translator": self.person() if lang == "ar" else "",
                    "narrative": narrative,
                    "key_quotes": quotes,
                    "quotable": False,  # quoting needs the witness's recorded consent
                }
                self.check(validation.check_account_version, version)
                case.accounts.append((account["id"], narrative.split(". ")[0][:200]))
                yield account, version

    # -- sources ------------------------------------------------------------------------------------

    def source_rows(self) -> Iterator[Row]:
        counts = _allocate(self.sizes.sources, self.case_weights)
        stances = [s.value for s in Stance]
        for case, count in zip(self.cases, counts, strict=True):
            for _ in range(count):
                lang = self.doc_language(case)
                ctx = self.context(case, lang)
                title = self.rng.choice(SOURCE_TITLES[lang]).format_map(ctx)
                publisher, domain, kind = self.rng.choice(PUBLISHERS)
                published = self.date_between(dt.date(case.year, 1, 1), 4 * 365)
                url = f"https://{domain}/{published.year}/{published.month:02d}/{_slug(title)}-{self.rng.randrange(10**6)}"
                archived = (
                    f"https://web.archive.org/web/{published:%Y%m%d}000000/{url}" if self.rng.random() < 0.4 else ""
                )
                row = self.common()
                row |= {
                    "case_id": case.id,
                    "kind": SourceKind(kind).value,
                    "title": title[:500],
                    "author": self.person() if self.rng.random() < 0.7 else "",
                    "publisher": publisher,
                    "url": url,
                    "publication_date": published,
                    "access_date": published + dt.timedelta(days=self.rng.randrange(400)),
                    "archived_url": archived,
                    "language": lang,
                    "reliability": self.rng.choice(ADMIRALTY_RELIABILITY) if self.rng.random() < 0.8 else None,
                    "credibility": self.rng.choice(ADMIRALTY_CREDIBILITY) if self.rng.random() < 0.8 else None,
                    "stance": self.rng.choice(stances),
                }
                self.check(validation.check_source, row)
                case.sources.append(row["id"])
                yield row

    # -- evidence links -----------------------------------------------------------------------------

    def link_rows(self) -> Iterator[Row]:
        """Per allegation, ``sizes.source_links`` of its case's sources and ``sizes.account_links`` of its
        accounts bearing on it (distinct ones, as many as the case has): mostly supporting, an account link
        with an excerpt of the account and a paragraph locator, a source link with a page locator."""
        relations = [(r.value, w) for r, w in zip(LinkRelation, (0.8, 0.1, 0.1), strict=True)]
        for case in self.cases:
            for allegation_id in case.allegations:
                sources = self.rng.sample(case.sources, min(self.sizes.source_links, len(case.sources)))
                accounts = self.rng.sample(case.accounts, min(self.sizes.account_links, len(case.accounts)))
                origins: list[tuple[str, uuid.UUID, str, str]] = [
                    ("source_id", s, "", f"p. {1 + self.rng.randrange(40)}") for s in sources
                ]
                origins += [
                    ("account_id", a, excerpt, f"para. {1 + self.rng.randrange(12)}") for a, excerpt in accounts
                ]
                for column, origin, excerpt, locator in origins:
                    row = self.common()
                    row |= {
                        "case_id": case.id,
                        "source_id": None,
                        "account_id": None,
                        "evidence_id": None,
                        "allegation_id": allegation_id,
                        "incident_id": None,
                        column: origin,
                        "relation": _weighted(self.rng, relations),
                        "excerpt": excerpt,
                        "locator": locator,
                    }
                    self.check(validation.check_link, row)
                    yield row


# ---------------------------------------------------------------------------------------------------------
# Writing a store
# ---------------------------------------------------------------------------------------------------------


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class _Loader:
    def __init__(self, conn: Connection, result: GenerationResult, batch_size: int) -> None:
        self.conn = conn
        self.result = result
        self.batch_size = batch_size

    def _stats(self, model: type[Base]) -> TableStats:
        return self.result.tables.setdefault(model.__tablename__, TableStats())

    def load(self, model: type[Base], rows: Iterator[Row]) -> None:
        stats = self._stats(model)
        stmt = insert(model)
        while True:
            t0 = time.perf_counter()
            batch = list(islice(rows, self.batch_size))
            t1 = time.perf_counter()
            stats.py_seconds += t1 - t0
            if not batch:
                break
            self.conn.execute(stmt, batch)
            stats.db_seconds += time.perf_counter() - t1
            stats.rows += len(batch)
        _log(f"  {model.__tablename__}: {stats.rows} rows, {stats.db_seconds:.1f} s in the database")

    def load_accounts(self, pairs: Iterator[tuple[Row, Row]]) -> None:
        accounts, versions = self._stats(m.Account), self._stats(m.AccountVersion)
        account_stmt, version_stmt = insert(m.Account), insert(m.AccountVersion)
        while True:
            t0 = time.perf_counter()
            batch = list(islice(pairs, self.batch_size))
            t1 = time.perf_counter()
            accounts.py_seconds += t1 - t0
            if not batch:
                break
            self.conn.execute(account_stmt, [a for a, _ in batch])
            t2 = time.perf_counter()
            self.conn.execute(version_stmt, [v for _, v in batch])
            t3 = time.perf_counter()
            accounts.db_seconds += t2 - t1
            versions.db_seconds += t3 - t2
            accounts.rows += len(batch)
            versions.rows += len(batch)
        _log(f"  accounts + versions: {accounts.rows} + {versions.rows} rows")


def set_cache_size(engine: Engine, mib: int) -> None:
    """Give every new connection of ``engine`` a page cache of ``mib`` MiB (after hrdoc's own set-up)."""

    @event.listens_for(engine, "connect")
    def _cache(dbapi_conn: Any, record: Any) -> None:
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA cache_size = -{int(mib) * 1024}")
        finally:
            cur.close()

    engine.dispose()  # pooled connections were made without it


def _remove_store_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock", ".json"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def generate_store(
    path: Path,
    *,
    encrypted: bool,
    sizes: Sizes,
    seed: int = DEFAULT_SEED,
    passphrase: str = BENCH_PASSPHRASE,
    batch_size: int = DEFAULT_BATCH,
    force: bool = False,
    cache_mib: int | None = None,
) -> GenerationResult:
    """Create a store at ``path`` and fill it; write the parameters and timings next to it (``.json``).

    ``cache_mib`` is an experiment: the page cache hrdoc's connections get (SQLCipher's default is 8 MB) is
    raised for the bulk load only. Stores reused by ``benchmarks/run.py`` are made without it.
    """
    path = path.absolute()
    if force:
        _remove_store_files(path)
    result = GenerationResult(str(path), encrypted, seed, sizes, batch_size)
    _log(f"generating {path} ({'encrypted' if encrypted else 'NOT encrypted'}), {sizes.as_dict()}")
    started = time.perf_counter()
    ctx: StoreContext = new_store(path, passphrase if encrypted else None, encrypted=encrypted, user=BENCH_USER)
    try:
        result.create_seconds = time.perf_counter() - started
        builder = Builder(sizes, seed)
        engine = ctx.engine
        if cache_mib:
            set_cache_size(engine, cache_mib)
        t_rows = time.perf_counter()
        with engine.connect().execution_options(hrdoc_write=True) as conn:
            loader = _Loader(conn, result, batch_size)
            # A few transactions, each a consistent step: context, incidents, testimony, sources.
            with conn.begin():
                loader.load(m.Case, builder.case_rows())
                loader.load(m.Location, builder.location_rows())
                loader.load(m.Actor, builder.actor_rows())
            with conn.begin():
                loader.load(m.Incident, builder.incident_rows())
                loader.load(m.Allegation, builder.allegation_rows())
            with conn.begin():
                loader.load(m.Witness, builder.witness_rows())
                loader.load_accounts(builder.account_rows())
            with conn.begin():
                loader.load(m.Source, builder.source_rows())
            if sizes.links:
                with conn.begin():
                    loader.load(m.Link, builder.link_rows())
            result.rows_seconds = time.perf_counter() - t_rows
            _log(f"rows: {result.rows} in {result.rows_seconds:.1f} s; rebuilding the search index")
            t_index = time.perf_counter()
            with conn.begin():
                search_index.rebuild(conn)
            result.index_seconds = time.perf_counter() - t_index
            docs, text_bytes = conn.exec_driver_sql(
                "SELECT count(*), coalesce(sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))), 0)"
                " FROM search_docs"
            ).one()
            conn.rollback()
            result.search_docs, result.search_text_bytes = int(docs), int(text_bytes)
            _log(f"search index: {docs} documents in {result.index_seconds:.1f} s")
        with ctx.write() as session:
            audit.record(
                session,
                BENCH_USER,
                AuditAction.IMPORT,
                summary=f"generated benchmark data ({result.rows} rows, seed {seed})",
                details={"generator_version": GENERATOR_VERSION, "seed": seed, "sizes": sizes.as_dict()},
            )
            count = session.scalar(select(func.count()).select_from(m.Incident))
            assert count == sizes.incidents or sizes.cases == 0, (count, sizes.incidents)
    finally:
        ctx.close()  # the last connection closes: the WAL is checkpointed into the file
    result.total_seconds = time.perf_counter() - started
    result.file_bytes = path.stat().st_size
    sidecar = {"parameters": parameters(sizes, seed, encrypted), "generation": result.as_json()}
    sidecar_path(path).write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")
    _log(f"done in {result.total_seconds:.1f} s, {result.file_bytes / 2**20:.0f} MiB")
    return result


def read_sidecar(path: Path) -> dict[str, Any] | None:
    side = sidecar_path(path)
    if not path.exists() or not side.exists():
        return None
    try:
        data: dict[str, Any] = json.loads(side.read_text(encoding="utf-8"))
    except ValueError:
        return None
    return data


# ---------------------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------------------


def add_size_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every default size (e.g. 0.05)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    for f in dataclasses.fields(Sizes):
        parser.add_argument(
            f"--{f.name}", type=int, default=None, help=f"number of {f.name} (default {f.default} x scale)"
        )


def sizes_from_args(args: argparse.Namespace) -> Sizes:
    sizes = Sizes().scaled(args.scale)
    overrides = {f.name: getattr(args, f.name) for f in dataclasses.fields(Sizes) if getattr(args, f.name) is not None}
    return dataclasses.replace(sizes, **overrides)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("path", type=Path, help="the store file to create")
    parser.add_argument("--no-encryption", action="store_true", help="create a plain SQLite store")
    parser.add_argument("--passphrase", default=BENCH_PASSPHRASE)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH)
    parser.add_argument("--force", action="store_true", help="delete an existing store at PATH first")
    parser.add_argument("--cache-mib", type=int, default=None, help="experiment: page cache size for the load")
    add_size_arguments(parser)
    args = parser.parse_args(argv)
    result = generate_store(
        args.path,
        encrypted=not args.no_encryption,
        sizes=sizes_from_args(args),
        seed=args.seed,
        passphrase=args.passphrase,
        batch_size=args.batch_size,
        force=args.force,
        cache_mib=args.cache_mib,
    )
    print(json.dumps(result.as_json(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
