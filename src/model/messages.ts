// Issue messages in Vietnamese and English. Kept in the model layer (not in src/locale/) because
// parsing must produce whole sentences without importing the label packs, which hold only
// short titles of the issue codes.
import type { IssueCode } from "../_lib/errors.js";

/** A language of messages. */
export type Language = "vi" | "en";

/** Parameters interpolated into an issue message. */
export interface MessageParams {
  readonly expected?: string;
  readonly received?: string;
  readonly value?: string;
  readonly other?: string;
  readonly target?: string;
  readonly min?: number | bigint;
  readonly max?: number | bigint;
  readonly count?: number;
}

type Templates = Readonly<Record<IssueCode, (p: MessageParams) => string>>;

const vi: Templates = {
  "not-an-object": (p) => `Dữ liệu phải là một đối tượng JSON, nhận được ${p.received ?? "giá trị khác"}`,
  "invalid-json": (p) => `Dòng không phải JSON hợp lệ: ${p.value ?? ""}`,
  "invalid-type": (p) => `Sai kiểu dữ liệu: cần ${p.expected ?? "?"}, nhận được ${p.received ?? "?"}`,
  "missing-field": (p) => `Thiếu trường bắt buộc${p.expected ? ` (${p.expected})` : ""}`,
  "unknown-field": (p) => `Trường không xác định "${p.value ?? ""}"`,
  "forbidden-key": (p) => `Tên trường bị cấm "${p.value ?? ""}" (có thể làm hỏng prototype)`,
  "invalid-value": (p) => `Giá trị không hợp lệ${p.value !== undefined ? ` "${p.value}"` : ""}${p.expected ? `: cần ${p.expected}` : ""}`,
  "invalid-date": (p) => `Ngày không hợp lệ "${p.value ?? ""}": cần ${p.expected ?? "YYYY-MM-DD"} và là ngày có thật`,
  "too-small": (p) => (p.min === 1 && p.expected === "string" ? "Không được để trống" : `Quá nhỏ: tối thiểu ${String(p.min)}`),
  "too-large": (p) => `Quá lớn: tối đa ${String(p.max)}`,
  "duplicate-id": (p) => `Mã "${p.value ?? ""}" bị trùng (đã dùng ở ${p.other ?? "?"})`,
  "unresolved-reference": (p) => `Không tìm thấy ${p.target ?? "bản ghi"} có mã "${p.value ?? ""}"`,
  "ambiguous-reference": (p) => `Mã "${p.value ?? ""}" vừa là người vừa là tổ chức: hãy ghi rõ subjectKind`,
  "parent-cycle": (p) => `Vòng lặp trong quan hệ cấp trên (parentId): ${p.value ?? ""}`,
  "end-before-start": (p) => `Ngày kết thúc (${p.value ?? ""}) trước ngày bắt đầu (${p.other ?? ""})`,
  "date-order": (p) => `Thứ tự ngày không hợp lệ: ${p.value ?? ""} ${p.other ?? ""}`,
  "unknown-level": (p) => `Mức "${p.value ?? ""}" không có trong ${p.target ?? "thang"}${p.expected ? ` (các mức: ${p.expected})` : ""}`,
  "not-party-organization": (p) => `Sinh hoạt đảng (ngày chính thức, kết nạp lại) phải thuộc tổ chức đảng, nhưng "${p.value ?? ""}" là ${p.other ?? "tổ chức khác"}`,
  "too-many-issues": (p) => `Quá nhiều lỗi: đã dừng sau ${String(p.count ?? 0)} lỗi`,
};

const en: Templates = {
  "not-an-object": (p) => `The dataset must be a JSON object, got ${p.received ?? "something else"}`,
  "invalid-json": (p) => `Line is not valid JSON: ${p.value ?? ""}`,
  "invalid-type": (p) => `Wrong type: expected ${p.expected ?? "?"}, got ${p.received ?? "?"}`,
  "missing-field": (p) => `Required field is missing${p.expected ? ` (${p.expected})` : ""}`,
  "unknown-field": (p) => `Unknown field "${p.value ?? ""}"`,
  "forbidden-key": (p) => `Forbidden key "${p.value ?? ""}" (it could pollute a prototype)`,
  "invalid-value": (p) => `Invalid value${p.value !== undefined ? ` "${p.value}"` : ""}${p.expected ? `: expected ${p.expected}` : ""}`,
  "invalid-date": (p) => `Invalid date "${p.value ?? ""}": expected ${p.expected ?? "YYYY-MM-DD"} naming a day that exists`,
  "too-small": (p) => (p.min === 1 && p.expected === "string" ? "Must not be empty" : `Too small: at least ${String(p.min)}`),
  "too-large": (p) => `Too large: at most ${String(p.max)}`,
  "duplicate-id": (p) => `Duplicate id "${p.value ?? ""}" (already used by ${p.other ?? "?"})`,
  "unresolved-reference": (p) => `No ${p.target ?? "record"} with id "${p.value ?? ""}"`,
  "ambiguous-reference": (p) => `Id "${p.value ?? ""}" names both a person and an organization: set subjectKind`,
  "parent-cycle": (p) => `Cycle in parentId: ${p.value ?? ""}`,
  "end-before-start": (p) => `End date (${p.value ?? ""}) is before start date (${p.other ?? ""})`,
  "date-order": (p) => `Dates out of order: ${p.value ?? ""} ${p.other ?? ""}`,
  "unknown-level": (p) => `Level "${p.value ?? ""}" does not exist on ${p.target ?? "the scale"}${p.expected ? ` (levels: ${p.expected})` : ""}`,
  "not-party-organization": (p) => `A party membership (official date, re-admission) must be in a party organization, but "${p.value ?? ""}" is ${p.other ?? "another kind"}`,
  "too-many-issues": (p) => `Too many issues: stopped after ${String(p.count ?? 0)}`,
};

const TEMPLATES: Readonly<Record<Language, Templates>> = { vi, en };

/** The message for an issue code in a language. */
export function issueMessage(language: Language, code: IssueCode, params: MessageParams): string {
  return TEMPLATES[language][code](params);
}

/** Words for the targets of references, per language. */
export const TARGET_WORDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  vi: {
    organizations: "tổ chức",
    units: "đơn vị",
    people: "người",
    subject: "người hoặc tổ chức",
    person: "người",
    organization: "tổ chức",
  },
  en: {
    organizations: "organization",
    units: "unit",
    people: "person",
    subject: "person or organization",
    person: "person",
    organization: "organization",
  },
};
