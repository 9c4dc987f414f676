"""Programme page: serang-tatu."""

from views.programs.common import placeholder


def render() -> None:
    placeholder("serang-tatu")
