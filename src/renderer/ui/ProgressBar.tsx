import './ProgressBar.css';

export interface ProgressBarProps {
  /** From 0 to 1, or null when progress cannot be known. */
  value: number | null;
  /** Accessible name, e.g. "Progress of Followers". */
  label: string;
  /** What to say when the value is unknown. */
  unknownText?: string;
  size?: 'small' | 'normal';
  /** Show the percentage (or unknown text) beside the bar. */
  showText?: boolean;
  tone?: 'accent' | 'success';
}

export function percentText(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function ProgressBar({ value, label, unknownText = 'No target', size = 'normal', showText = true, tone }: ProgressBarProps) {
  const known = value !== null && Number.isFinite(value);
  const clamped = known ? Math.min(1, Math.max(0, value)) : 0;
  const text = known ? percentText(clamped) : unknownText;
  const toneClass = tone ?? (known && clamped >= 1 ? 'success' : 'accent');
  return (
    <div className={`progress progress-${size}`}>
      <div
        className={`progress-track progress-${toneClass}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={known ? Math.round(clamped * 100) : undefined}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${clamped * 100}%` }} />
      </div>
      {showText ? <span className={known ? 'progress-text' : 'progress-text progress-unknown'}>{text}</span> : null}
    </div>
  );
}
