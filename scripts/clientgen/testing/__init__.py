"""Stateful, spec-driven mock servers for Duel, Duoplane and Duda.

from clientgen.testing import create_app, MockConfig, FaultConfig
app = create_app("duoplane", config=MockConfig(time_scale=10))
app.state.mock.store.orders("demo-account")   # inspect state; app.state.mock.reset()
"""

from ._extra import needs_testing_extra

with needs_testing_extra(__name__):
    from .app import MockState, create_app
    from .auth import DEMO_CREDENTIALS, TENANTS, Credential, demo_credential
    from .clock import FakeClock, MonotonicClock
    from .config import MockConfig
    from .fake import Fake, SeenRequest, fake_vendor, serve
    from .faults import DropConnection, FaultConfig
    from .quirks import Quirks
    from .server import MockServer

__all__ = [
    "DEMO_CREDENTIALS",
    "TENANTS",
    "Credential",
    "DropConnection",
    "Fake",
    "FakeClock",
    "FaultConfig",
    "MockConfig",
    "MockServer",
    "MockState",
    "MonotonicClock",
    "Quirks",
    "SeenRequest",
    "create_app",
    "demo_credential",
    "fake_vendor",
    "serve",
]
