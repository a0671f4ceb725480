import type { StrategyPatch } from '../../../shared/contract';
import type { Strategy } from '../../../shared/domain';
import { useMutation } from '../../api';

/** Saves one field of a strategy and resolves with the stored strategy. */
export function useStrategyUpdate(id: string) {
  const { mutate } = useMutation('strategy.update');
  return (patch: StrategyPatch): Promise<Strategy> => mutate({ id, patch });
}
