"""Load and validate the indicator catalog (``SERANG_CATALOG_DIR``) and write it to the warehouse.

The catalog is data the admin edits: dimensions, OPD, programs (stable ids with
name aliases), Serang Tatu services and their SLA, indicators with Satu Data
metadata and yearly targets, and scoring settings. Any invalid entry stops the
load with an Indonesian message naming the file, entry, field and value; the
warehouse is not touched until the whole catalog is valid.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import yaml

from pipelines.errors import UserError
from pipelines.i18n import t

FILES = ("dimensions.yaml", "opd.yaml", "programs.yaml", "services.yaml", "indicators.yaml", "settings.yaml")
DIRECTIONS = ("higher", "lower")
AGGREGATIONS = ("sum", "mean", "weighted")
FREQUENCIES = ("monthly", "quarterly", "yearly")
LEVELS = ("desa", "kecamatan", "kabupaten")
PROGRAM_IDS = ("serang-tatu", "sikonde", "sentra-perikanan", "transformer", "pojok-dolan", "pesan-ibu")
DIMENSION_IDS = ("governance", "branding", "economy", "living", "society", "environment")

_INDICATOR_REQUIRED = (
    "code", "name_id", "name_en", "definition_id", "definition_en", "formula_id", "formula_en", "unit",
    "direction", "aggregation", "frequency", "level", "dimension", "element", "opd", "source",
)


@dataclass(frozen=True)
class Catalog:
    dimensions: pd.DataFrame
    elements: pd.DataFrame
    opd: pd.DataFrame
    programs: pd.DataFrame
    program_aliases: pd.DataFrame
    services: pd.DataFrame
    indicators: pd.DataFrame
    targets: pd.DataFrame
    settings: dict[str, Any]
    fingerprint: str


def load_catalog(folder: Path) -> Catalog:
    raw = {name: _read_yaml(folder, name) for name in FILES}
    dimensions, elements = _dimensions(raw["dimensions.yaml"])
    opd = _simple_list(raw["opd.yaml"], "opd.yaml", ("id", "name_id", "name_en"))
    programs, aliases = _programs(raw["programs.yaml"], dimensions, elements, set(opd["id"]))
    services = _simple_list(raw["services.yaml"], "services.yaml", ("id", "name_id", "name_en", "opd", "sla_days"))
    for _, service in services.iterrows():
        _check_ref("services.yaml", service["id"], "opd", service["opd"], set(opd["id"]))
        _check_number("services.yaml", service["id"], "sla_days", service["sla_days"])
    indicators, targets = _indicators(raw["indicators.yaml"], elements, programs, set(opd["id"]))
    digest = hashlib.sha256(b"".join((folder / name).read_bytes() for name in FILES)).hexdigest()[:16]
    return Catalog(dimensions, elements, opd, programs, aliases, services, indicators, targets,
                   raw["settings.yaml"] or {}, digest)


def write_catalog(con: duckdb.DuckDBPyConnection, catalog: Catalog) -> None:
    """Replace the ``catalog`` schema with this catalog (inside the caller's transaction)."""
    con.execute("CREATE SCHEMA IF NOT EXISTS catalog")
    frames = {
        "dimension": catalog.dimensions, "element": catalog.elements, "opd": catalog.opd,
        "program": catalog.programs, "program_alias": catalog.program_aliases,
        "service": catalog.services, "indicator": catalog.indicators, "target": catalog.targets,
        "setting": _flatten_settings(catalog.settings),
    }
    for table, frame in frames.items():
        con.register("catalog_frame", frame)
        con.execute(f"CREATE OR REPLACE TABLE catalog.{table} AS SELECT * FROM catalog_frame")
        con.unregister("catalog_frame")


def setting(catalog_settings: dict[str, Any], path: str) -> Any:
    """``setting(s, "scoring.tercapai")`` → 95."""
    value: Any = catalog_settings
    for part in path.split("."):
        value = value[part]
    return value


def _flatten_settings(settings: dict[str, Any], prefix: str = "") -> pd.DataFrame:
    """One row per leaf: numbers in ``value`` (what ``setting_value()`` in SQL reads), words in ``text``.

    Text settings (a region code, a cited source) keep ``value`` NULL, so SQL arithmetic
    on a text setting yields NULL instead of failing the build; codes stay text.
    """
    rows = []
    for key, value in settings.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            rows.extend(_flatten_settings(value, name + ".").itertuples(index=False))
        elif isinstance(value, (int, float)):
            rows.append((name, float(value), None))
        else:
            rows.append((name, None, str(value)))
    frame = pd.DataFrame(rows, columns=["key", "value", "text"])
    return frame.astype({"key": "string", "value": "Float64", "text": "string"})


def _read_yaml(folder: Path, name: str) -> Any:
    path = folder / name
    if not path.is_file():
        raise UserError("catalog.missing_file", file=name, path=str(folder))
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise UserError("catalog.bad_yaml", file=name, detail=str(error).replace("\n", " ")[:200]) from None


def _bad(file: str, entry: object, field: str, value: object, reason: str) -> None:
    raise UserError("catalog.bad_entry", file=file, entry=entry, field=field, value=value, reason=reason)


def _require(file: str, entry: dict, fields: tuple[str, ...]) -> None:
    label = entry.get("code") or entry.get("id") or "?"
    for field in fields:
        if entry.get(field) in (None, ""):
            _bad(file, label, field, "", t("catalog.reason.required"))


def _check_ref(file: str, entry: object, field: str, value: object, allowed: set[str]) -> None:
    if value not in allowed:
        _bad(file, entry, field, value, t("catalog.reason.unknown_ref", allowed=", ".join(sorted(allowed))))


def _check_number(file: str, entry: object, field: str, value: object) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        _bad(file, entry, field, value, t("catalog.reason.number"))
        raise  # unreachable: _bad raises


def _simple_list(entries: Any, file: str, fields: tuple[str, ...]) -> pd.DataFrame:
    if not isinstance(entries, list):
        raise UserError("catalog.bad_yaml", file=file, detail="isinya harus berupa daftar (list)")
    seen: set[str] = set()
    for entry in entries:
        _require(file, entry, fields)
        if entry["id"] in seen:
            _bad(file, entry["id"], "id", entry["id"], t("catalog.reason.duplicate"))
        seen.add(entry["id"])
    return pd.DataFrame([{field: entry[field] for field in fields} for entry in entries])


def _dimensions(entries: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    dimensions = _simple_list(entries, "dimensions.yaml", ("id", "name_id", "name_en", "description_id", "description_en"))
    if sorted(dimensions["id"]) != sorted(DIMENSION_IDS):
        _bad("dimensions.yaml", "-", "id", ", ".join(dimensions["id"]),
             t("catalog.reason.allowed", allowed=", ".join(DIMENSION_IDS)))
    elements = []
    for order, entry in enumerate(entries):
        for position, element in enumerate(entry.get("elements") or []):
            _require("dimensions.yaml", element, ("id", "name_id", "name_en"))
            elements.append({"id": element["id"], "dimension": entry["id"], "name_id": element["name_id"],
                             "name_en": element["name_en"], "position": position})
    dimensions["position"] = range(len(dimensions))
    return dimensions, pd.DataFrame(elements)


def _programs(entries: Any, dimensions: pd.DataFrame, elements: pd.DataFrame,
              opd_ids: set[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    fields = ("id", "name_id", "name_en", "description_id", "description_en", "dimension", "element", "opd")
    _simple_list(entries, "programs.yaml", fields)
    rows, aliases = [], []
    element_dimension = dict(zip(elements["id"], elements["dimension"]))
    for position, entry in enumerate(entries):
        _check_ref("programs.yaml", entry["id"], "id", entry["id"], set(PROGRAM_IDS))
        _check_ref("programs.yaml", entry["id"], "dimension", entry["dimension"], set(dimensions["id"]))
        if element_dimension.get(entry["element"]) != entry["dimension"]:
            _check_ref("programs.yaml", entry["id"], "element", entry["element"],
                       {e for e, d in element_dimension.items() if d == entry["dimension"]})
        for opd in [entry["opd"], *(entry.get("partner_opd") or [])]:
            _check_ref("programs.yaml", entry["id"], "opd", opd, opd_ids)
        rows.append({
            **{field: entry[field] for field in fields},
            "partner_opd": ", ".join(entry.get("partner_opd") or []),
            "provisional": bool(entry.get("provisional", False)),
            "provisional_note_id": entry.get("provisional_note_id", ""),
            "provisional_note_en": entry.get("provisional_note_en", ""),
            "position": position,
        })
        for alias in entry.get("aliases") or []:
            aliases.append({"program": entry["id"], "alias": alias})
    missing = set(PROGRAM_IDS) - {row["id"] for row in rows}
    if missing:
        _bad("programs.yaml", "-", "id", ", ".join(sorted(missing)), t("catalog.reason.required"))
    return pd.DataFrame(rows), pd.DataFrame(aliases, columns=["program", "alias"])


def _indicators(entries: Any, elements: pd.DataFrame, programs: pd.DataFrame,
                opd_ids: set[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    file = "indicators.yaml"
    if not isinstance(entries, list):
        raise UserError("catalog.bad_yaml", file=file, detail="isinya harus berupa daftar (list)")
    element_dimension = dict(zip(elements["id"], elements["dimension"]))
    program_dimension = dict(zip(programs["id"], programs["dimension"]))
    rows, targets, seen = [], [], set()
    for position, entry in enumerate(entries):
        _require(file, entry, _INDICATOR_REQUIRED)
        code = entry["code"]
        if code in seen:
            _bad(file, code, "code", code, t("catalog.reason.duplicate"))
        seen.add(code)
        for field, allowed in (("direction", DIRECTIONS), ("aggregation", AGGREGATIONS),
                               ("frequency", FREQUENCIES), ("level", LEVELS)):
            if entry[field] not in allowed:
                _bad(file, code, field, entry[field], t("catalog.reason.allowed", allowed=", ".join(allowed)))
        _check_ref(file, code, "opd", entry["opd"], opd_ids)
        _check_ref(file, code, "dimension", entry["dimension"], set(element_dimension.values()))
        if element_dimension.get(entry["element"]) != entry["dimension"]:
            _check_ref(file, code, "element", entry["element"],
                       {e for e, d in element_dimension.items() if d == entry["dimension"]})
        program = entry.get("program")
        if program is not None:
            _check_ref(file, code, "program", program, set(program_dimension))
            if program_dimension[program] != entry["dimension"]:
                _bad(file, code, "dimension", entry["dimension"],
                     t("catalog.reason.allowed", allowed=program_dimension[program]))
        # Optional plausible range for uploaded values; ingest applies its defaults when absent.
        bounds = {field: None if entry.get(field) is None else _check_number(file, code, field, entry[field])
                  for field in ("min_value", "max_value")}
        baseline = entry.get("baseline") or {}
        baseline_value = baseline.get("value")
        if baseline_value is not None:
            baseline_value = _check_number(file, code, "baseline.value", baseline_value)
        for year, target in (entry.get("targets") or {}).items():
            if not isinstance(year, int) or not 2000 <= year <= 2100:
                _bad(file, code, "targets", year, t("catalog.reason.year"))
            targets.append({"kode_indikator": code, "tahun": year,
                            "target": _check_number(file, code, f"targets.{year}", target)})
        rows.append({
            "kode": code, "name_id": entry["name_id"], "name_en": entry["name_en"],
            "definition_id": entry["definition_id"], "definition_en": entry["definition_en"],
            "formula_id": entry["formula_id"], "formula_en": entry["formula_en"], "unit": str(entry["unit"]),
            "direction": entry["direction"], "aggregation": entry["aggregation"],
            "frequency": entry["frequency"], "level": entry["level"], "dimension": entry["dimension"],
            "element": entry["element"], "program": program, "opd": entry["opd"],
            "computed": bool(entry.get("computed", False)),
            "baseline_year": baseline.get("year"), "baseline_value": baseline_value,
            "source": entry["source"], "public": bool(entry.get("public", False)),
            "provisional": bool(entry.get("provisional", False)), "position": position,
            "min_value": bounds["min_value"], "max_value": bounds["max_value"],
        })
    indicators = pd.DataFrame(rows)
    indicators["baseline_year"] = indicators["baseline_year"].astype("Int64")
    indicators["baseline_value"] = indicators["baseline_value"].astype("Float64")
    indicators["min_value"] = indicators["min_value"].astype("Float64")
    indicators["max_value"] = indicators["max_value"].astype("Float64")
    return indicators, pd.DataFrame(targets, columns=["kode_indikator", "tahun", "target"])
