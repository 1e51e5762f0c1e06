"""Contract fuzzing of the mocks against the resolved specs (schemathesis)."""
