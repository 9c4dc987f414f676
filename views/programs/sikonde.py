"""Programme page: sikonde."""

from views.programs.common import placeholder


def render() -> None:
    placeholder("sikonde")
