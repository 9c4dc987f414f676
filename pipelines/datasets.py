"""The dataset registry: one declared contract per dataset an agency can send.

Each dataset names its raw table, its columns (type, required, allowed values,
range, aliases, catalog look-ups, a template example), its key, its cross-column
checks and how real rows replace generated sample rows. The raw tables are
created from these declarations, the demo generator writes rows of the same
shape, ingest validates files against them and the templates are written from
them. Column and dataset labels and the template's column notes live in the
string table (``dataset.<name>``, ``column.<name>``, ``column.<name>.note``).

Every raw table also carries ``_load_id`` (which load wrote the row),
``_is_demo`` (generated sample data) and ``_row`` (row number in its file).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from pipelines.errors import UserError

# Column types. Codes, periods and enums are text; never numbers.
TEXT, DESA, KECAMATAN, REGION, INTEGER, NUMBER, PERCENT = (
    "text", "kode_desa", "kode_kecamatan", "kode_wilayah", "integer", "number", "percent",
)
DATE, TIMESTAMP, PERIOD, MONTH, YEAR, LATITUDE, LONGITUDE, ENUM = (
    "date", "timestamp", "period", "month", "year", "latitude", "longitude", "enum",
)
_SQL_TYPES = {
    TEXT: "VARCHAR", DESA: "VARCHAR", KECAMATAN: "VARCHAR", REGION: "VARCHAR", ENUM: "VARCHAR",
    INTEGER: "BIGINT", NUMBER: "DOUBLE", PERCENT: "DOUBLE", LATITUDE: "DOUBLE", LONGITUDE: "DOUBLE",
    DATE: "DATE", TIMESTAMP: "TIMESTAMP", PERIOD: "VARCHAR", MONTH: "VARCHAR", YEAR: "INTEGER",
}
META_COLUMNS = (("_load_id", "VARCHAR NOT NULL"), ("_is_demo", "BOOLEAN NOT NULL"), ("_row", "BIGINT"))

# Replacement of sample rows by real ones: per month of `period_column`, or the whole table.
REPLACE_BY_PERIOD, REPLACE_ALL = "period", "all"

DESA_WISATA_CATEGORIES = ("rintisan", "berkembang", "maju", "mandiri")
WASTE_POINT_TYPES = ("TPS", "TPS3R", "bank sampah", "TPST", "TPA")
SERVICE_CHANNELS = ("daring", "loket")
SERVICE_STATUSES = ("selesai", "diproses", "ditolak")
FISH_COMMODITIES = ("udang", "bandeng", "rumput laut", "nila", "lele", "patin", "ikan laut")
OVOP_CERTIFICATIONS = ("belum", "PIRT", "halal", "BPOM")
TRANSFORMER_MODES = ("bus listrik", "minibus", "sepeda listrik")
POJOK_DOLAN_TYPES = ("ruang baca", "ruang bermain anak", "ruang kreatif")

# Columns whose values must name an entry of the catalog (checked against the warehouse).
LOOKUP_INDICATOR, LOOKUP_SERVICE = "indicator", "service"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    required: bool = True
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    aliases: tuple[str, ...] = ()
    public: bool = True  # may appear on the public map / open-data export
    lookup: str | None = None  # LOOKUP_INDICATOR / LOOKUP_SERVICE: value must exist in the catalog
    example: str = ""  # template example, as ingest reads it back (dot decimals, ISO dates)

    @property
    def sql_type(self) -> str:
        return _SQL_TYPES[self.type]


@dataclass(frozen=True)
class Check:
    """A rule between two columns of one row: ``left op right`` (checked when both are present)."""

    left: str
    op: str  # ">=" or "<="
    right: str


@dataclass(frozen=True)
class Dataset:
    name: str
    table: str  # schema.table in the working warehouse
    opd: str  # owning OPD short name (catalog/opd.yaml)
    program: str | None
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    replace: str = REPLACE_BY_PERIOD
    period_column: str | None = None
    geometry: bool = False  # accepts GeoJSON points
    checks: tuple[Check, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _location(latitude: str, longitude: str, required: bool = True) -> tuple[Column, Column]:
    return (
        Column("lintang", LATITUDE, required, aliases=("latitude", "lat", "y"), example=latitude),
        Column("bujur", LONGITUDE, required, aliases=("longitude", "lon", "lng", "long", "x"), example=longitude),
    )


def _desa_code(example: str = "36.04.05.2001") -> Column:
    return Column("kode_desa", DESA, aliases=("kode desa", "kode_kelurahan", "kode wilayah desa", "kd_desa"),
                  example=example)


_MONTH = Column("periode", MONTH, aliases=("bulan",), example="2024-08")

DATASETS: dict[str, Dataset] = {
    dataset.name: dataset
    for dataset in (
        Dataset(
            "indikator", "raw.observation", opd="Diskominfosatik", program=None,
            columns=(
                Column("kode_indikator", TEXT, aliases=("kode", "indikator", "kode indikator"),
                       lookup=LOOKUP_INDICATOR, example="EC-02"),
                Column("periode", PERIOD, aliases=("period", "bulan", "tahun", "triwulan"), example="2024-Q3"),
                Column("kode_wilayah", REGION, aliases=("kode wilayah", "wilayah", "kode_kemendagri"),
                       example="36.04"),
                Column("nilai", NUMBER, aliases=("value", "realisasi", "capaian"), example="62.5"),
                Column("keterangan", TEXT, required=False, aliases=("catatan", "sumber", "ket"), public=False,
                       example="Laporan Bapenda triwulan III 2024"),
            ),
            key=("kode_indikator", "periode", "kode_wilayah"), period_column="periode",
        ),
        Dataset(
            "layanan_serang_tatu", "raw.service_request", opd="Diskominfosatik", program="serang-tatu",
            columns=(
                Column("id_permohonan", TEXT, aliases=("id", "nomor_permohonan", "no_permohonan"),
                       example="ST-2024-000123"),
                Column("layanan", TEXT, aliases=("jenis_layanan", "nama_layanan"), lookup=LOOKUP_SERVICE,
                       example="ktp-el"),
                Column("kanal", ENUM, allowed=SERVICE_CHANNELS, aliases=("channel", "saluran"), example="daring"),
                _desa_code(),
                Column("waktu_masuk", TIMESTAMP, aliases=("tanggal_masuk", "waktu_pengajuan", "tgl_masuk"),
                       example="2024-08-19 08:30:00"),
                Column("waktu_selesai", TIMESTAMP, required=False, aliases=("tanggal_selesai", "tgl_selesai"),
                       example="2024-08-21 14:05:00"),
                Column("status", ENUM, allowed=SERVICE_STATUSES, example="selesai"),
            ),
            key=("id_permohonan",), period_column="waktu_masuk",
            checks=(Check("waktu_selesai", ">=", "waktu_masuk"),),
        ),
        Dataset(
            "desa_wisata", "raw.desa_wisata", opd="Disparpora", program="sikonde",
            columns=(
                Column("nama", TEXT, aliases=("nama_desa_wisata", "desa_wisata"), example="Desa Wisata Cikolelet"),
                _desa_code("36.04.31.2009"),
                Column("kategori", ENUM, allowed=DESA_WISATA_CATEGORIES, aliases=("klasifikasi", "status"),
                       example="berkembang"),
                *_location("-6.157594", "105.923877"),
                Column("pengelola", TEXT, required=False, aliases=("pokdarwis",), example="Pokdarwis Cikolelet"),
                Column("kontak_publik", TEXT, required=False, aliases=("kontak", "telepon"), example="0254-123456"),
            ),
            key=("kode_desa", "nama"), replace=REPLACE_ALL, geometry=True,
        ),
        Dataset(
            "kategori_desa_wisata", "raw.desa_wisata_category", opd="Disparpora", program="sikonde",
            columns=(
                _desa_code("36.04.31.2009"),
                Column("tahun", YEAR, minimum=2000, maximum=2100, example="2024"),
                Column("kategori", ENUM, allowed=DESA_WISATA_CATEGORIES, aliases=("klasifikasi",),
                       example="berkembang"),
            ),
            key=("kode_desa", "tahun"), replace=REPLACE_ALL,
        ),
        Dataset(
            "kunjungan_desa_wisata", "raw.tourism_visit", opd="Disparpora", program="sikonde",
            columns=(
                _desa_code("36.04.31.2009"),
                _MONTH,
                Column("pengunjung", INTEGER, minimum=0, aliases=("jumlah_pengunjung", "kunjungan", "wisatawan"),
                       example="1250"),
            ),
            key=("kode_desa", "periode"), period_column="periode",
        ),
        Dataset(
            "produksi_perikanan", "raw.fish_production", opd="Dinas Perikanan", program="sentra-perikanan",
            columns=(
                _MONTH,
                _desa_code(),
                Column("komoditas", ENUM, allowed=FISH_COMMODITIES, aliases=("jenis_ikan",), example="bandeng"),
                Column("volume_ton", NUMBER, minimum=0, aliases=("produksi_ton", "volume", "produksi"),
                       example="12.5"),
            ),
            key=("periode", "kode_desa", "komoditas"), period_column="periode",
        ),
        Dataset(
            "produk_ovop", "raw.ovop_product", opd="Dinas Perikanan", program="sentra-perikanan",
            columns=(
                Column("nama_produk", TEXT, aliases=("produk", "nama"), example="Otak-otak Bandeng Kramatwatu"),
                _desa_code(),
                Column("komoditas", ENUM, allowed=FISH_COMMODITIES, aliases=("bahan_baku",), example="bandeng"),
                Column("sertifikasi", ENUM, allowed=OVOP_CERTIFICATIONS, aliases=("sertifikat", "izin_edar"),
                       example="PIRT"),
                Column("tahun_terdaftar", YEAR, minimum=2000, maximum=2100, aliases=("tahun",), example="2023"),
            ),
            key=("nama_produk", "kode_desa"), replace=REPLACE_ALL,
        ),
        Dataset(
            "perjalanan_transformer", "raw.transformer_trip", opd="Dishub", program="transformer",
            columns=(
                Column("tanggal", DATE, aliases=("tgl", "hari"), example="2024-08-19"),
                Column("rute", TEXT, aliases=("trayek", "koridor"), example="Kramatwatu – Puspemkab"),
                Column("moda", ENUM, allowed=TRANSFORMER_MODES, aliases=("kendaraan", "jenis_kendaraan"),
                       example="bus listrik"),
                Column("perjalanan", INTEGER, minimum=0, aliases=("jumlah_perjalanan", "trip", "ritase"),
                       example="8"),
                Column("penumpang", INTEGER, minimum=0, aliases=("jumlah_penumpang", "pegawai"), example="240"),
                Column("jarak_km", NUMBER, minimum=0, aliases=("km", "jarak"), example="22"),
            ),
            key=("tanggal", "rute"), period_column="tanggal",
        ),
        Dataset(
            "titik_sampah", "raw.waste_point", opd="DLH", program="pesan-ibu",
            columns=(
                Column("nama", TEXT, aliases=("nama_titik", "nama_lokasi"), example="TPS3R Kramatwatu"),
                Column("jenis", ENUM, allowed=WASTE_POINT_TYPES, aliases=("jenis_fasilitas", "tipe"),
                       example="TPS3R"),
                _desa_code(),
                *_location("-6.065263", "106.119018"),
                Column("kapasitas_ton_per_hari", NUMBER, required=False, minimum=0, aliases=("kapasitas",),
                       example="8.5"),
                Column("jadwal", TEXT, required=False, aliases=("jadwal_angkut", "jam_operasional"),
                       example="Senin–Sabtu 07.00–15.00"),
                Column("tahun_mulai", YEAR, required=False, minimum=1990, maximum=2100, aliases=("tahun_berdiri",),
                       example="2022"),
                Column("aktif", ENUM, required=False, allowed=("ya", "tidak"), aliases=("status_aktif",),
                       example="ya"),
            ),
            key=("kode_desa", "nama"), replace=REPLACE_ALL, geometry=True,
        ),
        Dataset(
            "tonase_sampah", "raw.waste_tonnage", opd="DLH", program="pesan-ibu",
            columns=(
                _MONTH,
                _desa_code(),
                Column("jenis", ENUM, allowed=WASTE_POINT_TYPES, aliases=("jenis_fasilitas",), example="TPS3R"),
                Column("ton_terkumpul", NUMBER, minimum=0, aliases=("terkumpul_ton", "sampah_masuk_ton"),
                       example="152.4"),
                Column("ton_dikurangi", NUMBER, minimum=0,
                       aliases=("dipilah_ton", "didaur_ulang_ton", "pengurangan_ton"), example="48.7"),
            ),
            key=("periode", "kode_desa", "jenis"), period_column="periode",
            checks=(Check("ton_dikurangi", "<=", "ton_terkumpul"),),
        ),
        Dataset(
            "lokasi_pojok_dolan", "raw.pojok_dolan_site", opd="Disparpora", program="pojok-dolan",
            columns=(
                Column("nama", TEXT, aliases=("nama_lokasi",), example="Pojok Dolan Kramatwatu"),
                _desa_code(),
                Column("jenis", ENUM, allowed=POJOK_DOLAN_TYPES, aliases=("jenis_lokasi",), example="ruang baca"),
                *_location("-6.065263", "106.119018"),
                Column("tahun_mulai", YEAR, required=False, minimum=2000, maximum=2100, example="2025"),
            ),
            key=("kode_desa", "nama"), replace=REPLACE_ALL, geometry=True,
        ),
        Dataset(
            "kunjungan_pojok_dolan", "raw.pojok_dolan_visit", opd="Disparpora", program="pojok-dolan",
            columns=(
                Column("periode", MONTH, aliases=("bulan",), example="2025-08"),
                _desa_code(),
                Column("nama_lokasi", TEXT, aliases=("nama", "lokasi"), example="Pojok Dolan Kramatwatu"),
                Column("kunjungan", INTEGER, minimum=0, aliases=("jumlah_kunjungan", "pengunjung"), example="320"),
            ),
            key=("periode", "kode_desa", "nama_lokasi"), period_column="periode",
        ),
    )
}


def get_dataset(name: str) -> Dataset:
    """The contract called ``name``; an unknown name is a ``UserError`` listing the known ones."""
    try:
        return DATASETS[name]
    except KeyError:
        raise UserError("dataset.unknown", name=name, known=", ".join(DATASETS)) from None


def datasets_of_program(program: str) -> list[str]:
    """Names of the datasets that feed a programme page (registry order)."""
    return [name for name, dataset in DATASETS.items() if dataset.program == program]


def create_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create every raw table from its declaration (idempotent; identifiers from code only)."""
    con.execute("CREATE SCHEMA IF NOT EXISTS raw")
    for dataset in DATASETS.values():
        columns = [f"{column.name} {column.sql_type}" for column in dataset.columns]
        columns += [f"{name} {sql}" for name, sql in META_COLUMNS]
        con.execute(f"CREATE TABLE IF NOT EXISTS {dataset.table} ({', '.join(columns)})")
