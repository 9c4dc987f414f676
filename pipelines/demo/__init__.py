"""Sample ("data contoh") operational data over the real 326 desa, seeded and deterministic.

``generate(reference, catalog, end, seed, size)`` returns one DataFrame per dataset
of ``pipelines.datasets`` (same columns as an agency file), from 2023-01 to
``end``. The same inputs give the same rows; each dataset draws from its own
stream so changing one generator leaves the others unchanged. ``size`` scales the
number of Serang Tatu requests (about 440,000 at 1.0 for 2023-01..2026-11) so
benchmarks use the same code at 10^5–10^7 rows.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import numpy as np
import pandas as pd

from pipelines.catalog import Catalog
from pipelines.demo import observations, perikanan, pesan_ibu, pojok_dolan, serang_tatu, sikonde, transformer
from pipelines.reference.load import Reference

START = "2023-01"
DEFAULT_SEED = 20240904  # the day the quick wins were announced
LOAD_ID = "contoh"


def generate(reference: Reference, catalog: Catalog, end: str, seed: int = DEFAULT_SEED,
             size: float = 1.0, progress: Callable[[str], None] | None = None) -> dict[str, pd.DataFrame]:
    def stream(name: str) -> np.random.Generator:
        return np.random.default_rng([seed, zlib.crc32(name.encode())])

    steps: list[tuple[str, Callable[[], dict[str, pd.DataFrame]]]] = [
        ("serang-tatu", lambda: {"layanan_serang_tatu": serang_tatu.generate(
            reference, catalog.services, START, end, stream("serang-tatu"), size)}),
        ("sikonde", lambda: sikonde.generate(reference, START, end, stream("sikonde"))),
        ("sentra-perikanan", lambda: perikanan.generate(reference, START, end, stream("perikanan"))),
        ("transformer", lambda: {"perjalanan_transformer": transformer.generate(START, end, stream("transformer"))}),
        ("pesan-ibu", lambda: pesan_ibu.generate(reference, START, end, stream("pesan-ibu"))),
        ("pojok-dolan", lambda: pojok_dolan.generate(reference, START, end, stream("pojok-dolan"))),
        ("indikator", lambda: {"indikator": observations.generate(
            catalog.indicators, catalog.targets, START, end, stream("observations"))}),
    ]
    frames: dict[str, pd.DataFrame] = {}
    for label, step in steps:
        if progress:
            progress(label)
        frames.update(step())
    return frames
