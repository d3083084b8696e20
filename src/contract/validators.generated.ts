// @ts-nocheck -- ajv writes plain JavaScript; the table at the end gives it its type.
/* Generated from schema/{contract.schema.json,mapping.schema.json,scorecard.schema.json} by scripts/gen-validators.js (ajv standalone code). Do not edit: run `npm run gen:validators`. */
import type { ValidateFunction } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import ajvRuntime_ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
const ajvRuntime_ucs2length = typeof ajvRuntime_ucs2lengthModule === 'function' ? ajvRuntime_ucs2lengthModule : ajvRuntime_ucs2lengthModule.default;

export const contract = validate24;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://revpact.dev/schema/contract.schema.json","title":"revpact contract","description":"A service-level agreement between a marketing team and a sales team, kept as code (apiVersion revpact/v1).","type":"object","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field: ignored by revpact, kept for your own tools."}},"required":["apiVersion","metadata","stages"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema, for editors."},"apiVersion":{"const":"revpact/v1","description":"Version of the contract language. Always `revpact/v1` for now.","errorMessage":"must be \"revpact/v1\""},"metadata":{"$ref":"#/$defs/metadata"},"roles":{"$ref":"#/$defs/roles"},"personas":{"type":"array","description":"Buyer personas (the ideal customer profile) both teams agree to pursue.","items":{"$ref":"#/$defs/persona"}},"stages":{"type":"array","minItems":2,"description":"The lead lifecycle, in order. Each stage has an owner team and entry criteria.","items":{"$ref":"#/$defs/stage"}},"qualification":{"$ref":"#/$defs/qualification"},"targets":{"$ref":"#/$defs/targets"},"commitments":{"type":"array","description":"What each team promises per period: volume, quality, pipeline, revenue.","items":{"$ref":"#/$defs/commitment"}},"handoff":{"$ref":"#/$defs/handoff"},"slas":{"type":"array","description":"Time limits measured by a clock, from a start event to a stop event.","items":{"$ref":"#/$defs/sla"}},"followUp":{"$ref":"#/$defs/followUp"},"recycling":{"$ref":"#/$defs/recycling"},"calendars":{"type":"array","description":"Named business calendars used by business-time SLAs and meetings.","items":{"$ref":"#/$defs/calendar"}},"reporting":{"$ref":"#/$defs/reporting"},"scorecard":{"$ref":"#/$defs/scorecard"},"people":{"$ref":"#/$defs/people"}},"$defs":{"id":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","maxLength":64,"description":"Identifier: lowercase letters, digits and dashes, starting with a letter.","errorMessage":{"pattern":"must be a lowercase id such as \"first-touch\" (letters, digits and dashes, starting with a letter)","type":"must be an id written as text, such as \"first-touch\""}},"text":{"type":"string","minLength":1,"maxLength":4000,"pattern":"\\S","description":"Plain text.","errorMessage":{"pattern":"holds only spaces"}},"team":{"type":"string","enum":["marketing","sales"],"description":"One of the two parties: `marketing` or `sales`."},"teams":{"type":"string","enum":["marketing","sales","both"],"description":"`marketing`, `sales`, or `both`."},"duration":{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$","description":"A duration with a unit: `90m` minutes, `4h` hours, `3d` days, `2w` weeks, `4bh` business hours, `2bd` business days.","errorMessage":{"pattern":"must be a duration such as \"90m\", \"4h\", \"3d\", \"2w\", \"4bh\" or \"2bd\"","type":"must be a duration with a unit, such as \"4h\", \"90m\" or \"2bd\""}},"percentage":{"description":"A share: `95%` or a ratio such as 0.95.","anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?%$"}],"errorMessage":"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95"},"time":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"A wall-clock time, HH:MM (24-hour).","errorMessage":{"pattern":"must be a time written HH:MM, such as 09:30"}},"period":{"type":"string","enum":["week","month","quarter","half-year","year"],"description":"A calendar period in the contract's time zone."},"money":{"type":"number","minimum":0,"description":"An amount in the contract's currency."},"fieldName":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"A lead field: a canonical field (`source`, `score`, `country`, `owner`, ...) or any attribute column of the export.","errorMessage":{"pattern":"must be a field name such as \"country\" or \"employees\""}},"event":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"An event that starts or stops a clock: entering a stage (its id, e.g. `mql`), or an activity: `created`, `first-touch`, `last-attempt`, `rejected`, `feedback`, `recycled`.","errorMessage":{"pattern":"must be a stage id or an activity such as \"first-touch\"","type":"must be a stage id or an activity, such as \"mql\" or \"first-touch\""}},"github":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$","description":"A GitHub login (`jvidal`) or team (`@acme/sales-leads`).","errorMessage":{"pattern":"must be a GitHub login such as \"jvidal\" or a team such as \"@acme/sales-leads\""}},"condition":{"type":"object","description":"A condition on lead fields: either a comparison `{field, op, value}` or a combination `all: [...]`, `any: [...]`, `not: {...}`.","additionalProperties":false,"properties":{"field":{"$ref":"#/$defs/fieldName"},"op":{"type":"string","enum":["eq","ne","in","not-in","gt","gte","lt","lte","exists","missing","contains","starts-with"],"description":"Comparison: `eq`, `ne`, `in`, `not-in`, `gt`, `gte`, `lt`, `lte`, `exists`, `missing`, `contains`, `starts-with`."},"value":{"description":"The value to compare with: a string, number or boolean; a list for `in` and `not-in`; absent for `exists` and `missing`.","anyOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]},"minItems":1}]},"all":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/condition"},"description":"True when every condition in the list is true."},"any":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/condition"},"description":"True when at least one condition in the list is true."},"not":{"$ref":"#/$defs/condition","description":"True when the condition is false."}}},"person":{"type":"object","additionalProperties":false,"required":["name","github"],"description":"A person (or team) who owns one side of the agreement.","properties":{"name":{"$ref":"#/$defs/text","description":"Display name."},"title":{"$ref":"#/$defs/text","description":"Job title, e.g. Head of Marketing."},"github":{"$ref":"#/$defs/github","description":"GitHub login or team that approves changes for this side."},"email":{"type":"string","format":"email","maxLength":254,"description":"E-mail address, e.g. laia@example.com: the meeting calendar (`compile --format ics`) invites this address. Without it the calendar names the owner but invites nobody.","errorMessage":{"format":"must be an e-mail address such as \"laia@example.com\""}}}},"metadata":{"type":"object","description":"Who agreed to what, and since when.","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field."}},"required":["name","version","effective","status","owners"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":64,"description":"Machine name of the contract; output files are named after it.","errorMessage":{"pattern":"must be a lowercase name such as \"acme-b2b\" (letters, digits, dashes)"}},"title":{"$ref":"#/$defs/text","description":"Title shown on the documents."},"description":{"$ref":"#/$defs/text","description":"What this agreement is for, in a few sentences."},"version":{"type":"string","description":"Semantic version of the agreement (MAJOR.MINOR.PATCH). Tightening an obligation is a major bump.","errorMessage":{"type":"must be a version written as text, such as \"1.0.0\""}},"effective":{"$ref":"#/$defs/calendarDate","description":"Date from which this version applies, YYYY-MM-DD."},"status":{"type":"string","enum":["draft","active","retired"],"description":"Lifecycle of the agreement itself: `draft`, `active` or `retired`."},"locale":{"type":"string","enum":["en","es","pt","ca"],"default":"en","description":"Default language of the compiled documents: `en`, `es`, `pt` or `ca`."},"currency":{"type":"string","pattern":"^[A-Z]{3}$","default":"USD","description":"ISO 4217 currency code for money amounts, e.g. EUR.","errorMessage":{"pattern":"must be an ISO 4217 currency code such as \"EUR\" or \"USD\""}},"timezone":{"type":"string","description":"IANA time zone in which periods (months, quarters) are cut, e.g. Europe/Madrid. Defaults to the first calendar's zone, then UTC."},"owners":{"type":"object","additionalProperties":false,"required":["marketing","sales"],"description":"The marketing lead and the sales lead. Both must approve every change.","properties":{"marketing":{"$ref":"#/$defs/person","description":"The marketing lead."},"sales":{"$ref":"#/$defs/person","description":"The sales lead."}}},"approvers":{"type":"array","description":"Delegates who may approve for one side (for example when its lead authored the change).","items":{"type":"object","additionalProperties":false,"required":["github","for"],"properties":{"github":{"$ref":"#/$defs/github","description":"GitHub login or team of the delegate."},"name":{"$ref":"#/$defs/text","description":"Display name."},"for":{"$ref":"#/$defs/team","description":"The side this delegate approves for."}}}},"mapping":{"type":"string","minLength":1,"description":"Default mapping for lead exports: a preset (`hubspot`, `salesforce`, `canonical`) or a path to a mapping file, relative to the contract."},"crm":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"description":"Where each lead's record lives, so HTML and Markdown reports link lead ids to it: `hubspot: { portal: <id> }`, `salesforce: { instance: https://… }`, or `url` with `{id}` where the lead id goes.","errorMessage":{"minProperties":"name the CRM: hubspot: { portal: 1234567 }, salesforce: { instance: https://acme.my.salesforce.com }, or url: https://crm.example.com/leads/{id}","maxProperties":"name one CRM only: hubspot, salesforce or url"},"properties":{"hubspot":{"type":"object","additionalProperties":false,"required":["portal"],"description":"A HubSpot account: lead ids link to https://app.hubspot.com/contacts/<portal>/record/0-1/<id>.","properties":{"portal":{"type":["integer","string"],"minimum":1,"pattern":"^[0-9]{1,15}$","description":"The HubSpot account id (the portal or hub id, in HubSpot's URLs after /contacts/).","errorMessage":{"type":"must be the HubSpot account id, a number such as 1234567","minimum":"must be the HubSpot account id, a number such as 1234567","pattern":"must be the HubSpot account id, digits only, such as 1234567"}}}},"salesforce":{"type":"object","additionalProperties":false,"required":["instance"],"description":"A Salesforce org: lead ids link to <instance>/lightning/r/Lead/<id>/view.","properties":{"instance":{"type":"string","pattern":"^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$","description":"The org's address, e.g. https://acme.my.salesforce.com.","errorMessage":{"pattern":"must be the org's https address without a path, such as https://acme.my.salesforce.com"}}}},"url":{"type":"string","pattern":"^https://[^\\s/{}]+/[^\\s]*\\{id\\}[^\\s]*$","description":"Any other CRM: an https URL with `{id}` where the lead id goes (URL-encoded), e.g. https://crm.example.com/leads/{id}.","errorMessage":{"pattern":"must be an https URL with {id} in its path or query, where the lead id goes, such as https://crm.example.com/leads/{id}"}}}}}},"roles":{"type":"object","additionalProperties":false,"description":"What each team is responsible for.","properties":{"marketing":{"$ref":"#/$defs/role","description":"Marketing's role."},"sales":{"$ref":"#/$defs/role","description":"Sales' role."}}},"role":{"type":"object","additionalProperties":false,"required":["summary"],"properties":{"summary":{"$ref":"#/$defs/text","description":"The role in one sentence."},"responsibilities":{"type":"array","items":{"$ref":"#/$defs/text"},"description":"The team's responsibilities, one per item."}}},"persona":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"#/$defs/id","description":"Persona id, unique among personas."},"name":{"$ref":"#/$defs/text","description":"Persona name, e.g. Operations director."},"description":{"$ref":"#/$defs/text","description":"Who they are, what they need, how they buy."},"criteria":{"$ref":"#/$defs/condition","description":"How to recognise this persona in lead data."}}},"stage":{"type":"object","additionalProperties":false,"required":["id","owner"],"properties":{"id":{"$ref":"#/$defs/id","description":"Stage id, unique among stages; used as the event of entering the stage."},"name":{"$ref":"#/$defs/text","description":"Display name, e.g. Marketing qualified lead."},"kind":{"type":"string","enum":["lead","mql","sal","sql","opportunity","customer","lost","recycled","disqualified"],"description":"Which standard lifecycle stage this is; it tells which timestamp of the lead data marks entry. Defaults to the id when the id is a standard stage."},"owner":{"$ref":"#/$defs/team","description":"The team that works leads in this stage."},"description":{"$ref":"#/$defs/text","description":"What this stage means."},"entry":{"$ref":"#/$defs/text","description":"Entry criteria, in words."},"personas":{"type":"array","items":{"$ref":"#/$defs/id"},"description":"Personas this stage applies to (ids from `personas`)."}}},"qualification":{"type":"object","additionalProperties":false,"description":"The shared definition of a qualified lead: fit, engagement, scoring and thresholds.","properties":{"description":{"$ref":"#/$defs/text","description":"The definition in words."},"personas":{"type":"array","items":{"$ref":"#/$defs/id"},"description":"Personas a qualified lead must match one of (ids from `personas`)."},"fit":{"$ref":"#/$defs/condition","description":"Who the lead is: conditions on firmographic fields that must hold."},"engagement":{"$ref":"#/$defs/condition","description":"What the lead did: conditions on behaviour that must hold."},"scoring":{"$ref":"#/$defs/scoring"},"thresholds":{"type":"array","minItems":1,"description":"Score thresholds that move a lead into a stage.","items":{"type":"object","additionalProperties":false,"required":["id","stage","score"],"properties":{"id":{"$ref":"#/$defs/id","description":"Threshold id."},"stage":{"$ref":"#/$defs/id","description":"The stage a lead enters when it reaches the score."},"score":{"type":"number","description":"Minimum total score."},"minFit":{"type":"number","description":"Minimum fit score as well, if any."},"minEngagement":{"type":"number","description":"Minimum engagement score as well, if any."}}}}}},"scoring":{"type":"object","additionalProperties":false,"required":["rules"],"description":"Lead scoring: points per attribute or action, negative points, caps and decay.","properties":{"rules":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","category","when","points"],"properties":{"id":{"$ref":"#/$defs/id","description":"Rule id."},"category":{"type":"string","enum":["fit","engagement"],"description":"`fit` (who the lead is) or `engagement` (what the lead did)."},"description":{"$ref":"#/$defs/text","description":"The rule in words."},"when":{"$ref":"#/$defs/condition","description":"When the rule awards its points."},"points":{"type":"integer","minimum":-1000,"maximum":1000,"description":"Points awarded; negative to subtract."},"max":{"type":"integer","minimum":0,"description":"Cap on the points this rule can add when it repeats (per action)."}}},"description":"Scoring rules: each awards points (negative to subtract) when its condition holds."},"caps":{"type":"object","additionalProperties":false,"description":"Maximum points per category and in total.","properties":{"fit":{"type":"integer","minimum":0,"description":"Maximum fit points."},"engagement":{"type":"integer","minimum":0,"description":"Maximum engagement points."},"total":{"type":"integer","minimum":0,"description":"Maximum total score."}}},"decay":{"type":"object","additionalProperties":false,"required":["every","by"],"description":"Engagement points fade when a lead goes quiet.","properties":{"every":{"$ref":"#/$defs/duration","description":"How often points decay, e.g. 30d."},"by":{"$ref":"#/$defs/percentage","description":"The share of engagement points lost each time, e.g. 25%."},"category":{"type":"string","enum":["fit","engagement"],"default":"engagement","description":"The category that decays; engagement by default."}}}}},"conversion":{"type":"object","additionalProperties":false,"required":["from","to"],"description":"A stage-to-stage conversion rate: `rate: 12.5%` or `oneIn: 8` (one in eight).","properties":{"from":{"$ref":"#/$defs/id","description":"Stage the leads start in."},"to":{"$ref":"#/$defs/id","description":"Stage they convert to."},"rate":{"$ref":"#/$defs/percentage","description":"Share of `from` leads that reach `to`."},"oneIn":{"type":"number","minimum":1,"description":"One `to` per this many `from` leads (the rate is 1/oneIn), e.g. 8 for one deal in eight leads."}}},"targets":{"type":"object","additionalProperties":false,"required":["period","revenue"],"description":"The revenue target and the funnel arithmetic worked back from it.","properties":{"period":{"$ref":"#/$defs/period","description":"The period the target is for, e.g. month."},"revenue":{"$ref":"#/$defs/money","description":"Revenue to win per period."},"dealSize":{"type":"number","exclusiveMinimum":0,"description":"Average deal size; deals needed = revenue ÷ deal size, rounded up."},"deals":{"type":"integer","minimum":1,"description":"Deals needed per period, when stated instead of a deal size."},"conversions":{"type":"array","description":"Conversion rates along the funnel, used to work back how many leads each stage needs.","items":{"$ref":"#/$defs/conversion"}}}},"commitment":{"type":"object","description":"A promise one team makes per period.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"title":"VolumeCommitment","type":"object","additionalProperties":false,"required":["id","owner","kind","goal","stage"],"properties":{"id":{"$ref":"#/$defs/id","description":"Commitment id."},"owner":{"$ref":"#/$defs/team","description":"The team that makes this promise."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"period":{"$ref":"#/$defs/period","description":"The period the goal applies to; defaults to the targets' period, then month."},"when":{"$ref":"#/$defs/condition","description":"Only leads matching this condition count."},"kind":{"const":"volume","description":"`volume`: at least `goal` leads enter `stage` per period."},"stage":{"$ref":"#/$defs/id","description":"The stage counted."},"goal":{"type":"integer","minimum":0,"description":"Minimum number of leads per period."}}},{"title":"ConversionCommitment","type":"object","additionalProperties":false,"required":["id","owner","kind","goal","from","to"],"properties":{"id":{"$ref":"#/$defs/id","description":"Commitment id."},"owner":{"$ref":"#/$defs/team","description":"The team that makes this promise."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"period":{"$ref":"#/$defs/period","description":"The period the goal applies to; defaults to the targets' period, then month."},"when":{"$ref":"#/$defs/condition","description":"Only leads matching this condition count."},"kind":{"const":"conversion","description":"`conversion` (quality): at least `goal` of the leads entering `from` in the period reach `to`."},"from":{"$ref":"#/$defs/id","description":"Stage of the cohort."},"to":{"$ref":"#/$defs/id","description":"Stage they should reach."},"goal":{"$ref":"#/$defs/percentage","description":"Minimum conversion rate."}}},{"title":"PipelineCommitment","type":"object","additionalProperties":false,"required":["id","owner","kind","goal"],"properties":{"id":{"$ref":"#/$defs/id","description":"Commitment id."},"owner":{"$ref":"#/$defs/team","description":"The team that makes this promise."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"period":{"$ref":"#/$defs/period","description":"The period the goal applies to; defaults to the targets' period, then month."},"when":{"$ref":"#/$defs/condition","description":"Only leads matching this condition count."},"kind":{"const":"pipeline","description":"`pipeline`: deal amount of leads entering `stage` (opportunity by default) per period."},"stage":{"$ref":"#/$defs/id","description":"The stage whose entries count; the opportunity stage by default."},"goal":{"$ref":"#/$defs/money","description":"Minimum pipeline amount per period."}}},{"title":"RevenueCommitment","type":"object","additionalProperties":false,"required":["id","owner","kind","goal"],"properties":{"id":{"$ref":"#/$defs/id","description":"Commitment id."},"owner":{"$ref":"#/$defs/team","description":"The team that makes this promise."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"period":{"$ref":"#/$defs/period","description":"The period the goal applies to; defaults to the targets' period, then month."},"when":{"$ref":"#/$defs/condition","description":"Only leads matching this condition count."},"kind":{"const":"revenue","description":"`revenue`: deal amount won per period."},"goal":{"$ref":"#/$defs/money","description":"Minimum revenue won per period."}}}]},"handoff":{"type":"object","additionalProperties":false,"required":["stage","requiredFields"],"description":"How a lead passes from marketing to sales, and what it carries.","properties":{"stage":{"$ref":"#/$defs/id","description":"The stage at which marketing hands the lead to sales (usually the MQL stage)."},"description":{"$ref":"#/$defs/text","description":"The handoff in words."},"requiredFields":{"type":"array","minItems":1,"description":"Fields every lead must carry at handoff (contact, short assessment, history, approach, profile link).","items":{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"$ref":"#/$defs/fieldName","description":"The lead field that must be present."},"label":{"$ref":"#/$defs/text","description":"What the field holds, in words."}}}},"channel":{"type":"string","enum":["crm-task","crm-assignment","email","chat","phone"],"description":"How sales is notified of a new lead: `crm-task`, `crm-assignment`, `email`, `chat` or `phone`."},"routing":{"type":"object","additionalProperties":false,"required":["method"],"description":"Who receives the lead.","properties":{"method":{"type":"string","enum":["round-robin","territory","account-owner","queue"],"description":"`round-robin`, `territory`, `account-owner` or `queue`."},"rules":{"type":"array","description":"Routing rules, first match wins.","items":{"type":"object","additionalProperties":false,"required":["when","to"],"properties":{"when":{"$ref":"#/$defs/condition","description":"Which leads this rule routes."},"to":{"$ref":"#/$defs/text","description":"The queue, team or territory that receives them."}}}}}}}},"sla":{"type":"object","additionalProperties":false,"required":["id","owner","start","stop","goal","target"],"description":"A time limit: from `start` to `stop`, measured on a clock, within `goal`, for `target` of the leads.","properties":{"id":{"$ref":"#/$defs/id","description":"SLA id."},"name":{"$ref":"#/$defs/text","description":"Short name, e.g. First touch."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"owner":{"$ref":"#/$defs/team","description":"The team bound by this SLA."},"start":{"$ref":"#/$defs/event","description":"The event that starts the clock, e.g. `mql`."},"stop":{"description":"The event (or any of several) that stops the clock, e.g. `first-touch`.","anyOf":[{"$ref":"#/$defs/event"},{"type":"array","minItems":1,"items":{"$ref":"#/$defs/event"}}]},"clock":{"type":"string","enum":["business","calendar"],"description":"`business` (working hours of `calendar`) or `calendar` (every minute counts). Defaults to business when the goal is in business units (bh, bd)."},"calendar":{"$ref":"#/$defs/id","description":"The business calendar (id from `calendars`); the first calendar by default."},"goal":{"$ref":"#/$defs/duration","description":"The time limit, e.g. `1bh` or `2bd`."},"target":{"$ref":"#/$defs/percentage","description":"Attainment target: the share of leads that must meet the goal, e.g. 95%."},"when":{"$ref":"#/$defs/condition","description":"Segment: the SLA applies only to leads matching this condition."}}},"followUp":{"type":"object","additionalProperties":false,"required":["minAttempts","minSpan"],"description":"The contact cadence sales follows before giving up on a lead.","properties":{"description":{"$ref":"#/$defs/text","description":"The cadence in words."},"firstChannel":{"type":"string","enum":["phone","email","chat","social","meeting"],"description":"Channel of the first contact."},"channels":{"type":"array","items":{"type":"string","enum":["phone","email","chat","social","meeting"]},"description":"Channels used across attempts."},"attemptsPerDay":{"type":"integer","minimum":1,"description":"At most this many attempts per day, so the lead is not burned."},"minAttempts":{"type":"integer","minimum":1,"description":"Minimum attempts before giving up."},"minSpan":{"$ref":"#/$defs/duration","description":"Minimum span of the attempts before giving up, e.g. 10bd."},"calendar":{"$ref":"#/$defs/id","description":"Calendar for business units in `minSpan`; the first calendar by default."},"giveUpReason":{"$ref":"#/$defs/id","description":"The rejection reason used when sales gives up for lack of response (id from `recycling.reasons`)."}}},"recycling":{"type":"object","additionalProperties":false,"required":["reasons"],"description":"Why sales may reject a lead, and where each rejected lead goes.","properties":{"description":{"$ref":"#/$defs/text","description":"The feedback loop in words."},"feedbackRequired":{"type":"boolean","default":true,"description":"Whether every rejection must carry a reason from the list."},"reasons":{"type":"array","minItems":1,"description":"The closed list of rejection reasons.","items":{"type":"object","additionalProperties":false,"required":["id","label","destination"],"properties":{"id":{"$ref":"#/$defs/id","description":"Reason id, the value sales records."},"label":{"$ref":"#/$defs/text","description":"The reason in words."},"values":{"type":"array","items":{"type":"string"},"description":"Other spellings of this reason in the CRM export."},"destination":{"type":"string","enum":["nurture","disqualified","sales-later"],"description":"Where the lead goes: `nurture` (back to marketing), `disqualified`, or `sales-later` (back to sales after `after`)."},"flow":{"$ref":"#/$defs/text","description":"The nurture flow the lead enters."},"after":{"$ref":"#/$defs/duration","description":"For `sales-later`: when sales takes the lead up again."},"stage":{"$ref":"#/$defs/id","description":"The stage the lead moves to (id from `stages`)."}}}}}},"calendar":{"type":"object","additionalProperties":false,"required":["id","timezone","hours"],"description":"A business calendar: a time zone, weekly working hours, and holidays.","properties":{"id":{"$ref":"#/$defs/id","description":"Calendar id."},"name":{"$ref":"#/$defs/text","description":"Display name."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone, e.g. Europe/Madrid."},"hours":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Working intervals per weekday, e.g. `weekdays: [\"09:00-14:00\", \"15:00-18:00\"]`. A named day overrides `weekdays`.","properties":{"weekdays":{"$ref":"#/$defs/intervals","description":"Monday to Friday."},"mon":{"$ref":"#/$defs/intervals","description":"Monday."},"tue":{"$ref":"#/$defs/intervals","description":"Tuesday."},"wed":{"$ref":"#/$defs/intervals","description":"Wednesday."},"thu":{"$ref":"#/$defs/intervals","description":"Thursday."},"fri":{"$ref":"#/$defs/intervals","description":"Friday."},"sat":{"$ref":"#/$defs/intervals","description":"Saturday."},"sun":{"$ref":"#/$defs/intervals","description":"Sunday."}}},"holidays":{"type":"object","additionalProperties":false,"description":"Days the calendar is closed.","properties":{"regions":{"type":"array","description":"Public holidays of countries or regions, e.g. `ES`, `ES-CT`, `US-CA` (ISO 3166 codes as in date-holidays).","items":{"type":"string","pattern":"^[A-Z]{2}(-[A-Za-z0-9]{1,3}){0,2}$","errorMessage":{"pattern":"must be a country or region code such as \"ES\", \"ES-CT\" or \"US-CA\""}}},"dates":{"type":"array","description":"Extra closed dates.","items":{"anyOf":[{"$ref":"#/$defs/calendarDate"},{"type":"object","additionalProperties":false,"required":["date"],"properties":{"date":{"$ref":"#/$defs/calendarDate","description":"The closed date."},"name":{"$ref":"#/$defs/text","description":"What is celebrated."}}}]}}}}}},"intervals":{"type":"array","description":"Working intervals, e.g. [\"09:00-14:00\", \"15:00-18:00\"]; an empty list means closed.","items":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$","errorMessage":{"pattern":"must be an interval written HH:MM-HH:MM, such as \"09:00-18:00\""}}},"reporting":{"type":"object","additionalProperties":false,"description":"The metrics both teams report with the same definitions, and when they meet.","properties":{"metrics":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","definition"],"properties":{"id":{"$ref":"#/$defs/id","description":"Metric id."},"name":{"$ref":"#/$defs/text","description":"Display name."},"definition":{"$ref":"#/$defs/text","description":"The shared definition, in words."},"owner":{"$ref":"#/$defs/teams","description":"Who reports it."},"cadence":{"$ref":"#/$defs/period","description":"How often it is reported."},"measure":{"type":"object","additionalProperties":false,"required":["kind"],"description":"How revpact computes it.","properties":{"kind":{"type":"string","enum":["count","conversion","sla-attainment","elapsed","sum"],"description":"`count` (leads entering `stage`), `conversion` (`from` → `to`), `sla-attainment` and `elapsed` (of `sla`), `sum` (of `field` over leads entering `stage`)."},"stage":{"$ref":"#/$defs/id","description":"Stage, for count and sum."},"from":{"$ref":"#/$defs/id","description":"Stage of the cohort, for conversion."},"to":{"$ref":"#/$defs/id","description":"Stage reached, for conversion."},"sla":{"$ref":"#/$defs/id","description":"SLA id, for sla-attainment and elapsed."},"field":{"$ref":"#/$defs/fieldName","description":"Field summed, for sum."}}}}},"description":"Metrics both teams report with the same definition."},"meetings":{"type":"array","items":{"$ref":"#/$defs/meeting"},"description":"Recurring meetings of both teams: pipeline reviews, the monthly revenue review, celebrations, the report card."}}},"meeting":{"type":"object","additionalProperties":false,"required":["id","name","cadence"],"description":"A recurring meeting of both teams.","properties":{"id":{"$ref":"#/$defs/id","description":"Meeting id."},"name":{"$ref":"#/$defs/text","description":"Display name, e.g. Monthly revenue review."},"purpose":{"$ref":"#/$defs/text","description":"Why the teams meet."},"cadence":{"type":"string","enum":["weekly","biweekly","monthly","quarterly","half-yearly"],"description":"`weekly`, `biweekly`, `monthly`, `quarterly` or `half-yearly`."},"day":{"type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"],"description":"Weekday of the meeting."},"week":{"type":"string","enum":["first","second","third","fourth","last"],"description":"For monthly and longer cadences: which week of the month."},"time":{"$ref":"#/$defs/time","description":"Start time, local to the calendar's zone."},"duration":{"$ref":"#/$defs/duration","description":"Length, e.g. 45m."},"calendar":{"$ref":"#/$defs/id","description":"Calendar whose time zone applies; the first calendar by default."},"attendees":{"type":"array","items":{"$ref":"#/$defs/teams"},"description":"Teams that attend."},"agenda":{"type":"array","items":{"$ref":"#/$defs/text"},"description":"Standing agenda items."}}},"need":{"type":"object","additionalProperties":false,"required":["id","need"],"properties":{"id":{"$ref":"#/$defs/id","description":"Need id, unique within the scorecard."},"need":{"$ref":"#/$defs/text","description":"The critical need, in words."}}},"scorecard":{"type":"object","additionalProperties":false,"required":["needs"],"description":"The half-yearly report card: each side grades how well the other meets its critical needs.","properties":{"cadence":{"type":"string","enum":["quarterly","half-yearly","yearly"],"default":"half-yearly","description":"How often the teams grade each other."},"scale":{"type":"array","minItems":2,"description":"Grades from best to worst, e.g. A, B, C, F.","items":{"type":"object","additionalProperties":false,"required":["grade"],"properties":{"grade":{"type":"string","pattern":"^[A-Z][+-]?$","description":"The grade letter."},"meaning":{"$ref":"#/$defs/text","description":"What the grade means."}}}},"commentBelow":{"type":"string","pattern":"^[A-Z][+-]?$","default":"B","description":"A grade worse than this one needs a comment."},"needs":{"type":"object","additionalProperties":false,"required":["marketing","sales"],"description":"Each side's critical needs from the other (about six each).","properties":{"marketing":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/need"},"description":"What marketing needs from sales; marketing grades sales on these."},"sales":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/need"},"description":"What sales needs from marketing; sales grades marketing on these."}}}}},"calendarDate":{"type":"string","format":"date","description":"A calendar date, YYYY-MM-DD.","errorMessage":{"format":"must be a date written YYYY-MM-DD, such as 2026-01-01","type":"must be a date written YYYY-MM-DD, such as 2026-01-01"}},"people":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field."}},"description":"Who is who for `revpact notify`: the CRM's owners with their Slack member id, e-mail address and manager, and where notices go when a lead's owner is missing or unknown.","properties":{"members":{"type":"array","minItems":1,"description":"The people who own leads in the CRM (and their managers).","items":{"$ref":"#/$defs/member"}},"fallback":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Where notices go for leads without an owner, or whose owner is not among the members.","properties":{"slack":{"type":"string","pattern":"^(here|channel|[UW][A-Z0-9]{2,20}|S[A-Z0-9]{2,20})$","description":"In the webhook's channel: `here`, `channel`, a member id (U…) or a user group id (S…) to mention.","errorMessage":{"pattern":"must be here, channel, a Slack member id (U…) or a user group id (S…)"}},"email":{"type":"string","format":"email","maxLength":254,"description":"E-mail address that receives the digest, e.g. a sales-operations list.","errorMessage":{"format":"must be an e-mail address such as \"elena@example.com\""}},"name":{"$ref":"#/$defs/text","description":"How messages name the fallback, e.g. Sales operations."}}}}},"member":{"type":"object","additionalProperties":false,"required":["name"],"description":"One person: named as the CRM names the lead owner.","properties":{"name":{"$ref":"#/$defs/text","description":"The owner's name exactly as the CRM gives it (compared without regard to case or extra spaces); an owner given by e-mail address matches `email`."},"slack":{"type":"string","pattern":"^([UW][A-Z0-9]{2,20})$","description":"Slack member id (Profile → ⋯ → Copy member ID), e.g. U04ELENA01: notices mention this member.","errorMessage":{"pattern":"must be a Slack member id such as \"U04ELENA01\" (Profile → ⋯ → Copy member ID), not a name or @handle"}},"email":{"type":"string","format":"email","maxLength":254,"description":"E-mail address for e-mail digests (and the Teams mention: the sign-in address).","errorMessage":{"format":"must be an e-mail address such as \"elena@example.com\""}},"manager":{"$ref":"#/$defs/text","description":"The `name` of this person's manager among the members: breach notices are escalated there."}}}}};
const func1 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^x-", "u");
const schema37 = {"type":"object","description":"Who agreed to what, and since when.","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field."}},"required":["name","version","effective","status","owners"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":64,"description":"Machine name of the contract; output files are named after it.","errorMessage":{"pattern":"must be a lowercase name such as \"acme-b2b\" (letters, digits, dashes)"}},"title":{"$ref":"#/$defs/text","description":"Title shown on the documents."},"description":{"$ref":"#/$defs/text","description":"What this agreement is for, in a few sentences."},"version":{"type":"string","description":"Semantic version of the agreement (MAJOR.MINOR.PATCH). Tightening an obligation is a major bump.","errorMessage":{"type":"must be a version written as text, such as \"1.0.0\""}},"effective":{"$ref":"#/$defs/calendarDate","description":"Date from which this version applies, YYYY-MM-DD."},"status":{"type":"string","enum":["draft","active","retired"],"description":"Lifecycle of the agreement itself: `draft`, `active` or `retired`."},"locale":{"type":"string","enum":["en","es","pt","ca"],"default":"en","description":"Default language of the compiled documents: `en`, `es`, `pt` or `ca`."},"currency":{"type":"string","pattern":"^[A-Z]{3}$","default":"USD","description":"ISO 4217 currency code for money amounts, e.g. EUR.","errorMessage":{"pattern":"must be an ISO 4217 currency code such as \"EUR\" or \"USD\""}},"timezone":{"type":"string","description":"IANA time zone in which periods (months, quarters) are cut, e.g. Europe/Madrid. Defaults to the first calendar's zone, then UTC."},"owners":{"type":"object","additionalProperties":false,"required":["marketing","sales"],"description":"The marketing lead and the sales lead. Both must approve every change.","properties":{"marketing":{"$ref":"#/$defs/person","description":"The marketing lead."},"sales":{"$ref":"#/$defs/person","description":"The sales lead."}}},"approvers":{"type":"array","description":"Delegates who may approve for one side (for example when its lead authored the change).","items":{"type":"object","additionalProperties":false,"required":["github","for"],"properties":{"github":{"$ref":"#/$defs/github","description":"GitHub login or team of the delegate."},"name":{"$ref":"#/$defs/text","description":"Display name."},"for":{"$ref":"#/$defs/team","description":"The side this delegate approves for."}}}},"mapping":{"type":"string","minLength":1,"description":"Default mapping for lead exports: a preset (`hubspot`, `salesforce`, `canonical`) or a path to a mapping file, relative to the contract."},"crm":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"description":"Where each lead's record lives, so HTML and Markdown reports link lead ids to it: `hubspot: { portal: <id> }`, `salesforce: { instance: https://… }`, or `url` with `{id}` where the lead id goes.","errorMessage":{"minProperties":"name the CRM: hubspot: { portal: 1234567 }, salesforce: { instance: https://acme.my.salesforce.com }, or url: https://crm.example.com/leads/{id}","maxProperties":"name one CRM only: hubspot, salesforce or url"},"properties":{"hubspot":{"type":"object","additionalProperties":false,"required":["portal"],"description":"A HubSpot account: lead ids link to https://app.hubspot.com/contacts/<portal>/record/0-1/<id>.","properties":{"portal":{"type":["integer","string"],"minimum":1,"pattern":"^[0-9]{1,15}$","description":"The HubSpot account id (the portal or hub id, in HubSpot's URLs after /contacts/).","errorMessage":{"type":"must be the HubSpot account id, a number such as 1234567","minimum":"must be the HubSpot account id, a number such as 1234567","pattern":"must be the HubSpot account id, digits only, such as 1234567"}}}},"salesforce":{"type":"object","additionalProperties":false,"required":["instance"],"description":"A Salesforce org: lead ids link to <instance>/lightning/r/Lead/<id>/view.","properties":{"instance":{"type":"string","pattern":"^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$","description":"The org's address, e.g. https://acme.my.salesforce.com.","errorMessage":{"pattern":"must be the org's https address without a path, such as https://acme.my.salesforce.com"}}}},"url":{"type":"string","pattern":"^https://[^\\s/{}]+/[^\\s]*\\{id\\}[^\\s]*$","description":"Any other CRM: an https URL with `{id}` where the lead id goes (URL-encoded), e.g. https://crm.example.com/leads/{id}.","errorMessage":{"pattern":"must be an https URL with {id} in its path or query, where the lead id goes, such as https://crm.example.com/leads/{id}"}}}}}};
const schema38 = {"type":"string","minLength":1,"maxLength":4000,"pattern":"\\S","description":"Plain text.","errorMessage":{"pattern":"holds only spaces"}};
const schema40 = {"type":"string","format":"date","description":"A calendar date, YYYY-MM-DD.","errorMessage":{"format":"must be a date written YYYY-MM-DD, such as 2026-01-01","type":"must be a date written YYYY-MM-DD, such as 2026-01-01"}};
const schema44 = {"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$","description":"A GitHub login (`jvidal`) or team (`@acme/sales-leads`).","errorMessage":{"pattern":"must be a GitHub login such as \"jvidal\" or a team such as \"@acme/sales-leads\""}};
const schema47 = {"type":"string","enum":["marketing","sales"],"description":"One of the two parties: `marketing` or `sales`."};
const func3 = ajvRuntime_ucs2length;
const pattern6 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern7 = new RegExp("\\S", "u");
const pattern9 = new RegExp("^[A-Z]{3}$", "u");
const pattern12 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$", "u");
const pattern15 = new RegExp("^[0-9]{1,15}$", "u");
const pattern16 = new RegExp("^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$", "u");
const pattern17 = new RegExp("^https://[^\\s/{}]+/[^\\s]*\\{id\\}[^\\s]*$", "u");
const formats0 = fullFormats.date;
const schema41 = {"type":"object","additionalProperties":false,"required":["name","github"],"description":"A person (or team) who owns one side of the agreement.","properties":{"name":{"$ref":"#/$defs/text","description":"Display name."},"title":{"$ref":"#/$defs/text","description":"Job title, e.g. Head of Marketing."},"github":{"$ref":"#/$defs/github","description":"GitHub login or team that approves changes for this side."},"email":{"type":"string","format":"email","maxLength":254,"description":"E-mail address, e.g. laia@example.com: the meeting calendar (`compile --format ics`) invites this address. Without it the calendar names the owner but invites nobody.","errorMessage":{"format":"must be an e-mail address such as \"laia@example.com\""}}}};
const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.github === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "github"},message:"must have required property '"+"github"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "title")) || (key0 === "github")) || (key0 === "email"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern7.test(data0)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err7 of vErrors){
if((((((err7.keyword !== "errorMessage") && (!err7.emUsed)) && (err7.instancePath === instancePath+"/name")) && (err7.keyword in emErrors0)) && (err7.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err7.schemaPath.slice(12)))){
emErrors0[err7.keyword].push(err7);
err7.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema38.errorMessage[key1],schema:schema38.errorMessage,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
const emErrs0 = [];
for(const err9 of vErrors){
if(!err9.emUsed){
emErrs0.push(err9);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data1) < 1){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern7.test(data1)){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err14 of vErrors){
if((((((err14.keyword !== "errorMessage") && (!err14.emUsed)) && (err14.instancePath === instancePath+"/title")) && (err14.keyword in emErrors1)) && (err14.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err14.schemaPath.slice(12)))){
emErrors1[err14.keyword].push(err14);
err14.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
const emErrs1 = [];
for(const err16 of vErrors){
if(!err16.emUsed){
emErrs1.push(err16);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.github !== undefined){
let data2 = data.github;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err17 = {instancePath:instancePath+"/github",schemaPath:"#/$defs/github/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"+"\"",schema:"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$",parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/github",schemaPath:"#/$defs/github/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err19 of vErrors){
if((((((err19.keyword !== "errorMessage") && (!err19.emUsed)) && (err19.instancePath === instancePath+"/github")) && (err19.keyword in emErrors2)) && (err19.schemaPath.indexOf("#/$defs/github") === 0)) && (/^\/[^\/]*$/.test(err19.schemaPath.slice(14)))){
emErrors2[err19.keyword].push(err19);
err19.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err20 = {instancePath:instancePath+"/github",schemaPath:"#/$defs/github/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema44.errorMessage[key3],schema:schema44.errorMessage,parentSchema:schema44,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
const emErrs2 = [];
for(const err21 of vErrors){
if(!err21.emUsed){
emErrs2.push(err21);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.email !== undefined){
let data3 = data.email;
if(typeof data3 === "string"){
if(func3(data3) > 254){
const err22 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema41.properties.email,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats2.test(data3))){
const err23 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema41.properties.email,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.email.type,parentSchema:schema41.properties.email,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"format":[]};
const templates3 = {};
for(const err25 of vErrors){
if((((((err25.keyword !== "errorMessage") && (!err25.emUsed)) && (err25.instancePath === instancePath+"/email")) && (err25.keyword in emErrors3)) && (err25.schemaPath.indexOf("#/properties/email") === 0)) && (/^\/[^\/]*$/.test(err25.schemaPath.slice(18)))){
emErrors3[err25.keyword].push(err25);
err25.emUsed = true;
}
}
for(const key4 in emErrors3){
if(emErrors3[key4].length){
const err26 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key4]},message:key4 in templates3 ? templates3[key4]() : schema41.properties.email.errorMessage[key4],schema:schema41.properties.email.errorMessage,parentSchema:schema41.properties.email,data:data3};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
const emErrs3 = [];
for(const err27 of vErrors){
if(!err27.emUsed){
emErrs3.push(err27);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.effective === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.owners === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owners"},message:"must have required property '"+"owners"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema37.properties, key0)) || (pattern4.test(key0)))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(data0)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.name.type,parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err9 of vErrors){
if((((((err9.keyword !== "errorMessage") && (!err9.emUsed)) && (err9.instancePath === instancePath+"/name")) && (err9.keyword in emErrors0)) && (err9.schemaPath.indexOf("#/properties/name") === 0)) && (/^\/[^\/]*$/.test(err9.schemaPath.slice(17)))){
emErrors0[err9.keyword].push(err9);
err9.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema37.properties.name.errorMessage[key1],schema:schema37.properties.name.errorMessage,parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
const emErrs0 = [];
for(const err11 of vErrors){
if(!err11.emUsed){
emErrs0.push(err11);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func3(data1) < 1){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern7.test(data1)){
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err16 of vErrors){
if((((((err16.keyword !== "errorMessage") && (!err16.emUsed)) && (err16.instancePath === instancePath+"/title")) && (err16.keyword in emErrors1)) && (err16.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err16.schemaPath.slice(12)))){
emErrors1[err16.keyword].push(err16);
err16.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
const emErrs1 = [];
for(const err18 of vErrors){
if(!err18.emUsed){
emErrs1.push(err18);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func3(data2) < 1){
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern7.test(data2)){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err23 of vErrors){
if((((((err23.keyword !== "errorMessage") && (!err23.emUsed)) && (err23.instancePath === instancePath+"/description")) && (err23.keyword in emErrors2)) && (err23.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err23.schemaPath.slice(12)))){
emErrors2[err23.keyword].push(err23);
err23.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err24 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema38.errorMessage[key3],schema:schema38.errorMessage,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
const emErrs2 = [];
for(const err25 of vErrors){
if(!err25.emUsed){
emErrs2.push(err25);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.version !== undefined){
let data3 = data.version;
if(typeof data3 !== "string"){
const err26 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.version.type,parentSchema:schema37.properties.version,data:data3};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"type":[]};
const templates3 = {};
for(const err27 of vErrors){
if((((((err27.keyword !== "errorMessage") && (!err27.emUsed)) && (err27.instancePath === instancePath+"/version")) && (err27.keyword in emErrors3)) && (err27.schemaPath.indexOf("#/properties/version") === 0)) && (/^\/[^\/]*$/.test(err27.schemaPath.slice(20)))){
emErrors3[err27.keyword].push(err27);
err27.emUsed = true;
}
}
for(const key4 in emErrors3){
if(emErrors3[key4].length){
const err28 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key4]},message:key4 in templates3 ? templates3[key4]() : schema37.properties.version.errorMessage[key4],schema:schema37.properties.version.errorMessage,parentSchema:schema37.properties.version,data:data3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
const emErrs3 = [];
for(const err29 of vErrors){
if(!err29.emUsed){
emErrs3.push(err29);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.effective !== undefined){
let data4 = data.effective;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err30 = {instancePath:instancePath+"/effective",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema40,data:data4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/effective",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data4};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"format":[],"type":[]};
const templates4 = {};
for(const err32 of vErrors){
if((((((err32.keyword !== "errorMessage") && (!err32.emUsed)) && (err32.instancePath === instancePath+"/effective")) && (err32.keyword in emErrors4)) && (err32.schemaPath.indexOf("#/$defs/calendarDate") === 0)) && (/^\/[^\/]*$/.test(err32.schemaPath.slice(20)))){
emErrors4[err32.keyword].push(err32);
err32.emUsed = true;
}
}
for(const key5 in emErrors4){
if(emErrors4[key5].length){
const err33 = {instancePath:instancePath+"/effective",schemaPath:"#/$defs/calendarDate/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key5]},message:key5 in templates4 ? templates4[key5]() : schema40.errorMessage[key5],schema:schema40.errorMessage,parentSchema:schema40,data:data4};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
const emErrs4 = [];
for(const err34 of vErrors){
if(!err34.emUsed){
emErrs4.push(err34);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
if(data.status !== undefined){
let data5 = data.status;
if(typeof data5 !== "string"){
const err35 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.status.type,parentSchema:schema37.properties.status,data:data5};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data5 === "draft") || (data5 === "active")) || (data5 === "retired"))){
const err36 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema37.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.status.enum,parentSchema:schema37.properties.status,data:data5};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.locale !== undefined){
let data6 = data.locale;
if(typeof data6 !== "string"){
const err37 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.locale.type,parentSchema:schema37.properties.locale,data:data6};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((((data6 === "en") || (data6 === "es")) || (data6 === "pt")) || (data6 === "ca"))){
const err38 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/enum",keyword:"enum",params:{allowedValues: schema37.properties.locale.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.locale.enum,parentSchema:schema37.properties.locale,data:data6};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.currency !== undefined){
let data7 = data.currency;
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
const err39 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema37.properties.currency,data:data7};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.currency.type,parentSchema:schema37.properties.currency,data:data7};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(errors > 0){
const emErrors5 = {"pattern":[]};
const templates5 = {};
for(const err41 of vErrors){
if((((((err41.keyword !== "errorMessage") && (!err41.emUsed)) && (err41.instancePath === instancePath+"/currency")) && (err41.keyword in emErrors5)) && (err41.schemaPath.indexOf("#/properties/currency") === 0)) && (/^\/[^\/]*$/.test(err41.schemaPath.slice(21)))){
emErrors5[err41.keyword].push(err41);
err41.emUsed = true;
}
}
for(const key6 in emErrors5){
if(emErrors5[key6].length){
const err42 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/errorMessage",keyword:"errorMessage",params:{errors: emErrors5[key6]},message:key6 in templates5 ? templates5[key6]() : schema37.properties.currency.errorMessage[key6],schema:schema37.properties.currency.errorMessage,parentSchema:schema37.properties.currency,data:data7};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
const emErrs5 = [];
for(const err43 of vErrors){
if(!err43.emUsed){
emErrs5.push(err43);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
if(data.timezone !== undefined){
let data8 = data.timezone;
if(typeof data8 !== "string"){
const err44 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.timezone.type,parentSchema:schema37.properties.timezone,data:data8};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.owners !== undefined){
let data9 = data.owners;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.marketing === undefined){
const err45 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/required",keyword:"required",params:{missingProperty: "marketing"},message:"must have required property '"+"marketing"+"'",schema:schema37.properties.owners.required,parentSchema:schema37.properties.owners,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data9.sales === undefined){
const err46 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/required",keyword:"required",params:{missingProperty: "sales"},message:"must have required property '"+"sales"+"'",schema:schema37.properties.owners.required,parentSchema:schema37.properties.owners,data:data9};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key7 in data9){
if(!((key7 === "marketing") || (key7 === "sales"))){
const err47 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.owners,data:data9};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data9.marketing !== undefined){
if(!(validate26(data9.marketing, {instancePath:instancePath+"/owners/marketing",parentData:data9,parentDataProperty:"marketing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data9.sales !== undefined){
if(!(validate26(data9.sales, {instancePath:instancePath+"/owners/sales",parentData:data9,parentDataProperty:"sales",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err48 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.owners.type,parentSchema:schema37.properties.owners,data:data9};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.approvers !== undefined){
let data12 = data.approvers;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.github === undefined){
const err49 = {instancePath:instancePath+"/approvers/" + i0,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "github"},message:"must have required property '"+"github"+"'",schema:schema37.properties.approvers.items.required,parentSchema:schema37.properties.approvers.items,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data13.for === undefined){
const err50 = {instancePath:instancePath+"/approvers/" + i0,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "for"},message:"must have required property '"+"for"+"'",schema:schema37.properties.approvers.items.required,parentSchema:schema37.properties.approvers.items,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key8 in data13){
if(!(((key8 === "github") || (key8 === "name")) || (key8 === "for"))){
const err51 = {instancePath:instancePath+"/approvers/" + i0,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.approvers.items,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data13.github !== undefined){
let data14 = data13.github;
if(typeof data14 === "string"){
if(!pattern12.test(data14)){
const err52 = {instancePath:instancePath+"/approvers/" + i0+"/github",schemaPath:"#/$defs/github/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"+"\"",schema:"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$",parentSchema:schema44,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/approvers/" + i0+"/github",schemaPath:"#/$defs/github/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data14};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(errors > 0){
const emErrors6 = {"pattern":[]};
const templates6 = {};
for(const err54 of vErrors){
if((((((err54.keyword !== "errorMessage") && (!err54.emUsed)) && (err54.instancePath === instancePath+"/approvers/" + i0+"/github")) && (err54.keyword in emErrors6)) && (err54.schemaPath.indexOf("#/$defs/github") === 0)) && (/^\/[^\/]*$/.test(err54.schemaPath.slice(14)))){
emErrors6[err54.keyword].push(err54);
err54.emUsed = true;
}
}
for(const key9 in emErrors6){
if(emErrors6[key9].length){
const err55 = {instancePath:instancePath+"/approvers/" + i0+"/github",schemaPath:"#/$defs/github/errorMessage",keyword:"errorMessage",params:{errors: emErrors6[key9]},message:key9 in templates6 ? templates6[key9]() : schema44.errorMessage[key9],schema:schema44.errorMessage,parentSchema:schema44,data:data14};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
const emErrs6 = [];
for(const err56 of vErrors){
if(!err56.emUsed){
emErrs6.push(err56);
}
}
vErrors = emErrs6;
errors = emErrs6.length;
}
}
if(data13.name !== undefined){
let data15 = data13.name;
if(typeof data15 === "string"){
if(func3(data15) > 4000){
const err57 = {instancePath:instancePath+"/approvers/" + i0+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data15};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func3(data15) < 1){
const err58 = {instancePath:instancePath+"/approvers/" + i0+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data15};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern7.test(data15)){
const err59 = {instancePath:instancePath+"/approvers/" + i0+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data15};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/approvers/" + i0+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data15};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(errors > 0){
const emErrors7 = {"pattern":[]};
const templates7 = {};
for(const err61 of vErrors){
if((((((err61.keyword !== "errorMessage") && (!err61.emUsed)) && (err61.instancePath === instancePath+"/approvers/" + i0+"/name")) && (err61.keyword in emErrors7)) && (err61.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err61.schemaPath.slice(12)))){
emErrors7[err61.keyword].push(err61);
err61.emUsed = true;
}
}
for(const key10 in emErrors7){
if(emErrors7[key10].length){
const err62 = {instancePath:instancePath+"/approvers/" + i0+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors7[key10]},message:key10 in templates7 ? templates7[key10]() : schema38.errorMessage[key10],schema:schema38.errorMessage,parentSchema:schema38,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
const emErrs7 = [];
for(const err63 of vErrors){
if(!err63.emUsed){
emErrs7.push(err63);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
if(data13.for !== undefined){
let data16 = data13.for;
if(typeof data16 !== "string"){
const err64 = {instancePath:instancePath+"/approvers/" + i0+"/for",schemaPath:"#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data16};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!((data16 === "marketing") || (data16 === "sales"))){
const err65 = {instancePath:instancePath+"/approvers/" + i0+"/for",schemaPath:"#/$defs/team/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data16};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/approvers/" + i0,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.approvers.items.type,parentSchema:schema37.properties.approvers.items,data:data13};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.approvers.type,parentSchema:schema37.properties.approvers,data:data12};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.mapping !== undefined){
let data17 = data.mapping;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err68 = {instancePath:instancePath+"/mapping",schemaPath:"#/properties/mapping/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.mapping,data:data17};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/mapping",schemaPath:"#/properties/mapping/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.mapping.type,parentSchema:schema37.properties.mapping,data:data17};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.crm !== undefined){
let data18 = data.crm;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length > 1){
const err70 = {instancePath:instancePath+"/crm",schemaPath:"#/properties/crm/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema37.properties.crm,data:data18};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(Object.keys(data18).length < 1){
const err71 = {instancePath:instancePath+"/crm",schemaPath:"#/properties/crm/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema37.properties.crm,data:data18};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key11 in data18){
if(!(((key11 === "hubspot") || (key11 === "salesforce")) || (key11 === "url"))){
const err72 = {instancePath:instancePath+"/crm",schemaPath:"#/properties/crm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.crm,data:data18};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data18.hubspot !== undefined){
let data19 = data18.hubspot;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.portal === undefined){
const err73 = {instancePath:instancePath+"/crm/hubspot",schemaPath:"#/properties/crm/properties/hubspot/required",keyword:"required",params:{missingProperty: "portal"},message:"must have required property '"+"portal"+"'",schema:schema37.properties.crm.properties.hubspot.required,parentSchema:schema37.properties.crm.properties.hubspot,data:data19};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key12 in data19){
if(!(key12 === "portal")){
const err74 = {instancePath:instancePath+"/crm/hubspot",schemaPath:"#/properties/crm/properties/hubspot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.crm.properties.hubspot,data:data19};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data19.portal !== undefined){
let data20 = data19.portal;
if((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (typeof data20 !== "string")){
const err75 = {instancePath:instancePath+"/crm/hubspot/portal",schemaPath:"#/properties/crm/properties/hubspot/properties/portal/type",keyword:"type",params:{type: schema37.properties.crm.properties.hubspot.properties.portal.type},message:"must be integer,string",schema:schema37.properties.crm.properties.hubspot.properties.portal.type,parentSchema:schema37.properties.crm.properties.hubspot.properties.portal,data:data20};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err76 = {instancePath:instancePath+"/crm/hubspot/portal",schemaPath:"#/properties/crm/properties/hubspot/properties/portal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.crm.properties.hubspot.properties.portal,data:data20};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(typeof data20 === "string"){
if(!pattern15.test(data20)){
const err77 = {instancePath:instancePath+"/crm/hubspot/portal",schemaPath:"#/properties/crm/properties/hubspot/properties/portal/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema37.properties.crm.properties.hubspot.properties.portal,data:data20};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(errors > 0){
const emErrors8 = {"type":[],"minimum":[],"pattern":[]};
const templates8 = {};
for(const err78 of vErrors){
if((((((err78.keyword !== "errorMessage") && (!err78.emUsed)) && (err78.instancePath === instancePath+"/crm/hubspot/portal")) && (err78.keyword in emErrors8)) && (err78.schemaPath.indexOf("#/properties/crm/properties/hubspot/properties/portal") === 0)) && (/^\/[^\/]*$/.test(err78.schemaPath.slice(53)))){
emErrors8[err78.keyword].push(err78);
err78.emUsed = true;
}
}
for(const key13 in emErrors8){
if(emErrors8[key13].length){
const err79 = {instancePath:instancePath+"/crm/hubspot/portal",schemaPath:"#/properties/crm/properties/hubspot/properties/portal/errorMessage",keyword:"errorMessage",params:{errors: emErrors8[key13]},message:key13 in templates8 ? templates8[key13]() : schema37.properties.crm.properties.hubspot.properties.portal.errorMessage[key13],schema:schema37.properties.crm.properties.hubspot.properties.portal.errorMessage,parentSchema:schema37.properties.crm.properties.hubspot.properties.portal,data:data20};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
const emErrs8 = [];
for(const err80 of vErrors){
if(!err80.emUsed){
emErrs8.push(err80);
}
}
vErrors = emErrs8;
errors = emErrs8.length;
}
}
}
else {
const err81 = {instancePath:instancePath+"/crm/hubspot",schemaPath:"#/properties/crm/properties/hubspot/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.crm.properties.hubspot.type,parentSchema:schema37.properties.crm.properties.hubspot,data:data19};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data18.salesforce !== undefined){
let data21 = data18.salesforce;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.instance === undefined){
const err82 = {instancePath:instancePath+"/crm/salesforce",schemaPath:"#/properties/crm/properties/salesforce/required",keyword:"required",params:{missingProperty: "instance"},message:"must have required property '"+"instance"+"'",schema:schema37.properties.crm.properties.salesforce.required,parentSchema:schema37.properties.crm.properties.salesforce,data:data21};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key14 in data21){
if(!(key14 === "instance")){
const err83 = {instancePath:instancePath+"/crm/salesforce",schemaPath:"#/properties/crm/properties/salesforce/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema37.properties.crm.properties.salesforce,data:data21};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data21.instance !== undefined){
let data22 = data21.instance;
if(typeof data22 === "string"){
if(!pattern16.test(data22)){
const err84 = {instancePath:instancePath+"/crm/salesforce/instance",schemaPath:"#/properties/crm/properties/salesforce/properties/instance/pattern",keyword:"pattern",params:{pattern: "^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"},message:"must match pattern \""+"^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$"+"\"",schema:"^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$",parentSchema:schema37.properties.crm.properties.salesforce.properties.instance,data:data22};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/crm/salesforce/instance",schemaPath:"#/properties/crm/properties/salesforce/properties/instance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.crm.properties.salesforce.properties.instance.type,parentSchema:schema37.properties.crm.properties.salesforce.properties.instance,data:data22};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(errors > 0){
const emErrors9 = {"pattern":[]};
const templates9 = {};
for(const err86 of vErrors){
if((((((err86.keyword !== "errorMessage") && (!err86.emUsed)) && (err86.instancePath === instancePath+"/crm/salesforce/instance")) && (err86.keyword in emErrors9)) && (err86.schemaPath.indexOf("#/properties/crm/properties/salesforce/properties/instance") === 0)) && (/^\/[^\/]*$/.test(err86.schemaPath.slice(58)))){
emErrors9[err86.keyword].push(err86);
err86.emUsed = true;
}
}
for(const key15 in emErrors9){
if(emErrors9[key15].length){
const err87 = {instancePath:instancePath+"/crm/salesforce/instance",schemaPath:"#/properties/crm/properties/salesforce/properties/instance/errorMessage",keyword:"errorMessage",params:{errors: emErrors9[key15]},message:key15 in templates9 ? templates9[key15]() : schema37.properties.crm.properties.salesforce.properties.instance.errorMessage[key15],schema:schema37.properties.crm.properties.salesforce.properties.instance.errorMessage,parentSchema:schema37.properties.crm.properties.salesforce.properties.instance,data:data22};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
const emErrs9 = [];
for(const err88 of vErrors){
if(!err88.emUsed){
emErrs9.push(err88);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
}
else {
const err89 = {instancePath:instancePath+"/crm/salesforce",schemaPath:"#/properties/crm/properties/salesforce/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.crm.properties.salesforce.type,parentSchema:schema37.properties.crm.properties.salesforce,data:data21};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data18.url !== undefined){
let data23 = data18.url;
if(typeof data23 === "string"){
if(!pattern17.test(data23)){
const err90 = {instancePath:instancePath+"/crm/url",schemaPath:"#/properties/crm/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s/{}]+/[^\\s]*\\{id\\}[^\\s]*$"},message:"must match pattern \""+"^https://[^\\s/{}]+/[^\\s]*\\{id\\}[^\\s]*$"+"\"",schema:"^https://[^\\s/{}]+/[^\\s]*\\{id\\}[^\\s]*$",parentSchema:schema37.properties.crm.properties.url,data:data23};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/crm/url",schemaPath:"#/properties/crm/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.crm.properties.url.type,parentSchema:schema37.properties.crm.properties.url,data:data23};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(errors > 0){
const emErrors10 = {"pattern":[]};
const templates10 = {};
for(const err92 of vErrors){
if((((((err92.keyword !== "errorMessage") && (!err92.emUsed)) && (err92.instancePath === instancePath+"/crm/url")) && (err92.keyword in emErrors10)) && (err92.schemaPath.indexOf("#/properties/crm/properties/url") === 0)) && (/^\/[^\/]*$/.test(err92.schemaPath.slice(31)))){
emErrors10[err92.keyword].push(err92);
err92.emUsed = true;
}
}
for(const key16 in emErrors10){
if(emErrors10[key16].length){
const err93 = {instancePath:instancePath+"/crm/url",schemaPath:"#/properties/crm/properties/url/errorMessage",keyword:"errorMessage",params:{errors: emErrors10[key16]},message:key16 in templates10 ? templates10[key16]() : schema37.properties.crm.properties.url.errorMessage[key16],schema:schema37.properties.crm.properties.url.errorMessage,parentSchema:schema37.properties.crm.properties.url,data:data23};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
const emErrs10 = [];
for(const err94 of vErrors){
if(!err94.emUsed){
emErrs10.push(err94);
}
}
vErrors = emErrs10;
errors = emErrs10.length;
}
}
}
else {
const err95 = {instancePath:instancePath+"/crm",schemaPath:"#/properties/crm/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.crm.type,parentSchema:schema37.properties.crm,data:data18};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(errors > 0){
const emErrors11 = {"minProperties":[],"maxProperties":[]};
const templates11 = {};
for(const err96 of vErrors){
if((((((err96.keyword !== "errorMessage") && (!err96.emUsed)) && (err96.instancePath === instancePath+"/crm")) && (err96.keyword in emErrors11)) && (err96.schemaPath.indexOf("#/properties/crm") === 0)) && (/^\/[^\/]*$/.test(err96.schemaPath.slice(16)))){
emErrors11[err96.keyword].push(err96);
err96.emUsed = true;
}
}
for(const key17 in emErrors11){
if(emErrors11[key17].length){
const err97 = {instancePath:instancePath+"/crm",schemaPath:"#/properties/crm/errorMessage",keyword:"errorMessage",params:{errors: emErrors11[key17]},message:key17 in templates11 ? templates11[key17]() : schema37.properties.crm.errorMessage[key17],schema:schema37.properties.crm.errorMessage,parentSchema:schema37.properties.crm,data:data18};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
const emErrs11 = [];
for(const err98 of vErrors){
if(!err98.emUsed){
emErrs11.push(err98);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
}
else {
const err99 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","additionalProperties":false,"description":"What each team is responsible for.","properties":{"marketing":{"$ref":"#/$defs/role","description":"Marketing's role."},"sales":{"$ref":"#/$defs/role","description":"Sales' role."}}};
const schema49 = {"type":"object","additionalProperties":false,"required":["summary"],"properties":{"summary":{"$ref":"#/$defs/text","description":"The role in one sentence."},"responsibilities":{"type":"array","items":{"$ref":"#/$defs/text"},"description":"The team's responsibilities, one per item."}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.summary === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "summary") || (key0 === "responsibilities"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.summary !== undefined){
let data0 = data.summary;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err2 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern7.test(data0)){
const err4 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/summary")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(12)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/summary",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema38.errorMessage[key1],schema:schema38.errorMessage,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.responsibilities !== undefined){
let data1 = data.responsibilities;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err9 = {instancePath:instancePath+"/responsibilities/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data2) < 1){
const err10 = {instancePath:instancePath+"/responsibilities/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern7.test(data2)){
const err11 = {instancePath:instancePath+"/responsibilities/" + i0,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/responsibilities/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err13 of vErrors){
if((((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && (err13.instancePath === instancePath+"/responsibilities/" + i0)) && (err13.keyword in emErrors1)) && (err13.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err13.schemaPath.slice(12)))){
emErrors1[err13.keyword].push(err13);
err13.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err14 = {instancePath:instancePath+"/responsibilities/" + i0,schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
const emErrs1 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs1.push(err15);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/responsibilities",schemaPath:"#/properties/responsibilities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.responsibilities.type,parentSchema:schema49.properties.responsibilities,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "marketing") || (key0 === "sales"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.marketing !== undefined){
if(!(validate31(data.marketing, {instancePath:instancePath+"/marketing",parentData:data,parentDataProperty:"marketing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.sales !== undefined){
if(!(validate31(data.sales, {instancePath:instancePath+"/sales",parentData:data,parentDataProperty:"sales",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"$ref":"#/$defs/id","description":"Persona id, unique among personas."},"name":{"$ref":"#/$defs/text","description":"Persona name, e.g. Operations director."},"description":{"$ref":"#/$defs/text","description":"Who they are, what they need, how they buy."},"criteria":{"$ref":"#/$defs/condition","description":"How to recognise this persona in lead data."}}};
const schema53 = {"type":"string","pattern":"^[a-z][a-z0-9-]*$","maxLength":64,"description":"Identifier: lowercase letters, digits and dashes, starting with a letter.","errorMessage":{"pattern":"must be a lowercase id such as \"first-touch\" (letters, digits and dashes, starting with a letter)","type":"must be an id written as text, such as \"first-touch\""}};
const pattern20 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const schema56 = {"type":"object","description":"A condition on lead fields: either a comparison `{field, op, value}` or a combination `all: [...]`, `any: [...]`, `not: {...}`.","additionalProperties":false,"properties":{"field":{"$ref":"#/$defs/fieldName"},"op":{"type":"string","enum":["eq","ne","in","not-in","gt","gte","lt","lte","exists","missing","contains","starts-with"],"description":"Comparison: `eq`, `ne`, `in`, `not-in`, `gt`, `gte`, `lt`, `lte`, `exists`, `missing`, `contains`, `starts-with`."},"value":{"description":"The value to compare with: a string, number or boolean; a list for `in` and `not-in`; absent for `exists` and `missing`.","anyOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]},"minItems":1}]},"all":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/condition"},"description":"True when every condition in the list is true."},"any":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/condition"},"description":"True when at least one condition in the list is true."},"not":{"$ref":"#/$defs/condition","description":"True when the condition is false."}}};
const schema57 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","description":"A lead field: a canonical field (`source`, `score`, `country`, `owner`, ...) or any attribute column of the export.","errorMessage":{"pattern":"must be a field name such as \"country\" or \"employees\""}};
const pattern23 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
const wrapper0 = {validate: validate36};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "field") || (key0 === "op")) || (key0 === "value")) || (key0 === "all")) || (key0 === "any")) || (key0 === "not"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(!pattern23.test(data0)){
const err1 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err3 of vErrors){
if((((((err3.keyword !== "errorMessage") && (!err3.emUsed)) && (err3.instancePath === instancePath+"/field")) && (err3.keyword in emErrors0)) && (err3.schemaPath.indexOf("#/$defs/fieldName") === 0)) && (/^\/[^\/]*$/.test(err3.schemaPath.slice(17)))){
emErrors0[err3.keyword].push(err3);
err3.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err4 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/fieldName/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema57.errorMessage[key1],schema:schema57.errorMessage,parentSchema:schema57,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
const emErrs0 = [];
for(const err5 of vErrors){
if(!err5.emUsed){
emErrs0.push(err5);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.op !== undefined){
let data1 = data.op;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.op.type,parentSchema:schema56.properties.op,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((((((((((data1 === "eq") || (data1 === "ne")) || (data1 === "in")) || (data1 === "not-in")) || (data1 === "gt")) || (data1 === "gte")) || (data1 === "lt")) || (data1 === "lte")) || (data1 === "exists")) || (data1 === "missing")) || (data1 === "contains")) || (data1 === "starts-with"))){
const err7 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema56.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.op.enum,parentSchema:schema56.properties.op,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/0/type",keyword:"type",params:{type: schema56.properties.value.anyOf[0].type},message:"must be string,number,boolean",schema:schema56.properties.value.anyOf[0].type,parentSchema:schema56.properties.value.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
const _errs11 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.value.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){
const err10 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/properties/value/anyOf/1/items/type",keyword:"type",params:{type: schema56.properties.value.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema56.properties.value.anyOf[1].items.type,parentSchema:schema56.properties.value.anyOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.value.anyOf[1].type,parentSchema:schema56.properties.value.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema56.properties.value.anyOf,parentSchema:schema56.properties.value,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.all !== undefined){
let data4 = data.all;
if(Array.isArray(data4)){
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.all,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(wrapper0.validate(data4[i1], {instancePath:instancePath+"/all/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.all.type,parentSchema:schema56.properties.all,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.any !== undefined){
let data6 = data.any;
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.any,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(wrapper0.validate(data6[i2], {instancePath:instancePath+"/any/" + i2,parentData:data6,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.any.type,parentSchema:schema56.properties.any,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.not !== undefined){
if(!(wrapper0.validate(data.not, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "name")) || (key0 === "description")) || (key0 === "criteria"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/id")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(10)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern7.test(data1)){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err13 of vErrors){
if((((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && (err13.instancePath === instancePath+"/name")) && (err13.keyword in emErrors1)) && (err13.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err13.schemaPath.slice(12)))){
emErrors1[err13.keyword].push(err13);
err13.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
const emErrs1 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs1.push(err15);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data2) < 1){
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern7.test(data2)){
const err18 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err20 of vErrors){
if((((((err20.keyword !== "errorMessage") && (!err20.emUsed)) && (err20.instancePath === instancePath+"/description")) && (err20.keyword in emErrors2)) && (err20.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err20.schemaPath.slice(12)))){
emErrors2[err20.keyword].push(err20);
err20.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema38.errorMessage[key3],schema:schema38.errorMessage,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
const emErrs2 = [];
for(const err22 of vErrors){
if(!err22.emUsed){
emErrs2.push(err22);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.criteria !== undefined){
if(!(validate36(data.criteria, {instancePath:instancePath+"/criteria",parentData:data,parentDataProperty:"criteria",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"type":"object","additionalProperties":false,"required":["id","owner"],"properties":{"id":{"$ref":"#/$defs/id","description":"Stage id, unique among stages; used as the event of entering the stage."},"name":{"$ref":"#/$defs/text","description":"Display name, e.g. Marketing qualified lead."},"kind":{"type":"string","enum":["lead","mql","sal","sql","opportunity","customer","lost","recycled","disqualified"],"description":"Which standard lifecycle stage this is; it tells which timestamp of the lead data marks entry. Defaults to the id when the id is a standard stage."},"owner":{"$ref":"#/$defs/team","description":"The team that works leads in this stage."},"description":{"$ref":"#/$defs/text","description":"What this stage means."},"entry":{"$ref":"#/$defs/text","description":"Entry criteria, in words."},"personas":{"type":"array","items":{"$ref":"#/$defs/id"},"description":"Personas this stage applies to (ids from `personas`)."}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.owner === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "kind")) || (key0 === "owner")) || (key0 === "description")) || (key0 === "entry")) || (key0 === "personas"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/id")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(10)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern7.test(data1)){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err13 of vErrors){
if((((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && (err13.instancePath === instancePath+"/name")) && (err13.keyword in emErrors1)) && (err13.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err13.schemaPath.slice(12)))){
emErrors1[err13.keyword].push(err13);
err13.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
const emErrs1 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs1.push(err15);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err16 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.kind.type,parentSchema:schema58.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((((((((data2 === "lead") || (data2 === "mql")) || (data2 === "sal")) || (data2 === "sql")) || (data2 === "opportunity")) || (data2 === "customer")) || (data2 === "lost")) || (data2 === "recycled")) || (data2 === "disqualified"))){
const err17 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema58.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.kind.enum,parentSchema:schema58.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.owner !== undefined){
let data3 = data.owner;
if(typeof data3 !== "string"){
const err18 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data3 === "marketing") || (data3 === "sales"))){
const err19 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func3(data4) > 4000){
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func3(data4) < 1){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern7.test(data4)){
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err24 of vErrors){
if((((((err24.keyword !== "errorMessage") && (!err24.emUsed)) && (err24.instancePath === instancePath+"/description")) && (err24.keyword in emErrors2)) && (err24.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err24.schemaPath.slice(12)))){
emErrors2[err24.keyword].push(err24);
err24.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err25 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema38.errorMessage[key3],schema:schema38.errorMessage,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
const emErrs2 = [];
for(const err26 of vErrors){
if(!err26.emUsed){
emErrs2.push(err26);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.entry !== undefined){
let data5 = data.entry;
if(typeof data5 === "string"){
if(func3(data5) > 4000){
const err27 = {instancePath:instancePath+"/entry",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func3(data5) < 1){
const err28 = {instancePath:instancePath+"/entry",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern7.test(data5)){
const err29 = {instancePath:instancePath+"/entry",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/entry",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[]};
const templates3 = {};
for(const err31 of vErrors){
if((((((err31.keyword !== "errorMessage") && (!err31.emUsed)) && (err31.instancePath === instancePath+"/entry")) && (err31.keyword in emErrors3)) && (err31.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err31.schemaPath.slice(12)))){
emErrors3[err31.keyword].push(err31);
err31.emUsed = true;
}
}
for(const key4 in emErrors3){
if(emErrors3[key4].length){
const err32 = {instancePath:instancePath+"/entry",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key4]},message:key4 in templates3 ? templates3[key4]() : schema38.errorMessage[key4],schema:schema38.errorMessage,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
const emErrs3 = [];
for(const err33 of vErrors){
if(!err33.emUsed){
emErrs3.push(err33);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.personas !== undefined){
let data6 = data.personas;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) > 64){
const err34 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern20.test(data7)){
const err35 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"pattern":[],"type":[]};
const templates4 = {};
for(const err37 of vErrors){
if((((((err37.keyword !== "errorMessage") && (!err37.emUsed)) && (err37.instancePath === instancePath+"/personas/" + i0)) && (err37.keyword in emErrors4)) && (err37.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err37.schemaPath.slice(10)))){
emErrors4[err37.keyword].push(err37);
err37.emUsed = true;
}
}
for(const key5 in emErrors4){
if(emErrors4[key5].length){
const err38 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key5]},message:key5 in templates4 ? templates4[key5]() : schema53.errorMessage[key5],schema:schema53.errorMessage,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
const emErrs4 = [];
for(const err39 of vErrors){
if(!err39.emUsed){
emErrs4.push(err39);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
}
else {
const err40 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.personas.type,parentSchema:schema58.properties.personas,data:data6};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","additionalProperties":false,"description":"The shared definition of a qualified lead: fit, engagement, scoring and thresholds.","properties":{"description":{"$ref":"#/$defs/text","description":"The definition in words."},"personas":{"type":"array","items":{"$ref":"#/$defs/id"},"description":"Personas a qualified lead must match one of (ids from `personas`)."},"fit":{"$ref":"#/$defs/condition","description":"Who the lead is: conditions on firmographic fields that must hold."},"engagement":{"$ref":"#/$defs/condition","description":"What the lead did: conditions on behaviour that must hold."},"scoring":{"$ref":"#/$defs/scoring"},"thresholds":{"type":"array","minItems":1,"description":"Score thresholds that move a lead into a stage.","items":{"type":"object","additionalProperties":false,"required":["id","stage","score"],"properties":{"id":{"$ref":"#/$defs/id","description":"Threshold id."},"stage":{"$ref":"#/$defs/id","description":"The stage a lead enters when it reaches the score."},"score":{"type":"number","description":"Minimum total score."},"minFit":{"type":"number","description":"Minimum fit score as well, if any."},"minEngagement":{"type":"number","description":"Minimum engagement score as well, if any."}}}}}};
const schema68 = {"type":"object","additionalProperties":false,"required":["rules"],"description":"Lead scoring: points per attribute or action, negative points, caps and decay.","properties":{"rules":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","category","when","points"],"properties":{"id":{"$ref":"#/$defs/id","description":"Rule id."},"category":{"type":"string","enum":["fit","engagement"],"description":"`fit` (who the lead is) or `engagement` (what the lead did)."},"description":{"$ref":"#/$defs/text","description":"The rule in words."},"when":{"$ref":"#/$defs/condition","description":"When the rule awards its points."},"points":{"type":"integer","minimum":-1000,"maximum":1000,"description":"Points awarded; negative to subtract."},"max":{"type":"integer","minimum":0,"description":"Cap on the points this rule can add when it repeats (per action)."}}},"description":"Scoring rules: each awards points (negative to subtract) when its condition holds."},"caps":{"type":"object","additionalProperties":false,"description":"Maximum points per category and in total.","properties":{"fit":{"type":"integer","minimum":0,"description":"Maximum fit points."},"engagement":{"type":"integer","minimum":0,"description":"Maximum engagement points."},"total":{"type":"integer","minimum":0,"description":"Maximum total score."}}},"decay":{"type":"object","additionalProperties":false,"required":["every","by"],"description":"Engagement points fade when a lead goes quiet.","properties":{"every":{"$ref":"#/$defs/duration","description":"How often points decay, e.g. 30d."},"by":{"$ref":"#/$defs/percentage","description":"The share of engagement points lost each time, e.g. 25%."},"category":{"type":"string","enum":["fit","engagement"],"default":"engagement","description":"The category that decays; engagement by default."}}}}};
const schema71 = {"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$","description":"A duration with a unit: `90m` minutes, `4h` hours, `3d` days, `2w` weeks, `4bh` business hours, `2bd` business days.","errorMessage":{"pattern":"must be a duration such as \"90m\", \"4h\", \"3d\", \"2w\", \"4bh\" or \"2bd\"","type":"must be a duration with a unit, such as \"4h\", \"90m\" or \"2bd\""}};
const schema72 = {"description":"A share: `95%` or a ratio such as 0.95.","anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?%$"}],"errorMessage":"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95"};
const pattern33 = new RegExp("^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$", "u");
const pattern34 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rules === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "rules") || (key0 === "caps")) || (key0 === "decay"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.rules !== undefined){
let data0 = data.rules;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema68.properties.rules,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err3 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema68.properties.rules.items.required,parentSchema:schema68.properties.rules.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.category === undefined){
const err4 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema68.properties.rules.items.required,parentSchema:schema68.properties.rules.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.when === undefined){
const err5 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema68.properties.rules.items.required,parentSchema:schema68.properties.rules.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.points === undefined){
const err6 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema68.properties.rules.items.required,parentSchema:schema68.properties.rules.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "id") || (key1 === "category")) || (key1 === "description")) || (key1 === "when")) || (key1 === "points")) || (key1 === "max"))){
const err7 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.rules.items,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func3(data2) > 64){
const err8 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern20.test(data2)){
const err9 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err11 of vErrors){
if((((((err11.keyword !== "errorMessage") && (!err11.emUsed)) && (err11.instancePath === instancePath+"/rules/" + i0+"/id")) && (err11.keyword in emErrors0)) && (err11.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err11.schemaPath.slice(10)))){
emErrors0[err11.keyword].push(err11);
err11.emUsed = true;
}
}
for(const key2 in emErrors0){
if(emErrors0[key2].length){
const err12 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key2]},message:key2 in templates0 ? templates0[key2]() : schema53.errorMessage[key2],schema:schema53.errorMessage,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
const emErrs0 = [];
for(const err13 of vErrors){
if(!err13.emUsed){
emErrs0.push(err13);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data1.category !== undefined){
let data3 = data1.category;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/rules/" + i0+"/category",schemaPath:"#/properties/rules/items/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.rules.items.properties.category.type,parentSchema:schema68.properties.rules.items.properties.category,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data3 === "fit") || (data3 === "engagement"))){
const err15 = {instancePath:instancePath+"/rules/" + i0+"/category",schemaPath:"#/properties/rules/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema68.properties.rules.items.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.rules.items.properties.category.enum,parentSchema:schema68.properties.rules.items.properties.category,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.description !== undefined){
let data4 = data1.description;
if(typeof data4 === "string"){
if(func3(data4) > 4000){
const err16 = {instancePath:instancePath+"/rules/" + i0+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data4) < 1){
const err17 = {instancePath:instancePath+"/rules/" + i0+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern7.test(data4)){
const err18 = {instancePath:instancePath+"/rules/" + i0+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/rules/" + i0+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err20 of vErrors){
if((((((err20.keyword !== "errorMessage") && (!err20.emUsed)) && (err20.instancePath === instancePath+"/rules/" + i0+"/description")) && (err20.keyword in emErrors1)) && (err20.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err20.schemaPath.slice(12)))){
emErrors1[err20.keyword].push(err20);
err20.emUsed = true;
}
}
for(const key3 in emErrors1){
if(emErrors1[key3].length){
const err21 = {instancePath:instancePath+"/rules/" + i0+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key3]},message:key3 in templates1 ? templates1[key3]() : schema38.errorMessage[key3],schema:schema38.errorMessage,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
const emErrs1 = [];
for(const err22 of vErrors){
if(!err22.emUsed){
emErrs1.push(err22);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data1.when !== undefined){
if(!(validate36(data1.when, {instancePath:instancePath+"/rules/" + i0+"/when",parentData:data1,parentDataProperty:"when",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data1.points !== undefined){
let data6 = data1.points;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err23 = {instancePath:instancePath+"/rules/" + i0+"/points",schemaPath:"#/properties/rules/items/properties/points/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.rules.items.properties.points.type,parentSchema:schema68.properties.rules.items.properties.points,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/rules/" + i0+"/points",schemaPath:"#/properties/rules/items/properties/points/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema68.properties.rules.items.properties.points,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6 < -1000 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/rules/" + i0+"/points",schemaPath:"#/properties/rules/items/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema68.properties.rules.items.properties.points,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data1.max !== undefined){
let data7 = data1.max;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err26 = {instancePath:instancePath+"/rules/" + i0+"/max",schemaPath:"#/properties/rules/items/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.rules.items.properties.max.type,parentSchema:schema68.properties.rules.items.properties.max,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err27 = {instancePath:instancePath+"/rules/" + i0+"/max",schemaPath:"#/properties/rules/items/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema68.properties.rules.items.properties.max,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.rules.items.type,parentSchema:schema68.properties.rules.items,data:data1};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.rules.type,parentSchema:schema68.properties.rules,data:data0};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.caps !== undefined){
let data8 = data.caps;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key4 in data8){
if(!(((key4 === "fit") || (key4 === "engagement")) || (key4 === "total"))){
const err30 = {instancePath:instancePath+"/caps",schemaPath:"#/properties/caps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.caps,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8.fit !== undefined){
let data9 = data8.fit;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err31 = {instancePath:instancePath+"/caps/fit",schemaPath:"#/properties/caps/properties/fit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.caps.properties.fit.type,parentSchema:schema68.properties.caps.properties.fit,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/caps/fit",schemaPath:"#/properties/caps/properties/fit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema68.properties.caps.properties.fit,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data8.engagement !== undefined){
let data10 = data8.engagement;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err33 = {instancePath:instancePath+"/caps/engagement",schemaPath:"#/properties/caps/properties/engagement/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.caps.properties.engagement.type,parentSchema:schema68.properties.caps.properties.engagement,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/caps/engagement",schemaPath:"#/properties/caps/properties/engagement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema68.properties.caps.properties.engagement,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data8.total !== undefined){
let data11 = data8.total;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err35 = {instancePath:instancePath+"/caps/total",schemaPath:"#/properties/caps/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.caps.properties.total.type,parentSchema:schema68.properties.caps.properties.total,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err36 = {instancePath:instancePath+"/caps/total",schemaPath:"#/properties/caps/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema68.properties.caps.properties.total,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/caps",schemaPath:"#/properties/caps/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.caps.type,parentSchema:schema68.properties.caps,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.decay !== undefined){
let data12 = data.decay;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.every === undefined){
const err38 = {instancePath:instancePath+"/decay",schemaPath:"#/properties/decay/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'",schema:schema68.properties.decay.required,parentSchema:schema68.properties.decay,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data12.by === undefined){
const err39 = {instancePath:instancePath+"/decay",schemaPath:"#/properties/decay/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema68.properties.decay.required,parentSchema:schema68.properties.decay,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key5 in data12){
if(!(((key5 === "every") || (key5 === "by")) || (key5 === "category"))){
const err40 = {instancePath:instancePath+"/decay",schemaPath:"#/properties/decay/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.decay,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data12.every !== undefined){
let data13 = data12.every;
if(typeof data13 === "string"){
if(!pattern33.test(data13)){
const err41 = {instancePath:instancePath+"/decay/every",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$",parentSchema:schema71,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/decay/every",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[],"type":[]};
const templates2 = {};
for(const err43 of vErrors){
if((((((err43.keyword !== "errorMessage") && (!err43.emUsed)) && (err43.instancePath === instancePath+"/decay/every")) && (err43.keyword in emErrors2)) && (err43.schemaPath.indexOf("#/$defs/duration") === 0)) && (/^\/[^\/]*$/.test(err43.schemaPath.slice(16)))){
emErrors2[err43.keyword].push(err43);
err43.emUsed = true;
}
}
for(const key6 in emErrors2){
if(emErrors2[key6].length){
const err44 = {instancePath:instancePath+"/decay/every",schemaPath:"#/$defs/duration/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key6]},message:key6 in templates2 ? templates2[key6]() : schema71.errorMessage[key6],schema:schema71.errorMessage,parentSchema:schema71,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
const emErrs2 = [];
for(const err45 of vErrors){
if(!err45.emUsed){
emErrs2.push(err45);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data12.by !== undefined){
let data14 = data12.by;
const _errs37 = errors;
let valid10 = false;
const _errs38 = errors;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1 || isNaN(data14)){
const err46 = {instancePath:instancePath+"/decay/by",schemaPath:"#/$defs/percentage/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema72.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err47 = {instancePath:instancePath+"/decay/by",schemaPath:"#/$defs/percentage/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/decay/by",schemaPath:"#/$defs/percentage/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema72.anyOf[0].type,parentSchema:schema72.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid0 = _errs38 === errors;
valid10 = valid10 || _valid0;
const _errs40 = errors;
if(typeof data14 === "string"){
if(!pattern34.test(data14)){
const err49 = {instancePath:instancePath+"/decay/by",schemaPath:"#/$defs/percentage/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?%$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?%$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?%$",parentSchema:schema72.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/decay/by",schemaPath:"#/$defs/percentage/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.anyOf[1].type,parentSchema:schema72.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid0 = _errs40 === errors;
valid10 = valid10 || _valid0;
if(!valid10){
const err51 = {instancePath:instancePath+"/decay/by",schemaPath:"#/$defs/percentage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.anyOf,parentSchema:schema72,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs3 = [];
for(const err52 of vErrors){
if(((((err52.keyword !== "errorMessage") && (!err52.emUsed)) && ((err52.instancePath === instancePath+"/decay/by") || ((err52.instancePath.indexOf(instancePath+"/decay/by") === 0) && (err52.instancePath[instancePath+"/decay/by".length] === "/")))) && (err52.schemaPath.indexOf("#/$defs/percentage") === 0)) && (err52.schemaPath["#/$defs/percentage".length] === "/")){
emErrs3.push(err52);
err52.emUsed = true;
}
}
if(emErrs3.length){
const err53 = {instancePath:instancePath+"/decay/by",schemaPath:"#/$defs/percentage/errorMessage",keyword:"errorMessage",params:{errors: emErrs3},message:"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95",schema:"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95",parentSchema:schema72,data:data14};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const emErrs4 = [];
for(const err54 of vErrors){
if(!err54.emUsed){
emErrs4.push(err54);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
if(data12.category !== undefined){
let data15 = data12.category;
if(typeof data15 !== "string"){
const err55 = {instancePath:instancePath+"/decay/category",schemaPath:"#/properties/decay/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.decay.properties.category.type,parentSchema:schema68.properties.decay.properties.category,data:data15};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!((data15 === "fit") || (data15 === "engagement"))){
const err56 = {instancePath:instancePath+"/decay/category",schemaPath:"#/properties/decay/properties/category/enum",keyword:"enum",params:{allowedValues: schema68.properties.decay.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.decay.properties.category.enum,parentSchema:schema68.properties.decay.properties.category,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/decay",schemaPath:"#/properties/decay/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.decay.type,parentSchema:schema68.properties.decay,data:data12};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "description") || (key0 === "personas")) || (key0 === "fit")) || (key0 === "engagement")) || (key0 === "scoring")) || (key0 === "thresholds"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern7.test(data0)){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err5 of vErrors){
if((((((err5.keyword !== "errorMessage") && (!err5.emUsed)) && (err5.instancePath === instancePath+"/description")) && (err5.keyword in emErrors0)) && (err5.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err5.schemaPath.slice(12)))){
emErrors0[err5.keyword].push(err5);
err5.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema38.errorMessage[key1],schema:schema38.errorMessage,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
const emErrs0 = [];
for(const err7 of vErrors){
if(!err7.emUsed){
emErrs0.push(err7);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.personas !== undefined){
let data1 = data.personas;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) > 64){
const err8 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern20.test(data2)){
const err9 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[],"type":[]};
const templates1 = {};
for(const err11 of vErrors){
if((((((err11.keyword !== "errorMessage") && (!err11.emUsed)) && (err11.instancePath === instancePath+"/personas/" + i0)) && (err11.keyword in emErrors1)) && (err11.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err11.schemaPath.slice(10)))){
emErrors1[err11.keyword].push(err11);
err11.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err12 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema53.errorMessage[key2],schema:schema53.errorMessage,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
const emErrs1 = [];
for(const err13 of vErrors){
if(!err13.emUsed){
emErrs1.push(err13);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.personas.type,parentSchema:schema65.properties.personas,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.fit !== undefined){
if(!(validate36(data.fit, {instancePath:instancePath+"/fit",parentData:data,parentDataProperty:"fit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.engagement !== undefined){
if(!(validate36(data.engagement, {instancePath:instancePath+"/engagement",parentData:data,parentDataProperty:"engagement",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.scoring !== undefined){
if(!(validate44(data.scoring, {instancePath:instancePath+"/scoring",parentData:data,parentDataProperty:"scoring",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.thresholds !== undefined){
let data6 = data.thresholds;
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema65.properties.thresholds,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err16 = {instancePath:instancePath+"/thresholds/" + i1,schemaPath:"#/properties/thresholds/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema65.properties.thresholds.items.required,parentSchema:schema65.properties.thresholds.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.stage === undefined){
const err17 = {instancePath:instancePath+"/thresholds/" + i1,schemaPath:"#/properties/thresholds/items/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'",schema:schema65.properties.thresholds.items.required,parentSchema:schema65.properties.thresholds.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.score === undefined){
const err18 = {instancePath:instancePath+"/thresholds/" + i1,schemaPath:"#/properties/thresholds/items/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'",schema:schema65.properties.thresholds.items.required,parentSchema:schema65.properties.thresholds.items,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data7){
if(!(((((key3 === "id") || (key3 === "stage")) || (key3 === "score")) || (key3 === "minFit")) || (key3 === "minEngagement"))){
const err19 = {instancePath:instancePath+"/thresholds/" + i1,schemaPath:"#/properties/thresholds/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema65.properties.thresholds.items,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func3(data8) > 64){
const err20 = {instancePath:instancePath+"/thresholds/" + i1+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern20.test(data8)){
const err21 = {instancePath:instancePath+"/thresholds/" + i1+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/thresholds/" + i1+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[],"type":[]};
const templates2 = {};
for(const err23 of vErrors){
if((((((err23.keyword !== "errorMessage") && (!err23.emUsed)) && (err23.instancePath === instancePath+"/thresholds/" + i1+"/id")) && (err23.keyword in emErrors2)) && (err23.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err23.schemaPath.slice(10)))){
emErrors2[err23.keyword].push(err23);
err23.emUsed = true;
}
}
for(const key4 in emErrors2){
if(emErrors2[key4].length){
const err24 = {instancePath:instancePath+"/thresholds/" + i1+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key4]},message:key4 in templates2 ? templates2[key4]() : schema53.errorMessage[key4],schema:schema53.errorMessage,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
const emErrs2 = [];
for(const err25 of vErrors){
if(!err25.emUsed){
emErrs2.push(err25);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data7.stage !== undefined){
let data9 = data7.stage;
if(typeof data9 === "string"){
if(func3(data9) > 64){
const err26 = {instancePath:instancePath+"/thresholds/" + i1+"/stage",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern20.test(data9)){
const err27 = {instancePath:instancePath+"/thresholds/" + i1+"/stage",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/thresholds/" + i1+"/stage",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[],"type":[]};
const templates3 = {};
for(const err29 of vErrors){
if((((((err29.keyword !== "errorMessage") && (!err29.emUsed)) && (err29.instancePath === instancePath+"/thresholds/" + i1+"/stage")) && (err29.keyword in emErrors3)) && (err29.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err29.schemaPath.slice(10)))){
emErrors3[err29.keyword].push(err29);
err29.emUsed = true;
}
}
for(const key5 in emErrors3){
if(emErrors3[key5].length){
const err30 = {instancePath:instancePath+"/thresholds/" + i1+"/stage",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key5]},message:key5 in templates3 ? templates3[key5]() : schema53.errorMessage[key5],schema:schema53.errorMessage,parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
const emErrs3 = [];
for(const err31 of vErrors){
if(!err31.emUsed){
emErrs3.push(err31);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data7.score !== undefined){
let data10 = data7.score;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err32 = {instancePath:instancePath+"/thresholds/" + i1+"/score",schemaPath:"#/properties/thresholds/items/properties/score/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema65.properties.thresholds.items.properties.score.type,parentSchema:schema65.properties.thresholds.items.properties.score,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data7.minFit !== undefined){
let data11 = data7.minFit;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err33 = {instancePath:instancePath+"/thresholds/" + i1+"/minFit",schemaPath:"#/properties/thresholds/items/properties/minFit/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema65.properties.thresholds.items.properties.minFit.type,parentSchema:schema65.properties.thresholds.items.properties.minFit,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.minEngagement !== undefined){
let data12 = data7.minEngagement;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err34 = {instancePath:instancePath+"/thresholds/" + i1+"/minEngagement",schemaPath:"#/properties/thresholds/items/properties/minEngagement/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema65.properties.thresholds.items.properties.minEngagement.type,parentSchema:schema65.properties.thresholds.items.properties.minEngagement,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/thresholds/" + i1,schemaPath:"#/properties/thresholds/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties.thresholds.items.type,parentSchema:schema65.properties.thresholds.items,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.thresholds.type,parentSchema:schema65.properties.thresholds,data:data6};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema75 = {"type":"object","additionalProperties":false,"required":["period","revenue"],"description":"The revenue target and the funnel arithmetic worked back from it.","properties":{"period":{"$ref":"#/$defs/period","description":"The period the target is for, e.g. month."},"revenue":{"$ref":"#/$defs/money","description":"Revenue to win per period."},"dealSize":{"type":"number","exclusiveMinimum":0,"description":"Average deal size; deals needed = revenue ÷ deal size, rounded up."},"deals":{"type":"integer","minimum":1,"description":"Deals needed per period, when stated instead of a deal size."},"conversions":{"type":"array","description":"Conversion rates along the funnel, used to work back how many leads each stage needs.","items":{"$ref":"#/$defs/conversion"}}}};
const schema76 = {"type":"string","enum":["week","month","quarter","half-year","year"],"description":"A calendar period in the contract's time zone."};
const schema77 = {"type":"number","minimum":0,"description":"An amount in the contract's currency."};
const schema78 = {"type":"object","additionalProperties":false,"required":["from","to"],"description":"A stage-to-stage conversion rate: `rate: 12.5%` or `oneIn: 8` (one in eight).","properties":{"from":{"$ref":"#/$defs/id","description":"Stage the leads start in."},"to":{"$ref":"#/$defs/id","description":"Stage they convert to."},"rate":{"$ref":"#/$defs/percentage","description":"Share of `from` leads that reach `to`."},"oneIn":{"type":"number","minimum":1,"description":"One `to` per this many `from` leads (the rate is 1/oneIn), e.g. 8 for one deal in eight leads."}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.to === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "from") || (key0 === "to")) || (key0 === "rate")) || (key0 === "oneIn"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.from !== undefined){
let data0 = data.from;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err3 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/from")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(10)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.to !== undefined){
let data1 = data.to;
if(typeof data1 === "string"){
if(func3(data1) > 64){
const err9 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern20.test(data1)){
const err10 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[],"type":[]};
const templates1 = {};
for(const err12 of vErrors){
if((((((err12.keyword !== "errorMessage") && (!err12.emUsed)) && (err12.instancePath === instancePath+"/to")) && (err12.keyword in emErrors1)) && (err12.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err12.schemaPath.slice(10)))){
emErrors1[err12.keyword].push(err12);
err12.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err13 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema53.errorMessage[key2],schema:schema53.errorMessage,parentSchema:schema53,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
const emErrs1 = [];
for(const err14 of vErrors){
if(!err14.emUsed){
emErrs1.push(err14);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.rate !== undefined){
let data2 = data.rate;
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/percentage/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema72.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/percentage/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/percentage/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema72.anyOf[0].type,parentSchema:schema72.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid4 = valid4 || _valid0;
const _errs13 = errors;
if(typeof data2 === "string"){
if(!pattern34.test(data2)){
const err18 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/percentage/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?%$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?%$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?%$",parentSchema:schema72.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/percentage/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.anyOf[1].type,parentSchema:schema72.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err20 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/percentage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.anyOf,parentSchema:schema72,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs2 = [];
for(const err21 of vErrors){
if(((((err21.keyword !== "errorMessage") && (!err21.emUsed)) && ((err21.instancePath === instancePath+"/rate") || ((err21.instancePath.indexOf(instancePath+"/rate") === 0) && (err21.instancePath[instancePath+"/rate".length] === "/")))) && (err21.schemaPath.indexOf("#/$defs/percentage") === 0)) && (err21.schemaPath["#/$defs/percentage".length] === "/")){
emErrs2.push(err21);
err21.emUsed = true;
}
}
if(emErrs2.length){
const err22 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/percentage/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95",schema:"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95",parentSchema:schema72,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const emErrs3 = [];
for(const err23 of vErrors){
if(!err23.emUsed){
emErrs3.push(err23);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.oneIn !== undefined){
let data3 = data.oneIn;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err24 = {instancePath:instancePath+"/oneIn",schemaPath:"#/properties/oneIn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.oneIn,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/oneIn",schemaPath:"#/properties/oneIn/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema78.properties.oneIn.type,parentSchema:schema78.properties.oneIn,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.period === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.revenue === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revenue"},message:"must have required property '"+"revenue"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "period") || (key0 === "revenue")) || (key0 === "dealSize")) || (key0 === "deals")) || (key0 === "conversions"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.period !== undefined){
let data0 = data.period;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((data0 === "week") || (data0 === "month")) || (data0 === "quarter")) || (data0 === "half-year")) || (data0 === "year"))){
const err4 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.revenue !== undefined){
let data1 = data.revenue;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/revenue",schemaPath:"#/$defs/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema77,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/revenue",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema77.type,parentSchema:schema77,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.dealSize !== undefined){
let data2 = data.dealSize;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/dealSize",schemaPath:"#/properties/dealSize/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema75.properties.dealSize,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/dealSize",schemaPath:"#/properties/dealSize/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema75.properties.dealSize.type,parentSchema:schema75.properties.dealSize,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.deals !== undefined){
let data3 = data.deals;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/deals",schemaPath:"#/properties/deals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.properties.deals.type,parentSchema:schema75.properties.deals,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/deals",schemaPath:"#/properties/deals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema75.properties.deals,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.conversions !== undefined){
let data4 = data.conversions;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate49(data4[i0], {instancePath:instancePath+"/conversions/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/conversions",schemaPath:"#/properties/conversions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.properties.conversions.type,parentSchema:schema75.properties.conversions,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema82 = {"type":"object","description":"A promise one team makes per period.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"title":"VolumeCommitment","type":"object","additionalProperties":false,"required":["id","owner","kind","goal","stage"],"properties":{"id":{"$ref":"#/$defs/id","description":"Commitment id."},"owner":{"$ref":"#/$defs/team","description":"The team that makes this promise."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"period":{"$ref":"#/$defs/period","description":"The period the goal applies to; defaults to the targets' period, then month."},"when":{"$ref":"#/$defs/condition","description":"Only leads matching this condition count."},"kind":{"const":"volume","description":"`volume`: at least `goal` leads enter `stage` per period."},"stage":{"$ref":"#/$defs/id","description":"The stage counted."},"goal":{"type":"integer","minimum":0,"description":"Minimum number of leads per period."}}},{"title":"ConversionCommitment","type":"object","additionalProperties":false,"required":["id","owner","kind","goal","from","to"],"properties":{"id":{"$ref":"#/$defs/id","description":"Commitment id."},"owner":{"$ref":"#/$defs/team","description":"The team that makes this promise."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"period":{"$ref":"#/$defs/period","description":"The period the goal applies to; defaults to the targets' period, then month."},"when":{"$ref":"#/$defs/condition","description":"Only leads matching this condition count."},"kind":{"const":"conversion","description":"`conversion` (quality): at least `goal` of the leads entering `from` in the period reach `to`."},"from":{"$ref":"#/$defs/id","description":"Stage of the cohort."},"to":{"$ref":"#/$defs/id","description":"Stage they should reach."},"goal":{"$ref":"#/$defs/percentage","description":"Minimum conversion rate."}}},{"title":"PipelineCommitment","type":"object","additionalProperties":false,"required":["id","owner","kind","goal"],"properties":{"id":{"$ref":"#/$defs/id","description":"Commitment id."},"owner":{"$ref":"#/$defs/team","description":"The team that makes this promise."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"period":{"$ref":"#/$defs/period","description":"The period the goal applies to; defaults to the targets' period, then month."},"when":{"$ref":"#/$defs/condition","description":"Only leads matching this condition count."},"kind":{"const":"pipeline","description":"`pipeline`: deal amount of leads entering `stage` (opportunity by default) per period."},"stage":{"$ref":"#/$defs/id","description":"The stage whose entries count; the opportunity stage by default."},"goal":{"$ref":"#/$defs/money","description":"Minimum pipeline amount per period."}}},{"title":"RevenueCommitment","type":"object","additionalProperties":false,"required":["id","owner","kind","goal"],"properties":{"id":{"$ref":"#/$defs/id","description":"Commitment id."},"owner":{"$ref":"#/$defs/team","description":"The team that makes this promise."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"period":{"$ref":"#/$defs/period","description":"The period the goal applies to; defaults to the targets' period, then month."},"when":{"$ref":"#/$defs/condition","description":"Only leads matching this condition count."},"kind":{"const":"revenue","description":"`revenue`: deal amount won per period."},"goal":{"$ref":"#/$defs/money","description":"Minimum revenue won per period."}}}]};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "volume"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema82.oneOf[0].required,parentSchema:schema82.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.owner === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema82.oneOf[0].required,parentSchema:schema82.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema82.oneOf[0].required,parentSchema:schema82.oneOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.goal === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema82.oneOf[0].required,parentSchema:schema82.oneOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.stage === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'",schema:schema82.oneOf[0].required,parentSchema:schema82.oneOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "owner")) || (key0 === "description")) || (key0 === "period")) || (key0 === "when")) || (key0 === "kind")) || (key0 === "stage")) || (key0 === "goal"))){
const err6 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82.oneOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern20.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err10 of vErrors){
if((((((err10.keyword !== "errorMessage") && (!err10.emUsed)) && (err10.instancePath === instancePath+"/id")) && (err10.keyword in emErrors0)) && (err10.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err10.schemaPath.slice(10)))){
emErrors0[err10.keyword].push(err10);
err10.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
const emErrs0 = [];
for(const err12 of vErrors){
if(!err12.emUsed){
emErrs0.push(err12);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.owner !== undefined){
let data1 = data.owner;
if(typeof data1 !== "string"){
const err13 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data1 === "marketing") || (data1 === "sales"))){
const err14 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data2) < 1){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern7.test(data2)){
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err19 of vErrors){
if((((((err19.keyword !== "errorMessage") && (!err19.emUsed)) && (err19.instancePath === instancePath+"/description")) && (err19.keyword in emErrors1)) && (err19.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err19.schemaPath.slice(12)))){
emErrors1[err19.keyword].push(err19);
err19.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
const emErrs1 = [];
for(const err21 of vErrors){
if(!err21.emUsed){
emErrs1.push(err21);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.period !== undefined){
let data3 = data.period;
if(typeof data3 !== "string"){
const err22 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((data3 === "week") || (data3 === "month")) || (data3 === "quarter")) || (data3 === "half-year")) || (data3 === "year"))){
const err23 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.when !== undefined){
if(!(validate36(data.when, {instancePath:instancePath+"/when",parentData:data,parentDataProperty:"when",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.kind !== undefined){
let data5 = data.kind;
if("volume" !== data5){
const err24 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "volume"},message:"must be equal to constant",schema:"volume",parentSchema:schema82.oneOf[0].properties.kind,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.stage !== undefined){
let data6 = data.stage;
if(typeof data6 === "string"){
if(func3(data6) > 64){
const err25 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern20.test(data6)){
const err26 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[],"type":[]};
const templates2 = {};
for(const err28 of vErrors){
if((((((err28.keyword !== "errorMessage") && (!err28.emUsed)) && (err28.instancePath === instancePath+"/stage")) && (err28.keyword in emErrors2)) && (err28.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err28.schemaPath.slice(10)))){
emErrors2[err28.keyword].push(err28);
err28.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err29 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema53.errorMessage[key3],schema:schema53.errorMessage,parentSchema:schema53,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
const emErrs2 = [];
for(const err30 of vErrors){
if(!err30.emUsed){
emErrs2.push(err30);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.goal !== undefined){
let data7 = data.goal;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err31 = {instancePath:instancePath+"/goal",schemaPath:"#/oneOf/0/properties/goal/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.oneOf[0].properties.goal.type,parentSchema:schema82.oneOf[0].properties.goal,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err32 = {instancePath:instancePath+"/goal",schemaPath:"#/oneOf/0/properties/goal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema82.oneOf[0].properties.goal,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.oneOf[0].type,parentSchema:schema82.oneOf[0],data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var props0 = true;
}
else if(tag0 === "conversion"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err34 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema82.oneOf[1].required,parentSchema:schema82.oneOf[1],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.owner === undefined){
const err35 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema82.oneOf[1].required,parentSchema:schema82.oneOf[1],data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.kind === undefined){
const err36 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema82.oneOf[1].required,parentSchema:schema82.oneOf[1],data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data.goal === undefined){
const err37 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema82.oneOf[1].required,parentSchema:schema82.oneOf[1],data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data.from === undefined){
const err38 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema82.oneOf[1].required,parentSchema:schema82.oneOf[1],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data.to === undefined){
const err39 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema82.oneOf[1].required,parentSchema:schema82.oneOf[1],data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key4 in data){
if(!(func1.call(schema82.oneOf[1].properties, key4))){
const err40 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema82.oneOf[1],data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.id !== undefined){
let data8 = data.id;
if(typeof data8 === "string"){
if(func3(data8) > 64){
const err41 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern20.test(data8)){
const err42 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[],"type":[]};
const templates3 = {};
for(const err44 of vErrors){
if((((((err44.keyword !== "errorMessage") && (!err44.emUsed)) && (err44.instancePath === instancePath+"/id")) && (err44.keyword in emErrors3)) && (err44.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err44.schemaPath.slice(10)))){
emErrors3[err44.keyword].push(err44);
err44.emUsed = true;
}
}
for(const key5 in emErrors3){
if(emErrors3[key5].length){
const err45 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key5]},message:key5 in templates3 ? templates3[key5]() : schema53.errorMessage[key5],schema:schema53.errorMessage,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
const emErrs3 = [];
for(const err46 of vErrors){
if(!err46.emUsed){
emErrs3.push(err46);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.owner !== undefined){
let data9 = data.owner;
if(typeof data9 !== "string"){
const err47 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!((data9 === "marketing") || (data9 === "sales"))){
const err48 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 === "string"){
if(func3(data10) > 4000){
const err49 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data10};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func3(data10) < 1){
const err50 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data10};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!pattern7.test(data10)){
const err51 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data10};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data10};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"pattern":[]};
const templates4 = {};
for(const err53 of vErrors){
if((((((err53.keyword !== "errorMessage") && (!err53.emUsed)) && (err53.instancePath === instancePath+"/description")) && (err53.keyword in emErrors4)) && (err53.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err53.schemaPath.slice(12)))){
emErrors4[err53.keyword].push(err53);
err53.emUsed = true;
}
}
for(const key6 in emErrors4){
if(emErrors4[key6].length){
const err54 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key6]},message:key6 in templates4 ? templates4[key6]() : schema38.errorMessage[key6],schema:schema38.errorMessage,parentSchema:schema38,data:data10};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
const emErrs4 = [];
for(const err55 of vErrors){
if(!err55.emUsed){
emErrs4.push(err55);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
if(data.period !== undefined){
let data11 = data.period;
if(typeof data11 !== "string"){
const err56 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data11};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!(((((data11 === "week") || (data11 === "month")) || (data11 === "quarter")) || (data11 === "half-year")) || (data11 === "year"))){
const err57 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data11};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.when !== undefined){
if(!(validate36(data.when, {instancePath:instancePath+"/when",parentData:data,parentDataProperty:"when",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.kind !== undefined){
let data13 = data.kind;
if("conversion" !== data13){
const err58 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "conversion"},message:"must be equal to constant",schema:"conversion",parentSchema:schema82.oneOf[1].properties.kind,data:data13};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.from !== undefined){
let data14 = data.from;
if(typeof data14 === "string"){
if(func3(data14) > 64){
const err59 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data14};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern20.test(data14)){
const err60 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data14};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data14};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(errors > 0){
const emErrors5 = {"pattern":[],"type":[]};
const templates5 = {};
for(const err62 of vErrors){
if((((((err62.keyword !== "errorMessage") && (!err62.emUsed)) && (err62.instancePath === instancePath+"/from")) && (err62.keyword in emErrors5)) && (err62.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err62.schemaPath.slice(10)))){
emErrors5[err62.keyword].push(err62);
err62.emUsed = true;
}
}
for(const key7 in emErrors5){
if(emErrors5[key7].length){
const err63 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors5[key7]},message:key7 in templates5 ? templates5[key7]() : schema53.errorMessage[key7],schema:schema53.errorMessage,parentSchema:schema53,data:data14};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
const emErrs5 = [];
for(const err64 of vErrors){
if(!err64.emUsed){
emErrs5.push(err64);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
if(data.to !== undefined){
let data15 = data.to;
if(typeof data15 === "string"){
if(func3(data15) > 64){
const err65 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data15};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!pattern20.test(data15)){
const err66 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data15};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data15};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(errors > 0){
const emErrors6 = {"pattern":[],"type":[]};
const templates6 = {};
for(const err68 of vErrors){
if((((((err68.keyword !== "errorMessage") && (!err68.emUsed)) && (err68.instancePath === instancePath+"/to")) && (err68.keyword in emErrors6)) && (err68.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err68.schemaPath.slice(10)))){
emErrors6[err68.keyword].push(err68);
err68.emUsed = true;
}
}
for(const key8 in emErrors6){
if(emErrors6[key8].length){
const err69 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors6[key8]},message:key8 in templates6 ? templates6[key8]() : schema53.errorMessage[key8],schema:schema53.errorMessage,parentSchema:schema53,data:data15};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
const emErrs6 = [];
for(const err70 of vErrors){
if(!err70.emUsed){
emErrs6.push(err70);
}
}
vErrors = emErrs6;
errors = emErrs6.length;
}
}
if(data.goal !== undefined){
let data16 = data.goal;
const _errs49 = errors;
let valid17 = false;
const _errs50 = errors;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 1 || isNaN(data16)){
const err71 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/percentage/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema72.anyOf[0],data:data16};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err72 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/percentage/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.anyOf[0],data:data16};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/percentage/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema72.anyOf[0].type,parentSchema:schema72.anyOf[0],data:data16};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid0 = _errs50 === errors;
valid17 = valid17 || _valid0;
const _errs52 = errors;
if(typeof data16 === "string"){
if(!pattern34.test(data16)){
const err74 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/percentage/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?%$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?%$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?%$",parentSchema:schema72.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/percentage/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.anyOf[1].type,parentSchema:schema72.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid0 = _errs52 === errors;
valid17 = valid17 || _valid0;
if(!valid17){
const err76 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/percentage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.anyOf,parentSchema:schema72,data:data16};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs7 = [];
for(const err77 of vErrors){
if(((((err77.keyword !== "errorMessage") && (!err77.emUsed)) && ((err77.instancePath === instancePath+"/goal") || ((err77.instancePath.indexOf(instancePath+"/goal") === 0) && (err77.instancePath[instancePath+"/goal".length] === "/")))) && (err77.schemaPath.indexOf("#/$defs/percentage") === 0)) && (err77.schemaPath["#/$defs/percentage".length] === "/")){
emErrs7.push(err77);
err77.emUsed = true;
}
}
if(emErrs7.length){
const err78 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/percentage/errorMessage",keyword:"errorMessage",params:{errors: emErrs7},message:"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95",schema:"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95",parentSchema:schema72,data:data16};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const emErrs8 = [];
for(const err79 of vErrors){
if(!err79.emUsed){
emErrs8.push(err79);
}
}
vErrors = emErrs8;
errors = emErrs8.length;
}
}
}
else {
const err80 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.oneOf[1].type,parentSchema:schema82.oneOf[1],data};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "pipeline"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err81 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema82.oneOf[2].required,parentSchema:schema82.oneOf[2],data};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data.owner === undefined){
const err82 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema82.oneOf[2].required,parentSchema:schema82.oneOf[2],data};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data.kind === undefined){
const err83 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema82.oneOf[2].required,parentSchema:schema82.oneOf[2],data};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data.goal === undefined){
const err84 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema82.oneOf[2].required,parentSchema:schema82.oneOf[2],data};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key9 in data){
if(!((((((((key9 === "id") || (key9 === "owner")) || (key9 === "description")) || (key9 === "period")) || (key9 === "when")) || (key9 === "kind")) || (key9 === "stage")) || (key9 === "goal"))){
const err85 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema82.oneOf[2],data};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.id !== undefined){
let data17 = data.id;
if(typeof data17 === "string"){
if(func3(data17) > 64){
const err86 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data17};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!pattern20.test(data17)){
const err87 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data17};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data17};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(errors > 0){
const emErrors7 = {"pattern":[],"type":[]};
const templates7 = {};
for(const err89 of vErrors){
if((((((err89.keyword !== "errorMessage") && (!err89.emUsed)) && (err89.instancePath === instancePath+"/id")) && (err89.keyword in emErrors7)) && (err89.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err89.schemaPath.slice(10)))){
emErrors7[err89.keyword].push(err89);
err89.emUsed = true;
}
}
for(const key10 in emErrors7){
if(emErrors7[key10].length){
const err90 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors7[key10]},message:key10 in templates7 ? templates7[key10]() : schema53.errorMessage[key10],schema:schema53.errorMessage,parentSchema:schema53,data:data17};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
const emErrs9 = [];
for(const err91 of vErrors){
if(!err91.emUsed){
emErrs9.push(err91);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
if(data.owner !== undefined){
let data18 = data.owner;
if(typeof data18 !== "string"){
const err92 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data18};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!((data18 === "marketing") || (data18 === "sales"))){
const err93 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data18};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.description !== undefined){
let data19 = data.description;
if(typeof data19 === "string"){
if(func3(data19) > 4000){
const err94 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data19};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(func3(data19) < 1){
const err95 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data19};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!pattern7.test(data19)){
const err96 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data19};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data19};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(errors > 0){
const emErrors8 = {"pattern":[]};
const templates8 = {};
for(const err98 of vErrors){
if((((((err98.keyword !== "errorMessage") && (!err98.emUsed)) && (err98.instancePath === instancePath+"/description")) && (err98.keyword in emErrors8)) && (err98.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err98.schemaPath.slice(12)))){
emErrors8[err98.keyword].push(err98);
err98.emUsed = true;
}
}
for(const key11 in emErrors8){
if(emErrors8[key11].length){
const err99 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors8[key11]},message:key11 in templates8 ? templates8[key11]() : schema38.errorMessage[key11],schema:schema38.errorMessage,parentSchema:schema38,data:data19};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
const emErrs10 = [];
for(const err100 of vErrors){
if(!err100.emUsed){
emErrs10.push(err100);
}
}
vErrors = emErrs10;
errors = emErrs10.length;
}
}
if(data.period !== undefined){
let data20 = data.period;
if(typeof data20 !== "string"){
const err101 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data20};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!(((((data20 === "week") || (data20 === "month")) || (data20 === "quarter")) || (data20 === "half-year")) || (data20 === "year"))){
const err102 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data20};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.when !== undefined){
if(!(validate36(data.when, {instancePath:instancePath+"/when",parentData:data,parentDataProperty:"when",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.kind !== undefined){
let data22 = data.kind;
if("pipeline" !== data22){
const err103 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "pipeline"},message:"must be equal to constant",schema:"pipeline",parentSchema:schema82.oneOf[2].properties.kind,data:data22};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.stage !== undefined){
let data23 = data.stage;
if(typeof data23 === "string"){
if(func3(data23) > 64){
const err104 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data23};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(!pattern20.test(data23)){
const err105 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data23};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data23};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(errors > 0){
const emErrors9 = {"pattern":[],"type":[]};
const templates9 = {};
for(const err107 of vErrors){
if((((((err107.keyword !== "errorMessage") && (!err107.emUsed)) && (err107.instancePath === instancePath+"/stage")) && (err107.keyword in emErrors9)) && (err107.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err107.schemaPath.slice(10)))){
emErrors9[err107.keyword].push(err107);
err107.emUsed = true;
}
}
for(const key12 in emErrors9){
if(emErrors9[key12].length){
const err108 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors9[key12]},message:key12 in templates9 ? templates9[key12]() : schema53.errorMessage[key12],schema:schema53.errorMessage,parentSchema:schema53,data:data23};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
const emErrs11 = [];
for(const err109 of vErrors){
if(!err109.emUsed){
emErrs11.push(err109);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
}
if(data.goal !== undefined){
let data24 = data.goal;
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err110 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema77,data:data24};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema77.type,parentSchema:schema77,data:data24};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.oneOf[2].type,parentSchema:schema82.oneOf[2],data};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "revenue"){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err113 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema82.oneOf[3].required,parentSchema:schema82.oneOf[3],data};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data.owner === undefined){
const err114 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema82.oneOf[3].required,parentSchema:schema82.oneOf[3],data};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data.kind === undefined){
const err115 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema82.oneOf[3].required,parentSchema:schema82.oneOf[3],data};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data.goal === undefined){
const err116 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema82.oneOf[3].required,parentSchema:schema82.oneOf[3],data};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
for(const key13 in data){
if(!(((((((key13 === "id") || (key13 === "owner")) || (key13 === "description")) || (key13 === "period")) || (key13 === "when")) || (key13 === "kind")) || (key13 === "goal"))){
const err117 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema82.oneOf[3],data};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.id !== undefined){
let data25 = data.id;
if(typeof data25 === "string"){
if(func3(data25) > 64){
const err118 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data25};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(!pattern20.test(data25)){
const err119 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data25};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data25};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(errors > 0){
const emErrors10 = {"pattern":[],"type":[]};
const templates10 = {};
for(const err121 of vErrors){
if((((((err121.keyword !== "errorMessage") && (!err121.emUsed)) && (err121.instancePath === instancePath+"/id")) && (err121.keyword in emErrors10)) && (err121.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err121.schemaPath.slice(10)))){
emErrors10[err121.keyword].push(err121);
err121.emUsed = true;
}
}
for(const key14 in emErrors10){
if(emErrors10[key14].length){
const err122 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors10[key14]},message:key14 in templates10 ? templates10[key14]() : schema53.errorMessage[key14],schema:schema53.errorMessage,parentSchema:schema53,data:data25};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
const emErrs12 = [];
for(const err123 of vErrors){
if(!err123.emUsed){
emErrs12.push(err123);
}
}
vErrors = emErrs12;
errors = emErrs12.length;
}
}
if(data.owner !== undefined){
let data26 = data.owner;
if(typeof data26 !== "string"){
const err124 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data26};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(!((data26 === "marketing") || (data26 === "sales"))){
const err125 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data26};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.description !== undefined){
let data27 = data.description;
if(typeof data27 === "string"){
if(func3(data27) > 4000){
const err126 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data27};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(func3(data27) < 1){
const err127 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data27};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(!pattern7.test(data27)){
const err128 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data27};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data27};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(errors > 0){
const emErrors11 = {"pattern":[]};
const templates11 = {};
for(const err130 of vErrors){
if((((((err130.keyword !== "errorMessage") && (!err130.emUsed)) && (err130.instancePath === instancePath+"/description")) && (err130.keyword in emErrors11)) && (err130.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err130.schemaPath.slice(12)))){
emErrors11[err130.keyword].push(err130);
err130.emUsed = true;
}
}
for(const key15 in emErrors11){
if(emErrors11[key15].length){
const err131 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors11[key15]},message:key15 in templates11 ? templates11[key15]() : schema38.errorMessage[key15],schema:schema38.errorMessage,parentSchema:schema38,data:data27};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
const emErrs13 = [];
for(const err132 of vErrors){
if(!err132.emUsed){
emErrs13.push(err132);
}
}
vErrors = emErrs13;
errors = emErrs13.length;
}
}
if(data.period !== undefined){
let data28 = data.period;
if(typeof data28 !== "string"){
const err133 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data28};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(!(((((data28 === "week") || (data28 === "month")) || (data28 === "quarter")) || (data28 === "half-year")) || (data28 === "year"))){
const err134 = {instancePath:instancePath+"/period",schemaPath:"#/$defs/period/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data28};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.when !== undefined){
if(!(validate36(data.when, {instancePath:instancePath+"/when",parentData:data,parentDataProperty:"when",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.kind !== undefined){
let data30 = data.kind;
if("revenue" !== data30){
const err135 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/const",keyword:"const",params:{allowedValue: "revenue"},message:"must be equal to constant",schema:"revenue",parentSchema:schema82.oneOf[3].properties.kind,data:data30};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.goal !== undefined){
let data31 = data.goal;
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err136 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema77,data:data31};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/money/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema77.type,parentSchema:schema77,data:data31};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.oneOf[3].type,parentSchema:schema82.oneOf[3],data};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err139 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf",schema:schema82.discriminator,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string",schema:schema82.discriminator,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
validate52.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema106 = {"type":"object","additionalProperties":false,"required":["stage","requiredFields"],"description":"How a lead passes from marketing to sales, and what it carries.","properties":{"stage":{"$ref":"#/$defs/id","description":"The stage at which marketing hands the lead to sales (usually the MQL stage)."},"description":{"$ref":"#/$defs/text","description":"The handoff in words."},"requiredFields":{"type":"array","minItems":1,"description":"Fields every lead must carry at handoff (contact, short assessment, history, approach, profile link).","items":{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"$ref":"#/$defs/fieldName","description":"The lead field that must be present."},"label":{"$ref":"#/$defs/text","description":"What the field holds, in words."}}}},"channel":{"type":"string","enum":["crm-task","crm-assignment","email","chat","phone"],"description":"How sales is notified of a new lead: `crm-task`, `crm-assignment`, `email`, `chat` or `phone`."},"routing":{"type":"object","additionalProperties":false,"required":["method"],"description":"Who receives the lead.","properties":{"method":{"type":"string","enum":["round-robin","territory","account-owner","queue"],"description":"`round-robin`, `territory`, `account-owner` or `queue`."},"rules":{"type":"array","description":"Routing rules, first match wins.","items":{"type":"object","additionalProperties":false,"required":["when","to"],"properties":{"when":{"$ref":"#/$defs/condition","description":"Which leads this rule routes."},"to":{"$ref":"#/$defs/text","description":"The queue, team or territory that receives them."}}}}}}}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.stage === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stage"},message:"must have required property '"+"stage"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.requiredFields === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requiredFields"},message:"must have required property '"+"requiredFields"+"'",schema:schema106.required,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "stage") || (key0 === "description")) || (key0 === "requiredFields")) || (key0 === "channel")) || (key0 === "routing"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.stage !== undefined){
let data0 = data.stage;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err3 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/stage")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(10)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/stage",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern7.test(data1)){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err13 of vErrors){
if((((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && (err13.instancePath === instancePath+"/description")) && (err13.keyword in emErrors1)) && (err13.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err13.schemaPath.slice(12)))){
emErrors1[err13.keyword].push(err13);
err13.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
const emErrs1 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs1.push(err15);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.requiredFields !== undefined){
let data2 = data.requiredFields;
if(Array.isArray(data2)){
if(data2.length < 1){
const err16 = {instancePath:instancePath+"/requiredFields",schemaPath:"#/properties/requiredFields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema106.properties.requiredFields,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.field === undefined){
const err17 = {instancePath:instancePath+"/requiredFields/" + i0,schemaPath:"#/properties/requiredFields/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema106.properties.requiredFields.items.required,parentSchema:schema106.properties.requiredFields.items,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key3 in data3){
if(!((key3 === "field") || (key3 === "label"))){
const err18 = {instancePath:instancePath+"/requiredFields/" + i0,schemaPath:"#/properties/requiredFields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema106.properties.requiredFields.items,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.field !== undefined){
let data4 = data3.field;
if(typeof data4 === "string"){
if(!pattern23.test(data4)){
const err19 = {instancePath:instancePath+"/requiredFields/" + i0+"/field",schemaPath:"#/$defs/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema57,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/requiredFields/" + i0+"/field",schemaPath:"#/$defs/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err21 of vErrors){
if((((((err21.keyword !== "errorMessage") && (!err21.emUsed)) && (err21.instancePath === instancePath+"/requiredFields/" + i0+"/field")) && (err21.keyword in emErrors2)) && (err21.schemaPath.indexOf("#/$defs/fieldName") === 0)) && (/^\/[^\/]*$/.test(err21.schemaPath.slice(17)))){
emErrors2[err21.keyword].push(err21);
err21.emUsed = true;
}
}
for(const key4 in emErrors2){
if(emErrors2[key4].length){
const err22 = {instancePath:instancePath+"/requiredFields/" + i0+"/field",schemaPath:"#/$defs/fieldName/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key4]},message:key4 in templates2 ? templates2[key4]() : schema57.errorMessage[key4],schema:schema57.errorMessage,parentSchema:schema57,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
const emErrs2 = [];
for(const err23 of vErrors){
if(!err23.emUsed){
emErrs2.push(err23);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data3.label !== undefined){
let data5 = data3.label;
if(typeof data5 === "string"){
if(func3(data5) > 4000){
const err24 = {instancePath:instancePath+"/requiredFields/" + i0+"/label",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func3(data5) < 1){
const err25 = {instancePath:instancePath+"/requiredFields/" + i0+"/label",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern7.test(data5)){
const err26 = {instancePath:instancePath+"/requiredFields/" + i0+"/label",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/requiredFields/" + i0+"/label",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[]};
const templates3 = {};
for(const err28 of vErrors){
if((((((err28.keyword !== "errorMessage") && (!err28.emUsed)) && (err28.instancePath === instancePath+"/requiredFields/" + i0+"/label")) && (err28.keyword in emErrors3)) && (err28.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err28.schemaPath.slice(12)))){
emErrors3[err28.keyword].push(err28);
err28.emUsed = true;
}
}
for(const key5 in emErrors3){
if(emErrors3[key5].length){
const err29 = {instancePath:instancePath+"/requiredFields/" + i0+"/label",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key5]},message:key5 in templates3 ? templates3[key5]() : schema38.errorMessage[key5],schema:schema38.errorMessage,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
const emErrs3 = [];
for(const err30 of vErrors){
if(!err30.emUsed){
emErrs3.push(err30);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/requiredFields/" + i0,schemaPath:"#/properties/requiredFields/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.requiredFields.items.type,parentSchema:schema106.properties.requiredFields.items,data:data3};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/requiredFields",schemaPath:"#/properties/requiredFields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.requiredFields.type,parentSchema:schema106.properties.requiredFields,data:data2};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.channel !== undefined){
let data6 = data.channel;
if(typeof data6 !== "string"){
const err33 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.channel.type,parentSchema:schema106.properties.channel,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(((((data6 === "crm-task") || (data6 === "crm-assignment")) || (data6 === "email")) || (data6 === "chat")) || (data6 === "phone"))){
const err34 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/enum",keyword:"enum",params:{allowedValues: schema106.properties.channel.enum},message:"must be equal to one of the allowed values",schema:schema106.properties.channel.enum,parentSchema:schema106.properties.channel,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.routing !== undefined){
let data7 = data.routing;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.method === undefined){
const err35 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema106.properties.routing.required,parentSchema:schema106.properties.routing,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key6 in data7){
if(!((key6 === "method") || (key6 === "rules"))){
const err36 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema106.properties.routing,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data7.method !== undefined){
let data8 = data7.method;
if(typeof data8 !== "string"){
const err37 = {instancePath:instancePath+"/routing/method",schemaPath:"#/properties/routing/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.routing.properties.method.type,parentSchema:schema106.properties.routing.properties.method,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((((data8 === "round-robin") || (data8 === "territory")) || (data8 === "account-owner")) || (data8 === "queue"))){
const err38 = {instancePath:instancePath+"/routing/method",schemaPath:"#/properties/routing/properties/method/enum",keyword:"enum",params:{allowedValues: schema106.properties.routing.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema106.properties.routing.properties.method.enum,parentSchema:schema106.properties.routing.properties.method,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data7.rules !== undefined){
let data9 = data7.rules;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.when === undefined){
const err39 = {instancePath:instancePath+"/routing/rules/" + i1,schemaPath:"#/properties/routing/properties/rules/items/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema106.properties.routing.properties.rules.items.required,parentSchema:schema106.properties.routing.properties.rules.items,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data10.to === undefined){
const err40 = {instancePath:instancePath+"/routing/rules/" + i1,schemaPath:"#/properties/routing/properties/rules/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema106.properties.routing.properties.rules.items.required,parentSchema:schema106.properties.routing.properties.rules.items,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key7 in data10){
if(!((key7 === "when") || (key7 === "to"))){
const err41 = {instancePath:instancePath+"/routing/rules/" + i1,schemaPath:"#/properties/routing/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema106.properties.routing.properties.rules.items,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.when !== undefined){
if(!(validate36(data10.when, {instancePath:instancePath+"/routing/rules/" + i1+"/when",parentData:data10,parentDataProperty:"when",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data10.to !== undefined){
let data12 = data10.to;
if(typeof data12 === "string"){
if(func3(data12) > 4000){
const err42 = {instancePath:instancePath+"/routing/rules/" + i1+"/to",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func3(data12) < 1){
const err43 = {instancePath:instancePath+"/routing/rules/" + i1+"/to",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern7.test(data12)){
const err44 = {instancePath:instancePath+"/routing/rules/" + i1+"/to",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/routing/rules/" + i1+"/to",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"pattern":[]};
const templates4 = {};
for(const err46 of vErrors){
if((((((err46.keyword !== "errorMessage") && (!err46.emUsed)) && (err46.instancePath === instancePath+"/routing/rules/" + i1+"/to")) && (err46.keyword in emErrors4)) && (err46.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err46.schemaPath.slice(12)))){
emErrors4[err46.keyword].push(err46);
err46.emUsed = true;
}
}
for(const key8 in emErrors4){
if(emErrors4[key8].length){
const err47 = {instancePath:instancePath+"/routing/rules/" + i1+"/to",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key8]},message:key8 in templates4 ? templates4[key8]() : schema38.errorMessage[key8],schema:schema38.errorMessage,parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
const emErrs4 = [];
for(const err48 of vErrors){
if(!err48.emUsed){
emErrs4.push(err48);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/routing/rules/" + i1,schemaPath:"#/properties/routing/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.routing.properties.rules.items.type,parentSchema:schema106.properties.routing.properties.rules.items,data:data10};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/routing/rules",schemaPath:"#/properties/routing/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema106.properties.routing.properties.rules.type,parentSchema:schema106.properties.routing.properties.rules,data:data9};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.routing.type,parentSchema:schema106.properties.routing,data:data7};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema112 = {"type":"object","additionalProperties":false,"required":["id","owner","start","stop","goal","target"],"description":"A time limit: from `start` to `stop`, measured on a clock, within `goal`, for `target` of the leads.","properties":{"id":{"$ref":"#/$defs/id","description":"SLA id."},"name":{"$ref":"#/$defs/text","description":"Short name, e.g. First touch."},"description":{"$ref":"#/$defs/text","description":"The promise in words."},"owner":{"$ref":"#/$defs/team","description":"The team bound by this SLA."},"start":{"$ref":"#/$defs/event","description":"The event that starts the clock, e.g. `mql`."},"stop":{"description":"The event (or any of several) that stops the clock, e.g. `first-touch`.","anyOf":[{"$ref":"#/$defs/event"},{"type":"array","minItems":1,"items":{"$ref":"#/$defs/event"}}]},"clock":{"type":"string","enum":["business","calendar"],"description":"`business` (working hours of `calendar`) or `calendar` (every minute counts). Defaults to business when the goal is in business units (bh, bd)."},"calendar":{"$ref":"#/$defs/id","description":"The business calendar (id from `calendars`); the first calendar by default."},"goal":{"$ref":"#/$defs/duration","description":"The time limit, e.g. `1bh` or `2bd`."},"target":{"$ref":"#/$defs/percentage","description":"Attainment target: the share of leads that must meet the goal, e.g. 95%."},"when":{"$ref":"#/$defs/condition","description":"Segment: the SLA applies only to leads matching this condition."}}};
const schema117 = {"type":"string","pattern":"^[a-z][a-z0-9-]*$","description":"An event that starts or stops a clock: entering a stage (its id, e.g. `mql`), or an activity: `created`, `first-touch`, `last-attempt`, `rejected`, `feedback`, `recycled`.","errorMessage":{"pattern":"must be a stage id or an activity such as \"first-touch\"","type":"must be a stage id or an activity, such as \"mql\" or \"first-touch\""}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.owner === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.start === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.stop === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stop"},message:"must have required property '"+"stop"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.goal === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.target === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema112.required,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema112.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern20.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err10 of vErrors){
if((((((err10.keyword !== "errorMessage") && (!err10.emUsed)) && (err10.instancePath === instancePath+"/id")) && (err10.keyword in emErrors0)) && (err10.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err10.schemaPath.slice(10)))){
emErrors0[err10.keyword].push(err10);
err10.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
const emErrs0 = [];
for(const err12 of vErrors){
if(!err12.emUsed){
emErrs0.push(err12);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func3(data1) < 1){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern7.test(data1)){
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err17 of vErrors){
if((((((err17.keyword !== "errorMessage") && (!err17.emUsed)) && (err17.instancePath === instancePath+"/name")) && (err17.keyword in emErrors1)) && (err17.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err17.schemaPath.slice(12)))){
emErrors1[err17.keyword].push(err17);
err17.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err18 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
const emErrs1 = [];
for(const err19 of vErrors){
if(!err19.emUsed){
emErrs1.push(err19);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err20 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func3(data2) < 1){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern7.test(data2)){
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err24 of vErrors){
if((((((err24.keyword !== "errorMessage") && (!err24.emUsed)) && (err24.instancePath === instancePath+"/description")) && (err24.keyword in emErrors2)) && (err24.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err24.schemaPath.slice(12)))){
emErrors2[err24.keyword].push(err24);
err24.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err25 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema38.errorMessage[key3],schema:schema38.errorMessage,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
const emErrs2 = [];
for(const err26 of vErrors){
if(!err26.emUsed){
emErrs2.push(err26);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.owner !== undefined){
let data3 = data.owner;
if(typeof data3 !== "string"){
const err27 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((data3 === "marketing") || (data3 === "sales"))){
const err28 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/team/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.start !== undefined){
let data4 = data.start;
if(typeof data4 === "string"){
if(!pattern20.test(data4)){
const err29 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/event/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema117,data:data4};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.type,parentSchema:schema117,data:data4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[],"type":[]};
const templates3 = {};
for(const err31 of vErrors){
if((((((err31.keyword !== "errorMessage") && (!err31.emUsed)) && (err31.instancePath === instancePath+"/start")) && (err31.keyword in emErrors3)) && (err31.schemaPath.indexOf("#/$defs/event") === 0)) && (/^\/[^\/]*$/.test(err31.schemaPath.slice(13)))){
emErrors3[err31.keyword].push(err31);
err31.emUsed = true;
}
}
for(const key4 in emErrors3){
if(emErrors3[key4].length){
const err32 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/event/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key4]},message:key4 in templates3 ? templates3[key4]() : schema117.errorMessage[key4],schema:schema117.errorMessage,parentSchema:schema117,data:data4};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
const emErrs3 = [];
for(const err33 of vErrors){
if(!err33.emUsed){
emErrs3.push(err33);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.stop !== undefined){
let data5 = data.stop;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data5 === "string"){
if(!pattern20.test(data5)){
const err34 = {instancePath:instancePath+"/stop",schemaPath:"#/$defs/event/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema117,data:data5};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/stop",schemaPath:"#/$defs/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.type,parentSchema:schema117,data:data5};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"pattern":[],"type":[]};
const templates4 = {};
for(const err36 of vErrors){
if((((((err36.keyword !== "errorMessage") && (!err36.emUsed)) && (err36.instancePath === instancePath+"/stop")) && (err36.keyword in emErrors4)) && (err36.schemaPath.indexOf("#/$defs/event") === 0)) && (/^\/[^\/]*$/.test(err36.schemaPath.slice(13)))){
emErrors4[err36.keyword].push(err36);
err36.emUsed = true;
}
}
for(const key5 in emErrors4){
if(emErrors4[key5].length){
const err37 = {instancePath:instancePath+"/stop",schemaPath:"#/$defs/event/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key5]},message:key5 in templates4 ? templates4[key5]() : schema117.errorMessage[key5],schema:schema117.errorMessage,parentSchema:schema117,data:data5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
const emErrs4 = [];
for(const err38 of vErrors){
if(!err38.emUsed){
emErrs4.push(err38);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
var _valid0 = _errs19 === errors;
valid6 = valid6 || _valid0;
const _errs22 = errors;
if(Array.isArray(data5)){
if(data5.length < 1){
const err39 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema112.properties.stop.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern20.test(data6)){
const err40 = {instancePath:instancePath+"/stop/" + i0,schemaPath:"#/$defs/event/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema117,data:data6};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/stop/" + i0,schemaPath:"#/$defs/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema117.type,parentSchema:schema117,data:data6};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(errors > 0){
const emErrors5 = {"pattern":[],"type":[]};
const templates5 = {};
for(const err42 of vErrors){
if((((((err42.keyword !== "errorMessage") && (!err42.emUsed)) && (err42.instancePath === instancePath+"/stop/" + i0)) && (err42.keyword in emErrors5)) && (err42.schemaPath.indexOf("#/$defs/event") === 0)) && (/^\/[^\/]*$/.test(err42.schemaPath.slice(13)))){
emErrors5[err42.keyword].push(err42);
err42.emUsed = true;
}
}
for(const key6 in emErrors5){
if(emErrors5[key6].length){
const err43 = {instancePath:instancePath+"/stop/" + i0,schemaPath:"#/$defs/event/errorMessage",keyword:"errorMessage",params:{errors: emErrors5[key6]},message:key6 in templates5 ? templates5[key6]() : schema117.errorMessage[key6],schema:schema117.errorMessage,parentSchema:schema117,data:data6};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
const emErrs5 = [];
for(const err44 of vErrors){
if(!err44.emUsed){
emErrs5.push(err44);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
}
else {
const err45 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema112.properties.stop.anyOf[1].type,parentSchema:schema112.properties.stop.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const err46 = {instancePath:instancePath+"/stop",schemaPath:"#/properties/stop/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema112.properties.stop.anyOf,parentSchema:schema112.properties.stop,data:data5};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.clock !== undefined){
let data7 = data.clock;
if(typeof data7 !== "string"){
const err47 = {instancePath:instancePath+"/clock",schemaPath:"#/properties/clock/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema112.properties.clock.type,parentSchema:schema112.properties.clock,data:data7};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!((data7 === "business") || (data7 === "calendar"))){
const err48 = {instancePath:instancePath+"/clock",schemaPath:"#/properties/clock/enum",keyword:"enum",params:{allowedValues: schema112.properties.clock.enum},message:"must be equal to one of the allowed values",schema:schema112.properties.clock.enum,parentSchema:schema112.properties.clock,data:data7};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.calendar !== undefined){
let data8 = data.calendar;
if(typeof data8 === "string"){
if(func3(data8) > 64){
const err49 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern20.test(data8)){
const err50 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(errors > 0){
const emErrors6 = {"pattern":[],"type":[]};
const templates6 = {};
for(const err52 of vErrors){
if((((((err52.keyword !== "errorMessage") && (!err52.emUsed)) && (err52.instancePath === instancePath+"/calendar")) && (err52.keyword in emErrors6)) && (err52.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err52.schemaPath.slice(10)))){
emErrors6[err52.keyword].push(err52);
err52.emUsed = true;
}
}
for(const key7 in emErrors6){
if(emErrors6[key7].length){
const err53 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors6[key7]},message:key7 in templates6 ? templates6[key7]() : schema53.errorMessage[key7],schema:schema53.errorMessage,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
const emErrs6 = [];
for(const err54 of vErrors){
if(!err54.emUsed){
emErrs6.push(err54);
}
}
vErrors = emErrs6;
errors = emErrs6.length;
}
}
if(data.goal !== undefined){
let data9 = data.goal;
if(typeof data9 === "string"){
if(!pattern33.test(data9)){
const err55 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$",parentSchema:schema71,data:data9};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data9};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(errors > 0){
const emErrors7 = {"pattern":[],"type":[]};
const templates7 = {};
for(const err57 of vErrors){
if((((((err57.keyword !== "errorMessage") && (!err57.emUsed)) && (err57.instancePath === instancePath+"/goal")) && (err57.keyword in emErrors7)) && (err57.schemaPath.indexOf("#/$defs/duration") === 0)) && (/^\/[^\/]*$/.test(err57.schemaPath.slice(16)))){
emErrors7[err57.keyword].push(err57);
err57.emUsed = true;
}
}
for(const key8 in emErrors7){
if(emErrors7[key8].length){
const err58 = {instancePath:instancePath+"/goal",schemaPath:"#/$defs/duration/errorMessage",keyword:"errorMessage",params:{errors: emErrors7[key8]},message:key8 in templates7 ? templates7[key8]() : schema71.errorMessage[key8],schema:schema71.errorMessage,parentSchema:schema71,data:data9};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
const emErrs7 = [];
for(const err59 of vErrors){
if(!err59.emUsed){
emErrs7.push(err59);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
if(data.target !== undefined){
let data10 = data.target;
const _errs37 = errors;
let valid14 = false;
const _errs38 = errors;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err60 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/percentage/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema72.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err61 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/percentage/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema72.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/percentage/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema72.anyOf[0].type,parentSchema:schema72.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid1 = _errs38 === errors;
valid14 = valid14 || _valid1;
const _errs40 = errors;
if(typeof data10 === "string"){
if(!pattern34.test(data10)){
const err63 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/percentage/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?%$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?%$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?%$",parentSchema:schema72.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/percentage/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.anyOf[1].type,parentSchema:schema72.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid1 = _errs40 === errors;
valid14 = valid14 || _valid1;
if(!valid14){
const err65 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/percentage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.anyOf,parentSchema:schema72,data:data10};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
if(errors > 0){
const emErrs8 = [];
for(const err66 of vErrors){
if(((((err66.keyword !== "errorMessage") && (!err66.emUsed)) && ((err66.instancePath === instancePath+"/target") || ((err66.instancePath.indexOf(instancePath+"/target") === 0) && (err66.instancePath[instancePath+"/target".length] === "/")))) && (err66.schemaPath.indexOf("#/$defs/percentage") === 0)) && (err66.schemaPath["#/$defs/percentage".length] === "/")){
emErrs8.push(err66);
err66.emUsed = true;
}
}
if(emErrs8.length){
const err67 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/percentage/errorMessage",keyword:"errorMessage",params:{errors: emErrs8},message:"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95",schema:"must be a percentage such as \"95%\" or a ratio between 0 and 1 such as 0.95",parentSchema:schema72,data:data10};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const emErrs9 = [];
for(const err68 of vErrors){
if(!err68.emUsed){
emErrs9.push(err68);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
if(data.when !== undefined){
if(!(validate36(data.when, {instancePath:instancePath+"/when",parentData:data,parentDataProperty:"when",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema112.type,parentSchema:schema112,data};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema123 = {"type":"object","additionalProperties":false,"required":["minAttempts","minSpan"],"description":"The contact cadence sales follows before giving up on a lead.","properties":{"description":{"$ref":"#/$defs/text","description":"The cadence in words."},"firstChannel":{"type":"string","enum":["phone","email","chat","social","meeting"],"description":"Channel of the first contact."},"channels":{"type":"array","items":{"type":"string","enum":["phone","email","chat","social","meeting"]},"description":"Channels used across attempts."},"attemptsPerDay":{"type":"integer","minimum":1,"description":"At most this many attempts per day, so the lead is not burned."},"minAttempts":{"type":"integer","minimum":1,"description":"Minimum attempts before giving up."},"minSpan":{"$ref":"#/$defs/duration","description":"Minimum span of the attempts before giving up, e.g. 10bd."},"calendar":{"$ref":"#/$defs/id","description":"Calendar for business units in `minSpan`; the first calendar by default."},"giveUpReason":{"$ref":"#/$defs/id","description":"The rejection reason used when sales gives up for lack of response (id from `recycling.reasons`)."}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.minAttempts === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minAttempts"},message:"must have required property '"+"minAttempts"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.minSpan === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minSpan"},message:"must have required property '"+"minSpan"+"'",schema:schema123.required,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "description") || (key0 === "firstChannel")) || (key0 === "channels")) || (key0 === "attemptsPerDay")) || (key0 === "minAttempts")) || (key0 === "minSpan")) || (key0 === "calendar")) || (key0 === "giveUpReason"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func3(data0) < 1){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern7.test(data0)){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err7 of vErrors){
if((((((err7.keyword !== "errorMessage") && (!err7.emUsed)) && (err7.instancePath === instancePath+"/description")) && (err7.keyword in emErrors0)) && (err7.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err7.schemaPath.slice(12)))){
emErrors0[err7.keyword].push(err7);
err7.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema38.errorMessage[key1],schema:schema38.errorMessage,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
const emErrs0 = [];
for(const err9 of vErrors){
if(!err9.emUsed){
emErrs0.push(err9);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.firstChannel !== undefined){
let data1 = data.firstChannel;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/firstChannel",schemaPath:"#/properties/firstChannel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema123.properties.firstChannel.type,parentSchema:schema123.properties.firstChannel,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data1 === "phone") || (data1 === "email")) || (data1 === "chat")) || (data1 === "social")) || (data1 === "meeting"))){
const err11 = {instancePath:instancePath+"/firstChannel",schemaPath:"#/properties/firstChannel/enum",keyword:"enum",params:{allowedValues: schema123.properties.firstChannel.enum},message:"must be equal to one of the allowed values",schema:schema123.properties.firstChannel.enum,parentSchema:schema123.properties.firstChannel,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.channels !== undefined){
let data2 = data.channels;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema123.properties.channels.items.type,parentSchema:schema123.properties.channels.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((data3 === "phone") || (data3 === "email")) || (data3 === "chat")) || (data3 === "social")) || (data3 === "meeting"))){
const err13 = {instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/enum",keyword:"enum",params:{allowedValues: schema123.properties.channels.items.enum},message:"must be equal to one of the allowed values",schema:schema123.properties.channels.items.enum,parentSchema:schema123.properties.channels.items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema123.properties.channels.type,parentSchema:schema123.properties.channels,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.attemptsPerDay !== undefined){
let data4 = data.attemptsPerDay;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/attemptsPerDay",schemaPath:"#/properties/attemptsPerDay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema123.properties.attemptsPerDay.type,parentSchema:schema123.properties.attemptsPerDay,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/attemptsPerDay",schemaPath:"#/properties/attemptsPerDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema123.properties.attemptsPerDay,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.minAttempts !== undefined){
let data5 = data.minAttempts;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/minAttempts",schemaPath:"#/properties/minAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema123.properties.minAttempts.type,parentSchema:schema123.properties.minAttempts,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/minAttempts",schemaPath:"#/properties/minAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema123.properties.minAttempts,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.minSpan !== undefined){
let data6 = data.minSpan;
if(typeof data6 === "string"){
if(!pattern33.test(data6)){
const err19 = {instancePath:instancePath+"/minSpan",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$",parentSchema:schema71,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/minSpan",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[],"type":[]};
const templates1 = {};
for(const err21 of vErrors){
if((((((err21.keyword !== "errorMessage") && (!err21.emUsed)) && (err21.instancePath === instancePath+"/minSpan")) && (err21.keyword in emErrors1)) && (err21.schemaPath.indexOf("#/$defs/duration") === 0)) && (/^\/[^\/]*$/.test(err21.schemaPath.slice(16)))){
emErrors1[err21.keyword].push(err21);
err21.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err22 = {instancePath:instancePath+"/minSpan",schemaPath:"#/$defs/duration/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema71.errorMessage[key2],schema:schema71.errorMessage,parentSchema:schema71,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
const emErrs1 = [];
for(const err23 of vErrors){
if(!err23.emUsed){
emErrs1.push(err23);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.calendar !== undefined){
let data7 = data.calendar;
if(typeof data7 === "string"){
if(func3(data7) > 64){
const err24 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern20.test(data7)){
const err25 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[],"type":[]};
const templates2 = {};
for(const err27 of vErrors){
if((((((err27.keyword !== "errorMessage") && (!err27.emUsed)) && (err27.instancePath === instancePath+"/calendar")) && (err27.keyword in emErrors2)) && (err27.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err27.schemaPath.slice(10)))){
emErrors2[err27.keyword].push(err27);
err27.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err28 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema53.errorMessage[key3],schema:schema53.errorMessage,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
const emErrs2 = [];
for(const err29 of vErrors){
if(!err29.emUsed){
emErrs2.push(err29);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.giveUpReason !== undefined){
let data8 = data.giveUpReason;
if(typeof data8 === "string"){
if(func3(data8) > 64){
const err30 = {instancePath:instancePath+"/giveUpReason",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern20.test(data8)){
const err31 = {instancePath:instancePath+"/giveUpReason",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/giveUpReason",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[],"type":[]};
const templates3 = {};
for(const err33 of vErrors){
if((((((err33.keyword !== "errorMessage") && (!err33.emUsed)) && (err33.instancePath === instancePath+"/giveUpReason")) && (err33.keyword in emErrors3)) && (err33.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err33.schemaPath.slice(10)))){
emErrors3[err33.keyword].push(err33);
err33.emUsed = true;
}
}
for(const key4 in emErrors3){
if(emErrors3[key4].length){
const err34 = {instancePath:instancePath+"/giveUpReason",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key4]},message:key4 in templates3 ? templates3[key4]() : schema53.errorMessage[key4],schema:schema53.errorMessage,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
const emErrs3 = [];
for(const err35 of vErrors){
if(!err35.emUsed){
emErrs3.push(err35);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema123.type,parentSchema:schema123,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema128 = {"type":"object","additionalProperties":false,"required":["reasons"],"description":"Why sales may reject a lead, and where each rejected lead goes.","properties":{"description":{"$ref":"#/$defs/text","description":"The feedback loop in words."},"feedbackRequired":{"type":"boolean","default":true,"description":"Whether every rejection must carry a reason from the list."},"reasons":{"type":"array","minItems":1,"description":"The closed list of rejection reasons.","items":{"type":"object","additionalProperties":false,"required":["id","label","destination"],"properties":{"id":{"$ref":"#/$defs/id","description":"Reason id, the value sales records."},"label":{"$ref":"#/$defs/text","description":"The reason in words."},"values":{"type":"array","items":{"type":"string"},"description":"Other spellings of this reason in the CRM export."},"destination":{"type":"string","enum":["nurture","disqualified","sales-later"],"description":"Where the lead goes: `nurture` (back to marketing), `disqualified`, or `sales-later` (back to sales after `after`)."},"flow":{"$ref":"#/$defs/text","description":"The nurture flow the lead enters."},"after":{"$ref":"#/$defs/duration","description":"For `sales-later`: when sales takes the lead up again."},"stage":{"$ref":"#/$defs/id","description":"The stage the lead moves to (id from `stages`)."}}}}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reasons === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'",schema:schema128.required,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "description") || (key0 === "feedbackRequired")) || (key0 === "reasons"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern7.test(data0)){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/description")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(12)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema38.errorMessage[key1],schema:schema38.errorMessage,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.feedbackRequired !== undefined){
let data1 = data.feedbackRequired;
if(typeof data1 !== "boolean"){
const err9 = {instancePath:instancePath+"/feedbackRequired",schemaPath:"#/properties/feedbackRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema128.properties.feedbackRequired.type,parentSchema:schema128.properties.feedbackRequired,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reasons !== undefined){
let data2 = data.reasons;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema128.properties.reasons,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err11 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema128.properties.reasons.items.required,parentSchema:schema128.properties.reasons.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.label === undefined){
const err12 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema128.properties.reasons.items.required,parentSchema:schema128.properties.reasons.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.destination === undefined){
const err13 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/required",keyword:"required",params:{missingProperty: "destination"},message:"must have required property '"+"destination"+"'",schema:schema128.properties.reasons.items.required,parentSchema:schema128.properties.reasons.items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data3){
if(!(((((((key2 === "id") || (key2 === "label")) || (key2 === "values")) || (key2 === "destination")) || (key2 === "flow")) || (key2 === "after")) || (key2 === "stage"))){
const err14 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema128.properties.reasons.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func3(data4) > 64){
const err15 = {instancePath:instancePath+"/reasons/" + i0+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern20.test(data4)){
const err16 = {instancePath:instancePath+"/reasons/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/reasons/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[],"type":[]};
const templates1 = {};
for(const err18 of vErrors){
if((((((err18.keyword !== "errorMessage") && (!err18.emUsed)) && (err18.instancePath === instancePath+"/reasons/" + i0+"/id")) && (err18.keyword in emErrors1)) && (err18.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err18.schemaPath.slice(10)))){
emErrors1[err18.keyword].push(err18);
err18.emUsed = true;
}
}
for(const key3 in emErrors1){
if(emErrors1[key3].length){
const err19 = {instancePath:instancePath+"/reasons/" + i0+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key3]},message:key3 in templates1 ? templates1[key3]() : schema53.errorMessage[key3],schema:schema53.errorMessage,parentSchema:schema53,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
const emErrs1 = [];
for(const err20 of vErrors){
if(!err20.emUsed){
emErrs1.push(err20);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data3.label !== undefined){
let data5 = data3.label;
if(typeof data5 === "string"){
if(func3(data5) > 4000){
const err21 = {instancePath:instancePath+"/reasons/" + i0+"/label",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func3(data5) < 1){
const err22 = {instancePath:instancePath+"/reasons/" + i0+"/label",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern7.test(data5)){
const err23 = {instancePath:instancePath+"/reasons/" + i0+"/label",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/reasons/" + i0+"/label",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err25 of vErrors){
if((((((err25.keyword !== "errorMessage") && (!err25.emUsed)) && (err25.instancePath === instancePath+"/reasons/" + i0+"/label")) && (err25.keyword in emErrors2)) && (err25.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err25.schemaPath.slice(12)))){
emErrors2[err25.keyword].push(err25);
err25.emUsed = true;
}
}
for(const key4 in emErrors2){
if(emErrors2[key4].length){
const err26 = {instancePath:instancePath+"/reasons/" + i0+"/label",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key4]},message:key4 in templates2 ? templates2[key4]() : schema38.errorMessage[key4],schema:schema38.errorMessage,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
const emErrs2 = [];
for(const err27 of vErrors){
if(!err27.emUsed){
emErrs2.push(err27);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data3.values !== undefined){
let data6 = data3.values;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/reasons/" + i0+"/values/" + i1,schemaPath:"#/properties/reasons/items/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.reasons.items.properties.values.items.type,parentSchema:schema128.properties.reasons.items.properties.values.items,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/reasons/" + i0+"/values",schemaPath:"#/properties/reasons/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema128.properties.reasons.items.properties.values.type,parentSchema:schema128.properties.reasons.items.properties.values,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data3.destination !== undefined){
let data8 = data3.destination;
if(typeof data8 !== "string"){
const err30 = {instancePath:instancePath+"/reasons/" + i0+"/destination",schemaPath:"#/properties/reasons/items/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema128.properties.reasons.items.properties.destination.type,parentSchema:schema128.properties.reasons.items.properties.destination,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(((data8 === "nurture") || (data8 === "disqualified")) || (data8 === "sales-later"))){
const err31 = {instancePath:instancePath+"/reasons/" + i0+"/destination",schemaPath:"#/properties/reasons/items/properties/destination/enum",keyword:"enum",params:{allowedValues: schema128.properties.reasons.items.properties.destination.enum},message:"must be equal to one of the allowed values",schema:schema128.properties.reasons.items.properties.destination.enum,parentSchema:schema128.properties.reasons.items.properties.destination,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data3.flow !== undefined){
let data9 = data3.flow;
if(typeof data9 === "string"){
if(func3(data9) > 4000){
const err32 = {instancePath:instancePath+"/reasons/" + i0+"/flow",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func3(data9) < 1){
const err33 = {instancePath:instancePath+"/reasons/" + i0+"/flow",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern7.test(data9)){
const err34 = {instancePath:instancePath+"/reasons/" + i0+"/flow",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/reasons/" + i0+"/flow",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[]};
const templates3 = {};
for(const err36 of vErrors){
if((((((err36.keyword !== "errorMessage") && (!err36.emUsed)) && (err36.instancePath === instancePath+"/reasons/" + i0+"/flow")) && (err36.keyword in emErrors3)) && (err36.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err36.schemaPath.slice(12)))){
emErrors3[err36.keyword].push(err36);
err36.emUsed = true;
}
}
for(const key5 in emErrors3){
if(emErrors3[key5].length){
const err37 = {instancePath:instancePath+"/reasons/" + i0+"/flow",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key5]},message:key5 in templates3 ? templates3[key5]() : schema38.errorMessage[key5],schema:schema38.errorMessage,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
const emErrs3 = [];
for(const err38 of vErrors){
if(!err38.emUsed){
emErrs3.push(err38);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data3.after !== undefined){
let data10 = data3.after;
if(typeof data10 === "string"){
if(!pattern33.test(data10)){
const err39 = {instancePath:instancePath+"/reasons/" + i0+"/after",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$",parentSchema:schema71,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/reasons/" + i0+"/after",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"pattern":[],"type":[]};
const templates4 = {};
for(const err41 of vErrors){
if((((((err41.keyword !== "errorMessage") && (!err41.emUsed)) && (err41.instancePath === instancePath+"/reasons/" + i0+"/after")) && (err41.keyword in emErrors4)) && (err41.schemaPath.indexOf("#/$defs/duration") === 0)) && (/^\/[^\/]*$/.test(err41.schemaPath.slice(16)))){
emErrors4[err41.keyword].push(err41);
err41.emUsed = true;
}
}
for(const key6 in emErrors4){
if(emErrors4[key6].length){
const err42 = {instancePath:instancePath+"/reasons/" + i0+"/after",schemaPath:"#/$defs/duration/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key6]},message:key6 in templates4 ? templates4[key6]() : schema71.errorMessage[key6],schema:schema71.errorMessage,parentSchema:schema71,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
const emErrs4 = [];
for(const err43 of vErrors){
if(!err43.emUsed){
emErrs4.push(err43);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
if(data3.stage !== undefined){
let data11 = data3.stage;
if(typeof data11 === "string"){
if(func3(data11) > 64){
const err44 = {instancePath:instancePath+"/reasons/" + i0+"/stage",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern20.test(data11)){
const err45 = {instancePath:instancePath+"/reasons/" + i0+"/stage",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/reasons/" + i0+"/stage",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(errors > 0){
const emErrors5 = {"pattern":[],"type":[]};
const templates5 = {};
for(const err47 of vErrors){
if((((((err47.keyword !== "errorMessage") && (!err47.emUsed)) && (err47.instancePath === instancePath+"/reasons/" + i0+"/stage")) && (err47.keyword in emErrors5)) && (err47.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err47.schemaPath.slice(10)))){
emErrors5[err47.keyword].push(err47);
err47.emUsed = true;
}
}
for(const key7 in emErrors5){
if(emErrors5[key7].length){
const err48 = {instancePath:instancePath+"/reasons/" + i0+"/stage",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors5[key7]},message:key7 in templates5 ? templates5[key7]() : schema53.errorMessage[key7],schema:schema53.errorMessage,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
const emErrs5 = [];
for(const err49 of vErrors){
if(!err49.emUsed){
emErrs5.push(err49);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.properties.reasons.items.type,parentSchema:schema128.properties.reasons.items,data:data3};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema128.properties.reasons.type,parentSchema:schema128.properties.reasons,data:data2};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema128.type,parentSchema:schema128,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema135 = {"type":"object","additionalProperties":false,"required":["id","timezone","hours"],"description":"A business calendar: a time zone, weekly working hours, and holidays.","properties":{"id":{"$ref":"#/$defs/id","description":"Calendar id."},"name":{"$ref":"#/$defs/text","description":"Display name."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone, e.g. Europe/Madrid."},"hours":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Working intervals per weekday, e.g. `weekdays: [\"09:00-14:00\", \"15:00-18:00\"]`. A named day overrides `weekdays`.","properties":{"weekdays":{"$ref":"#/$defs/intervals","description":"Monday to Friday."},"mon":{"$ref":"#/$defs/intervals","description":"Monday."},"tue":{"$ref":"#/$defs/intervals","description":"Tuesday."},"wed":{"$ref":"#/$defs/intervals","description":"Wednesday."},"thu":{"$ref":"#/$defs/intervals","description":"Thursday."},"fri":{"$ref":"#/$defs/intervals","description":"Friday."},"sat":{"$ref":"#/$defs/intervals","description":"Saturday."},"sun":{"$ref":"#/$defs/intervals","description":"Sunday."}}},"holidays":{"type":"object","additionalProperties":false,"description":"Days the calendar is closed.","properties":{"regions":{"type":"array","description":"Public holidays of countries or regions, e.g. `ES`, `ES-CT`, `US-CA` (ISO 3166 codes as in date-holidays).","items":{"type":"string","pattern":"^[A-Z]{2}(-[A-Za-z0-9]{1,3}){0,2}$","errorMessage":{"pattern":"must be a country or region code such as \"ES\", \"ES-CT\" or \"US-CA\""}}},"dates":{"type":"array","description":"Extra closed dates.","items":{"anyOf":[{"$ref":"#/$defs/calendarDate"},{"type":"object","additionalProperties":false,"required":["date"],"properties":{"date":{"$ref":"#/$defs/calendarDate","description":"The closed date."},"name":{"$ref":"#/$defs/text","description":"What is celebrated."}}}]}}}}}};
const schema138 = {"type":"array","description":"Working intervals, e.g. [\"09:00-14:00\", \"15:00-18:00\"]; an empty list means closed.","items":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$","errorMessage":{"pattern":"must be an interval written HH:MM-HH:MM, such as \"09:00-18:00\""}}};
const pattern79 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", "u");
const pattern87 = new RegExp("^[A-Z]{2}(-[A-Za-z0-9]{1,3}){0,2}$", "u");

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timezone === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timezone"},message:"must have required property '"+"timezone"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.hours === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hours"},message:"must have required property '"+"hours"+"'",schema:schema135.required,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "name")) || (key0 === "timezone")) || (key0 === "hours")) || (key0 === "holidays"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern20.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err7 of vErrors){
if((((((err7.keyword !== "errorMessage") && (!err7.emUsed)) && (err7.instancePath === instancePath+"/id")) && (err7.keyword in emErrors0)) && (err7.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err7.schemaPath.slice(10)))){
emErrors0[err7.keyword].push(err7);
err7.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
const emErrs0 = [];
for(const err9 of vErrors){
if(!err9.emUsed){
emErrs0.push(err9);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data1) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern7.test(data1)){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err14 of vErrors){
if((((((err14.keyword !== "errorMessage") && (!err14.emUsed)) && (err14.instancePath === instancePath+"/name")) && (err14.keyword in emErrors1)) && (err14.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err14.schemaPath.slice(12)))){
emErrors1[err14.keyword].push(err14);
err14.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
const emErrs1 = [];
for(const err16 of vErrors){
if(!err16.emUsed){
emErrs1.push(err16);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.timezone !== undefined){
let data2 = data.timezone;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err17 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema135.properties.timezone,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema135.properties.timezone.type,parentSchema:schema135.properties.timezone,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.hours !== undefined){
let data3 = data.hours;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err19 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema135.properties.hours,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data3){
if(!((((((((key3 === "weekdays") || (key3 === "mon")) || (key3 === "tue")) || (key3 === "wed")) || (key3 === "thu")) || (key3 === "fri")) || (key3 === "sat")) || (key3 === "sun"))){
const err20 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema135.properties.hours,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.weekdays !== undefined){
let data4 = data3.weekdays;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern79.test(data5)){
const err21 = {instancePath:instancePath+"/hours/weekdays/" + i0,schemaPath:"#/$defs/intervals/items/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",parentSchema:schema138.items,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/hours/weekdays/" + i0,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.items.type,parentSchema:schema138.items,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err23 of vErrors){
if((((((err23.keyword !== "errorMessage") && (!err23.emUsed)) && (err23.instancePath === instancePath+"/hours/weekdays/" + i0)) && (err23.keyword in emErrors2)) && (err23.schemaPath.indexOf("#/$defs/intervals/items") === 0)) && (/^\/[^\/]*$/.test(err23.schemaPath.slice(23)))){
emErrors2[err23.keyword].push(err23);
err23.emUsed = true;
}
}
for(const key4 in emErrors2){
if(emErrors2[key4].length){
const err24 = {instancePath:instancePath+"/hours/weekdays/" + i0,schemaPath:"#/$defs/intervals/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key4]},message:key4 in templates2 ? templates2[key4]() : schema138.items.errorMessage[key4],schema:schema138.items.errorMessage,parentSchema:schema138.items,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
const emErrs2 = [];
for(const err25 of vErrors){
if(!err25.emUsed){
emErrs2.push(err25);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/hours/weekdays",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.type,parentSchema:schema138,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data3.mon !== undefined){
let data6 = data3.mon;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 === "string"){
if(!pattern79.test(data7)){
const err27 = {instancePath:instancePath+"/hours/mon/" + i1,schemaPath:"#/$defs/intervals/items/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",parentSchema:schema138.items,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/hours/mon/" + i1,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.items.type,parentSchema:schema138.items,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[]};
const templates3 = {};
for(const err29 of vErrors){
if((((((err29.keyword !== "errorMessage") && (!err29.emUsed)) && (err29.instancePath === instancePath+"/hours/mon/" + i1)) && (err29.keyword in emErrors3)) && (err29.schemaPath.indexOf("#/$defs/intervals/items") === 0)) && (/^\/[^\/]*$/.test(err29.schemaPath.slice(23)))){
emErrors3[err29.keyword].push(err29);
err29.emUsed = true;
}
}
for(const key5 in emErrors3){
if(emErrors3[key5].length){
const err30 = {instancePath:instancePath+"/hours/mon/" + i1,schemaPath:"#/$defs/intervals/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key5]},message:key5 in templates3 ? templates3[key5]() : schema138.items.errorMessage[key5],schema:schema138.items.errorMessage,parentSchema:schema138.items,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
const emErrs3 = [];
for(const err31 of vErrors){
if(!err31.emUsed){
emErrs3.push(err31);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/hours/mon",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.type,parentSchema:schema138,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data3.tue !== undefined){
let data8 = data3.tue;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(!pattern79.test(data9)){
const err33 = {instancePath:instancePath+"/hours/tue/" + i2,schemaPath:"#/$defs/intervals/items/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",parentSchema:schema138.items,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/hours/tue/" + i2,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.items.type,parentSchema:schema138.items,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"pattern":[]};
const templates4 = {};
for(const err35 of vErrors){
if((((((err35.keyword !== "errorMessage") && (!err35.emUsed)) && (err35.instancePath === instancePath+"/hours/tue/" + i2)) && (err35.keyword in emErrors4)) && (err35.schemaPath.indexOf("#/$defs/intervals/items") === 0)) && (/^\/[^\/]*$/.test(err35.schemaPath.slice(23)))){
emErrors4[err35.keyword].push(err35);
err35.emUsed = true;
}
}
for(const key6 in emErrors4){
if(emErrors4[key6].length){
const err36 = {instancePath:instancePath+"/hours/tue/" + i2,schemaPath:"#/$defs/intervals/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key6]},message:key6 in templates4 ? templates4[key6]() : schema138.items.errorMessage[key6],schema:schema138.items.errorMessage,parentSchema:schema138.items,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
const emErrs4 = [];
for(const err37 of vErrors){
if(!err37.emUsed){
emErrs4.push(err37);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/hours/tue",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.type,parentSchema:schema138,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data3.wed !== undefined){
let data10 = data3.wed;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
let data11 = data10[i3];
if(typeof data11 === "string"){
if(!pattern79.test(data11)){
const err39 = {instancePath:instancePath+"/hours/wed/" + i3,schemaPath:"#/$defs/intervals/items/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",parentSchema:schema138.items,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/hours/wed/" + i3,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.items.type,parentSchema:schema138.items,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(errors > 0){
const emErrors5 = {"pattern":[]};
const templates5 = {};
for(const err41 of vErrors){
if((((((err41.keyword !== "errorMessage") && (!err41.emUsed)) && (err41.instancePath === instancePath+"/hours/wed/" + i3)) && (err41.keyword in emErrors5)) && (err41.schemaPath.indexOf("#/$defs/intervals/items") === 0)) && (/^\/[^\/]*$/.test(err41.schemaPath.slice(23)))){
emErrors5[err41.keyword].push(err41);
err41.emUsed = true;
}
}
for(const key7 in emErrors5){
if(emErrors5[key7].length){
const err42 = {instancePath:instancePath+"/hours/wed/" + i3,schemaPath:"#/$defs/intervals/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors5[key7]},message:key7 in templates5 ? templates5[key7]() : schema138.items.errorMessage[key7],schema:schema138.items.errorMessage,parentSchema:schema138.items,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
const emErrs5 = [];
for(const err43 of vErrors){
if(!err43.emUsed){
emErrs5.push(err43);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
}
else {
const err44 = {instancePath:instancePath+"/hours/wed",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.type,parentSchema:schema138,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data3.thu !== undefined){
let data12 = data3.thu;
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
let data13 = data12[i4];
if(typeof data13 === "string"){
if(!pattern79.test(data13)){
const err45 = {instancePath:instancePath+"/hours/thu/" + i4,schemaPath:"#/$defs/intervals/items/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",parentSchema:schema138.items,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/hours/thu/" + i4,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.items.type,parentSchema:schema138.items,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(errors > 0){
const emErrors6 = {"pattern":[]};
const templates6 = {};
for(const err47 of vErrors){
if((((((err47.keyword !== "errorMessage") && (!err47.emUsed)) && (err47.instancePath === instancePath+"/hours/thu/" + i4)) && (err47.keyword in emErrors6)) && (err47.schemaPath.indexOf("#/$defs/intervals/items") === 0)) && (/^\/[^\/]*$/.test(err47.schemaPath.slice(23)))){
emErrors6[err47.keyword].push(err47);
err47.emUsed = true;
}
}
for(const key8 in emErrors6){
if(emErrors6[key8].length){
const err48 = {instancePath:instancePath+"/hours/thu/" + i4,schemaPath:"#/$defs/intervals/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors6[key8]},message:key8 in templates6 ? templates6[key8]() : schema138.items.errorMessage[key8],schema:schema138.items.errorMessage,parentSchema:schema138.items,data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
const emErrs6 = [];
for(const err49 of vErrors){
if(!err49.emUsed){
emErrs6.push(err49);
}
}
vErrors = emErrs6;
errors = emErrs6.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/hours/thu",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.type,parentSchema:schema138,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data3.fri !== undefined){
let data14 = data3.fri;
if(Array.isArray(data14)){
const len5 = data14.length;
for(let i5=0; i5<len5; i5++){
let data15 = data14[i5];
if(typeof data15 === "string"){
if(!pattern79.test(data15)){
const err51 = {instancePath:instancePath+"/hours/fri/" + i5,schemaPath:"#/$defs/intervals/items/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",parentSchema:schema138.items,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/hours/fri/" + i5,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.items.type,parentSchema:schema138.items,data:data15};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(errors > 0){
const emErrors7 = {"pattern":[]};
const templates7 = {};
for(const err53 of vErrors){
if((((((err53.keyword !== "errorMessage") && (!err53.emUsed)) && (err53.instancePath === instancePath+"/hours/fri/" + i5)) && (err53.keyword in emErrors7)) && (err53.schemaPath.indexOf("#/$defs/intervals/items") === 0)) && (/^\/[^\/]*$/.test(err53.schemaPath.slice(23)))){
emErrors7[err53.keyword].push(err53);
err53.emUsed = true;
}
}
for(const key9 in emErrors7){
if(emErrors7[key9].length){
const err54 = {instancePath:instancePath+"/hours/fri/" + i5,schemaPath:"#/$defs/intervals/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors7[key9]},message:key9 in templates7 ? templates7[key9]() : schema138.items.errorMessage[key9],schema:schema138.items.errorMessage,parentSchema:schema138.items,data:data15};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
const emErrs7 = [];
for(const err55 of vErrors){
if(!err55.emUsed){
emErrs7.push(err55);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
}
else {
const err56 = {instancePath:instancePath+"/hours/fri",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.type,parentSchema:schema138,data:data14};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data3.sat !== undefined){
let data16 = data3.sat;
if(Array.isArray(data16)){
const len6 = data16.length;
for(let i6=0; i6<len6; i6++){
let data17 = data16[i6];
if(typeof data17 === "string"){
if(!pattern79.test(data17)){
const err57 = {instancePath:instancePath+"/hours/sat/" + i6,schemaPath:"#/$defs/intervals/items/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",parentSchema:schema138.items,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/hours/sat/" + i6,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.items.type,parentSchema:schema138.items,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(errors > 0){
const emErrors8 = {"pattern":[]};
const templates8 = {};
for(const err59 of vErrors){
if((((((err59.keyword !== "errorMessage") && (!err59.emUsed)) && (err59.instancePath === instancePath+"/hours/sat/" + i6)) && (err59.keyword in emErrors8)) && (err59.schemaPath.indexOf("#/$defs/intervals/items") === 0)) && (/^\/[^\/]*$/.test(err59.schemaPath.slice(23)))){
emErrors8[err59.keyword].push(err59);
err59.emUsed = true;
}
}
for(const key10 in emErrors8){
if(emErrors8[key10].length){
const err60 = {instancePath:instancePath+"/hours/sat/" + i6,schemaPath:"#/$defs/intervals/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors8[key10]},message:key10 in templates8 ? templates8[key10]() : schema138.items.errorMessage[key10],schema:schema138.items.errorMessage,parentSchema:schema138.items,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
const emErrs8 = [];
for(const err61 of vErrors){
if(!err61.emUsed){
emErrs8.push(err61);
}
}
vErrors = emErrs8;
errors = emErrs8.length;
}
}
}
else {
const err62 = {instancePath:instancePath+"/hours/sat",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.type,parentSchema:schema138,data:data16};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data3.sun !== undefined){
let data18 = data3.sun;
if(Array.isArray(data18)){
const len7 = data18.length;
for(let i7=0; i7<len7; i7++){
let data19 = data18[i7];
if(typeof data19 === "string"){
if(!pattern79.test(data19)){
const err63 = {instancePath:instancePath+"/hours/sun/" + i7,schemaPath:"#/$defs/intervals/items/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",parentSchema:schema138.items,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/hours/sun/" + i7,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema138.items.type,parentSchema:schema138.items,data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(errors > 0){
const emErrors9 = {"pattern":[]};
const templates9 = {};
for(const err65 of vErrors){
if((((((err65.keyword !== "errorMessage") && (!err65.emUsed)) && (err65.instancePath === instancePath+"/hours/sun/" + i7)) && (err65.keyword in emErrors9)) && (err65.schemaPath.indexOf("#/$defs/intervals/items") === 0)) && (/^\/[^\/]*$/.test(err65.schemaPath.slice(23)))){
emErrors9[err65.keyword].push(err65);
err65.emUsed = true;
}
}
for(const key11 in emErrors9){
if(emErrors9[key11].length){
const err66 = {instancePath:instancePath+"/hours/sun/" + i7,schemaPath:"#/$defs/intervals/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors9[key11]},message:key11 in templates9 ? templates9[key11]() : schema138.items.errorMessage[key11],schema:schema138.items.errorMessage,parentSchema:schema138.items,data:data19};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
const emErrs9 = [];
for(const err67 of vErrors){
if(!err67.emUsed){
emErrs9.push(err67);
}
}
vErrors = emErrs9;
errors = emErrs9.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/hours/sun",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.type,parentSchema:schema138,data:data18};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema135.properties.hours.type,parentSchema:schema135.properties.hours,data:data3};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.holidays !== undefined){
let data20 = data.holidays;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key12 in data20){
if(!((key12 === "regions") || (key12 === "dates"))){
const err70 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema135.properties.holidays,data:data20};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data20.regions !== undefined){
let data21 = data20.regions;
if(Array.isArray(data21)){
const len8 = data21.length;
for(let i8=0; i8<len8; i8++){
let data22 = data21[i8];
if(typeof data22 === "string"){
if(!pattern87.test(data22)){
const err71 = {instancePath:instancePath+"/holidays/regions/" + i8,schemaPath:"#/properties/holidays/properties/regions/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}(-[A-Za-z0-9]{1,3}){0,2}$"},message:"must match pattern \""+"^[A-Z]{2}(-[A-Za-z0-9]{1,3}){0,2}$"+"\"",schema:"^[A-Z]{2}(-[A-Za-z0-9]{1,3}){0,2}$",parentSchema:schema135.properties.holidays.properties.regions.items,data:data22};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/holidays/regions/" + i8,schemaPath:"#/properties/holidays/properties/regions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema135.properties.holidays.properties.regions.items.type,parentSchema:schema135.properties.holidays.properties.regions.items,data:data22};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(errors > 0){
const emErrors10 = {"pattern":[]};
const templates10 = {};
for(const err73 of vErrors){
if((((((err73.keyword !== "errorMessage") && (!err73.emUsed)) && (err73.instancePath === instancePath+"/holidays/regions/" + i8)) && (err73.keyword in emErrors10)) && (err73.schemaPath.indexOf("#/properties/holidays/properties/regions/items") === 0)) && (/^\/[^\/]*$/.test(err73.schemaPath.slice(46)))){
emErrors10[err73.keyword].push(err73);
err73.emUsed = true;
}
}
for(const key13 in emErrors10){
if(emErrors10[key13].length){
const err74 = {instancePath:instancePath+"/holidays/regions/" + i8,schemaPath:"#/properties/holidays/properties/regions/items/errorMessage",keyword:"errorMessage",params:{errors: emErrors10[key13]},message:key13 in templates10 ? templates10[key13]() : schema135.properties.holidays.properties.regions.items.errorMessage[key13],schema:schema135.properties.holidays.properties.regions.items.errorMessage,parentSchema:schema135.properties.holidays.properties.regions.items,data:data22};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
const emErrs10 = [];
for(const err75 of vErrors){
if(!err75.emUsed){
emErrs10.push(err75);
}
}
vErrors = emErrs10;
errors = emErrs10.length;
}
}
}
else {
const err76 = {instancePath:instancePath+"/holidays/regions",schemaPath:"#/properties/holidays/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema135.properties.holidays.properties.regions.type,parentSchema:schema135.properties.holidays.properties.regions,data:data21};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data20.dates !== undefined){
let data23 = data20.dates;
if(Array.isArray(data23)){
const len9 = data23.length;
for(let i9=0; i9<len9; i9++){
let data24 = data23[i9];
const _errs63 = errors;
let valid33 = false;
const _errs64 = errors;
if(typeof data24 === "string"){
if(!(formats0.validate(data24))){
const err77 = {instancePath:instancePath+"/holidays/dates/" + i9,schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema40,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/holidays/dates/" + i9,schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data24};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(errors > 0){
const emErrors11 = {"format":[],"type":[]};
const templates11 = {};
for(const err79 of vErrors){
if((((((err79.keyword !== "errorMessage") && (!err79.emUsed)) && (err79.instancePath === instancePath+"/holidays/dates/" + i9)) && (err79.keyword in emErrors11)) && (err79.schemaPath.indexOf("#/$defs/calendarDate") === 0)) && (/^\/[^\/]*$/.test(err79.schemaPath.slice(20)))){
emErrors11[err79.keyword].push(err79);
err79.emUsed = true;
}
}
for(const key14 in emErrors11){
if(emErrors11[key14].length){
const err80 = {instancePath:instancePath+"/holidays/dates/" + i9,schemaPath:"#/$defs/calendarDate/errorMessage",keyword:"errorMessage",params:{errors: emErrors11[key14]},message:key14 in templates11 ? templates11[key14]() : schema40.errorMessage[key14],schema:schema40.errorMessage,parentSchema:schema40,data:data24};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
const emErrs11 = [];
for(const err81 of vErrors){
if(!err81.emUsed){
emErrs11.push(err81);
}
}
vErrors = emErrs11;
errors = emErrs11.length;
}
var _valid0 = _errs64 === errors;
valid33 = valid33 || _valid0;
const _errs67 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.date === undefined){
const err82 = {instancePath:instancePath+"/holidays/dates/" + i9,schemaPath:"#/properties/holidays/properties/dates/items/anyOf/1/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema135.properties.holidays.properties.dates.items.anyOf[1].required,parentSchema:schema135.properties.holidays.properties.dates.items.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key15 in data24){
if(!((key15 === "date") || (key15 === "name"))){
const err83 = {instancePath:instancePath+"/holidays/dates/" + i9,schemaPath:"#/properties/holidays/properties/dates/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema135.properties.holidays.properties.dates.items.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data24.date !== undefined){
let data25 = data24.date;
if(typeof data25 === "string"){
if(!(formats0.validate(data25))){
const err84 = {instancePath:instancePath+"/holidays/dates/" + i9+"/date",schemaPath:"#/$defs/calendarDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema40,data:data25};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/holidays/dates/" + i9+"/date",schemaPath:"#/$defs/calendarDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data25};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(errors > 0){
const emErrors12 = {"format":[],"type":[]};
const templates12 = {};
for(const err86 of vErrors){
if((((((err86.keyword !== "errorMessage") && (!err86.emUsed)) && (err86.instancePath === instancePath+"/holidays/dates/" + i9+"/date")) && (err86.keyword in emErrors12)) && (err86.schemaPath.indexOf("#/$defs/calendarDate") === 0)) && (/^\/[^\/]*$/.test(err86.schemaPath.slice(20)))){
emErrors12[err86.keyword].push(err86);
err86.emUsed = true;
}
}
for(const key16 in emErrors12){
if(emErrors12[key16].length){
const err87 = {instancePath:instancePath+"/holidays/dates/" + i9+"/date",schemaPath:"#/$defs/calendarDate/errorMessage",keyword:"errorMessage",params:{errors: emErrors12[key16]},message:key16 in templates12 ? templates12[key16]() : schema40.errorMessage[key16],schema:schema40.errorMessage,parentSchema:schema40,data:data25};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
const emErrs12 = [];
for(const err88 of vErrors){
if(!err88.emUsed){
emErrs12.push(err88);
}
}
vErrors = emErrs12;
errors = emErrs12.length;
}
}
if(data24.name !== undefined){
let data26 = data24.name;
if(typeof data26 === "string"){
if(func3(data26) > 4000){
const err89 = {instancePath:instancePath+"/holidays/dates/" + i9+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data26};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(func3(data26) < 1){
const err90 = {instancePath:instancePath+"/holidays/dates/" + i9+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data26};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!pattern7.test(data26)){
const err91 = {instancePath:instancePath+"/holidays/dates/" + i9+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data26};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/holidays/dates/" + i9+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data26};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(errors > 0){
const emErrors13 = {"pattern":[]};
const templates13 = {};
for(const err93 of vErrors){
if((((((err93.keyword !== "errorMessage") && (!err93.emUsed)) && (err93.instancePath === instancePath+"/holidays/dates/" + i9+"/name")) && (err93.keyword in emErrors13)) && (err93.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err93.schemaPath.slice(12)))){
emErrors13[err93.keyword].push(err93);
err93.emUsed = true;
}
}
for(const key17 in emErrors13){
if(emErrors13[key17].length){
const err94 = {instancePath:instancePath+"/holidays/dates/" + i9+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors13[key17]},message:key17 in templates13 ? templates13[key17]() : schema38.errorMessage[key17],schema:schema38.errorMessage,parentSchema:schema38,data:data26};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
const emErrs13 = [];
for(const err95 of vErrors){
if(!err95.emUsed){
emErrs13.push(err95);
}
}
vErrors = emErrs13;
errors = emErrs13.length;
}
}
}
else {
const err96 = {instancePath:instancePath+"/holidays/dates/" + i9,schemaPath:"#/properties/holidays/properties/dates/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema135.properties.holidays.properties.dates.items.anyOf[1].type,parentSchema:schema135.properties.holidays.properties.dates.items.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid0 = _errs67 === errors;
valid33 = valid33 || _valid0;
if(!valid33){
const err97 = {instancePath:instancePath+"/holidays/dates/" + i9,schemaPath:"#/properties/holidays/properties/dates/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema135.properties.holidays.properties.dates.items.anyOf,parentSchema:schema135.properties.holidays.properties.dates.items,data:data24};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err98 = {instancePath:instancePath+"/holidays/dates",schemaPath:"#/properties/holidays/properties/dates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema135.properties.holidays.properties.dates.type,parentSchema:schema135.properties.holidays.properties.dates,data:data23};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema135.properties.holidays.type,parentSchema:schema135.properties.holidays,data:data20};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema135.type,parentSchema:schema135,data};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema149 = {"type":"object","additionalProperties":false,"description":"The metrics both teams report with the same definitions, and when they meet.","properties":{"metrics":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","name","definition"],"properties":{"id":{"$ref":"#/$defs/id","description":"Metric id."},"name":{"$ref":"#/$defs/text","description":"Display name."},"definition":{"$ref":"#/$defs/text","description":"The shared definition, in words."},"owner":{"$ref":"#/$defs/teams","description":"Who reports it."},"cadence":{"$ref":"#/$defs/period","description":"How often it is reported."},"measure":{"type":"object","additionalProperties":false,"required":["kind"],"description":"How revpact computes it.","properties":{"kind":{"type":"string","enum":["count","conversion","sla-attainment","elapsed","sum"],"description":"`count` (leads entering `stage`), `conversion` (`from` → `to`), `sla-attainment` and `elapsed` (of `sla`), `sum` (of `field` over leads entering `stage`)."},"stage":{"$ref":"#/$defs/id","description":"Stage, for count and sum."},"from":{"$ref":"#/$defs/id","description":"Stage of the cohort, for conversion."},"to":{"$ref":"#/$defs/id","description":"Stage reached, for conversion."},"sla":{"$ref":"#/$defs/id","description":"SLA id, for sla-attainment and elapsed."},"field":{"$ref":"#/$defs/fieldName","description":"Field summed, for sum."}}}}},"description":"Metrics both teams report with the same definition."},"meetings":{"type":"array","items":{"$ref":"#/$defs/meeting"},"description":"Recurring meetings of both teams: pipeline reviews, the monthly revenue review, celebrations, the report card."}}};
const schema153 = {"type":"string","enum":["marketing","sales","both"],"description":"`marketing`, `sales`, or `both`."};
const schema160 = {"type":"object","additionalProperties":false,"required":["id","name","cadence"],"description":"A recurring meeting of both teams.","properties":{"id":{"$ref":"#/$defs/id","description":"Meeting id."},"name":{"$ref":"#/$defs/text","description":"Display name, e.g. Monthly revenue review."},"purpose":{"$ref":"#/$defs/text","description":"Why the teams meet."},"cadence":{"type":"string","enum":["weekly","biweekly","monthly","quarterly","half-yearly"],"description":"`weekly`, `biweekly`, `monthly`, `quarterly` or `half-yearly`."},"day":{"type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"],"description":"Weekday of the meeting."},"week":{"type":"string","enum":["first","second","third","fourth","last"],"description":"For monthly and longer cadences: which week of the month."},"time":{"$ref":"#/$defs/time","description":"Start time, local to the calendar's zone."},"duration":{"$ref":"#/$defs/duration","description":"Length, e.g. 45m."},"calendar":{"$ref":"#/$defs/id","description":"Calendar whose time zone applies; the first calendar by default."},"attendees":{"type":"array","items":{"$ref":"#/$defs/teams"},"description":"Teams that attend."},"agenda":{"type":"array","items":{"$ref":"#/$defs/text"},"description":"Standing agenda items."}}};
const schema164 = {"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"A wall-clock time, HH:MM (24-hour).","errorMessage":{"pattern":"must be a time written HH:MM, such as 09:30"}};
const pattern100 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema160.required,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema160.required,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cadence === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cadence"},message:"must have required property '"+"cadence"+"'",schema:schema160.required,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema160.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern20.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err7 of vErrors){
if((((((err7.keyword !== "errorMessage") && (!err7.emUsed)) && (err7.instancePath === instancePath+"/id")) && (err7.keyword in emErrors0)) && (err7.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err7.schemaPath.slice(10)))){
emErrors0[err7.keyword].push(err7);
err7.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
const emErrs0 = [];
for(const err9 of vErrors){
if(!err9.emUsed){
emErrs0.push(err9);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data1) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern7.test(data1)){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err14 of vErrors){
if((((((err14.keyword !== "errorMessage") && (!err14.emUsed)) && (err14.instancePath === instancePath+"/name")) && (err14.keyword in emErrors1)) && (err14.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err14.schemaPath.slice(12)))){
emErrors1[err14.keyword].push(err14);
err14.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
const emErrs1 = [];
for(const err16 of vErrors){
if(!err16.emUsed){
emErrs1.push(err16);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.purpose !== undefined){
let data2 = data.purpose;
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err17 = {instancePath:instancePath+"/purpose",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func3(data2) < 1){
const err18 = {instancePath:instancePath+"/purpose",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern7.test(data2)){
const err19 = {instancePath:instancePath+"/purpose",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/purpose",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err21 of vErrors){
if((((((err21.keyword !== "errorMessage") && (!err21.emUsed)) && (err21.instancePath === instancePath+"/purpose")) && (err21.keyword in emErrors2)) && (err21.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err21.schemaPath.slice(12)))){
emErrors2[err21.keyword].push(err21);
err21.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err22 = {instancePath:instancePath+"/purpose",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema38.errorMessage[key3],schema:schema38.errorMessage,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
const emErrs2 = [];
for(const err23 of vErrors){
if(!err23.emUsed){
emErrs2.push(err23);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.cadence !== undefined){
let data3 = data.cadence;
if(typeof data3 !== "string"){
const err24 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema160.properties.cadence.type,parentSchema:schema160.properties.cadence,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((data3 === "weekly") || (data3 === "biweekly")) || (data3 === "monthly")) || (data3 === "quarterly")) || (data3 === "half-yearly"))){
const err25 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/enum",keyword:"enum",params:{allowedValues: schema160.properties.cadence.enum},message:"must be equal to one of the allowed values",schema:schema160.properties.cadence.enum,parentSchema:schema160.properties.cadence,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.day !== undefined){
let data4 = data.day;
if(typeof data4 !== "string"){
const err26 = {instancePath:instancePath+"/day",schemaPath:"#/properties/day/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema160.properties.day.type,parentSchema:schema160.properties.day,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(((((((data4 === "mon") || (data4 === "tue")) || (data4 === "wed")) || (data4 === "thu")) || (data4 === "fri")) || (data4 === "sat")) || (data4 === "sun"))){
const err27 = {instancePath:instancePath+"/day",schemaPath:"#/properties/day/enum",keyword:"enum",params:{allowedValues: schema160.properties.day.enum},message:"must be equal to one of the allowed values",schema:schema160.properties.day.enum,parentSchema:schema160.properties.day,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.week !== undefined){
let data5 = data.week;
if(typeof data5 !== "string"){
const err28 = {instancePath:instancePath+"/week",schemaPath:"#/properties/week/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema160.properties.week.type,parentSchema:schema160.properties.week,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((((data5 === "first") || (data5 === "second")) || (data5 === "third")) || (data5 === "fourth")) || (data5 === "last"))){
const err29 = {instancePath:instancePath+"/week",schemaPath:"#/properties/week/enum",keyword:"enum",params:{allowedValues: schema160.properties.week.enum},message:"must be equal to one of the allowed values",schema:schema160.properties.week.enum,parentSchema:schema160.properties.week,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.time !== undefined){
let data6 = data.time;
if(typeof data6 === "string"){
if(!pattern100.test(data6)){
const err30 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema164,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema164.type,parentSchema:schema164,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[]};
const templates3 = {};
for(const err32 of vErrors){
if((((((err32.keyword !== "errorMessage") && (!err32.emUsed)) && (err32.instancePath === instancePath+"/time")) && (err32.keyword in emErrors3)) && (err32.schemaPath.indexOf("#/$defs/time") === 0)) && (/^\/[^\/]*$/.test(err32.schemaPath.slice(12)))){
emErrors3[err32.keyword].push(err32);
err32.emUsed = true;
}
}
for(const key4 in emErrors3){
if(emErrors3[key4].length){
const err33 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/time/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key4]},message:key4 in templates3 ? templates3[key4]() : schema164.errorMessage[key4],schema:schema164.errorMessage,parentSchema:schema164,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
const emErrs3 = [];
for(const err34 of vErrors){
if(!err34.emUsed){
emErrs3.push(err34);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.duration !== undefined){
let data7 = data.duration;
if(typeof data7 === "string"){
if(!pattern33.test(data7)){
const err35 = {instancePath:instancePath+"/duration",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(m|h|d|w|bh|bd)$",parentSchema:schema71,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/duration",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"pattern":[],"type":[]};
const templates4 = {};
for(const err37 of vErrors){
if((((((err37.keyword !== "errorMessage") && (!err37.emUsed)) && (err37.instancePath === instancePath+"/duration")) && (err37.keyword in emErrors4)) && (err37.schemaPath.indexOf("#/$defs/duration") === 0)) && (/^\/[^\/]*$/.test(err37.schemaPath.slice(16)))){
emErrors4[err37.keyword].push(err37);
err37.emUsed = true;
}
}
for(const key5 in emErrors4){
if(emErrors4[key5].length){
const err38 = {instancePath:instancePath+"/duration",schemaPath:"#/$defs/duration/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key5]},message:key5 in templates4 ? templates4[key5]() : schema71.errorMessage[key5],schema:schema71.errorMessage,parentSchema:schema71,data:data7};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
const emErrs4 = [];
for(const err39 of vErrors){
if(!err39.emUsed){
emErrs4.push(err39);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
if(data.calendar !== undefined){
let data8 = data.calendar;
if(typeof data8 === "string"){
if(func3(data8) > 64){
const err40 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern20.test(data8)){
const err41 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(errors > 0){
const emErrors5 = {"pattern":[],"type":[]};
const templates5 = {};
for(const err43 of vErrors){
if((((((err43.keyword !== "errorMessage") && (!err43.emUsed)) && (err43.instancePath === instancePath+"/calendar")) && (err43.keyword in emErrors5)) && (err43.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err43.schemaPath.slice(10)))){
emErrors5[err43.keyword].push(err43);
err43.emUsed = true;
}
}
for(const key6 in emErrors5){
if(emErrors5[key6].length){
const err44 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors5[key6]},message:key6 in templates5 ? templates5[key6]() : schema53.errorMessage[key6],schema:schema53.errorMessage,parentSchema:schema53,data:data8};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
const emErrs5 = [];
for(const err45 of vErrors){
if(!err45.emUsed){
emErrs5.push(err45);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
if(data.attendees !== undefined){
let data9 = data.attendees;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 !== "string"){
const err46 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/$defs/teams/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema153.type,parentSchema:schema153,data:data10};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!(((data10 === "marketing") || (data10 === "sales")) || (data10 === "both"))){
const err47 = {instancePath:instancePath+"/attendees/" + i0,schemaPath:"#/$defs/teams/enum",keyword:"enum",params:{allowedValues: schema153.enum},message:"must be equal to one of the allowed values",schema:schema153.enum,parentSchema:schema153,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/attendees",schemaPath:"#/properties/attendees/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema160.properties.attendees.type,parentSchema:schema160.properties.attendees,data:data9};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.agenda !== undefined){
let data11 = data.agenda;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(typeof data12 === "string"){
if(func3(data12) > 4000){
const err49 = {instancePath:instancePath+"/agenda/" + i1,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func3(data12) < 1){
const err50 = {instancePath:instancePath+"/agenda/" + i1,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!pattern7.test(data12)){
const err51 = {instancePath:instancePath+"/agenda/" + i1,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/agenda/" + i1,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(errors > 0){
const emErrors6 = {"pattern":[]};
const templates6 = {};
for(const err53 of vErrors){
if((((((err53.keyword !== "errorMessage") && (!err53.emUsed)) && (err53.instancePath === instancePath+"/agenda/" + i1)) && (err53.keyword in emErrors6)) && (err53.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err53.schemaPath.slice(12)))){
emErrors6[err53.keyword].push(err53);
err53.emUsed = true;
}
}
for(const key7 in emErrors6){
if(emErrors6[key7].length){
const err54 = {instancePath:instancePath+"/agenda/" + i1,schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors6[key7]},message:key7 in templates6 ? templates6[key7]() : schema38.errorMessage[key7],schema:schema38.errorMessage,parentSchema:schema38,data:data12};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
const emErrs6 = [];
for(const err55 of vErrors){
if(!err55.emUsed){
emErrs6.push(err55);
}
}
vErrors = emErrs6;
errors = emErrs6.length;
}
}
}
else {
const err56 = {instancePath:instancePath+"/agenda",schemaPath:"#/properties/agenda/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema160.properties.agenda.type,parentSchema:schema160.properties.agenda,data:data11};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema160.type,parentSchema:schema160,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "metrics") || (key0 === "meetings"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema149,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.metrics !== undefined){
let data0 = data.metrics;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err1 = {instancePath:instancePath+"/metrics/" + i0,schemaPath:"#/properties/metrics/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema149.properties.metrics.items.required,parentSchema:schema149.properties.metrics.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.name === undefined){
const err2 = {instancePath:instancePath+"/metrics/" + i0,schemaPath:"#/properties/metrics/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema149.properties.metrics.items.required,parentSchema:schema149.properties.metrics.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.definition === undefined){
const err3 = {instancePath:instancePath+"/metrics/" + i0,schemaPath:"#/properties/metrics/items/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'",schema:schema149.properties.metrics.items.required,parentSchema:schema149.properties.metrics.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "id") || (key1 === "name")) || (key1 === "definition")) || (key1 === "owner")) || (key1 === "cadence")) || (key1 === "measure"))){
const err4 = {instancePath:instancePath+"/metrics/" + i0,schemaPath:"#/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema149.properties.metrics.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func3(data2) > 64){
const err5 = {instancePath:instancePath+"/metrics/" + i0+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern20.test(data2)){
const err6 = {instancePath:instancePath+"/metrics/" + i0+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/metrics/" + i0+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err8 of vErrors){
if((((((err8.keyword !== "errorMessage") && (!err8.emUsed)) && (err8.instancePath === instancePath+"/metrics/" + i0+"/id")) && (err8.keyword in emErrors0)) && (err8.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err8.schemaPath.slice(10)))){
emErrors0[err8.keyword].push(err8);
err8.emUsed = true;
}
}
for(const key2 in emErrors0){
if(emErrors0[key2].length){
const err9 = {instancePath:instancePath+"/metrics/" + i0+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key2]},message:key2 in templates0 ? templates0[key2]() : schema53.errorMessage[key2],schema:schema53.errorMessage,parentSchema:schema53,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
const emErrs0 = [];
for(const err10 of vErrors){
if(!err10.emUsed){
emErrs0.push(err10);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data1.name !== undefined){
let data3 = data1.name;
if(typeof data3 === "string"){
if(func3(data3) > 4000){
const err11 = {instancePath:instancePath+"/metrics/" + i0+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/metrics/" + i0+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern7.test(data3)){
const err13 = {instancePath:instancePath+"/metrics/" + i0+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/metrics/" + i0+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err15 of vErrors){
if((((((err15.keyword !== "errorMessage") && (!err15.emUsed)) && (err15.instancePath === instancePath+"/metrics/" + i0+"/name")) && (err15.keyword in emErrors1)) && (err15.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err15.schemaPath.slice(12)))){
emErrors1[err15.keyword].push(err15);
err15.emUsed = true;
}
}
for(const key3 in emErrors1){
if(emErrors1[key3].length){
const err16 = {instancePath:instancePath+"/metrics/" + i0+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key3]},message:key3 in templates1 ? templates1[key3]() : schema38.errorMessage[key3],schema:schema38.errorMessage,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
const emErrs1 = [];
for(const err17 of vErrors){
if(!err17.emUsed){
emErrs1.push(err17);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data1.definition !== undefined){
let data4 = data1.definition;
if(typeof data4 === "string"){
if(func3(data4) > 4000){
const err18 = {instancePath:instancePath+"/metrics/" + i0+"/definition",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data4) < 1){
const err19 = {instancePath:instancePath+"/metrics/" + i0+"/definition",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern7.test(data4)){
const err20 = {instancePath:instancePath+"/metrics/" + i0+"/definition",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/metrics/" + i0+"/definition",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err22 of vErrors){
if((((((err22.keyword !== "errorMessage") && (!err22.emUsed)) && (err22.instancePath === instancePath+"/metrics/" + i0+"/definition")) && (err22.keyword in emErrors2)) && (err22.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err22.schemaPath.slice(12)))){
emErrors2[err22.keyword].push(err22);
err22.emUsed = true;
}
}
for(const key4 in emErrors2){
if(emErrors2[key4].length){
const err23 = {instancePath:instancePath+"/metrics/" + i0+"/definition",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key4]},message:key4 in templates2 ? templates2[key4]() : schema38.errorMessage[key4],schema:schema38.errorMessage,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
const emErrs2 = [];
for(const err24 of vErrors){
if(!err24.emUsed){
emErrs2.push(err24);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data1.owner !== undefined){
let data5 = data1.owner;
if(typeof data5 !== "string"){
const err25 = {instancePath:instancePath+"/metrics/" + i0+"/owner",schemaPath:"#/$defs/teams/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema153.type,parentSchema:schema153,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(((data5 === "marketing") || (data5 === "sales")) || (data5 === "both"))){
const err26 = {instancePath:instancePath+"/metrics/" + i0+"/owner",schemaPath:"#/$defs/teams/enum",keyword:"enum",params:{allowedValues: schema153.enum},message:"must be equal to one of the allowed values",schema:schema153.enum,parentSchema:schema153,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data1.cadence !== undefined){
let data6 = data1.cadence;
if(typeof data6 !== "string"){
const err27 = {instancePath:instancePath+"/metrics/" + i0+"/cadence",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((((data6 === "week") || (data6 === "month")) || (data6 === "quarter")) || (data6 === "half-year")) || (data6 === "year"))){
const err28 = {instancePath:instancePath+"/metrics/" + i0+"/cadence",schemaPath:"#/$defs/period/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values",schema:schema76.enum,parentSchema:schema76,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.measure !== undefined){
let data7 = data1.measure;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.kind === undefined){
const err29 = {instancePath:instancePath+"/metrics/" + i0+"/measure",schemaPath:"#/properties/metrics/items/properties/measure/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema149.properties.metrics.items.properties.measure.required,parentSchema:schema149.properties.metrics.items.properties.measure,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key5 in data7){
if(!((((((key5 === "kind") || (key5 === "stage")) || (key5 === "from")) || (key5 === "to")) || (key5 === "sla")) || (key5 === "field"))){
const err30 = {instancePath:instancePath+"/metrics/" + i0+"/measure",schemaPath:"#/properties/metrics/items/properties/measure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema149.properties.metrics.items.properties.measure,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.kind !== undefined){
let data8 = data7.kind;
if(typeof data8 !== "string"){
const err31 = {instancePath:instancePath+"/metrics/" + i0+"/measure/kind",schemaPath:"#/properties/metrics/items/properties/measure/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.properties.metrics.items.properties.measure.properties.kind.type,parentSchema:schema149.properties.metrics.items.properties.measure.properties.kind,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((((data8 === "count") || (data8 === "conversion")) || (data8 === "sla-attainment")) || (data8 === "elapsed")) || (data8 === "sum"))){
const err32 = {instancePath:instancePath+"/metrics/" + i0+"/measure/kind",schemaPath:"#/properties/metrics/items/properties/measure/properties/kind/enum",keyword:"enum",params:{allowedValues: schema149.properties.metrics.items.properties.measure.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema149.properties.metrics.items.properties.measure.properties.kind.enum,parentSchema:schema149.properties.metrics.items.properties.measure.properties.kind,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data7.stage !== undefined){
let data9 = data7.stage;
if(typeof data9 === "string"){
if(func3(data9) > 64){
const err33 = {instancePath:instancePath+"/metrics/" + i0+"/measure/stage",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern20.test(data9)){
const err34 = {instancePath:instancePath+"/metrics/" + i0+"/measure/stage",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/metrics/" + i0+"/measure/stage",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[],"type":[]};
const templates3 = {};
for(const err36 of vErrors){
if((((((err36.keyword !== "errorMessage") && (!err36.emUsed)) && (err36.instancePath === instancePath+"/metrics/" + i0+"/measure/stage")) && (err36.keyword in emErrors3)) && (err36.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err36.schemaPath.slice(10)))){
emErrors3[err36.keyword].push(err36);
err36.emUsed = true;
}
}
for(const key6 in emErrors3){
if(emErrors3[key6].length){
const err37 = {instancePath:instancePath+"/metrics/" + i0+"/measure/stage",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key6]},message:key6 in templates3 ? templates3[key6]() : schema53.errorMessage[key6],schema:schema53.errorMessage,parentSchema:schema53,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
const emErrs3 = [];
for(const err38 of vErrors){
if(!err38.emUsed){
emErrs3.push(err38);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data7.from !== undefined){
let data10 = data7.from;
if(typeof data10 === "string"){
if(func3(data10) > 64){
const err39 = {instancePath:instancePath+"/metrics/" + i0+"/measure/from",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern20.test(data10)){
const err40 = {instancePath:instancePath+"/metrics/" + i0+"/measure/from",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/metrics/" + i0+"/measure/from",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(errors > 0){
const emErrors4 = {"pattern":[],"type":[]};
const templates4 = {};
for(const err42 of vErrors){
if((((((err42.keyword !== "errorMessage") && (!err42.emUsed)) && (err42.instancePath === instancePath+"/metrics/" + i0+"/measure/from")) && (err42.keyword in emErrors4)) && (err42.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err42.schemaPath.slice(10)))){
emErrors4[err42.keyword].push(err42);
err42.emUsed = true;
}
}
for(const key7 in emErrors4){
if(emErrors4[key7].length){
const err43 = {instancePath:instancePath+"/metrics/" + i0+"/measure/from",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors4[key7]},message:key7 in templates4 ? templates4[key7]() : schema53.errorMessage[key7],schema:schema53.errorMessage,parentSchema:schema53,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
const emErrs4 = [];
for(const err44 of vErrors){
if(!err44.emUsed){
emErrs4.push(err44);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
if(data7.to !== undefined){
let data11 = data7.to;
if(typeof data11 === "string"){
if(func3(data11) > 64){
const err45 = {instancePath:instancePath+"/metrics/" + i0+"/measure/to",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern20.test(data11)){
const err46 = {instancePath:instancePath+"/metrics/" + i0+"/measure/to",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/metrics/" + i0+"/measure/to",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(errors > 0){
const emErrors5 = {"pattern":[],"type":[]};
const templates5 = {};
for(const err48 of vErrors){
if((((((err48.keyword !== "errorMessage") && (!err48.emUsed)) && (err48.instancePath === instancePath+"/metrics/" + i0+"/measure/to")) && (err48.keyword in emErrors5)) && (err48.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err48.schemaPath.slice(10)))){
emErrors5[err48.keyword].push(err48);
err48.emUsed = true;
}
}
for(const key8 in emErrors5){
if(emErrors5[key8].length){
const err49 = {instancePath:instancePath+"/metrics/" + i0+"/measure/to",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors5[key8]},message:key8 in templates5 ? templates5[key8]() : schema53.errorMessage[key8],schema:schema53.errorMessage,parentSchema:schema53,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
const emErrs5 = [];
for(const err50 of vErrors){
if(!err50.emUsed){
emErrs5.push(err50);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
if(data7.sla !== undefined){
let data12 = data7.sla;
if(typeof data12 === "string"){
if(func3(data12) > 64){
const err51 = {instancePath:instancePath+"/metrics/" + i0+"/measure/sla",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern20.test(data12)){
const err52 = {instancePath:instancePath+"/metrics/" + i0+"/measure/sla",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/metrics/" + i0+"/measure/sla",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(errors > 0){
const emErrors6 = {"pattern":[],"type":[]};
const templates6 = {};
for(const err54 of vErrors){
if((((((err54.keyword !== "errorMessage") && (!err54.emUsed)) && (err54.instancePath === instancePath+"/metrics/" + i0+"/measure/sla")) && (err54.keyword in emErrors6)) && (err54.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err54.schemaPath.slice(10)))){
emErrors6[err54.keyword].push(err54);
err54.emUsed = true;
}
}
for(const key9 in emErrors6){
if(emErrors6[key9].length){
const err55 = {instancePath:instancePath+"/metrics/" + i0+"/measure/sla",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors6[key9]},message:key9 in templates6 ? templates6[key9]() : schema53.errorMessage[key9],schema:schema53.errorMessage,parentSchema:schema53,data:data12};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
const emErrs6 = [];
for(const err56 of vErrors){
if(!err56.emUsed){
emErrs6.push(err56);
}
}
vErrors = emErrs6;
errors = emErrs6.length;
}
}
if(data7.field !== undefined){
let data13 = data7.field;
if(typeof data13 === "string"){
if(!pattern23.test(data13)){
const err57 = {instancePath:instancePath+"/metrics/" + i0+"/measure/field",schemaPath:"#/$defs/fieldName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/metrics/" + i0+"/measure/field",schemaPath:"#/$defs/fieldName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(errors > 0){
const emErrors7 = {"pattern":[]};
const templates7 = {};
for(const err59 of vErrors){
if((((((err59.keyword !== "errorMessage") && (!err59.emUsed)) && (err59.instancePath === instancePath+"/metrics/" + i0+"/measure/field")) && (err59.keyword in emErrors7)) && (err59.schemaPath.indexOf("#/$defs/fieldName") === 0)) && (/^\/[^\/]*$/.test(err59.schemaPath.slice(17)))){
emErrors7[err59.keyword].push(err59);
err59.emUsed = true;
}
}
for(const key10 in emErrors7){
if(emErrors7[key10].length){
const err60 = {instancePath:instancePath+"/metrics/" + i0+"/measure/field",schemaPath:"#/$defs/fieldName/errorMessage",keyword:"errorMessage",params:{errors: emErrors7[key10]},message:key10 in templates7 ? templates7[key10]() : schema57.errorMessage[key10],schema:schema57.errorMessage,parentSchema:schema57,data:data13};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
const emErrs7 = [];
for(const err61 of vErrors){
if(!err61.emUsed){
emErrs7.push(err61);
}
}
vErrors = emErrs7;
errors = emErrs7.length;
}
}
}
else {
const err62 = {instancePath:instancePath+"/metrics/" + i0+"/measure",schemaPath:"#/properties/metrics/items/properties/measure/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema149.properties.metrics.items.properties.measure.type,parentSchema:schema149.properties.metrics.items.properties.measure,data:data7};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/metrics/" + i0,schemaPath:"#/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema149.properties.metrics.items.type,parentSchema:schema149.properties.metrics.items,data:data1};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema149.properties.metrics.type,parentSchema:schema149.properties.metrics,data:data0};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.meetings !== undefined){
let data14 = data.meetings;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate71(data14[i1], {instancePath:instancePath+"/meetings/" + i1,parentData:data14,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
}
else {
const err65 = {instancePath:instancePath+"/meetings",schemaPath:"#/properties/meetings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema149.properties.meetings.type,parentSchema:schema149.properties.meetings,data:data14};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema149.type,parentSchema:schema149,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema169 = {"type":"object","additionalProperties":false,"required":["needs"],"description":"The half-yearly report card: each side grades how well the other meets its critical needs.","properties":{"cadence":{"type":"string","enum":["quarterly","half-yearly","yearly"],"default":"half-yearly","description":"How often the teams grade each other."},"scale":{"type":"array","minItems":2,"description":"Grades from best to worst, e.g. A, B, C, F.","items":{"type":"object","additionalProperties":false,"required":["grade"],"properties":{"grade":{"type":"string","pattern":"^[A-Z][+-]?$","description":"The grade letter."},"meaning":{"$ref":"#/$defs/text","description":"What the grade means."}}}},"commentBelow":{"type":"string","pattern":"^[A-Z][+-]?$","default":"B","description":"A grade worse than this one needs a comment."},"needs":{"type":"object","additionalProperties":false,"required":["marketing","sales"],"description":"Each side's critical needs from the other (about six each).","properties":{"marketing":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/need"},"description":"What marketing needs from sales; marketing grades sales on these."},"sales":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/need"},"description":"What sales needs from marketing; sales grades marketing on these."}}}}};
const pattern104 = new RegExp("^[A-Z][+-]?$", "u");
const schema171 = {"type":"object","additionalProperties":false,"required":["id","need"],"properties":{"id":{"$ref":"#/$defs/id","description":"Need id, unique within the scorecard."},"need":{"$ref":"#/$defs/text","description":"The critical need, in words."}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema171.required,parentSchema:schema171,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.need === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "need"},message:"must have required property '"+"need"+"'",schema:schema171.required,parentSchema:schema171,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "need"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema171,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/id")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(10)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema53.errorMessage[key1],schema:schema53.errorMessage,parentSchema:schema53,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.need !== undefined){
let data1 = data.need;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err9 = {instancePath:instancePath+"/need",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data1) < 1){
const err10 = {instancePath:instancePath+"/need",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern7.test(data1)){
const err11 = {instancePath:instancePath+"/need",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/need",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err13 of vErrors){
if((((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && (err13.instancePath === instancePath+"/need")) && (err13.keyword in emErrors1)) && (err13.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err13.schemaPath.slice(12)))){
emErrors1[err13.keyword].push(err13);
err13.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err14 = {instancePath:instancePath+"/need",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
const emErrs1 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs1.push(err15);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema171.type,parentSchema:schema171,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.needs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "needs"},message:"must have required property '"+"needs"+"'",schema:schema169.required,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "cadence") || (key0 === "scale")) || (key0 === "commentBelow")) || (key0 === "needs"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.cadence !== undefined){
let data0 = data.cadence;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema169.properties.cadence.type,parentSchema:schema169.properties.cadence,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "quarterly") || (data0 === "half-yearly")) || (data0 === "yearly"))){
const err3 = {instancePath:instancePath+"/cadence",schemaPath:"#/properties/cadence/enum",keyword:"enum",params:{allowedValues: schema169.properties.cadence.enum},message:"must be equal to one of the allowed values",schema:schema169.properties.cadence.enum,parentSchema:schema169.properties.cadence,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.scale !== undefined){
let data1 = data.scale;
if(Array.isArray(data1)){
if(data1.length < 2){
const err4 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema169.properties.scale,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.grade === undefined){
const err5 = {instancePath:instancePath+"/scale/" + i0,schemaPath:"#/properties/scale/items/required",keyword:"required",params:{missingProperty: "grade"},message:"must have required property '"+"grade"+"'",schema:schema169.properties.scale.items.required,parentSchema:schema169.properties.scale.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "grade") || (key1 === "meaning"))){
const err6 = {instancePath:instancePath+"/scale/" + i0,schemaPath:"#/properties/scale/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema169.properties.scale.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.grade !== undefined){
let data3 = data2.grade;
if(typeof data3 === "string"){
if(!pattern104.test(data3)){
const err7 = {instancePath:instancePath+"/scale/" + i0+"/grade",schemaPath:"#/properties/scale/items/properties/grade/pattern",keyword:"pattern",params:{pattern: "^[A-Z][+-]?$"},message:"must match pattern \""+"^[A-Z][+-]?$"+"\"",schema:"^[A-Z][+-]?$",parentSchema:schema169.properties.scale.items.properties.grade,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/scale/" + i0+"/grade",schemaPath:"#/properties/scale/items/properties/grade/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema169.properties.scale.items.properties.grade.type,parentSchema:schema169.properties.scale.items.properties.grade,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.meaning !== undefined){
let data4 = data2.meaning;
if(typeof data4 === "string"){
if(func3(data4) > 4000){
const err9 = {instancePath:instancePath+"/scale/" + i0+"/meaning",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func3(data4) < 1){
const err10 = {instancePath:instancePath+"/scale/" + i0+"/meaning",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern7.test(data4)){
const err11 = {instancePath:instancePath+"/scale/" + i0+"/meaning",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/scale/" + i0+"/meaning",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err13 of vErrors){
if((((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && (err13.instancePath === instancePath+"/scale/" + i0+"/meaning")) && (err13.keyword in emErrors0)) && (err13.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err13.schemaPath.slice(12)))){
emErrors0[err13.keyword].push(err13);
err13.emUsed = true;
}
}
for(const key2 in emErrors0){
if(emErrors0[key2].length){
const err14 = {instancePath:instancePath+"/scale/" + i0+"/meaning",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key2]},message:key2 in templates0 ? templates0[key2]() : schema38.errorMessage[key2],schema:schema38.errorMessage,parentSchema:schema38,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
const emErrs0 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs0.push(err15);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/scale/" + i0,schemaPath:"#/properties/scale/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema169.properties.scale.items.type,parentSchema:schema169.properties.scale.items,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema169.properties.scale.type,parentSchema:schema169.properties.scale,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.commentBelow !== undefined){
let data5 = data.commentBelow;
if(typeof data5 === "string"){
if(!pattern104.test(data5)){
const err18 = {instancePath:instancePath+"/commentBelow",schemaPath:"#/properties/commentBelow/pattern",keyword:"pattern",params:{pattern: "^[A-Z][+-]?$"},message:"must match pattern \""+"^[A-Z][+-]?$"+"\"",schema:"^[A-Z][+-]?$",parentSchema:schema169.properties.commentBelow,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/commentBelow",schemaPath:"#/properties/commentBelow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema169.properties.commentBelow.type,parentSchema:schema169.properties.commentBelow,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.needs !== undefined){
let data6 = data.needs;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.marketing === undefined){
const err20 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/required",keyword:"required",params:{missingProperty: "marketing"},message:"must have required property '"+"marketing"+"'",schema:schema169.properties.needs.required,parentSchema:schema169.properties.needs,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.sales === undefined){
const err21 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/required",keyword:"required",params:{missingProperty: "sales"},message:"must have required property '"+"sales"+"'",schema:schema169.properties.needs.required,parentSchema:schema169.properties.needs,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "marketing") || (key3 === "sales"))){
const err22 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema169.properties.needs,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.marketing !== undefined){
let data7 = data6.marketing;
if(Array.isArray(data7)){
if(data7.length < 1){
const err23 = {instancePath:instancePath+"/needs/marketing",schemaPath:"#/properties/needs/properties/marketing/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema169.properties.needs.properties.marketing,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate75(data7[i1], {instancePath:instancePath+"/needs/marketing/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/needs/marketing",schemaPath:"#/properties/needs/properties/marketing/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema169.properties.needs.properties.marketing.type,parentSchema:schema169.properties.needs.properties.marketing,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.sales !== undefined){
let data9 = data6.sales;
if(Array.isArray(data9)){
if(data9.length < 1){
const err25 = {instancePath:instancePath+"/needs/sales",schemaPath:"#/properties/needs/properties/sales/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema169.properties.needs.properties.sales,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(!(validate75(data9[i2], {instancePath:instancePath+"/needs/sales/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/needs/sales",schemaPath:"#/properties/needs/properties/sales/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema169.properties.needs.properties.sales.type,parentSchema:schema169.properties.needs.properties.sales,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema169.properties.needs.type,parentSchema:schema169.properties.needs,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema169.type,parentSchema:schema169,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema174 = {"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field."}},"description":"Who is who for `revpact notify`: the CRM's owners with their Slack member id, e-mail address and manager, and where notices go when a lead's owner is missing or unknown.","properties":{"members":{"type":"array","minItems":1,"description":"The people who own leads in the CRM (and their managers).","items":{"$ref":"#/$defs/member"}},"fallback":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Where notices go for leads without an owner, or whose owner is not among the members.","properties":{"slack":{"type":"string","pattern":"^(here|channel|[UW][A-Z0-9]{2,20}|S[A-Z0-9]{2,20})$","description":"In the webhook's channel: `here`, `channel`, a member id (U…) or a user group id (S…) to mention.","errorMessage":{"pattern":"must be here, channel, a Slack member id (U…) or a user group id (S…)"}},"email":{"type":"string","format":"email","maxLength":254,"description":"E-mail address that receives the digest, e.g. a sales-operations list.","errorMessage":{"format":"must be an e-mail address such as \"elena@example.com\""}},"name":{"$ref":"#/$defs/text","description":"How messages name the fallback, e.g. Sales operations."}}}}};
const pattern113 = new RegExp("^(here|channel|[UW][A-Z0-9]{2,20}|S[A-Z0-9]{2,20})$", "u");
const schema175 = {"type":"object","additionalProperties":false,"required":["name"],"description":"One person: named as the CRM names the lead owner.","properties":{"name":{"$ref":"#/$defs/text","description":"The owner's name exactly as the CRM gives it (compared without regard to case or extra spaces); an owner given by e-mail address matches `email`."},"slack":{"type":"string","pattern":"^([UW][A-Z0-9]{2,20})$","description":"Slack member id (Profile → ⋯ → Copy member ID), e.g. U04ELENA01: notices mention this member.","errorMessage":{"pattern":"must be a Slack member id such as \"U04ELENA01\" (Profile → ⋯ → Copy member ID), not a name or @handle"}},"email":{"type":"string","format":"email","maxLength":254,"description":"E-mail address for e-mail digests (and the Teams mention: the sign-in address).","errorMessage":{"format":"must be an e-mail address such as \"elena@example.com\""}},"manager":{"$ref":"#/$defs/text","description":"The `name` of this person's manager among the members: breach notices are escalated there."}}};
const pattern111 = new RegExp("^([UW][A-Z0-9]{2,20})$", "u");

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema175.required,parentSchema:schema175,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "slack")) || (key0 === "email")) || (key0 === "manager"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema175,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) > 4000){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern7.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/name")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(12)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema38.errorMessage[key1],schema:schema38.errorMessage,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.slack !== undefined){
let data1 = data.slack;
if(typeof data1 === "string"){
if(!pattern111.test(data1)){
const err9 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/pattern",keyword:"pattern",params:{pattern: "^([UW][A-Z0-9]{2,20})$"},message:"must match pattern \""+"^([UW][A-Z0-9]{2,20})$"+"\"",schema:"^([UW][A-Z0-9]{2,20})$",parentSchema:schema175.properties.slack,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema175.properties.slack.type,parentSchema:schema175.properties.slack,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[]};
const templates1 = {};
for(const err11 of vErrors){
if((((((err11.keyword !== "errorMessage") && (!err11.emUsed)) && (err11.instancePath === instancePath+"/slack")) && (err11.keyword in emErrors1)) && (err11.schemaPath.indexOf("#/properties/slack") === 0)) && (/^\/[^\/]*$/.test(err11.schemaPath.slice(18)))){
emErrors1[err11.keyword].push(err11);
err11.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err12 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema175.properties.slack.errorMessage[key2],schema:schema175.properties.slack.errorMessage,parentSchema:schema175.properties.slack,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
const emErrs1 = [];
for(const err13 of vErrors){
if(!err13.emUsed){
emErrs1.push(err13);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.email !== undefined){
let data2 = data.email;
if(typeof data2 === "string"){
if(func3(data2) > 254){
const err14 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema175.properties.email,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats2.test(data2))){
const err15 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema175.properties.email,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema175.properties.email.type,parentSchema:schema175.properties.email,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"format":[]};
const templates2 = {};
for(const err17 of vErrors){
if((((((err17.keyword !== "errorMessage") && (!err17.emUsed)) && (err17.instancePath === instancePath+"/email")) && (err17.keyword in emErrors2)) && (err17.schemaPath.indexOf("#/properties/email") === 0)) && (/^\/[^\/]*$/.test(err17.schemaPath.slice(18)))){
emErrors2[err17.keyword].push(err17);
err17.emUsed = true;
}
}
for(const key3 in emErrors2){
if(emErrors2[key3].length){
const err18 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key3]},message:key3 in templates2 ? templates2[key3]() : schema175.properties.email.errorMessage[key3],schema:schema175.properties.email.errorMessage,parentSchema:schema175.properties.email,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
const emErrs2 = [];
for(const err19 of vErrors){
if(!err19.emUsed){
emErrs2.push(err19);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data.manager !== undefined){
let data3 = data.manager;
if(typeof data3 === "string"){
if(func3(data3) > 4000){
const err20 = {instancePath:instancePath+"/manager",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func3(data3) < 1){
const err21 = {instancePath:instancePath+"/manager",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern7.test(data3)){
const err22 = {instancePath:instancePath+"/manager",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/manager",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(errors > 0){
const emErrors3 = {"pattern":[]};
const templates3 = {};
for(const err24 of vErrors){
if((((((err24.keyword !== "errorMessage") && (!err24.emUsed)) && (err24.instancePath === instancePath+"/manager")) && (err24.keyword in emErrors3)) && (err24.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err24.schemaPath.slice(12)))){
emErrors3[err24.keyword].push(err24);
err24.emUsed = true;
}
}
for(const key4 in emErrors3){
if(emErrors3[key4].length){
const err25 = {instancePath:instancePath+"/manager",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors3[key4]},message:key4 in templates3 ? templates3[key4]() : schema38.errorMessage[key4],schema:schema38.errorMessage,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
const emErrs3 = [];
for(const err26 of vErrors){
if(!err26.emUsed){
emErrs3.push(err26);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema175.type,parentSchema:schema175,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "members") || (key0 === "fallback")) || (pattern4.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema174,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.members !== undefined){
let data0 = data.members;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema174.properties.members,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate80(data0[i0], {instancePath:instancePath+"/members/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema174.properties.members.type,parentSchema:schema174.properties.members,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.fallback !== undefined){
let data2 = data.fallback;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err3 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema174.properties.fallback,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "slack") || (key1 === "email")) || (key1 === "name"))){
const err4 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema174.properties.fallback,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.slack !== undefined){
let data3 = data2.slack;
if(typeof data3 === "string"){
if(!pattern113.test(data3)){
const err5 = {instancePath:instancePath+"/fallback/slack",schemaPath:"#/properties/fallback/properties/slack/pattern",keyword:"pattern",params:{pattern: "^(here|channel|[UW][A-Z0-9]{2,20}|S[A-Z0-9]{2,20})$"},message:"must match pattern \""+"^(here|channel|[UW][A-Z0-9]{2,20}|S[A-Z0-9]{2,20})$"+"\"",schema:"^(here|channel|[UW][A-Z0-9]{2,20}|S[A-Z0-9]{2,20})$",parentSchema:schema174.properties.fallback.properties.slack,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/fallback/slack",schemaPath:"#/properties/fallback/properties/slack/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.fallback.properties.slack.type,parentSchema:schema174.properties.fallback.properties.slack,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err7 of vErrors){
if((((((err7.keyword !== "errorMessage") && (!err7.emUsed)) && (err7.instancePath === instancePath+"/fallback/slack")) && (err7.keyword in emErrors0)) && (err7.schemaPath.indexOf("#/properties/fallback/properties/slack") === 0)) && (/^\/[^\/]*$/.test(err7.schemaPath.slice(38)))){
emErrors0[err7.keyword].push(err7);
err7.emUsed = true;
}
}
for(const key2 in emErrors0){
if(emErrors0[key2].length){
const err8 = {instancePath:instancePath+"/fallback/slack",schemaPath:"#/properties/fallback/properties/slack/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key2]},message:key2 in templates0 ? templates0[key2]() : schema174.properties.fallback.properties.slack.errorMessage[key2],schema:schema174.properties.fallback.properties.slack.errorMessage,parentSchema:schema174.properties.fallback.properties.slack,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
const emErrs0 = [];
for(const err9 of vErrors){
if(!err9.emUsed){
emErrs0.push(err9);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data2.email !== undefined){
let data4 = data2.email;
if(typeof data4 === "string"){
if(func3(data4) > 254){
const err10 = {instancePath:instancePath+"/fallback/email",schemaPath:"#/properties/fallback/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema174.properties.fallback.properties.email,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats2.test(data4))){
const err11 = {instancePath:instancePath+"/fallback/email",schemaPath:"#/properties/fallback/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema174.properties.fallback.properties.email,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/fallback/email",schemaPath:"#/properties/fallback/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.fallback.properties.email.type,parentSchema:schema174.properties.fallback.properties.email,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"format":[]};
const templates1 = {};
for(const err13 of vErrors){
if((((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && (err13.instancePath === instancePath+"/fallback/email")) && (err13.keyword in emErrors1)) && (err13.schemaPath.indexOf("#/properties/fallback/properties/email") === 0)) && (/^\/[^\/]*$/.test(err13.schemaPath.slice(38)))){
emErrors1[err13.keyword].push(err13);
err13.emUsed = true;
}
}
for(const key3 in emErrors1){
if(emErrors1[key3].length){
const err14 = {instancePath:instancePath+"/fallback/email",schemaPath:"#/properties/fallback/properties/email/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key3]},message:key3 in templates1 ? templates1[key3]() : schema174.properties.fallback.properties.email.errorMessage[key3],schema:schema174.properties.fallback.properties.email.errorMessage,parentSchema:schema174.properties.fallback.properties.email,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
const emErrs1 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs1.push(err15);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data2.name !== undefined){
let data5 = data2.name;
if(typeof data5 === "string"){
if(func3(data5) > 4000){
const err16 = {instancePath:instancePath+"/fallback/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func3(data5) < 1){
const err17 = {instancePath:instancePath+"/fallback/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern7.test(data5)){
const err18 = {instancePath:instancePath+"/fallback/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/fallback/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[]};
const templates2 = {};
for(const err20 of vErrors){
if((((((err20.keyword !== "errorMessage") && (!err20.emUsed)) && (err20.instancePath === instancePath+"/fallback/name")) && (err20.keyword in emErrors2)) && (err20.schemaPath.indexOf("#/$defs/text") === 0)) && (/^\/[^\/]*$/.test(err20.schemaPath.slice(12)))){
emErrors2[err20.keyword].push(err20);
err20.emUsed = true;
}
}
for(const key4 in emErrors2){
if(emErrors2[key4].length){
const err21 = {instancePath:instancePath+"/fallback/name",schemaPath:"#/$defs/text/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key4]},message:key4 in templates2 ? templates2[key4]() : schema38.errorMessage[key4],schema:schema38.errorMessage,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
const emErrs2 = [];
for(const err22 of vErrors){
if(!err22.emUsed){
emErrs2.push(err22);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.properties.fallback.type,parentSchema:schema174.properties.fallback,data:data2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.type,parentSchema:schema174,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://revpact.dev/schema/contract.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadata === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.stages === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stages"},message:"must have required property '"+"stages"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema36.properties, key0)) || (pattern4.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.$schema.type,parentSchema:schema36.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data1 = data.apiVersion;
if("revpact/v1" !== data1){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "revpact/v1"},message:"must be equal to constant",schema:"revpact/v1",parentSchema:schema36.properties.apiVersion,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err6 of vErrors){
if(((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && ((err6.instancePath === instancePath+"/apiVersion") || ((err6.instancePath.indexOf(instancePath+"/apiVersion") === 0) && (err6.instancePath[instancePath+"/apiVersion".length] === "/")))) && (err6.schemaPath.indexOf("#/properties/apiVersion") === 0)) && (err6.schemaPath["#/properties/apiVersion".length] === "/")){
emErrs0.push(err6);
err6.emUsed = true;
}
}
if(emErrs0.length){
const err7 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be \"revpact/v1\"",schema:"must be \"revpact/v1\"",parentSchema:schema36.properties.apiVersion,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const emErrs1 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs1.push(err8);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.metadata !== undefined){
if(!(validate25(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.roles !== undefined){
if(!(validate30(data.roles, {instancePath:instancePath+"/roles",parentData:data,parentDataProperty:"roles",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.personas !== undefined){
let data4 = data.personas;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate35(data4[i0], {instancePath:instancePath+"/personas/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.personas.type,parentSchema:schema36.properties.personas,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.stages !== undefined){
let data6 = data.stages;
if(Array.isArray(data6)){
if(data6.length < 2){
const err10 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema36.properties.stages,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate39(data6[i1], {instancePath:instancePath+"/stages/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.stages.type,parentSchema:schema36.properties.stages,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.qualification !== undefined){
if(!(validate41(data.qualification, {instancePath:instancePath+"/qualification",parentData:data,parentDataProperty:"qualification",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.targets !== undefined){
if(!(validate48(data.targets, {instancePath:instancePath+"/targets",parentData:data,parentDataProperty:"targets",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.commitments !== undefined){
let data10 = data.commitments;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate52(data10[i2], {instancePath:instancePath+"/commitments/" + i2,parentData:data10,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/commitments",schemaPath:"#/properties/commitments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.commitments.type,parentSchema:schema36.properties.commitments,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.handoff !== undefined){
if(!(validate58(data.handoff, {instancePath:instancePath+"/handoff",parentData:data,parentDataProperty:"handoff",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.slas !== undefined){
let data13 = data.slas;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
if(!(validate61(data13[i3], {instancePath:instancePath+"/slas/" + i3,parentData:data13,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/slas",schemaPath:"#/properties/slas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.slas.type,parentSchema:schema36.properties.slas,data:data13};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.followUp !== undefined){
if(!(validate64(data.followUp, {instancePath:instancePath+"/followUp",parentData:data,parentDataProperty:"followUp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.recycling !== undefined){
if(!(validate66(data.recycling, {instancePath:instancePath+"/recycling",parentData:data,parentDataProperty:"recycling",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.calendars !== undefined){
let data17 = data.calendars;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
if(!(validate68(data17[i4], {instancePath:instancePath+"/calendars/" + i4,parentData:data17,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/calendars",schemaPath:"#/properties/calendars/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.calendars.type,parentSchema:schema36.properties.calendars,data:data17};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.reporting !== undefined){
if(!(validate70(data.reporting, {instancePath:instancePath+"/reporting",parentData:data,parentDataProperty:"reporting",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
if(data.scorecard !== undefined){
if(!(validate74(data.scorecard, {instancePath:instancePath+"/scorecard",parentData:data,parentDataProperty:"scorecard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
if(data.people !== undefined){
if(!(validate79(data.people, {instancePath:instancePath+"/people",parentData:data,parentDataProperty:"people",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const mapping = validate83;
const schema179 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://revpact.dev/schema/mapping.schema.json","title":"revpact lead mapping","description":"How a CRM export becomes canonical leads: which column holds which lead field, how its dates and numbers are written, and how several files join. Columns not named here become attributes (country, industry...) unless `unmapped: ignore`.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field: ignored by revpact, kept for your own tools."}},"required":["apiVersion","kind"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema, for editors."},"apiVersion":{"const":"revpact/v1","description":"Version of the mapping language. Always `revpact/v1` for now.","errorMessage":"must be \"revpact/v1\""},"kind":{"const":"mapping","description":"Always `mapping`: tells a mapping file from a contract.","errorMessage":"must be \"mapping\" (this file should be a lead mapping)"},"name":{"$ref":"#/$defs/text","description":"Short name of the mapping, shown in reports (defaults to the file name)."},"description":{"$ref":"#/$defs/text","description":"What export this mapping reads, for the people who maintain it."},"extends":{"type":"string","enum":["hubspot","salesforce","canonical"],"description":"Start from a preset and change only what differs: options given here replace the preset's, and `columns` entries are added to (or replace) the preset's by column name."},"format":{"$ref":"#/$defs/format"},"timeZone":{"$ref":"#/$defs/timeZone"},"dates":{"$ref":"#/$defs/dates"},"numbers":{"$ref":"#/$defs/numbers"},"csv":{"$ref":"#/$defs/csv"},"columns":{"type":"object","description":"Column label (as in the export's header) → what it holds: a lead field name, `ignore`, or a rule with `field` or `attribute` and options. Labels match exactly first, then ignoring case and repeated spaces.","propertyNames":{"minLength":1},"additionalProperties":{"$ref":"#/$defs/column"}},"unmapped":{"type":"string","enum":["attribute","ignore"],"description":"What happens to columns not named in `columns`: kept as attributes (default) for conditions and segments, or ignored."},"attributeNames":{"type":"string","enum":["camelCase","label"],"description":"Names of attributes made from unmapped columns: `camelCase` (default: \"Annual Revenue\" → annualRevenue) or the column `label` as it is."},"join":{"type":"array","description":"Further files joined to the leads, in the order they are given after the leads file (`--leads leads.csv --leads deals.csv`). Several rows per lead are aggregated as each entry of `aggregate` says.","items":{"$ref":"#/$defs/join"}}},"$defs":{"text":{"type":"string","minLength":1,"description":"Non-empty text."},"field":{"type":"string","enum":["id","stage","owner","source","rejectionReason","attempts","score","dealAmount","createdAt","mqlAt","salAt","sqlAt","opportunityAt","wonAt","lostAt","recycledAt","disqualifiedAt","firstTouchAt","lastAttemptAt","rejectedAt","feedbackAt","email","name","phone"],"description":"A field of the canonical lead: the id, a stage or activity timestamp (…At), a number (attempts, score, dealAmount), a text (stage, owner, source, rejectionReason), or personal data (email, name, phone: shown only with --show-pii)."},"attributeName":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*$","maxLength":64,"description":"Attribute name as conditions and segments refer to it, e.g. `country`.","errorMessage":{"pattern":"must be a name such as \"country\" or \"annualRevenue\" (letters, digits, _ . -, starting with a letter)"}},"format":{"type":"string","enum":["auto","csv","ndjson"],"description":"File format: `csv`, `ndjson` (one JSON object per line), or `auto` (default: .ndjson and .jsonl files are NDJSON, everything else CSV)."},"timeZone":{"type":"string","minLength":1,"description":"IANA time zone of cells written without an offset, e.g. `Europe/Madrid` (HubSpot: the portal's zone; Salesforce: the exporting user's). Default: the contract's calendar zone, else UTC."},"dateFormat":{"description":"Date format in luxon tokens (yyyy MM dd HH mm ss, h and a for 12-hour clocks, e.g. `dd/MM/yyyy HH:mm` or `M/d/yyyy h:mm a`), or a list tried in order. ISO 8601, with or without an offset, is always accepted. A format without hours reads date-only cells. MM, dd, HH, hh, mm and ss also accept one digit.","anyOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"dates":{"type":"object","additionalProperties":false,"description":"How dates are written in the export, for every date column without its own `format`.","properties":{"format":{"$ref":"#/$defs/dateFormat"},"locale":{"type":"string","minLength":2,"description":"Locale of month and weekday names in formats that use them (MMM, EEE), e.g. `es`. Default `en`."}}},"numbers":{"type":"object","additionalProperties":false,"description":"How numbers are written. Currency symbols or codes around a number are ignored.","properties":{"decimal":{"type":"string","enum":[".",","],"description":"Decimal separator: `.` (default) or `,` (decimal comma: 1.234,5)."},"thousands":{"type":"string","enum":["",",","."," ","'"," "],"description":"Thousands separator, removed before reading: `,` (default with a decimal point), `.` (default with a decimal comma), a space, an apostrophe, or empty for none."}}},"csv":{"type":"object","additionalProperties":false,"description":"How the CSV file is laid out (RFC 4180: quoted cells may hold delimiters, doubled quotes and line breaks).","properties":{"delimiter":{"type":"string","minLength":1,"maxLength":4,"description":"Cell delimiter: one character such as `,` `;` `|` or a tab, or `auto` (default) to detect it from the first lines (an Excel `sep=` line wins).","pattern":"^(auto|[^\"\\r\\n])$","errorMessage":{"pattern":"must be one character (such as \",\" or \";\") or \"auto\"","maxLength":"must be one character (such as \",\" or \";\") or \"auto\""}},"headerRow":{"type":"integer","minimum":1,"description":"Row of the header (1 = the first line, the default); rows above it are skipped."},"footer":{"description":"Rows after the data that are not leads: `none` (default), `auto` (Salesforce reports: single-cell rows after a blank line, such as \"Grand Totals (…)\" and the copyright notice), or a number of final rows to skip.","anyOf":[{"type":"string","enum":["none","auto"]},{"type":"integer","minimum":0}]},"encoding":{"type":"string","enum":["utf-8","utf-16le","windows-1252"],"description":"Text encoding: `utf-8` (default; a byte order mark is skipped, and a UTF-16 mark switches to UTF-16), `utf-16le` (Excel \"Unicode text\"), or `windows-1252` (older Excel CSV on Windows)."}}},"values":{"type":"object","description":"Value map applied to the cell before it is read: exported value → value to use (null for empty). Matched exactly, then ignoring case and surrounding spaces.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value to use instead."}},"column":{"description":"What one column holds. Short form: the lead field name, or `ignore`; long form: a rule with options.","if":{"type":"string"},"then":{"enum":["id","stage","owner","source","rejectionReason","attempts","score","dealAmount","createdAt","mqlAt","salAt","sqlAt","opportunityAt","wonAt","lostAt","recycledAt","disqualifiedAt","firstTouchAt","lastAttemptAt","rejectedAt","feedbackAt","email","name","phone","ignore"],"description":"Short form: the lead field the column holds, or `ignore`."},"else":{"$ref":"#/$defs/columnRule"}},"columnRule":{"type":"object","additionalProperties":false,"description":"A column with options. Give exactly one of `field`, `attribute` or `ignore`.","properties":{"field":{"$ref":"#/$defs/field"},"attribute":{"$ref":"#/$defs/attributeName"},"ignore":{"const":true,"description":"`true`: the column is not read (neither a field nor an attribute)."},"type":{"type":"string","enum":["text","number","boolean","date","auto"],"description":"Type of an attribute: `text`, `number`, `boolean` (true/false, yes/no, 1/0), `date` (stored as epoch milliseconds), or `auto` (default: a plain number becomes a number, true/false a boolean, anything else text). Fields have their own type."},"format":{"$ref":"#/$defs/dateFormat"},"dateOnly":{"type":"boolean","description":"The column holds dates without a meaningful time (such as Salesforce \"Last Activity\"): any time is dropped and the field is marked date-only."},"values":{"$ref":"#/$defs/values"},"otherwise":{"type":"string","enum":["keep","empty","reject"],"description":"With `values`: what happens to a value not in the map: `keep` it (default), treat it as `empty`, or `reject` the row."},"optional":{"type":"boolean","description":"`true`: the export may lack this column. By default a column named here must be in the header (a typo is caught before any row is read)."}}},"where":{"type":"object","additionalProperties":false,"required":["column"],"description":"Only the rows whose `column` holds one of `in` (or none of `notIn`) count for this aggregate, e.g. only won deals for the won date.","properties":{"column":{"$ref":"#/$defs/text","description":"Column of the joined file to test."},"in":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Values that let a row count (compared ignoring surrounding spaces)."},"notIn":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Values that keep a row from counting."}}},"aggregate":{"type":"object","additionalProperties":false,"required":["op"],"description":"One value computed from the rows of a joined file that belong to a lead. Give `field` or `attribute` (the target) and `column` (except for `count`).","properties":{"field":{"$ref":"#/$defs/field"},"attribute":{"$ref":"#/$defs/attributeName"},"op":{"type":"string","enum":["sum","min","max","first","last","count"],"description":"How the rows combine: `sum` of numbers, `min`/`max` of numbers or dates (earliest/latest), `first`/`last` value in file order, or `count` of rows."},"column":{"$ref":"#/$defs/text","description":"Column of the joined file the values come from."},"where":{"$ref":"#/$defs/where"},"type":{"type":"string","enum":["text","number","date"],"description":"Type of an attribute target (fields have their own): default `number` for sum, min, max and count, `text` for first and last."},"format":{"$ref":"#/$defs/dateFormat"},"dateOnly":{"type":"boolean","description":"The column holds dates without a meaningful time: the result is marked date-only."}}},"join":{"type":"object","additionalProperties":false,"required":["key","aggregate"],"description":"A further file whose rows belong to leads through a key (deals of a lead, say).","properties":{"name":{"$ref":"#/$defs/text","description":"What the file holds, for messages (e.g. `deals`)."},"key":{"$ref":"#/$defs/text","description":"Column of this file that holds the lead's key."},"on":{"$ref":"#/$defs/text","description":"Column of the leads file the key matches (default: the column mapped to `id`)."},"unmatched":{"type":"string","enum":["reject","ignore"],"description":"Rows whose key matches no lead: listed as rejected rows (default: nothing is dropped silently) or ignored (an export that holds more than these leads)."},"format":{"$ref":"#/$defs/format"},"csv":{"$ref":"#/$defs/csv"},"dates":{"$ref":"#/$defs/dates"},"numbers":{"$ref":"#/$defs/numbers"},"aggregate":{"type":"array","minItems":1,"description":"What this file adds to each lead. A value from here replaces the leads file's value for the same field.","items":{"$ref":"#/$defs/aggregate"}}}}}};
const schema180 = {"type":"string","minLength":1,"description":"Non-empty text."};
const schema182 = {"type":"string","enum":["auto","csv","ndjson"],"description":"File format: `csv`, `ndjson` (one JSON object per line), or `auto` (default: .ndjson and .jsonl files are NDJSON, everything else CSV)."};
const schema183 = {"type":"string","minLength":1,"description":"IANA time zone of cells written without an offset, e.g. `Europe/Madrid` (HubSpot: the portal's zone; Salesforce: the exporting user's). Default: the contract's calendar zone, else UTC."};
const schema186 = {"type":"object","additionalProperties":false,"description":"How numbers are written. Currency symbols or codes around a number are ignored.","properties":{"decimal":{"type":"string","enum":[".",","],"description":"Decimal separator: `.` (default) or `,` (decimal comma: 1.234,5)."},"thousands":{"type":"string","enum":["",",","."," ","'"," "],"description":"Thousands separator, removed before reading: `,` (default with a decimal point), `.` (default with a decimal comma), a space, an apostrophe, or empty for none."}}};
const schema187 = {"type":"object","additionalProperties":false,"description":"How the CSV file is laid out (RFC 4180: quoted cells may hold delimiters, doubled quotes and line breaks).","properties":{"delimiter":{"type":"string","minLength":1,"maxLength":4,"description":"Cell delimiter: one character such as `,` `;` `|` or a tab, or `auto` (default) to detect it from the first lines (an Excel `sep=` line wins).","pattern":"^(auto|[^\"\\r\\n])$","errorMessage":{"pattern":"must be one character (such as \",\" or \";\") or \"auto\"","maxLength":"must be one character (such as \",\" or \";\") or \"auto\""}},"headerRow":{"type":"integer","minimum":1,"description":"Row of the header (1 = the first line, the default); rows above it are skipped."},"footer":{"description":"Rows after the data that are not leads: `none` (default), `auto` (Salesforce reports: single-cell rows after a blank line, such as \"Grand Totals (…)\" and the copyright notice), or a number of final rows to skip.","anyOf":[{"type":"string","enum":["none","auto"]},{"type":"integer","minimum":0}]},"encoding":{"type":"string","enum":["utf-8","utf-16le","windows-1252"],"description":"Text encoding: `utf-8` (default; a byte order mark is skipped, and a UTF-16 mark switches to UTF-16), `utf-16le` (Excel \"Unicode text\"), or `windows-1252` (older Excel CSV on Windows)."}}};
const pattern116 = new RegExp("^(auto|[^\"\\r\\n])$", "u");
const schema184 = {"type":"object","additionalProperties":false,"description":"How dates are written in the export, for every date column without its own `format`.","properties":{"format":{"$ref":"#/$defs/dateFormat"},"locale":{"type":"string","minLength":2,"description":"Locale of month and weekday names in formats that use them (MMM, EEE), e.g. `es`. Default `en`."}}};
const schema185 = {"description":"Date format in luxon tokens (yyyy MM dd HH mm ss, h and a for 12-hour clocks, e.g. `dd/MM/yyyy HH:mm` or `M/d/yyyy h:mm a`), or a list tried in order. ISO 8601, with or without an offset, is always accepted. A format without hours reads date-only cells. MM, dd, HH, hh, mm and ss also accept one digit.","anyOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "format") || (key0 === "locale"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.format !== undefined){
let data0 = data.format;
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema185.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.anyOf[0].type,parentSchema:schema185.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
const _errs7 = errors;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema185.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/$defs/dateFormat/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema185.anyOf[1].items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/$defs/dateFormat/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.anyOf[1].items.type,parentSchema:schema185.anyOf[1].items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema185.anyOf[1].type,parentSchema:schema185.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema185.anyOf,parentSchema:schema185,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.locale !== undefined){
let data2 = data.locale;
if(typeof data2 === "string"){
if(func3(data2) < 2){
const err8 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema184.properties.locale,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema184.properties.locale.type,parentSchema:schema184.properties.locale,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema184.type,parentSchema:schema184,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema188 = {"description":"What one column holds. Short form: the lead field name, or `ignore`; long form: a rule with options.","if":{"type":"string"},"then":{"enum":["id","stage","owner","source","rejectionReason","attempts","score","dealAmount","createdAt","mqlAt","salAt","sqlAt","opportunityAt","wonAt","lostAt","recycledAt","disqualifiedAt","firstTouchAt","lastAttemptAt","rejectedAt","feedbackAt","email","name","phone","ignore"],"description":"Short form: the lead field the column holds, or `ignore`."},"else":{"$ref":"#/$defs/columnRule"}};
const schema189 = {"type":"object","additionalProperties":false,"description":"A column with options. Give exactly one of `field`, `attribute` or `ignore`.","properties":{"field":{"$ref":"#/$defs/field"},"attribute":{"$ref":"#/$defs/attributeName"},"ignore":{"const":true,"description":"`true`: the column is not read (neither a field nor an attribute)."},"type":{"type":"string","enum":["text","number","boolean","date","auto"],"description":"Type of an attribute: `text`, `number`, `boolean` (true/false, yes/no, 1/0), `date` (stored as epoch milliseconds), or `auto` (default: a plain number becomes a number, true/false a boolean, anything else text). Fields have their own type."},"format":{"$ref":"#/$defs/dateFormat"},"dateOnly":{"type":"boolean","description":"The column holds dates without a meaningful time (such as Salesforce \"Last Activity\"): any time is dropped and the field is marked date-only."},"values":{"$ref":"#/$defs/values"},"otherwise":{"type":"string","enum":["keep","empty","reject"],"description":"With `values`: what happens to a value not in the map: `keep` it (default), treat it as `empty`, or `reject` the row."},"optional":{"type":"boolean","description":"`true`: the export may lack this column. By default a column named here must be in the header (a typo is caught before any row is read)."}}};
const schema190 = {"type":"string","enum":["id","stage","owner","source","rejectionReason","attempts","score","dealAmount","createdAt","mqlAt","salAt","sqlAt","opportunityAt","wonAt","lostAt","recycledAt","disqualifiedAt","firstTouchAt","lastAttemptAt","rejectedAt","feedbackAt","email","name","phone"],"description":"A field of the canonical lead: the id, a stage or activity timestamp (…At), a number (attempts, score, dealAmount), a text (stage, owner, source, rejectionReason), or personal data (email, name, phone: shown only with --show-pii)."};
const schema191 = {"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*$","maxLength":64,"description":"Attribute name as conditions and segments refer to it, e.g. `country`.","errorMessage":{"pattern":"must be a name such as \"country\" or \"annualRevenue\" (letters, digits, _ . -, starting with a letter)"}};
const schema193 = {"type":"object","description":"Value map applied to the cell before it is read: exported value → value to use (null for empty). Matched exactly, then ignoring case and surrounding spaces.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value to use instead."}};
const pattern117 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema189.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema189,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema190.type,parentSchema:schema190,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((((((((((((((((((((data0 === "id") || (data0 === "stage")) || (data0 === "owner")) || (data0 === "source")) || (data0 === "rejectionReason")) || (data0 === "attempts")) || (data0 === "score")) || (data0 === "dealAmount")) || (data0 === "createdAt")) || (data0 === "mqlAt")) || (data0 === "salAt")) || (data0 === "sqlAt")) || (data0 === "opportunityAt")) || (data0 === "wonAt")) || (data0 === "lostAt")) || (data0 === "recycledAt")) || (data0 === "disqualifiedAt")) || (data0 === "firstTouchAt")) || (data0 === "lastAttemptAt")) || (data0 === "rejectedAt")) || (data0 === "feedbackAt")) || (data0 === "email")) || (data0 === "name")) || (data0 === "phone"))){
const err2 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/field/enum",keyword:"enum",params:{allowedValues: schema190.enum},message:"must be equal to one of the allowed values",schema:schema190.enum,parentSchema:schema190,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.attribute !== undefined){
let data1 = data.attribute;
if(typeof data1 === "string"){
if(func3(data1) > 64){
const err3 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema191,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern117.test(data1)){
const err4 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]*$",parentSchema:schema191,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema191.type,parentSchema:schema191,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err6 of vErrors){
if((((((err6.keyword !== "errorMessage") && (!err6.emUsed)) && (err6.instancePath === instancePath+"/attribute")) && (err6.keyword in emErrors0)) && (err6.schemaPath.indexOf("#/$defs/attributeName") === 0)) && (/^\/[^\/]*$/.test(err6.schemaPath.slice(21)))){
emErrors0[err6.keyword].push(err6);
err6.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err7 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema191.errorMessage[key1],schema:schema191.errorMessage,parentSchema:schema191,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const emErrs0 = [];
for(const err8 of vErrors){
if(!err8.emUsed){
emErrs0.push(err8);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.ignore !== undefined){
let data2 = data.ignore;
if(true !== data2){
const err9 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema189.properties.ignore,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema189.properties.type.type,parentSchema:schema189.properties.type,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data3 === "text") || (data3 === "number")) || (data3 === "boolean")) || (data3 === "date")) || (data3 === "auto"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema189.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema189.properties.type.enum,parentSchema:schema189.properties.type,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.format !== undefined){
let data4 = data.format;
const _errs13 = errors;
let valid4 = false;
const _errs14 = errors;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema185.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.anyOf[0].type,parentSchema:schema185.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid4 = valid4 || _valid0;
const _errs16 = errors;
if(Array.isArray(data4)){
if(data4.length < 1){
const err14 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema185.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err15 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/$defs/dateFormat/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema185.anyOf[1].items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/$defs/dateFormat/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.anyOf[1].items.type,parentSchema:schema185.anyOf[1].items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema185.anyOf[1].type,parentSchema:schema185.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err18 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema185.anyOf,parentSchema:schema185,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.dateOnly !== undefined){
let data6 = data.dateOnly;
if(typeof data6 !== "boolean"){
const err19 = {instancePath:instancePath+"/dateOnly",schemaPath:"#/properties/dateOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema189.properties.dateOnly.type,parentSchema:schema189.properties.dateOnly,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.values !== undefined){
let data7 = data.values;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if((((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (typeof data8 !== "boolean")) && (data8 !== null)){
const err20 = {instancePath:instancePath+"/values/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/values/additionalProperties/type",keyword:"type",params:{type: schema193.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema193.additionalProperties.type,parentSchema:schema193.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema193.type,parentSchema:schema193,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.otherwise !== undefined){
let data9 = data.otherwise;
if(typeof data9 !== "string"){
const err22 = {instancePath:instancePath+"/otherwise",schemaPath:"#/properties/otherwise/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema189.properties.otherwise.type,parentSchema:schema189.properties.otherwise,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data9 === "keep") || (data9 === "empty")) || (data9 === "reject"))){
const err23 = {instancePath:instancePath+"/otherwise",schemaPath:"#/properties/otherwise/enum",keyword:"enum",params:{allowedValues: schema189.properties.otherwise.enum},message:"must be equal to one of the allowed values",schema:schema189.properties.otherwise.enum,parentSchema:schema189.properties.otherwise,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.optional !== undefined){
let data10 = data.optional;
if(typeof data10 !== "boolean"){
const err24 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema189.properties.optional.type,parentSchema:schema189.properties.optional,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema189.type,parentSchema:schema189,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((((((((((((((((((((((((data === "id") || (data === "stage")) || (data === "owner")) || (data === "source")) || (data === "rejectionReason")) || (data === "attempts")) || (data === "score")) || (data === "dealAmount")) || (data === "createdAt")) || (data === "mqlAt")) || (data === "salAt")) || (data === "sqlAt")) || (data === "opportunityAt")) || (data === "wonAt")) || (data === "lostAt")) || (data === "recycledAt")) || (data === "disqualifiedAt")) || (data === "firstTouchAt")) || (data === "lastAttemptAt")) || (data === "rejectedAt")) || (data === "feedbackAt")) || (data === "email")) || (data === "name")) || (data === "phone")) || (data === "ignore"))){
const err1 = {instancePath,schemaPath:"#/then/enum",keyword:"enum",params:{allowedValues: schema188.then.enum},message:"must be equal to one of the allowed values",schema:schema188.then.enum,parentSchema:schema188.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate87(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema188.if,parentSchema:schema188,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate86.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate86.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema194 = {"type":"object","additionalProperties":false,"required":["key","aggregate"],"description":"A further file whose rows belong to leads through a key (deals of a lead, say).","properties":{"name":{"$ref":"#/$defs/text","description":"What the file holds, for messages (e.g. `deals`)."},"key":{"$ref":"#/$defs/text","description":"Column of this file that holds the lead's key."},"on":{"$ref":"#/$defs/text","description":"Column of the leads file the key matches (default: the column mapped to `id`)."},"unmatched":{"type":"string","enum":["reject","ignore"],"description":"Rows whose key matches no lead: listed as rejected rows (default: nothing is dropped silently) or ignored (an export that holds more than these leads)."},"format":{"$ref":"#/$defs/format"},"csv":{"$ref":"#/$defs/csv"},"dates":{"$ref":"#/$defs/dates"},"numbers":{"$ref":"#/$defs/numbers"},"aggregate":{"type":"array","minItems":1,"description":"What this file adds to each lead. A value from here replaces the leads file's value for the same field.","items":{"$ref":"#/$defs/aggregate"}}}};
const schema201 = {"type":"object","additionalProperties":false,"required":["op"],"description":"One value computed from the rows of a joined file that belong to a lead. Give `field` or `attribute` (the target) and `column` (except for `count`).","properties":{"field":{"$ref":"#/$defs/field"},"attribute":{"$ref":"#/$defs/attributeName"},"op":{"type":"string","enum":["sum","min","max","first","last","count"],"description":"How the rows combine: `sum` of numbers, `min`/`max` of numbers or dates (earliest/latest), `first`/`last` value in file order, or `count` of rows."},"column":{"$ref":"#/$defs/text","description":"Column of the joined file the values come from."},"where":{"$ref":"#/$defs/where"},"type":{"type":"string","enum":["text","number","date"],"description":"Type of an attribute target (fields have their own): default `number` for sum, min, max and count, `text` for first and last."},"format":{"$ref":"#/$defs/dateFormat"},"dateOnly":{"type":"boolean","description":"The column holds dates without a meaningful time: the result is marked date-only."}}};
const schema205 = {"type":"object","additionalProperties":false,"required":["column"],"description":"Only the rows whose `column` holds one of `in` (or none of `notIn`) count for this aggregate, e.g. only won deals for the won date.","properties":{"column":{"$ref":"#/$defs/text","description":"Column of the joined file to test."},"in":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Values that let a row count (compared ignoring surrounding spaces)."},"notIn":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Values that keep a row from counting."}}};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.column === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'",schema:schema205.required,parentSchema:schema205,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "column") || (key0 === "in")) || (key0 === "notIn"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema205,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.column !== undefined){
let data0 = data.column;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/column",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema180,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/column",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema180.type,parentSchema:schema180,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.in !== undefined){
let data1 = data.in;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema205.properties.in,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/in/" + i0,schemaPath:"#/properties/in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema205.properties.in.items.type,parentSchema:schema205.properties.in.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema205.properties.in.type,parentSchema:schema205.properties.in,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.notIn !== undefined){
let data3 = data.notIn;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/notIn",schemaPath:"#/properties/notIn/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema205.properties.notIn,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/notIn/" + i1,schemaPath:"#/properties/notIn/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema205.properties.notIn.items.type,parentSchema:schema205.properties.notIn.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/notIn",schemaPath:"#/properties/notIn/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema205.properties.notIn.type,parentSchema:schema205.properties.notIn,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema205.type,parentSchema:schema205,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema201.required,parentSchema:schema201,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "field") || (key0 === "attribute")) || (key0 === "op")) || (key0 === "column")) || (key0 === "where")) || (key0 === "type")) || (key0 === "format")) || (key0 === "dateOnly"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema201,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema190.type,parentSchema:schema190,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((((((((((((((((((data0 === "id") || (data0 === "stage")) || (data0 === "owner")) || (data0 === "source")) || (data0 === "rejectionReason")) || (data0 === "attempts")) || (data0 === "score")) || (data0 === "dealAmount")) || (data0 === "createdAt")) || (data0 === "mqlAt")) || (data0 === "salAt")) || (data0 === "sqlAt")) || (data0 === "opportunityAt")) || (data0 === "wonAt")) || (data0 === "lostAt")) || (data0 === "recycledAt")) || (data0 === "disqualifiedAt")) || (data0 === "firstTouchAt")) || (data0 === "lastAttemptAt")) || (data0 === "rejectedAt")) || (data0 === "feedbackAt")) || (data0 === "email")) || (data0 === "name")) || (data0 === "phone"))){
const err3 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/field/enum",keyword:"enum",params:{allowedValues: schema190.enum},message:"must be equal to one of the allowed values",schema:schema190.enum,parentSchema:schema190,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.attribute !== undefined){
let data1 = data.attribute;
if(typeof data1 === "string"){
if(func3(data1) > 64){
const err4 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema191,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern117.test(data1)){
const err5 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]*$",parentSchema:schema191,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema191.type,parentSchema:schema191,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err7 of vErrors){
if((((((err7.keyword !== "errorMessage") && (!err7.emUsed)) && (err7.instancePath === instancePath+"/attribute")) && (err7.keyword in emErrors0)) && (err7.schemaPath.indexOf("#/$defs/attributeName") === 0)) && (/^\/[^\/]*$/.test(err7.schemaPath.slice(21)))){
emErrors0[err7.keyword].push(err7);
err7.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err8 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema191.errorMessage[key1],schema:schema191.errorMessage,parentSchema:schema191,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
const emErrs0 = [];
for(const err9 of vErrors){
if(!err9.emUsed){
emErrs0.push(err9);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data.op !== undefined){
let data2 = data.op;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema201.properties.op.type,parentSchema:schema201.properties.op,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data2 === "sum") || (data2 === "min")) || (data2 === "max")) || (data2 === "first")) || (data2 === "last")) || (data2 === "count"))){
const err11 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema201.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema201.properties.op.enum,parentSchema:schema201.properties.op,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.column !== undefined){
let data3 = data.column;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/column",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema180,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/column",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema180.type,parentSchema:schema180,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.where !== undefined){
if(!(validate93(data.where, {instancePath:instancePath+"/where",parentData:data,parentDataProperty:"where",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema201.properties.type.type,parentSchema:schema201.properties.type,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((data5 === "text") || (data5 === "number")) || (data5 === "date"))){
const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema201.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema201.properties.type.enum,parentSchema:schema201.properties.type,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.format !== undefined){
let data6 = data.format;
const _errs18 = errors;
let valid5 = false;
const _errs19 = errors;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err16 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema185.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.anyOf[0].type,parentSchema:schema185.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid5 = valid5 || _valid0;
const _errs21 = errors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema185.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err19 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/$defs/dateFormat/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema185.anyOf[1].items,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/format/" + i0,schemaPath:"#/$defs/dateFormat/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema185.anyOf[1].items.type,parentSchema:schema185.anyOf[1].items,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema185.anyOf[1].type,parentSchema:schema185.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err22 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/dateFormat/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema185.anyOf,parentSchema:schema185,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.dateOnly !== undefined){
let data8 = data.dateOnly;
if(typeof data8 !== "boolean"){
const err23 = {instancePath:instancePath+"/dateOnly",schemaPath:"#/properties/dateOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema201.properties.dateOnly.type,parentSchema:schema201.properties.dateOnly,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema201.type,parentSchema:schema201,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema194.required,parentSchema:schema194,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.aggregate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aggregate"},message:"must have required property '"+"aggregate"+"'",schema:schema194.required,parentSchema:schema194,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema194.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema194,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema180,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema180.type,parentSchema:schema180,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.key !== undefined){
let data1 = data.key;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err5 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema180,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema180.type,parentSchema:schema180,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.on !== undefined){
let data2 = data.on;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err7 = {instancePath:instancePath+"/on",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema180,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/on",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema180.type,parentSchema:schema180,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.unmatched !== undefined){
let data3 = data.unmatched;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/unmatched",schemaPath:"#/properties/unmatched/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema194.properties.unmatched.type,parentSchema:schema194.properties.unmatched,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data3 === "reject") || (data3 === "ignore"))){
const err10 = {instancePath:instancePath+"/unmatched",schemaPath:"#/properties/unmatched/enum",keyword:"enum",params:{allowedValues: schema194.properties.unmatched.enum},message:"must be equal to one of the allowed values",schema:schema194.properties.unmatched.enum,parentSchema:schema194.properties.unmatched,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.format !== undefined){
let data4 = data.format;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema182.type,parentSchema:schema182,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((data4 === "auto") || (data4 === "csv")) || (data4 === "ndjson"))){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/format/enum",keyword:"enum",params:{allowedValues: schema182.enum},message:"must be equal to one of the allowed values",schema:schema182.enum,parentSchema:schema182,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.csv !== undefined){
let data5 = data.csv;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!((((key1 === "delimiter") || (key1 === "headerRow")) || (key1 === "footer")) || (key1 === "encoding"))){
const err13 = {instancePath:instancePath+"/csv",schemaPath:"#/$defs/csv/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema187,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.delimiter !== undefined){
let data6 = data5.delimiter;
if(typeof data6 === "string"){
if(func3(data6) > 4){
const err14 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 4},message:"must NOT have more than 4 characters",schema:4,parentSchema:schema187.properties.delimiter,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func3(data6) < 1){
const err15 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema187.properties.delimiter,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern116.test(data6)){
const err16 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/pattern",keyword:"pattern",params:{pattern: "^(auto|[^\"\\r\\n])$"},message:"must match pattern \""+"^(auto|[^\"\\r\\n])$"+"\"",schema:"^(auto|[^\"\\r\\n])$",parentSchema:schema187.properties.delimiter,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema187.properties.delimiter.type,parentSchema:schema187.properties.delimiter,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"maxLength":[]};
const templates0 = {};
for(const err18 of vErrors){
if((((((err18.keyword !== "errorMessage") && (!err18.emUsed)) && (err18.instancePath === instancePath+"/csv/delimiter")) && (err18.keyword in emErrors0)) && (err18.schemaPath.indexOf("#/$defs/csv/properties/delimiter") === 0)) && (/^\/[^\/]*$/.test(err18.schemaPath.slice(32)))){
emErrors0[err18.keyword].push(err18);
err18.emUsed = true;
}
}
for(const key2 in emErrors0){
if(emErrors0[key2].length){
const err19 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key2]},message:key2 in templates0 ? templates0[key2]() : schema187.properties.delimiter.errorMessage[key2],schema:schema187.properties.delimiter.errorMessage,parentSchema:schema187.properties.delimiter,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
const emErrs0 = [];
for(const err20 of vErrors){
if(!err20.emUsed){
emErrs0.push(err20);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
if(data5.headerRow !== undefined){
let data7 = data5.headerRow;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/csv/headerRow",schemaPath:"#/$defs/csv/properties/headerRow/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema187.properties.headerRow.type,parentSchema:schema187.properties.headerRow,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/csv/headerRow",schemaPath:"#/$defs/csv/properties/headerRow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema187.properties.headerRow,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data5.footer !== undefined){
let data8 = data5.footer;
const _errs25 = errors;
let valid7 = false;
const _errs26 = errors;
if(typeof data8 !== "string"){
const err23 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema187.properties.footer.anyOf[0].type,parentSchema:schema187.properties.footer.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data8 === "none") || (data8 === "auto"))){
const err24 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema187.properties.footer.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema187.properties.footer.anyOf[0].enum,parentSchema:schema187.properties.footer.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid7 = valid7 || _valid0;
const _errs28 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema187.properties.footer.anyOf[1].type,parentSchema:schema187.properties.footer.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema187.properties.footer.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const err27 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema187.properties.footer.anyOf,parentSchema:schema187.properties.footer,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
if(data5.encoding !== undefined){
let data9 = data5.encoding;
if(typeof data9 !== "string"){
const err28 = {instancePath:instancePath+"/csv/encoding",schemaPath:"#/$defs/csv/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema187.properties.encoding.type,parentSchema:schema187.properties.encoding,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data9 === "utf-8") || (data9 === "utf-16le")) || (data9 === "windows-1252"))){
const err29 = {instancePath:instancePath+"/csv/encoding",schemaPath:"#/$defs/csv/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema187.properties.encoding.enum},message:"must be equal to one of the allowed values",schema:schema187.properties.encoding.enum,parentSchema:schema187.properties.encoding,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/csv",schemaPath:"#/$defs/csv/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema187.type,parentSchema:schema187,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.dates !== undefined){
if(!(validate84(data.dates, {instancePath:instancePath+"/dates",parentData:data,parentDataProperty:"dates",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.numbers !== undefined){
let data11 = data.numbers;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key3 in data11){
if(!((key3 === "decimal") || (key3 === "thousands"))){
const err31 = {instancePath:instancePath+"/numbers",schemaPath:"#/$defs/numbers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema186,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.decimal !== undefined){
let data12 = data11.decimal;
if(typeof data12 !== "string"){
const err32 = {instancePath:instancePath+"/numbers/decimal",schemaPath:"#/$defs/numbers/properties/decimal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.decimal.type,parentSchema:schema186.properties.decimal,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data12 === ".") || (data12 === ","))){
const err33 = {instancePath:instancePath+"/numbers/decimal",schemaPath:"#/$defs/numbers/properties/decimal/enum",keyword:"enum",params:{allowedValues: schema186.properties.decimal.enum},message:"must be equal to one of the allowed values",schema:schema186.properties.decimal.enum,parentSchema:schema186.properties.decimal,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.thousands !== undefined){
let data13 = data11.thousands;
if(typeof data13 !== "string"){
const err34 = {instancePath:instancePath+"/numbers/thousands",schemaPath:"#/$defs/numbers/properties/thousands/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.thousands.type,parentSchema:schema186.properties.thousands,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((((((data13 === "") || (data13 === ",")) || (data13 === ".")) || (data13 === " ")) || (data13 === "'")) || (data13 === " "))){
const err35 = {instancePath:instancePath+"/numbers/thousands",schemaPath:"#/$defs/numbers/properties/thousands/enum",keyword:"enum",params:{allowedValues: schema186.properties.thousands.enum},message:"must be equal to one of the allowed values",schema:schema186.properties.thousands.enum,parentSchema:schema186.properties.thousands,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/numbers",schemaPath:"#/$defs/numbers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema186.type,parentSchema:schema186,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.aggregate !== undefined){
let data14 = data.aggregate;
if(Array.isArray(data14)){
if(data14.length < 1){
const err37 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema194.properties.aggregate,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate92(data14[i0], {instancePath:instancePath+"/aggregate/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema194.properties.aggregate.type,parentSchema:schema194.properties.aggregate,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema194.type,parentSchema:schema194,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://revpact.dev/schema/mapping.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema179.required,parentSchema:schema179,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema179.required,parentSchema:schema179,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema179.properties, key0)) || (pattern4.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema179,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.properties.$schema.type,parentSchema:schema179.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data1 = data.apiVersion;
if("revpact/v1" !== data1){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "revpact/v1"},message:"must be equal to constant",schema:"revpact/v1",parentSchema:schema179.properties.apiVersion,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err5 of vErrors){
if(((((err5.keyword !== "errorMessage") && (!err5.emUsed)) && ((err5.instancePath === instancePath+"/apiVersion") || ((err5.instancePath.indexOf(instancePath+"/apiVersion") === 0) && (err5.instancePath[instancePath+"/apiVersion".length] === "/")))) && (err5.schemaPath.indexOf("#/properties/apiVersion") === 0)) && (err5.schemaPath["#/properties/apiVersion".length] === "/")){
emErrs0.push(err5);
err5.emUsed = true;
}
}
if(emErrs0.length){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be \"revpact/v1\"",schema:"must be \"revpact/v1\"",parentSchema:schema179.properties.apiVersion,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const emErrs1 = [];
for(const err7 of vErrors){
if(!err7.emUsed){
emErrs1.push(err7);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if("mapping" !== data2){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "mapping"},message:"must be equal to constant",schema:"mapping",parentSchema:schema179.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err9 of vErrors){
if(((((err9.keyword !== "errorMessage") && (!err9.emUsed)) && ((err9.instancePath === instancePath+"/kind") || ((err9.instancePath.indexOf(instancePath+"/kind") === 0) && (err9.instancePath[instancePath+"/kind".length] === "/")))) && (err9.schemaPath.indexOf("#/properties/kind") === 0)) && (err9.schemaPath["#/properties/kind".length] === "/")){
emErrs2.push(err9);
err9.emUsed = true;
}
}
if(emErrs2.length){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be \"mapping\" (this file should be a lead mapping)",schema:"must be \"mapping\" (this file should be a lead mapping)",parentSchema:schema179.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const emErrs3 = [];
for(const err11 of vErrors){
if(!err11.emUsed){
emErrs3.push(err11);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema180,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema180.type,parentSchema:schema180,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema180,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema180.type,parentSchema:schema180,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.extends !== undefined){
let data5 = data.extends;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.properties.extends.type,parentSchema:schema179.properties.extends,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data5 === "hubspot") || (data5 === "salesforce")) || (data5 === "canonical"))){
const err17 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/enum",keyword:"enum",params:{allowedValues: schema179.properties.extends.enum},message:"must be equal to one of the allowed values",schema:schema179.properties.extends.enum,parentSchema:schema179.properties.extends,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.format !== undefined){
let data6 = data.format;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema182.type,parentSchema:schema182,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data6 === "auto") || (data6 === "csv")) || (data6 === "ndjson"))){
const err19 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/format/enum",keyword:"enum",params:{allowedValues: schema182.enum},message:"must be equal to one of the allowed values",schema:schema182.enum,parentSchema:schema182,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.timeZone !== undefined){
let data7 = data.timeZone;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err20 = {instancePath:instancePath+"/timeZone",schemaPath:"#/$defs/timeZone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema183,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/timeZone",schemaPath:"#/$defs/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema183.type,parentSchema:schema183,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.dates !== undefined){
if(!(validate84(data.dates, {instancePath:instancePath+"/dates",parentData:data,parentDataProperty:"dates",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.numbers !== undefined){
let data9 = data.numbers;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(!((key1 === "decimal") || (key1 === "thousands"))){
const err22 = {instancePath:instancePath+"/numbers",schemaPath:"#/$defs/numbers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema186,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.decimal !== undefined){
let data10 = data9.decimal;
if(typeof data10 !== "string"){
const err23 = {instancePath:instancePath+"/numbers/decimal",schemaPath:"#/$defs/numbers/properties/decimal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.decimal.type,parentSchema:schema186.properties.decimal,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data10 === ".") || (data10 === ","))){
const err24 = {instancePath:instancePath+"/numbers/decimal",schemaPath:"#/$defs/numbers/properties/decimal/enum",keyword:"enum",params:{allowedValues: schema186.properties.decimal.enum},message:"must be equal to one of the allowed values",schema:schema186.properties.decimal.enum,parentSchema:schema186.properties.decimal,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.thousands !== undefined){
let data11 = data9.thousands;
if(typeof data11 !== "string"){
const err25 = {instancePath:instancePath+"/numbers/thousands",schemaPath:"#/$defs/numbers/properties/thousands/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema186.properties.thousands.type,parentSchema:schema186.properties.thousands,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((((((data11 === "") || (data11 === ",")) || (data11 === ".")) || (data11 === " ")) || (data11 === "'")) || (data11 === " "))){
const err26 = {instancePath:instancePath+"/numbers/thousands",schemaPath:"#/$defs/numbers/properties/thousands/enum",keyword:"enum",params:{allowedValues: schema186.properties.thousands.enum},message:"must be equal to one of the allowed values",schema:schema186.properties.thousands.enum,parentSchema:schema186.properties.thousands,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/numbers",schemaPath:"#/$defs/numbers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema186.type,parentSchema:schema186,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.csv !== undefined){
let data12 = data.csv;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(!((((key2 === "delimiter") || (key2 === "headerRow")) || (key2 === "footer")) || (key2 === "encoding"))){
const err28 = {instancePath:instancePath+"/csv",schemaPath:"#/$defs/csv/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema187,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.delimiter !== undefined){
let data13 = data12.delimiter;
if(typeof data13 === "string"){
if(func3(data13) > 4){
const err29 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 4},message:"must NOT have more than 4 characters",schema:4,parentSchema:schema187.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func3(data13) < 1){
const err30 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema187.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern116.test(data13)){
const err31 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/pattern",keyword:"pattern",params:{pattern: "^(auto|[^\"\\r\\n])$"},message:"must match pattern \""+"^(auto|[^\"\\r\\n])$"+"\"",schema:"^(auto|[^\"\\r\\n])$",parentSchema:schema187.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema187.properties.delimiter.type,parentSchema:schema187.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"maxLength":[]};
const templates0 = {};
for(const err33 of vErrors){
if((((((err33.keyword !== "errorMessage") && (!err33.emUsed)) && (err33.instancePath === instancePath+"/csv/delimiter")) && (err33.keyword in emErrors0)) && (err33.schemaPath.indexOf("#/$defs/csv/properties/delimiter") === 0)) && (/^\/[^\/]*$/.test(err33.schemaPath.slice(32)))){
emErrors0[err33.keyword].push(err33);
err33.emUsed = true;
}
}
for(const key3 in emErrors0){
if(emErrors0[key3].length){
const err34 = {instancePath:instancePath+"/csv/delimiter",schemaPath:"#/$defs/csv/properties/delimiter/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key3]},message:key3 in templates0 ? templates0[key3]() : schema187.properties.delimiter.errorMessage[key3],schema:schema187.properties.delimiter.errorMessage,parentSchema:schema187.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
const emErrs4 = [];
for(const err35 of vErrors){
if(!err35.emUsed){
emErrs4.push(err35);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
if(data12.headerRow !== undefined){
let data14 = data12.headerRow;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err36 = {instancePath:instancePath+"/csv/headerRow",schemaPath:"#/$defs/csv/properties/headerRow/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema187.properties.headerRow.type,parentSchema:schema187.properties.headerRow,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err37 = {instancePath:instancePath+"/csv/headerRow",schemaPath:"#/$defs/csv/properties/headerRow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema187.properties.headerRow,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data12.footer !== undefined){
let data15 = data12.footer;
const _errs38 = errors;
let valid9 = false;
const _errs39 = errors;
if(typeof data15 !== "string"){
const err38 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema187.properties.footer.anyOf[0].type,parentSchema:schema187.properties.footer.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!((data15 === "none") || (data15 === "auto"))){
const err39 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema187.properties.footer.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema187.properties.footer.anyOf[0].enum,parentSchema:schema187.properties.footer.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid0 = _errs39 === errors;
valid9 = valid9 || _valid0;
const _errs41 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err40 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema187.properties.footer.anyOf[1].type,parentSchema:schema187.properties.footer.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err41 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema187.properties.footer.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
var _valid0 = _errs41 === errors;
valid9 = valid9 || _valid0;
if(!valid9){
const err42 = {instancePath:instancePath+"/csv/footer",schemaPath:"#/$defs/csv/properties/footer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema187.properties.footer.anyOf,parentSchema:schema187.properties.footer,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data12.encoding !== undefined){
let data16 = data12.encoding;
if(typeof data16 !== "string"){
const err43 = {instancePath:instancePath+"/csv/encoding",schemaPath:"#/$defs/csv/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema187.properties.encoding.type,parentSchema:schema187.properties.encoding,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(((data16 === "utf-8") || (data16 === "utf-16le")) || (data16 === "windows-1252"))){
const err44 = {instancePath:instancePath+"/csv/encoding",schemaPath:"#/$defs/csv/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema187.properties.encoding.enum},message:"must be equal to one of the allowed values",schema:schema187.properties.encoding.enum,parentSchema:schema187.properties.encoding,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/csv",schemaPath:"#/$defs/csv/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema187.type,parentSchema:schema187,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.columns !== undefined){
let data17 = data.columns;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key4 in data17){
const _errs47 = errors;
if(typeof key4 === "string"){
if(func3(key4) < 1){
const err46 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema179.properties.columns.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var valid10 = _errs47 === errors;
if(!valid10){
const err47 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema179.properties.columns.propertyNames,parentSchema:schema179.properties.columns,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
for(const key5 in data17){
if(!(validate86(data17[key5], {instancePath:instancePath+"/columns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data17,parentDataProperty:key5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
}
else {
const err48 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema179.properties.columns.type,parentSchema:schema179.properties.columns,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.unmapped !== undefined){
let data19 = data.unmapped;
if(typeof data19 !== "string"){
const err49 = {instancePath:instancePath+"/unmapped",schemaPath:"#/properties/unmapped/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.properties.unmapped.type,parentSchema:schema179.properties.unmapped,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!((data19 === "attribute") || (data19 === "ignore"))){
const err50 = {instancePath:instancePath+"/unmapped",schemaPath:"#/properties/unmapped/enum",keyword:"enum",params:{allowedValues: schema179.properties.unmapped.enum},message:"must be equal to one of the allowed values",schema:schema179.properties.unmapped.enum,parentSchema:schema179.properties.unmapped,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.attributeNames !== undefined){
let data20 = data.attributeNames;
if(typeof data20 !== "string"){
const err51 = {instancePath:instancePath+"/attributeNames",schemaPath:"#/properties/attributeNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema179.properties.attributeNames.type,parentSchema:schema179.properties.attributeNames,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!((data20 === "camelCase") || (data20 === "label"))){
const err52 = {instancePath:instancePath+"/attributeNames",schemaPath:"#/properties/attributeNames/enum",keyword:"enum",params:{allowedValues: schema179.properties.attributeNames.enum},message:"must be equal to one of the allowed values",schema:schema179.properties.attributeNames.enum,parentSchema:schema179.properties.attributeNames,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.join !== undefined){
let data21 = data.join;
if(Array.isArray(data21)){
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
if(!(validate90(data21[i0], {instancePath:instancePath+"/join/" + i0,parentData:data21,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err53 = {instancePath:instancePath+"/join",schemaPath:"#/properties/join/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema179.properties.join.type,parentSchema:schema179.properties.join,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema179.type,parentSchema:schema179,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const scorecard = validate97;
const schema208 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://revpact.dev/schema/scorecard.schema.json","title":"revpact report card","description":"One period's report card (scorecards/<period>.yaml): each team grades how well the other met the critical needs listed in the contract's `scorecard` section. `marketing` grades sales on what marketing needs from sales; `sales` grades marketing on what sales needs from marketing. Checked against the contract by `revpact scorecard`.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field: ignored by revpact, kept for your own tools."}},"required":["apiVersion","kind","contract","period","marketing","sales"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema, for editors."},"apiVersion":{"const":"revpact/v1","description":"Version of the report-card format. Always `revpact/v1` for now.","errorMessage":"must be \"revpact/v1\""},"kind":{"const":"scorecard","description":"Always `scorecard`: tells a report card from a contract or a mapping.","errorMessage":"must be \"scorecard\" (this file should be a report card)"},"contract":{"$ref":"#/$defs/id","description":"The `metadata.name` of the contract whose needs this card grades."},"period":{"type":"string","pattern":"^[0-9]{4}(-H[12]|-Q[1-4])?$","description":"The period graded, as the file is named: `2026-H1` or `2026-H2` for a half-yearly scorecard, `2026-Q1` to `2026-Q4` for a quarterly one, `2026` for a yearly one.","errorMessage":{"pattern":"must be a period written 2026-H1 (half-year), 2026-Q3 (quarter) or 2026 (year)","type":"must be a period written as text, such as \"2026-H1\""}},"marketing":{"$ref":"#/$defs/card","description":"Marketing's card: marketing grades sales on each need listed under `scorecard.needs.marketing`."},"sales":{"$ref":"#/$defs/card","description":"Sales' card: sales grades marketing on each need listed under `scorecard.needs.sales`."}},"$defs":{"id":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","maxLength":64,"description":"Identifier: lowercase letters, digits and dashes, starting with a letter.","errorMessage":{"pattern":"must be a lowercase id such as \"fast-follow-up\" (letters, digits and dashes, starting with a letter)","type":"must be an id written as text, such as \"fast-follow-up\""}},"text":{"type":"string","minLength":1,"maxLength":4000,"description":"Plain text."},"card":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field: ignored by revpact, kept for your own tools."}},"required":["grader","date","grades"],"description":"One team's grades of the other team for the period.","properties":{"grader":{"type":"object","additionalProperties":false,"required":["name"],"description":"Who filled in the card for the grading team, usually that team's owner.","properties":{"name":{"$ref":"#/$defs/text","description":"Display name of the person (or team) who graded."},"github":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$","description":"Their GitHub login (`laiaferrer`) or team (`@acme/marketing-leads`); it must not belong to the team being graded.","errorMessage":{"pattern":"must be a GitHub login such as \"jvidal\" or a team such as \"@acme/sales-leads\""}}}},"date":{"type":"string","format":"date","description":"The day the card was filled in, YYYY-MM-DD; not before the period starts.","errorMessage":{"format":"must be a date written YYYY-MM-DD, such as 2026-06-30","type":"must be a date written YYYY-MM-DD, such as 2026-06-30"}},"grades":{"type":"array","minItems":1,"description":"One grade for every need of the grading team, each need exactly once.","items":{"type":"object","additionalProperties":false,"required":["need","grade"],"description":"The grade of one need.","properties":{"need":{"$ref":"#/$defs/id","description":"The need's id in the contract's `scorecard.needs`."},"grade":{"type":"string","minLength":1,"maxLength":8,"description":"A grade on the contract's `scorecard.scale`, e.g. A, B, C or F."},"comment":{"$ref":"#/$defs/text","description":"Why this grade: facts the other team can act on. Required for a grade worse than the contract's `scorecard.commentBelow`."}}}}}}}};
const schema209 = {"type":"string","pattern":"^[a-z][a-z0-9-]*$","maxLength":64,"description":"Identifier: lowercase letters, digits and dashes, starting with a letter.","errorMessage":{"pattern":"must be a lowercase id such as \"fast-follow-up\" (letters, digits and dashes, starting with a letter)","type":"must be an id written as text, such as \"fast-follow-up\""}};
const pattern122 = new RegExp("^[0-9]{4}(-H[12]|-Q[1-4])?$", "u");
const schema210 = {"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension field: ignored by revpact, kept for your own tools."}},"required":["grader","date","grades"],"description":"One team's grades of the other team for the period.","properties":{"grader":{"type":"object","additionalProperties":false,"required":["name"],"description":"Who filled in the card for the grading team, usually that team's owner.","properties":{"name":{"$ref":"#/$defs/text","description":"Display name of the person (or team) who graded."},"github":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$","description":"Their GitHub login (`laiaferrer`) or team (`@acme/marketing-leads`); it must not belong to the team being graded.","errorMessage":{"pattern":"must be a GitHub login such as \"jvidal\" or a team such as \"@acme/sales-leads\""}}}},"date":{"type":"string","format":"date","description":"The day the card was filled in, YYYY-MM-DD; not before the period starts.","errorMessage":{"format":"must be a date written YYYY-MM-DD, such as 2026-06-30","type":"must be a date written YYYY-MM-DD, such as 2026-06-30"}},"grades":{"type":"array","minItems":1,"description":"One grade for every need of the grading team, each need exactly once.","items":{"type":"object","additionalProperties":false,"required":["need","grade"],"description":"The grade of one need.","properties":{"need":{"$ref":"#/$defs/id","description":"The need's id in the contract's `scorecard.needs`."},"grade":{"type":"string","minLength":1,"maxLength":8,"description":"A grade on the contract's `scorecard.scale`, e.g. A, B, C or F."},"comment":{"$ref":"#/$defs/text","description":"Why this grade: facts the other team can act on. Required for a grade worse than the contract's `scorecard.commentBelow`."}}}}}};
const schema211 = {"type":"string","minLength":1,"maxLength":4000,"description":"Plain text."};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.grader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grader"},message:"must have required property '"+"grader"+"'",schema:schema210.required,parentSchema:schema210,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema210.required,parentSchema:schema210,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.grades === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grades"},message:"must have required property '"+"grades"+"'",schema:schema210.required,parentSchema:schema210,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "grader") || (key0 === "date")) || (key0 === "grades")) || (pattern4.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema210,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.grader !== undefined){
let data0 = data.grader;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err4 = {instancePath:instancePath+"/grader",schemaPath:"#/properties/grader/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema210.properties.grader.required,parentSchema:schema210.properties.grader,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "name") || (key1 === "github"))){
const err5 = {instancePath:instancePath+"/grader",schemaPath:"#/properties/grader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema210.properties.grader,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if(func3(data1) > 4000){
const err6 = {instancePath:instancePath+"/grader/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema211,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/grader/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema211,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/grader/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema211.type,parentSchema:schema211,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.github !== undefined){
let data2 = data0.github;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err9 = {instancePath:instancePath+"/grader/github",schemaPath:"#/properties/grader/properties/github/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"+"\"",schema:"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$",parentSchema:schema210.properties.grader.properties.github,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/grader/github",schemaPath:"#/properties/grader/properties/github/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema210.properties.grader.properties.github.type,parentSchema:schema210.properties.grader.properties.github,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[]};
const templates0 = {};
for(const err11 of vErrors){
if((((((err11.keyword !== "errorMessage") && (!err11.emUsed)) && (err11.instancePath === instancePath+"/grader/github")) && (err11.keyword in emErrors0)) && (err11.schemaPath.indexOf("#/properties/grader/properties/github") === 0)) && (/^\/[^\/]*$/.test(err11.schemaPath.slice(37)))){
emErrors0[err11.keyword].push(err11);
err11.emUsed = true;
}
}
for(const key2 in emErrors0){
if(emErrors0[key2].length){
const err12 = {instancePath:instancePath+"/grader/github",schemaPath:"#/properties/grader/properties/github/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key2]},message:key2 in templates0 ? templates0[key2]() : schema210.properties.grader.properties.github.errorMessage[key2],schema:schema210.properties.grader.properties.github.errorMessage,parentSchema:schema210.properties.grader.properties.github,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
const emErrs0 = [];
for(const err13 of vErrors){
if(!err13.emUsed){
emErrs0.push(err13);
}
}
vErrors = emErrs0;
errors = emErrs0.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/grader",schemaPath:"#/properties/grader/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema210.properties.grader.type,parentSchema:schema210.properties.grader,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.date !== undefined){
let data3 = data.date;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema210.properties.date,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema210.properties.date.type,parentSchema:schema210.properties.date,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"format":[],"type":[]};
const templates1 = {};
for(const err17 of vErrors){
if((((((err17.keyword !== "errorMessage") && (!err17.emUsed)) && (err17.instancePath === instancePath+"/date")) && (err17.keyword in emErrors1)) && (err17.schemaPath.indexOf("#/properties/date") === 0)) && (/^\/[^\/]*$/.test(err17.schemaPath.slice(17)))){
emErrors1[err17.keyword].push(err17);
err17.emUsed = true;
}
}
for(const key3 in emErrors1){
if(emErrors1[key3].length){
const err18 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key3]},message:key3 in templates1 ? templates1[key3]() : schema210.properties.date.errorMessage[key3],schema:schema210.properties.date.errorMessage,parentSchema:schema210.properties.date,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
const emErrs1 = [];
for(const err19 of vErrors){
if(!err19.emUsed){
emErrs1.push(err19);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.grades !== undefined){
let data4 = data.grades;
if(Array.isArray(data4)){
if(data4.length < 1){
const err20 = {instancePath:instancePath+"/grades",schemaPath:"#/properties/grades/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema210.properties.grades,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.need === undefined){
const err21 = {instancePath:instancePath+"/grades/" + i0,schemaPath:"#/properties/grades/items/required",keyword:"required",params:{missingProperty: "need"},message:"must have required property '"+"need"+"'",schema:schema210.properties.grades.items.required,parentSchema:schema210.properties.grades.items,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.grade === undefined){
const err22 = {instancePath:instancePath+"/grades/" + i0,schemaPath:"#/properties/grades/items/required",keyword:"required",params:{missingProperty: "grade"},message:"must have required property '"+"grade"+"'",schema:schema210.properties.grades.items.required,parentSchema:schema210.properties.grades.items,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key4 in data5){
if(!(((key4 === "need") || (key4 === "grade")) || (key4 === "comment"))){
const err23 = {instancePath:instancePath+"/grades/" + i0,schemaPath:"#/properties/grades/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema210.properties.grades.items,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.need !== undefined){
let data6 = data5.need;
if(typeof data6 === "string"){
if(func3(data6) > 64){
const err24 = {instancePath:instancePath+"/grades/" + i0+"/need",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema209,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern20.test(data6)){
const err25 = {instancePath:instancePath+"/grades/" + i0+"/need",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema209,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/grades/" + i0+"/need",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema209.type,parentSchema:schema209,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(errors > 0){
const emErrors2 = {"pattern":[],"type":[]};
const templates2 = {};
for(const err27 of vErrors){
if((((((err27.keyword !== "errorMessage") && (!err27.emUsed)) && (err27.instancePath === instancePath+"/grades/" + i0+"/need")) && (err27.keyword in emErrors2)) && (err27.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err27.schemaPath.slice(10)))){
emErrors2[err27.keyword].push(err27);
err27.emUsed = true;
}
}
for(const key5 in emErrors2){
if(emErrors2[key5].length){
const err28 = {instancePath:instancePath+"/grades/" + i0+"/need",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors2[key5]},message:key5 in templates2 ? templates2[key5]() : schema209.errorMessage[key5],schema:schema209.errorMessage,parentSchema:schema209,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
const emErrs2 = [];
for(const err29 of vErrors){
if(!err29.emUsed){
emErrs2.push(err29);
}
}
vErrors = emErrs2;
errors = emErrs2.length;
}
}
if(data5.grade !== undefined){
let data7 = data5.grade;
if(typeof data7 === "string"){
if(func3(data7) > 8){
const err30 = {instancePath:instancePath+"/grades/" + i0+"/grade",schemaPath:"#/properties/grades/items/properties/grade/maxLength",keyword:"maxLength",params:{limit: 8},message:"must NOT have more than 8 characters",schema:8,parentSchema:schema210.properties.grades.items.properties.grade,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func3(data7) < 1){
const err31 = {instancePath:instancePath+"/grades/" + i0+"/grade",schemaPath:"#/properties/grades/items/properties/grade/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema210.properties.grades.items.properties.grade,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/grades/" + i0+"/grade",schemaPath:"#/properties/grades/items/properties/grade/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema210.properties.grades.items.properties.grade.type,parentSchema:schema210.properties.grades.items.properties.grade,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.comment !== undefined){
let data8 = data5.comment;
if(typeof data8 === "string"){
if(func3(data8) > 4000){
const err33 = {instancePath:instancePath+"/grades/" + i0+"/comment",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema211,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(func3(data8) < 1){
const err34 = {instancePath:instancePath+"/grades/" + i0+"/comment",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema211,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/grades/" + i0+"/comment",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema211.type,parentSchema:schema211,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/grades/" + i0,schemaPath:"#/properties/grades/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema210.properties.grades.items.type,parentSchema:schema210.properties.grades.items,data:data5};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/grades",schemaPath:"#/properties/grades/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema210.properties.grades.type,parentSchema:schema210.properties.grades,data:data4};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema210.type,parentSchema:schema210,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://revpact.dev/schema/scorecard.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema208.required,parentSchema:schema208,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema208.required,parentSchema:schema208,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.contract === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema208.required,parentSchema:schema208,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.period === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema208.required,parentSchema:schema208,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.marketing === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "marketing"},message:"must have required property '"+"marketing"+"'",schema:schema208.required,parentSchema:schema208,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sales === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sales"},message:"must have required property '"+"sales"+"'",schema:schema208.required,parentSchema:schema208,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "contract")) || (key0 === "period")) || (key0 === "marketing")) || (key0 === "sales")) || (pattern4.test(key0)))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema208,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err7 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema208.properties.$schema.type,parentSchema:schema208.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data1 = data.apiVersion;
if("revpact/v1" !== data1){
const err8 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "revpact/v1"},message:"must be equal to constant",schema:"revpact/v1",parentSchema:schema208.properties.apiVersion,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(errors > 0){
const emErrs0 = [];
for(const err9 of vErrors){
if(((((err9.keyword !== "errorMessage") && (!err9.emUsed)) && ((err9.instancePath === instancePath+"/apiVersion") || ((err9.instancePath.indexOf(instancePath+"/apiVersion") === 0) && (err9.instancePath[instancePath+"/apiVersion".length] === "/")))) && (err9.schemaPath.indexOf("#/properties/apiVersion") === 0)) && (err9.schemaPath["#/properties/apiVersion".length] === "/")){
emErrs0.push(err9);
err9.emUsed = true;
}
}
if(emErrs0.length){
const err10 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/errorMessage",keyword:"errorMessage",params:{errors: emErrs0},message:"must be \"revpact/v1\"",schema:"must be \"revpact/v1\"",parentSchema:schema208.properties.apiVersion,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const emErrs1 = [];
for(const err11 of vErrors){
if(!err11.emUsed){
emErrs1.push(err11);
}
}
vErrors = emErrs1;
errors = emErrs1.length;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if("scorecard" !== data2){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "scorecard"},message:"must be equal to constant",schema:"scorecard",parentSchema:schema208.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(errors > 0){
const emErrs2 = [];
for(const err13 of vErrors){
if(((((err13.keyword !== "errorMessage") && (!err13.emUsed)) && ((err13.instancePath === instancePath+"/kind") || ((err13.instancePath.indexOf(instancePath+"/kind") === 0) && (err13.instancePath[instancePath+"/kind".length] === "/")))) && (err13.schemaPath.indexOf("#/properties/kind") === 0)) && (err13.schemaPath["#/properties/kind".length] === "/")){
emErrs2.push(err13);
err13.emUsed = true;
}
}
if(emErrs2.length){
const err14 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/errorMessage",keyword:"errorMessage",params:{errors: emErrs2},message:"must be \"scorecard\" (this file should be a report card)",schema:"must be \"scorecard\" (this file should be a report card)",parentSchema:schema208.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const emErrs3 = [];
for(const err15 of vErrors){
if(!err15.emUsed){
emErrs3.push(err15);
}
}
vErrors = emErrs3;
errors = emErrs3.length;
}
}
if(data.contract !== undefined){
let data3 = data.contract;
if(typeof data3 === "string"){
if(func3(data3) > 64){
const err16 = {instancePath:instancePath+"/contract",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema209,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern20.test(data3)){
const err17 = {instancePath:instancePath+"/contract",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema209,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/contract",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema209.type,parentSchema:schema209,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(errors > 0){
const emErrors0 = {"pattern":[],"type":[]};
const templates0 = {};
for(const err19 of vErrors){
if((((((err19.keyword !== "errorMessage") && (!err19.emUsed)) && (err19.instancePath === instancePath+"/contract")) && (err19.keyword in emErrors0)) && (err19.schemaPath.indexOf("#/$defs/id") === 0)) && (/^\/[^\/]*$/.test(err19.schemaPath.slice(10)))){
emErrors0[err19.keyword].push(err19);
err19.emUsed = true;
}
}
for(const key1 in emErrors0){
if(emErrors0[key1].length){
const err20 = {instancePath:instancePath+"/contract",schemaPath:"#/$defs/id/errorMessage",keyword:"errorMessage",params:{errors: emErrors0[key1]},message:key1 in templates0 ? templates0[key1]() : schema209.errorMessage[key1],schema:schema209.errorMessage,parentSchema:schema209,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
const emErrs4 = [];
for(const err21 of vErrors){
if(!err21.emUsed){
emErrs4.push(err21);
}
}
vErrors = emErrs4;
errors = emErrs4.length;
}
}
if(data.period !== undefined){
let data4 = data.period;
if(typeof data4 === "string"){
if(!pattern122.test(data4)){
const err22 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-H[12]|-Q[1-4])?$"},message:"must match pattern \""+"^[0-9]{4}(-H[12]|-Q[1-4])?$"+"\"",schema:"^[0-9]{4}(-H[12]|-Q[1-4])?$",parentSchema:schema208.properties.period,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema208.properties.period.type,parentSchema:schema208.properties.period,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(errors > 0){
const emErrors1 = {"pattern":[],"type":[]};
const templates1 = {};
for(const err24 of vErrors){
if((((((err24.keyword !== "errorMessage") && (!err24.emUsed)) && (err24.instancePath === instancePath+"/period")) && (err24.keyword in emErrors1)) && (err24.schemaPath.indexOf("#/properties/period") === 0)) && (/^\/[^\/]*$/.test(err24.schemaPath.slice(19)))){
emErrors1[err24.keyword].push(err24);
err24.emUsed = true;
}
}
for(const key2 in emErrors1){
if(emErrors1[key2].length){
const err25 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/errorMessage",keyword:"errorMessage",params:{errors: emErrors1[key2]},message:key2 in templates1 ? templates1[key2]() : schema208.properties.period.errorMessage[key2],schema:schema208.properties.period.errorMessage,parentSchema:schema208.properties.period,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
const emErrs5 = [];
for(const err26 of vErrors){
if(!err26.emUsed){
emErrs5.push(err26);
}
}
vErrors = emErrs5;
errors = emErrs5.length;
}
}
if(data.marketing !== undefined){
if(!(validate98(data.marketing, {instancePath:instancePath+"/marketing",parentData:data,parentDataProperty:"marketing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.sales !== undefined){
if(!(validate98(data.sales, {instancePath:instancePath+"/sales",parentData:data,parentDataProperty:"sales",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema208.type,parentSchema:schema208,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** The compiled validator of each schema file of schema/ read at run time. */
export const VALIDATORS: Readonly<Record<string, ValidateFunction>> = {
  'contract.schema.json': contract,
  'mapping.schema.json': mapping,
  'scorecard.schema.json': scorecard,
};
