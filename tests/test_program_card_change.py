"""The change on a programme card: signed when it shows a non-zero figure, unsigned (grey, no arrow) when it rounds to zero."""

import pytest

from views.programs.common import _signed


@pytest.mark.parametrize("difference, unit, expected", [
    (442, "permohonan", "+442 permohonan"),
    (-2.5, "ton", "-2,50 ton"),
    (0.2, "lokasi", "+0,20 lokasi"),
    (1.14, "%", "+1,1 poin"),
    (0.0, "lokasi", "0 lokasi"),          # was "+0 lokasi" with a green up-arrow
    (-0.01, "%", "0,0 poin"),             # rounds to zero: no minus either
    (0.0, "per 1.000 penduduk", "0 per 1.000 penduduk"),  # digits in the unit do not count
    (3, "per 1.000 penduduk", "+3 per 1.000 penduduk"),
])
def test_signed_change_on_a_card(difference, unit, expected):
    assert _signed(difference, unit) == expected
