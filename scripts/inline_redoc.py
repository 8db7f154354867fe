"""Make the page `redocly build-docs` wrote self-contained: its Redoc script, inline.

Redocly CLI 1.x prerenders the whole reference into the page but loads the Redoc bundle that
makes it interactive from a CDN. The same version ships in node_modules/redoc; putting it in the
page means the reference works offline, from a file, and never calls out to a third party.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REDOC = ROOT / "node_modules" / "redoc"
CDN_SCRIPT = re.compile(
    r'<script src="https://cdn\.redocly\.com/redoc/v(?P<version>[^/"]+)/bundles/redoc\.standalone\.js">'
    r"</script>"
)


def inline(page: str, bundle: str, bundle_version: str) -> str:
    """The page with its one CDN script tag replaced by ``bundle`` (which must be that version)."""
    tags = list(CDN_SCRIPT.finditer(page))
    if len(tags) != 1:
        raise SystemExit(f"expected one Redoc CDN script tag in the page, found {len(tags)}")
    wanted = tags[0]["version"]
    if wanted != bundle_version:
        raise SystemExit(f"the page wants Redoc {wanted}, node_modules has {bundle_version}")
    # A literal "</script" inside the bundle would end the inline element early.
    script = "<script>" + bundle.replace("</script", "<\\/script") + "</script>"
    return page[: tags[0].start()] + script + page[tags[0].end() :]


def main(argv: list[str] | None = None) -> int:
    """Rewrite the page given on the command line in place."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    args = parser.parse_args(argv)
    version = json.loads((REDOC / "package.json").read_text())["version"]
    bundle = (REDOC / "bundles" / "redoc.standalone.js").read_text()
    page: Path = args.page
    page.write_text(inline(page.read_text(), bundle, version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
