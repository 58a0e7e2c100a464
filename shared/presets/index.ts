import { AppError } from '../errors';
import type { CampaignDraft } from '../domain/campaign';
import { provincial2023 } from './provincial-2023';
import { suqian2021 } from './suqian-2021';

export const PRESETS = {
  'provincial-2023': { label: '省医疗卫生行业市场秩序专项整顿（3个月，4个重点）', make: provincial2023 },
  'suqian-2021': { label: '宿迁市卫生健康行业作风专项整治（7项任务，3个阶段）', make: suqian2021 },
} as const;

export type PresetId = keyof typeof PRESETS;

export function isPresetId(s: string): s is PresetId {
  return Object.hasOwn(PRESETS, s);
}

/** A preset's draft, optionally starting on another date. */
export function presetDraft(id: string, start?: string): CampaignDraft {
  if (!isPresetId(id)) {
    throw new AppError('usage', `未知的预设：${id}（可选：${Object.keys(PRESETS).join('、')}）`);
  }
  return PRESETS[id].make(start);
}
