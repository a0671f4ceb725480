// Audience maps and key messages: who the strategy speaks to, and what each should hear.

export const AUDIENCE_KINDS = [
  'public_segment',
  'online_community',
  'interest_group',
  'individual',
  'journalist',
  'news_outlet',
  'foreign_ministry',
  'international_org',
  'ngo',
  'diplomat',
  'academic',
  'custom',
] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
export const AUDIENCE_KIND_LABELS: Record<AudienceKind, string> = {
  public_segment: 'Public segment',
  online_community: 'Online community',
  interest_group: 'Interest group',
  individual: 'Individual or influencer',
  journalist: 'Journalist',
  news_outlet: 'News outlet or agency',
  foreign_ministry: 'Foreign ministry',
  international_org: 'International organisation',
  ngo: 'NGO',
  diplomat: 'Diplomat or embassy',
  academic: 'Academic or think tank',
  custom: 'Other',
};
/** Kinds that describe a natural person: their records hold personal data and need a lawful basis. */
export const PERSONAL_DATA_KINDS: readonly AudienceKind[] = ['individual', 'journalist', 'diplomat'];

export const STANCES = ['supportive', 'neutral', 'critical', 'hostile', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_LABELS: Record<Stance, string> = {
  supportive: 'Supportive',
  neutral: 'Neutral',
  critical: 'Critical',
  hostile: 'Hostile',
  unknown: 'Unknown',
};

export const AUDIENCE_PRIORITIES = ['high', 'medium', 'low'] as const;
export type AudiencePriority = (typeof AUDIENCE_PRIORITIES)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** The influence-interest grid's quadrants; a score at or above the midpoint (3 of 1-5) counts as high. */
export const QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export const QUADRANT_LABELS: Record<Quadrant, string> = {
  manage_closely: 'Manage closely',
  keep_satisfied: 'Keep satisfied',
  keep_informed: 'Keep informed',
  monitor: 'Monitor',
};
export function quadrantOf(influence: number, interest: number): Quadrant {
  const highInfluence = influence >= 3;
  const highInterest = interest >= 3;
  if (highInfluence && highInterest) return 'manage_closely';
  if (highInfluence) return 'keep_satisfied';
  if (highInterest) return 'keep_informed';
  return 'monitor';
}

export const ENGAGEMENT_KINDS = ['meeting', 'event', 'interview', 'reply', 'campaign_touch', 'other'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];
export const ENGAGEMENT_KIND_LABELS: Record<EngagementKind, string> = {
  meeting: 'Meeting',
  event: 'Event',
  interview: 'Interview',
  reply: 'Reply',
  campaign_touch: 'Campaign touch',
  other: 'Other',
};

export const RELATIONSHIP_KINDS = ['works_for', 'partners_with', 'influences', 'opposes', 'custom'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
export const RELATIONSHIP_KIND_LABELS: Record<RelationshipKind, string> = {
  works_for: 'works for',
  partners_with: 'partners with',
  influences: 'influences',
  opposes: 'opposes',
  custom: 'other',
};

export interface Audience {
  id: string;
  strategyId: string;
  name: string;
  kind: AudienceKind;
  regions: string[];
  languages: string[];
  /** Ids of the strategy's platforms (platform presence) this audience uses. */
  platformIds: string[];
  influence: number;
  interest: number;
  stance: Stance;
  priority: AudiencePriority;
  needs: string;
  notes: string;
  tags: string[];
  /** Personal-data marking, asked for when kind is in PERSONAL_DATA_KINDS. */
  lawfulBasis: string;
  reviewDate: string | null;
  /** Position in the relationship graph, once the planner has moved it. */
  graphX: number | null;
  graphY: number | null;
  sortKey: string;
  /** Date of the latest engagement, derived from the log. */
  latestContact: string | null;
}

export interface Engagement {
  id: string;
  audienceId: string;
  date: string;
  kind: EngagementKind;
  summary: string;
  outcome: string;
}

export interface Relationship {
  id: string;
  strategyId: string;
  fromId: string;
  toId: string;
  kind: RelationshipKind;
  label: string;
}

export interface AudienceDetail extends Audience {
  /** Latest first (by date). */
  engagements: Engagement[];
  /** Links from or to this audience whose other end is live. */
  relationships: Relationship[];
}

/** What removing an audience takes with it, and the posts aimed at it (they stay, without it). */
export interface AudienceRemoval {
  engagements: number;
  relationships: number;
  messages: number;
  /** Live posts whose audiences include it; `localDate` in the post's own zone, null in the backlog. */
  posts: { id: string; title: string; localDate: string | null }[];
}

/** A message in the strategy's message house: the core message, a pillar, or a proof point under a pillar. */
export const MESSAGE_KINDS = ['core', 'pillar', 'proof'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface HouseMessage {
  id: string;
  strategyId: string;
  kind: MessageKind;
  parentId: string | null;
  text: string;
  sortKey: string;
}

export interface MessageHouse {
  core: HouseMessage | null;
  pillars: (HouseMessage & { proofs: HouseMessage[] })[];
}

export interface MessageVersion {
  id: string;
  audienceMessageId: string;
  /** BCP 47 tag. */
  language: string;
  text: string;
  /** Derived from the language: Arabic, Hebrew, Persian, Urdu... are written right to left. */
  direction: 'ltr' | 'rtl';
}

/** A key message an audience should hear, with its language versions and the platforms that carry it. */
export interface AudienceMessage {
  id: string;
  strategyId: string;
  audienceId: string;
  /** The pillar of the message house this message serves, if any. */
  pillarId: string | null;
  text: string;
  platformIds: string[];
  sortKey: string;
  versions: MessageVersion[];
}

/**
 * One audience x platform cell of the channel plan, listed when the audience uses the platform or one of
 * its messages is planned there. `messageIds` are the audience's messages whose platformIds include the
 * platform, whether or not the audience uses it (a message planned where the audience is not is still
 * shown, so nothing written disappears; the UI can flag it from the audience's platformIds). A cell
 * with no message ids is a platform the audience uses that carries no message yet.
 */
export interface ChannelPlanCell {
  audienceId: string;
  platformId: string;
  messageIds: string[];
}

/**
 * A high-priority audience the plan does not reach: no live key message (no_message), or no channel at
 * all (no_platform: it uses none of the strategy's platforms and none of its messages is planned on one).
 * An audience can have both gaps.
 */
export interface ChannelPlanGap {
  audienceId: string;
  reason: 'no_message' | 'no_platform';
  message: string;
}

export interface ChannelPlan {
  audiences: Audience[];
  platforms: { id: string; name: string; kind: string }[];
  messages: AudienceMessage[];
  cells: ChannelPlanCell[];
  gaps: ChannelPlanGap[];
  /**
   * Counts over every live audience, so the plan can say what its gaps leave out: with no audience
   * marked high priority there are no gaps, and that says nothing about how many have no message.
   */
  coverage: { audiences: number; highPriority: number; withoutMessage: number; withoutPlatform: number };
}

export interface SearchHit {
  kind: 'audience' | 'engagement' | 'message' | 'message_version' | 'house_message';
  id: string;
  strategyId: string;
  /** The audience the hit belongs to, when it belongs to one. */
  audienceId: string | null;
  title: string;
  /**
   * A short excerpt with the matched words between [[ and ]]. It is cut from the indexed text, in
   * which Arabic harakat and Hebrew points are left out (so vowelled and unvowelled words match).
   */
  snippet: string;
}

// Languages written right to left by default (without a script subtag): Arabic and its varieties
// with their own codes, Hebrew and Yiddish (with their retired codes iw, ji), Persian and Dari,
// Pashto, Urdu, Sindhi, Kashmiri, Western Punjabi (Shahmukhi), Saraiki, Kurdish (Sorani and
// Southern), Luri, Gilaki, Mazanderani, Southern Azerbaijani, Balochi, Hazaragi, Khowar, Uyghur,
// Dhivehi, Syriac, Aramaic, N'Ko.
const RTL_LANGUAGES = new Set([
  'ar', 'arz', 'ary', 'arq', 'aeb', 'apc', 'ajp', 'acm', 'afb', 'ars', 'ayl', 'apd', 'shu',
  'he', 'iw', 'yi', 'ji', 'fa', 'pes', 'prs', 'ps', 'pbu', 'pbt', 'pst', 'ur', 'sd', 'ks', 'pnb', 'skr',
  'ckb', 'sdh', 'lrc', 'bqi', 'glk', 'mzn', 'azb', 'bal', 'bgn', 'haz', 'khw', 'ug', 'dv', 'syr', 'arc', 'nqo',
]);
const RTL_SCRIPTS = new Set(['Arab', 'Aran', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend', 'Yezi']);

/**
 * Writing direction of a BCP 47 tag. A script subtag wins over the language ("az-Arab" is right to
 * left, "ar-Latn" left to right); it is the 4-letter subtag right after the language and any 3-letter
 * extended language subtags, so a variant such as "1996" or a later subtag is never taken for one.
 */
export function directionOf(language: string): 'ltr' | 'rtl' {
  const parts = language.trim().split('-');
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{3}$/.test(part)) continue;
    if (/^[A-Za-z]{4}$/.test(part)) return RTL_SCRIPTS.has(part[0]!.toUpperCase() + part.slice(1).toLowerCase()) ? 'rtl' : 'ltr';
    break;
  }
  return RTL_LANGUAGES.has(parts[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
