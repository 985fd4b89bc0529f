import { describe, expect, it } from "vitest";
import { HEAP_BASE_MIB, HEAP_PER_INPUT_BYTE, HEAP_SHARE_OF_MEMORY, heapChosenByUser, heapToRerunWith, rerunFlags, SEMI_SPACE_MIB } from "../../src/cli/heap.js";

const GiB = 2 ** 30;

describe("heapToRerunWith", () => {
  it("keeps the default heap for small inputs", () => {
    // 100 MiB needs 1024 + 250 = 1274 MiB, under a 4144 MiB default.
    expect(heapToRerunWith(100 * 2 ** 20, 4144, 24_000)).toBeUndefined();
    expect(heapToRerunWith(0, 4144, 24_000)).toBeUndefined();
  });
  it("asks for 1 GiB plus 2.5 × the input when that is above the limit", () => {
    // The national folder: 2.1 GiB → 1024 + 2.1 × 1024 × 2.5 = 6400 MiB (rounded up).
    expect(heapToRerunWith(2.1 * GiB, 4144, 24_000)).toBe(Math.ceil(1024 + 2.1 * 1024 * 2.5));
    expect([HEAP_BASE_MIB, HEAP_PER_INPUT_BYTE, HEAP_SHARE_OF_MEMORY]).toEqual([1024, 2.5, 0.75]);
  });
  it("never asks for more than three quarters of the machine's memory", () => {
    // 20 GiB of input would need 52 224 MiB; the machine has 24 000 MiB → 18 000.
    expect(heapToRerunWith(20 * GiB, 4144, 24_000)).toBe(18_000);
    // On a small machine where three quarters is below the current limit, nothing to gain.
    expect(heapToRerunWith(20 * GiB, 4144, 4_000)).toBeUndefined();
  });
});

describe("heapChosenByUser", () => {
  it("finds --max-old-space-size in Node's flags or in NODE_OPTIONS, spelled with - or _", () => {
    expect(heapChosenByUser(["--max-old-space-size=8192"], undefined)).toBe(true);
    expect(heapChosenByUser([], "--enable-source-maps --max_old_space_size=8192")).toBe(true);
    expect(heapChosenByUser(["--max-old-space-size", "8192"], undefined)).toBe(true);
  });
  it("is false for other flags", () => {
    expect(heapChosenByUser(["--enable-source-maps", "--max-semi-space-size=64"], "--trace-gc")).toBe(false);
    expect(heapChosenByUser([], undefined)).toBe(false);
  });
});

describe("rerunFlags", () => {
  it("gives the heap and a 64 MiB young generation", () => {
    expect(SEMI_SPACE_MIB).toBe(64);
    expect(rerunFlags(6400, [], undefined)).toEqual(["--max-old-space-size=6400", "--max-semi-space-size=64"]);
    expect(rerunFlags(6400, ["--enable-source-maps"], "--trace-gc")).toEqual(["--max-old-space-size=6400", "--max-semi-space-size=64"]);
  });
  it("leaves the young generation to the user who set it, in Node's flags or NODE_OPTIONS", () => {
    expect(rerunFlags(6400, ["--max-semi-space-size=32"], undefined)).toEqual(["--max-old-space-size=6400"]);
    expect(rerunFlags(6400, [], "--max_semi_space_size=8")).toEqual(["--max-old-space-size=6400"]);
    expect(rerunFlags(6400, ["--min-semi-space-size=128"], undefined)).toEqual(["--max-old-space-size=6400"]);
  });
});
