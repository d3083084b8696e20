/* Generated from schema/contract.schema.json by scripts/gen-types.js. Do not edit: run `npm run gen:types`. */

/**
 * Plain text.
 */
export type Text = string;
/**
 * A calendar date, YYYY-MM-DD.
 */
export type CalendarDate = string;
/**
 * A GitHub login (`jvidal`) or team (`@acme/sales-leads`).
 */
export type Github = string;
/**
 * One of the two parties: `marketing` or `sales`.
 */
export type Team = 'marketing' | 'sales';
/**
 * Identifier: lowercase letters, digits and dashes, starting with a letter.
 */
export type Id = string;
/**
 * A lead field: a canonical field (`source`, `score`, `country`, `owner`, ...) or any attribute column of the export.
 */
export type FieldName = string;
/**
 * A duration with a unit: `90m` minutes, `4h` hours, `3d` days, `2w` weeks, `4bh` business hours, `2bd` business days.
 */
export type Duration = string;
/**
 * A share: `95%` or a ratio such as 0.95.
 */
export type Percentage = number | string;
/**
 * A calendar period in the contract's time zone.
 */
export type Period = 'week' | 'month' | 'quarter' | 'half-year' | 'year';
/**
 * An amount in the contract's currency.
 */
export type Money = number;
/**
 * A promise one team makes per period.
 */
export type Commitment = VolumeCommitment | ConversionCommitment | PipelineCommitment | RevenueCommitment;
/**
 * An event that starts or stops a clock: entering a stage (its id, e.g. `mql`), or an activity: `created`, `first-touch`, `last-attempt`, `rejected`, `feedback`, `recycled`.
 */
export type Event = string;
/**
 * Working intervals, e.g. ["09:00-14:00", "15:00-18:00"]; an empty list means closed.
 */
export type Intervals = string[];
/**
 * `marketing`, `sales`, or `both`.
 */
export type Teams = 'marketing' | 'sales' | 'both';
/**
 * A wall-clock time, HH:MM (24-hour).
 */
export type Time = string;

/**
 * A service-level agreement between a marketing team and a sales team, kept as code (apiVersion revpact/v1).
 */
export interface RevpactContract {
  /**
   * Optional pointer to this schema, for editors.
   */
  $schema?: string;
  /**
   * Version of the contract language. Always `revpact/v1` for now.
   */
  apiVersion: 'revpact/v1';
  metadata: Metadata;
  roles?: Roles;
  /**
   * Buyer personas (the ideal customer profile) both teams agree to pursue.
   */
  personas?: Persona[];
  /**
   * The lead lifecycle, in order. Each stage has an owner team and entry criteria.
   *
   * @minItems 2
   */
  stages: [Stage, Stage, ...Stage[]];
  qualification?: Qualification;
  targets?: Targets;
  /**
   * What each team promises per period: volume, quality, pipeline, revenue.
   */
  commitments?: Commitment[];
  handoff?: Handoff;
  /**
   * Time limits measured by a clock, from a start event to a stop event.
   */
  slas?: Sla[];
  followUp?: FollowUp;
  recycling?: Recycling;
  /**
   * Named business calendars used by business-time SLAs and meetings.
   */
  calendars?: Calendar[];
  reporting?: Reporting;
  scorecard?: Scorecard;
  people?: People;
}
/**
 * Who agreed to what, and since when.
 */
