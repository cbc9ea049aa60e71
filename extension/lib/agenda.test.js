import assert from "node:assert/strict";
import test from "node:test";

import { dueNow, kindLabel, localDay } from "./agenda.js";

test("localDay is the user's calendar day", () => {
  assert.equal(localDay(new Date(2026, 11, 1, 23, 59)), "2026-12-01");
  assert.equal(localDay(new Date(2026, 0, 9, 0, 1)), "2026-01-09");
});

test("dueNow keeps overdue and today's items, not upcoming ones", () => {
  const items = [
    { id: "a", state: "overdue" }, { id: "b", state: "today" }, { id: "c", state: "upcoming" },
  ];
  assert.deepEqual(dueNow(items).map((item) => item.id), ["a", "b"]);
  assert.deepEqual(dueNow(undefined), []);
});

test("kindLabel names each kind and passes unknown ones through", () => {
  assert.equal(kindLabel("thank_you"), "Thank-you");
  assert.equal(kindLabel("something_new"), "something_new");
});
