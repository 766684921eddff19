/** The live conference view's words, in English. */
export const conferenceEn = {
  title: 'Case conference {code}',
  scheduled: 'Scheduled {at}; coordinator {coordinator}',
  agenda: 'Agenda',
  participants: 'Participants',
  entries: 'Minutes, decisions and action items',
  assignee: 'assigned to {assignee}, due {due}',
  connection: {
    connecting: 'Connecting…',
    live: 'Live: new entries appear by themselves.',
    lost: 'Connection lost — reconnecting; nothing will be missed.',
  },
  endedTitle: 'Following has ended',
  revoked:
    'Consent to share this conference was withdrawn. Following has ended and the content was removed from the screen.',
  notShared: 'This conference is not shared with you — needs CONFERENCE consent.',
  start: 'Start the conference',
  close: 'Close the conference',
  record: 'New entry',
  kind: 'Entry kind',
  text: 'Text',
  assigneeLabel: 'Assigned partner (code)',
  dueOn: 'Due on',
  recordButton: 'Record',
};
