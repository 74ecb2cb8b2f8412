// The council's URN lookup: the setting type of each URN or UKPRN its placement register does not name,
// so the census can place every child (docs/formats/sen2-urn-lookup.md). Everyone in the council reads
// it; those who may import returns (sen2.import) add, change and remove entries.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { settingTypes } from '../../core/placements/settingTypes';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { FieldRow, SelectField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { ApiError } from '../app/api.ts';
import { settingName } from './labels.ts';
import { urnsCsvUrl, urnsQuery, useDeleteUrn, usePutUrn } from './queries.ts';
import styles from './sen2.module.css';

export function UrnLookupPanel() {
  const council = useCouncil();
  const urns = useQuery(urnsQuery(council.code));
  const remove = useDeleteUrn(council.code);
  const canEdit = council.can('sen2.import');
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <section aria-labelledby="sen2-urns">
      <h2 id="sen2-urns">URN lookup</h2>
      <p>
        The setting type of each school or college the placement register does not name, by its URN (6 digits)
        or UKPRN (8 digits). <a href={urnsCsvUrl(council.code)}>Download the lookup (CSV)</a>.
      </p>
      {done && <StatusMessage>{done}</StatusMessage>}
      {failure && <FormError>{failure}</FormError>}
      {canEdit && <UrnForm onSaved={(key) => setDone(`Saved ${key}.`)} />}
      <div className={styles.result}>
        <QueryState query={urns} loading="Loading the lookup…" failed="The lookup could not be loaded">
          {(list) =>
            list.length === 0 ? (
              <Notice tone="inset">The lookup is empty.</Notice>
            ) : (
              <TableScroll label="The URN lookup">
                <table data-testid="sen2-urns">
                  <caption>The URN lookup</caption>
                  <thead>
                    <tr>
                      <th scope="col">URN or UKPRN</th>
                      <th scope="col">Name</th>
                      <th scope="col">Setting type</th>
                      {canEdit && <th scope="col">Change</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((u) => (
                      <tr key={u.key}>
                        <th scope="row">{u.key}</th>
                        <td>{u.name ?? ''}</td>
                        <td>{settingName(u.settingType)}</td>
                        {canEdit && (
                          <td>
                            <Button
                              variant="secondary"
                              small
                              aria-label={`Remove ${u.key}`}
                              disabled={remove.isPending}
                              onClick={() => {
                                setFailure(null);
                                remove.mutate(u.key, {
                                  onSuccess: () => setDone(`Removed ${u.key}.`),
                                  onError: (error) => setFailure(messageOf(error)),
                                });
                              }}
                            >
                              Remove
                            </Button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )
          }
        </QueryState>
      </div>
    </section>
  );
}

function UrnForm({ onSaved }: { onSaved: (key: string) => void }) {
  const { code } = useCouncil();
  const put = usePutUrn(code);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [settingType, setSettingType] = useState('');
  const [errors, setErrors] = useState<{ key?: string; settingType?: string; form?: string }>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const k = key.trim();
    const found = {
      key: /^(\d{6}|\d{8})$/.test(k) ? undefined : 'Enter a URN (6 digits) or a UKPRN (8 digits).',
      settingType: settingType === '' ? 'Choose the setting type.' : undefined,
    };
    setErrors(found);
    if (found.key || found.settingType) return;
    try {
      await put.mutateAsync({ key: k, settingType, name: name.trim() || undefined });
      setKey('');
      setName('');
      onSaved(k);
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined;
      setErrors(
        field === 'key' || field === 'settingType'
          ? { [field]: messageOf(error) }
          : { form: messageOf(error) },
      );
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {errors.form && <FormError>{errors.form}</FormError>}
      <FieldRow>
        <TextField
          label="URN or UKPRN"
          inputMode="numeric"
          value={key}
          error={errors.key}
          onChange={(event) => setKey(event.target.value)}
        />
        <TextField label="Name (optional)" value={name} onChange={(event) => setName(event.target.value)} />
        <SelectField
          label="Setting type"
          value={settingType}
          error={errors.settingType}
          onChange={(event) => setSettingType(event.target.value)}
          options={[['', 'Choose…'], ...settingTypes.map((s) => [s.code, s.label] as const)]}
        />
      </FieldRow>
      <Button type="submit" disabled={put.isPending}>
        Save to the lookup
      </Button>
    </form>
  );
}
