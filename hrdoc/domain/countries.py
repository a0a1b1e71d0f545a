"""ISO 3166-1 countries, declared once: alpha-2 code, numeric code, English, French and Arabic names.

hrdoc stores a country as its alpha-2 code (``ML``); people read and type its name. :func:`resolve` turns what
a person typed (a code in any case, a name in English, French or Arabic, accents, Arabic vowel marks and case
ignored) into the code the record service stores, :func:`name` and :func:`label` say a stored code in words in
the language asked (``en``, ``fr`` or ``ar``), :func:`search` is what a
country picker offers for a few typed letters, and :func:`searched_by` is what full-text search finds a stored
code by. ACLED files give a country by its numeric code (``iso``) and by ACLED's name (``country``), which
:attr:`Country.acled` keeps where it differs from the usual English one.

The codes and numbers come from Debian's ``iso-codes`` 4.15 (``iso_3166-1.json``), with Kosovo, which ACLED
codes with the user-assigned ``XK`` and numeric ``0``. The names are the short ones people use (the United
Nations' where they differ from ISO's formal ``Bolivia, Plurinational State of``); other names (formal, former,
ACLED's, abbreviations) are found by :func:`resolve` and :func:`search` too.

The Arabic names are the Unicode CLDR's short names (CLDR 49, as Babel 2.19.0 ships it), kept in
:mod:`hrdoc.domain.country_names_ar`, which ``tools/country_names.py`` writes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from hrdoc.domain.country_names_ar import ARABIC
from hrdoc.domain.errors import UserError
from hrdoc.domain.folding import fold as fold  # re-exported: callers compare names with it
from hrdoc.domain.marks import N_


@dataclass(frozen=True, slots=True)
class Country:
    alpha2: str
    numeric: int
    name: str
    """The usual short name in English."""
    french: str
    """The usual short name in French."""
    other_names: tuple[str, ...] = ()
    acled_name: str = ""
    """ACLED's name for it, where it differs from :attr:`name`."""
    arabic: str = ""
    """The usual short name in Arabic (CLDR's)."""

    @property
    def acled(self) -> str:
        """The name ACLED files give it."""
        return self.acled_name or self.name

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it is known by: English, French, Arabic, then the others."""
        return (self.name, self.french, self.arabic, *self.other_names)

    @property
    def label(self) -> str:
        """How a picker shows it: ``Burkina Faso (BF)``."""
        return self.label_in("en")

    def name_in(self, language: str) -> str:
        """Its name in ``language`` ("en", "fr" or "ar"; English for any other)."""
        if language == "fr":
            return self.french
        if language == "ar":
            return self.arabic or self.name
        return self.name

    def label_in(self, language: str) -> str:
        """How a picker shows it in ``language``: ``Burkina Faso (BF)``, ``مالي (ML)``."""
        return f"{self.name_in(language)} ({self.alpha2})"


# (alpha-2, numeric, English name, French name, other names)
_TABLE: tuple[tuple[str, int, str, str, tuple[str, ...]], ...] = (
    ("AD", 20, "Andorra", "Andorre", ("Principality of Andorra",)),
    ("AE", 784, "United Arab Emirates", "Émirats arabes unis", ("UAE",)),
    ("AF", 4, "Afghanistan", "Afghanistan", ("Islamic Republic of Afghanistan",)),
    ("AG", 28, "Antigua and Barbuda", "Antigua-et-Barbuda", ()),
    ("AI", 660, "Anguilla", "Anguilla", ()),
    ("AL", 8, "Albania", "Albanie", ("Republic of Albania",)),
    ("AM", 51, "Armenia", "Arménie", ("Republic of Armenia",)),
    ("AO", 24, "Angola", "Angola", ("Republic of Angola",)),
    ("AQ", 10, "Antarctica", "Antarctique", ()),
    ("AR", 32, "Argentina", "Argentine", ("Argentine Republic",)),
    ("AS", 16, "American Samoa", "Samoa américaines", ()),
    ("AT", 40, "Austria", "Autriche", ("Republic of Austria",)),
    ("AU", 36, "Australia", "Australie", ()),
    ("AW", 533, "Aruba", "Aruba", ()),
    ("AX", 248, "Åland Islands", "Îles Åland", ()),
    ("AZ", 31, "Azerbaijan", "Azerbaïdjan", ("Republic of Azerbaijan",)),
    ("BA", 70, "Bosnia and Herzegovina", "Bosnie-Herzégovine", ("Republic of Bosnia and Herzegovina",)),
    ("BB", 52, "Barbados", "Barbade", ()),
    ("BD", 50, "Bangladesh", "Bangladesh", ("People's Republic of Bangladesh",)),
    ("BE", 56, "Belgium", "Belgique", ("Kingdom of Belgium",)),
    ("BF", 854, "Burkina Faso", "Burkina Faso", ()),
    ("BG", 100, "Bulgaria", "Bulgarie", ("Republic of Bulgaria",)),
    ("BH", 48, "Bahrain", "Bahreïn", ("Kingdom of Bahrain",)),
    ("BI", 108, "Burundi", "Burundi", ("Republic of Burundi",)),
    ("BJ", 204, "Benin", "Bénin", ("Republic of Benin",)),
    ("BL", 652, "Saint Barthélemy", "Saint-Barthélemy", ()),
    ("BM", 60, "Bermuda", "Bermudes", ()),
    ("BN", 96, "Brunei", "Brunei", ("Brunei Darussalam",)),
    ("BO", 68, "Bolivia", "Bolivie", ("Bolivia, Plurinational State of", "Plurinational State of Bolivia")),
    ("BQ", 535, "Bonaire, Sint Eustatius and Saba", "Bonaire, Saint-Eustache et Saba", ()),
    ("BR", 76, "Brazil", "Brésil", ("Federative Republic of Brazil",)),
    ("BS", 44, "Bahamas", "Bahamas", ("Commonwealth of the Bahamas",)),
    ("BT", 64, "Bhutan", "Bhoutan", ("Kingdom of Bhutan",)),
    ("BV", 74, "Bouvet Island", "Île Bouvet", ()),
    ("BW", 72, "Botswana", "Botswana", ("Republic of Botswana",)),
    ("BY", 112, "Belarus", "Bélarus", ("Republic of Belarus", "Biélorussie")),
    ("BZ", 84, "Belize", "Belize", ()),
    ("CA", 124, "Canada", "Canada", ()),
    ("CC", 166, "Cocos (Keeling) Islands", "Îles Cocos (Keeling)", ()),
    (
        "CD",
        180,
        "Democratic Republic of the Congo",
        "République démocratique du Congo",
        ("Democratic Republic of Congo", "Congo, The Democratic Republic of the", "DRC", "RDC"),
    ),
    ("CF", 140, "Central African Republic", "République centrafricaine", ("Centrafrique",)),
    ("CG", 178, "Republic of the Congo", "République du Congo", ("Republic of Congo", "Congo")),
    ("CH", 756, "Switzerland", "Suisse", ("Swiss Confederation",)),
    ("CI", 384, "Côte d'Ivoire", "Côte d'Ivoire", ("Ivory Coast", "Republic of Côte d'Ivoire")),
    ("CK", 184, "Cook Islands", "Îles Cook", ()),
    ("CL", 152, "Chile", "Chili", ("Republic of Chile",)),
    ("CM", 120, "Cameroon", "Cameroun", ("Republic of Cameroon",)),
    ("CN", 156, "China", "Chine", ("People's Republic of China",)),
    ("CO", 170, "Colombia", "Colombie", ("Republic of Colombia",)),
    ("CR", 188, "Costa Rica", "Costa Rica", ("Republic of Costa Rica",)),
    ("CU", 192, "Cuba", "Cuba", ("Republic of Cuba",)),
    ("CV", 132, "Cabo Verde", "Cap-Vert", ("Cape Verde", "Republic of Cabo Verde")),
    ("CW", 531, "Curaçao", "Curaçao", ()),
    ("CX", 162, "Christmas Island", "Île Christmas", ()),
    ("CY", 196, "Cyprus", "Chypre", ("Republic of Cyprus",)),
    ("CZ", 203, "Czechia", "Tchéquie", ("Czech Republic", "République tchèque")),
    ("DE", 276, "Germany", "Allemagne", ("Federal Republic of Germany",)),
    ("DJ", 262, "Djibouti", "Djibouti", ("Republic of Djibouti",)),
    ("DK", 208, "Denmark", "Danemark", ("Kingdom of Denmark",)),
    ("DM", 212, "Dominica", "Dominique", ("Commonwealth of Dominica",)),
    ("DO", 214, "Dominican Republic", "République dominicaine", ()),
    ("DZ", 12, "Algeria", "Algérie", ("People's Democratic Republic of Algeria",)),
    ("EC", 218, "Ecuador", "Équateur", ("Republic of Ecuador",)),
    ("EE", 233, "Estonia", "Estonie", ("Republic of Estonia",)),
    ("EG", 818, "Egypt", "Égypte", ("Arab Republic of Egypt",)),
    ("EH", 732, "Western Sahara", "Sahara occidental", ()),
    ("ER", 232, "Eritrea", "Érythrée", ("the State of Eritrea",)),
    ("ES", 724, "Spain", "Espagne", ("Kingdom of Spain",)),
    ("ET", 231, "Ethiopia", "Éthiopie", ("Federal Democratic Republic of Ethiopia",)),
    ("FI", 246, "Finland", "Finlande", ("Republic of Finland",)),
    ("FJ", 242, "Fiji", "Fidji", ("Republic of Fiji",)),
    ("FK", 238, "Falkland Islands", "Îles Malouines", ("Falkland Islands (Malvinas)", "Îles Falkland")),
    ("FM", 583, "Micronesia", "Micronésie", ("Micronesia, Federated States of", "Federated States of Micronesia")),
    ("FO", 234, "Faroe Islands", "Îles Féroé", ()),
    ("FR", 250, "France", "France", ("French Republic",)),
    ("GA", 266, "Gabon", "Gabon", ("Gabonese Republic",)),
    (
        "GB",
        826,
        "United Kingdom",
        "Royaume-Uni",
        ("United Kingdom of Great Britain and Northern Ireland", "Great Britain", "Grande-Bretagne", "UK"),
    ),
    ("GD", 308, "Grenada", "Grenade", ()),
    ("GE", 268, "Georgia", "Géorgie", ()),
    ("GF", 254, "French Guiana", "Guyane", ("Guyane française",)),
    ("GG", 831, "Guernsey", "Guernesey", ()),
    ("GH", 288, "Ghana", "Ghana", ("Republic of Ghana",)),
    ("GI", 292, "Gibraltar", "Gibraltar", ()),
    ("GL", 304, "Greenland", "Groenland", ()),
    ("GM", 270, "Gambia", "Gambie", ("Republic of the Gambia",)),
    ("GN", 324, "Guinea", "Guinée", ("Republic of Guinea",)),
    ("GP", 312, "Guadeloupe", "Guadeloupe", ()),
    ("GQ", 226, "Equatorial Guinea", "Guinée équatoriale", ("Republic of Equatorial Guinea",)),
    ("GR", 300, "Greece", "Grèce", ("Hellenic Republic",)),
    ("GS", 239, "South Georgia and the South Sandwich Islands", "Géorgie du Sud-et-les Îles Sandwich du Sud", ()),
    ("GT", 320, "Guatemala", "Guatemala", ("Republic of Guatemala",)),
    ("GU", 316, "Guam", "Guam", ()),
    ("GW", 624, "Guinea-Bissau", "Guinée-Bissau", ("Republic of Guinea-Bissau",)),
    ("GY", 328, "Guyana", "Guyana", ("Republic of Guyana",)),
    ("HK", 344, "Hong Kong", "Hong Kong", ("Hong Kong Special Administrative Region of China",)),
    ("HM", 334, "Heard Island and McDonald Islands", "Îles Heard-et-MacDonald", ()),
    ("HN", 340, "Honduras", "Honduras", ("Republic of Honduras",)),
    ("HR", 191, "Croatia", "Croatie", ("Republic of Croatia",)),
    ("HT", 332, "Haiti", "Haïti", ("Republic of Haiti",)),
    ("HU", 348, "Hungary", "Hongrie", ()),
    ("ID", 360, "Indonesia", "Indonésie", ("Republic of Indonesia",)),
    ("IE", 372, "Ireland", "Irlande", ()),
    ("IL", 376, "Israel", "Israël", ("State of Israel",)),
    ("IM", 833, "Isle of Man", "Île de Man", ()),
    ("IN", 356, "India", "Inde", ("Republic of India",)),
    ("IO", 86, "British Indian Ocean Territory", "Territoire britannique de l'océan Indien", ()),
    ("IQ", 368, "Iraq", "Irak", ("Republic of Iraq",)),
    ("IR", 364, "Iran", "Iran", ("Iran, Islamic Republic of", "Islamic Republic of Iran")),
    ("IS", 352, "Iceland", "Islande", ("Republic of Iceland",)),
    ("IT", 380, "Italy", "Italie", ("Italian Republic",)),
    ("JE", 832, "Jersey", "Jersey", ()),
    ("JM", 388, "Jamaica", "Jamaïque", ()),
    ("JO", 400, "Jordan", "Jordanie", ("Hashemite Kingdom of Jordan",)),
    ("JP", 392, "Japan", "Japon", ()),
    ("KE", 404, "Kenya", "Kenya", ("Republic of Kenya",)),
    ("KG", 417, "Kyrgyzstan", "Kirghizistan", ("Kyrgyz Republic",)),
    ("KH", 116, "Cambodia", "Cambodge", ("Kingdom of Cambodia",)),
    ("KI", 296, "Kiribati", "Kiribati", ("Republic of Kiribati",)),
    ("KM", 174, "Comoros", "Comores", ("Union of the Comoros",)),
    ("KN", 659, "Saint Kitts and Nevis", "Saint-Christophe-et-Niévès", ()),
    (
        "KP",
        408,
        "North Korea",
        "Corée du Nord",
        ("Korea, Democratic People's Republic of", "Democratic People's Republic of Korea"),
    ),
    ("KR", 410, "South Korea", "Corée du Sud", ("Korea, Republic of",)),
    ("KW", 414, "Kuwait", "Koweït", ("State of Kuwait",)),
    ("KY", 136, "Cayman Islands", "Îles Caïmans", ()),
    ("KZ", 398, "Kazakhstan", "Kazakhstan", ("Republic of Kazakhstan",)),
    ("LA", 418, "Laos", "Laos", ("Lao People's Democratic Republic",)),
    ("LB", 422, "Lebanon", "Liban", ("Lebanese Republic",)),
    ("LC", 662, "Saint Lucia", "Sainte-Lucie", ()),
    ("LI", 438, "Liechtenstein", "Liechtenstein", ("Principality of Liechtenstein",)),
    ("LK", 144, "Sri Lanka", "Sri Lanka", ("Democratic Socialist Republic of Sri Lanka",)),
    ("LR", 430, "Liberia", "Libéria", ("Republic of Liberia",)),
    ("LS", 426, "Lesotho", "Lesotho", ("Kingdom of Lesotho",)),
    ("LT", 440, "Lithuania", "Lituanie", ("Republic of Lithuania",)),
    ("LU", 442, "Luxembourg", "Luxembourg", ("Grand Duchy of Luxembourg",)),
    ("LV", 428, "Latvia", "Lettonie", ("Republic of Latvia",)),
    ("LY", 434, "Libya", "Libye", ()),
    ("MA", 504, "Morocco", "Maroc", ("Kingdom of Morocco",)),
    ("MC", 492, "Monaco", "Monaco", ("Principality of Monaco",)),
    ("MD", 498, "Moldova", "Moldavie", ("Moldova, Republic of", "Republic of Moldova")),
    ("ME", 499, "Montenegro", "Monténégro", ()),
    ("MF", 663, "Saint Martin (French part)", "Saint-Martin (partie française)", ()),
    ("MG", 450, "Madagascar", "Madagascar", ("Republic of Madagascar",)),
    ("MH", 584, "Marshall Islands", "Îles Marshall", ("Republic of the Marshall Islands",)),
    ("MK", 807, "North Macedonia", "Macédoine du Nord", ("Republic of North Macedonia", "Macédoine")),
    ("ML", 466, "Mali", "Mali", ("Republic of Mali",)),
    ("MM", 104, "Myanmar", "Birmanie", ("Republic of Myanmar",)),
    ("MN", 496, "Mongolia", "Mongolie", ()),
    ("MO", 446, "Macao", "Macao", ("Macao Special Administrative Region of China", "Macau")),
    (
        "MP",
        580,
        "Northern Mariana Islands",
        "Îles Mariannes du Nord",
        ("Commonwealth of the Northern Mariana Islands",),
    ),
    ("MQ", 474, "Martinique", "Martinique", ()),
    ("MR", 478, "Mauritania", "Mauritanie", ("Islamic Republic of Mauritania",)),
    ("MS", 500, "Montserrat", "Montserrat", ()),
    ("MT", 470, "Malta", "Malte", ("Republic of Malta",)),
    ("MU", 480, "Mauritius", "Maurice", ("Republic of Mauritius",)),
    ("MV", 462, "Maldives", "Maldives", ("Republic of Maldives",)),
    ("MW", 454, "Malawi", "Malawi", ("Republic of Malawi",)),
    ("MX", 484, "Mexico", "Mexique", ("United Mexican States",)),
    ("MY", 458, "Malaysia", "Malaisie", ()),
    ("MZ", 508, "Mozambique", "Mozambique", ("Republic of Mozambique",)),
    ("NA", 516, "Namibia", "Namibie", ("Republic of Namibia",)),
    ("NC", 540, "New Caledonia", "Nouvelle-Calédonie", ()),
    ("NE", 562, "Niger", "Niger", ("Republic of the Niger",)),
    ("NF", 574, "Norfolk Island", "Île Norfolk", ()),
    ("NG", 566, "Nigeria", "Nigeria", ("Federal Republic of Nigeria",)),
    ("NI", 558, "Nicaragua", "Nicaragua", ("Republic of Nicaragua",)),
    ("NL", 528, "Netherlands", "Pays-Bas", ("Kingdom of the Netherlands", "Hollande")),
    ("NO", 578, "Norway", "Norvège", ("Kingdom of Norway",)),
    ("NP", 524, "Nepal", "Népal", ("Federal Democratic Republic of Nepal",)),
    ("NR", 520, "Nauru", "Nauru", ("Republic of Nauru",)),
    ("NU", 570, "Niue", "Niue", ()),
    ("NZ", 554, "New Zealand", "Nouvelle-Zélande", ()),
    ("OM", 512, "Oman", "Oman", ("Sultanate of Oman",)),
    ("PA", 591, "Panama", "Panama", ("Republic of Panama",)),
    ("PE", 604, "Peru", "Pérou", ("Republic of Peru",)),
    ("PF", 258, "French Polynesia", "Polynésie française", ()),
    ("PG", 598, "Papua New Guinea", "Papouasie-Nouvelle-Guinée", ("Independent State of Papua New Guinea",)),
    ("PH", 608, "Philippines", "Philippines", ("Republic of the Philippines",)),
    ("PK", 586, "Pakistan", "Pakistan", ("Islamic Republic of Pakistan",)),
    ("PL", 616, "Poland", "Pologne", ("Republic of Poland",)),
    ("PM", 666, "Saint Pierre and Miquelon", "Saint-Pierre-et-Miquelon", ()),
    ("PN", 612, "Pitcairn", "Îles Pitcairn", ()),
    ("PR", 630, "Puerto Rico", "Porto Rico", ()),
    ("PS", 275, "Palestine", "Palestine", ("Palestine, State of", "the State of Palestine")),
    ("PT", 620, "Portugal", "Portugal", ("Portuguese Republic",)),
    ("PW", 585, "Palau", "Palaos", ("Republic of Palau",)),
    ("PY", 600, "Paraguay", "Paraguay", ("Republic of Paraguay",)),
    ("QA", 634, "Qatar", "Qatar", ("State of Qatar",)),
    ("RE", 638, "Réunion", "La Réunion", ()),
    ("RO", 642, "Romania", "Roumanie", ()),
    ("RS", 688, "Serbia", "Serbie", ("Republic of Serbia",)),
    ("RU", 643, "Russia", "Russie", ("Russian Federation", "Fédération de Russie")),
    ("RW", 646, "Rwanda", "Rwanda", ("Rwandese Republic",)),
    ("SA", 682, "Saudi Arabia", "Arabie saoudite", ("Kingdom of Saudi Arabia",)),
    ("SB", 90, "Solomon Islands", "Îles Salomon", ()),
    ("SC", 690, "Seychelles", "Seychelles", ("Republic of Seychelles",)),
    ("SD", 729, "Sudan", "Soudan", ("Republic of the Sudan",)),
    ("SE", 752, "Sweden", "Suède", ("Kingdom of Sweden",)),
    ("SG", 702, "Singapore", "Singapour", ("Republic of Singapore",)),
    ("SH", 654, "Saint Helena, Ascension and Tristan da Cunha", "Sainte-Hélène, Ascension et Tristan da Cunha", ()),
    ("SI", 705, "Slovenia", "Slovénie", ("Republic of Slovenia",)),
    ("SJ", 744, "Svalbard and Jan Mayen", "Svalbard et Jan Mayen", ()),
    ("SK", 703, "Slovakia", "Slovaquie", ("Slovak Republic",)),
    ("SL", 694, "Sierra Leone", "Sierra Leone", ("Republic of Sierra Leone",)),
    ("SM", 674, "San Marino", "Saint-Marin", ("Republic of San Marino",)),
    ("SN", 686, "Senegal", "Sénégal", ("Republic of Senegal",)),
    ("SO", 706, "Somalia", "Somalie", ("Federal Republic of Somalia",)),
    ("SR", 740, "Suriname", "Suriname", ("Republic of Suriname", "Surinam")),
    ("SS", 728, "South Sudan", "Soudan du Sud", ("Republic of South Sudan",)),
    ("ST", 678, "Sao Tome and Principe", "Sao Tomé-et-Principe", ("Democratic Republic of Sao Tome and Principe",)),
    ("SV", 222, "El Salvador", "Salvador", ("Republic of El Salvador",)),
    ("SX", 534, "Sint Maarten (Dutch part)", "Saint-Martin (partie néerlandaise)", ()),
    ("SY", 760, "Syria", "Syrie", ("Syrian Arab Republic",)),
    ("SZ", 748, "Eswatini", "Eswatini", ("Kingdom of Eswatini", "Swaziland")),
    ("TC", 796, "Turks and Caicos Islands", "Îles Turques-et-Caïques", ()),
    ("TD", 148, "Chad", "Tchad", ("Republic of Chad",)),
    ("TF", 260, "French Southern Territories", "Terres australes et antarctiques françaises", ()),
    ("TG", 768, "Togo", "Togo", ("Togolese Republic",)),
    ("TH", 764, "Thailand", "Thaïlande", ("Kingdom of Thailand",)),
    ("TJ", 762, "Tajikistan", "Tadjikistan", ("Republic of Tajikistan",)),
    ("TK", 772, "Tokelau", "Tokelau", ()),
    ("TL", 626, "Timor-Leste", "Timor oriental", ("Democratic Republic of Timor-Leste",)),
    ("TM", 795, "Turkmenistan", "Turkménistan", ()),
    ("TN", 788, "Tunisia", "Tunisie", ("Republic of Tunisia",)),
    ("TO", 776, "Tonga", "Tonga", ("Kingdom of Tonga",)),
    ("TR", 792, "Turkey", "Turquie", ("Türkiye", "Republic of Türkiye")),
    ("TT", 780, "Trinidad and Tobago", "Trinité-et-Tobago", ("Republic of Trinidad and Tobago",)),
    ("TV", 798, "Tuvalu", "Tuvalu", ()),
    ("TW", 158, "Taiwan", "Taïwan", ("Taiwan, Province of China",)),
    ("TZ", 834, "Tanzania", "Tanzanie", ("Tanzania, United Republic of", "United Republic of Tanzania")),
    ("UA", 804, "Ukraine", "Ukraine", ()),
    ("UG", 800, "Uganda", "Ouganda", ("Republic of Uganda",)),
    ("UM", 581, "United States Minor Outlying Islands", "Îles mineures éloignées des États-Unis", ()),
    ("US", 840, "United States", "États-Unis", ("United States of America", "USA")),
    ("UY", 858, "Uruguay", "Uruguay", ("Eastern Republic of Uruguay",)),
    ("UZ", 860, "Uzbekistan", "Ouzbékistan", ("Republic of Uzbekistan",)),
    ("VA", 336, "Vatican City", "Vatican", ("Holy See (Vatican City State)", "Saint-Siège")),
    ("VC", 670, "Saint Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines", ()),
    ("VE", 862, "Venezuela", "Venezuela", ("Venezuela, Bolivarian Republic of", "Bolivarian Republic of Venezuela")),
    ("VG", 92, "British Virgin Islands", "Îles Vierges britanniques", ("Virgin Islands, British",)),
    (
        "VI",
        850,
        "United States Virgin Islands",
        "Îles Vierges des États-Unis",
        ("Virgin Islands, U.S.", "Virgin Islands of the United States"),
    ),
    ("VN", 704, "Vietnam", "Viêt Nam", ("Viet Nam", "Socialist Republic of Viet Nam")),
    ("VU", 548, "Vanuatu", "Vanuatu", ("Republic of Vanuatu",)),
    ("WF", 876, "Wallis and Futuna", "Wallis-et-Futuna", ()),
    ("WS", 882, "Samoa", "Samoa", ("Independent State of Samoa",)),
    ("YE", 887, "Yemen", "Yémen", ("Republic of Yemen",)),
    ("YT", 175, "Mayotte", "Mayotte", ()),
    ("ZA", 710, "South Africa", "Afrique du Sud", ("Republic of South Africa",)),
    ("ZM", 894, "Zambia", "Zambie", ("Republic of Zambia",)),
    ("ZW", 716, "Zimbabwe", "Zimbabwe", ("Republic of Zimbabwe",)),
    ("XK", 0, "Kosovo", "Kosovo", ()),
)

# ACLED's names, where they are not the usual English ones (its exports keep them; its imports find either).
_ACLED_NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands (Malvinas)",
    "SZ": "eSwatini",
    "VG": "Virgin Islands, British",
    "VI": "Virgin Islands, U.S.",
}


COUNTRIES: tuple[Country, ...] = tuple(
    Country(*row, acled_name=_ACLED_NAMES.get(row[0], ""), arabic=ARABIC[row[0]]) for row in _TABLE
)
_BY_ALPHA2 = {c.alpha2: c for c in COUNTRIES}
_BY_NUMERIC = {c.numeric: c for c in COUNTRIES}


# Folding every country's names takes a few milliseconds: done when a name is first looked up, not when the app
# starts (the search index imports this module; issue 15, point 1).
@functools.cache
def _by_name() -> dict[str, Country]:
    return {fold(name): c for c in COUNTRIES for name in (*c.names, c.acled)}


@functools.cache
def _folded() -> dict[str, tuple[str, ...]]:
    """What search() compares: each country's folded names, by its code."""
    return {c.alpha2: tuple(fold(name) for name in c.names) for c in COUNTRIES}


