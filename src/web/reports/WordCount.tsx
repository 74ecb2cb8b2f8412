// A narrative field's words against its limit, as the writer types: over the limit is said in words and
// with a badge, not by colour alone.
import { Badge } from '../ui/Badge.tsx';

export function WordCount({ words, limit }: { words: number; limit: number | null }) {
  const counted = `${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}`;
  if (limit === null) return <>{counted}</>;
  const over = words - limit;
  return (
    <>
      {`${counted} of ${limit.toLocaleString('en-GB')}`}
      {over > 0 && (
        <>
          {' '}
          <Badge tone="warning">{`${over.toLocaleString('en-GB')} over the limit`}</Badge>
        </>
      )}
    </>
  );
}
