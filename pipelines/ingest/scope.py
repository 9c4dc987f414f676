"""Which datasets and indicators an agency (OPD) may load: one rule for the upload page and for ingest.

An OPD loads the datasets its OPD owns in the registry (``Dataset.opd``) and, through
the universal ``indikator`` dataset (any dataset keyed by a catalog indicator), only the
indicators its OPD owns in the catalog. ``opd=None`` (admin, CLI) is unrestricted.

Guarantees: ``ingest_file(..., opd=...)`` and ``preview(..., opd=...)`` refuse a dataset
of another OPD whole (``UserError``, nothing read or written), and validation
quarantines each row of another OPD's indicator with a reason naming its owner — so the
rule holds even when the page's choices are bypassed.
"""

from __future__ import annotations

from pipelines.datasets import DATASETS, LOOKUP_INDICATOR, Dataset
from pipelines.errors import UserError


def indicator_keyed(dataset: Dataset) -> bool:
    """Open to every OPD, row by row: the rows name a catalog indicator, and the indicator names its OPD."""
    return any(column.lookup == LOOKUP_INDICATOR for column in dataset.columns)


def datasets_for(opd: str | None) -> list[Dataset]:
    """The datasets ``opd`` may load, in registry order (all of them for ``None``)."""
    return [dataset for dataset in DATASETS.values()
            if opd is None or dataset.opd == opd or indicator_keyed(dataset)]


def check_dataset(dataset: Dataset, opd: str | None) -> None:
    if opd is not None and dataset.opd != opd and not indicator_keyed(dataset):
        raise UserError("upload.dataset_not_yours", dataset=dataset.name, owner=dataset.opd, opd=opd)
