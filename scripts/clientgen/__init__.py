"""clientgen: build typed vendor clients from hand-authored OpenAPI specs and policy overlays."""
