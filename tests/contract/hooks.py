"""schemathesis hooks for Amana's API (loaded through SCHEMATHESIS_HOOKS by scripts/api-contract)."""

import json

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx, value):
    """An import body: each generated person on a line of its own (schemathesis has no NDJSON writer)."""
    people = value if isinstance(value, list) else [value]
    return "".join(json.dumps(person) + "\n" for person in people).encode("utf-8")
