"""The reference page (`make docs`) in headless Chromium: every operation of the spec is on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.openapi_doc import load_spec, operations

from .conftest import node_json

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_every_operation_is_on_the_page(chromium: None, docs_page: Path) -> None:
    shown = node_json("tools/browser.mjs", "docs", str(docs_page))
    # Redoc anchors each operation as tag/<tag>/operation/<operationId>, after the page's script
    # ran (browser.mjs waits for the search box it renders).
    on_page = {item["id"].rsplit("/operation/", 1)[1]: item["text"] for item in shown["operations"]}
    in_spec = {
        op["operationId"]: (path, method, op) for path, method, op in operations(load_spec())
    }
    assert sorted(on_page) == sorted(in_spec)
    for operation_id, (path, method, op) in in_spec.items():
        text = on_page[operation_id]
        assert op["summary"] in text, operation_id
        assert f"{method}{path}" in text, f"{operation_id}: no '{method} {path}' on the page"
