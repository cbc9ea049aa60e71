// How extension pages talk to the service worker.

/** A failed request, with the service worker's classification (`kind`) kept. */
export class RequestError extends Error {
  constructor({ kind = "internal", message = "Something went wrong.", status = 0, errors = null } = {}) {
    super(message);
    this.name = "RequestError";
    this.kind = kind;
    this.status = status;
    this.errors = errors;
  }
}

/**
 * The server's field errors ({json: {schools: {0: {start: ["Use YYYY."]}}}}) as short lines:
 * "schools 1, start: Use YYYY."
 */
export function describeErrors(errors) {
  const lines = [];
  const walk = (value, path) => {
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
      lines.push(`${path.join(", ")}: ${value.join(" ")}`);
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        // List items are numbered from 0 by the server; people count rows from 1.
        const row = /^\d+$/.test(key) && path.length > 0;
        walk(inner, row ? [...path.slice(0, -1), `${path.at(-1)} ${Number(key) + 1}`] : [...path, key]);
      }
    }
  };
  for (const located of Object.values(errors ?? {})) walk(located, []);
  return lines;
}

/** Ask the service worker to do `type`; resolves with its data or rejects with RequestError. */
export async function request(type, payload = {}) {
  const reply = await chrome.runtime.sendMessage({ type, ...payload });
  if (!reply) throw new RequestError({ kind: "internal", message: "Segue's background page did not answer." });
  if (!reply.ok) throw new RequestError(reply.error);
  return reply.data;
}
