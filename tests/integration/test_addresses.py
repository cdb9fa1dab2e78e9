"""Street addresses in the usual national formats, found whole; look-alikes left alone."""

import pytest

from lint.detection.rules import parse_example
from lint.pipeline import check
from lint.vocabulary import Entity

# One address a country or form, each written the way that country writes it.
ADDRESSES = [
    "Adres: [[Prinsengracht 263-1\n1016 GV Amsterdam]]",
    "[[Laan van Meerdervoort 52, 2517 AK Den Haag]]",
    "[[Schönhauser Allee 36, 10435 Berlin]]",
    "Anschrift: [[Hauptstr. 5, 69117 Heidelberg]]",
    "[[Karl-Marx-Str. 12\n12043 Berlin]]",
    "[[Mariahilfer Straße 45/3/12, 1060 Wien]]",
    "[[ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa]]",
    "[[os. Tysiąclecia 12/4, 31-610 Kraków]]",
    "[[Via Roma, 15 - 20121 Milano (MI)]]",
    "[[P.zza Navona 12, 00186 Roma]]",
    "[[Av. da Liberdade 245, 1250-143 Lisboa]]",
    "[[Rua Oscar Freire, 820, apto 31 – Jardins\nSão Paulo – SP, 01426-001]]",
    "[[C/ Mayor 12, 3º B, 28013 Madrid]]",
    "[[Avda. Diagonal 640, 08017 Barcelona]]",
    "[[Avda. de la Constitución, s/n, 41004 Sevilla]]",
    "[[Via dei Mille, 24/B – 80121 Napoli]]",
    "[[12, rue de la Gare, L-1611 Luxembourg]]",
    "[[Rue des Guillemins 58/2\n4000 Liège]]",
    "[[Appt 34, 8 rue des Lilas, 75019 Paris]]",
    "[[Villa n° 12, Cité Mixta, Dakar]]",
    "[[Lot 23, Quartier Hippodrome, Bamako]]",
    "[[Résidence Les Jardins, Imm. 3, Appt 8, Hay Riad, Rabat]]",
    "[[House No. 15, Oxford Street, Osu, Accra]]",
    "[[Apt 4, Grand Canal Square, Dublin 2, D02 X285]]",
    "[[Appt 5, Imm 12, Rue Oued Ziz, Agdal, Rabat]]",
    "[[Cité 1200 Logements, Bt 5, N° 23, Bab Ezzouar, Alger]]",
    "I live at [[3 Kloof Street, Gardens, Cape Town]] now.",
    "[[Ulica Floriańska 3, 31-019 Kraków]]",
    "[[Rúa do Franco 20, 15702 Santiago de Compostela]]",
    "Jane Smith\n[[7 Ffordd y Castell\nConwy\nLL32 8AY]]\njane@example.org",
    "Thabo\n[[42 Protea Road\nClaremont\nCape Town\n7708]]",
]

# Street words in company, product and event names, job titles, roads, dates, skills.
LOOK_ALIKES = [
    "I worked at Baker Street Consulting and Rue La La for three years.",
    "Senior Street Team Manager at Red Bull, 2019-2022.",
    "Road trip on Route 66 in July 2023, 4000 km.",
    "Skills: Python, Via Rail, Avenue Code, Plaza 2.0, Calle 13 fan.",
    "Signed on 12 March 2024, in Paris.",
    "Product: Avenue Pro 12, 2024 edition, 5000 units sold in Berlin.",
    "Speaker at Via Roma 2023, Milano.",
    "Lot 23, Lot 24 and Lot 25 shipped to Dakar.",
    "Jan 2019 – Mar 2022, Block Inc., San Francisco",
    "2015 – 2019, Master's degree, Sorbonne, Paris",
    "Head of Unit 4, European Commission, Brussels",
    "Room 214, Building 3, MIT, Cambridge.",
    "Cohort 12, Batch 3, Dakar",
    "Grade 12, Class 4, Accra Academy.",
    "I moved from Hauptstraße to Berlin in 2018.",
    "Wrote ISO 27001 policies, 2019-2021, Luxembourg.",
    "Ring 3, 2024 Release, 5000 units.",
    "03/2016 – 09/2017, Working student, Siemens, München",
    "Avenue Code, 3 years, São Paulo",
    "Route Planning team, 12 engineers, Madrid",
    "Villa Medici residency, 3 months, Rome",
]


@pytest.mark.parametrize("marked", ADDRESSES)
def test_an_address_is_found_from_its_first_part_to_its_city(marked: str) -> None:
    example = parse_example(marked)
    found = [(f.start, f.end) for f in check(example.document) if f.entity == Entity.ADDRESS]
    assert found == example.spans


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_street_words_outside_an_address_are_no_address_nor_phone(text: str) -> None:
    flagged = [
        text[f.start : f.end]
        for f in check(text)
        if f.entity in (Entity.ADDRESS, Entity.PHONE_NUMBER)
    ]
    assert flagged == []
