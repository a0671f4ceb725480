// One cold start in a fresh process: load the core, open the workspace, make the first list call.
// Usage: node --import tsx tests/bench/coldStart.child.ts <dataDir>   (prints one JSON line)
export {}; // a module, so top-level await is allowed

const bootMs = performance.now(); // ms since this process started: node + tsx start-up
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: coldStart.child.ts <dataDir>');

const t0 = process.hrtime.bigint();
const { openCore } = await import('../../src/core/index');
const t1 = process.hrtime.bigint();
const core = openCore({ dataDir, host: 'web' });
const t2 = process.hrtime.bigint();
const list = await core.call('strategy.list', {});
const t3 = process.hrtime.bigint();
core.close();

const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
process.stdout.write(
  `${JSON.stringify({ bootMs, importMs: ms(t0, t1), openMs: ms(t1, t2), listMs: ms(t2, t3), strategies: list.length })}\n`,
);
