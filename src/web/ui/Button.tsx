// Buttons and links that look like buttons: primary (the page's main action), secondary, warning (cannot be
// undone) and link-like (an action inside a table row). A group lays several out with room to wrap.
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import styles from './Button.module.css';
import { cx } from './cx.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';

interface Look {
  variant?: ButtonVariant;
  small?: boolean;
}

/** The class names of a button look, for a router link that should look like a button. */
export function buttonClass({ variant = 'primary', small = false }: Look = {}): string {
  if (variant === 'link') return cx(styles.link);
  return cx(
    styles.button,
    variant === 'secondary' && styles.secondary,
    variant === 'warning' && styles.warning,
    small && styles.small,
  );
}

type ButtonProps = Look & ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> };

/** A button (type="button" unless told otherwise). */
export function Button({ variant, small, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={cx(buttonClass({ variant, small }), className)} {...rest} />;
}

type ButtonLinkProps = Look & AnchorHTMLAttributes<HTMLAnchorElement>;

/** A plain link (a download, say) that looks like a button. */
export function ButtonLink({ variant, small, className, ...rest }: ButtonLinkProps) {
  return <a className={cx(buttonClass({ variant, small }), className)} {...rest} />;
}

/** Buttons side by side, wrapping on a narrow screen. */
export function ButtonGroup({ children, tight }: { children: ReactNode; tight?: boolean }) {
  return <div className={cx(styles.group, tight && styles.tight)}>{children}</div>;
}
