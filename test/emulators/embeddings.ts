/**
 * Emulator of an OpenAI-compatible embeddings endpoint (POST /v1/embeddings), standing in for a local bge-m3 or a
 * cloud provider's Chinese embedding model. Its "model" knows a few meanings no word list does (小蓝单 is a 送货回执,
 * 不用纸 is 电子化) and otherwise compares character pairs, so a paraphrase in other words lands near its original.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Phrases that mean one thing to the emulated model. */
const meanings = [
  ['小蓝单', '送货回执', '回单', '签收单'],
  ['不用纸', '无纸化', '电子化', '纸质'],
];
const pairDimensions = 256;
const meaningWeight = 2;
const pairWeight = 0.15;

export interface EmbeddingsEmulator {
  baseUrl: string;
  /** Every text embedded, oldest first. */
  inputs: string[];
  /** While set, every request fails with 503 (the endpoint is down). */
  failing: boolean;
  close(): Promise<void>;
}

export function emulatedEmbedding(text: string): number[] {
  const vector = new Array<number>(meanings.length + pairDimensions).fill(0);
  meanings.forEach((phrases, dimension) => {
    for (const phrase of phrases) if (text.includes(phrase)) vector[dimension] = meaningWeight;
  });
  const chars = [...text.replace(/[\s\p{P}]/gu, '')];
  for (let i = 0; i + 1 < chars.length; i++) {
    let hash = 0;
    for (const char of `${chars[i]}${chars[i + 1]}`)
      hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % pairDimensions;
    const at = meanings.length + hash;
    vector[at] = (vector[at] as number) + pairWeight;
  }
  return vector;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startEmbeddingsEmulator(options: { apiKey: string }): Promise<EmbeddingsEmulator> {
  const emulator = { inputs: [] as string[], failing: false };
  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/v1/embeddings')
      return send(404, { error: { message: 'not found' } });
    if (req.headers.authorization !== `Bearer ${options.apiKey}`)
      return send(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
    if (emulator.failing) return send(503, { error: { message: 'model is loading' } });
    const { model, input } = (await readJson(req)) as { model: string; input: string | string[] };
    const texts = Array.isArray(input) ? input : [input];
    emulator.inputs.push(...texts);
    send(200, {
      object: 'list',
      model,
      data: texts.map((text, index) => ({ object: 'embedding', index, embedding: emulatedEmbedding(text) })),
      usage: { prompt_tokens: texts.join('').length, total_tokens: texts.join('').length },
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return Object.assign(emulator, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}
