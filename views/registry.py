"""Which pages exist, at which URL, for which roles. ``app.py`` registers only what a viewer may see.

A page that is not registered for a role cannot be reached by URL; each page also
calls ``session.require(<key>)`` itself as a second lock.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

ALL_ROLES = frozenset({"publik", "opd", "eksekutif", "admin"})
LEADERSHIP = frozenset({"eksekutif", "admin"})
PROGRAM_IDS = ("serang-tatu", "sikonde", "sentra-perikanan", "transformer", "pojok-dolan", "pesan-ibu")


@dataclass(frozen=True)
class PageSpec:
    key: str  # URL path
    module: str  # views.<module> with a render() function
    title_key: str  # string-table key; empty for programme pages, titled by their catalog name
    icon: str
    section_key: str
    roles: frozenset[str]
    program: str | None = None

    def render_function(self) -> Callable[[], None]:
        return importlib.import_module(self.module).render


PAGES: tuple[PageSpec, ...] = (
    PageSpec("ringkasan", "views.ringkasan", "page.ringkasan", ":material/dashboard:", "section.pimpinan", LEADERSHIP),
    PageSpec("dimensi", "views.dimensi", "page.dimensi", ":material/hexagon:", "section.pimpinan", LEADERSHIP),
    *(
        PageSpec(program, f"views.programs.{program.replace('-', '_')}", "", icon,
                 "section.program", LEADERSHIP | {"opd"}, program=program)
        for program, icon in zip(PROGRAM_IDS, (":material/apps:", ":material/landscape:", ":material/set_meal:",
                                               ":material/directions_bus:", ":material/diversity_3:",
                                               ":material/recycling:"))
    ),
    PageSpec("peta", "views.peta", "page.peta", ":material/map:", "section.publik", ALL_ROLES),
    PageSpec("katalog", "views.katalog", "page.katalog", ":material/menu_book:", "section.publik", ALL_ROLES),
    PageSpec("unggah", "views.unggah", "page.unggah", ":material/upload_file:", "section.data", frozenset({"opd", "admin"})),
    PageSpec("kualitas-data", "views.kualitas_data", "page.kualitas_data", ":material/fact_check:", "section.data",
             LEADERSHIP),
)
BY_KEY = {page.key: page for page in PAGES}


def visible_pages(role: str, opd_programs: frozenset[str] = frozenset()) -> list[PageSpec]:
    """Pages this role may open. An ``opd`` viewer sees only the programmes its OPD owns or partners in."""
    return [page for page in PAGES
            if role in page.roles and (page.program is None or role != "opd" or page.program in opd_programs)]


def home_page(role: str, opd_programs: frozenset[str] = frozenset()) -> str:
    """Where ``/`` leads: the executive summary, an OPD's first programme, or the public map."""
    if role in LEADERSHIP:
        return "ringkasan"
    if role == "opd":
        return next((program for program in PROGRAM_IDS if program in opd_programs), "unggah")
    return "peta"
