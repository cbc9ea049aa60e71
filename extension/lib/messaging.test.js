import assert from "node:assert/strict";
import test from "node:test";

import { describeErrors } from "./messaging.js";

test("field errors read as short lines, list rows counted from 1", () => {
  assert.deepEqual(
    describeErrors({ json: { schools: { 0: { start: ['Use "YYYY" or "YYYY-MM".'] } }, full_name: ["Too long."] } }),
    ['schools 1, start: Use "YYYY" or "YYYY-MM".', "full_name: Too long."],
  );
  assert.deepEqual(describeErrors(null), []);
  assert.deepEqual(describeErrors({ query: { tone: ["Must be one of: warm."] } }), ["tone: Must be one of: warm."]);
});
