import type { Strategy } from '../../../shared/domain';
import { mutate } from '../../api';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/errorText';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toast';
import './strategy.css';

export function ArchivedBanner({ strategy }: { strategy: Strategy }) {
  const { notify } = useToast();
  async function restore() {
    try {
      await mutate('strategy.update', { id: strategy.id, patch: { status: 'draft' } });
      notify({ kind: 'success', message: 'Restored as a draft' });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }
  return (
    <div className="archived-banner">
      <Icon name="archive" />
      <p>This strategy is archived. It is kept as it was; restore it to work on it as a current strategy.</p>
      <Button size="small" icon="restore" onClick={() => void restore()}>
        Restore
      </Button>
    </div>
  );
}
