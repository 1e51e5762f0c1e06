"""The ST201 triage clears only failures whose request, as sent, the spec accepts."""

from __future__ import annotations

from pathlib import Path

from contract.triage import judge, parse_curl, triage

REPORT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="schemathesis">
<testcase name="GET /api/orders"><failure type="failure" message="ST201">1. Test Case ID: AAA

- ST201 Schema-violating request accepted

Reproduce with:

    curl -X GET -H 'Authorization: [Filtered]' 'http://127.0.0.1:1/api/orders?page=1&amp;per_page=5'</failure></testcase>
<testcase name="GET /api/orders"><failure type="failure" message="ST201">1. Test Case ID: BBB

Reproduce with:

    curl -X GET -H 'Authorization: [Filtered]' 'http://127.0.0.1:1/api/orders?per_page=999'</failure></testcase>
<testcase name="POST /api/orders"><failure type="failure" message="ST202">1. Test Case ID: CCC

Reproduce with:

    curl -X POST 'http://127.0.0.1:1/api/orders'</failure></testcase>
</testsuite></testsuites>
"""


def test_parse_curl_reads_method_headers_body_and_url() -> None:
    sent = parse_curl(
        "curl -X POST -H 'A: b: c' -H 'Authorization: [Filtered]' -d '{\"x\": 1}' 'http://h/p?q=1'"
    )
    assert (sent.method, sent.url, sent.body) == ("POST", "http://h/p?q=1", b'{"x": 1}')
    assert sent.headers == {"A": "b: c", "Authorization": "[Filtered]"}


def test_only_a_request_valid_as_sent_is_a_fuzzer_false_positive(tmp_path: Path) -> None:
    (tmp_path / "duoplane").mkdir()
    (tmp_path / "duoplane" / "junit-1.xml").write_text(REPORT, encoding="utf-8")
    verdicts = triage("duoplane", tmp_path)
    assert [v.case_id for v in verdicts] == ["AAA", "BBB"]  # ST202 is not triaged
    valid, invalid = verdicts
    assert valid.fuzzer_false_positive
    assert not invalid.fuzzer_false_positive
    assert "per_page" in invalid.line()


def test_a_request_sent_without_credentials_stays_a_failure() -> None:
    sent = parse_curl("curl -X GET 'http://127.0.0.1:1/api/orders?page=1'")
    verdict = judge("duoplane", "GET /api/orders", "DDD", sent)
    assert not verdict.fuzzer_false_positive
    assert "no Authorization header" in verdict.line()


def test_an_undeclared_query_parameter_stays_a_failure() -> None:
    sent = parse_curl("curl -X GET -H 'Authorization: x' 'http://127.0.0.1:1/api/orders?extra=1'")
    assert not judge("duoplane", "GET /api/orders", "EEE", sent).fuzzer_false_positive
