// Just enough of Vitest's API (describe, test, test.each, expect and the matchers the search tests use)
// to run those tests in a bare Node process: Stryker's command runner starts one per mutant, and
// Vitest's own start-up costs more than the tests. Only for `npm run test:mutation:search`.
import { isDeepStrictEqual, format } from 'node:util';

type Body = () => unknown;
export const collected: { name: string; body: Body }[] = [];
const prefix: string[] = [];

export function describe(name: string, body: () => void): void {
  prefix.push(name);
  try {
    body();
  } finally {
    prefix.pop();
  }
}

const title = (name: string, args: unknown[]): string => {
  let i = 0;
  return name.replace(/%[sdifoj]/g, () => format('%o', args[i++]));
};

export function test(name: string, body: Body): void {
  collected.push({ name: [...prefix, name].join(' > '), body });
}
test.each = (rows: readonly unknown[]) => (name: string, body: (...args: any[]) => unknown) => {
  for (const row of rows) {
    const args = Array.isArray(row) ? row : [row];
    test(title(name, args), () => body(...args));
  }
};
export const it = test;

class Any {
  readonly type: unknown;
  constructor(type: unknown) {
    this.type = type;
  }
  matches(v: unknown): boolean {
    return this.type === Number ? typeof v === 'number' : this.type === String ? typeof v === 'string' : v instanceof (this.type as new () => unknown);
  }
}

function equal(a: unknown, b: unknown, subset: boolean): boolean {
  if (b instanceof Any) return b.matches(a);
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i], subset));
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const kb = keys(b);
  if (!subset && keys(a).length !== kb.length) return false;
  return kb.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], subset));
}

function matchers(actual: unknown, negate: boolean) {
  const check = (ok: boolean, what: string): void => {
    if (ok === negate) throw new Error(`expected ${format('%o', actual)} ${negate ? 'not ' : ''}${what}`);
  };
  const n = actual as number;
  return {
    toBe: (v: unknown) => check(Object.is(actual, v), `to be ${format('%o', v)}`),
    toEqual: (v: unknown) => check(equal(actual, v, false) || isDeepStrictEqual(actual, v), `to equal ${format('%o', v)}`),
    toMatchObject: (v: unknown) => check(equal(actual, v, true), `to match ${format('%o', v)}`),
    toBeCloseTo: (v: number, digits = 2) => check(Math.abs(n - v) < 10 ** -digits / 2, `to be close to ${v}`),
    toBeGreaterThan: (v: number) => check(n > v, `> ${v}`),
    toBeGreaterThanOrEqual: (v: number) => check(n >= v, `>= ${v}`),
    toBeLessThan: (v: number) => check(n < v, `< ${v}`),
    toBeLessThanOrEqual: (v: number) => check(n <= v, `<= ${v}`),
    toBeUndefined: () => check(actual === undefined, 'to be undefined'),
    toHaveLength: (v: number) => check((actual as { length: number }).length === v, `to have length ${v}`),
    toContain: (v: unknown) => check((actual as unknown[] | string).includes(v as never), `to contain ${format('%o', v)}`),
    toThrow: (pattern?: RegExp) => {
      let thrown: unknown;
      let threw = false;
      try {
        (actual as () => unknown)();
      } catch (e) {
        threw = true;
        thrown = e;
      }
      check(threw && (!pattern || pattern.test(String((thrown as Error)?.message ?? thrown))), `to throw ${pattern ?? ''}`);
    },
  };
}

export function expect(actual: unknown, _message?: string) {
  return { ...matchers(actual, false), not: matchers(actual, true) };
}
expect.any = (type: unknown) => new Any(type);
