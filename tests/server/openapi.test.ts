// docs/openapi.yaml against the receiver it describes: every operation the file lists is sent a few
// requests, and each answer must be one the file documents for it, with the documented headers,
// media type and the documented body's required fields. A new path in the file without a request here fails,
// and so does a status, a content type or a body field the receiver changed without the file.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecret } from '../../server/data/secret';
import { statusToken } from '../../server/loop/status-token';
import type { RunningReceiver } from '../../server/start';
import { exportKey } from './desk/desk-client';
import { startTestReceiver, validSubmission } from './fixtures';

const root = join(import.meta.dirname, '..', '..');
const ALLOWED = 'https://www.lunde.dk';

interface Schema {
  $ref?: string;
  required?: string[];
}
interface Header {
  $ref?: string;
  schema?: { const?: string };
}
interface Response {
  $ref?: string;
  headers?: Record<string, Header>;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    responses: Record<string, Response>;
    headers: Record<string, Header>;
  };
}

/**
 * The file as JSON, with its $refs to schema/*.json pulled in, by the Redocly CLI the lint uses:
 * the project has no YAML parser of its own to import. A process of its own, not waited for
 * synchronously, so the receiver starts meanwhile.
 */
async function bundledDocument(): Promise<Document> {
  const cli = join(
    dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
    'bin',
    'cli.js',
  );
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cli, 'bundle', join(root, 'docs', 'openapi.yaml'), '--ext', 'json'],
    {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as Document;
}

const deref = <T extends { $ref?: string }>(doc: Document, value: T): T => {
  const ref = value.$ref;
  if (!ref) return value;
  const [, section, name] = /^#\/components\/(schemas|responses|headers)\/(.+)$/.exec(ref) ?? [];
  const target = section && name ? doc.components[section as 'schemas'][name] : undefined;
  if (!target) throw new Error(`cannot follow ${ref}`);
  return target as T;
};

type Probe = {
  label: string;
  path: string;
  method: string;
  init?: RequestInit;
  body?: string;
  /** The file's path for a path with parameters (`/api/status/{token}`). */
  template?: string;
};

const STATUS = '/api/status/{token}';
/** The first answer posted: its status link is probed. */
const STORED = validSubmission('need');

/**
 * Every request the test sends; `key` is the export API key of the receiver under test, `status`
 * the status link path of the first answer posted here (the receiver's secret makes it).
 */
function probes(key = 'samskab_listing-only', status = '/api/status/listing-only'): Probe[] {
  const post = (label: string, body: unknown, headers: Record<string, string> = {}): Probe => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const id = (body as { id?: string }).id;
    return {
      label,
      path: '/api/submissions',
      method: 'post',
      init: {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: ALLOWED,
          ...(id ? { 'Idempotency-Key': id } : {}),
          ...headers,
        },
        body: text,
      },
    };
  };
  const stored = STORED;
  const offer = validSubmission('offer');
  const preflight = (origin: string): RequestInit => ({
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, idempotency-key',
    },
  });
  const bearer = { headers: { Authorization: `Bearer ${key}` } };
  return [
    post('a new answer', stored),
    post('the same answer again', { ...stored, submittedAt: '2026-11-25T10:00:00.000Z' }),
    post('another answer with the same id', { ...stored, text: { body: 'Noget andet' } }),
    post('an offer', offer),
    post('no Idempotency-Key', validSubmission(), { 'Idempotency-Key': '' }),
    post('a body that is not JSON', '{"id": ', { 'Idempotency-Key': validSubmission().id }),
    post('an invalid envelope', { ...validSubmission(), kind: 'offer' }),
    post('text/plain', validSubmission(), { 'Content-Type': 'text/plain' }),
    post('a body over 64 KiB', { ...validSubmission(), padding: 'x'.repeat(70_000) }),
    {
      label: 'an allowed origin',
      path: '/api/submissions',
      method: 'options',
      init: preflight(ALLOWED),
    },
    {
      label: 'another origin',
      path: '/api/submissions',
      method: 'options',
      init: preflight('https://evil.example'),
    },
    {
      label: 'the first answer',
      path: status,
      template: STATUS,
      method: 'get',
      init: { headers: { Origin: ALLOWED } },
    },
    {
      label: 'an unknown token',
      path: `/api/status/${'A'.repeat(43)}`,
      template: STATUS,
      method: 'get',
    },
    {
      label: 'a batch of statuses',
      path: '/api/status',
      method: 'post',
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: ALLOWED },
        body: JSON.stringify({ tokens: [status.split('/').pop(), 'A'.repeat(43)] }),
      },
    },
    {
      label: 'a batch already held',
      path: '/api/status',
      method: 'post',
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' },
        body: JSON.stringify({ tokens: ['A'.repeat(43)] }),
      },
    },
    {
      label: 'a batch with a forged token',
      path: '/api/status',
      method: 'post',
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tokens: ['../x'] }),
      },
    },
    { label: 'the feed', path: '/api/challenges', method: 'get' },
    { label: 'the feed in Ukrainian', path: '/api/challenges?locale=uk', method: 'get' },
    {
      label: 'an allowed page',
      path: '/api/embed-check?challenge=ensomhed-lunde',
      method: 'get',
      init: { headers: { Origin: ALLOWED } },
    },
    {
      label: 'a page on another site',
      path: '/api/embed-check',
      method: 'get',
      init: { headers: { Origin: 'https://evil.example' } },
    },
    {
      label: 'the feed, already held',
      path: '/api/challenges',
      method: 'get',
      init: { headers: { 'If-None-Match': '*' } },
    },
    {
      label: 'with a key',
      path: '/desk/export/answers.csv?kind=need',
      method: 'get',
      init: bearer,
    },
    { label: 'a key in the URL', path: '/desk/export/answers.csv?key=guess', method: 'get' },
    { label: 'with a key', path: '/desk/export/answers.xlsx', method: 'get', init: bearer },
    {
      label: 'in one language',
      path: '/desk/export/answers.xlsx?language=so',
      method: 'get',
      init: bearer,
    },
    { label: 'without a key', path: '/desk/export/answers.xlsx', method: 'get' },
    { label: 'alive', path: '/healthz', method: 'get' },
    { label: 'ready', path: '/readyz', method: 'get' },
  ];
}

