"""The generated ACLED file of the ACLED import benchmark (:mod:`benchmarks.acled`): seeded rows in ACLED's
columns, realistic in shape (places, actors, event types, dates, sources, fatalities and notes as ACLED files
have them)."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

SEED = 20261124
GENERATOR_VERSION = 1

PLACES = [
    # (location, admin1, admin2, admin3, lat, lon, iso, country, region)
    ("Annefif", "Gao", "Bourem", "Tarkint", 18.0505, 0.0503, 466, "Mali", "Western Africa"),
    ("Gao", "Gao", "Gao", "Gao", 16.2717, -0.0447, 466, "Mali", "Western Africa"),
    ("Tessalit", "Kidal", "Tessalit", "Tessalit", 20.1986, 1.0114, 466, "Mali", "Western Africa"),
    ("Kidal", "Kidal", "Kidal", "Kidal", 18.4411, 1.4078, 466, "Mali", "Western Africa"),
    ("Ménaka", "Ménaka", "Ménaka", "Ménaka", 15.9182, 2.4022, 466, "Mali", "Western Africa"),
    ("Tombouctou", "Tombouctou", "Tombouctou", "Tombouctou", 16.7735, -3.0074, 466, "Mali", "Western Africa"),
    ("Mopti", "Mopti", "Mopti", "Mopti", 14.4843, -4.1827, 466, "Mali", "Western Africa"),
    ("Djenné", "Mopti", "Djenné", "Djenné", 13.9061, -4.5535, 466, "Mali", "Western Africa"),
    ("Moura", "Mopti", "Djenné", "Sofara", 14.1419, -4.5062, 466, "Mali", "Western Africa"),
    ("Ségou", "Ségou", "Ségou", "Ségou", 13.4317, -6.2157, 466, "Mali", "Western Africa"),
    ("Niono", "Ségou", "Niono", "Niono", 14.2526, -5.9929, 466, "Mali", "Western Africa"),
    ("Bamako", "Bamako", "Bamako", "Commune III", 12.6392, -8.0029, 466, "Mali", "Western Africa"),
    ("Kayes", "Kayes", "Kayes", "Kayes", 14.4469, -11.4445, 466, "Mali", "Western Africa"),
    ("Sikasso", "Sikasso", "Sikasso", "Sikasso", 11.3176, -5.6665, 466, "Mali", "Western Africa"),
    ("Bandiagara", "Mopti", "Bandiagara", "Bandiagara", 14.3501, -3.6104, 466, "Mali", "Western Africa"),
    ("Boni", "Mopti", "Douentza", "Haïré", 15.0667, -1.9333, 466, "Mali", "Western Africa"),
    ("Léré", "Tombouctou", "Niafunké", "Léré", 15.7167, -4.9167, 466, "Mali", "Western Africa"),
    ("Intahaka", "Gao", "Gao", "N'Tillit", 16.3833, -1.3667, 466, "Mali", "Western Africa"),
    ("Ouagadougou", "Centre", "Kadiogo", "Ouagadougou", 12.3714, -1.5197, 854, "Burkina Faso", "Western Africa"),
    ("Djibo", "Sahel", "Soum", "Djibo", 14.1022, -1.6306, 854, "Burkina Faso", "Western Africa"),
    ("Dori", "Sahel", "Seno", "Dori", 14.0354, -0.0345, 854, "Burkina Faso", "Western Africa"),
    ("Barsalogho", "Centre-Nord", "Sanmatenga", "Barsalogho", 13.4167, -1.0667, 854, "Burkina Faso", "Western Africa"),
    ("Kaya", "Centre-Nord", "Sanmatenga", "Kaya", 13.0917, -1.0844, 854, "Burkina Faso", "Western Africa"),
    ("Fada N'Gourma", "Est", "Gourma", "Fada N'Gourma", 12.0617, 0.3584, 854, "Burkina Faso", "Western Africa"),
    ("Solenzo", "Boucle du Mouhoun", "Banwa", "Solenzo", 12.1833, -4.0833, 854, "Burkina Faso", "Western Africa"),
    ("Niamey", "Niamey", "Niamey", "Niamey I", 13.5116, 2.1254, 562, "Niger", "Western Africa"),
    ("Tillabéri", "Tillabéri", "Tillabéri", "Tillabéri", 14.2117, 1.4531, 562, "Niger", "Western Africa"),
    ("Ayorou", "Tillabéri", "Tillabéri", "Ayorou", 14.7308, 0.9174, 562, "Niger", "Western Africa"),
    ("Diffa", "Diffa", "Diffa", "Diffa", 13.3154, 12.6113, 562, "Niger", "Western Africa"),
    ("El Fasher", "North Darfur", "El Fasher", "", 13.6285, 25.3494, 729, "Sudan", "Northern Africa"),
    ("Geneina", "West Darfur", "Geneina", "", 13.4526, 22.4472, 729, "Sudan", "Northern Africa"),
    ("Khartoum", "Khartoum", "Khartoum", "", 15.5007, 32.5599, 729, "Sudan", "Northern Africa"),
    ("Omdurman", "Khartoum", "Omdurman", "", 15.6445, 32.4777, 729, "Sudan", "Northern Africa"),
    ("Wad Madani", "Al Jazirah", "Wad Madani", "", 14.4012, 33.5199, 729, "Sudan", "Northern Africa"),
    ("Kadugli", "South Kordofan", "Kadugli", "", 11.0111, 29.7183, 729, "Sudan", "Northern Africa"),
    ("Zalingei", "Central Darfur", "Zalingei", "", 12.9096, 23.4741, 729, "Sudan", "Northern Africa"),
    ("Nyala", "South Darfur", "Nyala", "", 12.0489, 24.8807, 729, "Sudan", "Northern Africa"),
    ("Tawila", "North Darfur", "Tawila", "", 13.5000, 24.9833, 729, "Sudan", "Northern Africa"),
    ("Idlib", "Idlib", "Idlib", "Idlib", 35.9306, 36.6339, 760, "Syria", "Middle East"),
    ("Aleppo", "Aleppo", "Jebel Saman", "Aleppo", 36.2021, 37.1343, 760, "Syria", "Middle East"),
    ("Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor", 35.3359, 40.1408, 760, "Syria", "Middle East"),
    ("Raqqa", "Ar-Raqqa", "Ar-Raqqa", "Ar-Raqqa", 35.9594, 39.0079, 760, "Syria", "Middle East"),
    ("Ta'izz", "Ta'izz", "Al Qahirah", "", 13.5795, 44.0209, 887, "Yemen", "Middle East"),
    ("Al Hudaydah", "Al Hudaydah", "Al Hawak", "", 14.7978, 42.9545, 887, "Yemen", "Middle East"),
    ("Marib", "Marib", "Marib City", "", 15.4627, 45.3228, 887, "Yemen", "Middle East"),
    ("Bangui", "Bangui", "Bangui", "", 4.3947, 18.5582, 140, "Central African Republic", "Middle Africa"),
    ("Bria", "Haute-Kotto", "Bria", "", 6.5423, 21.9866, 140, "Central African Republic", "Middle Africa"),
    ("Bambari", "Ouaka", "Bambari", "", 5.7614, 20.6736, 140, "Central African Republic", "Middle Africa"),
    ("Goma", "Nord-Kivu", "Goma", "", -1.6792, 29.2228, 180, "Democratic Republic of Congo", "Middle Africa"),
    ("Bunia", "Ituri", "Bunia", "", 1.5667, 30.2500, 180, "Democratic Republic of Congo", "Middle Africa"),
]
ACTORS = [
    # (name, inter)
    ("Wagner Group", "External/Other forces"),
    ("Military Forces of Mali (2021-)", "State forces"),
    ("Police Forces of Mali (2021-)", "State forces"),
    ("JNIM: Group for Support of Islam and Muslims", "Rebel group"),
    ("Islamic State (Sahel)", "Rebel group"),
    ("Azawad Liberation Front", "Rebel group"),
    ("Dan Na Ambassagou", "Identity militia"),
    ("Fulani Ethnic Militia (Mali)", "Identity militia"),
    ("Dozo Communal Militia (Mali)", "Identity militia"),
    ("Civilians (Mali)", "Civilians"),
    ("Military Forces of Burkina Faso (2022-)", "State forces"),
    ("VDP: Volunteers for the Defense of the Homeland", "Political militia"),
    ("Civilians (Burkina Faso)", "Civilians"),
    ("Military Forces of Niger (2023-)", "State forces"),
    ("Civilians (Niger)", "Civilians"),
    ("Rapid Support Forces", "Rebel group"),
    ("Military Forces of Sudan (2019-)", "State forces"),
    ("Arab Ethnic Militia (Sudan)", "Identity militia"),
    ("Masalit Ethnic Militia (Sudan)", "Identity militia"),
    ("Civilians (Sudan)", "Civilians"),
    ("Military Forces of Syria (2024-)", "State forces"),
    ("HTS: Hayat Tahrir al Sham", "Rebel group"),
    ("SDF: Syrian Democratic Forces", "Rebel group"),
    ("Civilians (Syria)", "Civilians"),
    ("Houthi Movement", "Rebel group"),
    ("Military Forces of Yemen (2017-) Supreme Political Council", "State forces"),
    ("Civilians (Yemen)", "Civilians"),
    ("3R: Return, Reclamation, Rehabilitation", "Rebel group"),
    ("M23: March 23 Movement", "Rebel group"),
    ("Protesters (Mali)", "Protesters"),
    ("Rioters (Mali)", "Rioters"),
]
ASSOC = ["Women (Mali)", "Fulani Ethnic Group (Mali)", "Tuareg Ethnic Group (Mali)", "Students (Mali)", "Journalists"]
TYPES = [
    ("Violence against civilians", ["Attack", "Abduction/forced disappearance", "Sexual violence"], 30),
    ("Battles", ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"], 25),
    (
        "Explosions/Remote violence",
        ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
        20,
    ),
    ("Protests", ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"], 10),
    ("Riots", ["Violent demonstration", "Mob violence"], 5),
    ("Strategic developments", ["Arrests", "Looting/property destruction", "Agreement", "Other"], 10),
]
SOURCES = [
    "Le Monde",
    "Reuters",
    "AFP",
    "RFI",
    "Jeune Afrique",
    "Studio Tamani",
    "Maliweb",
    "Al Jazeera",
    "BBC News",
    "Sudan Tribune",
    "Radio Dabanga",
    "Enab Baladi",
    "SOHR",
    "Yemen Data Project",
    "Radio Ndeke Luka",
    "Actualite.cd",
    "Human Rights Watch",
    "Amnesty International",
    "MINUSMA",
    "OCHA",
    "Twitter",
    "Facebook",
    "Local partner",
    "Sahel Intelligence",
    "Lefaso.net",
    "ActuNiger",
    "Aïr Info",
    "Kapital FM",
    "Al Masdar",
    "Asharq Al-Awsat",
    "North Press Agency",
    "Hawar News Agency",
    "Saba News Agency",
    "Xinhua",
    "Anadolu Agency",
    "The Telegraph",
    "Le Figaro",
    "France 24",
    "Voice of America",
    "Deutsche Welle",
]
SCALES = ["National", "Subnational", "International", "Local partner-National", "New media", "Other-National"]
SENTENCES = [
    "On {date}, {actor} attacked the village of {place} ({admin1}), killing {fat} people.",
    "Le {date}, des hommes armés ont attaqué {place} et incendié des greniers.",
    "في {place}، أفاد شهود بأن مسلحين هاجموا السوق.",
    "Fatalities were reported by local sources; the toll could not be confirmed.",
    "Property was looted and livestock taken towards the border.",
    "Des habitants ont fui vers {admin1} après l'attaque.",
]
TAGS = [
    "",
    "",
    "",
    "women targeted: girls",
    "crowd size=no report",
    "local administrators",
    "women targeted: candidates",
]


def generate(path: Path, rows: int, seed: int = SEED) -> None:
    """Write ``rows`` seeded ACLED rows to ``path`` (UTF-8, ACLED's columns, LF line ends as ACLED's files)."""
    from hrdoc.services.acled_values import ACLED_COLUMNS

    rnd = random.Random(seed)
    start = dt.date(2022, 1, 1)
    type_weights = [w for _, _, w in TYPES]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(ACLED_COLUMNS)
        for n in range(rows):
            place = PLACES[
                min(int(rnd.paretovariate(1.1)) - 1, len(PLACES) - 1)
                if rnd.random() < 0.5
                else rnd.randrange(len(PLACES))
            ]
            event_type, subs, _ = rnd.choices(TYPES, weights=type_weights)[0]
            sub = rnd.choice(subs)
            actor1, inter1 = rnd.choice(ACTORS)
            actor2, inter2 = rnd.choice(ACTORS) if rnd.random() < 0.7 else ("", "")
            if actor2 == actor1:
                actor2, inter2 = "", ""
            date = start + dt.timedelta(days=rnd.randrange(3 * 365))
            fat = 0 if rnd.random() < 0.6 else int(rnd.paretovariate(1.3))
            sources = rnd.sample(SOURCES, rnd.choice((1, 1, 1, 2, 2, 3)))
            note = " ".join(
                s.format(date=date.strftime("%d %B %Y"), actor=actor1, place=place[0], admin1=place[1], fat=fat)
                for s in rnd.sample(SENTENCES, rnd.randint(1, 3))
            )
            values = {
                "event_id_cnty": f"{place[7][:3].upper()}{n + 1}",
                "event_date": date.strftime("%d %B %Y") if n % 3 == 0 else date.isoformat(),
                "time_precision": rnd.choices(("1", "2", "3"), weights=(80, 15, 5))[0],
                "disorder_type": "Political violence",
                "event_type": event_type,
                "sub_event_type": sub,
                "actor1": actor1,
                "assoc_actor_1": rnd.choice(ASSOC) if rnd.random() < 0.15 else "",
                "inter1": inter1,
                "actor2": actor2,
                "assoc_actor_2": "",
                "inter2": inter2,
                "interaction": "",
                "civilian_targeting": "Civilian targeting" if event_type == "Violence against civilians" else "",
                "iso": place[6],
                "region": place[8],
                "country": place[7],
                "admin1": place[1],
                "admin2": place[2],
                "admin3": place[3],
                "location": place[0],
                "latitude": place[4],
                "longitude": place[5],
                "geo_precision": rnd.choices(("1", "2", "3"), weights=(70, 25, 5))[0],
                "source": "; ".join(sources),
                "source_scale": rnd.choice(SCALES),
                "notes": note,
                "fatalities": fat,
                "tags": rnd.choice(TAGS),
                "timestamp": 1_700_000_000 + n,
            }
            writer.writerow([values[c] for c in ACLED_COLUMNS])
