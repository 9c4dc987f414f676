"""The string table: every key the code names exists, in both languages, with matching placeholders."""

import re
import string

from pipelines.i18n import STRINGS
from support import REPO_ROOT

# t("key"...), tr("key"...), UserError("key"...), and *_key="key" arguments in registries.
KEY_USE = re.compile(r"""(?:\bt|\btr|UserError|coming_soon|title_key=|section_key=)\(?\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")


def used_keys() -> set[str]:
    keys = set()
    for folder in ("pipelines", "views"):
        for path in (REPO_ROOT / folder).rglob("*.py"):
            keys |= set(KEY_USE.findall(path.read_text(encoding="utf-8")))
    keys |= set(re.findall(r'"(page\.[a-z_]+)"', (REPO_ROOT / "views" / "registry.py").read_text()))
    return keys


def test_every_used_key_exists():
    missing = sorted(key for key in used_keys() if key not in STRINGS)
    assert not missing, missing


def test_both_languages_present_with_the_same_placeholders():
    fields = lambda text: {name for _, name, _, _ in string.Formatter().parse(text) if name}
    for key, (indonesian, english) in STRINGS.items():
        assert indonesian.strip() and english.strip(), key
        assert fields(indonesian) == fields(english), key
