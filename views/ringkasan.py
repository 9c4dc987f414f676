"""page.ringkasan — placeholder until its issue lands; says what is coming."""

from views import components, session


def render() -> None:
    session.require("ringkasan")
    session.filter_controls()
    components.page_header(session.tr("page.ringkasan"))
    components.coming_soon("page.ringkasan.coming")
