// The one focus rule after moving to another page: reading (and tabbing) starts at the page's heading.
// The heading may appear a moment after the move (a page waiting for its data), so it is looked for a few
// frames; a page with none leaves the focus on the main region.

const attempts = 30;

/** Moves the keyboard focus to the main heading of the page now shown. */
export function focusPageHeading(): void {
  let tries = 0;
  const tryFocus = () => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
      return;
    }
    tries += 1;
    if (tries < attempts) requestAnimationFrame(tryFocus);
    else document.querySelector<HTMLElement>('main')?.focus();
  };
  requestAnimationFrame(tryFocus);
}
