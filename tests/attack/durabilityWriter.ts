// The child of the durability test (durability.test.ts): writes through the core as fast as it can and
// acknowledges each write on stdout only after the core has returned, until it is killed with SIGKILL.
//   node --import tsx tests/attack/durabilityWriter.ts <dataDir> <strategyId> <round>
// (the test runs it bundled by esbuild, which starts faster).
// Lines: "ready", then "objective <id> <title>" and "vision <n>" per acknowledged write.
import { openCore } from '../../src/core/index';

const [dataDir, strategyId, round] = process.argv.slice(2);
if (!dataDir || !strategyId || !round) throw new Error('usage: durabilityWriter.ts <dataDir> <strategyId> <round>');

const core = openCore({ dataDir, host: 'web' });
// Writes to a pipe are synchronous on Linux and macOS: once this returns, the parent can read the line.
const acknowledge = (line: string) => process.stdout.write(`${line}\n`);
acknowledge('ready');

let sequence = 0;
const writeOne = async (): Promise<void> => {
  sequence += 1;
  if (sequence % 2 === 0) {
    await core.call('strategy.update', { id: strategyId, patch: { vision: `round ${round} vision ${sequence}` } });
    acknowledge(`vision ${round} ${sequence}`);
  } else {
    const title = `Round ${round} objective ${sequence}`;
    const objective = await core.call('objective.create', { strategyId, title });
    acknowledge(`objective ${objective.id} ${title}`);
  }
  // Yield between writes, so the kill can land anywhere: inside a transaction, between two, mid-ack.
  setImmediate(() => void writeOne().catch(fail));
};
function fail(error: unknown): never {
  console.error(error);
  process.exit(1);
}

void writeOne().catch(fail);
