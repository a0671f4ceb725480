// How hard the attack suites push. CI runs a bounded pass inside `npm test`; `npm run attack`
// (CHANCERY_ATTACK=full) runs the full campaign: ~1,000 malformed inputs per contract call and
// 40 rounds of kill -9 during acknowledged writes.
export const FULL_ATTACK = process.env.CHANCERY_ATTACK === 'full' || process.env.npm_lifecycle_event === 'attack';

export const FUZZ_RUNS_PER_METHOD = FULL_ATTACK ? 1_000 : 32;
export const KILL_ROUNDS = FULL_ATTACK ? 40 : 6;
/** The full campaign takes tens of minutes on two cores. */
export const ATTACK_TIMEOUT_MS = FULL_ATTACK ? 3 * 60 * 60 * 1000 : 60_000;
