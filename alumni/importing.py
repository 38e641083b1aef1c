"""Read a leaver register exported from an HR system (CSV in UTF-8 or Excel's dialects).

HR systems name and format columns in many ways: "Email", "E-post", "E-mailadres";
"Name" or "First name" + "Last name"; "Avdelning", "Afdeling"; dates as 2019-03-01,
01.03.2019, 1/3/2019 or Excel serial numbers. This module finds the columns, reads each row
and reports problems per row; it writes nothing.
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

MAX_ROWS = 20000
MAX_BYTES = 10 * 1024 * 1024
# An unterminated quote makes one long field: up to the whole file, not csv's 128 kB error.
csv.field_size_limit(MAX_BYTES)

# Header words per field, normalised (lower case, no accents, no punctuation).
HEADERS = {
    "email": [
        "email",
        "e mail",
        "e post",
        "epost",
        "mail",
        "email address",
        "e mailadres",
        "emailadres",
        "mailadres",
        "e postadresse",
        "epostadresse",
        "e postadress",
        "mailadresse",
        "work email",
        "private email",
        "personal email",
        "e mail adresse",
    ],
    "name": [
        "name",
        "full name",
        "namn",
        "navn",
        "naam",
        "fullt navn",
        "fullstandigt namn",
        "fulde navn",
        "volledige naam",
        "employee",
        "employee name",
        "medarbetare",
        "medarbejder",
        "ansatt",
        "medewerker",
        "anstalld",
        "display name",
        "person",
    ],
    "first_name": [
        "first name",
        "firstname",
        "given name",
        "fornamn",
        "fornavn",
        "voornaam",
        "forename",
        "tilltalsnamn",
    ],
    "last_name": [
        "last name",
        "lastname",
        "surname",
        "family name",
        "efternamn",
        "efternavn",
        "etternavn",
        "achternaam",
        "familienaam",
    ],
    "department": [
        "department",
        "dept",
        "avdelning",
        "afdeling",
        "avdeling",
        "unit",
        "team",
        "enhet",
        "enhed",
        "organisational unit",
        "org unit",
        "cost center",
        "kostnadsstalle",
        "business unit",
        "division",
        "function",
        "funktion",
        "funksjon",
    ],
    "started_on": [
        "start date",
        "started",
        "start",
        "employment start",
        "hire date",
        "hired",
        "date of hire",
        "joined",
        "startdatum",
        "anstallningsdatum",
        "anstalld fran",
        "ansattelsesdato",
        "tiltradelsesdato",
        "startdato",
        "ansettelsesdato",
        "datum in dienst",
        "in dienst",
        "begindatum",
        "startdatum dienstverband",
        "from",
        "fran",
        "fra",
        "van",
        "employed from",
    ],
    "ended_on": [
        "end date",
        "ended",
        "end",
        "leaving date",
        "left",
        "termination date",
        "last day",
        "last working day",
        "exit date",
        "slutdatum",
        "avgangsdatum",
        "anstalld till",
        "sista arbetsdag",
        "fratradelsesdato",
        "slutdato",
        "fratredelsesdato",
        "sluttdato",
        "siste arbeidsdag",
        "datum uit dienst",
        "uit dienst",
        "einddatum",
        "laatste werkdag",
        "to",
        "till",
        "til",
        "tot",
        "employed until",
        "leaver date",
    ],
}
REQUIRED = ("email",)


@dataclass
class ImportRow:
    line: int
    name: str = ""
    email: str = ""
    department: str = ""
    started_on: date | None = None
    ended_on: date | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict:
        return {
            "line": self.line,
            "name": self.name,
            "email": self.email,
            "department": self.department,
            "started_on": self.started_on.isoformat() if self.started_on else None,
            "ended_on": self.ended_on.isoformat() if self.ended_on else None,
            "errors": self.errors,
        }


@dataclass
class ImportResult:
    rows: list[ImportRow]
    columns: dict[str, str]  # field -> header as written in the file
    problems: list[str] = field(default_factory=list)  # problems with the file as a whole

    @property
    def good_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.ok]

    @property
    def bad_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if not row.ok]


def _normalise_header(text: str) -> str:
    # æ and ø have no ASCII decomposition: "Ansættelsesdato" must match "ansattelsesdato".
    text = (text or "").lower().replace("æ", "a").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    return text


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _dialect(sample: str):
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = max(",;\t|", key=first.count)

        class Simple(csv.excel):
            pass

        Simple.delimiter = delimiter
        return Simple


def match_columns(header: list[str]) -> dict[str, int]:
    """Which column holds which field; exact names first, then names that contain a keyword."""
    normalised = [_normalise_header(h) for h in header]
    found: dict[str, int] = {}
    for field_name, names in HEADERS.items():
        for index, column in enumerate(normalised):
            if column in names and index not in found.values():
                found[field_name] = index
                break
    for field_name, names in HEADERS.items():
        if field_name in found:
            continue
        if field_name == "name" and ("first_name" in found or "last_name" in found):
            continue  # "Department name" is not the person's name
        for index, column in enumerate(normalised):
            if index in found.values() or not column:
                continue
            words = f" {column} "
            if any(f" {name} " in words for name in names if len(name) > 3):
                found[field_name] = index
                break
    return found


DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y%m%d",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%d/%m/%Y",
    "%Y/%m/%d",
    "%d.%m.%y",
    "%d-%m-%y",
    "%d/%m/%y",
    "%Y.%m.%d",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M",
)
MONTHS = {
    # Nordic and Dutch month names and abbreviations -> English for strptime.
    "januari": "january",
    "februari": "february",
    "mars": "march",
    "maart": "march",
    "april": "april",
    "maj": "may",
    "mai": "may",
    "mei": "may",
    "juni": "june",
    "juli": "july",
    "augusti": "august",
    "august": "august",
    "augustus": "august",
    "september": "september",
    "oktober": "october",
    "october": "october",
    "november": "november",
    "december": "december",
    "desember": "december",
    "januar": "january",
    "februar": "february",
    "marts": "march",
    "okt": "oct",
    "mrt": "mar",
    "dec": "dec",
    "des": "dec",
    "maj.": "may",
}
EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(text: str) -> date | None:
    """A date as HR systems write it; day before month when ambiguous (as in Europe)."""
    value = (text or "").strip()
    if not value:
        return None
    if re.fullmatch(r"\d{5}(\.0+)?", value):  # Excel serial day number
        serial = int(float(value))
        if 20000 < serial < 80000:
            return EXCEL_EPOCH + timedelta(days=serial)
    lowered = value.lower()
    for local, english in MONTHS.items():
        lowered = re.sub(rf"\b{re.escape(local)}\b", english, lowered)
    for candidate in (value, lowered):
        for fmt in DATE_FORMATS:
            try:
                return datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", value)  # year and month only
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return date(year, month, 1)
    if re.fullmatch(r"(19|20)\d{2}", value):
        return date(int(value), 1, 1)
    raise ValueError(value)


def read_leaver_register(raw: bytes) -> ImportResult:
    """Parse the file; every row comes back, good or with its problems."""
    if len(raw) > MAX_BYTES:
        return ImportResult(rows=[], columns={}, problems=[_("The file is larger than 10 MB.")])
    text = decode(raw).replace("\x00", "")  # PostgreSQL stores no NUL
    if not text.strip():
        return ImportResult(rows=[], columns={}, problems=[_("The file is empty.")])
    lines = text.splitlines()
    # Some exports put a title or a blank line above the header: skip to the first line
    # that names an email column.
    start = 0
    for index, line in enumerate(lines[:10]):
        cells = next(csv.reader([line], _dialect(line)), [])
        if "email" in match_columns(cells):
            start = index
            break
    body = "\n".join(lines[start:])
    dialect = _dialect("\n".join(lines[start : start + 20]))
    reader = csv.reader(io.StringIO(body), dialect)
    try:
        header = next(reader)
    except StopIteration:
        return ImportResult(rows=[], columns={}, problems=[_("The file is empty.")])
    columns = match_columns(header)
    problems = []
    if "email" not in columns:
        problems.append(_("No column with email addresses was found. Name it “Email”."))
    if "name" not in columns and not ("first_name" in columns or "last_name" in columns):
        problems.append(
            _("No column with names was found. Name it “Name”, or “First name” and “Last name”.")
        )
    named_columns = {field_name: header[index].strip() for field_name, index in columns.items()}
    if problems:
        return ImportResult(rows=[], columns=named_columns, problems=problems)

    def cell(row, field_name):
        index = columns.get(field_name)
        return row[index].strip() if index is not None and index < len(row) else ""

    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    for line_number, raw_row in enumerate(reader, start=start + 2):
        if not any(value.strip() for value in raw_row):
            continue
        if len(rows) >= MAX_ROWS:
            problems.append(_("Only the first %(max)d rows were read.") % {"max": MAX_ROWS})
            break
        row = ImportRow(line=line_number)
        row.email = cell(raw_row, "email").lower().strip("<> ")
        name = cell(raw_row, "name")
        if not name:
            name = " ".join(
                p for p in (cell(raw_row, "first_name"), cell(raw_row, "last_name")) if p
            )
        elif "," in name and "first_name" not in columns:
            # "Lindqvist, Anna" as many HR systems write it.
            last, _sep, first = name.partition(",")
            name = f"{first.strip()} {last.strip()}".strip()
        row.name = " ".join(name.split())[:150]
        row.department = " ".join(cell(raw_row, "department").split())[:120]
        if not row.email:
            row.errors.append(_("No email address."))
        else:
            try:
                validate_email(row.email)
            except ValidationError:
                row.errors.append(
                    _("“%(email)s” is not a valid email address.") % {"email": row.email}
                )
        if not row.name:
            row.errors.append(_("No name."))
        for field_name in ("started_on", "ended_on"):
            value = cell(raw_row, field_name)
            try:
                setattr(row, field_name, parse_date(value))
            except ValueError:
                row.errors.append(
                    _("“%(value)s” is not a date we can read.") % {"value": value[:40]}
                )
        if row.started_on and row.ended_on and row.ended_on < row.started_on:
            row.errors.append(_("The end date is before the start date."))
        if row.email and row.email in seen:
            row.errors.append(
                _("The same email address is on line %(line)d.") % {"line": seen[row.email]}
            )
        elif row.email:
            seen[row.email] = line_number
        rows.append(row)
    if not rows:
        problems.append(_("The file has a header but no rows."))
    return ImportResult(rows=rows, columns=named_columns, problems=problems)
