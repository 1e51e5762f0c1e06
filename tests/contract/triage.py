"""A second opinion on schemathesis's "schema-violating request accepted" (ST201) failures.

Schemathesis judges a negative case invalid by the mutation it meant to make. When a mutation never
reaches the wire, the mock rightly accepts what is in fact a valid request and ST201 fires. This
happens when a removed `Authorization` header is put back by `--auth`, or when an extra query
parameter is not serialised (schemathesis issue #3367).

Each failure's "Reproduce with" curl line is the request as it was sent. This module checks that
request against the spec with the mock's own validator. If it is valid as sent, the failure is the
fuzzer's. It is still reported, as a fuzzer false positive, never dropped. A failure whose request
is invalid as sent stays a failure.
"""

from __future__ import annotations

import shlex
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from clientgen.testing import create_app, demo_credential
from clientgen.testing.app import undeclared_query
from clientgen.testing.validation import RawRequest, RouteMiss
from starlette.datastructures import QueryParams
from werkzeug.datastructures import ImmutableMultiDict

ACCEPTED_INVALID = "ST201"


@dataclass(frozen=True)
class Sent:
    """A request as a failure's curl line shows it."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Verdict:
    operation: str
    case_id: str
    sent: Sent
    problems: list[str]

    @property
    def fuzzer_false_positive(self) -> bool:
        return not self.problems

    def line(self) -> str:
        what = (
            "false positive: the request as sent conforms to the spec"
            if self.fuzzer_false_positive
            else "confirmed: " + "; ".join(self.problems)
        )
        return f"{self.operation} [{self.case_id}] {self.sent.method} {self.sent.url}: {what}"


def parse_curl(line: str) -> Sent:
    """`curl -X GET -H 'K: v' -d '...' 'URL'` -> Sent (the shapes schemathesis prints)."""
    words = shlex.split(line)
    if not words or words[0] != "curl":
        raise ValueError(f"not a curl command: {line[:80]!r}")
    method, url, headers, body = "GET", "", {}, b""
    index = 1
    while index < len(words):
        word = words[index]
        if word == "-X":
            method, index = words[index + 1], index + 2
        elif word == "-H":
            name, _, value = words[index + 1].partition(":")
            headers[name.strip()] = value.strip()
            index += 2
        elif word in ("-d", "--data", "--data-raw", "--data-binary"):
            body, index = words[index + 1].encode(), index + 2
        elif word.startswith("-"):
            index += 1  # flags without a value (--insecure, ...)
        else:
            url, index = word, index + 1
    return Sent(method.upper(), url, headers, body)


def failures(report: Path) -> list[tuple[str, str, Sent]]:
    """(operation, test case id, request as sent) for each ST201 failure in a JUnit report."""
    found = []
    for case in ET.parse(report).getroot().iter("testcase"):
        for failure in case.iter("failure"):
            if failure.get("message") != ACCEPTED_INVALID:
                continue
            text = failure.text or ""
            case_id = (
                text.split("Test Case ID:", 1)[-1].split()[0] if "Test Case ID:" in text else "?"
            )
            curl = next(
                (ln.strip() for ln in text.splitlines() if ln.strip().startswith("curl ")), ""
            )
            if curl:
                found.append((case.get("name", "?"), case_id, parse_curl(curl)))
    return found


def judge(vendor: str, operation: str, case_id: str, sent: Sent) -> Verdict:
    """Validate the request as sent with the vendor mock's validator (the spec it serves)."""
    app: Any = create_app(vendor)
    validator = app.state.mock.validator
    parts = urlsplit(sent.url)
    headers = {k.lower(): v for k, v in sent.headers.items()}
    problems: list[str] = []
    if "authorization" not in headers:
        problems.append("no Authorization header was sent")
    else:
        # curl lines mask it; the fuzzer sent the demo credential. openapi-core stops at a failed
        # security check, so the parameters are only checked behind a valid one.
        headers["authorization"] = demo_credential(vendor, scheme="basic").authorization
    route = validator.route(sent.method, parts.path or "/")
    if isinstance(route, RouteMiss):
        return Verdict(operation, case_id, sent, [*problems, f"no operation at {parts.path}"])
    query = QueryParams(parts.query)
    raw = RawRequest(
        method=sent.method,
        raw_path=parts.path,
        query=ImmutableMultiDict(query.multi_items()),
        headers=headers,
        body=sent.body,
    )
    _, found = validator.validate_request(raw, route)
    found = [*undeclared_query(app.state.mock.spec, route, query), *found]
    problems += [problem.describe() for problem in found]
    return Verdict(operation, case_id, sent, problems)


def triage(vendor: str, report_dir: Path) -> list[Verdict]:
    """Verdicts for the ST201 failures in the newest JUnit report of `vendor`."""
    reports = sorted((report_dir / vendor).glob("junit-*.xml"))
    if not reports:
        return []
    return [judge(vendor, *failure) for failure in failures(reports[-1])]
