// The sample embassy's message house and key messages, written after its audiences.
import { generateNKeysBetween } from 'fractional-indexing';
import type { SampleMission } from '../audiences/sample';
import { AUDIENCE_SEEDS } from '../audiences/sampleSeeds';
import { audienceMessages, houseMessages, messageVersions } from '../db/schema';
import type { Writer } from '../db/writePath';
import { CORE_MESSAGE, MESSAGE_SEEDS, PILLAR_SEEDS } from './sampleSeeds';

/**
 * `audienceIds` are the sample audiences in order: the first ones are the showcase seeds, later ones
 * repeat the seeds' kinds, so audience i carries the message of seed i mod the number of seeds
 * (every other repeat, to leave a realistic share of audiences without one).
 */
export function writeSampleMessages(w: Writer, mission: SampleMission, audienceIds: string[]): void {
  const { strategyId } = mission;
  const fill = (text: string) => text.replaceAll('{host}', mission.host);
  w.insert(houseMessages, { strategyId, kind: 'core', parentId: null, text: fill(CORE_MESSAGE), sortKey: 'a0' });
  const pillarKeys = generateNKeysBetween(null, null, PILLAR_SEEDS.length);
  const pillarIds = PILLAR_SEEDS.map((pillar, i) => {
    const pillarId = w.insert(houseMessages, { strategyId, kind: 'pillar', parentId: null, text: fill(pillar.text), sortKey: pillarKeys[i]! });
    const proofKeys = generateNKeysBetween(null, null, pillar.proofs.length);
    pillar.proofs.forEach((proof, j) => {
      w.insert(houseMessages, { strategyId, kind: 'proof', parentId: pillarId, text: fill(proof), sortKey: proofKeys[j]! });
    });
    return pillarId;
  });

  const seedCount = AUDIENCE_SEEDS.length;
  const byAudience = new Map(MESSAGE_SEEDS.map((seed) => [seed.audience, seed]));
  audienceIds.forEach((audienceId, i) => {
    const seed = byAudience.get(i % seedCount);
    const round = Math.floor(i / seedCount);
    if (!seed || round % 2 === 1) return;
    const platformIds = seed.platforms.map((kind) => mission.platformIds.get(kind)).filter(Boolean);
    const messageId = w.insert(audienceMessages, {
      strategyId,
      audienceId,
      pillarId: seed.pillar === null ? null : pillarIds[seed.pillar]!,
      text: fill(seed.text),
      platformIds: JSON.stringify(platformIds),
      sortKey: 'a0',
    });
    const versionKeys = generateNKeysBetween(null, null, seed.versions.length);
    seed.versions.forEach(([language, text], v) => {
      w.insert(messageVersions, { strategyId, audienceId, audienceMessageId: messageId, language, text: fill(text), sortKey: versionKeys[v]! });
    });
  });
}
