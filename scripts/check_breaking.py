"""The breaking-change gate: does the new spec break clients written against the old one?

Two checks, and a change is breaking when either finds something:

- api-smart-diff (npm, run by tools/smart-diff.mjs) classifies every difference; its
  "breaking" ones count. On the corpus in tests/workflow/breaking it catches removed operations,
  new required request fields and query parameters, narrowed limits, removed request enum values,
  changed security and renamed parameters, but classes a removed reply field as non-breaking and
  sees a reply field's type change only where the schema sits in components/schemas.
- ``reply_breaks`` below closes that gap: for every operation, status and media type both specs
  have, a reply property that disappeared or whose type gained a new kind of value.

``make check-breaking BASE=<git ref>`` compares openapi.yaml with its version at that ref;
``check_breaking.py OLD NEW`` compares two files.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from iotconnect_spec import resolve

ROOT = Path(__file__).resolve().parents[1]
SMART_DIFF = ROOT / "tools" / "smart-diff.mjs"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
TIMEOUT_S = 120


@dataclass(frozen=True)
class Break:
    """One breaking change: which check found it, and where."""

    source: str
    where: str
    what: str

    def __str__(self) -> str:
        return f"[{self.source}] {self.where}: {self.what}"


def _output(what: str, *command: str) -> str:
    """What ``command`` (node or git, from PATH, as make runs them) prints; exits if it fails."""
    run = subprocess.run(  # noqa: S603 - fixed programs, our own arguments
        command, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    if run.returncode != 0:
        raise SystemExit(f"{what} failed ({run.returncode}): {run.stderr.strip()}")
    return run.stdout


def smart_diff_breaks(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Break]:
    """api-smart-diff's breaking changes between two specs."""
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, doc in (("old.json", old), ("new.json", new)):
            path = Path(tmp) / name
            path.write_text(json.dumps(doc))
            files.append(str(path))
        found: list[dict[str, str]] = json.loads(
            _output("api-smart-diff", "node", str(SMART_DIFF), *files)
        )
    return [
        Break("api-smart-diff", item["path"], item["description"] or item["action"])
        for item in found
    ]


def _kinds(schema: Mapping[str, Any]) -> set[str] | None:
    """The JSON types a schema allows, or None when it does not say."""
    declared = schema.get("type")
    if declared is None:
        return None
    kinds = {declared} if isinstance(declared, str) else set(declared)
    if schema.get("nullable") is True:  # OpenAPI 3.0 spelling
        kinds.add("null")
    if "number" in kinds:
        kinds.add("integer")  # every integer is a number
    return kinds


def _schema_breaks(
    old_spec: Mapping[str, Any],
    new_spec: Mapping[str, Any],
    old: Any,
    new: Any,
    where: str,
    depth: int = 0,
) -> Iterator[Break]:
    if not isinstance(old, Mapping) or not isinstance(new, Mapping) or depth > 32:
        return
    old, new = resolve(old_spec, old), resolve(new_spec, new)
    old_kinds, new_kinds = _kinds(old), _kinds(new)
    if old_kinds is not None and new_kinds is not None and not new_kinds <= old_kinds:
        gained = ", ".join(sorted(new_kinds - old_kinds))
        yield Break("replies", where, f"type {sorted(old_kinds)} now also allows {gained}")
        return
    old_props = old.get("properties") or {}
    new_props = new.get("properties") or {}
    for name, old_prop in old_props.items():
        if name not in new_props:
            yield Break("replies", f"{where}.{name}", "reply field removed")
        else:
            yield from _schema_breaks(
                old_spec, new_spec, old_prop, new_props[name], f"{where}.{name}", depth + 1
            )
    if "items" in old and "items" in new:
        yield from _schema_breaks(
            old_spec, new_spec, old["items"], new["items"], f"{where}[]", depth + 1
        )


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


def reply_breaks(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Break]:
    """Reply fields removed, or given a new type, in operations both specs have."""
    new_ops = dict(_operations(new))
    found: list[Break] = []
    for name, old_op in _operations(old):
        new_op = new_ops.get(name)
        if new_op is None:
            continue  # a removed operation is api-smart-diff's finding
        new_replies = new_op.get("responses") or {}
        for status, old_reply in (old_op.get("responses") or {}).items():
            if status not in new_replies:
                continue
            old_content = resolve(old, old_reply).get("content") or {}
            new_content = resolve(new, new_replies[status]).get("content") or {}
            for media, old_media in old_content.items():
                if media in new_content:
                    found += _schema_breaks(
                        old,
                        new,
                        old_media.get("schema"),
                        new_content[media].get("schema"),
                        f"{name} {status} {media}",
                    )
    return found


def breaks(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Break]:
    """Every breaking change between two specs, by both checks."""
    return smart_diff_breaks(old, new) + reply_breaks(old, new)


def spec_at(ref: str, path: str = "openapi.yaml") -> dict[str, Any]:
    """The spec as committed at a git ref."""
    spec: dict[str, Any] = yaml.safe_load(
        _output(f"reading {path} at {ref}", "git", "show", f"{ref}:{path}")
    )
    return spec


def _load(path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(path.read_text())
    return spec


def main(argv: list[str] | None = None) -> int:
    """Print the breaking changes and exit 1 if there are any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref whose openapi.yaml is the old spec")
    parser.add_argument("files", nargs="*", type=Path, help="OLD NEW (instead of --base)")
    args = parser.parse_args(argv)
    if args.base is not None and not args.files:
        old, new, label = spec_at(args.base), _load(ROOT / "openapi.yaml"), args.base
    elif args.base is None and len(args.files) == 2:
        old, new, label = _load(args.files[0]), _load(args.files[1]), str(args.files[0])
    else:
        parser.error("give --base REF or two spec files")
    found = breaks(old, new)
    for item in found:
        print(item)
    if found:
        print(f"{len(found)} breaking change(s) against {label}", file=sys.stderr)
        return 1
    print(f"no breaking change against {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
