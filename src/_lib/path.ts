const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `people[3].birthDate` from path segments. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && IDENT.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** Join a path prefix and a field. */
export function joinPath(prefix: string, field: string | number): string {
  if (typeof field === "number") return `${prefix}[${field}]`;
  if (IDENT.test(field)) return prefix === "" ? field : `${prefix}.${field}`;
  return `${prefix}[${JSON.stringify(field)}]`;
}

/** A short description of a JSON-ish value's type, for messages. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const t = typeof value;
  if (t === "number") return Number.isNaN(value) ? "NaN" : "number";
  return t;
}

/** A short, safe rendering of a value for messages (never huge, never throws). */
export function preview(value: unknown): string {
  try {
    if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 57)}...` : value;
    if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
    return describeType(value);
  } catch {
    return "?";
  }
}
