import { describe, expect, it } from 'vitest';
import { choicePointId, knotOf, lineKey } from '../../src/engine/choice-point.js';

describe('choice point identity', () => {
  it('names a choice point by the container its options are written in', () => {
    expect(choicePointId(['gate.0.21', 'gate.0.27'])).toBe('gate.0');
    expect(choicePointId(['gate.0.g-0.13', 'gate.0.g-0.7'])).toBe('gate.0.g-0');
    // An option threaded in from elsewhere adds its own container, in a fixed order.
    expect(choicePointId(['b.0.3', 'a.1.2', 'b.0.4'])).toBe('a.1+b.0');
    expect(knotOf('a.1+b.0')).toBe('a');
  });

  it('keys lines of text by their words, not their spacing', () => {
    expect(lineKey('You stand  at the gate.')).toBe(lineKey(' You stand at the gate. '));
    expect(lineKey('You stand at the gate.')).not.toBe(lineKey('You stand at the wall.'));
    expect(lineKey('x')).toMatch(/^[0-9a-z]{1,7}$/);
  });
});
