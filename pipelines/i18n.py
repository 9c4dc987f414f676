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
    # --- page: programme pages (issue 5) ---------------------------------
    # (keys for the programme pages go below this line)
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
    # --- CLI -------------------------------------------------------------
    "cli.interrupted": ("Dihentikan oleh pengguna. Tidak ada snapshot baru.", "Stopped by the user. No new snapshot."),
}


def t(key: str, lang: str = "id", /, **params: Any) -> str:
    """Text for ``key`` in ``lang`` (falls back to Indonesian), formatted with ``params``."""
    id_text, en_text = STRINGS[key]
    text = en_text if lang == "en" else id_text
    return text.format(**params) if params else text
