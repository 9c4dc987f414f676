"""page.dimensi — placeholder until its issue lands; says what is coming."""

from views import components, session


def render() -> None:
    session.require("dimensi")
    session.filter_controls()
    components.page_header(session.tr("page.dimensi"))
    components.coming_soon("page.dimensi.coming")
