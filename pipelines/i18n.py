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
        "`.venv/bin/python -m pipelines reference download` (luring: tambahkan --source FOLDER-CERMIN).",
        "Reference geography folder not found: {path}. It must hold serang_kecamatan.csv, "
        "serang_desa.csv, serang_kecamatan_from_desa.geojson and serang_desa.geojson "
        "(Kemendagri codes). Set SERANG_REFERENCE_DIR to that folder, or download it with "
        "`.venv/bin/python -m pipelines reference download` (offline: add --source MIRROR-FOLDER).",
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
        "`.venv/bin/python -m pipelines reference download --source FOLDER` dengan FOLDER berisi salinan kedua "
        "repositori (wilayah/db/… dan wilayah_boundaries/db/…). Tidak ada yang ditulis.",
        "The reference geography could not be downloaded from {url} ({detail}). Without internet there are "
        "two options: set SERANG_REFERENCE_DIR to an existing reference folder, or run "
        "`.venv/bin/python -m pipelines reference download --source FOLDER` with FOLDER holding a copy of both "
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
        "Belum ada snapshot yang diterbitkan di {path}. Jalankan `.venv/bin/python -m pipelines build` "
        "(atau `make run`, yang membangunnya otomatis).",
        "No snapshot has been published in {path}. Run `.venv/bin/python -m pipelines build` "
        "(or `make run`, which builds it automatically).",
    ),
    "db.snapshot_incompatible": (
        "Snapshot {version} dibuat oleh versi program yang lain. Jalankan `.venv/bin/python -m pipelines build` sekali lagi.",
        "Snapshot {version} was made by another program version. Run `.venv/bin/python -m pipelines build` again.",
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
    "ringkasan.late_opd": ("OPD terlambat", "Agencies late"),
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
    "map.caption": (
        "Desa wisata dan titik pengelolaan sampah di Kabupaten Serang. Klik titik untuk detailnya.",
        "Tourism villages and waste points in Kabupaten Serang. Click a point for its details.",
    ),
    "map.layers": ("Lapisan titik", "Point layers"),
    "map.layer_desa_wisata": ("Desa wisata", "Tourism villages"),
    "map.layer_tps": ("TPS", "TPS"),
    "map.layer_tps3r": ("TPS3R", "TPS3R"),
    "map.layer_bank_sampah": ("Bank sampah", "Waste banks"),
    "map.layer_tpst": ("TPST", "TPST"),
    "map.layer_tpa": ("TPA", "TPA"),
    "map.category_rintisan": ("Desa wisata rintisan", "Tourism village: pioneering"),
    "map.category_berkembang": ("Desa wisata berkembang", "Tourism village: developing"),
    "map.category_maju": ("Desa wisata maju", "Tourism village: advanced"),
    "map.category_mandiri": ("Desa wisata mandiri", "Tourism village: independent"),
    "map.category_short_rintisan": ("rintisan", "pioneering"),
    "map.category_short_berkembang": ("berkembang", "developing"),
    "map.category_short_maju": ("maju", "advanced"),
    "map.category_short_mandiri": ("mandiri", "independent"),
    "map.group_sampah": ("Titik sampah", "Waste points"),
    "map.type_tps": ("TPS (tempat penampungan sementara)", "TPS (temporary collection point)"),
    "map.type_tps3r": ("TPS3R (olah sampah reduce-reuse-recycle)", "TPS3R (reduce-reuse-recycle site)"),
    "map.type_bank_sampah": ("Bank sampah", "Waste bank"),
    "map.type_tpst": ("TPST (tempat pengolahan sampah terpadu)", "TPST (integrated processing site)"),
    "map.type_tpa": ("TPA (tempat pemrosesan akhir)", "TPA (final disposal site)"),
    "map.place": ("Desa {desa}, Kec. {kecamatan}", "{desa} village, {kecamatan} district"),
    "map.detail_pengelola": ("Pengelola", "Managed by"),
    "map.detail_kontak": ("Kontak", "Contact"),
    "map.detail_kapasitas": ("Kapasitas", "Capacity"),
    "map.detail_jadwal": ("Jadwal", "Schedule"),
    "map.detail_tahun_mulai": ("Beroperasi sejak", "Operating since"),
    "map.detail_aktif": ("Beroperasi", "Operating"),
    "map.unit_ton_per_day": ("ton/hari", "t/day"),
    "map.yes": ("ya", "yes"),
    "map.no": ("tidak", "no"),
    "map.legend": ("Legenda", "Legend"),
    "map.reset_view": ("Tampilan awal", "Reset view"),
    "map.no_value": ("tidak ada data", "no data"),
    "map.boundary_kecamatan": ("Batas kecamatan", "Kecamatan boundaries"),
    "map.boundary_desa": ("Batas desa", "Village boundaries"),
    "map.more_layers": ("Batas & indikator", "Boundaries & indicator"),
    "map.indicator": ("Warnai kecamatan menurut indikator", "Colour kecamatan by indicator"),
    "map.indicator_none": ("Tanpa indikator", "No indicator"),
    "map.indicator_caption": ("Warna kecamatan: {name}, {period} ({source}).", "Kecamatan colours: {name}, {period} ({source})."),
    "map.indicator_empty": (
        "Indikator ini belum punya nilai per kecamatan sampai bulan laporan terpilih.",
        "This indicator has no values per kecamatan up to the selected report month.",
    ),
    "map.search": ("Cari nama lokasi atau desa", "Search a place or village name"),
    "map.search_placeholder": ("mis. Cikolelet", "e.g. Cikolelet"),
    "map.shown": ("{count} lokasi di peta", "{count} places on the map"),
    "map.outside": (
        "{count} titik tidak ditampilkan karena koordinatnya kosong atau di luar Kabupaten Serang.",
        "{count} points are not shown because their coordinates are missing or outside Kabupaten Serang.",
    ),
    "map.list_title": ("Daftar lokasi", "List of places"),
    "map.list_truncated": (
        "Menampilkan {shown} dari {total} lokasi. Persempit dengan pencarian atau pilihan kecamatan.",
        "Showing {shown} of {total} places. Narrow it down with the search or a kecamatan.",
    ),
    "map.no_layer": ("Pilih setidaknya satu lapisan titik untuk melihat lokasi.", "Choose at least one point layer to see places."),
    "map.no_match": ("Tidak ada lokasi yang cocok dengan pencarian «{query}».", "No place matches the search «{query}»."),
    "map.bad_tiles_setting": (
        "Pengaturan SERANG_MAP_TILES «{value}» tidak bisa dipakai. Isi dengan osm, none, atau templat URL "
        "ubin seperti https://ubin.contoh.go.id/{{z}}/{{x}}/{{y}}.png.",
        "The SERANG_MAP_TILES setting «{value}» cannot be used. Set it to osm, none, or a tile URL template "
        "such as https://tiles.example.go.id/{{z}}/{{x}}/{{y}}.png.",
    ),
    # --- page: unggah and kualitas-data (issue 7) ------------------------
    # (keys for the upload and data quality pages go below this line)
    "upload.caption": (
        "Kirim data OPD Anda sendiri: pilih dataset, unduh templat, unggah berkas, periksa pratinjau, lalu konfirmasi. "
        "Baris yang bermasalah tidak dimuat; Anda mendapat daftar dan berkasnya untuk diperbaiki.",
        "Send your own agency's data: pick the dataset, download the template, upload the file, check the preview, then "
        "confirm. Rows with problems are not loaded; you get the list and a file to fix them.",
    ),
    "upload.no_datasets": (
        "Belum ada dataset yang dapat dikirim oleh OPD {opd}. Hubungi admin data (Diskominfosatik).",
        "There is no dataset agency {opd} can send yet. Contact the data admin (Diskominfosatik).",
    ),
    "upload.step.dataset": ("1. Pilih dataset", "1. Choose the dataset"),
    "upload.step.template": ("2. Unduh templat", "2. Download the template"),
    "upload.step.file": ("3. Unggah berkas", "3. Upload the file"),
    "upload.step.preview": ("4. Periksa pratinjau", "4. Check the preview"),
    "upload.step.confirm": ("5. Konfirmasi", "5. Confirm"),
    "upload.step.result": ("Hasil", "Result"),
    "upload.dataset": ("Dataset", "Dataset"),
    "upload.dataset.owner": ("Dataset milik **{opd}**.", "Dataset owned by **{opd}**."),
    "upload.dataset.shared": (
        "Dataset bersama: setiap OPD mengirim nilai indikator miliknya sendiri.",
        "Shared dataset: each agency sends the values of its own indicators.",
    ),
    "upload.dataset.required": ("Kolom wajib: {columns}", "Required columns: {columns}"),
    "upload.dataset.optional": ("Kolom pilihan: {columns}", "Optional columns: {columns}"),
    "upload.dataset.replace_period": (
        "Data yang Anda kirim menggantikan data contoh untuk bulan yang sama; mengirim ulang kunci yang sama "
        "memperbarui nilainya, dan riwayat muat menyimpan keduanya.",
        "What you send replaces the sample data for the same months; sending the same keys again updates their "
        "values, and the load history keeps both.",
    ),
    "upload.dataset.replace_all": (
        "Daftar ini menggantikan seluruh daftar data contoh; mengirim ulang baris dengan kunci yang sama memperbaruinya.",
        "This list replaces the whole sample list; sending rows with the same keys again updates them.",
    ),
    "upload.replace_all.first": (
        "Ini berkas nyata pertama untuk daftar ini: seluruh {demo} baris data contoh diganti oleh {accepted} "
        "baris dari berkas ini. Yang tidak ada di berkas tidak tampil lagi di peta dan halaman, dan indikator "
        "{program} dihitung ulang dari daftar baru. Kirim daftar yang lengkap.",
        "This is the first real file for this list: all {demo} sample rows are replaced by the {accepted} rows "
        "of this file. What the file leaves out no longer shows on maps and pages, and the {program} indicators "
        "are recomputed from the new list. Send the complete list.",
    ),
    "upload.replace_all.tick": (
        "Saya mengerti: daftar data contoh diganti seluruhnya oleh berkas ini",
        "I understand: the whole sample list is replaced by this file",
    ),
    "upload.replace_all.adds": (
        "Daftar nyata sudah berisi {real} baris. Baris dengan kunci yang sama diperbarui; {accepted} baris "
        "dari berkas ini ditambahkan atau memperbarui yang ada.",
        "The real list already holds {real} rows. Rows with the same keys are updated; the {accepted} rows of "
        "this file are added or update existing ones.",
    ),
    "upload.indicators.title": ("Indikator yang boleh dikirim {opd} ({count})", "Indicators {opd} may send ({count})"),
    "upload.indicators.caption": (
        "Baris berisi indikator milik OPD lain tidak dimuat. Minta OPD pemiliknya mengirimkannya.",
        "Rows holding another agency's indicator are not loaded. Ask the owning agency to send them.",
    ),
    "upload.col.frequency": ("Frekuensi", "Frequency"),
    "upload.col.level": ("Wilayah paling rinci", "Finest region level"),
    "upload.col.unit": ("Satuan", "Unit"),
    "upload.template.caption": (
        "Isi templat ini di Excel: judul kolom sudah benar, setiap judul berisi catatan cara mengisinya, dan "
        "pilihan tetap tersedia sebagai daftar. CSV cocok untuk sistem lain.",
        "Fill in this template in Excel: the headers are right, each header has a note on how to fill it, and fixed "
        "choices come as drop-down lists. CSV suits other systems.",
    ),
    "upload.template.xlsx": ("Templat XLSX", "XLSX template"),
    "upload.template.csv": ("Templat CSV", "CSV template"),
    "upload.limits": (
        "Jenis berkas: {types}. Ukuran paling besar {size} MB per berkas. Isi berkas diperiksa, bukan hanya namanya.",
        "File types: {types}. At most {size} MB per file. The content is checked, not only the name.",
    ),
    "upload.file": ("Berkas data", "Data file"),
    "upload.file.help": (
        "Seret berkas ke sini atau klik «Browse files». Berkas belum dimuat sebelum Anda menekan tombol konfirmasi.",
        "Drag the file here or click «Browse files». Nothing is loaded before you press the confirm button.",
    ),
    "upload.sheet.ask": ("Lembar mana yang berisi data?", "Which sheet holds the data?"),
    "upload.sheet.choose": (
        "Beberapa lembar cocok dengan dataset ini: {sheets}. Pilih satu untuk melihat pratinjaunya.",
        "Several sheets fit this dataset: {sheets}. Choose one to see its preview.",
    ),
    "upload.metric.rows_in": ("Baris dibaca", "Rows read"),
    "upload.metric.would_accept": ("Akan dimuat", "Would be loaded"),
    "upload.metric.would_quarantine": ("Akan dikarantina", "Would be quarantined"),
    "upload.metric.accepted": ("Dimuat", "Loaded"),
    "upload.metric.quarantined": ("Dikarantina", "Quarantined"),
    "upload.metric.replaced": ("Nilai lama diganti", "Earlier values replaced"),
    "upload.preview.sheet": ("Lembar «{sheet}»", "Sheet «{sheet}»"),
    "upload.preview.header_row": ("Judul kolom di baris {row}", "Headers on row {row}"),
    "upload.preview.extra": ("Kolom yang tidak dipakai: {columns}.", "Columns not used: {columns}."),
    "upload.preview.periods": ("Periode dalam berkas: {periods}", "Periods in the file: {periods}"),
    "upload.preview.more": ("dan {count} lainnya", "and {count} more"),
    "upload.preview.errors": (
        "Baris yang akan dikarantina — {shown} masalah pertama dari {total}:",
        "Rows that would be quarantined — first {shown} problems of {total}:",
    ),
    "upload.preview.notes": ("Catatan pembacaan berkas ({count})", "Notes on reading the file ({count})"),
    "upload.match.exact": ("nama sama", "same name"),
    "upload.match.alias": ("nama lain «{alias}»", "other name «{alias}»"),
    "upload.match.missing_optional": ("tidak ada (pilihan)", "absent (optional)"),
    "upload.col.dataset_column": ("Kolom dataset", "Dataset column"),
    "upload.col.required": ("Wajib", "Required"),
    "upload.col.header": ("Judul di berkas", "Header in the file"),
    "upload.col.recognised": ("Dikenali sebagai", "Recognised by"),
    "upload.col.number_format": ("Format angka", "Number format"),
    "upload.col.row": ("Baris", "Row"),
    "upload.col.column": ("Kolom", "Column"),
    "upload.col.value": ("Nilai", "Value"),
    "upload.col.reason": ("Alasan", "Reason"),
    "upload.confirm": ("Muat {count} baris", "Load {count} rows"),
    "upload.confirm.nothing": (
        "Tidak ada baris yang bisa dimuat. Anda tetap bisa mengirimnya untuk mendapat daftar baris yang dikarantina, "
        "tetapi sebaiknya perbaiki berkasnya dulu.",
        "No row can be loaded. You can still send it to get the list of quarantined rows, but better fix the file first.",
    ),
    "upload.running": ("Memuat {file}…", "Loading {file}…"),
    "upload.queued": ("Menunggu giliran…", "Waiting to start…"),
    "upload.waiting": (
        "Menunggu giliran: proses lain (unggahan lain atau pembangunan data) sedang menulis gudang data. "
        "Berkas Anda dimuat otomatis sesudahnya; biarkan halaman ini terbuka.",
        "Waiting for its turn: another process (another upload or a data build) is writing the warehouse. "
        "Your file is loaded right after; keep this page open.",
    ),
    "upload.waited": ("Sempat menunggu proses lain selesai menulis gudang data.",
                      "Waited for another process to finish writing the warehouse."),
    "upload.finished": ("Selesai", "Done"),
    "upload.finished_error": ("Berkas tidak dimuat", "The file was not loaded"),
    "upload.failed": (
        "Pemuatan gagal karena kesalahan yang tidak terduga ({kind}). Dasbor tetap menampilkan data sebelumnya. "
        "Coba unggah lagi; bila gagal lagi, laporkan ke admin data (Diskominfosatik) beserta waktu kejadian.",
        "Loading failed with an unexpected error ({kind}). The dashboard still shows the previous data. "
        "Try the upload again; if it fails again, report it to the data admin (Diskominfosatik) with the time.",
    ),
    "upload.result.loaded": (
        "Berkas {file} dimuat ke «{dataset}»: {accepted} baris masuk, {quarantined} baris dikarantina. "
        "Snapshot {version} diterbitkan; semua halaman dasbor memakai angka baru ini.",
        "File {file} was loaded into «{dataset}»: {accepted} rows in, {quarantined} rows quarantined. "
        "Snapshot {version} published; every dashboard page uses these new figures.",
    ),
    "upload.result.unchanged": (
        "Berkas {file} sama dengan yang sudah dimuat sebelumnya ke «{dataset}»; tidak ada yang berubah "
        "({accepted} baris masuk, {quarantined} baris dikarantina).",
        "File {file} is the same as one already loaded into «{dataset}»; nothing changed "
        "({accepted} rows in, {quarantined} rows quarantined).",
    ),
    "upload.result.errors": (
        "Baris yang dikarantina — {shown} masalah dari {total}:",
        "Quarantined rows — {shown} problems of {total}:",
    ),
    "upload.result.download_caption": (
        "Unduh baris yang dikarantina, perbaiki kolom yang disebut di «alasan», lalu unggah berkas itu lagi "
        "(kolom baris, alasan dan berkas boleh dibiarkan).",
        "Download the quarantined rows, fix the columns named in «reason», then upload that file again "
        "(the row, reason and file columns may stay).",
    ),
    "upload.quarantine.sheet": ("karantina", "quarantine"),
    "upload.again": ("Unggah berkas lain", "Upload another file"),
    "upload.history.title": ("Riwayat muat dataset ini", "Load history of this dataset"),
    "upload.history.none": ("Belum ada berkas yang dimuat untuk dataset ini.", "No file has been loaded for this dataset yet."),
    "upload.channel.unggah": ("halaman unggah", "upload page"),
    "upload.channel.cli": ("baris perintah", "command line"),
    "upload.channel.inbox": ("folder inbox", "inbox folder"),
    "upload.channel.build": ("pembangunan data", "data build"),
    "upload.dataset_not_yours": (
        "Dataset «{dataset}» milik {owner}; akun OPD {opd} tidak dapat mengirimnya. Pilih dataset OPD Anda sendiri, "
        "atau minta {owner} atau admin data mengirimnya.",
        "Dataset «{dataset}» belongs to {owner}; an account of agency {opd} cannot send it. Choose your own agency's "
        "dataset, or ask {owner} or the data admin to send it.",
    ),
    "ingest.note.recovered": (
        "Berkas ini sudah tersimpan oleh unggahan sebelumnya yang terhenti sebelum diterbitkan; snapshot {version} "
        "kini menerbitkannya.",
        "This file was already stored by an earlier upload that stopped before publishing; snapshot {version} now "
        "publishes it.",
    ),
    "upload.result.recovered": (
        "Berkas {file} sudah tersimpan oleh unggahan sebelumnya yang terputus, tetapi belum tampil di dasbor. "
        "Kini snapshot {version} diterbitkan: {accepted} baris masuk, {quarantined} baris dikarantina.",
        "File {file} was already stored by an earlier, interrupted upload but did not show on the dashboard yet. "
        "Snapshot {version} is now published: {accepted} rows in, {quarantined} rows quarantined.",
    ),
    "ingest.reason.other_opd": (
        "indikator ini milik OPD {owner}; akun OPD {opd} hanya dapat mengirim indikator milik {opd}. "
        "Hapus baris ini dan minta {owner} mengirimnya.",
        "this indicator belongs to agency {owner}; an account of agency {opd} can only send {opd}'s indicators. "
        "Remove this row and ask {owner} to send it.",
    ),
    "upload.reject.type": (
        "Berkas {file} tidak diterima: jenis «{suffix}» tidak dibaca untuk dataset ini. Yang diterima: {allowed}.",
        "File {file} is not accepted: type «{suffix}» is not read for this dataset. Accepted: {allowed}.",
    ),
    "upload.reject.too_big": (
        "Berkas {file} berukuran {size} MB, melebihi batas {limit} MB per unggahan. Bagi datanya menjadi beberapa "
        "berkas (mis. per bulan), atau kirim lewat admin data.",
        "File {file} is {size} MB, over the {limit} MB limit per upload. Split the data into several files "
        "(e.g. per month), or send it through the data admin.",
    ),
    "upload.reject.empty": ("Berkas {file} kosong. Kirim berkas yang berisi judul kolom dan data.",
                            "File {file} is empty. Send a file with a header row and data."),
    "upload.reject.unpacked": (
        "Berkas {file} membengkak menjadi {size} MB saat dibuka; itu bukan laporan biasa. Simpan ulang dari Excel "
        "hanya dengan lembar datanya.",
        "File {file} expands to {size} MB when opened; that is not an ordinary report. Save it again from Excel "
        "with only its data sheet.",
    ),
    "upload.reject.content_csv": (
        "Berkas {file} berisi teks biasa (seperti CSV), padahal namanya berakhiran {suffix}. Ganti akhirannya menjadi "
        ".csv, atau simpan ulang dari program asalnya dalam format {suffix}.",
        "File {file} holds plain text (like CSV), but its name ends in {suffix}. Rename it to .csv, or save it again "
        "as {suffix} from the program that made it.",
    ),
    "upload.reject.content_xlsx": (
        "Berkas {file} adalah buku kerja Excel (.xlsx), padahal namanya berakhiran {suffix}. Ganti akhirannya menjadi "
        ".xlsx, atau dari Excel pilih «Simpan Sebagai» CSV UTF-8.",
        "File {file} is an Excel workbook (.xlsx), but its name ends in {suffix}. Rename it to .xlsx, or in Excel "
        "choose «Save As» CSV UTF-8.",
    ),
    "upload.reject.content_geojson": (
        "Berkas {file} berisi JSON/GeoJSON, padahal namanya berakhiran {suffix}. Beri akhiran .geojson "
        "(untuk dataset berlokasi), atau kirim tabelnya sebagai .csv atau .xlsx.",
        "File {file} holds JSON/GeoJSON, but its name ends in {suffix}. Name it .geojson (for datasets with "
        "locations), or send the table as .csv or .xlsx.",
    ),
    "upload.reject.content_zip": (
        "Berkas {file} adalah arsip ZIP atau dokumen lain (mis. .docx, .ods), bukan buku kerja Excel. Buka di Excel "
        "lalu simpan sebagai .xlsx.",
        "File {file} is a ZIP archive or another document (e.g. .docx, .ods), not an Excel workbook. Open it in Excel "
        "and save it as .xlsx.",
    ),
    "upload.reject.content_xls": (
        "Berkas {file} berformat Excel lama (.xls 97-2003). Buka di Excel, pilih «Simpan Sebagai» .xlsx, lalu unggah lagi.",
        "File {file} is in the old Excel format (.xls 97-2003). Open it in Excel, «Save As» .xlsx, then upload again.",
    ),
    "upload.reject.content_pdf": (
        "Berkas {file} adalah PDF; angka di PDF tidak bisa dibaca. Kirim tabelnya sebagai .xlsx atau .csv (pakai templat).",
        "File {file} is a PDF; figures in a PDF cannot be read. Send the table as .xlsx or .csv (use the template).",
    ),
    "upload.reject.content_image": (
        "Berkas {file} adalah gambar, bukan tabel data. Kirim tabelnya sebagai .xlsx atau .csv (pakai templat).",
        "File {file} is an image, not a data table. Send the table as .xlsx or .csv (use the template).",
    ),
    "upload.reject.content_archive": (
        "Berkas {file} adalah arsip terkompresi (zip/rar/7z/gz). Ekstrak dulu, lalu unggah berkas .csv atau .xlsx di dalamnya.",
        "File {file} is a compressed archive (zip/rar/7z/gz). Extract it first, then upload the .csv or .xlsx inside.",
    ),
    "upload.reject.content_program": (
        "Berkas {file} adalah program, bukan data. Unggah tabel data sebagai .csv atau .xlsx.",
        "File {file} is a program, not data. Upload the data table as .csv or .xlsx.",
    ),
    "upload.reject.content_binary": (
        "Berkas {file} berisi data biner, bukan teks CSV. Dari Excel simpan sebagai «CSV UTF-8», atau kirim .xlsx.",
        "File {file} holds binary data, not CSV text. Save it from Excel as «CSV UTF-8», or send the .xlsx.",
    ),
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
    # --- ingest: agency files in, validation, quarantine, templates, export ---
    "dataset.unknown": (
        "Dataset «{name}» tidak dikenal. Pilih salah satu: {known}.",
        "Unknown dataset «{name}». Choose one of: {known}.",
    ),
    "ingest.step.read": ("Membaca berkas", "Reading the file"),
    "ingest.step.validate": ("Memeriksa baris", "Checking rows"),
    "ingest.step.load": ("Memuat ke gudang data", "Loading into the warehouse"),
    "ingest.step.transform": ("Menghitung ulang indikator", "Recomputing indicators"),
    "ingest.step.publish": ("Menerbitkan snapshot", "Publishing snapshot"),
    "ingest.not_built": (
        "Gudang data belum dibangun di {path}. Jalankan `.venv/bin/python -m pipelines build` sekali, lalu ulangi perintah ini.",
        "The warehouse has not been built in {path}. Run `.venv/bin/python -m pipelines build` once, then run this again.",
    ),
    "ingest.missing_file": (
        "Berkas {file} tidak ditemukan. Periksa nama dan foldernya.",
        "File {file} not found. Check its name and folder.",
    ),
    "ingest.rejected": (
        "Berkas {file} ditolak seluruhnya untuk dataset {dataset}: {reason}",
        "File {file} was rejected whole for dataset {dataset}: {reason}",
    ),
    "ingest.summary": (
        "{file} → {dataset}: {status}. {rows_in} baris dibaca, {accepted} diterima, {quarantined} dikarantina.",
        "{file} → {dataset}: {status}. {rows_in} rows read, {accepted} accepted, {quarantined} quarantined.",
    ),
    "ingest.summary.snapshot": ("Snapshot {version} diterbitkan.", "Snapshot {version} published."),
    "ingest.summary.replaced": ("{count} nilai lama diganti.", "{count} earlier values replaced."),
    "ingest.summary.more_errors": (
        "… dan {count} masalah lain. Unduh semuanya: `.venv/bin/python -m pipelines quarantine --dataset {dataset} --out karantina.xlsx`.",
        "… and {count} more problems. Download them all: `.venv/bin/python -m pipelines quarantine --dataset {dataset} --out quarantine.xlsx`.",
    ),
    "ingest.problem": ("Baris {row}, kolom {column}, nilai «{value}»: {message}",
                       "Row {row}, column {column}, value «{value}»: {message}"),
    "ingest.status.loaded": ("dimuat", "loaded"),
    "ingest.status.unchanged": ("tidak berubah (berkas yang sama sudah dimuat)", "unchanged (the same file is already loaded)"),
    "ingest.status.rejected": ("ditolak", "rejected"),
    "ingest.reject.empty": ("berkas kosong. Kirim berkas yang berisi baris judul kolom dan data.",
                            "the file is empty. Send a file with a header row and data."),
    "ingest.reject.not_text": (
        "berkas ini bukan teks CSV (isinya biner). Simpan dari Excel sebagai «CSV UTF-8» atau kirim berkas .xlsx.",
        "this is not a CSV text file (binary content). Save it from Excel as «CSV UTF-8» or send the .xlsx file.",
    ),
    "ingest.reject.xls": (
        "format .xls (Excel 97-2003) tidak dibaca. Buka di Excel lalu «Simpan Sebagai» .xlsx, kemudian kirim ulang.",
        "the .xls format (Excel 97-2003) is not read. Open it in Excel, «Save As» .xlsx and send it again.",
    ),
    "ingest.reject.suffix": (
        "jenis berkas «{suffix}» tidak didukung. Kirim .csv, .xlsx atau .geojson (lihat templat dataset).",
        "file type «{suffix}» is not supported. Send .csv, .xlsx or .geojson (see the dataset template).",
    ),
    "ingest.reject.bad_xlsx": (
        "berkas .xlsx tidak bisa dibuka (rusak atau bukan buku kerja Excel). Simpan ulang dari Excel lalu kirim lagi.",
        "the .xlsx file cannot be opened (damaged or not an Excel workbook). Save it again from Excel and resend.",
    ),
    "ingest.reject.no_such_sheet": (
        "lembar «{sheet}» tidak ada. Lembar di berkas ini: {sheets}.",
        "sheet «{sheet}» does not exist. Sheets in this file: {sheets}.",
    ),
    "ingest.reject.choose_sheet": (
        "ada beberapa lembar yang cocok: {sheets}. Pilih satu (CLI: --sheet NAMA), atau beri lembar data nama «{dataset}».",
        "several sheets fit: {sheets}. Choose one (CLI: --sheet NAME), or name the data sheet «{dataset}».",
    ),
    "ingest.reject.columns": (
        "kolom wajib tidak ditemukan: {missing}. Kolom yang ditemukan (baris {row}): {found}. "
        "Kolom wajib dataset ini: {expected}. Gunakan templat dataset ini (unduh di halaman Unggah Data, atau "
        "`.venv/bin/python -m pipelines template NAMA --out berkas.xlsx`) "
        "atau ganti judul kolom; nama lain yang diterima tercantum di catatan templat.",
        "required columns not found: {missing}. Columns found (row {row}): {found}. "
        "Required columns of this dataset: {expected}. Use this dataset's template (download it on the Upload Data "
        "page, or `.venv/bin/python -m pipelines template NAME --out file.xlsx`) "
        "or rename the headers; accepted alternative names are listed in the template notes.",
    ),
    "ingest.reject.no_rows": (
        "tidak ada baris data di bawah judul kolom (baris contoh templat tidak dihitung). Isi datanya lalu kirim lagi.",
        "there are no data rows below the headers (the template example row does not count). Fill in the data and resend.",
    ),
    "ingest.reject.bad_geojson": (
        "GeoJSON tidak bisa dibaca ({detail}). Yang diharapkan: FeatureCollection dengan titik atau poligon.",
        "the GeoJSON cannot be read ({detail}). Expected: a FeatureCollection of points or polygons.",
    ),
    "ingest.reject.geojson_not_accepted": (
        "dataset {dataset} tidak berisi lokasi; kirim .csv atau .xlsx.",
        "dataset {dataset} holds no locations; send .csv or .xlsx.",
    ),
    "ingest.reject.unknown_crs": (
        "sistem koordinat «{crs}» tidak dikenal. Simpan ulang GeoJSON dalam WGS84 (EPSG:4326).",
        "coordinate system «{crs}» is unknown. Save the GeoJSON again in WGS84 (EPSG:4326).",
    ),
    "ingest.reject.projected_without_crs": (
        "koordinat tampak terproyeksi (meter, mis. UTM) tetapi sistem koordinatnya tidak disebut. "
        "Ekspor ulang GeoJSON dalam WGS84 (EPSG:4326) dari QGIS/ArcGIS.",
        "coordinates look projected (metres, e.g. UTM) but the file names no coordinate system. "
        "Export the GeoJSON again in WGS84 (EPSG:4326) from QGIS/ArcGIS.",
    ),
    "ingest.note.encoding": ("Berkas dibaca sebagai {encoding} (bukan UTF-8).", "File read as {encoding} (not UTF-8)."),
    "ingest.note.delimiter": ("Pemisah kolom: «{delimiter}».", "Column delimiter: «{delimiter}»."),
    "ingest.note.sheet": ("Lembar yang dibaca: «{sheet}».", "Sheet read: «{sheet}»."),
    "ingest.note.header_row": ("Judul kolom ditemukan di baris {row}; baris di atasnya dilewati.",
                               "Column headers found on row {row}; the rows above were skipped."),
    "ingest.note.alias": ("Kolom «{header}» dibaca sebagai {column}.", "Column «{header}» read as {column}."),
    "ingest.note.extra": ("Kolom yang tidak dipakai: {columns}.", "Columns not used: {columns}."),
    "ingest.note.duplicate_columns": ("Kolom ganda diabaikan: {columns}.", "Duplicate columns ignored: {columns}."),
    "ingest.note.totals_skipped": ("Baris total (JUMLAH/TOTAL) dilewati: {rows}.", "Totals rows (JUMLAH/TOTAL) skipped: {rows}."),
    "ingest.note.footnotes_skipped": ("Baris catatan/sumber di bawah tabel dilewati: {rows}.",
                                      "Footnote/source rows below the table skipped: {rows}."),
    "ingest.note.example_skipped": ("Baris contoh dari templat dilewati: {rows}.", "Template example row skipped: {rows}."),
    "ingest.note.convention": ("Kolom {column}: angka dibaca dengan {convention}.",
                               "Column {column}: numbers read with {convention}."),
    "ingest.note.assumed_indonesian": (
        "Kolom {column}: semua angka bisa dibaca dua cara; dibaca dengan format Indonesia (titik = ribuan, "
        "koma = desimal), jadi «{value}» = {read}, bukan {other}. Bila maksudnya lain, tulis desimal dengan koma.",
        "Column {column}: every number reads two ways; read with the Indonesian format (dot = thousands, "
        "comma = decimal), so «{value}» = {read}, not {other}. If you meant otherwise, write decimals with a comma.",
    ),
    "ingest.note.excel_serials": ("Kolom {column}: {count} tanggal berupa nomor seri Excel dan dikonversi.",
                                  "Column {column}: {count} dates were Excel serial numbers and were converted."),
    "ingest.note.codes_dotted": ("Kolom {column}: {count} kode tanpa titik ditulis ulang dengan titik (mis. 36.04.05.2001).",
                                 "Column {column}: {count} codes without dots were rewritten with dots (e.g. 36.04.05.2001)."),
    "ingest.note.reprojected": ("Koordinat dikonversi dari {crs} ke WGS84.", "Coordinates converted from {crs} to WGS84."),
    "ingest.note.polygon_points": ("{count} poligon/garis diwakili satu titik di dalamnya.",
                                   "{count} polygons/lines represented by a point inside them."),
    "ingest.note.polygons_repaired": ("{count} poligon tidak sah diperbaiki sebelum dipakai.",
                                      "{count} invalid polygons were repaired before use."),
    "ingest.note.geometry_unreadable": ("{count} fitur punya geometri yang tidak terbaca.",
                                        "{count} features have unreadable geometry."),
    "ingest.note.replaced": ("{count} nilai lama untuk kunci yang sama diganti oleh berkas ini.",
                             "{count} earlier values for the same keys were replaced by this file."),
    "ingest.note.inbox_unknown": ("folder inbox/{folder} bukan nama dataset; dilewati", "inbox/{folder} is not a dataset name; skipped"),
    "ingest.convention.id": ("format Indonesia (1.234,5)", "the Indonesian format (1.234,5)"),
    "ingest.convention.en": ("titik desimal (1234.5 / 1,234.5)", "dot decimals (1234.5 / 1,234.5)"),
    "ingest.convention.plain": ("angka tanpa pemisah ribuan", "numbers without thousands separators"),
    "ingest.level.desa": ("desa", "desa (village)"),
    "ingest.level.kecamatan": ("kecamatan", "kecamatan (district)"),
    "ingest.level.kabupaten": ("kabupaten", "kabupaten (regency)"),
    "ingest.level.any": ("wilayah", "region"),
    "ingest.frequency.monthly": ("bulanan", "monthly"),
    "ingest.frequency.quarterly": ("triwulanan", "quarterly"),
    "ingest.frequency.yearly": ("tahunan", "yearly"),
    "ingest.reason.required": ("wajib diisi; isi nilainya atau hapus baris ini.",
                               "is required; fill it in or remove the row."),
    "ingest.reason.not_number": ("bukan angka; tulis seperti 1.234,5 atau 1234.5.",
                                 "is not a number; write e.g. 1.234,5 or 1234.5."),
    "ingest.reason.mixed_number": (
        "ditulis dengan format angka yang berbeda dari baris lain di kolom ini (kolom dibaca dengan {convention}); "
        "samakan penulisannya.",
        "uses another number format than the other rows of this column (the column was read with {convention}); "
        "write it the same way.",
    ),
    "ingest.reason.not_integer": ("harus bilangan bulat.", "must be a whole number."),
    "ingest.reason.below_minimum": ("tidak boleh kurang dari {minimum}.", "must not be below {minimum}."),
    "ingest.reason.above_maximum": ("tidak boleh lebih dari {maximum}.", "must not be above {maximum}."),
    "ingest.reason.not_date": (
        "bukan tanggal yang dikenali; tulis seperti 17/08/2024, 2024-08-17 atau 17 Agustus 2024.",
        "is not a recognised date; write e.g. 17/08/2024, 2024-08-17 or 17 Agustus 2024.",
    ),
    "ingest.reason.not_timestamp": (
        "bukan waktu yang dikenali; tulis seperti 17/08/2024 08.30 atau 2024-08-17 08:30 WIB.",
        "is not a recognised time; write e.g. 17/08/2024 08.30 or 2024-08-17 08:30 WIB.",
    ),
    "ingest.reason.month_first": (
        "tampak ditulis bulan/hari/tahun; tulis hari lebih dulu, mis. 17/08/2024.",
        "looks like month/day/year; write the day first, e.g. 17/08/2024.",
    ),
    "ingest.reason.not_period": (
        "bukan periode yang dikenali; tulis seperti 2024-08, Agustus 2024, 2024-Q3 atau 2024.",
        "is not a recognised period; write e.g. 2024-08, Agustus 2024, 2024-Q3 or 2024.",
    ),
    "ingest.reason.not_month": ("harus satu bulan, seperti 2024-08 atau Agustus 2024.",
                                "must be one month, such as 2024-08 or Agustus 2024."),
    "ingest.reason.not_year": ("harus tahun empat angka, seperti 2024.", "must be a four-digit year, such as 2024."),
    "ingest.reason.future": ("berada di masa depan (hari ini {today}); periksa tanggal atau tahunnya.",
                             "lies in the future (today is {today}); check the date or year."),
    "ingest.reason.not_allowed": ("bukan salah satu pilihan; pilih: {allowed}.", "is not one of the choices; choose: {allowed}."),
    "ingest.reason.unknown_indicator": (
        "kode indikator tidak ada di katalog; gunakan kode dari daftar templat (mis. {example}).",
        "the indicator code is not in the catalog; use a code from the template list (e.g. {example}).",
    ),
    "ingest.reason.unknown_service": ("layanan tidak ada di katalog Serang Tatu; pilih: {allowed}.",
                                      "the service is not in the Serang Tatu catalog; choose: {allowed}."),
    "ingest.reason.code_format": (
        "bukan kode {level} Kemendagri; tulis sebagai teks dengan titik, seperti {pattern}.",
        "is not a Kemendagri {level} code; write it as text with dots, like {pattern}.",
    ),
    "ingest.reason.wrong_level": (
        "ini kode {found}, sedangkan kolom ini memerlukan kode {expected} (seperti {pattern}).",
        "this is a {found} code, but this column needs a {expected} code (like {pattern}).",
    ),
    "ingest.reason.unknown_code": (
        "kode {level} ini tidak ada di data rujukan Kabupaten Serang; periksa angkanya (setiap angka nol ikut dihitung).",
        "this {level} code is not in the Kabupaten Serang reference; check the digits (every zero counts).",
    ),
    "ingest.reason.level_too_fine": (
        "indikator ini dilaporkan paling rinci per {level}; gunakan kode {level} atau 36.04 untuk kabupaten.",
        "this indicator is reported at most per {level}; use a {level} code or 36.04 for the regency.",
    ),
    "ingest.reason.kabupaten_only": (
        "indikator ini hanya dilaporkan untuk seluruh kabupaten; gunakan kode 36.04.",
        "this indicator is reported for the whole regency only; use code 36.04.",
    ),
    "ingest.reason.frequency": (
        "indikator ini {frequency}; tulis periode seperti {example}.",
        "this indicator is {frequency}; write the period like {example}.",
    ),
    "ingest.reason.indicator_range": (
        "di luar rentang {minimum}–{maximum} untuk indikator {indicator} (satuan {unit}).",
        "outside the range {minimum}–{maximum} for indicator {indicator} (unit {unit}).",
    ),
    "ingest.reason.swapped": (
        "lintang dan bujur tampak tertukar; di Kabupaten Serang lintang sekitar -6 dan bujur sekitar 106.",
        "latitude and longitude look swapped; in Kabupaten Serang latitude is about -6 and longitude about 106.",
    ),
    "ingest.reason.latitude_sign": (
        "lintang harus negatif (selatan khatulistiwa), mis. -6,05.",
        "latitude must be negative (south of the equator), e.g. -6.05.",
    ),
    "ingest.reason.outside_region": (
        "koordinat di luar Kabupaten Serang; periksa lintang (sekitar -6) dan bujur (sekitar 106).",
        "coordinates outside Kabupaten Serang; check latitude (about -6) and longitude (about 106).",
    ),
    "ingest.reason.check>=": ("{left} tidak boleh lebih awal/kecil dari {right}.", "{left} must not be earlier/smaller than {right}."),
    "ingest.reason.check<=": ("{left} tidak boleh lebih besar dari {right}.", "{left} must not be larger than {right}."),
    "ingest.reason.duplicate_key": (
        "kunci ({columns}) sama dengan baris {row}; hapus salah satunya atau perbaiki isinya.",
        "the key ({columns}) repeats row {row}; remove one of them or correct it.",
    ),
    # --- datasets and columns: labels and template notes (names match pipelines/datasets.py) ---
    "dataset.indikator": ("Nilai indikator (format universal)", "Indicator values (universal format)"),
    "dataset.layanan_serang_tatu": ("Permohonan layanan Serang Tatu", "Serang Tatu service requests"),
    "dataset.desa_wisata": ("Daftar desa wisata", "Tourism villages"),
    "dataset.kategori_desa_wisata": ("Kategori desa wisata per tahun", "Tourism village category per year"),
    "dataset.kunjungan_desa_wisata": ("Kunjungan desa wisata per bulan", "Tourism village visits per month"),
    "dataset.produksi_perikanan": ("Produksi perikanan per bulan", "Fisheries production per month"),
    "dataset.produk_ovop": ("Produk OVOP perikanan", "OVOP fisheries products"),
    "dataset.perjalanan_transformer": ("Perjalanan Transformer per hari", "Transformer trips per day"),
    "dataset.titik_sampah": ("Titik pengelolaan sampah", "Waste management points"),
    "dataset.tonase_sampah": ("Tonase sampah per bulan", "Waste tonnage per month"),
    "dataset.lokasi_pojok_dolan": ("Lokasi Pojok Dolan", "Pojok Dolan sites"),
    "dataset.kunjungan_pojok_dolan": ("Kunjungan Pojok Dolan per bulan", "Pojok Dolan visits per month"),
    "column.kode_indikator": ("Kode indikator", "Indicator code"),
    "column.kode_indikator.note": ("Kode dari katalog indikator (lembar «pilihan»).", "Code from the indicator catalog («pilihan» sheet)."),
    "column.periode": ("Periode", "Period"),
    "column.periode.note": ("Periode data sesuai frekuensi indikator: bulan, triwulan atau tahun.",
                            "Period of the data, matching the indicator's frequency: month, quarter or year."),
    "column.kode_wilayah": ("Kode wilayah", "Region code"),
    "column.kode_wilayah.note": ("Kode Kemendagri: 36.04 (kabupaten), kecamatan 36.04.05, atau desa 36.04.05.2001.",
                                 "Kemendagri code: 36.04 (regency), kecamatan 36.04.05, or desa 36.04.05.2001."),
    "column.nilai": ("Nilai", "Value"),
    "column.nilai.note": ("Angka capaian dalam satuan indikator; persen ditulis 0–100.",
                          "The value in the indicator's unit; percentages as 0–100."),
    "column.keterangan": ("Keterangan", "Remarks"),
    "column.keterangan.note": ("Sumber atau catatan (tidak ditampilkan ke publik).", "Source or remarks (not shown publicly)."),
    "column.id_permohonan": ("Nomor permohonan", "Request number"),
    "column.id_permohonan.note": ("Nomor unik permohonan dari aplikasi.", "Unique request number from the app."),
    "column.layanan": ("Layanan", "Service"),
    "column.layanan.note": ("Kode layanan dari katalog Serang Tatu.", "Service code from the Serang Tatu catalog."),
    "column.kanal": ("Kanal", "Channel"),
    "column.kanal.note": ("daring (aplikasi) atau loket.", "daring (online) or loket (counter)."),
    "column.kode_desa": ("Kode desa", "Village code"),
    "column.kode_desa.note": ("Kode Kemendagri desa, 10 angka bertitik, mis. 36.04.05.2001.",
                              "Kemendagri village code, 10 dotted digits, e.g. 36.04.05.2001."),
    "column.waktu_masuk": ("Waktu masuk", "Submitted at"),
    "column.waktu_masuk.note": ("Tanggal dan jam permohonan masuk (WIB).", "Date and time the request came in (WIB)."),
    "column.waktu_selesai": ("Waktu selesai", "Finished at"),
    "column.waktu_selesai.note": ("Tanggal dan jam selesai (WIB); kosongkan bila belum selesai.",
                                  "Date and time finished (WIB); leave empty while open."),
    "column.status": ("Status", "Status"),
    "column.status.note": ("Status terakhir permohonan.", "Latest status of the request."),
    "column.nama": ("Nama", "Name"),
    "column.nama.note": ("Nama lokasi sebagaimana dikenal warga.", "Name of the place as residents know it."),
    "column.kategori": ("Kategori", "Category"),
    "column.kategori.note": ("Klasifikasi desa wisata (Kemenparekraf).", "Tourism village classification (Kemenparekraf)."),
    "column.lintang": ("Lintang", "Latitude"),
    "column.lintang.note": ("Derajat desimal WGS84, negatif (selatan), sekitar -6,0.",
                            "Decimal degrees WGS84, negative (south), about -6.0."),
    "column.bujur": ("Bujur", "Longitude"),
    "column.bujur.note": ("Derajat desimal WGS84, sekitar 106,1.", "Decimal degrees WGS84, about 106.1."),
    "column.pengelola": ("Pengelola", "Operator"),
    "column.pengelola.note": ("Pokdarwis atau lembaga pengelola.", "Pokdarwis or managing body."),
    "column.kontak_publik": ("Kontak publik", "Public contact"),
    "column.kontak_publik.note": ("Nomor atau alamat yang boleh tampil di peta publik.",
                                  "Number or address that may appear on the public map."),
    "column.tahun": ("Tahun", "Year"),
    "column.tahun.note": ("Tahun penetapan kategori.", "Year the category applies to."),
    "column.pengunjung": ("Pengunjung", "Visitors"),
    "column.pengunjung.note": ("Jumlah pengunjung dalam bulan itu.", "Number of visitors in the month."),
    "column.komoditas": ("Komoditas", "Commodity"),
    "column.komoditas.note": ("Jenis hasil perikanan.", "Kind of fisheries product."),
    "column.volume_ton": ("Volume (ton)", "Volume (tonnes)"),
    "column.volume_ton.note": ("Produksi dalam ton.", "Production in tonnes."),
    "column.nama_produk": ("Nama produk", "Product name"),
    "column.nama_produk.note": ("Nama produk OVOP.", "OVOP product name."),
    "column.sertifikasi": ("Sertifikasi", "Certification"),
    "column.sertifikasi.note": ("Izin edar/sertifikat tertinggi yang dimiliki.", "Highest licence or certificate held."),
    "column.tahun_terdaftar": ("Tahun terdaftar", "Year registered"),
    "column.tahun_terdaftar.note": ("Tahun produk terdaftar.", "Year the product was registered."),
    "column.tanggal": ("Tanggal", "Date"),
    "column.tanggal.note": ("Tanggal operasi, hari/bulan/tahun.", "Operating day, day/month/year."),
    "column.rute": ("Rute", "Route"),
    "column.rute.note": ("Nama rute atau koridor.", "Route or corridor name."),
    "column.moda": ("Moda", "Mode"),
    "column.moda.note": ("Jenis kendaraan.", "Vehicle type."),
    "column.perjalanan": ("Perjalanan", "Trips"),
    "column.perjalanan.note": ("Jumlah perjalanan (rit) hari itu.", "Number of trips that day."),
    "column.penumpang": ("Penumpang", "Passengers"),
    "column.penumpang.note": ("Jumlah pegawai yang diangkut hari itu.", "Employees carried that day."),
    "column.jarak_km": ("Jarak (km)", "Distance (km)"),
    "column.jarak_km.note": ("Panjang rute sekali jalan, km.", "One-way route length, km."),
    "column.jenis": ("Jenis", "Type"),
    "column.jenis.note": ("Jenis fasilitas atau lokasi.", "Kind of facility or site."),
    "column.kapasitas_ton_per_hari": ("Kapasitas (ton/hari)", "Capacity (tonnes/day)"),
    "column.kapasitas_ton_per_hari.note": ("Kapasitas olah/tampung per hari.", "Processing or holding capacity per day."),
    "column.jadwal": ("Jadwal", "Schedule"),
    "column.jadwal.note": ("Jadwal angkut atau jam buka.", "Collection schedule or opening hours."),
    "column.tahun_mulai": ("Tahun mulai", "Year started"),
    "column.tahun_mulai.note": ("Tahun mulai beroperasi.", "Year it started operating."),
    "column.aktif": ("Aktif", "Active"),
    "column.aktif.note": ("ya bila masih beroperasi.", "ya (yes) while operating."),
    "column.ton_terkumpul": ("Terkumpul (ton)", "Collected (tonnes)"),
    "column.ton_terkumpul.note": ("Sampah masuk dalam bulan itu, ton.", "Waste received in the month, tonnes."),
    "column.ton_dikurangi": ("Dikurangi (ton)", "Reduced (tonnes)"),
    "column.ton_dikurangi.note": ("Dipilah/didaur ulang, ton; tidak lebih dari yang terkumpul.",
                                  "Sorted/recycled, tonnes; not more than collected."),
    "column.nama_lokasi": ("Nama lokasi", "Site name"),
    "column.nama_lokasi.note": ("Nama lokasi Pojok Dolan seperti di daftar lokasi.", "Pojok Dolan site name as in the site list."),
    "column.kunjungan": ("Kunjungan", "Visits"),
    "column.kunjungan.note": ("Jumlah kunjungan dalam bulan itu.", "Number of visits in the month."),
    # --- templates, export, quarantine download ---
    "template.type.text": ("teks", "text"),
    "template.type.kode_desa": ("kode desa Kemendagri, teks bertitik (36.04.05.2001)", "Kemendagri village code, dotted text"),
    "template.type.kode_kecamatan": ("kode kecamatan Kemendagri, teks bertitik (36.04.05)", "Kemendagri kecamatan code, dotted text"),
    "template.type.kode_wilayah": ("kode wilayah Kemendagri, teks bertitik (36.04 / 36.04.05 / 36.04.05.2001)",
                                   "Kemendagri region code, dotted text"),
    "template.type.integer": ("bilangan bulat", "whole number"),
    "template.type.number": ("angka; desimal dengan koma (1.234,5) atau titik (1234.5)", "number; comma or dot decimals"),
    "template.type.percent": ("persen 0–100; «87,5» atau «87,5 %»", "percent 0–100"),
    "template.type.date": ("tanggal hari/bulan/tahun (17/08/2024) atau 2024-08-17", "date, day/month/year or ISO"),
    "template.type.timestamp": ("tanggal dan jam WIB (17/08/2024 08.30)", "date and time, WIB"),
    "template.type.period": ("bulan 2024-08 / Agustus 2024, triwulan 2024-Q3, atau tahun 2024", "month, quarter or year"),
    "template.type.month": ("bulan: 2024-08 atau Agustus 2024", "month: 2024-08 or Agustus 2024"),
    "template.type.year": ("tahun empat angka (2024)", "four-digit year"),
    "template.type.latitude": ("derajat desimal (-6,05)", "decimal degrees"),
    "template.type.longitude": ("derajat desimal (106,15)", "decimal degrees"),
    "template.type.enum": ("pilih dari daftar", "pick from the list"),
    "template.required": ("wajib", "required"),
    "template.optional": ("opsional", "optional"),
    "template.aliases": ("Nama kolom lain yang diterima: {aliases}.", "Other accepted column names: {aliases}."),
    "template.allowed": ("Pilihan: {allowed}.", "Choices: {allowed}."),
    "template.example": ("Contoh: {example}.", "Example: {example}."),
    "template.example_row": ("Baris contoh: timpa atau hapus. Bila dibiarkan apa adanya, baris ini dilewati saat unggah.",
                             "Example row: overwrite or delete it. Left unchanged, it is skipped on upload."),
    "template.guide_title": ("Templat unggah: {dataset} (dataset «{name}», OPD {opd})",
                             "Upload template: {dataset} (dataset «{name}», OPD {opd})"),
    "template.guide_intro": (
        "Isi lembar «{name}» mulai baris 2. Satu baris = satu {key}. Kolom bertanda wajib harus diisi. "
        "Unggah lewat halaman Unggah Data atau `.venv/bin/python -m pipelines ingest BERKAS --dataset {name}`.",
        "Fill the «{name}» sheet from row 2. One row = one {key}. Required columns must be filled. "
        "Upload through the Unggah Data page or `.venv/bin/python -m pipelines ingest FILE --dataset {name}`.",
    ),
    "template.guide.column": ("kolom", "column"),
    "template.guide.label": ("judul", "label"),
    "template.guide.required": ("wajib?", "required?"),
    "template.guide.format": ("format", "format"),
    "template.guide.note": ("penjelasan", "explanation"),
    "template.guide.allowed": ("pilihan", "choices"),
    "template.guide.aliases": ("nama kolom lain yang diterima", "other accepted column names"),
    "template.guide.example": ("contoh", "example"),
    "template.guide_sheet": ("petunjuk", "guide"),
    "template.lists_sheet": ("pilihan", "choices"),
    "template.validation_title": ("Nilai tidak ada di daftar", "Value not in the list"),
    "template.validation_message": ("Pilih salah satu nilai dari daftar.", "Pick one of the values in the list."),
    "template.bad_suffix": ("Berkas keluaran {file} harus berakhiran .xlsx atau .csv.",
                            "Output file {file} must end in .xlsx or .csv."),
    "export.too_many_rows": ("{rows} baris melebihi batas Excel (1.048.575). Ekspor sebagai .csv.",
                             "{rows} rows exceed Excel's limit (1,048,575). Export as .csv."),
    "export.done": ("{rows} baris ditulis ke {file}.", "{rows} rows written to {file}."),
    "export.none_real": ("Belum ada data nyata untuk dataset {dataset}; berkas hanya berisi judul kolom.",
                         "No real data yet for dataset {dataset}; the file holds only the headers."),
    "quarantine.column.row": ("baris", "row"),
    "quarantine.column.reason": ("alasan", "reason"),
    "quarantine.column.file": ("berkas", "file"),
    "quarantine.column.dataset": ("dataset", "dataset"),
    "quarantine.column.loaded_at": ("dimuat_pada", "loaded_at"),
    "quarantine.column.raw": ("data_asli", "raw_data"),
    "quarantine.sheet": ("karantina", "quarantine"),
    "quarantine.done": ("{rows} baris karantina ditulis ke {file}. Perbaiki kolom yang disebut di «alasan», "
                        "lalu unggah ulang berkas itu.",
                        "{rows} quarantined rows written to {file}. Fix the columns named in «reason», "
                        "then upload the file again."),
    # --- CLI -------------------------------------------------------------
    "cli.interrupted": ("Dihentikan oleh pengguna. Tidak ada snapshot baru.", "Stopped by the user. No new snapshot."),
    # --- ingest robustness ---
    "ingest.reason.extra_cells_comma": (
        "baris {row} punya {cells} sel, judul kolom hanya {width} (sel lebih: {values}): kemungkinan koma desimal "
        "tanpa tanda kutip — beri tanda kutip pada angka (\"152,4\") atau simpan dengan pemisah «;».",
        "row {row} has {cells} cells but the header only {width} (extra: {values}): probably a decimal comma "
        "without quotes — quote the numbers (\"152,4\") or save with the «;» separator."),
    "ingest.reason.extra_cells": (
        "baris {row} punya {cells} sel, judul kolom hanya {width} (sel lebih: {values}): ada isi di luar tabel — "
        "pindahkan ke kolom yang benar atau hapus, atau beri judul kolom.",
        "row {row} has {cells} cells but the header only {width} (extra: {values}): something is written outside "
        "the table — move it into the right column or delete it, or give it a header."),
    "ingest.reason.impossible_moment": (
        "tanggal atau jam ini tidak ada (seperti 31/02 atau 25:30); periksa hari dan bulan, jam 00–23, menit 00–59.",
        "this date or time does not exist (like 31/02 or 25:30); check day and month, hours 00–23, minutes 00–59."),
    "ingest.reason.uncached_formula": (
        "sel {cell} berisi rumus Excel tanpa nilai tersimpan; salin-tempel sebagai nilai (Paste Special → Values), "
        "simpan di Excel, lalu unggah ulang.",
        "cell {cell} holds an Excel formula with no saved value; copy and paste it as values (Paste Special → "
        "Values), save in Excel, then upload again."),
    # --- cli robustness: accounts, output paths, months, --json errors, parser messages ---
    "users.bad_email": (
        "Alamat e-mail «{email}» tidak sah. Tulis seperti nama@serangkab.go.id: sebelum @ hanya huruf, angka dan "
        ". _ % + -, sesudahnya nama domain; tanpa spasi, tanda kutip, kurung sudut atau baris baru.",
        "E-mail address «{email}» is not valid. Write it like name@serangkab.go.id: before @ only letters, digits "
        "and . _ % + -, after it a domain name; no spaces, quotes, angle brackets or line breaks.",
    ),
    "users.no_password_input": (
        "Tidak ada kata sandi yang bisa dibaca (tidak ada terminal dan stdin kosong). Kirim kata sandi lewat "
        "stdin dengan --password-stdin (mis. `printf '%s\\n' \"$SANDI\" | python -m pipelines users add ... "
        "--password-stdin`), atau pakai --no-password untuk akun OIDC.",
        "No password could be read (no terminal and stdin is empty). Pass it on stdin with --password-stdin "
        "(e.g. `printf '%s\\n' \"$PASSWORD\" | python -m pipelines users add ... --password-stdin`), "
        "or use --no-password for an OIDC account.",
    ),
    "output.is_folder": (
        "«{file}» adalah folder, bukan berkas. Tulis nama berkas lengkap dengan akhiran .csv atau .xlsx, "
        "mis. {file}/hasil.xlsx.",
        "«{file}» is a folder, not a file. Give a full file name ending in .csv or .xlsx, e.g. {file}/result.xlsx.",
    ),
    "output.no_folder": (
        "Folder {folder} tidak ada dan tidak bisa dibuat. Pilih folder yang ada (atau buat dulu) lalu ulangi.",
        "Folder {folder} does not exist and cannot be created. Choose an existing folder (or create it) and retry.",
    ),
    "output.cannot_write": (
        "Berkas {file} tidak bisa ditulis: {reason}. Pilih tempat lain atau perbaiki masalahnya lalu ulangi.",
        "File {file} cannot be written: {reason}. Choose another place or fix the problem and retry.",
    ),
    "output.reason.permission": ("tidak ada izin menulis di sana", "no permission to write there"),
    "output.reason.full": ("disk penuh", "the disk is full"),
    "output.reason.read_only": ("disk hanya bisa dibaca", "the disk is read-only"),
    "output.reason.folder": ("di tempat itu ada folder dengan nama yang sama", "a folder of that name is there"),
    "output.reason.no_folder": ("foldernya tidak ada", "its folder does not exist"),
    "output.reason.other": ("kesalahan sistem berkas", "a file system error"),
    "build.bad_end_month": (
        "--end-month «{value}» tidak sah. Tulis bulan sebagai TAHUN-BULAN dengan bulan 01–12, mis. 2026-11.",
        "--end-month «{value}» is not valid. Write the month as YEAR-MONTH with a month 01–12, e.g. 2026-11.",
    ),
    "build.inbox.reason": ("Alasan: {reason}", "Reason: {reason}"),
    "build.inbox.seen_rejected": (
        "{file} → {dataset}: dilewati, berkas yang sama persis sudah ditolak sebelumnya ({reason}). "
        "Perbaiki isinya lalu taruh lagi di inbox.",
        "{file} → {dataset}: skipped, the very same file was rejected before ({reason}). "
        "Fix its content and put it in the inbox again.",
    ),
    "build.inbox.seen_loaded": (
        "{file} → {dataset}: dilewati, berkas yang sama persis sudah dimuat sebelumnya.",
        "{file} → {dataset}: skipped, the very same file was loaded before.",
    ),
    "ingest.file_is_folder": (
        "«{file}» adalah folder, bukan berkas. Sebutkan satu berkas CSV, XLSX atau GeoJSON di dalamnya, "
        "mis. {file}/data.xlsx.",
        "«{file}» is a folder, not a file. Name one CSV, XLSX or GeoJSON file inside it, e.g. {file}/data.xlsx.",
    ),
    "cli.parser.usage": ("pemakaian:", "usage:"),
    "cli.parser.positionals": ("argumen", "arguments"),
    "cli.parser.options": ("opsi", "options"),
    "cli.parser.help": ("tampilkan bantuan ini lalu keluar", "show this help and exit"),
    "cli.parser.error": ("{prog}: kesalahan: {message}\nLihat `{prog} --help`.",
                         "{prog}: error: {message}\nSee `{prog} --help`."),
    "cli.parser.required": ("argumen wajib belum diisi: {names}.", "required arguments are missing: {names}."),
    "cli.parser.unrecognized": ("argumen tidak dikenal: {names}. Periksa ejaan atau urutannya.",
                                "unknown arguments: {names}. Check their spelling or order."),
    "cli.parser.one_required": ("salah satu dari {names} wajib diisi.", "one of {names} is required."),
    "cli.parser.ambiguous": ("opsi {option} bisa berarti {matches}; tulis lebih lengkap.",
                             "option {option} could mean {matches}; write it out in full."),
    "cli.parser.invalid_choice": ("{argument}: pilihan {value} tidak ada; pilih salah satu dari {choices}.",
                                  "{argument}: {value} is not a choice; pick one of {choices}."),
    "cli.parser.invalid_value": ("{argument}: {value} bukan {kind} yang sah.",
                                 "{argument}: {value} is not a valid {kind}."),
    "cli.parser.kind.int": ("bilangan bulat", "whole number"),
    "cli.parser.kind.float": ("bilangan desimal (pakai titik, mis. 1.5)", "decimal number (with a dot, e.g. 1.5)"),
    "cli.parser.expected_one": ("{argument} perlu satu nilai sesudahnya.", "{argument} needs one value after it."),
    "cli.parser.not_allowed_with": ("{argument} tidak boleh dipakai bersama {other}.",
                                    "{argument} cannot be used together with {other}."),
    "cli.parser.argument": ("argumen {argument}: {problem}", "argument {argument}: {problem}"),
}


def t(key: str, lang: str = "id", /, **params: Any) -> str:
    """Text for ``key`` in ``lang`` (falls back to Indonesian), formatted with ``params``."""
    id_text, en_text = STRINGS[key]
    text = en_text if lang == "en" else id_text
    return text.format(**params) if params else text
