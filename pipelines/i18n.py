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
    "reference.bad_csv": (
        "Berkas rujukan {file} bukan CSV yang bisa dibaca ({detail}). Simpan sebagai CSV UTF-8 berpemisah koma "
        "dengan baris judul kolom seperti serang_kecamatan.csv.",
        "Reference file {file} is not readable CSV ({detail}). Save it as comma-separated UTF-8 CSV "
        "with a header row like serang_kecamatan.csv.",
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
    # --- reference download ------------------------------------------------
    "reference.step.fetch_codes": (
        "Mengambil kode dan nama wilayah (wilayah.sql)", "Fetching region codes and names (wilayah.sql)",
    ),
    "reference.step.fetch_kecamatan": ("Mengambil batas kecamatan", "Fetching kecamatan boundaries"),
    "reference.step.fetch_desa": ("Mengambil batas desa", "Fetching desa boundaries"),
    "reference.step.convert": ("Mengonversi ke format rujukan", "Converting to the reference format"),
    "reference.step.check": ("Memeriksa hasil", "Checking the result"),
    "reference.step.write": ("Menulis folder rujukan", "Writing the reference folder"),
    "reference.download.done": (
        "Selesai: {kecamatan} kecamatan dan {desa} desa ({vertices} titik batas, luas terhitung {area} km²) "
        "ditulis ke {path} dalam {seconds} detik. Sumber: cahyadsn/wilayah dan cahyadsn/wilayah_boundaries "
        "(lisensi MIT, © cahya dsn); rinciannya di {provenance}.",
        "Done: {kecamatan} kecamatan and {desa} desa ({vertices} boundary points, computed area {area} km²) "
        "written to {path} in {seconds} s. Source: cahyadsn/wilayah and cahyadsn/wilayah_boundaries "
        "(MIT licence, © cahya dsn); details in {provenance}.",
    ),
    "reference.download.not_used": (
        "Catatan: SERANG_REFERENCE_DIR menunjuk ke {configured}, jadi build tetap membaca folder itu. "
        "Kosongkan SERANG_REFERENCE_DIR untuk memakai hasil unduhan di {path}.",
        "Note: SERANG_REFERENCE_DIR points to {configured}, so the build keeps reading that folder. "
        "Unset SERANG_REFERENCE_DIR to use the download in {path}.",
    ),
    "reference.download.failed": (
        "Data rujukan wilayah tidak dapat diunduh dari {url} ({detail}). Tanpa internet ada dua pilihan: "
        "tetapkan SERANG_REFERENCE_DIR ke folder data rujukan yang sudah ada, atau jalankan "
        "`python -m pipelines reference download --source FOLDER` dengan FOLDER berisi salinan kedua "
        "repositori (wilayah/db/… dan wilayah_boundaries/db/…). Tidak ada yang ditulis.",
        "The reference geography could not be downloaded from {url} ({detail}). Without internet there are "
        "two options: set SERANG_REFERENCE_DIR to an existing reference folder, or run "
        "`python -m pipelines reference download --source FOLDER` with FOLDER holding a copy of both "
        "repositories (wilayah/db/… and wilayah_boundaries/db/…). Nothing was written.",
    ),
    "reference.download.short": (
        "hanya {received} dari {announced} bita diterima", "only {received} of {announced} bytes arrived",
    ),
    "reference.download.source_missing": (
        "Folder sumber {path} tidak ditemukan. --source harus menunjuk ke folder cermin berisi "
        "wilayah/db/wilayah.sql dan wilayah_boundaries/db/…, atau ke URL cermin dengan susunan yang sama.",
        "Source folder {path} not found. --source must name a mirror folder holding wilayah/db/wilayah.sql "
        "and wilayah_boundaries/db/…, or a mirror URL laid out the same way.",
    ),
    "reference.download.source_file_missing": (
        "Berkas sumber {path} tidak ada. Di folder cermin berkas itu harus berada di {layout}. "
        "Tidak ada yang ditulis.",
        "Source file {path} does not exist. In the mirror folder it must be at {layout}. Nothing was written.",
    ),
    "reference.download.region_format": (
        "Kode wilayah «{region}» tidak sah: gunakan kode kabupaten/kota Kemendagri seperti {example}.",
        "Region code «{region}» is invalid: use a Kemendagri kabupaten/kota code such as {example}.",
    ),
    "reference.download.region_unsupported": (
        "Dasbor ini dibangun untuk wilayah {supported} (Kabupaten Serang); --region {region} belum didukung.",
        "This dashboard is built for region {supported} (Kabupaten Serang); --region {region} is not supported yet.",
    ),
    "reference.download.invalid_result": (
        "Hasil konversi tidak lolos pemeriksaan build: {detail} Tidak ada yang ditulis; {path} tidak berubah.",
        "The converted result fails the build's checks: {detail} Nothing was written; {path} is unchanged.",
    ),
    "reference.source.no_insert": (
        "Berkas sumber {file} tidak berisi pernyataan INSERT INTO {table}. Periksa apakah berkasnya benar, "
        "atau unduh tanpa --source untuk memakai versi yang dipatok. Tidak ada yang ditulis.",
        "Source file {file} holds no INSERT INTO {table} statement. Check that it is the right file, or "
        "download without --source to use the pinned version. Nothing was written.",
    ),
    "reference.source.columns": (
        "Berkas sumber {file}, baris {line}: INSERT INTO {table} tidak memiliki kolom {columns}. "
        "Formatnya tidak dikenali; unduh tanpa --source untuk memakai versi yang dipatok. Tidak ada yang ditulis.",
        "Source file {file}, line {line}: INSERT INTO {table} lacks columns {columns}. The format is not "
        "recognised; download without --source to use the pinned version. Nothing was written.",
    ),
    "reference.source.truncated": (
        "Berkas sumber {file} terpotong: berakhir di tengah pernyataan INSERT (baris {line}). "
        "Unduh atau salin ulang berkas itu secara utuh. Tidak ada yang ditulis.",
        "Source file {file} is truncated: it ends inside an INSERT statement (line {line}). "
        "Download or copy that file again in full. Nothing was written.",
    ),
    "reference.source.syntax": (
        "Berkas sumber {file} rusak di baris {line}: «{snippet}» muncul di tempat yang seharusnya berisi nilai. "
        "Unduh atau salin ulang berkas itu. Tidak ada yang ditulis.",
        "Source file {file} is damaged at line {line}: «{snippet}» appears where values belong. "
        "Download or copy that file again. Nothing was written.",
    ),
    "reference.source.value_count": (
        "Berkas sumber {file}, baris {line} (kode {code}): {found} nilai, seharusnya {expected}. "
        "Berkas itu rusak; unduh atau salin ulang. Tidak ada yang ditulis.",
        "Source file {file}, line {line} (code {code}): {found} values, expected {expected}. "
        "The file is damaged; download or copy it again. Nothing was written.",
    ),
    "reference.source.bad_row": (
        "Berkas sumber {file}, baris {line}, kode {code}, kolom {column}: nilai «{value}» tidak sah — {reason}. "
        "Unduh atau salin ulang berkas itu. Tidak ada yang ditulis.",
        "Source file {file}, line {line}, code {code}, column {column}: value «{value}» is invalid — {reason}. "
        "Download or copy that file again. Nothing was written.",
    ),
    "reference.source.reason.path": (
        "bukan daftar cincin [lat, lng] yang sah", "not a valid list of [lat, lng] rings",
    ),
    "reference.source.no_region": (
        "Berkas sumber {file} tidak berisi wilayah {region} beserta kecamatan dan desanya. "
        "Berkas itu mungkin terpotong; unduh atau salin ulang. Tidak ada yang ditulis.",
        "Source file {file} does not hold region {region} with its kecamatan and desa. "
        "The file may be truncated; download or copy it again. Nothing was written.",
    ),
    "reference.source.mismatch": (
        "{count} kode hanya ada di salah satu dari {codes_file} dan {boundary_file} (contoh: {examples}). "
        "Kedua berkas harus dari rilis yang cocok: unduh tanpa --source (versi yang dipatok) atau perbarui "
        "cermin. Tidak ada yang ditulis.",
        "{count} codes are in only one of {codes_file} and {boundary_file} (e.g. {examples}). Both files "
        "must come from matching releases: download without --source (the pinned versions) or update the "
        "mirror. Nothing was written.",
    ),
    "reference.check.orphan": (
        "Desa {code} di {file} termasuk kecamatan {parent}, yang tidak ada dalam daftar kecamatan wilayah "
        "{region}. Berkas sumber tidak lengkap; unduh atau salin ulang. Tidak ada yang ditulis.",
        "Desa {code} in {file} belongs to kecamatan {parent}, which is not a listed kecamatan of region "
        "{region}. The source file is incomplete; download or copy it again. Nothing was written.",
    ),
    "reference.check.empty_kecamatan": (
        "Kecamatan {code} ({name}) di {file} tidak memiliki satu pun desa, sehingga batasnya tidak bisa "
        "dibentuk dari desa. Berkas sumber tidak lengkap; unduh atau salin ulang. Tidak ada yang ditulis.",
        "Kecamatan {code} ({name}) in {file} has no desa, so its boundary cannot be built from desa. "
        "The source file is incomplete; download or copy it again. Nothing was written.",
    ),
    "reference.check.bad_polygon": (
        "Batas {code} dari {file} tidak bisa dipakai: {reason}. Unduh atau salin ulang berkas itu. "
        "Tidak ada yang ditulis.",
        "The boundary of {code} from {file} cannot be used: {reason}. Download or copy that file again. "
        "Nothing was written.",
    ),
    "reference.check.reason.empty": ("poligon kosong setelah diperbaiki", "empty polygon after repair"),
    "reference.check.reason.invalid": ("poligon tidak sah", "invalid polygon"),
    "reference.check.outside": (
        "{code} dari {file} berada di luar kotak wilayah {region} (bujur {lng_range}, lintang {lat_range}): "
        "{value}. Mungkin urutan [lat, lng] tertukar atau berkasnya untuk wilayah lain. Tidak ada yang ditulis.",
        "{code} from {file} lies outside the box of region {region} (longitude {lng_range}, latitude "
        "{lat_range}): {value}. The [lat, lng] order may be swapped or the file is for another region. "
        "Nothing was written.",
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
    # --- page: peta, the public map (issue 6) ----------------------------
    # (keys for the public map go below this line)
    # --- page: unggah and kualitas-data (issue 7) ------------------------
    # (keys for the upload and data quality pages go below this line)
    "quality.caption": (
        "Apakah setiap sumber data segar dan sah: keterlambatan per OPD, riwayat muat, baris yang ditolak, dan pemeriksaan lintas data.",
        "Is every source fresh and valid: lateness by agency, load history, rejected rows and cross-data checks.",
    ),
    "quality.metric.late": ("Indikator terlambat", "Late indicators"),
    "quality.metric.never": ("Belum pernah diterima", "Never received"),
    "quality.metric.late_datasets": ("Dataset bulanan terlambat", "Late monthly datasets"),
    "quality.metric.quarantined": ("Baris dikarantina", "Quarantined rows"),
    "quality.freshness.title": ("Kesegaran data per OPD", "Data freshness by agency"),
    "quality.freshness.caption": (
        "Setiap indikator dinilai terhadap frekuensinya: data periode terakhir harus masuk sebelum batas tenggang di data/catalog/settings.yaml.",
        "Each indicator is judged against its frequency: the latest period's data must arrive within the grace days in data/catalog/settings.yaml.",
    ),
    "quality.freshness.all_on_time": ("Semua indikator tepat waktu.", "Every indicator is on time."),
    "quality.datasets.title": ("Dataset dan muatan terakhir", "Datasets and their latest load"),
    "quality.datasets.caption": (
        "Baris nyata menggantikan baris data contoh untuk bulan yang sama; dataset registri diganti seluruhnya.",
        "Real rows replace sample rows for the same month; registry datasets are replaced whole.",
    ),
    "quality.loads.title": ("Riwayat muat", "Load history"),
    "quality.loads.no_quarantine": ("Belum ada muatan dengan baris yang dikarantina.", "No load has quarantined rows yet."),
    "quality.loads.rows_rejected": ("baris ditolak", "rows rejected"),
    "quality.loads.pick": ("Lihat baris yang dikarantina dari muatan", "Show the quarantined rows of load"),
    "quality.loads.sheet": ("Karantina", "Quarantine"),
    "quality.checks.title": ("Pemeriksaan lintas data · {month}", "Cross-data checks · {month}"),
    "quality.checks.no_target": ("Indikator tanpa target tahun ini ({count})", "Indicators without a target this year ({count})"),
    "quality.checks.stopped": ("Kecamatan yang berhenti melapor ({count})", "Kecamatan that stopped reporting ({count})"),
    "quality.checks.outliers": ("Nilai jauh di luar riwayatnya ({count})", "Values far outside their history ({count})"),
    "quality.checks.outliers_caption": (
        "Nilai kabupaten yang berjarak lebih dari 4 simpangan baku robust (1,4826 × MAD) dari median 12 periode sebelumnya. Periksa apakah salah ketik, salah satuan, atau perubahan nyata.",
        "Kabupaten values more than 4 robust standard deviations (1.4826 × MAD) from the median of the previous 12 periods. Check for typos, wrong units, or a real change.",
    ),
    "quality.col.opd": ("OPD", "Agency"),
    "quality.col.code": ("Kode", "Code"),
    "quality.col.indicator": ("Indikator", "Indicator"),
    "quality.col.expected": ("Periode yang diharapkan", "Expected period"),
    "quality.col.latest": ("Periode terakhir", "Latest period"),
    "quality.col.status": ("Status", "Status"),
    "quality.col.days_late": ("Hari terlambat", "Days late"),
    "quality.col.dataset": ("Dataset", "Dataset"),
    "quality.col.real_rows": ("Baris nyata", "Real rows"),
    "quality.col.sample_rows": ("Baris contoh", "Sample rows"),
    "quality.col.file": ("Berkas", "File"),
    "quality.col.by": ("Oleh", "By"),
    "quality.col.loaded_at": ("Dimuat", "Loaded"),
    "quality.col.channel": ("Jalur", "Channel"),
    "quality.col.rows_in": ("Baris masuk", "Rows in"),
    "quality.col.accepted": ("Diterima", "Accepted"),
    "quality.col.quarantined": ("Dikarantina", "Quarantined"),
    "quality.col.replaced": ("Menggantikan", "Replaced"),
    "quality.col.kecamatan": ("Kecamatan", "Kecamatan"),
    "quality.col.period": ("Periode", "Period"),
    "quality.col.value": ("Nilai", "Value"),
    "quality.col.median": ("Median sebelumnya", "Previous median"),
    "quality.col.score": ("Skor (σ robust)", "Score (robust σ)"),
    "status.tepat_waktu": ("Tepat waktu", "On time"),
    "status.terlambat": ("Terlambat", "Late"),
    "status.belum_pernah": ("Belum pernah diterima", "Never received"),
    "status.loaded": ("Dimuat", "Loaded"),
    "status.unchanged": ("Tidak berubah", "Unchanged"),
    "status.rejected": ("Ditolak", "Rejected"),
    "status.failed": ("Gagal", "Failed"),
    # --- CLI -------------------------------------------------------------
    "cli.interrupted": ("Dihentikan oleh pengguna. Tidak ada snapshot baru.", "Stopped by the user. No new snapshot."),
}


def t(key: str, lang: str = "id", /, **params: Any) -> str:
    """Text for ``key`` in ``lang`` (falls back to Indonesian), formatted with ``params``."""
    id_text, en_text = STRINGS[key]
    text = en_text if lang == "en" else id_text
    return text.format(**params) if params else text
