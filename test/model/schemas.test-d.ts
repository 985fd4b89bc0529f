import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  parseDataset,
  safeParseDataset,
  type Dataset,
  type DatasetIssue,
  type Membership,
  type Organization,
  type OrganizationKind,
  type Person,
  type Post,
  type Rating,
  type Role,
  PersonSchema,
  type Qualification,
  type ScaleId,
  datasetIndex,
  type DatasetIndex,
  checkDataset,
  type Finding,
} from "../../src/index.js";

describe("inferred record types", () => {
  it("Person", () => {
    expectTypeOf<Person>().toEqualTypeOf<z.infer<typeof PersonSchema>>();
    expectTypeOf<Person["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Person["gender"]>().toEqualTypeOf<"male" | "female" | undefined>();
    expectTypeOf<Person>().toHaveProperty("birthDate");
  });
  it("codes are literal unions, not strings", () => {
    expectTypeOf<Organization["kind"]>().toEqualTypeOf<OrganizationKind>();
    expectTypeOf<Post["role"]>().toEqualTypeOf<Role>();
    expectTypeOf<Qualification["scale"]>().toEqualTypeOf<ScaleId>();
    expectTypeOf<"party-cell">().toMatchTypeOf<OrganizationKind>();
    expectTypeOf<"chi-bo">().not.toMatchTypeOf<OrganizationKind>();
  });
  it("required and optional fields", () => {
    expectTypeOf<Membership["startDate"]>().toEqualTypeOf<string>();
    expectTypeOf<Membership["endDate"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Rating["period"]>().toEqualTypeOf<number | string>();
  });
});

describe("parsing", () => {
  it("parseDataset returns a readonly Dataset", () => {
    expectTypeOf(parseDataset).returns.toEqualTypeOf<Dataset>();
    expectTypeOf<Dataset["people"]>().toEqualTypeOf<readonly Readonly<Person>[]>();
    const ds = parseDataset({});
    // @ts-expect-error the dataset is read-only
    ds.people.push({ id: "x", name: "y" });
  });
  it("safeParseDataset narrows on success", () => {
    const r = safeParseDataset({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<Dataset>();
    else expectTypeOf(r.issues).toEqualTypeOf<readonly DatasetIssue[]>();
  });
  it("index and findings", () => {
    expectTypeOf(datasetIndex).returns.toEqualTypeOf<DatasetIndex>();
    expectTypeOf(checkDataset).returns.toEqualTypeOf<Finding[]>();
    expectTypeOf<DatasetIssue["code"]>().toMatchTypeOf<string>();
  });
});
