// The sample embassy's message house and key messages (clearly fictional figures). `{host}` is the
// mission's host city; audience numbers index AUDIENCE_SEEDS.
import type { PlatformKind } from '../../shared/domain';

export const CORE_MESSAGE = 'Aurelia is a reliable partner for a greener, safer and more open future, in {host} and worldwide.';

export const PILLAR_SEEDS: { text: string; proofs: string[] }[] = [
  {
    text: 'Green transition: Aurelia and {host} cut emissions together',
    proofs: [
      'Aurelia has cut its emissions by 38% since 2010 (fictional figure).',
      'The offshore wind partnership with {host} adds 1.2 GW of clean power by 2030.',
      'Aurelian clean-water technology is shared with 14 partner countries.',
    ],
  },
  {
    text: 'Education and people-to-people ties',
    proofs: [
      '120 new Aurelia scholarships for students from {host} every year.',
      'Student visa decisions within 15 working days.',
      'Twelve university partnerships signed since 2024.',
    ],
  },
  {
    text: 'Open trade and innovation',
    proofs: ['Trade between Aurelia and {host} grew by a fifth in three years.', 'A start-up visa for founders from partner countries.'],
  },
];

export interface MessageSeed {
  audience: number;
  pillar: number | null;
  text: string;
  platforms: PlatformKind[];
  versions: [language: string, text: string][];
}

// Seed 2 ("Young professionals in technology") is high priority and deliberately has no message,
// so the channel plan shows its gap warning.
export const MESSAGE_SEEDS: MessageSeed[] = [
  {
    audience: 0,
    pillar: 1,
    text: 'Study in Aurelia: 120 scholarships a year and a visa decision within 15 working days.',
    platforms: ['instagram', 'youtube'],
    versions: [
      ['ar', 'ادرس في أوريليا: ١٢٠ منحة دراسية كل عام وقرار التأشيرة خلال ١٥ يوم عمل.'],
      ['fr', 'Étudiez en Aurelia : 120 bourses par an et une décision de visa en 15 jours ouvrables.'],
    ],
  },
  {
    audience: 1,
    pillar: null,
    text: 'Consular services and cultural events in Arabic: follow our community page.',
    platforms: ['facebook'],
    versions: [['ar', 'الخدمات القنصلية والفعاليات الثقافية باللغة العربية: تابعوا صفحتنا المجتمعية.']],
  },
  {
    audience: 3,
    pillar: 0,
    text: 'Aurelia has cut its emissions by 38% since 2010, and the offshore wind partnership with {host} adds 1.2 GW by 2030.',
    platforms: ['x', 'instagram'],
    versions: [],
  },
  {
    audience: 4,
    pillar: null,
    text: 'We answer every question on the detention review in writing within ten working days.',
    platforms: ['website', 'x'],
    versions: [],
  },
  {
    audience: 5,
    pillar: 2,
    text: 'Aurelia will consult {host} early on every initiative at the Council of Coastal States.',
    platforms: ['website'],
    versions: [],
  },
  {
    audience: 8,
    pillar: 2,
    text: 'Trade between Aurelia and {host} grew by a fifth in three years; the ambassador is available for interviews.',
    platforms: ['x', 'website'],
    versions: [],
  },
  {
    audience: 10,
    pillar: 0,
    text: 'Background briefings on the offshore wind partnership, on the record after the summit.',
    platforms: ['x'],
    versions: [],
  },
  {
    audience: 11,
    pillar: 0,
    text: 'Aurelia’s water-technology partnership is open to every state in the Gulf region.',
    platforms: ['x'],
    versions: [['ar', 'شراكة أوريليا في تقنيات المياه مفتوحة لجميع دول منطقة الخليج.']],
  },
  {
    audience: 14,
    pillar: 0,
    text: 'Aurelia shares its clean-water technology with 14 partner countries and hosts the 2028 water security summit.',
    platforms: ['x', 'linkedin', 'youtube'],
    versions: [
      ['fr', 'Aurelia partage ses technologies de l’eau propre avec 14 pays partenaires et accueille le sommet 2028 sur la sécurité de l’eau.'],
      ['ar', 'تتقاسم أوريليا تقنيات المياه النظيفة مع ١٤ دولة شريكة، وتستضيف قمة الأمن المائي عام ٢٠٢٨.'],
    ],
  },
  {
    audience: 19,
    pillar: 2,
    text: 'Aurelia’s open-trade agenda creates jobs in {host}: the figures, region by region.',
    // Planned on LinkedIn too, which the committee does not use: the channel plan still shows it.
    platforms: ['website', 'linkedin'],
    versions: [],
  },
];
