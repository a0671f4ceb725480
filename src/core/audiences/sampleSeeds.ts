// The sample embassy's audiences: clearly fictional people, outlets and organisations, spread over
// the four quadrants of the influence-interest map. `{host}` is the sample mission's host city.
import type { AudienceKind, AudiencePriority, EngagementKind, RelationshipKind, Stance } from '../../shared/audiences';
import type { PlatformKind } from '../../shared/domain';

export interface AudienceSeed {
  name: string;
  kind: AudienceKind;
  influence: number;
  interest: number;
  stance: Stance;
  priority: AudiencePriority;
  /** 'local' is the mission's host-country language. */
  languages: string[];
  platforms: PlatformKind[];
  regions: string[];
  needs: string;
  notes: string;
  tags: string[];
  lawfulBasis?: string;
  /** [months before October of the year before the strategy's, kind, summary, outcome] */
  engagements?: [number, EngagementKind, string, string][];
}

const PRESS_BASIS =
  'Legitimate interest: professional role as a journalist. Only work contact details from public sources are kept; review yearly.';

export const AUDIENCE_SEEDS: AudienceSeed[] = [
  {
    name: 'University students in {host}',
    kind: 'public_segment', influence: 2, interest: 4, stance: 'supportive', priority: 'high',
    languages: ['local', 'en'], platforms: ['instagram', 'youtube'], regions: ['{host}'],
    needs: 'Clear, visual information on scholarships, exchange programmes and student visas.',
    notes: 'Reached best through student unions and short video; interest peaks before the March application deadline.',
    tags: ['youth', 'education', 'scholarships'],
    engagements: [
      [4, 'event', 'Study in Aurelia fair at the central university', '420 visitors; 85 newsletter sign-ups'],
      [1, 'campaign_touch', 'Instagram Q&A on scholarship applications', '3,100 views; 64 questions answered'],
    ],
  },
  {
    name: 'Arabic-speaking residents of {host}',
    kind: 'public_segment', influence: 2, interest: 3, stance: 'neutral', priority: 'medium',
    languages: ['ar', 'local'], platforms: ['facebook', 'youtube'], regions: ['{host}'],
    needs: 'Consular information and cultural events in Arabic.',
    notes: 'Follows Arabic-language community pages; prefers Facebook and video over text.',
    tags: ['community', 'consular'],
    engagements: [[2, 'event', 'Community iftar at the residence', '120 community leaders invited; strong turnout']],
  },
  {
    name: 'Young professionals in technology',
    kind: 'public_segment', influence: 2, interest: 3, stance: 'supportive', priority: 'high',
    languages: ['en', 'local'], platforms: ['linkedin'], regions: ['{host}', 'Northern Province'],
    needs: 'Career paths in Aurelian companies and the start-up visa.',
    notes: 'New target group for the innovation campaign; no key message agreed yet.',
    tags: ['innovation', 'careers'],
  },
  {
    name: '{host} Climate Action Network',
    kind: 'ngo', influence: 3, interest: 4, stance: 'critical', priority: 'medium',
    languages: ['local', 'en'], platforms: ['x', 'instagram'], regions: ['{host}'],
    needs: 'Evidence of Aurelia’s emission cuts, not slogans.',
    notes: 'Critical of the port expansion; open to dialogue on the offshore wind partnership.',
    tags: ['climate', 'civil society'],
    engagements: [[3, 'meeting', 'Round table on the offshore wind partnership', 'Agreed to share the environmental assessment']],
  },
  {
    name: 'Human Rights Watchpoint',
    kind: 'ngo', influence: 4, interest: 4, stance: 'critical', priority: 'high',
    languages: ['en'], platforms: ['x', 'website'], regions: ['International'],
    needs: 'Access to officials and factual answers on the detention review.',
    notes: 'Publishes its annual country report in May; respond factually and promptly.',
    tags: ['human rights'],
    engagements: [
      [5, 'meeting', 'Meeting with the regional director', 'Follow-up questions sent in writing'],
      [1, 'reply', 'Written answers on the detention review', 'Acknowledged; quoted in their newsletter'],
    ],
  },
  {
    name: 'Ministry of Foreign Affairs of {host}',
    kind: 'foreign_ministry', influence: 5, interest: 4, stance: 'neutral', priority: 'high',
    languages: ['local', 'en'], platforms: ['x', 'website'], regions: ['{host}'],
    needs: 'Predictability and early notice of Aurelian positions.',
    notes: 'The desk officer for the region changes in September.',
    tags: ['bilateral', 'government'],
    engagements: [[2, 'meeting', 'Annual political consultations', 'Joint statement on maritime safety agreed']],
  },
  {
    name: 'Centre for Northern Security Studies',
    kind: 'academic', influence: 3, interest: 3, stance: 'neutral', priority: 'medium',
    languages: ['en'], platforms: ['linkedin', 'youtube'], regions: ['{host}'],
    needs: 'Briefings and speakers for their autumn conference.',
    notes: 'Their analysts are quoted widely in the national press.',
    tags: ['security', 'think tank'],
    engagements: [[6, 'event', 'Ambassador’s keynote at the autumn conference', 'Video reached 12,000 views']],
  },
  {
    name: 'Institute for Trade and Development Policy',
    kind: 'academic', influence: 3, interest: 2, stance: 'supportive', priority: 'low',
    languages: ['en', 'local'], platforms: ['linkedin', 'website'], regions: ['{host}'],
    needs: 'Trade figures and access to Aurelian experts.',
    notes: 'Publishes a quarterly trade outlook.',
    tags: ['trade', 'think tank'],
  },
  {
    name: 'The {host} Courier',
    kind: 'news_outlet', influence: 4, interest: 2, stance: 'neutral', priority: 'high',
    languages: ['local'], platforms: ['x', 'facebook', 'website'], regions: ['{host}'],
    needs: 'Quotable facts, embargoed press releases, access to the ambassador.',
    notes: 'Largest daily of the capital; foreign desk of three.',
    tags: ['press'],
    engagements: [[3, 'interview', 'Interview with the ambassador on trade', 'Full page in the weekend edition']],
  },
  {
    name: 'Meridian Press Agency',
    kind: 'news_outlet', influence: 5, interest: 2, stance: 'neutral', priority: 'medium',
    languages: ['en', 'es', 'ar'], platforms: ['x', 'website'], regions: ['International'],
    needs: 'Fast, accurate statements and a reachable spokesperson.',
    notes: 'Its wire stories are reprinted by most regional papers.',
    tags: ['press', 'wire'],
  },
  {
    name: 'Lena Varga, foreign affairs correspondent',
    kind: 'journalist', influence: 3, interest: 4, stance: 'neutral', priority: 'medium',
    languages: ['en', 'local'], platforms: ['x', 'linkedin'], regions: ['{host}'],
    needs: 'Background briefings and early access to announcements.',
    notes: 'Writes for The Courier; fair but sceptical on the port expansion.',
    tags: ['press'],
    lawfulBasis: PRESS_BASIS,
    engagements: [
      [4, 'interview', 'Background briefing on the offshore wind partnership', 'Balanced article two days later'],
      [0, 'reply', 'Answered her questions on visa waiting times', 'Quoted our figures correctly'],
    ],
  },
  {
    name: 'Omar Haddad, Gulf affairs columnist',
    kind: 'journalist', influence: 2, interest: 4, stance: 'critical', priority: 'medium',
    languages: ['ar', 'en'], platforms: ['x'], regions: ['Gulf region'],
    needs: 'Arabic-language material and facts on Aurelia’s water partnerships.',
    notes: 'Writes a weekly column for Meridian Press Agency’s Arabic service.',
    tags: ['press', 'Arabic'],
    lawfulBasis: PRESS_BASIS,
  },
  {
    name: 'Ambassadors of the Northern Partnership states',
    kind: 'diplomat', influence: 4, interest: 3, stance: 'supportive', priority: 'medium',
    languages: ['en'], platforms: ['x', 'linkedin'], regions: ['{host}'],
    needs: 'Coordination of joint statements and events.',
    notes: 'Monthly heads-of-mission lunch; Aurelia chairs in the second half of the year.',
    tags: ['diplomatic corps'],
    engagements: [[1, 'meeting', 'Heads-of-mission lunch', 'Joint op-ed on maritime safety agreed']],
  },
  {
    name: 'Embassy of the Federation of Valdoria',
    kind: 'diplomat', influence: 3, interest: 2, stance: 'neutral', priority: 'low',
    languages: ['en'], platforms: ['x'], regions: ['{host}'],
    needs: 'Information exchange on regional security.',
    notes: 'New ambassador arrived in January.',
    tags: ['diplomatic corps'],
  },
  {
    name: 'International Organisation for Water Security',
    kind: 'international_org', influence: 4, interest: 3, stance: 'supportive', priority: 'high',
    languages: ['en', 'fr', 'ar'], platforms: ['x', 'linkedin', 'youtube'], regions: ['International'],
    needs: 'Member-state commitments and success stories to showcase.',
    notes: 'Aurelia hosts its 2028 summit; the secretariat wants a joint campaign.',
    tags: ['water', 'multilateral'],
    engagements: [[2, 'meeting', 'Planning meeting for the 2028 summit', 'Joint campaign calendar drafted']],
  },
  {
    name: 'Council of Coastal States secretariat',
    kind: 'international_org', influence: 4, interest: 1, stance: 'neutral', priority: 'low',
    languages: ['en', 'fr'], platforms: ['website'], regions: ['International'],
    needs: 'Formal notes and national positions on time.',
    notes: 'Engaged through the permanent mission rather than the embassy.',
    tags: ['multilateral', 'maritime'],
  },
  {
    name: 'Travel and tourism enthusiasts',
    kind: 'interest_group', influence: 1, interest: 2, stance: 'supportive', priority: 'low',
    languages: ['local', 'en'], platforms: ['instagram', 'youtube', 'facebook'], regions: ['{host}'],
    needs: 'Inspiration, practical travel information, visa rules.',
    notes: 'Share content from Aurelia’s tourism board rather than producing our own.',
    tags: ['tourism', 'culture'],
  },
  {
    name: 'Disinformation accounts targeting Aurelia',
    kind: 'online_community', influence: 2, interest: 1, stance: 'hostile', priority: 'medium',
    languages: ['local', 'en', 'ar'], platforms: ['x', 'youtube'], regions: ['Online'],
    needs: '—',
    notes: 'Monitor only; never engage directly. Report coordinated inauthentic behaviour to the platforms.',
    tags: ['monitoring', 'disinformation'],
  },
  {
    name: 'Dr. Amira Saleh, migration researcher',
    kind: 'individual', influence: 2, interest: 4, stance: 'supportive', priority: 'low',
    languages: ['ar', 'en', 'fr'], platforms: ['linkedin'], regions: ['{host}'],
    needs: 'Data on Aurelian student and labour mobility.',
    notes: 'Invited as a speaker for the diaspora round table.',
    tags: ['migration', 'research'],
    lawfulBasis: 'Consent given in writing for her contact details to be kept for event invitations; review yearly.',
  },
  {
    name: 'Parliamentary foreign affairs committee of {host}',
    kind: 'custom', influence: 5, interest: 2, stance: 'neutral', priority: 'high',
    languages: ['local'], platforms: ['x', 'website'], regions: ['{host}'],
    needs: 'Figures on trade, jobs and security cooperation before committee hearings.',
    notes: 'Hearing on the bilateral trade agreement expected in the autumn.',
    tags: ['parliament', 'government'],
    engagements: [[5, 'meeting', 'Ambassador’s briefing to the committee chair', 'Invitation to the autumn hearing']],
  },
];

/** A dozen links between the seeds above, by index. */
export const RELATIONSHIP_SEEDS: [number, number, RelationshipKind, string?][] = [
  [10, 8, 'works_for'],
  [11, 9, 'works_for'],
  [3, 0, 'influences'],
  [4, 19, 'influences'],
  [6, 5, 'influences'],
  [7, 19, 'influences'],
  [12, 14, 'partners_with'],
  [5, 12, 'partners_with'],
  [17, 1, 'custom', 'targets with rumours'],
  [18, 6, 'partners_with'],
  [9, 8, 'influences'],
  [13, 12, 'partners_with'],
];
