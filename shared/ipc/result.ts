import { z } from 'zod';

/** A failure the user can meet: a machine-readable reason and, where useful, a German message. */
export type Failure<Reason extends string> = { ok: false; reason: Reason; message?: string };

/** Errors are values at the edges: either `{ ok: true, …payload }` or a `Failure`. */
export type Result<Payload extends object, Reason extends string> = ({ ok: true } & Payload) | Failure<Reason>;

const MAX_MESSAGE_LENGTH = 2000;

/** Builds the zod schema of a `Result` from the success payload's shape and the failure reasons. */
export function resultSchema<const Shape extends z.ZodRawShape, const Reasons extends readonly [string, ...string[]]>(
  payload: Shape,
  reasons: Reasons,
) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), ...payload }),
    z.strictObject({
      ok: z.literal(false),
      reason: z.enum(reasons),
      message: z.string().max(MAX_MESSAGE_LENGTH).optional(),
    }),
  ]);
}
