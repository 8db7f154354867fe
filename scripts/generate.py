"""Rewrite what openapi.yaml produces, or check that it is current.

    python scripts/generate.py write   # regenerate in place and refresh generated/stamp.json
    python scripts/generate.py check   # regenerate into a temp dir; exit 1 with a diff on drift

Two products: generated/iotconnect_client (the generator's output, a golden record) and
spec/iotconnect_spec/openapi.json (the same contract as JSON, so that the base install reads it
without a YAML parser). Nothing in either is edited by hand, and CI runs `check`.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

# A dev dependency: this script, never the installed package, parses YAML.
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yml"
#: Our templates, each replacing the generator's file of the same name (see its README).
TEMPLATES = ROOT / "generator-templates"
PACKAGE = "iotconnect_client"
TARGET = ROOT / "generated" / PACKAGE
STAMP = ROOT / "generated" / "stamp.json"
SPEC_JSON = ROOT / "spec" / "iotconnect_spec" / "openapi.json"
_IGNORED = {"__pycache__", ".ruff_cache"}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stamp() -> str:
    """The inputs that shape generated/, so a reviewer sees why it changed."""
    inputs = {
        "spec_sha256": _sha256(SPEC),
        "config_sha256": _sha256(CONFIG),
        "templates_sha256": hashlib.sha256(
            b"".join(
                path.relative_to(TEMPLATES).as_posix().encode() + b"\0" + path.read_bytes()
                for path in sorted(TEMPLATES.rglob("*.jinja"))
            )
        ).hexdigest(),
        "openapi-python-client": version("openapi-python-client"),
        "ruff": version("ruff"),
    }
    return json.dumps(inputs, indent=2) + "\n"


def generate(output: Path, *, plain: bool = False) -> None:
    """Run the pinned generator (and, through its post hooks, the pinned ruff) into output.

    ``plain``: the generator alone, with its own templates and no post hooks, which is what
    ours are compared with (``tests/spec/test_templates.py``, ``benchmarks/``).
    """
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory() as scratch:
        config, templates = CONFIG, ["--custom-template-path", str(TEMPLATES)]
        if plain:
            config, templates = Path(scratch) / "config.yml", []
            settings = yaml.safe_load(CONFIG.read_text())
            config.write_text(yaml.safe_dump({**settings, "post_hooks": []}))
        command = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(config),
            *templates,
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--overwrite",
            "--fail-on-warning",
        ]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed with exit code {result.returncode}")
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)


def spec_json() -> str:
    """openapi.yaml as JSON text (key order kept; YAML anchors expanded)."""
    document = yaml.safe_load(SPEC.read_text())
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def _files(root: Path) -> dict[str, Path]:
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _IGNORED.intersection(path.relative_to(root).parts)
    }


def diff(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines that turn actual (committed) into expected (fresh output)."""
    want, have = _files(expected), _files(actual)
    lines: list[str] = []
    for name in sorted(want.keys() | have.keys()):
        old = have[name].read_text().splitlines(keepends=True) if name in have else []
        new = want[name].read_text().splitlines(keepends=True) if name in want else []
        if old != new:
            label = f"generated/{PACKAGE}/{name}"
            lines += difflib.unified_diff(old, new, f"a/{label}", f"b/{label}")
    return lines


def write() -> None:
    """Regenerate generated/ in place."""
    generate(TARGET)
    STAMP.write_text(stamp())
    SPEC_JSON.write_text(spec_json())
    print(f"regenerated {TARGET.relative_to(ROOT)} ({len(_files(TARGET))} files)")


def check() -> int:
    """Exit status 0 when generated/ is exactly what the spec produces, else 1 with a diff."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh)
        lines = diff(fresh, TARGET)
    stale_stamp = not STAMP.exists() or STAMP.read_text() != stamp()
    stale_json = not SPEC_JSON.exists() or SPEC_JSON.read_text() != spec_json()
    if lines or stale_stamp or stale_json:
        sys.stdout.writelines(lines[:400])
        if len(lines) > 400:
            print(f"... {len(lines) - 400} more diff lines")
        if stale_stamp:
            print("generated/stamp.json does not match the current inputs")
        if stale_json:
            print(f"{SPEC_JSON.relative_to(ROOT)} is not openapi.yaml as JSON")
        print("generated/ is stale: run `make generate` and commit the result.")
        return 1
    print("generated/ matches openapi.yaml")
    return 0


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    if argv == ["write"]:
        write()
        return 0
    if argv == ["check"]:
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
