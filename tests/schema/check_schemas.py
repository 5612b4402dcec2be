#!/usr/bin/env python3
"""The JSON contract holds: every JSON that ind prints validates against its schema in
docs/schema/.

Validates (1) the real outputs of every bundled example: `eval`, `audit` where the example has
printed figures, `explain` of every indicator and value, and the batch `eval rules --data
examples`; and (2) the stdout of every golden
test that runs `ind eval|audit|explain ... --format json` and exits 0 or 1. A schema that is not
itself valid fails too.

usage: check_schemas.py --ind build/ind --root SOURCE_DIR
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

try:
    import jsonschema
except ImportError:  # the Python on PATH may lack it; Debian's has python3-jsonschema
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("check_schemas.py: the Python module jsonschema is missing (apt-get install "
             "python3-jsonschema)")

# batch: eval of a folder of rule files; batch-audit: audit of one
COMMANDS = ("eval", "audit", "explain", "batch", "batch-audit")


def load_schemas(root):
    folder = os.path.join(root, "docs", "schema")
    schemas = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".schema.json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                schemas[name.removesuffix(".schema.json")] = json.load(f)
    return schemas


def validators(schemas):
    """One validator per command, resolving references between the schema files."""
    out = {}
    try:
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            (s["$id"], Resource.from_contents(s)) for s in schemas.values())
        for command in COMMANDS:
            cls = jsonschema.validators.validator_for(schemas[command])
            cls.check_schema(schemas[command])
            out[command] = cls(schemas[command], registry=registry)
    except ImportError:  # jsonschema before 4.18
        store = {s["$id"]: s for s in schemas.values()}
        for command in COMMANDS:
            cls = jsonschema.validators.validator_for(schemas[command])
            cls.check_schema(schemas[command])
            resolver = jsonschema.RefResolver.from_schema(schemas[command], store=store)
            out[command] = cls(schemas[command], resolver=resolver)
    return out


def check(validator, text, what, failures):
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        failures.append(f"{what}: not JSON: {e}")
        return
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        path = "/".join(str(p) for p in e.absolute_path)
        failures.append(f"{what}: at /{path}: {e.message}")


def run(ind, args, root):
    p = subprocess.run([ind] + args, cwd=root, capture_output=True, text=True, timeout=120)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"ind {' '.join(args)} exited {p.returncode}:\n{p.stderr}")
    return p.stdout


def examples(root):
    """(rule file, data folder) of every bundled example: rules/<name>.ind with
    examples/<name>/<period>/."""
    for rules in sorted(os.listdir(os.path.join(root, "rules"))):
        name = rules.removesuffix(".ind")
        folder = os.path.join(root, "examples", name)
        if rules.endswith(".ind") and os.path.isdir(folder):
            for period in sorted(os.listdir(folder)):
                yield os.path.join("rules", rules), os.path.join("examples", name, period), period


def ids(ind, rules, data, period, root):
    report = json.loads(run(ind, ["eval", rules, "--data", data, "--period", period,
                                  "--format", "json"], root))
    return [x["id"] for x in report["indikator"]] + [x["id"] for x in report["nilai"]]


def golden_outputs(root):
    """(case, command, stdout) of every golden test that prints JSON and succeeds."""
    base = os.path.join(root, "tests", "golden")
    for folder, _, files in sorted(os.walk(base)):
        for name in sorted(files):
            if not name.endswith(".t"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            first = text.split("\n", 1)[0]
            if not first.startswith("$ ind "):
                continue
            words = shlex.split(first[2:])
            if len(words) < 2 or words[1] not in COMMANDS or "json" not in words:
                continue
            if words[words.index("json") - 1] != "--format":
                continue
            if "\n--- exit 0\n" not in text and "\n--- exit 1\n" not in text:
                continue
            command = words[1]
            if command == "eval" and os.path.isdir(os.path.join(root, words[2])):
                command = "batch"
            elif command == "audit" and os.path.isdir(os.path.join(root, words[2])):
                command = "batch-audit"
            stdout = text.split("--- stdout\n", 1)[1].split("--- stderr\n", 1)[0]
            yield os.path.relpath(path, root), command, stdout


def same_as_single_audits(ind, root, batch, failures):
    """The batch audit's rows are, agency by agency, the figures of `ind audit FILE`."""
    for rules, data, period in examples(root):
        if not os.path.exists(os.path.join(root, data, "tercetak.csv")):
            continue
        name = os.path.basename(rules).removesuffix(".ind")
        single = json.loads(run(ind, ["audit", rules, "--data", data, "--period", period,
                                      "--format", "json"], root))
        mine = [(r["lokasi"], r["objek"], r["besaran"], r["periode_angka"], r["tercetak"],
                 r["dihitung"], r["hasil"] == "cocok", r.get("temuan"))
                for r in batch["baris"] if r["aturan"] == name and r["periode"] == period]
        theirs = [(a["lokasi"], a["objek"], a["besaran"], a["periode"], a["tercetak"],
                   a["dihitung"], a["cocok"], a.get("temuan")) for a in single["angka"]]
        if mine != theirs:
            failures.append(f"batch audit rows of {name} {period} differ from ind audit {rules}")
        verdict = [v for v in batch["putusan"] if v["aturan"] == name and v["periode"] == period]
        counts = {k: v for k, v in verdict[0].items() if k not in ("aturan", "instansi", "periode")} \
            if verdict else None
        # The batch's verdict adds the syarat that are findings, as the single audit lists them.
        expected = dict(single["putusan"])
        expected["syarat_tidak_terpenuhi"] = sum(
            1 for c in single.get("pemeriksaan_data", [])
            if c["hasil"] in ("tidak_terpenuhi", "tidak_dapat_dinilai"))
        if counts != expected:
            failures.append(f"batch audit verdict of {name} {period}: {counts}, "
                            f"ind audit: {single['putusan']}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ind", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    ind = os.path.abspath(args.ind)
    root = os.path.abspath(args.root)
    check_with = validators(load_schemas(root))
    failures = []
    checked = 0
    for rules, data, period in examples(root):
        common = ["--data", data, "--period", period, "--format", "json"]
        check(check_with["eval"], run(ind, ["eval", rules] + common, root), f"eval {data}",
              failures)
        checked += 1
        if os.path.exists(os.path.join(root, data, "tercetak.csv")):
            check(check_with["audit"], run(ind, ["audit", rules] + common, root),
                  f"audit {data}", failures)
            checked += 1
        for name in ids(ind, rules, data, period, root):
            check(check_with["explain"], run(ind, ["explain", rules, name] + common, root),
                  f"explain {name} {data}", failures)
            checked += 1
    batch_eval = run(ind, ["eval", "rules", "--data", "examples", "--format", "json"], root)
    check(check_with["batch"], batch_eval, "eval rules --data examples", failures)
    checked += 1
    batch_audit = run(ind, ["audit", "rules", "--data", "examples", "--format", "json"], root)
    check(check_with["batch-audit"], batch_audit, "audit rules --data examples", failures)
    checked += 1
    same_as_single_audits(ind, root, json.loads(batch_audit), failures)
    # JSON lines: the rows of the JSON output, one a line, each valid as a row of its schema.
    for command, schema, whole in (("eval", "batch", batch_eval), ("audit", "batch-audit", batch_audit)):
        lines = run(ind, [command, "rules", "--data", "examples", "--format", "jsonl"], root)
        rows = [json.loads(line) for line in lines.splitlines()]
        if rows != json.loads(whole)["baris"]:
            failures.append(f"{command} --format jsonl: not the rows of --format json")
        wrapped = {"versi_format": 2, "baris": rows, "gagal": []}
        if command == "audit":
            wrapped["putusan"] = []
        check(check_with[schema], json.dumps(wrapped), f"{command} rules --format jsonl", failures)
        checked += 1
    for case, command, stdout in golden_outputs(root):
        check(check_with[command], stdout, case, failures)
        checked += 1
    for f in failures:
        print("FAIL:", f)
    print(f"{checked} JSON documents checked against docs/schema, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
