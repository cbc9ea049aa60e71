import assert from "node:assert/strict";
import { createServer } from "node:http";
import test from "node:test";

import { ApiError, apiRequest, apiUrl, kindForStatus } from "./api.js";

test("apiUrl joins path and query and skips empty values", () => {
  assert.equal(apiUrl("http://127.0.0.1:7313", "/api/contacts/3/suggestions", { tone: "warm", limit: undefined, q: "" }),
    "http://127.0.0.1:7313/api/contacts/3/suggestions?tone=warm");
});

test("statuses map to what the user can do about them", () => {
  assert.equal(kindForStatus(401), "unauthorized");
  assert.equal(kindForStatus(403), "forbidden");
  assert.equal(kindForStatus(404), "not_found");
  assert.equal(kindForStatus(422), "invalid");
  assert.equal(kindForStatus(503), "server");
});

// A real HTTP server on a loopback port standing in for Segue's: it checks the token.
async function withServer(handler, run) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await run(`http://127.0.0.1:${server.address().port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

function segueLike(request, response) {
  if (request.headers.authorization !== "Bearer right") {
    response.writeHead(401, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ code: 401, status: "Unauthorized", message: "Missing or wrong token." }));
    return;
  }
  let body = "";
  request.on("data", (chunk) => { body += chunk; });
  request.on("end", () => {
    if (request.url === "/api/boom") {
      response.writeHead(500);
      response.end("<html>oops</html>");
      return;
    }
    response.writeHead(request.method === "POST" ? 201 : 200, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ method: request.method, type: request.headers["content-type"] ?? null, body: body || null }));
  });
}

test("a good request returns status and parsed JSON, sending the body as JSON", async () => {
  await withServer(segueLike, async (serverUrl) => {
    const { status, data } = await apiRequest({ serverUrl, token: "right" }, "POST", "/api/x", { body: { a: 1 } });
    assert.equal(status, 201);
    assert.deepEqual(data, { method: "POST", type: "application/json", body: '{"a":1}' });
  });
});

test("a wrong token is 'unauthorized' with the server's message", async () => {
  await withServer(segueLike, async (serverUrl) => {
    await assert.rejects(apiRequest({ serverUrl, token: "wrong" }, "GET", "/api/me"),
      (error) => error instanceof ApiError && error.kind === "unauthorized" && error.status === 401
        && error.message === "Missing or wrong token.");
  });
});

test("a server error with an HTML body is still a clean ApiError", async () => {
  await withServer(segueLike, async (serverUrl) => {
    await assert.rejects(apiRequest({ serverUrl, token: "right" }, "GET", "/api/boom"),
      (error) => error.kind === "server" && error.status === 500);
  });
});

test("nothing listening is 'offline'; no token is 'not_configured' without a request", async () => {
  let port;
  await withServer(segueLike, async (serverUrl) => { port = new URL(serverUrl).port; });
  await assert.rejects(apiRequest({ serverUrl: `http://127.0.0.1:${port}`, token: "t" }, "GET", "/api/me"),
    (error) => error.kind === "offline");
  await assert.rejects(apiRequest({ serverUrl: "http://127.0.0.1:1", token: "" }, "GET", "/api/me"),
    (error) => error.kind === "not_configured");
});

test("health needs no token", async () => {
  await withServer((request, response) => {
    response.writeHead(request.headers.authorization ? 400 : 200, { "Content-Type": "application/json" });
    response.end('{"status":"ok"}');
  }, async (serverUrl) => {
    const { data } = await apiRequest({ serverUrl, token: "" }, "GET", "/api/health", { auth: false });
    assert.deepEqual(data, { status: "ok" });
  });
});
