import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
});

interface LogLine {
  msg?: string;
  port?: number;
}

/** Starts `server/main.ts` as a real process and resolves with its port once it logs that it is listening. */
async function startServerProcess(): Promise<{ port: number; lines: LogLine[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldloop-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      SEED_DEMO: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: LogLine[] = [];
  const reader = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  return new Promise((resolve, reject) => {
    child?.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
    reader.on('line', (text) => {
      const line = JSON.parse(text) as LogLine;
      lines.push(line);
      if (line.msg === 'fieldloop listening' && line.port) resolve({ port: line.port, lines });
    });
  });
}

describe('graceful shutdown', () => {
  it('finishes a request in flight after SIGTERM, then exits cleanly', async () => {
    const { port, lines } = await startServerProcess();
    const body = JSON.stringify({ tenantId: 'x', userId: 'y' });
    const pending = request({
      port,
      host: '127.0.0.1',
      method: 'POST',
      path: '/api/v1/auth/demo',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = once(pending, 'response');
    pending.write(body.slice(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const exited = once(child as ChildProcess, 'exit');
    child?.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    pending.end(body.slice(5));

    const [response] = (await answered) as [import('node:http').IncomingMessage];
    expect(response.statusCode).toBe(400);
    const [code] = await exited;
    expect(code).toBe(0);
    expect(lines.map((l) => l.msg)).toContain('stopped');
  }, 60_000); // tsx compiles the server as the process starts: seconds alone, a quarter minute on a busy machine
});