export interface Metadata {
  /**
   * Machine name of the contract; output files are named after it.
   */
  name: string;
  title?: Text;
  description?: Text;
  /**
   * Semantic version of the agreement (MAJOR.MINOR.PATCH). Tightening an obligation is a major bump.
   */
  version: string;
  effective: CalendarDate;
  /**
   * Lifecycle of the agreement itself: `draft`, `active` or `retired`.
   */
  status: 'draft' | 'active' | 'retired';
  /**
   * Default language of the compiled documents: `en`, `es`, `pt` or `ca`.
   */
  locale?: 'en' | 'es' | 'pt' | 'ca';
  /**
   * ISO 4217 currency code for money amounts, e.g. EUR.
   */
  currency?: string;
  /**
   * IANA time zone in which periods (months, quarters) are cut, e.g. Europe/Madrid. Defaults to the first calendar's zone, then UTC.
   */
  timezone?: string;
  /**
   * The marketing lead and the sales lead. Both must approve every change.
   */
  owners: {
    marketing: Person;
    sales: Person;
  };
  /**
   * Delegates who may approve for one side (for example when its lead authored the change).
   */
  approvers?: {
    github: Github;
    name?: Text;
    for: Team;
  }[];
  /**
   * Default mapping for lead exports: a preset (`hubspot`, `salesforce`, `canonical`) or a path to a mapping file, relative to the contract.
   */
  mapping?: string;
  /**
   * Where each lead's record lives, so HTML and Markdown reports link lead ids to it: `hubspot: { portal: <id> }`, `salesforce: { instance: https://… }`, or `url` with `{id}` where the lead id goes.
   */
  crm?: {
    /**
     * A HubSpot account: lead ids link to https://app.hubspot.com/contacts/<portal>/record/0-1/<id>.
     */
    hubspot?: {
      /**
       * The HubSpot account id (the portal or hub id, in HubSpot's URLs after /contacts/).
       */
      portal: number | string;
    };
    /**
     * A Salesforce org: lead ids link to <instance>/lightning/r/Lead/<id>/view.
     */
    salesforce?: {
      /**
       * The org's address, e.g. https://acme.my.salesforce.com.
       */
      instance: string;
    };
    /**
     * Any other CRM: an https URL with `{id}` where the lead id goes (URL-encoded), e.g. https://crm.example.com/leads/{id}.
     */
    url?: string;
  };
}
/**
 * A person (or team) who owns one side of the agreement.
 */
export interface Person {
  name: Text;
  title?: Text;
  github: Github;
  /**
   * E-mail address, e.g. laia@example.com: the meeting calendar (`compile --format ics`) invites this address. Without it the calendar names the owner but invites nobody.
   */
  email?: string;
}
/**
 * What each team is responsible for.
 */
export interface Roles {
  marketing?: Role;
  sales?: Role;
}
export interface Role {
  summary: Text;
  /**
   * The team's responsibilities, one per item.
   */
  responsibilities?: Text[];
}
export interface Persona {
  id: Id;
  name: Text;
  description?: Text;
  criteria?: Condition;
}
/**
 * A condition on lead fields: either a comparison `{field, op, value}` or a combination `all: [...]`, `any: [...]`, `not: {...}`.
 */
export interface Condition {
  field?: FieldName;
  /**
   * Comparison: `eq`, `ne`, `in`, `not-in`, `gt`, `gte`, `lt`, `lte`, `exists`, `missing`, `contains`, `starts-with`.
   */
  op?: 'eq' | 'ne' | 'in' | 'not-in' | 'gt' | 'gte' | 'lt' | 'lte' | 'exists' | 'missing' | 'contains' | 'starts-with';
  /**
   * The value to compare with: a string, number or boolean; a list for `in` and `not-in`; absent for `exists` and `missing`.
   */
  value?: (string | number | boolean) | [string | number | boolean, ...(string | number | boolean)[]];
  /**
   * True when every condition in the list is true.
   *
   * @minItems 1
   */
  all?: [Condition, ...Condition[]];
  /**
   * True when at least one condition in the list is true.
   *
   * @minItems 1
   */
  any?: [Condition, ...Condition[]];
  not?: Condition;
}
export interface Stage {
  id: Id;
  name?: Text;
  /**
   * Which standard lifecycle stage this is; it tells which timestamp of the lead data marks entry. Defaults to the id when the id is a standard stage.
   */
  kind?: 'lead' | 'mql' | 'sal' | 'sql' | 'opportunity' | 'customer' | 'lost' | 'recycled' | 'disqualified';
  owner: Team;
  description?: Text;
  entry?: Text;
  /**
   * Personas this stage applies to (ids from `personas`).
   */
  personas?: Id[];
}
/**
 * The shared definition of a qualified lead: fit, engagement, scoring and thresholds.
 */
