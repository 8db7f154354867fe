"""scripts/inline_redoc.py: the reference page carries its Redoc script instead of loading it."""

from __future__ import annotations

import pytest

from scripts import inline_redoc

TAG = '<script src="https://cdn.redocly.com/redoc/v2.5.3/bundles/redoc.standalone.js"></script>'


def test_the_cdn_tag_becomes_the_bundle() -> None:
    page = f"<head>{TAG}</head><body>x</body>"
    assert (
        inline_redoc.inline(page, "run();", "2.5.3")
        == "<head><script>run();</script></head><body>x</body>"
    )


def test_a_closing_script_tag_inside_the_bundle_cannot_end_the_element() -> None:
    out = inline_redoc.inline(TAG, 'a="</script>";', "2.5.3")
    assert out == '<script>a="<\\/script>";</script>'


@pytest.mark.parametrize("page", ["<head></head>", TAG + TAG])
def test_anything_but_one_tag_is_refused(page: str) -> None:
    with pytest.raises(SystemExit, match="one Redoc CDN script tag"):
        inline_redoc.inline(page, "", "2.5.3")


def test_another_redoc_version_is_refused() -> None:
    with pytest.raises(SystemExit, match=r"wants Redoc 2\.5\.3, node_modules has 2\.6\.0"):
        inline_redoc.inline(TAG, "", "2.6.0")
