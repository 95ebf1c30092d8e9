import { z } from 'zod';
import type { Channel } from './channels.ts';

const empty = z.object({}).strict();

// Channel → schemas of what the renderer may send and what main answers. Main validates every input against
// these; tests also validate every output.
export const contract = {
  'app.about': {
    input: empty,
    output: z.object({
      name: z.string(),
      version: z.string(),
      dataDir: z.string(),
    }),
  },
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
