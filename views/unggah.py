"""page.unggah — placeholder until its issue lands; says what is coming."""

from views import components, session


def render() -> None:
    session.require("unggah")
    components.page_header(session.tr("page.unggah"))
    components.coming_soon("page.unggah.coming")
