#!/usr/bin/env python3
"""Checks what .github/workflows/release.yml must keep doing on the runners it targets, which
actionlint (syntax, expressions, action inputs) does not know about:

    python3 tests/packaging/check-release-workflow.py .github/workflows/release.yml

- Windows leaves out the tests labelled dbus (no D-Bus there); macOS also those labelled
  keychain (the login Keychain's prompts would stop an unattended runner).
- The macOS disk image is retried when hdiutil reports "Resource busy".
- Developer ID signing and notarisation run only when their secrets are there.
"""
import re
import sys

import yaml


def steps_running(job, pattern):
    return [s for s in job.get("steps", []) if re.search(pattern, s.get("run", ""))]


def excluded_labels(step):
    match = re.search(r"-LE\s+'([^']*)'", step["run"])
    return set(match.group(1).split("|")) if match else set()


def check(path):
    with open(path, encoding="utf-8") as f:
        jobs = yaml.safe_load(f).get("jobs", {})
    errors = []
    need = {"windows": {"dbus"}, "macos": {"dbus", "keychain"}}
    for name, labels in need.items():
        job = jobs.get(name)
        if not job:
            errors.append(f"no {name} job")
            continue
        tests = steps_running(job, r"\bctest\b")
        if not tests:
            errors.append(f"{name}: no ctest step")
        for step in tests:
            missing = labels - excluded_labels(step)
            if missing:
                errors.append(f"{name}: ctest does not leave out the labels {sorted(missing)}")

    # Confab links QtPdf, an extension since Qt 6.8 that install-qt-action leaves out unless asked;
    # the image format plugins (WebP, TIFF attachments) come with qtimageformats.
    for name in ("windows", "macos"):
        installs = [s for s in jobs.get(name, {}).get("steps", []) if "install-qt-action" in str(s.get("uses", ""))]
        if not installs:
            errors.append(f"{name}: no install-qt-action step")
        for step in installs:
            modules = str((step.get("with") or {}).get("modules", "")).split()
            for module in ("qtpdf", "qtimageformats"):
                if module not in modules:
                    errors.append(f"{name}: install-qt-action does not install {module}")

    macos = jobs.get("macos", {})
    for step in steps_running(macos, r"cpack\s+-G\s+DragNDrop"):
        if "Resource busy" not in step["run"] or not re.search(r"\bfor\b|\bwhile\b", step["run"]):
            errors.append("macos: the DragNDrop step is not retried on hdiutil's 'Resource busy'")
    for step in steps_running(macos, r"security import|notarytool|codesign --force --sign"):
        condition = step.get("if", "")
        if "env." not in condition or "!= ''" not in condition:
            errors.append(f"macos: step '{step.get('name')}' uses the signing secrets but is not skipped without them")
    return errors


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    errors = check(sys.argv[1])
    for error in errors:
        print(f"{sys.argv[1]}: {error}", file=sys.stderr)
    if not errors:
        print(f"{sys.argv[1]}: test labels, DMG retry and secret-guarded steps are in place")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
