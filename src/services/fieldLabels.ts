import { z } from 'zod';

// Where parseInput finds a field's name in plain words: the label a schema was given (`labelled`, or the
// builders in fields.ts), else one made from the field's path ("inputSetId" -> "the input set id").

/** What a schema may carry for messages: its label ("the version name") and, for counts, the noun. */
export interface FieldMeta {
  label?: string;
  /** Plural noun of a count ("simulations"): "Enter at most 20,000 simulations." */
  noun?: string;
}

/** Gives a schema its label in plain words, e.g. labelled(z.number(), 'the seed'). */
export function labelled<T extends z.ZodType>(schema: T, label: string, noun?: string): T {
  return schema.meta(noun ? { label, noun } : { label });
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  options?: z.ZodType[];
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/** The schema inside optional(), default(), transforms and the like. */
function inner(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(schema);
  if (wrappers.has(def.type)) return def.innerType;
  if (def.type === 'pipe') return def.in;
  if (def.type === 'lazy') return def.getter?.();
  return undefined;
}

function metaOf(schema: z.ZodType | undefined): FieldMeta | undefined {
  for (let s = schema, depth = 0; s && depth < 20; s = inner(s), depth++) {
    const meta = z.globalRegistry.get(s) as FieldMeta | undefined;
    if (meta?.label) return meta;
  }
  return undefined;
}

function child(schema: z.ZodType | undefined, key: PropertyKey): z.ZodType | undefined {
  for (let s = schema, depth = 0; s && depth < 20; s = inner(s), depth++) {
    const def = defOf(s);
    if (def.type === 'object') return def.shape?.[String(key)];
    if (def.type === 'array') return def.element;
    if (def.type === 'record') return def.valueType;
    if (def.type === 'tuple') return def.items?.[Number(key)];
    if (def.type === 'union') {
      for (const option of def.options ?? []) {
        const found = child(option, key);
        if (found) return found;
      }
      return undefined;
    }
  }
  return undefined;
}

function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

/** A key that is data rather than a field name: a year (2022-23), a code, a number. */
const dataKey = (key: string) => /^\d/.test(key);

/** The field at `path` in plain words, and its meta when it has a label. */
export function fieldMeta(root: z.ZodType, path: readonly PropertyKey[]): FieldMeta & { label: string } {
  const schemas: (z.ZodType | undefined)[] = [root];
  for (const key of path) schemas.push(child(schemas[schemas.length - 1], key));
  const own = metaOf(schemas[path.length]);
  const last = path[path.length - 1];
  if (own?.label && !(typeof last === 'string' && dataKey(last))) return { ...own, label: own.label };
  let label = 'the request';
  let itemOf: { number: number; of: string } | undefined;
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      itemOf = { number: key + 1, of: label };
      label = `item ${String(key + 1)} of ${label}`;
      return;
    }
    const meta = metaOf(schemas[i + 1]);
    const parent = itemOf ? itemOf.of : label;
    const text = String(key);
    const name = dataKey(text)
      ? `${meta?.label ?? parent} for ${text}`
      : (meta?.label ?? `the ${words(text)}`);
    label = itemOf ? `${name} in item ${String(itemOf.number)} of ${itemOf.of}` : name;
    itemOf = undefined;
  });
  return { label };
}

/** The path as the API names a field: "conditions.2.title". */
export function fieldName(path: readonly PropertyKey[]): string | undefined {
  return path.length > 0 ? path.map(String).join('.') : undefined;
}
