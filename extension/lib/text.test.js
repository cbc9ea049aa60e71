import assert from "node:assert/strict";
import test from "node:test";

import {
  cleanLines, cleanText, formatCount, isDuration, isEmploymentType, isWorkplaceType, noteLength, splitDotted, splitList,
} from "./text.js";

test("cleanText collapses whitespace, no-break spaces and zero-width characters", () => {
  assert.equal(cleanText("  Priya\u00a0 Raman\u200b \n"), "Priya Raman");
  assert.equal(cleanText(null), "");
  assert.equal(cleanText(undefined), "");
});

test("cleanText drops private-use glyphs and zero-width characters LinkedIn mixes into text", () => {
  assert.equal(cleanText("\ue001 Priya\u200d Raman\uf8ff\u2060"), "Priya Raman");
  assert.equal(cleanText("Lead\u200b\u200b Engineer\ufeff"), "Lead Engineer");
});

test("cleanLines keeps lines apart and cleans each one", () => {
  assert.equal(cleanLines("I build teams.\n\n\n\nOff work:  \ue000 sailing\r\nand chess "),
    "I build teams.\n\nOff work: sailing\nand chess");
  assert.equal(cleanLines(null), "");
});

test("splitDotted splits LinkedIn's middle-dot lines and drops empty parts", () => {
  assert.deepEqual(splitDotted("Northwind Analytics · Full-time"), ["Northwind Analytics", "Full-time"]);
  assert.deepEqual(splitDotted("· 2nd"), ["2nd"]);
  assert.deepEqual(splitDotted("Seattle, Washington • Hybrid"), ["Seattle, Washington", "Hybrid"]);
  assert.deepEqual(splitDotted("Procter·Gamble"), ["Procter·Gamble"]);
});

test("employment and workplace types are told apart from companies and places", () => {
  assert.ok(isEmploymentType("Full-time"));
  assert.ok(isEmploymentType(" self-employed "));
  assert.ok(!isEmploymentType("Fabrikam"));
  assert.ok(isWorkplaceType("Remote"));
  assert.ok(!isWorkplaceType("Redmond"));
});

test("isDuration recognises totals like '6 yrs 2 mos' and nothing else", () => {
  assert.ok(isDuration("6 yrs 2 mos"));
  assert.ok(isDuration("11 mos"));
  assert.ok(isDuration("1 yr"));
  assert.ok(!isDuration("Jul 2021 - Present"));
  assert.ok(!isDuration("Contoso"));
});

test("noteLength counts UTF-16 code units, as LinkedIn's box does", () => {
  assert.equal(noteLength("🙂"), 2);
  assert.equal(noteLength("Hi Priya"), 8);
  assert.equal(noteLength("é"), 1);
  assert.equal(noteLength(undefined), 0);
});

test("formatCount shows the length against the limit", () => {
  assert.equal(formatCount("x".repeat(187), 200), "187 / 200");
  assert.equal(formatCount("🙂🙂", 300), "4 / 300");
});

test("splitList trims, drops blanks and case-insensitive repeats", () => {
  assert.deepEqual(splitList("golf, Jazz piano,, golf\nRobotics ; jazz PIANO"), ["golf", "Jazz piano", "Robotics"]);
  assert.deepEqual(splitList(""), []);
});
