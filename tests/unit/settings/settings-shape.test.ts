/**
 * The settings schema's shape (what the content script checks stored settings with, without
 * valibot) accepts exactly what the valibot schema accepts: key by key, on arbitrary values and on
 * values near each rule's edge.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-defaults.ts';
import { SettingsSchema } from '../../../src/shared/settings-schema.ts';
import { SETTINGS_SHAPE } from '../../../src/shared/settings-shape-data.ts';
import { problemOf, shapeOf } from '../../../src/shared/settings-shape.ts';

const entries = SettingsSchema.entries as Record<string, v.GenericSchema>;
const shapes = SETTINGS_SHAPE.type === 'object' ? SETTINGS_SHAPE.entries : {};

/** Values near the rules: colours, site patterns and hosts, entry ids, whole and fractional numbers. */
const nearEdges = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '#1d4ed8',
    '#1D4ED8',
    '#1d4ed',
    'purple',
    'example.com',
    '*.example.com',
    'bad host!',
    'tps',
    'Not An Id',
  ),
  fc.constantFrom('hover', 'click', 'deny', 'allow', 'auto', 'dark', 'strict', 'underline', true, false, null),
  fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.double(), fc.constantFrom(NaN, Infinity, 2 ** 53, 0, -0, 2)),
  fc.array(fc.constantFrom('example.com', 'tps', 7, 'not a site', '*.a.org')),
  fc.dictionary(fc.constantFrom('news.org', '*.x.org', 'bad host!'), fc.array(fc.constantFrom('tps', 'X', 3))),
  fc.record({ numbers: fc.oneof(fc.boolean(), fc.constant('#123456')), people: fc.anything() }),
);

describe('settings shape', () => {
  it('covers every key of the schema', () => {
    expect(Object.keys(shapes)).toEqual(Object.keys(entries));
  });

  it.each(Object.keys(entries))('%s: accepts exactly what the valibot schema accepts', (key) => {
    fc.assert(
      fc.property(nearEdges, (value) => {
        expect(problemOf(shapes[key]!, value) === undefined).toBe(v.is(entries[key]!, value));
      }),
      { numRuns: 400 },
    );
  });

  it('accepts whole settings exactly when the valibot schema does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(entries)), nearEdges, (key, value) => {
        const settings = { ...DEFAULT_SETTINGS, [key]: value };
        expect(problemOf(SETTINGS_SHAPE, settings) === undefined).toBe(v.is(SettingsSchema, settings));
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts the defaults and names the key of a problem', () => {
    expect(problemOf(SETTINGS_SHAPE, DEFAULT_SETTINGS)).toBeUndefined();
    expect(problemOf(SETTINGS_SHAPE, { ...DEFAULT_SETTINGS, theme: 'pink' })).toMatch(/^theme: /);
  });

  it('refuses a schema it cannot express instead of dropping a rule', () => {
    expect(() => shapeOf(v.optional(v.string()))).toThrow(/optional/);
    expect(() => shapeOf(v.pipe(v.string(), v.email()))).toThrow(/email/);
    expect(() =>
      shapeOf(
        v.pipe(
          v.string(),
          v.check((text) => text.length > 1),
        ),
      ),
    ).toThrow(/SETTINGS_CHECKS/);
  });
});
