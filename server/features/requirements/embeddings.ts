/**
 * An OpenAI-compatible embeddings endpoint (POST {url}/v1/embeddings), e.g. a local bge-m3 or a cloud provider's
 * Chinese embedding model, that the operator configures with SIMILARITY_EMBEDDINGS_URL. Off unless configured. The
 * URL is the deployment's, not a tenant's, so it may be on this machine or the private network.
 */
import type { EmbeddingsConfig } from '@server/config';
import { z } from 'zod';

const answer = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number()) })),
});

const timeoutMs = 10_000;

export class EmbeddingsClient {
  constructor(readonly config: EmbeddingsConfig) {}

  get model(): string {
    return this.config.model;
  }

  /** Unit-length vectors of the texts, in their order; throws when the endpoint fails or answers something else. */
  async embed(texts: string[]): Promise<Float32Array[]> {
    const response = await fetch(`${this.config.url.replace(/\/+$/, '')}/v1/embeddings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.config.apiKey ? { authorization: `Bearer ${this.config.apiKey}` } : {}),
      },
      body: JSON.stringify({ model: this.config.model, input: texts }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`embeddings endpoint answered ${response.status}`);
    const { data } = answer.parse(await response.json());
    const vectors = new Array<Float32Array>(texts.length);
    for (const { index, embedding } of data) vectors[index] = unitVector(embedding);
    if (vectors.some((vector) => vector === undefined) || data.length !== texts.length)
      throw new Error('embeddings endpoint answered another number of vectors');
    return vectors;
  }
}

function unitVector(values: number[]): Float32Array {
  let norm = 0;
  for (const value of values) norm += value * value;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from(values, (value) => value * scale);
}
