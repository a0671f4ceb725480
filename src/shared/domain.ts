// Domain vocabulary shared by every layer. Pure TypeScript: no Node, no DOM.

export const STRATEGY_STATUSES = ['draft', 'in_review', 'approved', 'archived'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];
export const STRATEGY_STATUS_LABELS: Record<StrategyStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  archived: 'Archived',
};

/** The public-diplomacy purposes an objective can serve. */
export const OBJECTIVE_KINDS = [
  'reach_publics',
  'harness_knowledge',
  'listen_target',
  'influence_news',
  'anticipate_movements',
  'connect_engage',
  'communicate_strategy',
  'custom',
] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
export const OBJECTIVE_KIND_LABELS: Record<ObjectiveKind, string> = {
  reach_publics: 'Reach publics directly',
  harness_knowledge: 'Harness public knowledge',
  listen_target: 'Listen to and target key groups',
  influence_news: 'Influence news leaders and agencies',
  anticipate_movements: 'Anticipate emerging movements',
  connect_engage: 'Connect with ministries, IOs, NGOs and diplomats',
  communicate_strategy: 'Communicate the strategy',
  custom: 'Other',
};

export const PLATFORM_KINDS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'tiktok',
  'threads',
  'bluesky',
  'mastodon',
  'telegram',
  'whatsapp_channel',
  'weibo',
  'vk',
  'website',
  'custom',
] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];
export const PLATFORM_KIND_LABELS: Record<PlatformKind, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  telegram: 'Telegram',
  whatsapp_channel: 'WhatsApp channel',
  weibo: 'Weibo',
  vk: 'VK',
  website: 'Website / blog',
  custom: 'Custom',
};

export const PLATFORM_STATUSES = ['planned', 'setting_up', 'active', 'paused', 'retired'] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];
export const PLATFORM_STATUS_LABELS: Record<PlatformStatus, string> = {
  planned: 'Planned',
  setting_up: 'Setting up',
  active: 'Active',
  paused: 'Paused',
  retired: 'Retired',
};

/**
 * How a platform is named wherever a planner must tell it from another of its kind: "X (@AureliaUN)".
 * The handle is what separates two X accounts; a platform without one goes by its name alone.
 */
export function platformLabel(platform: { name: string; kind: PlatformKind; handle: string }): string {
  const name = platform.name.trim() || PLATFORM_KIND_LABELS[platform.kind];
  const handle = platform.handle.trim();
  return handle && handle !== name ? `${name} (${handle})` : name;
}

/** Steps to a formal, professional presence. Credentials are never stored: only who holds them. */
export const SETUP_CHECKLIST = [
  { key: 'checkVerified', label: 'Account verified' },
  { key: 'checkProfileText', label: 'Profile text written for each language' },
  { key: 'checkAvatarBanner', label: 'Official avatar and banner in place' },
  { key: 'checkContactDisclaimer', label: 'Contact details and disclaimer published' },
  { key: 'checkCredentialCustody', label: 'Two-person custody of credentials, recovery noted' },
  { key: 'checkGuidelines', label: 'Posting guidelines and tone agreed' },
] as const;
export type ChecklistKey = (typeof SETUP_CHECKLIST)[number]['key'];

export const TITLE_MAX = 200;
export const TEXT_MAX = 5000;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

export interface Strategy {
  id: string;
  title: string;
  year: number;
  mission: string;
  vision: string;
  status: StrategyStatus;
  createdAt: string;
  updatedAt: string;
}

export interface StrategySummary extends Strategy {
  objectiveCount: number;
  kpiCount: number;
  platformCount: number;
  /** Mean KPI progress from 0 to 1, or null when no KPI has a target. */
  progress: number | null;
}

export interface Kpi {
  id: string;
  objectiveId: string;
  metric: string;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  unit: string;
  dueDate: string | null;
  sortKey: string;
}

export interface Objective {
  id: string;
  strategyId: string;
  title: string;
  kind: ObjectiveKind;
  description: string;
  sortKey: string;
  kpis: Kpi[];
}

export interface Priority {
  id: string;
  strategyId: string;
  title: string;
  description: string;
  sortKey: string;
}

export interface Platform {
  id: string;
  strategyId: string;
  kind: PlatformKind;
  name: string;
  handle: string;
  languages: string[];
  owner: string;
  status: PlatformStatus;
  custodians: string;
  recoveryNote: string;
  guidelines: string;
  checkVerified: boolean;
  checkProfileText: boolean;
  checkAvatarBanner: boolean;
  checkContactDisclaimer: boolean;
  checkCredentialCustody: boolean;
  checkGuidelines: boolean;
  sortKey: string;
}

export interface StrategyDetail extends Strategy {
  objectives: Objective[];
  priorities: Priority[];
  platforms: Platform[];
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface WorkspaceInfo {
  dataDir: string;
  replicaId: string;
  strategyCount: number;
  pendingChanges: number;
  host: 'electron' | 'web';
}
