/**
 * The Regionale Bildungsnetzwerke of Regierungsbezirk Düsseldorf with the year of their
 * Kooperationsvertrag (product.md), offered at first start.
 */
export const DUESSELDORF_NETWORKS: readonly { region: string; contractYear: number; contractDate?: string }[] = [
  { region: 'Duisburg', contractYear: 2008 },
  { region: 'Krefeld', contractYear: 2008 },
  { region: 'Solingen', contractYear: 2008 },
  { region: 'Düsseldorf', contractYear: 2009 },
  { region: 'Mülheim an der Ruhr', contractYear: 2009 },
  { region: 'Oberhausen', contractYear: 2009 },
  { region: 'Remscheid', contractYear: 2009 },
  { region: 'Essen', contractYear: 2010 },
  { region: 'Mönchengladbach', contractYear: 2010 },
  { region: 'Wuppertal', contractYear: 2010 },
  { region: 'Kreis Kleve', contractYear: 2012 },
  { region: 'Kreis Mettmann', contractYear: 2013 },
  { region: 'Rhein-Kreis Neuss', contractYear: 2019, contractDate: '2019-07-08' },
];

export const networkNameFor = (region: string): string => `Regionales Bildungsnetzwerk ${region}`;

/** The Land's point of contact, added to the directory of every new installation. */
export const SERVICESTELLE = {
  name: 'Servicestelle Regionale Bildungsnetzwerke',
  shortName: 'Servicestelle RBN',
  type: 'Schulaufsicht (obere)',
  street: 'Am Bonneshof 35',
  postalCode: '40474',
  town: 'Düsseldorf',
  notes: 'Bezirksregierung Düsseldorf – Ansprechpartner des Landes für das Netzwerk.',
} as const;
