/**
 * The job summary holds at most 1 MiB per step; GitHub drops a larger one whole. The
 * report is cut at a line, with a notice, to fit (the full report is also written to
 * report-path for upload as an artifact). The notice speaks the frame's language `t`.
 */
import { fitBody } from './comment.js';
import { EN, type FrameText } from './messages.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export function summaryFit(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES, t: FrameText = EN): string {
  let text = markdown;
  let chars = markdown.length;
  while (Buffer.byteLength(text) > limitBytes - 1024) {
    // Shrink in proportion to the excess (UTF-8 may take up to 3 bytes for a UTF-16 unit).
    chars = Math.floor(chars * ((limitBytes - 1024) / Buffer.byteLength(text)) * 0.98);
    text = fitBody(markdown, chars, t.cut.reportPath, t);
  }
  return text;
}
