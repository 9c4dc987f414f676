"""Child process entry: ``python -m benchmarks.worker module:function '<json kwargs>' result.json``.

Calls ``benchmarks.<module>.<function>(**kwargs)``, adds the process's peak RSS
(``process_peak_rss_mb``) and writes the result as JSON. Started only by ``harness.in_subprocess``.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from benchmarks import harness


def main() -> None:
    target, arguments, result_path = sys.argv[1:4]
    module_name, function_name = target.split(":")
    function = getattr(importlib.import_module(f"benchmarks.{module_name}"), function_name)
    result = function(**json.loads(arguments))
    result["process_peak_rss_mb"] = harness.peak_rss_mb()
    Path(result_path).write_text(json.dumps(result, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