class UnknownCountry(UserError, ValueError):
    """What was given names no country hrdoc knows."""


def by_alpha2(code: str) -> Country | None:
    return _BY_ALPHA2.get(code.strip().upper())


def by_numeric(code: int) -> Country | None:
    return _BY_NUMERIC.get(code)


def by_name(name: str) -> Country | None:
    """The country known by this name in English, French or Arabic, or by another of its names (case, accents and
    hyphens do not matter), or None."""
    return _by_name().get(fold(name))


_LABELLED = re.compile(r"(.*)\(\s*([A-Za-z]{2})\s*\)\s*")


def find(text: str) -> Country | None:
    """The country ``text`` names: a two-letter code in any case (``bf``), a name (:func:`by_name`), or a
    picker's label (``Burkina Faso (BF)``); None if it names none."""
    text = text.strip()
    if len(text) == 2 and (found := by_alpha2(text)) is not None:
        return found
    if (found := by_name(text)) is not None:
        return found
    labelled = _LABELLED.fullmatch(text)
    if labelled:
        coded = by_alpha2(labelled.group(2))
        named = labelled.group(1).strip()
        if coded is not None and (not named or by_name(named) is coded):
            return coded
    return None


def resolve(text: str) -> str:
    """The alpha-2 code of the country ``text`` names (see :func:`find`), ``""`` for no text; UnknownCountry,
    saying what to give (and the nearest names, if any are near), for text that names no country."""
    if not text.strip():
        return ""
    found = find(text)
    if found is not None:
        return found.alpha2
    import difflib

    names = _by_name()
    near = difflib.get_close_matches(fold(text), list(names), n=3, cutoff=0.75)
    suggestions = ", ".join(dict.fromkeys(names[n].label for n in near))
    if suggestions:
        raise UnknownCountry(
            N_(
                "{text} is not a country hrdoc knows (did you mean {countries}?): give its name in English, French "
                "or Arabic (Burkina Faso) or its two-letter ISO 3166-1 code (BF)"
            ),
            text=repr(text.strip()),
            countries=suggestions,
        )
    raise UnknownCountry(
        N_(
            "{text} is not a country hrdoc knows: give its name in English, French or Arabic (Burkina Faso) or its "
            "two-letter ISO 3166-1 code (BF)"
        ),
        text=repr(text.strip()),
    )


