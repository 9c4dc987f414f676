"""Programme page: transformer."""

from views.programs.common import placeholder


def render() -> None:
    placeholder("transformer")
