"""A draft's kind from its shape: invented drafts of each kind, in English and French."""

import pytest

from lint.resolution.draft_kind import classify
from lint.resolution.letter_parts import letter_parts

LETTER_EN = """Amelia Hartwell
4 Quarry Lane, Bath BA2 4QT
07700 900461 | amelia.hartwell@example.org

14 March 2025

Dear Mr Okafor,

I was delighted to see the opening for a conservation officer at the Trust. I have spent six
years restoring drystone walls and would bring that patience to your team.

Yours sincerely,

Amelia Hartwell
"""

LETTER_FR = """Gaspard Lemoine
3 impasse des Glycines
31000 Toulouse
gaspard.lemoine@example.fr

Toulouse, le 2 février 2025

Objet : poste de bibliothécaire

Madame, Monsieur,

Titulaire d'un master en sciences de l'information, je souhaite rejoindre votre médiathèque.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gaspard Lemoine
"""

CV_EN = """Noah Whitcombe
noah.w@example.com

## Experience
**Barista trainer**, Roast & Co, 2019 – present
**Barista**, Bean There, 2016 – 2019

## Education
BA History, University of Leeds, 2013 – 2016

## Skills
Latte art, stock control
"""

CV_FR = """Maëlle Quéré
EXPÉRIENCE PROFESSIONNELLE
2020 – aujourd'hui      Cheffe de rang, Le Grand Véfour
09/2017 – 08/2020       Serveuse, Brasserie du Port
FORMATION
2017                    BTS Management en hôtellerie-restauration
LANGUES
Anglais courant, breton
"""

MESSAGE_EN = """Hi Priyanka,

Thanks for the chat earlier. I've attached the slides; call me on 07700 900123 if the link
breaks.

Cheers,
Tom
"""

MESSAGE_FR = """Bonjour Clément,

Comme convenu, voici mon RIB pour le remboursement des frais du salon.

Bonne journée,
Inès
"""

POST_EN = """Three years ago I couldn't write a line of Python. Today I shipped my first open source
release 🚀 Thank you to everyone who reviewed a pull request along the way.

#Python #OpenSource #CareerChange
"""

POST_FR = """Après dix ans en cuisine, je me lance : mon food truck ouvre samedi à Nantes !
Venez goûter la galette-saucisse revisitée 😄

#StreetFood #Nantes #Reconversion
"""


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        pytest.param(LETTER_EN, "letter", id="letter-en"),
        pytest.param(LETTER_FR, "letter", id="letter-fr"),
        pytest.param(CV_EN, "cv", id="cv-en"),
        pytest.param(CV_FR, "cv", id="cv-fr"),
        pytest.param(MESSAGE_EN, "message", id="message-en"),
        pytest.param(MESSAGE_FR, "message", id="message-fr"),
        pytest.param(POST_EN, "post", id="post-en"),
        pytest.param(POST_FR, "post", id="post-fr"),
    ],
)
def test_each_kind_of_draft_is_recognised(text: str, profile: str) -> None:
    assert classify(text).profile == profile


def test_the_verdict_names_its_signs() -> None:
    assert classify(LETTER_EN).signs == (
        'salutation "Dear Mr Okafor,"',
        'closing "Yours sincerely,"',
        "a 4-line sender block",
    )
    assert classify(CV_FR).signs == ("CV headings (experience, education, skills)", "2 date ranges")
    assert classify(POST_FR).signs == ("3 hashtags",)


def test_an_e_mail_to_a_recruiter_with_a_subject_line_is_a_message_not_a_letter() -> None:
    mail = "Subject: Tuesday\n\nDear Ms Lowe,\n\nTuesday at ten suits me.\n\nKind regards,\nRaj\n"
    assert classify(mail).profile == "message"


def test_a_cover_letter_sent_as_an_e_mail_is_a_letter_by_what_it_asks() -> None:
    mail = (
        "Subject: Junior designer\n\nDear Hiring Team,\n\nI am writing to apply for the junior "
        "designer role.\n\nBest regards,\nLea\n"
    )
    assert classify(mail).profile == "letter"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("Hello everyone! Our meetup is back on 4 June.\n", id="greeting-a-crowd"),
        pytest.param("Bonjour à tous, le meetup revient le 4 juin.\n", id="greeting-a-crowd-fr"),
        pytest.param("Hello everyone,\nWe are hiring!\nThanks,\nMo\n", id="signed-to-a-crowd"),
        # A greeting with no name after it opens posts as well as messages.
        pytest.param("Coucou 😄 ! Mon atelier ouvre, passez au 06 12 34 56 78.\n", id="no-name"),
        pytest.param("Hi, I'm Mo and I just started at the bakery.\n", id="no-name-en"),
        # A chat channel and a password are no hashtags; a lone line is no message either.
        pytest.param("Alerts go to #ops-alerts, password Recette#Hiver24.\n", id="channel"),
        # One heading and a date range make no CV: a post can tell a career.
        pytest.param("Experience\nI worked there 2015 – 2020 and loved it.\n", id="one-heading"),
        # "Thank you for your time." is a sentence of the body, not a closing.
        pytest.param("Dear all,\nThe office closes at noon.\nThank you for your time.\n", id="all"),
    ],
)
def test_in_doubt_a_draft_is_a_post_where_everything_counts(text: str) -> None:
    assert classify(text).profile == "post"


def test_a_greeting_to_one_person_opens_a_message_even_without_a_closing() -> None:
    assert classify("hey Sam 👋 the server room code changed, ping me\n").profile == "message"


def test_a_quoted_post_inside_a_message_is_read_as_the_post_it_will_become() -> None:
    text = "Hi Jo, can you read this before I post it?\n---\nNew job! #hired #design\n---\n"
    assert classify(text).profile == "post"


def test_the_letter_parts_are_the_lines_around_salutation_and_closing() -> None:
    parts = letter_parts(LETTER_FR)
    assert parts.salutation is not None
    assert parts.salutation.text == "Madame, Monsieur,"
    assert parts.closing is not None
    assert parts.closing.text.startswith("Je vous prie d'agréer")
    assert [line.text for line in parts.signature] == ["Gaspard Lemoine"]
    # The subject line is no part of the sender's block; the place and date are.
    assert [line.text for line in parts.sender_block][-1] == "Toulouse, le 2 février 2025"
    assert parts.formal_salutation
    assert parts.formal_closing


def test_a_recipients_address_line_is_not_a_salutation() -> None:
    text = "Madame Claire Favre\nDirectrice\n\nMadame,\n\nJe postule.\n\nCordialement,\nLéo\n"
    parts = letter_parts(text)
    assert parts.salutation is not None
    assert parts.salutation.text == "Madame,"
