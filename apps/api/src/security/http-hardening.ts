import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import type { Application } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '@memberflow/application';

/** Headers a browser client may send and read (api.md); everything else stays out of reach. */
const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'If-Match',
  'Idempotency-Key',
  'X-Correlation-Id',
];
const CORS_EXPOSED_HEADERS = ['ETag', 'Location', 'Idempotent-Replayed', 'Retry-After'];

/** How long a client may take to send its headers, and its whole request. */
export const HEADERS_TIMEOUT_MS = 20_000;
export const RECEIVE_TIMEOUT_MS = 60_000;

/**
 * The HTTP edge: security headers (helmet), CORS closed unless origins are configured, the client
 * address from the configured proxies only, and Node's own timeouts against slow senders.
 */
export function hardenHttp(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as Application;
  express.disable('x-powered-by');
  if (config.trustProxy !== undefined)
    express.set('trust proxy', trustProxySetting(config.trustProxy));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // The OpenAPI page (Swagger UI) loads its scripts and styles from this origin only.
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: [...config.corsOrigins],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      credentials: false,
      maxAge: 600,
    });
  }
  const server = app.getHttpServer() as Server;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = Math.max(RECEIVE_TIMEOUT_MS, config.requestTimeoutMs);
  server.on('clientError', answerClientError);
}

/** What Node's parser refuses before any route sees it, answered as problem+json like everything else. */
const CLIENT_ERRORS: Readonly<Record<string, readonly [number, string, string, string]>> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'Tiêu đề yêu cầu quá lớn',
    'Request headers too large',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'Request Timeout',
    'Yêu cầu gửi quá chậm',
    'The request was not received in time',
  ],
  HPE_HEADERS_TIMEOUT: [
    408,
    'Request Timeout',
    'Yêu cầu gửi quá chậm',
    'The request headers were not received in time',
  ],
};

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, title, vi, en] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'Bad Request',
    'Yêu cầu HTTP không hợp lệ',
    'Malformed HTTP request',
  ];
  const body = JSON.stringify({
    type: `https://memberflow.dev/problems/${status === 400 ? 'malformed-http' : title.toLowerCase().replace(/ /g, '-')}`,
    title,
    status,
    detail: en,
    code: status === 400 ? 'malformed_http' : title.toLowerCase().replace(/ /g, '_'),
    message: { vi, en },
  });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** `true`/`false`, a hop count, or Express's address list (`loopback`, `10.0.0.0/8, 127.0.0.1`). */
function trustProxySetting(raw: string): boolean | number | string {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}
