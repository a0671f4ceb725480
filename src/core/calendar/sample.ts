// The sample strategy's editorial calendar: a quarter (April to June) of realistic, clearly fictional
// posts for X, Facebook and Instagram, three campaigns, a national day and a weekly series.
// `items` spreads that many posts over the whole year instead, for benchmarks and screenshots.
import type { PlatformKind } from '../../shared/domain';
import { localToInstant } from '../../shared/calendarTime';
import type { Writer } from '../db/writePath';
import { campaigns, contentItems, nationalDays } from '../db/schema';
import { approvalDigest } from './approval';
import { putVariants } from './variants';

export interface SampleCalendarMission {
  strategyId: string;
  year: number;
  host: string;
  timeZone: string;
  localLanguage: string;
  platformIds: Map<PlatformKind, string>;
}

type Seed = { title: string; x: string; facebook: string; instagram: string; campaign?: number; tags: string[]; hashtags: string[] };

const SEEDS: Seed[] = [
  { title: 'Scholarship call opens', x: 'Applications for the Aurelia Scholarships {year} are open! Study for a master’s in Aurelia, fully funded. Details: https://aurelia.example/study', facebook: 'Dreaming of studying abroad? The Aurelia Scholarships {year} are now open to students from {host}: tuition, travel and a monthly stipend. Apply by 15 May.', instagram: 'Your master’s in Aurelia starts here 🎓 Applications open now, link in bio.', campaign: 0, tags: ['education'], hashtags: ['#StudyInAurelia'] },
  { title: 'Alumni story: engineer in Lumen', x: 'Meet Sara, a {host} engineer who studied in Lumen and now builds solar grids at home ☀️', facebook: 'From Lumen to {host}: Sara studied renewable engineering on an Aurelia scholarship. Today she leads a team building community solar grids. Her story ⬇️', instagram: 'From classroom to solar grid ☀️ Sara’s story, in her own words.', campaign: 0, tags: ['education', 'alumni'], hashtags: ['#StudyInAurelia', '#AlumniStories'] },
  { title: 'Q&A with the admissions office', x: 'Questions about studying in Aurelia? Join our live Q&A with the University of Lumen admissions office on Thursday at 17:00.', facebook: 'Live Q&A on Thursday at 17:00: the University of Lumen admissions office answers your questions about courses, visas and costs.', instagram: 'Live Q&A Thursday 17:00 🎙️ Drop your questions below!', campaign: 0, tags: ['education', 'event'], hashtags: ['#StudyInAurelia'] },
  { title: 'World Press Freedom Day statement', x: 'On World Press Freedom Day, Aurelia reaffirms: journalists must be able to work safely and freely, everywhere. #WorldPressFreedomDay', facebook: 'Today, on World Press Freedom Day, we honour journalists who risk their safety to inform us. Aurelia supports the UNESCO Safety of Journalists programme with new funding this year.', instagram: 'A free press is a free society. Today we stand with journalists everywhere. 📰', campaign: 1, tags: ['media freedom'], hashtags: ['#WorldPressFreedomDay', '#PressFreedom'] },
  { title: 'Journalism workshop recap', x: 'Thank you to the 40 young journalists from {host} who joined our fact-checking workshop this week!', facebook: 'This week 40 young journalists from {host} joined our fact-checking workshop with the Aurelian Press Institute. Photos from the sessions:', instagram: 'Fact-checking, verification, and lots of coffee ☕ Workshop highlights!', campaign: 1, tags: ['media freedom', 'event'], hashtags: ['#PressFreedom'] },
  { title: 'Ambassador interview on media literacy', x: 'Our ambassador spoke to {host} Radio about media literacy and why it matters for democracy. Listen: https://aurelia.example/radio', facebook: 'Ambassador interview: why media literacy is a shared task for governments, schools and newsrooms. Full interview on {host} Radio.', instagram: 'On air 🎙️ The ambassador on media literacy, listen via link in bio.', campaign: 1, tags: ['media freedom', 'ambassador'], hashtags: ['#MediaLiteracy'] },
  { title: 'World Environment Day: joint pledge', x: 'On World Environment Day, Aurelia and {host} sign a joint pledge to restore 10,000 hectares of wetland by 2030 🌱', facebook: 'Today Aurelia and {host} signed a joint pledge to restore 10,000 hectares of wetland by 2030. What it means, and how partners can join:', instagram: '10,000 hectares of wetland 🌱 A pledge for World Environment Day.', campaign: 2, tags: ['climate'], hashtags: ['#WorldEnvironmentDay', '#GreenAurelia'] },
  { title: 'Green tech start-ups visit', x: 'Five Aurelian green-tech start-ups meet investors in {host} this week. Say hello at the Innovation Hub on Wednesday!', facebook: 'Five Aurelian start-ups in batteries, recycling and water tech are in {host} this week to meet partners and investors.', instagram: 'Meet the start-ups 🔋♻️💧 Swipe for the line-up.', campaign: 2, tags: ['climate', 'trade'], hashtags: ['#GreenAurelia'] },
  { title: 'Climate fact of the week', x: 'Did you know? Aurelia now generates 68% of its electricity from renewables, up from 41% in 2020.', facebook: 'Climate fact: 68% of Aurelia’s electricity now comes from renewables, up from 41% in 2020. How we got here:', instagram: '68% renewable ⚡ Our energy mix, explained.', campaign: 2, tags: ['climate'], hashtags: ['#GreenAurelia'] },
  { title: 'World Refugee Day: support for UNHCR', x: 'On World Refugee Day, Aurelia announces new support for UNHCR programmes in the region.', facebook: 'On World Refugee Day we recall that behind every number is a person. Aurelia is increasing its support for UNHCR education programmes in the region.', instagram: 'Every refugee has a story. Today we listen. 🤝', tags: ['humanitarian'], hashtags: ['#WorldRefugeeDay', '#WithRefugees'] },
  { title: 'Film night: Aurelian cinema', x: 'Free screening of the Aurelian classic "Salt and Light" at the {host} Cinematheque on Friday, 19:30, with subtitles.', facebook: 'Film night! "Salt and Light", an Aurelian classic, with subtitles, free entry. Friday 19:30 at the {host} Cinematheque.', instagram: 'Film night 🎬 Friday 19:30, free entry.', tags: ['culture', 'event'], hashtags: ['#AureliaCulture'] },
  { title: 'Trade mission announcement', x: 'An Aurelian trade mission of 25 companies visits {host} next month. Interested partners can register: https://aurelia.example/trade', facebook: 'Next month 25 Aurelian companies in agri-food, logistics and digital services visit {host}. Register to meet them.', instagram: 'Business is better together 🤝 Trade mission coming soon.', tags: ['trade'], hashtags: ['#AureliaMeansBusiness'] },
  { title: 'Consular reminder: passport renewals', x: 'Aurelian citizens in {host}: book your passport renewal before the summer rush. Appointments: https://aurelia.example/consular', facebook: 'Travelling this summer? Aurelian citizens in {host} can book passport renewals online. Processing takes about 3 weeks.', instagram: 'Summer travel checklist ✈️ Renew your passport early.', tags: ['consular'], hashtags: [] },
  { title: 'Language café', x: 'Learn a few words of Aurelian over coffee: our language café meets every first Tuesday at the embassy library.', facebook: 'Our monthly language café: practise Aurelian with native speakers, all levels welcome.', instagram: 'Coffee + conversation ☕🗣️ First Tuesday of every month.', tags: ['culture'], hashtags: ['#AureliaCulture'] },
];