export interface Qualification {
  description?: Text;
  /**
   * Personas a qualified lead must match one of (ids from `personas`).
   */
  personas?: Id[];
  fit?: Condition;
  engagement?: Condition;
  scoring?: Scoring;
  /**
   * Score thresholds that move a lead into a stage.
   *
   * @minItems 1
   */
  thresholds?: [
    {
      id: Id;
      stage: Id;
      /**
       * Minimum total score.
       */
      score: number;
      /**
       * Minimum fit score as well, if any.
       */
      minFit?: number;
      /**
       * Minimum engagement score as well, if any.
       */
      minEngagement?: number;
    },
    ...{
      id: Id;
      stage: Id;
      /**
       * Minimum total score.
       */
      score: number;
      /**
       * Minimum fit score as well, if any.
       */
      minFit?: number;
      /**
       * Minimum engagement score as well, if any.
       */
      minEngagement?: number;
    }[]
  ];
}
/**
 * Lead scoring: points per attribute or action, negative points, caps and decay.
 */
export interface Scoring {
  /**
   * Scoring rules: each awards points (negative to subtract) when its condition holds.
   *
   * @minItems 1
   */
  rules: [
    {
      id: Id;
      /**
       * `fit` (who the lead is) or `engagement` (what the lead did).
       */
      category: 'fit' | 'engagement';
      description?: Text;
      when: Condition;
      /**
       * Points awarded; negative to subtract.
       */
      points: number;
      /**
       * Cap on the points this rule can add when it repeats (per action).
       */
      max?: number;
    },
    ...{
      id: Id;
      /**
       * `fit` (who the lead is) or `engagement` (what the lead did).
       */
      category: 'fit' | 'engagement';
      description?: Text;
      when: Condition;
      /**
       * Points awarded; negative to subtract.
       */
      points: number;
      /**
       * Cap on the points this rule can add when it repeats (per action).
       */
      max?: number;
    }[]
  ];
  /**
   * Maximum points per category and in total.
   */
  caps?: {
    /**
     * Maximum fit points.
     */
    fit?: number;
    /**
     * Maximum engagement points.
     */
    engagement?: number;
    /**
     * Maximum total score.
     */
    total?: number;
  };
  /**
   * Engagement points fade when a lead goes quiet.
   */
  decay?: {
    every: Duration;
    by: Percentage;
    /**
     * The category that decays; engagement by default.
     */
    category?: 'fit' | 'engagement';
  };
}
/**
 * The revenue target and the funnel arithmetic worked back from it.
 */
export interface Targets {
  period: Period;
  revenue: Money;
  /**
   * Average deal size; deals needed = revenue ÷ deal size, rounded up.
   */
  dealSize?: number;
  /**
   * Deals needed per period, when stated instead of a deal size.
   */
  deals?: number;
  /**
   * Conversion rates along the funnel, used to work back how many leads each stage needs.
   */
  conversions?: Conversion[];
}
/**
 * A stage-to-stage conversion rate: `rate: 12.5%` or `oneIn: 8` (one in eight).
 */
export interface Conversion {
  from: Id;
  to: Id;
  rate?: Percentage;
  /**
   * One `to` per this many `from` leads (the rate is 1/oneIn), e.g. 8 for one deal in eight leads.
   */
  oneIn?: number;
}
export interface VolumeCommitment {
  id: Id;
  owner: Team;
  description?: Text;
  period?: Period;
  when?: Condition;
  /**
   * `volume`: at least `goal` leads enter `stage` per period.
   */
  kind: 'volume';
  stage: Id;
  /**
   * Minimum number of leads per period.
   */
  goal: number;
}
export interface ConversionCommitment {
  id: Id;
  owner: Team;
  description?: Text;
  period?: Period;
  when?: Condition;
  /**
   * `conversion` (quality): at least `goal` of the leads entering `from` in the period reach `to`.
   */
  kind: 'conversion';
  from: Id;
  to: Id;
  goal: Percentage;
}
export interface PipelineCommitment {
  id: Id;
  owner: Team;
  description?: Text;
  period?: Period;
  when?: Condition;
  /**
   * `pipeline`: deal amount of leads entering `stage` (opportunity by default) per period.
   */
  kind: 'pipeline';
  stage?: Id;
  goal: Money;
}
export interface RevenueCommitment {
  id: Id;
  owner: Team;
  description?: Text;
  period?: Period;
  when?: Condition;
  /**
   * `revenue`: deal amount won per period.
   */
  kind: 'revenue';
  goal: Money;
}
/**
 * How a lead passes from marketing to sales, and what it carries.
 */
