import { NetworkInput, type Body, type BodyInput, type Network } from '../../../../shared/schemas';
import { SERVICESTELLE } from '../../../../shared/domain/networks';
import { db } from '../database';
import { insertRecord, patchRecord } from '../record';
import { bodyRepo, organisationRepo } from './directory.repo';
import { settingsRepo } from './settings.repo';

type FixedBodyDefaults = Omit<BodyInput, 'networkId'>;

/** The three bodies every network has (product.md), with the usual procedural defaults. */
export const FIXED_BODIES: readonly FixedBodyDefaults[] = [
  {
    kind: 'bildungskonferenz',
    name: 'Regionale Bildungskonferenz',
    code: 'BK',
    noticeDays: 14,
    minutesKind: 'ergebnisprotokoll',
    approvalRule: 'fristablauf',
    objectionDays: 14,
    defaultStartTime: '14:00',
    defaultDurationMinutes: 210,
  },
  {
    kind: 'lenkungskreis',
    name: 'Lenkungskreis',
    code: 'LK',
    noticeDays: 14,
    minutesKind: 'ergebnisprotokoll',
    approvalRule: 'naechste-sitzung',
    defaultStartTime: '14:00',
    defaultDurationMinutes: 120,
  },
  {
    kind: 'bildungsbuero',
    name: 'Regionales Bildungsbüro',
    code: 'RBB',
    noticeDays: 7,
    minutesKind: 'ergebnisprotokoll',
    approvalRule: 'naechste-sitzung',
    defaultStartTime: '09:30',
    defaultDurationMinutes: 90,
  },
];

export const networkRepo = {
  /** How many networks are stored (one per installation for now). */
  count: (): Promise<number> => db.networks.count(),

  async active(): Promise<Network | undefined> {
    const id = await settingsRepo.get<string>('activeNetworkId');
    return id === undefined ? undefined : db.networks.get(id);
  },

  /**
   * First start: the network, its three fixed bodies and the Servicestelle as an organisation,
   * all in one transaction.
   */
  async setUp(input: NetworkInput): Promise<{ network: Network; bodies: Body[] }> {
    return db.transaction('rw', [db.networks, db.bodies, db.organisations, db.settings], async () => {
      const network = await insertRecord(db.networks, NetworkInput, input);
      const bodies: Body[] = [];
      for (const defaults of FIXED_BODIES) bodies.push(await bodyRepo.create({ ...defaults, networkId: network.id }));
      await organisationRepo.create({ ...SERVICESTELLE });
      await settingsRepo.set('activeNetworkId', network.id);
      return { network, bodies };
    });
  },

  update: (id: string, changes: Partial<NetworkInput>): Promise<Network> =>
    patchRecord(db.networks, NetworkInput, id, changes, 'Das Netzwerk'),
};
