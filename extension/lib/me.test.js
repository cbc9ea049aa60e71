import assert from "node:assert/strict";
import test from "node:test";

import { formFromMe, meFromForm } from "./me.js";

test("the form becomes the /api/me body: blank rows and blank optional fields dropped", () => {
  const me = meFromForm({
    fullName: " Sam  Viewer ", headline: "", location: "Seattle", accountType: "premium",
    schools: [{ school: "Univ. of Michigan", degree: "", start: "2010", end: "2014" }, { school: " ", degree: "BA" }],
    employers: [{ company: "Contoso", title: "Analyst", start: "2019-03", end: "soon" }],
    interests: "golf, robotics, golf",
  });
  assert.deepEqual(me, {
    full_name: "Sam Viewer", headline: "", location: "Seattle", account_type: "premium",
    schools: [{ school: "Univ. of Michigan", start: "2010", end: "2014" }],
    employers: [{ company: "Contoso", title: "Analyst", start: "2019-03" }],
    interests: ["golf", "robotics"],
  });
});

test("anything but premium is a free account", () => {
  assert.equal(meFromForm({ accountType: "gold" }).account_type, "free");
});

test("formFromMe fills the form from what the server returns and round-trips", () => {
  const stored = {
    full_name: "Sam", headline: "h", location: "l", account_type: "premium",
    schools: [{ school: "MIT", degree: "BS", start: "2010", end: null }],
    employers: [{ company: "Contoso" }], interests: ["golf", "jazz"], updated_at: "x",
  };
  const form = formFromMe(stored);
  assert.equal(form.interests, "golf, jazz");
  assert.deepEqual(form.schools, [{ school: "MIT", degree: "BS", start: "2010", end: "" }]);
  const again = meFromForm(form);
  assert.deepEqual(again.schools, [{ school: "MIT", degree: "BS", start: "2010" }]);
  assert.deepEqual(again.employers, [{ company: "Contoso" }]);
  assert.deepEqual(formFromMe(null).schools, []);
});
