/**
 * Form state for editing a CampaignDraft: collect (antd rules → tidy → shared rules), and place
 * any problem — client-side or from the backend — next to its field, in its section, or on top.
 */
import { Form } from 'antd';
import { useCallback, useState } from 'react';
import type { CampaignDraft } from '../../../shared/domain/campaign';
import type { Issue } from '../../../shared/errors';
import { describeError } from '../../lib/api-error';
import { checkDraft, cleanDraft } from '../../lib/campaign-draft';
import { CAMPAIGN_LABELS, isCampaignField } from '../../lib/campaign-fields';
import { issuesFromError, placeIssues } from '../../lib/form-errors';

export function useCampaignForm(initial: CampaignDraft) {
  const [form] = Form.useForm<CampaignDraft>();
  const [sectionErrors, setSectionErrors] = useState<Record<string, string[]>>({});
  const [general, setGeneral] = useState<string[]>([]);

  const clearErrors = useCallback(() => {
    setSectionErrors({});
    setGeneral([]);
  }, []);

  const showIssues = useCallback((issues: readonly Issue[], draft: CampaignDraft) => {
    const placed = placeIssues(issues, {
      stripPrefix: 'draft.',
      labels: CAMPAIGN_LABELS,
      isField: (p) => isCampaignField(p, draft),
    });
    // isCampaignField vetted every path, so the casts only narrow the path type.
    form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
    setSectionErrors(placed.sections);
    // Section keys that have no section box (e.g. a top-level field the form lacks) go on top.
    const boxed = new Set(['phases', 'focusAreas', 'departments', 'deliverables', 'thresholds']);
    const orphan = Object.entries(placed.sections).filter(([k]) => !boxed.has(k)).flatMap(([, v]) => v);
    setGeneral([...placed.general, ...orphan]);
    if (placed.fields[0]) form.scrollToField(placed.fields[0].name, { block: 'center' });
  }, [form]);

  /** The checked draft, or null when something is wrong (then shown on the form). */
  const collect = useCallback(async (): Promise<CampaignDraft | null> => {
    clearErrors();
    try {
      await form.validateFields();
    } catch {
      return null; // antd has put the messages next to the fields
    }
    const raw = form.getFieldsValue(true) as CampaignDraft;
    const draft = cleanDraft({ ...initial, ...raw });
    // Blank rows were dropped: write the tidy lists back so error indices match what is shown.
    form.setFieldsValue({ phases: draft.phases, focusAreas: draft.focusAreas, departments: draft.departments, deliverables: draft.deliverables });
    const issues = checkDraft(draft);
    if (issues.length) {
      showIssues(issues, draft);
      return null;
    }
    return draft;
  }, [clearErrors, form, initial, showIssues]);

  /** A failed create/update: field errors where they belong; returns true if any were placed. */
  const showSaveError = useCallback((e: unknown, draft: CampaignDraft): boolean => {
    const issues = issuesFromError(e);
    if (issues.length) {
      showIssues(issues, draft);
      return true;
    }
    setGeneral([describeError(e)]);
    return false;
  }, [showIssues]);

  return { form, sectionErrors, general, collect, showSaveError, clearErrors };
}