export interface Handoff {
  stage: Id;
  description?: Text;
  /**
   * Fields every lead must carry at handoff (contact, short assessment, history, approach, profile link).
   *
   * @minItems 1
   */
  requiredFields: [
    {
      field: FieldName;
      label?: Text;
    },
    ...{
      field: FieldName;
      label?: Text;
    }[]
  ];
  /**
   * How sales is notified of a new lead: `crm-task`, `crm-assignment`, `email`, `chat` or `phone`.
   */
  channel?: 'crm-task' | 'crm-assignment' | 'email' | 'chat' | 'phone';
  /**
   * Who receives the lead.
   */
  routing?: {
    /**
     * `round-robin`, `territory`, `account-owner` or `queue`.
     */
    method: 'round-robin' | 'territory' | 'account-owner' | 'queue';
    /**
     * Routing rules, first match wins.
     */
    rules?: {
      when: Condition;
      to: Text;
    }[];
  };
}
/**
 * A time limit: from `start` to `stop`, measured on a clock, within `goal`, for `target` of the leads.
 */
export interface Sla {
  id: Id;
  name?: Text;
  description?: Text;
  owner: Team;
  start: Event;
  /**
   * The event (or any of several) that stops the clock, e.g. `first-touch`.
   */
  stop: Event | [Event, ...Event[]];
  /**
   * `business` (working hours of `calendar`) or `calendar` (every minute counts). Defaults to business when the goal is in business units (bh, bd).
   */
  clock?: 'business' | 'calendar';
  calendar?: Id;
  goal: Duration;
  target: Percentage;
  when?: Condition;
}
/**
 * The contact cadence sales follows before giving up on a lead.
 */
export interface FollowUp {
  description?: Text;
  /**
   * Channel of the first contact.
   */
  firstChannel?: 'phone' | 'email' | 'chat' | 'social' | 'meeting';
  /**
   * Channels used across attempts.
   */
  channels?: ('phone' | 'email' | 'chat' | 'social' | 'meeting')[];
  /**
   * At most this many attempts per day, so the lead is not burned.
   */
  attemptsPerDay?: number;
  /**
   * Minimum attempts before giving up.
   */
  minAttempts: number;
  minSpan: Duration;
  calendar?: Id;
  giveUpReason?: Id;
}
/**
 * Why sales may reject a lead, and where each rejected lead goes.
 */
export interface Recycling {
  description?: Text;
  /**
   * Whether every rejection must carry a reason from the list.
   */
  feedbackRequired?: boolean;
  /**
   * The closed list of rejection reasons.
   *
   * @minItems 1
   */
  reasons: [
    {
      id: Id;
      label: Text;
      /**
       * Other spellings of this reason in the CRM export.
       */
      values?: string[];
      /**
       * Where the lead goes: `nurture` (back to marketing), `disqualified`, or `sales-later` (back to sales after `after`).
       */
      destination: 'nurture' | 'disqualified' | 'sales-later';
      flow?: Text;
      after?: Duration;
      stage?: Id;
    },
    ...{
      id: Id;
      label: Text;
      /**
       * Other spellings of this reason in the CRM export.
       */
      values?: string[];
      /**
       * Where the lead goes: `nurture` (back to marketing), `disqualified`, or `sales-later` (back to sales after `after`).
       */
      destination: 'nurture' | 'disqualified' | 'sales-later';
      flow?: Text;
      after?: Duration;
      stage?: Id;
    }[]
  ];
}
/**
 * A business calendar: a time zone, weekly working hours, and holidays.
 */
export interface Calendar {
  id: Id;
  name?: Text;
  /**
   * IANA time zone, e.g. Europe/Madrid.
   */
  timezone: string;
  /**
   * Working intervals per weekday, e.g. `weekdays: ["09:00-14:00", "15:00-18:00"]`. A named day overrides `weekdays`.
   */
  hours: {
    weekdays?: Intervals;
    mon?: Intervals;
    tue?: Intervals;
    wed?: Intervals;
    thu?: Intervals;
    fri?: Intervals;
    sat?: Intervals;
    sun?: Intervals;
  };
  /**
   * Days the calendar is closed.
   */
  holidays?: {
    /**
     * Public holidays of countries or regions, e.g. `ES`, `ES-CT`, `US-CA` (ISO 3166 codes as in date-holidays).
     */
    regions?: string[];
    /**
     * Extra closed dates.
     */
    dates?: (
      | CalendarDate
      | {
          date: CalendarDate;
          name?: Text;
        }
    )[];
  };
}
/**
 * The metrics both teams report with the same definitions, and when they meet.
 */
