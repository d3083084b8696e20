import { calendars } from './calendars.js';
import { commitments } from './commitments.js';
import { conditions } from './conditions.js';
import { currency } from './currency.js';
import { durations } from './durations.js';
import { funnelConsistency } from './funnel.js';
import { holidayRegions } from './holiday-regions.js';
import { meetings } from './meetings.js';
import { owners } from './owners.js';
import { people } from './people.js';
import { scorecard } from './scorecard.js';
import { percentages } from './percentages.js';
import { references } from './references.js';
import { stages } from './stages.js';
import { timezones } from './timezones.js';
import type { Check } from './types.js';
import { uniqueIds } from './unique-ids.js';
import { uniqueNames } from './unique-names.js';
import { version } from './version.js';
import { workingYear } from './working-year.js';
import { years } from './years.js';

/** The checks beyond the schema, in the order their findings are most useful. */
export const CHECKS: readonly Check[] = [
  uniqueIds,
  uniqueNames,
  stages,
  references,
  commitments,
  conditions,
  durations,
  workingYear,
  percentages,
  timezones,
  currency,
  years,
  holidayRegions,
  calendars,
  meetings,
  version,
  owners,
  people,
  scorecard,
  funnelConsistency,
];
