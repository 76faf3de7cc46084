#!/usr/bin/env python3
"""Validates an HSDS export (DIR/services.json, a page of services) against the HSDS 3.0 JSON schemas kept in
tests/fixtures/hsds/schema. Used by the directory's tests when ajv-cli is not installed.
Usage: validate-hsds.py SCHEMA_DIR EXPORT_DIR. Exit 0 when valid, 1 with the errors, 77 when jsonschema is missing."""
import json, os, sys
try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed"); sys.exit(77)
schema_dir, export_dir = sys.argv[1], sys.argv[2]
def load(name):
    with open(os.path.join(schema_dir, "compiled", name)) as f: return json.load(f)
errors = 0
for file, schema in (("services.json", "service.json"), ("organizations.json", "organization.json")):
    with open(os.path.join(export_dir, file)) as f: page = json.load(f)
    s = load(schema)
    cls = jsonschema.validators.validator_for(s, default=jsonschema.Draft202012Validator)
    v = cls(s, format_checker=cls.FORMAT_CHECKER)
    for i, item in enumerate(page["contents"]):
        for e in v.iter_errors(item):
            errors += 1
            if errors <= 20: print(f"{file}[{i}] {item.get('id')}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
print(f"{errors} error(s)")
sys.exit(1 if errors else 0)
