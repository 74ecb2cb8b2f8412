// A link to one plan version's page, by its name (names may hold slashes: the router encodes them).
import { Link } from '@tanstack/react-router';
import { useCouncil } from '../app/council.tsx';

/** The version's name, linking to its page. */
export function VersionLink({ name }: { name: string }) {
  const { code } = useCouncil();
  return (
    <Link to="/$council/financial-model/version/$name" params={{ council: code, name }}>
      {name}
    </Link>
  );
}
