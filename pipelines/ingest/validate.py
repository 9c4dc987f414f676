"""Check every data row of a table against its dataset's contract; split accepted rows from quarantined ones.

Checks: required fields, types and formats, allowed values, ranges, catalog
look-ups, region codes that exist in the reference at the right level, indicator
rules (period matches the indicator's frequency, region no finer than its level,
value inside its range), no dates or periods in the future, coordinates inside
Kabupaten Serang (swapped latitude/longitude and a missing minus sign are named
as such), the dataset's cross-column checks and keys repeated inside the file,
plus the problems the reader found (cells beyond the header, see ``read``).

Guarantees: every row is either accepted or quarantined (``rows_in ==
len(accepted) + quarantined``); a quarantined row has at least one problem with
its column, raw value and an Indonesian reason; accepted values are typed as the
raw table expects. All checks are column operations, not a loop over rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import pandas as pd
import shapely

from pipelines import datasets as ds
from pipelines import formatting, regions
from pipelines.i18n import t
from pipelines.ingest.columns import Parsed, parse_column
from pipelines.ingest.dates import MONTH, QUARTER, YEAR
from pipelines.ingest.distinct import per_distinct
from pipelines.ingest.read import Table
from pipelines.ingest.reference import ReferenceData

FREQUENCY_KIND = {"monthly": MONTH, "quarterly": QUARTER, "yearly": YEAR}
FREQUENCY_EXAMPLE = {"monthly": "2024-08", "quarterly": "2024-Q3", "yearly": "2024"}
LEVEL_DEPTH = {regions.KABUPATEN: 0, regions.KECAMATAN: 1, regions.DESA: 2}
PROBLEM_COLUMNS = ["row", "column", "value", "message"]


@dataclass
class Validation:
    accepted: pd.DataFrame  # the dataset's columns, typed, plus ``_row``
    problems: pd.DataFrame  # row, column, value, message — one line per problem, by row
    rows_in: int
    quarantined: int
    notes: list[str] = field(default_factory=list)
    conventions: dict[str, str] = field(default_factory=dict)  # numeric column → number convention
    periods: list[str] = field(default_factory=list)  # distinct periods of the accepted rows


class _Problems:
    """Problems collected column by column as (row position, column, message[, value]) frames.

    ``value`` is given only where the cell text cannot say it (the reader's problems); the
    others get the raw cell later."""

    def __init__(self) -> None:
        self.parts: list[pd.DataFrame] = []

    def add(self, mask: np.ndarray, column: str, message: str | pd.Series) -> None:
        positions = np.flatnonzero(mask)
        if len(positions) == 0:
            return
        text = message.to_numpy()[positions] if isinstance(message, pd.Series) else message
        self.parts.append(pd.DataFrame({"position": positions, "column": column, "message": text, "value": None}))

    def extend(self, found: pd.DataFrame) -> None:
        """Problems already located: position, column, value, message."""
        if len(found):
            self.parts.append(found[["position", "column", "message", "value"]].astype({"position": int}))

    def frame(self) -> pd.DataFrame:
        if not self.parts:
            return pd.DataFrame({"position": pd.Series(dtype=int), "column": pd.Series(dtype=str),
                                 "message": pd.Series(dtype=str), "value": pd.Series(dtype=object)})
        return pd.concat(self.parts, ignore_index=True).sort_values("position", kind="stable")


def validate(table: Table, dataset: ds.Dataset, ref: ReferenceData, now: datetime | None = None,
             opd: str | None = None) -> Validation:
    """``opd``: the sender's OPD; rows of an indicator another OPD owns are quarantined (see ``scope``)."""
    now = now or formatting.now_wib()
    size = len(table.cells)
    problems = _Problems()
    problems.extend(table.problems)
    notes = list(table.notes)
    parsed: dict[str, Parsed] = {}
    for column in dataset.columns:
        if column.name not in table.cells:
            continue
        result = parse_column(column, table.cells[column.name], table.native[column.name], ref)
        parsed[column.name] = result
        notes.extend(result.notes)
        if column.required:
            problems.add(result.missing, column.name, t("ingest.reason.required"))
        for mask, message in result.problems:
            problems.add(mask, column.name, message)

    _future(dataset, parsed, now, problems)
    _indicator_rules(dataset, parsed, ref, problems, opd)
    _location(dataset, parsed, ref, problems)
    _cross_checks(dataset, parsed, problems)
    _duplicate_keys(dataset, table, parsed, problems)

    found = _without_masked(problems.frame(), table.problems)
    bad = np.zeros(size, dtype=bool)
    bad[found["position"].to_numpy()] = True
    accepted = pd.DataFrame({column.name: _values(parsed, column, size)[~bad].reset_index(drop=True)
                             for column in dataset.columns})
    accepted["_row"] = table.rows[~bad]
    found["row"] = table.rows[found["position"].to_numpy()]
    given = found["value"].to_numpy(dtype=object)
    found["value"] = np.where(pd.isna(given), _raw_values(table, found), given)
    conventions = {name: result.convention for name, result in parsed.items() if result.convention}
    periods = _periods(dataset, accepted)
    return Validation(accepted, found[PROBLEM_COLUMNS].reset_index(drop=True), size, int(bad.sum()),
                      list(dict.fromkeys(notes)), conventions, periods)


def _without_masked(found: pd.DataFrame, read: pd.DataFrame) -> pd.DataFrame:
    """Drop what the checks said about a cell the reader already explained (a formula read as empty is
    not "wajib diisi")."""
    cells = {(int(position), column) for position, column in zip(read["position"], read["column"])}
    if not cells:
        return found
    own = found["value"].notna().to_numpy()
    masked = np.array([(int(position), column) in cells for position, column in zip(found["position"],
                                                                                    found["column"])], dtype=bool)
    return found[own | ~masked]


def _raw_values(table: Table, found: pd.DataFrame) -> np.ndarray:
    """The cell as the sender wrote it; for a repeated key, the key's cells joined with `` | ``."""
    values = np.empty(len(found), dtype=object)
    for column, index in found.groupby("column").indices.items():
        positions = found["position"].to_numpy()[index]
        cells = [table.cells[name].to_numpy()[positions] for name in column.split("+") if name in table.cells]
        joined = cells[0] if cells else np.full(len(positions), "", dtype=object)
        for more in cells[1:]:
            joined = joined + " | " + more
        values[index] = joined
    return values


def _values(parsed: dict[str, Parsed], column: ds.Column, size: int) -> pd.Series:
    if column.name in parsed:
        return parsed[column.name].values.reset_index(drop=True)
    return pd.Series([None] * size, dtype=object)


def _ok(parsed: dict[str, Parsed], name: str) -> np.ndarray:
    """Rows where the column parsed and holds a value (checks between columns only look at those)."""
    result = parsed[name]
    return ~result.missing & ~result.bad


def _future(dataset: ds.Dataset, parsed: dict[str, Parsed], now: datetime, problems: _Problems) -> None:
    for column in dataset.columns:
        if column.name not in parsed:
            continue
        result = parsed[column.name]
        if column.type in (ds.DATE, ds.TIMESTAMP):
            late = (result.values > pd.Timestamp(now)).to_numpy() & _ok(parsed, column.name)
        elif column.type in (ds.PERIOD, ds.MONTH):
            starts = per_distinct(result.values, _period_start)
            late = (starts > now.year * 100 + now.month).to_numpy() & _ok(parsed, column.name)
        else:
            continue
        problems.add(late, column.name, t("ingest.reason.future", today=formatting.day(now)))


def _period_start(codes: pd.Series) -> pd.Series:
    """``2024`` → 202401, ``2024-08`` → 202408, ``2024-Q3`` → 202407 (comparable as numbers)."""
    year = pd.to_numeric(codes.str.slice(0, 4), errors="coerce")
    rest = codes.str.slice(5)
    quarter = pd.to_numeric(rest.str.slice(1), errors="coerce").where(rest.str.startswith("Q").fillna(False))
    month = pd.to_numeric(rest, errors="coerce").fillna(quarter * 3 - 2).fillna(1)
    return year * 100 + month


def _indicator_rules(dataset: ds.Dataset, parsed: dict[str, Parsed], ref: ReferenceData,
                     problems: _Problems, opd: str | None = None) -> None:
    """For datasets keyed by a catalog indicator: owner, frequency, region level and value range per indicator."""
    code_column = next((c.name for c in dataset.columns if c.lookup == ds.LOOKUP_INDICATOR), None)
    if code_column is None or code_column not in parsed:
        return
    known = _ok(parsed, code_column)
    # Look the catalog up once per distinct indicator; `which` points each row at its indicator.
    which, codes = pd.factorize(parsed[code_column].values, use_na_sentinel=False)
    catalog = ref.indicators.reindex(codes)
    if opd is not None:
        owner = catalog["opd"].to_numpy()[which]
        foreign = known & (owner != opd)
        for name in pd.unique(owner[foreign]):
            problems.add(foreign & (owner == name), code_column, t("ingest.reason.other_opd", owner=name, opd=opd))
    for column in dataset.columns:
        if column.name not in parsed:
            continue
        result = parsed[column.name]
        usable = known & _ok(parsed, column.name)
        if column.type == ds.PERIOD:
            frequency = catalog["frequency"].to_numpy()[which]
            wrong = usable & (result.kinds.to_numpy() != catalog["frequency"].map(FREQUENCY_KIND).to_numpy()[which])
            for name in pd.unique(frequency[wrong]):
                problems.add(wrong & (frequency == name), column.name,
                             t("ingest.reason.frequency", frequency=t(f"ingest.frequency.{name}"),
                               example=FREQUENCY_EXAMPLE[name]))
        elif column.type == ds.REGION:
            depth = per_distinct(result.values.fillna(""), lambda values: regions.levels(values).map(LEVEL_DEPTH))
            level = catalog["level"].to_numpy()[which]
            too_fine = usable & (depth.to_numpy(dtype=float) > catalog["level"].map(LEVEL_DEPTH).to_numpy(float)[which])
            for name in pd.unique(level[too_fine]):
                key = "ingest.reason.kabupaten_only" if name == regions.KABUPATEN else "ingest.reason.level_too_fine"
                problems.add(too_fine & (level == name), column.name, t(key, level=t(f"ingest.level.{name}")))
        elif column.type in (ds.NUMBER, ds.PERCENT):
            values = result.values.to_numpy(dtype=float)
            low, high = catalog["minimum"].to_numpy(float)[which], catalog["maximum"].to_numpy(float)[which]
            outside = usable & ((values < low) | (values > high))
            for index in pd.unique(which[outside]):
                code, row = codes[index], catalog.iloc[index]
                maximum = "∞" if np.isinf(row["maximum"]) else _number(row["maximum"])
                problems.add(outside & (which == index), column.name,
                             t("ingest.reason.indicator_range", minimum=_number(row["minimum"]), maximum=maximum,
                               indicator=code, unit=row["unit"]))


def _location(dataset: ds.Dataset, parsed: dict[str, Parsed], ref: ReferenceData, problems: _Problems) -> None:
    if "lintang" not in parsed or "bujur" not in parsed:
        return
    both = _ok(parsed, "lintang") & _ok(parsed, "bujur")
    lat = parsed["lintang"].values.to_numpy(dtype=float)
    lon = parsed["bujur"].values.to_numpy(dtype=float)
    inside = np.zeros(len(lat), dtype=bool)
    inside[both] = shapely.contains_xy(ref.outline, lon[both], lat[both])
    outside = both & ~inside
    swapped = np.zeros(len(lat), dtype=bool)
    unsigned = np.zeros(len(lat), dtype=bool)
    if outside.any():
        swapped[outside] = shapely.contains_xy(ref.outline, lat[outside], lon[outside])
        unsigned[outside] = shapely.contains_xy(ref.outline, lon[outside], -lat[outside]) & ~swapped[outside]
    problems.add(swapped, "lintang", t("ingest.reason.swapped"))
    problems.add(unsigned, "lintang", t("ingest.reason.latitude_sign"))
    problems.add(outside & ~swapped & ~unsigned, "lintang", t("ingest.reason.outside_region"))


def _cross_checks(dataset: ds.Dataset, parsed: dict[str, Parsed], problems: _Problems) -> None:
    for check in dataset.checks:
        if check.left not in parsed or check.right not in parsed:
            continue
        left, right = parsed[check.left].values, parsed[check.right].values
        wrong = (left < right) if check.op == ">=" else (left > right)
        mask = wrong.fillna(False).to_numpy(dtype=bool) & _ok(parsed, check.left) & _ok(parsed, check.right)
        problems.add(mask, check.left, t(f"ingest.reason.check{check.op}", left=check.left, right=check.right))


def _duplicate_keys(dataset: ds.Dataset, table: Table, parsed: dict[str, Parsed], problems: _Problems) -> None:
    """A key repeated in the file: the first row stays, every later one names it."""
    if not all(name in parsed for name in dataset.key):
        return
    usable = np.ones(len(table.cells), dtype=bool)
    for name in dataset.key:
        usable &= _ok(parsed, name)
    keys = pd.DataFrame({name: parsed[name].values.reset_index(drop=True) for name in dataset.key})[usable]
    if keys.empty:
        return
    repeated = keys.duplicated(keep="first")
    if not repeated.any():
        return
    first_row = pd.Series(table.rows[usable], index=keys.index).groupby(
        [keys[name] for name in dataset.key], sort=False).transform("first")
    mask = np.zeros(len(table.cells), dtype=bool)
    mask[keys.index[repeated.to_numpy()]] = True
    template = t("ingest.reason.duplicate_key", columns=", ".join(dataset.key), row="\x00")
    head, tail = template.split("\x00")
    messages = pd.Series("", index=range(len(table.cells)), dtype=str)
    messages[keys.index[repeated.to_numpy()]] = head + first_row[repeated].astype(str) + tail
    problems.add(mask, "+".join(dataset.key), messages)


def _periods(dataset: ds.Dataset, accepted: pd.DataFrame) -> list[str]:
    if not dataset.period_column or accepted.empty:
        return []
    values = accepted[dataset.period_column]
    if pd.api.types.is_datetime64_any_dtype(values):
        values = values.dt.strftime("%Y-%m")
    return sorted(str(value) for value in values.dropna().unique())


def _number(value: float) -> str:
    return formatting.number(value, 0 if float(value).is_integer() else 2)
