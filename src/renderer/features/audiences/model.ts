// What the audience screens share: reading the strategy's audiences, names, sorting and the
// small words used to describe an audience in one line.
import { useMemo } from 'react';
import {
  AUDIENCE_KIND_LABELS,
  PERSONAL_DATA_KINDS,
  QUADRANT_LABELS,
  quadrantOf,
  type Audience,
  type AudiencePriority,
  type RelationshipKind,
} from '../../../shared/audiences';
import { useCall } from '../../api';

export const PRIORITY_LABELS: Record<AudiencePriority, string> = { high: 'High', medium: 'Medium', low: 'Low' };
const PRIORITY_RANK: Record<AudiencePriority, number> = { high: 0, medium: 1, low: 2 };

/** The strategy's audiences, refetched whenever data changes. */
export function useAudiences(strategyId: string) {
  return useCall('audience.list', { strategyId });
}

/** Id to audience, for showing the other end of a relationship or a message's audience. */
export function useAudienceIndex(audiences: Audience[] | undefined): Map<string, Audience> {
  return useMemo(() => new Map((audiences ?? []).map((a) => [a.id, a])), [audiences]);
}

/** High priority first, then by name. */
export function byPriorityThenName(a: Audience, b: Audience): number {
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.name.localeCompare(b.name);
}

export function quadrantLabel(a: Pick<Audience, 'influence' | 'interest'>): string {
  return QUADRANT_LABELS[quadrantOf(a.influence, a.interest)];
}

export function kindLabel(a: Pick<Audience, 'kind'>): string {
  return AUDIENCE_KIND_LABELS[a.kind];
}

export function holdsPersonalData(a: Pick<Audience, 'kind'>): boolean {
  return PERSONAL_DATA_KINDS.includes(a.kind);
}

/** Today as YYYY-MM-DD in the planner's time zone. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export type PersonalDataProblem = 'no_basis' | 'no_review' | 'overdue' | null;

/** What a data-protection officer would flag about a record of a person. */
export function personalDataProblem(a: Pick<Audience, 'kind' | 'lawfulBasis' | 'reviewDate'>, on = today()): PersonalDataProblem {
  if (!holdsPersonalData(a)) return null;
  if (a.lawfulBasis.trim() === '') return 'no_basis';
  if (!a.reviewDate) return 'no_review';
  if (a.reviewDate < on) return 'overdue';
  return null;
}

export const PERSONAL_DATA_PROBLEM_TEXT: Record<Exclude<PersonalDataProblem, null>, string> = {
  no_basis: 'No lawful basis is recorded for holding data about this person.',
  no_review: 'No review date is set for this personal data.',
  overdue: 'The review date of this personal data has passed: review it, or remove what is no longer needed.',
};

/** "a, b, c" to a clean list (trimmed, no empties, no repeats). */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** The words between two audiences: "works for", or the planner's own label for another link. */
export function relationText(rel: { kind: RelationshipKind; label: string }): string {
  const label = rel.label.trim();
  if (rel.kind === 'custom') return label || 'is linked to';
  return label ? `${RELATIONSHIP_WORDS[rel.kind]} (${label})` : RELATIONSHIP_WORDS[rel.kind];
}
const RELATIONSHIP_WORDS: Record<RelationshipKind, string> = { works_for: 'works for', partners_with: 'partners with', influences: 'influences', opposes: 'opposes', custom: 'is linked to' };
