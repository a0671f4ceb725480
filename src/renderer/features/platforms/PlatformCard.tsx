import { useState } from 'react';
import { PLATFORM_STATUSES, PLATFORM_STATUS_LABELS, type Platform } from '../../../shared/domain';
import type { PlatformPatch } from '../../../shared/contract';
import { mutate, useMutation } from '../../api';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import { IconButton } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { InlineTextField } from '../../ui/InlineTextField';
import { SelectField, optionsFrom } from '../../ui/SelectField';
import { platformName } from './completeness';
import { LanguagesField } from './LanguagesField';
import { SetupChecklist } from './SetupChecklist';

const statusOptions = optionsFrom(PLATFORM_STATUSES, PLATFORM_STATUS_LABELS);

export function PlatformCard({ platform }: { platform: Platform }) {
  const { mutate: update } = useMutation('platform.update');
  const [confirming, setConfirming] = useState(false);
  const offerUndo = useUndoableRemoval();
  const name = platformName(platform);
  const headingId = `platform-${platform.id}`;
  const save = (patch: PlatformPatch) => update({ id: platform.id, patch });

  return (
    <li className="platform panel" aria-labelledby={headingId}>
      <div className="platform-head">
        <span className={`platform-mark platform-mark-${platform.kind}`} aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <div className="platform-ident">
          <h2 id={headingId}>{name}</h2>
          <p className="muted">
            {[platform.kind === 'custom' ? 'Custom platform' : null, platform.handle || 'No handle yet']
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <SelectField
          label={`Status of ${name}`}
          hideLabel
          value={platform.status}
          options={statusOptions}
          onSave={async (status) => (await save({ status })).status}
          className="platform-status"
        />
        <IconButton icon="trash" variant="danger" label={`Remove ${name}`} onClick={() => setConfirming(true)} />
      </div>
      <div className="platform-body">
        <div className="platform-fields">
          <div className="platform-row">
            {platform.kind === 'custom' ? (
              <InlineTextField label="Name" context={`of ${name}`} value={platform.name} onSave={async (v) => (await save({ name: v })).name} />
            ) : null}
            <InlineTextField
              label="Handle or address" context={`of ${name}`}
              value={platform.handle}
              placeholder="@account or web address"
              onSave={async (v) => (await save({ handle: v })).handle}
            />
            <LanguagesField label="Languages" context={`of ${name}`} value={platform.languages} onSave={async (v) => (await save({ languages: v })).languages} />
          </div>
          <div className="platform-row">
            <InlineTextField
              label="Owner" context={`of ${name}`}
              value={platform.owner}
              placeholder="Who is responsible for the account"
              onSave={async (v) => (await save({ owner: v })).owner}
            />
            <InlineTextField
              label="Credential custodians" context={`of ${name}`}
              value={platform.custodians}
              placeholder="The people who hold the credentials"
              onSave={async (v) => (await save({ custodians: v })).custodians}
            />
          </div>
          <div className="credential-notice">
            <Icon name="lock" />
            <p>Chancery never stores passwords. Note who holds the credentials and how recovery works.</p>
          </div>
          <InlineTextField
            label="Recovery note" context={`of ${name}`}
            multiline
            value={platform.recoveryNote}
            placeholder="Where recovery codes are kept and which mailbox or phone recovers the account. No passwords."
            onSave={async (v) => (await save({ recoveryNote: v })).recoveryNote}
          />
          <InlineTextField
            label="Posting guidelines and tone" context={`of ${name}`}
            multiline
            value={platform.guidelines}
            placeholder="Register, languages per post, who approves, how to answer replies"
            onSave={async (v) => (await save({ guidelines: v })).guidelines}
          />
        </div>
        <SetupChecklist platform={platform} save={save} />
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${name}?`}
        message={<p>Its notes, guidelines and checklist will be removed from this strategy. You can bring it back with Undo.</p>}
        confirmLabel="Remove platform"
        danger
        onConfirm={async () => {
          await mutate('platform.remove', { id: platform.id });
          offerUndo(`${name} removed`, `remove ${platform.name}`);
        }}
        onClose={() => setConfirming(false)}
      />
    </li>
  );
}
