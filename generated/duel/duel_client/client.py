"""Clients for the Duel API, with the overlay's auth, rate-limit and retry policy wired in.

`Client` sends no credentials; `AuthenticatedClient` is what every secured operation takes. Both
build their httpx clients on first use, around a transport that enforces `_policy.POLICY`.
"""

import copy
import ssl
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Self

import httpx

from ._policy import DEFAULT_BASE_URL, POLICY, USER_AGENT
from ._runtime.auth import BasicAuth, BearerAuth, check_base_url, credential_key
from ._runtime.hooks import Hooks, combine
from ._runtime.policy import RateLimitPolicy, RetryPolicy
from ._runtime.ratelimit import AsyncRateLimiter, RateLimiter
from ._runtime.responses import strict_default
from ._runtime.store import AsyncLimiterStore, LimiterStore
from ._runtime.transport import AsyncPolicyTransport, PolicyTransport

Credentials = BasicAuth | BearerAuth
# httpx.Client arguments that would send requests around the policy transport.
_BYPASSING_ARGS = frozenset({"transport", "mounts", "proxy"})


def _as_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout | None:
    return timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)


class Client:
    """A client for the Duel API without credentials.

    Args:
        base_url: Where the API lives; defaults to the vendor's production URL.
        timeout: Per-request timeout (seconds or an httpx.Timeout).
        headers: Extra headers sent with every request.
        verify_ssl: Passed to httpx; keep True outside tests.
        proxy: An HTTP(S) proxy URL (or httpx.Proxy) for every request; environment proxy
            variables are not read.
        follow_redirects: Whether httpx follows redirects.
        raise_on_unexpected_status: Raise errors.UnexpectedStatus for an undocumented 3xx status.
            An undocumented 2xx is always a success (listed in `Response.spec_mismatches`).
        strict_responses: Raise errors.ResponseValidationError for a response that differs from
            the spec (and UnexpectedStatus for an undocumented 2xx) instead of parsing it as far
            as it goes and listing the differences in `Response.spec_mismatches`. Meant for tests
            against a faithful fake; the default comes from CLIENTGEN_STRICT_RESPONSES (off).
        rate_limit: Override the overlay's rate-limit policy; `enable_rate_limit=False` turns it off.
        retry: Override the overlay's retry policy.
        time_scale: Run policy clocks this many times faster (for mocks with scaled time).
        limiter_store / async_limiter_store: Where limiter state lives (default: one in-process
            store, so clients sharing a credential share its bucket). Use
            `RedisStore` / `AsyncRedisStore` to share one bucket between processes.
        hooks: Callbacks for each request, response, transport error, retry and rate-limit wait
            (a `Hooks`, or several, e.g. `[Hooks(on_retry=[log_retry]), otel_hooks()]`).
        transport / async_transport: The innermost httpx transports (e.g. for tests, or an
            `httpx.HTTPTransport(proxy=...)`); the policy transport wraps them.
        httpx_args: Further keyword arguments for httpx.Client and httpx.AsyncClient (not
            `transport`, `mounts` or `proxy`, which would route requests around the policy).

    `with_options(timeout=..., headers=...)` gives a copy for calls that need another timeout or
    extra headers.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: httpx.Timeout | float | None = 30.0,
        headers: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        follow_redirects: bool = False,
        raise_on_unexpected_status: bool = True,
        strict_responses: bool | None = None,
        rate_limit: RateLimitPolicy | None = None,
        enable_rate_limit: bool = True,
        retry: RetryPolicy | None = None,
        time_scale: float = 1.0,
        limiter_store: LimiterStore | None = None,
        async_limiter_store: AsyncLimiterStore | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        hooks: Hooks | Sequence[Hooks] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        self._auth: Credentials | None = None
        try:
            check_base_url(base_url, has_credentials=False, require_https=POLICY.auth.require_https)
        except ValueError as exc:
            del base_url  # it may carry userinfo: keep it out of the traceback's locals
            raise exc.with_traceback(None) from None
        self._base_url = base_url.rstrip("/")
        self._timeout = _as_timeout(timeout)
        self._headers = {"User-Agent": USER_AGENT, **(headers or {})}
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.strict_responses = strict_default() if strict_responses is None else strict_responses
        if time_scale <= 0:
            raise ValueError(f"time_scale: must be > 0, got {time_scale!r}")
        base_rate = rate_limit if rate_limit is not None else POLICY.rate_limit
        self._rate_limit = base_rate.scaled(time_scale) if base_rate and enable_rate_limit else None
        self._retry = (retry if retry is not None else POLICY.retry).scaled(time_scale)
        self._limiter_store = limiter_store
        self._async_limiter_store = async_limiter_store
        self._transport = transport
        self._async_transport = async_transport
        self._hooks = combine(hooks)
        self._proxy = proxy
        bypassing = sorted(set(httpx_args or {}) & _BYPASSING_ARGS)
        if bypassing:
            raise ValueError(
                f"httpx_args: {', '.join(bypassing)} would bypass the rate limit and retries; "
                "pass transport= / async_transport= (wrapped by the policy) or proxy= instead"
            )
        self._httpx_args = dict(httpx_args or {})
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        # getattr: a constructor refused before these were set is still shown (tracebacks).
        base_url, auth = getattr(self, "_base_url", None), getattr(self, "_auth", None)
        return f"{type(self).__name__}(base_url={base_url!r}, auth={auth!r})"

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None | Literal["keep"] = "keep",
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with another timeout and/or extra headers, for one call or a batch of them.

        It shares this client's settings, credentials and rate-limit bucket, but opens its own
        connections: use it as a context manager (or close it) when done.
        """
        clone = copy.copy(self)
        if not isinstance(timeout, str):
            clone._timeout = _as_timeout(timeout)
        clone._headers = {**self._headers, **(headers or {})}
        clone._client = None
        clone._async_client = None
        return clone

    def _credential_key(self) -> str:
        return credential_key(self._auth) if self._auth is not None else "anonymous"

    def _policy_transport(self) -> PolicyTransport:
        inner = self._transport or httpx.HTTPTransport(verify=self._verify_ssl, proxy=self._proxy)
        limiter: RateLimiter | Literal[False] = False
        if self._rate_limit is not None:
            limiter = RateLimiter(self._rate_limit, self._limiter_store)
        return PolicyTransport(
            POLICY,
            inner=inner,
            credential_key=self._credential_key(),
            limiter=limiter,
            retry=self._retry,
            hooks=self._hooks,
        )

    def _async_policy_transport(self) -> AsyncPolicyTransport:
        inner = self._async_transport or httpx.AsyncHTTPTransport(verify=self._verify_ssl, proxy=self._proxy)
        limiter: AsyncRateLimiter | Literal[False] = False
        if self._rate_limit is not None:
            limiter = AsyncRateLimiter(self._rate_limit, self._async_limiter_store)
        return AsyncPolicyTransport(
            POLICY,
            inner=inner,
            credential_key=self._credential_key(),
            limiter=limiter,
            retry=self._retry,
            hooks=self._hooks,
        )

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, built on first use around the policy transport."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                auth=self._auth,
                transport=self._policy_transport(),
                **self._httpx_args,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, built on first use around the async policy transport."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                auth=self._auth,
                transport=self._async_policy_transport(),
                **self._httpx_args,
            )
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


