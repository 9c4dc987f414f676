"""Compute on a column's distinct values, then spread the result back to every row.

Codes, periods, choices and dates repeat heavily (a 5-million-row file has a few
hundred desa codes and a few dozen months), so parsing the distinct values
keeps the cost proportional to the variety of a column, not its length.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd


def per_distinct(values: pd.Series, function: Callable[[pd.Series], pd.Series | np.ndarray]) -> pd.Series:
    codes, uniques = pd.factorize(values, sort=False, use_na_sentinel=False)
    result = function(pd.Series(uniques))
    result = result.reset_index(drop=True) if isinstance(result, pd.Series) else pd.Series(result)
    return result.iloc[codes].set_axis(values.index)
