"""LinkedIn exports built as the export's public descriptions give them."""

import zipfile
from pathlib import Path

SHARES = (
    "\ufeffDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    "2024-03-02 09:15:00,https://www.linkedin.com/feed/update/urn:li:share:7170000000000000001,"
    '"Open to work! Call me on 06 12 34 56 78 or write to ""jane.doe@gmail.com"".\n'
    'Second line of the post.",,,MEMBER_NETWORK\n'
    "2023-01-10 18:00:00,https://www.linkedin.com/feed/update/urn:li:share:7020000000000000002,"
    '"A post about our team offsite, nothing personal.",,,MEMBER_NETWORK\n'
)
# Older exports escaped quotes with a backslash.
COMMENTS = (
    "Date,Link,Message\n"
    "2024-05-20 12:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000003,"
    '"Thanks \\"Sarah\\"! My IBAN is FR76 3000 3018 4700 0517 3826 435 for the refund."\n'
)
CONNECTIONS = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,'
    "Connected On\nJohn,Smith,https://www.linkedin.com/in/johnsmith,john.smith@corp.com,Acme,"
    "CEO,01 Jan 2020\n"
)
MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
    "2-abc,,Jane Doe,https://www.linkedin.com/in/janedoe,Bob,2024-06-01 10:00:00 UTC,,"
    '"My passport number: 548213976",INBOX\n'
)
PROFILE = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    'Jane,Doe,,,"Mar 3, 1990",Data engineer,"Reach me at +44 7911 123456",,,"London",,,\n'
)
ARTICLE = (
    "<html><head><title>My path</title></head><body><h1>My path</h1>"
    "<p>Created on 2022-11-05</p><p>Ask my manager, Julien Marchetti, or email "
    "jane.doe@gmail.com.</p>"
    "<a href='https://www.linkedin.com/pulse/my-path-jane-doe'>link</a></body></html>"
)
MALFORMED = 'Date,Link,Message\n2024-01-01,"unclosed quote,Message\n'


def build_export(folder: Path, *, malformed: bool = False) -> Path:
    path = folder / "Basic_LinkedInDataExport_06-02-2024.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Shares.csv", SHARES)
        archive.writestr("Comments.csv", COMMENTS)
        archive.writestr("Connections.csv", CONNECTIONS)
        archive.writestr("messages.csv", MESSAGES)
        archive.writestr("Profile.csv", PROFILE)
        archive.writestr("Articles/Articles/My path.html", ARTICLE)
        if malformed:
            archive.writestr("Reactions.csv", "x")
            archive.writestr("Recommendations_Given.csv", MALFORMED)
    return path


# One post with a phone number, one comment with an e-mail: the smallest export that finds.
SHARE_ROW = "2024-03-02 09:15:00,https://www.linkedin.com/feed/update/urn:li:share:1,"
ONE_SHARE = f'Date,ShareLink,ShareCommentary\n{SHARE_ROW}"Call me on 06 12 34 56 78."\n'
ONE_COMMENT = (
    "Date,Link,Message\n2024-05-20 12:00:00,https://www.linkedin.com/feed/update/urn:li:"
    'activity:3,"Write to jane.doe@gmail.com"\n'
)


def zip_of(path: Path, files: dict[str, str | bytes]) -> Path:
    """A ZIP export at path holding these files."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path
