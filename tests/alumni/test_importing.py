"""Reading leaver registers as HR systems and Excel really export them (alumni.importing).

The files under data/ are byte-for-byte what the admin uploads: Excel's Swedish, Danish and
Norwegian "CSV (semicolon)" in Windows-1252, Dutch UTF-8 with a BOM, Excel's "Unicode text"
(UTF-16, tabs), a Workday/SAP-like English export, title lines, serial dates, month names.
No database: the reader writes nothing.
"""

import random
from datetime import date

import pytest

from alumni.importing import ImportResult, parse_date, read_leaver_register
from tests.alumni.factories import data_file


def read(name: str) -> ImportResult:
    return read_leaver_register(data_file(name))


def people(result: ImportResult) -> list[tuple]:
    return [
        (row.name, row.email, row.department, row.started_on, row.ended_on) for row in result.rows
    ]


# --- Realistic exports --------------------------------------------------------------------------


def test_swedish_excel_export_in_windows_1252_finds_every_column():
    result = read("sweden_excel_cp1252.csv")

    assert result.columns == {
        "name": "Namn",
        "email": "E-post",
        "department": "Avdelning",
        "started_on": "Anställningsdatum",
        "ended_on": "Slutdatum",
    }
    assert result.problems == []


def test_swedish_excel_export_reads_names_emails_and_dates_per_row():
    result = read("sweden_excel_cp1252.csv")

    assert people(result) == [
        (
            "Åsa Öberg",
            "asa.oberg@exempel.se",
            "Löner & förmåner",
            date(2019, 3, 1),
            date(2023, 6, 30),
        ),
        (
            "Björn Ängström",
            "bjorn.angstrom@exempel.se",
            "Rekrytering",
            date(2015, 8, 17),
            date(2022, 1, 31),
        ),
        (
            "Märta Nyström",
            "marta.nystrom@exempel.se",
            "HR-stöd",
            date(2020, 11, 2),
            date(2024, 2, 29),
        ),
    ]
    assert [row.line for row in result.rows] == [2, 3, 4]
    assert result.bad_rows == []


def test_danish_excel_export_finds_columns_spelled_with_ae():
    # "Ansættelsesdato" and "Fratrædelsesdato": æ has no ASCII decomposition, so it must be
    # folded by hand or the dates are silently dropped.
    result = read("denmark_excel_cp1252.csv")

    assert result.columns == {
        "first_name": "Fornavn",
        "last_name": "Efternavn",
        "email": "E-mail",
        "department": "Afdeling",
        "started_on": "Ansættelsesdato",
        "ended_on": "Fratrædelsesdato",
    }


def test_danish_excel_export_reads_day_first_dates_and_joins_first_and_last_name():
    result = read("denmark_excel_cp1252.csv")

    assert people(result) == [
        (
            "Søren Kjær",
            "soren.kjaer@eksempel.dk",
            "Løn og personale",
            date(2019, 3, 1),
            date(2023, 6, 30),
        ),
        (
            "Mette Østergård",
            "mette.ostergard@eksempel.dk",
            "Rekruttering",
            date(2016, 8, 15),
            date(2022, 1, 31),
        ),
    ]


def test_norwegian_excel_export_reads_day_first_dates():
    result = read("norway_excel_cp1252.csv")

    assert result.columns["started_on"] == "Ansettelsesdato"
    assert result.columns["ended_on"] == "Sluttdato"
    assert people(result)[0] == (
        "Kari Nordmann",
        "kari.nordmann@eksempel.no",
        "Lønn",
        date(2019, 3, 1),
        date(2023, 6, 30),
    )


def test_dutch_utf8_export_with_bom_finds_the_first_header_despite_the_bom():
    result = read("netherlands_utf8_bom.csv")

    assert result.columns == {
        "first_name": "Voornaam",
        "last_name": "Achternaam",
        "email": "E-mailadres",
        "department": "Afdeling",
        "started_on": "Datum in dienst",
        "ended_on": "Datum uit dienst",
    }


def test_dutch_export_keeps_name_prefixes_and_quoted_commas():
    result = read("netherlands_utf8_bom.csv")

    assert people(result) == [
        (
            "Sanne van der Berg",
            "sanne.vanderberg@voorbeeld.nl",
            "Salarisadministratie",
            date(2019, 3, 1),
            date(2023, 6, 30),
        ),
        (
            "Daan de Vries",
            "daan.devries@voorbeeld.nl",
            "Werving, selectie & onboarding",
            date(2016, 8, 15),
            date(2022, 1, 31),
        ),
    ]


def test_excel_unicode_text_utf16_with_tabs_is_read():
    result = read("excel_unicode_text_utf16.txt")

    assert result.problems == []
    assert people(result) == [
        (
            "Zofia Wiśniewska",
            "zofia.wisniewska@example.com",
            "Payroll",
            date(2019, 3, 1),
            date(2023, 6, 30),
        ),
        (
            "Ingrid Hägglund",
            "ingrid.hagglund@example.com",
            "Talent & Learning",
            date(2016, 8, 15),
            date(2022, 1, 31),
        ),
    ]


