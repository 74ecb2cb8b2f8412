// Why a page shows no controls to change it: "You can read the financial model; changing it needs the
// finance role." Said once, near the top, so nobody looks for a button that is not there.
import { Notice } from './Notice.tsx';

export function ReadOnly({ reading, changing }: { reading: string; changing: string }) {
  return (
    <Notice tone="strong" role="note">
      {`You can read ${reading}; ${changing}.`}
    </Notice>
  );
}
