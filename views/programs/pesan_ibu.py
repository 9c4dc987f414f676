"""Programme page: pesan-ibu."""

from views.programs.common import placeholder


def render() -> None:
    placeholder("pesan-ibu")