def name(code: str | None, language: str = "en") -> str:
    """A stored code in words in ``language`` ("en", "fr" or "ar"): ``ML`` → ``Mali``, ``Mali``, ``مالي``;
    ``""`` for no code, the code itself for one hrdoc does not know."""
    if not code:
        return ""
    found = by_alpha2(code)
    if found is None:
        return code
    return found.name_in(language)


def searched_by(code: str | None) -> str:
    """What search finds a stored country by: its code, then its names in English, French and Arabic, each once
    (``ML Mali مالي``, ``DZ Algeria Algérie الجزائر``), so that "Mali", "مالي" or "Burkina Faso" finds a record
    stored as ``ML`` or
    ``BF``; ``""`` for no code, the code alone for one hrdoc does not know. The search index
    (:mod:`hrdoc.storage.search_index`) and an audience's search documents hold this for every country field."""
    if not code or not code.strip():
        return ""
    found = by_alpha2(code)
    if found is None:
        return code.strip()
    return " ".join(dict.fromkeys((code.strip(), found.name, found.french, found.arabic)))


def label(code: str | None, language: str = "en") -> str:
    """A stored code as pickers and tables show it in ``language``: ``Burkina Faso (BF)``, ``مالي (ML)``;
    ``""`` for no code."""
    if not code:
        return ""
    found = by_alpha2(code)
    return found.label_in(language) if found is not None else code


_SHOWN = {"en": 0, "fr": 1, "ar": 2}  # which of _folded()'s names a language shows


def search(text: str, language: str = "en") -> list[Country]:
    """The countries a picker offers for ``text``, best first: the one with that code, then those whose name in
    ``language`` (English by default) starts with it, then another of their names, then a word of a name, then
    any part of one; every country, by its name in ``language``, for no text."""
    query = fold(text)
    shown = _SHOWN.get(language, 0)
    if not query:
        return sorted(COUNTRIES, key=lambda c: _folded()[c.alpha2][shown])
    ranked: list[tuple[int, str, Country]] = []
    every = _folded()
    for country in COUNTRIES:
        folded = every[country.alpha2]
        if query.upper() == country.alpha2:
            rank = 0
        elif folded[shown].startswith(query):
            rank = 1
        elif any(n.startswith(query) for n in folded):
            rank = 2
        elif any(f" {query}" in f" {n}" for n in folded):
            rank = 3
        elif any(query in n for n in folded):
            rank = 4
        else:
            continue
        ranked.append((rank, folded[shown], country))
    return [country for _rank, _name, country in sorted(ranked, key=lambda r: r[:2])]
