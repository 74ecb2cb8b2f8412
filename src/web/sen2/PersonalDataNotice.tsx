// What happens to the children's data in a return, said before anyone chooses a file (issue 13,
// "Personal data"; docs/sen2.md).
import { Notice } from '../ui/Notice.tsx';

export function PersonalDataNotice() {
  return (
    <Notice>
      <h3>Personal data in the return</h3>
      <p data-testid="personal-data">
        Names, postcodes, UPNs and ULNs are never stored. Each child is kept under a pseudonymous id (a code
        made with this council&apos;s own key), so the same child matches across years&apos; returns and the
        placement register. Date of birth, sex and ethnicity are kept for the statistics. Only people with the
        SEND, finance or administrator role in this council see findings about single records; the logs and
        the audit trail hold counts only.
      </p>
    </Notice>
  );
}
