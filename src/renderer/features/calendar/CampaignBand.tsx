// A campaign's band across a day: a button that opens the campaign, in its colour, with text that
// stays readable whatever colour the planner picked.
import type { Campaign } from '../../../shared/calendar';
import { textColourOn } from '../../../shared/colour';
import { dayLabel } from './days';

export function CampaignBand({ campaign, labelled = true, onOpen }: { campaign: Campaign; labelled?: boolean; onOpen?: (id: string) => void }) {
  const span = `${dayLabel(campaign.startDate)} to ${dayLabel(campaign.endDate)}`;
  return (
    // Only the labelled piece of a band is a tab stop, so a long campaign is one stop a week, not one a day.
    <button
      type="button"
      className="cal-band ed-band-button"
      style={{ background: campaign.colour, color: textColourOn(campaign.colour) }}
      title={`${campaign.name}: ${span}`}
      aria-label={`Campaign ${campaign.name}, ${span}`}
      tabIndex={labelled ? 0 : -1}
      onClick={() => onOpen?.(campaign.id)}
      dir="auto"
    >
      {labelled ? campaign.name : '\u00a0'}
    </button>
  );
}
