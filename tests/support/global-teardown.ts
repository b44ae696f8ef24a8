import fs from 'node:fs';
import type { EmbeddedPostgres } from '../../src/runtime/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { testPostgres?: { postgres: EmbeddedPostgres; dir: string } }).testPostgres;
  if (!state) return;
  await state.postgres.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
}
