// Bundles the content script and its modules into one classic script, so the extension needs
// no web-accessible resources (LinkedIn pages could probe for those).
//   node build-content.mjs           write extension/content/content-script.js
//   node build-content.mjs --check   exit 1 when the committed file is not what a build gives

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const extension = fileURLToPath(new URL("../../../extension/", import.meta.url));
const outfile = `${extension}content/content-script.js`;

const result = await build({
  entryPoints: [`${extension}content/main.js`],
  bundle: true,
  format: "iife",
  target: "es2022",
  charset: "utf8",
  legalComments: "none",
  write: false,
  banner: {
    js: "// Built from content/main.js by tests/browser/node/build-content.mjs (esbuild); do not edit.",
  },
});
// Paths in esbuild's "// lib/x.js" comments are relative to the working directory; make them
// the same wherever the build runs.
const code = result.outputFiles[0].text.replaceAll(/^(\s*\/\/ )(?:\.\.\/)*extension\//gm, "$1");

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(outfile, "utf8");
  } catch {
    // A missing file is simply out of date.
  }
  if (committed !== code) {
    console.error("extension/content/content-script.js is out of date: run `npm run build` in tests/browser/node");
    process.exit(1);
  }
} else {
  writeFileSync(outfile, code);
}
