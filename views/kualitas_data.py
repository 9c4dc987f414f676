"""page.kualitas_data — placeholder until its issue lands; says what is coming."""

from views import components, session


def render() -> None:
    session.require("kualitas-data")
    components.page_header(session.tr("page.kualitas_data"))
    components.coming_soon("page.kualitas_data.coming")
