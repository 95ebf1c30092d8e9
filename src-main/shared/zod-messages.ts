import { z } from 'zod';

// Schemas state their own Chinese messages; where one has none (a wrong type, an unknown key, a value outside an
// enum), zod's own Chinese locale speaks instead of its English default. The contract (main's side of every call)
// and the renderer's entry import this module, so each process has it before its first schema runs.
z.config(z.locales.zhCN());
