"""Parse one column of a file by its declared type into typed values and per-row problems.

Every parser is vectorised over the column. A problem is a row mask with an
Indonesian reason (from the string table) that says what to write instead; the
caller decides which rows are quarantined. Empty cells are reported as
``missing``, not as problems: whether that is allowed is the column's
``required`` flag. Text is trimmed and runs of spaces or line breaks become one
space (names compare as people read them); choices match case-insensitively and
are stored as the registry spells them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from pipelines import datasets as ds
from pipelines import formatting, regions
from pipelines.i18n import t
from pipelines.ingest.dates import MONTH, YEAR, parse_moments, parse_periods
from pipelines.ingest.numbers import INDONESIAN, parse_numbers
from pipelines.ingest.reference import ReferenceData

NUMERIC = (ds.INTEGER, ds.NUMBER, ds.PERCENT)
CODES = {ds.DESA: regions.DESA, ds.KECAMATAN: regions.KECAMATAN}
# Coordinates have no range here: the check against Serang's outline says more (swapped, unsigned, elsewhere).
COORDINATES = (ds.LATITUDE, ds.LONGITUDE)


@dataclass
class Parsed:
    values: pd.Series
    missing: np.ndarray
    problems: list[tuple[np.ndarray, str | pd.Series]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    convention: str | None = None  # numbers: INDONESIAN / DOT_DECIMAL / PLAIN
    kinds: pd.Series | None = None  # periods: MONTH / QUARTER / YEAR
    serials: np.ndarray | None = None  # dates: distinct cells read as Excel serial numbers

    def flag(self, mask: np.ndarray, message: str | pd.Series) -> None:
        if mask.any():
            self.problems.append((mask, message))

    @property
    def bad(self) -> np.ndarray:
        bad = np.zeros(len(self.values), dtype=bool)
        for mask, _ in self.problems:
            bad |= mask
        return bad


def parse_column(column: ds.Column, raw: pd.Series, native: np.ndarray, ref: ReferenceData) -> Parsed:
    """Parse the column's distinct cells once (codes, periods and choices repeat a lot), then spread back.

    Measured values rarely repeat, so numbers are parsed as they are."""
    if column.type in NUMERIC or column.type in COORDINATES:
        return _numbers(column, raw.reset_index(drop=True), native)
    codes, uniques = pd.factorize(raw.reset_index(drop=True), sort=False)
    distinct_native = np.zeros(len(uniques), dtype=bool)
    np.logical_or.at(distinct_native, codes, native)  # a real number or date anywhere for this text
    parsed = _parse_distinct(column, pd.Series(uniques, dtype=str), distinct_native, ref)
    result = Parsed(
        values=parsed.values.iloc[codes].reset_index(drop=True),
        missing=parsed.missing[codes],
        problems=[(mask[codes], message) for mask, message in parsed.problems],
        notes=parsed.notes, convention=parsed.convention,
        kinds=None if parsed.kinds is None else parsed.kinds.iloc[codes].reset_index(drop=True),
    )
    serials = int(parsed.serials[codes].sum()) if parsed.serials is not None else 0
    if serials:
        result.notes.append(t("ingest.note.excel_serials", column=column.name, count=serials))
    return result


def _parse_distinct(column: ds.Column, raw: pd.Series, native: np.ndarray, ref: ReferenceData) -> Parsed:
    if column.type in NUMERIC or column.type in COORDINATES:
        return _numbers(column, raw, native)
    if column.type in (ds.DATE, ds.TIMESTAMP):
        return _moments(column, raw, native)
    if column.type in (ds.PERIOD, ds.MONTH, ds.YEAR):
        return _periods(column, raw, native)
    if column.type in CODES or column.type == ds.REGION:
        return _codes(column, raw, ref)
    return _text(column, raw, ref)


def _numbers(column: ds.Column, raw: pd.Series, native: np.ndarray) -> Parsed:
    numbers = parse_numbers(raw, native, grouping=column.type not in COORDINATES)
    parsed = Parsed(numbers.values, numbers.missing, convention=numbers.convention)
    parsed.flag(numbers.bad & ~numbers.mixed, t("ingest.reason.not_number"))
    parsed.flag(numbers.mixed, t("ingest.reason.mixed_number",
                                 convention=t(f"ingest.convention.{numbers.convention}")))
    if numbers.assumed:
        parsed.notes.append(t("ingest.note.assumed_indonesian", column=column.name, value=numbers.assumed,
                              read=_unambiguous(_indonesian_value(numbers.assumed)),
                              other=_unambiguous(_dot_value(numbers.assumed))))
    elif numbers.convention == INDONESIAN:
        parsed.notes.append(t("ingest.note.convention", column=column.name,
                              convention=t(f"ingest.convention.{numbers.convention}")))
    values = numbers.values
    if column.type == ds.INTEGER:
        fraction = values.notna().to_numpy() & (values % 1 != 0).to_numpy()
        parsed.flag(fraction, t("ingest.reason.not_integer"))
        values = values.where(~fraction).round().astype("Int64")
    if column.minimum is not None:
        parsed.flag((numbers.values < column.minimum).to_numpy(),
                    t("ingest.reason.below_minimum", minimum=_bound(column.minimum)))
    if column.maximum is not None:
        parsed.flag((numbers.values > column.maximum).to_numpy(),
                    t("ingest.reason.above_maximum", maximum=_bound(column.maximum)))
    parsed.values = values
    return parsed


def _moments(column: ds.Column, raw: pd.Series, native: np.ndarray) -> Parsed:
    moments = parse_moments(raw, native)
    values = moments.values.dt.normalize() if column.type == ds.DATE else moments.values
    parsed = Parsed(values, moments.missing)
    wrong = "ingest.reason.not_date" if column.type == ds.DATE else "ingest.reason.not_timestamp"
    parsed.flag(moments.bad & ~moments.month_first & ~moments.impossible, t(wrong))
    parsed.flag(moments.impossible, t("ingest.reason.impossible_moment"))
    parsed.flag(moments.month_first, t("ingest.reason.month_first"))
    parsed.serials = moments.serials
    return parsed


def _periods(column: ds.Column, raw: pd.Series, native: np.ndarray) -> Parsed:
    periods = parse_periods(raw, native)
    parsed = Parsed(periods.values, periods.missing, kinds=periods.kinds)
    parsed.flag(periods.bad, t("ingest.reason.not_period"))
    known = ~periods.bad & ~periods.missing
    if column.type == ds.MONTH:
        parsed.flag(known & (periods.kinds != MONTH).to_numpy(), t("ingest.reason.not_month"))
    if column.type == ds.YEAR:
        parsed.flag(known & (periods.kinds != YEAR).to_numpy(), t("ingest.reason.not_year"))
        years = pd.to_numeric(periods.values.where(periods.kinds == YEAR), errors="coerce")
        if column.minimum is not None:
            parsed.flag((years < column.minimum).to_numpy(), t("ingest.reason.below_minimum",
                                                               minimum=_bound(column.minimum)))
        if column.maximum is not None:
            parsed.flag((years > column.maximum).to_numpy(), t("ingest.reason.above_maximum",
                                                               maximum=_bound(column.maximum)))
        parsed.values = years.astype("Int64")
    return parsed


def _codes(column: ds.Column, raw: pd.Series, ref: ReferenceData) -> Parsed:
    codes = regions.normalize_column(raw)
    missing = codes.eq("").to_numpy()
    levels = regions.levels(codes)
    parsed = Parsed(codes.where(~missing), missing)
    rewritten = ~missing & (codes != raw.str.strip()).to_numpy() & levels.notna().to_numpy()
    if rewritten.any():
        parsed.notes.append(t("ingest.note.codes_dotted", column=column.name, count=int(rewritten.sum())))
    if column.type == ds.REGION:
        known = codes.isin(ref.desa | ref.kecamatan | {ref.kabupaten}).to_numpy()
        expected = None
    else:
        expected = CODES[column.type]
        known = codes.isin(ref.desa if expected == regions.DESA else ref.kecamatan).to_numpy()
    malformed = ~missing & levels.isna().to_numpy()
    pattern = regions.PATTERN_HINT[expected or regions.DESA]
    # Written right (digits and dots) but no such code, e.g. a desa number not starting with 1 or 2:
    # "check the digits", not "write it as text with dots".
    dotted_desa = malformed & codes.str.fullmatch(r"\d{2}\.\d{2}\.\d{2}\.\d{4}").fillna(False).to_numpy()
    parsed.flag(dotted_desa, t("ingest.reason.unknown_code", level=_level(regions.DESA)))
    parsed.flag(malformed & ~dotted_desa, t("ingest.reason.code_format", level=_level(expected), pattern=pattern))
    other_level = ~missing & ~malformed & (levels != expected).to_numpy() if expected else np.zeros(len(raw), bool)
    for level in levels[other_level].unique():
        parsed.flag(other_level & (levels == level).to_numpy(),
                    t("ingest.reason.wrong_level", found=_level(level), expected=_level(expected), pattern=pattern))
    unknown = ~missing & ~malformed & ~other_level & ~known
    for level in levels[unknown].unique():
        parsed.flag(unknown & (levels == level).to_numpy(), t("ingest.reason.unknown_code", level=_level(level)))
    return parsed


def _text(column: ds.Column, raw: pd.Series, ref: ReferenceData) -> Parsed:
    text = raw.str.strip().str.replace(r"\s+", " ", regex=True)
    # Our CSV downloads write ="…" as '=… so Excel shows it as text (export.formula_safe); a file
    # sent back reads as it was first sent.
    text = text.str.replace(r"^'(?=[=+\-@])", "", regex=True)
    missing = text.eq("").to_numpy()
    parsed = Parsed(text.where(~missing), missing)
    if column.type == ds.ENUM:
        canonical = {_key(value): value for value in column.allowed}
        values = text.map(lambda value: canonical.get(_key(value)))  # few distinct values: a dict lookup
        parsed.flag(~missing & values.isna().to_numpy(), t("ingest.reason.not_allowed",
                                                           allowed=", ".join(column.allowed)))
        parsed.values = values.astype(str).where(values.notna())
    elif column.lookup == ds.LOOKUP_INDICATOR:
        values = text.str.upper()
        parsed.flag(~missing & ~values.isin(ref.indicators.index).to_numpy(),
                    t("ingest.reason.unknown_indicator", example=", ".join(ref.indicators.index[:3])))
        parsed.values = values.where(~missing)
    elif column.lookup == ds.LOOKUP_SERVICE:
        values = text.str.lower()
        parsed.flag(~missing & ~values.isin(ref.services).to_numpy(),
                    t("ingest.reason.unknown_service", allowed=", ".join(sorted(ref.services))))
        parsed.values = values.where(~missing)
    return parsed


def _key(value: str) -> str:
    return " ".join(str(value).replace("_", " ").casefold().split())


def _level(level: str | None) -> str:
    return t(f"ingest.level.{level or 'any'}")


def _bound(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else formatting.number(value, 2)


def _unambiguous(value: float) -> str:
    """``1250`` (no thousands dot that could read as a decimal) or ``1,25`` (a decimal comma)."""
    return str(int(value)) if float(value).is_integer() else formatting.number(value, 3).rstrip("0")


def _indonesian_value(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _dot_value(text: str) -> float:
    return float(text.replace(",", ""))
