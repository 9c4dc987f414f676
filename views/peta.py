"""page.peta — placeholder until its issue lands; says what is coming."""

from views import components, session


def render() -> None:
    session.require("peta")
    components.page_header(session.tr("page.peta"))
    components.coming_soon("page.peta.coming")