def test_workday_export_matches_english_column_names():
    result = read("workday_export.csv")

    assert result.columns == {
        "name": "Employee Name",
        "email": "Work Email",
        "department": "Organizational Unit",
        "started_on": "Hire Date",
        "ended_on": "Termination Date",
    }


def test_workday_export_turns_last_comma_first_into_first_last():
    result = read("workday_export.csv")

    assert [row.name for row in result.rows] == ["Anna Lindqvist", "Pieter Jansen"]


def test_workday_export_reads_slash_dates_day_first():
    result = read("workday_export.csv")

    first = result.rows[0]
    assert (first.started_on, first.ended_on) == (date(2019, 3, 1), date(2023, 6, 30))
    assert first.department == "Payroll, Benefits & Pensions"


def test_title_line_and_blank_line_above_the_header_are_skipped():
    result = read("title_line_above_header.csv")

    assert result.columns["email"] == "Email"
    assert [(row.line, row.name, row.email) for row in result.rows] == [
        (4, "Elin Strand", "elin.strand@example.se"),
        (5, "Johan Berg", "johan.berg@example.se"),
    ]


def test_excel_sep_line_above_the_header_is_skipped():
    raw = b"sep=;\r\nName;Email\r\nElin Strand;elin.strand@example.se\r\n"

    result = read_leaver_register(raw)

    assert [(row.line, row.name, row.email) for row in result.rows] == [
        (3, "Elin Strand", "elin.strand@example.se")
    ]


def test_excel_serial_dates_are_read_as_dates():
    result = read("excel_serial_dates.csv")

    (row,) = result.rows
    assert (row.started_on, row.ended_on) == (date(2019, 3, 1), date(2023, 6, 30))


def test_month_names_in_swedish_danish_dutch_and_english_are_read():
    result = read("month_names.csv")

    assert [(row.started_on, row.ended_on) for row in result.rows] == [
        (date(2019, 3, 1), date(2023, 3, 3)),  # "1 mars 2019", "3 March 2023"
        (date(2016, 5, 15), date(2021, 10, 1)),  # "15 maj 2016", "1 okt 2021"
        (date(2018, 5, 1), date(2022, 12, 31)),  # "1 mei 2018", "31 december 2022"
    ]
    assert result.bad_rows == []


def test_quoted_delimiters_blank_lines_and_extra_columns_are_handled():
    result = read("messy_rows.csv")

    assert people(result) == [
        (
            "Eva Holm",
            "eva.holm@example.se",
            "Löner; förmåner och pension",
            date(2019, 3, 1),
            date(2023, 6, 30),
        ),
        ("Nils Ek", "nils.ek@example.se", "Payroll", date(2018, 2, 1), date(2022, 5, 31)),
    ]


def test_line_numbers_count_the_skipped_blank_and_empty_rows():
    result = read("messy_rows.csv")

    assert [row.line for row in result.rows] == [2, 5]


def test_extra_columns_are_not_taken_for_known_fields():
    result = read("messy_rows.csv")

    assert set(result.columns.values()) == {"Name", "Email", "Department", "Start date", "End date"}


def test_email_addresses_are_lower_cased_and_trimmed():
    raw = "Name;Email\nÅsa Öberg; <Asa.Oberg@Exempel.SE> \n".encode("cp1252")

    (row,) = read_leaver_register(raw).rows

    assert row.email == "asa.oberg@exempel.se"
    assert row.ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-03-01", date(2019, 3, 1)),
        ("01.03.2019", date(2019, 3, 1)),
        ("1/3/2019", date(2019, 3, 1)),
        ("01-03-2019", date(2019, 3, 1)),
        ("20190301", date(2019, 3, 1)),
        ("43525", date(2019, 3, 1)),
        ("1 mars 2019", date(2019, 3, 1)),
        ("3 March 2019", date(2019, 3, 3)),
        ("2019-03", date(2019, 3, 1)),
        ("", None),
    ],
)
def test_date_formats_hr_systems_write(text, expected):
    assert parse_date(text) == expected


# --- Problems per row ---------------------------------------------------------------------------


def errors_by_line(result: ImportResult) -> dict[int, list[str]]:
    return {row.line: row.errors for row in result.rows}


def test_good_row_has_no_errors():
    result = read("row_errors.csv")

    assert errors_by_line(result)[2] == []


def test_bad_email_is_reported_on_its_row():
    assert errors_by_line(read("row_errors.csv"))[3] == [
        "“not-an-email” is not a valid email address."
    ]


def test_missing_email_is_reported_on_its_row():
    assert errors_by_line(read("row_errors.csv"))[4] == ["No email address."]


def test_missing_name_is_reported_on_its_row():
    assert errors_by_line(read("row_errors.csv"))[5] == ["No name."]


def test_end_before_start_is_reported_on_its_row():
    assert errors_by_line(read("row_errors.csv"))[6] == ["The end date is before the start date."]


def test_unreadable_date_is_reported_with_the_text_found():
    assert errors_by_line(read("row_errors.csv"))[7] == [
        "“sometime in spring” is not a date we can read."
    ]


