"""Tests of the conformance check (clientgen.conformance) against the mocks."""