class AuthenticatedClient(Client):
    """A client that authenticates every request. Supported schemes: bearer, basic (default bearer).

    Pass `username` and `password` for HTTP Basic, or `token` for a Bearer token; `auth_scheme` picks one explicitly.
    Credentials are held masked: they never appear in a repr, log line or error message.
    A plain http:// base URL is refused unless its host is loopback.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        auth_scheme: str | None = None,
        **kwargs: Any,
    ) -> None:
        try:
            super().__init__(base_url, **kwargs)
            self._auth = _build_auth(auth_scheme, username, password, token)
            check_base_url(self._base_url, has_credentials=True, require_https=POLICY.auth.require_https)
        except ValueError as exc:
            # No frame of a refused constructor keeps the plain secrets (traceback locals).
            del base_url, username, password, token
            raise exc.with_traceback(None) from None


def _build_auth(scheme: str | None, username: str | None, password: str | None, token: str | None) -> Credentials:
    """Pick the scheme (explicit, else implied by the arguments, else the overlay's default)."""
    if scheme is None:
        if token is not None and username is None:
            scheme = "bearer"
        elif username is not None or password is not None:
            scheme = "basic"
        else:
            scheme = POLICY.auth.default
    if scheme not in POLICY.auth.schemes:
        allowed = ", ".join(POLICY.auth.schemes)
        raise ValueError(f"auth_scheme: {scheme!r} is not supported by this API (supported: {allowed})")
    if scheme == "bearer":
        if not token:
            raise ValueError("token: required for bearer auth")
        return BearerAuth(token)
    if not username:
        raise ValueError("username: required for basic auth")
    if password is None:
        raise ValueError("password: required for basic auth")
    return BasicAuth(username, password)
