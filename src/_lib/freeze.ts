/** Freeze an object and every object or array reachable from it (no cycles expected). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return Object.freeze(value);
}

/**
 * A deeply frozen copy of plain data: arrays (holes kept) and objects with `Object.prototype`
 * or no prototype (own enumerable keys, `__proto__` among them as a plain key). Any other object
 * (a Date, a Map, a class instance) cannot be copied faithfully, and is frozen where it is.
 */
export function frozenPlainCopy(x: unknown): unknown {
  if (typeof x !== "object" || x === null) return x;
  if (Array.isArray(x)) {
    const out: unknown[] = [];
    out.length = x.length;
    for (let i = 0; i < x.length; i++) if (i in x) out[i] = frozenPlainCopy(x[i]);
    return Object.freeze(out);
  }
  const proto = Object.getPrototypeOf(x) as unknown;
  if (proto !== Object.prototype && proto !== null) return deepFreeze(x);
  const out = (proto === null ? Object.create(null) : {}) as Record<string, unknown>;
  for (const k of Object.keys(x)) Object.defineProperty(out, k, { value: frozenPlainCopy((x as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  return Object.freeze(out);
}
