import { PLATFORM_KIND_LABELS, SETUP_CHECKLIST, type Platform } from '../../../shared/domain';

/** How many set-up steps are done, out of how many. */
export function setupCompleteness(platform: Platform): { done: number; total: number; ratio: number } {
  const total = SETUP_CHECKLIST.length;
  const done = SETUP_CHECKLIST.filter((item) => platform[item.key]).length;
  return { done, total, ratio: done / total };
}

/** The name people know a platform by: its own name for a custom one, else the service's name. */
export function platformName(platform: Pick<Platform, 'kind' | 'name'>): string {
  if (platform.kind === 'custom') return platform.name.trim() || 'Custom platform';
  return PLATFORM_KIND_LABELS[platform.kind];
}
