"""The README's main job keeps working: the demo's client calls, typed error and refusals."""

from __future__ import annotations

import demo
import pytest


def test_demo_runs_and_shows_each_step(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main() == 0
    out = capsys.readouterr().out
    assert out.count("created order id=") == 3
    assert "listed 3 orders across pages of 2" in out
    assert "typed error: NotFoundError" in out
    assert "(field=per_page, rule=maximum)" in out
    assert "order_items[0].quantity: '2' is not of type 'integer'" in out
    assert "refused by the model: OrderCreate: ordered_at:" in out
    assert "demo-password" not in out  # credentials stay masked
