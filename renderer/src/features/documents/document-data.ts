import type {
  ActionFieldReportData,
  AttachmentInfo,
  Directory,
  DocumentContext,
  DocumentLogo,
  MeetingDocumentData,
  TaskOverviewData,
} from '../../../../shared/documents';
// Not from the index: this module is used outside the lazily loaded documents chunk, and the index
// would bring every builder into the start bundle.
import { assembleMeetingDocumentData } from '../../../../shared/documents/meeting-data';
import type { Attachment, Network } from '../../../../shared/schemas';
import {
  actionFieldRepo,
  agendaRepo,
  attachmentRepo,
  bodyRepo,
  goalRepo,
  indicatorRepo,
  indicatorValueRepo,
  measureRepo,
  meetingRepo,
  minutesRepo,
  networkRepo,
  organisationRepo,
  participantRepo,
  personRepo,
  resultRepo,
  taskRepo,
} from '../../db/repos';

/**
 * The view models of the documents, read through the repositories. Pure builders in
 * shared/documents turn them into PDFs; this module only gathers what they need.
 */

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

const withoutFile = ({ blob: _blob, ...info }: Attachment): AttachmentInfo => info;

async function activeNetwork(): Promise<Network> {
  const network = await networkRepo.active();
  if (!network) throw new Error('Es ist noch kein Netzwerk eingerichtet. Bitte zuerst das Netzwerk anlegen.');
  return network;
}

/** The logo from Einstellungen as the builders take it: PNG/JPEG as data URL, SVG as markup. */
async function readLogo(network: Network): Promise<DocumentLogo | undefined> {
  const logo = network.logoAttachmentId ? await attachmentRepo.get(network.logoAttachmentId) : undefined;
  if (!logo) return undefined;
  if (logo.mimeType === 'image/svg+xml') return { kind: 'svg', markup: await logo.blob.text() };
  if (logo.mimeType !== 'image/png' && logo.mimeType !== 'image/jpeg') return undefined;
  const bytes = new Uint8Array(await logo.blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { kind: 'image', dataUrl: `data:${logo.mimeType};base64,${btoa(binary)}` };
}

/** Network, logo and the names every document looks up. `issuedOn`: the date printed as "Stand". */
export async function documentBasics(issuedOn: string): Promise<{ context: DocumentContext; directory: Directory }> {
  const network = await activeNetwork();
  const logo = await readLogo(network);
  const [persons, organisations, bodies] = await Promise.all([
    personRepo.all(),
    organisationRepo.all(),
    bodyRepo.list(network.id),
  ]);
  return {
    context: { network, issuedOn, ...(logo ? { logo } : {}) },
    directory: { persons: byId(persons), organisations: byId(organisations), bodies: byId(bodies) },
  };
}

/** Everything the invitation, agenda, attendance sheet and minutes of one meeting print. */
export async function meetingDocumentData(meetingId: string, issuedOn: string): Promise<MeetingDocumentData> {
  const meeting = await meetingRepo.require(meetingId);
  const [basics, body, agendaItems, participants, results, tasks, attachments, minutes] = await Promise.all([
    documentBasics(issuedOn),
    bodyRepo.require(meeting.bodyId),
    agendaRepo.forMeeting(meetingId),
    participantRepo.forMeeting(meetingId),
    resultRepo.forMeeting(meetingId),
    taskRepo.forMeeting(meetingId),
    attachmentRepo.forMeeting(meetingId),
    minutesRepo.forMeeting(meetingId),
  ]);
  const approvedInMeeting = minutes?.approvedInMeetingId
    ? await meetingRepo.get(minutes.approvedInMeetingId)
    : undefined;
  return assembleMeetingDocumentData({
    ...basics,
    body,
    meeting,
    agendaItems,
    participants,
    results,
    tasks,
    attachments: attachments.map(withoutFile),
    amendments: minutes ? await minutesRepo.amendments(minutes.id) : [],
    ...(minutes ? { minutes } : {}),
    ...(approvedInMeeting ? { approvedInMeeting } : {}),
  });
}

/** Open tasks and all resolutions and recommendations, grouped by body or by action field. */
export async function taskOverviewData(
  groupBy: TaskOverviewData['groupBy'],
  issuedOn: string,
): Promise<TaskOverviewData> {
  const basics = await documentBasics(issuedOn);
  const [tasks, allResults, meetings, actionFields, measures] = await Promise.all([
    taskRepo.open(),
    resultRepo.all(),
    meetingRepo.all(),
    actionFieldRepo.list(basics.context.network.id),
    measureRepo.all(),
  ]);
  const results = allResults.filter((r) => r.kind !== 'kenntnisnahme');
  // Agenda items of the meetings tasks and results come from: for TOP numbers and action-field links.
  const meetingIds = new Set([...tasks, ...results].flatMap((entry) => (entry.meetingId ? [entry.meetingId] : [])));
  const agendaItems = (await Promise.all([...meetingIds].map((id) => agendaRepo.forMeeting(id)))).flat();
  const linkedItemIds = new Set(
    [...tasks, ...results].flatMap((entry) => (entry.agendaItemId ? [entry.agendaItemId] : [])),
  );
  const links = await Promise.all(
    [...linkedItemIds].map(async (id) => [id, await agendaRepo.actionFieldIds(id)] as const),
  );
  return {
    ...basics,
    groupBy,
    tasks,
    results,
    meetings: byId(meetings),
    agendaItems: byId(agendaItems),
    actionFields,
    measures: byId(measures),
    agendaItemActionFields: new Map(links),
  };
}

/** Goals, measures, indicators with their values, and open tasks of every action field. */
export async function actionFieldReportData(issuedOn: string, audience?: string): Promise<ActionFieldReportData> {
  const basics = await documentBasics(issuedOn);
  const actionFields = await actionFieldRepo.list(basics.context.network.id);
  const fieldIds = new Set(actionFields.map((f) => f.id));
  const inNetwork = <T extends { actionFieldId: string }>(records: T[]): T[] =>
    records.filter((r) => fieldIds.has(r.actionFieldId));
  const [goals, measures, indicators, indicatorValues, tasks] = await Promise.all([
    goalRepo.all().then(inNetwork),
    measureRepo.all().then(inNetwork),
    indicatorRepo.all().then(inNetwork),
    indicatorValueRepo.all(),
    taskRepo.open(),
  ]);
  const indicatorIds = new Set(indicators.map((i) => i.id));
  return {
    ...basics,
    ...(audience ? { audience } : {}),
    actionFields,
    goals,
    measures,
    indicators,
    indicatorValues: indicatorValues.filter((v) => indicatorIds.has(v.indicatorId)),
    tasks,
  };
}
