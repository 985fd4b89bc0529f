import { describe, expectTypeOf, it } from "vitest";
import type { DatasetIndex } from "../../src/index.js";

describe("DatasetIndex column types", () => {
  it("types dictionary code columns as 8 or 16 bits", () => {
    expectTypeOf<DatasetIndex["people"]["ethnicity"]>().toEqualTypeOf<Uint8Array | Uint16Array>();
    expectTypeOf<DatasetIndex["qualifications"]["level"]>().toEqualTypeOf<Uint8Array | Uint16Array>();
    expectTypeOf<DatasetIndex["ratings"]["scheme"]>().toEqualTypeOf<Uint8Array | Uint16Array>();
    expectTypeOf<DatasetIndex["ratings"]["period"]>().toEqualTypeOf<Uint8Array | Uint16Array>();
    expectTypeOf<DatasetIndex["ratings"]["level"]>().toEqualTypeOf<Uint8Array | Uint16Array>();
  });
  it("reads a code as a number whatever the width", () => {
    expectTypeOf<DatasetIndex["ratings"]["scheme"][number]>().toEqualTypeOf<number>();
  });
  it("has no subjectKindGiven column", () => {
    expectTypeOf<DatasetIndex["ratings"]>().not.toHaveProperty("subjectKindGiven");
  });
});
