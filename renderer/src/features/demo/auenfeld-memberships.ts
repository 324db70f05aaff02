import type { MembershipInput } from '../../../../shared/schemas';
import type { BodyCode } from './auenfeld-action-fields';
import type { OrgKey } from './auenfeld-organisations';
import type { PersonKey } from './auenfeld-persons';

export interface DemoMembership extends Omit<
  MembershipInput,
  'personId' | 'bodyId' | 'representedOrganisationId' | 'deputyOfPersonId'
> {
  person: PersonKey;
  body: BodyCode;
  represents?: OrgKey;
  deputyOf?: PersonKey;
}

/** A membership holding a seat, as a voting member unless `extra` says otherwise. */
const member = (
  body: BodyCode,
  person: PersonKey,
  seat: string,
  represents: OrgKey,
  from: string,
  extra: Partial<DemoMembership> = {},
): DemoMembership => ({ body, person, role: 'mitglied', seat, represents, from, ...extra });

const LENKUNGSKREIS: DemoMembership[] = [
  member('LK', 'stammen', 'Co-Vorsitz Kommune', 'kreis', '2019-04-01', { role: 'co-vorsitz' }),
  member('LK', 'kleinhaus', 'Co-Vorsitz Land', 'bezreg', '2022-08-01', { role: 'co-vorsitz' }),
  member('LK', 'ebbers', 'Co-Vorsitz Land', 'bezreg', '2014-03-12', { role: 'co-vorsitz', to: '2022-07-31' }),
  member('LK', 'vos', 'Untere Schulaufsicht (Regionalkoordination)', 'schulamt', '2017-02-01'),
  member('LK', 'oberdieck', 'Kreis – Schulträger der Berufskollegs und Förderschulen', 'kreis', '2014-03-12'),
  member('LK', 'sauerland', 'Kreisjugendamt', 'kreisjugendamt', '2020-10-01'),
  member('LK', 'pannenbecker', 'Stadt Auenfeld (Kreisstadt)', 'stadtAuenfeld', '2018-06-01'),
  member(
    'LK',
    'rettinghaus',
    'für die kreisangehörigen Städte und Gemeinden (rotierend)',
    'stadtBrueckhoven',
    '2024-01-01',
    {
      notes: 'Turnus 2024–2026: Stadt Brückhoven, abgestimmt mit den übrigen sieben Städten und Gemeinden.',
    },
  ),
  member(
    'LK',
    'kortmann',
    'für die kreisangehörigen Städte und Gemeinden (rotierend)',
    'stadtBrueckhoven',
    '2024-01-01',
    {
      role: 'stellvertretung',
      deputyOf: 'rettinghaus',
    },
  ),
  member(
    'LK',
    'leuchtenberg',
    'für die kreisangehörigen Städte und Gemeinden (rotierend)',
    'stadtWiesenrath',
    '2021-01-01',
    {
      to: '2023-12-31',
      notes: 'Turnus 2021–2023: Stadt Wiesenrath.',
    },
  ),
  member('LK', 'moellers', 'Schulleitungen Sekundarstufe I/II', 'geLindmar', '2019-08-01'),
  member('LK', 'endemann', 'Schulleitungen Primarstufe', 'gsMuehlenbach', '2023-08-01'),
  member('LK', 'huelsmann', 'Schulleitungen Primarstufe', 'gsStMartin', '2016-09-01', { to: '2023-07-31' }),
  member('LK', 'hollmann', 'Leitung Regionales Bildungsbüro', 'kreis', '2014-08-01', {
    role: 'beratend',
    notes: 'Ohne Stimmrecht; führt die Geschäfte und das Protokoll.',
  }),
];

