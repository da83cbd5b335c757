import * as z from 'zod/mini';
import { Challenge } from './challenge';
import { WidgetConfig } from './config';
import { ChallengesFeed } from './loop';
import { Submission } from './submission';

/** The committed files under `schema/`, keyed by file name, as the zod schemas define them today. */
export function jsonSchemas(): Record<string, unknown> {
  const toJson = (schema: z.ZodMiniType, id: string) => ({
    $id: `https://samskab.dk/schema/${id}`,
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  });
  return {
    'challenge.schema.json': toJson(Challenge, 'challenge.schema.json'),
    'challenges-feed.schema.json': toJson(ChallengesFeed, 'challenges-feed.schema.json'),
    'submission.schema.json': toJson(Submission, 'submission.schema.json'),
    'widget-config.schema.json': toJson(WidgetConfig, 'widget-config.schema.json'),
  };
}

export const formatJsonSchema = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
