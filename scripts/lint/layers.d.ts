/** The parts of src/ and the parts each may import (scripts/lint/layers.js). */
export declare const LAYERS: readonly { part: string; may: readonly string[] }[];
