import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  MESSAGE_TYPES,
  type MessageType,
  type PageMessageType,
  type PageRequest,
  PROTOCOL,
  type ReplyTo,
  SENDER_RULES,
} from '../../../extension/background/protocol';
import type { ask } from '../../../extension/client';
import type { TabDetection } from '../../../utils/messages';
import type { Opportunity } from '../../../utils/opportunities';
import type { OutboxItem } from '../../../utils/outbox';
import type { Submission } from '../../../utils/schema/submission';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the protocol table', () => {
  it('takes only the report from a content script', () => {
    expect(MESSAGE_TYPES.filter((type) => SENDER_RULES[type] === 'content-script')).toEqual([
      'report',
    ]);
    for (const type of MESSAGE_TYPES) expect(typeof PROTOCOL[type].handle, type).toBe('function');
  });

  it('gives ask() the reply type of each handler', () => {
    expectTypeOf<PageMessageType>().toEqualTypeOf<Exclude<MessageType, 'report'>>();
    expectTypeOf<ReplyTo<'detect'>>().toEqualTypeOf<TabDetection>();
    expectTypeOf<ReplyTo<'save-page'>>().toEqualTypeOf<Opportunity>();
    expectTypeOf<ReplyTo<'submit'>>().toEqualTypeOf<OutboxItem>();
    expectTypeOf<ReplyTo<'outbox-list'>>().toEqualTypeOf<OutboxItem[]>();
    expectTypeOf<ReplyTo<'scan-all'>>().toEqualTypeOf<boolean>();
    for (const type of ['outbox-retry', 'outbox-discard', 'outbox-flush', 'delete-all'] as const) {
      expectTypeOf<ReplyTo<typeof type>>().toEqualTypeOf<null>();
    }
    expectTypeOf<ReturnType<typeof ask<{ type: 'outbox-list' }>>>().toEqualTypeOf<
      Promise<OutboxItem[]>
    >();
    // A page's request is typed from the schema: the content script's report is not one.
    expectTypeOf<{ type: 'report' }>().not.toExtend<PageRequest>();
    expectTypeOf<{ type: 'detect'; tabId: number }>().toExtend<PageRequest>();
    expectTypeOf<{
      type: 'submit';
      submission: Submission;
      endpoint: string;
    }>().toExtend<PageRequest>();
    expectTypeOf<{ type: 'outbox-list' }>().toExtend<PageRequest>();
  });

  it('reaches pages and the content script as types only: none imports background code', () => {
    const pages = readdirSync(join(ROOT, 'extension')).filter((f) => /\.tsx?$/.test(f));
    const entrypoints = ['popup', 'sidepanel', 'options'].map(
      (p) => `../entrypoints/${p}/main.tsx`,
    );
    expect(pages).toContain('client.ts');
    for (const file of [...pages, ...entrypoints]) {
      const source = readFileSync(join(ROOT, 'extension', file), 'utf8');
      const imports = source.match(/^import[^;]*?from '[^']*background[^']*';/gms) ?? [];
      for (const line of imports) expect(line, file).toMatch(/^import type /);
    }
  });
});
