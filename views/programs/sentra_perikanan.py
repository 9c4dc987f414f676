"""Programme page: sentra-perikanan."""

from views.programs.common import placeholder


def render() -> None:
    placeholder("sentra-perikanan")
