#!/usr/bin/env python3
"""Checks newsgraph's JSON reports against their JSON Schemas (jsonschema, draft 2020-12).

    python3 scripts/checks/check_reports.py FILE...

FILE.diff.json (newsgraph diff --format json) against schema/diff.schema.json, and
FILE.compare.json (newsgraph compare --format json) against schema/compare.schema.json.
Prints one line per problem and a summary; exits 1 if there was a problem or no file.
"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SCHEMAS = {".diff.json": "diff.schema.json", ".compare.json": "compare.schema.json"}


def main():
    import jsonschema

    problems, checked = [], 0
    for path in sys.argv[1:]:
        suffix = next((s for s in SCHEMAS if path.endswith(s)), None)
        if suffix is None:
            problems.append(f"{path}: not a .diff.json or .compare.json file")
            continue
        with open(os.path.join(ROOT, "schema", SCHEMAS[suffix]), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for error in jsonschema.Draft202012Validator(schema).iter_errors(document):
            where = "/".join(str(p) for p in error.absolute_path) or "(top)"
            problems.append(f"{path}: schema: {where}: {error.message}")
        checked += 1
    for problem in problems:
        print(problem)
    print(f"check_reports: {checked} reports checked against their schemas: {len(problems)} problems")
    sys.exit(1 if problems or not checked else 0)


if __name__ == "__main__":
    main()
