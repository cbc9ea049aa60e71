import assert from "node:assert/strict";
import test from "node:test";

import { isoToProfileDate, parseDateRange, parseLinkedInDate, partsToProfileDate } from "./dates.js";

test("a month and year becomes YYYY-MM, a year stays YYYY, Present is null", () => {
  assert.equal(parseLinkedInDate("Jul 2021"), "2021-07");
  assert.equal(parseLinkedInDate("September 2019"), "2019-09");
  assert.equal(parseLinkedInDate("Sept. 2019"), "2019-09");
  assert.equal(parseLinkedInDate("2013"), "2013");
  assert.equal(parseLinkedInDate("Present"), null);
  assert.equal(parseLinkedInDate("Smarch 2013"), undefined);
  assert.equal(parseLinkedInDate("Contoso"), undefined);
});

test("date lines drop the duration and read both dashes and 'to'", () => {
  assert.deepEqual(parseDateRange("Jul 2021 - Present · 3 yrs 5 mos"), { start: "2021-07", end: null });
  assert.deepEqual(parseDateRange("Jul 2021 to Present · 3 yrs 5 mos"), { start: "2021-07", end: null });
  assert.deepEqual(parseDateRange("Mar 2017 – Jun 2021"), { start: "2017-03", end: "2021-06" });
  assert.deepEqual(parseDateRange("2013 - 2015"), { start: "2013", end: "2015" });
  assert.deepEqual(parseDateRange("2019"), { start: "2019", end: "2019" });
});

test("lines that are not dates give null", () => {
  for (const line of ["Northwind Analytics · Full-time", "6 yrs 2 mos", "", "Seattle, Washington", "2013 - soon", "1 - 2 - 3"]) {
    assert.equal(parseDateRange(line), null, line);
  }
});

test("schema.org and voyager dates are cut to YYYY or YYYY-MM", () => {
  assert.equal(isoToProfileDate("2020-02-01"), "2020-02");
  assert.equal(isoToProfileDate("2016"), "2016");
  assert.equal(isoToProfileDate("soon"), null);
  assert.equal(partsToProfileDate({ year: 2021, month: 3 }), "2021-03");
  assert.equal(partsToProfileDate({ year: 2008 }), "2008");
  assert.equal(partsToProfileDate(null), null);
  assert.equal(partsToProfileDate({ month: 3 }), null);
});
