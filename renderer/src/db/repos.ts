/** The only way views and features reach the data: every write validates with the shared schemas. */
export { actionFieldRepo, goalRepo, indicatorRepo, indicatorValueRepo, measureRepo } from './repos/action-field.repo';
export { agendaRepo, templateRepo } from './repos/agenda.repo';
export { attachmentRepo, sha256Hex, type PreparedAttachment } from './repos/attachment.repo';
export * from './repos/directory.repo';
export { meetingRepo } from './repos/meeting.repo';
export { minutesRepo, resultRepo } from './repos/minutes.repo';
export { FIXED_BODIES, networkRepo } from './repos/network.repo';
export { participantRepo } from './repos/participant.repo';
export { settingsRepo } from './repos/settings.repo';
export { OPEN_TASK_STATUSES, taskRepo } from './repos/task.repo';
