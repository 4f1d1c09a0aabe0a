#!/usr/bin/env python3
"""Checks the Flatpak manifest without building it (no flatpak-builder or runtime here).

    python3 tests/packaging/check-flatpak-manifest.py packaging/flatpak/io.github.confab.Confab.yml

It must parse, have the keys flatpak-builder needs, pin every downloaded source, reach the
Secret Service, build libsecret before QtKeychain (the KDE runtime has no libsecret development
files, and QtKeychain's build requires them) and take QtPdf from the WebEngine BaseApp.
"""
import os
import re
import sys

import yaml

APP_ID = "io.github.confab.Confab"


def check(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        manifest = yaml.safe_load(f)
    if not isinstance(manifest, dict):
        return [f"{path}: not a YAML mapping"]

    for key in ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
        if key not in manifest:
            errors.append(f"missing top-level key '{key}'")
    if manifest.get("id") != APP_ID:
        errors.append(f"id is {manifest.get('id')!r}, not {APP_ID} (the desktop file and metainfo use it)")
    if manifest.get("command") != "confab":
        errors.append(f"command is {manifest.get('command')!r}, not confab")
    if not isinstance(manifest.get("runtime-version"), str):
        errors.append("runtime-version must be a string (quote it: '6.8', not 6.8)")
    # Confab links QtPdf, which the KDE runtime has not: the WebEngine BaseApp brings it.
    if manifest.get("runtime") == "org.kde.Platform":
        if manifest.get("base") != "io.qt.qtwebengine.BaseApp":
            errors.append("no base io.qt.qtwebengine.BaseApp: the KDE runtime has no QtPdf")
        elif manifest.get("base-version") != manifest.get("runtime-version"):
            errors.append("base-version must be the runtime-version (the BaseApp is built per Qt branch)")
    if "--talk-name=org.freedesktop.secrets" not in manifest.get("finish-args", []):
        errors.append("finish-args lack --talk-name=org.freedesktop.secrets: no keychain in the sandbox")

    modules = manifest.get("modules") or []
    names = []
    for module in modules:
        if not isinstance(module, dict):
            errors.append(f"module {module!r} is not a mapping (an included file is not checked here)")
            continue
        name = module.get("name", "?")
        names.append(name)
        for key in ("name", "buildsystem", "sources"):
            if key not in module:
                errors.append(f"module {name}: missing '{key}'")
        for source in module.get("sources", []):
            kind = source.get("type")
            if kind in ("archive", "file"):
                if not source.get("url") or not re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))):
                    errors.append(f"module {name}: {kind} source needs a url and a sha256")
            elif kind == "git":
                if not source.get("url") or not (source.get("tag") or source.get("commit")):
                    errors.append(f"module {name}: git source needs a url and a tag or commit")
            elif kind == "dir":
                where = os.path.join(os.path.dirname(path), source.get("path", ""))
                if not os.path.isfile(os.path.join(where, "CMakeLists.txt")):
                    errors.append(f"module {name}: dir source {source.get('path')} is not the project")
            else:
                errors.append(f"module {name}: unexpected source type {kind!r}")

    if "qtkeychain" not in names:
        errors.append("no qtkeychain module (it is not in the KDE runtime)")
    else:
        keychain = modules[names.index("qtkeychain")]
        opts = keychain.get("config-opts", [])
        for opt in ("-DBUILD_WITH_QT6=ON", "-DLIBSECRET_SUPPORT=ON"):
            if opt not in opts:
                errors.append(f"qtkeychain module lacks {opt}")
        if manifest.get("runtime") == "org.kde.Platform" and (
            "libsecret" not in names or names.index("libsecret") > names.index("qtkeychain")
        ):
            errors.append("the KDE runtime has no libsecret development files: build a libsecret module before qtkeychain")
    if not names or names[-1] != "confab":
        errors.append("the last module must be confab")
    return errors


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    errors = check(sys.argv[1])
    for error in errors:
        print(f"{sys.argv[1]}: {error}", file=sys.stderr)
    if not errors:
        print(f"{sys.argv[1]}: parses and is complete")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
