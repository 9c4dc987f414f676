"""The SQL dump reader on hand-made dumps and on a national-size one (no network, no files)."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines import regions
from pipelines.errors import UserError
from pipelines.reference.sqldump import read_rows


def serang(code: str) -> bool:
    return regions.within(code, "36.04")


def codes_of(text: str) -> list[tuple[int, str, str]]:
    return [(row.line, row.values["kode"], row.values["nama"])
            for row in read_rows(text, "wilayah.sql", "wilayah", ("kode", "nama"), serang)]


def test_every_statement_is_read_and_strings_are_unescaped():
    text = """/* header ; with a semicolon */
-- Provinsi ACEH
INSERT INTO wilayah (kode, nama)
VALUES
('11.01.02.2018','Pasi Kuala Ba''u'),
('36.04.05','Kramat''watu');
INSERT INTO other (kode, nama) VALUES ('36.04.99','not this table');
INSERT INTO `wilayah` (`kode`, `nama`) VALUES ('36.04.05.2001', 'O\\'Brien') , -- a comment
  ('36.04.05.2002','Margasana'),('36.040.01','Prefix look-alike');
"""
    assert codes_of(text) == [(6, "36.04.05", "Kramat'watu"), (8, "36.04.05.2001", "O'Brien"),
                              (9, "36.04.05.2002", "Margasana")]


def test_boundary_rows_keep_numbers_as_text_and_null_as_none():
    text = "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n\t('36.04.05','A',-6.04,106.1,NULL);"
    [row] = read_rows(text, "kec.sql", "wilayah_boundaries", ("kode", "lat", "lng", "path"), serang)
    assert row.values == {"kode": "36.04.05", "nama": "A", "lat": "-6.04", "lng": "106.1", "path": None}


def test_a_national_size_dump_in_several_statements(real_reference):
    # The real db/wilayah.sql holds ~91,600 rows in several statements; the shared copy is an
    # excerpt, so the other provinces are generated around it.
    excerpt = (real_reference / "source-format" / "wilayah" / "db" / "wilayah.sql").read_text(encoding="utf-8")
    header, _, serang_rows = excerpt.partition("INSERT INTO wilayah (kode, nama) VALUES\n")

    def province(code: str) -> str:
        rows = [f"('{code}','Provinsi {code}')"]
        for kab in range(1, 229):
            rows.append(f"('{code}.{kab:02d}','Kabupaten {kab}')")
            rows += [f"('{code}.{kab:02d}.{d // 20 + 1:02d}.{2001 + d}','Desa Ba''u {d}')" for d in range(99)]
        return "INSERT INTO wilayah (kode, nama)\nVALUES\n" + ",\n".join(rows) + ";\n\n"

    text = (header + province("11") + province("12") + "-- Provinsi BANTEN\nINSERT INTO wilayah (kode, nama) VALUES\n"
            + serang_rows + "\n" + province("51") + province("52"))
    assert text.count("INSERT INTO") == 5 and text.count("\n('") > 91_000
    rows = codes_of(text)
    assert len(rows) == 356  # 36.04 itself, 29 kecamatan, 326 desa
    assert rows[0][1:] == ("36.04", "Kabupaten Serang") and rows[-1][1:] == ("36.04.35.2010", "Kebonratu")
    assert text.splitlines()[rows[0][0] - 1] == "('36.04','Kabupaten Serang'),"


@pytest.mark.parametrize("cut", [-3, -40, 60])
def test_a_truncated_dump_names_file_and_line(cut):
    text = "INSERT INTO wilayah (kode, nama) VALUES\n('36.04','Kabupaten Serang'),\n('36.04.05','Kramatwatu');\n"
    with pytest.raises(UserError) as caught:
        codes_of(text[:cut])
    assert caught.value.key == "reference.source.truncated"
    assert "wilayah.sql" in caught.value.message() and caught.value.params["line"] in (2, 3)


def test_text_where_values_belong_is_reported_with_its_line():
    text = "INSERT INTO wilayah (kode, nama) VALUES\n('36.04','Kabupaten Serang'),\n('36.04.05', Kramatwatu);\n"
    with pytest.raises(UserError) as caught:
        codes_of(text)
    assert caught.value.key == "reference.source.syntax" and caught.value.params["line"] == 3
    assert "Kramatwatu" in caught.value.message()


def test_a_row_with_too_few_values():
    text = "INSERT INTO wilayah (kode, nama) VALUES\n('36.04','Kabupaten Serang'),\n('36.04.05');\n"
    with pytest.raises(UserError) as caught:
        codes_of(text)
    assert caught.value.params == {"file": "wilayah.sql", "line": 3, "code": "36.04.05", "found": 1, "expected": 2}


def test_a_file_without_the_table_or_its_columns():
    with pytest.raises(UserError) as caught:
        codes_of(Path(__file__).read_text(encoding="utf-8")[:200])
    assert caught.value.key == "reference.source.no_insert"
    with pytest.raises(UserError) as caught:
        codes_of("INSERT INTO wilayah (id, name) VALUES (1,'x');")
    assert caught.value.key == "reference.source.columns" and caught.value.params["columns"] == "kode, nama"


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30))
def test_any_name_survives_both_escape_styles(name):
    # MySQL reads a backslash as an escape in either style, so the '' style cannot carry a bare one.
    doubled = name.replace("\\", "\\\\").replace("'", "''")
    backslashed = name.replace("\\", "\\\\").replace("'", "\\'")
    text = (f"INSERT INTO wilayah (kode, nama) VALUES ('36.04.05','{doubled}');\n"
            f"INSERT INTO wilayah (kode, nama) VALUES ('36.04.06','{backslashed}');")
    assert [row[2] for row in codes_of(text)] == [name, name]


def test_backslash_and_quote_examples():
    text = r"INSERT INTO wilayah (kode, nama) VALUES ('36.04.05','a\\b''c\'d\ne');"
    assert codes_of(text)[0][2] == "a\\b'c'd\ne"
