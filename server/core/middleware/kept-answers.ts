/**
 * Repeated reads of a daily list answered from memory (issue #14). An answer is kept under the tenant's data
 * version, read before the answer was computed: the database bumps that version whenever any row of the tenant
 * changes, on any instance (migration 0025), so a kept answer is given only while nothing it could show has changed.
 * The key holds everything else an answer depends on: who asks (person, role, API token scope), their language and
 * the exact URL. What changes with the clock alone (a planned visit's time passing, a follow-up falling due at
 * midnight) is at most `keepMs` late; signed photo URLs live for an hour or more.
 */
import type { Next } from 'koa';
import type { RootDb } from '../db';
import { findDataVersion } from '../db/unscoped';
import type { AppContext } from '../http';

interface Kept {
  version: number;
  body: string;
  until: number;
  bytes: number;
}

export interface KeptAnswerOptions {
  /** Memory all kept answers may take together; the least recently used leave first. 0 keeps none. */
  budgetBytes: number;
  keepMs: number;
}

/** One app instance's kept answers, least recently used first. */
export class KeptAnswers {
  readonly #kept = new Map<string, Kept>();
  #bytes = 0;

  constructor(readonly options: KeptAnswerOptions) {}

  get bytes(): number {
    return this.#bytes;
  }

  find(key: string, version: number, now = Date.now()): string | undefined {
    const kept = this.#kept.get(key);
    if (!kept) return undefined;
    this.#drop(key, kept);
    if (kept.version !== version || kept.until <= now) return undefined;
    this.#kept.set(key, kept);
    this.#bytes += kept.bytes;
    return kept.body;
  }

  keep(key: string, version: number, body: string, now = Date.now()): void {
    const bytes = 2 * (key.length + body.length);
    const existing = this.#kept.get(key);
    if (existing && existing.version > version) return;
    if (existing) this.#drop(key, existing);
    if (bytes > this.options.budgetBytes) return;
    for (const [oldKey, old] of this.#kept) {
      if (this.#bytes + bytes <= this.options.budgetBytes) break;
      this.#drop(oldKey, old);
    }
    this.#kept.set(key, { version, body, until: now + this.options.keepMs, bytes });
    this.#bytes += bytes;
  }

  #drop(key: string, kept: Kept): void {
    this.#kept.delete(key);
    this.#bytes -= kept.bytes;
  }
}

/** For a GET route whose answer is JSON made only from the tenant's rows, the asker, the language and the URL. */
export function keptAnswers(db: RootDb, answers: KeptAnswers) {
  return async (ctx: AppContext, next: Next) => {
    if (ctx.method !== 'GET' || answers.options.budgetBytes === 0) return next();
    const { actor, locale } = ctx.state;
    const key = [actor.tenantId, actor.userId, actor.role, actor.apiToken?.scope ?? '', locale, ctx.url].join(
      '\n',
    );
    const version = await findDataVersion(db, actor.tenantId);
    const kept = answers.find(key, version);
    if (kept !== undefined) {
      ctx.type = 'json';
      ctx.body = kept;
      return;
    }
    await next();
    if (ctx.status !== 200 || !ctx.response.is('json')) return;
    const body = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);
    ctx.body = body;
    answers.keep(key, version, body);
  };
}
