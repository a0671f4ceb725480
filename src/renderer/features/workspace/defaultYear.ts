/** The year a new strategy is most likely for: next year once November has begun, else this year. */
export function defaultStrategyYear(now: Date = new Date()): number {
  return now.getMonth() >= 10 ? now.getFullYear() + 1 : now.getFullYear();
}
