/**
 * A complete agreement (every section of the language) built on the worked example of
 * the source material: 100,000 of revenue a month, deals of 6,667 → 15 deals, one deal
 * per 8 qualified leads → 120 MQLs. Shared by the document tests and the browser test.
 */
import { checkContract } from '../../src/contract/index.js';
import type { RulesIR } from '../../src/compiler/ir.js';
import { normalize } from '../../src/compiler/normalize.js';

export const FULL_CONTRACT = `apiVersion: revpact/v1
metadata:
  name: acuerdo-marketing-ventas
  title: Acuerdo de nivel de servicio entre Marketing y Ventas
  description: Lo que cada equipo promete al otro para llegar juntos al objetivo de ingresos.
  version: 2.1.0
  effective: 2026-01-01
  status: active
  locale: es
  currency: EUR
  timezone: Europe/Madrid
  owners:
    marketing: { name: Laia Puig, title: Directora de marketing, github: laiapuig }
    sales: { name: Jordi Vidal, title: Director comercial, github: "@acme/sales-leads" }
  approvers:
    - { github: mcasas, name: Marta Casas, for: marketing }
    - { github: pserra, for: sales }
roles:
  marketing:
    summary: Define la estrategia y la estrategia de canal, y genera leads cualificados.
    responsibilities:
      - Definir los buyer personas con ventas
      - Entregar cada mes los leads cualificados acordados
  sales:
    summary: Convierte los leads en clientes y devuelve feedback a marketing.
    responsibilities:
      - Contactar cada MQL a tiempo
      - Registrar el motivo de cada rechazo
personas:
  - id: it-manager
    name: Responsable de TI en pyme
    description: Decide la compra de software en empresas de 50 a 500 empleados.
    criteria: { all: [{ field: employees, op: gte, value: 50 }, { field: employees, op: lte, value: 500 }] }
  - id: cfo
    name: Director financiero
stages:
  - { id: lead, owner: marketing, entry: Deja sus datos en un formulario }
  - { id: mql, name: Lead cualificado (MQL), owner: marketing, entry: Alcanza 60 puntos, personas: [it-manager] }
  - { id: accepted, kind: sal, name: Aceptado por ventas, owner: sales, entry: Un comercial lo acepta }
  - { id: sql, owner: sales, description: Oportunidad con necesidad y presupuesto confirmados }
  - { id: won, kind: customer, name: Cliente, owner: sales }
  - { id: recycled, owner: marketing }
qualification:
  description: Un lead está cualificado cuando encaja con un buyer persona y ha mostrado interés real.
  personas: [it-manager, cfo]
  fit: { all: [{ field: country, op: in, value: [ES, PT] }, { field: employees, op: gte, value: 50 }] }
  engagement: { any: [{ field: demoRequested, op: eq, value: true }, { field: pageViews, op: gt, value: 5 }] }
  scoring:
    rules:
      - { id: size, category: fit, description: Empresa de 50 empleados o más, when: { field: employees, op: gte, value: 50 }, points: 20 }
      - { id: demo, category: engagement, description: Pide una demo, when: { field: demoRequested, op: eq, value: true }, points: 30 }
      - { id: webinar, category: engagement, when: { field: source, op: eq, value: webinar }, points: 10, max: 30 }
      - { id: student, category: fit, description: Correo de estudiante, when: { field: email, op: contains, value: ".edu" }, points: -15 }
    caps: { fit: 50, engagement: 60, total: 100 }
    decay: { every: 30d, by: 25%, category: engagement }
  thresholds:
    - { id: mql, stage: mql, score: 60, minFit: 20 }
targets:
  period: month
  revenue: 100000
  dealSize: 6667
  conversions:
    - { from: mql, to: won, oneIn: 8 }
    - { from: lead, to: mql, rate: 25% }
commitments:
  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 120 }
  - { id: quality, owner: marketing, kind: conversion, from: mql, to: sql, goal: 40%, description: Medido sobre la cohorte del mes. }
  - { id: revenue, owner: sales, kind: revenue, goal: 100000 }
  - { id: pipeline, owner: sales, kind: pipeline, stage: sql, goal: 250000, when: { field: country, op: eq, value: ES } }
handoff:
  stage: mql
  description: El lead llega a ventas con todo lo necesario para la primera llamada.
  requiredFields:
    - { field: phone, label: Teléfono de contacto }
    - { field: assessment, label: Evaluación breve }
    - { field: history, label: Historial con la empresa }
    - { field: approach, label: Enfoque recomendado }
    - { field: profileUrl, label: Enlace al perfil del lead }
  channel: crm-task
  routing:
    method: territory
    rules:
      - { when: { field: country, op: eq, value: PT }, to: Equipo de Lisboa }
      - { when: { field: country, op: eq, value: ES }, to: Equipo de Madrid }
slas:
  - id: first-touch
    name: Primer contacto
    owner: sales
    start: mql
    stop: first-touch
    goal: 1bh
    target: 95%
  - id: accept
    name: Aceptar o rechazar
    owner: sales
    start: mql
    stop: [accepted, rejected]
    goal: 2bd
    target: 90%
    when: { all: [{ field: country, op: in, value: [ES] }, { field: employees, op: gte, value: 50 }] }
  - id: feedback
    name: Motivo del rechazo
    owner: sales
    start: rejected
    stop: feedback
    goal: 1bd
    target: 90%
  - id: recycle
    name: Reciclaje
    owner: marketing
    start: rejected
    stop: recycled
    clock: calendar
    goal: 3d
    target: 80%
followUp:
  description: Ventas insiste sin quemar el lead.
  firstChannel: phone
  channels: [phone, email]
  attemptsPerDay: 2
  minAttempts: 6
  minSpan: 10bd
  giveUpReason: no-response
recycling:
  description: Ningún lead rechazado se pierde.
  feedbackRequired: true
  reasons:
    - { id: not-ready, label: Todavía no está listo para comprar, destination: nurture, flow: Nutrición trimestral, values: [not_ready] }
    - { id: no-response, label: No responde, destination: sales-later, after: 90d }
    - { id: bad-fit, label: No encaja con el perfil, destination: disqualified }
calendars:
  - id: madrid
    name: Oficina de Madrid
    timezone: Europe/Madrid
    hours:
      weekdays: ["09:00-14:00", "15:00-18:00"]
    holidays:
      regions: [ES-MD]
reporting:
  metrics:
    - { id: mql-volume, name: MQL del mes, definition: Leads que pasan a MQL en el mes, owner: marketing, cadence: month, measure: { kind: count, stage: mql } }
    - { id: first-touch-attainment, name: Cumplimiento del primer contacto, definition: Parte de los MQL contactados a tiempo, measure: { kind: sla-attainment, sla: first-touch } }
  meetings:
    - id: weekly
      name: Reunión semanal de leads
      purpose: Revisar los leads rechazados y los que se han quedado sin contactar.
      cadence: weekly
      day: mon
      time: "09:30"
      duration: 30m
      calendar: madrid
      agenda: [Leads rechazados y sus motivos, SLA incumplidos]
    - id: revenue-review
      name: Revisión mensual de ingresos
      cadence: monthly
      day: fri
      week: last
      time: "12:00"
      duration: 1h
      agenda: [Ingresos frente al objetivo, Plan de acción conjunto]
scorecard:
  cadence: half-yearly
  scale:
    - { grade: A, meaning: Supera lo esperado }
    - { grade: B, meaning: Cumple }
    - { grade: C, meaning: Cumple a medias }
    - { grade: F, meaning: No cumple }
  commentBelow: B
  needs:
    marketing:
      - { id: feedback, need: Motivo de cada lead rechazado en 1 día laborable }
      - { id: follow-up, need: Seguimiento completo de cada MQL }
    sales:
      - { id: volume, need: 120 MQL al mes }
      - { id: context, need: Contexto suficiente en cada traspaso }
`;

/** The contract text → RulesIR, through the real checker and normalizer. */
export function rulesFrom(yaml: string, compilerVersion = '0.0.0-test'): RulesIR {
  const checked = checkContract('contract.yaml', yaml);
  if (!checked.ok) throw new Error(checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  return normalize(checked.value.contract, { compilerVersion });
}
