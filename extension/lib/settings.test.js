import assert from "node:assert/strict";
import test from "node:test";

import { DEFAULT_SERVER_URL, loadSettings, normalizeServerUrl, normalizeToken, saveSettings } from "./settings.js";

test("server URLs are loopback http origins", () => {
  assert.equal(normalizeServerUrl(""), DEFAULT_SERVER_URL);
  assert.equal(normalizeServerUrl(" http://127.0.0.1:7313/ "), "http://127.0.0.1:7313");
  assert.equal(normalizeServerUrl("localhost:9000/api"), "http://localhost:9000");
  assert.throws(() => normalizeServerUrl("https://127.0.0.1:7313"), RangeError);
  assert.throws(() => normalizeServerUrl("http://example.com:7313"), RangeError);
  assert.throws(() => normalizeServerUrl("http://[::1"), RangeError);
});

test("tokens lose surrounding space and a pasted 'Bearer ' prefix", () => {
  assert.equal(normalizeToken("  Bearer abc123 \n"), "abc123");
  assert.equal(normalizeToken(undefined), "");
});

function memoryStorage() {
  const data = {};
  return {
    data,
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(values) {
      Object.assign(data, values);
    },
  };
}

test("settings are stored normalised and read back with defaults", async () => {
  const storage = memoryStorage();
  assert.deepEqual(await loadSettings(storage), { serverUrl: DEFAULT_SERVER_URL, token: "" });
  await saveSettings({ serverUrl: "127.0.0.1:7400/", token: " t0k " }, storage);
  assert.deepEqual(storage.data, { serverUrl: "http://127.0.0.1:7400", token: "t0k" });
  assert.deepEqual(await loadSettings(storage), { serverUrl: "http://127.0.0.1:7400", token: "t0k" });
  await assert.rejects(saveSettings({ serverUrl: "http://example.com", token: "x" }, storage), RangeError);
  assert.equal(storage.data.serverUrl, "http://127.0.0.1:7400");
});
