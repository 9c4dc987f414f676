"""Building blocks shared by the programme pages."""

from __future__ import annotations

from views import components, data, session


def placeholder(program: str) -> None:
    """Until the programme pages land: the programme's name and what is coming."""
    session.require(program)
    session.filter_controls()
    row = data.query("programs").set_index("id").loc[program]
    components.page_header(row["name_en"] if session.lang() == "en" else row["name_id"])
    components.coming_soon("page.program.coming")
