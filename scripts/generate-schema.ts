// Writes schema/*.json from the zod schemas; tests/unit/utils/schema/json-schema.test.ts fails
// when the committed files and the zod schemas disagree.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatJsonSchema, jsonSchemas } from '../utils/schema/json-schema';

const dir = join(import.meta.dirname, '..', 'schema');
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, file), formatJsonSchema(schema));
  console.log(`wrote schema/${file}`);
}
