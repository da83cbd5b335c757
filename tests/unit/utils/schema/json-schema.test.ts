import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJsonSchema, jsonSchemas } from '../../../../utils/schema/json-schema';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'schema');

describe('committed JSON Schema', () => {
  const generated = jsonSchemas();

  it.each(Object.keys(generated))('%s matches the zod schema (run `npm run schema`)', (file) => {
    const committed = readFileSync(join(dir, file), 'utf8');
    expect(committed).toBe(formatJsonSchema(generated[file]));
  });

  it('has no stale files', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(generated).sort());
  });
});
