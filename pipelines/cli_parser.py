"""The command-line parser in Bahasa Indonesia: usage, help headings and argparse's own error messages.

argparse writes its errors in English ("error: the following arguments are required"). ``Parser``
(also used for every subcommand) translates the common ones through the string table, keeps the
exit code 2, and falls back to argparse's text inside an Indonesian sentence for rare ones.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

from pipelines.i18n import t

# argparse's messages (Python 3.11) and the string-table key each becomes; named groups are the parameters.
_MESSAGES = [
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "cli.parser.required"),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), "cli.parser.unrecognized"),
    (re.compile(r"one of the arguments (?P<names>.+) is required"), "cli.parser.one_required"),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"), "cli.parser.ambiguous"),
]
_ARGUMENT = re.compile(r"argument (?P<argument>[^:]+): (?P<problem>.+)")
_ARGUMENT_MESSAGES = [
    (re.compile(r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"), "cli.parser.invalid_choice"),
    (re.compile(r"invalid (?P<kind>\w+) value: (?P<value>.+)"), "cli.parser.invalid_value"),
    (re.compile(r"expected one argument"), "cli.parser.expected_one"),
    (re.compile(r"not allowed with argument (?P<other>.+)"), "cli.parser.not_allowed_with"),
]
_KINDS = {"int": "cli.parser.kind.int", "float": "cli.parser.kind.float"}


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else t("cli.parser.usage") + " ")


class Parser(argparse.ArgumentParser):
    last_error: str | None = None  # the translated message of the last parse error (for ``--json``)

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = t("cli.parser.positionals")
        self._optionals.title = t("cli.parser.options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=t("cli.parser.help"))

    def error(self, message: str) -> NoReturn:
        Parser.last_error = translate(message)
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.parser.error", prog=self.prog, message=Parser.last_error) + "\n")


def translate(message: str) -> str:
    """argparse's English error message in Indonesian (unknown ones are kept, inside an Indonesian sentence)."""
    for pattern, key in _MESSAGES:
        if match := pattern.fullmatch(message):
            return t(key, **match.groupdict())
    if argument := _ARGUMENT.fullmatch(message):
        name, problem = argument["argument"], argument["problem"]
        for pattern, key in _ARGUMENT_MESSAGES:
            if match := pattern.fullmatch(problem):
                params = match.groupdict()
                if "kind" in params:
                    params["kind"] = t(_KINDS[params["kind"]]) if params["kind"] in _KINDS else params["kind"]
                return t(key, argument=name, **params)
        return t("cli.parser.argument", argument=name, problem=problem)
    return message
