import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import test from "node:test";

const root = new URL("../", import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const manifest = JSON.parse(read("manifest.json"));
const firefox = JSON.parse(read("manifest.firefox.json"));

test("permissions stay narrow: LinkedIn profiles and the local server only", () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.host_permissions,
    ["https://www.linkedin.com/in/*", "http://127.0.0.1/*", "http://localhost/*"]);
  assert.deepEqual(manifest.content_scripts.map((c) => c.matches), [["https://www.linkedin.com/in/*"]]);
  assert.deepEqual([...manifest.permissions].sort(), ["alarms", "notifications", "scripting", "storage"]);
});

test("nothing is web-accessible, so LinkedIn's page cannot probe for Segue", () => {
  assert.equal(manifest.web_accessible_resources, undefined);
  assert.equal(firefox.web_accessible_resources, undefined);
  assert.deepEqual(manifest.content_scripts.map((c) => c.js), [["content/content-script.js"]]);
});

test("the background is a module service worker", () => {
  assert.equal(manifest.background.type, "module");
  assert.equal(manifest.background.service_worker, "background/service-worker.js");
});

test("the Firefox manifest is the same but for a background scripts fallback", () => {
  const { background, minimum_chrome_version: _, ...rest } = manifest;
  const { background: firefoxBackground, ...firefoxRest } = firefox;
  assert.deepEqual(firefoxRest, rest);
  assert.deepEqual(firefoxBackground.scripts, [background.service_worker]);
  assert.ok(firefox.browser_specific_settings.gecko.id);
});

test("every file the manifest names exists, and icons are PNGs of their size", () => {
  const files = [
    manifest.background.service_worker, manifest.action.default_popup, manifest.options_ui.page,
    ...manifest.content_scripts.flatMap((c) => c.js),
  ];
  for (const file of files) assert.ok(existsSync(new URL(file, root)), file);
  for (const [size, file] of Object.entries({ ...manifest.icons, ...manifest.action.default_icon })) {
    const png = read(file);
    assert.equal(png.subarray(1, 4).toString(), "PNG", file);
    assert.equal(png.readUInt32BE(16), Number(size), `${file} width`);
    assert.equal(png.readUInt32BE(20), Number(size), `${file} height`);
  }
});
