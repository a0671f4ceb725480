import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  icon?: IconName;
  busy?: boolean;
  children?: ReactNode;
}

export function Button({ variant = 'secondary', size = 'normal', icon, busy, className, children, type, ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size === 'small' ? 'btn-small' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type ?? 'button'} className={classes} aria-busy={busy || undefined} {...rest}>
      {icon ? <Icon name={icon} size={size === 'small' ? 14 : 16} /> : null}
      {children}
    </button>
  );
}

export interface IconButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children'> {
  /** The accessible name, also shown as a tooltip. */
  label: string;
  icon: IconName;
  variant?: 'quiet' | 'danger';
}

/** A square button showing only an icon; `label` is its accessible name. */
export function IconButton({ label, icon, variant = 'quiet', className, type, ...rest }: IconButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      className={['btn', 'btn-icon', `btn-${variant}`, className ?? ''].filter(Boolean).join(' ')}
      aria-label={label}
      title={label}
      {...rest}
    >
      <Icon name={icon} />
    </button>
  );
}
