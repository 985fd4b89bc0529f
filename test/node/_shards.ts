// Shared by the shard tests and the bench: province-scale shards with ids prefixed per shard, so
// that they can be concatenated into one valid dataset.
import { COLLECTIONS, type CollectionName } from "../../src/model/codes.js";
import type { DatasetInput } from "../../src/model/schemas.js";
import { generateDataset } from "../../src/testing/index.js";

type Rec = Record<string, unknown>;
const REF_FIELDS = ["id", "parentId", "unitId", "personId", "organizationId", "subjectId"] as const;

/** A copy of `dataset` with every id and every reference prefixed by `prefix`. */
export function prefixIds(dataset: DatasetInput, prefix: string): DatasetInput {
  const out: Rec = dataset.asOf === undefined ? {} : { asOf: dataset.asOf };
  for (const c of COLLECTIONS) {
    const list = (dataset as Rec)[c] as Rec[] | undefined;
    if (list === undefined) continue;
    out[c] = list.map((r) => {
      const copy: Rec = { ...r };
      for (const f of REF_FIELDS) if (typeof copy[f] === "string") copy[f] = prefix + (copy[f] as string);
      if (Array.isArray(copy["coversUnitIds"])) copy["coversUnitIds"] = (copy["coversUnitIds"] as string[]).map((id) => prefix + id);
      return copy;
    });
  }
  return out as DatasetInput;
}

/** The datasets' collections joined one after the other (the asOf of the first). */
export function concatDatasets(parts: readonly DatasetInput[]): DatasetInput {
  const out: Rec = parts[0]?.asOf === undefined ? {} : { asOf: parts[0].asOf };
  for (const c of COLLECTIONS) out[c] = parts.flatMap((p) => ((p as Rec)[c] as unknown[] | undefined) ?? []);
  return out as DatasetInput;
}

/** The size of each collection of a dataset. */
export function collectionSizes(dataset: DatasetInput): Record<CollectionName, number> {
  const out = {} as Record<CollectionName, number>;
  for (const c of COLLECTIONS) out[c] = ((dataset as Rec)[c] as unknown[] | undefined)?.length ?? 0;
  return out;
}

/** `n` generated shards of the given scale, seeds 1..n, ids prefixed `s1:`, `s2:` ... */
export function generatedShards(n: number, scale: "commune" | "province", asOf = "2025-06-30"): DatasetInput[] {
  return Array.from({ length: n }, (_, i) => prefixIds(generateDataset({ scale, seed: i + 1, asOf }), `s${i + 1}:`));
}