/** The 48 seats of the Bildungskonferenz (domain-research §10.3) and its Geschäftsführung. */
const BILDUNGSKONFERENZ: DemoMembership[] = [
  member('BK', 'weidenbach', 'Vorsitz (Landrat)', 'kreis', '2020-11-01', { role: 'vorsitz' }),
  member('BK', 'tellmann', 'Obere Schulaufsicht (Bezirksregierung Düsseldorf)', 'bezreg', '2021-02-01'),
  member('BK', 'kleinhaus', 'Regionalkoordination obere Schulaufsicht', 'bezreg', '2022-08-01'),
  member('BK', 'vos', 'Untere Schulaufsicht (Schulamt)', 'schulamt', '2017-02-01'),
  member('BK', 'stammen', 'Kreisverwaltung – Dezernat Schule, Jugend und Soziales', 'kreis', '2019-04-01'),
  member('BK', 'oberdieck', 'Schulträger Kreis Auenfeld', 'kreis', '2015-05-01'),
  member('BK', 'sauerland', 'Kreisjugendamt', 'kreisjugendamt', '2020-10-01'),
  member('BK', 'pannenbecker', 'Schulträger Stadt Auenfeld', 'stadtAuenfeld', '2018-06-01'),
  member('BK', 'rettinghaus', 'Schulträger Stadt Brückhoven', 'stadtBrueckhoven', '2022-03-01'),
  member('BK', 'huesken', 'Schulträger Stadt Lindmar', 'stadtLindmar', '2019-01-01'),
  member('BK', 'buescher', 'Schulträger Stadt Oberweiden', 'stadtOberweiden', '2016-05-01'),
  member('BK', 'terwey', 'Schulträger Stadt Kesselbach', 'stadtKesselbach', '2021-06-01'),
  member('BK', 'leuchtenberg', 'Schulträger Stadt Wiesenrath', 'stadtWiesenrath', '2017-01-01'),
  member('BK', 'ploeger', 'Schulträger Gemeinde Halmsdorf', 'gemeindeHalmsdorf', '2020-11-01'),
  member('BK', 'kuerten', 'Schulträger Gemeinde Sankt Elmen', 'gemeindeSanktElmen', '2018-02-01'),
  member('BK', 'endemann', 'Schulform Grundschule', 'gsMuehlenbach', '2023-08-01'),
  member('BK', 'niessen', 'Schulform Grundschule', 'gsStMartin', '2023-08-01'),
  member('BK', 'schuermann', 'Schulform Hauptschule/Sekundarschule', 'hsBrueckhoven', '2019-08-01'),
  member('BK', 'brinkhoff', 'Schulform Hauptschule/Sekundarschule', 'sekWiesenrath', '2021-08-01'),
  member('BK', 'dahlmann', 'Schulform Realschule', 'rsAuenfeld', '2016-08-01'),
  member('BK', 'elsner', 'Schulform Realschule', 'rsSanktElmen', '2022-08-01'),
  member('BK', 'moellers', 'Schulform Gesamtschule', 'geLindmar', '2019-08-01'),
  member('BK', 'goessling', 'Schulform Gesamtschule', 'geAuenfeld', '2020-08-01'),
  member('BK', 'dreesen', 'Schulform Gymnasium', 'gyKesselbach', '2018-08-01'),
  member('BK', 'wessendorf', 'Schulform Gymnasium', 'gyAuenfeld', '2024-02-01'),
  member('BK', 'ruehl', 'Schulform Förderschule', 'foesAuenpark', '2015-05-01'),
  member('BK', 'verhoeven', 'Schulform Förderschule', 'foesHalmsdorf', '2021-08-01'),
  member('BK', 'offermanns', 'Schulform Berufskolleg', 'bkAuenfeld', '2020-08-01'),
  member('BK', 'joeris', 'Schulform Berufskolleg', 'bkBrueckhoven', '2017-08-01'),
  member('BK', 'korkmaz', 'Elternvertretung', 'sekWiesenrath', '2023-10-01'),
  member('BK', 'wuebbeling', 'Elternvertretung', 'kreiselternschaft', '2022-10-01'),
  member('BK', 'hendricks', 'Schülervertretung', 'ksv', '2023-09-01', {
    to: '2026-07-31',
    notes: 'Ausgeschieden nach dem Abitur.',
  }),
  member('BK', 'doertelmann', 'Schülervertretung', 'ksv', '2026-09-01'),
  member('BK', 'brauckmann', 'Kindertageseinrichtungen (freie Träger)', 'kitaHalmsdorf', '2015-05-01'),
  member('BK', 'boekenkamp', 'Kindertageseinrichtungen (öffentliche Träger)', 'kreisjugendamt', '2021-03-01'),
  member('BK', 'luetkemeier', 'Agentur für Arbeit', 'afa', '2018-01-01'),
  member('BK', 'hamacher', 'Jobcenter', 'jobcenter', '2022-01-01'),
  member('BK', 'wirtz', 'Industrie- und Handelskammer', 'ihk', '2019-05-01'),
  member('BK', 'heistermann', 'Handwerk (Kreishandwerkerschaft)', 'khs', '2015-05-01'),
  member('BK', 'terhoeven', 'Weiterbildung (VHS)', 'vhs', '2015-05-01'),
  member('BK', 'sprenger', 'Sport (Kreissportbund)', 'ksb', '2017-03-01'),
  member('BK', 'kamphausen', 'Kulturelle Bildung (Musikschule)', 'musikschule', '2019-09-01'),
  member('BK', 'demir', 'Kommunales Integrationszentrum', 'ki', '2018-01-01'),
  member('BK', 'ahlers', 'Schulpsychologie', 'schulpsychologie', '2016-02-01'),
  member('BK', 'lammers', 'Hochschule', 'hochschule', '2020-04-01'),
  member('BK', 'tueshaus', 'Kreistag – Schulausschuss', 'kreis', '2020-11-01'),
  member('BK', 'rosendahl', 'Kreistag – Jugendhilfeausschuss', 'kreis', '2020-11-01'),
  member('BK', 'kemper', 'Freie Wohlfahrtspflege', 'wohlfahrt', '2015-05-01'),
  member('BK', 'schoofs', 'Jugendarbeit (Kreisjugendring)', 'jugendring', '2024-05-01'),
  member('BK', 'hollmann', 'Geschäftsstelle', 'kreis', '2015-05-01', { role: 'geschaeftsfuehrung' }),
];

