"""Check a live vendor (or sandbox) against its spec, the way a user's scheduled CI job would.

`nox -s conformance -- <vendor> --base-url URL` / `python -m clientgen.conformance`; see
`__main__` for the flags and the credential variables.
"""
