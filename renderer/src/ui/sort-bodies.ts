import { compareGerman } from '../../../shared/domain/search-text';
import { BodyKind, type Body } from '../../../shared/schemas';

/** Bildungskonferenz, Lenkungskreis, Bildungsbüro, then the working groups alphabetically. */
export const sortBodies = (bodies: readonly Body[]): Body[] =>
  [...bodies].sort(
    (a, b) => BodyKind.options.indexOf(a.kind) - BodyKind.options.indexOf(b.kind) || compareGerman(a.name, b.name),
  );
