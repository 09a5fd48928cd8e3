import type { Server } from 'node:http';

export function sajikan(
  dir: string,
  opsi?: { port?: number; host?: string; tls?: { ca?: Buffer; cert: Buffer; key: Buffer } },
): Promise<{ server: Server; url: string }>;
