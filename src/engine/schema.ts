// A small schema language for files read from disk: each check either returns the
// value with its type or throws SchemaError naming the first field that is wrong.

export class SchemaError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || 'the file'} should be ${expected}`);
    this.name = 'SchemaError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;
export type Checked<C> = C extends Check<infer T> ? T : never;

export const string: Check<string> = (v, p) => {
  if (typeof v !== 'string') throw new SchemaError(p, 'text');
  return v;
};

export const number: Check<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SchemaError(p, 'a number');
  return v;
};

export const integer: Check<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new SchemaError(p, 'a whole number');
  return v;
};

export const boolean: Check<boolean> = (v, p) => {
  if (typeof v !== 'boolean') throw new SchemaError(p, 'true or false');
  return v;
};

export function literal<T extends string | number>(expected: T): Check<T> {
  return (v, p) => {
    if (v !== expected) throw new SchemaError(p, JSON.stringify(expected));
    return expected;
  };
}

export function oneOf<A, B>(a: Check<A>, b: Check<B>, expected: string): Check<A | B> {
  return (v, p) => {
    try {
      return a(v, p);
    } catch {
      try {
        return b(v, p);
      } catch {
        throw new SchemaError(p, expected);
      }
    }
  };
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, p) => (v === null ? null : check(v, p));
}

export function array<T>(check: Check<T>): Check<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) throw new SchemaError(p, 'a list');
    return v.map((item, i) => check(item, `${p}[${i}]`));
  };
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function record<T>(check: Check<T>): Check<Record<string, T>> {
  return (v, p) => {
    if (!isPlain(v)) throw new SchemaError(p, 'an object');
    const out: Record<string, T> = {};
    for (const [k, item] of Object.entries(v)) out[k] = check(item, `${p}.${k}`);
    return out;
  };
}

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape, O extends keyof S> = { [K in Exclude<keyof S, O>]: Checked<S[K]> } & { [K in O]?: Checked<S[K]> };

/** An object with these fields; the `optional` ones may be absent. Unknown fields are dropped. */
export function object<S extends Shape, O extends keyof S = never>(shape: S, optional: readonly O[] = []): Check<NoInfer<FromShape<S, O>>> {
  return (v, p) => {
    if (!isPlain(v)) throw new SchemaError(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(shape)) {
      if (!(k in v) || v[k] === undefined) {
        if ((optional as readonly string[]).includes(k)) continue;
        throw new SchemaError(p ? `${p}.${k}` : k, 'present');
      }
      out[k] = check(v[k], p ? `${p}.${k}` : k);
    }
    return out as FromShape<S, O>;
  };
}
