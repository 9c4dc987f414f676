"""Programme page: pojok-dolan."""

from views.programs.common import placeholder


def render() -> None:
    placeholder("pojok-dolan")
