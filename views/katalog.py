"""page.katalog — placeholder until its issue lands; says what is coming."""

from views import components, session


def render() -> None:
    session.require("katalog")
    components.page_header(session.tr("page.katalog"))
    components.coming_soon("page.katalog.coming")
