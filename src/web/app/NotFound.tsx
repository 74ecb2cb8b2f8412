// A page for an address that leads nowhere: says so, and offers the way back.
import { Link } from '@tanstack/react-router';

export function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/">Go to the dashboard</Link>.
      </p>
    </>
  );
}
