"""The build's inbox step says per file what happened, in Indonesian, also for files it skips as seen before."""

import io

from support import AS_OF, END_MONTH
from pipelines.build import build
from pipelines.i18n import t
from pipelines.progress import ConsoleProgress

REASON = t("build.inbox.reason", reason="x").removesuffix("x")


def inbox_lines(stream: io.StringIO) -> list[str]:
    text = stream.getvalue()
    step = text[text.index("[5/7]"):text.index("[6/7]")]
    return [line.strip() for line in step.splitlines()[1:]]


def test_inbox_lines_name_status_counts_reason_and_skipped_files(warehouse):
    folder = warehouse.inbox / "indikator"
    folder.mkdir(parents=True)
    (folder / "garbage2.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "partial.csv").write_text("kode_indikator,periode,kode_wilayah,nilai,keterangan\n"
                                        'EC-02,2024-Q3,36.04,"62,5",x\nXX-99,2024-Q3,36.04,1,y\n', encoding="utf-8")
    first = io.StringIO()
    build(end_month=END_MONTH, as_of=AS_OF, progress=ConsoleProgress(stream=first), layout=warehouse)
    rejected, loaded = inbox_lines(first)
    assert rejected.startswith("garbage2.csv → indikator: ditolak. 1 baris dibaca, 0 diterima, 1 dikarantina. "
                               f"{REASON}Berkas garbage2.csv ditolak seluruhnya untuk dataset indikator: "
                               "kolom wajib tidak ditemukan: kode_indikator, periode, kode_wilayah, nilai.")
    assert loaded.startswith("partial.csv → indikator: dimuat. 2 baris dibaca, 1 diterima, 1 dikarantina.")
    assert "rejected" not in first.getvalue() and "loaded" not in first.getvalue()

    again = io.StringIO()
    build(end_month=END_MONTH, as_of=AS_OF, progress=ConsoleProgress(stream=again), layout=warehouse)
    skipped_rejected, skipped_loaded = inbox_lines(again)
    assert skipped_rejected.startswith("garbage2.csv → indikator: dilewati, berkas yang sama persis sudah ditolak "
                                       "sebelumnya (Berkas garbage2.csv ditolak seluruhnya")
    assert skipped_rejected.endswith("). Perbaiki isinya lalu taruh lagi di inbox.")
    assert skipped_loaded.startswith("partial.csv → indikator: dilewati, berkas yang sama persis sudah dimuat "
                                     "sebelumnya.")
