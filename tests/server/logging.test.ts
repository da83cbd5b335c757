// The receiver's log: one JSON line per request, and errors tied to their request by id, never a
// query string, cookie, key, token, contact detail or anything a person wrote.
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../server/data/db';
import type { RunningReceiver } from '../../server/start';
import { csvExport, exportKey, signedIn } from './desk/desk-client';
import {
  NAMED_ONLY_CHALLENGE,
  postSubmission,
  startTestReceiver,
  validSubmission,
} from './fixtures';

const lines: Record<string, unknown>[] = [];
const stream = new PassThrough();
stream.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
    lines.push(JSON.parse(line));
});
const SECRETS = {
  email: 'hemmelig.person@example.dk',
  phone: '+45 23 45 67 89',
  name: 'Hemmelig Person',
  text: 'Min hemmelige historie om naboen',
};

let receiver: RunningReceiver;
const seen: string[] = [];

beforeAll(async () => {
  const db = await openDatabase({ kind: 'memory' });
  ({ receiver } = await startTestReceiver({
    db,
    seed: [NAMED_ONLY_CHALLENGE],
    logger: pino({ base: undefined }, stream),
    logError: undefined,
    trustedProxies: ['127.0.0.1'],
    allowedOrigins: ['https://kommune.example'],
  }));
  const answer = {
    ...validSubmission('need'),
    author: {
      actorType: 'citizen' as const,
      name: SECRETS.name,
      email: SECRETS.email,
      phone: SECRETS.phone,
    },
    text: { body: SECRETS.text },
  };
  expect(
    (await postSubmission(receiver, answer, { 'X-Forwarded-For': '203.0.113.7' })).status,
  ).toBe(201);
  await postSubmission(receiver, answer);
  await postSubmission(receiver, { ...answer, kind: 'offer' });
  const staff = await signedIn(receiver);
  seen.push(staff.cookie.split('=')[1]!, staff.csrf);
  await staff.get(`/desk/answers?q=${encodeURIComponent(SECRETS.name)}`);
  await staff.get(`/desk/answers/${answer.id}?kontakt=vis`);
  await staff.post('/desk/people', { query: SECRETS.email });
  const key = await exportKey(receiver);
  seen.push(key);
  await csvExport(receiver, key);
  await fetch(`${receiver.url}/desk/setup?token=a-one-time-token-value`);
  await fetch(`${receiver.url}/api/submissions`, {
    method: 'OPTIONS',
    headers: { Origin: 'https://kommune.example', 'Access-Control-Request-Method': 'POST' },
  });
  await fetch(`${receiver.url}/nowhere?email=${SECRETS.email}`);
  // An error: the database is gone while an answer arrives.
  await db.close();
  expect(
    (await postSubmission(receiver, { ...validSubmission('need'), text: { body: SECRETS.text } }))
      .status,
  ).toBe(500);
  // The last request's lines are in (the log is written in order): the error and its 500.
  await vi.waitFor(() => {
    expect(lines.some((line) => line.level === 50)).toBe(true);
    expect(lines.some((line) => line.msg === 'request' && line.status === 500)).toBe(true);
  });
}, 60_000);

afterAll(() => receiver?.close());

describe('the log', () => {
  it('has a line per request with its route, status, duration and client', () => {
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(10);
    for (const line of requests) {
      expect(Object.keys(line).sort()).toEqual(
        ['client', 'id', 'level', 'method', 'ms', 'msg', 'route', 'status', 'time'].sort(),
      );
    }
    const first = requests.find((line) => line.route === '/api/submissions' && line.status === 201);
    expect(first).toMatchObject({ method: 'POST', client: '203.0.113.7' });
    expect(requests.some((line) => line.route === '/desk/answers/:id')).toBe(true);
    expect(requests.some((line) => line.route === '/desk/setup' && line.status === 410)).toBe(true);
    expect(
      requests.some(
        (line) => line.route === '/widget/*' || line.route === '-' || line.route === '/*',
      ),
    ).toBe(true);
  });

  it('ties an error to its request by id, without the data it was about', () => {
    const error = lines.find((line) => line.level === 50);
    expect(error).toBeDefined();
    const request = lines.find((line) => line.msg === 'request' && line.id === error!.id);
    expect(request).toMatchObject({ route: '/api/submissions', status: 500 });
  });

  it('holds no query string, cookie, key, token, contact detail or text', () => {
    const text = lines.map((line) => JSON.stringify(line)).join('\n');
    for (const secret of [
      ...Object.values(SECRETS),
      'a-one-time-token-value',
      '?',
      'email=',
      ...seen,
    ]) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
