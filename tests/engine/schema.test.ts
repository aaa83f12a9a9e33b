import { describe, expect, it } from 'vitest';
import { array, boolean, integer, literal, nullable, object, oneOf, record, SchemaError, string } from '../../src/engine/schema.js';

describe('schemas for files read from disk', () => {
  const shape = object({ name: string, count: integer, tags: array(string), extra: nullable(boolean), kind: literal('x') }, ['extra']);

  it('returns the value with its type, dropping fields it does not know', () => {
    expect(shape({ name: 'a', count: 2, tags: ['t'], kind: 'x', stray: 1 }, '')).toEqual({ name: 'a', count: 2, tags: ['t'], kind: 'x' });
  });

  it.each([
    [{ name: 'a', count: -1, tags: [], kind: 'x' }, 'count should be a whole number'],
    [{ name: 'a', count: 1, tags: [3], kind: 'x' }, 'tags[0] should be text'],
    [{ name: 'a', count: 1, tags: [], kind: 'y' }, 'kind should be "x"'],
    [{ count: 1, tags: [], kind: 'x' }, 'name should be present'],
    [[], 'the file should be an object'],
  ])('names the first wrong field of %j', (value, message) => {
    expect(() => shape(value, '')).toThrow(SchemaError);
    expect(() => shape(value, '')).toThrow(message);
  });

  it('checks records and alternatives', () => {
    const either = oneOf(integer, string, 'a number or text');
    expect(record(either)({ a: 1, b: 'x' }, 'r')).toEqual({ a: 1, b: 'x' });
    expect(() => record(either)({ a: true }, 'r')).toThrow('r.a should be a number or text');
  });
});
