/**
 * English labels. Terms follow the usual English renderings in Vietnamese official media
 * (People's Committee, Fatherland Front, party cell).
 * @module
 */
import { deepFreeze } from "../_lib/freeze.js";
import type { Locale } from "./types.js";

/**
 * The English label pack.
 *
 * @example
 * ```ts
 * import { en } from "grassroots";
 * en.name;                                  //=> "English"
 * en.role["village-head"];                  //=> "Village head"
 * en.organizationKind["fatherland-front"];  //=> "Fatherland Front"
 * en.organizationLevel.grassroots;          //=> "Grassroots"
 * Object.isFrozen(en);                      //=> true
 * ```
 */
export const en = /* @__PURE__ */ deepFreeze({
  code: "en",
  name: "English",
  organizationKind: {
    "party-committee": "Party committee",
    "party-cell": "Party cell",
    "party-group": "Party group",
    "people-council": "People's Council",
    "people-committee": "People's Committee",
    "fatherland-front": "Fatherland Front",
    "youth-union": "Youth Union",
    "women-union": "Women's Union",
    "farmers-union": "Farmers' Union",
    "veterans-union": "Veterans' Association",
    "trade-union": "Trade union",
    other: "Other organization",
  },
  organizationLevel: {
    central: "Central",
    province: "Province",
    district: "District",
    grassroots: "Grassroots",
    branch: "Branch",
  },
  organizationLevelDescription: {
    central: "central level",
    province: "province level (province or centrally run city)",
    district: "district level (district, urban district, town or provincial city; until 30 June 2025)",
    grassroots: "grassroots party organization (grassroots party committee or grassroots party cell)",
    branch: "party cell or sub-committee under a grassroots party committee",
  },
  unitKind: {
    province: "Province",
    district: "District",
    commune: "Commune",
    ward: "Ward",
    "special-zone": "Special zone",
    village: "Village",
    "residential-group": "Residential group",
    school: "School",
    "health-station": "Health station",
    agency: "Agency",
    enterprise: "Enterprise",
    "armed-forces": "Armed forces unit",
    other: "Other unit",
  },
  gender: {
    male: "Male",
    female: "Female",
  },
  startReason: {
    admitted: "Admitted",
    readmitted: "Readmitted",
    transferred: "Transferred in",
  },
  endReason: {
    transferred: "Transferred out",
    died: "Died",
    expelled: "Expelled",
    "struck-off": "Struck off",
    resigned: "Resigned",
    other: "Other reason",
  },
  role: {
    secretary: "Secretary",
    "deputy-secretary": "Deputy secretary",
    "standing-committee-member": "Standing committee member",
    "committee-member": "Committee member",
    chair: "Chair",
    "vice-chair": "Vice-chair",
    "village-head": "Village head",
    head: "Head",
    "deputy-head": "Deputy head",
    "civil-servant": "Civil servant",
    other: "Other role",
  },
  scale: {
    "general-education": "General education",
    professional: "Professional qualification",
    "political-theory": "Political theory",
    "state-management": "State management",
  },
  subjectKind: {
    person: "Person",
    organization: "Organization",
  },
  collection: {
    organizations: "Organizations",
    units: "Units",
    people: "People",
    memberships: "Memberships",
    posts: "Posts",
    qualifications: "Qualifications",
    ratings: "Ratings",
  },
  issue: {
    "not-an-object": "Not a JSON object",
    "invalid-json": "Invalid JSON",
    "invalid-type": "Wrong type",
    "missing-field": "Missing field",
    "unknown-field": "Unknown field",
    "forbidden-key": "Forbidden key",
    "invalid-value": "Invalid value",
    "invalid-date": "Invalid date",
    "too-small": "Too small",
    "too-large": "Too large",
    "duplicate-id": "Duplicate id",
    "unresolved-reference": "Unresolved reference",
    "ambiguous-reference": "Ambiguous reference",
    "parent-cycle": "Cycle of parents",
    "end-before-start": "End before start",
    "date-order": "Dates out of order",
    "unknown-level": "Unknown level",
    "not-party-organization": "Not a party organization",
    "too-many-issues": "Too many issues",
  },
  error: {
    "invalid-dataset": "Invalid dataset",
    "invalid-argument": "Invalid argument",
    "invalid-date": "Invalid date",
    "unknown-level": "Unknown level",
    "unknown-scale": "Unknown scale",
    "unknown-scheme": "Unknown rating scheme",
    "io-error": "Input/output error",
  },
  departureReason: {
    died: "Died",
    expelled: "Expelled",
    "struck-off": "Struck off",
    resigned: "Resigned",
    other: "Other reason",
    unspecified: "Reason not given",
  },
  finding: {
    "cell-below-minimum": "Cell with fewer than 3 official members",
    "overlapping-party-memberships": "Overlapping party memberships",
    "membership-outside-organization": "Membership outside the organization's lifetime",
    "party-post-held-by-non-member": "Party post held by a non-member",
    "rating-inconsistent": "Rating inconsistent with its scheme",
  },
  compositionDimension: {
    gender: "Gender",
    ethnicity: "Ethnicity",
    age: "Age",
    "party-age": "Party age",
    education: "Education",
  },
} as const satisfies Locale);
