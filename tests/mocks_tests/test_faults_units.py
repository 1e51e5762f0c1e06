"""Fault plans: seeded and repeatable, rates respected, header parsing strict."""

from __future__ import annotations

import pytest
from clientgen.testing.faults import FaultConfig, FaultInjector, parse_fault_header


def kinds(config: FaultConfig, n: int = 200) -> list[str]:
    injector = FaultInjector(config)
    return [injector.plan().kind for _ in range(n)]


def test_off_by_default() -> None:
    assert set(kinds(FaultConfig())) == {"none"}
    assert not FaultConfig().enabled


def test_same_seed_same_faults_other_seed_differs() -> None:
    config = FaultConfig(error_rate=0.2, drop_after_read_rate=0.1, seed=7)
    assert kinds(config) == kinds(config)
    assert kinds(config) != kinds(FaultConfig(error_rate=0.2, drop_after_read_rate=0.1, seed=8))


def test_reset_replays_the_sequence() -> None:
    injector = FaultInjector(FaultConfig(error_rate=0.5, seed=3))
    first = [injector.plan() for _ in range(20)]
    injector.reset()
    assert [injector.plan() for _ in range(20)] == first


def test_rates_are_roughly_respected() -> None:
    seen = kinds(FaultConfig(error_rate=0.2, drop_before_read_rate=0.1, seed=1), n=5000)
    assert 0.17 < seen.count("error") / 5000 < 0.23
    assert 0.08 < seen.count("drop-before") / 5000 < 0.12


def test_burst_429_at_start_then_normal() -> None:
    assert kinds(FaultConfig(burst_429=3), n=6) == ["429"] * 3 + ["none"] * 3


def test_latency_with_jitter_is_seeded() -> None:
    config = FaultConfig(latency_ms=100, latency_jitter_ms=50, seed=5)
    a = [FaultInjector(config).plan().delay for _ in range(1)]
    b = [FaultInjector(config).plan().delay for _ in range(1)]
    assert a == b and 0.1 <= a[0] <= 0.15


def test_parse_cli_faults() -> None:
    config = FaultConfig.parse("error_rate=0.2, latency_ms=5, seed=9, error_statuses=502|503")
    assert (config.error_rate, config.latency_ms, config.seed) == (0.2, 5.0, 9)
    assert config.error_statuses == (502, 503)


@pytest.mark.parametrize(
    "text, message",
    [
        ("error_rate=2", "error_rate: must be within"),
        ("nonsense=1", "unknown setting 'nonsense'"),
        ("error_rate=x", "error_rate: 'x' is not a number"),
        ("error_rate", "must be name=value"),
        ("error_rate=0.6,drop_after_read_rate=0.6", "must be <= 1"),
        ("error_statuses=404", "must be 5xx"),
    ],
)
def test_bad_fault_settings_name_the_field(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FaultConfig.parse(text)


def test_header_values() -> None:
    assert parse_fault_header("503").status == 503
    assert parse_fault_header("429").kind == "429"
    assert parse_fault_header("drop-after, delay=0.5").kind == "drop-after"
    assert parse_fault_header("drop-after, delay=0.5").delay == 0.5
    stalled = parse_fault_header("stall-after=2.5")
    assert (stalled.kind, stalled.stall) == ("stall-after", 2.5)
    with pytest.raises(ValueError, match="unknown fault 'boom'"):
        parse_fault_header("boom")
    with pytest.raises(ValueError, match="delay must be within"):
        parse_fault_header("delay=100")
