// The sample workspace: a clearly fictional embassy's annual strategy, so a newcomer sees the app
// with content at once. `scale` repeats it across fictional missions to build large workspaces
// for benchmarks and screenshots; later features extend the same generator.
import { generateNKeysBetween } from 'fractional-indexing';
import { PLATFORM_KIND_LABELS, type PlatformKind } from '../../shared/domain';
import type { Writer } from '../db/writePath';
import { platforms, strategies } from '../db/schema';
import { applyTemplate, type StrategyTemplate } from './template';
import { SHOWCASE_AUDIENCES, writeSampleAudienceMap } from '../audiences/sample';
import { writeSampleCalendar } from '../calendar/sample';

export const SAMPLE_NOTICE = 'Fictional sample: the Republic of Aurelia and its missions do not exist.';

const MISSIONS = [
  { mission: 'Embassy of the Republic of Aurelia in Nordhaven', host: 'Nordhaven', handle: 'AureliaInNordhaven', languages: ['en', 'nl'], timeZone: 'Europe/Amsterdam' },
  { mission: 'Permanent Mission of Aurelia to the United Nations, Geneva', host: 'Geneva', handle: 'AureliaUNGeneva', languages: ['en', 'fr'], timeZone: 'Europe/Zurich' },
  { mission: 'Embassy of the Republic of Aurelia in Qasr al-Nur', host: 'Qasr al-Nur', handle: 'AureliaQasr', languages: ['ar', 'en'], timeZone: 'Asia/Riyadh' },
  { mission: 'Consulate General of Aurelia in Port Meridian', host: 'Port Meridian', handle: 'AureliaMeridian', languages: ['en', 'es'], timeZone: 'America/Mexico_City' },
  { mission: 'Embassy of the Republic of Aurelia in Tianmen', host: 'Tianmen', handle: 'AureliaTianmen', languages: ['zh', 'en'], timeZone: 'Asia/Shanghai' },
];

/** Baseline, target and actual for the template's KPIs, in template order. */
const KPI_FIGURES: [number, number, number][] = [
  [18_400, 30_000, 24_900],
  [35, 70, 52],
  [60, 90, 71],
  [4, 12, 7],
  [40, 80, 46],
  [6, 12, 9],
  [3, 8, 5],
  [1_200, 2_500, 1_640],
];

const PLATFORMS: { kind: PlatformKind; status: string; checks: number; owner: string }[] = [
  { kind: 'x', status: 'active', checks: 6, owner: 'Press attaché' },
  { kind: 'facebook', status: 'active', checks: 5, owner: 'Communications officer' },
  { kind: 'instagram', status: 'active', checks: 4, owner: 'Communications officer' },
  { kind: 'linkedin', status: 'setting_up', checks: 2, owner: 'Economic section' },
  { kind: 'youtube', status: 'planned', checks: 1, owner: 'Press attaché' },
  { kind: 'website', status: 'active', checks: 6, owner: 'Head of chancery' },
];

const CHECK_FIELDS = [
  'checkVerified',
  'checkContactDisclaimer',
  'checkAvatarBanner',
  'checkGuidelines',
  'checkProfileText',
  'checkCredentialCustody',
] as const;

/**
 * Writes `scale` sample strategies, each with `audiences` audiences (default: the showcase set), its
 * message house and its editorial calendar (`items` posts over the year, default a quarter's worth);
 * returns their ids, the showcase one first.
 */
export function writeSampleStrategies(w: Writer, template: StrategyTemplate, scale: number, audiences = SHOWCASE_AUDIENCES, items?: number): string[] {
  const ids: string[] = [];
  for (let n = 0; n < scale; n++) ids.push(writeSample(w, template, n, audiences, items));
  return ids;
}

function writeSample(w: Writer, template: StrategyTemplate, n: number, audienceCount: number, items?: number): string {
  const place = MISSIONS[n % MISSIONS.length]!;
  const year = 2027 - Math.floor(n / MISSIONS.length);
  const strategyId = w.insert(strategies, {
    title: `Digital diplomacy strategy ${year}`,
    year,
    mission: place.mission,
    vision: `${template.vision}\n\n${SAMPLE_NOTICE}`,
    status: n === 0 ? 'in_review' : 'draft',
  });

  applyTemplate(w, strategyId, template, (index) => {
    const [baseline, target, actual] = KPI_FIGURES[index % KPI_FIGURES.length]!;
    return { baseline, target, actual, dueDate: `${year}-12-31` };
  });

  const platformKeys = generateNKeysBetween(null, null, PLATFORMS.length);
  const platformIds = new Map<PlatformKind, string>();
  PLATFORMS.forEach((platform, i) => {
    const checks = Object.fromEntries(CHECK_FIELDS.map((field, c) => [field, c < platform.checks]));
    const platformId = w.insert(platforms, {
      strategyId,
      kind: platform.kind,
      name: PLATFORM_KIND_LABELS[platform.kind],
      handle: platform.kind === 'website' ? `aurelia.example/${place.handle.toLowerCase()}` : `@${place.handle}`,
      languages: JSON.stringify(place.languages),
      owner: platform.owner,
      status: platform.status,
      custodians: 'Press attaché and Head of chancery',
      recoveryNote: 'Recovery codes sealed in the mission safe; recovery e-mail is the mission’s functional mailbox.',
      guidelines: 'Formal but warm; no comment on domestic politics of the host country; reply within one working day.',
      sortKey: platformKeys[i]!,
      ...checks,
    });
    platformIds.set(platform.kind, platformId);
  });

  const localLanguage = place.languages.find((l) => l !== 'en') ?? 'en';
  writeSampleAudienceMap(w, { strategyId, year, host: place.host, localLanguage, platformIds }, audienceCount);
  writeSampleCalendar(w, { strategyId, year, host: place.host, timeZone: place.timeZone, localLanguage, platformIds }, items);
  return strategyId;
}
