import { Presets, SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { verifyAuditLog } from './audit-verifier';

/** Below this many events verification takes about a second: no progress bar. */
const PROGRESS_BAR_FROM_EVENTS = 100_000;

/**
 * `mediation-hub audit verify`: walks every chain of the hub's audit log and prints either
 * a summary or the first bad position. Returns the exit code: 0 intact, 1 broken.
 */
export async function runAuditVerify(hubAdminUrl: string, out: NodeJS.WritableStream): Promise<number> {
  const client = new Client({ connectionString: hubAdminUrl });
  await client.connect();
  let bar: SingleBar | undefined;
  try {
    const result = await verifyAuditLog(client, (checked, total) => {
      if (!bar && total >= PROGRESS_BAR_FROM_EVENTS) {
        bar = new SingleBar(
          { format: 'verifying {bar} {value}/{total} events | {eta_formatted} left', stream: process.stderr },
          Presets.shades_classic,
        );
        bar.start(total, checked);
      }
      bar?.setTotal(total);
      bar?.update(checked);
    });
    bar?.stop();
    bar = undefined;
    if (result.ok) {
      out.write(`audit log verified: ${result.events} events in ${result.chains} chains\n`);
      return 0;
    }
    out.write(`audit log broken at chain ${result.chainId} position ${result.position}: ${result.reason}\n`);
    return 1;
  } finally {
    bar?.stop();
    await client.end();
  }
}
