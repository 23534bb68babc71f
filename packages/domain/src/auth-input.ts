import { z } from 'zod';
import { textSchema } from './inputs/text';

export const credentialsSchema = z.object({
  login: textSchema({ min: 1, max: 200 }),
  password: z.string().min(1).max(200),
});

export const totpCodeSchema = z.object({ code: textSchema({ max: 10 }) });
