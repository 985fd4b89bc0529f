/**
 * The facts a classification reads (share of tasks on time, disciplined in the year, lowest
 * criterion level ...), with their words in Vietnamese and English. Schemes name facts in their
 * conditions; `classify` takes their values.
 * @module
 */
import { deepFreeze } from "../_lib/freeze.js";
import type { BooleanFact, CriterionFact, CriterionLevel, FactKey, FourLevel, LevelFact, LocalizedText, NumberFact, ShareFact } from "./types.js";

/** What kind of value a fact takes. */
export type FactKind = "share" | "boolean" | "number" | "criterion" | "level";

/**
 * A fact's definition.
 *
 * - `label` names the fact as a noun phrase ("tỷ lệ nhiệm vụ vượt yêu cầu").
 * - Booleans are events (disciplined, suspended ...): `statement` says it happened, `negation`
 *   that it did not. A boolean not given is false.
 * - `ifMissing` says what a requirement on a non-boolean fact does when the fact is not given:
 *   `"assume"` follows `classify`'s `missing` option (and is reported), `"not-applicable"` means
 *   the fact only exists for some subjects (a civil-service rating, months since admission) and
 *   the requirement is skipped.
 */
export interface FactDefinition {
  readonly kind: FactKind;
  readonly label: LocalizedText;
  readonly statement?: LocalizedText;
  readonly negation?: LocalizedText;
  readonly ifMissing: "assume" | "not-applicable";
}

/** The table of built-in facts: each fact's definition, typed by the kind of its values. */
export type FactTable = { readonly [K in ShareFact]: FactDefinition & { kind: "share" } } & { readonly [K in BooleanFact]: FactDefinition & { kind: "boolean" } } & {
  readonly [K in NumberFact]: FactDefinition & { kind: "number" };
} & { readonly [K in CriterionFact]: FactDefinition & { kind: "criterion" } } & { readonly [K in LevelFact]: FactDefinition & { kind: "level" } };

const share = (vi: string, en: string): FactDefinition & { kind: "share" } => ({ kind: "share", label: { vi, en }, ifMissing: "assume" });
const event = (vi: string, en: string, notVi: string, notEn: string): FactDefinition & { kind: "boolean" } => ({
  kind: "boolean",
  label: { vi, en },
  statement: { vi, en },
  negation: { vi: notVi, en: notEn },
  ifMissing: "assume",
});

/**
 * The built-in facts.
 *
 * @example
 * ```ts
 * FACTS.tasksExceeded.label.vi;  //=> "tỷ lệ nhiệm vụ hoàn thành vượt yêu cầu"
 * FACTS.disciplined.kind;        //=> "boolean"
 * FACTS.civilServiceLevel.ifMissing; //=> "not-applicable"
 * ```
 */
