import { z } from 'zod';

// 第二条第二款: a leading cadre who has left the post but not retired, or has retired, is still covered.
export const TENURES = ['serving', 'leftPost', 'retired'] as const;
export type Tenure = (typeof TENURES)[number];

export const TENURE_LABELS: Readonly<Record<Tenure, string>> = {
  serving: '现职',
  leftPost: '已退出现职但未退休',
  retired: '已退休',
};

export const tenureSchema = z.enum(TENURES, { error: '请选择插手干预人是现职、已退出现职但未退休，还是已退休' });