const pathOf = (probe: Probe) => probe.template ?? probe.path.split('?')[0]!;

describe('docs/openapi.yaml and the receiver', () => {
  let doc: Document;
  let receiver: RunningReceiver;
  let key: string;
  let statusPath: string;

  // Redocly and the receiver start side by side; one after the other, on a loaded machine, they
  // outlasted the 30 s this hook once had. The configured hook timeout (vitest.config.ts) is for
  // suites that start a receiver, as this one does.
  beforeAll(async () => {
    let started: Awaited<ReturnType<typeof startTestReceiver>>;
    [doc, started] = await Promise.all([
      bundledDocument(),
      startTestReceiver({ allowedOrigins: [ALLOWED] }),
    ]);
    receiver = started.receiver;
    key = await exportKey(receiver);
    statusPath = `/api/status/${statusToken(await loadSecret(receiver.db), STORED.id)}`;
  });

  afterAll(async () => {
    await receiver?.close();
  });

  it('has a request here for every operation it lists, and lists every operation sent here', () => {
    const listed = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const probed = new Set(probes().map((p) => `${p.method.toUpperCase()} ${pathOf(p)}`));
    expect([...probed].sort()).toEqual([...new Set(listed)].sort());
  });

  // Sequential: the replay and the conflict need the first answer stored.
  it('documents every answer the receiver gives, with its headers, media type and fields', async () => {
    const seen: string[] = [];
    for (const probe of probes(key, statusPath)) {
      const operation = doc.paths[pathOf(probe)]?.[probe.method];
      const response = await fetch(`${receiver.url}${probe.path}`, probe.init);
      const status = String(response.status);
      const where = `${probe.method.toUpperCase()} ${probe.path} (${probe.label}) → ${status}`;
      seen.push(where);
      const documented = operation?.responses[status];
      expect(documented, `${where} is not documented`).toBeDefined();
      const { content, headers = {} } = deref(doc, documented!);
      // Every request here comes from an allowed origin, so the CORS headers are all due. Node
      // handles `Connection` itself and fetch does not show it.
      for (const [name, header] of Object.entries(headers)) {
        if (name === 'Connection') continue;
        const value = response.headers.get(name);
        expect(value, `${where}: header ${name}`).not.toBeNull();
        const expected = deref(doc, header).schema?.const;
        if (expected !== undefined) expect(value, `${where}: header ${name}`).toBe(expected);
      }
      const text = await response.text();
      if (!content) {
        expect(text, `${where} has a body the file does not document`).toBe('');
        continue;
      }
      const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
      expect(Object.keys(content), `${where}: Content-Type`).toContain(mediaType);
      const schema = content[mediaType]?.schema;
      if (mediaType === 'application/json' && schema) {
        const body = JSON.parse(text) as Record<string, unknown>;
        for (const field of deref(doc, schema).required ?? []) {
          expect(body, `${where}: field ${field}`).toHaveProperty(field);
        }
      }
    }
    // Each status that the requests above are meant to reach, so a probe that drifts is noticed.
    expect(seen.map((line) => line.split(' → ')[1])).toEqual([
      '201',
      '200',
      '409',
      '201',
      '400',
      '400',
      '422',
      '415',
      '413',
      '204',
      '403',
      '200',
      '404',
      '200',
      '304',
      '400',
      '200',
      '200',
      '200',
      '200',
      '304',
      '200',
      '401',
      '200',
      '200',
      '401',
      '200',
      '200',
    ]);
  });
});
