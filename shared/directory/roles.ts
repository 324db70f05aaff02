import { MembershipRole } from '../schemas';

/** Roles in the order a body page lists them. */
export const ROLE_ORDER: readonly MembershipRole[] = MembershipRole.options;

export const MEMBERSHIP_ROLE_LABELS: Readonly<Record<MembershipRole, string>> = {
  vorsitz: 'Vorsitz',
  'co-vorsitz': 'Co-Vorsitz',
  'stellv-vorsitz': 'stellv. Vorsitz',
  mitglied: 'Mitglied (stimmberechtigt)',
  beratend: 'beratendes Mitglied',
  stellvertretung: 'Stellvertretung',
  geschaeftsfuehrung: 'Geschäftsführung/Protokoll',
  'staendiger-gast': 'ständiger Gast',
};
