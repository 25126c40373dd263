/** The environment, read once and validated: a bad value stops start-up naming the variable. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:PATH or postgres://…')
    .default('sqlite:./data/fieldloop.db'),
  DEMO_LOGIN: flag.optional(),
  SEED_DEMO: flag.optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(24 * 30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STATIC_DIR: z.string().default('./dist/miniapp'),
  MAX_BODY_KB: z.coerce.number().int().min(1).max(10_240).default(256),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  SECRETS_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'must be 32 random bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  PUBLIC_URL: z.url().optional(),
  EGRESS_IP: z.union([z.ipv4(), z.ipv6()]).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be redis://…')
    .optional(),
  EMULATORS: flag.optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  API_TOKEN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  TRUST_PROXY: flag.optional(),
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(100).default(10),
  SIMILARITY_MEMORY_MB: z.coerce.number().int().min(1).max(65_536).default(256),
  KEPT_ANSWERS_MB: z.coerce.number().int().min(0).max(65_536).default(32),
  SIMILARITY_EMBEDDINGS_URL: z.url().optional(),
  SIMILARITY_EMBEDDINGS_MODEL: z.string().min(1).default('bge-m3'),
  SIMILARITY_EMBEDDINGS_KEY: z.string().min(1).optional(),
  SIMILARITY_EMBEDDINGS_WEIGHT: z.coerce.number().min(0).max(1).default(0.7),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: flag.optional(),
});

/** Only for development and tests: production must bring its own key. */
export const developmentSecretsKey = Buffer.alloc(32, 'fieldloop-development-only-key!').toString('base64');

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  demoLogin: boolean;
  seedDemo: boolean;
  sessionTtlHours: number;
  logLevel: z.infer<typeof environment>['LOG_LEVEL'];
  staticDir: string | null;
  maxBodyKb: number;
  shutdownGraceMs: number;
  secretsKey: string;
  /** Where people and platforms reach this server; used for callback URLs and links in messages. */
  publicUrl: string;
  /** The address this server calls the platforms from, for their IP allow-lists (WeCom 企业可信IP, DingTalk 出口IP). */
  egressIp: string | null;
  redisUrl: string | null;
  /** Start the DingTalk/Feishu/WeCom emulators and connect the demo tenants to them. */
  emulators: boolean;
  outboxPollMs: number;
  /** Sign-in attempts allowed per client address and minute. */
  signInLimitPerMinute: number;
  /** Requests one API token may make per minute, counted in the database across every instance. */
  apiTokenLimitPerMinute: number;
  /** Behind a reverse proxy that sets X-Forwarded-For: take the client address from it. */
  trustProxy: boolean;
  /** Where uploaded files are kept when no S3 bucket is configured. */
  attachmentsDir: string;
  maxUploadMb: number;
  /** Heap all tenants' similar-requirement indexes may hold together; idle tenants leave first. */
  similarityMemoryMb: number;
  /** Heap this instance's kept list answers may take; the least recently used leave first, 0 keeps none. */
  keptAnswersMb: number;
  /** The embeddings endpoint the similar lookup blends meaning from; null (the default) matches on words only. */
  similarityEmbeddings: EmbeddingsConfig | null;
  /** S3-compatible object storage for attachments (AWS, MinIO, OSS, COS…); null keeps them on local disk. */
  s3: S3Config | null;
}

/** An OpenAI-compatible embeddings endpoint (POST {url}/v1/embeddings), the deployment's own. */
export interface EmbeddingsConfig {
  url: string;
  model: string;
  apiKey: string | null;
  /** How much the meaning counts against the words, 0–1. */
  weight: number;
}

export interface S3Config {
  bucket: string;
  endpoint: string | null;
  region: string;
  /** Null uses the SDK's own credential chain (instance role, ~/.aws). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  forcePathStyle: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  const missing = production ? (['SECRETS_KEY', 'PUBLIC_URL'] as const).filter((name) => !env[name]) : [];
  if (missing.length > 0) {
    const problems = missing.map((name) => `${name}: required in production`);
    throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      'Invalid environment: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither',
    );
  }
  const demoLogin = env.DEMO_LOGIN ?? !production;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    demoLogin,
    seedDemo: env.SEED_DEMO ?? demoLogin,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    logLevel: env.LOG_LEVEL,
    staticDir: env.STATIC_DIR,
    maxBodyKb: env.MAX_BODY_KB,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    secretsKey: env.SECRETS_KEY ?? developmentSecretsKey,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    egressIp: env.EGRESS_IP ?? null,
    redisUrl: env.REDIS_URL ?? null,
    emulators: env.EMULATORS ?? demoLogin,
    outboxPollMs: env.OUTBOX_POLL_MS,
    signInLimitPerMinute: env.SIGN_IN_LIMIT_PER_MINUTE,
    apiTokenLimitPerMinute: env.API_TOKEN_LIMIT_PER_MINUTE,
    trustProxy: env.TRUST_PROXY ?? false,
    // Test runs must not fill the developer's data folder with uploads.
    attachmentsDir:
      env.ATTACHMENTS_DIR ??
      (env.NODE_ENV === 'test' ? join(tmpdir(), 'fieldloop-test-attachments') : './data/attachments'),
    maxUploadMb: env.MAX_UPLOAD_MB,
    similarityMemoryMb: env.SIMILARITY_MEMORY_MB,
    keptAnswersMb: env.KEPT_ANSWERS_MB,
    similarityEmbeddings: env.SIMILARITY_EMBEDDINGS_URL
      ? {
          url: env.SIMILARITY_EMBEDDINGS_URL,
          model: env.SIMILARITY_EMBEDDINGS_MODEL,
          apiKey: env.SIMILARITY_EMBEDDINGS_KEY ?? null,
          weight: env.SIMILARITY_EMBEDDINGS_WEIGHT,
        }
      : null,
    s3: s3ConfigOf(env),
  };
}

function s3ConfigOf(env: z.infer<typeof environment>): S3Config | null {
  if (!env.S3_BUCKET) return null;
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT ?? null,
    region: env.S3_REGION,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : null,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
  };
}
