// Writing a paper: its kind (for a new one), title, the date and plan version its figures are drawn from,
// the title block's fields and each section's narrative with its word count against the limit, live.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { paperTemplates, paperWordCounts, type PaperTemplateId } from '../../core/papers';
import { useCouncil } from '../app/council.tsx';
import { versionsQuery } from '../financial-model/queries.ts';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { FieldRow, SelectField, TextAreaField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useSavePaper, type Paper, type PaperInput } from './queries.ts';
import styles from './reports.module.css';
import { WordCount } from './WordCount.tsx';

const agreementVersion = '';

export function PaperForm({ paper, template: newTemplate }: { paper?: Paper; template: PaperTemplateId }) {
  const { code } = useCouncil();
  const navigate = useNavigate();
  const save = useSavePaper(code);
  const versions = useQuery(versionsQuery(code));
  const [templateId, setTemplateId] = useState<PaperTemplateId>(paper?.template ?? newTemplate);
  const template = paperTemplates[templateId];
  const [title, setTitle] = useState(paper?.title ?? template.defaultTitle);
  const [asAt, setAsAt] = useState(paper?.asAt ?? '');
  const [planVersion, setPlanVersion] = useState(paper?.planVersion ?? agreementVersion);
  const [status, setStatus] = useState<'draft' | 'final'>(paper?.status ?? 'draft');
  const [narrative, setNarrative] = useState<Record<string, string>>(paper?.narrative ?? {});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const words = new Map(paperWordCounts(template, narrative).map((w) => [w.key, w]));
  const narrativeKeys = [...words.keys()];
  const fields = [
    'template',
    'title',
    'asAt',
    'planVersion',
    'status',
    ...narrativeKeys.map((k) => `narrative.${k}`),
  ];
  const write = (key: string, value: string) => setNarrative((n) => ({ ...n, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setSaved(false);
    try {
      if (asAt === '') throw new FieldError('asAt', 'Enter the date the paper’s figures are as at.');
      // Only the fields of the chosen template are sent: text typed under another kind is not kept.
      const written: Record<string, string> = {};
      for (const k of narrativeKeys) if ((narrative[k] ?? '') !== '') written[k] = narrative[k]!;
      const body: PaperInput = {
        template: templateId,
        title,
        asAt,
        planVersion: planVersion === agreementVersion ? null : planVersion,
        status,
        narrative: written,
        ...(paper ? { revision: paper.revision } : {}),
      };
      const stored = await save.mutateAsync({ ...(paper ? { id: paper.id } : {}), paper: body });
      if (paper) setSaved(true);
      else
        void navigate({
          to: '/$council/reports/paper/$paper',
          params: { council: code, paper: String(stored.id) },
          state: { notice: `“${stored.title}” is saved. Preview its tables and download it below.` },
        });
    } catch (caught) {
      setErrors(fieldErrorOf(caught, fields));
    }
  }

  const fieldError = (key: string) => errors.fields?.[`narrative.${key}`];
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={styles.paperForm}>
      {errors.form && <FormError problems={errors.problems}>{errors.form}</FormError>}
      {saved && <StatusMessage>The paper is saved.</StatusMessage>}
      <FieldRow>
        {!paper && (
          <SelectField
            label="Kind of paper"
            value={templateId}
            error={errors.fields?.template}
            onChange={(event) => {
              const next = event.target.value as PaperTemplateId;
              if (title === template.defaultTitle) setTitle(paperTemplates[next].defaultTitle);
              setTemplateId(next);
            }}
            options={Object.values(paperTemplates).map((t) => [t.id, t.name] as const)}
          />
        )}
        <TextField
          label="Title"
          grow
          value={title}
          error={errors.fields?.title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </FieldRow>
      <p className={styles.templateNote}>
        {template.description.replace(/\s*\(seed \d+'s structure\)/u, '')}
      </p>
      <FieldRow>
        <TextField
          label="Figures as at"
          hint="Every table and chart is drawn from the figures held on this date."
          type="date"
          value={asAt}
          error={errors.fields?.asAt}
          onChange={(event) => setAsAt(event.target.value)}
        />
        <SelectField
          label="Plan version"
          hint="The financial model the paper shows."
          value={planVersion}
          error={errors.fields?.planVersion}
          onChange={(event) => setPlanVersion(event.target.value)}
          options={[
            [agreementVersion, 'The Safety Valve agreement’s version'] as const,
            ...(versions.data ?? []).map((v) => [v.name, v.name] as const),
          ]}
        />
        <SelectField
          label="Status"
          value={status}
          onChange={(event) => setStatus(event.target.value as 'draft' | 'final')}
          options={[
            ['draft', 'Draft'],
            ['final', 'Final'],
          ]}
        />
      </FieldRow>
      {template.header.length > 0 && (
        <FieldRow>
          {template.header.map((h) => (
            <TextField
              key={h.key}
              label={h.label}
              grow
              value={narrative[h.key] ?? ''}
              error={fieldError(h.key)}
              onChange={(event) => write(h.key, event.target.value)}
            />
          ))}
        </FieldRow>
      )}
      {template.sections
        .filter((s) => s.narrative)
        .map((s) => {
          const count = words.get(s.key);
          return (
            <TextAreaField
              key={s.key}
              label={s.heading}
              rows={5}
              hint={
                <>
                  {s.narrative!.guidance}{' '}
                  <span className={styles.words} data-testid={`words-${s.key}`}>
                    <WordCount words={count?.words ?? 0} limit={count?.wordLimit ?? null} />
                  </span>
                </>
              }
              value={narrative[s.key] ?? ''}
              error={fieldError(s.key)}
              onChange={(event) => write(s.key, event.target.value)}
            />
          );
        })}
      <ButtonGroup>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the paper'}
        </Button>
      </ButtonGroup>
    </form>
  );
}
