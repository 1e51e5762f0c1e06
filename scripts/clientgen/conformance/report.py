"""The conformance report: a table for people, JUnit XML for CI (one testcase per operation)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from .probe import Report


def table(report: Report) -> str:
    """Every operation with its status, then every difference, then a summary line."""
    rows = [f"conformance: {report.vendor} at {report.base_url}", ""]
    rows.append(f"{'operation':<28}{'status':<8}result")
    for outcome in report.outcomes:
        status = str(outcome.status) if outcome.status is not None else "-"
        if outcome.skipped:
            result = f"skipped: {outcome.skipped}"
        elif any(not d.is_note for d in outcome.differences):
            result = f"{sum(not d.is_note for d in outcome.differences)} differences"
        else:
            result = "conforms"
        rows.append(f"{outcome.operation.operation_id:<28}{status:<8}{result}")
    differences = report.differences
    for title, listed in (("differences", differences), ("notes (allowed)", report.notes)):
        if listed:
            rows += [
                "",
                f"{title}:",
                f"{'operation':<28}{'kind':<18}{'basis':<10}{'where':<44}  detail",
            ]
            rows += [
                f"{d.operation:<28}{d.kind:<18}{d.basis:<10}{d.where:<44}  {d.detail}"
                for d in listed
            ]
    checked = sum(1 for o in report.outcomes if o.status is not None)
    skipped = sum(1 for o in report.outcomes if o.skipped)
    inferred = sum(1 for d in differences if d.inferred)
    rows += [
        "",
        f"{checked} operations checked, {skipped} skipped, {len(differences)} differences "
        f"({inferred} of them break only an x-inferred constraint: revisit the spec there), "
        f"{len(report.notes)} notes, {report.wire_statuses[429]} answers 429",
    ]
    return "\n".join(rows)


def junit(report: Report, path: Path) -> None:
    """Write JUnit XML: a failing testcase per operation that differs, skipped ones marked."""
    differences = report.differences
    suite = ET.Element(
        "testsuite",
        name=f"conformance.{report.vendor}",
        tests=str(len(report.outcomes)),
        failures=str(sum(1 for o in report.outcomes if any(not d.is_note for d in o.differences))),
        skipped=str(sum(1 for o in report.outcomes if o.skipped)),
    )
    for outcome in report.outcomes:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"conformance.{report.vendor}",
            name=outcome.operation.operation_id,
        )
        if outcome.skipped:
            ET.SubElement(case, "skipped", message=outcome.skipped)
        elif any(not d.is_note for d in outcome.differences):
            found = [d for d in outcome.differences if not d.is_note]
            failure = ET.SubElement(
                case, "failure", message=f"{len(found)} differences from the spec"
            )
            failure.text = "\n".join(f"{d.kind} ({d.basis}) {d.where}: {d.detail}" for d in found)
    rate = [d for d in differences if d.operation == "*"]
    if rate:
        case = ET.SubElement(
            suite, "testcase", classname=f"conformance.{report.vendor}", name="rate_limit"
        )
        ET.SubElement(case, "failure", message=rate[0].detail)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = ET.Element("testsuites")
    root.append(suite)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
