/**
 * The contract between league tables and metrics: a {@link MetricAdapter} turns a dataset and a
 * date into one value per group.
 * @module
 */
import type { UnitKind } from "../model/codes.js";
import type { Dataset } from "../model/schemas.js";
import type { Better } from "./_core.js";

/**
 * The value of a metric for one group: a number, a ratio (`{ numerator, denominator, ratio }`,
 * as the library's metrics return them; ranked by `ratio`), or missing (`null`, `undefined`,
 * `NaN`, or a ratio whose `ratio` is `null`).
 */
export type MetricValue =
  | number
  | null
  | undefined
  | { readonly numerator: number; readonly denominator: number; readonly ratio: number | null };

/** A group of a league table: a unit of one of the `groupBy` kinds, in force on the date. */
export interface LeagueGroup {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
}

/** What a {@link MetricAdapter} is told about the table it computes for. */
export interface MetricContext {
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The unit kinds the table groups by. */
  readonly groupBy: readonly UnitKind[];
  /** The groups, in dataset order. */
  readonly groups: readonly LeagueGroup[];
  /**
   * The group a unit belongs to: the unit itself when it is a group, else its nearest ancestor
   * (by `parentId`) that is one; `undefined` when none is (or for an unknown or missing id).
   */
  groupOf(unitId: string | undefined): string | undefined;
  /**
   * The group an organization belongs to: the group of its `unitId`, else of its first covered
   * unit, else of its parent organization's (and so on up); `undefined` when none is found.
   */
  groupOfOrganization(organizationId: string | undefined): string | undefined;
}

/**
 * A metric that a league table can rank on. `compute` returns one value per group id (groups left
 * out are missing; ids that are not groups are ignored). It must be a pure function of its
 * arguments. Write your own to rank on a figure the library does not compute (see the example
 * of {@link leagueTable}), or take one from {@link METRIC_ADAPTERS} or a factory such as
 * {@link trainingLevelMetric}.
 *
 * @example
 * ```ts
 * // Party members per commune on the date, by the party organization of their membership.
 * const members: MetricAdapter = {
 *   id: "members",
 *   label: { vi: "Số đảng viên", en: "Party members" },
 *   better: "higher",
 *   compute: (dataset, { asOf, groups, groupOfOrganization }) => {
 *     const count = Object.fromEntries(groups.map((g) => [g.id, 0]));
 *     for (const m of dataset.memberships) {
 *       const g = isInForce(m, asOf) ? groupOfOrganization(m.organizationId) : undefined;
 *       if (g !== undefined) count[g] += 1;
 *     }
 *     return count;
 *   },
 * };
 * members.better; //=> "higher"
 * ```
 */
export interface MetricAdapter {
  /** A stable id: the key of the metric in weights and results. */
  readonly id: string;
  /** Labels in Vietnamese and English. */
  readonly label: { readonly vi: string; readonly en: string };
  /** Whether higher or lower values are better. */
  readonly better: Better;
  /**
   * The unit kinds the metric can group by, when it cannot group by every kind (the people
   * metrics group by commune-level unit only); a table grouping by another kind is refused.
   */
  readonly groupBy?: readonly UnitKind[] | undefined;
  /** The values of the metric on `context.asOf`, by group id. */
  readonly compute: (dataset: Dataset, context: MetricContext) => Readonly<Record<string, MetricValue>>;
}