export interface Reporting {
  /**
   * Metrics both teams report with the same definition.
   */
  metrics?: {
    id: Id;
    name: Text;
    definition: Text;
    owner?: Teams;
    cadence?: Period;
    /**
     * How revpact computes it.
     */
    measure?: {
      /**
       * `count` (leads entering `stage`), `conversion` (`from` → `to`), `sla-attainment` and `elapsed` (of `sla`), `sum` (of `field` over leads entering `stage`).
       */
      kind: 'count' | 'conversion' | 'sla-attainment' | 'elapsed' | 'sum';
      stage?: Id;
      from?: Id;
      to?: Id;
      sla?: Id;
      field?: FieldName;
    };
  }[];
  /**
   * Recurring meetings of both teams: pipeline reviews, the monthly revenue review, celebrations, the report card.
   */
  meetings?: Meeting[];
}
/**
 * A recurring meeting of both teams.
 */
export interface Meeting {
  id: Id;
  name: Text;
  purpose?: Text;
  /**
   * `weekly`, `biweekly`, `monthly`, `quarterly` or `half-yearly`.
   */
  cadence: 'weekly' | 'biweekly' | 'monthly' | 'quarterly' | 'half-yearly';
  /**
   * Weekday of the meeting.
   */
  day?: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  /**
   * For monthly and longer cadences: which week of the month.
   */
  week?: 'first' | 'second' | 'third' | 'fourth' | 'last';
  time?: Time;
  duration?: Duration;
  calendar?: Id;
  /**
   * Teams that attend.
   */
  attendees?: Teams[];
  /**
   * Standing agenda items.
   */
  agenda?: Text[];
}
/**
 * The half-yearly report card: each side grades how well the other meets its critical needs.
 */
export interface Scorecard {
  /**
   * How often the teams grade each other.
   */
  cadence?: 'quarterly' | 'half-yearly' | 'yearly';
  /**
   * Grades from best to worst, e.g. A, B, C, F.
   *
   * @minItems 2
   */
  scale?: [
    {
      /**
       * The grade letter.
       */
      grade: string;
      meaning?: Text;
    },
    {
      /**
       * The grade letter.
       */
      grade: string;
      meaning?: Text;
    },
    ...{
      /**
       * The grade letter.
       */
      grade: string;
      meaning?: Text;
    }[]
  ];
  /**
   * A grade worse than this one needs a comment.
   */
  commentBelow?: string;
  /**
   * Each side's critical needs from the other (about six each).
   */
  needs: {
    /**
     * What marketing needs from sales; marketing grades sales on these.
     *
     * @minItems 1
     */
    marketing: [Need, ...Need[]];
    /**
     * What sales needs from marketing; sales grades marketing on these.
     *
     * @minItems 1
     */
    sales: [Need, ...Need[]];
  };
}
export interface Need {
  id: Id;
  need: Text;
}
/**
 * Who is who for `revpact notify`: the CRM's owners with their Slack member id, e-mail address and manager, and where notices go when a lead's owner is missing or unknown.
 */
export interface People {
  /**
   * The people who own leads in the CRM (and their managers).
   *
   * @minItems 1
   */
  members?: [Member, ...Member[]];
  /**
   * Where notices go for leads without an owner, or whose owner is not among the members.
   */
  fallback?: {
    /**
     * In the webhook's channel: `here`, `channel`, a member id (U…) or a user group id (S…) to mention.
     */
    slack?: string;
    /**
     * E-mail address that receives the digest, e.g. a sales-operations list.
     */
    email?: string;
    name?: Text;
  };
}
/**
 * One person: named as the CRM names the lead owner.
 */
export interface Member {
  name: Text;
  /**
   * Slack member id (Profile → ⋯ → Copy member ID), e.g. U04ELENA01: notices mention this member.
   */
  slack?: string;
  /**
   * E-mail address for e-mail digests (and the Teams mention: the sign-in address).
   */
  email?: string;
  manager?: Text;
}
