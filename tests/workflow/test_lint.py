"""The rules .spectral.yaml adds or narrows bite (`make lint-spec` runs them on openapi.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, run_node

pytestmark = [pytest.mark.node, pytest.mark.slow]

REPLY = {"type": "object", "properties": {"x": {"type": "string"}}}
BAD = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1", "description": "d", "contact": {"name": "c"}},
    "servers": [{"url": "http://example.com/api"}, {"url": "http://127.0.0.1:8000/api"}],
    "tags": [{"name": "t", "description": "d"}],
    "paths": {
        "/things": {
            "post": {
                "operationId": "makeThing",
                "summary": "s",
                "description": "d",
                "tags": ["t"],
                "parameters": [
                    {"name": "n", "in": "query", "schema": {"type": "integer"}},
                    {"name": "id", "in": "query", "schema": {"type": "string", "format": "uuid"}},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "tags": {"type": "array", "items": {"type": "string"}},
                                    "name": {"type": ["string", "null"], "maxLength": 9},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": REPLY}},
                    }
                },
            }
        }
    },
}


def test_added_rules_fire_where_they_should(node_tools: None, tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(yaml.safe_dump(BAD))
    run = run_node(
        str(ROOT / "node_modules/.bin/spectral"),
        "lint",
        "--ruleset",
        str(ROOT / ".spectral.yaml"),
        "--format",
        "json",
        "--quiet",
        str(spec),
    )
    found = {(r["code"], ".".join(map(str, r["path"]))) for r in json.loads(run.stdout)}
    assert ("server-https", "servers.0.url") in found
    assert ("server-https", "servers.1.url") not in found  # loopback may be plain http
    assert ("security-declared", "paths./things.post") in found
    assert ("request-integer-limit", "paths./things.post.parameters.0.schema") in found
    request_strings = {path for code, path in found if code == "request-string-limit"}
    # The bounded ones (a uuid, a maxLength under a type list) pass; the reply string is not
    # a request's business.
    prefix = "paths./things.post.requestBody.content.application/json.schema.properties"
    assert request_strings == {f"{prefix}.tags.items"}
    assert ("request-array-limit", f"{prefix}.tags") in found