export const FACTS: FactTable = /* @__PURE__ */ deepFreeze({
  tasksOnTime: share("tỷ lệ nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng", "share of tasks completed on time and with quality"),
  tasksExceeded: share("tỷ lệ nhiệm vụ hoàn thành vượt yêu cầu", "share of tasks exceeding requirements"),
  tasksCompleted: share("tỷ lệ nhiệm vụ hoàn thành", "share of tasks completed"),
  tasksBehindSchedule: share("tỷ lệ nhiệm vụ chưa bảo đảm tiến độ", "share of tasks behind schedule"),
  shortcomingsFixed: share("tỷ lệ hạn chế, khuyết điểm đã chỉ ra được khắc phục", "share of previously identified shortcomings fixed"),
  ledUnitTasksOnTime: share(
    "tỷ lệ nhiệm vụ của đơn vị trực tiếp lãnh đạo hoàn thành đúng tiến độ, bảo đảm chất lượng",
    "share of the tasks of the unit led that were completed on time and with quality",
  ),
  ledUnitTasksExceeded: share("tỷ lệ nhiệm vụ của đơn vị trực tiếp lãnh đạo hoàn thành vượt yêu cầu", "share of the tasks of the unit led that exceeded requirements"),
  targetsMet: share("tỷ lệ chỉ tiêu, nhiệm vụ được giao đạt được", "share of assigned targets met"),
  ledUnitTargetsMet: share("tỷ lệ chỉ tiêu, nhiệm vụ đạt được của đơn vị được giao phụ trách", "share of targets met by the unit led"),
  subordinatesDisciplined: share("tỷ lệ tổ chức trực thuộc bị kỷ luật trong năm", "share of subordinate units disciplined in the year"),

  disciplined: event("bị xử lý kỷ luật trong năm", "disciplined in the year", "không bị kỷ luật trong năm", "not disciplined in the year"),
  degradation: event(
    "suy thoái về tư tưởng chính trị, đạo đức, lối sống",
    "found degraded in political ideology, ethics or lifestyle",
    "không suy thoái về tư tưởng chính trị, đạo đức, lối sống",
    "not found degraded",
  ),
  prohibitedConduct: event(
    "vi phạm những điều đảng viên không được làm",
    "did what party members must not do",
    "không vi phạm những điều đảng viên không được làm",
    "did nothing party members must not do",
  ),
  exampleDutyBreach: event("vi phạm trách nhiệm nêu gương", "breached the duty to set an example", "không vi phạm trách nhiệm nêu gương", "did not breach the duty to set an example"),
  leadershipDisciplined: event(
    "tập thể lãnh đạo, quản lý bị kỷ luật",
    "the leadership collective was disciplined",
    "tập thể lãnh đạo, quản lý không bị kỷ luật",
    "the leadership collective was not disciplined",
  ),
  leadershipMemberDisciplined: event(
    "có thành viên tập thể lãnh đạo, quản lý bị kỷ luật",
    "a member of the leadership collective was disciplined",
    "không có thành viên tập thể lãnh đạo, quản lý bị kỷ luật",
    "no member of the leadership collective was disciplined",
  ),
  leadershipMemberDisciplinedWarning: event(
    "có thành viên tập thể lãnh đạo, quản lý bị kỷ luật từ cảnh cáo trở lên",
    "a member of the leadership collective was disciplined with a warning or more",
    "không có thành viên tập thể lãnh đạo, quản lý bị kỷ luật từ cảnh cáo trở lên",
    "no member of the leadership collective was disciplined with a warning or more",
  ),
  subordinateDisciplined: event("có tổ chức trực thuộc bị kỷ luật", "a subordinate unit was disciplined", "không có tổ chức trực thuộc bị kỷ luật", "no subordinate unit was disciplined"),
  corruptionInSubordinate: event(
    "đơn vị trực thuộc để xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật",
    "corruption, waste or negativity in a subordinate unit led to discipline",
    "đơn vị trực thuộc không để xảy ra tham nhũng, lãng phí, tiêu cực bị xử lý kỷ luật",
    "no subordinate unit was disciplined for corruption, waste or negativity",
  ),
  corruptionInManagedUnit: event(
    "để xảy ra tham nhũng, tiêu cực trong cơ quan, đơn vị do mình trực tiếp quản lý",
    "corruption occurred in the unit under their direct management",
    "không để xảy ra tham nhũng, tiêu cực trong đơn vị do mình trực tiếp quản lý",
    "no corruption in the unit under their direct management",
  ),
  keyTargetsMissed: event("có chỉ tiêu chủ yếu không đạt", "key targets were missed", "các chỉ tiêu chủ yếu đều đạt", "every key target was met"),
  disunity: event("mất đoàn kết nội bộ", "internal disunity", "đoàn kết nội bộ", "no internal disunity"),
  memberDegraded: event("có thành viên suy thoái", "a member was found degraded", "không có thành viên suy thoái", "no member was found degraded"),
  corruptionDisciplined: event(
    "tham nhũng, suy thoái nghiêm trọng đến mức có đảng viên bị kỷ luật",
    "corruption or degradation serious enough that a member was disciplined",
    "không có tham nhũng, suy thoái đến mức có đảng viên bị kỷ luật",
    "no corruption or degradation leading to a member's discipline",
  ),
  governmentLowest: event(
    "chính quyền cùng cấp bị xếp loại ở mức thấp nhất",
    "the same-level government was rated at the lowest level",
    "chính quyền cùng cấp không bị xếp loại ở mức thấp nhất",
    "the same-level government was not rated at the lowest level",
  ),
  sameLevelBodyBelowGood: event(
    "chính quyền, Mặt trận Tổ quốc hoặc đoàn thể chính trị - xã hội cùng cấp xếp loại dưới mức hoàn thành tốt nhiệm vụ",
    "the same-level government, Fatherland Front or a socio-political organization was rated below “tasks completed well”",
    "chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp đều hoàn thành tốt nhiệm vụ trở lên",
    "the same-level government, Fatherland Front and socio-political organizations were all rated “tasks completed well” or better",
  ),
  selectedExemplary: event(
    "được cấp có thẩm quyền công nhận tiêu biểu",
    "selected as exemplary by the competent level",
    "chưa được cấp có thẩm quyền công nhận tiêu biểu",
    "not selected as exemplary by the competent level",
  ),
  suspended: event("đang bị đình chỉ sinh hoạt đảng", "suspended from party activity", "không bị đình chỉ sinh hoạt đảng", "not suspended from party activity"),

  massOrganizationsLowest: {
    kind: "number",
    label: {
      vi: "số tổ chức Mặt trận Tổ quốc, đoàn thể chính trị - xã hội cùng cấp xếp loại ở mức thấp nhất",
      en: "number of same-level Fatherland Front and socio-political organizations rated at the lowest level",
    },
    ifMissing: "assume",
  },
  monthsSinceAdmission: { kind: "number", label: { vi: "số tháng kể từ khi được kết nạp", en: "months since admission" }, ifMissing: "not-applicable" },
  monthsSinceFounding: { kind: "number", label: { vi: "số tháng hoạt động kể từ khi thành lập", en: "months of activity since founding" }, ifMissing: "not-applicable" },

  criteriaLowest: { kind: "criterion", label: { vi: "mức thấp nhất của các tiêu chí", en: "lowest level among the criteria" }, ifMissing: "assume" },
  taskCriteriaLowest: {
    kind: "criterion",
    label: { vi: "mức thấp nhất của các tiêu chí về kết quả thực hiện nhiệm vụ", en: "lowest level among the task-result criteria" },
    ifMissing: "assume",
  },

  civilServiceLevel: {
    kind: "level",
    label: { vi: "xếp loại cán bộ, công chức, viên chức", en: "rating as a cadre, civil servant or public employee" },
    ifMissing: "not-applicable",
  },
} satisfies FactTable);