def test_american_month_first_date_is_unreadable_rather_than_guessed():
    raw = b"Name,Email,Start date\nAnna Berg,anna@example.com,12/31/2019\n"

    (row,) = read_leaver_register(raw).rows

    assert row.errors == ["“12/31/2019” is not a date we can read."]


def test_same_email_twice_in_the_file_points_to_the_first_line_whatever_the_case():
    assert errors_by_line(read("row_errors.csv"))[8] == ["The same email address is on line 2."]


def test_every_row_of_the_file_comes_back_good_or_bad():
    result = read("row_errors.csv")

    assert [row.line for row in result.good_rows] == [2]
    assert [row.line for row in result.bad_rows] == [3, 4, 5, 6, 7, 8]
    assert result.problems == []


# --- Problems with the file ---------------------------------------------------------------------


def test_file_without_email_column_is_refused_with_a_hint():
    result = read("no_email_column.csv")

    assert result.rows == []
    assert result.problems == ["No column with email addresses was found. Name it “Email”."]


def test_file_without_name_column_is_refused_with_a_hint():
    result = read_leaver_register(b"Email;Department\nanna@example.com;Payroll\n")

    assert result.rows == []
    assert result.problems == [
        "No column with names was found. Name it “Name”, or “First name” and “Last name”."
    ]


@pytest.mark.parametrize(
    "raw",
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"  \r\n\r\n"],
    ids=["empty", "bom", "utf16", "blank"],
)
def test_empty_file_is_refused(raw):
    result = read_leaver_register(raw)

    assert (result.rows, result.problems) == ([], ["The file is empty."])


def test_empty_file_fixture_is_refused():
    assert read("empty.csv").problems == ["The file is empty."]


def test_header_without_rows_is_refused():
    result = read("header_only.csv")

    assert result.rows == []
    assert result.problems == ["The file has a header but no rows."]


def test_file_larger_than_10_mb_is_refused_before_reading():
    raw = b"Name,Email\n" + b"Anna Berg,anna@example.com\n" * 400_000

    result = read_leaver_register(raw)

    assert (result.rows, result.problems) == ([], ["The file is larger than 10 MB."])


# --- Junk ---------------------------------------------------------------------------------------


def _junk_files(count: int, seed: int = 20240601):
    """Random bytes, random CSV-ish characters, BOMs followed by junk, and mangled fixtures."""
    rng = random.Random(seed)
    fixtures = [
        data_file(name)
        for name in (
            "sweden_excel_cp1252.csv",
            "netherlands_utf8_bom.csv",
            "excel_unicode_text_utf16.txt",
            "workday_export.csv",
            "messy_rows.csv",
        )
    ]
    alphabet = b"\"',;\t|\r\n\x00 @.-/0123456789EmailNamn\xc3\xa5\xff\xfe\xef\xbb\xbf"
    for number in range(count):
        kind = number % 4
        if kind == 0:
            raw = rng.randbytes(rng.randrange(0, 400))
        elif kind == 1:
            raw = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 400)))
        elif kind == 2:
            bom = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])
            raw = bom + rng.randbytes(rng.randrange(0, 200))
        else:
            mangled = bytearray(rng.choice(fixtures))
            for _ in range(rng.randrange(1, 8)):
                at = rng.randrange(0, len(mangled) + 1)
                mangled[at : at + rng.randrange(0, 2)] = bytes([rng.randrange(256)])
            raw = bytes(mangled)
        yield raw


def test_random_junk_never_raises_and_always_returns_rows_or_problems():
    for raw in _junk_files(1000):
        try:
            result = read_leaver_register(raw)
        except Exception as error:  # noqa: BLE001 - the point is that nothing escapes
            pytest.fail(f"{type(error).__name__}: {error} for {raw[:60]!r}")
        assert result.rows or result.problems, raw[:60]


def test_utf16_file_cut_in_the_middle_of_a_character_is_read():
    raw = data_file("excel_unicode_text_utf16.txt")[:-1]  # an odd number of bytes

    result = read_leaver_register(raw)

    assert [row.email for row in result.rows][:1] == ["zofia.wisniewska@example.com"]


def test_utf8_file_with_bom_and_a_stray_windows_byte_is_read():
    raw = b"\xef\xbb\xbfName;Email\nAsa \xd6berg;asa@example.se\n"

    (row,) = read_leaver_register(raw).rows

    assert row.email == "asa@example.se"


def test_unterminated_quote_in_a_large_file_is_read_without_crashing():
    raw = b'Name,Email\n"Anna Berg,anna@example.com\n' + b"x" * 200_000

    result = read_leaver_register(raw)

    assert result.rows or result.problems


def test_nul_bytes_in_cells_are_dropped():
    # PostgreSQL refuses NUL in text and JSON: a cell must never carry one to the preview.
    raw = b"Name,Email,Department\nAnna\x00 Berg,anna@example.com,Pay\x00roll\n"

    (row,) = read_leaver_register(raw).rows

    assert (row.name, row.department) == ("Anna Berg", "Payroll")
