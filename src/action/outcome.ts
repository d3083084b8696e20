/** What a run found, as the Action's outputs say it (action.yml). */
export interface Outcome {
  /** Every changed contract and report card is valid (true when none changed). */
  valid: boolean;
  /** Both leads approved the head commit; null when no approval was asked for (the monthly report). */
  approved: boolean | null;
  /** pass, fail or no-data: the worst of the contracts measured on the export; empty when nothing was measured. */
  compliance: string;
  commentId: number | null;
  /** The full Markdown report, written under RUNNER_TEMP for upload as an artifact. */
  reportPath: string;
  /** Writes GitHub failed after the retries (guardedWrite's `failed`): the step fails naming them. */
  unwritten?: readonly string[];
  /** The issue the monthly report went to. */
  issueNumber?: number;
}
