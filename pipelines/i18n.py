"""The one string table: every user-facing text, Bahasa Indonesia first, English second.

``t(key, lang, **params)`` formats with ``str.format``; pass numbers already
formatted by ``pipelines.formatting`` so the sentence and the number agree on
the locale. Sections below keep each area's strings together.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("id", "en")

STRINGS: dict[str, tuple[str, str]] = {
    # --- common ----------------------------------------------------------
    "app.title": ("Dasbor Smart City Kabupaten Serang", "Kabupaten Serang Smart City Dashboard"),
    "common.demo_label": ("data contoh", "sample data"),
    "common.demo_note": (
        "Angka bertanda «data contoh» dibuat oleh generator untuk peragaan, bukan data resmi.",
        "Figures marked «sample data» are generated for demonstration, not official data.",
    ),
    "common.real_label": ("data nyata", "real data"),
    "common.source": ("Sumber", "Source"),
    "common.no_data": ("Belum ada data", "No data yet"),
    "common.unexpected_error": (
        "Terjadi kesalahan yang tidak terduga ({kind}). Tidak ada data yang berubah. "
        "Laporkan ke admin data (Diskominfosatik) beserta waktu kejadian.",
        "An unexpected error occurred ({kind}). No data was changed. "
        "Report it to the data admin (Diskominfosatik) with the time it happened.",
    ),
    "common.updated": ("Diperbarui {moment} · snapshot {version}", "Updated {moment} · snapshot {version}"),
    "common.coming_soon": (
        "Halaman ini sedang dibangun: {what}",
        "This page is being built: {what}",
    ),
    "source_kind.fakta": ("angka resmi bersumber", "sourced official figure"),
    "source_kind.unggahan": ("unggahan OPD", "agency upload"),
    "source_kind.hitung": ("dihitung dari data OPD", "computed from agency data"),
    "source_kind.contoh": ("data contoh", "sample data"),
    "download.xlsx": ("Unduh XLSX", "Download XLSX"),
    "download.csv": ("Unduh CSV", "Download CSV"),
    "download.metadata_sheet": ("Metadata", "Metadata"),
    # --- app shell: navigation, roles, account, filters -------------------
    "section.pimpinan": ("Pimpinan", "Leadership"),
    "section.program": ("Program quick win", "Quick-win programmes"),
    "section.publik": ("Publik", "Public"),
    "section.data": ("Data", "Data"),
    "page.ringkasan": ("Ringkasan Eksekutif", "Executive Summary"),
    "page.ringkasan.coming": (
        "kartu enam dimensi, status program quick win, indikator yang perlu perhatian, data terlambat dan peta kecamatan.",
        "six dimension cards, quick-win status, indicators needing attention, late data and a kecamatan map.",
    ),
    "page.dimensi": ("Enam Dimensi", "Six Dimensions"),
    "page.dimensi.coming": (
        "tiga elemen tiap dimensi dengan indikator, capaian terhadap target dari waktu ke waktu, dan programnya.",
        "each dimension's three elements with their indicators, actual vs target over time, and programmes.",
    ),
    "page.katalog": ("Katalog Indikator", "Indicator Catalogue"),
    "page.katalog.coming": ("daftar indikator yang bisa dicari beserta metadatanya.", "a searchable list of indicators with their metadata."),
    "page.peta": ("Peta Publik", "Public Map"),
    "page.peta.coming": ("peta desa wisata dan titik pengelolaan sampah.", "a map of tourism villages and waste points."),
    "page.unggah": ("Unggah Data", "Upload Data"),
    "page.unggah.coming": ("unggah berkas data OPD dengan pratinjau dan laporan baris yang ditolak.", "agency file upload with a preview and a report of rejected rows."),
    "page.kualitas_data": ("Kualitas Data", "Data Quality"),
    "page.kualitas_data.coming": ("kesegaran data per OPD, riwayat muat dan pemeriksaan lintas data.", "data freshness by agency, load history and cross-data checks."),
    "access.denied": (
        "Halaman ini tidak tersedia untuk akun Anda. Masuk dengan akun yang berwenang atau buka Peta Publik.",
        "This page is not available to your account. Log in with an authorised account or open the Public Map.",
    ),
    "role.publik": ("Publik", "Public"),
    "role.opd": ("OPD", "Agency"),
    "role.eksekutif": ("Eksekutif", "Executive"),
    "role.admin": ("Admin data", "Data admin"),
    "account.signed_in_as": ("Masuk sebagai {email} ({role})", "Signed in as {email} ({role})"),
    "account.unknown": (
        "Akun ini belum terdaftar; Anda melihat halaman publik. Minta admin data menambahkan akun Anda.",
        "This account is not registered; you see the public pages. Ask the data admin to add your account.",
    ),
    "account.login": ("Masuk", "Log in"),
    "account.logout": ("Keluar", "Log out"),
    "account.staff_login": ("Masuk petugas", "Staff login"),
    "account.email": ("E-mail", "E-mail"),
    "account.password": ("Kata sandi", "Password"),
    "account.failed": ("E-mail atau kata sandi salah.", "Wrong e-mail or password."),
    "account.locked": (
        "Terlalu banyak percobaan gagal. Coba lagi setelah {seconds} detik.",
        "Too many failed attempts. Try again after {seconds} seconds.",
    ),
    "filter.period": ("Bulan laporan", "Report month"),
    "filter.kecamatan": ("Kecamatan", "Kecamatan"),
    "filter.all_kecamatan": ("Semua kecamatan", "All kecamatan"),
    # --- dimensions and programs (names are data in the catalog; these are labels) ---
    "status.tercapai": ("Tercapai", "On track"),
    "status.perlu_perhatian": ("Perlu perhatian", "Needs attention"),
    "status.kritis": ("Kritis", "Critical"),
    "status.tanpa_target": ("Tanpa target", "No target"),
    "status.tanpa_data": ("Tidak ada data", "No data"),
    # --- settings and reference folder ----------------------------------
    "reference.missing_dir": (
        "Folder data rujukan wilayah tidak ditemukan: {path}. "
        "Folder ini harus berisi serang_kecamatan.csv, serang_desa.csv, "
        "serang_kecamatan_from_desa.geojson dan serang_desa.geojson (kode Kemendagri). "
        "Tetapkan SERANG_REFERENCE_DIR ke folder tersebut, atau unduh dengan "
        "`python -m pipelines reference download` (luring: tambahkan --source FOLDER-CERMIN).",
        "Reference geography folder not found: {path}. It must hold serang_kecamatan.csv, "
        "serang_desa.csv, serang_kecamatan_from_desa.geojson and serang_desa.geojson "
        "(Kemendagri codes). Set SERANG_REFERENCE_DIR to that folder, or download it with "
        "`python -m pipelines reference download` (offline: add --source MIRROR-FOLDER).",
    ),
    "reference.missing_file": (
        "Berkas rujukan {file} tidak ada di {path}. Yang diharapkan: {expected}. "
        "Letakkan berkas itu di folder SERANG_REFERENCE_DIR.",
        "Reference file {file} is missing from {path}. Expected: {expected}. "
        "Put that file in the SERANG_REFERENCE_DIR folder.",
    ),
    "reference.missing_columns": (
        "Berkas rujukan {file} tidak memiliki kolom {columns}. Kolom yang ditemukan: {found}. "
        "Gunakan format seperti serang_kecamatan.csv / serang_desa.csv.",
        "Reference file {file} lacks columns {columns}. Columns found: {found}. "
        "Use the format of serang_kecamatan.csv / serang_desa.csv.",
    ),
    "reference.bad_row": (
        "Berkas rujukan {file}, baris {row}, kolom {column}: nilai «{value}» tidak sah — {reason}. "
        "Perbaiki baris itu lalu jalankan ulang build.",
        "Reference file {file}, row {row}, column {column}: value «{value}» is invalid — {reason}. "
        "Fix that row and run the build again.",
    ),
    "reference.reason.code_format": ("kode harus berbentuk {pattern}", "the code must look like {pattern}"),
    "reference.reason.duplicate": ("kode muncul lebih dari sekali", "the code appears more than once"),
    "reference.reason.unknown_parent": (
        "kecamatan induknya tidak ada di serang_kecamatan.csv",
        "its parent kecamatan is not in serang_kecamatan.csv",
    ),
    "reference.reason.not_number": ("harus berupa angka", "must be a number"),
    "reference.reason.outside_region": (
        "koordinat di luar Kabupaten Serang", "coordinates outside Kabupaten Serang",
    ),
    "reference.reason.empty": ("tidak boleh kosong", "must not be empty"),
    "reference.bad_geojson": (
        "Berkas rujukan {file} bukan GeoJSON yang bisa dibaca ({detail}). "
        "Yang diharapkan: FeatureCollection poligon WGS84 dengan properti `kode`.",
        "Reference file {file} is not readable GeoJSON ({detail}). "
        "Expected: a FeatureCollection of WGS84 polygons with a `kode` property.",
    ),
    "reference.geojson_mismatch": (
        "Berkas rujukan {file}: {count} kode tidak cocok dengan {csv} (contoh: {examples}). "
        "Kedua berkas harus berasal dari rilis kode Kemendagri yang sama.",
        "Reference file {file}: {count} codes do not match {csv} (e.g. {examples}). "
        "Both files must come from the same Kemendagri code release.",
    ),
    "reference.empty": (
        "Berkas rujukan {file} tidak berisi satu pun wilayah {region}. Periksa SERANG_REFERENCE_DIR.",
        "Reference file {file} holds no region of {region}. Check SERANG_REFERENCE_DIR.",
    ),
    # --- catalog ---------------------------------------------------------
    "catalog.missing_file": (
        "Berkas katalog {file} tidak ditemukan di {path}. Kembalikan berkas itu dari repositori.",
        "Catalog file {file} not found in {path}. Restore it from the repository.",
    ),
    "catalog.bad_yaml": (
        "Berkas katalog {file} tidak bisa dibaca sebagai YAML: {detail}. Perbaiki penulisannya.",
        "Catalog file {file} cannot be read as YAML: {detail}. Fix its syntax.",
    ),
    "catalog.bad_entry": (
        "Katalog {file}, entri «{entry}», kolom {field}: nilai «{value}» tidak sah — {reason}.",
        "Catalog {file}, entry «{entry}», field {field}: value «{value}» is invalid — {reason}.",
    ),
    "catalog.reason.required": ("wajib diisi", "is required"),
    "catalog.reason.allowed": ("pilih salah satu dari: {allowed}", "choose one of: {allowed}"),
    "catalog.reason.unknown_ref": ("tidak dikenal; yang ada: {allowed}", "is unknown; known: {allowed}"),
    "catalog.reason.duplicate": ("kode sudah dipakai entri lain", "code already used by another entry"),
    "catalog.reason.number": ("harus berupa angka", "must be a number"),
    "catalog.reason.year": ("tahun target harus 2000–2100", "target years must be 2000–2100"),
    # --- real figures file -----------------------------------------------
    "facts.bad_row": (
        "Berkas angka nyata {file}, baris {row}, kolom {column}: «{value}» tidak sah — {reason}.",
        "Real figures file {file}, row {row}, column {column}: «{value}» is invalid — {reason}.",
    ),
    # --- warehouse, build and publish -------------------------------------
    "build.step.reference": ("Memuat data rujukan wilayah", "Loading reference geography"),
    "build.step.catalog": ("Memuat katalog indikator", "Loading indicator catalog"),
    "build.step.demo": ("Membuat data contoh", "Generating sample data"),
    "build.step.facts": ("Memuat angka nyata bersumber", "Loading sourced real figures"),
    "build.step.inbox": ("Memproses berkas di inbox", "Processing inbox files"),
    "build.step.transform": ("Menjalankan transformasi SQL", "Running SQL transforms"),
    "build.step.publish": ("Menerbitkan snapshot", "Publishing snapshot"),
    "build.done": (
        "Selesai: snapshot {version} diterbitkan dalam {seconds} detik ({size}).",
        "Done: snapshot {version} published in {seconds} s ({size}).",
    ),
    "build.up_to_date": (
        "Gudang data sudah mutakhir (snapshot {version}); tidak ada yang dibangun ulang.",
        "Warehouse is up to date (snapshot {version}); nothing rebuilt.",
    ),
    "db.lock_wait": (
        "Menunggu proses lain selesai menulis gudang data…",
        "Waiting for another process to finish writing the warehouse…",
    ),
    "db.lock_timeout": (
        "Gudang data sedang dipakai proses lain lebih dari {seconds} detik. Coba lagi sebentar lagi.",
        "The warehouse has been busy in another process for over {seconds} s. Try again shortly.",
    ),
    "db.no_snapshot": (
        "Belum ada snapshot yang diterbitkan di {path}. Jalankan `python -m pipelines build` "
        "(atau `make run`, yang membangunnya otomatis).",
        "No snapshot has been published in {path}. Run `python -m pipelines build` "
        "(or `make run`, which builds it automatically).",
    ),
    "db.snapshot_incompatible": (
        "Snapshot {version} dibuat oleh versi program yang lain. Jalankan `python -m pipelines build` sekali lagi.",
        "Snapshot {version} was made by another program version. Run `python -m pipelines build` again.",
    ),
    "transform.failed": (
        "Transformasi {file} gagal: {detail}. Gudang data tidak diubah; snapshot lama tetap dipakai.",
        "Transform {file} failed: {detail}. The warehouse was not changed; the previous snapshot stays in use.",
    ),
    # --- accounts --------------------------------------------------------
    "users.bad_file": (
        "Berkas akun {path} tidak bisa dibaca ({detail}). Perbaiki penulisan TOML-nya.",
        "The accounts file {path} cannot be read ({detail}). Fix its TOML syntax.",
    ),
    "users.bad_role": (
        "Berkas akun {path}: akun {email} berperan «{role}»; pilih salah satu dari {allowed}.",
        "Accounts file {path}: account {email} has role «{role}»; choose one of {allowed}.",
    ),
    "users.missing_opd": (
        "Akun {email} berperan opd tetapi tidak menyebut OPD-nya (mis. opd = \"DLH\") di {path}.",
        "Account {email} has the opd role but names no OPD (e.g. opd = \"DLH\") in {path}.",
    ),
    "users.unknown_opd": ("OPD «{opd}» tidak ada di katalog. Yang ada: {allowed}.", "OPD «{opd}» is not in the catalog. Known: {allowed}."),
    "users.weak_password": ("Kata sandi minimal 10 karakter.", "The password needs at least 10 characters."),
    "users.unknown": ("Akun {email} tidak ada.", "Account {email} does not exist."),
    # --- page: ringkasan, dimensi, katalog (issue 4) ---------------------
    # (keys for these pages go below this line)
    # --- page: programme pages (issue 5) ---------------------------------
    # (keys for the programme pages go below this line)
    # shared blocks of the programme pages
    "program.status_line": (
        "Status program {period}: capaian rata-rata {capaian} dari {scored} indikator yang dinilai (dari {total}); {critical} kritis.",
        "Programme status {period}: mean achievement {capaian} over {scored} scored indicators (of {total}); {critical} critical.",
    ),
    "program.kecamatan_filter": (
        "Filter kecamatan: {name}. Grafik yang punya data per kecamatan hanya menampilkan kecamatan ini; "
        "kartu indikator tetap tingkat kabupaten.",
        "Kecamatan filter: {name}. Charts with per-kecamatan data show only this kecamatan; "
        "indicator cards stay at regency level.",
    ),
    "program.indicators.title": ("Indikator terhadap target — {period}", "Indicators against targets — {period}"),
    "program.indicators.caption": (
        "Nilai terakhir sampai bulan laporan, tingkat kabupaten. Warna status: hijau tercapai, oranye perlu perhatian, "
        "merah kritis. Garis kecil: tren sejak tahun baseline.",
        "Latest value up to the report month, regency level. Status colours: green on track, orange needs attention, "
        "red critical. Small line: trend since the baseline year.",
    ),
    "program.card.vs": ("dibanding {period}", "vs {period}"),
    "program.card.period": ("Periode data: {period}", "Data period: {period}"),
    "program.card.target": ("Target {year}: {target} · capaian {capaian}", "Target {year}: {target} · achievement {capaian}"),
    "program.card.no_target": ("Tanpa target untuk periode ini", "No target for this period"),
    "program.card.ytd_target": (
        "Tahun berjalan s.d. {period}: {value} dari target {target} · capaian {capaian}",
        "Year to date to {period}: {value} of target {target} · achievement {capaian}",
    ),
    "program.card.ytd": ("Tahun berjalan s.d. {period}: {value}", "Year to date to {period}: {value}"),
    "program.card.points": ("{value} poin", "{value} pts"),
    "program.card.baseline": ("Baseline {year}: {value} ({change} sejak baseline)", "Baseline {year}: {value} ({change} since baseline)"),
    "program.trend.pick": ("Tren indikator sejak baseline", "Indicator trend since the baseline"),
    "program.trend.actual": ("Realisasi", "Actual"),
    "program.trend.target": ("Target", "Target"),
    "program.trend.baseline": ("baseline {year}", "baseline {year}"),
    "program.region.title": ("Rincian per kecamatan dan desa", "Breakdown by kecamatan and desa"),
    "program.region.pick": ("Indikator untuk peta", "Indicator for the map"),
    "program.region.period": ("Periode: {period}", "Period: {period}"),
    "program.region.top": ("Batang: {top} teratas dari {total} kecamatan; peta menampilkan semuanya.",
                           "Bars: top {top} of {total} kecamatan; the map shows all of them."),
    "program.region.drill_title": ("Rincian desa", "Desa drill-down"),
    "program.region.drill_pick": ("Kecamatan untuk rincian desa", "Kecamatan for the desa drill-down"),
    "program.col.desa": ("Desa", "Desa"),
    "program.col.opd": ("OPD", "Agency"),
    "program.col.dataset": ("Dataset", "Dataset"),
    "program.col.rows": ("Baris", "Rows"),
    "program.sources.rows": ("{demo} contoh · {real} nyata", "{demo} sample · {real} real"),
    "program.col.last_load": ("Muat terakhir (berkas · tanggal · oleh)", "Latest load (file · date · by)"),
    "program.col.last_period": ("Periode terakhir", "Latest period"),
    "program.col.file": ("Berkas", "File"),
    "program.col.loaded_at": ("Dimuat", "Loaded"),
    "program.col.by": ("Oleh", "By"),
    "program.col.channel": ("Jalur", "Channel"),
    "program.col.status": ("Status", "Status"),
    "program.col.rows_in": ("Baris masuk", "Rows in"),
    "program.col.accepted": ("Diterima", "Accepted"),
    "program.col.quarantined": ("Dikarantina", "Quarantined"),
    "program.sources.title": ("Sumber dan kesegaran data", "Data sources and freshness"),
    "program.sources.demo": (
        "«generator data contoh» berarti belum ada berkas OPD untuk dataset itu; angkanya data contoh. "
        "Berkas nyata yang diunggah menggantikan baris contoh untuk bulan yang sama.",
        "«generator data contoh» means no agency file has arrived for that dataset yet; its figures are sample data. "
        "A real uploaded file replaces the sample rows for the same months.",
    ),
    "program.sources.partner_rows": (
        "Jumlah baris tidak ditampilkan untuk OPD mitra: dataset ini memuat layanan semua OPD.",
        "Row counts are not shown to partner agencies: this dataset holds every agency's services.",
    ),
    "program.sources.all_on_time": ("Semua indikator program ini tepat waktu.", "Every indicator of this programme is on time."),
    "program.sources.late_title": ("Data yang terlambat:", "Late data:"),
    "program.sources.late_line": (
        "{code} {name}: data terakhir {last}, seharusnya sudah ada {expected} (terlambat {days} hari)",
        "{code} {name}: latest data {last}, {expected} was expected (late by {days} days)",
    ),
    "program.sources.never_line": (
        "{code} {name}: belum pernah ada data (diharapkan {expected}; terakhir {last}, {days} hari)",
        "{code} {name}: no data ever (expected {expected}; latest {last}, {days} days)",
    ),
    "program.sources.loads": ("Riwayat muat data", "Load history"),
    "program.downloads.title": ("Unduh data halaman ini", "Download this page's data"),
    "program.downloads.templates": ("Templat unggah dataset program", "Upload templates for the programme's datasets"),
    "program.downloads.template_note": (
        "Isi templat (satu baris per data, kode wilayah Kemendagri sebagai teks, mis. 36.04.05.2001) lalu kirim lewat "
        "halaman Unggah Data. Lembar «Petunjuk» menjelaskan tiap kolom dan nilai yang diterima.",
        "Fill in the template (one row per record, Kemendagri region codes as text, e.g. 36.04.05.2001) and send it "
        "through the Upload Data page. The «Notes» sheet explains each column and the accepted values.",
    ),
    "program.meta.field": ("Butir", "Item"),
    "program.meta.value": ("Nilai", "Value"),
    "program.meta.detail": ("Keterangan", "Detail"),
    "program.meta.program": ("Program", "Programme"),
    "program.meta.period": ("Bulan laporan", "Report month"),
    "program.meta.snapshot": ("Snapshot", "Snapshot"),
    "program.meta.demo": ("Catatan", "Note"),
    "program.template.notes_sheet": ("Petunjuk", "Notes"),
    "program.template.head.column": ("Kolom", "Column"),
    "program.template.head.required": ("Wajib", "Required"),
    "program.template.head.type": ("Jenis isian", "Kind of value"),
    "program.template.head.allowed": ("Nilai yang diterima", "Accepted values"),
    "program.template.head.aliases": ("Nama kolom lain yang dikenali", "Other recognised column names"),
    "program.template.yes": ("ya", "yes"),
    "program.template.no": ("tidak", "no"),
    "program.template.how": (
        "Isi lembar «{dataset}» mulai baris 2, lalu unggah lewat halaman Unggah Data (dataset {dataset}).",
        "Fill in sheet «{dataset}» from row 2, then upload it on the Upload Data page (dataset {dataset}).",
    ),
    "program.template.type.text": ("teks", "text"),
    "program.template.type.kode_desa": ("kode desa Kemendagri, mis. 36.04.05.2001", "Kemendagri desa code, e.g. 36.04.05.2001"),
    "program.template.type.kode_kecamatan": ("kode kecamatan, mis. 36.04.05", "kecamatan code, e.g. 36.04.05"),
    "program.template.type.kode_wilayah": ("kode wilayah: 36.04, 36.04.05 atau 36.04.05.2001",
                                           "region code: 36.04, 36.04.05 or 36.04.05.2001"),
    "program.template.type.integer": ("bilangan bulat", "whole number"),
    "program.template.type.number": ("angka (desimal dengan koma: 12,5)", "number (decimals allowed: 12,5 or 12.5)"),
    "program.template.type.percent": ("persen 0–100", "percent 0–100"),
    "program.template.type.date": ("tanggal, mis. 2026-10-31", "date, e.g. 2026-10-31"),
    "program.template.type.timestamp": ("tanggal dan jam WIB, mis. 2026-10-31 14:05", "date and time (WIB), e.g. 2026-10-31 14:05"),
    "program.template.type.period": ("periode: 2026-10, 2026-Q3 atau 2026", "period: 2026-10, 2026-Q3 or 2026"),
    "program.template.type.month": ("bulan, mis. 2026-10", "month, e.g. 2026-10"),
    "program.template.type.year": ("tahun, mis. 2026", "year, e.g. 2026"),
    "program.template.type.latitude": ("lintang (WGS84), mis. -6,12", "latitude (WGS84), e.g. -6.12"),
    "program.template.type.longitude": ("bujur (WGS84), mis. 106,15", "longitude (WGS84), e.g. 106.15"),
    "program.template.type.enum": ("pilih dari daftar", "choose from the list"),
    "program.ds.indikator": ("Nilai indikator", "Indicator values"),
    "program.ds.layanan_serang_tatu": ("Permohonan layanan Serang Tatu", "Serang Tatu service requests"),
    "program.ds.desa_wisata": ("Daftar desa wisata", "Tourism village registry"),
    "program.ds.kategori_desa_wisata": ("Kategori desa wisata per tahun", "Tourism village category per year"),
    "program.ds.kunjungan_desa_wisata": ("Kunjungan desa wisata", "Tourism village visitors"),
    "program.ds.produksi_perikanan": ("Produksi perikanan", "Fish production"),
    "program.ds.produk_ovop": ("Produk OVOP", "OVOP products"),
    "program.ds.perjalanan_transformer": ("Perjalanan Transformer", "Transformer trips"),
    "program.ds.titik_sampah": ("Titik pengelolaan sampah", "Waste points"),
    "program.ds.tonase_sampah": ("Tonase sampah", "Waste tonnage"),
    "program.ds.lokasi_pojok_dolan": ("Lokasi Pojok Dolan", "Pojok Dolan sites"),
    "program.ds.kunjungan_pojok_dolan": ("Kunjungan Pojok Dolan", "Pojok Dolan visits"),
    # Serang Tatu
    "program.serang_tatu.partner_scope": (
        "Anda melihat sebagai OPD mitra ({opd}): hanya layanan {services}. Target program berlaku untuk seluruh "
        "layanan Serang Tatu, jadi angka Anda tidak dinilai terhadap target itu.",
        "You are viewing as a partner agency ({opd}): only the services {services}. The programme's targets apply "
        "to all Serang Tatu services together, so your figures are not scored against them.",
    ),
    "program.serang_tatu.partner_note": (
        "Dihitung dari layanan OPD Anda saja, dengan rumus yang sama seperti indikator program. Median waktu "
        "penyelesaian ada per layanan pada tabel di bawah.",
        "Computed from your agency's services only, with the same formulas as the programme indicators. The median "
        "processing time is shown per service in the table below.",
    ),
    "program.serang_tatu.requests.title": ("Permohonan per bulan, layanan dan kanal", "Requests per month, service and channel"),
    "program.serang_tatu.requests.by_channel": ("Permohonan per bulan menurut kanal", "Requests per month by channel"),
    "program.serang_tatu.requests.by_service": ("Permohonan bulan laporan per layanan", "Report-month requests per service"),
    "program.serang_tatu.requests.caption": (
        "Bulan = bulan permohonan masuk. Daring = diajukan lewat aplikasi; loket = di loket layanan.",
        "Month = month the request was submitted. Online = through the app; counter = at a service counter.",
    ),
    "program.serang_tatu.channel.daring": ("Daring", "Online"),
    "program.serang_tatu.channel.loket": ("Loket", "Counter"),
    "program.serang_tatu.channel.share": ("% daring", "% online"),
    "program.serang_tatu.processing.title": (
        "Standar waktu (SLA) dan lama penyelesaian per layanan — {period}",
        "Service standard time (SLA) and processing time per service — {period}",
    ),
    "program.serang_tatu.processing.caption": (
        "Permohonan yang selesai dalam bulan laporan. Standar waktu per layanan dari data/catalog/services.yaml.",
        "Requests completed in the report month. Standard time per service from data/catalog/services.yaml.",
    ),
    "program.serang_tatu.processing.within_sla": ("Selesai sesuai standar waktu", "Completed within the standard time"),
    "program.serang_tatu.processing.median_vs_sla": ("Median lama penyelesaian dan standar waktu (hari)",
                                                     "Median processing time and standard time (days)"),
    "program.serang_tatu.processing.kabupaten_only": (
        "Lama penyelesaian dihitung untuk seluruh kabupaten (tanpa rincian kecamatan).",
        "Processing time is computed for the whole regency (no kecamatan breakdown).",
    ),
    "program.serang_tatu.col.service": ("Layanan", "Service"),
    "program.serang_tatu.col.sla": ("Standar waktu", "Standard time"),
    "program.serang_tatu.col.completed": ("Selesai", "Completed"),
    "program.serang_tatu.col.median": ("Median (hari)", "Median (days)"),
    "program.serang_tatu.col.p90": ("Persentil 90 (hari)", "90th percentile (days)"),
    "program.serang_tatu.col.within_sla": ("Sesuai standar waktu", "Within standard time"),
    "program.serang_tatu.col.requests": ("Permohonan", "Requests"),
    "program.serang_tatu.backlog.title": ("Tunggakan: permohonan melewati standar waktu", "Backlog: requests past their standard time"),
    "program.serang_tatu.backlog.caption": (
        "Dihitung pada akhir tiap bulan: permohonan yang belum selesai, atau selesai kemudian, padahal standar waktunya sudah lewat.",
        "Counted at each month end: requests not yet completed, or completed later, although their standard time had passed.",
    ),
    "program.serang_tatu.backlog.none": ("Tidak ada tunggakan pada periode ini.", "No backlog in this period."),
    "program.serang_tatu.demand.title": ("Permohonan per 1.000 penduduk per kecamatan — {period}",
                                         "Requests per 1,000 people by kecamatan — {period}"),
    "program.serang_tatu.demand.population": (
        "Penduduk per kecamatan: angka tahun {year} (BPS, total {total} jiwa), satu-satunya angka per kecamatan yang "
        "tersedia. Penduduk terdaftar kini lebih besar (±1,79 juta, 2024), jadi angka per 1.000 penduduk di sini "
        "sedikit lebih tinggi dari sebenarnya.",
        "Population per kecamatan: {year} figures (BPS, total {total} people), the only per-kecamatan figures "
        "available. Today's registered population is larger (±1.79 million, 2024), so the rates per 1,000 here are "
        "somewhat higher than the true ones.",
    ),
    "program.serang_tatu.demand.top": ("Permintaan tertinggi per 1.000 penduduk: {names}.", "Highest demand per 1,000 people: {names}."),
    "program.serang_tatu.unit.per_1000": ("per 1.000 penduduk", "per 1,000 people"),
    "program.serang_tatu.unit.requests": ("permohonan", "requests"),
    "program.serang_tatu.unit.days": ("hari", "days"),
    "program.serang_tatu.sheet.monthly": ("permohonan_bulanan", "monthly_requests"),
    "program.serang_tatu.sheet.processing": ("waktu_penyelesaian", "processing_time"),
    "program.serang_tatu.sheet.backlog": ("tunggakan", "backlog"),
    "program.serang_tatu.sheet.kecamatan": ("per_kecamatan", "by_kecamatan"),
    # Sikonde
    "program.sikonde.map.title": ("Desa wisata menurut kategori", "Tourism villages by category"),
    "program.sikonde.map.caption": ("{total} desa wisata: {detail}.", "{total} tourism villages: {detail}."),
    "program.sikonde.categories.title": ("Kategori per tahun (rintisan → mandiri)", "Category per year (rintisan → mandiri)"),
    "program.sikonde.category.rintisan": ("Rintisan", "Rintisan (pioneering)"),
    "program.sikonde.category.berkembang": ("Berkembang", "Berkembang (developing)"),
    "program.sikonde.category.maju": ("Maju", "Maju (advanced)"),
    "program.sikonde.category.mandiri": ("Mandiri", "Mandiri (independent)"),
    "program.sikonde.visits.title": ("Kunjungan wisatawan per desa per bulan", "Visitors per village per month"),
    "program.sikonde.visits.total": ("Total kunjungan per bulan", "Total visitors per month"),
    "program.sikonde.visits.holiday_caption": (
        "Warna batang menandai bulan libur: Lebaran (bulan Idul Fitri, dan bulan berikutnya bila Idul Fitri jatuh "
        "di akhir bulan), libur sekolah (Juni–Juli) dan akhir tahun (Desember).",
        "Bar colours mark holiday months: Lebaran (the Idul Fitri month, and the next one when Idul Fitri falls late "
        "in the month), school holidays (June–July) and year end (December).",
    ),
    "program.sikonde.visits.per_village": ("Kunjungan per desa wisata per bulan", "Visitors per tourism village per month"),
    "program.sikonde.visits.heatmap_caption": (
        "Satu baris per desa wisata. Sel kosong: desa tidak melaporkan kunjungan bulan itu.",
        "One row per tourism village. Empty cell: the village reported no visitors that month.",
    ),
    "program.sikonde.holiday.lebaran": ("Lebaran", "Lebaran (Eid)"),
    "program.sikonde.holiday.sekolah": ("Libur sekolah", "School holidays"),
    "program.sikonde.holiday.akhir_tahun": ("Akhir tahun", "Year end"),
    "program.sikonde.holiday.none": ("Bulan biasa", "Other months"),
    "program.sikonde.missing.title": ("Desa wisata tanpa data kunjungan", "Tourism villages without visitor data"),
    "program.sikonde.missing.never": ("Belum pernah melapor: {count} desa", "Never reported: {count} villages"),
    "program.sikonde.missing.month": ("Tidak melapor untuk {period}: {count} desa", "No report for {period}: {count} villages"),
    "program.sikonde.col.village": ("Desa wisata", "Tourism village"),
    "program.sikonde.col.category": ("Kategori", "Category"),
    "program.sikonde.col.last_report": ("Laporan terakhir", "Latest report"),
    "program.sikonde.unit.villages": ("desa", "villages"),
    "program.sikonde.unit.visitors": ("kunjungan", "visitors"),
    "program.sikonde.sheet.villages": ("desa_wisata", "tourism_villages"),
    "program.sikonde.sheet.visits": ("kunjungan_bulanan", "monthly_visitors"),
    "program.sikonde.sheet.categories": ("kategori_tahunan", "yearly_categories"),
    # Sentra perikanan / OVOP
    "program.perikanan.production.title": ("Produksi perikanan terhadap target", "Fish production against targets"),
    "program.perikanan.production.by_commodity": ("Produksi per bulan menurut komoditas", "Production per month by commodity"),
    "program.perikanan.production.monthly_target": ("Target bulanan (SP-02)", "Monthly target (SP-02)"),
    "program.perikanan.production.cumulative": ("Produksi kumulatif", "Cumulative production"),
    "program.perikanan.production.cumulative_title": ("Kumulatif {year} terhadap target tahunan", "Cumulative {year} against the yearly target"),
    "program.perikanan.production.target_path": ("Lintasan target SP-01 ({target} t/tahun)", "SP-01 target path ({target} t/year)"),
    "program.perikanan.production.caption": (
        "Data produksi terakhir: {last}. Target dari katalog indikator (SP-01 tahunan, SP-02 bulanan).",
        "Latest production data: {last}. Targets from the indicator catalog (SP-01 yearly, SP-02 monthly).",
    ),
    "program.perikanan.production.kecamatan_no_target": (
        "Target berlaku untuk seluruh kabupaten, jadi tidak digambar untuk satu kecamatan.",
        "Targets are set for the whole regency, so they are not drawn for one kecamatan.",
    ),
    "program.perikanan.kecamatan.title": ("Produksi per kecamatan, {start}–{end}", "Production by kecamatan, {start}–{end}"),
    "program.perikanan.minapolitan": (
        "Kawasan minapolitan (bergaris merah di peta, batang gelap): Kecamatan {kecamatan}, Desa {desa}. Sumber: {source}. "
        "Admin data mengubahnya di data/catalog/settings.yaml (bagian sentra_perikanan).",
        "Minapolitan area (red outline on the map, dark bar): Kecamatan {kecamatan}, Desa {desa}. Source: {source}. "
        "The data admin changes it in data/catalog/settings.yaml (section sentra_perikanan).",
    ),
    "program.perikanan.col.production_month": ("Produksi {period} (ton)", "Production {period} (t)"),
    "program.perikanan.ovop.title": ("Produk OVOP per desa dan status sertifikasinya ({year})",
                                     "OVOP products per desa and their certification ({year})"),
    "program.perikanan.ovop.by_certification": ("Produk per komoditas menurut sertifikasi", "Products per commodity by certification"),
    "program.perikanan.ovop.caption": (
        "{products} produk di {desa} desa; {certified} bersertifikat ({share}). Peta: jumlah produk per desa.",
        "{products} products in {desa} villages; {certified} certified ({share}). Map: products per desa.",
    ),
    "program.perikanan.certification.belum": ("Belum bersertifikat", "Not certified"),
    "program.perikanan.certification.PIRT": ("PIRT", "PIRT (home industry)"),
    "program.perikanan.certification.halal": ("Halal", "Halal"),
    "program.perikanan.certification.BPOM": ("BPOM", "BPOM (food agency)"),
    "program.perikanan.commodity.udang": ("Udang", "Shrimp"),
    "program.perikanan.commodity.bandeng": ("Bandeng", "Milkfish"),
    "program.perikanan.commodity.rumput_laut": ("Rumput laut", "Seaweed"),
    "program.perikanan.commodity.nila": ("Nila", "Tilapia"),
    "program.perikanan.commodity.lele": ("Lele", "Catfish"),
    "program.perikanan.commodity.patin": ("Patin", "Pangasius"),
    "program.perikanan.commodity.ikan_laut": ("Ikan laut", "Marine fish"),
    "program.perikanan.col.product": ("Produk", "Product"),
    "program.perikanan.col.commodity": ("Komoditas", "Commodity"),
    "program.perikanan.col.certification": ("Sertifikasi", "Certification"),
    "program.perikanan.col.year": ("Tahun terdaftar", "Year registered"),
    "program.perikanan.unit.tonnes": ("ton", "t"),
    "program.perikanan.unit.products": ("produk", "products"),
    "program.perikanan.sheet.production": ("produksi_bulanan", "monthly_production"),
    "program.perikanan.sheet.kecamatan": ("produksi_kecamatan", "production_by_kecamatan"),
    "program.perikanan.sheet.ovop": ("produk_ovop", "ovop_products"),
    "program.perikanan.sheet.targets": ("target", "targets"),
    # Transformer
    "program.transformer.daily.title": ("Penumpang dan perjalanan per hari — {period}", "Riders and trips per day — {period}"),
    "program.transformer.daily.caption": (
        "{days} hari operasi; rata-rata {riders} penumpang per hari; armada menempuh {km} km.",
        "{days} operating days; on average {riders} riders per day; the fleet covered {km} km.",
    ),
    "program.transformer.monthly.title": ("Per bulan", "Per month"),
    "program.transformer.monthly.trips": ("Perjalanan pribadi dihindari dan penumpang per hari", "Private trips avoided and riders per day"),
    "program.transformer.monthly.avoided": ("CO₂e (ton) dan BBM (liter) yang dihindari", "CO₂e (t) and fuel (litres) avoided"),
    "program.transformer.riders": ("Penumpang", "Riders"),
    "program.transformer.riders_per_day": ("Penumpang per hari operasi", "Riders per operating day"),
    "program.transformer.trips": ("Perjalanan armada", "Fleet trips"),
    "program.transformer.avoided_trips": ("Perjalanan pribadi dihindari", "Private trips avoided"),
    "program.transformer.co2e": ("CO₂e dihindari (ton)", "CO₂e avoided (t)"),
    "program.transformer.fuel": ("BBM dihemat (liter)", "Fuel saved (litres)"),
    "program.transformer.unit.riders": ("penumpang", "riders"),
    "program.transformer.routes.title": ("Rute — {period}", "Routes — {period}"),
    "program.transformer.routes.origin": ("Penumpang menurut kecamatan asal rute", "Riders by the kecamatan a route starts from"),
    "program.transformer.routes.origin_caption": (
        "Rute melintasi beberapa kecamatan; penumpang dihitung pada kecamatan asal yang tertulis di nama rute.",
        "Routes cross several kecamatan; riders are counted in the kecamatan named as the route's start.",
    ),
    "program.transformer.routes.unmatched": ("Tanpa kecamatan asal: {routes}.", "Without a start kecamatan: {routes}."),
    "program.transformer.col.route": ("Rute", "Route"),
    "program.transformer.col.mode": ("Moda", "Mode"),
    "program.transformer.col.km": ("Jarak armada (km)", "Fleet distance (km)"),
    "program.transformer.col.fuel": ("BBM dihemat (l)", "Fuel saved (l)"),
    "program.transformer.col.co2e": ("CO₂e dihindari (t)", "CO₂e avoided (t)"),
    "program.transformer.col.factor": ("Faktor", "Factor"),
    "program.transformer.col.value": ("Nilai", "Value"),
    "program.transformer.col.setting": ("Kunci pengaturan", "Setting key"),
    "program.transformer.factors.title": ("Faktor emisi dan asumsi yang dipakai", "Emission factors and assumptions used"),
    "program.transformer.factors.where": (
        "Admin data mengubah faktor ini di data/catalog/settings.yaml (bagian transformer), lalu menjalankan build; "
        "semua angka CO₂e dan BBM dihitung ulang dengan faktor baru. Rumusnya: km pribadi yang dihindari × (porsi mobil × "
        "faktor mobil + porsi motor × faktor motor) − km armada × faktor modanya.",
        "The data admin changes these factors in data/catalog/settings.yaml (section transformer) and runs the build; "
        "every CO₂e and fuel figure is recomputed with the new factors. Formula: private km avoided × (car share × "
        "car factor + motorcycle share × motorcycle factor) − fleet km × the factor of its mode.",
    ),
    "program.transformer.factor.emission_factor_car_kg_per_km": ("Emisi mobil pribadi", "Private car emissions"),
    "program.transformer.factor.emission_factor_motorcycle_kg_per_km": ("Emisi sepeda motor", "Motorcycle emissions"),
    "program.transformer.factor.emission_factor_bus_listrik_kg_per_km": ("Emisi bus listrik (listrik jaringan)", "Electric bus emissions (grid power)"),
    "program.transformer.factor.emission_factor_minibus_kg_per_km": ("Emisi minibus", "Minibus emissions"),
    "program.transformer.factor.emission_factor_sepeda_listrik_kg_per_km": ("Emisi sepeda listrik", "E-bike emissions"),
    "program.transformer.factor.share_would_drive_car": ("Penumpang yang tanpa Transformer naik mobil",
                                                         "Riders who would otherwise drive a car"),
    "program.transformer.factor.fuel_car_l_per_km": ("BBM mobil", "Car fuel use"),
    "program.transformer.factor.fuel_motorcycle_l_per_km": ("BBM sepeda motor", "Motorcycle fuel use"),
    "program.transformer.whatif.title": ("Bagaimana jika? Faktor lain untuk {period}", "What if? Other factors for {period}"),
    "program.transformer.whatif.caption": (
        "Geser asumsi untuk melihat pengaruhnya. Hanya dihitung di halaman ini; tidak ada yang disimpan dan indikator "
        "resmi tidak berubah.",
        "Move the assumptions to see their effect. Computed on this page only; nothing is stored and the official "
        "indicators do not change.",
    ),
    "program.transformer.whatif.share": ("Porsi yang akan naik mobil", "Share who would drive a car"),
    "program.transformer.whatif.car": ("Emisi mobil (g CO₂e/km)", "Car emissions (g CO₂e/km)"),
    "program.transformer.whatif.motorcycle": ("Emisi sepeda motor (g CO₂e/km)", "Motorcycle emissions (g CO₂e/km)"),
    "program.transformer.whatif.co2e": ("CO₂e dihindari (skenario)", "CO₂e avoided (scenario)"),
    "program.transformer.whatif.fuel": ("BBM dihemat (skenario)", "Fuel saved (scenario)"),
    "program.transformer.whatif.base": ("Dengan faktor resmi: {co2e} dan {fuel}.", "With the official factors: {co2e} and {fuel}."),
    "program.transformer.sheet.monthly": ("bulanan", "monthly"),
    "program.transformer.sheet.daily": ("harian", "daily"),
    "program.transformer.sheet.routes": ("rute", "routes"),
    "program.transformer.sheet.factors": ("faktor_emisi", "emission_factors"),
    # Pojok Dolan
    "program.pojok_dolan.sites.title": ("Lokasi Pojok Dolan — {period}", "Pojok Dolan sites — {period}"),
    "program.pojok_dolan.sites.caption": (
        "{total} lokasi di {kecamatan} kecamatan; {active} dikunjungi bulan ini, {inactive} tanpa laporan kunjungan.",
        "{total} sites in {kecamatan} kecamatan; {active} visited this month, {inactive} without a visit report.",
    ),
    "program.pojok_dolan.kind.ruang_baca": ("Ruang baca", "Reading corner"),
    "program.pojok_dolan.kind.ruang_bermain_anak": ("Ruang bermain anak", "Children's play space"),
    "program.pojok_dolan.kind.ruang_kreatif": ("Ruang kreatif", "Creative space"),
    "program.pojok_dolan.col.site": ("Lokasi", "Site"),
    "program.pojok_dolan.col.visits": ("Kunjungan", "Visits"),
    "program.pojok_dolan.visits.title": ("Kunjungan per bulan menurut jenis lokasi", "Visits per month by kind of site"),
    "program.pojok_dolan.active_sites": ("Lokasi aktif", "Active sites"),
    "program.pojok_dolan.unit.visits": ("kunjungan", "visits"),
    "program.pojok_dolan.sheet.sites": ("lokasi", "sites"),
    "program.pojok_dolan.sheet.monthly": ("kunjungan_bulanan", "monthly_visits"),
    # Pesan Ibu
    "program.pesan_ibu.tonnage.title": ("Sampah terkumpul dibanding timbulan", "Waste collected against waste generated"),
    "program.pesan_ibu.tonnage.generated": ("Timbulan (SIPSN)", "Generated (SIPSN)"),
    "program.pesan_ibu.tonnage.generation_source": (
        "Garis timbulan = timbulan harian SIPSN × hari dalam bulan, memakai angka tahun itu atau tahun terakhir "
        "sebelumnya yang tersedia. Sumber: {sources}",
        "Generation line = SIPSN daily generation × days in the month, using that year's figure or the latest earlier "
        "one available. Source: {sources}",
    ),
    "program.pesan_ibu.tonnage.collected_note": (
        "Batang: sampah yang masuk ke fasilitas Pesan Ibu menurut jenis fasilitas (dataset tonase_sampah).",
        "Bars: waste received at Pesan Ibu facilities by kind of facility (dataset tonase_sampah).",
    ),
    "program.pesan_ibu.tonnage.kecamatan_no_generation": (
        "Timbulan SIPSN hanya ada untuk seluruh kabupaten, jadi garisnya tidak digambar untuk satu kecamatan.",
        "SIPSN generation exists for the whole regency only, so its line is not drawn for one kecamatan.",
    ),
    "program.pesan_ibu.shares.title": ("Pengurangan dan penanganan sampah terhadap target Jakstranas",
                                       "Waste reduction and handling against the Jakstranas targets"),
    "program.pesan_ibu.shares.PI-02": ("Pengurangan (% dari timbulan)", "Reduction (% of generation)"),
    "program.pesan_ibu.shares.PI-03": ("Penanganan (% dari timbulan)", "Handling (% of generation)"),
    "program.pesan_ibu.shares.actual": ("Capaian", "Actual"),
    "program.pesan_ibu.shares.target": ("Target daerah", "Regency target"),
    "program.pesan_ibu.shares.jakstranas": ("Jakstranas {value}", "Jakstranas {value}"),
    "program.pesan_ibu.shares.caption": (
        "Target nasional Jakstranas (Perpres 97/2017): pengurangan 30 % dan penanganan 70 % pada 2025, dari "
        "data/catalog/settings.yaml (bagian waste). Batang gelap = angka nyata bersumber, batang muda = data contoh. "
        "Angka nyata:",
        "National Jakstranas targets (Perpres 97/2017): 30% reduction and 70% handling by 2025, from "
        "data/catalog/settings.yaml (section waste). Dark bars = sourced real figures, light bars = sample data. "
        "Real figures:",
    ),
    "program.pesan_ibu.points.title": ("Peta titik pengelolaan sampah menurut jenis ({year})", "Map of waste points by type ({year})"),
    "program.pesan_ibu.points.caption": ("Titik: {detail}.", "Points: {detail}."),
    "program.pesan_ibu.facilities.title": (
        "Bank sampah dan TPS3R per kecamatan; desa dengan bank sampah aktif ({year})",
        "Waste banks and TPS3R by kecamatan; desa with an active waste bank ({year})",
    ),
    "program.pesan_ibu.facilities.caption": (
        "{with_bank} dari {total} desa punya bank sampah aktif ({share}). Peta kanan: jumlah bank sampah aktif per "
        "desa; desa abu-abu belum punya.",
        "{with_bank} of {total} desa have an active waste bank ({share}). Right map: active waste banks per desa; "
        "grey desa have none yet.",
    ),
    "program.pesan_ibu.facilities.per_kecamatan": ("Bank sampah aktif dan TPS3R per kecamatan", "Active waste banks and TPS3R by kecamatan"),
    "program.pesan_ibu.facilities.desa_map": ("Bank sampah aktif per desa", "Active waste banks per desa"),
    "program.pesan_ibu.facilities.desa_list": ("Daftar {count} desa dengan bank sampah aktif", "List of {count} desa with an active waste bank"),
    "program.pesan_ibu.type.TPS": ("TPS", "TPS (transfer point)"),
    "program.pesan_ibu.type.TPS3R": ("TPS3R", "TPS3R (reduce-reuse-recycle)"),
    "program.pesan_ibu.type.bank_sampah": ("Bank sampah", "Waste bank"),
    "program.pesan_ibu.type.TPST": ("TPST", "TPST (integrated facility)"),
    "program.pesan_ibu.type.TPA": ("TPA", "TPA (landfill)"),
    "program.pesan_ibu.unit.banks": ("bank sampah", "waste banks"),
    "program.pesan_ibu.unit.tonnes_month": ("ton per bulan", "tonnes per month"),
    "program.pesan_ibu.sheet.monthly": ("tonase_bulanan", "monthly_tonnage"),
    "program.pesan_ibu.sheet.shares": ("pengurangan_penanganan", "reduction_handling"),
    "program.pesan_ibu.sheet.points": ("titik_sampah", "waste_points"),
    "program.pesan_ibu.sheet.kecamatan": ("per_kecamatan", "by_kecamatan"),
    "program.pesan_ibu.sheet.desa": ("bank_sampah_desa", "waste_banks_by_desa"),
    # --- page: peta, the public map (issue 6) ----------------------------
    # (keys for the public map go below this line)
    # --- page: unggah and kualitas-data (issue 7) ------------------------
    # (keys for the upload and data quality pages go below this line)
    # --- CLI -------------------------------------------------------------
    "cli.interrupted": ("Dihentikan oleh pengguna. Tidak ada snapshot baru.", "Stopped by the user. No new snapshot."),
}


def t(key: str, lang: str = "id", /, **params: Any) -> str:
    """Text for ``key`` in ``lang`` (falls back to Indonesian), formatted with ``params``."""
    id_text, en_text = STRINGS[key]
    text = en_text if lang == "en" else id_text
    return text.format(**params) if params else text
