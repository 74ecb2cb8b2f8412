// How the Reports pages talk to the server (docs/api.md, "Papers"): the council's papers, one paper, its
// preview (the same document the files are written from) and where the PDF and Word files download.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { PaperTemplateId } from '../../core/papers';
import type { PaperInput, PaperView } from '../../services/papers/papers';
import type { PaperPreview as PaperPreviewView } from '../../services/papers/render';
import { councilPath, queryString, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type Paper = Wire<PaperView>;
export type PaperPreview = Wire<PaperPreviewView>;
export type PreviewBlock = PaperPreview['blocks'][number];
export type { PaperInput };

const papersPath = (code: string) => `${councilPath(code)}/papers`;

export const papersQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'papers'),
    queryFn: () => request<Paper[]>('GET', papersPath(code)),
  });

export const paperQuery = (code: string, id: number) =>
  queryOptions({
    queryKey: councilKey(code, 'papers', id),
    queryFn: () => request<Paper>('GET', `${papersPath(code)}/${id}`),
  });

/** Which stored paper, and the figures as at when and from which plan version. */
export interface PaperChoice {
  template: PaperTemplateId;
  paperId: number;
  asAt?: string;
  version?: string;
}

const choiceQuery = (choice: PaperChoice) =>
  queryString({ paperId: choice.paperId, asAt: choice.asAt, version: choice.version });

/** The paper's document (its tables, and its charts by caption), drawn as the files will be. */
export const previewQuery = (code: string, choice: PaperChoice) =>
  queryOptions({
    queryKey: councilKey(code, 'papers', choice.paperId, 'preview', choice.asAt ?? '', choice.version ?? ''),
    queryFn: () =>
      request<PaperPreview>(
        'GET',
        `${councilPath(code)}/reports/${choice.template}/paper.json${choiceQuery(choice)}`,
      ),
  });

/** Where the browser downloads the paper as PDF or Word. */
export const paperFileUrl = (code: string, choice: PaperChoice, format: 'pdf' | 'docx') =>
  `/api${councilPath(code)}/reports/${choice.template}/paper.${format}${choiceQuery(choice)}`;

/** Saves a paper: a new one (no id) or a new revision of one; refreshes the council's data after. */
export function useSavePaper(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: ({ id, paper }: { id?: number; paper: PaperInput }) =>
      id === undefined
        ? request<Paper>('POST', papersPath(code), { body: paper })
        : request<Paper>('PUT', `${papersPath(code)}/${id}`, { body: paper }),
    onSettled: () => refresh(),
  });
}
