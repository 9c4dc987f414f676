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
    "page.program.coming": (
        "indikator program terhadap target, rincian per kecamatan dan desa, sumber dan kesegaran data.",
        "programme indicators against targets, breakdown by kecamatan and desa, data sources and freshness.",
    ),
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
    "ringkasan.caption": (
        "Bulan laporan {month}: enam dimensi, program quick win, indikator yang perlu perhatian, data terlambat "
        "dan sebaran per kecamatan.",
        "Report month {month}: six dimensions, quick-win programmes, indicators needing attention, late data "
        "and the spread by kecamatan.",
    ),
    "ringkasan.dimensions": ("Enam dimensi smart city", "Six smart city dimensions"),
    "ringkasan.scored": ("{scored} dari {total} indikator dinilai", "{scored} of {total} indicators scored"),
    "ringkasan.points": ("{change} poin", "{change} pts"),
    "ringkasan.dimensions_note": (
        "Indeks 0–100 per dimensi; perubahan dalam poin dibanding bulan sebelumnya; garis: {months} bulan terakhir.",
        "Index 0–100 per dimension; change in points against the previous month; line: the last {months} months.",
    ),
    "ringkasan.programs": ("Program quick win", "Quick-win programmes"),
    "ringkasan.achievement": ("Capaian terhadap target", "Achievement against target"),
    "ringkasan.received": ("Data terakhir masuk {moment} (s.d. {period})", "Data last in {moment} (up to {period})"),
    "ringkasan.never_received": ("Belum pernah menerima data", "No data received yet"),
    "ringkasan.owner": ("OPD pengampu", "Owning agency"),
    "ringkasan.critical_count": ("Indikator kritis: {count}", "Critical indicators: {count}"),
    "ringkasan.provisional": ("Definisi program masih sementara", "Programme definition is provisional"),
    "ringkasan.open_program": ("Lihat program", "View programme"),
    "ringkasan.attention": ("Perlu perhatian", "Needs attention"),
    "ringkasan.attention_note": (
        "{count} indikator di bawah target (kritis atau perlu perhatian) atau memburuk dibanding nilai sebelumnya; "
        "yang terburuk di atas.",
        "{count} indicators below target (critical or needing attention) or worse than their previous value; "
        "worst first.",
    ),
    "ringkasan.attention_more": ("Tampilkan {count} indikator lainnya", "Show {count} more indicators"),
    "ringkasan.attention_none": ("Semua indikator sesuai target dan tidak ada yang memburuk.",
                                 "Every indicator is on target and none got worse."),
    "tren.memburuk": ("▼\u00a0memburuk", "▼\u00a0worse"),
    "tren.tetap": ("=\u00a0tetap", "=\u00a0same"),
    "tren.membaik": ("▲\u00a0membaik", "▲\u00a0better"),
    "ringkasan.late": ("Data terlambat", "Late data"),
    "ringkasan.late_sources": ("Sumber terlambat", "Late sources"),
    "ringkasan.late_help": (
        "Sumber terlambat bila periode terakhir yang seharusnya sudah masuk (menurut frekuensi indikator dan "
        "masa tenggangnya) belum ada datanya.",
        "A source is late when the latest period that should have arrived (by the indicator's frequency and "
        "grace days) has no data.",
    ),
    "ringkasan.late_opd": ("OPD dengan data terlambat", "Agencies with late data"),
    "ringkasan.late_as_of": ("Dinilai per {day} dari {total} sumber indikator.",
                             "Judged on {day} across {total} indicator sources."),
    "ringkasan.late_none": ("Tidak ada sumber data yang terlambat.", "No data source is late."),
    "ringkasan.never": ("belum pernah", "never"),
    "ringkasan.map": ("Sebaran per kecamatan", "By kecamatan"),
    "ringkasan.map_none": ("Belum ada indikator dengan nilai per kecamatan untuk bulan ini.",
                           "No indicator has values by kecamatan for this month yet."),
    "ringkasan.map_indicator": ("Indikator di peta", "Indicator on the map"),
    "ringkasan.map_period": ("Periode {period}", "Period {period}"),
    "ringkasan.map_coverage": ("{count} dari {total} kecamatan memiliki nilai (abu-abu: belum ada nilai)",
                               "{count} of {total} kecamatan have a value (grey: no value yet)"),
    "ringkasan.rank_rule_higher": ("peringkat 1 = nilai tertinggi", "rank 1 = highest value"),
    "ringkasan.rank_rule_lower": ("peringkat 1 = nilai terendah (makin rendah makin baik)",
                                  "rank 1 = lowest value (lower is better)"),
    "ringkasan.map_selected": ("{name}: peringkat {rank} dari {count}", "{name}: rank {rank} of {count}"),
    "ringkasan.map_selected_none": ("{name}: belum ada nilai", "{name}: no value yet"),
    "ringkasan.export": ("Unduh tabel halaman ini", "Download this page's tables"),
    "ringkasan.export_note": (
        "XLSX: setiap tabel di lembar sendiri, satuan dan metadata indikator di lembar terakhir. "
        "CSV: tabel indikator bulan ini.",
        "XLSX: each table on its own sheet, units and indicator metadata on the last sheet. "
        "CSV: this month's indicator table.",
    ),
    "ringkasan.sheet_indicators": ("Indikator", "Indicators"),
    "ringkasan.sheet_dimensions": ("Dimensi", "Dimensions"),
    "ringkasan.sheet_programs": ("Program", "Programmes"),
    "ringkasan.sheet_attention": ("Perlu perhatian", "Needs attention"),
    "ringkasan.sheet_late": ("Data terlambat", "Late data"),
    "ringkasan.sheet_map": ("Per kecamatan", "By kecamatan"),
    "ringkasan.sheet_about": ("Keterangan", "About"),
    "ringkasan.about_snapshot": ("Snapshot", "Snapshot"),
    "ringkasan.about_published": ("Diterbitkan", "Published"),
    "ringkasan.about_scoring": ("Cara menilai", "How scores work"),
    "ringkasan.about_scoring_text": (
        "Capaian = nilai terhadap target tahun itu (arah indikator diperhitungkan, dibatasi 120 %). "
        "Indeks dimensi 0–100 = rata-rata capaian indikatornya (tiap indikator paling banyak 100). "
        "Status: Tercapai, Perlu perhatian, Kritis menurut ambang di data/catalog/settings.yaml.",
        "Achievement = value against that year's target (direction-aware, capped at 120%). "
        "Dimension index 0–100 = mean achievement of its indicators (each at most 100). "
        "Status: On track, Needs attention, Critical by the thresholds in data/catalog/settings.yaml.",
    ),
    "dimensi.caption": (
        "Bulan laporan {month}: indeks tiap dimensi, tiga elemennya dengan indikator (nilai terhadap target dari "
        "waktu ke waktu) dan program yang menggarapnya.",
        "Report month {month}: each dimension's index, its three elements with their indicators (actual against "
        "target over time) and the programmes working on it.",
    ),
    "dimensi.choose": ("Dimensi", "Dimension"),
    "dimensi.index": ("Indeks {name}", "{name} index"),
    "dimensi.programs": ("Program quick win di dimensi ini", "Quick-win programmes in this dimension"),
    "dimensi.no_program": ("Belum ada program quick win di dimensi ini.",
                           "No quick-win programme in this dimension yet."),
    "dimensi.no_indicator": ("Belum ada indikator untuk elemen ini di katalog.",
                             "The catalogue has no indicator for this element yet."),
    "dimensi.latest": ("{period}: {value} (target {target})", "{period}: {value} (target {target})"),
    "dimensi.achievement": ("capaian {value}", "achievement {value}"),
    "dimensi.series_kabupaten": ("Kabupaten", "Regency"),
    "dimensi.series_kecamatan": ("Kec. {name}", "{name} district"),
    "katalog.caption": (
        "Apa arti setiap indikator, bagaimana menghitungnya, siapa pemilik datanya dan berapa targetnya "
        "(metadata Satu Data Indonesia).",
        "What each indicator means, how it is computed, who owns its data and what its targets are "
        "(Satu Data Indonesia metadata).",
    ),
    "katalog.search": ("Cari indikator", "Search indicators"),
    "katalog.search_hint": ("kode, nama, definisi, sumber atau OPD — mis. sampah",
                            "code, name, definition, source or agency — e.g. waste"),
    "katalog.dimension": ("Dimensi", "Dimension"),
    "katalog.all_dimensions": ("Semua dimensi", "All dimensions"),
    "katalog.count": ("{shown} dari {total} indikator", "{shown} of {total} indicators"),
    "katalog.scope_public": ("hanya indikator publik", "public indicators only"),
    "katalog.scope_staff": ("termasuk indikator internal", "including internal indicators"),
    "katalog.none": ("Tidak ada indikator yang cocok. Ubah kata kunci atau pilih semua dimensi.",
                     "No indicator matches. Change the search words or choose all dimensions."),
    "katalog.sheet": ("Katalog indikator", "Indicator catalogue"),
    "katalog.internal": ("internal", "internal"),
    "katalog.public": ("publik", "public"),
    "katalog.provisional": ("sementara", "provisional"),
    "katalog.provisional_note": (
        "Definisi indikator ini masih sementara dan dapat berubah; admin data mengubahnya di katalog.",
        "This indicator's definition is provisional and may change; the data admin edits it in the catalogue.",
    ),
    "katalog.aggregation": ("Agregasi antarwilayah", "Aggregation across areas"),
    "katalog.level": ("Tingkat wilayah terkecil", "Finest area level"),
    "katalog.level_desa": ("desa", "village (desa)"),
    "katalog.level_kecamatan": ("kecamatan", "district (kecamatan)"),
    "katalog.level_kabupaten": ("kabupaten", "regency (kabupaten)"),
    "katalog.access": ("Akses", "Access"),
    "katalog.baseline": ("Baseline", "Baseline"),
    "katalog.baseline_mean": ("rata-rata nilai tahun {year}", "mean of the {year} values"),
    "katalog.targets": ("Target per tahun", "Targets by year"),
    "katalog.no_targets": ("Indikator ini belum punya target.", "This indicator has no target yet."),
    "katalog.target_year": ("Target {year}", "Target {year}"),
    "agregasi.sum": ("dijumlahkan", "summed"),
    "agregasi.mean": ("dirata-ratakan", "averaged"),
    "agregasi.weighted": ("dirata-ratakan tertimbang penduduk", "population-weighted average"),
    "kolom.code": ("Kode", "Code"),
    "kolom.indicator": ("Indikator", "Indicator"),
    "kolom.indicators": ("Indikator", "Indicators"),
    "kolom.dimension": ("Dimensi", "Dimension"),
    "kolom.element": ("Elemen", "Element"),
    "kolom.program": ("Program", "Programme"),
    "kolom.opd": ("OPD", "Agency"),
    "kolom.status": ("Status", "Status"),
    "kolom.achievement": ("Capaian", "Achievement"),
    "kolom.achievement_pct": ("Capaian (%)", "Achievement (%)"),
    "kolom.actual_target": ("Nilai / target", "Actual / target"),
    "kolom.value": ("Nilai", "Value"),
    "kolom.target": ("Target", "Target"),
    "kolom.unit": ("Satuan", "Unit"),
    "kolom.trend": ("Tren", "Trend"),
    "kolom.period": ("Periode", "Period"),
    "kolom.source": ("Sumber", "Source"),
    "kolom.url": ("Tautan sumber", "Source link"),
    "kolom.frequency": ("Frekuensi", "Frequency"),
    "kolom.expected": ("Periode yang ditunggu", "Expected period"),
    "kolom.last_period": ("Periode terakhir", "Latest period"),
    "kolom.days_late": ("Hari terlambat", "Days late"),
    "kolom.rank": ("Peringkat", "Rank"),
    "kolom.kecamatan": ("Kecamatan", "Kecamatan"),
    "kolom.kecamatan_code": ("Kode kecamatan", "Kecamatan code"),
    "kolom.index": ("Indeks (0–100)", "Index (0–100)"),
    "kolom.change": ("Perubahan (poin)", "Change (points)"),
    "kolom.scored": ("Indikator dinilai", "Indicators scored"),
    "kolom.sample": ("Data contoh", "Sample data"),
    "kolom.critical": ("Indikator kritis", "Critical indicators"),
    "kolom.received": ("Data terakhir diterima (WIB)", "Data last received (WIB)"),
    "kolom.item": ("Butir", "Item"),
    "kolom.description": ("Keterangan", "Description"),
    "kolom.direction": ("Arah", "Direction"),
    "kolom.definition": ("Definisi", "Definition"),
    "kolom.formula": ("Rumus", "Formula"),
    "kolom.public": ("Publik", "Public"),
    "frekuensi.monthly": ("bulanan", "monthly"),
    "frekuensi.quarterly": ("triwulanan", "quarterly"),
    "frekuensi.yearly": ("tahunan", "yearly"),
    "arah.higher": ("makin tinggi makin baik", "higher is better"),
    "arah.lower": ("makin rendah makin baik", "lower is better"),
    # --- page: programme pages (issue 5) ---------------------------------
    # (keys for the programme pages go below this line)
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
