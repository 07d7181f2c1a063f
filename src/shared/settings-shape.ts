/**
 * The settings schema as plain data, and the check of one value against it. The content script
 * runs on every page and reads settings there, but valibot would add 7 KB to it (issue 14); so the
 * build turns the valibot schema (settings-schema.ts) into this data (settings-shape-data.ts) and
 * every context checks stored settings through it, with the same rules. Custom checks travel by
 * name (SETTINGS_CHECKS): functions are not data.
 */
import { isValidSitePattern } from './site-rules.ts';

export const SETTINGS_CHECKS = {
  sitePattern: isValidSitePattern,
  hostname: (text: string) => isValidSitePattern(text) && !text.startsWith('*.'),
} as const;
type CheckName = keyof typeof SETTINGS_CHECKS;

type Rule =
  | { regex: string; flags: string; message: string }
  | { check: CheckName; message: string }
  | { integer: true }
  | { min: number }
  | { max: number };

export type Shape =
  | { type: 'object'; entries: Record<string, Shape> }
  | { type: 'array'; item: Shape }
  | { type: 'record'; key: Shape; value: Shape }
  | { type: 'boolean' | 'string' | 'number'; rules: Rule[] }
  | { type: 'literal'; literal: unknown }
  | { type: 'picklist'; options: unknown[] };

/** What shapeOf reads of a valibot schema or action (no valibot import: just its public fields). */
interface SchemaLike {
  type: string;
  entries?: Readonly<Record<string, SchemaLike>>;
  item?: SchemaLike;
  key?: SchemaLike;
  value?: SchemaLike;
  pipe?: readonly SchemaLike[];
  literal?: unknown;
  options?: readonly unknown[];
  requirement?: unknown;
  message?: unknown;
}

function ruleOf(action: SchemaLike): Rule {
  const message = typeof action.message === 'string' ? action.message : `a valid ${action.type}`;
  switch (action.type) {
    case 'regex': {
      const regex = action.requirement as RegExp;
      return { regex: regex.source, flags: regex.flags, message };
    }
    case 'check': {
      const name = (Object.keys(SETTINGS_CHECKS) as CheckName[]).find(
        (key) => SETTINGS_CHECKS[key] === action.requirement,
      );
      if (!name) throw new Error('settings schema: a check that is not in SETTINGS_CHECKS');
      return { check: name, message };
    }
    case 'integer':
      return { integer: true };
    case 'min_value':
      return { min: action.requirement as number };
    case 'max_value':
      return { max: action.requirement as number };
    default:
      throw new Error(`settings schema: no shape for the action "${action.type}"`);
  }
}

/** A pipe's actions in order; a pipe may start with another pipe (`v.pipe(wholeMs(max), v.minValue(min))`). */
function rulesOf(schema: SchemaLike): Rule[] {
  if (!schema.pipe) return [];
  const [first, ...actions] = schema.pipe;
  return [...rulesOf(first!), ...actions.map(ruleOf)];
}

/** The shape of a valibot schema; throws on anything it cannot express, so nothing is lost silently. */
export function shapeOf(schema: SchemaLike): Shape {
  switch (schema.type) {
    case 'object':
      return {
        type: 'object',
        entries: Object.fromEntries(Object.entries(schema.entries!).map(([key, entry]) => [key, shapeOf(entry)])),
      };
    case 'array':
      return { type: 'array', item: shapeOf(schema.item!) };
    case 'record':
      return { type: 'record', key: shapeOf(schema.key!), value: shapeOf(schema.value!) };
    case 'literal':
      return { type: 'literal', literal: schema.literal };
    case 'picklist':
      return { type: 'picklist', options: [...schema.options!] };
    case 'boolean':
    case 'string':
    case 'number':
      return { type: schema.type, rules: rulesOf(schema) };
    default:
      throw new Error(`settings schema: no shape for the schema "${schema.type}"`);
  }
}

/** valibot's test for object and record input: any object, arrays included. */
export const isObjectLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function ruleProblem(rule: Rule, value: never): string | undefined {
  if ('regex' in rule) return new RegExp(rule.regex, rule.flags).test(value) ? undefined : rule.message;
  if ('check' in rule) return SETTINGS_CHECKS[rule.check](value) ? undefined : rule.message;
  if ('integer' in rule) return Number.isInteger(value) ? undefined : 'a whole number';
  if ('min' in rule) return value >= rule.min ? undefined : `at least ${rule.min}`;
  return value <= rule.max ? undefined : `at most ${rule.max}`;
}

/** Why `value` does not fit `shape` (the first problem found), or undefined when it does. */
export function problemOf(shape: Shape, value: unknown): string | undefined {
  switch (shape.type) {
    case 'object':
      if (!isObjectLike(value)) return 'expected an object';
      for (const [key, entry] of Object.entries(shape.entries)) {
        const problem = problemOf(entry, value[key]);
        if (problem) return `${key}: ${problem}`;
      }
      return undefined;
    case 'array':
      if (!Array.isArray(value)) return 'expected a list';
      return value.map((item) => problemOf(shape.item, item)).find(Boolean);
    case 'record':
      if (!isObjectLike(value)) return 'expected an object';
      return Object.entries(value)
        .map(([key, item]) => problemOf(shape.key, key) ?? problemOf(shape.value, item))
        .find(Boolean);
    case 'literal':
      return value === shape.literal ? undefined : `expected ${JSON.stringify(shape.literal)}`;
    case 'picklist':
      return shape.options.includes(value) ? undefined : `expected one of ${shape.options.join(', ')}`;
    default:
      if (typeof value !== shape.type || (shape.type === 'number' && Number.isNaN(value)))
        return `expected a ${shape.type}`;
      return shape.rules.map((rule) => ruleProblem(rule, value as never)).find(Boolean);
  }
}
