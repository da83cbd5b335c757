// Debian's nginx with deploy/nginx-samskab.conf (its ports, names and certificate swapped for a
// test's) in front of any upstream on 127.0.0.1: TLS with a self-signed certificate, a prefix of
// its own, stopped by its process id. Requests go through it by HTTPS, or as raw bytes over TLS
// for targets an HTTP client would refuse or tidy.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { PROJECT_ROOT } from '../../server/config';
import { freePort } from './postgres';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
export const SKIP_NGINX = process.env.SAMSKAB_SKIP_NGINX === '1';
export const SITE_NAME = 'samskab.kommune.example';

/** The site file as shipped. */
export const shippedSite = () =>
  readFileSync(join(PROJECT_ROOT, 'deploy', 'nginx-samskab.conf'), 'utf8');

/** The prefixes of the shipped site's `location` blocks (not the commented examples). */
export const shippedLocations = (): string[] =>
  [...shippedSite().matchAll(/^\s*location\s+(\S+)\s*\{/gm)].map((match) => match[1]!);

export interface NginxResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface RunningNginx {
  readonly httpsPort: number;
  /** nginx's access log so far. */
  accessLog(): string;
  /** An HTTPS request from `from`, one of this machine's loopback addresses. */
  request(
    from: string,
    path: string,
    options?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<{ status: number; body: string }>;
  /** `method target HTTP/1.1` exactly as written, with these headers, over TLS. */
  raw(
    method: string,
    target: string,
    headers?: Record<string, string>,
    body?: string,
  ): Promise<NginxResponse>;
  stop(): void;
}

/** The site file with these ports, paths and names; everything else as shipped. */
function siteFor(dir: string, upstreamPort: number, httpPort: number, httpsPort: number): string {
  return shippedSite()
    .replaceAll('127.0.0.1:8080', `127.0.0.1:${upstreamPort}`)
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(/\n\s*listen \[::\]:\d+[^\n]*/g, '')
    .replaceAll(`/etc/ssl/certs/${SITE_NAME}.crt`, join(dir, 'cert.pem'))
    .replaceAll(`/etc/ssl/private/${SITE_NAME}.key`, join(dir, 'key.pem'))
    .replaceAll('/var/log/nginx/samskab.access.log', join(dir, 'access.log'));
}

/** A response read off the wire: status line, headers, and a body that may be chunked. */
function parseResponse(bytes: Buffer): NginxResponse {
  const text = bytes.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = bytes.subarray(end + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    const parts: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = body.indexOf('\r\n', at);
      const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
      if (!(size > 0)) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') };
}

export async function startNginx(upstreamPort: number): Promise<RunningNginx> {
  if (!NGINX) {
    throw new Error(
      'nginx is not installed (Debian: apt-get install nginx), or set SAMSKAB_SKIP_NGINX=1',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'samskab-nginx-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${SITE_NAME}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'pipe' },
  );
  const httpsPort = await freePort();
  const httpPort = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
error_log ${join(dir, 'error.log')};
pid ${join(dir, 'nginx.pid')};
events { worker_connections 256; }
http {
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  ${siteFor(dir, upstreamPort, httpPort, httpsPort)}
}
`,
  );
  try {
    execFileSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `nginx refused the configuration: ${String((error as { stderr?: Buffer }).stderr)}`,
    );
  }
  const nginx: ChildProcess = spawn(
    NGINX,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: 'ignore' },
  );

  const viaNginx: RunningNginx['request'] = (from, path, options = {}) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: httpsPort,
          path,
          method: options.method ?? 'GET',
          headers: { host: SITE_NAME, ...options.headers },
          localAddress: from,
          rejectUnauthorized: false,
        },
        (res) => {
          let body = '';
          res.on('data', (part: Buffer) => {
            body += part.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });

  const raw: RunningNginx['raw'] = (method, target, headers = {}, body = '') =>
    new Promise((resolve, reject) => {
      const lines = Object.entries({
        Host: SITE_NAME,
        ...headers,
        ...(body ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}),
        Connection: 'close',
      }).map(([name, value]) => `${name}: ${value}\r\n`);
      const socket = connect(
        { host: '127.0.0.1', port: httpsPort, servername: SITE_NAME, rejectUnauthorized: false },
        // TLS has no half-close: ending our side would end the connection before the answer.
        () => socket.write(`${method} ${target} HTTP/1.1\r\n${lines.join('')}\r\n${body}`),
      );
      const parts: Buffer[] = [];
      socket.on('data', (part: Buffer) => parts.push(part));
      socket.on('close', () => resolve(parseResponse(Buffer.concat(parts))));
      socket.on('error', reject);
    });

  const stop = () => {
    nginx.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    const up = await viaNginx('127.0.0.1', '/healthz').then(
      () => true,
      () => false,
    );
    if (up) {
      return {
        httpsPort,
        accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8'),
        request: viaNginx,
        raw,
        stop,
      };
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  const log = readFileSync(join(dir, 'error.log'), 'utf8');
  stop();
  throw new Error(`nginx did not start:\n${log}`);
}
