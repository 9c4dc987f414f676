"""Time ``ingest_file`` on a generated indicator CSV (Indonesian number format, ``;``-separated).

Usage (after a build in the same data directory)::

    SERANG_DATA_DIR=/tmp/bench python -m pipelines build
    SERANG_DATA_DIR=/tmp/bench python benchmarks/ingest_indicator_csv.py --rows 100000

Rows are real keys (monthly desa-level indicators × 326 desa × months), about 1 %
deliberately bad (unknown desa, text in ``nilai``) so quarantine is exercised too.
Prints one JSON line: rows, seconds per phase, and the counts ingest reported.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipelines import db  # noqa: E402
from pipelines.ingest import ingest_file  # noqa: E402

MONTHLY_DESA = ("ST-01", "ST-05", "SK-02", "SP-02", "PD-02", "PI-01")


def indicator_csv(rows: int, seed: int = 1) -> bytes:
    snapshot = db.require_snapshot()
    con = db.read_only(snapshot)
    try:
        desa = [code for (code,) in con.execute("SELECT kode FROM ref.desa ORDER BY kode").fetchall()]
    finally:
        con.close()
    months_needed = -(-rows // (len(MONTHLY_DESA) * len(desa)))
    months = pd.period_range(end="2026-11", periods=months_needed, freq="M").strftime("%Y-%m")
    keys = pd.MultiIndex.from_product([MONTHLY_DESA, months, desa]).to_frame(index=False).head(rows)
    rng = np.random.default_rng(seed)
    values = rng.uniform(0, 50_000, rows)
    text = pd.Series(values).map(lambda v: f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", "."))
    bad = rng.random(rows) < 0.01
    keys.loc[bad[: len(keys)] & (rng.random(rows) < 0.5), 2] = "36.04.10.2001"
    text[bad] = "tidak ada"
    frame = pd.DataFrame({"kode_indikator": keys[0], "periode": keys[1], "kode_wilayah": keys[2], "nilai": text})
    return frame.to_csv(sep=";", index=False).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    data = indicator_csv(args.rows, args.seed)
    generated = time.perf_counter()
    result = ingest_file(data, f"indikator_{args.rows}.csv", "indikator", user="benchmark", channel="cli")
    finished = time.perf_counter()
    print(json.dumps({"rows": args.rows, "bytes": len(data), "generate_s": round(generated - started, 2),
                      "ingest_s": round(finished - generated, 2), "status": result.status,
                      "rows_in": result.rows_in, "accepted": result.accepted, "quarantined": result.quarantined,
                      "replaced": result.replaced, "snapshot": result.snapshot}))


if __name__ == "__main__":
    main()
