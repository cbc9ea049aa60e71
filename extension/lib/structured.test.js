import assert from "node:assert/strict";
import test from "node:test";

import { profileFromJsonLd, profileFromVoyager } from "./structured.js";

const GRAPH = {
  "@context": "http://schema.org",
  "@graph": [
    { "@type": "WebPage", url: "https://www.linkedin.com/in/sofia-garcia-pm", reviewedBy: { "@type": "Person", name: "Sam Viewer" } },
    {
      "@type": "Person",
      name: "Sofía García",
      url: "https://es.linkedin.com/in/sofia-garcia-pm",
      jobTitle: ["Head of Product"],
      worksFor: [
        { "@type": "Organization", name: "Tailspin Toys", member: { "@type": "OrganizationRole", startDate: "2020" } },
        { "@type": "Organization", name: "Woodgrove Bank", member: { startDate: "2016", endDate: "2020" } },
      ],
      alumniOf: [
        { "@type": "EducationalOrganization", name: "Universidad de Buenos Aires", member: { startDate: "2006", endDate: "2011" } },
        { "@type": "Organization", name: "Woodgrove Bank" },
      ],
      address: { "@type": "PostalAddress", addressLocality: "San Francisco", addressCountry: "US" },
      image: { "@type": "ImageObject", contentUrl: "https://media.example.invalid/s.jpg" },
      description: "Product leader.",
    },
  ],
};

test("JSON-LD: the Person whose url is the page's slug, even on a country host", () => {
  const profile = profileFromJsonLd([GRAPH], "sofia-garcia-pm");
  assert.equal(profile.full_name, "Sofía García");
  assert.equal(profile.location, "San Francisco, US");
  assert.equal(profile.about, "Product leader.");
  assert.equal(profile.photo_url, "https://media.example.invalid/s.jpg");
  assert.deepEqual(profile.positions, [
    { title: "Head of Product", company: "Tailspin Toys", start: "2020", end: null, location: null },
    { title: null, company: "Woodgrove Bank", start: "2016", end: "2020", location: null },
  ]);
});

test("JSON-LD: alumniOf keeps schools and drops the employers mixed into it", () => {
  const profile = profileFromJsonLd([GRAPH], "sofia-garcia-pm");
  assert.deepEqual(profile.education.map((e) => e.school), ["Universidad de Buenos Aires"]);
});

test("JSON-LD: no Person for this slug means no profile, not someone else's", () => {
  assert.equal(profileFromJsonLd([GRAPH], "someone-else"), null);
  assert.equal(profileFromJsonLd([], "sofia-garcia-pm"), null);
  assert.equal(profileFromJsonLd([null, 3, "x"], "sofia-garcia-pm"), null);
});

const viewer = {
  $type: "com.linkedin.voyager.dash.identity.profile.Profile",
  entityUrn: "urn:li:fsd_profile:VIEWER1", publicIdentifier: "sam-viewer", firstName: "Sam", lastName: "Viewer",
};
const target = {
  $type: "com.linkedin.voyager.dash.identity.profile.Profile",
  entityUrn: "urn:li:fsd_profile:TARGET1", publicIdentifier: "иван-петров", firstName: "Иван", lastName: "Петров",
  headline: "Руководитель",
};
const position = (owner, title, company) => ({
  $type: "com.linkedin.voyager.dash.identity.profile.Position",
  entityUrn: `urn:li:fsd_profilePosition:(${owner},1)`, title, companyName: company,
  dateRange: { start: { year: 2019, month: 3 } },
});

test("voyager: the viewer's profile first in the payloads is not taken for the page's", () => {
  const payloads = [{ included: [viewer, position("VIEWER1", "Analyst", "Viewer Co")] },
    { included: [target, position("TARGET1", "Lead", "Яндекс")] }];
  const profile = profileFromVoyager(payloads, "иван-петров");
  assert.equal(profile.full_name, "Иван Петров");
  assert.equal(profile.headline, "Руководитель");
  assert.deepEqual(profile.positions, [{ title: "Lead", company: "Яндекс", start: "2019-03", end: null, location: null }]);
});

test("voyager: a missing or foreign profile gives null", () => {
  assert.equal(profileFromVoyager([{ included: [viewer] }], "иван-петров"), null);
  assert.equal(profileFromVoyager([{ data: {} }, null], "x"), null);
});
