import assert from "node:assert/strict";
import test from "node:test";

import { canonicalProfileUrl, isProfileUrl, profileSlug } from "./profile-url.js";

test("profile pages and their sub-pages are profiles; other LinkedIn pages are not", () => {
  assert.ok(isProfileUrl("https://www.linkedin.com/in/priya-raman-3b7c21/"));
  assert.ok(isProfileUrl("https://www.linkedin.com/in/priya-raman-3b7c21/overlay/contact-info/"));
  assert.ok(isProfileUrl("https://www.linkedin.com/in/priya-raman-3b7c21?trk=x#about"));
  assert.ok(!isProfileUrl("https://www.linkedin.com/feed/"));
  assert.ok(!isProfileUrl("https://www.linkedin.com/in/"));
  assert.ok(!isProfileUrl("https://evil.example/in/priya/"));
  assert.ok(!isProfileUrl("http://www.linkedin.com/in/priya/"));
  assert.ok(!isProfileUrl("not a url"));
  assert.ok(!isProfileUrl(""));
});

test("the slug is decoded, NFC-normalised and lower-cased", () => {
  assert.equal(profileSlug("https://www.linkedin.com/in/Priya-Raman-3B7C21/"), "priya-raman-3b7c21");
  assert.equal(profileSlug("https://www.linkedin.com/in/%D0%B8%D0%B2%D0%B0%D0%BD-42/"), "иван-42");
  assert.equal(profileSlug("https://www.linkedin.com/in/%25D0%25B8%25D0%25B2/"), "ив");
  assert.equal(profileSlug("https://www.linkedin.com/in/jose\u0301/"), "jos\u00e9");
});

test("a malformed percent escape does not throw", () => {
  assert.equal(profileSlug("https://www.linkedin.com/in/%E0%A4%A/"), "%e0%a4%a");
});

test("the canonical URL percent-encodes the slug once and ends with a slash", () => {
  assert.equal(canonicalProfileUrl("https://www.linkedin.com/in/Priya-Raman-3b7c21?trk=x"),
    "https://www.linkedin.com/in/priya-raman-3b7c21/");
  assert.equal(canonicalProfileUrl("https://linkedin.com/in/%D0%B8%D0%B2%D0%B0%D0%BD-42/details/"),
    "https://www.linkedin.com/in/%D0%B8%D0%B2%D0%B0%D0%BD-42/");
  assert.equal(canonicalProfileUrl("https://www.linkedin.com/company/x/"), null);
});
