/** The live conference view's words, in Serbian Cyrillic. */
export const conferenceSrCyrl = {
  title: 'Конференција случаја {code}',
  scheduled: 'Заказана {at}; координатор {coordinator}',
  agenda: 'Дневни ред',
  participants: 'Учесници',
  entries: 'Записник, одлуке и задаци',
  assignee: 'задужен {assignee}, рок {due}',
  connection: {
    connecting: 'Повезивање…',
    live: 'Уживо: нови уноси се појављују сами.',
    lost: 'Веза је прекинута — поново се повезује; ништа неће недостајати.',
  },
  endedTitle: 'Праћење је завршено',
  revoked:
    'Пристанак за дељење ове конференције је опозван. Праћење је завршено, а садржај уклоњен са екрана.',
  notShared:
    'Ова конференција вам није подељена — потребан је пристанак за категорију КОНФЕРЕНЦИЈА.',
  start: 'Почни конференцију',
  close: 'Заврши конференцију',
  record: 'Нови унос',
  kind: 'Врста уноса',
  text: 'Текст',
  assigneeLabel: 'Задужени партнер (шифра)',
  dueOn: 'Рок',
  recordButton: 'Упиши',
};