/**
 * The per-criterion levels (mức tiêu chí) of QĐ 132 and QĐ 124, best first.
 *
 * @example
 * ```ts
 * CRITERION_LEVELS.map((l) => l.label.vi); //=> ["Xuất sắc", "Tốt", "Trung bình", "Kém"]
 * ```
 */
export const CRITERION_LEVELS: readonly { readonly code: CriterionLevel; readonly label: LocalizedText }[] = /* @__PURE__ */ deepFreeze([
  { code: "excellent", label: { vi: "Xuất sắc", en: "Excellent" } },
  { code: "good", label: { vi: "Tốt", en: "Good" } },
  { code: "average", label: { vi: "Trung bình", en: "Average" } },
  { code: "poor", label: { vi: "Kém", en: "Poor" } },
]);

/**
 * The four labels used since 2018, best first, as the values of the `civilServiceLevel` fact.
 *
 * @example
 * ```ts
 * FOUR_LEVELS.map((l) => l.code); //=> ["excellent", "good", "completed", "not-completed"]
 * ```
 */
export const FOUR_LEVELS: readonly { readonly code: FourLevel; readonly label: LocalizedText }[] = /* @__PURE__ */ deepFreeze([
  { code: "excellent", label: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Tasks completed excellently" } },
  { code: "good", label: { vi: "Hoàn thành tốt nhiệm vụ", en: "Tasks completed well" } },
  { code: "completed", label: { vi: "Hoàn thành nhiệm vụ", en: "Tasks completed" } },
  { code: "not-completed", label: { vi: "Không hoàn thành nhiệm vụ", en: "Tasks not completed" } },
]);

/** @internal whether `key` is a built-in fact. */
export function isFactKey(key: string): key is FactKey {
  return Object.hasOwn(FACTS, key);
}
