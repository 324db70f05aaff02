/** The only way views and features reach the data: every write validates with the shared schemas. */
export { actionFieldRepo, goalRepo, indicatorRepo, indicatorValueRepo, measureRepo } from './repos/action-field.repo';
export { agendaRepo, templateRepo, type StoredNotes } from './repos/agenda.repo';
export { attachmentRepo, sha256Hex, type PreparedAttachment } from './repos/attachment.repo';
export { deferredItemsForBody, type DeferredItem } from './repos/deferred-items';
export * from './repos/directory.repo';
export { meetingRepo } from './repos/meeting.repo';
export { minutesRepo, resultRepo } from './repos/minutes.repo';
export type { MinutesSeal } from './repos/minutes-status';
export { FIXED_BODIES, networkRepo } from './repos/network.repo';
export { participantRepo } from './repos/participant.repo';
export { sessionRepo } from './repos/session.repo';
export { settingsRepo } from './repos/settings.repo';
export { OPEN_TASK_STATUSES, taskRepo } from './repos/task.repo';
export { agendaBuilderRepo, type AgendaItemChanges, type NewAgendaItem } from './repos/agenda-builder.repo';
export { invitationRepo } from './repos/invitation.repo';
export { meetingPlanRepo, type AgendaSource, type MeetingChanges, type NewMeeting } from './repos/meeting-plan.repo';
export { paperRepo, type NewPaper } from './repos/paper.repo';
export { templateEditRepo, type NewTemplateItem, type TemplateItemChanges } from './repos/template-edit.repo';
