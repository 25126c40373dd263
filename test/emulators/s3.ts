/**
 * Emulator of the slice of an S3-compatible object store attachments use: path-style PUT and GET of objects
 * (`/{bucket}/{key}`), NoSuchKey as S3 answers it. Signatures are not checked; what was stored is inspectable.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredObject {
  body: Buffer;
  contentType: string;
}

export interface S3Emulator {
  baseUrl: string;
  /** `${bucket}/${key}` → object. */
  objects: Map<string, StoredObject>;
  /** `${method} ${path}` of every request, oldest first. */
  requests: string[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function noSuchKey(res: ServerResponse, key: string): void {
  res.writeHead(404, { 'content-type': 'application/xml' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`,
  );
}

export async function startS3Emulator(): Promise<S3Emulator> {
  const objects = new Map<string, StoredObject>();
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://s3.local').pathname).replace(/^\//, '');
    requests.push(`${req.method} /${path}`);
    if (req.method === 'PUT') {
      const body = await readBody(req);
      objects.set(path, { body, contentType: req.headers['content-type'] ?? 'application/octet-stream' });
      res.writeHead(200, { etag: `"${body.length}"` });
      res.end();
      return;
    }
    if (req.method === 'GET') {
      const object = objects.get(path);
      if (!object) {
        noSuchKey(res, path);
        return;
      }
      res.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length });
      res.end(object.body);
      return;
    }
    res.writeHead(405);
    res.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