const TIMES = ['09:00', '12:30', '17:00'];
const CAMPAIGNS = [
  { name: 'Study in Aurelia', colour: '#2f6fb0', start: '04-01', end: '05-15' },
  { name: 'Press Freedom Week', colour: '#b0452f', start: '04-28', end: '05-07' },
  { name: 'Green Aurelia', colour: '#2f8f4e', start: '06-01', end: '06-30' },
];
const DAY = 86_400_000;

function fill(text: string, mission: SampleCalendarMission): string {
  return text.replaceAll('{host}', mission.host).replaceAll('{year}', String(mission.year));
}

function statusFor(at: string, now: string): { status: string; approved: boolean } {
  const days = (Date.parse(at) - Date.parse(now)) / DAY;
  if (days < 0) return { status: 'published', approved: true };
  if (days < 10) return { status: 'scheduled', approved: true };
  if (days < 20) return { status: 'approved', approved: true };
  if (days < 35) return { status: 'in_review', approved: false };
  if (days < 60) return { status: 'draft', approved: false };
  return { status: 'idea', approved: false };
}

/** Writes the sample calendar; `items` (default: about 45 over April to June) posts; 0 writes none. */
export function writeSampleCalendar(w: Writer, mission: SampleCalendarMission, items?: number): void {
  // No posts, no calendar at all (nor campaigns): what a workspace from before the calendar holds.
  if (items === 0) return;
  const { strategyId, year, timeZone } = mission;
  const campaignIds = CAMPAIGNS.map((c) => w.insert(campaigns, { strategyId, name: c.name, colour: c.colour, startDate: `${year}-${c.start}`, endDate: `${year}-${c.end}` }));
  w.insert(nationalDays, { strategyId, name: 'Aurelia National Day', monthDay: '07-14', note: 'Fictional: independence of the Republic of Aurelia' });

  const x = mission.platformIds.get('x');
  const facebook = mission.platformIds.get('facebook');
  const instagram = mission.platformIds.get('instagram');
  const write = (seed: Seed, date: string, time: string, platforms: ('x' | 'facebook' | 'instagram')[]) => {
    const scheduledAt = localToInstant(date, time, timeZone);
    const { status, approved } = statusFor(scheduledAt, w.now);
    const ids = { x, facebook, instagram };
    const variants = platforms.flatMap((p) => (ids[p] ? [{ platformId: ids[p], text: fill(seed[p], mission) }] : []));
    // A post dated inside its campaign belongs to it; elsewhere it stands alone.
    const range = seed.campaign === undefined ? undefined : CAMPAIGNS[seed.campaign]!;
    const campaignId = range && date.slice(5) >= range.start && date.slice(5) <= range.end ? campaignIds[seed.campaign!]! : null;
    const itemId = w.insert(contentItems, {
      strategyId,
      title: fill(seed.title, mission),
      language: 'en',
      campaignId,
      assignee: ['Press attaché', 'Communications officer'][date.charCodeAt(9) % 2]!,
      tags: JSON.stringify(seed.tags),
      hashtags: JSON.stringify(seed.hashtags),
      status,
      approvedBy: approved ? 'Deputy head of mission' : null,
      approvedAt: approved ? new Date(Date.parse(scheduledAt) - 5 * DAY).toISOString() : null,
      approvedDigest: approved ? approvalDigest({ variants, mediaIds: [], links: [], hashtags: seed.hashtags, language: 'en' }) : null,
      scheduledAt,
      timeZone,
    });
    putVariants(w, { id: itemId, strategyId }, variants);
  };

  const observanceDays: [string, number][] = [
    ['05-03', 3],
    ['06-05', 6],
    ['06-20', 9],
  ];
  if (items === undefined) {
    // Monday, Wednesday and Friday of each week of the quarter, one slot each, cycling the seeds.
    let n = 0;
    for (let t = Date.UTC(year, 3, 1); t < Date.UTC(year, 6, 1); t += DAY) {
      const day = new Date(t);
      const date = day.toISOString().slice(0, 10);
      if (observanceDays.some(([md]) => date.endsWith(md))) continue;
      if (![1, 3, 5].includes(day.getUTCDay())) continue;
      const seed = SEEDS.filter((_, i) => !observanceDays.some(([, s]) => s === i))[n % (SEEDS.length - observanceDays.length)]!;
      write(seed, date, TIMES[n % TIMES.length]!, n % 4 === 3 ? ['x', 'facebook'] : ['x', 'facebook', 'instagram']);
      n++;
    }
    for (const [md, s] of observanceDays) write(SEEDS[s]!, `${year}-${md}`, '09:00', ['x', 'facebook', 'instagram']);
    // A weekly series, Fridays at 16:00, skipping Good Friday's week.
    const firstFriday = new Date(Date.UTC(year, 3, 1));
    while (firstFriday.getUTCDay() !== 5) firstFriday.setUTCDate(firstFriday.getUTCDate() + 1);
    const fridayDate = firstFriday.toISOString().slice(0, 10);
    const photoTexts = instagram ? [{ platformId: instagram, text: 'Our photo of the week 📸 from around the mission.' }] : [];
    const photoId = w.insert(contentItems, {
      strategyId,
      title: 'Photo of the week',
      language: 'en',
      assignee: 'Communications officer',
      tags: JSON.stringify(['culture']),
      hashtags: JSON.stringify(['#AureliaCulture']),
      status: 'approved',
      approvedBy: 'Deputy head of mission',
      approvedAt: w.now,
      approvedDigest: approvalDigest({ variants: photoTexts, mediaIds: [], links: [], hashtags: ['#AureliaCulture'], language: 'en' }),
      scheduledAt: localToInstant(fridayDate, '16:00', timeZone),
      timeZone,
      recurrenceRule: `FREQ=WEEKLY;INTERVAL=1;BYDAY=FR;UNTIL=${year}-06-30`,
      recurrenceExceptions: JSON.stringify([new Date(firstFriday.getTime() + 14 * DAY).toISOString().slice(0, 10)]),
    });
    putVariants(w, { id: photoId, strategyId }, photoTexts);
    // Ideas waiting in the backlog.
    for (const title of ['Interview series with alumni', 'Behind the scenes at the embassy', 'Recipe video: Aurelian pastries']) {
      w.insert(contentItems, { strategyId, title, language: 'en', status: 'idea', timeZone });
    }
    return;
  }
  for (let i = 0; i < items; i++) {
    const t = Date.UTC(year, 0, 1) + Math.floor((i * 365) / Math.max(items, 1)) * DAY;
    const date = new Date(t).toISOString().slice(0, 10);
    write(SEEDS[i % SEEDS.length]!, date, TIMES[i % TIMES.length]!, i % 3 === 2 ? ['x'] : ['x', 'facebook', 'instagram']);
  }
}