const BILDUNGSBUERO: DemoMembership[] = [
  member('RBB', 'hollmann', 'Leitung', 'kreis', '2014-08-01', { role: 'vorsitz' }),
  member('RBB', 'reinartz', 'Pädagogische Mitarbeit (Land)', 'kreis', '2019-08-01'),
  member('RBB', 'aydin', 'Pädagogische Mitarbeit (Land)', 'kreis', '2021-08-01'),
  member('RBB', 'weyers', 'Pädagogische Mitarbeit (Land)', 'kreis', '2014-08-01', { to: '2021-07-31' }),
  member('RBB', 'wiechers', 'Bildungsmonitoring', 'kreis', '2020-04-01'),
  member('RBB', 'lohmeier', 'Sekretariat', 'kreis', '2016-01-01', { role: 'geschaeftsfuehrung' }),
  member('RBB', 'brueggemann', 'Kommunale Koordinierung KAoA', 'kreis', '2017-01-01', { role: 'beratend' }),
  member('RBB', 'sadiqi', 'Bildungskoordination für Neuzugewanderte', 'kreis', '2017-05-01', { role: 'beratend' }),
];

const WORKING_GROUP_MEMBERS: DemoMembership[] = [
  member('AK-KITA', 'aydin', 'Leitung (Bildungsbüro)', 'kreis', '2021-08-01', { role: 'co-vorsitz' }),
  member('AK-KITA', 'vos', 'Co-Leitung (untere Schulaufsicht)', 'schulamt', '2021-08-01', { role: 'co-vorsitz' }),
  member('AK-KITA', 'brauckmann', 'Kita-Träger (frei)', 'kitaHalmsdorf', '2021-08-01'),
  member('AK-KITA', 'boekenkamp', 'Kita-Fachberatung Kreisjugendamt', 'kreisjugendamt', '2021-08-01'),
  member('AK-KITA', 'schlueter', 'Kita-Leitungen', 'kitaRegenbogen', '2022-02-01'),
  member('AK-KITA', 'endemann', 'Grundschulleitungen', 'gsMuehlenbach', '2023-08-01'),
  member('AK-KITA', 'niessen', 'Grundschulleitungen', 'gsStMartin', '2021-08-01'),
  member('AK-KITA', 'wuebbeling', 'Elternvertretung', 'kreiselternschaft', '2022-10-01'),

  member('AK-SB', 'brueggemann', 'Leitung (Kommunale Koordinierung KAoA)', 'kreis', '2017-01-01', { role: 'vorsitz' }),
  member('AK-SB', 'hoelscher', 'StuBo Gymnasien', 'gyKesselbach', '2022-08-01'),
  member('AK-SB', 'pasch', 'StuBo Gesamtschulen', 'geLindmar', '2020-08-01'),
  member('AK-SB', 'yildiz', 'StuBo Haupt-, Real- und Sekundarschulen', 'sekWiesenrath', '2023-08-01'),
  member('AK-SB', 'luetkemeier', 'Agentur für Arbeit', 'afa', '2018-01-01'),
  member('AK-SB', 'kloeckner', 'Industrie- und Handelskammer', 'ihk', '2021-03-01'),
  member('AK-SB', 'ostendarp', 'Kreishandwerkerschaft', 'khs', '2019-09-01'),
  member('AK-SB', 'hamacher', 'Jobcenter', 'jobcenter', '2022-01-01'),
  member('AK-SB', 'hollmann', 'Regionales Bildungsbüro', 'kreis', '2017-01-01'),

  member('QZ-INKL', 'reinartz', 'Leitung (Bildungsbüro)', 'kreis', '2022-02-01', { role: 'vorsitz' }),
  member('QZ-INKL', 'ahlers', 'Schulpsychologie', 'schulpsychologie', '2022-02-01'),
  member('QZ-INKL', 'ruehl', 'Förderschulen', 'foesAuenpark', '2022-02-01'),
  member('QZ-INKL', 'verhoeven', 'Förderschulen', 'foesHalmsdorf', '2022-02-01'),
  member('QZ-INKL', 'kowalczyk', 'Jugendhilfe (Schulbegleitung)', 'kreisjugendamt', '2022-02-01'),
  member('QZ-INKL', 'kuerten', 'Schulträger der Städte und Gemeinden', 'gemeindeSanktElmen', '2024-02-01'),
  member('QZ-INKL', 'goessling', 'Allgemeine Schulen (benannt vom Schulamt)', 'geAuenfeld', '2025-04-01'),
  member('QZ-INKL', 'elsner', 'Allgemeine Schulen (benannt vom Schulamt)', 'rsSanktElmen', '2025-04-01'),

  member('AK-SPR', 'sadiqi', 'Leitung (Bildungskoordination Neuzugewanderte)', 'kreis', '2018-01-01', {
    role: 'co-vorsitz',
  }),
  member('AK-SPR', 'demir', 'Co-Leitung (Kommunales Integrationszentrum)', 'ki', '2018-01-01', { role: 'co-vorsitz' }),
  member('AK-SPR', 'terhoeven', 'Weiterbildung (VHS)', 'vhs', '2018-01-01'),
  member('AK-SPR', 'celik', 'Elternarbeit', 'ki', '2024-09-01'),
  member('AK-SPR', 'schuermann', 'Schulen mit Sprachfördergruppen', 'hsBrueckhoven', '2019-08-01'),

  member('AK-DIGI', 'wiechers', 'Leitung (Bildungsbüro)', 'kreis', '2021-01-01', { role: 'co-vorsitz' }),
  member('AK-DIGI', 'scholten', 'Co-Leitung (zdi-Zentrum)', 'zdi', '2021-01-01', { role: 'co-vorsitz' }),
  member('AK-DIGI', 'lammers', 'Hochschule', 'hochschule', '2021-01-01'),
  member('AK-DIGI', 'hinz', 'Medienberatung', 'schulamt', '2022-09-01'),
  member('AK-DIGI', 'dreesen', 'Schulleitungen Gymnasium', 'gyKesselbach', '2021-01-01'),
  member('AK-DIGI', 'joeris', 'Berufskollegs', 'bkBrueckhoven', '2021-01-01'),

  member('AK-GT', 'sauerland', 'Leitung (Kreisjugendamt)', 'kreisjugendamt', '2023-03-01', { role: 'co-vorsitz' }),
  member('AK-GT', 'oberdieck', 'Co-Leitung (Amt für Schule und Bildung)', 'kreis', '2023-03-01', {
    role: 'co-vorsitz',
  }),
  member('AK-GT', 'boekenkamp', 'Kita- und OGS-Fachberatung', 'kreisjugendamt', '2023-03-01'),
  member('AK-GT', 'evers', 'OGS-Träger', 'wohlfahrt', '2023-03-01'),
  member('AK-GT', 'huesken', 'Schulträger der Städte und Gemeinden', 'stadtLindmar', '2023-03-01'),
  member('AK-GT', 'buescher', 'Schulträger der Städte und Gemeinden', 'stadtOberweiden', '2023-03-01'),
  member('AK-GT', 'endemann', 'Grundschulleitungen', 'gsMuehlenbach', '2023-08-01'),
];

/** Current and past memberships, each body's list in the order its rosters and attendance lists print. */
export const MEMBERSHIPS: readonly DemoMembership[] = [
  ...LENKUNGSKREIS,
  ...BILDUNGSKONFERENZ,
  ...BILDUNGSBUERO,
  ...WORKING_GROUP_MEMBERS,
];
