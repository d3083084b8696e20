import type { RulesIR } from '../../ir.js';
import type { Safe } from '../../../render/safe.js';
import type { Text } from '../../../render/text.js';
import type { ModelContext } from './context.js';

type Meeting = RulesIR['meetings'][number];

/** The recurring meetings between the teams: when, who attends, what is on the agenda. */
export function meetingsModel({ rules, text, teamName, optional }: ModelContext) {
  return rules.meetings.map((m) => ({
    id: text.code(m.id),
    name: text.data(m.name),
    purpose: optional(m.purpose),
    when: meetingWhen(m, text),
    attendees: text.and(m.attendees.map(teamName)),
    agenda: m.agenda.map(text.data),
  }));
}

/** "the last Friday of every month at 10:00 (Europe/Madrid), for 1 hour": cadence, then time, then length. */
function meetingWhen(m: Meeting, text: Text): Safe {
  const { t } = text;
  const day = m.day !== null ? t(`weekday.${m.day}`) : null;
  let when: Safe;
  if (m.cadence === 'weekly' || m.cadence === 'biweekly') {
    when = day ? t(`meetings.cadence.${m.cadence}.day`, { day }) : t(`meetings.cadence.${m.cadence}.any`);
  } else if (day && m.week !== null) {
    when = t(`meetings.cadence.${m.cadence}.nth`, { nth: t(`meetings.nth.${m.week}`, { day }) });
  } else if (day) {
    when = t(`meetings.cadence.${m.cadence}.day`, { day });
  } else {
    when = t(`meetings.cadence.${m.cadence}.any`);
  }
  if (m.time !== null) when = t('meetings.at', { when, time: text.data(m.time), timezone: text.data(m.timezone) });
  if (m.durationMinutes !== null) when = t('meetings.lasting', { when, duration: text.minutes(m.durationMinutes) });
  return when;
}
