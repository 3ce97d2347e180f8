"""Property-based API tests generated from the OpenAPI document: no input makes the server answer 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from newsevents.api.app import create_app
from test_api import web_db  # noqa: F401, F811  (the session fixture database)

MAX_EXAMPLES = 25  # per operation: about 20 operations, well under two minutes in all


def _check_operation(operation) -> None:  # type: ignore[no-untyped-def]
    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def check(case) -> None:  # type: ignore[no-untyped-def]
        response = case.call()
        case.validate_response(response, checks=[not_a_server_error])
        if response.status_code >= 400:
            body = response.json()
            assert set(body) == {"error"} and body["error"]["status"] == response.status_code

    check()


@pytest.mark.model
def test_no_generated_request_gets_a_server_error(web_db: str) -> None:  # noqa: F811
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(web_db))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:
        _check_operation(operation)


@pytest.mark.model
def test_error_shape_holds_for_a_method_not_allowed(web_db: str) -> None:  # noqa: F811
    response = TestClient(create_app(web_db)).delete("/api/events")
    assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"
