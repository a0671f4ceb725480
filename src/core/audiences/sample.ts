// The sample embassy's audience map: the 20 showcase audiences (see sampleSeeds.ts) with their
// engagements and links, then, when more are asked for (screenshots, benchmarks), further audiences
// of the same kinds under generated, equally fictional names.
import { generateNKeysBetween } from 'fractional-indexing';
import { SCORE_MAX, SCORE_MIN, type AudienceKind } from '../../shared/audiences';
import type { PlatformKind } from '../../shared/domain';
import { audiences, engagements, relationships } from '../db/schema';
import type { Writer } from '../db/writePath';
import { writeSampleMessages } from '../messages/sample';
import { mapPosition } from './rows';
import { AUDIENCE_SEEDS, RELATIONSHIP_SEEDS, type AudienceSeed } from './sampleSeeds';

export interface SampleMission {
  strategyId: string;
  year: number;
  /** The host city the mission's audiences live in, e.g. "Nordhaven". */
  host: string;
  /** The host country's language (BCP 47), for audiences that speak it. */
  localLanguage: string;
  platformIds: Map<PlatformKind, string>;
}

export const SHOWCASE_AUDIENCES = AUDIENCE_SEEDS.length;

export function writeSampleAudienceMap(w: Writer, mission: SampleMission, count: number): void {
  if (count <= 0) return;
  const keys = generateNKeysBetween(null, null, count);
  const names = new Set<string>();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = AUDIENCE_SEEDS[i % SHOWCASE_AUDIENCES]!;
    const generated = i >= SHOWCASE_AUDIENCES;
    const name = uniqueName(names, generated ? generatedName(seed.kind, i) : fill(seed.name, mission));
    const id = w.insert(audiences, {
      strategyId: mission.strategyId,
      name,
      kind: seed.kind,
      regions: JSON.stringify(generated ? [REGIONS[i % REGIONS.length]!] : seed.regions.map((r) => fill(r, mission))),
      languages: JSON.stringify([...new Set(seed.languages.map((l) => (l === 'local' ? mission.localLanguage : l)))]),
      platformIds: JSON.stringify(seed.platforms.map((kind) => mission.platformIds.get(kind)).filter(Boolean)),
      mapPosition: generated ? mapPosition(jitter(seed.influence, i * 7), jitter(seed.interest, i * 11)) : mapPosition(seed.influence, seed.interest),
      stance: seed.stance,
      priority: seed.priority,
      needs: seed.needs,
      notes: fill(seed.notes, mission),
      tags: JSON.stringify(seed.tags),
      lawfulBasis: seed.lawfulBasis ?? '',
      reviewDate: seed.lawfulBasis ? `${mission.year}-12-31` : null,
      sortKey: keys[i]!,
    });
    ids.push(id);
    writeEngagements(w, mission, id, seed, generated ? i % 6 : 0, i);
  }
  writeRelationships(w, mission.strategyId, ids);
  writeSampleMessages(w, mission, ids);
}

function writeEngagements(w: Writer, mission: SampleMission, audienceId: string, seed: AudienceSeed, shift: number, i: number): void {
  for (const [monthsBefore, kind, summary, outcome] of seed.engagements ?? []) {
    // Contacts made while the strategy was being prepared: the autumn before its year, and earlier.
    const day = new Date(Date.UTC(mission.year - 1, 9 - monthsBefore - shift, 1 + (i % 27)));
    w.insert(engagements, {
      strategyId: mission.strategyId,
      audienceId,
      date: day.toISOString().slice(0, 10),
      kind,
      summary,
      outcome,
    });
  }
}

/** The showcase links, then for generated audiences a link from every fourth one to an earlier one. */
function writeRelationships(w: Writer, strategyId: string, ids: string[]): void {
  const link = (from: number, to: number, kind: string, label = '') =>
    w.insert(relationships, { strategyId, fromId: ids[from]!, toId: ids[to]!, kind, label });
  for (const [from, to, kind, label] of RELATIONSHIP_SEEDS) if (from < ids.length && to < ids.length) link(from, to, kind, label);
  // 7919 % (i - 1) is an earlier audience that varies with i (never i itself).
  for (let i = SHOWCASE_AUDIENCES; i < ids.length; i += 4) link(i, 7919 % (i - 1), i % 8 === 0 ? 'influences' : 'partners_with');
}

function fill(text: string, mission: SampleMission): string {
  return text.replaceAll('{host}', mission.host);
}

/** A score moved by -1, 0 or +1, so generated audiences spread over the grid. */
function jitter(score: number, salt: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, score + (salt % 3) - 1));
}

function uniqueName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const REGIONS = ['North Coast', 'Eastern Highlands', 'River Delta', 'Capital District', 'Southern Plains', 'Lake Country', 'Western Isles', 'Old Port'];
const FIRST = ['Mara', 'Tomas', 'Ines', 'Yusuf', 'Noor', 'Pieter', 'Sofia', 'Karim', 'Lucia', 'Anders', 'Leila', 'Mateo', 'Hana', 'Oskar'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Castell', 'Brandt', 'Nakamura', 'Rahimi', 'Silva', 'Novak', 'Amrani', 'Petrov'];
const COUNTRIES = ['Valdoria', 'Estmark', 'Larune', 'Sarnia', 'Oskaria', 'Tiberra', 'Quellan', 'Marovia', 'Kestria', 'Dunmore'];
const TOPICS = ['Clean Rivers', 'Digital Rights', 'Refugee Aid', 'Ocean Watch', 'Heritage', 'Food Security', 'Press Freedom', 'Open Archives'];
const SEGMENTS = ['Students', 'Young professionals', 'Teachers', 'Farmers', 'Retirees', 'Parents', 'Entrepreneurs', 'Artists'];

/** A plausible, clearly fictional name for the i-th generated audience of a kind. */
function generatedName(kind: AudienceKind, i: number): string {
  const pick = <T>(list: readonly T[], salt = 0) => list[(i * 7 + salt) % list.length]!;
  const region = REGIONS[i % REGIONS.length]!;
  switch (kind) {
    case 'public_segment':
      return `${pick(SEGMENTS)} in the ${region}`;
    case 'online_community':
      return `${pick(TOPICS)} forum members`;
    case 'interest_group':
      return `${pick(TOPICS)} supporters in the ${region}`;
    case 'individual':
      return `${pick(FIRST)} ${pick(LAST, 3)}, ${pick(['blogger', 'podcaster', 'community leader', 'artist'])}`;
    case 'journalist':
      return `${pick(FIRST, 5)} ${pick(LAST, 1)}, ${pick(['economics', 'foreign affairs', 'culture', 'climate'], 2)} reporter`;
    case 'news_outlet':
      return `The ${region} ${pick(['Herald', 'Gazette', 'Post', 'Observer', 'Daily', 'Radio'])}`;
    case 'foreign_ministry':
      return `Ministry of Foreign Affairs of ${pick(COUNTRIES)}`;
    case 'international_org':
      return `${pick(['Council', 'Agency', 'Forum', 'Commission'])} for ${pick(TOPICS, 4)}`;
    case 'ngo':
      return `${pick(TOPICS)} ${pick(['Alliance', 'Foundation', 'Network', 'Initiative'], 1)}`;
    case 'diplomat':
      return `Embassy of ${pick(COUNTRIES, 3)}`;
    case 'academic':
      return `${pick(['Institute', 'Centre', 'School'])} for ${pick(TOPICS, 2)} Studies`;
    case 'custom':
      return `${pick(['Regional council', 'Chamber of commerce', 'Mayor’s office'])} of the ${region}`;
  }
}
