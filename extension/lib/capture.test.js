import assert from "node:assert/strict";
import test from "node:test";

import { captureBody } from "./capture.js";

const parsed = {
  url: "https://www.linkedin.com/in/priya-raman-3b7c21/",
  layout: "ember",
  complete: false,
  missing: ["education"],
  sources: { full_name: "voyager", positions: "dom" },
  profile: {
    full_name: "Priya Raman", headline: "Engineering Manager", location: null, about: "", photo_url: null,
    positions: [
      { title: "Engineering Manager", company: "Northwind", start: "2021-07", end: null, location: null },
      { title: null, company: null, start: null, end: null, location: null },
    ],
    education: [{ school: "", degree: "BS" }],
    skills: ["Go"],
    interests: [],
  },
};

test("the body leaves unknown values out but keeps end: null for a current role", () => {
  const body = captureBody(parsed);
  assert.deepEqual(body, {
    linkedin_url: "https://www.linkedin.com/in/priya-raman-3b7c21/",
    full_name: "Priya Raman",
    headline: "Engineering Manager",
    positions: [{ title: "Engineering Manager", company: "Northwind", start: "2021-07", end: null }],
    education: [],
    skills: ["Go"],
    interests: [],
    capture: {
      source: "voyager", layout: "ember", complete: false,
      fields: { full_name: "voyager", positions: "dom" }, missing: ["education"],
    },
  });
});

test("an empty parse still gives a well-formed body", () => {
  const body = captureBody({ url: "https://www.linkedin.com/in/x/", profile: null });
  assert.deepEqual(body.positions, []);
  assert.equal(body.capture.complete, false);
  assert.equal(body.capture.layout, "unknown");
});

test("over-long values are cut to what the server accepts, not refused", () => {
  const body = captureBody({
    url: "https://www.linkedin.com/in/x/",
    profile: {
      full_name: "X",
      about: "a".repeat(12_000),
      photo_url: "javascript:alert(1)",
      skills: Array.from({ length: 250 }, (_, i) => `skill ${i}`),
      positions: Array.from({ length: 120 }, () => ({ title: "t".repeat(400), company: "c", end: "2020" })),
    },
  });
  assert.equal(body.about.length, 10_000);
  assert.equal(body.photo_url, undefined);
  assert.equal(body.skills.length, 200);
  assert.equal(body.positions.length, 100);
  assert.equal(body.positions[0].title.length, 300);
  assert.equal(body.positions[0].end, "2020");
});

test("a cut-short list, a details page, a private profile and followed entities are said so", () => {
  const body = captureBody({
    ...parsed,
    cut_short: { positions: { shown: 3, total: 9, url: "https://www.linkedin.com/in/x/details/experience/" } },
    details: "skills",
    private: true,
    profile: {
      ...parsed.profile, first_name: "Sri Lalitha", last_name: "Iyer",
      followed: [{ type: "school", name: "Purdue University" }, { type: "group", name: "" }],
    },
  });
  assert.equal(body.first_name, "Sri Lalitha");
  assert.equal(body.last_name, "Iyer");
  assert.deepEqual(body.followed, [{ type: "school", name: "Purdue University" }]);
  assert.deepEqual(body.capture.cut_short, ["positions"]);
  assert.equal(body.capture.details, "skills");
  assert.equal(body.capture.private, true);
});
